package cards

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/recall-srs/recall/notes"
)

// fact builds a fact from a sentence of our own writing, finding the answer in it.
func fact(kind notes.Kind, subject, sentence, ans string, heading ...string) notes.Fact {
	return notes.Fact{
		Kind: kind, Subject: subject, Answer: ans, Sentence: sentence, Start: strings.Index(sentence, ans),
		Heading: heading, Note: "demo/atlantis.md", Title: "The rise and fall of Atlantis", VideoID: "demo123",
		Line: 7, T: 65, URL: "https://www.youtube.com/watch?v=demo123&t=65s",
	}
}

var demoFacts = []notes.Fact{
	fact(notes.Date, "Atlantis", "The king of Atlantis fled the island in March 1204.", "March 1204", "History"),
	fact(notes.Date, "Atlantis", "In 1187, the harbour guild invaded the northern isles.", "1187", "History"),
	fact(notes.Date, "Atlantis", "The great bridge was completed on 4 June 1150.", "4 June 1150", "History"),
	fact(notes.Date, "Atlantis", "Atlantis joined the Sea League in 1162.", "1162", "History"),
	fact(notes.Actor, "Atlantis", "Queen Maren Olvig launched a fleet against the pirates of Kesh.", "Queen Maren Olvig", "Rulers"),
	fact(notes.Actor, "Atlantis", "The lighthouse was designed by Tobin Aster in 1170.", "Tobin Aster", "Rulers"),
	fact(notes.Actor, "Atlantis", "However, the regent, Corvin Dale, oversaw a cruel tax regime.", "Corvin Dale", "Rulers"),
	fact(notes.Actor, "Atlantis", "Lady Sera Voss, a famous admiral, defeated the fleet of Kesh.", "Lady Sera Voss", "Rulers"),
	fact(notes.Population, "Atlantis", "Atlantis had a population of about 2.4 million in its golden age.", "about 2.4 million", "Geography"),
	fact(notes.Population, "Kesh", "Ranks 40th among the island nations, with a population of close to 900,000.", "close to 900,000", "Geography"),
	fact(notes.Ranking, "Kesh", "Ranks 40th among the island nations, with a population of close to 900,000.", "40th", "Geography"),
	fact(notes.Population, "Atlantis", "Fishers make up about 35 percent of the population.", "about 35 percent", "Geography"),
	fact(notes.Place, "Atlantis", "Located in the Amber Sea, north of the Salt Straits.", "the Amber Sea", "Geography"),
	fact(notes.Place, "Kesh", "Located between the Amber Sea and the Grey Reefs.", "the Amber Sea and the Grey Reefs", "Geography"),
	fact(notes.Place, "Atlantis", "The court moved to Port Velin after the flood.", "Port Velin", "History"),
	fact(notes.Quantity, "Atlantis", "The outer wall stretched for twelve kilometers around the city.", "twelve kilometers", "Geography"),
	fact(notes.Quantity, "Atlantis", "The siege lasted 14 months before the city surrendered.", "14 months", "History"),
	fact(notes.Response, "Atlantis", "In response, Kesh closed its ports and expelled all Atlantean merchants.", "closed its ports and expelled all Atlantean merchants", "Responses"),
	fact(notes.Response, "Atlantis", "The Sea League condemned the raid and sent envoys.", "condemned the raid and sent envoys", "Responses"),
	fact(notes.Cause, "Atlantis", "The harbour silted up due to the river's heavy floods.", "the river's heavy floods", "Decline"),
	fact(notes.Definition, "Atlantis", "The Tide Watch (TW) guarded the harbour at night.", "Tide Watch", "Institutions"),
	fact(notes.Definition, "Atlantis", "A tidehouse is a granary built on stilts above the flood line.", "a granary built on stilts above the flood line", "Institutions"),
	fact(notes.Actor, "Atlantis", "They destroyed the archive.", "the archive", "Decline"),
	fact(notes.Date, "Atlantis", "The Harbour Act of Atlantis had just passed in 1190.", "1190", "History"),
}

// TestGenerateQuestions checks the phrasing rules on sentences of our own.
func TestGenerateQuestions(t *testing.T) {
	cs := Generate(demoFacts, Options{Seed: 1, Types: []Type{QA}, MinScore: -1})
	got := map[string]string{}
	for _, c := range cs {
		got[c.Answer] = c.Question
	}
	want := map[string]string{
		"March 1204":        "When did the king of Atlantis flee the island?",
		"1187":              "In what year did the harbour guild invade the northern isles?",
		"4 June 1150":       "When was the great bridge completed?",
		"1162":              "In what year did Atlantis join the Sea League?",
		"Maren Olvig":       "Who launched a fleet against the pirates of Kesh?", // "Queen" stays in the sentence
		"Tobin Aster":       "Who designed the lighthouse in 1170?",
		"Corvin Dale":       "Who was the regent who oversaw a cruel tax regime?",
		"Sera Voss":         "Which famous admiral defeated the fleet of Kesh?",
		"about 2.4 million": "What was the approximate population of Atlantis?",
		"close to 900,000":  "What is the approximate population of Kesh?",
		"40th":              "Where does Kesh rank among the island nations?",
		"the Amber Sea":     "Where is Atlantis located?",
		"Port Velin":        "Where did the court move after the flood?",
		"closed its ports and expelled all Atlantean merchants": "How did Kesh respond?",
		"the river's heavy floods":                              "Why did the harbour silt up?",
		"Tide Watch":                                            "What does TW stand for?",
	}
	for ans, q := range want {
		if got[ans] != q {
			t.Errorf("qa for %q = %q, want %q", ans, got[ans], q)
		}
	}
	// a past perfect is a state before another moment: "In what year had
	// the Act just passed?" has no one answer (nor "did the Act have just
	// passed", read past the adverb)
	if q, ok := got["1190"]; ok {
		t.Errorf("qa made for a past perfect: %q", q)
	}
	// "Where is Kesh located?" is not answered by the two places it lies between
	if q, ok := got["the Amber Sea and the Grey Reefs"]; ok {
		t.Errorf("qa made for a place the sentence relates to, not locates in: %q", q)
	}
	// no question for an answer that stands for an unresolved pronoun's object
	if q, ok := got["the archive"]; ok {
		t.Errorf("qa made from a sentence with an unresolved pronoun: %q", q)
	}
}

func TestGenerateDeterministicAndStable(t *testing.T) {
	a := Generate(demoFacts, Options{Seed: 3})
	b := Generate(demoFacts, Options{Seed: 3})
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("got %d and %d cards", len(a), len(b))
	}
	for i := range a {
		if a[i].ID != b[i].ID || a[i].Question != b[i].Question || strings.Join(a[i].Choices, "|") != strings.Join(b[i].Choices, "|") {
			t.Fatalf("same seed, different card %d: %+v vs %+v", i, a[i], b[i])
		}
	}
	// editing unrelated text, the sentence's wording or the time keeps the IDs
	edited := append([]notes.Fact(nil), demoFacts...)
	edited[0].Sentence = "Long ago the king of Atlantis fled the island in March 1204, by night."
	edited[0].Start = strings.Index(edited[0].Sentence, "March 1204")
	edited[0].T, edited[0].Line = 99, 40
	edited[1].Heading = []string{"Other"}
	if ID(edited[0], QA) != ID(demoFacts[0], QA) || FactKey(edited[1]) != FactKey(demoFacts[1]) {
		t.Error("an edit to wording, time or heading changed a card ID")
	}
	// a new answer, subject, kind or note title is a new card
	for _, f := range []func(*notes.Fact){
		func(f *notes.Fact) { f.Answer = "April 1204" },
		func(f *notes.Fact) { f.Subject = "Kesh" },
		func(f *notes.Fact) { f.Kind = notes.Quantity },
		func(f *notes.Fact) { f.Title = "Another note of the same video" },
	} {
		g := demoFacts[0]
		f(&g)
		if ID(g, QA) == ID(demoFacts[0], QA) {
			t.Errorf("changed fact %+v kept its ID", g)
		}
	}
	// notes without a videoId are known by their path
	g := demoFacts[0]
	g.VideoID = ""
	if NoteIdentity(g) != "path:demo/atlantis.md" {
		t.Errorf("NoteIdentity = %q", NoteIdentity(g))
	}
	// cards of one fact are siblings, and IDs differ by type
	sib := map[string]map[Type]string{}
	for _, c := range a {
		if sib[c.Siblings] == nil {
			sib[c.Siblings] = map[Type]string{}
		}
		if prev, dup := sib[c.Siblings][c.Type]; dup {
			t.Errorf("two %s cards of one fact: %s and %s", c.Type, prev, c.ID)
		}
		sib[c.Siblings][c.Type] = c.ID
	}
}

func TestGenerateDropsBadCards(t *testing.T) {
	bad := []notes.Fact{
		fact(notes.Actor, "", "They destroyed it.", "it"),                                                                                   // pronouns only
		fact(notes.Date, "", "In 1204.", "1204"),                                                                                            // a fragment
		fact(notes.Actor, "Kesh", "Kesh and Kesh and Kesh.", "Kesh"),                                                                        // answer is the subject, repeated
		fact(notes.Date, "", "The 1204 flood came in 1204 too.", "1204"),                                                                    // answer shown twice
		fact(notes.Response, "", "He said so and then he left.", "said so and then he left"),                                                // unresolved pronoun
		fact(notes.Actor, "", "It's a chart of the harbour drawn by Tobin Aster for the guild.", "Tobin Aster"),                             // a contraction pointing outside
		fact(notes.Actor, "", "Charting the harbour floor with sonar, as first shown by Tobin Aster at the Kesh guild hall", "Tobin Aster"), // a long fragment
	}
	for _, c := range Generate(bad, Options{Seed: 1}) {
		t.Errorf("kept a bad card (score %.2f): %s %q → %q", c.Score, c.Type, c.Question, c.Answer)
	}
	// with MinScore < 0 they are all there, scored low
	if len(Generate(bad, Options{Seed: 1, MinScore: -1})) == 0 {
		t.Error("MinScore -1 should keep every card")
	}
}

// FuzzGenerate feeds odd sentences and spans to the generator: it must never
// panic, and every card it keeps must hold its answer's provenance.
func FuzzGenerate(f *testing.F) {
	f.Add("In 1983, Washington held Iran responsible.", 4, 4, "date", "Iran")
	f.Add("Mass: It has a mass of 4 million suns.", 24, 9, "quantity", "")
	f.Add("The Nile is about 6,650 km long, making it one of the longest rivers.", 13, 14, "quantity", "Nile")
	f.Add("Mount Orrin was originally about 146 metres tall.", 34, 16, "quantity", "")
	f.Add(`".." said the (..) group, "—" and ,, 12th.`, 0, 4, "actor", "..")
	f.Add("The Tide Watch (TW) guarded it.", 4, 10, "definition", "TW")
	f.Add("Who founded Kesh?::Ana Velt", 19, 8, "written", "Who founded Kesh?")
	// a table's cell, as notes words it (see notes/datatable.go)
	f.Add("Official languages: Velan and Orric.", 20, 15, "definition", "the official languages of Vela")
	f.Fuzz(func(t *testing.T, sentence string, start, n int, kind, subject string) {
		if start < 0 || n <= 0 || start+n > len(sentence) {
			return
		}
		ans := sentence[start : start+n]
		facts := []notes.Fact{
			{Kind: notes.Kind(kind), Subject: subject, Answer: ans, Sentence: sentence, Start: start, Note: "x.md", Title: "X", Line: 1, T: -1},
			{Kind: notes.Kind(kind), Subject: subject, Answer: "1999", Sentence: "It ended in 1999.", Start: 12, Note: "x.md", Title: "X", Line: 2, T: -1},
			{Kind: notes.Kind(kind), Subject: "", Answer: "Ann Lee", Sentence: "Ann Lee wrote it.", Start: 0, Note: "x.md", Title: "X", Line: 3, T: -1},
		}
		ids := map[string]bool{}
		for _, c := range Generate(facts, Options{Seed: 1, MinScore: -1}) {
			if c.Fact.Sentence == "" || c.ID == "" || c.Siblings == "" {
				t.Fatalf("card without provenance: %+v", c)
			}
			if ids[c.ID] {
				t.Fatalf("ID %s listed twice: %+v", c.ID, c)
			}
			ids[c.ID] = true
			if c.Type == MC && (len(c.Choices) != 4 || c.Choices[c.Key] != c.Answer) {
				t.Fatalf("bad mc card: %+v", c)
			}
		}
	})
}

// A year beside another year of its sentence is never changed to make a
// false statement: the change reads as a trick of order or arithmetic.
func TestNoFalseYearBesideAnother(t *testing.T) {
	two := "Kesh banned the grain tolls of the old river port in 1201, and Aster was the last port of the isles to do so in 1240."
	facts := []notes.Fact{fact(notes.Date, "Ports", two, "1201", "Tolls")}
	for i, s := range []string{
		"The guild of the river port signed a long pact with the old duke of the valley in 1190.",
		"The great flood of the valley destroyed the lower town and most of its docks in 1215.",
		"The new stone bridge over the river was opened by the duke and the guild in 1226.",
		"The duke of the valley closed the old river port to all foreign ships in 1232.",
	} {
		facts = append(facts, fact(notes.Date, "Ports", s, []string{"1190", "1215", "1226", "1232"}[i], "Tolls"))
	}
	for seed := int64(1); seed <= 20; seed++ {
		for _, c := range Generate(facts, Options{Seed: seed, Types: []Type{TF}, MinScore: -1}) {
			if c.Fact.Sentence == two && c.Answer == "false" {
				t.Fatalf("seed %d: false statement beside another year: %q", seed, c.Question)
			}
		}
	}
}

// A blank inside brackets asks an aside's detail: no cloze asks it, while
// the same fact out of brackets gives one.
func TestNoClozeInAside(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		cloze    bool
	}{
		{"The guild of Kesh fought the Harbour Wars against Atlantis and won them in 1203.", true},
		{"The guild of Kesh fought the Harbour Wars (1203) against Atlantis and won them.", false},
	} {
		f := fact(notes.Date, "the guild of Kesh", tt.sentence, "1203", "Wars")
		if got := makesCloze(f, Options{Seed: 1, MinScore: 0.3, Types: []Type{Cloze}}); got != tt.cloze {
			t.Errorf("%q: cloze made = %v, want %v", tt.sentence, got, tt.cloze)
		}
	}
}

// An actor who "also" did a deed shares it with someone the card does not
// show: no blank and no question asks for it, while its statement stays.
func TestSharedDeedNotAsked(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		asked    bool
	}{
		{"Tobin Aster led the second raid on the harbour of Kesh in 1203.", true},
		{"Tobin Aster also led a raid on the harbour of Kesh in 1203.", false},
		{"Tobin Aster likewise led a raid on the harbour of Kesh in 1203.", false},
		{"Tobin Aster had also led a raid on the harbour of Kesh in 1203.", false},
		{"The admiral of Vela, Tobin Aster, had also led a raid on the harbour of Kesh in 1203.", false},
		{"Tobin Aster had led the second raid on the harbour of Kesh in 1203.", true},
		{"Tobin Aster, the admiral of Vela, also led a raid on the harbour of Kesh.", true},           // past an aside "also" is not read: teachers took such a blank 6 times of 6
		{"Tobin Aster co-founded the guild of Kesh, a rival to the harbour masters, in 1203.", false}, // with others unnamed
		{"Tobin Aster co-founded the guild of Kesh with Ana Velt in 1203.", true},
		{"Tobin Aster cofounded the guild of Kesh, a rival to the harbour masters.", false},
		{"Tobin Aster cooked the feast of Kesh for the harbour masters in 1203.", true},
		{"Tobin Aster, co-founder of the guild of Kesh, led a raid on the harbour in 1203.", true}, // a noun: he led it
	} {
		f := fact(notes.Actor, "Kesh", tt.sentence, "Tobin Aster", "Raids")
		asked := false
		for _, c := range Generate([]notes.Fact{f}, Options{Seed: 1, MinScore: 0.3, Types: []Type{Cloze, QA}}) {
			asked = asked || c.Type == Cloze || c.Type == QA
		}
		if asked != tt.asked {
			t.Errorf("%q: asked = %v, want %v", tt.sentence, asked, tt.asked)
		}
	}
	// a fact whose answer is not in its sentence has nothing to read past
	for _, f := range []notes.Fact{
		{Kind: notes.Actor, Sentence: "Tobin Aster also led a raid.", Answer: "Ana Velt", Start: -1},
		{Kind: notes.Actor, Sentence: "Kesh also", Answer: "Tobin Aster", Start: 5},
	} {
		if sharedDeed(&f) {
			t.Errorf("sharedDeed(%q, answer %q at %d) = true", f.Sentence, f.Answer, f.Start)
		}
	}
}

// A cloze of a hedged count keeps the hedge in its text and blanks the
// figure alone.
func TestClozeLeavesHedge(t *testing.T) {
	for _, tt := range []struct{ sentence, ans, question, answer string }{
		{"The harbour guild of Kesh employed over 40,000 people across the isles and their many ports.", "over 40,000 people",
			"The harbour guild of Kesh employed over _____ across the isles and their many ports.", "40,000 people"},
		{"Nearly 85% of the harbour guild's members lived in the lower town of Kesh by the river.", "Nearly 85%",
			"Nearly _____ of the harbour guild's members lived in the lower town of Kesh by the river.", "85%"},
		{"A third of the harbour guild's members lived in the lower town of Kesh by the river Ost.", "A third", // an article, no hedge
			"_____ of the harbour guild's members lived in the lower town of Kesh by the river Ost.", "A third"},
	} {
		f := fact(notes.Population, "the harbour guild", tt.sentence, tt.ans, "Guild")
		if got, ok := hasCloze(f, tt.question, tt.answer); !ok {
			t.Errorf("%q: no cloze %q → %q; got %q", tt.sentence, tt.question, tt.answer, got)
		}
	}
}

// A cloze of a date naming its day shows the day and asks the year;
// other dates are blanked whole.
func TestClozeShowsTheDay(t *testing.T) {
	for _, tt := range []struct{ sentence, ans, question, answer string }{
		{"On August 4, 1204, the harbour guild of Kesh seized the lighthouse of Atlantis.", "August 4, 1204",
			"On August 4, _____, the harbour guild of Kesh seized the lighthouse of Atlantis.", "1204"},
		{"The harbour guild of Kesh seized the lighthouse of Atlantis on 4 August 1204.", "4 August 1204",
			"The harbour guild of Kesh seized the lighthouse of Atlantis on 4 August _____.", "1204"},
		{"The harbour guild of Kesh seized the lighthouse of Atlantis in August 1204.", "August 1204",
			"The harbour guild of Kesh seized the lighthouse of Atlantis in _____.", "August 1204"},
		{"The harbour guild of Kesh seized the lighthouse of Atlantis on 1204-08-04.", "1204-08-04",
			"The harbour guild of Kesh seized the lighthouse of Atlantis on _____.", "1204-08-04"},
	} {
		f := fact(notes.Date, "the harbour guild of Kesh", tt.sentence, tt.ans, "Guild")
		if got, ok := hasCloze(f, tt.question, tt.answer); !ok {
			t.Errorf("%q: no cloze %q → %q; got %q", tt.sentence, tt.question, tt.answer, got)
		}
	}
	// the year the day leaves to ask shows elsewhere: no cloze of the day
	f := fact(notes.Date, "the harbour guild of Kesh", "On August 4, 1204, the harbour guild of Kesh seized the lighthouse of Atlantis, opening the 1204 Vela war.", "August 4, 1204", "Guild")
	if got, _ := hasCloze(f, "", ""); len(got) > 0 {
		t.Errorf("the year shows elsewhere, yet: %q", got)
	}
}

// hasCloze reports whether f gives the cloze question → answer at any
// score, with every cloze it gives.
func hasCloze(f notes.Fact, question, answer string) (got []string, found bool) {
	for _, c := range Generate([]notes.Fact{f}, Options{Seed: 1, MinScore: -1, Types: []Type{Cloze}}) {
		found = found || c.Question == question && c.Answer == answer
		got = append(got, c.Question+" → "+c.Answer)
	}
	return got, found
}

// A cloze ships only when its sentence, stated whole as true, passes the
// filter: a graded claim gives no cloze, a plain one does, and asking for
// clozes alone changes neither.
func TestClozeNeedsItsStatement(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		cloze    bool
	}{
		{"A crisis erupted in 1203 when the harbour guild of Kesh began dredging the bay, narrowly averting war.", true},
		{"A significant crisis erupted in 1203 when the harbour guild of Kesh began dredging the bay, narrowly averting war.", false},
	} {
		f := fact(notes.Date, "the harbour guild of Kesh", tt.sentence, "1203", "Fleet")
		for _, types := range [][]Type{{Cloze, TF}, {Cloze}} {
			if got := makesCloze(f, Options{Seed: 1, Types: types}); got != tt.cloze {
				t.Errorf("%q (types %v): cloze made = %v, want %v", tt.sentence, types, got, tt.cloze)
			}
		}
	}
}

// makesCloze reports whether f gives a cloze under opts.
func makesCloze(f notes.Fact, opts Options) bool {
	for _, c := range Generate([]notes.Fact{f}, opts) {
		if c.Type == Cloze {
			return true
		}
	}
	return false
}

// A fact three headings deep scores 0.1 below the same fact higher up.
func TestDeepHeadingScoresLower(t *testing.T) {
	const sentence = "The guild of Kesh won the Harbour Wars against Atlantis in 1203."
	score := func(heading ...string) float64 {
		cs := Generate([]notes.Fact{fact(notes.Date, "the guild of Kesh", sentence, "1203", heading...)},
			Options{Seed: 1, MinScore: 0.3, Types: []Type{QA}})
		if len(cs) != 1 {
			t.Fatalf("heading %q: %d qa cards, want 1", heading, len(cs))
		}
		return cs[0].Score
	}
	shallow, deep := score("Wars", "Harbour Wars"), score("Wars", "Harbour Wars", "Endings")
	if d := shallow - deep; d < 0.099 || d > 0.101 {
		t.Errorf("score two headings deep %.2f, three deep %.2f: want 0.1 apart", shallow, deep)
	}
}

// TestDecadeQuestionScoresLower: "When did ...?" for a decade asks loosely
// (a year typed is only close), a tenth less than for a year.
func TestDecadeQuestionScoresLower(t *testing.T) {
	score := func(sentence, ans string) float64 {
		cs := Generate([]notes.Fact{fact(notes.Date, "the guild of Kesh", sentence, ans, "Wars")},
			Options{Seed: 1, MinScore: 0.3, Types: []Type{QA}})
		if len(cs) != 1 {
			t.Fatalf("%q: %d qa cards, want 1", sentence, len(cs))
		}
		return cs[0].Score
	}
	year := score("The guild of Kesh won the Harbour Wars against Atlantis in 1203.", "1203")
	decade := score("The guild of Kesh won the Harbour Wars against Atlantis in the 1200s.", "1200s")
	if d := year - decade; d < 0.099 || d > 0.101 {
		t.Errorf("question for a year scores %.2f, for a decade %.2f: want 0.1 apart", year, decade)
	}
}

// TestOptionNotFromTheParagraph: an mc card takes no option from the dates
// its paragraph's other sentences give (one may be true of the asked event
// too), while dates elsewhere in the note stay fair options.
func TestOptionNotFromTheParagraph(t *testing.T) {
	siege := fact(notes.Date, "Kesh", "The siege of Kesh continued until November 1204, when winter halted the fighting.", "November 1204", "Siege")
	surrender := fact(notes.Date, "Kesh", "Finally, the besiegers surrendered in February 1205.", "February 1205", "Siege")
	facts := []notes.Fact{siege, surrender}
	for i, y := range []string{"June 1201", "June 1202", "March 1203", "April 1206", "May 1207"} {
		f := fact(notes.Date, "Kesh", "The harbour of Kesh number "+string(rune('A'+i))+" was rebuilt in "+y+".", y, "Harbours")
		f.Line = 20 + i
		facts = append(facts, f)
	}
	asked := 0
	for seed := int64(1); seed <= 12; seed++ {
		for _, c := range Generate(facts, Options{Seed: seed, MinScore: -1, Types: []Type{MC}}) {
			if c.Fact.Answer != "November 1204" {
				continue
			}
			asked++
			if slices.Contains(c.Choices, "February 1205") {
				t.Errorf("seed %d: %q offers the paragraph's other date: %q", seed, c.Question, c.Choices)
			}
		}
	}
	if asked == 0 {
		t.Fatal("no mc card asks the siege's end")
	}
}

// A false statement does not borrow a date the note gives another event:
// it may be true of this one too, or plainly of another time.
func TestFalseDateNotFromTheNote(t *testing.T) {
	facts := []notes.Fact{fact(notes.Date, "the guild of Kesh", "The guild of Kesh signed the Harbour Pact with Atlantis in 1203.", "1203", "Pacts")}
	stated := map[string]bool{}
	for i, y := range []string{"1198", "1199", "1206", "1207", "1208", "1209", "1210", "1196", "1212"} {
		s := "The harbour of Velin number " + string(rune('A'+i)) + " was rebuilt in " + y + "."
		facts = append(facts, fact(notes.Date, "Velin", s, y, "Harbours"))
		stated[y] = true
	}
	lies := 0
	for seed := int64(1); seed <= 12; seed++ {
		for _, c := range Generate(facts, Options{Seed: seed, MinScore: -1, Types: []Type{TF}}) {
			if c.Answer != "false" || !strings.Contains(c.Question, "Harbour Pact") {
				continue
			}
			lies++
			for y := range stated {
				if strings.Contains(c.Question, y) {
					t.Errorf("seed %d: %q borrows %s, a date of the note", seed, c.Question, y)
				}
			}
		}
	}
	if lies == 0 {
		t.Fatal("no false statement about the pact")
	}
}

// TestMayScoreLoweredIsReaches checks that mayScoreLowered, which sums
// the bound's terms on its own, decides as reaches does for a prepared
// fact with what it assumes (the score's ceiling, no context penalty, a
// cloze that loses nothing more, the best question), over every kind,
// the lengths that change the ceiling and lowerings in steps of what the
// table takes, at thresholds at the bound and a hair either side.
func TestMayScoreLoweredIsReaches(t *testing.T) {
	kinds := []notes.Kind{notes.Population, notes.Date, notes.Actor, notes.Response, notes.Ranking,
		notes.Quantity, notes.Place, notes.Definition, notes.Cause}
	steps := []float64{0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.7}
	n := 0
	for _, k := range kinds {
		for _, sw := range []int{3, 5, 8, 20, 25, 31, 41, 60} {
			for _, aw := range []int{1, 4, 5, 11, 17} {
				for _, all := range steps {
					for _, notTF := range steps {
						for _, notQA := range steps {
							// at the bound itself and a hair either side: the
							// sums must agree to the last bit
							var ctx context
							ctx.penaltyOK = true
							b := prepared{fact: notes.Fact{Kind: k}, ctx: &ctx, base: scoreCeiling(k, sw, aw) + 1e-9,
								qaOK: true, qaConf: maxQAConf, clozeKnown: true, clozeAsked: true}
							at := max(b.bound(all, notTF, notQA, true), 0) + 0.011
							for _, minScore := range []float64{math.Nextafter(at, 0), at, math.Nextafter(at, 2), 0.5, 0.75} {
								want := b.reaches(minScore, all, notTF, notQA)
								if got := mayScoreLowered(k, sw, aw, all, notTF, notQA, minScore); got != want {
									t.Fatalf("mayScoreLowered(%s, %d, %d, %v, %v, %v, %v) = %v, reaches says %v", k, sw, aw, all, notTF, notQA, minScore, got, want)
								}
								n++
							}
						}
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("nothing compared")
	}
}

// A term, a figure or a cause that no false statement can stand in for is
// not stated true either: the card would only ask to agree with the
// sentence. A population is still stated.
func TestNoAgreeOnlyStatements(t *testing.T) {
	var facts []notes.Fact
	for _, f := range demoFacts {
		if f.Kind == notes.Definition || f.Kind == notes.Quantity || f.Kind == notes.Cause || f.Kind == notes.Population {
			facts = append(facts, f)
		}
	}
	population := false
	for seed := int64(1); seed <= 20; seed++ {
		for _, c := range Generate(facts, Options{Seed: seed, Types: []Type{TF}, MinScore: -1}) {
			if agreedOnly(c.Kind) && c.Answer == "true" {
				t.Fatalf("seed %d: %s stated true with no false statement beside it: %q", seed, c.Kind, c.Question)
			}
			population = population || c.Kind == notes.Population
		}
	}
	if !population {
		t.Error("no population stated in 20 seeds")
	}
}

// A fact of the notes of a conversation scores about 0.1 lower; below one
// sentence in twelve reporting speech, no lower at all.
func TestConversationScoresLower(t *testing.T) {
	const sentence = "The guild of Kesh won the Harbour Wars against Atlantis in 1203."
	score := func(reported float32, minScore float64) (float64, int) {
		f := fact(notes.Date, "the guild of Kesh", sentence, "1203", "Wars", "Harbour Wars", "Endings") // deep: scored below 1
		f.Reported = reported
		cs := Generate([]notes.Fact{f}, Options{Seed: 1, MinScore: minScore, Types: []Type{QA}})
		if len(cs) == 0 {
			return 0, 0
		}
		return cs[0].Score, len(cs)
	}
	plain, _ := score(0, 0.3)
	few, _ := score(0.05, 0.3)
	talk, _ := score(0.25, 0.3)
	if few != plain {
		t.Errorf("one sentence in twenty reporting speech: score %.2f, want %.2f", few, plain)
	}
	// a question scales its fact's score by its confidence (0.9 here)
	if d := plain - talk; d < 0.089 || d > 0.101 {
		t.Errorf("score %.2f, in a conversation's notes %.2f: want about 0.1 apart", plain, talk)
	}
	// the cheapest bound knows it too: at a minimum the plain fact just
	// reaches, the conversation's gives no card
	if _, n := score(0.25, plain-0.05); n != 0 {
		t.Errorf("conversation's fact kept at minimum %.2f", plain-0.05)
	}
}

func TestCensored(t *testing.T) {
	for s, want := range map[string]bool{
		`Aster called the clerk an "a**hole" in 1901.`:     true,
		"Voss said Aster showed F@scist traits.":           true,
		"Write to ana@kesh.org for the harbour records.":   false,
		"The guild's account @keshharbour posted in 2020.": false,
		"Rates rose 2*3 times.":                            false,
		"The guild rebuilt the docks in 1203.":             false,
	} {
		if got := censored(s); got != want {
			t.Errorf("censored(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSameCardOnce: notes that share a sentence word for word (two notes
// of one video) give its question, cloze or choice once.
func TestSameCardOnce(t *testing.T) {
	var facts []notes.Fact
	for _, title := range []string{"The rise of Atlantis", "The fall of Atlantis"} {
		for _, f := range demoFacts {
			f.Title, f.Note = title, "demo/"+title+".md"
			facts = append(facts, f)
		}
	}
	one := Generate(demoFacts, Options{Seed: 3, MinScore: 0.3})
	two := Generate(facts, Options{Seed: 3, MinScore: 0.3})
	count := func(cs []Card) map[string]int {
		n := map[string]int{}
		for _, c := range cs {
			if c.Type != TF {
				n[string(c.Type)+c.Question+c.Answer]++
			}
		}
		return n
	}
	once, twice := count(one), count(two)
	if len(once) == 0 || len(twice) == 0 {
		t.Fatal("no card but true/false ones")
	}
	for k, n := range twice {
		if n > 1 {
			t.Errorf("%q made %d times", k, n)
		}
	}
}

// TestGenerateNotesAsJoined checks that the facts of several notes, given
// one slice each (and some slices split further, or empty), give the same
// cards as the same facts joined in one slice, at the default minimum
// score and with every card kept.
func TestGenerateNotesAsJoined(t *testing.T) {
	var each [][]notes.Fact
	var joined []notes.Fact
	for i, n := range sharedNotes(t) {
		facts := notes.Extract(n)
		joined = append(joined, facts...)
		if i%3 == 1 && len(facts) > 2 {
			each = append(each, facts[:len(facts)/2], nil, facts[len(facts)/2:])
			continue
		}
		each = append(each, facts)
	}
	for _, min := range []float64{0, -1} {
		want := Generate(joined, Options{Seed: 3, MinScore: min})
		got := GenerateNotes(each, Options{Seed: 3, MinScore: min})
		if len(want) == 0 {
			t.Fatalf("min %v: no card from the shared notes", min)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("min %v: %d cards from the notes one by one, %d from them joined, or they differ", min, len(got), len(want))
		}
	}
}

// A false statement does not move the year of a work named by the way:
// its claim would hold and only its detail be false.
func TestDatesAWork(t *testing.T) {
	for _, tt := range []struct {
		sentence, ans string
		want          bool
	}{
		{"Orrin Vela explained Tobin's famous 1951 photo of the quay.", "1951", true},
		{"The 2005 Kesh film The Long Quay was based on a true story.", "2005", true},
		{"Ana Velt's 1992 convention speech praised the weavers.", "1992", true},
		{"In 2005 films about Kesh became popular.", "2005", false},
		{"The guild opened the quay in 1951, photo records show.", "1951", false},
		{"The 1951 flood destroyed the quay.", "1951", false},
	} {
		f := fact(notes.Date, "", tt.sentence, tt.ans)
		sp, _ := locate(f)
		if got := datesAWork(sp); got != tt.want {
			t.Errorf("datesAWork(%q in %q) = %v, want %v", tt.ans, tt.sentence, got, tt.want)
		}
	}
}

// TestVerblessDate: a short date's line with no verb ("The Vela harbour
// fire in 1911.") states less than the same date told as a claim, and its
// true statement scores 0.3 lower at least (two notes: one would retell
// the other; without the rule they were 0.2 apart).
func TestVerblessDate(t *testing.T) {
	truth := func(sentence string) float64 {
		src := "---\ntitle: The Kesh looms\n---\n# Hard years\n\n" + sentence + "\n"
		n, _, err := notes.Parse("kesh.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range Generate(notes.Extract(n), Options{Seed: 1, MinScore: 0.01, Types: []Type{TF}}) {
			if c.Kind == notes.Date && c.Answer == "true" {
				return c.Score
			}
		}
		t.Fatalf("no true statement of %q", sentence)
		return 0
	}
	line, claim := truth("The Vela harbour fire in 1911."), truth("The Vela harbour burned in 1911.")
	if claim-line < 0.3 {
		t.Errorf("true statements score %v (no verb) and %v (a verb); want 0.3 apart at least", line, claim)
	}
}

// TestRelativeFragment: a noun and its relative clause alone is a list's
// line, not a sentence.
func TestRelativeFragment(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"A Keshian weaving guild that Tobin Aster invested in.", true},
		{"A low-cost dye maker that has grown its sales by almost 600 times since 1201.", true},
		{"A port that sells salt in Vela, including brands like Orrin.", true},
		{"A guild that Tobin Aster founded dominated the trade.", false},                                                // the sentence's own verb
		{"A survey by the guild found that 40% of weavers left.", false},                                                // a verb before "that"
		{"An agent that fulfills an order only 80% of the time is a failure.", false},                                   // two runs of verbs
		{"A decade later, the guild that Ana Velt led closed.", false},                                                  // an opening phrase
		{"The guild that Tobin Aster invested in.", false},                                                              // not "A" or "An"
		{"A more robust approach to finding the ideal loom for the guild involves using a frame that is light.", false}, // "that" too far
	} {
		if got := relativeFragment(tt.s); got != tt.want {
			t.Errorf("relativeFragment(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
