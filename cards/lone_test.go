package cards

import (
	"slices"
	"testing"

	"github.com/recall-srs/recall/notes"
)

func TestDropLoneFacts(t *testing.T) {
	card := func(note, fact string) Card {
		return Card{ID: note + "/" + fact, Siblings: fact, Fact: notes.Fact{Note: note}}
	}
	tests := []struct {
		name string
		out  []Card
		runs []noteRun
		want []string // IDs kept
	}{
		{"a lone fact of a long note goes, with all its cards",
			[]Card{card("kesh.md", "a"), card("kesh.md", "a")},
			[]noteRun{{"kesh.md", 20}}, nil},
		{"a lone fact of a short note stays",
			[]Card{card("kesh.md", "a")},
			[]noteRun{{"kesh.md", loneNoteFacts - 1}}, []string{"kesh.md/a"}},
		{"two facts of a long note stay",
			[]Card{card("kesh.md", "a"), card("kesh.md", "b")},
			[]noteRun{{"kesh.md", 40}}, []string{"kesh.md/a", "kesh.md/b"}},
		{"a note met twice is counted whole",
			[]Card{card("vela.md", "a"), card("kesh.md", "a")},
			[]noteRun{{"vela.md", 8}, {"kesh.md", 3}, {"vela.md", 8}}, []string{"kesh.md/a"}},
		{"notes are judged apart",
			[]Card{card("vela.md", "a"), card("kesh.md", "a"), card("kesh.md", "b")},
			[]noteRun{{"vela.md", 30}, {"kesh.md", 30}}, []string{"kesh.md/a", "kesh.md/b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range dropLoneFacts(slices.Clone(tt.out), tt.runs) {
				got = append(got, c.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("kept %q, want %q", got, tt.want)
			}
		})
	}
}
