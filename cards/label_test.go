package cards

import (
	"reflect"
	"testing"

	"github.com/recall-srs/recall/notes"
)

func TestSentenceLabel(t *testing.T) {
	tests := []struct {
		s        string
		labelLen int
		label    string
		whole    bool
	}{
		{"Harbour Treaty (1201): The guild signed a pact with the duke.", 22, "Harbour Treaty (1201)", true},
		{`"Grey Zones": In 1201, a ship ran aground on an islet.`, 13, "Grey Zones", true},
		{"Tolls: The guild raised the tolls in 1201.", 5, "Tolls", true},                // the colon outside the bold
		{"Kesh: Ranks 40th among the isles by area.", 5, "Kesh", false},                 // a fragment: the label is its subject
		{"Kesh: Issued a decree and closed the port.", 5, "Kesh", false},                // opens on its verb
		{"1201: The guild signed a pact with the duke.", 5, "", false},                  // a list of dates keeps its years
		{"The 1201 sequel, Kesh: A Harbour Odyssey, was filmed in 1203.", 0, "", false}, // no bold label: a title's colon
		{"The guild signed a pact in 1201.", 0, "", false},
		{"Rising Harbour Tolls: The guild raised the tolls in 1201.", 0, "Rising Harbour Tolls", true}, // title case, without bold
		{"Kesh: The guild raised the tolls in 1201.", 0, "Kesh", true},                                 // one plain word before a sentence of its own
		{"Port Dues: Kesh accounts for about 22% of the tolls.", 10, "Port Dues", true},                // a verb in the present
		{"Port Dues: The harbour typically charges 3% on grain.", 10, "Port Dues", true},
		{"Port Dues: The guild didn't lower them until 1203.", 10, "Port Dues", true},
		{"Port Dues: Kesh ranks second among the isles.", 10, "Port Dues", true},
		{"Kesh: Home to 35% of the traders in the isles.", 5, "Kesh", false}, // plural nouns, no verb: a fragment
		{"Kesh: Collects the tolls for the duke.", 5, "Kesh", false},
		{"Port Dues: 44 captains refused to pay the new toll.", 10, "Port Dues", true}, // opens on a figure
	}
	for _, tt := range tests {
		label, _, whole := sentenceLabel(tt.s, tt.labelLen)
		if label != tt.label || whole != tt.whole {
			t.Errorf("sentenceLabel(%q, %d) = %q, %v; want %q, %v", tt.s, tt.labelLen, label, whole, tt.label, tt.whole)
		}
	}
}

func TestLiftLabels(t *testing.T) {
	s := "Harbour Treaty (1201): The guild signed a pact with the duke."
	frag := "Scarecrow (1 copy): A card that sets itself again."
	facts := []notes.Fact{
		{Kind: notes.Date, Answer: "1201", Sentence: s, Start: 16, LabelLen: 22, Heading: []string{"Trade"}},
		{Kind: notes.Actor, Answer: "the duke", Sentence: s, Start: 52, LabelLen: 22, Heading: []string{"Trade"}},
		{Kind: notes.Quantity, Answer: "1 copy", Sentence: frag, Start: 11, LabelLen: 9}, // "**Scarecrow** (1 copy):"
		{Kind: notes.Definition, Answer: "A card that sets itself again", Sentence: frag, Start: 20, LabelLen: 9},
	}
	got := liftLabels(facts)
	if len(got) != 2 {
		t.Fatalf("liftLabels kept %d facts, want 2 (the year and the count are the labels')", len(got))
	}
	f := got[0]
	if f.Sentence != "The guild signed a pact with the duke." || f.Sentence[f.Start:f.Start+len(f.Answer)] != "the duke" {
		t.Errorf("lifted sentence %q, answer at %d", f.Sentence, f.Start)
	}
	if notes.HeadingPath(f.Heading) != "Trade › Harbour Treaty (1201)" {
		t.Errorf("heading %q", notes.HeadingPath(f.Heading))
	}
	if got[1].Sentence != frag {
		t.Errorf("a fragment's label was lifted: %q", got[1].Sentence)
	}
	if notes.HeadingPath(facts[1].Heading) != "Trade" || facts[1].Sentence != s {
		t.Error("liftLabels changed the caller's facts")
	}
	// a trim is applied to a copy, not to the caller's fact
	trimmed := []notes.Fact{{Kind: notes.Quantity, Sentence: "She opened the shop when she was just 21 years old.", Answer: "just 21 years", Start: 33}}
	want := trimmed[0]
	want.Answer, want.Start = "21 years", 38
	if got := liftLabels(trimmed); len(got) != 1 || !reflect.DeepEqual(*got[0], want) || trimmed[0].Answer != "just 21 years" {
		t.Errorf("trimmed fact: got %+v, want %+v; caller's %+v", got, want, trimmed[0])
	}
}
