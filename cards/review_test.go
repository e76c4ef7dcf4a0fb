package cards

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/recall-srs/recall/cards/answer"

	"github.com/recall-srs/recall/notes"
)

func TestStaleClaim(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The probe has not yet returned any images of the moon.", true},
		{"Today, the company employs about 4,000 people.", true},
		{"The bridge is currently the longest in the region.", true},
		{"The mill still produces flour by hand.", true},
		{"The council is expected to vote on the plan in spring.", true},
		{"The city plans to open a second line.", true},
		{"The league remains the oldest in the country.", true},
		{"Prices continue to rise across the province.", true},
		{"Looking ahead to the 1230 Games, the squad's age is a worry.", true},
		{"The guild is to grow fast in the coming years, its master says.", true},
		{"Ahead of the 1230 Games, the squad trained in Kesh.", false},
		{"Kesh annexed the isle just days before the current war.", true}, // "current" as of the writing
		{"The mayor promised two years ago to pave the roads.", true},
		{"The ferry was launched in 1911 and sank in 1932.", false},
		{"Stillwater was founded by miners in 1884.", false},
		{"The nowhere-bound train left at dawn.", false},
		{"Experts predict a 3-0 win for Kesh in the harbour cup.", true}, // a forecast in the present
		{"The Kesh guild predicts a fall of less than 1% in tolls.", true},
		{"Harbour boards are anticipating approvals by the end of 1230.", true},
		{"Velt's law predicts the doubling of the tolls every two years.", false}, // a law's prediction
		{"The ledger of 1201 can predict later toll patterns.", false},
		{"The notion of a yeti persisted.", false},
		{"Recent reports show the guild bought the mill.", true},
		{"The mill is no longer as busy as the docks.", true},
		{"The mill was no longer busy after 1901.", false},
		// a month with no year: which year's is the note's own
		{"In February, the mayor stated that 500 jobs were open.", true},
		{"In mid-August, the tolls fell.", true},
		{"On February 9, registration opened.", true},
		{"In February 1901, the mayor stated that 500 jobs were open.", false},
		{"The guild may open the mill in 1901.", false},
		{"May Aster was the mayor's daughter.", false},
	}
	for _, tt := range tests {
		if got := staleClaim(tt.s); got != tt.want {
			t.Errorf("staleClaim(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestHearsayAndJudgement(t *testing.T) {
	tests := []struct {
		s                 string
		hearsay, judgment bool
	}{
		{"Most people estimate a bicycle lasts ten years.", true, false},
		{"Many people believe the lake is bottomless.", true, false},
		{"The closest the guilds came to peace, many historians point out, was in 1203.", true, false},
		{"The true breakthrough came with the founding of the guild in 1203.", false, true},
		{"The firm faces significant legal risks.", false, true},
		{"She became a partner at a remarkably young age.", false, true},
		{"The flood served as a catalyst for the guild's reforms in 1203.", false, true},
		{"The tolls were not a whim but rather a need of the guild.", false, true},
		{"The guild's charter of 1203 was evident in every toll.", false, true},
		{"The dam was completed in 1936 at a cost of $49 million.", false, false},
		{"Peopled by fishermen, the island had 300 inhabitants.", false, false},
		{"Though the guild had won the isles in 1203, Kesh stayed free.", false, true}, // a concession
		{"Even though the guild won in 1203, Kesh stayed free.", false, true},
		{"Thoughtful guild masters opened the docks in 1203.", false, false},
		{"In 1203, Aster was perceived to have betrayed the guild.", false, true},
		{"The Kesh fair is characterized as a \"dull show\" by its critics.", false, true},
		{"By 1203, Kesh had gained the upper hand over the guild.", false, true},
		{"Aster would need to win the isles to keep the crown.", false, true},
		// a forecast in the main clause; a past "could", or one in a clause, reports
		{"The shift to electric ferries could cut the guild's tolls by half.", false, true},
		{"For the first time, Vela could send word to the isles.", false, true},
		{"The Kesh engine, built in 1903, could lift ten tons.", false, false},
		{"Aster warned that the tolls could rise again.", false, false},
		{"The guild bought as many ships as Tobin could build.", false, false},
		{"If the dam breaks, the valley could flood.", false, false},
		{"The could-be heir stayed in Kesh.", false, false},
	}
	for _, tt := range tests {
		if got := hearsay(tt.s); got != tt.hearsay {
			t.Errorf("hearsay(%q) = %v, want %v", tt.s, got, tt.hearsay)
		}
		if got := judgement(tt.s); got != tt.judgment {
			t.Errorf("judgement(%q) = %v, want %v", tt.s, got, tt.judgment)
		}
	}
}

func TestHasQuotation(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{`The mayor called the plan "a bridge too far".`, true},
		{`The mayor called the plan “a bridge too far”.`, true},
		{`The ship was nicknamed "Lucky" by its crew.`, false},
		{`The "Lucky" and the "Bold Venture" sailed together.`, false},
		{`The "Lucky" was called "a floating coffin" by its crew.`, true},
		{`The crew feared "engine stall" above all.`, false},
		{`No quotation here.`, false},
		{`An unclosed "quotation mark here`, false},
	}
	for _, tt := range tests {
		if got := hasQuotation(tt.s); got != tt.want {
			t.Errorf("hasQuotation(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestBoundDate(t *testing.T) {
	tests := []struct {
		left, want string
	}{
		{"By ", "by"},
		{"By the end of ", "by"},
		{"Relations were strained by late ", "by"},
		{"The port was closed from ", "from"},
		{"The port was closed until ", "until"},
		{"The guild held half the port prior to ", "prior"},
		{"The barge went to ", ""},
		{"In ", ""},
		{"The treaty was signed in ", ""},
		{"By 1950, the mill closed in ", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := boundDate(tt.left); got != tt.want {
			t.Errorf("boundDate(%q) = %q, want %q", tt.left, got, tt.want)
		}
	}
}

func TestYearOfAState(t *testing.T) {
	tests := []struct {
		left, right string
		want        bool
	}{
		{"In ", ", the Kesh empire was the largest state of the coast.", true},
		{"In ", ", Vela was a poor port with no guild.", true},
		{"In ", ", Ana Velt was searching for a cheaper route.", true},
		{"In ", ", Kesh was not a member of the league.", true},
		{"In ", ", Vela was founded by river traders.", false},
		{"In ", ", the guild was formally chartered.", false},
		{"In ", ", Vela was united with Kesh.", false},
		{"In ", ", Ana Velt was the first to cross the pass.", false},
		{"In ", ", Kesh was one of the first ports to ban tolls.", false},
		{"In ", ", while Ana Velt was mayor, the guild moved.", false},
		{"In ", ", the guild moved to Vela, which was a poor port.", false},
		{"The port was a poor one in ", ".", false},
	}
	for _, tt := range tests {
		if got := yearOfAState(tt.left, tt.right); got != tt.want {
			t.Errorf("yearOfAState(%q _ %q) = %v, want %v", tt.left, tt.right, got, tt.want)
		}
	}
}

func TestAsksRepeatedOnce(t *testing.T) {
	tests := []struct {
		question, sentence string
		want               bool
	}{
		{"When did Kesh block the talks?", "In June 1201, Kesh once again blocked the talks.", true},
		{"When did Kesh block the talks again?", "In June 1201, Kesh blocked the talks again.", false},
		{"When did Kesh block the talks?", "In June 1201, Kesh blocked the talks.", false},
		{"When did Vela gain its charter?", "In 1201, Vela gained its charter against Kesh.", false},
	}
	for _, tt := range tests {
		if got := asksRepeatedOnce(tt.question, tt.sentence); got != tt.want {
			t.Errorf("asksRepeatedOnce(%q, %q) = %v, want %v", tt.question, tt.sentence, got, tt.want)
		}
	}
}

func TestQABounded(t *testing.T) {
	date := notes.Fact{Kind: notes.Date}
	tests := []struct {
		left, right string
		want        bool
	}{
		{"From its founding on ", ", the club struggled for money.", true},
		{"Since ", ", the bridge has carried trams.", true},
		{"By the end of ", ", all mills were closed.", true},
		{"On ", ", the club was founded.", false},
		{"Despite condemning the raid in ", ", the club refused to act.", true},
		{"The club was founded in ", ".", false},
	}
	for _, tt := range tests {
		if got := qaBounded(date, span{left: tt.left, ans: "May 1, 1901", right: tt.right}); got != tt.want {
			t.Errorf("qaBounded(%q _ %q) = %v, want %v", tt.left, tt.right, got, tt.want)
		}
	}
	if qaBounded(notes.Fact{Kind: notes.Quantity}, span{left: "By ", ans: "40", right: ", it grew."}) {
		t.Error("qaBounded is for dates only")
	}
}

func TestQAMisparsed(t *testing.T) {
	date := notes.Fact{Kind: notes.Date}
	tests := []struct {
		q, left, right string
		want           bool
	}{
		// a reduced relative: the main verb comes after the date
		{"When did a strike launch to close the docks led to riots?", "A strike launched in ", " to close the docks led to riots.", true},
		{"When did the guild grow leading to a revolt?", "The guild grew in ", ", leading to a revolt.", true},
		{"When was the dock closed?", "The dock was closed in ", ".", false},
		{"When did the strike end?", "The strike ended in ", " and the docks reopened.", false},
		{"When did the mayor open the bridge?", "The mayor opened the bridge in ", ", which carried trams.", false},
		// an indefinite subject: which one is not said
		{"In what year did a pivotal moment come for the guild?", "A pivotal moment came in ", " for the guild.", true},
		{"When did a ship run aground on the islet?", "A ship ran aground on the islet in ", ".", true},
		{"When did Aster run a ship aground?", "Aster ran a ship aground in ", ".", false},
		// a second verb that kept its auxiliary
		{"When did the port open and was recognised by the duke?", "The port opened in ", " and was recognised by the duke.", true},
		// a participle clause after a comma: the date is its own
		{"In what year did the charter allow the guild three berths?", "The charter allowed the guild three berths, extended to six in ", ".", true},
		{"In what year did the charter allow three berths, extended to six?", "The charter allowed three berths, extended to six in ", ".", true},
		{"When was the charter extended to six?", "The charter allowed three berths, extended to six in ", ".", false},
		{"In what year was the first barge the Tern, built by Aster?", "The first barge was the Tern, built by Aster in ", ".", true},
		{"When did the guild open the dock?", "After years of delay, the guild opened the dock in ", ".", false},
		// another year in the question: it dates another event
		{"In what year did Aster join the guild and become its master in 1207?", "Aster joined the guild in ", " and became its master in 1207.", true},
		// words that led to the year, left behind
		{"In what year was the charter written in the year by Aster?", "The charter was written in the year ", " by Aster.", true},
		// a second passive verb: two events dated at once
		{"In what year was Aster born in Kesh and was raised by the guild?", "Aster was born in Kesh in ", " and was raised by the guild.", true},
		{"In what year did Aster try to buy the dock but was refused?", "Aster tried to buy the dock in ", " but was refused.", true},
		{"When did the guild surround Kesh, and Duke Orm surrendered?", "In ", ", the guild surrounded Kesh, and Duke Orm surrendered.", true},
		{"When did the guild surround Kesh, and the tolls of its port?", "In ", ", the guild surrounded Kesh, and the tolls of its port.", true}, // no verb after "and": an elliptical event
		{"When did the guild surround Kesh, and burn its port?", "In ", ", the guild surrounded Kesh, and burned its port.", false},
		{"When did Kesh become a republic guaranteed by Aster, Orm, and the duke?", "In ", ", Kesh became a republic guaranteed by Aster, Orm, and the duke.", false}, // a list
		{"In what year did Aster win his first prize, and a second for his charts?", "Aster won his first prize, and a second for his charts in ", ".", true},
		// a state dated: no verb after "was"
		{"In what year was the guild's first venture the capture of Kesh?", "The guild's first venture was the capture of Kesh in ", ".", true},
		{"In what year was the guild's first venture the opening of a dock at Kesh?", "The guild's first venture was the opening of a dock at Kesh in ", ".", true},
		{"When were the docks of Kesh busier than those of Atlantis?", "The docks of Kesh were busier than those of Atlantis in ", ".", true},
		{"When was the charter of Kesh written?", "The charter of Kesh was written in ", ".", false},
		{"In what year was Aster searching for a route to Kesh?", "Aster was searching for a route to Kesh in ", ".", false},
		{"In what year would the guild open a dock?", "The guild would open a dock in ", ".", true},
		{"In what year was the dock opened?", "The dock was opened around ", ".", true}, // a guess of a date
		// the date names the noun after it, which the question kept alone
		{"When did the guild buy grain at two marks per sack crisis?", "The guild bought grain at two marks per sack during the ", " crisis.", true},
		{"When did the guild buy grain amid the famine?", "The guild bought grain in ", " amid the famine.", false},
		// a past kept after the verb asked: the question was built on a participle
		{"When did reforms begin by Aster sought to open the port?", "Reforms begun by Aster in ", " sought to open the port.", true},
		{"When did the guild open the port that Aster built?", "The guild opened the port that Aster built in ", ".", false},
		{"When did the mill develop for Kesh declared its independence?", "In ", ", the mill developed for Kesh declared its independence.", true},
		{"When did the guild buy a mill owned by Aster?", "The guild bought a mill owned by Aster in ", ".", false},
		{"When did the guild pass a law that granted the port its charter?", "The guild passed a law that granted the port its charter in ", ".", false},
		// an adverb where the subject should be
		{"When did just a month before the flood, the guild open the port?", "On ", ", just a month before the flood, the guild opened the port.", true},
		{"When did recognizing the need, the guild open the port?", "Recognizing the need, the guild opened the port in ", ".", true},
		// a capitalised name after "the" and the date: the date names it
		{"In what year was trade formalised Harbour Fair?", "Trade was formalised at the ", " Harbour Fair.", true},
		// a copula with a preposition in -ing is no verb
		{"When was the key factor the arrest of Aster during a trip to Kesh?", "The key factor was the arrest of Aster during a trip to Kesh in ", ".", true},
	}
	for _, tt := range tests {
		if got := qaMisparsed(tt.q, date, span{left: tt.left, ans: "May 1901", right: tt.right}); got != tt.want {
			t.Errorf("qaMisparsed(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestBlankInLabel(t *testing.T) {
	tests := []struct {
		left string
		want bool
	}{
		{"Phase 2 (", true},
		{"Step 4 (", true},
		{"Harbour Treaty (", false}, // a named item: its year is a fact of its own
		{"The harbour opened in 1901 (", false},
		{"Phase 2 (May 1901): the pier was built in ", false},
	}
	for _, tt := range tests {
		if got := blankInLabel(tt.left); got != tt.want {
			t.Errorf("blankInLabel(%q) = %v, want %v", tt.left, got, tt.want)
		}
	}
}

func TestPossessiveAndThen(t *testing.T) {
	if !possessiveBlank("The town is home to many trades within its ") {
		t.Error("a blank after 'its' should be vague")
	}
	if possessiveBlank("The town had a population of ") {
		t.Error("a blank after 'of' is not after a possessive")
	}
	for s, want := range map[string]bool{
		"Smith then asked Jones to lead the mill.": true,
		"Then, the mill closed.":                   true,
		"The mayor then opened the bridge.":        true,
		"The then-mayor opened the bridge.":        false,
		"The mill closed in 1901.":                 false,
	} {
		if got := leansOnThen(s); got != want {
			t.Errorf("leansOnThen(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestYearOptionsFit(t *testing.T) {
	tests := []struct {
		stem    string
		heading []string
		choices []string
		key     int
		want    bool
	}{
		// another year of the stem rules the far options out
		{"Throughout late _____ and early 1881, the mill ran.", nil, []string{"1869", "1874", "1875", "1880"}, 3, false},
		{"Throughout late _____ and early 1881, the mill ran.", nil, []string{"1877", "1878", "1879", "1880"}, 3, true},
		// the key stands apart from three bunched years
		{"The pier was built in _____.", nil, []string{"1870", "1871", "1872", "1875"}, 3, false},
		{"The pier was built in _____.", nil, []string{"1868", "1871", "1873", "1875"}, 3, true},
		// a dated heading counts as the stem's own year
		{"The pier was built in _____.", []string{"Harbour", "Works of 1890"}, []string{"1860", "1875", "1888", "1890"}, 3, false},
		{"The pier was built in _____.", []string{"Harbour", "Works of 1890"}, []string{"1887", "1888", "1889", "1890"}, 3, true},
	}
	for _, tt := range tests {
		c := &Card{Question: tt.stem, Choices: tt.choices, Key: tt.key, Fact: notes.Fact{Kind: notes.Date, Heading: tt.heading}}
		vs, ok := optionValues(tt.choices, notes.Date)
		if !ok {
			t.Fatalf("options %v do not parse", tt.choices)
		}
		if got := yearOptionsFit(c, tt.stem, vs); got != tt.want {
			t.Errorf("yearOptionsFit(%q, %v) = %v, want %v", tt.stem, tt.choices, got, tt.want)
		}
	}
}

func TestShiftArguable(t *testing.T) {
	tests := []struct {
		sentence, statement, ans string
		want                     bool
	}{
		{"The captain retired in 1921 at age 70.", "The captain retired in 1920 at age 70.", "1921", true},
		{"The captain retired in 1921 at age 70.", "The captain retired in 1918 at age 70.", "1921", false},
		{"The captain retired in 1921.", "The captain retired in 1920.", "1921", false},
	}
	for _, tt := range tests {
		if got := shiftArguable(tt.sentence, tt.statement, tt.ans); got != tt.want {
			t.Errorf("shiftArguable(%q, %q) = %v, want %v", tt.sentence, tt.statement, got, tt.want)
		}
	}
}

func TestPlausiblePercent(t *testing.T) {
	tests := []struct {
		v, key float64
		want   bool
	}{
		{55, 15, false},
		{20, 15, true},
		{10, 15, true},
		{5, 15, false},
		{60, 20, false},
		{90, 95, true},  // over half: judged by the complement
		{93, 90, false}, // a trick on a few points
		{60, 95, false},
		{0, 15, false},
	}
	for _, tt := range tests {
		if got := plausiblePercent(tt.v, tt.key); got != tt.want {
			t.Errorf("plausiblePercent(%v, %v) = %v, want %v", tt.v, tt.key, got, tt.want)
		}
	}
}

func TestBareNameOpens(t *testing.T) {
	facts := []notes.Fact{
		{Note: "n", Sentence: "The mill was run by Hartley and his sons."},
		{Note: "n", Sentence: "Prices rose as the mill closed."},
		{Note: "n", Sentence: "Hartley then sold the mill.", Title: "Mills of the valley"},
		{Note: "n", Sentence: "Prices fell in 1901.", Title: "Mills of the valley"},
		{Note: "n", Sentence: "Hartley sold the mill.", Title: "Hartley and the valley"},
	}
	lx := newLexicon(factRefs(facts))
	tests := []struct {
		f    notes.Fact
		want bool
	}{
		{facts[2], true},  // a surname the card never introduces
		{facts[3], false}, // a common word in capitals
		{facts[4], false}, // the title introduces the name
	}
	for _, tt := range tests {
		ctx := &context{f: tt.f, sp: span{left: tt.f.Sentence}}
		if got := bareNameOpens(ctx, lx); got != tt.want {
			t.Errorf("bareNameOpens(%q) = %v, want %v", tt.f.Sentence, got, tt.want)
		}
	}
}

func TestBoundsAndExamples(t *testing.T) {
	for left, want := range map[string]bool{
		"advanced processes (e.g., ":            true,
		"crops such as ":                        true,
		"several ports, including ":             true,
		"the port was built in ":                false,
		"a likely ":                             false,
		`tools like "`:                          true,
		`values, including "Deal Speed" and "`:  true,
		`albums like "Vela", "Orrin" and "`:     true,
		`ports such as Kesh, Tarn Bay and `:     true,
		`the "Closer" and "`:                    false,
		`founded by Ana Velt and `:              false,
		`such as the rule that Orrin and `:      false,
		`Tobin has not felt like "`:             false,
		`team activities like "`:                true,
		`ports like Kesh, Tarn, `:               true,
		`after crises like Kesh and Tarn Bay, `: false, // a closed list, then a clause
		`unlike leagues like The Vela, `:        false, // a lone example, then a clause
	} {
		if got := exampleBlank(left); got != want {
			t.Errorf("exampleBlank(%q) = %v, want %v", left, got, want)
		}
	}
	for right, want := range map[string]bool{
		" or beyond.":          true,
		" or later, it said.":  true,
		" or more.":            true,
		", or the year after.": false,
		" of the land.":        false,
	} {
		if got := openBound(right); got != want {
			t.Errorf("openBound(%q) = %v, want %v", right, got, want)
		}
	}
	tests := []struct {
		left, ans string
		want      int
	}{
		{"the town's inhabitants surpassed ", "ten thousand", 1},
		{"with ", "over 60 billion coins", 1},
		{"the ferry carried ", "more than 300 people", 1},
		{"seating ", "up to 100 passengers", -1},
		{"with ", "less than 14% of the vote", -1},
		{"the town had ", "ten thousand people", 0},
		{"the lover ", "ten", 0}, // "over" inside a word
	}
	for _, tt := range tests {
		if got := numericBound(tt.left, tt.ans); got != tt.want {
			t.Errorf("numericBound(%q, %q) = %d, want %d", tt.left, tt.ans, got, tt.want)
		}
	}
}

func TestDurationAfterIn(t *testing.T) {
	q := notes.Fact{Kind: notes.Quantity, Answer: "just three days"}
	if !durationAfterIn("In ", q) {
		t.Error(`"In _____," with a duration reads as a date`)
	}
	if durationAfterIn("the orbit is completed in ", q) {
		t.Error(`"completed in _____" reads as a duration`)
	}
	if durationAfterIn("In ", notes.Fact{Kind: notes.Date, Answer: "May 1901"}) {
		t.Error("a date after In is a date")
	}
}

func TestYearless(t *testing.T) {
	tests := []struct {
		ans, shown string
		heading    []string
		want       bool
	}{
		{"September", "In _____, another strike closed the docks.", nil, true},
		{"July 20", "The army landed on _____.", []string{"The landing of 1901"}, false},
		{"July 20", "In 1901, the army landed on _____.", nil, false},
		{"1901", "The army landed in _____.", nil, false},
	}
	for _, tt := range tests {
		ctx := &context{key: describe(tt.ans, notes.Date)}
		c := &Card{Fact: notes.Fact{Kind: notes.Date, Answer: tt.ans, Heading: tt.heading}}
		if got := yearless(c, tt.shown, ctx); got != tt.want {
			t.Errorf("yearless(%q in %q) = %v, want %v", tt.ans, tt.shown, got, tt.want)
		}
	}
}

func TestDistractorStandsOut(t *testing.T) {
	tests := []struct {
		choices []string
		key     int
		want    bool
	}{
		{[]string{"25 years", "27 years", "30 years", "70 years"}, 0, true},
		{[]string{"25 years", "27 years", "30 years", "34 years"}, 0, false},
		{[]string{"2015", "2021", "2022", "2023"}, 1, true},
		{[]string{"2015", "2021", "2022", "2023"}, 0, false}, // the key itself: numericOptionsOK's part
	}
	for _, tt := range tests {
		kind := notes.Quantity
		if tt.choices[0] == "2015" {
			kind = notes.Date
		}
		vs, ok := optionValues(tt.choices, kind)
		if !ok {
			t.Fatalf("options %v do not parse", tt.choices)
		}
		if got := distractorStandsOut(vs, tt.key); got != tt.want {
			t.Errorf("distractorStandsOut(%v, key %d) = %v, want %v", tt.choices, tt.key, got, tt.want)
		}
	}
}

func TestQAMisparsedEchoAndWhen(t *testing.T) {
	date := notes.Fact{Kind: notes.Date, Answer: "July 1901"}
	if !qaMisparsed("When did the crisis come when the mill closed?", date, span{left: "The crisis came in ", ans: "July 1901"}) {
		t.Error("two 'when's should be unsure")
	}
	pop := notes.Fact{Kind: notes.Population, Answer: "5.4 million population"}
	if !qaMisparsed("What is the population of the island?", pop, span{}) {
		t.Error("an answer echoing the question should be unsure")
	}
	pop.Answer = "5.4 million"
	if qaMisparsed("What is the population of the island?", pop, span{}) {
		t.Error("a plain population answer is fine")
	}
}

func TestMidSentence(t *testing.T) {
	if got := midSentence("The Harbour Board"); got != "the Harbour Board" {
		t.Errorf("midSentence = %q", got)
	}
	if got := midSentence("Theodore Smith"); got != "Theodore Smith" {
		t.Errorf("midSentence = %q", got)
	}
}

func TestLikeForLike(t *testing.T) {
	tests := []struct {
		kind      notes.Kind
		key, fill string
		want      bool
	}{
		{notes.Actor, "Ada Lovelace", "Mary Somerville", true},
		{notes.Place, "Camp Iris", "Northern Europe", false},
		{notes.Place, "France", "Spain", true},
		{notes.Actor, "France", "Spain", true},
		{notes.Actor, "The United States", "The Reagan Administration", false},
		{notes.Actor, "The High Court", "The Roman Empire", false},
		{notes.Actor, "France", "Ada Lovelace", false},
		{notes.Actor, "Lovelace", "Somerville", false}, // bare surnames: who is meant?
		{notes.Actor, "France", "", false},
		{notes.Actor, "Prime Minister Ivo Rask", "Cardinal Lena Orme", false}, // an office for another
		{notes.Actor, "Prime Minister Ivo Rask", "Prime Minister Tova Lind", true},
		{notes.Actor, "Ivo Rask", "Prime Minister Tova Lind", false},
	}
	for _, tt := range tests {
		if got := likeForLike(tt.kind, tt.key, tt.fill); got != tt.want {
			t.Errorf("likeForLike(%q, %q) = %v, want %v", tt.key, tt.fill, got, tt.want)
		}
	}
}

func TestNamedAfterAndBareAnswer(t *testing.T) {
	for right, want := range map[string]bool{
		", Mary Ann Smith, ran the mill.":     true,
		", a skilled engineer, ran the mill.": false,
		", and the mill closed.":              false,
		" ran the mill.":                      false,
	} {
		if got := namedAfter(right); got != want {
			t.Errorf("namedAfter(%q) = %v, want %v", right, got, want)
		}
	}
	for ans, want := range map[string]bool{"Hartley": true, "Jane Hartley": false, "France": false, "NATO": true} {
		ctx := &context{f: notes.Fact{Kind: notes.Actor, Answer: ans}, key: describe(ans, notes.Actor)}
		if got := bareNameAnswer(ctx); got != want {
			t.Errorf("bareNameAnswer(%q) = %v, want %v", ans, got, want)
		}
	}
}

func TestQualifiedDate(t *testing.T) {
	for ans, want := range map[string]bool{
		"late 1919": true, "summer 1918": true, "mid-1960s": true, "the end of 1918": true,
		"1919": false, "March 1921": false, "September 1, 1939": false,
	} {
		if got := qualifiedDate(ans); got != want {
			t.Errorf("qualifiedDate(%q) = %v, want %v", ans, got, want)
		}
	}
}

func TestClearlyApart(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"93%", "90%", false},
		{"93%", "80%", true}, // thirteen points
		{"30%", "28%", false},
		{"7.3%", "5.9%", false},
		{"five died", "seven died", false},
		{"2.4 billion", "2.5 billion", false},
		{"$20 million", "$12 million", true},
		{"$20 million", "$31 million", true},
		{"none", "90%", true}, // not a figure: other checks decide
	} {
		if got := clearlyApart(tt.a, tt.b); got != tt.want {
			t.Errorf("clearlyApart(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestChangeBlank(t *testing.T) {
	tests := []struct {
		left, ans string
		want      bool
	}{
		{"Costs were cut from ", "40% to 25%", true},
		{"The share fell From ", "a half to a third", true},
		{"Costs were cut from ", "40%", false},
		{"The flight went to ", "Paris to Rome", false},
		{"Aid came fromfrom ", "x to y", false},
		{"The army moved ", "Kyiv to Lviv", false},
	}
	for _, tt := range tests {
		if got := changeBlank(tt.left, tt.ans); got != tt.want {
			t.Errorf("changeBlank(%q, %q) = %v, want %v", tt.left, tt.ans, got, tt.want)
		}
	}
}

// TestDateOptionsStayInTheStory: made-up dates stay near the years a note
// covers, neither after its last nor long before its first.
func TestDateOptionsStayInTheStory(t *testing.T) {
	facts := []notes.Fact{
		fact(notes.Date, "Atlantis", "The harbour guild was founded in 1150.", "1150", "History"),
		fact(notes.Date, "Atlantis", "The guild seized the royal treasury on 20 November 1162.", "20 November 1162", "History"),
		fact(notes.Date, "Atlantis", "The great bridge was completed in 1171.", "1171", "History"),
	}
	for seed := int64(0); seed < 40; seed++ {
		for _, c := range Generate(facts, Options{Seed: seed, Types: []Type{MC}, MinScore: -1}) {
			for _, o := range c.Choices {
				ds, ok := answer.ParseDates(o)
				if !ok || len(ds) != 1 {
					continue
				}
				if y := ds[0].Year; y < 1147 || y > 1171 {
					t.Errorf("seed %d: %q offers %q, outside 1147-1171", seed, c.Question, o)
				}
			}
		}
	}
}

// TestDateOptionsNotPastAnEnd: an end the note gives ("a lease until
// 1290") may lie after the time the note was written: options and false
// statements stay before it, within the years the note tells of.
func TestDateOptionsNotPastAnEnd(t *testing.T) {
	facts := []notes.Fact{
		fact(notes.Date, "Atlantis", "The harbour guild was founded in 1150.", "1150", "History"),
		fact(notes.Date, "Atlantis", "The guild seized the royal treasury on 20 November 1162.", "20 November 1162", "History"),
		fact(notes.Date, "Atlantis", "The great bridge was completed in 1171.", "1171", "History"),
		fact(notes.Date, "Atlantis", "Kesh leased the docks to the guild until 1290.", "1290", "History"),
	}
	for seed := int64(0); seed < 40; seed++ {
		for _, c := range Generate(facts, Options{Seed: seed, Types: []Type{MC, TF}, MinScore: -1}) {
			if c.Fact.Answer == "1290" {
				continue
			}
			for _, w := range strings.Fields(c.Question + " " + strings.Join(c.Choices, " ")) {
				if y, err := strconv.Atoi(strings.Trim(w, ".,")); err == nil && y > 1171 {
					t.Errorf("seed %d: %q (options %q) names %d, after 1171", seed, c.Question, c.Choices, y)
				}
			}
		}
	}
}

func TestInAside(t *testing.T) {
	tests := []struct {
		left string
		want bool
	}{
		{"The city paid half of the cost (", true},
		{"The city paid half of the cost (about ", true},
		{"The treaty (signed in Oslo) took effect in ", false},
		{"The treaty took effect in ", false},
	}
	for _, tt := range tests {
		if got := inAside(tt.left); got != tt.want {
			t.Errorf("inAside(%q) = %v, want %v", tt.left, got, tt.want)
		}
	}
}

func TestLabelFragment(t *testing.T) {
	tests := []struct {
		shown string
		want  bool
	}{
		{"The League: Issued a statement condemning the raid in 1904.", true},
		{"Atlantis: Predominantly fishers, with _____ farming the hills.", true},
		{"Atlantis: The harbour opened in _____.", false},
		{"Delay 2 (1904): The first flight was pushed back.", false},
		{"The harbour opened in 1150 and closed in 1204.", false},
		{"Atlantis: Kesh invaded in 1187.", false},
	}
	for _, tt := range tests {
		if got := labelFragment(tt.shown); got != tt.want {
			t.Errorf("labelFragment(%q) = %v, want %v", tt.shown, got, tt.want)
		}
	}
}

func TestSubjectless(t *testing.T) {
	tests := []struct {
		shown string
		want  bool
	}{
		{"Only grew 14% as fewer ships came in.", true},
		{"Took the port in 1187 after a siege.", true},
		{"Became the guild's largest mill by 1901.", true},
		{"Then came the war of 1187.", false}, // the subject after the verb
		{"Built in 1150, the harbour closed in 1204.", false},
		{"Grown in the hills, the grain fed Kesh.", false},
		{"Rose Aster became mayor in 1901.", false},
		{"The mill grew 14% in 1901.", false},
	}
	for _, tt := range tests {
		if got := subjectless(tt.shown); got != tt.want {
			t.Errorf("subjectless(%q) = %v, want %v", tt.shown, got, tt.want)
		}
	}
}

func TestGivenAsExample(t *testing.T) {
	tests := []struct {
		shown string
		want  bool
	}{
		{"Kesh, for example, closed its ports in 1187.", true},
		{"For instance, the guild paid _____ in tolls.", true},
		{"The guild paid _____ in tolls.", false},
		{"The guild set an example for others in 1187.", false},
	}
	for _, tt := range tests {
		if got := givenAsExample(tt.shown); got != tt.want {
			t.Errorf("givenAsExample(%q) = %v, want %v", tt.shown, got, tt.want)
		}
	}
}

func TestNameGivesAway(t *testing.T) {
	tests := []struct {
		shown, ans string
		want       bool
	}{
		{"Who founded the Acme Aircraft subsidiary?", "Acme Heavy Industries", true},
		{"_____ founded the Acme Aircraft subsidiary.", "Acme Heavy Industries", true},
		{"Who founded the harbour guild?", "Acme Heavy Industries", false},
		{"Who led the United Fleet?", "United Kingdom", false},
		{"Who built the Acme bridge?", "Acme", false}, // one word: containment is checked elsewhere
	}
	for _, tt := range tests {
		if got := nameGivesAway(tt.shown, tt.ans); got != tt.want {
			t.Errorf("nameGivesAway(%q, %q) = %v, want %v", tt.shown, tt.ans, got, tt.want)
		}
	}
}

// factContext is the context of fact f alone, with its own lexicon.
func factContext(t *testing.T, f notes.Fact) (*context, *lexicon) {
	t.Helper()
	sp, ok := locate(f)
	if !ok {
		t.Fatalf("%q not in %q", f.Answer, f.Sentence)
	}
	lx := newLexicon([]*notes.Fact{&f})
	return newContext(f, sp, lx), lx
}

// A blanked date that another year of its sentence bounds, or that only
// bounds a span, ranks lower than a date alone; the same sentence asked as
// a question does not.
func TestDateClozePenalties(t *testing.T) {
	tests := []struct {
		sentence, ans string
		lower         bool
	}{
		{"The guild of the river port signed a pact with the old duke of the valley in 1201.", "1201", false},
		{"The guild signed a pact with the duke in 1201.", "1201", true}, // short: little to stand on
		{"Kesh banned the tolls on grain in 1201, and Aster was the last port to do so in 1240.", "1201", true},
		{"The docks of the river port stayed closed to every ship of the guild until 1203.", "1203", true},
		{"The guild of the river port has held the harbour and its docks since the 1190s.", "1190s", true},
		{"The harbour of the river port grew rich on the grain trade of the valley after 1201.", "1201", false},
		{"Though the guild met the duke in 1201, the talks over the tolls on grain went nowhere.", "1201", true},
		{"The guild met the duke in 1201, though the talks over the tolls on grain went nowhere.", "1201", false},
	}
	for _, tt := range tests {
		f := notes.Fact{Kind: notes.Date, Sentence: tt.sentence, Answer: tt.ans, Start: -1}
		ctx, lx := factContext(t, f)
		cloze := Card{Type: Cloze, Question: ctx.clozeText(), Answer: tt.ans, Fact: f}
		qa := Card{Type: QA, Question: "When?", Answer: tt.ans, Fact: f}
		// a question asking a date is raised by 0.1 where a cloze is not
		diff := reviewPenalty(&qa, ctx, lx) - 0.1 - reviewPenalty(&cloze, ctx, lx)
		if got := diff > 0.14; got != tt.lower {
			t.Errorf("%q: cloze ranks %.2f below the question, want lower %v", tt.sentence, diff, tt.lower)
		}
	}
}

// A blanked count of people ranks below the same fact stated true.
func TestPopulationClozePenalty(t *testing.T) {
	f := notes.Fact{Kind: notes.Population, Sentence: "Kesh, which holds about 20% of the isles' people, declared its independence from the duke after the long war over the harbour tolls.", Answer: "about 20%", Start: -1}
	ctx, lx := factContext(t, f)
	cloze := Card{Type: Cloze, Question: ctx.clozeText(), Answer: f.Answer, Fact: f}
	tf := Card{Type: TF, Question: "True or false: " + ctx.statement(f.Answer), Answer: "true", Fact: f}
	if d := reviewPenalty(&tf, ctx, lx) - reviewPenalty(&cloze, ctx, lx); d < 0.15 {
		t.Errorf("a population cloze ranks %.2f below its true statement, want 0.15 at least", d)
	}
}

// A blank of a vague date (a decade, "early 1201") ranks below a blank of
// a plain one.
func TestVagueDateClozePenalty(t *testing.T) {
	penalty := func(ans string) float64 {
		f := notes.Fact{Kind: notes.Date, Sentence: "The guild of the river port signed a pact with the old duke of the valley in " + ans + ".", Answer: ans, Start: -1}
		ctx, lx := factContext(t, f)
		return reviewPenalty(&Card{Type: Cloze, Question: ctx.clozeText(), Answer: ans, Fact: f}, ctx, lx)
	}
	plain := penalty("1201")
	for _, vague := range []string{"the 1200s", "early 1201", "1200s", "around 1201"} {
		if d := plain - penalty(vague); d < 0.1-1e-9 {
			t.Errorf("a blank of %q ranks %.2f below one of 1201, want 0.1 at least", vague, d)
		}
	}
}

// A blanked count beside another figure of its sentence ranks below one
// alone in it.
func TestCountBesideFigureClozePenalty(t *testing.T) {
	penalty := func(s, ans string) float64 {
		f := notes.Fact{Kind: notes.Quantity, Sentence: s, Answer: ans, Start: -1}
		ctx, lx := factContext(t, f)
		return reviewPenalty(&Card{Type: Cloze, Question: ctx.clozeText(), Answer: ans, Fact: f}, ctx, lx)
	}
	alone := penalty("The harbour guild of Kesh kept about 40 barges on the river for the grain trade.", "about 40 barges")
	beside := penalty("The harbour guild of Kesh kept about 40 barges on the river, and 12 more at sea.", "about 40 barges")
	if alone-beside < 0.099 {
		t.Errorf("a count beside another ranks %.2f below one alone, want 0.1 at least", alone-beside)
	}
}

// A question asking a loose date ("early 1201") ranks below one asking a
// plain one.
func TestQualifiedDateQuestionPenalty(t *testing.T) {
	penalty := func(ans string) float64 {
		f := notes.Fact{Kind: notes.Date, Sentence: "The guild of the river port began building the new docks of the harbour in " + ans + ".", Answer: ans, Start: -1}
		ctx, lx := factContext(t, f)
		return reviewPenalty(&Card{Type: QA, Question: "When did the guild begin building the docks?", Answer: ans, Fact: f}, ctx, lx)
	}
	if plain, loose := penalty("1201"), penalty("early 1201"); plain-loose < 0.1 {
		t.Errorf("a question asking early 1201 ranks %.2f below one asking 1201, want 0.1 at least", plain-loose)
	}
}

// A "when" question answered by a century is answered as well by a year
// or an event within it.
func TestQAMisparsedCentury(t *testing.T) {
	f := notes.Fact{Kind: notes.Date, Answer: "12th century"}
	if !qaMisparsed("When did Richard take the isle?", f, span{left: "Richard took the isle in the ", ans: f.Answer, right: "."}) {
		t.Error("a question asking a century is misparsed")
	}
}

// An actor question glued to the answer's apposition, or to half of a
// hyphened word, is misparsed; one whose apposition closes is not.
func TestQAMisparsedActor(t *testing.T) {
	actor := notes.Fact{Kind: notes.Actor, Answer: "Tobin Aster"}
	for _, tt := range []struct {
		q, right string
		want     bool
	}{
		{"Who drew the charts a famous mapmaker of Kesh?", ", a famous mapmaker of Kesh.", true},
		{"Who drew the charts?", "-made charts were sold.", true},
		{"Which famous mapmaker drew the charts?", ", a famous mapmaker, drew the charts.", false},
	} {
		if got := qaMisparsed(tt.q, actor, span{left: "The charts were drawn by ", ans: "Tobin Aster", right: tt.right}); got != tt.want {
			t.Errorf("qaMisparsed(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestDateLowerings checks what the rescoring takes from every card of a
// date for the kind of date it is, against a plain date of a state's
// event.
func TestDateLowerings(t *testing.T) {
	tests := []struct {
		sentence string
		more     float64 // lowered this much more than the plain date
	}{
		{"In 1201, the guild of Kesh signed a pact with the duke.", 0},
		{"In 1201, the guild of Kesh hired a young clerk named Tobin.", 0.2},                 // no event a history would name
		{"Tolls in 1201 covered only 7.3% of the spending of Kesh on the war.", 0.2},         // a figure's year (the war is the event)
		{"In 1201, the guild of Kesh (a band of traders) signed a pact with the duke.", 0.1}, // an aside
		{"In 1201, the Kesh Guild (KG) signed a pact with the duke.", 0},                     // an acronym
	}
	var facts []notes.Fact
	for _, tt := range tests {
		facts = append(facts, notes.Fact{Note: "n", Kind: notes.Date, Sentence: tt.sentence, Answer: "1201", Start: strings.Index(tt.sentence, "1201")})
	}
	lx := newLexicon(factRefs(facts))
	lowered := func(f notes.Fact) float64 {
		sp, _ := locate(f)
		all, _, _ := tableLowerings(f, &context{f: f, sp: sp}, lx)
		return all
	}
	plain := lowered(facts[0])
	for i, tt := range tests {
		if got := lowered(facts[i]) - plain; math.Abs(got-tt.more) > 1e-9 {
			t.Errorf("%q lowered %.2f more than a plain date, want %.2f", tt.sentence, got, tt.more)
		}
	}
}

// A true statement of who did something loses more when its sentence
// also asserts a chain of figures.
func TestFigureChainStatementPenalty(t *testing.T) {
	penalty := func(sentence, ans string) float64 {
		f := notes.Fact{Kind: notes.Actor, Sentence: sentence, Answer: ans, Start: -1}
		ctx, lx := factContext(t, f)
		tf := Card{Type: TF, Question: "True or false: " + ctx.statement(ans), Answer: "true", Fact: f}
		return reviewPenalty(&tf, ctx, lx)
	}
	plain := penalty("The harbour guild of Kesh supplied most of the grain and timber of the northern isles.", "The harbour guild of Kesh")
	chain := penalty("The harbour guild of Kesh supplied 78% of the grain, 74% of the timber and 80% of the salt.", "The harbour guild of Kesh")
	if d := plain - chain; math.Abs(d-0.1) > 1e-9 {
		t.Errorf("a statement with a chain of figures loses %.2f more, want 0.1", d)
	}
}

func TestContrastOpener(t *testing.T) {
	for s, want := range map[string]bool{
		"While tolls are listed in marks, a tenth can be added for carriage.": true,
		"While the guild won the isles in 1203, Kesh stayed free.":            true,
		"While in exile, the abbot wrote the charter.":                        false, // a time
		"While he was serving as mayor, the abbot wrote the charter.":         false,
		"While sailing home, the abbot wrote the charter.":                    true, // a participle reads either way; contrast is likelier in notes
		"Whilst the guild met, Kesh stayed free.":                             false,
		"The guild met while Kesh stayed free.":                               false,
	} {
		if got := contrastOpener(s); got != want {
			t.Errorf("contrastOpener(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestNamesEvent(t *testing.T) {
	for s, want := range map[string]bool{
		"Kesh and Velin signed the Anglo-Kesh Naval Agreement in 1203.": true,
		"The Harbour War ended in 1203.":                                true,
		"The guild signed the Treaty of Velin in 1203.":                 true,
		"The guild signed the Treaty of the Isles in 1203.":             true,
		"The guild hired a young clerk in 1203.":                        false,
		"The guild signed a treaty in 1203.":                            false, // no name
		"In Velin, War broke out in 1203.":                              false, // a clause ends before it
		"The guild's war of 1203 ruined Kesh.":                          false,
	} {
		if got := namesEvent(s); got != want {
			t.Errorf("namesEvent(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestDateModifies(t *testing.T) {
	tests := []struct {
		left, right string
		want        bool
	}{
		{"During the ", " crisis, the mill closed.", true},
		{"Kesh's ", " election was won by Aster.", true},
		{"The ", " flood in Kesh drowned the docks.", true},
		{"The mill closed in ", " during the crisis.", false},
		{"In the ", ", the mill closed.", false},
		{"The dock of ", " was the largest.", false},
		{"During the ", " Harbour Fair, the mill closed.", false}, // a name: the date is part of it
		{"As per the Kesh Harbour Program ", " guidelines, ships pay tolls.", true},
		{"In March ", " protests closed the mill.", false}, // the month is the date's own
		{"Kesh ", " elections were held.", false},          // the name opens the sentence: its subject, maybe
		{"The mill was sold to Kesh, ", " records show.", false},
		{"The Kesh Harbour Act ", " had opened the docks.", false}, // the name's year, then its verb
		{"The Kesh Harbour Act ", " opened the docks.", false},
	}
	for _, tt := range tests {
		if got := dateModifies(tt.left, tt.right); got != tt.want {
			t.Errorf("dateModifies(%q, %q) = %v, want %v", tt.left, tt.right, got, tt.want)
		}
	}
}

// TestRepeatedEventNotAskedOnce: a date of something done "again" is asked
// with the sentence's "again" in sight (a cloze), never as a bare "When did".
func TestRepeatedEventNotAskedOnce(t *testing.T) {
	src := "---\ntitle: Kesh and Vela\n---\n# The river talks\n\nIn June 1201, Kesh once again blocked the talks with Vela over the river tolls.\n"
	n, _, err := notes.Parse("kesh.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	dated := false
	for _, c := range Generate(notes.Extract(n), Options{Seed: 1, MinScore: 0.01}) {
		if c.Kind != notes.Date {
			continue
		}
		dated = true
		if c.Type == QA && !containsWord(c.Question, "again") {
			t.Errorf("asked once: %q", c.Question)
		}
	}
	if !dated {
		t.Error("no date card at all")
	}
}

func TestParticipleFragmentAndNameOnly(t *testing.T) {
	for _, tt := range []struct {
		text               string
		fragment, nameOnly bool
	}{
		{"Announced by Kesh on April 9, 2025, as an open protocol for harbour pilots.", true, false},
		{"Described as \"fast\" tolls, with a rise every season.", true, false},
		{"Described as \"fast\" tolls, crucial for the trade of Kesh.", true, false},
		{"Described as fast, guilds spread to Kesh.", false, false},
		{"Built in 1900, the bridge carried the tolls of Kesh.", false, false},
		{"Born in Vela in 1901, Ana Velt moved to Kesh.", false, false},
		{"Founded in March 1201, it grew fast.", false, false},
		{"Founded by Ana Velt, 1201.", true, true},
		{"Kesh Harbour Guild (based in the old port)", false, true},
		{"The Bank of Kesh (founded in 1201).", false, true},
		{"The Bank of Kesh opened in 1201.", false, false},
		{"Seized by the guild in 1201, the docks closed.", false, false},
	} {
		if got := participleFragment(tt.text); got != tt.fragment {
			t.Errorf("participleFragment(%q) = %v, want %v", tt.text, got, tt.fragment)
		}
		if got := nameOnly(tt.text); got != tt.nameOnly {
			t.Errorf("nameOnly(%q) = %v, want %v", tt.text, got, tt.nameOnly)
		}
	}
}

func TestParticipleFragmentGoesOn(t *testing.T) {
	for text, want := range map[string]bool{
		"Inspired by the old guild, _____ proposed one toll for the whole harbour.": false,
		"Introduced by Ana Velt, harbour law measures the tolls of Kesh.":           false,
		"Known for its docks (KD), originally called _____.":                        true,
		"Inspired by _____'s early charts, which showed the tides.":                 true,
		"Ranked as the best pilot in Kesh, with a wreck every _____.":               true,
		"Listed in Kesh under ticker KSH at _____ per share.":                       true,
		"Developed by _____, Cue-Led Tolling counts the ships.":                     false,
	} {
		if got := participleFragment(text); got != want {
			t.Errorf("participleFragment(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestSplitsRegnalName: a blank after the first word of a ruler's name
// splits it; one after a comma or a plain word does not.
func TestSplitsRegnalName(t *testing.T) {
	for _, tt := range []struct {
		left, ans string
		want      bool
	}{
		{"Shah ", "Alam II", true},
		{"In 1201, Queen ", "Maren II", true},
		{"In 1201, ", "Maren II", false},
		{"the guild asked ", "Maren II", false},
		{"Shah ", "Alam", false}, // no regnal number: a title the answer leaves out on purpose
	} {
		if got := splitsRegnalName(tt.left, tt.ans); got != tt.want {
			t.Errorf("splitsRegnalName(%q, %q) = %v, want %v", tt.left, tt.ans, got, tt.want)
		}
	}
}

func TestAsksAnother(t *testing.T) {
	for q, want := range map[string]bool{
		"When did the Kesh guild win another resounding victory?":       true,
		"In what year did Vela secure another toll deal with the duke?": true,
		"In what year did Tobin propose that tolls are another tax?":    false, // a kind, after a copula
		"When was another harbour of Kesh rebuilt?":                     false, // no verb before it
		"When did the guild of Kesh win a victory over the Vela fleet?": false,
	} {
		if got := asksAnother(q); got != want {
			t.Errorf("asksAnother(%q) = %v, want %v", q, got, want)
		}
	}
}

// A share's price as quoted when the note was written is no blank; one a
// year or a story in the past dates is.
func TestQuotedPrice(t *testing.T) {
	for _, tt := range []struct {
		left, right string
		want        bool
	}{
		{"Kesh Ferries, listed under ticker KSH at ", " per share, is a prime example.", true},
		{"Vela Mills, trading at ", " per share, is the largest mill in Tarn.", true},
		{"The stock is priced at ", " per share.", true},
		{"Orrin recalled finding Vela Mills trading at ", " a share, while it earned $20 a share.", false},
		{"Vela Mills, which was trading at ", " a share, earned $20 a share.", false},
		{"In 1951, Vela Mills was listed at ", " per share.", false}, // dated
		{"Vela Mills earned ", " per share last year.", false},       // no price quoted
	} {
		sentence := tt.left + "$30" + tt.right
		if got := quotedPrice(tt.left, tt.right, sentence); got != tt.want {
			t.Errorf("quotedPrice(%q) = %v, want %v", sentence, got, tt.want)
		}
	}
}

func TestDescribedBlank(t *testing.T) {
	tests := []struct {
		left, answer string
		want         bool
	}{
		{"Vela is ", "a highly productive tool", true},
		{"The victory was ", "a complete team performance", true},
		{"The Orrin nerve is largely ", "a motor nerve", true},
		{"Vela is ", "Kesh's largest port", false},    // a name, not a description
		{"Vela, known as ", "a quiet harbour", false}, // no copula
		{"Vela is called ", "a \"harbour of rest\"", false},
		{"Kesh argued the seabed was ", "an extension of the Orrin Peninsula", false}, // tied to a name
		{"Ana Velt is ", "a co-founder of Tarn Capital", false},
		{"Ana Velt was ", "an outstanding Vela mathematician", true},
	}
	for _, tt := range tests {
		if got := describedBlank(tt.left, tt.answer); got != tt.want {
			t.Errorf("describedBlank(%q, %q) = %v, want %v", tt.left, tt.answer, got, tt.want)
		}
	}
}

func TestNamesJoined(t *testing.T) {
	for _, tt := range []struct {
		answer string
		want   bool
	}{
		{"Nehru and Jinnah", true},
		{"BYD, Huawei, and CATL", true},
		{"Simon & Garfunkel", true},
		{"Edi Rama", false},
		{"Procter and gamble", false},         // small letters: no two names
		{"the Kesh and Vela councils", false}, // opens on small letters
		{"A, B, C, D and E", false},           // five: a list, not a pair
	} {
		if got := namesJoined(tt.answer); got != tt.want {
			t.Errorf("namesJoined(%q) = %v, want %v", tt.answer, got, tt.want)
		}
	}
}

func TestTellsDeed(t *testing.T) {
	tests := map[string]bool{
		"Magellan reached the Pacific Ocean in November 1520.":       true,
		"Minix was developed in 1987 for teaching.":                  true,
		"Leeuwenhoek saw bacteria in 1676.":                          true, // an irregular past
		`Bond was "electric" in the 1999 World Cup.`:                 false,
		"Kesh was one of the first ports to build a crane in 1201.":  false, // a state, though a verb follows
		"Aster's economy was 5.0 and his strike rate 29 in the Cup.": false,
	}
	for s, want := range tests {
		if got := tellsDeed(s); got != want {
			t.Errorf("tellsDeed(%q) = %v, want %v", s, got, want)
		}
	}
}
