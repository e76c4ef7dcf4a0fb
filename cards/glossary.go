package cards

import (
	"slices"
	"strings"
	"unicode"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
	"github.com/recall-srs/recall/notes/propernames"
)

// Glossary cards. A glossary section ("Key terms", "Definitions") pairs
// terms with their meanings (notes.Fact.Glossary): the cards a student
// makes of it by hand, both ways round. The term is asked from its meaning
// (a cloze, and an mc whose other options are the glossary's other terms)
// and the meaning from its term (a question). They skip the rules for
// sentences of prose, which would find a meaning "not a claim" or a term
// "a blanked name of a thing": the writer has said what the item is for.

// Glossary card scores: a meaning that reads as one (see readsAsMeaning)
// gives cards at the default minimum score, the term's above the
// meaning's (a term is short and checked whole, a meaning is checked
// by its words); any other meaning ("Impact: Studies have shown ...", a
// sentence about something) gives cards only below it.
const (
	glossaryTermScore    = 0.9
	glossaryMeaningScore = 0.86
	glossaryWeakScore    = 0.7
	glossaryJudgedScore  = 0.5
	// glossaryProseTermScore is the score of a term defined in prose
	// (in bold, or under a heading asking it) asked from its meaning, or
	// stated with another's: blind raters took 47% of such blanks and
	// 54-100% of such statements, against 83% of the questions of their
	// meanings
	glossaryProseTermScore = 0.8
	// glossarySectionScore is the score of the meaning of a term its
	// section's heading names ("Neuroplasticity" over "Neuroplasticity is
	// the brain's ability to ..."), asked or stated: at the default, below
	// a bold term's. Two fresh blind raters took 81.2% and 81.7% of the
	// 240 cards such terms brought the corpus's default deck (bold terms:
	// 85%), most rejections lists of products and startups found not
	// worth learning, and errors in the notes.
	glossarySectionScore = 0.85
	// glossarySectionStatementScore is the score of such a meaning stated
	// true: below the default, as its raters took 75% and 79% of those
	// statements (the questions 83% and 83%), and as the deck's true
	// statements otherwise outnumber its false ones (a false one borrows
	// another term's meaning and scores glossaryProseTermScore)
	glossarySectionStatementScore = 0.83
	// minProseMeaning is the fewest words of the meaning of a term
	// defined in prose that gives cards at the default
	minProseMeaning = 5
)

func isGlossary(f *notes.Fact) bool { return f.Glossary != notes.NoGlossary }

// glossaryCards makes the cards of glossary facts gl of the types in
// want, scoring minScore or more (0 or less keeps all): mc options are
// the other terms of the fact's note, when it has three or more.
func glossaryCards(gl []*notes.Fact, want []Type, minScore float64, seed int64, lx *lexicon) []Card {
	var out []Card
	made := 0 // mc cards so far
	// each fact draws its options and false meanings from its own note's
	// glossary, grouped once rather than sought in all of gl for each
	byNote := map[noteKey][]*notes.Fact{}
	for _, f := range gl {
		k := keyOfNote(*f)
		byNote[k] = append(byNote[k], f)
	}
	for _, f := range gl {
		own := byNote[keyOfNote(*f)]
		term, meaning := strings.TrimSpace(f.Subject), strings.TrimSpace(f.Answer)
		if term == "" || meaning == "" {
			continue
		}
		termScore, meaningScore := glossaryTermScore, glossaryMeaningScore
		falseScore := meaningScore // a term stated with another's meaning
		switch reads := readsAsMeaning(meaning); {
		case reads && f.Glossary == notes.GlossaryTerms:
		case reads && f.Glossary == notes.GlossaryProse && len(strings.Fields(meaning)) >= minProseMeaning &&
			!(strings.Contains(term, " ") && personName(term) && personsName(term, f.Note, lx)) && !meaningOfPerson(meaning):
			// not "**Carl Hart** is a professor of ...", an introduction
			// of a person; nor "**Erythromycin** is an enzyme inhibitor",
			// a meaning too short to tell the term from others of its
			// kind, which a glossary's list of terms sets side by side.
			// Asked from its meaning, a term defined in prose is often
			// one of many its meaning fits ("_____ is a CDK 4 and 6
			// inhibitor": two others are), and another term's meaning
			// often belongs to another section's subject: those cards
			// come below the default
			termScore, falseScore = glossaryProseTermScore, glossaryProseTermScore
			if sectionNamed(f, term) {
				meaningScore = glossarySectionScore
			}
		case f.Glossary == notes.GlossaryProse:
			// "**Chloroplasts** are a key reason plants thrive": a
			// judgement of a term, which no glossary heading vouches for
			termScore, meaningScore = glossaryJudgedScore, glossaryJudgedScore-0.04
		default:
			termScore, meaningScore = glossaryWeakScore, glossaryWeakScore-0.04
		}
		if !strings.Contains(term, " ") && namesOnly(strings.ToLower(term)) && rankingMeaning(meaning) {
			// "Jupiter is the largest planet in the Solar System" under
			// "Jupiter": asked "What is Jupiter?", a name of one place or
			// body (a word English writes only with a capital) has many
			// answers ("a gas giant", "the fifth planet"); both blind
			// raters rejected it. A term's rank ("Ibalizumab is the only
			// drug that ...") defines it: raters took those. The rank is
			// asked the other way where the heading does not give the
			// name away (identificationQuestion)
			meaningScore = min(meaningScore, glossaryJudgedScore-0.04)
		}
		if meaningAbove(f, term, meaning) {
			// "Generation Metrics without Golden Answers › AutoNuggetizer"
			// over "a generation metric that does not require golden
			// answers": the section shown gives the meaning away
			meaningScore = min(meaningScore, glossaryJudgedScore-0.04)
		}
		keep := func(t Type, s float64) bool {
			return slices.Contains(want, t) && (minScore <= 0 || s >= minScore)
		}
		card := func(t Type, q, a string, s float64) Card {
			return Card{ID: ID(*f, t), Type: t, Question: q, Answer: a, Key: -1, Kind: f.Kind, Score: s, Siblings: FactKey(*f), Fact: *f}
		}
		if keep(QA, meaningScore) {
			out = append(out, card(QA, meaningQuestion(f, term, lx), meaning, meaningScore))
		}
		if keep(TF, max(meaningScore, falseScore)) {
			if st, truth, ok := glossaryStatement(f, term, own, seed, termNamer(f, lx)); ok {
				s := meaningScore
				if truth == "false" {
					s = min(s, falseScore)
				} else if sectionNamed(f, term) {
					s = min(s, glossarySectionStatementScore)
				}
				if keep(TF, s) {
					out = append(out, asStatement(card(TF, "True or false: "+st, truth, s)))
				}
			}
		}
		if termShows(term, meaning) || namedIn(term, f.Title) || stemsIn(term, f.Title) || termShows(term, notes.HeadingPath(f.Heading)) {
			// "Tool Response Conversion: The tool response needs to be
			// converted ...": the blank is in the meaning; "Biometrics"
			// in a note on "Biometrics in Health", "supernova" under
			// "Supernovae": in the title or the section shown above it
			continue
		}
		stem, ok := termBlank(f, term)
		if !ok {
			continue
		}
		if keep(Cloze, termScore) {
			out = append(out, card(Cloze, stem, term, termScore))
		}
		if keep(MC, termScore) {
			if opts := otherTerms(f, own); len(opts) >= 3 {
				shuffleFor(opts, f, seed)
				c := card(MC, stem, term, termScore)
				c.Choices, c.Key = inTurn(termsLike(opts[:3], term, strings.HasPrefix(stem, Blank)), term, &made)
				out = append(out, c)
			}
		}
	}
	return out
}

// meaningOpeners open a meaning that says what kind of thing its term is
// or what it does: an article ("the movement of water"), a verb of
// defining or doing ("Can only read data", "Used as the root of the
// application", "Refers to the plans ..."), "how" ("How often users click
// ..."). A meaning that opens on any other capitalised word is more often
// a sentence about something else ("Studies have shown ...", "Google
// identifies ...", "Queries can take arguments ...").
var meaningOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "how": true, "any": true, "one": true,
	"can": true, "may": true, "used": true, "uses": true, "involves": true, "refers": true, "represents": true,
	"represent": true, "defines": true, "define": true, "describes": true, "measures": true, "allows": true,
	"enables": true, "includes": true, "contains": true, "stores": true, "holds": true, "focuses": true,
	"links": true, "produces": true, "builds": true, "makes": true, "acts": true, "serves": true, "helps": true,
	"controls": true, "manages": true, "determines": true, "provides": true, "creates": true, "connects": true,
	"starts": true, "runs": true, "tracks": true, "converts": true, "carries": true, "transports": true,
	"breaks": true, "protects": true, "regulates": true, "fills": true, "keeps": true, "lets": true,
}

// clauseVerbs after the opening noun phrase of an article-led meaning make
// it a sentence: "The translate CSS function ... is used to", "A positive
// discount rate is appropriate".
var clauseVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "can": true, "must": true, "should": true,
	"will": true, "needs": true, "need": true, "has": true, "have": true,
	// "a single polyp and does not typically cause stridor": a second
	// clause, not the kind of thing the term is
	"does": true, "do": true, "did": true,
}

// judgingWords right after an article make a meaning a judgement of its
// term, not what it is: "a critical, often misunderstood, aspect of SEO",
// "a key ranking signal", "an underappreciated lever".
var judgingWords = map[string]bool{
	"critical": true, "crucial": true, "key": true, "important": true, "vital": true, "essential": true,
	"major": true, "significant": true, "powerful": true, "great": true, "underappreciated": true,
	"overlooked": true, "huge": true, "big": true,
	// ranks and praise: "the most common symptom", "a popular platform",
	// "the preferred choice", "an example of", "a prominent figure"
	"most": true, "best": true, "preferred": true, "popular": true, "prominent": true, "notable": true,
	"promising": true, "fundamental": true, "excellent": true, "perfect": true, "ideal": true,
	"leading": true, "favorite": true, "favourite": true, "main": true, "primary": true, "close": true,
	"good": true, "better": true, "underutilized": true, "underrated": true, "useful": true,
	"valuable": true, "example": true, "perfectly": true, "remarkable": true, "brilliant": true,
	// a place in a field, or news: "a core concept in Angular", "a modern
	// choice for ...", "a new video editor", "a specific example of"
	"core": true, "central": true, "modern": true, "new": true, "specific": true, "legendary": true,
	"requirement": true, "foundational": true, "related": true, "similar": true,
	// a meaning that praises or places ("a simple yet effective task", "a
	// distinct evolution in virtualization", "a more efficient system",
	// "the second essential pillar", "a hallmark of intelligence")
	"simple": true, "distinct": true, "indispensable": true, "hallmark": true, "complementary": true,
	"more": true, "second": true, "third": true,
	// a comparison with something unsaid: "a broader skill, an art and a
	// science", "a larger share"
	"broader": true, "wider": true, "larger": true, "bigger": true, "smaller": true, "higher": true,
	"lower": true,
}

// elidedEnds end a meaning whose verb is left to the sentence before
// ("... in a fashion that doesn't"); relativeMeanings, after "the", say
// what a term is only beside another ("the opposite", "the reverse").
var (
	elidedEnds       = wordsOf(`doesn't does don't do can can't is isn't are aren't will won't did didn't has hasn't have haven't following including include includes`)
	relativeMeanings = wordsOf(`opposite reverse converse same inverse other one first second third next last latter former`)
	// onlookers are the people of the video a meaning may lean on: "the
	// speaker's fourth business"
	onlookers = wordsOf(`speaker speaker's speakers host host's guest guest's narrator narrator's`)
	// unnamedParts, counted at a meaning's end, are parts the note names
	// after it: "a way of directing attention that facilitates two
	// crucial processes" (which?), not "a polygon with three sides"
	unnamedParts = wordsOf(`processes things ways components parts steps stages elements aspects factors pillars principles categories types kinds functions purposes goals features phases levels dimensions methods areas forms roles layers questions rules benefits advantages reasons ideas concepts mechanisms strategies techniques tools`)
	partCounts   = wordsOf(`two three four five six seven eight nine ten several multiple 2 3 4 5 6 7 8 9 10`)
	// relationHeads say what a term brings about or comes from, not what
	// it is: "a common consequence as governments rack up huge
	// liabilities" (inflation), "a result of ..."
	relationHeads = wordsOf(`consequence consequences result results outcome outcomes byproduct by-product cause causes`)
	// figureHeads make a meaning a figure of speech for what a term does:
	// "the antidote to Tamas, forcing an inert body or mind to act"
	// (willpower), "the key to ...", "the backbone of ..."
	figureHeads = wordsOf(`antidote antidotes cure remedy key secret enemy heart essence backbone cornerstone engine fuel lifeblood`)
	// momentWords tie a meaning to when it was said: "the language most
	// people start with today" is what Python is to the speaker now
	momentWords = wordsOf(`today nowadays`)
	// judgingAdverbs anywhere make a meaning the speaker's remark:
	// "a middle-ground factor, surprisingly seeing more top rankings"
	judgingAdverbs = wordsOf(`surprisingly remarkably incredibly amazingly notoriously famously arguably`)
)

// wordsOf is the set of the words of s.
func wordsOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// readsAsMeaning reports whether a glossary's meaning m reads as a
// definition of its term rather than as a sentence about something (see
// meaningOpeners): it opens on small letters, an article or a verb of
// defining, an article is not followed by a judgement, and no verb of a
// clause follows its opening noun phrase before a comma or a relative
// pronoun.
func readsAsMeaning(m string) bool {
	words := strings.Fields(m)
	if len(words) < 2 {
		return false
	}
	first := strings.ToLower(trimPunct(words[0]))
	if !meaningOpeners[first] && startsUpper(words[0]) {
		return false
	}
	if elidedEnds[strings.ToLower(trimPunct(words[len(words)-1]))] || (first == "the" && relativeMeanings[strings.ToLower(trimPunct(words[1]))]) {
		// "a group ... that have come together in a fashion that
		// doesn't", "the opposite, where blood vessels expand", "a
		// technique involving the following", "the one we experience
		// daily": a meaning that leans on the sentences around it
		return false
	}
	for i, w := range words[:len(words)-1] {
		if strings.EqualFold(w, "the") && onlookers[strings.ToLower(trimPunct(words[i+1]))] {
			return false // "the speaker's fourth business": whose?
		}
	}
	if countedEnd(words) {
		return false
	}
	for i, w := range words {
		l := strings.ToLower(trimPunct(w))
		if momentWords[l] || judgingAdverbs[l] {
			return false
		}
		if i <= 2 && i > 0 && relationHeads[l] && (first == "a" || first == "an" || first == "the") {
			return false // "a consequence", "a common consequence"
		}
		if i == 1 && figureHeads[l] && first == "the" && len(words) > 2 {
			if next := strings.ToLower(words[2]); next == "to" || next == "of" || next == "for" {
				return false // "the antidote to Tamas", "the backbone of the fleet"
			}
		}
	}
	if first != "a" && first != "an" && first != "the" {
		return true
	}
	if judgingWords[strings.ToLower(trimPunct(words[1]))] {
		return false
	}
	for _, w := range words[1:min(len(words), 12)] {
		l := strings.ToLower(trimPunct(w))
		if l == "which" || l == "that" || l == "who" || l == "where" || l == "when" || strings.HasSuffix(w, ",") {
			return true
		}
		if clauseVerbs[l] {
			return false
		}
	}
	return true
}

// countedEnd reports whether a meaning's words end on a count of parts
// it leaves unnamed ("two crucial processes", "three key stages"), which
// the note lists after it.
func countedEnd(words []string) bool {
	n := len(words)
	if n < 3 || !unnamedParts[strings.ToLower(trimPunct(words[n-1]))] {
		return false
	}
	// the count right before the parts, or one word (a judgement) between
	return partCounts[strings.ToLower(words[n-2])] || partCounts[strings.ToLower(words[n-3])]
}

// stemsIn reports whether title holds every word of term of four
// letters or more by its first five letters, and there is one: "Mating
// Strategy" in "Evolutionary psychology and human mating strategies"
// (a plural the phrase itself misses), not "Momentum Strategy" in
// "Investment strategies".
func stemsIn(term, title string) bool {
	shown, words := stemsShown(term, title)
	return words > 0 && shown == words
}

// stemsShown counts the words of term of four letters or more, and those
// of them text holds by their first five letters (see stemPrefix).
func stemsShown(term, text string) (shown, words int) {
	t := " " + answer.Normalize(text) + " "
	for _, w := range strings.Fields(answer.Normalize(term)) {
		if len(w) < 4 {
			continue
		}
		words++
		if strings.Contains(t, " "+stemPrefix(w)) {
			shown++
		}
	}
	return shown, words
}

// termShows reports whether the meaning names its term, wholly or by the
// first five letters of a word of it of four letters or more ("Docker
// Container: A running process of a Docker Image", "Composing stick: ...
// in which the compositor sets"): then a blank for the term is given away.
func termShows(term, meaning string) bool {
	shown, _ := stemsShown(term, meaning)
	return shown > 0
}

// sectionNamed reports whether f's term is what its section's heading
// names ("Neuroplasticity" over "Neuroplasticity is ..."), not a term a
// heading asks ("What is a Product Vision?").
func sectionNamed(f *notes.Fact, term string) bool {
	if len(f.Heading) == 0 {
		return false
	}
	h := f.Heading[len(f.Heading)-1]
	return !strings.HasSuffix(h, "?") && namedIn(term, h)
}

// meaningAbove reports whether the headings above f, the term's words
// left out, hold half or more of the meaning's words of four letters or
// more, and three at least: a card showing its section path shows the
// meaning too.
func meaningAbove(f *notes.Fact, term, meaning string) bool {
	path := " " + answer.Normalize(notes.HeadingPath(f.Heading)) + " "
	for _, w := range strings.Fields(answer.Normalize(term)) {
		path = strings.ReplaceAll(path, " "+w+" ", " ")
	}
	words, shown := 0, 0
	for _, w := range strings.Fields(answer.Normalize(meaning)) {
		if len(w) < 4 || functionWords[w] {
			continue
		}
		words++
		if strings.Contains(path, " "+stemPrefix(w)) {
			shown++
		}
	}
	return shown >= 3 && 2*shown >= words
}

// namedIn reports whether text names term whole, word for word.
func namedIn(term, text string) bool {
	return containsPhrase(answer.Normalize(text), answer.Normalize(term))
}

// stemPrefix is a word's first five letters, or all of a shorter one:
// enough to find "container" in "containers" and "contain".
func stemPrefix(w string) string {
	if len(w) > 5 {
		return w[:5]
	}
	return w
}

// copulaTerm reports where a glossary sentence states its term before a
// copula ("A prokaryote is ...", "Osmosis is ..."): the term's offset in
// the sentence and the verb after it, or -1.
func copulaTerm(f *notes.Fact, term string) (int, string) {
	i := strings.Index(f.Sentence, term)
	if i < 0 || i+len(term) >= f.Start {
		return -1, ""
	}
	between := strings.Fields(strings.ToLower(f.Sentence[i+len(term) : f.Start]))
	switch {
	case len(between) == 1 && (between[0] == "is" || between[0] == "are" || between[0] == "means" || between[0] == "mean" || between[0] == "describes" || between[0] == "describe"):
	case len(between) == 2 && (between[0] == "refers" || between[0] == "refer") && between[1] == "to":
	default:
		return -1, "" // a label's colon or dash
	}
	return i, between[0]
}

// meaningQuestion asks for the meaning of f's term: "What is osmosis?",
// "What is a prokaryote?", "What does DNS refer to?" after a copula; after
// a label, where the term stands with no article to read it by, "What is
// a ribosome?" when its meaning opens on "a", "What is osmosis?" or "What
// is a nucleus?" (see thingArticle) when it opens on "the", else "What is
// meant by cytoplasm?".
func meaningQuestion(f *notes.Fact, term string, lx *lexicon) string {
	i, verb := copulaTerm(f, term)
	if i < 0 {
		// a label's term: "What is osmosis?" when its meaning says what
		// kind of thing it is ("the movement of water ..."), else "What is
		// meant by cytoplasm?" ("fills the cell")
		shown := smallTerm(term, termNamer(f, lx))
		shown = unitTerm(term, f.Answer, shown) // "Newton: the unit of force" asks "What is a newton?"
		if !readsAsMeaning(f.Answer) || pluralLooking(term) {
			// "Pathos: The "pathical narrative" is inherently incoherent";
			// "Tensors: The fundamental structure ..." (is or are?)
			return "What is meant by " + shown + "?"
		}
		switch meaningArticle(f.Answer) {
		case "a", "an":
			if acronym(term) {
				return "What is " + shown + "?" // "What is RNA?", not "an RNA"
			}
			return "What is " + indefinite(shown) + " " + shown + "?" // "a molecular machine ..." is a ribosome's
		case "the":
			if a := thingArticle(term, shown, f.Answer); a != "" {
				return "What is " + a + " " + shown + "?" // "What is a nucleus?", not "What is nucleus?"
			}
			return "What is " + shown + "?"
		}
		return "What is meant by " + shown + "?"
	}
	shown := smallTerm(f.Sentence[:i+len(term)], termNamer(f, lx))
	switch verb {
	case "refers":
		return "What does " + shown + " refer to?"
	case "refer":
		return "What do " + shown + " refer to?" // "Existential risks refer to ..."
	case "means":
		return "What does " + shown + " mean?"
	case "mean":
		return "What do " + shown + " mean?"
	case "are":
		return "What are " + shown + "?"
	}
	return "What is " + shown + "?"
}

// thingArticle is the article a label's term takes when its meaning, which
// opens on "the", says it is a thing that is counted ("Nucleus: the
// compartment that holds the cell's DNA", "Berth: the place where a ship
// is moored"): "a", "an", or "the" before a name ("the Golgi apparatus");
// "" for a term read without one ("Osmosis: the movement of water", a
// word of the kinds that name a process, a quality or a field: see
// massEndings), an acronym ("DNA: the molecule ...") or a meaning whose
// head is none of thingHeads. shown is the term as the question shows it.
func thingArticle(term, shown, meaning string) string {
	if acronym(term) || pluralLooking(term) || massLooking(term) || !thingMeant(meaning) {
		return ""
	}
	if startsUpper(shown) {
		return "the"
	}
	return indefinite(shown)
}

// thingMeant reports whether meaning m, opening on "the", heads on one
// of thingHeads among its first words, past only words that qualify it:
// "the outer layer of the brain", "the place where ...", not "the
// movement of water" nor "the brain's ability to ...".
func thingMeant(m string) bool {
	words := strings.Fields(m)
	for _, w := range words[1:min(len(words), 5)] {
		l := strings.ToLower(trimPunct(w))
		if thingHeads[l] {
			return true
		}
		if functionWords[l] || strings.Contains(w, "'") || strings.ContainsAny(w, ",;:") || !startsLower(w) {
			return false
		}
	}
	return false
}

// thingHeads are nouns of things that are counted, which a meaning's
// head gives its term: parts of a body or a cell, places, buildings,
// made things. Substances are left out: "the molecule cells burn for
// energy" may be glucose, which is not "a glucose".
var thingHeads = withWords(wordsOf("place site spot room building structure organelle compartment layer membrane organ "+
	"gland bone muscle nerve vessel artery vein lobe chamber cavity duct canal tube valve cell particle device "+
	"machine instrument tool container boat ship vehicle animal plant tree wall gate door road river bridge "+
	"tower platform post document book letter mould mold frame tray stick plate sheet box jar bottle tank pipe unit "+
	"wheel lever pump engine motor screen lens needle blade knife hammer weapon gun cannon sword helmet side "+
	"edge corner"),
	// bodies of people, which a name of one takes "the" before: "the
	// Estates-General" ("the assembly of the three orders ..."), "the
	// Directory"; "a parliament"
	bodyHeads)

// withWords is set a with the words of b added.
func withWords(a, b map[string]bool) map[string]bool {
	for w := range b {
		a[w] = true
	}
	return a
}

// massEndings end words that name a process, a quality, a practice or a
// field, read without an article: "osmosis", "capitalism", "gravity",
// "fitness", "physics", "democracy", "biology", "photography". Words in
// "-ment", "-tion" or "-ance" are as often things ("a parliament", "a
// station", "an ambulance"): a meaning's head tells those.
var massEndings = []string{"sis", "ism", "ity", "ness", "ics", "cy", "ogy", "phy"}

// massLooking reports whether term's last word ends as a word read
// without an article does (see massEndings).
func massLooking(term string) bool {
	w := strings.ToLower(trimPunct(term[strings.LastIndexByte(term, ' ')+1:]))
	for _, e := range massEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// meaningHead is the noun a meaning that opens on an article heads on, in
// small letters: the word before the first that opens what qualifies it
// ("substance" of "a substance made of only one kind of atom", "vessel"
// of "a blood vessel that carries ...", "splitting" of "the splitting of
// a compound"), or "" when none is found among its first five words.
func meaningHead(m string) string {
	words := strings.Fields(strings.ToLower(m))
	for i := 2; i < len(words) && i <= 5; i++ {
		if w := bareWord(words[i]); headEnders[w] || strings.HasSuffix(words[i-1], ",") {
			if h := bareWord(words[i-1]); !particles[h] || i < 3 {
				return h
			}
			return bareWord(words[i-2]) // "the wearing away of": the verb's noun, not its particle
		}
	}
	if len(words) >= 2 && len(words) <= 4 {
		return bareWord(words[len(words)-1]) // "the green pigment": nothing qualifies it
	}
	return ""
}

// headKind is the kind of thing a meaning's head noun names, so that
// heads of one kind are alike: a process ("wearing", "laying", "splitting",
// "movement"), a substance ("substance", "mixture", "liquid"), a thing
// that is counted (thingHeads); any other head is its own kind.
func headKind(h string) string {
	switch {
	case substanceHeads[h]:
		return "substance"
	case bodyHeads[h]:
		return "body" // a body of people is no machine: "A guillotine is the assembly ..." is absurd
	case thingHeads[h]:
		return "thing"
	case processHeads[h] || len(h) > 5 && (strings.HasSuffix(h, "ing") || strings.HasSuffix(h, "tion") || strings.HasSuffix(h, "sion") ||
		strings.HasSuffix(h, "ment") || strings.HasSuffix(h, "sis")):
		return "process"
	}
	return h
}

var (
	bodyHeads = wordsOf("assembly council parliament legislature congress senate committee court club party army " +
		"navy league alliance agency organisation organization institution government")
	processHeads   = wordsOf("process movement release transfer change flow loss spread act practice method technique way study")
	substanceHeads = wordsOf("substance mixture compound liquid gas solid material element metal chemical fluid matter pigment mineral")
)

// particles follow a verb's noun in a meaning ("the wearing away of").
var particles = wordsOf("away down up out off back over")

// headEnders open what qualifies a meaning's head noun.
var headEnders = wordsOf("that which who whose where when of in on for with from by to used made found built designed " +
	"known called between among within across into around about like")

// unitTerm is shown, term as a question or statement shows it, in small
// letters when its meaning says it is a unit of measure (see
// unitMeaning) and it is one word with no capital but its first.
func unitTerm(term, meaning, shown string) string {
	if unitMeaning(meaning) && !strings.Contains(term, " ") && len(term) > 1 && !strings.ContainsFunc(term[1:], unicode.IsUpper) {
		return strings.ToLower(term) // not "kWh", "MHz"
	}
	return shown
}

// unitMeaning reports whether meaning m says its term is a unit of
// measure ("the unit of force", "the SI unit of energy"), which English
// writes in small letters though it is named after someone ("newton",
// "joule").
func unitMeaning(m string) bool {
	words := strings.Fields(strings.ToLower(m))
	for i, w := range words[:min(len(words), 4)] {
		if w == "unit" {
			return i+1 < len(words) && words[i+1] == "of"
		}
	}
	return false
}

// rankingMeaning reports whether meaning m ranks its term among others
// of its kind ("the largest planet in ...", "the first president of
// ...", "the only drug that ..."): what singles it out, not what it is.
func rankingMeaning(m string) bool {
	words := strings.Fields(strings.ToLower(m))
	if len(words) < 3 || words[0] != "the" {
		return false
	}
	for _, w := range words[1:3] {
		if rankWords[w] || len(w) > 5 && strings.HasSuffix(w, "est") {
			return true
		}
	}
	return false
}

// rankWords rank a thing among others as superlatives do.
var rankWords = wordsOf("first second third fourth fifth last only most least sole")

// meaningArticle is the article meaning m opens on, lower-cased ("a",
// "an", "the"), or "".
func meaningArticle(m string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(m), " ")
	switch first = strings.ToLower(first); first {
	case "a", "an", "the":
		return first
	}
	return ""
}

// pluralLooking reports whether term ends on a word that may be a
// plural ("Tensors", "Logos"; see pluralWord): the question cannot tell
// "is" from "are".
func pluralLooking(term string) bool {
	return pluralWord(term[strings.LastIndexByte(term, ' ')+1:])
}

// indefinite is the article for noun phrase s: as article chooses it for
// a word, and for letters in capitals "an" before a letter read with a
// vowel ("an FBI agent").
func indefinite(s string) string {
	w, _, _ := strings.Cut(s, " ")
	if allCapitals(trimPunct(w)) {
		if strings.ContainsRune("AEFHILMNORSX", rune(w[0])) {
			return "an"
		}
		return "a"
	}
	return article(w)
}

// smallTerm is s, a term opening a sentence or a label, with its first
// letter small unless its first word is a name (isName, given it in small
// letters; nil takes none) or is written in capitals, or another of its
// words has a capital: "Osmosis is" opens a sentence, and "What is
// Osmosis?" would make a name of it. An article opening s is small too.
func smallTerm(s string, isName func(string) bool) string {
	w, rest, _ := strings.Cut(s, " ")
	if rest != "" && (w == "The" || w == "A" || w == "An") {
		return strings.ToLower(w) + " " + smallTerm(rest, isName) // "the Convolution Theorem", "a point"
	}
	w = trimPunct(w)
	if w == "" || strings.ContainsFunc(w[1:], unicode.IsUpper) || isName != nil && isName(strings.ToLower(w)) || strings.ContainsFunc(rest, unicode.IsUpper) {
		return s // "DNA", "VC-dimension", "MaterialApp"; "Checkpoints and Threads", "Docker Image": a name in title case
	}
	return lowerFirst(s)
}

// termNamer reports whether a term's first word, in small letters, is a
// name in f's note. A term whose meaning says it is a made thing with a
// name (a framework, a language, an app, a company: "Go is a
// high-performance language ...", "Granola is an AI tool ...") is written
// as the note writes it, though other notes write "go" and "granola".
// Else the note's own use comes first (a word it capitalises inside a
// sentence), then the notes': a name when they capitalise it inside
// sentences and never write it in small letters ("What is osmosis?").
func termNamer(f *notes.Fact, lx *lexicon) func(string) bool {
	if meaningOfProduct(f.Answer) {
		return func(string) bool { return true }
	}
	if lx == nil {
		return nil
	}
	return func(w string) bool {
		// a glossary's terms open their lines, where a name shows no sign
		// of being one: English writes "Jacobin" only with a capital
		return lx.isUpper(f.Note, w) || lx.isName(w) || !lx.isLower(w) && namesOnly(w)
	}
}

// namesOnly reports whether w, in small letters, is a word English writes
// only with a capital (see propernames), or the plural of one
// ("jacobins").
func namesOnly(w string) bool {
	if propernames.Is(w) {
		return true
	}
	stem, ok := strings.CutSuffix(w, "s")
	return ok && len(stem) >= 3 && propernames.Is(stem)
}

// meaningOfProduct reports whether a meaning says, with an indefinite
// article, that the term is a kind of made thing that goes by a name,
// among its first words and before any clause: "a lightweight framework
// that ...", "an AI-powered writing assistant". "The framework that
// describes ..." (quantum mechanics), "a waste product" (adenosine) and
// "a disorder of the intestines" are none.
func meaningOfProduct(m string) bool {
	words := strings.Fields(m)
	if len(words) < 2 || words[0] != "a" && words[0] != "an" {
		return false
	}
	for i, w := range words[1:min(len(words), 7)] {
		l := strings.ToLower(trimPunct(w))
		if l == "who" || l == "that" || l == "which" || l == "of" || l == "for" || l == "where" {
			return false
		}
		if productKinds[l] || l == "platform" && !builtPlatform[strings.ToLower(words[i])] {
			return true
		}
	}
	return false
}

// builtPlatform before "platform" make it one of stone or steel ("a stone
// platform where ships load"), not software.
var builtPlatform = wordsOf("stone wooden concrete steel raised floating oil drilling offshore railway train station viewing observation")

// productKinds are kinds of things that people name: software, firms,
// works.
var productKinds = wordsOf("framework language library tool app software company startup " +
	"service database extension editor brand browser engine runtime project website chatbot assistant " +
	"game podcast channel film movie novel album band firm retailer manufacturer exchange agency")

// meaningOfPerson reports whether a meaning introduces a person: a role
// or a person's noun among its first words, before any clause ("a
// controversial, yet included, part-timer", "a crucial left-arm seamer",
// "an American investor who ..."). "What is Charlotte Edwards?" asks a
// person as a thing, and what a person "is" judges more than it defines.
func meaningOfPerson(m string) bool {
	words := strings.Fields(m)
	for i, w := range words[:min(len(words), 7)] {
		l := strings.ToLower(trimPunct(w))
		if i > 0 && (l == "who" || l == "that" || l == "which" || l == "of" || l == "in" || l == "for" || l == "with") {
			return false
		}
		if personNouns[l] || isRoleWord(l) {
			return true
		}
	}
	return false
}

// personNouns name a person by what they do or are, beside roleWords.
var personNouns = wordsOf("person man woman individual figure player batter batsman bowler seamer spinner " +
	"cricketer footballer athlete coach part-timer all-rounder keeper wicketkeeper captain singer actor actress " +
	"rapper musician comedian podcaster youtuber influencer host character protagonist villain hero " +
	"entrepreneur investor leader member personality celebrity veteran rookie prodigy legend student")

// acronym reports whether term opens on a word in capitals ("RNA", "DNA
// (deoxyribonucleic acid)"), which is named without an article.
func acronym(term string) bool {
	w, rest, _ := strings.Cut(term, " ")
	return allCapitals(trimPunct(w)) && (rest == "" || strings.HasPrefix(rest, "(")) // not "an FBI agent"
}

// allCapitals reports whether w, of two letters or more, is written in
// capitals: "DNA", "ATP".
func allCapitals(w string) bool {
	return len(w) >= 2 && isAllCaps(w)
}

// termBlank is the term's cloze of f: the sentence with the term blanked
// after a copula ("A _____ is a single-celled organism ..."), else the
// meaning after a blank label ("_____: the movement of water ...").
func termBlank(f *notes.Fact, term string) (string, bool) {
	if i, _ := copulaTerm(f, term); i >= 0 {
		return f.Sentence[:i] + Blank + f.Sentence[i+len(term):], true
	}
	m := strings.TrimSpace(f.Answer)
	if m == "" {
		return "", false
	}
	if !strings.HasSuffix(m, ".") {
		m += "."
	}
	return Blank + ": " + m, true
}

// termsLike writes other terms as term is written where the blank
// stands: capitalised when the blank opens the sentence ("_____ is the
// spread of particles ..."), in lower case after "The" when term is
// ("The _____ is the organelle ...": "osmosis", not "Osmosis", which a
// sentence's first word had capitalised). Acronyms and names of several
// capitalised words stay as they are.
func termsLike(opts []string, term string, opens bool) []string {
	out := make([]string, len(opts))
	for i, o := range opts {
		switch {
		case opens:
			o = upperFirst(o)
		case startsUpper(term) || acronym(o) || len(strings.Fields(o)) > 1 && allCapitalised(o):
		default:
			o = lowerFirst(o)
		}
		out[i] = o
	}
	return out
}

// allCapitalised reports whether every word of s opens on a capital.
func allCapitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// otherTerms are the terms of own, the glossary facts of f's note, other
// than f's, each once (after normalising) and never one equal to f's.
// Terms of other notes' glossaries would be options of another subject
// ("Graph" beside "Mating Strategy"), which a learner rules out at a
// glance.
func otherTerms(f *notes.Fact, own []*notes.Fact) []string {
	seen := map[string]bool{answer.Normalize(f.Subject): true}
	var same []string
	for _, g := range own {
		if n := answer.Normalize(g.Subject); n != "" && !seen[n] {
			seen[n] = true
			same = append(same, strings.TrimSpace(g.Subject))
		}
	}
	return same
}

// glossaryStatement states f's term with its meaning, or, about half the
// time (a coin of the fact's own seeded stream), with the meaning of
// another term of own (the glossary facts of its note), when there is one
// to state it falsely with: "A colophon is an iron frame that locks the
// lines of a page together." Only a meaning that opens on an article is
// stated, which reads after "is" whatever the term ("Cytoplasm is fills
// the cell" would not), and only a term whose number is known: its own
// copula's, or a label that does not look plural.
func glossaryStatement(f *notes.Fact, term string, own []*notes.Fact, seed int64, isName func(string) bool) (statement, truth string, ok bool) {
	meaning := strings.TrimSpace(f.Answer)
	article := meaningArticle(meaning)
	if article == "" || !readsAsMeaning(meaning) {
		return "", "", false
	}
	subject, verb := term, "is"
	if i, v := copulaTerm(f, term); i >= 0 {
		subject, verb = f.Sentence[:i+len(term)], v
		if verb == "refers" || verb == "refer" {
			verb += " to"
		}
	} else if pluralLooking(term) {
		return "", "", false
	} else if shown := unitTerm(term, meaning, smallTerm(term, isName)); article != "the" && !acronym(term) {
		subject = upperFirst(indefinite(term) + " " + shown) // "A colophon is a note ..."
	} else if a := thingArticle(term, shown, meaning); article == "the" && a != "" {
		subject = upperFirst(a + " " + shown) // "A nucleus is the compartment ...", "The Golgi apparatus is ..."
	}
	var others, alike []string
	head := meaningHead(meaning)
	for _, g := range own {
		m := strings.TrimSpace(g.Answer)
		// another term's meaning of the same number ("A quay is the small
		// boats ..." is false by its grammar alone)
		if g != f && meaningArticle(m) != "" && readsAsMeaning(m) &&
			pluralLooking(g.Subject) == (verb == "are") && answer.Normalize(m) != answer.Normalize(meaning) && !termShows(term, m) {
			others = append(others, m)
			if head != "" && headKind(meaningHead(m)) == headKind(head) {
				alike = append(alike, m)
			}
		}
	}
	if len(others) == 0 {
		// nothing to state it falsely with: a statement that is always
		// true asks nothing the question does not
		return "", "", false
	}
	r := factRand(seed, FactKey(*f), TF)
	truth = "true"
	if r.IntN(2) == 0 {
		// stated falsely only with a meaning of the same kind of thing: "A
		// compound is a substance made of only one kind of atom", not
		// "Electrolysis is a substance ...", which a process cannot be
		// (blind raters rejected all three such statements of learners'
		// glossaries, and took about half of those of unlike heads); with
		// none, the coin that fell for a false statement gives none
		if len(alike) == 0 {
			return "", "", false
		}
		meaning, truth = alike[r.IntN(len(alike))], "false"
	}
	return subject + " " + verb + " " + strings.TrimRight(meaning, ".") + ".", truth, true
}
