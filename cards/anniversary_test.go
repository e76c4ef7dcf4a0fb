package cards

import (
	"testing"

	"github.com/recall-srs/recall/notes"
)

func TestAnniversaryIn(t *testing.T) {
	tests := []struct {
		s    string
		want anniversary
		ok   bool
	}{
		{"In 2023 the guilds marked the centenary of the Treaty of Kesh.", anniversary{"Treaty of Kesh", 1923}, true},
		{"2001 saw the 50th anniversary of the Harbour Act, celebrated in Vela.", anniversary{"Harbour Act", 1951}, true},
		{"The bicentennial of Vela Bridge fell in 1990.", anniversary{"Vela Bridge", 1790}, true},
		{"The guilds marked the centenary of the Treaty of Kesh.", anniversary{}, false},          // no year
		{"In 2023 and 2024 the guilds marked the centenary of the treaty.", anniversary{}, false}, // two years
		{"In 2023 the guilds marked an anniversary of their founding.", anniversary{}, false},     // no number, no name
		{"The harbour was rebuilt in 1923.", anniversary{}, false},
	}
	for _, tt := range tests {
		got, ok := anniversaryIn(tt.s)
		if ok != tt.ok || got != tt.want {
			t.Errorf("anniversaryIn(%q) = %v, %v; want %v, %v", tt.s, got, ok, tt.want, tt.ok)
		}
	}
}

// A date the note contradicts through an anniversary gives no card; the
// anniversary's own date and dates of other events still do.
func TestDatedTwice(t *testing.T) {
	facts := []notes.Fact{
		fact(notes.Date, "Kesh", "On July 24, 1924, Kesh and Vela signed the Treaty of Kesh.", "July 24, 1924", "Treaties"),
		fact(notes.Date, "Kesh", "In 1930, Kesh and Vela signed the Harbour Pact.", "1930", "Treaties"),
		fact(notes.Date, "Kesh", "In 2023 Kesh and Vela marked the centenary of the Treaty of Kesh.", "2023", "Treaties"),
	}
	noteOf := []int{0, 0, 0}
	marks := datedTwice(factRefs(facts), noteOf)
	if want := []bool{true, false, false}; len(marks) != 3 || marks[0] != want[0] || marks[1] != want[1] || marks[2] != want[2] {
		t.Fatalf("datedTwice = %v, want %v", marks, want)
	}
	// in another note, the same treaty's date stands
	if marks := datedTwice(factRefs(facts), []int{0, 1, 1}); marks != nil {
		t.Errorf("datedTwice across notes = %v, want nil", marks)
	}
	for _, c := range Generate(facts, Options{Seed: 1, MinScore: 0.3}) {
		if c.Fact.Sentence == facts[0].Sentence {
			t.Errorf("card on a date the note contradicts: %q", c.Question)
		}
	}
	// without the anniversary, the date gives cards
	made := false
	for _, c := range Generate(facts[:2], Options{Seed: 1, MinScore: 0.3}) {
		made = made || c.Fact.Sentence == facts[0].Sentence
	}
	if !made {
		t.Error("the treaty's date gives no card even without the anniversary")
	}
	// keeping every card keeps it too
	found := false
	for _, c := range Generate(facts, Options{Seed: 1, MinScore: -1}) {
		found = found || c.Fact.Sentence == facts[0].Sentence
	}
	if !found {
		t.Error("with every card kept, the contradicted date gives none")
	}
}
