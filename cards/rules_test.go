package cards

import (
	"strings"
	"testing"

	"github.com/recall-srs/recall/notes"
)

// The sentences are invented; they only exercise the rules of rules.go.

// ruleCtx is the context a fact's cards are checked against.
func ruleCtx(t *testing.T, sentence, ans string, kind notes.Kind) (*context, notes.Fact) {
	t.Helper()
	f := notes.Fact{Sentence: sentence, Answer: ans, Kind: kind, Start: -1}
	sp, ok := locate(f)
	if !ok {
		t.Fatalf("%q not in %q", ans, sentence)
	}
	c := &context{f: f, sp: plainSpan(sp)}
	c.key = describe(ans, kind)
	return c, f
}

func TestPlainSpan(t *testing.T) {
	tests := []struct{ sentence, ans, want string }{
		{"However, the canal opened in 1894.", "1894", "The canal opened in 1894."},
		{"In addition, the guild built 40 barges.", "40 barges", "The guild built 40 barges."},
		{"Moreover, Ada Quill led the guild.", "Ada Quill", "Ada Quill led the guild."},
		{"Simultaneously, the guild built 40 barges.", "40 barges", "The guild built 40 barges."}, // at the same time as what the card does not say
		{"The guild, however, built 40 barges.", "40 barges", "The guild built 40 barges."},
		{"The guild built 40 barges, however, in 1201.", "40 barges", "The guild built 40 barges in 1201."},
		{"The harbour was also dredged in 1902.", "1902", "The harbour was dredged in 1902."},
		{"Not only the mill but also the bridge burned in 1911.", "1911", "Not only the mill but also the bridge burned in 1911."},
		{"In 1902, the harbour was dredged.", "1902", "In 1902, the harbour was dredged."},
		{"Later, the harbour was dredged in 1902.", "1902", "Later, the harbour was dredged in 1902."}, // not a mere connective: kept
		// a contrast or comparison with a sentence the card does not show:
		// the claim after it stands alone
		{"Conversely, the Tarn guild switched to barges in 1902.", "1902", "The Tarn guild switched to barges in 1902."},
		{"In contrast, the Tarn guild kept its carts until 1902.", "1902", "The Tarn guild kept its carts until 1902."},
		{"For comparison, the Tarn quay cost 40 marks.", "40 marks", "The Tarn quay cost 40 marks."},
		{"Further, in 1902 the guild dredged the harbour.", "1902", "In 1902 the guild dredged the harbour."},
		{"Vela attacked the port of Kesh without provocation in 1902.", "1902", "Vela attacked the port of Kesh in 1902."},                           // the note's verdict, not the deed
		{"In contrast to Kesh, the Tarn guild kept its carts until 1902.", "1902", "In contrast to Kesh, the Tarn guild kept its carts until 1902."}, // names what it contrasts with
		{"The guild even signed the harbour pact in 1902.", "1902", "The guild signed the harbour pact in 1902."},
		{"The guild signed the pact in 1902, even though Kesh objected.", "1902", "The guild signed the pact in 1902, even though Kesh objected."},
		{"In 1902 the guild built even more barges.", "1902", "In 1902 the guild built even more barges."},
		// the words either side of a connective dropped meet: what they
		// make is dropped too, though the sentence held no "even" before
		{"The guild ev, however,en signed the pact in 1902.", "1902", "The guild signed the pact in 1902."},
	}
	for _, tt := range tests {
		f := notes.Fact{Sentence: tt.sentence, Answer: tt.ans, Start: -1}
		sp, _ := locate(f)
		plain := plainSpan(sp)
		if got := upperFirst(plain.sentence()); got != tt.want {
			t.Errorf("plainSpan(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
		// Generate reads the sentence for the words it may drop once
		if marked := plainSpanMarked(sp, marksOf(tt.sentence)); marked != plain {
			t.Errorf("plainSpanMarked(%q) = %+v, plainSpan gives %+v", tt.sentence, marked, plain)
		}
	}
}

func TestReferenceDangles(t *testing.T) {
	tests := []struct {
		shown string
		want  bool
	}{
		{"Other towns are projected to grow _____.", true},
		{"Despite this, the mill grew to _____ workers.", true},
		{"Instead, the guild hired _____ clerks.", true},
		{"The river stayed frozen for the next _____.", true},
		{"After the 1902 flood, the river stayed frozen for the next _____.", false},
		{"Tolls: Other towns raised tolls by _____.", true},
		{"_____ other towns raised tolls.", false},
		{"The guild raised tolls by _____ in 1902.", false},
		{"Otherwise calm, the river froze in _____.", false},
		{"Heavy rain followed in _____.", true},
		{"Heavy rain followed the flood in _____.", false},
		{"If so, the guild raised tolls by _____.", true}, // answers a question the card does not show
		{"A decade later, the guild raised tolls by _____.", true},
		{"Less than a year later, in _____, the guild raised tolls.", true},
		{"In total, _____ bought bonds worth 520 marks.", true},
		{"In total, the guild bought bonds worth _____.", true}, // the sum of what went before
		{"Kesh set a record total, reaching nearly _____ ships.", false},
		{"A week prior, the guild raised tolls by _____.", true},
		{"In the aftermath, the guild raised tolls by _____.", true}, // of what?
		{"The guild responded with new tolls in _____.", true},       // to what?
		{"The guild responded to the flood with new tolls in _____.", false},
		{"In the aftermath of the flood, the guild raised tolls by _____.", false},
		{"Subsequently, the guild raised tolls by _____.", true},
		{"The guild raised tolls later, in _____.", true}, // later than what, too
		{"Later that year the guild raised tolls, in _____.", false},
		{"A decade of war ended in _____.", false},
		{`If "no," the guild raised tolls by _____.`, true},
		{"Despite its objections, the guild raised tolls by _____.", true},    // objections to what?
		{"Despite the failed merger, the guild raised tolls by _____.", true}, // which merger?
		{"Despite being a hoax, the story reached _____ readers.", true},
		{"Despite banning carts in 1902, the guild raised tolls by _____.", false},
		{"Despite Dutch objections, the guild raised tolls by _____.", false},
		{"Despite _____, the guild raised tolls.", false}, // the concession is asked
		{"Despite objections from the mayor and the council, the guild raised tolls by _____.", false},
		{"In response, the guild raised tolls in _____.", true}, // a response to what?
		{"In retaliation, the duke closed the docks in _____.", true},
		{"In response to the flood, the guild raised tolls in _____.", false},
		{"In contrast to Kesh, the guild raised tolls in _____.", false}, // names what it contrasts with
		// mentioned where? and counted back from when?
		{"The guild challenged the aforementioned \"_____\" rule.", true},
		{"Tobin previously mentioned a toll of _____ per bolt.", false}, // his saying
		{"Since then, the guild has raised tolls by _____.", true},
		{"The guild has raised tolls by _____ over the last five years.", true},
		{"In the past decade, _____ has doubled its tolls.", true},
		{"Since 1990, the guild has raised tolls by _____ over the last five years.", false}, // a year anchors it
		{"The last Kesh guild master died in _____.", false},
		{"The last year that the guild raised tolls was _____.", false},
		{"Kesh oil sold at _____ a barrel in the last week of November.", false},
		{"The guild has kept its charter for the past 500 years, paying _____ a year.", false}, // history's scale
	}
	for _, tt := range tests {
		if got := referenceDangles(tt.shown, &context{}); got != tt.want {
			t.Errorf("referenceDangles(%q) = %v, want %v", tt.shown, got, tt.want)
		}
	}
	// the response itself is what such a sentence tells
	if referenceDangles("In response, Kesh _____ with Vela.", &context{f: notes.Fact{Kind: notes.Response}}) {
		t.Error("referenceDangles: a response asked after its opener")
	}
}

func TestIsOpinion(t *testing.T) {
	tests := []struct {
		st   string
		want bool
	}{
		{"The new toll is viewed as contrary to the charter.", true},
		{"The flood may have killed 300 people.", true},
		{"The toll is widely considered unfair.", true},
		{"The rising price of bread is a significant challenge for bakers.", true},
		{"That a third of the town skips meals is alarming.", true},
		{"The guild raised the toll to 3 shillings in 1902.", false},
		{"The mayor was seen by the guild as a traitor.", false}, // whose view is named: a fact about the guild
		{"The canal is 40 km long.", false},
		{"The guild's near ruin in 1902 underscores the importance of thrift.", true}, // a lesson drawn
		{"Vela attacked the port of Kesh without provocation in 1902.", true},
		{"Aster founded the guild, stressing thrift over luxury.", false},
	}
	for _, tt := range tests {
		if got := isOpinion(tt.st); got != tt.want {
			t.Errorf("isOpinion(%q) = %v, want %v", tt.st, got, tt.want)
		}
	}
}

func TestOtherFormGivesAway(t *testing.T) {
	tests := []struct {
		sentence, ans string
		kind          notes.Kind
		want          bool
	}{
		{"In 1935, Britain signed the Anglo-Dutch Fishing Accord.", "Britain", notes.Actor, true},
		{"In 1935, France signed the Franco-Dutch Fishing Accord.", "France", notes.Actor, true},
		{"Freedonia hired Freedonian engineers to build the dam.", "Freedonia", notes.Actor, true},
		{"Freedonia hired Sylvanian engineers to build the dam.", "Freedonia", notes.Actor, false},
		{"The guild marked the centenary of the charter in 2007.", "2007", notes.Date, true},
		{"The guild renewed the charter in 2007.", "2007", notes.Date, false},
		{"Ada Quill founded the guild with 40 members.", "40 members", notes.Quantity, false},
	}
	for _, tt := range tests {
		c, f := ruleCtx(t, tt.sentence, tt.ans, tt.kind)
		shown := c.clozeText()
		if got := otherFormGivesAway(shown, f, &c.key); got != tt.want {
			t.Errorf("otherFormGivesAway(%q, %q) = %v, want %v", shown, tt.ans, got, tt.want)
		}
	}
}

func TestBlankGivesAway(t *testing.T) {
	tests := []struct {
		sentence, ans string
		kind          notes.Kind
		want          bool
	}{
		{`The mayor made him "an offer he could not refuse".`, "offer he could not refuse", notes.Definition, true},
		{`The mayor made him "an offer he could not refuse".`, "an offer he could not refuse", notes.Definition, true},
		{`A "food tax" was announced in May 1918.`, "food tax", notes.Definition, false},
		{`A group named "River Watch" claimed the attack.`, "River Watch", notes.Actor, false},
		{"The guild relied on the Zunft (craft guild) for training.", "craft guild", notes.Definition, true},
		{"The Treaty of Oskar (1907) ended the toll war.", "1907", notes.Date, false},
	}
	for _, tt := range tests {
		c, _ := ruleCtx(t, tt.sentence, tt.ans, tt.kind)
		if got := blankGivesAway(c); got != tt.want {
			t.Errorf("blankGivesAway(%q in %q) = %v, want %v", tt.ans, tt.sentence, got, tt.want)
		}
	}
}

func TestVagueBlank(t *testing.T) {
	tests := []struct {
		sentence, ans string
		kind          notes.Kind
		want          bool
	}{
		{"The guild halved its budget, postponed the fair, cut staff, and closed two halls.", "postponed the fair", notes.Response, true},
		{"The mayor fell due to bad harvests, high taxes, and corruption.", "bad harvests", notes.Cause, true},
		{"The mayor fell in 1902 due to corruption in the guild.", "corruption in the guild", notes.Cause, false},
		{"The mayor fell due to bad harvests, high taxes, and corruption.", "corruption", notes.Cause, true},
		{"The canal project was officially frozen in 2020 after ten years.", "frozen in 2020", notes.Response, true},
		{"In response, the town cut ties with the guild.", "cut ties", notes.Response, false},
		{"The mill relied 100% on river power.", "100%", notes.Quantity, true},
		{"Output rose from 20% to 100% in a year.", "100%", notes.Quantity, false},
		// a speaker's word in quotes after a linking verb: any word of its kind fits
		{"The Kesh guild's record has been \"phenomenal,\" as Tobin put it.", "phenomenal", notes.Definition, true},
		{"The new quay feels truly \"magical,\" not merely useful.", "magical", notes.Definition, true},
		{"Kesh tolls can be \"sticky,\" meaning a single objector can block a change.", "sticky", notes.Definition, false}, // defined: a term
		{"The Kesh reformers became known as \"muckrakers\" in 1902.", "muckrakers", notes.Definition, false},              // named, not linked
	}
	for _, tt := range tests {
		c, f := ruleCtx(t, tt.sentence, tt.ans, tt.kind)
		if got := vagueBlank(f, c); got != tt.want {
			t.Errorf("vagueBlank(%q in %q) = %v, want %v", tt.ans, tt.sentence, got, tt.want)
		}
	}
}

func TestSentenceBounds(t *testing.T) {
	key := func(text string, kind notes.Kind) *candidate {
		c := describe(text, kind)
		return &c
	}
	tests := []struct {
		name   string
		key    *candidate
		kind   notes.Kind
		others []*candidate
		in     []string // distractors the sentence allows
		out    []string // distractors it rules out
	}{
		{"a later year caps dates", key("1929", notes.Date), notes.Date,
			[]*candidate{key("1933", notes.Date)}, []string{"1925", "1931"}, []string{"1934", "1936", "1933"}},
		{"an earlier date floors dates", key("1989", notes.Date), notes.Date,
			[]*candidate{key("April 9, 1991", notes.Date), key("1985", notes.Date)}, []string{"1987", "1990"}, []string{"1994", "1984"}},
		{"a larger count of the same unit caps", key("3.4 million", notes.Population), notes.Population,
			[]*candidate{key("3.6 million", notes.Population)}, []string{"2.2 million", "3.1 million"}, []string{"4.4 million", "6.8 million"}},
		{"another unit does not bound", key("40 km", notes.Quantity), notes.Quantity,
			[]*candidate{key("20 days", notes.Quantity)}, []string{"10 km", "80 km"}, nil},
		{"but its value is not offered", key("three nautical miles", notes.Quantity), notes.Quantity,
			[]*candidate{key("six miles", notes.Quantity)}, []string{"four nautical miles"}, []string{"six nautical miles"}},
	}
	for _, tt := range tests {
		b := sentenceBounds(tt.key, tt.kind, tt.others)
		for _, s := range tt.in {
			if d := key(s, tt.kind); !b.within(d.value) {
				t.Errorf("%s: %q ruled out, want allowed", tt.name, s)
			}
		}
		for _, s := range tt.out {
			if d := key(s, tt.kind); b.within(d.value) {
				t.Errorf("%s: %q allowed, want ruled out", tt.name, s)
			}
		}
	}
	if b := (bounds{}); !b.within(1) || !b.within(-1e9) {
		t.Error("the zero bounds rule something out")
	}
}

func TestKeyRangeOverlaps(t *testing.T) {
	tests := []struct {
		key, option string
		want        bool
	}{
		{"20-30%", "25-35%", true},
		{"20-30%", "30-45%", true},
		{"20-30%", "35-45%", false},
		{"20-30%", "10%", false},
		{"20-30%", "25%", true},
		{"500,000 to 900,000 deaths", "700,000 to 1,300,000 deaths", true},
		{"25%", "20-30%", false}, // a single key: the range option is simply wrong
	}
	for _, tt := range tests {
		k := describe(tt.key, notes.Quantity)
		if got := rangeOfKey(&k).overlaps(tt.option); got != tt.want {
			t.Errorf("range %q overlaps %q = %v, want %v", tt.key, tt.option, got, tt.want)
		}
	}
}

func TestKeyStandsOut(t *testing.T) {
	tests := []struct {
		values []float64
		key    int
		want   bool
	}{
		{[]float64{9, 10, 12, 20}, 3, true},
		{[]float64{25, 27, 30, 70}, 3, true},
		{[]float64{5, 30, 31, 33}, 0, true},
		{[]float64{1918, 1919, 1920, 1923}, 3, false},
		{[]float64{1918, 1919, 1922, 1923}, 3, false},
		{[]float64{1917, 1918, 1920, 1921}, 3, false},
		{[]float64{11, 21, 29, 42}, 1, false},
		{[]float64{9, 10, 12, 20}, 1, false},
	}
	for _, tt := range tests {
		if got := keyStandsOut(tt.values, tt.key); got != tt.want {
			t.Errorf("keyStandsOut(%v, %d) = %v, want %v", tt.values, tt.key, got, tt.want)
		}
	}
}

func TestDateInSubclause(t *testing.T) {
	tests := []struct {
		sentence, ans string
		want          bool
	}{
		{"The town grew rapidly after Ada Quill opened a mill in 1819.", "1819", true},
		{"In 1819, the town grew rapidly after the mill opened.", "1819", false},
		{"Ada Quill opened a mill in 1819.", "1819", false},
		{"Ada Quill returned as mayor in 1830 at age 60.", "1830", false},
		{"In the years following the flood of Kesh in 1819, the town lacked grain.", "1819", true}, // the opening phrase tells its own event
		{"After the mill burned down in 1819, the town lacked grain.", "1819", true},
		{"In the spring of 1819, the town lacked grain.", "1819", false},
	}
	for _, tt := range tests {
		f := notes.Fact{Sentence: tt.sentence, Answer: tt.ans, Kind: notes.Date, Start: -1}
		sp, _ := locate(f)
		if got := dateInSubclause(f, sp); got != tt.want {
			t.Errorf("dateInSubclause(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestSameListShape(t *testing.T) {
	tests := []struct {
		key     string
		options []string
		want    bool
	}{
		{"France and Britain", []string{"Spain and Italy", "Norway and Sweden"}, true},
		{"France and Britain", []string{"South Africa, and Canada"}, false},
		{"France and Britain", []string{"Spain"}, false},
		{"Ada Quill", []string{"Ben Oskar", "Cara Lind"}, true},
	}
	for _, tt := range tests {
		if got := sameListShape(tt.options, tt.key); got != tt.want {
			t.Errorf("sameListShape(%v, %q) = %v, want %v", tt.options, tt.key, got, tt.want)
		}
	}
}

func TestCapRun(t *testing.T) {
	card := func(typ Type, fact string, score float64, key int, ans string) Card {
		return Card{Type: typ, Siblings: fact, Score: score, Key: key, Answer: ans}
	}
	run := []Card{
		card(Cloze, "a", 0.9, -1, "x"),
		card(MC, "a", 0.8, 2, "x"),
		card(TF, "a", 0.85, 0, "true"),
		card(Cloze, "b", 0.95, -1, "y"),
		card(TF, "b", 0.7, 1, "false"),
		card(MC, "b", 0.6, 1, "y"),
	}
	g := &generator{keyPos: [4]int{0, 1, 1, 0}, tfTrue: 0}
	out := g.capRun(append([]Card{card(QA, "z", 0.1, -1, "z")}, run...), 1)
	if len(out) != 1+maxPerSentence {
		t.Fatalf("kept %d cards, want %d", len(out), 1+maxPerSentence)
	}
	var got []string
	for _, c := range out[1:] {
		got = append(got, string(c.Type)+":"+c.Siblings)
	}
	// the best cloze, the best tf and the best mc, in their first order;
	// at most two cards of fact a
	if want := "mc:a tf:a cloze:b"; strings.Join(got, " ") != want {
		t.Errorf("kept %q, want %q", strings.Join(got, " "), want)
	}
	if out[0].Siblings != "z" {
		t.Errorf("a card before the run was touched: %+v", out[0])
	}
	// the dropped mc (key 1) and false tf no longer count for the balance
	if g.keyPos != [4]int{0, 0, 1, 0} || g.tfTrue != 1 {
		t.Errorf("balance after the cap: keyPos %v, tfTrue %d; want [0 0 1 0], 1", g.keyPos, g.tfTrue)
	}
}

func TestQATruncated(t *testing.T) {
	tests := []struct {
		q, sentence, ans string
		kind             notes.Kind
		want             bool
	}{
		{"What prompted towns across the valley?", "The flood prompted towns across the valley, including Oskar, to raise levees.", "The flood", notes.Cause, true},
		{"What prompted towns across the valley to raise levees?", "The flood prompted towns across the valley to raise levees.", "The flood", notes.Cause, false},
		{"When did millers have more lead in their bones?", "Medieval millers had more lead in their bones.", "Medieval", notes.Date, true},
		{"When did the mill open?", "In 1819, the mill opened.", "1819", notes.Date, false},
	}
	for _, tt := range tests {
		f := notes.Fact{Sentence: tt.sentence, Answer: tt.ans, Kind: tt.kind, Start: -1}
		sp, _ := locate(f)
		if got := qaTruncated(tt.q, f, sp); got != tt.want {
			t.Errorf("qaTruncated(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestVagueBlankShapes(t *testing.T) {
	tests := []struct {
		sentence, ans string
		kind          notes.Kind
		want          bool
	}{
		{"The guild argued the quay was an extension of the old town wall, while the mayor disagreed.", "an extension of the old town wall", notes.Definition, true},
		{"The guild argued the quay was public land, while the mayor disagreed.", "public land", notes.Definition, false},
		{"The eastern half of the duchy, known as Oskar, kept its guilds.", "half", notes.Quantity, true},
		// a hedged share before a determiner: only "half" reads there
		{"The looms of Kesh rest for about half an hour before dyeing.", "about half", notes.Quantity, true},
		{"The guild holds nearly half the trade of Kesh.", "nearly half", notes.Quantity, true},
		{"The guild holds nearly half of the trade of Kesh.", "nearly half", notes.Quantity, false}, // any share fits "of"
		{"The mill broke the rules of the Treaty on the Sharing of Rivers.", "the Treaty", notes.Definition, true},
		{"The Harbour Board of Oskar raised tolls.", "The Harbour Board of Oskar", notes.Actor, false},
	}
	for _, tt := range tests {
		c, f := ruleCtx(t, tt.sentence, tt.ans, tt.kind)
		if got := vagueBlank(f, c); got != tt.want {
			t.Errorf("vagueBlank(%q in %q) = %v, want %v", tt.ans, tt.sentence, got, tt.want)
		}
	}
}

func TestBetweenTo(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Orbits take between four to thirty minutes.", true},
		{"Orbits take between four and thirty minutes.", false},
		{"Orbits take from four to thirty minutes.", false},
		{"Trade between the towns grew, and tolls rose to 3 shillings.", false},
		{"Orbits take between _____.", false}, // the shown card: the check reads the whole sentence
	}
	for _, tt := range tests {
		if got := betweenTo(tt.s); got != tt.want {
			t.Errorf("betweenTo(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestDescribedAfter(t *testing.T) {
	tests := []struct {
		right string
		want  bool
	}{
		{", an exiled cleric, returned to the capital.", true},
		{", then the town's envoy, signed the treaty.", true},
		{", who had worked at the mill, left in 1902.", true},
		{" signed the treaty in 1902.", false},
		{", aiming to recover their losses, demanded tolls.", false},
	}
	for _, tt := range tests {
		if got := describedAfter(tt.right); got != tt.want {
			t.Errorf("describedAfter(%q) = %v, want %v", tt.right, got, tt.want)
		}
	}
}

// A sentence of one fact that gives three cards keeps the best two: the
// cap per fact holds in short runs too.
func TestCapRunOneFact(t *testing.T) {
	run := []Card{
		{Type: Cloze, Siblings: "a", Score: 0.85, Key: -1},
		{Type: MC, Siblings: "a", Score: 0.92, Key: 2},
		{Type: TF, Siblings: "a", Score: 0.9, Key: 0, Answer: "true"},
	}
	g := &generator{keyPos: [4]int{0, 0, 1, 0}, tfTrue: 1}
	out := g.capRun(run, 0)
	if len(out) != maxPerFact || out[0].Type != MC || out[1].Type != TF {
		t.Errorf("kept %d cards (%v), want the mc and the tf", len(out), out)
	}
	if g.keyPos != [4]int{0, 0, 1, 0} || g.tfTrue != 1 {
		t.Errorf("balance changed though the mc and the tf were kept: %v, %d", g.keyPos, g.tfTrue)
	}
}

func TestThatWithoutVerb(t *testing.T) {
	for q, want := range map[string]bool{
		"When did the duke start a feud by announcing that envoys from ten towns?": true,
		"When did the duke announce that envoys from ten towns were unwelcome?":    false,
		"When did the guild reveal that the harbour employs 40 clerks?":            false,
		"When did the duke sign the pact that Kesh drafted?":                       false,
		"When did the duke sign the pact?":                                         false,
	} {
		if got := thatWithoutVerb(q); got != want {
			t.Errorf("thatWithoutVerb(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestOpensOnAuxiliary(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Has only 3% of the market, indicating room to grow.", true},
		{"Add a document to the collection, setting its id.", true},
		{"Don't be overwhelmed by the Kesh tolls.", true}, // advice, not a fact
		{"Prioritize the old ledgers, followed by the new ones.", true},
		{"Do not sell bolts before the fair.", true},
		{"Do Kwon founded the Kesh exchange in 2018.", false}, // a name
		{"Focus is kept on the Kesh tolls.", false},           // a noun: a verb follows it
		{"The guild built 40 barges in 1902.", false},
	} {
		if got := opensOnAuxiliary(tt.s); got != tt.want {
			t.Errorf("opensOnAuxiliary(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestBystanderName(t *testing.T) {
	testSpanRule(t, "bystanderName", bystanderName, notes.Definition, []spanCase{
		{"A contestant named Orrin was dared to lift a bolt of cloth.", "Orrin", true},
		{"Tobin recounts a story involving an employee named Vela.", "Vela", true},
		{"The ship fell into a whirlpool named Tarn.", "Tarn", false},             // a thing's name
		{"A weaver named Ana Velt founded the guild in 1201.", "Ana Velt", false}, // a full name
		{"Orrin was named Tobin at birth.", "Tobin", false},
	})
}

func TestNicknameBlank(t *testing.T) {
	testSpanRule(t, "nicknameBlank", nicknameBlank, notes.Definition, []spanCase{
		{`Ana "Vee" Velt, master of the Kesh guild, moved the looms in 1201.`, "Vee", true},
		{`The pilot, Orrin “Tob” Tarn, landed the barge on the river.`, "Tob", true},
		{`The guild passed the "Loom" Act in 1201.`, "Loom", false},            // a law's name
		{`Kesh's "Open Looms" Campaign began in 1201.`, "Open Looms", false},   // a campaign's name
		{`The weavers called the tax "Tarn" after its author.`, "Tarn", false}, // no name around it
	})
}

func TestInternalName(t *testing.T) {
	for left, want := range map[string]bool{
		`The Kesh guild built an internal ledger tool called "`: true,
		`The barge was internally dubbed "`:                     true,
		`The guild uses an in-house proprietary loom called "`:  true,
		`An internal tally tool, "`:                             true,
		`The Kesh guild, formerly known as "`:                   false, // a name the world knows
		`The guild's ledger, kept internally for years before the duke's scribes copied it and renamed it, was called "`: false, // too far back
	} {
		if got := internalName(left); got != want {
			t.Errorf("internalName(%q) = %v, want %v", left, got, want)
		}
	}
}

func TestVantageDate(t *testing.T) {
	testSpanRule(t, "vantageDate", vantageDate, notes.Date, []spanCase{
		{"In 1201, the Kesh toll charter had just passed.", "1201", true},
		{"In July 1204, the guild of Kesh had taken nearly all the river ports.", "July 1204", true},
		{"In 1201, the guild of Kesh took the river ports.", "1201", false},
		{"In 1201, a Vela barge had an accident near Kesh.", "1201", false},                       // "had" the verb itself
		{"In 1201, Ana Velt, who had served the duke, founded the guild of Kesh.", "1201", false}, // a relative clause's perfect
		{"By 1201, the guild of Kesh had taken nearly all the river ports.", "1201", false},       // a bound, not a moment
	})
}

// spanCase is a sentence, the answer blanked in it, and whether a rule on
// the span holds.
type spanCase struct {
	sentence, ans string
	want          bool
}

// testSpanRule checks rule, named name, on the span of a fact of kind for
// each case.
func testSpanRule(t *testing.T, name string, rule func(span) bool, kind notes.Kind, cases []spanCase) {
	t.Helper()
	for _, tt := range cases {
		sp, _ := locate(fact(kind, "", tt.sentence, tt.ans))
		if got := rule(sp); got != tt.want {
			t.Errorf("%s(%q in %q) = %v, want %v", name, tt.ans, tt.sentence, got, tt.want)
		}
	}
}

// TestReportedThat: who reported a claim is its source, not a deed: the
// actor's blank scores 0.15 under that of a source that announced it.
func TestReportedThat(t *testing.T) {
	scores := func(verb string) map[Type]float64 {
		src := "---\ntitle: The Kesh looms\n---\n# Trade\n\nIn 1201, the Vela Gazette " + verb + " that the Kesh guild had forty looms.\n"
		n, _, err := notes.Parse("kesh.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		got := map[Type]float64{}
		for _, c := range Generate(notes.Extract(n), Options{Seed: 1, MinScore: 0.01}) {
			if c.Kind == notes.Actor {
				got[c.Type] = c.Score
			}
		}
		return got
	}
	reported, announced := scores("reported"), scores("announced")
	if reported[Cloze] == 0 || announced[Cloze] == 0 {
		t.Fatalf("no actor blanks: %v, %v", reported, announced)
	}
	if d := announced[Cloze] - reported[Cloze]; d < 0.14 || d > 0.16 {
		t.Errorf("blank scores %v (reported) and %v (announced): want 0.15 apart", reported[Cloze], announced[Cloze])
	}
}
