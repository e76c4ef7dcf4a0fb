package cards

import (
	"strings"
	"testing"

	"github.com/recall-srs/recall/notes"
)

// harbourGlossary is a student's note with a glossary section, parsed.
func harbourGlossary(t *testing.T, heading string) []notes.Fact {
	t.Helper()
	src := []byte(`---
title: Harbour terms
---
# Harbour terms

## ` + heading + `
- **Quay**: a stone platform where ships load and unload.
- **Bollard**: a short post that a ship's rope is tied to.
- Berth: the place where a ship is moored.
- A lighter is a flat-bottomed barge that carries goods from ships to the quay.
- **Tugs**: the small boats that push ships to their berths.
- **Pilotage**: guides ships through the harbour mouth.
- **Moorings**: Studies have shown that ropes wear out fast.
- **Dredging**: Used to clear silt so that ships can enter.

## History
- Ana Velt built the first quay of Kesh in 1201.
`)
	n, _, err := notes.Parse("harbour.md", src)
	if err != nil {
		t.Fatal(err)
	}
	return notes.Extract(n)
}

// TestGlossaryCards: a glossary's terms are asked from their meanings (a
// cloze, an mc of the glossary's other terms) and their meanings from the
// terms (a question shaped by how the meaning reads), at the default
// minimum score; a meaning that is a sentence about something else, and
// the terms of a section of concepts, give cards only below it.
func TestGlossaryCards(t *testing.T) {
	cs := Generate(harbourGlossary(t, "Key terms"), Options{Seed: 1})
	got := map[string]string{}
	mc := 0
	for _, c := range cs {
		if c.Kind != notes.Definition {
			continue
		}
		got[string(c.Type)+" "+c.Question] = c.Answer
		if c.Type == MC {
			mc++
			if len(c.Choices) != 4 || c.Choices[c.Key] != c.Answer {
				t.Errorf("mc %q: choices %q, key %d", c.Question, c.Choices, c.Key)
			}
			for i, o := range c.Choices {
				if i != c.Key && strings.EqualFold(o, c.Answer) {
					t.Errorf("mc %q: an option is the key: %q", c.Question, c.Choices)
				}
			}
		}
		if h := c.Fact.Heading; len(h) == 0 || h[len(h)-1] != "Key terms" {
			// a label lifted into the path would show the term above its blank
			t.Errorf("%s %q under %q", c.Type, c.Question, h)
		}
		if c.Fact.Note != "harbour.md" || c.Fact.Sentence == "" || c.Siblings == "" || c.ID == "" {
			t.Errorf("card without provenance or identity: %+v", c)
		}
	}
	for q, a := range map[string]string{
		"qa What is a quay?": "a stone platform where ships load and unload",
		"cloze _____: a stone platform where ships load and unload.": "Quay",
		"qa What is a bollard?": "a short post that a ship's rope is tied to",
		"qa What is a berth?":   "the place where a ship is moored", // a place is counted: not "What is berth?"
		"qa What is a lighter?": "a flat-bottomed barge that carries goods from ships to the quay",
		"cloze A _____ is a flat-bottomed barge that carries goods from ships to the quay.": "lighter",
		"qa What is meant by tugs?":                                "the small boats that push ships to their berths", // is or are?
		"qa What is meant by pilotage?":                            "guides ships through the harbour mouth",
		"cloze _____: guides ships through the harbour mouth.":     "Pilotage",
		"cloze _____: Used to clear silt so that ships can enter.": "Dredging",
	} {
		if got[q] != a {
			t.Errorf("missing %s → %q", q, a)
		}
	}
	if mc == 0 {
		t.Errorf("no mc card of a glossary of seven terms")
	}
	tf := 0
	for _, c := range cs {
		if c.Kind != notes.Definition || c.Type != TF {
			continue
		}
		tf++
		if c.Answer != "true" && c.Answer != "false" || c.Choices[c.Key] != map[string]string{"true": "True", "false": "False"}[c.Answer] {
			t.Errorf("tf %q: answer %q, key %d", c.Question, c.Answer, c.Key)
		}
		stated := c.Answer == "true"
		if strings.Contains(c.Question, c.Fact.Answer) != stated {
			t.Errorf("tf %q (%s) and the meaning %q", c.Question, c.Answer, c.Fact.Answer)
		}
		if strings.Contains(c.Question, "Tugs") || strings.Contains(c.Question, "small boats") {
			t.Errorf("tf with a plural term or meaning: %q", c.Question) // "is" or "are"?
		}
	}
	if tf == 0 {
		t.Errorf("no tf card of the glossary")
	}
	for i := 1; i < len(cs); i++ { // the glossary's cards among the others in the note's order
		if cs[i].Fact.Line < cs[i-1].Fact.Line {
			t.Errorf("card of line %d after one of line %d", cs[i].Fact.Line, cs[i-1].Fact.Line)
		}
	}
	for q := range got {
		if strings.Contains(q, "Studies have shown") || strings.Contains(q, "moorings") {
			t.Errorf("a sentence about something else asked at the default: %s", q)
		}
	}
	// the same lines under "Key Concepts" give their cards below the default
	for _, c := range Generate(harbourGlossary(t, "Key Concepts"), Options{Seed: 1}) {
		if c.Kind == notes.Definition {
			t.Errorf("a concept's card at the default: %s %q", c.Type, c.Question)
		}
	}
	weak := 0
	for _, c := range Generate(harbourGlossary(t, "Key Concepts"), Options{Seed: 1, MinScore: 0.6}) {
		if c.Kind == notes.Definition {
			weak++
		}
	}
	if weak == 0 {
		t.Errorf("no card of a concept at 0.6")
	}
}

func TestReadsAsMeaning(t *testing.T) {
	for m, want := range map[string]bool{
		"a stone platform where ships load and unload":           true,
		"the place where a ship is moored":                       true,
		"guides ships through the harbour mouth":                 true, // written small: a predicate
		"Can only read the harbour log":                          true,
		"Used as the root of the ledger":                         true,
		"How often ships call at the port":                       true,
		"Studies have shown that ropes wear out fast":            false, // a sentence about something else
		"Queries can take arguments":                             false,
		"The harbour's master is appointed by the guild":         false, // the article opens a clause
		"A positive toll is appropriate for grain":               false,
		"a critical, often misunderstood, part of the harbour":   false, // a judgement
		"The ledger, which the guild keeps, is open to captains": true,  // the verb is the relative clause's
		"quay": false,
		// a meaning that places, compares, leans on what is around it or
		// goes on with a second clause
		"a core concept in Angular":                               false,
		"a broader skill, an art and a science":                   false,
		"a simple yet powerful technique involving the following": false,
		"the one we experience daily":                             false,
		"the speaker's fourth business, now worth $200 million":   false,
		"a single polyp and does not cause stridor":               false,
		"a stone quay that the guild built in 1201":               true,
		// parts counted but not named, a relation rather than a kind, a
		// meaning tied to the day it was said, a remark
		"a way of directing attention that facilitates two crucial processes": false,
		"a ledger kept in three stages":                                       false,
		"a polygon with three sides":                                          true,
		"a common consequence as guilds rack up debts":                        false,
		"a result of the harbour's silting":                                   false,
		"the language most captains learn today":                              false,
		"a middle-ground toll, surprisingly seeing more ships":                false,
		"a beneficial effect produced by an inert tonic":                      true,
		"the antidote to sloth, forcing an idle crew to row":                  false,
		"the backbone of the harbour's trade":                                 false,
		"the engine room of a ship":                                           true,
	} {
		if got := readsAsMeaning(m); got != want {
			t.Errorf("readsAsMeaning(%q) = %v, want %v", m, got, want)
		}
	}
}

func TestGlossaryWording(t *testing.T) {
	for _, tt := range []struct{ term, small, article string }{
		{"Quay", "quay", "a"},
		{"Osmosis is", "osmosis is", "an"},
		{"DNA", "DNA", "a"},
		{"FBI agent", "FBI agent", "an"},
		{"VC-dimension", "VC-dimension", "a"},
		{"Docker Image", "Docker Image", "a"},
		{"Anchorage fee", "anchorage fee", "an"},
	} {
		if got := smallTerm(tt.term, nil); got != tt.small {
			t.Errorf("smallTerm(%q) = %q, want %q", tt.term, got, tt.small)
		}
		if got := indefinite(tt.term); got != tt.article {
			t.Errorf("indefinite(%q) = %q, want %q", tt.term, got, tt.article)
		}
	}
	for term, want := range map[string]bool{"RNA": true, "DNA (deoxyribonucleic acid)": true, "Quay": false, "FBI agent": false} {
		if got := acronym(term); got != want {
			t.Errorf("acronym(%q) = %v, want %v", term, got, want)
		}
	}
	for term, want := range map[string]bool{"Tugs": true, "Logos": true, "Osmosis": false, "Moss": false, "Quay": false, "Harbour dues": true} {
		if got := pluralLooking(term); got != want {
			t.Errorf("pluralLooking(%q) = %v, want %v", term, got, want)
		}
	}
	for _, tt := range []struct {
		term, title string
		named       bool
	}{
		{"Biometrics", "Biometrics in Health", true},
		{"Cell membrane", "Cell biology key terms", false},
		{"Quay", "Harbour terms", false},
	} {
		if got := namedIn(tt.term, tt.title); got != tt.named {
			t.Errorf("namedIn(%q, %q) = %v, want %v", tt.term, tt.title, got, tt.named)
		}
	}
	for _, tt := range []struct {
		term, meaning string
		shows         bool
	}{
		{"Docker Container", "A running process of a Docker Image", true},
		{"Berth", "the place where a ship is moored", false},
		{"Tool Response Conversion", "The tool response needs to be converted", true},
		{"Quay", "a stone platform", false},
	} {
		if got := termShows(tt.term, tt.meaning); got != tt.shows {
			t.Errorf("termShows(%q, %q) = %v, want %v", tt.term, tt.meaning, got, tt.shows)
		}
	}
}

// TestGlossaryOnlyNote: a note whose facts are all a glossary's makes its
// cards (nameInFull once looked for the note among the other facts and
// read past their end).
func TestGlossaryOnlyNote(t *testing.T) {
	var facts []notes.Fact
	for _, f := range harbourGlossary(t, "Key terms") {
		if f.Glossary != notes.NoGlossary {
			f.Sentence = strings.Replace(f.Sentence, "quay", "Quay Street", 1) // a capital that may be a bare name
			facts = append(facts, f)
		}
	}
	if cs := Generate(facts, Options{Seed: 1}); len(cs) == 0 {
		t.Error("no card of a glossary alone")
	}
}

// TestBoldTermCards: a term defined in bold in prose is asked as a
// glossary's term is: its meaning asked and stated true at the default
// when it reads as one, the term asked from its meaning or stated with
// another's just below it, and all well below when the meaning judges
// ("a key reason ..."); options of its mc are written as the term is
// where the blank stands, and a plural term's question agrees with it.
func TestBoldTermCards(t *testing.T) {
	src := []byte(`---
title: How rivers shape land
---
# How rivers shape land

## Wearing away
**Erosion** is the wearing away of rock and soil by water. **Deposition** is the laying down of sediment where a river slows.
The **floodplain** is the flat land beside a river that floods in wet seasons.
**Meanders** are a key reason rivers look so winding.
**Ox-bow lakes** refer to curved lakes cut off from a meandering river.
`)
	n, _, err := notes.Parse("rivers.md", src)
	if err != nil {
		t.Fatal(err)
	}
	cs := Generate(notes.Extract(n), Options{Seed: 1, MinScore: -1})
	score := map[string]float64{}
	for _, c := range cs {
		score[string(c.Type)+" "+c.Question] = c.Score
		if c.Type == MC && strings.HasPrefix(c.Question, "The "+Blank) {
			for _, o := range c.Choices {
				if startsUpper(o) {
					t.Errorf("option %q after 'The': %v", o, c.Choices)
				}
			}
		}
		if c.Type == MC && strings.HasPrefix(c.Question, Blank) {
			for _, o := range c.Choices {
				if !startsUpper(o) {
					t.Errorf("option %q opening the sentence: %v", o, c.Choices)
				}
			}
		}
	}
	for q, want := range map[string]float64{
		"qa What is erosion?": glossaryMeaningScore,
		"cloze _____ is the wearing away of rock and soil by water.":                                   glossaryProseTermScore,
		"tf True or false: Erosion is the laying down of sediment where a river slows.":                glossaryProseTermScore,
		"tf True or false: The floodplain is the flat land beside a river that floods in wet seasons.": glossaryMeaningScore,
		"qa What is the floodplain?":        glossaryMeaningScore,
		"qa What are meanders?":             glossaryJudgedScore - 0.04,
		"qa What do ox-bow lakes refer to?": glossaryMeaningScore,
	} {
		if got, ok := score[q]; !ok || got != want {
			t.Errorf("%q: score %v (made: %v), want %v", q, got, ok, want)
		}
	}
	if t.Failed() {
		for q, s := range score {
			t.Logf("%.2f %s", s, q)
		}
	}
}

// TestSectionTermCards: a term its section's heading names is asked as a
// bold one is; a made thing with a name keeps its capital though other
// notes write the word small ("What is Granola?"), a common noun loses
// it; a person introduced, or a meaning that places the term in a field
// ("a core concept in Angular"), comes below the default; the same term
// defined again in another note of the same video is asked once.
func TestSectionTermCards(t *testing.T) {
	tools := []byte(`---
title: Tools for meetings
videoId: vid00000001
---
# Tools for meetings

## Granola
Granola is an AI tool that records meetings and writes notes beside them.

## Change detection
Change detection is a core concept in Angular.

## Neuroplasticity
Neuroplasticity is the brain's ability to change its structure and make new connections.

## Tobin Aster
Tobin Aster is a veteran bowler who swings the ball late at either end.
`)
	again := []byte(`---
title: More tools for meetings
videoId: vid00000001
---
# More tools for meetings

## Granola
Granola is an AI tool that sits on a computer and records what is said in meetings.
`)
	breakfast := []byte(`---
title: Breakfast
---
# Breakfast

## Oats
People eat granola with milk, and granola bars on the go.
`)
	var facts []notes.Fact
	for _, n := range []struct {
		path string
		src  []byte
	}{{"tools.md", tools}, {"again.md", again}, {"breakfast.md", breakfast}} {
		note, _, err := notes.Parse(n.path, n.src)
		if err != nil {
			t.Fatal(err)
		}
		facts = append(facts, notes.Extract(note)...)
	}
	score := map[string]float64{}
	asked := map[string]int{}
	for _, c := range Generate(facts, Options{Seed: 1, MinScore: -1}) {
		score[string(c.Type)+" "+c.Question] = c.Score
		asked[c.Question]++
	}
	for q, want := range map[string]float64{
		"qa What is Granola?":          glossarySectionScore,
		"qa What is neuroplasticity?":  glossarySectionScore,
		"qa What is change detection?": glossaryJudgedScore - 0.04,
		"qa What is Tobin Aster?":      glossaryJudgedScore - 0.04,
	} {
		if got, ok := score[q]; !ok || got != want {
			t.Errorf("%q: score %v (made: %v), want %v", q, got, ok, want)
		}
	}
	for q, s := range score {
		if strings.HasPrefix(q, "tf True or false: Neuroplasticity is the brain's ability") && s != glossarySectionStatementScore {
			t.Errorf("%q: score %v, want %v (a heading-named term stated true)", q, s, glossarySectionStatementScore)
		}
	}
	if _, ok := score["tf True or false: Neuroplasticity is the brain's ability to change its structure and make new connections."]; !ok {
		t.Errorf("no true statement of neuroplasticity")
	}
	if asked["What is Granola?"] != 1 {
		t.Errorf("What is Granola? asked %d times, want once for the video", asked["What is Granola?"])
	}
	if t.Failed() {
		for q, s := range score {
			t.Logf("%.2f %s", s, q)
		}
	}
}

func TestMeaningKinds(t *testing.T) {
	for _, tt := range []struct {
		meaning         string
		person, product bool
	}{
		{"an AI tool that records meetings", false, true},
		{"a lightweight framework that often outperforms larger frameworks", false, true},
		{"the framework that describes particles at the smallest scales", false, false},
		{"a waste product in the brain", false, false},
		{"a disorder of the intestines", false, false},
		{"a controversial, yet included, part-timer", true, false},
		{"a crucial left-arm seamer for the power play", true, false},
		{"a 21-year-old university student with a taste for hard runs", true, false},
		{"a tool for players who want to train", false, true},
		{"a process that helps players", false, false},
		{"an AI-powered productivity platform", false, true},
		{"a stone platform where ships load and unload", false, false},
	} {
		if got := meaningOfPerson(tt.meaning); got != tt.person {
			t.Errorf("meaningOfPerson(%q) = %v, want %v", tt.meaning, got, tt.person)
		}
		if got := meaningOfProduct(tt.meaning); got != tt.product {
			t.Errorf("meaningOfProduct(%q) = %v, want %v", tt.meaning, got, tt.product)
		}
	}
}

// TestMeaningAbove: a meaning the section path above its term shows
// already is given away; one it only touches is not.
func TestMeaningAbove(t *testing.T) {
	for _, tt := range []struct {
		heading       []string
		term, meaning string
		want          bool
	}{
		{[]string{"Generation Metrics without Golden Answers", "AutoNuggetizer"}, "AutoNuggetizer", "a generation metric that does not require golden answers", true},
		{[]string{"Brain Development and Neuroplasticity", "Neuroplasticity"}, "Neuroplasticity", "the brain's ability to change its structure and make new connections", false},
		{[]string{"Harbour Tolls"}, "Quay toll", "a toll paid at the quay", false},
	} {
		f := notes.Fact{Heading: tt.heading}
		if got := meaningAbove(&f, tt.term, tt.meaning); got != tt.want {
			t.Errorf("meaningAbove(%v, %q, %q) = %v, want %v", tt.heading, tt.term, tt.meaning, got, tt.want)
		}
	}
}

func TestStemsIn(t *testing.T) {
	for _, tt := range []struct {
		term, title string
		in          bool
	}{
		{"Mating Strategy", "Evolutionary psychology and human mating strategies", true},
		{"Momentum Strategy", "Investment strategies for beginners", false},
		{"Quay", "Harbour quays of Kesh", true},
		{"Toll", "The harbour of Kesh", false},
		{"of", "of Kesh", false}, // no word of four letters
	} {
		if got := stemsIn(tt.term, tt.title); got != tt.in {
			t.Errorf("stemsIn(%q, %q) = %v, want %v", tt.term, tt.title, got, tt.in)
		}
	}
}

// TestThingArticle: a label's term whose meaning opens on "the" is asked
// with an article when the meaning says it is a thing that is counted.
func TestThingArticle(t *testing.T) {
	for _, c := range []struct{ term, shown, meaning, want string }{
		{"Nucleus", "nucleus", "the compartment that holds the cell's DNA", "a"},
		{"Mitochondrion", "mitochondrion", "the organelle that releases energy from food", "a"},
		{"Aorta", "aorta", "the largest artery in the body", "an"},
		{"Cell wall", "cell wall", "the rigid outer layer of a plant cell", "a"},
		{"Golgi apparatus", "Golgi apparatus", "the organelle that packages proteins", "the"},
		{"Estates-General", "Estates-General", "the assembly of the three orders of French society", "the"},
		{"Parliament", "parliament", "the assembly that makes a country's laws", "a"},
		{"Berth", "berth", "the place where a ship is moored", "a"},
		{"Matrix", "matrix", "the copper mould in which a single letter of type is cast", "a"},
		{"Hypotenuse", "hypotenuse", "the longest side of a right triangle", "a"},
		{"Osmosis", "osmosis", "the movement of water across a membrane", ""},      // a process
		{"Gravity", "gravity", "the force that pulls a body toward the earth", ""}, // a quality: -ity
		{"Photosynthesis", "photosynthesis", "the process by which plants make food", ""},
		{"Evolution", "evolution", "the change in living things over generations", ""},
		{"Neuroplasticity", "neuroplasticity", "the brain's ability to change", ""},
		{"DNA", "DNA", "the molecule that carries genetic information", ""},     // an acronym
		{"Glucose", "glucose", "the molecule cells burn for energy", ""},        // a substance
		{"Tugs", "tugs", "the small boats that push ships to their berths", ""}, // is or are?
		{"Cortex", "cortex", "the brain, which thinks", ""},                     // no head of thingHeads
		{"Momentum", "momentum", "the product of mass and velocity", ""},
	} {
		if got := thingArticle(c.term, c.shown, c.meaning); got != c.want {
			t.Errorf("thingArticle(%q, %q) = %q, want %q", c.term, c.meaning, got, c.want)
		}
	}
}

// TestNamesOnly: a glossary's term opening its line keeps its capital when
// English writes it only so, or its singular.
func TestNamesOnly(t *testing.T) {
	for w, want := range map[string]bool{"jacobins": true, "jacobin": true, "napoleon": true, "guillotine": false, "osmosis": false, "bus": false} {
		if got := namesOnly(w); got != want {
			t.Errorf("namesOnly(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestRankingMeaning: a meaning that ranks its term among others.
func TestRankingMeaning(t *testing.T) {
	for m, want := range map[string]bool{
		"the largest planet in the Solar System": true, "the first president of Vela": true,
		"the only drug that binds to CD4": true, "the green pigment that absorbs light": false,
		"a planet": false, "the capital of Peru": false,
	} {
		if got := rankingMeaning(m); got != want {
			t.Errorf("rankingMeaning(%q) = %v, want %v", m, got, want)
		}
	}
}

// TestUnitTerm: a unit named after someone is written small ("What is a
// newton?").
func TestUnitTerm(t *testing.T) {
	for _, c := range []struct{ term, meaning, shown, want string }{
		{"Newton", "the unit of force", "Newton", "newton"},
		{"Joule", "the SI unit of energy", "Joule", "joule"},
		{"Newton", "an English physicist", "Newton", "Newton"},
		{"Pascal", "a programming language", "Pascal", "Pascal"},
		{"kWh", "a unit of energy", "kWh", "kWh"},
	} {
		if got := unitTerm(c.term, c.meaning, c.shown); got != c.want {
			t.Errorf("unitTerm(%q, %q) = %q, want %q", c.term, c.meaning, got, c.want)
		}
	}
}

// TestGlossaryFalseAlike: a glossary's term is stated falsely only with
// the meaning of a term of the same kind (a substance's with a
// substance's, a process's with a process's): "Electrolysis is a
// substance made of only one kind of atom" is absurd, not false.
func TestGlossaryFalseAlike(t *testing.T) {
	src := []byte("---\ntitle: Chemistry words\n---\n# Chemistry words\n\n## Key terms\n" +
		"- Element: a substance made of only one kind of atom\n" +
		"- Compound: a substance made of two or more elements chemically joined\n" +
		"- Alloy: a mixture of a metal with other elements\n" +
		"- Electrolysis: the splitting of a compound using electricity\n" +
		"- Distillation: the separating of liquids by boiling and condensing\n")
	n, _, err := notes.Parse("chemistry.md", src)
	if err != nil {
		t.Fatal(err)
	}
	facts := notes.Extract(n)
	kindOf := map[string]string{} // a meaning's kind
	for _, f := range facts {
		kindOf[strings.TrimSpace(f.Answer)] = headKind(meaningHead(f.Answer))
	}
	falses := 0
	for seed := int64(0); seed < 30; seed++ {
		for _, c := range Generate(facts, Options{Seed: seed, MinScore: -1}) {
			if c.Type != TF || c.Answer != "false" || c.Kind != notes.Definition {
				continue
			}
			falses++
			stated := ""
			for m := range kindOf {
				if strings.HasSuffix(strings.TrimSuffix(c.Question, "."), m) {
					stated = m
				}
			}
			if own := kindOf[strings.TrimSpace(c.Fact.Answer)]; stated == "" || kindOf[stated] != own {
				t.Errorf("%q: %s term stated with a %s meaning", c.Question, own, kindOf[stated])
			}
		}
	}
	if falses == 0 {
		t.Error("no false statement in 30 seeds: an element and a compound are both substances")
	}
	for m, want := range map[string]string{
		"a substance made of only one kind of atom": "substance", "the splitting of a compound": "process",
		"the wearing away of rock and soil": "process", "the green pigment that absorbs light": "substance",
		"a blood vessel that carries blood": "thing", "the assembly of the three orders": "body",
	} {
		if got := headKind(meaningHead(m)); got != want {
			t.Errorf("headKind(meaningHead(%q)) = %q, want %q", m, got, want)
		}
	}
}
