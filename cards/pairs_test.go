package cards

import (
	"strings"
	"testing"
)

// TestPairSet: a set read from a text may hold every part of the text, in
// either case (never a false "cannot"), and rules out words with a pair the
// text lacks.
func TestPairSet(t *testing.T) {
	for _, text := range []string{
		"The flood of 1201 brought a new element to the story: the guild.",
		"An UNRIVALLED position, not for savings but for survival",
		"Atatürk’s “reforms” began in 1923 — within five years.",
		"",
		"x",
	} {
		p := pairsOf(text)
		for i := 0; i < len(text); i++ {
			for j := i; j <= len(text); j++ {
				w := text[i:j]
				for _, v := range []string{w, strings.ToLower(w), strings.ToUpper(w)} {
					if strings.Contains(strings.ToLower(text), strings.ToLower(v)) && !p.mayHold(v) {
						t.Fatalf("pairsOf(%q).mayHold(%q) = false, want true", text, v)
					}
				}
			}
		}
	}
	for _, tc := range []struct {
		text, w string
		want    bool
	}{
		{"The flood of 1201", "flood", true},
		{"The flood of 1201", "FLOOD", true},
		{"The flood of 1201", "story", false},
		{"The flood of 1201", "solution", false},
		{"The flood of 1201", "d o", true}, // a pair across a space
		{"The flood of 1201", "f1", false},
	} {
		if got := pairsOf(tc.text).mayHold(tc.w); got != tc.want {
			t.Errorf("pairsOf(%q).mayHold(%q) = %v, want %v", tc.text, tc.w, got, tc.want)
		}
	}
	var none *pairSet
	if !none.mayHold("anything") {
		t.Error("a nil pairSet must hold anything")
	}
}
