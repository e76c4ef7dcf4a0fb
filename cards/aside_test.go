package cards

import (
	"testing"

	"github.com/recall-srs/recall/notes"
)

func TestAsksAside(t *testing.T) {
	sents := []string{
		"The Kesh guild was founded in 1201 by Orrin Vela.",
		"Orrin Vela led the guild for thirty years.",
		"In 1230, Vela's guild opened a second hall in Tarn.",
		"The guild's first clock was built by Ana Velt in 1240.",
		"The EU archive lists the guild since 1990.",
	}
	f := notes.Fact{Title: "The Kesh guild", Heading: []string{"Founding"}}
	tests := []struct {
		q    string
		want bool
	}{
		{"In what year did Ana Velt build the guild's first clock?", true},      // named in one sentence
		{"In what year did Orrin Vela found the guild?", false},                 // in three, by surname
		{"In what year did Vela's guild open a second hall in Tarn?", true},     // Tarn: one sentence
		{"In what year did the Kesh guild open a hall?", false},                 // the title's subject
		{"Since when has the EU archive listed the guild?", false},              // too short to read
		{"When did Orrin Vela found the guild, with Ana Velt's help?", true},    // a second name, once
		{"In what year did Orrin Vela lead the guild in March?", false},         // a month names nothing
		{"In what year did Tobin Aster visit the guild?", true},                 // in none of them
		{"When did the guild open a hall under Vela, in Tarn's harbour?", true}, // runs end at a comma
		{"When did the guild open a hall under Vela?", false},                   // one name, named thrice
	}
	for _, tt := range tests {
		if got := asksAside(tt.q, f, sents); got != tt.want {
			t.Errorf("asksAside(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
	// a name in the heading is the section's subject
	g := f
	g.Heading = []string{"Ana Velt's clocks"}
	if asksAside("In what year did Ana Velt build the guild's first clock?", g, sents) {
		t.Error("a name the heading shows is an aside")
	}
}
