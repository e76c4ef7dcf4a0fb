package cards

import (
	"math"
	"slices"
	"strings"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
)

// Rules from a strict teacher's second review: statements that go stale or
// report what people think, dates that are only bounds ("By 1964, ..."),
// blanks in a list label or spanning a whole quotation, year options the
// stem's own years rule out, and false statements whose shifted year the
// sentence's other figures leave arguable. Like rules.go they are word and
// number scans, no regular expressions: they run for every card of a large
// corpus.

// The second review of a finished card is reviewStemOK and
// reviewOptionsOK; shown is the question without its true/false preamble.

// reviewOptionsOK is the part of the second review that reads an mc
// card's options and key position: the rest is known before the options
// are drawn. When parsed, vs are the options' values, parsed already
// (nil: unreadable).
func reviewOptionsOK(c *Card, shown string, ctx *context, vs []float64, parsed bool) bool {
	f := c.Fact
	if c.Type == MC || c.Type == TF && c.Answer == "false" {
		// a bound ("over 60 billion") is as true of another value on its side
		if side := numericBound(ctx.sp.left, f.Answer); side != 0 && ctx.key.numeric {
			if c.Type == TF || side > 0 && c.Key != 0 || side < 0 && c.Key != len(c.Choices)-1 {
				return false
			}
		}
	}
	if c.Type == MC && ctx.key.numeric && isNumericKind(f.Kind) {
		ok := vs != nil
		if !parsed {
			vs, ok = ctx.sents.optionValues(c.Choices, f.Kind)
		}
		if ok && (distractorStandsOut(vs, c.Key) || f.Kind == notes.Date && !yearOptionsFit(c, shown, vs) || evenlySpaced(vs, c.Key) || f.Kind != notes.Date && distractorsSpaced(vs, c.Key)) {
			return false
		}
	}
	return true
}

// reviewStemOK is the second review's checks of what a card shows other
// than its options.
func reviewStemOK(c *Card, shown string, ctx *context) bool {
	f := c.Fact
	cl := ctx.claimsOf()
	body := strings.TrimPrefix(shown, ctx.prefix) // the statement, past "True or false: "
	if cl.rejectsAll() || leansOnThen(body) {
		return false
	}
	if labelFragment(shown) || subjectless(body) || participleFragment(body) || nameOnly(body) || givenAsExample(shown) {
		return false
	}
	if f.Kind == notes.Date && (c.Type != TF || c.Answer == "false") && yearOfAState(ctx.sp.left, ctx.sp.right) {
		// "In 1919, the empire was the largest country": any year of the
		// state fits a blank, and a moved one may still be true
		return false
	}
	if f.Kind == notes.Actor && c.Type != TF && nameGivesAway(strings.Replace(shown, Blank, " ", 1), f.Answer) {
		return false // "Who founded the Acme Aircraft subsidiary?" for Acme Heavy Industries
	}
	if f.Kind == notes.Actor && c.Type != TF && splitsRegnalName(ctx.sp.left, f.Answer) {
		return false // "Queen _____ issued an edict" for "Maren II": the blank splits the name
	}
	switch c.Type {
	case QA, Cloze, MC:
		if f.Kind == notes.Date && openBounds[boundDate(ctx.sp.left)] {
			return false // "By _____, relations were strained": any later date fits too; "ended after _____", any earlier one
		}
		if changeBlank(ctx.sp.left, f.Answer) {
			return false // "reduced from _____ of the plane": two values asked as one
		}
		if f.Kind == notes.Quantity && quotedPrice(ctx.sp.left, ctx.sp.right, f.Sentence) {
			return false
		}
		if c.Type != QA && f.Kind == notes.Date && dateModifies(ctx.sp.left, ctx.sp.right) {
			return false // "during the _____ crisis": "financial" fills it as well as the year
		}
		if c.Type == QA && f.Kind == notes.Date && asksRepeatedOnce(c.Question, f.Sentence) {
			return false
		}
	}
	if f.Kind == notes.Date && yearless(c, shown, ctx) {
		return false
	}
	if c.Type == MC || c.Type == TF && c.Answer == "false" {
		// another option or a changed value may be as true as the key
		if exampleBlank(ctx.sp.left) || openBound(ctx.sp.right) {
			return false
		}
	}
	switch c.Type {
	case Cloze, MC:
		if blankInLabel(ctx.sp.left) || quotedBlank(ctx) || possessiveBlank(ctx.sp.left) {
			return false
		}
		if !ctx.key.numeric && namedAfter(ctx.sp.right) {
			return false // "_____, Mohammed Reza Pahlavi, oversaw": the name gives the title away
		}
		if !ctx.key.numeric && !ctx.key.name && cl.judgement || ctx.key.verbStart && ctx.key.words >= 3 {
			return false // a graded claim's wording, or a verb phrase any paraphrase of which fits
		}
		if c.Type == Cloze && (exampleBlank(ctx.sp.left) || durationAfterIn(ctx.sp.left, f)) {
			return false
		}
	case TF:
		if cl.judgement || hasQuotation(shown) {
			return false
		}
		if c.Answer == "false" && !ctx.key.numeric && !likePersons(f, f.Answer, swapped(ctx.statement(f.Answer), shown), ctx.lx) {
			return false
		}
		if c.Answer == "false" && ctx.key.numeric && f.Kind != notes.Date && !clearlyApart(f.Answer, swapped(ctx.statement(f.Answer), shown)) {
			return false // "90%" for "93%", "seven" for "five": a rounding or a trick on memory
		}
		if c.Answer == "false" && f.Kind == notes.Date && boundDate(ctx.sp.left) != "" {
			return false // "By the end of 1917" for 1918 may still be true
		}
		if c.Answer == "false" && f.Kind == notes.Date && shiftArguable(ctx.sp.sentence(), shown, f.Answer) {
			return false
		}
		if c.Answer == "false" && inAside(ctx.sp.left) {
			return false // "provided 50% ($80 million)": the claim holds, only an aside is false
		}
	}
	return true
}

// describedBlank reports whether a blank after a form of "be" asks a
// description ("Figma is _____" for "a highly productive tool", "GEO
// Group is _____" for "a REIT undergoing restructuring"): any paraphrase,
// or another true description, fills it as well. Both blind raters
// rejected such blanks as vague.
//
// A description tied to a name by a preposition is one fact, not a
// judgement ("an extension of the Anatolian Peninsula", "a co-founder of
// Tribe Capital"), and keeps its score.
func describedBlank(left, ans string) bool {
	if !strings.HasPrefix(ans, "a ") && !strings.HasPrefix(ans, "an ") || !copulaEnds(left) {
		return false
	}
	for _, p := range []string{" of ", " at ", " by ", " from ", " in ", " for "} {
		if i := strings.Index(ans, p); i > 0 {
			rest := strings.TrimPrefix(ans[i+len(p):], "the ")
			if startsUpper(rest) {
				return false
			}
		}
	}
	return true
}

// namesJoined reports whether an answer is two to four names joined by
// "and", "&" or commas ("Nehru and Jinnah", "BYD, Huawei, and CATL"),
// each capitalised.
func namesJoined(ans string) bool {
	if !strings.Contains(ans, " and ") && !strings.Contains(ans, ", ") && !strings.Contains(ans, " & ") {
		return false // most answers: one name
	}
	items := answer.ListItems(strings.ReplaceAll(ans, " & ", " and "))
	for _, item := range items {
		if !startsUpper(item) {
			return false
		}
	}
	return items != nil
}

// inAside reports whether text ending at the answer leaves it inside
// brackets: a detail beside the sentence's claim, not the claim.
func inAside(left string) bool {
	return strings.Count(left, "(") > strings.Count(left, ")")
}

// staleMarkers date a statement to the moment it was written: "has not yet
// been released", "currently", "is expected to". Such a card turns false
// with time, and a true/false card on it cannot be marked a year later.
var staleMarkers = map[string]bool{
	"currently": true, "current": true, "today": true, "still": true, "now": true, "presently": true, "ago": true,
	"recent": true, "recently": true, "nowadays": true, "will": true, "won't": true, "remains": true, "remain": true, "upcoming": true,
}

// stalePhrases are stale markers of several words, matched on word bounds.
var stalePhrases = []string{"continues to", "continue to", "not yet", "yet to", "at present", "so far", "to date", "as of", "expected to",
	"plans to", "plan to", "is planned", "are planned", "is set to", "are set to", "is due to", "are due to",
	"looking ahead", "coming years", "next year", "is no longer", "are no longer",
	// a forecast made when the note was written ("is anticipated to be the victor")
	"anticipated to", "is anticipated", "are anticipated", "predicted to", "projected to", "forecast to", "envisions",
	// and one in the present ("Experts predict a _____ for India", "the FDA
	// is anticipating approvals by the end of _____": both blind raters
	// rejected them as a guess taught as a fact), not a law's or a
	// theory's ("Moore's Law predicts the doubling", "can predict adult
	// attachment")
	"predict a", "predicts a", "predict an", "predicts an", "experts predict", "analysts predict", "forecasts predict",
	"is anticipating", "are anticipating"}

// staleClaim reports whether sentence s makes a claim about the time it was
// written rather than a dated fact.
func staleClaim(s string) bool {
	for rest := s; rest != ""; {
		var w string
		w, rest = cutWord(rest)
		if len(w) < 3 || len(w) > 10 {
			continue
		}
		b := trimPunct(w)
		if startsUpper(b) {
			b = strings.ToLower(b)
		}
		if staleMarkers[b] {
			return true
		}
	}
	return staleSet.has(s) || countedFromNow(s) || yearlessMonth(s)
}

// yearlessMonth reports whether s dates something by a month with no
// year anywhere in it ("In February, the minister stated ...", "in early
// August markets fell"): the month of the year the note was written, which
// a card read later cannot place.
func yearlessMonth(s string) bool {
	if !strings.ContainsAny(s, "JFMASOND") {
		return false
	}
	prev := ""
	dated := false
	for rest := s; rest != ""; {
		var w string
		w, rest = nextField(rest)
		b := trimPunct(w)
		if len(b) == 4 && isDigits(b) && (b[0] == '1' || b[0] == '2') {
			return false // a year: the month is placed
		}
		if m, ok := strings.CutPrefix(b, "mid-"); ok && slices.Contains(monthNames, m) {
			dated = true // "mid-August"
		}
		if !dated && monthPrepositions[strings.ToLower(prev)] && slices.Contains(monthNames, b) {
			dated = true
		}
		prev = b
	}
	return dated
}

// monthPrepositions date by the month that follows them ("in May", "by
// early June"); "May" after anything else is as likely the verb.
var monthPrepositions = map[string]bool{"in": true, "on": true, "by": true, "since": true, "until": true, "early": true,
	"late": true, "from": true, "through": true, "throughout": true, "last": true, "this": true, "during": true}

// countedFromNow reports whether s dates something from when the note
// was written ("published last year", "this year's budget"); "the last
// year of the war" is a year of its own.
func countedFromNow(s string) bool {
	if !strings.Contains(s, "ear") { // most sentences name no year at all: no lower-cased copy
		return false
	}
	s = strings.ToLower(s)
	for _, p := range []string{"last year", "this year"} {
		if i := strings.Index(s, p); i >= 0 && !strings.HasSuffix(s[:i], "the ") && (i == 0 || s[i-1] == ' ') {
			return true
		}
	}
	return false
}

// hasPhrase reports whether s holds one of phrases, lower case, starting
// and ending on word bounds (or capitalised at the start of s).
func hasPhrase(s string, phrases []string) bool {
	for _, p := range phrases {
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], p)
			if i < 0 {
				if off == 0 && len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) && (len(s) == len(p) || !isLetterByte(s[len(p)])) {
					return true
				}
				break
			}
			i += off
			end := i + len(p)
			if (i == 0 || !isLetterByte(s[i-1])) && (end == len(s) || !isLetterByte(s[end])) {
				return true
			}
			off = end
		}
	}
	return false
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// hearsayPhrases report what people think or guess, not what happened.
var hearsayPhrases = []string{"most people", "many people", "some people", "people estimate", "people believe",
	"people think", "experts say", "critics say", "critics point", "critics argue", "many believe", "some believe", "it is said", "rumoured", "rumored",
	"many historians", "some historians", "historians point", "historians believe", "historians argue",
	"theory suggests", "theories suggest", "conspiracy theory", "conspiracy theories", "claims suggest", "it is claimed"}

// hearsay reports whether s states an unsourced view of unnamed people.
func hearsay(s string) bool { return hearsaySet.has(s) }

// judgementWords grade rather than state: "faces significant risks",
// "remarkably young". A true/false card on them is true by default and a
// false one cannot be told apart.
var judgementWords = []string{"significant", "significantly", "remarkable", "remarkably", "considerable",
	"considerably", "substantial", "substantially", "dramatic", "dramatically", "enormous", "tremendous",
	"successful", "pivotal", "strong influence", "heavily influenced", "deeply", "more authoritarian",
	"increasingly authoritarian", "revolutionized", "revolutionised", "changed the world",
	// a view reported rather than a fact: "Her view was that ..."
	"view was", "views were", "argued that", "claimed that", "felt that", "believes", "believed that",
	"perceived to", "perceived as", "characterized as", "characterised as",
	// a reading of events rather than one: "was not a foregone
	// conclusion but rather", "served as a catalyst", "can be seen as"
	"but rather", "foregone conclusion", "served as a catalyst", "can be seen as", "was evident in", "arguably",
	"wild card", "potential future", "true breakthrough",
	// a verdict on who leads, or on what one needs: "gained the upper hand",
	// "an unprecedented cult", "would need to bat more aggressively"
	"upper hand", "unprecedented", "far exceeding", "paradigm shift", "would need to"}

// judgement reports whether a statement grades what it describes, or
// opens on a concession ("Though Greece had gained the islands, Cyprus
// remained unclaimed"): the writer's contrast, whose main claim a card on
// the conceded part asserts untested (teachers took 16 of 46).
func judgement(s string) bool { return judgementSet.has(s) || concessive(s) || forecast(s) }

// forecast reports whether statement s says what something "could" do
// rather than what it did: "could" in its main clause (before any "that",
// "as", "if" and the like: "warned that inflation could persist" reports
// a warning) and no verb in the past ("The Kesh engine, built in 1903,
// could lift ten tons" tells what it could do then). Teachers rejected
// such statements stated true as opinion ("The shift to electric ferries
// could cut emissions"): a forecast is neither true nor false yet.
func forecast(s string) bool {
	if !strings.Contains(s, "could ") {
		return false // most sentences
	}
	found, verb := false, false
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		b := bareWord(w)
		switch {
		case b == "could":
			found, verb = true, true
		case verb:
			verb = false // the verb "could" takes is bare, though "cut" or "set" read as past
		case !found && (subordinators[b] || notClaimClause[b]):
			return false // "could" in a clause of the sentence, not its claim
		case isPastVerb(b) || b == "was" || b == "were" || b == "had" || b == "did":
			return false
		}
	}
	return found
}

// notClaimClause, with subordinators, open a clause whose "could" is not
// the sentence's claim.
var notClaimClause = map[string]bool{"that": true, "who": true, "whom": true, "which": true, "whose": true,
	"so": true, "whether": true, "what": true, "where": true, "than": true, "how": true, "until": true}

// concessive reports whether s opens on a concession. It is narrower
// than concessives, which tell a blank inside an opening clause: "While"
// opens as many clauses of time as of contrast, and "Despite" a phrase
// that states nothing of its own.
func concessive(s string) bool {
	w, rest := nextField(s)
	if w == "Even" {
		w, _ = nextField(rest)
		return w == "though"
	}
	return w == "Though" || w == "Although"
}

// contrastOpener reports whether s opens on "While" as a contrast, not
// a time: "While Dubai is crypto-friendly, ..." but not "While in exile,"
// or "While he was serving as mayor,", a clause of time by its
// preposition or its progressive verb.
func contrastOpener(s string) bool {
	w, rest := nextField(s)
	if w != "While" {
		return false
	}
	if next, _ := nextField(rest); placePrepositions[next] || next == "during" {
		return false
	}
	clause, _, _ := strings.Cut(rest, ",")
	prev := ""
	for w, more := nextField(clause); w != ""; w, more = nextField(more) {
		if (prev == "was" || prev == "were" || prev == "is" || prev == "are") && strings.HasSuffix(w, "ing") {
			return false
		}
		prev = w
	}
	return true
}

// hasQuotation reports whether s quotes someone at length (three words or
// more between quotation marks; a quoted term of one or two words is a
// name for something): a true/false card on it tests wording.
func hasQuotation(s string) bool {
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}} {
		i := strings.Index(s, q[0])
		for i >= 0 {
			j := strings.Index(s[i+len(q[0]):], q[1])
			if j < 0 {
				break
			}
			if countWords(s[i+len(q[0]):i+len(q[0])+j]) >= 3 {
				return true
			}
			next := i + len(q[0]) + j + len(q[1])
			k := strings.Index(s[next:], q[0])
			if k < 0 {
				break
			}
			i = next + k
		}
	}
	return false
}

// quotedBlank reports whether the blank is a whole quotation of two words
// or more that is not a name ("the decision was \"_____\""): recalling a
// speaker's wording, not a fact.
func quotedBlank(ctx *context) bool {
	l, r := strings.TrimRight(ctx.sp.left, " "), strings.TrimLeft(ctx.sp.right, " ")
	open := strings.HasSuffix(l, `"`) || strings.HasSuffix(l, "“")
	closed := strings.HasPrefix(r, `"`) || strings.HasPrefix(r, "”") || strings.HasPrefix(r, `,"`) || strings.HasPrefix(r, `."`)
	return open && closed && ctx.key.words >= 2 && !ctx.key.name
}

// dateModifiers stand between a bounding word and its date: "by the end
// of", "by late", "from the early".
var dateModifiers = map[string]bool{
	"the": true, "end": true, "middle": true, "start": true, "beginning": true, "turn": true, "of": true,
	"early": true, "late": true, "mid": true, "mid-": true, "spring": true, "summer": true, "autumn": true,
	"fall": true, "winter": true, "first": true, "second": true, "half": true, "close": true,
}

// boundWordsForDates bound a date rather than name it.
var boundWordsForDates = map[string]bool{
	"by": true, "from": true, "since": true, "until": true, "till": true, "throughout": true,
	"after": true, "before": true, "following": true, "prior": true,
}

// splitsRegnalName reports whether an actor's answer is the end of a
// ruler's name whose first word stands before it ("Sultan Kesh II", "Queen
// Maren II"): a title that is part of the name, left out of the answer.
func splitsRegnalName(left, ans string) bool {
	_, last, n := lastTwoFields(ans)
	if n < 2 || !romanNumeral(last) {
		return false
	}
	l := strings.TrimRight(left, " ")
	return l != "" && !strings.HasSuffix(l, ",") && startsUpper(l[strings.LastIndexByte(l, ' ')+1:])
}

// romanNumeral reports whether w is a regnal number, II to XX.
func romanNumeral(w string) bool {
	w = strings.TrimRight(w, ".,;:")
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	return strings.Trim(w, "IVX") == ""
}

// openBounds are the bounds any date on one side of the answer meets as
// well: by, after and before a year, every later or earlier one is true.
var openBounds = map[string]bool{"by": true, "after": true, "before": true, "prior": true}

// boundDate returns the word that bounds the date ending left ("by" in "By
// the end of _____"), past modifiers such as "the end of" and "late", or "".
func boundDate(left string) string {
	for n := 0; n < 6; n++ {
		l := strings.TrimRight(left, " ")
		i := strings.LastIndexByte(l, ' ')
		w := strings.ToLower(trimPunct(l[i+1:]))
		if strings.HasSuffix(l, ",") || w == "" {
			return ""
		}
		if boundWordsForDates[w] {
			return w
		}
		if _, before, _ := lastTwoFields(l[:max(i, 0)]); w == "to" && strings.EqualFold(before, "prior") {
			return "prior" // "prior to _____"
		}
		if !dateModifiers[w] || i < 0 {
			return ""
		}
		left = l[:i+1]
	}
	return ""
}

// qaBounded reports whether a "when" question would ask for a date that
// only bounds its clause: "From its inception on 16 September 1963, the
// union proved difficult" asked as "When did the union prove difficult?",
// or "By 1933, ..." asked as "In what year ...?", or that dates another
// event than the main clause's ("Despite ... in 2014, ...").
func qaBounded(f notes.Fact, sp span) bool {
	if f.Kind != notes.Date {
		return false
	}
	if boundDate(sp.left) != "" {
		return true
	}
	// a date inside an opening phrase dates the clause its first word sets
	if !strings.HasPrefix(strings.TrimLeft(sp.right, " "), ",") {
		return false
	}
	w := openingWord(sp.left)
	return boundWordsForDates[w] || concessives[w]
}

// openingWord is the first word of left, the text before a blank, lower-
// cased, when the blank is inside the sentence's opening clause (no comma
// before it), or "".
func openingWord(left string) string {
	l := strings.TrimLeft(left, " ")
	if strings.Contains(l, ",") {
		return ""
	}
	w, _ := cutWord(l)
	return strings.ToLower(trimPunct(w))
}

// inConcession reports whether left, the text before a blank, is inside
// an opening concessive clause ("Though the guild met in _____").
func inConcession(left string) bool {
	return concessives[openingWord(left)]
}

// concessives open a clause whose event is not the sentence's own:
// "Despite condemning the invasion in 2014, the republic refused
// sanctions" does not say when it refused.
var concessives = map[string]bool{"despite": true, "although": true, "though": true, "while": true,
	"whereas": true, "notwithstanding": true}

// qaMisparsed reports whether a qa question was built on a verb that is
// not the sentence's main verb: in "An armed campaign launched in April
// 1955 to force Britain out led to tensions", "launched" opens a reduced
// relative clause and "led" is the main verb, so "When did an armed
// campaign launch ... led to tensions?" is ungrammatical. It also catches
// a participle clause that lost its comma ("grow leading to").
func qaMisparsed(q string, f notes.Fact, sp span) bool {
	for _, p := range []string{" leading to ", " resulting in ", " causing ", " prompting ", " making it "} {
		if strings.Contains(q, p) {
			return true
		}
	}
	if strings.HasPrefix(q, "When ") && strings.Contains(q, " when ") {
		return true // "When did the breaking point come when ...?": two times asked at once
	}
	if indefiniteSubject(q) {
		return true
	}
	if (strings.HasPrefix(q, "When ") || strings.HasPrefix(q, "In what year ")) && finiteAfterAnd(q) {
		// "When did Somaliland come into existence and was recognised
		// ...?": one verb asked, the other left as it was; "In what year
		// was Newton born ... and was brought up ...?": two events dated
		return true
	}
	if w := bareWord(lastWordOf(f.Answer)); len(w) >= 4 && !isDigits(w) && containsWord(q, w) {
		return true // "What is the population? 5.45 million population": the answer echoes the question
	}
	if f.Kind == notes.Actor {
		// "caused by Neisseria gonorrhoeae, an intracellular ...": the
		// apposition describes the answer, and the question glued it on
		// ("Who caused urethritis an intracellular ...?"); "FastAPI-powered
		// agents": the answer is half of a word
		// ("Lady Sera Voss, a famous admiral, defeated ..." closes its
		// apposition and asks "Which famous admiral ...?")
		r := sp.right
		apposition := strings.HasPrefix(r, ", a ") || strings.HasPrefix(r, ", an ") || strings.HasPrefix(r, ", the ")
		if strings.HasPrefix(r, "-") || apposition && !strings.Contains(r[2:], ",") {
			return true
		}
	}
	if f.Kind != notes.Date {
		return false
	}
	if copularDateQuestion(q) || strings.HasPrefix(q, "In what year would ") || strings.HasPrefix(q, "When would ") {
		// "In what year was Japan's first expansion the capture of
		// Manchuria?", "When were computers comparable to calculators?":
		// a state dated, not an event; "would" asks a plan, and kept the
		// verb's past ("would Hash identified")
		return true
	}
	_, before, _ := lastTwoFields(sp.left)
	if w, _ := nextField(sp.right); w != "" && isLetterByte(w[0]) && (startsLower(w) || determiners[strings.ToLower(before)]) &&
		!functionWords[bareWord(w)] && !clauseOpeners[bareWord(w)] && !yearPrepositions[bareWord(w)] && !afterDate[bareWord(w)] {
		// "during the 2009-2011 financial crisis": the date names the
		// crisis, and the question left "at $5 per share financial
		// crisis?" behind
		return true
	}
	if didQuestion(q) && (pastAfterDid(q) || adverbAfterDid(q)) {
		return true
	}
	if hedgedBefore(sp.left) {
		return true // "bought around 600 BC" asked "In what year ...?": the note gives no year
	}
	if strings.HasSuffix(strings.ToLower(f.Answer), "century") {
		return true // "When did Richard conquer the island?" is answered by a year or a crusade as well as by "12th century"
	}
	if andWithoutVerb(q) {
		return true // "... win his first Nobel, and a second for BCS theory?": which one the date is of, the question does not say
	}
	if hasYear(q) || strings.Contains(q, " in the year ") {
		// "In what year did Pichai join Google and become CEO in 2015?",
		// "... was C# created in the year by ...?": the question dates
		// another event, or keeps the words that led to its answer
		// (teachers took none of 16)
		return true
	}
	if i := strings.LastIndex(sp.left, ", "); i > 0 {
		// the date ends a participle clause after the main one ("allowed
		// three miles, extended to six in 1936"): it dates the clause, and
		// a question on the main verb that drops it asks the wrong event
		w := bareWord(firstWord(sp.left[i+2:]))
		// "When was it extended?" asks the participle itself; "In what
		// year was the first computer the Z1, created by Zuse?" still
		// keeps it after its comma, and asks the main verb
		passive := (strings.Contains(q, " was ") || strings.Contains(q, " were ")) && containsWord(q, w) && !strings.Contains(q, ", "+w)
		if isPastVerb(w) && !passive {
			return true
		}
	}
	// the verb before the date: "campaign launched in" with no auxiliary
	lw := splitWords(sp.left)
	n := len(lw)
	if n < 3 || strings.HasSuffix(lw[n-2], ",") {
		return false
	}
	verb, aux := strings.ToLower(bareWord(lw[n-2])), strings.ToLower(bareWord(lw[n-3]))
	if !isPastVerb(verb) || auxiliaries[aux] || aux == "and" || aux == "who" || aux == "which" || aux == "that" {
		return false
	}
	// another finite past verb before the clause ends
	r := sp.right
	if i := strings.IndexAny(r, ",;"); i >= 0 {
		r = r[:i]
	}
	rw := splitWords(r)
	for i := 1; i < len(rw); i++ {
		w, prev := bareWord(rw[i]), bareWord(rw[i-1])
		if clauseOpeners[prev] {
			return false // a clause of its own: "... in 1901 and the docks reopened"
		}
		if _, irr := irregular[w]; (irr || isPastVerb(w)) && !auxiliaries[prev] && !functionWords[prev] && !startsUpper(rw[i]) {
			return true
		}
	}
	return false
}

// finiteAfterAnd reports whether a question joins a second verb that
// kept its tense or auxiliary ("and was", "but had"), or a "did" question
// runs on into a clause of its own (", and Niazi surrendered?").
func finiteAfterAnd(q string) bool {
	if didQuestion(q) {
		if i := strings.Index(q, ", and "); i >= 0 {
			for w, rest := nextField(q[i+len(", and "):]); w != ""; w, rest = nextField(rest) {
				if !startsUpper(w) && isPastVerb(bareWord(w)) {
					return true
				}
			}
		}
	}
	for _, aux := range []string{" and was ", " and were ", " and is ", " and are ", " and had ", " and has ",
		" but was ", " but were ", " but is ", " but are ", " but had ", " but has "} {
		if strings.Contains(q, aux) {
			return true
		}
	}
	return false
}

// afterDate are words that follow a date without it naming them: a
// preposition or an adverb ("in 1990 amid protests", "in 1990 alone").
var afterDate = map[string]bool{"amid": true, "amidst": true, "under": true, "against": true, "among": true,
	"upon": true, "over": true, "via": true, "alongside": true, "following": true, "despite": true, "per": true,
	"without": true, "toward": true, "towards": true, "across": true, "near": true, "about": true, "along": true,
	"ago": true, "later": true, "earlier": true, "onwards": true, "onward": true, "alone": true, "only": true,
	"too": true, "respectively": true, "again": true, "already": true, "also": true, "still": true, "then": true,
	"once": true, "itself": true, "just": true, "amongst": true, "beyond": true}

// ingPrepositions end in -ing but are no verbs.
var ingPrepositions = map[string]bool{"during": true, "including": true, "regarding": true, "following": true,
	"concerning": true, "according": true, "notwithstanding": true}

// andWithoutVerb reports whether a question ends in a clause joined by
// ", and" that has no verb of its own ("..., and a second for BCS
// theory?"): an elliptical second event, which the date may be of.
func andWithoutVerb(q string) bool {
	i := strings.LastIndex(q, ", and ")
	if i < 0 {
		return false
	}
	after := q[i+len(", and "):]
	if w, _ := nextField(after); !determiners[bareWord(w)] {
		// "..., and burn its port?": a verb of the question's own, in
		// its base form; "..., and Turkey?": the last of a list
		return false
	}
	if before := q[:i]; strings.Contains(before[max(0, len(before)-40):], ", ") {
		return false // "by Britain, Greece, and the US?": a list
	}
	return !clauseHasVerb("and", after, true)
}

// didQuestion reports whether q asks "When did" or "In what year did".
func didQuestion(q string) bool {
	return strings.HasPrefix(q, "When did ") || strings.HasPrefix(q, "In what year did ")
}

// pastAfterDid reports whether a "did" question keeps a verb in the
// simple past before any clause of its own opens ("When did reforms
// initiate by Deng sought to ...?"): the question was built on a
// participle, and the sentence's main verb is left as it was. Only the
// irregular pasts are read: a past in -ed is as often a participle
// modifying a noun ("the planned attack").
func pastAfterDid(q string) bool {
	_, rest, _ := strings.Cut(q, " did ")
	prev := ""
	for w, r := nextField(rest); w != ""; w, r = nextField(r) {
		b := bareWord(w)
		if clauseOpeners[b] || strings.HasSuffix(w, ",") {
			return false
		}
		if base, ok := irregular[b]; ok && base != b && !startsUpper(w) && !pastOrNoun[b] {
			return true
		}
		if next, _ := nextField(r); regularPastActs(prev, b, next) {
			return true
		}
		prev = b
	}
	return false
}

// regularPastActs reports whether w, a past in -ed between prev and next,
// acts as a verb on an object of its own ("the engine develop for
// SerenityOS declared its independence"): a participle modifying a noun
// is not followed by "its" or "the", and one after "had" or "was" is a
// tense of its own.
func regularPastActs(prev, w, next string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || startsUpper(w) || notVerbs[w] || auxiliaries[prev] || beforeParticiple[prev] {
		return false
	}
	switch next {
	case "its", "their", "his", "her", "the":
		return true
	}
	return false
}

// beforeParticiple make a passive of the participle after them, or open a
// clause of its own ("that", "who").
var beforeParticiple = map[string]bool{"been": true, "be": true, "being": true, "get": true, "got": true,
	"that": true, "which": true, "who": true}

// pastOrNoun are irregular pasts that as often stand for another word
// ("left wing", "found" as in to found, "bound for").
var pastOrNoun = map[string]bool{"left": true, "found": true, "bound": true, "lay": true, "saw": true, "fell": true, "rose": true,
	"felt": true, "ground": true, "wound": true, "lit": true, "fed": true, "bore": true}

// adverbAfterDid reports whether a "did" question opens on an adverb or a
// participle where its subject should be ("When did just a month before
// Brexit, Britain and Spain reach ...?"): a phrase before the subject was
// kept.
func adverbAfterDid(q string) bool {
	_, rest, _ := strings.Cut(q, " did ")
	w, _ := nextField(rest)
	switch b := bareWord(w); {
	case b == "just", b == "only", b == "shortly", b == "soon", b == "almost", b == "nearly", b == "exactly",
		b == "precisely", b == "even", b == "right", b == "barely":
		return true
	case len(b) > 4 && strings.HasSuffix(b, "ing") && b == w:
		return true // "When did recognizing the need, SEBI mandated ...?": an opening participle kept
	}
	return false
}

// copularDateQuestion reports whether a "when was" question has no verb
// after its "was": "In what year was the first expansion the capture of
// Manchuria?" dates a state of being, where "When was the port founded?"
// and "When was Aster searching for a route?" date an event.
func copularDateQuestion(q string) bool {
	rest, ok := "", false
	for _, p := range []string{"In what year was ", "In what year were ", "When was ", "When were "} {
		if rest, ok = strings.CutPrefix(q, p); ok {
			break
		}
	}
	if !ok {
		return false
	}
	prev := ""
	for w, r := nextField(rest); w != ""; w, r = nextField(r) {
		if startsUpper(w) {
			prev = ""
			continue
		}
		b := bareWord(w)
		// after a determiner a word in -ing is a noun ("was X the
		// opening of ...")
		gerund := len(b) > 4 && strings.HasSuffix(b, "ing") && !ingPrepositions[b] && !determiners[prev]
		if stativeParticiples[b] {
			return true // "In what year was Kesh plagued by floods?": a condition that lasted, not an event
		}
		if isPastVerb(b) || notVerbs[b] || participles[b] != "" || gerund {
			return false
		}
		prev = b
	}
	return true
}

// stativeParticiples tell a condition rather than an event after "was":
// "was plagued by", "was dominated by" last for years, and a year that
// dates them is one the sentence picked (teachers took 0 of 2).
var stativeParticiples = map[string]bool{"plagued": true, "characterized": true, "characterised": true,
	"dominated": true, "beset": true, "afflicted": true, "burdened": true, "gripped": true, "marked": true,
	"known": true, "regarded": true, "considered": true, "viewed": true, "seen": true, "troubled": true}

// indefiniteSubject reports whether a "when" question asks about something
// it names only as "a" or "an" ("In what year did a pivotal moment come?",
// "When did a ship run aground?"): which one, the card does not say
// (teachers took 1 of 36).
func indefiniteSubject(q string) bool {
	for _, wh := range []string{"When ", "In what year "} {
		rest, ok := strings.CutPrefix(q, wh)
		if !ok {
			continue
		}
		_, rest = nextField(rest) // did, was, were
		subj, _ := nextField(rest)
		return subj == "a" || subj == "an"
	}
	return false
}

// clauseOpeners start a clause with a verb of its own.
var clauseOpeners = map[string]bool{
	"and": true, "but": true, "or": true, "which": true, "who": true, "that": true, "when": true,
	"while": true, "as": true, "after": true, "before": true, "because": true, "where": true, "until": true,
}

// blankInLabel reports whether the blank sits inside a numbered list
// item's label ("Delay 2 (_____): ..."): the label numbers one of several
// like items, and the blank asks which of their dates is this one's. A
// named label keeps its blank ("Test Ban Treaty (_____): ...").
func blankInLabel(left string) bool {
	if strings.Contains(left, ": ") || countWords(left) > 5 {
		return false
	}
	l := strings.TrimRight(left, " ")
	return strings.HasSuffix(l, "(") && countWords(l) <= 4 && hasDigit(l)
}

// leansOnThen reports whether the sentence as shown goes on from the one
// before it: "Lee then tasked Chang ...", "Then, ...".
func leansOnThen(shown string) bool {
	w1, rest := cutWord(shown)
	if strings.EqualFold(trimPunct(w1), "then") {
		return true
	}
	w2, rest := cutWord(rest)
	if w2 == "then" {
		return true
	}
	w3, _ := cutWord(rest)
	return w3 == "then" && !strings.HasSuffix(w2, ",")
}

// possessiveDeterminers stand before a noun: a blank right after one asks
// for a noun phrase whose wording is free ("within its _____").
var possessiveDeterminers = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true, "your": true}

func possessiveBlank(left string) bool {
	l := strings.TrimRight(left, " ")
	return possessiveDeterminers[strings.ToLower(lastWordOf(l))] && strings.HasSuffix(left, " ")
}

// yearOptionsFit reports whether the year options of a date mc card agree
// with every year the stem and the innermost dated heading name: an option
// much further from such a year than the key is ("Throughout _____ and
// early 1919": 1906) is ruled out by the stem, and a key standing apart
// from three bunched years (2010, 2011, 2012 and 2015) is the one to pick.
func yearOptionsFit(c *Card, shown string, vs []float64) bool {
	if len(vs) != 4 {
		return true
	}
	years := make([]int, 4)
	for i, v := range vs {
		years[i] = int(math.Floor(v))
	}
	key := years[c.Key]
	named := namedYears(shown, nil)
	for i := len(c.Fact.Heading) - 1; i >= 0; i-- {
		if before := len(named); len(namedYears(c.Fact.Heading[i], named)) > before {
			named = namedYears(c.Fact.Heading[i], named)
			break
		}
	}
	for _, y := range named {
		kd := abs(key - y)
		slack := max(3, kd/2)
		for _, o := range years {
			if abs(o-y) > kd+slack {
				return false
			}
		}
	}
	// the key apart from three others bunched together
	lo, hi := 1<<30, -1<<30
	for i, y := range years {
		if i != c.Key {
			lo, hi = min(lo, y), max(hi, y)
		}
	}
	gap := 0
	switch {
	case key > hi:
		gap = key - hi
	case key < lo:
		gap = lo - key
	}
	return !(gap >= 3 && gap > hi-lo)
}

// namedYears appends the years s names (four digits standing alone) to to.
func namedYears(s string, to []int) []int {
	for i := 0; i+4 <= len(s); i++ {
		if y, ok := yearAt(s, i); ok && y >= 1000 && y <= 2199 {
			to = append(to, y)
			i += 3
		}
	}
	return to
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// ageWords give a person's age: with it, a year shifted by one may still be
// right ("retired in 2017 at age 86" when born in late 1931).
var ageWords = []string{"at age", "aged", "year-old", "years old", "at the age of"}

// shiftArguable reports whether a false statement's year differs from the
// true one by a single year while the sentence also gives an age, or
// differs so little from a season or a period ("late 1918") that the
// learner cannot tell.
func shiftArguable(sentence, statement, ans string) bool {
	ty, sy := namedYears(ans, nil), namedYears(swapped(sentence, statement), nil)
	if len(ty) != 1 || len(sy) != 1 || abs(ty[0]-sy[0]) > 1 {
		return false
	}
	for _, w := range ageWords {
		if strings.Contains(sentence, w) {
			return true
		}
	}
	return false
}

// plausiblePercent keeps a percentage distractor near the key: within a
// factor of two of it, or of its complement when the key is
// over half ("about 55 percent" beside a key of 15 is ruled out at once).
// Within a factor of two: four options then span a plausible range.
func plausiblePercent(v, key float64) bool {
	if key <= 0 || v <= 0 {
		return false
	}
	r := v / key
	if key > 50 && key < 100 && v < 100 {
		r = (100 - v) / (100 - key)
	}
	// and not within a twentieth of the key: "93%" beside "90%" is a trick
	return r >= 0.5 && r <= 2 && math.Abs(v-key) >= 0.05*math.Max(v, key)
}

// reviewPenalty lowers the score of cards a teacher would still accept but
// not rank among the safest: a quotation in the stem, a century for an
// answer (coarse, and often given away by what the sentence says of it),
// and a bare name opening the sentence that the card never introduces
// ("Lee then tasked ...").
func reviewPenalty(c *Card, ctx *context, lx *lexicon) float64 {
	all, notTF, notQA := factLowerings(c.Fact, ctx, lx)
	d := -all
	if c.Type != TF {
		d -= notTF
	}
	if c.Type != QA {
		d -= notQA
	}
	if c.Type != TF && hasQuotation(c.Question) {
		d -= 0.1
	}
	if c.Type != TF && ctx.claimsOf().judgement {
		d -= 0.05 // a graded claim around the blank: less safe than a plain one
	}
	if (c.Type == Cloze || c.Type == MC) && c.Fact.Kind == notes.Date && !namesEvent(c.Fact.Sentence) {
		// the date of an unnamed doing ("hired a clerk in _____") is more
		// often a detail than that of a named treaty, war, act or body:
		// teachers took 40% of such blanks on notes outside ../shared, 64%
		// beside a name (46% and 71% of mc cards); qa and tf cards showed
		// little difference
		d -= 0.05
	}
	if c.Type == QA && c.Fact.Kind == notes.Date {
		d += 0.1 // a question that names its event and asks when: the plainest card there is
		if qualifiedDate(c.Fact.Answer) {
			d -= 0.2 // "When did planning begin?" for "early 2021": which answer counts is loose (teachers took 9 of 28)
		} else if decade(c.Fact.Answer) {
			// "When did Japanese exports become a political issue?" for
			// "1990s": a year is no answer to it, and a blank asks the
			// decade no better (clozeLowerings); both blind raters of the
			// top-scored corpus cards rejected it
			d -= 0.1
		}
	}
	if c.Type == TF && c.Fact.Kind == notes.Date && qualifiedDate(c.Fact.Answer) {
		// "By late 1996, the group ..." stated true or moved to "late
		// 1998": a loose date makes a loose statement, and its false
		// twin a quibble (teachers took 12 of 58)
		d -= 0.2
	}
	if c.Type == TF && c.Fact.Kind != notes.Date && figureCount(c.Fact.Sentence) >= 3 {
		// "Ukraine had supplied 78% of Russia's coal, 74% of its iron ore
		// and 80% of its grain": a statement of who or what that asserts a
		// chain of figures besides, a detail to check figure by figure
		// (teachers took 18 of 54)
		d -= 0.1
	}
	if c.Type == TF && contrastOpener(ctx.sp.sentence()) {
		// "While prices are listed in US dollars, an estimated 30% can
		// be added": the writer's contrast stated as one fact to check,
		// the conceded half untested (teachers took 2 of 8 on notes
		// outside ../shared; its blanks as often as others)
		d -= 0.1
	}
	if c.Type == TF && c.Answer == "true" && countWords(c.Question) <= 15 {
		// "True or false: By the late 1990s, the group came under
		// pressure.": a short true statement says little a learner can
		// check (teachers took one in four; long ones four in five)
		d -= 0.15
	}
	if c.Type == Cloze {
		d = clozeLowerings(d, c.Fact, ctx)
	}
	return d
}

// clozeLowerings is d less what reviewPenalty takes from a cloze card for
// its fact f alone, whatever the card shows: prepare's score bound
// (reaches) reads it too, for most facts the cloze is their best card.
func clozeLowerings(d float64, f notes.Fact, ctx *context) float64 {
	switch {
	case f.Kind == notes.Quantity:
		// a blanked share, count or sum: teachers took one in three, and
		// two fresh blind raters took 12 and 10 of 36 at 0.6-0.8 (three
		// in four blanked dates there): survey shares, prices, prize
		// money and figures of the day the note was written
		d -= 0.2
	case f.Kind == notes.Population:
		d -= 0.15 // a blanked count or share of people: teachers took one in four, on notes seen and unseen alike
	}
	if (f.Kind == notes.Quantity || f.Kind == notes.Population) && figureCount(f.Sentence) >= 2 {
		// "over _____, and possibly closer to 30%": a figure beside
		// another, a number among numbers (teachers took 13 of 54, 17 of
		// 38 alone in its sentence)
		d -= 0.1
	}
	if f.Kind == notes.Definition {
		d -= 0.1 // a blanked name of a thing ('a "_____" node', 'called "_____"'): teachers took one in four on notes they had not seen
		if describedBlank(ctx.sp.left, f.Answer) {
			d -= 0.15
		}
	}
	if bareNameAnswer(ctx) {
		d -= 0.1 // "_____ devised a solution": a surname alone, the person never introduced
	}
	if f.Kind == notes.Actor && namesJoined(f.Answer) {
		// "_____ met on August 15, 1946" for "Nehru and Jinnah": one
		// blank hides how many names it wants, and one of them fills it
		// too; raters called such blanks ambiguous, and took 9 of 16 at
		// the default (three in four of the other actor blanks)
		d -= 0.1
	}
	words := ctx.sentenceWords() // countWords(f.Sentence), known to the score already
	if f.Sentence != ctx.f.Sentence {
		words = countWords(f.Sentence)
	}
	if words < shortSentence {
		// "Kesh was founded in _____.": a short sentence leaves a blank
		// little to stand on (teachers took a third, against two thirds of
		// blanks in longer ones on notes they knew)
		d -= 0.15
	}
	if f.Kind == notes.Date && (qualifiedDate(f.Answer) || decade(f.Answer) || hedgedBefore(ctx.sp.left)) {
		// "in the _____" for "1980s" or "early 1980s": a vague date
		// makes a vague blank (teachers took 47 of 106, below their rate
		// for dated blanks on notes seen and unseen alike)
		d -= 0.1
	}
	if f.Kind == notes.Date && ctx.otherYear() {
		// "Japan banned it in _____, and Algeria in 2021": one date of a
		// chain, or one the other dates bound; teachers took two blanks in
		// five on notes they knew, one in seven on others
		d -= 0.2
	}
	if f.Kind == notes.Date {
		if w := boundDate(ctx.sp.left); w != "" && w != "after" {
			// "until _____", "since the _____": the blank bounds a
			// span rather than dates an event (teachers took one in six)
			d -= 0.2
		} else if inConcession(ctx.sp.left) {
			// "Though leaders met in Davos in _____, talks went
			// nowhere": the date of the aside, not of what the sentence
			// tells (teachers took half)
			d -= 0.15
		}
	}
	return d
}

// eventHeads end the name of an event, a document or a body: "the Rose
// Revolution", "the Treaty of Lausanne", "the Warsaw Pact". They are the
// thingNouns that questions ask about with "what", but for a report (a
// source, not an event) and a bare numeral, and the bodies and events
// besides.
var eventHeads = func() map[string]bool {
	m := map[string]bool{}
	for w := range thingNouns {
		if w != "report" && w != "i" && w != "ii" {
			m[w] = true
		}
	}
	for _, w := range []string{"accords", "union", "alliance", "republic", "movement", "party", "rebellion",
		"uprising", "revolt", "coup", "massacre", "election", "olympics", "battle", "siege"} {
		m[w] = true
	}
	return m
}()

// namesEvent reports whether s names an event, a document or a body: a
// capitalised head after another capitalised word ("the Anglo-German
// Naval Agreement", "World War I") or before "of" and a name ("the
// Treaty of Lausanne").
func namesEvent(s string) bool {
	prevName := false // the word before is capitalised and ends no clause
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		bare := strings.TrimRight(w, ".,;:)'\"’")
		if startsUpper(bare) && eventHeads[lowerFirst(bare)] {
			if prevName {
				return true
			}
			if next, more := nextField(rest); bare == w && next == "of" {
				name, more := nextField(more)
				if name == "the" {
					name, _ = nextField(more)
				}
				if startsUpper(name) {
					return true
				}
			}
		}
		prevName = bare == w && startsUpper(w)
	}
	return false
}

// shortSentence is the length in words below which a sentence is short
// for a cloze.
const shortSentence = 15

// otherYear reports whether the sentence of ctx names a year besides its
// answer's.
func (c *context) otherYear() bool {
	return hasYear(c.sp.left) || hasYear(c.sp.right)
}

// factLowerings is what reviewPenalty takes from a card for its fact f
// alone, whatever the card shows: from every card (all), from every card
// but a true/false statement (notTF), and from every card but a question
// (notQA). The score bound of prepare (lowerings) reads the same table.
func factLowerings(f notes.Fact, ctx *context, lx *lexicon) (all, notTF, notQA float64) {
	// remembered in ctx for its own fact: the bound and the review of
	// each card of the fact ask it (the table reads these fields of f)
	own := ctx.owns(f, lx)
	if m := &ctx.lowered; own && m.ok {
		return m.all, m.notTF, m.notQA
	}
	all, notTF, notQA = tableLowerings(f, ctx, lx)
	if own {
		ctx.lowered = lowered{all, notTF, notQA, true}
	}
	return all, notTF, notQA
}

// owns reports whether f is the fact of c as far as the table of
// lowerings reads it (these fields of f), with the same lexicon.
func (c *context) owns(f notes.Fact, lx *lexicon) bool {
	return f.Answer == c.f.Answer && f.Kind == c.f.Kind && f.Sentence == c.f.Sentence && f.Start == c.f.Start &&
		f.Note == c.f.Note && lx == c.lx
}

// lowered is factLowerings of a context's fact, once known.
type lowered struct {
	all, notTF, notQA float64
	ok                bool
}

// deepHeadings is the length of a heading path from which a section is a
// detail of a detail.
const deepHeadings = 3

// headingDepth is how many headings the card of ctx shows: its fact's
// path, and the label shown as one more (prepare puts it on the card's
// fact; read scores the fact before, so both count it here).
func (c *context) headingDepth() int {
	if c.heading != "" {
		return sectionDepth(&c.f) + 1
	}
	return sectionDepth(&c.f)
}

// sectionDepth is the length of fact f's heading path, less the label of
// its list item when liftLabels put it there for a sentence the label does
// not open: it is shown for the learner (which dispute "the court ruled"
// on), and the fact's score is what it was without it. The sentence a
// label opens counts its label as a heading, as the ratings that set
// deepHeadings did, and so does a fact whose subject the label is, which
// contextOf heads with it otherwise.
func sectionDepth(f *notes.Fact) int {
	n := len(f.Heading)
	if n > 0 && f.Label != "" && strings.EqualFold(f.Heading[n-1], labelText(f.Label)) && !strings.EqualFold(f.Subject, f.Label) {
		return n - 1
	}
	return n
}

// tableLowerings is factLowerings worked out. With no context (ctx nil)
// it sums only the terms that read the fact alone, in the same order: a
// part of what it takes with one, which bounds a fact's cards before its
// context is read (see read).
func tableLowerings(f notes.Fact, ctx *context, lx *lexicon) (all, notTF, notQA float64) {
	return sumLowerings(f, ctx, lx, ctx.aloneOf(f, lx))
}

// aloneReading is what the table of lowerings reads of a fact alone, with
// no context: read works it out for its first bound, and the bound with
// the context takes it up from there rather than reading the fact again.
type aloneReading struct {
	ok                                  bool
	century, duration, unanchored, hard bool
	things                              bool // a count of things (countOfThings)
	collective, title                   bool
	qualified, report, counted          bool      // read of dates only
	event                               eventKind // read of dates only
}

// readAlone reads what the table of lowerings takes from fact f alone.
func readAlone(f notes.Fact, lx *lexicon) aloneReading {
	return readAloneRest(readAloneFirst(f), f, unanchored(f, lx))
}

// readAloneFirst is readAlone but for its dearer readings of the fact's
// sentence, which a bound may do without: whether it names anything
// (unanchored), and for a date, whether it reports figures or counts one
// (report, counted). Each of those only adds to what the table takes
// (see sumLowerings), so the sum of what this reads is at most the whole
// sum (floating-point sums of the same non-negative terms in the same
// order, some left out): a fact that cannot reach a score with it cannot
// with the whole either (see read; on the corpus it drops 25,000 of the
// 67,000 facts the whole reading drops, 8,700 of its 9,800 dates).
// Whether a date's sentence names an event is read here: of the date's
// terms it takes most. The reading is not ok until readAloneRest completes it.
func readAloneFirst(f notes.Fact) aloneReading {
	// the answer ends on "century" in any case (no rune beyond ASCII folds
	// to one of its letters): lower-casing every answer allocated
	a := f.Answer
	century := len(a) >= len("century") && strings.EqualFold(a[len(a)-len("century"):], "century")
	r := aloneReading{century: century, duration: duration(f), hard: hardFigure(f), collective: collectiveActor(f), title: titleAnswer(f),
		things: countOfThings(f)}
	if f.Kind == notes.Date {
		r.qualified, r.event = qualifiedDate(f.Answer), eventIn(f.Sentence)
	}
	return r
}

// readAloneRest completes r, readAloneFirst of fact f, into readAlone;
// unanchored is unanchored(f, lx), which the caller may know already (it
// is the sentence's: see sentenceReading.unanchoredOf).
func readAloneRest(r aloneReading, f notes.Fact, unanchored bool) aloneReading {
	r.ok, r.unanchored = true, unanchored
	if f.Kind == notes.Date {
		r.report, r.counted = reportWords.in(f.Sentence), countedFigure(f)
	}
	return r
}

// aloneOf is readAlone(f, lx), as read already when f is the fact of c.
// c may be nil.
func (c *context) aloneOf(f notes.Fact, lx *lexicon) aloneReading {
	if c != nil && c.alone.ok && c.owns(f, lx) {
		return c.alone
	}
	return readAlone(f, lx)
}

// sumLowerings is tableLowerings of fact f, which reads alone as a.
func sumLowerings(f notes.Fact, ctx *context, lx *lexicon, a aloneReading) (all, notTF, notQA float64) {
	if a.century {
		all += 0.1
	}
	if ctx != nil && ctx.opensOnBareName(lx) {
		notQA += 0.1
	}
	if f.Kind == notes.Date && (a.qualified || ctx != nil && inAside(ctx.sp.left)) {
		notTF += 0.05 // "late 1919", "(summer 1918 to ...)": a loose or bracketed date is less crisp than a plain one
	}
	switch {
	case a.duration:
		all += durationLowering
	case a.things:
		all += countLowering
	case f.Kind == notes.Quantity && !mayBeMeasured(f, ctx):
		// a share, a count or a sum is more often a detail than a date
		// is; a named thing's measure is not (without the context, a
		// quantity in a unit of measure may be one: the bound allows it)
		all += 0.05
	}
	if f.Kind == notes.Date && a.report {
		all += 0.1 // the date of a report of figures, not of an event
	}
	depth := sectionDepth(&f) // with no context, no subject counted: a part of the depth
	if ctx != nil {
		depth = ctx.headingDepth()
	}
	if depth >= deepHeadings {
		// a sub-sub-section ("Key Suspects › Robert Rackstraw › Later
		// Life") details a detail: on notes outside ../shared teachers
		// took a third of its cards, two in three under one or two
		// headings
		all += 0.1
	}
	// a date of no event, of a side action or of a figure (the three
	// below), lowered 0.1 each, still shipped at 0.9 and above, and
	// teachers took one in three on notes they had not seen (76 of 218):
	// a whole 0.2 leaves only the best-made of them
	if f.Kind == notes.Date {
		switch a.event {
		case noEvent:
			if f.Terse && tellsDeed(f.Sentence) {
				// a note of short lines holds what its writer chose to
				// learn: a date of a deed with no named event is no
				// story's detail there ("Robert Hooke named the cell in
				// 1665"); a state is still a detail ("Bond was
				// 'electric' in the 1999 World Cup")
				all += 0.05
			} else {
				all += 0.2 // worth.go: a date of nothing a history would name
			}
		case privateEvent:
			all += 0.05 // worth.go: a firm's or a person's event, less often asked than a state's
		}
	}
	if f.Kind == notes.Date && ctx != nil && participleDate(ctx.sp.left) {
		all += 0.2 // worth.go: the date of a side action ("exhibiting a concept in _____")
	}
	if f.Kind == notes.Date && a.counted {
		all += 0.2 // worth.go: the year of a figure ("covered 7.3% of spending in 1918")
	}
	if ctx != nil && asideBeside(f.Kind, ctx.sp) {
		all += 0.1 // worth.go: "(summer 1918 to 1919)", "(Goss Bank)": a second claim the card asserts untested
	}
	if a.unanchored && !mayBeMeasured(f, ctx) {
		// (a substance's measure names no one: "Water boils at 100 °C";
		// without the context, the bound allows for one)
		all += 0.1 // names nothing: a detail of a story told elsewhere
	}
	if f.TableField {
		// a table's column no fact sheet has ("Latency", "Production
		// tools"): teachers took 15 of 54 such cards from the corpus's
		// tables, a talk's own comparisons ("the latency of GPT-4: ~1
		// second") more often than fields of a thing
		all += 0.1
	}
	if ctx != nil && unresolvedReference(f) {
		// "before the treaty came into force": which treaty, the card
		// cannot say. Read with the context only: the bounds before it
		// need not (it only lowers), and most facts never get so far
		all += 0.1
	}
	if a.hard && !mayBeMeasured(f, ctx) {
		// four significant digits, or decimals: a figure to look up, not
		// to know; but a named thing's measure is learnt so ("Mount
		// Everest rises 8,849 metres"), and "about 8,800" is close
		all += 0.1
	}
	if ctx != nil && ctx.topical {
		notTF += 0.1 // what the note is about: the title suggests it
		if f.Kind == notes.Actor {
			notTF += 0.1 // the note's protagonist fits every blank of it (teachers: a giveaway)
		}
	}
	if f.Kind == notes.Actor && ctx != nil && reportsWhat(ctx.sp.right) {
		notTF += 0.15 // who reported a figure or a claim, not who did anything (teachers: a news source is no fact)
	}
	if a.collective {
		notTF += 0.1 // a country or a body: others of the story often fit as well
	}
	if a.title {
		notTF += 0.1 // "the Shah", "the Bolsheviks": the note's topic suggests a title or a group
	}
	return all, notTF, notQA
}

// tellsDeed reports whether sentence s tells of something done: a verb
// in the past past its first word ("Magellan reached", "Minix was
// developed", "Leeuwenhoek saw"), not a state alone ("Bond was
// 'electric' in 1999").
func tellsDeed(s string) bool {
	_, rest := nextField(s)
	for w, r := nextField(rest); w != ""; w, r = nextField(r) {
		if b := bareWord(w); !startsUpper(w) && !auxiliaries[b] && isPastVerb(b) {
			return true
		}
	}
	return false
}

// reportsWhat reports whether right, the sentence after an actor, opens on
// "reported that" ("_____ had reported that advisors were examining a
// deal" → The Financial Times): the actor is the source of the claim
// that follows, which is the fact worth learning.
func reportsWhat(right string) bool {
	w, rest := nextField(right)
	if w == "had" || w == "has" || w == "have" {
		w, rest = nextField(rest)
	}
	if w != "reported" && w != "reports" {
		return false
	}
	next, _ := nextField(rest)
	return next == "that"
}

// opensOnBareName is bareNameOpens(c, lx), remembered in c.
func (c *context) opensOnBareName(lx *lexicon) bool {
	if lx != c.lx {
		return bareNameOpens(c, lx)
	}
	return c.bareName.get(func() bool { return bareNameOpens(c, lx) })
}

// bareNameOpens reports whether the sentence as shown opens on a single
// capitalised word used as a name ("Baxter's view", "Campbell provided")
// that neither the prefix, the title nor the headings introduce: a word the
// notes write capitalised inside sentences and never in lower case. An
// acronym or a country stands on its own.
func bareNameOpens(ctx *context, lx *lexicon) bool {
	if ctx.prefix != "" {
		return false
	}
	s := strings.TrimLeft(ctx.sp.left, " ")
	if s == "" {
		return false
	}
	w, rest := cutWord(s)
	next, _ := cutWord(rest)
	if next == "" || startsUpper(next) || !startsUpper(w) || isAllCaps(trimPunct(w)) {
		return false
	}
	name := strings.TrimSuffix(strings.TrimSuffix(trimPunct(w), "'s"), "’s")
	low := strings.ToLower(name)
	if len(name) < 3 || functionWords[low] || determiners[low] || lx == nil || lx.isLower(low) || !lx.isUpper(ctx.f.Note, low) {
		return false // a common word, or a capital never seen inside a sentence of the note
	}
	if strings.Contains(ctx.f.Title, name) {
		return false
	}
	for _, h := range ctx.f.Heading {
		if strings.Contains(h, name) {
			return false
		}
	}
	// a name only when a verb or a possessive follows: "Campbell provided",
	// "Lee then tasked", "Baxter's view"
	nb := strings.ToLower(trimPunct(next))
	if name != trimPunct(w) || nb == "then" || isPastVerb(nb) || auxiliaries[nb] {
		return !isCountry(name)
	}
	return false
}

// yearless reports whether a date answer names a month or a day but no
// year, and neither the card nor its headings say which year ("In _____,
// another attack ..." for "September"): the learner cannot place it.
func yearless(c *Card, shown string, ctx *context) bool {
	k := &ctx.key
	if !k.numeric || k.value <= 0 || k.value >= 10000 {
		return false // a year, or no date read
	}
	if hasYear(shown) {
		return false
	}
	for _, h := range c.Fact.Heading {
		if hasYear(h) {
			return false
		}
	}
	return true
}

// exampleMarkers introduce an example: any other example fits the blank
// as well ("advanced nodes (e.g., _____)").
var exampleMarkers = []string{"e.g.", "e.g.,", "such as", "including", "for example", "for example,", "for instance", "for instance,", "like"}

// exampleBlank reports whether the blank is an example of a class, alone
// or after others: `tools like "_____"`, `values, including "Deal Speed"
// and "_____"` (blind raters rejected both: any other example fits).
func exampleBlank(left string) bool {
	l := beforeOpenQuote(strings.TrimRight(left, " "))
	first := "" // the joint right before the blank
	for items := 0; ; items++ {
		for _, m := range exampleMarkers {
			if strings.HasSuffix(l, m) && (len(l) == len(m) || !isLetterByte(l[len(l)-len(m)-1])) {
				// "crises like SVB and Credit Suisse, _____ engaged" and
				// "leagues like The Hundred, _____ has": a comma after a
				// list that was closed, or after a lone example, opens a clause
				if first == "," && items < 2 {
					return false
				}
				return m != "like" || !similarityVerb(l[:len(l)-len(m)])
			}
		}
		before, joint, ok := cutListItem(l)
		if !ok || first == "," && joint != "," {
			return false
		}
		if first == "" {
			first = joint
		}
		l = before
	}
}

// similarityVerb reports whether text ends with a verb that makes "like"
// a likeness ("hasn't felt like"), not an example.
func similarityVerb(l string) bool {
	return similarityVerbs[strings.ToLower(lastWordOf(strings.TrimRight(l, " ")))]
}

// similarityVerbs make a "like" after them a likeness (not "activities
// like", which lists).
var similarityVerbs = map[string]bool{
	"feel": true, "feels": true, "felt": true, "feeling": true,
	"look": true, "looks": true, "looked": true, "looking": true,
	"sound": true, "sounds": true, "sounded": true, "seem": true, "seems": true, "seemed": true,
	"act": true, "acts": true, "acted": true, "acting": true,
}

// cutListItem cuts the last item of a list off text that ends where the
// next item starts (`"Deal Speed" and`, `Apple, Google,`): a quoted item,
// or a run of capitalised words, and the joint after it as written (",",
// " and" or " or"). It reports false when the text does not end so.
func cutListItem(l string) (before, joint string, ok bool) {
	for _, sep := range []string{" and", " or", ","} {
		if strings.HasSuffix(l, sep) {
			l, joint = strings.TrimSuffix(l, sep), sep
			break
		}
	}
	if joint == "" {
		return "", "", false
	}
	l = strings.TrimSuffix(l, ",")
	if q := strings.TrimSuffix(strings.TrimSuffix(l, `"`), "”"); len(q) < len(l) {
		// a quoted item: back to its opening quote
		i := max(strings.LastIndexByte(q, '"'), strings.LastIndex(q, "“"))
		if i < 0 {
			return "", "", false
		}
		return strings.TrimRight(q[:i], " "), joint, true
	}
	// capitalised words, up to four, back to the word before them
	n := 0
	for n < 4 {
		i := strings.LastIndexByte(l, ' ')
		w := l[i+1:]
		if w == "" || !startsUpper(w) || strings.ContainsAny(w, ",;:.()") {
			break
		}
		l, n = strings.TrimRight(l[:max(i, 0)], " "), n+1
		if i < 0 {
			break
		}
	}
	return l, joint, n > 0
}

// openBound reports whether the text after the blank leaves the value open
// ("to 2021 or beyond"): a later option is as true.
func openBound(right string) bool {
	r := strings.TrimLeft(right, " ")
	for _, p := range []string{"or beyond", "or later", "or earlier", "or more", "or less", "or so", "or longer", "or above", "or below"} {
		if strings.HasPrefix(r, p) {
			return true
		}
	}
	return false
}

// lowerBounds say the true value is at least the one stated, upperBounds
// at most: "over 60 billion" is as true of 42 billion, "up to 100" of 140.
var (
	lowerBounds = []string{"over", "more than", "at least", "above", "exceeding", "exceeded", "surpassed",
		"surpassing", "in excess of", "upwards of", "topped", "passed"}
	upperBounds = []string{"under", "less than", "fewer than", "below", "up to", "at most", "no more than"}
)

// numericBound tells which way the words before a number (in the sentence
// or opening the answer) bound it: 1 for a lower bound, -1 for an upper
// one, 0 for none.
func numericBound(left, ans string) int {
	l := strings.ToLower(strings.TrimRight(left, " "))
	a := strings.ToLower(ans)
	for _, b := range lowerBounds {
		if strings.HasPrefix(a, b+" ") || strings.HasSuffix(l, b) && (len(l) == len(b) || l[len(l)-len(b)-1] == ' ') {
			return 1
		}
	}
	for _, b := range upperBounds {
		if strings.HasPrefix(a, b+" ") || strings.HasSuffix(l, b) && (len(l) == len(b) || l[len(l)-len(b)-1] == ' ') {
			return -1
		}
	}
	return 0
}

// timeUnits name a duration.
var timeUnits = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true,
	"years": true, "decade": true, "decades": true, "hour": true, "hours": true, "minute": true, "minutes": true,
}

// durationAfterIn reports whether a duration fills a sentence-opening
// "In _____,", where a learner reads a date ("In _____, she drew up the plan": "just three
// days").
func durationAfterIn(left string, f notes.Fact) bool {
	if f.Kind == notes.Date || strings.TrimSpace(left) != "In" {
		return false // mid-sentence, "completed in _____" reads as a duration
	}
	return timeUnits[strings.ToLower(bareWord(lastWordOf(f.Answer)))]
}

// durationLowering is how much lower a span of time scores. It counts
// from something the card may not show ("over the past five years", "within
// two days of the launch", "for over two decades"), and is more often the
// sentence's frame than its point: two blind ratings of such blanks at
// --min-score 0.6 on notes outside ../shared took 6 of 24 and 12 of 70
// (against 25 of 76 other amounts), rejecting them as trivial, anecdotes or
// vague. A lowering of 0.1 left them there; with 0.25, only those scoring
// 0.85 or more before any lowering still reach 0.6.
const durationLowering = 0.25

// countLowering is how much lower a count of things scores
// (countOfThings), for the same reason as a span of time: what was counted
// is the lesson, how many seldom is.
const countLowering = 0.25

// midSentence lower-cases a leading "The" of text moved inside a sentence.
func midSentence(fill string) string {
	if strings.HasPrefix(fill, "The ") {
		return "the " + fill[4:]
	}
	return fill
}

// containsWord reports whether s holds word w (lower case) on word bounds,
// in any case.
func containsWord(s, w string) bool {
	for rest := s; rest != ""; {
		var x string
		x, rest = cutWord(rest)
		if len(x) >= len(w) && bareWord(x) == w {
			return true
		}
	}
	return false
}

// distractorStandsOut reports whether one distractor of a numeric mc card
// (its option values vs) lies far from the other three options (25, 27, 30 and 70 years for a key
// of 25): ruled out at a glance, it leaves a choice of three.
func distractorStandsOut(vs []float64, key int) bool {
	for i := range vs {
		if i != key && keyStandsOut(vs, i) {
			return true
		}
	}
	return false
}

// claimFlags say what a fact's sentence claims, worked out once per fact:
// every card type asks.
type claimFlags struct {
	known, stale, hearsay, judgement bool
}

// rejectsAll reports whether the sentence's claims rule out every card of
// it, whatever the card shows: prepare makes no card of its facts.
func (cl claimFlags) rejectsAll() bool { return cl.stale || cl.hearsay }

func (c *context) claimsOf() claimFlags {
	if !c.claims.known {
		s := c.sp.sentence()
		var ok bool
		if c.sents != nil {
			if last := &c.sents.lastClaims; last.v.known && last.sentence == s { // the facts of a sentence come together
				c.claims, ok = last.v, true
			} else {
				c.claims, ok = c.sents.claims[s]
			}
		}
		if !ok {
			c.claims = claimFlags{known: true, stale: staleClaim(s), hearsay: hearsay(s), judgement: judgement(s)}
			if c.sents != nil {
				c.sents.claims[s] = c.claims
			}
		}
		if c.sents != nil {
			c.sents.lastClaims.sentence, c.sents.lastClaims.v = s, c.claims
		}
	}
	return c.claims
}

// likeForLike reports whether a name swapped into a false statement is of
// the key's own sort in a way the learner can judge: a person's full name
// for a person's, a country for a country. Other actors are too loose: an
// administration for its country, an empire for a court, may read as true
// or as nonsense.
func likeForLike(kind notes.Kind, key, fill string) bool {
	if fill == "" {
		return false
	}
	if isCountry(key) && isCountry(fill) {
		return true
	}
	if kind != notes.Actor {
		return false // a place or a thing: "a base, Southeast Europe, 65 km away"
	}
	kn, fn := answer.Normalize(key), answer.Normalize(fill)
	return countWords(kn) >= 2 && countWords(fn) >= 2 && nameClass(kn, key) == "person" && nameClass(fn, fill) == "person" &&
		personTitle(kn) == personTitle(fn)
}

// likePersons is likeForLike for fact f's key and the name filled in for
// it, where two persons must also be known to be persons in f's note
// (knownPerson), not just read alike.
func likePersons(f notes.Fact, key, fill string, lx *lexicon) bool {
	if !likeForLike(f.Kind, key, fill) {
		return false
	}
	if isCountry(key) && isCountry(fill) {
		return true
	}
	return knownPerson(key, f.Note, lx) && knownPerson(fill, f.Note, lx)
}

// personTitles are offices and ranks a name is often given with. A false
// statement that puts a cleric where a prime minister was ("with Ayatollah
// X indicating...") is false on sight and teaches nothing.
var personTitles = []string{"prime minister", "president", "vice president", "king", "queen", "emperor", "empress",
	"prince", "princess", "pope", "ayatollah", "general", "admiral", "colonel", "captain", "chancellor", "premier",
	"senator", "governor", "mayor", "minister", "secretary", "sultan", "shah", "tsar", "czar", "kaiser", "sir", "lord",
	"lady", "dr", "professor", "judge", "bishop", "cardinal", "archbishop", "marshal", "field marshal", "chairman"}

// personTitle is the title a normalised name starts with, or "".
func personTitle(name string) string {
	best := ""
	for _, t := range personTitles {
		if strings.HasPrefix(name, t+" ") && len(t) > len(best) {
			best = t
		}
	}
	return best
}

// namedAfter reports whether the text after the blank names it again in
// an apposition of capitalised words (", Mohammed Reza Pahlavi,").
func namedAfter(right string) bool {
	if !strings.HasPrefix(right, ", ") {
		return false
	}
	r := right[2:]
	end := strings.IndexByte(r, ',')
	if end <= 0 {
		return false
	}
	words := 0
	for rest := r[:end]; rest != ""; {
		var w string
		w, rest = cutWord(rest)
		if !startsUpper(w) && !functionWords[w] {
			return false
		}
		words++
	}
	return words >= 2
}

// bareNameAnswer reports whether a cloze answer is a single capitalised
// word naming a person or a group the card does not introduce ("Butler"),
// or an acronym ("MHI": teachers took 5 of 44 blanked acronyms, the firm
// never spelt out); a country stands on its own.
func bareNameAnswer(ctx *context) bool {
	a := strings.TrimSpace(ctx.f.Answer)
	if ctx.f.Kind != notes.Actor || ctx.key.words != 1 || !startsUpper(a) || isCountry(a) {
		return false
	}
	return !ctx.keyNumeric() // last: the first pass describes few keys whole (see contextUntopical)
}

// dateQualifiers loosen a date: "late 1919", "the end of 1918".
var dateQualifiers = map[string]bool{
	"early": true, "late": true, "mid": true, "summer": true, "winter": true, "spring": true, "autumn": true,
	"fall": true, "end": true, "beginning": true, "start": true, "around": true, "about": true, "circa": true,
}

// hedgedBefore reports whether the text before a date ends in a hedge
// ("around _____", "c. _____"): the note gives the date as a guess.
func hedgedBefore(left string) bool {
	_, last, _ := lastTwoFields(left)
	switch strings.ToLower(last) {
	case "around", "about", "circa", "c.", "ca.", "approximately", "roughly", "approx.":
		return true
	}
	return false
}

// decade reports whether a date answer names a decade ("1980s", "the
// 1960s", "'90s").
func decade(ans string) bool {
	a := strings.TrimSpace(ans)
	return len(a) >= 3 && strings.HasSuffix(a, "0s") && isDigitByte(a[len(a)-3])
}

// qualifiedDate reports whether a date answer carries a qualifier.
func qualifiedDate(ans string) bool {
	for rest := ans; rest != ""; {
		var w string
		w, rest = cutWord(rest)
		b := strings.ToLower(trimPunct(w))
		if i := strings.IndexByte(b, '-'); i > 0 {
			b = b[:i] // "mid-1960s"
		}
		if dateQualifiers[b] {
			return true
		}
	}
	return false
}

// quotedPrice reports whether the blank is a share's price as quoted
// when the note was written ("Adobe, listed under ticker ADBE at _____ per
// share", "Kinder Morgan, trading at _____ per share"): no year dates it,
// it goes stale within days, and both blind raters rejected such cards as
// not worth learning. A price the sentence dates ("trading at $3 a share
// in 1951") is history and stays.
func quotedPrice(left, right, sentence string) bool {
	r := strings.TrimLeft(right, " ")
	if !strings.HasPrefix(r, "per share") && !strings.HasPrefix(r, "a share") {
		return false
	}
	all := " " + strings.ToLower(left)
	clause := all
	if i := strings.LastIndexAny(all, ",;:"); i >= 0 {
		clause = all[i+1:] // the price's own clause
	}
	quoted := false
	for _, w := range []string{"listed", "trading at", "trades at", "priced", "price of"} {
		quoted = quoted || strings.Contains(clause, w)
	}
	// a price in a story told in the past ("recalled finding Western
	// Insurance trading at _____ a share", "which was trading at") is
	// the story's
	for _, w := range []string{" was ", " were ", "finding ", " found ", " recalled "} {
		quoted = quoted && !strings.Contains(all, w)
	}
	return quoted && !hasYear(sentence)
}

// changeBlank reports whether the blank holds both ends of a change ("rose
// from _____" for "30% to 45%"): two values asked as one answer, and the
// sentence left reading "from ... of".
func changeBlank(left, ans string) bool {
	l := strings.TrimRight(left, " ")
	if len(l) < 4 || !strings.EqualFold(l[len(l)-4:], "from") || len(l) > 4 && isLetterByte(l[len(l)-5]) {
		return false
	}
	return strings.Contains(ans, " to ")
}

// yearOfAState reports whether a date opening its sentence ("In _____, ...")
// dates a state rather than an event: "In 1913, the empire was the world's
// largest country", "In 1965, Vela was a poor port". The state held over
// years, and asked for, any of them fits. "was founded" (an event told in
// the passive) and "was the first to" (a first) are events.
func yearOfAState(left, right string) bool {
	if strings.TrimSpace(left) != "In" || !strings.HasPrefix(right, ",") {
		return false
	}
	rest := right[1:]
	for n := 0; n < 8; n++ {
		var w string
		if w, rest = nextField(rest); w == "" || strings.ContainsAny(w, ",;:") {
			return false // the subject ends before any "was": another clause
		}
		b := bareWord(w)
		if subordinators[b] {
			return false // "In 1201, while Aster was mayor, ...": the state is a clause's
		}
		if b == "was" || b == "were" {
			next, after := nextField(rest)
			next = bareWord(next)
			for next == "not" || strings.HasSuffix(next, "ly") { // "was formally chartered"
				next, after = nextField(after)
				next = bareWord(next)
			}
			if next == "" || isPastVerb(next) || strings.HasSuffix(next, "ed") || participles[next] != "" || next == "born" {
				return false
			}
			second, _ := nextField(after)
			switch bareWord(second) {
			case "first", "last", "only", "of": // "the first to", "one of the first"
				return false
			}
			return true
		}
		if isPastVerb(b) {
			return false // the clause's verb came first
		}
	}
	return false
}

// asksRepeatedOnce reports whether a question asks when something happened
// that its sentence says happened again ("Kesh once again blocked the
// talks" asked as "When did Kesh block the talks?"): the first time fits
// the question too.
func asksRepeatedOnce(question, sentence string) bool {
	return containsWord(sentence, "again") && !containsWord(question, "again") || asksAnother(question)
}

// asksAnother reports whether a question asks when something was done
// "another" time: "When did the NLD win another resounding victory?",
// "When did the industry find another major use?". Which one it asks the
// card does not show, and the ones before fit the question too. "Another"
// after a copula or a preposition names a kind, not a repeat ("are
// another source of entropy").
func asksAnother(question string) bool {
	prev := ""
	for w, more := nextField(question); w != ""; w, more = nextField(more) {
		b := bareWord(w)
		if b == "another" {
			return prev != "" && !functionWords[prev] && !auxiliaries[prev] && !linkingVerbs[prev]
		}
		prev = b
	}
	return false
}

// dateModifies reports whether a date between left and right names the
// noun after it ("the 2008 crisis", "Kesh's 1901 election"): blanked, any
// word that describes the noun fits ("the _____ crisis": "financial").
func dateModifies(left, right string) bool {
	w, rest := lastWord(left)
	// after "the", a possessive, or a name it ends ("the Health Program
	// 2021-2026 guidelines"; a month is the date's own: "in March _____")
	if w != "the" && !strings.HasSuffix(w, "'s") {
		raw := strings.TrimSpace(left[len(rest):])
		if !startsUpper(raw) || strings.TrimSpace(rest) == "" || isMonthName(raw) || raw != strings.TrimRight(raw, ",.;:") {
			return false
		}
	}
	next, _ := nextField(right)
	b := bareWord(next)
	if auxiliaries[b] || isPastVerb(b) {
		return false // "the Harbour Act _____ had introduced ...": the name ends at the date, and its verb follows
	}
	return b == strings.TrimRight(next, ",.;:") && startsLower(next) && !functionWords[b] && !clauseOpeners[b] && !yearPrepositions[b] && !afterDate[b]
}

// labelFragment reports whether the text is a note's label followed by a
// fragment with no subject of its own: "NATO: Issued a statement ...",
// "Iran: Predominantly Muslim, with ...". A card must read as a sentence.
func labelFragment(shown string) bool {
	i := strings.Index(shown, ": ")
	if i <= 0 || countWords(shown[:i]) > 4 {
		return false
	}
	w, _ := cutWord(shown[i+2:])
	w = trimPunct(w)
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")
}

// subjectless reports whether the text opens on a verb in the simple past
// with no subject before it, maybe after an adverb: "Only grew 14% as
// people watched less", a bullet under a label the card does not show.
// Only pasts unlike their participles are read ("grew", not "built"): a
// participle opens a phrase ("Built in 1900, the bridge ..."). "Then came
// the war" puts its subject after the verb.
func subjectless(shown string) bool {
	w, rest := nextField(shown)
	if openingAdverbs[w] {
		if w, _ = nextField(rest); w == "came" || w == "went" {
			return false
		}
	} else if startsUpper(w) {
		w = strings.ToLower(w)
	}
	return pastOnly[trimPunct(w)]
}

// participleFragment reports whether the text is a participle phrase
// with no clause after it: "Announced by Kesh on April 9, 2025, as an open
// protocol", a bullet under a label the card does not show. "Built in
// 1900, the bridge ..." goes on past a comma to its subject; what follows
// a comma of a fragment is a number, a month, a preposition, a relative
// pronoun, an adverb or another participle ("..., originally called").
func participleFragment(shown string) bool {
	w, rest := nextField(shown)
	if !startsUpper(w) || !isParticiple(strings.ToLower(w)) {
		return false
	}
	if next, _ := nextField(rest); !participlePrepositions[next] {
		return false
	}
	for i := strings.IndexByte(rest, ','); i >= 0; i = strings.IndexByte(rest, ',') {
		rest = rest[i+1:]
		after := trimOpenQuotes(firstWordOf(rest))
		b := bareWord(after)
		if isMonthName(b) || isDigits(b) {
			continue
		}
		goesOn := participlePrepositions[b] || fragmentGoesOn[b] || isParticiple(b) || len(b) > 4 && strings.HasSuffix(b, "ly")
		if !goesOn && !determiners[b] && !functionWords[b] {
			// an adjective with its preposition ("..., crucial for the
			// trade") describes, as the phrase did: no subject starts there
			_, more := nextField(rest)
			next, _ := nextField(more)
			goesOn = adjectivePrepositions[bareWord(next)]
		}
		if startsUpper(after) || !goesOn {
			return false // a subject (a name, a noun, the blank of one)
		}
	}
	return true
}

// isParticiple reports whether w (lower case) reads as a past participle.
func isParticiple(w string) bool {
	_, irregular := participles[w]
	return irregular || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// fragmentGoesOn may follow a comma of a participle phrase without a
// clause starting there.
var fragmentGoesOn = map[string]bool{"of": true, "into": true, "which": true, "who": true, "where": true,
	"when": true, "whose": true, "while": true, "and": true, "or": true, "but": true, "than": true, "including": true}

// adjectivePrepositions follow an adjective that a participle phrase
// goes on with ("crucial for", "essential to", "popular with").
var adjectivePrepositions = map[string]bool{"for": true, "to": true, "with": true, "among": true}

// participlePrepositions follow a participle that opens a phrase.
var participlePrepositions = map[string]bool{"by": true, "as": true, "in": true, "on": true, "at": true,
	"for": true, "with": true, "from": true, "to": true, "under": true, "after": true, "during": true}

// nameOnly reports whether the text is a name and nothing more: no word
// outside brackets in small letters but function words ("Kesh Harbour
// Guild (based in the old port)"), a list item with no verb.
func nameOnly(shown string) bool {
	depth, words := 0, 0
	for w, rest := nextField(shown); w != ""; w, rest = nextField(rest) {
		open := depth > 0 || strings.HasPrefix(w, "(")
		depth += strings.Count(w, "(") - strings.Count(w, ")")
		if open {
			continue
		}
		words++
		if t := trimPunct(w); t != "" && !startsUpper(t) && !isDigits(t) && !functionWords[bareWord(t)] {
			return false
		}
	}
	return words > 0
}

// openingAdverbs may open a sentence before its verb.
var openingAdverbs = map[string]bool{"Only": true, "Also": true, "Then": true, "Later": true, "Just": true,
	"Eventually": true, "Soon": true, "Initially": true, "Subsequently": true, "Ultimately": true, "Finally": true}

// pastOnly are the simple pasts of irregular verbs whose participles
// differ from them ("grew", "grown"), less those that are as often a
// noun or a name at the start of a sentence ("Rose", "Saw").
var pastOnly = func() map[string]bool {
	m := map[string]bool{"became": true, "came": true, "ran": true, "went": true, "overcame": true}
	for part, past := range participles {
		if past != part && !strings.HasSuffix(past, "ed") {
			m[past] = true
		}
	}
	for _, w := range []string{"rose", "saw", "bore", "fell", "beat", "did"} {
		delete(m, w)
	}
	return m
}()

// givenAsExample reports whether the text offers itself as an example of
// something said before it ("Nvidia, for example, ..."): an example of what
// the card does not say.
// It runs on every card, so the text is compared in place, not lower-cased.
func givenAsExample(shown string) bool {
	for _, p := range [...]string{"for example", "for instance"} {
		for i := 0; i+len(p) <= len(shown); i++ {
			if shown[i]|0x20 == 'f' && strings.EqualFold(shown[i:i+len(p)], p) { // its first use decides
				if i == 0 || i >= 2 && shown[i-1] == ' ' && shown[i-2] == ',' {
					return true
				}
				break
			}
		}
	}
	return false
}

// genericNameWords open many names without telling them apart.
var genericNameWords = map[string]bool{"the": true, "united": true, "national": true, "royal": true, "new": true,
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "republic": true, "people's": true, "government": true, "state": true,
	"states": true, "union": true, "first": true, "great": true, "general": true, "international": true,
	"federal": true, "democratic": true, "imperial": true, "american": true, "british": true, "european": true,
	"prime": true, "president": true, "king": true, "queen": true, "sir": true, "saint": true, "st": true}

// nameGivesAway reports whether the shown text carries the distinctive
// first word of a many-word name it asks for: the rest is then a guess
// from the company's or the family's name.
func nameGivesAway(shown, ans string) bool {
	w, rest := cutWord(strings.TrimSpace(ans))
	w = trimPunct(w)
	if rest == "" || len(w) < 4 || w[0] < 'A' || w[0] > 'Z' || genericNameWords[strings.ToLower(w)] {
		return false
	}
	for t := shown; t != ""; {
		var x string
		x, t = cutWord(t)
		if x = trimPunct(x); x == w || x == w+"'s" {
			return true
		}
	}
	return false
}
