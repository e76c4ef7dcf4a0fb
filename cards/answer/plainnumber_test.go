package answer

import "testing"

// TestIsPlainNumber checks the hand-written matcher against the regular
// expression it replaces.
func TestIsPlainNumber(t *testing.T) {
	for _, w := range []string{"1", "12", "1234", "1,234", "12,345,678", "1,234.5", "3.14", "0.5", "1234,567",
		"1,23", "1,2345", ",123", "1.", ".5", "1.2.3", "12a", "", "1,234,", "1,,234", "123,456.78", "1,234.5.6", "0,000"} {
		if got, want := isPlainNumber(w), plainNumber.MatchString(w); got != want {
			t.Errorf("isPlainNumber(%q) = %v, the expression says %v", w, got, want)
		}
	}
}

// answerSamples are answers and phrases of every shape the fast paths
// below must read as the general ones do.
var answerSamples = []string{"", "about 90 million", "close to 90 million", "Just over half", "just over", "nearly",
	"approximately three-quarters", "a third", "the Treaty of Versailles", "Adolf Hitler", "some 5%", "$2.45 trillion",
	"90-95%", "~40 km", "seventeenth", "17th", "the 1960s", "Iran's army", "O'Brien", "a dozen ships", "hundreds of",
	"millions", "a million", "an estimated 3,000 troops", "on the order of 10,000", "c 1200", "ca. 1200", "circa 1200 AD",
	"more than", "up to 20%", "in excess of $5bn", "Ranks 17th", "twenty-five", "one and a half", "few", "several hundred",
	"the Great Satan!", "  spaced   out  ", "5%%", "U.S. Navy", "3.5,2", "about about 4", "almost almost", "K", "half",
	"Atatürk", "“about” 5", "über 9"}

// TestParseQuantityFastPath checks that what mayHoldQuantity rules out
// the full reading would have ruled out too.
func TestParseQuantityFastPath(t *testing.T) {
	for _, s := range answerSamples {
		if q, ok := parseQuantity(quantityWords(s)); ok && !mayHoldQuantity(s) {
			t.Errorf("mayHoldQuantity(%q) is false, but it reads as %+v", s, q)
		}
	}
}

// TestStripHedgeFastPath checks StripHedge's path for ASCII text against
// the word-by-word one.
func TestStripHedgeFastPath(t *testing.T) {
	for _, s := range answerSamples {
		if got, want := StripHedge(s), stripHedgeWords(Words(s)); got != want {
			t.Errorf("StripHedge(%q) = %q, word by word %q", s, got, want)
		}
	}
}
