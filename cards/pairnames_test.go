package cards

import (
	"strings"
	"testing"

	"github.com/recall-srs/recall/notes"
)

func TestNamePair(t *testing.T) {
	for _, tc := range []struct {
		title, sentence, answer, want string
	}{
		{"Old Quarrels Between Greece and Turkey", "In 1901, both countries joined the league.", "1901",
			"In 1901, both Greece and Turkey joined the league."},
		{"Old Quarrels Between Greece and Turkey", "The two countries signed a pact in 1901.", "1901",
			"Greece and Turkey signed a pact in 1901."},
		{"China Vietnam relations", "Trade between the two nations grew in 1901.", "1901",
			"Trade between China and Vietnam grew in 1901."},
		// the sentence names them, or another pair
		{"Old Quarrels Between Greece and Turkey", "Greece and Turkey met in 1901, and both countries signed.", "1901", ""},
		{"China Vietnam relations", "A visit by the US president to Vietnam in 1901 joined the two countries.", "1901", ""},
		{"China Vietnam relations", "A visit by Peru's president to Vietnam in 1901 joined the two countries.", "1901", ""},
		// the title names one country, or three
		{"Greece in the 1900s", "In 1901, both countries joined the league.", "1901", ""},
		{"Greece, Turkey and Cyprus", "In 1901, both countries joined the league.", "1901", ""},
		// the answer holds the phrase
		{"Old Quarrels Between Greece and Turkey", "The league was joined by both countries.", "both countries", ""},
	} {
		f := notes.Fact{Title: tc.title, Sentence: tc.sentence, Answer: tc.answer, Start: strings.Index(tc.sentence, tc.answer)}
		got := mayNamePair(f.Sentence) && namePair(&f) // as trimAnswer asks
		if got != (tc.want != "") {
			t.Errorf("namePair(%q, %q) = %v", tc.title, tc.sentence, got)
			continue
		}
		if !got {
			if f.Sentence != tc.sentence {
				t.Errorf("sentence changed without a pair: %q", f.Sentence)
			}
			continue
		}
		if f.Sentence != tc.want {
			t.Errorf("namePair(%q) = %q, want %q", tc.sentence, f.Sentence, tc.want)
		}
		if f.Sentence[f.Start:f.Start+len(f.Answer)] != f.Answer {
			t.Errorf("answer lost its place in %q", f.Sentence)
		}
	}
}
