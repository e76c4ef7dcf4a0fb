package cards

import (
	"testing"

	"github.com/recall-srs/recall/notes"
)

// TestInFull gives a bare name in full as its note introduced it, and
// only when the note leaves no doubt whose it is.
func TestInFull(t *testing.T) {
	intro := "Ana Velt founded Kesh Works in 1990."
	tests := []struct {
		name      string
		sentences []string // the note's; the first is an actor's fact
		q, want   string
		shown     string // title and headings
		hidden    string // answer and options
	}{
		{"a surname", []string{intro, "Velt moved the firm to Orrin in 1994."},
			"In what year did Velt move the firm to Orrin?", "In what year did Ana Velt move the firm to Orrin?", "", ""},
		{"a given name, possessive", []string{intro, "Ana's plan failed in 1994."},
			"True or false: Ana's plan failed in 1994.", "True or false: Ana Velt's plan failed in 1994.", "", ""},
		{"once only", []string{intro},
			"Velt hired Velt's cousin in _____.", "Ana Velt hired Velt's cousin in _____.", "", ""},
		{"two people share the name", []string{intro, "Tobin Velt sold the firm in 2001."},
			"In what year did Velt move the firm?", "", "", ""},
		{"no actor: a thing's name", []string{"Kesh Works opened in 1990.", "In 1994, the Velt Dreamliner flew."},
			"In what year did Velt fly?", "", "", ""},
		{"a thing named for the person", []string{intro},
			"When was the Velt prize first given?", "", "", ""},
		{"a place word", []string{"West Kesh joined the league in 1990."},
			"In what year did Kesh join the league?", "", "", ""},
		{"beside another capital", []string{intro},
			"When did Lake Velt dry out?", "", "", ""},
		{"beside the blank", []string{intro},
			"In 1990, Velt _____ founded the firm.", "", "", ""},
		{"the headings show it", []string{intro},
			"In what year did Velt move?", "", "Ana Velt › Later life", ""},
		{"the answer holds a word of it", []string{intro},
			"_____ Velt founded Kesh Works in 1990.", "", "", "Ana"},
		{"already in full", []string{intro},
			"Ana Velt founded _____ in 1990.", "", "", "Kesh Works"},
		{"initials lead the name", []string{"KT Orrin founded Kesh Works in 1990."},
			"In what year did Orrin found Kesh Works?", "In what year did KT Orrin found Kesh Works?", "", ""},
		{"a courtesy title makes a person", []string{intro, "In 1992, the guild hired Sir Tobin Aster as its clerk.", "Aster drafted the charter in 1994."},
			"In what year did Aster draft the charter?", "In what year did Tobin Aster draft the charter?", "", ""},
		{"a place named for a lord", []string{intro, "In 1992, the guild sailed to Lord Howe Island.", "Howe Island joined the league in 1994."},
			"In what year did Howe join the league?", "", "", ""},
		{"no courtesy title, no actor", []string{intro, "In 1992, the guild hired Tobin Aster as its clerk.", "Aster drafted the charter in 1994."},
			"In what year did Aster draft the charter?", "", "", ""},
		{"a title is no name", []string{"Viceroy Orrin founded Kesh Works in 1990."},
			"In what year did Orrin found Kesh Works?", "", "", ""},
		{"a month is no name", []string{"Velt July founded Kesh Works in 1990."},
			"In what year did Velt found Kesh Works?", "", "", ""},
		{"letters of a brand", []string{"KeshCorp Velt founded Kesh Works in 1990."},
			"In what year did Velt found Kesh Works?", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := make([]*notes.Fact, len(tt.sentences))
			for i, s := range tt.sentences {
				kind := notes.Date
				ans := ""
				if i == 0 {
					kind = notes.Actor
					w1, rest := nextField(s)
					w2, _ := nextField(rest)
					ans = w1 + " " + w2
				}
				facts[i] = &notes.Fact{Kind: kind, Answer: ans, Sentence: s, Note: "velt.md"}
			}
			lx := newLexicon(facts)
			names := readNames(facts, lx)
			want := tt.want
			if want == "" {
				want = tt.q
			}
			if got := inFull(tt.q, names, lx, tt.shown, tt.hidden); got != want {
				t.Errorf("inFull(%q)\n got %q\nwant %q", tt.q, got, want)
			}
		})
	}
}

func TestKnownPerson(t *testing.T) {
	sents := []string{
		"Orrin Vela took credit for the guild's acceptance in 1201.",
		"The root of the trouble was a pat answer from the mayor.",
		"Pat Root later led the guild, and Root kept its books.",
		"Ana Brook wrote of the live events of that year, by the brook.",
		"Credit Acceptance lent the guild its first coins.",
	}
	facts := noteFacts(sents...)
	lx := newLexicon(facts)
	note := facts[0].Note
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Orrin Vela", true},         // no note writes either word small
		{"Pat Root", true},           // both are words, but the note writes "Root" alone
		{"Ana Brook", true},          // "brook" is no name here, "Ana" is
		{"Orrin Vela Jr.", true},     // the surname before the suffix
		{"Credit Acceptance", false}, // both written small: a firm's name
		{"Live Events", false},
		{"Mayor Brook", false},  // a title is no given name
		{"Kesh Capital", false}, // a firm's word ends it
		{"Ana Tarn Street", false},
		{"Vela India", false},     // a country ends it
		{"Operation Vela", false}, // what the name is comes first
		{"Project Orrin", false},
		{"Treaty Tarn", false},
		{"All Velas", false}, // a determiner opens a group
		{"An Vela", true},    // "An" is a given name too
	} {
		if got := knownPerson(tt.name, note, lx); got != tt.want {
			t.Errorf("knownPerson(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
	// a false statement swaps two persons known as such, or two countries
	f := *facts[0]
	if likePersons(f, "Orrin Vela", "Credit Acceptance", lx) {
		t.Error("a firm of two words swapped for a person")
	}
	if !likePersons(f, "Orrin Vela", "Pat Root", lx) {
		t.Error("two persons not swapped")
	}
}

// noteFacts makes a fact of each sentence, all of one note, for a lexicon
// to read (it reads the sentences, not the answers).
func noteFacts(sents ...string) []*notes.Fact {
	facts := make([]*notes.Fact, len(sents))
	for i, s := range sents {
		f := fact(notes.Actor, "the guild", s, "the guild", "Founding")
		facts[i] = &f
	}
	return facts
}

// TestGivenNameAnswerInFull: a card that asks for an actor by a given name
// alone answers with the full name its note introduced; a surname alone
// stays, and so does an mc card's key, which its options match.
func TestGivenNameAnswerInFull(t *testing.T) {
	src := "---\ntitle: The Kesh looms\n---\n# Founders\n\n" +
		"Ana Velt founded the Kesh loom guild in 1201 with Tobin Aster.\n\n" +
		"In 1204, Ana moved the looms of the guild to the port of Orrin.\n\n" +
		"In 1206, Aster sold the dye works of the guild to the duke of Vela.\n"
	n, _, err := notes.Parse("kesh.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	answers := map[string]bool{}
	for _, c := range Generate(notes.Extract(n), Options{Seed: 1, MinScore: 0.01, Types: []Type{Cloze, QA}}) {
		if c.Kind == notes.Actor {
			answers[c.Answer] = true
		}
	}
	if answers["Ana"] || !answers["Ana Velt"] {
		t.Errorf("a given name asked alone: answers %v, want \"Ana Velt\", not \"Ana\"", answers)
	}
	if answers["Tobin Aster"] && !answers["Aster"] {
		t.Errorf("a surname asked alone was written in full: answers %v", answers)
	}
}
