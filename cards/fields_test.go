package cards

import (
	"strings"
	"testing"
)

// The word scanners stand in for strings.Fields where building the slice
// cost too much; they must split exactly as it does.
func TestFieldScannersSplitAsFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "one", "  two  words ", "tabs\tand\nnewlines", "no\u00a0break space", "em\u2003space",
		"Iran, they said: “it was”", "bad \xff utf8 \xc2", "a b c d e f g", "ends in\u00a0", "next\u0085line \v\f\r",
	} {
		want := strings.Fields(s)
		var got []string
		for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
			got = append(got, w)
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("nextField over %q = %q, want %q", s, got, want)
		}
		var buf [3]string
		if got, n := appendFields(buf[:0], s), min(3, len(want)); strings.Join(got, "|") != strings.Join(want[:n], "|") {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want[:n])
		}
		prev, last, n := lastTwoFields(s)
		wantPrev, wantLast := "", ""
		if len(want) > 0 {
			wantLast = want[len(want)-1]
		}
		if len(want) > 1 {
			wantPrev = want[len(want)-2]
		}
		if prev != wantPrev || last != wantLast || n != min(2, len(want)) {
			t.Errorf("lastTwoFields(%q) = %q, %q, %d; want %q, %q, %d", s, prev, last, n, wantPrev, wantLast, min(2, len(want)))
		}
		if got := countFields(s); got != len(want) {
			t.Errorf("countFields(%q) = %d, want %d", s, got, len(want))
		}
		if singleSpaced(s) && s != strings.Join(want, " ") {
			t.Errorf("singleSpaced(%q), but its words join as %q", s, strings.Join(want, " "))
		}
	}
	for _, s := range []string{"", "one", "a b c d e f g", "Iran, they said: it was", "Atatürk’s “reforms” – 1923", "bad \xff utf8 \xc2"} {
		if !singleSpaced(s) {
			t.Errorf("singleSpaced(%q) = false, want true", s)
		}
	}
}

// bareWord lowers ASCII words itself, giving the grammar's own strings.
func TestBareWordLowersAsToLower(t *testing.T) {
	for _, tt := range []struct{ w, want string }{
		{"The", "the"}, {"HOWEVER,", "however"}, {"(Iran's)", "iran's"}, {"in", "in"}, {"X-Ray", "x-ray"},
		{"Atatürk", "atatürk"}, {"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"}, {"...", ""},
	} {
		if got := bareWord(tt.w); got != tt.want {
			t.Errorf("bareWord(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}

func TestCountContentTokensIsLenContentTokens(t *testing.T) {
	for _, s := range []string{"", "The Great Satan!", "_____ ceased to be an independent country.", "Iran's 2.8 million people in 1979",
		"a an the of it", "Atatürk’s “reforms” – 1923", "True or false: he won 3 of 5"} {
		if got, want := countContentTokens(s), len(contentTokens(s)); got != want {
			t.Errorf("countContentTokens(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestContainsPhraseBytesIsContainsPhrase(t *testing.T) {
	for _, tt := range []struct{ text, phrase string }{
		{"the war began in 1939", "1939"}, {"the war began in 19390", "1939"}, {"a b a b", "a b"}, {"ab ab", "b"},
		{"", "x"}, {"x", ""}, {"iran iraq", "iraq"}, {"iraqi iraq", "iraq"}, {"iraqi", "iraq"},
	} {
		if got, want := containsPhraseBytes([]byte(tt.text), tt.phrase), containsPhrase(tt.text, tt.phrase); got != want {
			t.Errorf("containsPhraseBytes(%q, %q) = %v, want %v", tt.text, tt.phrase, got, want)
		}
	}
}
