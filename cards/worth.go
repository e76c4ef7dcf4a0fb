package cards

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
)

// This file holds the checks of whether a fact is worth a card at all, as
// opposed to whether a card asks it well: a teacher skips the edition year
// of a report and a figure framed as the writer's alarm, however cleanly
// they could be blanked.

// worthAsking reports whether the fact behind a card is worth learning
// and can be learnt from its card: not the year that names a source ("the
// _____ food price report"), nor a sentence whose claim is the writer's
// judgement of a fact ("The fact that ... is alarming") or a tip to the
// reader, nor one that gives a day without its year, nor one figure of a
// chain of data (see dataChain).
func worthAsking(f notes.Fact, sp span) bool {
	return worthAskingIn(f, sp, readWorth(f.Sentence))
}

// sentenceWorth is what worthAsking reads of a sentence alone: Generate
// works it out once for the facts that share the sentence.
type sentenceWorth struct {
	unworthy bool // a frame, advice, a pronoun without a name, an unstated problem, a span from an untold event
	ranked   bool // the sentence holds a rank (rankPattern)
	measured bool // ...and says what it counts (rankMeasures); read only when ranked
	hasYear  bool
	namesDay bool // namesDay; read only without a year
	figures  int  // figureCount
}

// readWorth reads sentence s for worthAsking, cheapest checks first.
func readWorth(s string) sentenceWorth {
	w := sentenceWorth{hasYear: hasYear(s), figures: figureCount(s)}
	w.ranked = hasOrdinal(s) && rankPattern.MatchString(s)
	if w.ranked {
		w.measured = rankMeasures.in(s)
	}
	w.unworthy = editorialFrame(s) || adviceWords.in(s) || pronounWithoutName(s) || unstatedProblem(s) ||
		!w.hasYear && spanInSentence(s)
	if !w.unworthy && !w.hasYear {
		w.namesDay = namesDay(s)
	}
	return w
}

// worthAskingIn is worthAsking with sw, readWorth of the fact's sentence.
func worthAskingIn(f notes.Fact, sp span, sw sentenceWorth) bool {
	if sw.unworthy || sw.figures >= dataChain || (f.Kind == notes.Quantity || f.Kind == notes.Population) && sw.figures >= 3 {
		return false // inDataChain
	}
	if sw.ranked && !sw.measured || f.Kind == notes.Ranking && !sw.ranked && !rankMeasures.in(f.Sentence) {
		return false // unmeasuredRank
	}
	if f.Kind == notes.Date && sourceYear(sp.left, sp.ans, sp.right) || convertedSum(sp) || genericOpener(f) || splitsUnit(sp) {
		return false
	}
	return sw.hasYear || !sw.namesDay || hasYear(f.Title) || headingsGiveYear(f.Heading) // dayWithoutYear
}

// sourceNouns are documents whose year tells which edition a figure came
// from, not when anything happened.
var sourceNouns = map[string]bool{
	"report": true, "reports": true, "survey": true, "surveys": true, "study": true, "poll": true,
	"census": true, "edition": true, "index": true, "ranking": true, "rankings": true, "review": true,
	"assessment": true, "audit": true, "yearbook": true, "paper": true, "data": true, "figures": true,
	"statistics": true, "estimate": true, "estimates": true, "outlook": true,
}

// determiners that open the noun phrase a year modifies ("the 2025 report").
var sourceDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

// sourceYear reports whether a bare year is used as the name of a source:
// "According to the _____ food price report", "its 2019 survey", where
// the year modifies a report, a survey or a census within three words.
func sourceYear(left, ans, right string) bool {
	if len(ans) != 4 || !isDigits(ans) {
		return false
	}
	_, last, n := lastTwoFields(left)
	if n == 0 || !sourceDeterminers[bareWord(last)] {
		return false
	}
	w, rest := nextField(right)
	for i := 0; i < 3 && w != ""; i++ {
		if sourceNouns[bareWord(w)] {
			return true
		}
		if strings.ContainsAny(w, ",;:.()") {
			return false // the noun phrase ended
		}
		w, rest = nextField(rest)
	}
	return false
}

// editorialFrame reports whether a sentence's main claim is the writer's
// view of a fact: it opens "The fact that" or ends on an evaluative
// predicate ("... is alarming.", "... was deeply concerning."). The fact
// inside is often worth a card of its own sentence, not of this one.
func editorialFrame(sentence string) bool {
	s := strings.TrimSpace(sentence)
	if strings.HasPrefix(s, "The fact that ") || strings.HasPrefix(s, "the fact that ") {
		return true
	}
	s = strings.TrimRight(s, `.!"'”’) `)
	prev, last, n := lastTwoFields(s)
	if n < 2 || !evaluative[strings.ToLower(last)] {
		return false
	}
	switch strings.ToLower(prev) {
	case "is", "was", "are", "were", "remains", "seems", "very", "deeply", "truly", "particularly", "highly":
		return true
	}
	return false
}

// placeRelations are prepositions that place something relative to the
// answer rather than in it: "located between the Middle East and Central
// Asia" does not answer "Where is Iran located?" with the two regions.
var placeRelations = map[string]bool{
	"between": true, "near": true, "off": true, "along": true, "outside": true, "beyond": true,
	"across": true, "around": true, "of": true, "behind": true, "opposite": true, "past": true,
	"below": true, "above": true, "under": true, "beside": true, "alongside": true,
	"toward": true, "towards": true, "from": true, "by": true, "bordering": true,
}

// placeRelative reports whether a place answer follows a preposition that
// relates rather than locates: a "Where" question would drop it.
func placeRelative(f notes.Fact, left string) bool {
	if f.Kind != notes.Place {
		return false
	}
	_, last, n := lastTwoFields(left)
	return n > 0 && placeRelations[bareWord(last)]
}

// emphases are words of tone before a figure ("just 21 years old", "a
// mere 3%"): they belong to the sentence, not to the answer to type.
var emphases = []string{"just ", "only ", "merely ", "a mere ", "Just ", "Only ", "Merely ", "A mere "}

// withoutEmphasis moves a leading word of tone out of a numeric fact's
// answer into its sentence ("when he was just _____ old" → "21 years").
func withoutEmphasis(f notes.Fact) (notes.Fact, bool) {
	if !isNumericKind(f.Kind) {
		return f, false
	}
	for _, e := range emphases {
		if rest, ok := strings.CutPrefix(f.Answer, e); ok && rest != "" && startsNumber(rest) {
			f.Answer = rest
			f.Start += len(e)
			return f, true
		}
	}
	return f, false
}

// startsNumber reports whether s opens on a digit or a number word.
func startsNumber(s string) bool {
	if s == "" {
		return false
	}
	if isDigitByte(s[0]) || s[0] == '$' || s[0] == '£' || strings.HasPrefix(s, "€") {
		return true
	}
	w, _ := nextField(s)
	return numberWords[strings.ToLower(strings.Trim(w, ",-"))]
}

// numberWords open a figure written in words.
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "twenty": true,
	"thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true,
	"ninety": true, "hundred": true, "half": true,
}

// titleAnswer reports whether an actor's answer is a title or a group
// named by a common noun ("the Shah", "the Bolsheviks", "the government")
// rather than a person's or body's own name: the note's topic usually
// suggests it, so its cards rank below those that ask a name.
func titleAnswer(f notes.Fact) bool {
	return f.Kind == notes.Actor && withoutThe(f.Answer) != f.Answer
}

// withoutThe is s without a leading "the " or "The ".
func withoutThe(s string) string {
	if t, ok := strings.CutPrefix(s, "the "); ok {
		return t
	}
	return strings.TrimPrefix(s, "The ")
}

// trimAnswers returns facts with words of tone and roles moved out of
// their answers (see withoutEmphasis, withoutRole); the caller's slice is
// left as it was.
func trimAnswers(facts []notes.Fact) []notes.Fact {
	out, cloned := facts, false
	for i, f := range facts {
		g, ok := withoutEmphasis(f)
		if h, roleOK := withoutRole(g); roleOK {
			g, ok = h, true
		}
		if ok {
			if !cloned {
				out, cloned = slices.Clone(facts), true
			}
			out[i] = g
		}
	}
	return out
}

// topicKey is an answer within one note.
type topicKey struct{ note, answer string }

// topicalAnswers finds the actors and places a note names in at least a
// quarter of its sentences with facts (three at least): the note's own
// topic ("Germany" in a note on the Treaty of Versailles), which a learner
// guesses from the title alone, so that its blanks rank below the others.
func topicalAnswers(facts []notes.Fact) map[topicKey]bool {
	sents := map[string][]string{} // note → its distinct sentences
	seen := map[topicKey]bool{}
	for i, f := range facts {
		if i > 0 && f.Sentence == facts[i-1].Sentence && f.Note == facts[i-1].Note {
			continue // facts come in runs sharing a sentence
		}
		if k := (topicKey{f.Note, f.Sentence}); !seen[k] {
			seen[k] = true
			sents[f.Note] = append(sents[f.Note], f.Sentence)
		}
	}
	out := map[topicKey]bool{}
	done := map[topicKey]bool{}
	for _, f := range facts {
		k := topicKey{f.Note, f.Answer}
		if f.Kind != notes.Actor && f.Kind != notes.Place || done[k] {
			continue
		}
		done[k] = true
		name := withoutThe(f.Answer)
		ss := sents[f.Note]
		need := max(3, (len(ss)+3)/4) // a quarter of the sentences, three at least
		n := 0
		// counted until the answer is known: need reached, or out of reach
		for i := 0; i < len(ss) && n < need && n+len(ss)-i >= need; i++ {
			if strings.Contains(ss[i], name) {
				n++
			}
		}
		if n >= need {
			out[k] = true
		}
	}
	return out
}

// adviceWords mark a sentence that speaks to the reader ("you can add
// 30% for Canadian costs"): a tip, not a fact to recall. (A recommendation
// in the third person, "adults should sleep seven hours", is a fact of
// its field and stays.)
var adviceWords = phraseList{"you ", "your ", "You ", "Your "}

// phraseList is a short list of phrases, each matched at a word start.
type phraseList []string

// in reports whether s holds one of the phrases at a word start.
func (l phraseList) in(s string) bool {
	for _, p := range l {
		for off := 0; ; {
			i := strings.Index(s[off:], p)
			if i < 0 {
				break
			}
			if at := off + i; at == 0 || !isLetterByte(s[at-1]) {
				return true
			}
			off += i + 1
		}
	}
	return false
}

// attributiveYear reports whether a bare year modifies the noun after it
// ("The original _____ plan", "his _____ visit"): as a cloze blank any
// adjective fits as well as the year.
func attributiveYear(left, ans, right string) bool {
	if len(ans) != 4 || !isDigits(ans) {
		return false
	}
	_, last, n := lastTwoFields(left)
	if n == 0 || !startsLower(last) || strings.ContainsAny(last, ",;:()") || yearPrepositions[last] {
		return false
	}
	w, _ := nextField(right)
	w = strings.TrimRight(w, ",;:.")
	return startsLower(w) && !functionWords[bareWord(w)] && !strings.ContainsAny(w, "()")
}

// yearPrepositions come before a year that is not a modifier ("in 1921").
var yearPrepositions = map[string]bool{
	"in": true, "on": true, "by": true, "since": true, "until": true, "till": true, "from": true, "to": true,
	"of": true, "during": true, "after": true, "before": true, "around": true, "circa": true, "c.": true,
	"between": true, "and": true, "or": true, "through": true, "throughout": true, "early": true, "late": true,
	"mid": true, "year": true, "than": true, "as": true, "at": true, "for": true, "into": true, "within": true,
	"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true, "was": true, "were": true,
	"is": true, "are": true,
}

func startsLower(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }

// figureCount counts the figures in s: runs of digits, a thousands comma
// or decimal point inside one counting once.
func figureCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			continue
		}
		n++
		for i+1 < len(s) && (isDigitByte(s[i+1]) || (s[i+1] == ',' || s[i+1] == '.') && i+2 < len(s) && isDigitByte(s[i+2])) {
			i++
		}
	}
	return n
}

// dataChain is how many figures make a sentence a chain of data ("By 2005,
// AUM exceeded $20 million, growing to $80 million in 2006, and peaking
// at over $700 million in February 2011"): its middle figures are details,
// and a choice or a changed figure among so many is a trick on memory.
const dataChain = 5

// inDataChain reports whether the fact is one figure of a chain of data:
// five figures in all, or three for a share, a count or a sum, which
// teachers found a number to memorise among others ("78% of its coal, 74%
// of its iron ore and 80% of its grain") two times in three.
func inDataChain(f notes.Fact) bool {
	n := figureCount(f.Sentence)
	return n >= dataChain || (f.Kind == notes.Quantity || f.Kind == notes.Population) && n >= 3
}

// duration reports whether a quantity is a span of time ("within five
// years", "three days"): measured from something the sentence often leaves
// to the one before, it is a weaker card than the date it leads to.
func duration(f notes.Fact) bool {
	if f.Kind != notes.Quantity {
		return false
	}
	for w, rest := nextField(f.Answer); w != ""; w, rest = nextField(rest) {
		switch strings.TrimRight(strings.ToLower(w), ".,") {
		case "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "hours", "minutes":
			return true
		}
	}
	return false
}

// dayWithoutYear reports whether s names a day of a month but no year, and
// the headings give none either ("Turkey invaded on July 20"): the card
// cannot say when.
func dayWithoutYear(s string, heading []string, title string) bool {
	if hasYear(s) || hasYear(title) {
		return false // the cheap test first: most sentences with a date give its year
	}
	return namesDay(s) && !headingsGiveYear(heading)
}

// headingsGiveYear reports whether a heading of the path holds a year.
func headingsGiveYear(heading []string) bool {
	for _, h := range heading {
		if hasYear(h) {
			return true
		}
	}
	return false
}

// namesDay reports whether s names a day of a month ("July 20", "3rd March").
func namesDay(s string) bool {
	found := false
	for _, m := range monthNames {
		for off := 0; !found; {
			i := strings.Index(s[off:], m)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(m)
			next, _ := nextField(s[off:])
			_, prev, _ := lastTwoFields(s[:at])
			found = isDayNumber(strings.TrimRight(next, ",.;")) || isDayNumber(prev)
		}
		if found {
			break
		}
	}
	return found
}

// isDayNumber reports whether w is a day of a month: "20", "3rd".
func isDayNumber(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "st"), "nd"), "rd"), "th")
	return len(w) >= 1 && len(w) <= 2 && isDigits(w) && w != "0"
}

// evenlySpaced reports whether numeric options, in order, step by the same
// amount with the key at one end ("88.3, 114.7, 141.2, 176.5"): the series
// shows it was built from the end value.
func evenlySpaced(vs []float64, key int) bool {
	return len(vs) == 4 && (key == 0 || key == 3) && evenSteps(vs)
}

// evenSteps reports whether increasing values step by the same amount,
// within a twentieth of the largest step.
func evenSteps(vs []float64) bool {
	lo, hi := math.Inf(1), 0.0
	for i := 1; i < len(vs); i++ {
		d := vs[i] - vs[i-1]
		if d <= 0 {
			return false
		}
		lo, hi = min(lo, d), max(hi, d)
	}
	return hi-lo <= 0.05*hi
}

// presentDayWords convert an old sum into today's money: the figure depends
// on the method and the year of the conversion, so other values are as
// defensible as the note's.
var presentDayWords = phraseList{"present-day", "present day", "today's money", "today's dollars", "in today's",
	"adjusted for inflation", "inflation-adjusted", "in current dollars", "current prices"}

// convertedSum reports whether the answer is a sum converted into today's
// money ("equivalent to _____ in present-day money").
func convertedSum(sp span) bool {
	// the words right after the blank: "_____ in today's money"
	rest := sp.right
	for i := 0; i < 3; i++ {
		if w, after := nextField(rest); w != "" {
			rest = after
		}
	}
	return presentDayWords.in(sp.right[:len(sp.right)-len(rest)]) || presentDayWords.in(sp.ans)
}

// significantDigits counts the digits of the first figure in s that carry
// its precision: "1,376%" has four, "2,500" two, "176.5 quintillion" four.
func significantDigits(s string) int {
	i := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return 0
	}
	var digits []byte
	decimal := false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigitByte(c):
			digits = append(digits, c)
		case c == '.' && i+1 < len(s) && isDigitByte(s[i+1]):
			decimal = true
		case c == ',' && i+1 < len(s) && isDigitByte(s[i+1]):
		default:
			i = len(s)
		}
	}
	d := strings.TrimLeft(string(digits), "0")
	if !decimal {
		d = strings.TrimRight(d, "0")
	}
	return len(d)
}

// hardFigure reports whether a numeric answer other than a date is too
// precise to be worth learning by heart ("176.5 quintillion", "1,376%",
// "22.7%").
func hardFigure(f notes.Fact) bool {
	if !isNumericKind(f.Kind) || f.Kind == notes.Date || f.Kind == notes.Ranking {
		return false
	}
	// "22.7%", "$1.3 billion": a decimal is a figure to look up (teachers
	// accepted a third of them)
	return significantDigits(f.Answer) >= 4 || hasDecimal(f.Answer)
}

// hasDecimal reports whether s holds a number with a decimal point.
func hasDecimal(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '.' && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) {
			return true
		}
	}
	return false
}

// distractorsSpaced reports whether the three distractors step evenly with
// the key at one end of the options ("88.3, 114.7, 141.2" below "176.5"):
// a series built from the key, which stands apart from it.
func distractorsSpaced(vs []float64, key int) bool {
	if len(vs) != 4 || key != 0 && key != 3 {
		return false
	}
	if key == 3 {
		return evenSteps(vs[:3])
	}
	return evenSteps(vs[1:])
}

// roleWords are offices, ranks and trades a name is given with ("Prime
// Minister", "Historian"): besides personTitles' words, those of
// occupations. A demonym may come before them ("British Prime Minister").
var roleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range personTitles {
		for _, w := range strings.Fields(t) {
			m[w] = true
		}
	}
	// a company as often as a rank: "General Electric", "General Motors"
	delete(m, "general")
	for _, w := range []string{"historian", "economist", "scientist", "chemist", "physicist", "biologist",
		"author", "writer", "journalist", "activist", "ambassador", "commander", "founder", "ceo",
		"director", "foreign", "finance", "defense", "defence", "deputy", "chief", "leader", "engineer",
		"inventor", "philosopher", "poet", "novelist", "economists", "sheikh", "emir", "crown"} {
		m[w] = true
	}
	return m
}()

// isRoleWord reports whether w is an office, rank or trade ("Minister",
// "Dr.").
func isRoleWord(w string) bool { return roleWords[strings.ToLower(strings.TrimSuffix(w, "."))] }

// withoutRole moves the office or trade before a person's name out of an
// actor's answer into the sentence ("Prime Minister _____" → "Paul
// Keating"): the name is what there is to recall, and the office is fair
// context.
func withoutRole(f notes.Fact) (notes.Fact, bool) {
	if f.Kind != notes.Actor {
		return f, false
	}
	cut, roles := 0, 0
	rest := f.Answer
	for i := 0; ; i++ {
		w, after := nextField(rest)
		if w == "" {
			return f, false // all of it is a role: "the Prime Minister"
		}
		switch {
		case isRoleWord(w):
			roles++
		case i == 0 && startsUpper(w) && isRoleWord(firstWordOf(after)):
			// a demonym before the role: "British Prime Minister"
		default:
			if roles == 0 || !startsUpper(w) {
				return f, false
			}
			if roles == 1 && countFields(rest) == 1 || !personName(rest) {
				// "Lady Day": a name that starts like a rank; "Dr. Panda's
				// lab", "Professor Paine involves": not a person's name
				return f, false
			}
			f.Answer = f.Answer[cut:]
			f.Start += cut
			return f, true
		}
		rest = strings.TrimLeft(after, " ")
		cut = len(f.Answer) - len(rest)
	}
}

// nameParticles may stand lower-case inside a person's name.
var nameParticles = map[string]bool{"de": true, "da": true, "di": true, "van": true, "von": true, "der": true,
	"bin": true, "ibn": true, "al": true, "la": true, "le": true, "du": true, "y": true}

// personName reports whether s reads as a person's name: every word
// capitalised but for particles ("Ludwig van Beethoven"), none possessive.
func personName(s string) bool {
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || !startsUpper(w) && !nameParticles[w] {
			return false
		}
	}
	return true
}

// firstWordOf is s's first word without a final full stop ("Dr.").
func firstWordOf(s string) string {
	w, _ := nextField(s)
	return strings.TrimSuffix(w, ".")
}

// afterRole reports whether the word before the blank is a role ("Prime
// Minister _____"): a false statement would put another person there
// whose office it never was ("Sir Tunku Abdul Rahman").
func afterRole(left string) bool {
	_, last, n := lastTwoFields(left)
	return n > 0 && isRoleWord(last)
}

// withRoleBack undoes withoutRole for the phrasing of a question: "Lady
// _____, a famous admiral, defeated..." asks "Which famous admiral
// defeated...?" only with the whole name at the start of the sentence.
func withRoleBack(f notes.Fact, sp span) (notes.Fact, span) {
	left, roles := sp.left, 0
	for {
		_, last, n := lastTwoFields(left)
		isRole := n > 0 && startsUpper(last) && isRoleWord(last)
		// a demonym before the roles: "British Prime Minister"
		demonym := n > 0 && roles > 0 && startsUpper(last) && !isRole && strings.TrimSpace(left) == last
		if !isRole && !demonym {
			break
		}
		roles++
		left = strings.TrimRight(left, " ")
		left = left[:len(left)-len(last)]
	}
	if roles == 0 {
		return f, sp
	}
	sp.ans = sp.left[len(left):] + sp.ans
	sp.left = left
	f.Answer, f.Start = sp.ans, len(left)
	return f, sp
}

// clearlyApart reports whether a changed figure is far enough from the
// true one for a false statement to be plainly false rather than a trick
// on memory ("5.9%" for "7.3%", "seven" for "five" deaths): half as much
// again at least, or ten points apart for percentages.
func clearlyApart(truth, changed string) bool {
	qa, ok1 := answer.ParseQuantity(truth)
	qb, ok2 := answer.ParseQuantity(changed)
	if !ok1 || !ok2 || qa.Lo <= 0 || qb.Lo <= 0 {
		return true // nothing to compare: the other checks decide
	}
	lo, hi := min(qa.Lo, qb.Lo), max(qa.Lo, qb.Lo)
	if isPercent(truth) && hi-lo >= 10 {
		return true
	}
	return hi >= 1.5*lo
}

// compoundAnswer reports whether a cause, response or definition is two
// things joined by "and" ("industrialization and tetraethyl lead"): either
// half fits the blank as well as both, so it is asked only as a statement.
func compoundAnswer(f notes.Fact) bool {
	switch f.Kind {
	case notes.Cause, notes.Response, notes.Definition:
		return strings.Contains(f.Answer, " and ")
	}
	return false
}

// unanchored reports whether a sentence names nothing past its first word:
// no person, place, body or acronym ("The project ultimately failed,
// incurring a $600 million loss", "Budgeting became impossible"). Such a
// sentence is a detail of a story told elsewhere and reads vaguely alone.
//
// The first word counts when it is a name wherever the notes use it: an
// acronym, or a word they never write in lower case.
func unanchored(f notes.Fact, lx *lexicon) bool {
	first, rest := nextField(f.Sentence)
	first = strings.TrimSuffix(strings.TrimSuffix(trimPunct(first), "'s"), "’s")
	if low := strings.ToLower(first); len(first) >= 2 && isAllCaps(first) ||
		lx != nil && len(first) >= 3 && !functionWords[low] && !lx.lower[low] && lx.upper[noteWord{f.Note, low}] {
		return false
	}
	prev := ""
	for w, after := nextField(rest); w != ""; w, after = nextField(after) {
		b := strings.TrimLeft(w, `"'“‘(`)
		if startsUpper(b) && !strings.HasSuffix(prev, ":") && !strings.HasSuffix(prev, ".") && b != "I" {
			return false
		}
		prev = w
	}
	return true
}

// genericNouns name a thing by its sort, the way a sentence does after the
// thing was named in an earlier one ("The firm formally launched its fund").
var genericNouns = map[string]bool{
	"firm": true, "company": true, "project": true, "program": true, "programme": true, "plan": true,
	"fund": true, "initiative": true, "scheme": true, "venture": true, "startup": true, "group": true,
	"organization": true, "organisation": true, "agency": true, "deal": true, "agreement": true,
	"effort": true, "campaign": true, "business": true, "product": true, "device": true, "aircraft": true,
	"plane": true, "jet": true, "ship": true, "initial": true, "new": true, "original": true,
}

// genericOpener reports whether a sentence opens on a thing named only by
// its sort ("The firm ...", "The initial broker-dealer ...", "The project
// ...") in a note whose title names no such thing (an acronym such as
// "TSMC" does): the card cannot say which firm or project.
func genericOpener(f notes.Fact) bool {
	w1, rest := nextField(f.Sentence)
	if l := strings.ToLower(w1); l != "the" && l != "this" && l != "that" {
		return false
	}
	w2, rest := nextField(rest)
	if !genericNouns[bareWord(w2)] {
		return false
	}
	if w3, after := nextField(rest); startsUpper(w3) || w3 == "of" && startsUpper(firstWordOf(after)) {
		return false // named at once: "The company TSMC", "The firm of Aster and Voss"
	}
	for w, rest := nextField(f.Title); w != ""; w, rest = nextField(rest) {
		if b := strings.TrimSuffix(trimPunct(w), "s"); len(b) >= 2 && isAllCaps(b) {
			return false
		}
	}
	return true
}

// collectiveWords mark an actor that is a body rather than a person.
var collectiveWords = map[string]bool{
	"government": true, "administration": true, "ministry": true, "treasury": true, "army": true,
	"regime": true, "parliament": true, "congress": true, "senate": true, "council": true, "court": true,
}

// collectiveActor reports whether an actor is a country or a body ("The
// US government", "Germany", "the Council of People's Commissars"): other
// bodies of the same story often fit the blank as well ("Ankara" for
// "Turkey", "the Allies" for "France and Britain").
func collectiveActor(f notes.Fact) bool {
	if f.Kind != notes.Actor {
		return false
	}
	a := withoutThe(f.Answer)
	if isCountry(a) {
		return true
	}
	for w, rest := nextField(a); w != ""; w, rest = nextField(rest) {
		if collectiveWords[bareWord(w)] {
			return true
		}
	}
	for _, part := range strings.Split(a, " and ") {
		if !isCountry(strings.TrimSpace(part)) {
			return false
		}
	}
	return true // "France and Belgium"
}

// reportWords make a sentence about a report of figures ("In 2020, TSMC
// reported $20 billion in operating profit"): its date is when the figures
// were counted, rarely worth learning for itself.
var reportWords = phraseList{"reported ", "reports ", "posted "}

// yearsApart reports whether two dates' first years are at least n apart.
func yearsApart(a, b string, n int) bool {
	ya, okA := firstYear(a)
	yb, okB := firstYear(b)
	return okA && okB && abs(ya-yb) >= n
}

// firstYear is the first four-digit year in s.
func firstYear(s string) (int, bool) {
	for i := 0; i+4 <= len(s); i++ {
		if s[i] != '1' && s[i] != '2' {
			continue // no year from 1000 to 2199 starts here
		}
		if y, ok := yearAt(s, i); ok && y >= 1000 && y <= 2199 {
			return y, true
		}
	}
	return 0, false
}

// longSpans measure the time between events of a story ("within five
// years"); hours and minutes count from something the sentence names
// ("within 30 minutes of waking").
var longSpans = map[string]bool{"year": true, "years": true, "month": true, "months": true,
	"decade": true, "decades": true}

// spanInSentence reports whether a sentence counts time from an event it
// leaves out: "within five years", "two decades later", "after six months".
func spanInSentence(s string) bool {
	if !hasAnyFold(s, "year", "month", "decade") {
		return false // no span at all: most sentences
	}
	prev2, prev := "", ""
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		b := bareWord(w)
		if longSpans[prev] && (b == "later" || b == "afterwards") || longSpans[b] && (prev2 == "within" || prev2 == "after") {
			return true
		}
		prev2, prev = prev, b
	}
	return false
}

// rankMeasures say what a rank is counted by.
var rankMeasures = phraseList{"by population", "most populous", "by area", "by GDP", "by size", "in terms of",
	"by revenue", "by sales", "by market", "by number", "by volume", "by output", "by value", "by land"}

// unmeasuredRank reports whether a fact is a rank, or its sentence holds
// one ("Ranks 140th among the 193 UN members", "the 17th largest member"),
// that does not say what it counts: by population, by area or by wealth,
// the learner cannot tell, and every card of the sentence shows it.
func unmeasuredRank(f notes.Fact) bool {
	s := f.Sentence
	hasRank := f.Kind == notes.Ranking || hasOrdinal(s) && rankPattern.MatchString(s)
	return hasRank && !rankMeasures.in(s)
}

// hasOrdinal reports whether s holds a figure with an ordinal ending
// ("140th", "3RD"), which every match of rankPattern has: the regexp runs
// only on the few sentences that do.
func hasOrdinal(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if !isDigitByte(s[i]) {
			continue
		}
		a, b := s[i+1]|0x20, s[i+2]|0x20 // lower-cased when letters
		if a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h' || s[i+1] >= utf8.RuneSelf {
			return true // (?i) also folds other letters into "s": a non-ASCII letter is left to the regexp
		}
	}
	return false
}

// danglingPronouns stand for someone or something named before.
var danglingPronouns = map[string]bool{"their": true, "its": true, "his": true, "her": true, "they": true,
	"he": true, "she": true, "them": true, "him": true}

// pronounWithoutName reports whether a sentence speaks of someone by a
// pronoun and names no one at all ("From 2001 to 2004, their assets under
// management (AUM) ranged from $5 to $10 million"): the card cannot say
// whose. An acronym in brackets spells out a phrase, not a name.
func pronounWithoutName(s string) bool {
	pronoun, first := false, true
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		switch {
		case mayBeDangling(w) && danglingPronouns[bareWord(w)]:
			pronoun = true
		case !first && startsUpper(strings.TrimLeft(w, `"'“‘`)) && !strings.HasPrefix(w, "("):
			return false // a name: most sentences have one early
		}
		first = false
	}
	return pronoun
}

// mayBeDangling reports whether w can be one of danglingPronouns, without
// lower-casing and hashing it: most words are not.
func mayBeDangling(w string) bool {
	i, j, ok := asciiBare(w)
	if !ok {
		return true // the full check decides
	}
	if n := j - i; n < 2 || n > 5 {
		return false
	}
	switch w[i] | 0x20 {
	case 't', 'i', 'h', 's':
		return true
	}
	return false
}

// unstatedProblem reports whether a sentence speaks of "a solution" or
// "the problem" without saying to what ("Butler devised a solution: a
// package of documents"): the problem was told in a sentence before.
func unstatedProblem(s string) bool {
	if !strings.Contains(s, "solution") && !strings.Contains(s, "problem") && !strings.Contains(s, "issue") {
		return false // most sentences: none of the nouns at all
	}
	for _, p := range []string{"a solution", "the solution", "the problem", "this problem", "the issue", "this issue"} {
		for off := 0; ; {
			i := strings.Index(s[off:], p)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(p)
			if at > 0 && isLetterByte(s[at-1]) || off < len(s) && isLetterByte(s[off]) {
				continue
			}
			if next, _ := nextField(s[off:]); next != "to" && next != "for" && next != "of" && next != "with" {
				return true
			}
		}
	}
	return false
}

// rankPattern finds a rank in a sentence: "ranks 140th", "17th largest".
var rankPattern = regexp.MustCompile(`(?i)\b(ranks?|ranked)\s+\d+(st|nd|rd|th)\b|\b\d+(st|nd|rd|th)\s+(largest|biggest|smallest|richest|poorest)\b`)

// splitsUnit reports whether a blank takes a fraction out of the unit it
// counts ("in nearly _____ a century" for "half"): the phrase is one answer.
func splitsUnit(sp span) bool {
	_, last, n := lastTwoFields(sp.ans)
	if n == 0 {
		return false
	}
	switch bareWord(last) {
	case "half", "third", "quarter", "fifth", "tenth":
	default:
		return false
	}
	w1, rest := nextField(sp.right)
	w2, _ := nextField(rest)
	switch strings.TrimRight(w2, ".,;") {
	case "century", "decade", "year", "million", "billion", "dozen", "mile", "hour", "day", "month":
		return w1 == "a"
	}
	return false
}

// hasAnyFold reports whether s holds one of the lower-case ASCII words,
// in any case, inside a word or not. Of the letters beyond ASCII only
// İ and the Kelvin sign lower-case into ASCII (i, k): words with i or k
// must not be asked for.
func hasAnyFold(s string, words ...string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		for _, w := range words {
			if c == w[0] && len(s)-i >= len(w) && strings.EqualFold(s[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}
