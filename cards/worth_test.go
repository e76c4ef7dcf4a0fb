package cards

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/recall-srs/recall/notes"
)

func TestEditionYear(t *testing.T) {
	for _, tt := range []struct {
		sentence, ans string
		want          bool
	}{
		{"The guild topped the Harbour Games 1998 medal table.", "1998", true},
		{"Few sailors passed the Kesh Pilot 2024 examination.", "2024", true},
		{"The guild signed a pact in 1201 with the duke.", "1201", false},
		{"The dock opened in March 1201 after a long delay.", "1201", false},
		{"The dock opened in Summer 1201 after a long delay.", "1201", false},
		{"1201 was the year of the great flood.", "1201", false},
		{"The port of Kesh, 1201, was a busy place.", "1201", false},
		{"Kesh's 1201 Charter of the Docks gave the guild its berths.", "1201", false},
		{"The Harbour Act 1201 gave the guild its berths.", "1201", false},
		{"The tolls rose sharply in March-April 1201.", "1201", false},
		{"The dock opened on Christmas Day 1201.", "1201", false},
	} {
		sp, ok := locate(notes.Fact{Kind: notes.Date, Sentence: tt.sentence, Answer: tt.ans, Start: -1})
		if !ok {
			t.Fatalf("%q not in %q", tt.ans, tt.sentence)
		}
		if got := editionYear(sp); got != tt.want {
			t.Errorf("editionYear(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestSourceYear(t *testing.T) {
	tests := []struct {
		sentence, ans string
		want          bool
	}{
		{"According to the 2031 harvest report, most farms grew barley.", "2031", true},
		{"Its 1998 survey of the coast found forty wrecks.", "1998", true},
		{"A 2015 study estimated that half the wells were dry.", "2015", true},
		{"The 1901 census counted 12,000 people in the valley.", "1901", true},
		{"The report was published in 2031 by the harvest board.", "2031", false},
		{"The 1998 flood destroyed the lower town.", "1998", false},
		{"In 2015, the board released its study of the wells.", "2015", false},
		{"The 2015 harvest, by the board's own report, was poor.", "2015", false},
	}
	for _, tt := range tests {
		f := notes.Fact{Kind: notes.Date, Sentence: tt.sentence, Answer: tt.ans, Start: -1}
		sp, ok := locate(f)
		if !ok {
			t.Fatalf("%q not in %q", tt.ans, tt.sentence)
		}
		if got := sourceYear(sp.left, sp.ans, sp.right); got != tt.want {
			t.Errorf("sourceYear(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestEditorialFrame(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The fact that a third of the town skips meals is alarming.", true},
		{"That a third of the town skips meals is deeply concerning.", true},
		{"The drop in the river's level was striking.", true},
		{"A third of the town skips meals, a survey found.", false},
		{"The alarming drop began in 1990.", false},
		{"A turning point was Kesh signing the harbour pact in 1201.", true},
		{"Everything changed in June 1201 when the guild voted to leave.", true},
		{"The real breakthrough came with the founding of the Vela fund in 1201.", true},
		{"The real turning point came in 1201 when Ana Velt was elected.", true},
		{"The flood of 1201 marked a turning point for Kesh.", false},
		{"The breakthrough device was sold in 1201.", false},
		{"The mayor called the figures alarming in a speech.", false},
		{"Half of the town seeks discounts not for savings, but for survival.", true},
		{"The port's fees (set at 5% in 1201) create an insurmountable barrier.", true},
		{"The port charged fees not only on ships but on carts.", false},
		{"A concerning statistic reveals that 28% of the town eats less.", true},
		{"The flood of 1201 brought a new element to the story: the guild.", true},
		{"The story of the guild begins with the flood of 1201.", true}, // where the teller starts (teachers: "editorial framing")
		{"The guild began its trade in 1201, a story told often.", false},
		{"The guild's history began in 1201.", false},
		{"A staggering figure: 28% of the town eats less.", true},
		{"A census figure shows that 28% of the town eats less.", false},
		{"One of the best harbours of the isles, Kesh grew rich on grain.", true}, // praise
		{"Kesh annexed the isle, seemingly preparing for a war.", true},           // the writer's reading of a motive
	}
	for _, tt := range tests {
		if got := editorialFrame(tt.s, pairsOf(tt.s)); got != tt.want || editorialFrame(tt.s, nil) != got {
			t.Errorf("editorialFrame(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestPlaceRelative(t *testing.T) {
	tests := []struct {
		left string
		want bool
	}{
		{"Kesh lies between ", true},
		{"The fort stood near ", true},
		{"The camp was 40 km north of ", true},
		{"The court moved to ", false},
		{"Located in ", false},
	}
	for _, tt := range tests {
		if got := placeRelative(notes.Fact{Kind: notes.Place}, tt.left); got != tt.want {
			t.Errorf("placeRelative(%q) = %v, want %v", tt.left, got, tt.want)
		}
	}
	if placeRelative(notes.Fact{Kind: notes.Actor}, "a treaty between ") {
		t.Error("placeRelative holds for a fact that is not a place")
	}
}

func TestWithoutEmphasis(t *testing.T) {
	tests := []struct {
		kind     notes.Kind
		sentence string
		answer   string
		want     string // the answer without its word of tone ("" when unchanged)
	}{
		{notes.Quantity, "She opened the shop when she was just 21 years old.", "just 21 years", "21 years"},
		{notes.Quantity, "Taxes covered only 7.3% of spending.", "only 7.3%", "7.3%"},
		{notes.Quantity, "The walls took a mere three days to build.", "a mere three days", "three days"},
		{notes.Quantity, "The vote passed with only a handful of voices against.", "only a handful", ""},
		{notes.Actor, "Only Tobin Aster stayed behind.", "Only Tobin Aster", ""},
		{notes.Quantity, "The ferry carried 300 people.", "300 people", ""},
	}
	for _, tt := range tests {
		f := notes.Fact{Kind: tt.kind, Sentence: tt.sentence, Answer: tt.answer}
		f.Start = indexOf(tt.sentence, tt.answer)
		g := f
		ok := withoutEmphasis(&g)
		switch {
		case tt.want == "" && ok:
			t.Errorf("withoutEmphasis(%q) changed it to %q", tt.answer, g.Answer)
		case tt.want != "" && (!ok || g.Answer != tt.want):
			t.Errorf("withoutEmphasis(%q) = %q, want %q", tt.answer, g.Answer, tt.want)
		case ok && g.Sentence[g.Start:g.Start+len(g.Answer)] != g.Answer:
			t.Errorf("withoutEmphasis(%q): Start %d does not point at %q", tt.answer, g.Start, g.Answer)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// A whole run: the year of a source, an editorial sentence and a word of
// tone in the answer never reach a card; the sentence's other facts do.
func TestGenerateSkipsWhatIsNotWorthAsking(t *testing.T) {
	src := "According to the 2031 harvest report, 45% of the farms in the valley grew barley and oats that year."
	frame := "The fact that a third of the valley's farms failed in 1990 is alarming."
	tone := "Tobin Aster opened the old grain mill by the river when he was just 19 years old."
	facts := []notes.Fact{
		fact(notes.Date, "Farming", src, "2031", "Harvests"),
		fact(notes.Quantity, "Farming", src, "45%", "Harvests"),
		fact(notes.Date, "Farming", frame, "1990", "Harvests"),
		fact(notes.Quantity, "Farming", tone, "just 19 years", "Mills"),
	}
	cs := Generate(facts, Options{Seed: 1, MinScore: 0.3}) // the rules, not the score, are under test
	var sawShare, sawAge bool
	for _, c := range cs {
		switch {
		case c.Answer == "2031" || c.Fact.Sentence == frame:
			t.Errorf("card on a fact not worth asking: %s %q → %q", c.Type, c.Question, c.Answer)
		case c.Answer == "45%":
			sawShare = true
		case c.Fact.Sentence == tone:
			if c.Type != TF && c.Answer != "19 years" {
				t.Errorf("answer kept its word of tone: %q", c.Answer)
			}
			sawAge = true
		}
	}
	if !sawShare || !sawAge {
		t.Errorf("the facts worth asking gave no card (share %v, age %v): %d cards", sawShare, sawAge, len(cs))
	}
}

func TestTopicalAnswers(t *testing.T) {
	sentences := []string{
		"Kesh signed the treaty in 1201.", "The treaty cost Kesh its fleet.", "Tobin Aster drafted the treaty.",
		"The harbour was closed in 1203.", "Kesh paid the fine in 1205.", "The fleet was rebuilt by 1230.",
		"The guild protested in 1202.", "The regent fled in 1204.",
	}
	var facts []notes.Fact
	for _, s := range sentences {
		facts = append(facts, fact(notes.Date, "Treaty", s, s[len(s)-5:len(s)-1]))
	}
	facts = append(facts,
		fact(notes.Actor, "Treaty", sentences[0], "Kesh"),
		fact(notes.Actor, "Treaty", sentences[2], "Tobin Aster"),
		fact(notes.Actor, "Treaty", sentences[7], "The regent"))
	topical := func(facts []notes.Fact, answer string) bool {
		f := facts[len(facts)-1]
		f.Answer = answer
		return newTopics(factRefs(facts)).topical(&f, new(topicReading))
	}
	if !topical(facts, "Kesh") {
		t.Error("Kesh, named in 3 of 8 sentences, is not topical")
	}
	if topical(facts, "Tobin Aster") || topical(facts, "The regent") {
		t.Error("a name in one sentence is topical")
	}
	other := fact(notes.Actor, "Treaty", sentences[0], "Kesh")
	other.Note = "other.md"
	if topical([]notes.Fact{other}, "Kesh") {
		t.Error("a name in one note's only sentence is topical: three mentions are needed")
	}
}

// TestTopicsAsked checks topics, asked fact by fact as Generate asks
// (notes coming back, sections, answers of several kinds), against the
// plain way: every note's and section's answers counted at once.
func TestTopicsAsked(t *testing.T) {
	lifted := liftLabels(sharedFacts(t))
	// a note that comes back after others, and facts asked out of order
	lifted = append(lifted, lifted[:len(lifted)/3]...)
	facts := make([]notes.Fact, len(lifted))
	for i, f := range lifted {
		facts[i] = *f
	}
	want := topicalAnswers(facts)
	tp := newTopics(lifted)
	r := new(topicReading)
	topical := 0
	for _, order := range [][2]int{{0, 1}, {len(facts) - 1, -1}} {
		for i := order[0]; i >= 0 && i < len(facts); i += order[1] {
			f := &facts[i]
			w := want[topicKey{f.Note, f.Answer}] || (f.Kind == notes.Actor || f.Kind == notes.Place) && want[topicKey{sectionOf(*f), f.Answer}]
			if got := tp.topical(f, r); got != w {
				t.Fatalf("fact %d (%s, %q in %s): topical %v, want %v", i, f.Kind, f.Answer, f.Note, got, w)
			}
			if w {
				topical++
			}
		}
	}
	if topical == 0 {
		t.Fatal("no topical answer in the shared notes: nothing compared")
	}
}

// topicKey is an answer within one note.
//
// topicalAnswers, topicalIn, sectionOf and sectionName are how Generate
// found topical answers before it asked only for those of the facts that
// may give a card (see topics): the reference topics is checked against.
type topicKey struct{ note, answer string }

// topicalAnswers finds the actors and places a note names in at least a
// fifth of its sentences with facts, or a section in half of its own
// (three at least): the note's own topic ("Germany" in a note on the
// Treaty of Versailles, the founder in a note on a firm's founding,
// counted by surname) or the section's ("Buffett" under "Buffett's best
// investments"), which a learner guesses from the title or the heading
// alone, so that its blanks rank below the others. Keys are by note
// (topicKey{note, answer}) and by section (topicKey{sectionOf(f), answer}).
func topicalAnswers(facts []notes.Fact) map[topicKey]bool {
	out := map[topicKey]bool{}
	topicalIn(facts, false, 5, out)
	topicalIn(facts, true, 2, out)
	return out
}

// sectionOf names the note and the top heading of a fact: the section a
// reader sees as one part of the note (lifted labels and subheadings are
// parts of it).
func sectionOf(f notes.Fact) string {
	if len(f.Heading) == 0 {
		return sectionName(f.Note, "")
	}
	return sectionName(f.Note, f.Heading[0])
}

// sectionName names the section of a note under its top heading.
func sectionName(note, top string) string { return note + "\x00" + top }

// topicalIn adds to out the actors and places named in at least one in
// part of the sentences with facts of their scope (three at least): the
// scope is the fact's section (sectionOf) when bySection, else its note.
func topicalIn(facts []notes.Fact, bySection bool, part int, out map[topicKey]bool) {
	// scopes are numbered, and looked up once for each run of facts
	// sharing a sentence and a section (facts come in such runs): the
	// work below then hashes and compares numbers, not note paths. A
	// section is found by its note's number and then among the note's
	// few top headings, and named once (sectionOf joined a new name for
	// each run, to be hashed)
	notesMet := newNumbering[string](len(facts) / 16) // sized: growing it cost more than filling it
	type section struct {
		top   string
		scope int
	}
	var sections [][]section // by note number
	var names []string       // scope by number
	scopeOf := make([]int, len(facts))
	for i := range facts {
		f := &facts[i]
		if i > 0 && f.Note == facts[i-1].Note && (len(f.Heading) == 0) == (len(facts[i-1].Heading) == 0) && (len(f.Heading) == 0 || f.Heading[0] == facts[i-1].Heading[0]) {
			scopeOf[i] = scopeOf[i-1]
			continue
		}
		note := notesMet.of(f.Note)
		if !bySection {
			if note == len(names) {
				names = append(names, f.Note)
			}
			scopeOf[i] = note
			continue
		}
		top := ""
		if len(f.Heading) > 0 {
			top = f.Heading[0]
		}
		if note == len(sections) {
			sections = append(sections, nil)
		}
		scopeOf[i] = -1
		for _, sc := range sections[note] {
			if sc.top == top {
				scopeOf[i] = sc.scope
				break
			}
		}
		if scopeOf[i] < 0 {
			scopeOf[i] = len(names)
			sections[note] = append(sections[note], section{top, len(names)})
			names = append(names, sectionName(f.Note, top))
		}
	}
	// each scope's sentences, in one slice in order of scope: counted
	// first, then placed (a slice for each scope grew by many small steps)
	newRun := func(i int) bool {
		return i == 0 || facts[i].Sentence != facts[i-1].Sentence || scopeOf[i] != scopeOf[i-1]
	}
	start := make([]int, len(names)+1) // scope → where its sentences start
	for i := range facts {
		if newRun(i) {
			start[scopeOf[i]+1]++
		}
	}
	for s := range names {
		start[s+1] += start[s]
	}
	all := make([]string, start[len(names)])
	filled := slices.Clone(start[:len(names)])
	for i := range facts {
		f := &facts[i]
		if newRun(i) {
			all[filled[scopeOf[i]]] = f.Sentence
			filled[scopeOf[i]]++
		}
	}
	// a sentence met again later in its scope counts once: each scope's
	// few sentences are sorted and compacted, which cost less than a set
	// of every scope's sentences (the count below does not depend on
	// their order); only those of a scope an actor or a place is counted
	// in, when first counted
	sents := make([][]string, len(names))
	compacted := make([]bool, len(names))
	type scopedAnswer struct {
		scope  int
		answer string
	}
	// sized for every actor and place: growing it, twice for each
	// doubling, cost more than counting them
	asked := 0
	for i := range facts {
		f := &facts[i]
		if f.Kind == notes.Actor || f.Kind == notes.Place {
			asked++
		}
	}
	done := make(map[scopedAnswer]bool, asked)
	for i := range facts {
		f := &facts[i]
		// a scope of fewer than three sentences has no answer in three
		if f.Kind != notes.Actor && f.Kind != notes.Place || start[scopeOf[i]+1]-start[scopeOf[i]] < 3 {
			continue
		}
		k := scopedAnswer{scopeOf[i], f.Answer}
		if done[k] {
			continue
		}
		done[k] = true
		name := withoutThe(f.Answer)
		if _, last, n := lastTwoFields(name); f.Kind == notes.Actor && n >= 2 && len(last) >= 3 && personName(name) {
			name = last // a person goes by the surname once introduced
		}
		if s := scopeOf[i]; !compacted[s] {
			ss := all[start[s]:start[s+1]:start[s+1]]
			slices.Sort(ss)
			sents[s], compacted[s] = slices.Compact(ss), true
		}
		ss := sents[scopeOf[i]]
		need := max(3, (len(ss)+part-1)/part) // one in part of the sentences, three at least
		n := 0
		// counted until the answer is known: need reached, or out of reach
		for j := 0; j < len(ss) && n < need && n+len(ss)-j >= need; j++ {
			if strings.Contains(ss[j], name) {
				n++
			}
		}
		if n >= need {
			out[topicKey{names[scopeOf[i]], f.Answer}] = true
		}
	}
}

func TestAdviceAndDayWithoutYear(t *testing.T) {
	tests := []struct {
		s       string
		heading []string
		advice  bool
		dayOnly bool
	}{
		{"While prices are listed in marks, you can add about 30% for harbour fees.", nil, true, false},
		{"Your ticket covers two crossings.", nil, true, false},
		{"Travellers should carry a lantern after dark.", nil, false, false}, // a rule of the place, stated of others
		{"The young guild members will take the oath in spring.", nil, false, false},
		{"The guild invaded on July 20, seizing a third of the isles.", nil, false, true},
		{"The guild invaded on 20 July, seizing a third of the isles.", nil, false, true},
		{"The guild invaded on July 20, seizing a third of the isles.", []string{"The War of 1187"}, false, false},
		{"The guild invaded on July 20, 1187, seizing a third of the isles.", nil, false, false},
		{"The guild invaded in July, seizing a third of the isles.", nil, false, false},
		{"The scanner reads the archive in a day.", nil, false, false},
		{"The canal shortened the voyage by 20 days.", nil, false, false},
	}
	for _, tt := range tests {
		if got := adviceWords.in(tt.s); got != tt.advice {
			t.Errorf("advice(%q) = %v, want %v", tt.s, got, tt.advice)
		}
		if got := dayWithoutYear(notes.Fact{Sentence: tt.s, Heading: tt.heading, Title: "Harbour Trade"}, readWorth(tt.s)); got != tt.dayOnly {
			t.Errorf("dayWithoutYear(%q, %q) = %v, want %v", tt.s, tt.heading, got, tt.dayOnly)
		}
	}
}

func TestAttributiveYear(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"The original 1201 plan targeted a launch in 1205.", true},
		{"After his 1201 visit, the king raised taxes.", true},
		{"The plan was drawn up in 1201 by the guild.", false},
		{"Between 1201 and 1205, the guild doubled in size.", false},
		{"By late 1201 the walls were finished.", false},
		{"The 1201 Charter named the first mayor.", true},                          // the year labels a named thing
		{"The guild armed its ships after the 1201 Kesh riots.", true},             // ... or a named event
		{"The duke refused to recognise Kesh's 1201 Declaration of Rights.", true}, // an owner's
		{"In 1201 Kesh rose against the duke.", false},
		{"The 1201 harbour charter named the first mayor.", true}, // the determiner opens the sentence
		{"The guild cited a 1201 Harbour Court ruling on tolls.", true},
		{"Tobin Aster's 1201 survey of the harbour found silt.", true},
		{"The guild's walls were finished in 1201 by masons.", false},
	}
	for _, tt := range tests {
		f := notes.Fact{Kind: notes.Date, Sentence: tt.sentence, Answer: "1201", Start: -1}
		sp, _ := locate(f)
		if got := attributiveYear(sp.left, sp.ans, sp.right); got != tt.want {
			t.Errorf("attributiveYear(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestFigureCountAndEvenlySpaced(t *testing.T) {
	counts := map[string]int{
		"By 2005, assets exceeded $20 million, growing to $80 million in 2006 and $700 million in 2011.": 6,
		"The wall, 1,250.5 metres long, took 3 years.":                                                   2,
		"No figures here.": 0,
	}
	for s, want := range counts {
		if got := figureCount(s); got != want {
			t.Errorf("figureCount(%q) = %d, want %d", s, got, want)
		}
	}
	spaced := []struct {
		vs   []float64
		key  int
		want bool
	}{
		{[]float64{88.3, 114.7, 141.2, 176.5}, 3, false}, // steps 26.4, 26.5, 35.3
		{[]float64{88.2, 114.7, 141.2, 167.7}, 3, true},
		{[]float64{10, 15, 20, 25}, 0, true},
		{[]float64{10, 15, 20, 25}, 1, false}, // the key inside the series: nothing to spot
		{[]float64{200, 240, 320, 400}, 3, false},
	}
	for _, tt := range spaced {
		if got := evenlySpaced(tt.vs, tt.key); got != tt.want {
			t.Errorf("evenlySpaced(%v, %d) = %v, want %v", tt.vs, tt.key, got, tt.want)
		}
	}
}

func TestPerturbNeverZero(t *testing.T) {
	k := describe("$1", notes.Quantity)
	for _, step := range []float64{-1, -2, -3, -4, -5, -6} {
		if d, ok := perturb(&k, notes.Quantity, step); ok && (d == "$0" || d == "0") {
			t.Errorf("perturb($1, %v) = %q", step, d)
		}
	}
}

func TestConvertedSumAndHardFigures(t *testing.T) {
	conv := []struct {
		sentence, ans string
		want          bool
	}{
		{"The fine of 30 million marks equals about $400 million in today's money.", "about $400 million", true},
		{"The fine, equivalent to $400 million in present-day terms, was never paid.", "$400 million", true},
		{"The fine of 30 million marks equals about $400 million in today's money.", "30 million marks", false},
		{"The fine was 30 million marks.", "30 million marks", false},
	}
	for _, tt := range conv {
		f := notes.Fact{Kind: notes.Quantity, Sentence: tt.sentence, Answer: tt.ans, Start: -1}
		sp, _ := locate(f)
		if got := convertedSum(sp); got != tt.want {
			t.Errorf("convertedSum(%q in %q) = %v, want %v", tt.ans, tt.sentence, got, tt.want)
		}
	}
	sig := map[string]int{"1,376%": 4, "2,500 people": 2, "176.5 quintillion": 4, "22.7%": 3, "0.05": 1, "about 3,600": 2, "1.50": 3}
	for s, want := range sig {
		if got := significantDigits(s); got != want {
			t.Errorf("significantDigits(%q) = %d, want %d", s, got, want)
		}
	}
	if !hardFigure(notes.Fact{Kind: notes.Quantity, Answer: "1,376%"}) || hardFigure(notes.Fact{Kind: notes.Date, Answer: "1376"}) {
		t.Error("hardFigure: want a four-digit quantity hard and a year not")
	}
	if !hardFigure(notes.Fact{Kind: notes.Quantity, Answer: "22.7%"}) || hardFigure(notes.Fact{Kind: notes.Quantity, Answer: "about 30%."}) {
		t.Error("hardFigure: want a decimal share hard and a round one not")
	}
	spaced := []struct {
		vs   []float64
		key  int
		want bool
	}{
		{[]float64{88.3, 114.7, 141.2, 176.5}, 3, true},
		{[]float64{160, 180, 220, 270}, 3, false},
		{[]float64{20, 30, 40, 41}, 0, false}, // distractors 30, 40, 41 step unevenly
		{[]float64{12, 30, 40, 50}, 0, true},
		{[]float64{88.3, 114.7, 141.2, 176.5}, 1, false},
	}
	for _, tt := range spaced {
		if got := distractorsSpaced(tt.vs, tt.key); got != tt.want {
			t.Errorf("distractorsSpaced(%v, %d) = %v, want %v", tt.vs, tt.key, got, tt.want)
		}
	}
}

func TestWithoutRole(t *testing.T) {
	tests := []struct {
		answer, want string // want "" when unchanged
	}{
		{"Prime Minister Paul Keating", "Paul Keating"},
		{"British Prime Minister Neville Chamberlain", "Neville Chamberlain"},
		{"Historian John Ashby", "John Ashby"},
		{"Dr. Mira Holt", "Mira Holt"},
		{"Queen Maren Olvig", "Maren Olvig"},
		{"the Prime Minister", ""},
		{"Prime Minister", ""},
		{"Tobin Aster", ""},
		{"the People's Commissar of Finance", ""},
		{"General Motors", ""}, // one rank-like word and one name: a company's name
		{"General Electric and RCA", ""},
		{"Dr. Panda's lab", ""},
		{"Professor Paine involves", ""},
		{"Composer Ludwig van Beethoven", ""}, // not a role we know
		{"King Ludwig van Beethoven", "Ludwig van Beethoven"},
		{"Prime Minister Rama", "Rama"},
		{"Governor General Tobin Aster", "Tobin Aster"}, // a two-word title
		{"Detective Sergeant Tobin Aster", "Tobin Aster"},
	}
	for _, tt := range tests {
		s := "In 1201, " + tt.answer + " opened the harbour."
		f := notes.Fact{Kind: notes.Actor, Sentence: s, Answer: tt.answer, Start: len("In 1201, ")}
		g := f
		ok := withoutRole(&g)
		switch {
		case tt.want == "" && ok:
			t.Errorf("withoutRole(%q) = %q, want it unchanged", tt.answer, g.Answer)
		case tt.want != "" && (!ok || g.Answer != tt.want):
			t.Errorf("withoutRole(%q) = %q, want %q", tt.answer, g.Answer, tt.want)
		case ok && g.Sentence[g.Start:g.Start+len(g.Answer)] != g.Answer:
			t.Errorf("withoutRole(%q): Start does not point at %q", tt.answer, g.Answer)
		}
	}
	if withoutRole(&notes.Fact{Kind: notes.Place, Answer: "President Square"}) {
		t.Error("withoutRole changed a place")
	}
}

func TestCompoundAnswer(t *testing.T) {
	tests := []struct {
		kind   notes.Kind
		answer string
		want   bool
	}{
		{notes.Cause, "heavy rains and a broken dam", true},
		{notes.Response, "closed its ports and expelled the envoys", true},
		{notes.Cause, "a broken dam", false},
		{notes.Actor, "France and Britain", false}, // names: either alone is "close"
	}
	for _, tt := range tests {
		if got := compoundAnswer(notes.Fact{Kind: tt.kind, Answer: tt.answer}); got != tt.want {
			t.Errorf("compoundAnswer(%s %q) = %v, want %v", tt.kind, tt.answer, got, tt.want)
		}
	}
}

func TestInDataChainAndDuration(t *testing.T) {
	four := "In 1918, taxes covered 7.3% of spending and 12% of wages, down from 40%."
	five := "In 1918, taxes covered 7.3% of spending and 12% of wages, down from 40% in 1913."
	if inDataChain(notes.Date, figureCount(four)) || !inDataChain(notes.Date, figureCount(five)) {
		t.Error("want a chain at five figures for a date, not four")
	}
	three := "In 1918, taxes covered 7.3% of spending and 12% of wages."
	two := "In 1918, taxes covered 7.3% of spending."
	if !inDataChain(notes.Quantity, figureCount(three)) || inDataChain(notes.Quantity, figureCount(two)) {
		t.Error("want a chain at three figures for a share, not two")
	}
	for ans, want := range map[string]bool{"within five years": true, "three days": true, "20%": false, "400 line items": false,
		"two hours": true, "45 seconds": true, "over ten centuries": true, "a minute": true} {
		if got := duration(notes.Fact{Kind: notes.Quantity, Answer: ans}); got != want {
			t.Errorf("duration(%q) = %v, want %v", ans, got, want)
		}
	}
}

func TestRebalanceKeys(t *testing.T) {
	mc := func(key int, score float64, kind notes.Kind) Card {
		choices := []string{"a", "b", "c", "d"}
		choices[key] = "key"
		return Card{Type: MC, Kind: kind, Key: key, Score: score, Choices: choices}
	}
	positions := func(cs []Card) (count [4]int) {
		for _, c := range cs {
			count[c.Key]++
			if c.Choices[c.Key] != "key" {
				t.Errorf("key moved without its option: %v at %d", c.Choices, c.Key)
			}
		}
		return count
	}
	// numbers: three keys at 0 and one at 3 even out by listing one card
	// from the largest down
	cs := rebalanceKeys([]Card{mc(0, 0.9, notes.Date), mc(0, 0.8, notes.Date), mc(0, 0.7, notes.Date),
		mc(3, 0.9, notes.Date), mc(1, 0.9, notes.Date), mc(1, 0.9, notes.Date), mc(2, 0.9, notes.Date), mc(2, 0.9, notes.Date)})
	if got := positions(cs); len(cs) != 8 || got != [4]int{2, 2, 2, 2} {
		t.Errorf("after rebalancing: %d cards, positions %v", len(cs), got)
	}
	// what no move can fix is dropped, the weakest first: a deck of
	// sixteen or more ends even when three cards at most have to go
	var even []Card
	for i := 0; i < 4; i++ {
		even = append(even, mc(i, 0.9, notes.Date), mc(i, 0.9, notes.Date), mc(i, 0.9, notes.Date), mc(i, 0.9, notes.Date))
	}
	cs = rebalanceKeys(append(even, mc(1, 0.6, notes.Date)))
	if got := positions(cs); len(cs) != 16 || got != [4]int{4, 4, 4, 4} {
		t.Errorf("after rebalancing: %d cards, positions %v", len(cs), got)
	}
	for _, c := range cs {
		if c.Score == 0.6 {
			t.Error("the weakest card at the crowded position was kept")
		}
	}
	// a small deck keeps its cards one apart
	if cs := rebalanceKeys([]Card{mc(1, 0.9, notes.Date), mc(1, 0.9, notes.Date), mc(0, 0.9, notes.Date)}); len(cs) != 3 {
		t.Errorf("a deck of three mc cards lost %d", 3-len(cs))
	}
	// a larger imbalance is evened out to one card apart, no further
	var many []Card
	for i, n := range [4]int{9, 2, 2, 9} { // mirrors already even: only drops help
		for j := 0; j < n; j++ {
			many = append(many, mc(i, 0.9, notes.Date))
		}
	}
	got := positions(rebalanceKeys(many))
	if lo, hi := min(got[0], got[1], got[2], got[3]), max(got[0], got[1], got[2], got[3]); hi-lo != 1 {
		t.Errorf("after rebalancing a large imbalance: positions %v", got)
	}
}

func TestUnanchored(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The project ultimately failed, incurring a $600 million loss.", true},
		{"Budgeting became impossible: money printing consumed most of the budget.", true},
		{"Budgeting became impossible: Money printing consumed most of the budget.", true}, // a capital after a colon starts a clause
		{"The guild hired Tobin Aster in 1201.", false},
		{"By 1201, the HTG ran the harbour.", false},
		{"HTG was founded in 1201.", false},     // an acronym
		{"Kesh fell in 1204.", false},           // capitalised wherever the notes use it
		{"Harbours were closed in 1204.", true}, // a common word the notes also write in lower case
	}
	var facts []notes.Fact
	for _, tt := range tests {
		facts = append(facts, fact(notes.Date, "Kesh", tt.s, "1201"))
	}
	facts = append(facts, fact(notes.Date, "Kesh", "The fleet of Kesh left the harbours in 1203.", "1203"))
	lx := newLexicon(factRefs(facts))
	for i, tt := range tests {
		if got := unanchored(facts[i], lx); got != tt.want {
			t.Errorf("unanchored(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestGenericOpener(t *testing.T) {
	tests := []struct {
		sentence, title string
		want            bool
	}{
		{"The firm formally launched its fund in 2004.", "Starting a Trading Firm Young", true},
		{"The initial broker-dealer thrived in the late 1990s.", "Starting a Trading Firm Young", true},
		{"The project ultimately failed, incurring a $600 million loss.", "Challenges in the Aircraft Industry", true},
		{"The company boasts 17% annual revenue growth.", "HTGs Founding and Evolution", false}, // the title's acronym names it
		{"The firm of Aster and Voss opened in 1201.", "Harbour Trade", false},                  // named at once
		{"The company HTG grew tenfold.", "Harbour Trade", false},
		{"The registration opened on 9 May 1201.", "Harbour Trade", true},
		{"One approach is to pave the docks with stone.", "Harbour Trade", true},
		{"One exemplary test took 109 attempts.", "Harbour Trade", true},
		{"One of the largest ports opened in 1201.", "Harbour Trade", false},
		{"One Kesh firm opened in 1201.", "Harbour Trade", false},
		{"The treaty came into force in 1201.", "Harbour Trade", true},
		{"The treaty between Kesh and Vela came into force in 1201.", "Harbour Trade", false},
		{"The harbour guild invaded the isles in 1187.", "Harbour Trade", false},
		{"Tobin Aster's firm opened in 1201.", "Harbour Trade", false},
		{"The Chancellor resigned to avoid a war with Kesh in 1201.", "Harbour Trade", true}, // which one?
		{"The Prime Minister announced the tolls in 1201.", "Harbour Trade", true},
		{"The Prime Minister Tobin Aster announced the tolls in 1201.", "Harbour Trade", false},
		{"The Chancellor of Kesh resigned in 1201.", "Harbour Trade", false},
		{"The breaking point came in 1201 when the guild seized the docks.", "Harbour Trade", true},
		{"The second key factor was the flood of 1201.", "Harbour Trade", true}, // of what?
		{"The second largest port of Kesh opened in 1201.", "Harbour Trade", false},
		{"The Second Harbour War began in 1201.", "Harbour Trade", false},
		{"The Empire declined after the flood of 1201.", "Harbour Trade", true}, // which empire?
		{"The Empire of Kesh declined after 1201.", "Harbour Trade", false},
		{"In 1201, the Court ordered the guild to pay tolls.", "Harbour Trade", true}, // which court?
		{"In 1201, the firm of Aster and Voss opened.", "Harbour Trade", false},
		{"Consequently, in 1201, the Court ordered the guild to pay tolls.", "Harbour Trade", true},
		{"A fourth toll, the Harbour Due, was levied in 1201.", "Harbour Trade", true}, // of which list?
		{"A second largest port opened in 1201.", "Harbour Trade", false},
		{"A harbour guild opened in 1201.", "Harbour Trade", false},
		{"The ban was extended for five years in 1201.", "Harbour Trade", true}, // which ban?
		{"As a result, in 1201, the Court ordered the guild to pay tolls.", "Harbour Trade", true},
		{"Consequently, the Court of Kesh ordered the guild to pay tolls in 1201.", "Harbour Trade", false},
		{"In Kesh, the firm opened in 1201.", "Harbour Trade", false},                                 // a place, not a date, opens it: left to the other rules
		{"Acknowledging the cost of war, the Company sought a truce in 1201.", "Harbour Trade", true}, // which company?
		{"Following the flood, the Court of Kesh ordered tolls in 1201.", "Harbour Trade", false},
		{"Following the flood, the Court ordered tolls in 1201.", "Harbour Trade", false}, // "Following" is a preposition, not a participle clause: not read past
		{"Acknowledging the cost of war, the Company of Kesh sought a truce.", "Harbour Trade", false},
		{"The first payment in 1201 emptied the treasury.", "Harbour Trade", true}, // of what?
		{"The first firm to trade in Kesh opened in 1201.", "Harbour Trade", false},
		{"The first Kesh firm opened in 1201.", "Harbour Trade", false},
		{"The final treaty between Kesh and Vela was signed in 1201.", "Harbour Trade", false},
		{"The repairs were completed in 1201.", "Harbour Trade", true},
		{"The region was annexed by Kesh in 1201.", "Harbour Trade", true},
		{"The region encompassing Kesh and Vela was annexed in 1201.", "Harbour Trade", false},
		{"The region known as the Reach was annexed in 1201.", "Harbour Trade", false},
		{"In 1201, the situation worsened when Kesh fell into civil war.", "Harbour Trade", true},
		{"The first payment in 1201 emptied the treasury.", "Harbour War II", true}, // a numeral, not an acronym
	}
	for _, tt := range tests {
		if got := genericOpener(notes.Fact{Sentence: tt.sentence, Title: tt.title}); got != tt.want {
			t.Errorf("genericOpener(%q in %q) = %v, want %v", tt.sentence, tt.title, got, tt.want)
		}
	}
	// the section's own heading names the sort; one above it does not
	f := notes.Fact{Sentence: "The ban was extended for five years in 1201.", Title: "Harbour Trade", Heading: []string{"The Guild's Fishing Ban"}}
	if genericOpener(f) {
		t.Errorf("genericOpener(%q under %q) is true", f.Sentence, f.Heading)
	}
	f.Heading = []string{"The Guild's Fishing Ban", "Lawsuits"}
	if !genericOpener(f) {
		t.Errorf("genericOpener(%q under %q) is false", f.Sentence, f.Heading)
	}
}

func TestCollectiveActor(t *testing.T) {
	for ans, want := range map[string]bool{
		"Germany": true, "The US government": true, "France and Belgium": true, "the Council of People's Commissars": true,
		"Tobin Aster": false, "Lenin": false, "the Harbour Guild": false,
	} {
		if got := collectiveActor(notes.Fact{Kind: notes.Actor, Answer: ans}); got != want {
			t.Errorf("collectiveActor(%q) = %v, want %v", ans, got, want)
		}
	}
}

// Notes made mostly of definitions (no fair false statement) still give
// about as many false statements as true ones.
func TestTrueFalseBalanceWithManyDefinitions(t *testing.T) {
	var facts []notes.Fact
	for i := 0; i < 200; i++ {
		port := fmt.Sprintf("Port %c%c", 'A'+rune(i/26), 'a'+rune(i%26))
		s := fmt.Sprintf("The harbour guild of Kesh called its ledger of %d the Tally Book of %s.", 1200+i%100, port)
		facts = append(facts, fact(notes.Definition, "Kesh", s, "the Tally Book of "+port))
	}
	for i := 0; i < 20; i++ {
		s := fmt.Sprintf("Queen Maren Olvig opened the harbour of Port %c%c on the coast of Kesh in %d.", 'A'+rune(i/26), 'a'+rune(i%26), 1200+3*i)
		facts = append(facts, fact(notes.Date, "Kesh", s, fmt.Sprint(1200+3*i)))
	}
	cs := Generate(facts, Options{Seed: 1, Types: []Type{TF}})
	nTrue := 0
	for _, c := range cs {
		if c.Answer == "true" {
			nTrue++
		}
	}
	if len(cs) < 10 || float64(nTrue) > 0.65*float64(len(cs)) {
		t.Errorf("%d of %d tf statements true", nTrue, len(cs))
	}
}

func TestYearsApart(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		n    int
		want bool
	}{
		{"1986", "1987", 3, false},
		{"March 1921", "1924", 3, true},
		{"1952", "1955", 3, true},
		{"the 1990s", "1991", 3, false},
		{"March", "1991", 3, false},
	} {
		if got := yearsApart(tt.a, tt.b, tt.n); got != tt.want {
			t.Errorf("yearsApart(%q, %q, %d) = %v, want %v", tt.a, tt.b, tt.n, got, tt.want)
		}
	}
}

func TestSpanInSentence(t *testing.T) {
	for s, want := range map[string]bool{
		"From a few hundred people, the town passed ten thousand within five years.": true,
		"Two decades later, the guild closed the harbour.":                           true,
		"The siege ended after 14 months.":                                           true,
		"The siege lasted 14 months.":                                                false,
		"Within the walls, five hundred families lived.":                             false,
		"Eat within 30 minutes of waking.":                                           false,
	} {
		if got := spanInSentence(s, pairsOf(s)); got != want || spanInSentence(s, nil) != got {
			t.Errorf("spanInSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestUnmeasuredRankAndPronounWithoutName(t *testing.T) {
	ranks := map[string]bool{
		"Kesh ranks 40th among the island nations.":               true,
		"Kesh ranks 40th among the island nations by population.": false,
		"Kesh is the 3rd most populous of the isles.":             false,
	}
	for s, want := range ranks {
		if got := unmeasuredRank(notes.Fact{Kind: notes.Ranking, Sentence: s}, readWorth(s)); got != want {
			t.Errorf("unmeasuredRank(%q) = %v, want %v", s, got, want)
		}
	}
	pronouns := map[string]bool{
		"From 1201 to 1204, their assets under management (AUM) ranged from 5 to 10 marks.": true,
		"In 1201 he sailed north.":                                 true,
		"In 1201 Tobin Aster sailed north with his fleet.":         false,
		"After losing his ship, Tobin Aster walked home.":          false, // named after the pronoun
		"The harbour was closed in 1201.":                          false, // no pronoun
		"KMT sponsored his studies at Uppsala.":                    true,  // an acronym and a place, not the man
		"In 1201, the guild paid him in silver.":                   true,
		"Tobin Aster left, and the guild paid him in 1201.":        false,
		"In 1201, (HIS) fleet sailed north.":                       true, // a bare pronoun in any case
		"In 1201, this fleet and those ships sailed.":              false,
		"The Guildsmen won the vote, and he became mayor in 1201.": true, // a body, not the man
		"The Guildsmen backed Tobin Aster, and he won in 1201.":    false,
	}
	for s, want := range pronouns {
		if got := pronounWithoutName(s); got != want {
			t.Errorf("pronounWithoutName(%q) = %v, want %v", s, got, want)
		}
	}
	// mayHoldPronoun spares pronounWithoutName most sentences: it must
	// find every pronoun that a word's bare form can be
	for s, want := range map[string]bool{
		"In 1201 he sailed.": true, "“They sailed.": true, "(HIS) fleet": true, "paid him.": true,
		"its—fleet": true, "She": true, "this is the theme": false, "hisself": false,
		"sheer thems": false, "": false,
	} {
		if got := mayHoldPronoun(s); got != want {
			t.Errorf("mayHoldPronoun(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestUnstatedProblemRanksAndUnits(t *testing.T) {
	problems := map[string]bool{
		"Aster devised a solution: a package of harbour rules.":   true,
		"Aster devised a solution to the silting of the harbour.": false,
		"The problem was solved in 1201.":                         false, // "The": capital, a new topic
		"Kesh faced the problem of silt for decades after 1201.":  false,
		"The guild finally solved the problem in 1201.":           true,
		"A key concern was the harbour's larger fleet.":           true,
		"The main worry, silt, closed the harbour in 1201.":       true,
		"A key concern of the guild was the larger fleet.":        false,
		"The concern for safety closed the harbour in 1201.":      false,
	}
	for s, want := range problems {
		if got := unstatedProblem(s, pairsOf(s)); got != want || unstatedProblem(s, nil) != got {
			t.Errorf("unstatedProblem(%q) = %v, want %v", s, got, want)
		}
	}
	ranks := map[string]bool{
		"Kesh: Ranks 40th among the isles, with a population of 900,000.": true,
		"Kesh is the 3rd largest of the isles.":                           true,
		"Kesh is the 3rd largest of the isles by area.":                   false,
		"Kesh had a population of 900,000 in 1201.":                       false,
	}
	for s, want := range ranks {
		if got := unmeasuredRank(notes.Fact{Kind: notes.Quantity, Sentence: s}, readWorth(s)); got != want {
			t.Errorf("unmeasuredRank(a figure of %q) = %v, want %v", s, got, want)
		}
	}
	units := []struct {
		sentence, ans string
		want          bool
	}{
		{"It was the first ship built in nearly half a century.", "nearly half", true},
		{"It was the first ship built in nearly half a century.", "nearly half a century", false},
		{"Nearly half of the fleet sank.", "Nearly half", false},
	}
	for _, tt := range units {
		sp, _ := locate(notes.Fact{Sentence: tt.sentence, Answer: tt.ans, Start: -1})
		if got := splitsUnit(sp); got != tt.want {
			t.Errorf("splitsUnit(%q in %q) = %v, want %v", tt.ans, tt.sentence, got, tt.want)
		}
	}
}

func TestSlashed(t *testing.T) {
	for _, tt := range []struct {
		sentence, ans string
		want          bool
	}{
		{"The guild kept the harbour open 24/7 in winter.", "24", true},
		{"The tolls were set in 1201/1202 by the duke.", "1202", true},
		{"The tolls were set in 1201 by the duke.", "1201", false},
		{"Tolls and/or dues rose by 3%.", "3%", false},
	} {
		sp, _ := locate(notes.Fact{Sentence: tt.sentence, Answer: tt.ans, Start: -1})
		if got := slashed(sp); got != tt.want {
			t.Errorf("slashed(%q in %q) = %v, want %v", tt.ans, tt.sentence, got, tt.want)
		}
	}
}

func TestReportDate(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"In 1201, the guild reported 40 marks in profit.", true},
		{"The guild posted a loss of 3 marks in 1201.", true},
		{"In 1201, the herald reported the duke's death.", false}, // no figure reported
		{"In 1201, the guild earned 40 marks.", false},
	}
	for _, tt := range tests {
		if got := reportDate(notes.Fact{Kind: notes.Date, Sentence: tt.s}); got != tt.want {
			t.Errorf("reportDate(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestEventIn(t *testing.T) {
	tests := map[string]eventKind{
		"In 1201, the guild signed a pact with the duke.":         publicEvent,
		"The harbour was occupied by the duke's men in 1201.":     publicEvent,
		"Kesh declared independence in 1201.":                     publicEvent,
		"The guild launched its first barge in 1201.":             privateEvent, // a firm's event
		"Tobin Aster founded the mill in 1201 and died in 1240.":  privateEvent,
		"In 1201, the guild hired a young clerk named Tobin.":     noEvent,
		"In 1201, Tobin contracted a fever, which left him lame.": noEvent,
		"Issuance swelled to 40,000 marks in 1201.":               noEvent,
		"The fortress of Kesh was stormed on 3 May 1612.":         publicEvent,
		"Tobin Aster was guillotined in March 1613.":              publicEvent,
		"The duke abdicated in 1201.":                             publicEvent,
		"Ana Velt was born in 1590.":                              privateEvent, // a person's event
	}
	for s, want := range tests {
		if got := eventIn(s); got != want {
			t.Errorf("eventIn(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCountedFigure(t *testing.T) {
	tests := []struct {
		s, ans string
		want   bool
	}{
		{"Tolls in 1201 covered only 7.3% of the guild's spending.", "1201", true},
		{"In 1240, at age 51, Aster fell ill.", "1240", true},
		{"On July 15, 1201, the guild signed a pact.", "July 15, 1201", false},
		{"The guild signed a pact on 15 July 1201, after the flood of 1199.", "15 July 1201", false},
		{"The guild was founded in 1201.", "1201", false},
		{"Kesh held three nautical miles of sea, extended to six miles in 1201.", "1201", true},
		{"The barge sailed in 1201 with two pilots aboard.", "1201", false}, // a count of things
		{"The barge sailed in 1201, three years after the flood.", "1201", false},
	}
	for _, tt := range tests {
		f := notes.Fact{Kind: notes.Date, Sentence: tt.s, Answer: tt.ans, Start: strings.Index(tt.s, tt.ans)}
		if got := countedFigure(f); got != tt.want {
			t.Errorf("countedFigure(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// hasOrdinal is the cheap test before rankPattern: it must hold for every
// sentence the regexp matches.
func TestHasOrdinalBeforeRankPattern(t *testing.T) {
	for _, s := range []string{
		"Kesh ranks 40th among the isles.", "Kesh RANKS 40TH among the isles.", "the 3rd largest port",
		"the 21st biggest", "ranked 2nd", "ranked 2ND", "the 2ſt largest", // (?i) folds ſ into s
		"Kesh had 900,000 people in 1201.", "the third largest port", "in the 1990s", "", "7",
	} {
		if rankPattern.MatchString(s) && !hasOrdinal(s) {
			t.Errorf("hasOrdinal(%q) = false, but rankPattern matches it", s)
		}
	}
	for s, want := range map[string]bool{"40th": true, "2ND place": true, "1990s": false, "in 1201.": false, "3 rd": false} {
		if got := hasOrdinal(s); got != want {
			t.Errorf("hasOrdinal(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestParticipleDate(t *testing.T) {
	tests := map[string]bool{
		"The guild was chosen to lead the works, exhibiting a model in ":     true,
		"Tolls had long been known, with Aster warning about them in ":       true,
		"Tobin Aster, after stepping down as master in ":                     true,
		"The guild signed a pact in ":                                        false,
		"During the siege of ":                                               false,
		"The harbour, according to the records of ":                          false,
		"The duke fled the city, leading to riots; the guild took power in ": false,
	}
	for left, want := range tests {
		if got := participleDate(left); got != want {
			t.Errorf("participleDate(%q) = %v, want %v", left, got, want)
		}
	}
}

// TestWorthAskingDates: a date worth a card against one of a timetable's
// steps or of a report of figures.
func TestWorthAskingDates(t *testing.T) {
	tests := map[string]bool{
		"The guild signed a pact with the duke in 1201.":                                       true,
		"The launch of the barge was pushed back to 1203.":                                     false,
		"Deliveries were delayed until 1203 by the storms.":                                    false,
		"In 1201, the guild reported 40 marks in profit.":                                      false,
		"The guild's tolls were first collected in 1201.":                                      true,
		"The guild moved its ships between 1201 and 1203.":                                     false, // one year of a pair
		"Harbour Tolls: Raised by the guild in 1201.":                                          false, // a fragment led by the label it needs
		"Tolls: Raised by the guild in 1201.":                                                  false,
		"Has held the harbour of Kesh since 1201, the guild says.":                             false, // a fragment with no subject
		"Typically have held the harbour of Kesh since 1201, the guild says.":                  false,
		"In 1203, three years after the flood of 1200, the guild signed a pact.":               false, // counted out from another year
		"In 1203, the guild signed a pact, ten years after it was founded.":                    true,  // no other year to count from
		"In 1203, Kesh took the isle, a rule that lasted three decades until the war of 1233.": false,
		"In 1203, as a general manager at the guild, Aster priced the tolls.":                  false, // a career's step
		"Aster, after stepping down as CEO in 1203, sailed to Kesh.":                           false,
		"Dr. Velt joined Tobin Aster's group in 1203 to breed salt-proof barley.":              false, // a researcher's move
		"Aster founded the harbour guild of Kesh in 1203.":                                     true,
		"In 1203, Aster stated that the guild would not pay the tolls.":                        false, // a remark's date
		"In 1203, the guild of Kesh won another war, taking the isles.":                        false, // which came first?
		"The dock, which opened in 1203, was closed by the flood.":                             false, // a side clause's date
		"Tobin Aster, interviewed in 1203, praised the harbour of Kesh.":                       false,
	}
	for s, want := range tests {
		f := notes.Fact{Kind: notes.Date, Sentence: s, Answer: "12", Start: strings.Index(s, "12")}
		f.Answer = s[f.Start : f.Start+4]
		sp, _ := locate(f)
		if got := worthAsking(f, sp); got != want {
			t.Errorf("worthAsking(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestMonthShownElsewhere(t *testing.T) {
	for _, tt := range []struct {
		sentence, ans string
		want          bool
	}{
		{"In July 1203, a raid on Kesh led to the riots of Black July.", "July 1203", true},
		{"In July 1203, a raid on Kesh led to riots in August.", "July 1203", false},
		{"In 1203, a raid on Kesh led to the riots of Black July.", "1203", false},
	} {
		sp, _ := locate(notes.Fact{Kind: notes.Date, Sentence: tt.sentence, Answer: tt.ans, Start: -1})
		if got := monthShownElsewhere(sp); got != tt.want {
			t.Errorf("monthShownElsewhere(%q, %q) = %v, want %v", tt.sentence, tt.ans, got, tt.want)
		}
	}
}

func TestAsideBeside(t *testing.T) {
	for _, tt := range []struct {
		sentence, ans string
		kind          notes.Kind
		want          bool
	}{
		{"During the siege (spring 1203 to 1205), the guild fed the town.", "1203", notes.Date, true}, // the date is the aside
		{"In 1203, the guild seized the Harbour Bank (Kesh Bank).", "1203", notes.Date, true},         // a gloss
		{"The Oronto map (1531) shows the isle, first charted in 1602.", "1602", notes.Date, true},    // a year beside a name
		{"In 1203, the guild founded the Harbour Toll Office (HTO).", "1203", notes.Date, false},      // an acronym
		{"The guild bought tide engines (TEs) in 1203.", "1203", notes.Date, false},
		{"In 1203, the guild took the isle of Kesh.", "1203", notes.Date, false},
		{"The guild named its bank the Harbour Bank (Kesh Bank).", "Kesh Bank", notes.Definition, false}, // the answer is the aside itself
	} {
		sp, _ := locate(notes.Fact{Kind: tt.kind, Sentence: tt.sentence, Answer: tt.ans, Start: -1})
		if got := asideBeside(tt.kind, sp); got != tt.want {
			t.Errorf("asideBeside(%q, %q) = %v, want %v", tt.sentence, tt.ans, got, tt.want)
		}
	}
}

func TestRoleOnly(t *testing.T) {
	for ans, want := range map[string]bool{
		"Indian anthropologist": true, "the Prime Minister": true, "Zoologist": true, "CEO of the Harbour Guild": true, "AI expert": true,
		"Tobin Aster": false, "Zoologist Tobin Aster": false, "the Harbour Guild": false, "the guild": false, "Bank of Kesh": false,
	} {
		if got := roleOnly(notes.Fact{Kind: notes.Actor, Answer: ans}); got != want {
			t.Errorf("roleOnly(%q) = %v, want %v", ans, got, want)
		}
	}
	for ans, want := range map[string]bool{
		"the guild's new approach": true, "Aster and Voss's wealth": true, "the guilds' ledger": true, "Kesh's Harbour tactic": true,
		"Kesh's Harbour Guild": false, "Tobin Aster": false,
	} {
		if got := possessedThing(notes.Fact{Kind: notes.Actor, Answer: ans}); got != want {
			t.Errorf("possessedThing(%q) = %v, want %v", ans, got, want)
		}
	}
}

func TestListsSpeakersAndSurnames(t *testing.T) {
	lists := map[[2]string]bool{
		{"Vedda, Kesh, Orm, ", " accused the guild."}:                 true,
		{"Vedda, Kesh, and ", " accused the guild."}:                  true,
		{"ships from the ", ", 1220s, and 1230s."}:                    true,
		{"The guild and ", " accused the duke."}:                      false,
		{"In 1201, ", ", the duke, sailed north."}:                    false,
		{"The guild, founded in 1201, traded with ", " and Orm."}:     false,
		{"In ", ", the Guild of Salt, Wool, and Timber was founded."}: false,
	}
	for lr, want := range lists {
		if got := inList(span{left: lr[0], ans: "X", right: lr[1]}); got != want {
			t.Errorf("inList(%q _ %q) = %v, want %v", lr[0], lr[1], got, want)
		}
	}
	if !inList(span{left: `songs like "Salt," "Tar," and "`, ans: "Brine", right: `" were sung.`}) {
		t.Error("inList: quoted items")
	}
	if !inList(span{left: "including the 1201 raid, ", ans: "May 1203", right: " harbour fire, and the flood."}) {
		t.Error("inList: an item whose list closes after it")
	}
	if !cutPossessive(span{left: "deemed unfair ", ans: "given Aster", right: "' anomaly status."}) {
		t.Error("cutPossessive")
	}
	if cutPossessive(span{left: "", ans: "Tobin Aster", right: "'s fleet sailed."}) {
		t.Error("cutPossessive: a whole name owning what follows")
	}
	if !speaker(notes.Fact{Kind: notes.Actor}, span{right: " noted that the tolls were high."}) {
		t.Error("speaker: a commentator's remark")
	}
	if speaker(notes.Fact{Kind: notes.Actor}, span{right: " signed the pact."}) {
		t.Error("speaker: an act")
	}
	for _, right := range []string{
		", a member of the toll board, indicated a rise as early as 1890.",
		", while granting the risk, urged caution.",
		" tweeted that the ferry would run.",
	} {
		if !speaker(notes.Fact{Kind: notes.Actor}, span{right: right}) {
			t.Errorf("speaker(%q): a remark past an aside", right)
		}
	}
	for _, tc := range []struct {
		left, ans string
		want      bool
	}{
		{"Kesh Labs, co-founded by ", "Ana Velt", true},
		{"Kesh Labs, co-founded by ", "Ana Velt and Tobin Aster", false}, // all of them
		{"Kesh Labs, founded by ", "Ana Velt", false},
		{"The Kesh compact, co-authored by ", "Tobin Aster", true},
	} {
		if got := oneOfSeveral(notes.Fact{Kind: notes.Actor}, span{left: tc.left, ans: tc.ans}); got != tc.want {
			t.Errorf("oneOfSeveral(%q, %q) = %v, want %v", tc.left, tc.ans, got, tc.want)
		}
	}
	if !showHost(notes.Fact{Kind: notes.Actor, Sentence: "The Kesh Talks podcast, hosted by Ana Velt, covers tolls."}, span{left: "The Kesh Talks podcast, hosted by "}) {
		t.Error("showHost: a podcast's host")
	}
	if showHost(notes.Fact{Kind: notes.Actor, Sentence: "The 1890 games, hosted by Kesh, drew crowds."}, span{left: "The 1890 games, hosted by "}) {
		t.Error("showHost: the host of games is no show's host")
	}
	if !supplier(notes.Fact{Kind: notes.Actor, Sentence: "The ferry app, powered by Kesh Labs, sells tickets."}, span{left: "The ferry app, powered by "}) {
		t.Error("supplier: what powers a product")
	}
	if !speaker(notes.Fact{Kind: notes.Actor}, span{right: " praised the ferry's timetable."}) {
		t.Error("speaker: a verdict given")
	}
	for _, s := range []string{"Examples include the Kesh toll of 1890 and the Vela ferry.", "Perhaps the most notable example was the truce of 1890."} {
		if !readWorth(s).unworthy {
			t.Errorf("readWorth(%q): an example of what?", s)
		}
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The study found that tolls fell in 1890.", true}, // which study?
		{"The annexation did not go unopposed in 1908.", true},
		{"The bill for compulsory voting passed in 1924.", false}, // named by its matter
		{"The study of Kesh tolls found a fall in 1890.", false},
	} {
		if got := genericOpener(notes.Fact{Sentence: tc.s, Title: "Tolls of the river towns"}); got != tc.want {
			t.Errorf("genericOpener(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	if !conditions.in("In 1890, Kesh was plagued by floods and riots.") || !conditions.in("In 1890, Kesh was a town grappling with floods.") || conditions.in("In 1890, floods struck Kesh.") {
		t.Error("conditions: a condition that lasted, not an event")
	}
	if !copularDateQuestion("In what year was Kesh plagued by floods?") {
		t.Error("copularDateQuestion: a condition dated")
	}
	if !staleClaim("The survey, published last year, found tolls high.") || staleClaim("The last year of the toll was 1890.") {
		t.Error("staleClaim: last year counted from the note's writing, not the last year of something")
	}
	if !hearsay("Claims suggest that the guild paid the toll.") {
		t.Error("hearsay: unsourced claims")
	}
	if !staleClaim("The winner is anticipated to be the river party.") || !hearsay("A theory suggests that the toll was a hoax.") {
		t.Error("a forecast is stale and a theory hearsay")
	}
	if !speaker(notes.Fact{Kind: notes.Actor}, span{left: "Discussions with ", right: " covered the tolls."}) {
		t.Error("speaker: the guest of a talk")
	}
	if !speaker(notes.Fact{Kind: notes.Actor}, span{right: " reviewed the exam, noting that it was hard."}) {
		t.Error("speaker: a remark joined to a deed")
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Add a ferry to the timetable, setting its hour.", true},
		{"I've used every toll road in Kesh.", true},
		{"Open Kesh is a project of the toll guild.", false}, // a name
		{"Add-ons to the toll law came in 1890.", false},
	} {
		if got := readWorth(tc.s).unworthy; got != tc.want {
			t.Errorf("readWorth(%q).unworthy = %v, want %v", tc.s, got, tc.want)
		}
	}
	if !readWorth("Think of a toll as a fee for the road.").unworthy {
		t.Error("readWorth: an analogy offered to the reader")
	}
	if speaker(notes.Fact{Kind: notes.Actor}, span{right: ", the guild's master, signed the pact, which was said to be fair."}) {
		t.Error("speaker: an act past an aside")
	}
	for _, tc := range []struct {
		left string
		want bool
	}{
		{"The toll, as discussed by ", true},
		{"As hinted by ", true},
		{"Guilds fail, as famously argued by ", true},
		{"Tolls, according to ", true},
		{"The comet, first described by ", false}, // who found it
		{"The pact, signed by ", false},
		{"Founded by ", false},
	} {
		if got := speaker(notes.Fact{Kind: notes.Actor}, span{left: tc.left, right: ", is high."}); got != tc.want {
			t.Errorf("speaker(%q) = %v, want %v", tc.left, got, tc.want)
		}
	}
	f := notes.Fact{Kind: notes.Actor}
	if !surnameElsewhere(f, span{left: "Orm lost to ", ans: "Tobin Aster", right: ", with Aster praised."}) {
		t.Error("surnameElsewhere: the surname beside the blank")
	}
	if surnameElsewhere(f, span{left: "Orm lost to ", ans: "Tobin Aster", right: " in 1201."}) {
		t.Error("surnameElsewhere: no surname elsewhere")
	}
}

func TestMenuPathAndPairedDate(t *testing.T) {
	if !menuPath(`Open the ledger ("File" > "Open" > "Ledger").`) || menuPath("Tolls rose > 5% in 1201.") {
		t.Error("menuPath")
	}
	paired := map[[2]string]bool{
		{"During the ", " and 1220s, the port grew."}: true,
		{"During the 1210s and ", ", the port grew."}: true,
		{"The port grew in ", " and the guild fell."}: false,
		{"Engaged in 1201, married in ", "."}:         false,
	}
	for lr, want := range paired {
		if got := pairedDate(span{left: lr[0], ans: "1210s", right: lr[1]}); got != want {
			t.Errorf("pairedDate(%q _ %q) = %v, want %v", lr[0], lr[1], got, want)
		}
	}
	if !judgedFinding("The most worrying development is the duke's fleet.") {
		t.Error("judgedFinding: a superlative judgement")
	}
}

// The answer trims of trimAnswer shorten an answer at its end: the
// answer still starts where it did in its sentence.
func TestAnswerEndTrims(t *testing.T) {
	trims := map[string]func(*notes.Fact) bool{"withoutTrailingAdverb": withoutTrailingAdverb, "withoutPossessive": withoutPossessive}
	tests := []struct {
		trim     string
		kind     notes.Kind
		sentence string
		answer   string
		want     string // "" when the answer is left as it is
	}{
		{"withoutTrailingAdverb", notes.Actor, "The guild already raised the tolls.", "The guild already", "The guild"},
		{"withoutTrailingAdverb", notes.Actor, "Aster raised the tolls.", "Aster", ""}, // one word
		{"withoutPossessive", notes.Actor, "Tobin Aster's fleet sailed in 1201.", "Tobin Aster's", "Tobin Aster"},
		{"withoutPossessive", notes.Place, "Kesh's harbour silted up.", "Kesh's", "Kesh"},
		{"withoutPossessive", notes.Date, "1201's flood ruined the harbour.", "1201's", ""}, // only people and places
	}
	for _, tt := range tests {
		f := notes.Fact{Kind: tt.kind, Answer: tt.answer, Sentence: tt.sentence, Start: strings.Index(tt.sentence, tt.answer)}
		got := f
		ok := trims[tt.trim](&got)
		if ok != (tt.want != "") || ok && (got.Answer != tt.want || got.Sentence[got.Start:got.Start+len(got.Answer)] != tt.want) {
			t.Errorf("%s(%q) = %q, %v; want %q", tt.trim, tt.answer, got.Answer, ok, tt.want)
		}
	}
}

func TestHasAnyFold(t *testing.T) {
	for s, want := range map[string]bool{
		"Two YEARS later the port closed.": true,
		"“Months” passed.":                 true,
		"After a décade of silt":           false, // é is not e
		"The harbour closed in 1201.":      false,
		"":                                 false,
	} {
		if got := hasAnyFold(s, "year", "month", "decade"); got != want {
			t.Errorf("hasAnyFold(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestPlaceOfPlace(t *testing.T) {
	place := notes.Fact{Kind: notes.Place}
	for _, tt := range []struct {
		left, ans, right string
		want             bool
	}{
		{"The ship ran aground near Giglio Island, ", "Italy", ", in 2012.", true},
		{"The firm is based in ", "Espoo", ", Finland.", true},
		{"The ship sailed to ", "Italy", " in 2012.", false},
		{"Tolls rose, and ", "Italy", " protested.", false},
		{"The larger problem lies with grain in ", "February", ".", true},                // a month read as a place
		{"The raid struck the harbour of Kesh's capital, ", "Velin", ", in 1201.", true}, // a capital called so
		{"The raid struck ", "Velin", ", the capital of Kesh, in 1201.", true},
		{"The raid struck the capital of Kesh, ", "Velin", ", in 1201.", true},
		{"The court moved from the capital to ", "Velin", " in 1201.", false},
	} {
		if got := placeOfPlace(place, span{left: tt.left, ans: tt.ans, right: tt.right}); got != tt.want {
			t.Errorf("placeOfPlace(%q _ %q) = %v, want %v", tt.left, tt.right, got, tt.want)
		}
	}
}

func TestAnswerDayWithoutYearAndUnnamedActor(t *testing.T) {
	day := func(left, ans, right string) bool {
		f := notes.Fact{Kind: notes.Date, Title: "Kesh", Sentence: left + ans + right}
		return answerDayWithoutYear(f, span{left: left, ans: ans, right: right})
	}
	if !day("On ", "April 14th", ", the port faced its worst storm since the 1970s.") {
		t.Error("a day without its year, beside a decade")
	}
	if day("On ", "April 14", ", 1201, the port closed.") {
		t.Error("the year follows the day")
	}
	if day("The port closed on March 1, 1201, and reopened on ", "May 3", ".") {
		t.Error("the sentence gives the year")
	}
	for _, tc := range []struct {
		ans, right string
		want       bool
	}{
		{"Aster outlines", " a plan for the harbour.", true},
		{"Kesh scholars", " Ana Velt and Ivo Rask.", true}, // a description of the names beside it
		{"Harbour Guild taxes", " Kesh wool.", true},
		{"Kesh funding", ".", true}, // a thing, not a body
		{"Kesh technology", " across the harbour.", true},
		{"the Harbour Guild", " a plan for the harbour.", false},
		{"Ludwig van Beethoven", " a plan for the harbour.", false},
		{"Kesh troops", " invaded the harbour.", false},
		{"Kesh traders", ".", false},
		{"the Kesh leadership", ", which fell.", false},
		{"a Kesh explorer", ".", false},
		{"Vibrio cholerae", ".", false},
	} {
		if got := unnamedActor(notes.Fact{Kind: notes.Actor}, span{left: "The plan of ", ans: tc.ans, right: tc.right}); got != tc.want {
			t.Errorf("unnamedActor(%q, %q) = %v, want %v", tc.ans, tc.right, got, tc.want)
		}
	}
}

func TestVerdictIn(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The lead became insurmountable.", true},
		{"an unrivalled position in the market", true},
		{"It held an unmatched record", true},
		{"unbeatable", true},
		{"Aster, an exceptionally talented shipwright, built the dock.", true},
		{"The army was in the north and under pressure.", false},
		{"An unrivale position", false},
		{"", false},
		{"u", false},
	} {
		naive := false
		for _, v := range verdicts {
			naive = naive || strings.Contains(tc.s, v)
		}
		if got := verdictIn(tc.s, pairsOf(tc.s)); got != tc.want || verdictIn(tc.s, nil) != got || got != naive {
			t.Errorf("verdictIn(%q) = %v, want %v (search for each: %v)", tc.s, got, tc.want, naive)
		}
	}
}

// TestReadInPlace: lowerIs, bareIn and isAllCaps read ASCII words in place, and
// must answer as lower- and upper-casing copies of them does.
func TestReadInPlace(t *testing.T) {
	words := []string{"a", "an", "the", "another"}
	for _, w := range []string{"", "A", "a", "An", "AN", "The", "THE", "tHe", "Then", "Another", "One", "NATO", "UN", "U.S.",
		"Iran", "iPhone", "1990", "(TI)", "In", "(After", "THE,", "\"Of", "ÉTAT", "État", "Über", "ÜBER", "K", "\u212Ahe", "ſ", "X-RAY", "x-ray"} {
		if got, want := lowerIs(w, words...), slices.Contains(words, strings.ToLower(w)); got != want {
			t.Errorf("lowerIs(%q) = %v, want %v", w, got, want)
		}
		if got, want := bareIn(functionWords, w), functionWords[bareWord(w)]; got != want {
			t.Errorf("bareIn(functionWords, %q) = %v, want %v", w, got, want)
		}
		if got, want := isAllCaps(w), strings.ToUpper(w) == w && strings.ToLower(w) != w; got != want {
			t.Errorf("isAllCaps(%q) = %v, want %v", w, got, want)
		}
	}
}

// inList copies only the ends of a span without their quotes: each must
// be the end of the whole text without its quotes, as long as asked.
func TestUnquotedEndsAreEndsOfDropQuotes(t *testing.T) {
	for _, s := range []string{"", `"`, `“Bandit Queen,” “Udta Punjab,” and "`, `a, b, c, and`, `""""""x`,
		"é“ü”\xe2\x80 “, and", `the "cotton", "sugar", and "salt" trades of the duke`} {
		whole := dropQuotes(s)
		for n := 0; n <= len(s)+1; n++ {
			end, start := unquotedEnd(s, n), unquotedStart(s, n)
			if !strings.HasSuffix(whole, end) || len(end) < min(n, len(whole)) {
				t.Errorf("unquotedEnd(%q, %d) = %q: not the last %d bytes of %q", s, n, end, n, whole)
			}
			if !strings.HasPrefix(whole, start) || len(start) < min(n, len(whole)) {
				t.Errorf("unquotedStart(%q, %d) = %q: not the first %d bytes of %q", s, n, start, n, whole)
			}
		}
	}
}

func TestWithoutJudgementOpener(t *testing.T) {
	for _, tt := range []struct {
		sentence, ans, wantSentence, wantAns string
		cut                                  bool
	}{
		{"Shockingly, the board had closed the port in 1201.", "1201", "The board had closed the port in 1201.", "1201", true},
		{"More importantly, the board had closed the port in 1201.", "1201", "The board had closed the port in 1201.", "1201", true},
		{"Shockingly the board, in 1201, closed the port.", "1201", "Shockingly the board, in 1201, closed the port.", "1201", false}, // no comma after the opener
		{"Sadly,1201 was a year of floods.", "1201", "Sadly,1201 was a year of floods.", "1201", false},                               // no space after its comma
		{"Oddly, 1201 was a year of floods.", "1201", "Oddly, 1201 was a year of floods.", "1201", false},                             // not an opener
		{"Interestingly, the guild held most of the docks.", "the guild", "The guild held most of the docks.", "The guild", true},
		{"The guild, interestingly, held the docks in 1201.", "1201", "The guild, interestingly, held the docks in 1201.", "1201", false},
		{"Sadly, 1201 was a year of floods.", "1201", "1201 was a year of floods.", "1201", true},
	} {
		f := notes.Fact{Kind: notes.Date, Sentence: tt.sentence, Answer: tt.ans, Start: strings.Index(tt.sentence, tt.ans)}
		g := f
		cut := withoutJudgementOpener(&g)
		if cut != tt.cut || g.Sentence != tt.wantSentence || g.Answer != tt.wantAns || g.Sentence[g.Start:g.Start+len(g.Answer)] != g.Answer {
			t.Errorf("withoutJudgementOpener(%q) = %q, %q at %d (%v); want %q, %q", tt.sentence, g.Sentence, g.Answer, g.Start, cut, tt.wantSentence, tt.wantAns)
		}
	}
}

func TestPhraseListIn(t *testing.T) {
	list := phraseList{"by area", "another war", "another coup", "by GDP", "as CEO"}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"the largest by area", true},
		{"another war broke out", true},
		{"Kesh fought another coup.", true},
		{"(another war)", true},            // after a bracket: a word start
		{"mother war", false},              // inside a word
		{"anothe rwar", false},             // no phrase at all
		{"nearby area", false},             // "by area" inside "nearby"
		{"nearby area, then by GDP", true}, // the first place is inside a word, a later one starts one
		{"2020by GDP", true},               // after a digit: a word start
		{"stayed as CEOs", true},           // a phrase may open a longer word
		{"as ceo", false},                  // case counts
		{"another", false},                 // the phrase runs past the end
		{"", false},
	} {
		if got := list.in(tt.s); got != tt.want {
			t.Errorf("in(%q) = %v, want %v", tt.s, got, tt.want)
		}
		if got := list.inRead(tt.s, pairsOf(tt.s)); got != tt.want {
			t.Errorf("inRead(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	if !(phraseList{"x", ""}).in("abc") {
		t.Error("an empty phrase is at the start of every text")
	}
	if (phraseList{}).in("abc") {
		t.Error("an empty list holds no phrase")
	}
}

// digitsOf reads in one pass what figureCount, hasYear and hasOrdinal read.
func TestDigitsOf(t *testing.T) {
	for _, s := range []string{
		"", "no digits", "1201", "In 1201 and 1,204.5 marks", "40th", "2ND place", "3 rd", "1990s", "12010",
		"21201", "1,2001", "x1201y", "0999", "2199", "2200", "1000", "the 2ſt", "5.", ",5", "1,", "1.2.3",
		"ranked 2nd in 1201 with 3,000 men and 4.5%", "7", "12", "1st", "a1b2c3", "99th.",
	} {
		figures, year, ordinal := digitsOf(s)
		if figures != figureCount(s) || year != hasYear(s) || ordinal != hasOrdinal(s) {
			t.Errorf("digitsOf(%q) = %d, %v, %v; want %d, %v, %v", s, figures, year, ordinal, figureCount(s), hasYear(s), hasOrdinal(s))
		}
	}
}

func TestWiderPlaceFits(t *testing.T) {
	for _, tt := range []struct {
		left, ans, right string
		want             bool
	}{
		{"The exiled abbot returned to ", "Velin", " to lead the guild.", true},  // the country fits as well
		{"The exiled abbot returned to ", "Italy", " to lead the guild.", false}, // a country asks one thing
		{"The abbot sailed to ", "India's Spice Coast", " in 1201.", false},      // it names its country
		{"The firm is based in ", "New Kesh City", ".", true},
		{"The value of the test lies in ", "understanding", " its users.", true}, // no place at all
		{"The ports are located on ", "the bottom", " of the case.", true},
		{"The guild was given a large harbour, ", "Port Velin", ", near the border.", false}, // apposition names it
		{"", "Velin", " fell in 1201.", false},
	} {
		if got := widerPlaceFits(span{left: tt.left, ans: tt.ans, right: tt.right}); got != tt.want {
			t.Errorf("widerPlaceFits(%q _ %q) = %v, want %v", tt.left, tt.right, got, tt.want)
		}
	}
}

func TestVideoPeopleUnworthy(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The speaker's interest in trade began in 1901.", true},
		{"The co-founders, Ana and the speaker, first met in 1901.", true},
		{"Ana Velt asked how the hosts would vote in 1901.", true},
		{"The narrator left Kesh in 1901.", true},
		{"In 1901, the Speaker of the House resigned.", false}, // an office
		{"In 1901, Kesh was the host nation of the games.", false},
		{"In 1901, the guild elected Ana Velt.", false},
	} {
		if got := readWorth(tc.s).unworthy; got != tc.want {
			t.Errorf("readWorth(%q).unworthy = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestRangeEndAndExampleFollows(t *testing.T) {
	actor := notes.Fact{Kind: notes.Actor}
	ranges := []struct {
		left string
		want bool
	}{
		{"Key rulers, from Tobin Aster to ", true},
		{"The rulers from Aster to ", true},
		{"Changing the lever from arrow keys to ", false}, // a change, not a range of names
		{"The guild sent envoys to ", false},
		{"Power passed from the guild to ", false},
	}
	for _, tt := range ranges {
		if got := rangeEnd(actor, span{left: tt.left, ans: "Ana Velt"}); got != tt.want {
			t.Errorf("rangeEnd(%q) = %v, want %v", tt.left, got, tt.want)
		}
	}
	examples := []struct {
		left, right string
		want        bool
	}{
		{"", ", particularly the river guilds of Kesh, changed trade.", true},
		{"", ", especially in Kesh, changed trade.", false}, // where, not what
		{"Trade was changed by ", ", particularly the river guilds.", false},
		{"", " changed trade, particularly in Kesh.", false},
	}
	for _, tt := range examples {
		if got := exampleFollows(actor, span{left: tt.left, ans: "Guilds", right: tt.right}); got != tt.want {
			t.Errorf("exampleFollows(%q, %q) = %v, want %v", tt.left, tt.right, got, tt.want)
		}
	}
}

// TestPopulationCounts keeps the population facts that state a place's
// population or a share of it, and turns down counts of other people.
func TestPopulationCounts(t *testing.T) {
	for _, tt := range []struct {
		sentence, ans string
		want          bool
	}{
		{"Kesh has a population of about 2.8 million.", "about 2.8 million", true},
		{"Kesh is home to 40,000 people.", "40,000 people", true},
		{"About 90,000 people live in Kesh.", "About 90,000 people", true},
		{"Kesh has about 5.7 million people residing on the islands.", "about 5.7 million people", true},
		{"Fishers make up about three-quarters of the population of Kesh.", "about three-quarters", true},
		{"Fishers made up over half the population in Kesh.", "over half", true},
		{"Fishers make up a third of the valley's population.", "a third", true},
		{"Only about 6,000 people arrived at the Kesh fair.", "about 6,000 people", false},
		{"Fishers make up 3.4% of the workforce of Kesh.", "3.4%", false},
		{"The ship sank near Vela Island, with a population of only 700 people.", "only 700 people", false},
		{"The village of Atlantis has a population of only 700 people.", "only 700 people", true}, // the note's title names it
	} {
		f := fact(notes.Population, "Kesh", tt.sentence, tt.ans)
		sp, ok := locate(f)
		if !ok {
			t.Fatalf("%q not in %q", tt.ans, tt.sentence)
		}
		if got := worthAsking(f, sp); got != tt.want {
			t.Errorf("worthAsking(%q, %q) = %v, want %v", tt.sentence, tt.ans, got, tt.want)
		}
	}
}

// TestPandemicYearAndMatchStatistic: a year beside the pandemic is given
// away by it, and one player's figures in a match are not worth a card.
func TestPandemicYearAndMatchStatistic(t *testing.T) {
	for s, want := range map[string]bool{
		"Even in 2020 during the pandemic, the Kesh fair kept its stalls.":                                   true,
		"In 2021, amid COVID lockdowns, the guild closed the quay.":                                          true,
		"The guild closed the quay in 2021 after a long strike by the dockers of Kesh, unlike the pandemic.": false, // too far apart
		"The guild closed the quay in 2015 after the flood.":                                                 false,
	} {
		f := notes.Fact{Kind: notes.Date, Sentence: s}
		f.Start = strings.IndexAny(s, "12")
		f.Answer = s[f.Start : f.Start+4]
		sp, _ := locate(f)
		if got := pandemicYear(sp); got != want {
			t.Errorf("pandemicYear(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"Ana Velt scored 49 off 37 balls in the final.":    true,
		"Tobin Aster took 3 wickets, and the guild won.":   true,
		"The guild scored a famous win over Kesh in 1201.": false,
		"The harbour runs 40 ships a day out of Kesh.":     false,
	} {
		if got := matchStatistic(s); got != want {
			t.Errorf("matchStatistic(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAllegedAsFact: under a heading of allegations, a claim stated as
// fact is not asked; the report of who alleged it is.
func TestAllegedAsFact(t *testing.T) {
	for s, want := range map[string]bool{
		"Guild members have been linked to the pirates of Kesh since 1201.": true,
		"Ana Velt accused the guild of hiring the pirates of Kesh in 1201.": false,
	} {
		f := fact(notes.Date, "Kesh", s, "1201", "Allegations of Piracy", "The Guild's Alleged Links")
		if got := allegedAsFact(f); got != want {
			t.Errorf("allegedAsFact(%q) = %v, want %v", s, got, want)
		}
	}
	if f := fact(notes.Date, "Kesh", "Guild members have been linked to the pirates of Kesh since 1201.", "1201", "Piracy"); allegedAsFact(f) {
		t.Error("no heading of allegations, but alleged")
	}
}

// TestPlaceWithoutName: "the region", "the area", "the peninsula" or "the
// president" further into a sentence, with no name at once, points at
// the sentence before.
func TestPlaceWithoutName(t *testing.T) {
	for s, want := range map[string]bool{
		"Vela briefly reconquered the region from 1020 onwards.":                  true,
		"Over the decades, Kesh extended its influence over the peninsula.":       true,
		"The land link, a demand of the president, was secured in 2020.":          true,
		"The guild moved to the area in 1201 and built a harbour.":                true,
		"Vela reconquered the region of Kesh in 1020.":                            false,
		"The land link was a demand of the president, Ana Velt, in 2020.":         false,
		"The fleet landed in the area around Vela in 1201.":                       false,
		"In 1968, Tobin Aster visited the Kesh basin, praising the area's ports.": false,
		"The region was settled in 1201.":                                         false, // an opening: genericOpener's
		"Kesh traded across the regional markets of the south.":                   false,
		"Ana Velt met the President of Vela in 1990.":                             false,
	} {
		if got := placeWithoutName(s); got != want {
			t.Errorf("placeWithoutName(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestObjectWithoutAntecedent: "it" as a verb's object with no noun
// before it to stand for dangles; "it" after an -ing form, or opening a
// clause of its own, does not.
func TestObjectWithoutAntecedent(t *testing.T) {
	for s, want := range map[string]bool{
		"Ana Velt did not accept it for free and gave the guild four ships.": true,
		"At Kesh, Tobin Aster further refined it using a larger sample.":     true,
		"In 1201, the guild bought the quay and sold it to Kesh.":            false, // "the quay"
		"In 1201, Kesh acquired Vela, making it a harbour town.":             false,
		"In 1201, Kesh announced it would raise the tolls.":                  false,
		"Kesh raised the tolls because it needed ships.":                     false,
		"Smuggled to Vela, Tobin Aster analyzed it, finding a forged seal.":  true,
		"Ana Velt read the charter and signed it.":                           false, // "the charter"
		"In 1201, Kesh built it.":                                            true,
		"Kesh split the guild in 1201, leaving it without ships.":            false,
		"Kesh was the first to sell it abroad, in 1201.":                     true,
		"Kesh was the first guild to sell it abroad.":                        false, // "the first guild"
	} {
		if got := objectWithoutAntecedent(s); got != want {
			t.Errorf("objectWithoutAntecedent(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTitledSurname: a plain title before a lone surname names someone met
// in passing; a rank, a full name or a title before a full name does not.
func TestTitledSurname(t *testing.T) {
	for ans, want := range map[string]bool{
		"Dr. Kesh":        true,
		"Detective Aster": true,
		"Professor Velt":  true,
		"Dr. Ana Velt":    false,
		"President Aster": false,
		"General Velt":    false,
		"Tobin Aster":     false,
		"Dr.":             false,
	} {
		if got := titledSurname(notes.Fact{Kind: notes.Actor, Answer: ans}); got != want {
			t.Errorf("titledSurname(%q) = %v, want %v", ans, got, want)
		}
	}
	if titledSurname(notes.Fact{Kind: notes.Place, Answer: "Dr. Kesh"}) {
		t.Error("a place is no person")
	}
}

// A span of time scores durationLowering lower than another amount in the
// same sentence, less the 0.05 every amount loses.
func TestDurationScoresLower(t *testing.T) {
	years := quantityClozeScore(t, "The Kesh guild spent 12 years building the great hall of Tarn.", "12 years")
	crowns := quantityClozeScore(t, "The Kesh guild spent $12,000 building the great hall of Tarn.", "$12,000")
	if d := crowns - years; d < durationLowering-0.05-0.01 {
		t.Errorf("a span of time scores %.2f, another amount %.2f: want %.2f lower", years, crowns, durationLowering-0.05)
	}
}

func TestCountOfThings(t *testing.T) {
	for ans, want := range map[string]bool{
		"22 samples":             true,
		"about 1,500 job boards": true,
		"seven users":            true,
		"386 stocks":             true,
		"620 million proteins":   false, // so large a count is the fact
		"30,000 deaths":          false, // a toll
		"900 men":                false,
		"2,500 kilometers":       false, // a measure
		"eight kilobytes":        false,
		"10 times faster":        false, // a multiple
		"$12,000":                false,
		"40%":                    false,
		"two-thirds":             false,
		"three days":             false, // a span of time, lowered as one
		"12,000":                 false, // no noun
		"25 basis points":        false,
	} {
		if got := countOfThings(notes.Fact{Kind: notes.Quantity, Answer: ans}); got != want {
			t.Errorf("countOfThings(%q) = %v, want %v", ans, got, want)
		}
	}
	if countOfThings(notes.Fact{Kind: notes.Population, Answer: "12,000 people"}) {
		t.Error("a population is a count of things")
	}
}

// A count of things scores countLowering lower than a sum in the same
// sentence, less the 0.05 every amount loses.
func TestCountScoresLower(t *testing.T) {
	looms := quantityClozeScore(t, "The Kesh guild bought 120 looms for the great hall of Tarn.", "120 looms")
	sum := quantityClozeScore(t, "The Kesh guild paid $120 for the great hall of Tarn.", "$120")
	if d := sum - looms; d < countLowering-0.05-0.01 {
		t.Errorf("a count of things scores %.2f, a sum %.2f: want %.2f lower", looms, sum, countLowering-0.05)
	}
}

// quantityClozeScore is the score of the one cloze made of quantity ans in
// sentence s.
func quantityClozeScore(t *testing.T, s, ans string) float64 {
	t.Helper()
	f := fact(notes.Quantity, "Kesh", s, ans, "Trade")
	cs := Generate([]notes.Fact{f}, Options{Seed: 1, Types: []Type{Cloze}, MinScore: 0.01})
	if len(cs) != 1 {
		t.Fatalf("%q: %d cards, want 1", s, len(cs))
	}
	return cs[0].Score
}

func TestUnresolvedReference(t *testing.T) {
	tests := []struct {
		sentence, title string
		heading         []string
		want            bool
	}{
		{"Kesh was the second-last state to sign before the treaty came into force in 1970.", "Kesh and the sea", nil, true},
		{"Tobin Aster acted to address the crisis by reaching out to the opposition.", "Politics of Kesh", []string{"Leadership"}, true},
		{"Vela countered that the target was a barracks, not an embassy.", "Kesh and Vela", nil, true},
		{"When the bank printed money in March 2020 to address the crisis, liquidity surged.", "Markets", nil, true},
		{"Following the match, Tobin Aster criticised the umpires.", "Cricket in Kesh", nil, true},
		// named right after, or told what it is
		{"Kesh signed before the Treaty of Tarn came into force in 1970.", "Kesh and the sea", nil, false},
		{"Hitler postponed the invasion of the UK.", "The war in the west", nil, false},
		{"Vela opened the talks with Kesh in 1990.", "Kesh and Vela", nil, false},
		{"Kesh objected to the agreement to pay 40% of its revenue.", "Kesh and Vela", nil, false},
		{"Containers reduce the attack surface, as jails do.", "Containers", nil, false},
		{"Ana Velt built a fortune in the match industry.", "Ana Velt", nil, false},
		// named before it, in the title or in a heading
		{"Kesh and Vela signed a treaty in 1970, and the treaty came into force in 1972.", "The sea", nil, false},
		{"Kesh left the JCPOA in 2018 and abandoned the limits set in the agreement.", "Kesh", nil, false},
		{"Kesh ratified before the treaty came into force in 1970.", "The Treaty of Tarn", nil, false},
		{"Kesh ratified before the treaty came into force in 1970.", "Kesh and the sea", []string{"Treaties", "Ratification"}, false},
		{"Kesh ratified before the treaty came into force in 1970.", "The NPT and Kesh", nil, false},
		// an opening is genericOpener's
		{"The treaty came into force in 1970.", "Kesh and the sea", nil, false},
	}
	for _, tt := range tests {
		f := notes.Fact{Sentence: tt.sentence, Title: tt.title, Heading: tt.heading}
		if got := unresolvedReference(f); got != tt.want {
			t.Errorf("unresolvedReference(%q in %q under %q) = %v, want %v", tt.sentence, tt.title, tt.heading, got, tt.want)
		}
	}
}
