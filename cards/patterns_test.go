package cards

import (
	"slices"
	"strings"
	"testing"
)

// TestPatternShortcuts checks that findCopulaEnd and findPassiveBy, which
// rule texts out before running their patterns, find what findIfLast
// finds with the patterns alone: on the words either side of every
// answer of the shared notes, and on texts made of copulas, auxiliaries,
// articles and "by" joined by every sort of space the patterns and
// strings.Fields tell apart.
func TestPatternShortcuts(t *testing.T) {
	var texts []string
	for _, f := range sharedFacts(t) {
		if sp, ok := locate(f); ok {
			texts = append(texts, sp.left, strings.TrimSpace(sp.left), sp.right, f.Sentence)
		}
	}
	words := []string{"", "Vela", "the Kesh guild", "is", "are", "was", "were", "has been", "been", "refers", "to",
		"refers to", "means", "describes", "a", "an", "the", "largely", "founded", "by", "Ana Velt", "this",
		"the guild was", "largely founded", "founded in Vela", "Vela by"}
	spaces := []string{" ", "  ", "\t", "\n", "\v", "\u00a0", "\u2003", ""}
	for _, a := range words {
		for _, b := range words {
			for _, c := range words {
				for _, sp := range spaces {
					texts = append(texts, a+sp+b+" "+c, a+" "+b+sp+c, sp+a+" "+b+" "+c+sp, a+sp+b+sp+c)
				}
			}
		}
	}
	n1, n2 := 0, 0 // the texts the patterns find something in
	for _, text := range texts {
		want := findIfLast(copulaEnd, text, copulaLast)
		if got := findCopulaEnd(text); !slices.Equal(got, want) {
			t.Errorf("findCopulaEnd(%q) = %q; the pattern finds %q", text, got, want)
		}
		if want != nil {
			n1++
		}
		want = findIfLast(passiveBy, text, byWord)
		if got := findPassiveBy(text); !slices.Equal(got, want) {
			t.Errorf("findPassiveBy(%q) = %q; the pattern finds %q", text, got, want)
		}
		if want != nil {
			n2++
		}
	}
	if n1 == 0 || n2 == 0 {
		t.Errorf("the patterns found %d copulas and %d passives in %d texts: the texts try too little", n1, n2, len(texts))
	}
}
