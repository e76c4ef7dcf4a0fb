package cards

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPhraseSetMatchesHasPhrase pins phraseSet.has to hasPhrase, the
// definition it speeds up, on texts built around the phrases: at word
// bounds and inside words, capitalised at the start, repeated.
func TestPhraseSetMatchesHasPhrase(t *testing.T) {
	lists := [][]string{stalePhrases, hearsayPhrases, judgementWords, {"aba", "so so", "x"}}
	tests := []string{"", "a", "Not yet.", "not yetis", "NOT YET", "Rumoured to be", "rumoured-to", "The unsubstantial cost",
		"Rumoured, and rumoured again", "Rumouredx rumoured", "Abab aba", "ababa", "So so so", "xx x", "It is said that"}
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{" ", "", "x", "-", "The ", "s", ".", "A"}
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(4) {
			l := lists[rng.IntN(len(lists))]
			p := l[rng.IntN(len(l))]
			if rng.IntN(4) == 0 {
				p = strings.ToUpper(p[:1]) + p[1:]
			}
			b.WriteString(pieces[rng.IntN(len(pieces))])
			b.WriteString(p)
		}
		tests = append(tests, b.String())
	}
	for _, l := range lists {
		set := newPhraseSet(l)
		for _, s := range tests {
			if got, want := set.has(s), hasPhrase(s, l); got != want {
				t.Errorf("phraseSet(%q).has(%q) = %v, hasPhrase says %v", l, s, got, want)
			}
		}
	}
}

func TestLowerInMatchesToLower(t *testing.T) {
	m := map[string]bool{"other": true, "despite this": true, "likewise": true}
	for _, tt := range []struct{ w1, w2 string }{
		{"Other", ""}, {"other,", ""}, {"Others", ""}, {"Despite", "this,"}, {"DESPITE", "THIS"}, {"despite", "these"},
		{"Li\u212Aewise,", ""}, {"", ""}, {",", ""}, {"other", ","}, {strings.Repeat("x", 40), "this"},
	} {
		want := m[strings.ToLower(strings.TrimRight(tt.w1, ","))]
		if tt.w2 != "" {
			want = m[strings.ToLower(strings.TrimRight(tt.w1+" "+tt.w2, ","))]
		}
		if got := lowerIn(m, tt.w1, tt.w2); got != want {
			t.Errorf("lowerIn(%q, %q) = %v, want %v", tt.w1, tt.w2, got, want)
		}
	}
}

// TestIsOpinionFirstOccurrence pins isOpinion's reading of opinion words:
// a word counts where it first occurs, and only on a word start there.
func TestIsOpinionFirstOccurrence(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"likely to fall", true}, {"It is likely", true}, {"an unlikely likely event", false}, {"unlikely", false},
		{"They may leave", true}, {"dismay reigns; they may go", false}, {"The war is alarming.", true}, {"", false},
	} {
		if got := isOpinion(tt.s); got != tt.want {
			t.Errorf("isOpinion(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// referenceDanglesByPhrase is referenceDangles' phrase search as first
// written, one search per phrase: the one-pass search must agree with it.
func referenceDanglesByPhrase(s string) bool {
	if strings.Contains(s, "the figure ") || strings.Contains(s, "The figure ") {
		return true
	}
	for _, after := range []string{" followed in ", " followed on ", " followed.", " ensued", " came next"} {
		if strings.Contains(s, after) {
			return true
		}
	}
	for _, rel := range []string{"the next ", "the previous ", "the preceding ", "the following year", "the following decade"} {
		if i := strings.Index(s, rel); i >= 0 && !hasYear(s[:i]) {
			return true
		}
	}
	return false
}

func TestReferenceDanglesOnePass(t *testing.T) {
	pieces := []string{"the ", "The ", "he ", "figure ", "next ", "previous ", "preceding ", "following year", "following decade",
		"followed in ", "followed on ", "followed.", "followed", "ensued", "came next", "1990 ", "in 2001", " ", "lathe ", "x", "."}
	rng := rand.New(rand.NewPCG(3, 4))
	ctx := &context{}
	for range 20000 {
		var b strings.Builder
		b.WriteString("Word ")
		for range 1 + rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := referenceDangles(s, ctx), referenceDanglesByPhrase(strings.TrimSpace(s)); got != want {
			t.Fatalf("referenceDangles(%q) = %v, one search per phrase says %v", s, got, want)
		}
	}
}
