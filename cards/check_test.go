package cards

import (
	"testing"

	"github.com/recall-srs/recall/notes"
)

func TestCheck(t *testing.T) {
	mc := Card{Type: MC, Answer: "1979", Choices: []string{"1975", "1979", "1983", "1986"}, Key: 1}
	mcNum := Card{Type: MC, Answer: "3", Choices: []string{"2", "3", "4", "5"}, Key: 1}
	tfTrue := Card{Type: TF, Answer: "true", Choices: []string{"True", "False"}, Key: 0}
	tfFalse := Card{Type: TF, Answer: "false", Choices: []string{"True", "False"}, Key: 1}
	qa := Card{Type: QA, Answer: "Prime Minister Edi Rama", Key: -1}
	date := Card{Type: Cloze, Answer: "July 15, 2022", Key: -1}
	pop := Card{Type: QA, Answer: "close to 90 million", Key: -1}
	cause := Card{Type: QA, Question: "Why did the river trade of Orrin collapse?", Answer: "a long drought in the northern hills", Key: -1}
	cause.Kind = notes.Cause
	response := Card{Type: QA, Question: "How did the guild respond to the new tax?", Answer: "condemned the council's decision", Key: -1}
	response.Kind = notes.Response
	war := Card{Type: Cloze, Question: "During the War of _____, the Kesh fleet held the Vela strait.", Answer: "1812", Key: -1}
	term := Card{Type: Cloze, Question: "Orrin's guilds spoke of a \"_____\" effect on trade.", Answer: "Lantern", Key: -1}
	since := Card{Type: Cloze, Question: "The Vela lighthouse has stood since around _____.", Answer: "1870", Key: -1}
	fewer := Card{Type: Cloze, Question: "While fewer than _____ of the Kesh guilds keep a harbour master, most hire one.", Answer: "30%", Key: -1}
	ally := Card{Type: Cloze, Question: "_____, in league with the Allen Guild, opened the Vela market.", Answer: "Kesh Traders", Key: -1}
	ships := Card{Type: Cloze, Kind: notes.Quantity, Question: "In the last five years of the war, the Kesh fleet of Vela lost over _____ to the storms.", Answer: "50 ships", Key: -1}
	// a count of one or two digits is no year; one of three or four may be
	heat := Card{Type: Cloze, Kind: notes.Quantity, Question: "Each kilometre down the Kesh shaft is about _____°C hotter.", Answer: "25", Key: -1}
	founded := Card{Type: Cloze, Kind: notes.Quantity, Question: "The Vela temple was raised around _____ CE.", Answer: "680", Key: -1}
	// a capital for its government, as who did something; not as a place
	capital := Card{Type: QA, Kind: notes.Actor, Question: "Who denied the allegations?", Answer: "Tehran", Key: -1}
	capitalPlace := Card{Type: QA, Kind: notes.Place, Question: "Where did the envoys meet?", Answer: "Tehran", Key: -1}
	tests := []struct {
		typed string
		c     Card
		want  Verdict
	}{
		{"Iran", capital, Correct},
		{"Iran", capitalPlace, Close},
		{"Iraq", capital, Wrong},
		{"20-30", heat, Close},
		{"25 degrees", heat, Correct},
		{"around 650", founded, Wrong},
		{"c. 680", founded, Correct},
		{"b", mc, Correct},
		{"B)", mc, Correct},
		{"(b)", mc, Correct},
		{"2", mc, Correct},
		{"1979", mc, Correct},
		{"a", mc, Wrong},
		{"1", mc, Wrong},
		{"1983", mc, Wrong},
		{"e", mc, Wrong},
		{"january 1979", mc, Correct}, // not an option: checked as an answer, more precise
		{"3", mcNum, Correct},         // option text wins over option number
		{"2", mcNum, Wrong},
		{"b", mcNum, Correct},
		{"t", tfTrue, Correct},
		{"True", tfTrue, Correct},
		{"yes", tfTrue, Correct},
		{"f", tfTrue, Wrong},
		{"false", tfFalse, Correct},
		{"no", tfFalse, Correct},
		{"true", tfFalse, Wrong},
		{"maybe", tfFalse, Wrong},
		{"", qa, Wrong},
		// a reason is graded by its gist, a reaction is not
		{"no rain fell in the hills for years", cause, Close},
		{"the river froze", cause, Wrong}, // "river" is the question's word
		{"praised the council's decision", response, Wrong},
		{"Edi Rama", qa, Correct},
		{"Rama", qa, Close},
		{"Edi Ramma", qa, Close},
		{"Berisha", qa, Wrong},
		{"15 July 2022", date, Correct},
		{"2022-07-15", date, Correct},
		{"July 2022", date, Close},
		{"ninety million", pop, Close},
		{"about 90m", pop, Correct},
		{"9 million", pop, Wrong},
		// the question's words around the blank typed with the answer
		{"war of 1812", war, Correct},
		{"the war of 1813", war, Wrong},
		{"lantern effect", term, Correct},
		{"allen traders", ally, Wrong}, // "traders" alone is not a right answer
		{"50", ships, Correct},
		{"50 ships to the storms", ships, Correct},
		{"50 years", ships, Wrong}, // "years" is the question's, but far from the blank
		// a hedge the question says is the note's, not a guess
		{"c. 1870", since, Correct},
		{"less than 30%", fewer, Correct}, // the question's bound typed again
		{"over 30%", fewer, Wrong},        // the question's bound turned round
		{"around 1871", since, Close},
		{"around 1962", Card{Type: QA, Question: "In what year did Kesh join the league?", Answer: "1962", Key: -1}, Close},
	}
	tests = append(tests, checkKindTests...)
	for _, tt := range tests {
		got := Check(tt.typed, tt.c)
		if got.Verdict != tt.want {
			t.Errorf("Check(%q, %s %q) = %s (%s), want %s", tt.typed, tt.c.Type, tt.c.Answer, got.Verdict, got.Note, tt.want)
		}
		if got.Verdict != Correct && got.Note == "" {
			t.Errorf("Check(%q, %q): %s without a note", tt.typed, tt.c.Answer, got.Verdict)
		}
	}
}

// TestHedgeSense: the hedges and bounds a learner types before a figure,
// and those a question puts before its blank, in the sense checkText
// compares them by.
func TestHedgeSense(t *testing.T) {
	for _, tt := range []struct{ hedge, want string }{
		{"", ""}, {"about", "about"}, {"Around", "about"}, {"~", "about"}, {"c.", "about"},
		{"over", "above"}, {"more than", "above"}, {"At  least", "above"},
		{"under", "below"}, {"less than", "below"}, {"Fewer than", "below"},
	} {
		if got := hedgeSense(tt.hedge); got != tt.want {
			t.Errorf("hedgeSense(%q) = %q, want %q", tt.hedge, got, tt.want)
		}
	}
}

func TestBlankHedge(t *testing.T) {
	for _, tt := range []struct{ question, want string }{
		{"The Vela mill employed _____ workers.", ""},
		{"The Vela mill employed around _____ workers.", "about"},
		{"The Vela mill employed over _____ workers.", "above"},
		{"The Vela mill employed more than _____ workers.", "above"},
		{"The Vela mill employed fewer than _____ workers.", "below"},
		{"Kesh chose the river route rather than _____.", ""},
		{"The Orrin fair opened no later than _____.", ""},
		{"No blank here", ""},
	} {
		if got := blankHedge(tt.question); got != tt.want {
			t.Errorf("blankHedge(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}

// checkKindTests are answers graded by what the card asks: a reaction
// must say what was done, a place is all of its name, a bound the
// question gives may not be turned round, and the question's own term
// is no answer.
var checkKindTests = func() []struct {
	typed string
	c     Card
	want  Verdict
} {
	card := func(kind notes.Kind, question, answer string) Card {
		c := Card{Type: QA, Question: question, Answer: answer, Key: -1}
		c.Kind = kind
		return c
	}
	condemned := card(notes.Response, "How did the council respond to the raid?", "condemned the attack")
	rates := card(notes.Response, "How did the Vela bank respond?", "raised interest rates")
	curfew := card(notes.Response, "How did the governor respond to the riots?", "imposed a curfew")
	sanctions := card(notes.Response, "How did Vela respond to the invasion?", "imposed sanctions on Russia")
	kong := card(notes.Place, "Where did the envoys meet?", "Hong Kong")
	hormuz := card(notes.Place, "Where were the ships seized?", "the Strait of Hormuz")
	gdp := card(notes.Definition, "What does GDP stand for?", "gross domestic product")
	more := Card{Type: Cloze, Question: "More than _____ people left the Vela valley.", Answer: "90,000", Key: -1}
	more.Kind = notes.Population
	return []struct {
		typed string
		c     Card
		want  Verdict
	}{
		{"the attack", condemned, Wrong},        // what it was done to, not what was done
		{"sanctioned Russia", sanctions, Close}, // an action of its own, in a verb
		{"sanctions on Russia", sanctions, Wrong},
		{"condemned it", condemned, Close},
		{"denounced the attack", condemned, Correct},
		{"refused to condemn the attack", condemned, Wrong},
		{"condoned the attack", condemned, Wrong},
		{"interest rates", rates, Wrong},
		{"raised interest rates by 0.5%", rates, Correct}, // more of what was done
		{"raised rates", rates, Close},
		{"a curfew", curfew, Wrong},
		{"imposed a curfew and arrested the leaders", curfew, Correct},
		{"considered imposing a curfew", curfew, Wrong},
		{"Kong", kong, Wrong}, // a part of a place's name
		{"Hong Kong", kong, Correct},
		{"Hormuz", hormuz, Close}, // the place's own word
		{"the strait", hormuz, Wrong},
		{"GDP", gdp, Wrong}, // the question's own term
		{"gross domestic product", gdp, Correct},
		{"less than 90,000", more, Wrong}, // the question's bound turned round
		{"more than 90,000", more, Correct},
		{"90,000", more, Correct},
	}
}()
