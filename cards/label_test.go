package cards

import (
	"reflect"
	"testing"

	"github.com/recall-srs/recall/cards/answer"
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
		{"Port Dues: 44 captains refused to pay the new toll.", 10, "Port Dues", true},    // opens on a figure
		{`"Tolls" (Name): The guild raised the tolls in 1201.`, 14, "Tolls (Name)", true}, // a quotation opens the label
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

// TestLabelHeadsItem: a list item's label heads each of its sentences,
// not only the one it opens, and every card of a sentence shows the same
// path ("The ICJ ruled it had no jurisdiction" says which dispute only
// under "Continental Shelf").
func TestLabelHeadsItem(t *testing.T) {
	first := "Harbour Treaty: The guild signed a pact with the duke in 1201."
	second := "The court ruled it had no say without the duke's consent."
	third := "Tobin Aster wrote the Harbour Treaty's last clause in 1203."
	h := []string{"Trade"}
	facts := []notes.Fact{
		{Kind: notes.Date, Answer: "1201", Sentence: first, Start: 57, LabelLen: 15, Label: "Harbour Treaty", Heading: h},
		{Kind: notes.Actor, Answer: "The court", Sentence: second, Label: "Harbour Treaty", Heading: h},
		{Kind: notes.Date, Answer: "1203", Sentence: second, Start: 0, Label: "Harbour Treaty", Heading: h},
		{Kind: notes.Date, Answer: "1203", Sentence: third, Start: 55, Label: "Harbour Treaty", Heading: h}, // names it
		{Kind: notes.Date, Answer: "1204", Sentence: "The duke signed the charter in 1204.", Start: 31, Label: `"Duke" (Title)`, Heading: h},
		{Kind: notes.Date, Answer: "1205", Sentence: "The port closed in 1205.", Start: 19, Label: "1205", Heading: h},                         // a figure heads nothing
		{Kind: notes.Actor, Answer: "Tobin Aster", Sentence: "The guild asked Tobin Aster for a clause.", Label: "Aster's Clause", Heading: h}, // it would give the answer away
		{Kind: notes.Population, Answer: "2,000", Sentence: "The largest isle, with a port of 2,000 ships.", Label: "Kesh", Heading: h},        // a fragment: the label is its subject
	}
	want := []string{"Trade › Harbour Treaty", "Trade › Harbour Treaty", "Trade › Harbour Treaty", "Trade", "Trade › Duke (Title)", "Trade", "Trade", "Trade"}
	got := liftLabels(facts)
	if len(got) != len(want) {
		t.Fatalf("liftLabels kept %d facts, want %d", len(got), len(want))
	}
	for i, f := range got {
		if p := notes.HeadingPath(f.Heading); p != want[i] {
			t.Errorf("fact %d (%q): heading %q, want %q", i, f.Sentence, p, want[i])
		}
	}
	if &got[0].Heading[0] != &got[1].Heading[0] {
		t.Error("the item's sentences do not share one heading path: they would read as two sections")
	}
	if notes.HeadingPath(facts[1].Heading) != "Trade" {
		t.Error("liftLabels changed the caller's facts")
	}
}

// TestItemLabelPrefilter: mayGiveAway rules a label out only where
// headingTokensGiveAway would too, over every fact of the shared notes
// against every heading of its note and some labels of figures, names
// and countries.
func TestItemLabelPrefilter(t *testing.T) {
	facts := append(sharedFacts(t),
		notes.Fact{Kind: notes.Quantity, Answer: "0 times", Sentence: "0 times 17 = 0."},
		notes.Fact{Kind: notes.Actor, Answer: "the United States", Sentence: "The United States signed it."},
		notes.Fact{Kind: notes.Actor, Answer: "US", Sentence: "The US signed it."},
		notes.Fact{Kind: notes.Date, Answer: "1201", Sentence: "Kesh fell in 1201."})
	labels := map[string][]string{}
	for _, f := range facts {
		labels[f.Note] = append(labels[f.Note], f.Heading...)
	}
	extra := []string{"0", "Multiplying by 0", "US Policy", "United States", "UK", "Uss Vela", "Kesh (1201)", "Anglo-Saxon Kings", "Élysée Treaty"}
	checked, ruledOut := 0, 0
	for i := range facts {
		f := &facts[i]
		for _, label := range append(labels[f.Note], extra...) {
			r := itemReading{label: label}
			full := headingTokensGiveAway(contentTokens(label), answer.StripHedge(f.Answer), *f, nil)
			checked++
			if !r.mayGiveAway(f) {
				ruledOut++
				if full {
					t.Errorf("label %q gives away %q (%s), but mayGiveAway ruled it out", label, f.Answer, f.Kind)
				}
			}
			if r.givesAway(f) != full {
				t.Errorf("givesAway(%q, %q) = %v, want %v", label, f.Answer, !full, full)
			}
		}
	}
	if ruledOut == 0 || ruledOut == checked {
		t.Errorf("mayGiveAway ruled out %d of %d pairs: it filters nothing, or everything", ruledOut, checked)
	}
}
