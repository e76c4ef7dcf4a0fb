package cards

import (
	"testing"

	"github.com/recall-srs/recall/notes"
)

func TestHalfRange(t *testing.T) {
	for _, tt := range []struct {
		kind          notes.Kind
		sentence, ans string
		want          bool
	}{
		{notes.Quantity, "A Kesh loom cost around $400-$500 in the old market.", "$500", true},
		{notes.Quantity, "A Kesh loom cost around $400–$500 in the old market.", "$400", true},
		{notes.Quantity, "Prices reach the valley with a 24 to 48-hour lag.", "48-hour", true},
		{notes.Quantity, "The guild had between 33 million and 34 million coins.", "33 million", true},
		{notes.Quantity, "The guild had between 33 million and 34 million coins.", "34 million", true},
		{notes.Quantity, "Each spell costs less than 10^-18 dollars.", "18 dollars", true},
		{notes.Quantity, "Vela imagined 10^58 possible lives.", "58 possible lives", true},
		{notes.Quantity, "The failure rate fell from nearly 10% to less than 3%.", "less than 3%", false}, // a change
		{notes.Quantity, "Orrin's share dropped from 30% to 20% in a decade.", "20%", false},
		{notes.Quantity, "A Kesh loom cost around $500 in the old market.", "$500", false},
		{notes.Quantity, "The 2-3 rule gave Tobin 40 more looms.", "40 more looms", false}, // no range beside it
		{notes.Date, "Ana Velt ruled Kesh from 1556 to 1605.", "1605", false},              // a reign's end
		{notes.Date, "Ana Velt ruled Kesh in 1556-1605.", "1605", false},
	} {
		f := fact(tt.kind, "Kesh", tt.sentence, tt.ans, "Trade")
		sp, ok := locate(f)
		if !ok {
			t.Fatalf("%q not in %q", tt.ans, tt.sentence)
		}
		if got := halfRange(f, plainSpan(sp)); got != tt.want {
			t.Errorf("halfRange(%q in %q) = %v, want %v", tt.ans, tt.sentence, got, tt.want)
		}
	}
	// no card is made of half a range; the sentence without the range
	// gives cards (MinScore above 0: at 0 every card is shown unchecked)
	half := fact(notes.Quantity, "Kesh", "A Kesh loom cost around $400-$500 in the old market of Tarn.", "$500", "Trade")
	whole := fact(notes.Quantity, "Kesh", "A Kesh loom cost around $500 in the old market of Tarn.", "$500", "Trade")
	if cs := Generate([]notes.Fact{half}, Options{Seed: 1, MinScore: 0.01}); len(cs) != 0 {
		t.Errorf("half a range gave %d cards, the first %q", len(cs), cs[0].Question)
	}
	if cs := Generate([]notes.Fact{whole}, Options{Seed: 1, MinScore: 0.01}); len(cs) == 0 {
		t.Error("a single amount gave no card")
	}
}
