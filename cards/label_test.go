package cards

import (
	"testing"

	"github.com/recall-srs/recall/notes"
)

func TestSentenceLabel(t *testing.T) {
	tests := []struct {
		s, label string
	}{
		{"Harbour Treaty (1201): The guild signed a pact with the duke.", "Harbour Treaty (1201)"},
		{`"Grey Zones": In 1201, a ship ran aground on an islet.`, "Grey Zones"},
		{"Kesh: Ranks 40th among the isles by area.", ""},              // a fragment: the label is its subject
		{"Kesh: Issued a decree and closed the port.", ""},             // opens on its verb
		{"1201: The guild signed a pact with the duke.", ""},           // a list of dates keeps its years
		{"The reason the guild gave was simple: it had no money.", ""}, // a clause, not a label
		{"The guild signed a pact in 1201.", ""},
	}
	for _, tt := range tests {
		if got, _ := sentenceLabel(tt.s); got != tt.label {
			t.Errorf("sentenceLabel(%q) = %q, want %q", tt.s, got, tt.label)
		}
	}
}

func TestLiftLabels(t *testing.T) {
	s := "Harbour Treaty (1201): The guild signed a pact with the duke."
	facts := []notes.Fact{
		{Kind: notes.Date, Answer: "1201", Sentence: s, Start: 16, Heading: []string{"Trade"}},
		{Kind: notes.Actor, Answer: "the duke", Sentence: s, Start: 52, Heading: []string{"Trade"}},
	}
	got := liftLabels(facts)
	if len(got) != 1 {
		t.Fatalf("liftLabels kept %d facts, want 1 (the year is the label's)", len(got))
	}
	f := got[0]
	if f.Sentence != "The guild signed a pact with the duke." || f.Sentence[f.Start:f.Start+len(f.Answer)] != "the duke" {
		t.Errorf("lifted sentence %q, answer at %d", f.Sentence, f.Start)
	}
	if notes.HeadingPath(f.Heading) != "Trade › Harbour Treaty (1201)" {
		t.Errorf("heading %q", notes.HeadingPath(f.Heading))
	}
	if notes.HeadingPath(facts[1].Heading) != "Trade" || facts[1].Sentence != s {
		t.Error("liftLabels changed the caller's facts")
	}
}
