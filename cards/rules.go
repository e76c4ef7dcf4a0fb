package cards

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
)

// Rules a strict teacher applies to a card as read: discourse words that
// lean on the sentence before, opinions stated as facts, stems that give the
// answer away in another form, blanks with several defensible fillings, and
// options the stem itself rules out. They are word and number checks, no
// regular expressions: they run for every fact of a large corpus.

// connectives open a sentence and only link it to the one before; dropping
// them leaves a sentence that stands alone ("However, the bubble burst" →
// "The bubble burst").
var connectives = map[string]bool{
	"however": true, "moreover": true, "furthermore": true, "additionally": true, "in addition": true,
	"also": true, "meanwhile": true, "nevertheless": true, "nonetheless": true, "still": true,
	"finally": true, "notably": true, "consequently": true, "thus": true, "therefore": true,
	"as a result": true, "as a direct result": true, "as a consequence": true, "as a direct consequence": true,
	"ultimately": true, "overall": true, "importantly": true, "indeed": true,
	"in fact": true, "of course": true, "hence": true, "accordingly": true, "at the same time": true,
	"simultaneously": true, "likewise": true, "similarly": true, "next": true,
	"further": true, "besides": true,
	// a contrast or comparison with the sentence before: the claim after
	// it stands alone ("Conversely, Netflix switched to microservices
	// after a failure in 2008")
	"conversely": true, "in contrast": true, "by contrast": true, "on the other hand": true,
	"for comparison": true, "by comparison": true, "in comparison": true,
}

// plainSpan drops a leading connective and a mid-sentence "also" from the
// sentence around the answer: both point at a sentence the card does not
// show, and neither carries the fact.
func plainSpan(sp span) span {
	return plainSpanMarked(sp, spanMarks{inner: true, even: true, also: true, judged: true})
}

// spanMarks tells which words that plainSpan drops inside a sentence it
// holds at all: most hold none, and the facts of a sentence share it
// (see sentenceReading.marksOf).
type spanMarks struct{ inner, even, also, judged bool }

// marksOf reads sentence s for spanMarks. Every sentence is read for
// them: " even ", " also " and " without provocation" are looked for
// first from a rarer letter than the space they open on ("ven ", "lso ",
// "provocation"), which most sentences lack, and only then whole.
func marksOf(s string) spanMarks {
	return spanMarks{inner: holdsInnerConnective(s),
		even:   strings.Contains(s, "ven ") && strings.Contains(s, " even "),
		also:   strings.Contains(s, "lso ") && strings.Contains(s, " also "),
		judged: strings.Contains(s, "provocation") && strings.Contains(s, " without provocation")}
}

// plainSpanMarked is plainSpan of a span cut from a sentence that holds
// m: what the sentence does not hold, neither side of its answer does
// (nor once a connective or an "even" is dropped), and is not looked for.
func plainSpanMarked(sp span, m spanMarks) span {
	sp.left = dropConnective(sp.left)
	// "Mir Qasim, however, sought ...": the contrast is with a sentence
	// the card does not show (most sentences hold none: looking for
	// each connective cost more than looking at the commas)
	if m.inner && (holdsInnerConnective(sp.left) || holdsInnerConnective(sp.right)) {
		m.even, m.also = true, true // the words either side of a connective dropped meet: looked for again
		for _, inner := range innerConnectives {
			if i := strings.Index(sp.left, inner); i > 0 {
				sp.left = sp.left[:i] + sp.left[i+len(inner):]
			} else if i := strings.Index(sp.right, inner); i >= 0 {
				sp.right = sp.right[:i] + sp.right[i+len(inner):]
			}
		}
	}
	if m.even {
		sp.left, sp.right = withoutFocusEven(sp.left), withoutFocusEven(sp.right)
	}
	if m.judged {
		// "attacked Pearl Harbor without provocation": the note's verdict
		// on the deed, not part of it (blind raters rejected questions
		// that asked it as a premise); the deed stands without it
		sp.left = strings.Replace(sp.left, " without provocation", "", 1)
		sp.right = strings.Replace(sp.right, " without provocation", "", 1)
	}
	if m.also && (strings.Contains(sp.left, " also ") || strings.HasPrefix(sp.right, " also ") || strings.Contains(sp.right, " also ")) {
		if !strings.Contains(sp.left, "not only") && !strings.Contains(sp.left, "but also") && !strings.Contains(sp.right, "but also") {
			sp.left = strings.Replace(sp.left, " also ", " ", 1)
			sp.right = strings.Replace(sp.right, " also ", " ", 1)
		}
	}
	return sp
}

// withoutFocusEven drops an "even" before a verb ("Britain even signed
// the agreement"): like "also", it weighs the deed against something the
// card does not show, and it reads oddly on its own. "Even though", "even
// more" and "even 10%" stay.
func withoutFocusEven(s string) string {
	i := strings.Index(s, " even ")
	if i < 0 {
		return s
	}
	if w, _ := nextField(s[i+len(" even "):]); !isPastVerb(bareWord(w)) {
		return s
	}
	return s[:i+1] + s[i+len(" even "):]
}

// innerConnectives are the connectives plainSpan drops inside a sentence.
var innerConnectives = []string{", however,", ", therefore,", ", thus,", ", meanwhile,"}

// holdsInnerConnective reports whether s holds one of innerConnectives.
func holdsInnerConnective(s string) bool {
	for i := strings.IndexByte(s, ','); i >= 0; i = strings.IndexByte(s, ',') {
		for _, inner := range innerConnectives {
			if strings.HasPrefix(s[i:], inner) {
				return true
			}
		}
		s = s[i+1:]
	}
	return false
}

// dropConnective removes a connective of up to four words ending at a comma
// from the start of left, keeping the rest's first letter upper-case.
func dropConnective(left string) string {
	l := strings.TrimLeft(left, " ")
	i := strings.IndexByte(l, ',')
	if i <= 0 || i > 24 || i+1 >= len(l) && l != left {
		return left
	}
	if !connectives[strings.ToLower(l[:i])] {
		return left
	}
	rest := strings.TrimLeft(l[i+1:], " ")
	if rest == "" {
		return "" // the answer opens the sentence now
	}
	return upperFirst(rest)
}

// referenceOpeners open a sentence that is about something said before it:
// "Other provinces ...", "Despite this, ...", "Instead, ...". Unlike
// connectives, dropping them would change what the sentence claims.
var referenceOpeners = map[string]bool{
	"other": true, "another": true, "others": true, "the other": true, "the others": true,
	"the rest": true, "the remainder": true, "instead": true,
	"in turn": true, "in return": true, "even so": true,
	"despite this": true, "despite that": true, "despite these": true, "because of this": true,
	"due to this": true, "as such": true, "in comparison": true, "since then": true,
	// the answer to a question the card does not show: "If so, ...", 'If "no," ...'
	"if so": true, "if not": true, "if yes": true, "if no": true,
}

// respondOpener reports whether s opens on a bare response to an earlier
// sentence: "In response, ...", "In retaliation, ..." ("In response to
// the ban, ..." names what it answers).
func respondOpener(s string) bool {
	for _, o := range []string{"In response,", "In retaliation,", "In reaction,"} {
		if len(s) >= len(o) && strings.EqualFold(s[:len(o)], o) {
			return true
		}
	}
	return false
}

// bareReaction reports whether s tells a reaction without what it reacts
// to: "The government responded with new legislation" answers a sentence
// the card does not show ("responded to the ruling with" names it).
func bareReaction(s string) bool {
	for _, v := range []string{" responded with ", " responded by ", " reacted with ", " reacted by "} {
		if strings.Contains(s, v) {
			return true
		}
	}
	return false
}

// referenceDangles reports whether the card as shown opens on a word that
// refers to an earlier sentence, or counts time from an unnamed point ("for
// the next 70 years" with no year before it).
func referenceDangles(shown string, ctx *context) bool {
	s := strings.TrimSpace(shown)
	if ctx.prefix != "" {
		s = strings.TrimSpace(strings.TrimPrefix(s, strings.TrimSpace(ctx.prefix)))
	}
	if i := strings.Index(s, ": "); i > 0 && i < 40 && countWords(s[:i]) <= 4 {
		s = s[i+2:] // past a short label
	}
	if strings.HasPrefix(s, Blank) {
		return false
	}
	// the first one and two words, lower-cased and without a comma
	w1, rest := cutWord(s)
	w2, _ := cutWord(rest)
	if lowerIn(referenceOpeners, w1, "") || w2 != "" && lowerIn(referenceOpeners, w1, w2) {
		return true
	}
	if strings.EqualFold(w1, "despite") && shortPlainConcession(s[len(w1):]) {
		return true
	}
	if bareReaction(s) {
		return true
	}
	if respondOpener(s) && ctx.f.Kind != notes.Response {
		// "In response, the duke ordered ... in _____": a response to what
		// an earlier sentence said, which the card does not show (teachers
		// took 0 of 4). A card asking the response itself ("In response,
		// Kesh _____ with Vela") asks what the note's sentence is about.
		return true
	}
	// "A decade later, ...", "Less than a year later, ...", "In the
	// aftermath, ...": later than what the card does not say; "In total,
	// ..." sums what the sentences before it listed
	if len(s) > len("In total,") && strings.EqualFold(s[:len("In total,")], "In total,") {
		return true
	}
	if i := strings.IndexByte(s, ','); i > 0 && countWords(s[:i]) <= 6 {
		_, last, _ := lastTwoFields(s[:i])
		switch strings.ToLower(last) {
		case "later", "earlier", "afterwards", "afterward", "thereafter", "subsequently", "aftermath", "prior", "before":
			return true
		}
	}
	// the phrases below are found in one pass over the places where "he "
	// and a space occur, not one search of s per phrase: most texts hold
	// none of them
	var seen [len(relativeTimes)]bool // each relative time is judged where it first occurs
	for off := 0; ; {
		i := strings.Index(s[off:], "he ")
		if i < 0 {
			break
		}
		i += off
		off = i + len("he ")
		if i == 0 || s[i-1] != 't' && s[i-1] != 'T' {
			continue
		}
		after := s[off:]
		if strings.HasPrefix(after, "figure ") {
			return true // which figure?
		}
		if countsBack(after) && !hasYear(s[:i]) && !(ctx.f.Kind == notes.Date && strings.Contains(s[:i], Blank)) {
			return true // "over the past decade": from when?
		}
		if s[i-1] != 't' {
			continue
		}
		for k, rel := range relativeTimes {
			if !seen[k] && strings.HasPrefix(after, rel) {
				seen[k] = true
				if !hasYear(s[:i-1]) {
					return true
				}
			}
		}
	}
	for i := strings.IndexByte(s, ' '); i >= 0; {
		rest := s[i+1:]
		if strings.HasPrefix(rest, "followed") {
			if strings.HasPrefix(rest, "followed in ") || strings.HasPrefix(rest, "followed on ") || strings.HasPrefix(rest, "followed.") {
				return true // "Reconnaissance followed in May": after what?
			}
		} else if strings.HasPrefix(rest, "ensued") || strings.HasPrefix(rest, "came next") {
			return true
		}
		j := strings.IndexByte(rest, ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if i := strings.Index(s, "mentioned"); i >= 0 && mentionedBefore(s, i) {
		return true // "the aforementioned dynamic": mentioned where the card does not show
	}
	return false
}

// mentionedBefore reports whether the "mentioned" at s[i:] points back to
// an earlier sentence: "aforementioned", "above-mentioned", "mentioned
// above", "mentioned earlier", "previously mentioned".
func mentionedBefore(s string, i int) bool {
	before, after := s[:i], s[i+len("mentioned"):]
	return strings.HasSuffix(before, "afore") || strings.HasSuffix(before, "above-") ||
		strings.HasPrefix(after, " above") || strings.HasPrefix(after, " earlier")
}

// countsBack reports whether the words after a "the" count back from an
// unnamed now: "last five years", "past decade", "last 12 months"
// (referenceDangles asks it with no year, nor the blank of one when a
// date is asked, before that "the"). The note was written at some time;
// the card is read at another. Not such a span: "last Mughal ruler",
// "last year that ...", "last week of November", "last six years
// before his death", and spans of a century or more ("past 500 years"),
// which a few years do not change.
func countsBack(after string) bool {
	w, rest := cutWord(after)
	if w != "last" && w != "past" {
		return false
	}
	w, rest = cutWord(rest)
	if isDigits(w) || numberWordsSmall[w] {
		if isDigits(w) && len(w) >= 3 || w == "hundred" {
			return false // "the past 500 years"
		}
		w, rest = cutWord(rest) // "the last five years"
	}
	unit := strings.TrimRight(w, ",.;:)")
	if !timeSpanWords[unit] || unit == "century" || unit == "centuries" {
		return false
	}
	if unit == w { // no stop after it: what follows may anchor it
		if next, _ := cutWord(rest); next == "that" || next == "when" || next == "of" || next == "before" || next == "in" {
			return false
		}
	}
	return true
}

// timeSpanWords end a span of time counted back ("the past decade").
var timeSpanWords = map[string]bool{"year": true, "years": true, "decade": true, "decades": true,
	"month": true, "months": true, "week": true, "weeks": true, "day": true, "days": true,
	"century": true, "centuries": true, "quarter": true, "quarters": true}

// numberWordsSmall count the units of a span of time.
var numberWordsSmall = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "fifteen": true,
	"twenty": true, "thirty": true, "fifty": true, "hundred": true, "few": true, "several": true, "couple": true}

// shortPlainConcession reports whether what follows an opening "Despite"
// is a few plain words up to a comma: "Despite its objections, ...",
// "Despite the failed merger, ...", "Despite being a hoax, ...". Like
// "Despite this", such a concession stands for something an earlier
// sentence said, which the card does not show (teachers asked "objections
// to what?"). One that names or dates its matter stands alone: "Despite
// banning carts in 1902, ...", "Despite Dutch objections, ...".
func shortPlainConcession(s string) bool {
	i := strings.IndexByte(s, ',')
	if i < 0 || countWords(s[:i]) > 3 {
		return false
	}
	for _, c := range s[:i] {
		if !(c == ' ' || c == '-' || c == '\'' || unicode.IsLower(c)) {
			return false // a name, a number, a quotation, or the blank itself
		}
	}
	return true
}

// lowerIn reports whether m holds strings.ToLower of w1, or of w1+" "+w2
// when w2 is not empty, with commas trimmed from the end: the first words
// of a card looked up without building the string for ASCII words.
func lowerIn(m map[string]bool, w1, w2 string) bool {
	var buf [32]byte
	b := append(buf[:0], w1...)
	if w2 != "" {
		b = append(b, ' ')
		b = append(b, strings.TrimLeft(w2, `"`)...)
	}
	for len(b) > 0 && (b[len(b)-1] == ',' || b[len(b)-1] == '"') {
		b = b[:len(b)-1]
	}
	for i, c := range b {
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(string(b))] // Unicode case rules
		}
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return m[string(b)]
}

// relativeTimes count from an unnamed point when they follow "the" and no
// year stands before them (see referenceDangles).
var relativeTimes = [...]string{"next ", "previous ", "preceding ", "following year", "following decade"}

// cutWord splits s after its first word.
func cutWord(s string) (word, rest string) {
	s = strings.TrimLeft(s, " ")
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// hasYear reports whether s holds a four-digit number that reads as a year.
func hasYear(s string) bool {
	_, ok := firstYear(s)
	return ok
}

// yearAt reads a four-digit number standing alone at s[i:].
func yearAt(s string, i int) (int, bool) {
	if i > 0 && isDigitByte(s[i-1]) || i+4 > len(s) || !isDigits(s[i:i+4]) || i+4 < len(s) && isDigitByte(s[i+4]) {
		return 0, false
	}
	y := 0
	for _, c := range []byte(s[i : i+4]) {
		y = y*10 + int(c-'0')
	}
	return y, true
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// opinionWords mark a view rather than a fact: a true/false card on "X is
// viewed as contrary to Y" tests what someone thinks, which no one can mark.
var opinionWords = []string{
	"viewed as", "seen as", "regarded as", "perceived as", "considered", "believed", "deemed",
	"arguably", "thought to", "said to", "likely", "probably", "perhaps", "possibly", "may ",
	"might ", "could have", "described as", "labelled as", "labeled as", "reportedly", "allegedly", "supposedly",
	// a lesson drawn from a story ("underscores the importance of shrewd
	// decisions"), a contested verdict on a cause
	"underscores the importance", "underscored the importance", "highlights the importance",
	"highlighted the importance", "illustrates the importance", "demonstrates the importance",
	"without provocation",
}

// opinionByFirst is opinionWords by first byte (see isOpinion).
var opinionByFirst = func() (by [256][]string) {
	for _, w := range opinionWords {
		by[w[0]] = append(by[w[0]], w)
	}
	return by
}()

// evaluative adjectives judge rather than state ("X is alarming").
var evaluative = map[string]bool{
	"alarming": true, "remarkable": true, "concerning": true, "worrying": true, "troubling": true,
	"important": true, "crucial": true, "essential": true, "significant": true, "impressive": true,
	"unacceptable": true, "shocking": true, "striking": true, "key": true, "vital": true,
	"major": true, "serious": true, "notable": true, "unfortunate": true, "fascinating": true,
}

// copulas link a subject to what is said of it.
var copulas = []string{" is ", " are ", " was ", " were ", " remains ", " remain ", " became ", " becomes "}

// isOpinion reports whether a statement reports a view, a guess or a
// judgement ("is viewed as", "may have", "is a significant challenge").
func isOpinion(statement string) bool {
	// an opinion word where it first occurs, opening the statement or after
	// a space: the words are looked up only where a word starts
	for i := 0; i < len(statement); i++ {
		if i > 0 && statement[i-1] != ' ' {
			continue
		}
		for _, w := range opinionByFirst[statement[i]] {
			if strings.HasPrefix(statement[i:], w) && strings.Index(statement, w) == i {
				return true
			}
		}
	}
	for _, c := range copulas {
		for off := 0; ; {
			i := strings.Index(statement[off:], c)
			if i < 0 {
				break
			}
			off += i + len(c)
			w, rest := cutWord(statement[off:])
			for w == "a" || w == "an" || w == "very" || w == "deeply" || w == "particularly" || w == "highly" || w == "truly" {
				w, rest = cutWord(rest)
			}
			if evaluative[strings.TrimRight(w, ".,;!")] {
				return true
			}
		}
	}
	return false
}

// anniversaryWords let the reader work out a year from another year.
var anniversaryWords = []string{"centenary", "centennial", "anniversary", "bicentenary", "bicentennial", "jubilee", "tercentenary"}

// combiningForms name a country inside a compound ("Anglo-German"), and
// demonyms that do not share a stem with their country ("French").
var combiningForms = map[string][]string{
	"anglo":  {"britain", "england", "united kingdom", "uk", "english", "british"},
	"franco": {"france", "french"}, "sino": {"china", "chinese"}, "russo": {"russia", "russian"},
	"greco": {"greece", "greek"}, "italo": {"italy", "italian"}, "austro": {"austria", "austrian"},
	"indo": {"india", "indian"}, "hispano": {"spain", "spanish"}, "luso": {"portugal", "portuguese"},
	"turco": {"turkey", "turkish"}, "german": {"germany"}, "nippo": {"japan", "japanese"},
	"french": {"france"}, "dutch": {"netherlands", "holland"}, "spanish": {"spain"},
	"swiss": {"switzerland"}, "welsh": {"wales"}, "scottish": {"scotland"}, "scots": {"scotland"},
	"irish": {"ireland"}, "danish": {"denmark"}, "swedish": {"sweden"}, "finnish": {"finland"},
	"polish": {"poland"}, "greek": {"greece"}, "thai": {"thailand"}, "filipino": {"philippines"},
	"norwegian": {"norway"}, "british": {"britain", "united kingdom", "uk"}, "english": {"england"},
	"soviet": {"soviet union", "ussr"}, "peruvian": {"peru"}, "maltese": {"malta"},
	"icelandic": {"iceland"}, "cypriot": {"cyprus"}, "ukrainian": {"ukraine"},
}

// otherFormGivesAway reports whether the shown text names the answer in
// another form: an adjective or compound of a name in it ("the Anglo-German
// agreement" for "Britain", "Albanian" for "Albania"), or, for a year, an
// anniversary that lets it be worked out.
func otherFormGivesAway(shown string, f notes.Fact, key *candidate) bool {
	if f.Kind == notes.Date {
		l := shown
		for _, w := range anniversaryWords {
			if strings.Contains(l, w) || strings.Contains(l, upperFirst(w)) {
				return true
			}
		}
	}
	if key.numeric || !startsUpper(strings.TrimLeft(f.Answer, `"'“(`)) && !strings.HasPrefix(f.Answer, "the ") {
		return false
	}
	names := key.content
	if len(names) == 0 || len(names) > 3 {
		return false
	}
	full := key.norm
	full = strings.TrimPrefix(full, "the ")
	for _, w := range strings.FieldsFunc(shown, func(r rune) bool { return r == ' ' || r == '-' || r == '–' || r == '/' }) {
		if !startsUpper(w) {
			continue
		}
		b := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(trimPunct(w), "'s"), "’s"))
		if len(b) < 3 {
			continue
		}
		for _, n := range combiningForms[b] {
			if n == full || slices.Contains(names, n) {
				return true
			}
		}
		for _, n := range names {
			if n != b && len(n) >= 4 && sameStem(n, b) {
				return true
			}
		}
	}
	return false
}

// blankGivesAway reports whether the blank of a cloze or mc card sits where
// its wording is given by something else or cannot be recalled word for
// word: a phrase of three words or more inside a quotation (an idiom or a
// saying completes itself), a blank inside a longer quotation, or a word
// inside brackets right after a term it glosses ("Luftwaffe (_____)").
// Quoted names and coined terms of a word or two are kept.
func blankGivesAway(ctx *context) bool {
	l, r := ctx.sp.left, ctx.sp.right
	if strings.Count(l, `"`)%2 == 1 || strings.Count(l, "“") > strings.Count(l, "”") {
		if !strings.HasSuffix(l, `"`) && !strings.HasSuffix(l, "“") {
			return true // the blank is part of a quotation
		}
		if !strings.HasPrefix(r, `"`) && !strings.HasPrefix(r, "”") && !strings.HasPrefix(r, `,"`) && !strings.HasPrefix(r, `."`) {
			return true
		}
		if !ctx.key.name && ctx.key.words >= 3 {
			return true
		}
	}
	return !ctx.key.digit && strings.HasSuffix(l, "(") && strings.HasPrefix(r, ")")
}

// vagueBlank reports whether a cloze or mc blank admits several defensible
// fillings: one item of a list of phrases (any paraphrase of it fits), a
// verb phrase holding a date ("frozen in 2020"), or "100%" used as an
// adverb ("relied 100% on": "entirely" is as good).
func vagueBlank(f notes.Fact, ctx *context) bool {
	k := &ctx.key
	l, r := strings.TrimRight(ctx.sp.left, " "), strings.TrimLeft(ctx.sp.right, " ")
	phrase := !k.numeric && !k.name && !isNumericKind(f.Kind)
	if phrase {
		if strings.HasPrefix(r, ",") && (strings.Contains(r, " and ") || strings.Contains(r, " or ")) {
			return true // "due to _____, economic problems, and corruption"
		}
		if (strings.HasSuffix(l, ", and") || strings.HasSuffix(l, ", or")) && strings.Count(l, ",") >= 2 {
			return true // the last item of a list
		}
	}
	if phrase && k.words >= 5 {
		return true // a clause to recall word for word: paraphrases are as right
	}
	if k.words == 1 && fractionWords[k.norm] {
		return true // "the eastern _____ of the empire": half, guessed from the grammar
	}
	if k.words == 2 && fractionWords[ctx.giveAwayCore()] && determiners[firstWord(r)] {
		// "about _____ an hour", "over _____ the population", the hedge
		// left shown: only "half" reads before a determiner, where
		// "nearly _____ of the budget" takes any share
		return true
	}
	if phrase && k.words == 1 && quotedPredicate(l, r) {
		return true // "Smith's career has been "_____"": any word of praise fits
	}
	if r != "" && startsUpper(lastWordOf(f.Answer)) && splitsName(r) {
		return true // "under the Treaty _____ on the Prohibition of ...": the blank cuts a name
	}
	if _, part := participles[k.first]; !isNumericKind(f.Kind) && k.digit && (k.verbStart || part) {
		return true
	}
	if n := strings.ToLower(strings.TrimSpace(f.Answer)); n == "100%" || n == "100 percent" || n == "100 per cent" {
		lw := l
		if i := strings.LastIndexByte(l, ' '); i >= 0 {
			lw = l[i+1:]
		}
		switch strings.ToLower(lw) {
		case "to", "from", "of", "by", "at", "nearly", "almost", "about", "around", "reached", "a", "the":
			return false
		}
		return true
	}
	return false
}

// beforeOpenQuote is the text l, which ends where a blank starts, up to
// the quotation mark that opens the blank, if any ('tools like "' →
// "tools like").
func beforeOpenQuote(l string) string {
	return strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(l, `"`), "“"), " ")
}

// quotedPredicate reports whether a blank of one word is a speaker's word
// in quotes after a linking verb: "has been "_____,"" (phenomenal),
// "interfaces that genuinely feel "_____,"" (magical), "mood is "_____""
// (dour). Such a word says how someone judged a thing, and many others
// would say it as well; a word the sentence goes on to define ("can be
// "_____," meaning it excels in some tasks") is a term and is kept.
func quotedPredicate(left, right string) bool {
	l := strings.TrimRight(left, " ")
	if !strings.HasSuffix(l, `"`) && !strings.HasSuffix(l, "“") {
		return false
	}
	w, rest := lastWord(beforeOpenQuote(l))
	for n := 0; n < 2 && (degreeWords[w] || len(w) > 4 && strings.HasSuffix(w, "ly")); n++ {
		w, rest = lastWord(rest) // past up to two modifiers: "genuinely feel", "is more"
	}
	if !linkingVerbs[w] {
		return false
	}
	r := strings.TrimLeft(right, `"”,. `)
	for _, g := range []string{"meaning", "which means", "i.e.", "or ", "that is", "defined as", "referring to"} {
		if strings.HasPrefix(r, g) {
			return false
		}
	}
	return true
}

// linkingVerbs join a subject to what is said of it.
var linkingVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "feel": true, "feels": true, "felt": true, "seem": true, "seems": true, "seemed": true,
	"look": true, "looks": true, "looked": true, "sound": true, "sounds": true, "become": true,
	"became": true, "becomes": true, "remain": true, "remains": true, "remained": true}

// degreeWords stand between a linking verb and what it links.
var degreeWords = map[string]bool{"more": true, "less": true, "very": true, "so": true, "too": true,
	"quite": true, "rather": true, "pretty": true, "most": true, "truly": true}

// bystanderName reports whether a blank is the first name of someone an
// anecdote brings in by it: "A contestant named _____" (Adam), "an
// employee named _____" (Bob), "a viewer named _____". A blind teacher
// rejected all such cards as trivia; a thing's name ("a black hole named
// _____", Gargantua) and a full name are kept.
func bystanderName(sp span) bool {
	if strings.ContainsRune(strings.TrimSpace(sp.ans), ' ') || !startsUpper(sp.ans) {
		return false
	}
	w, rest := lastWord(sp.left)
	if w != "named" && w != "called" {
		return false
	}
	w, _ = lastWord(rest)
	return bystanders[strings.TrimSuffix(w, "s")]
}

// nicknameBlank reports whether a blank is the nickname a person's name
// holds in quotes: 'Andrew "_____" Bosworth' (Boz), 'Chesley "_____"
// Sullenberger' (Sully). The name around it is shown, so the card asks
// only what friends call him, or its first letters (both blind raters
// rejected it as trivia).
func nicknameBlank(sp span) bool {
	l := strings.TrimRight(sp.left, " ")
	r := strings.TrimLeft(sp.right, " ")
	var open, close string
	switch {
	case strings.HasSuffix(l, `"`) && strings.HasPrefix(r, `"`):
		open, close = `"`, `"`
	case strings.HasSuffix(l, "“") && strings.HasPrefix(r, "”"):
		open, close = "“", "”"
	default:
		return false
	}
	if strings.Count(sp.ans, " ") > 1 {
		return false // a phrase, not a nickname
	}
	before := lastWordOf(strings.TrimSuffix(l, open))
	after := strings.TrimRight(firstWord(strings.TrimLeft(strings.TrimPrefix(r, close), " ")), ",.;:!?")
	// a given name and a surname, each a word of letters: not 'the
	// "_____" Act', nor 'Kesh's "_____" Campaign'
	return lettersName(before) && lettersName(after) && !functionWords[strings.ToLower(before)]
}

// vantageDate reports whether an opening date ("In 1890,", "In July
// 1940,") is only the moment a past perfect looks back from: "In 1890,
// the Sherman Antitrust Act had just passed", "In July 1940, Hitler had
// occupied nearly all surrounding countries". The deed is dated before
// it, by how long the sentence does not say; both raters of each called
// such cards vague, or their false twins not clearly false.
func vantageDate(sp span) bool {
	if l := strings.TrimSpace(sp.left); l != "In" && l != "in" {
		return false
	}
	r := strings.TrimSpace(sp.right)
	if !strings.HasPrefix(r, ",") {
		return false
	}
	// the main clause's first verb, a few words on: its subject comes first
	afterHad, afterComma := false, false
	n := 0
	for w, more := nextField(r[1:]); w != "" && n < 10; w, more = nextField(more) {
		b := bareWord(w)
		if afterComma || b == "who" || b == "which" || b == "that" {
			return false // an aside or a relative clause before the main verb: left alone
		}
		if afterHad {
			return perfectAdverbs[b] || isParticipleAfterHave(b)
		}
		if b != "had" && (auxiliaries[b] || isPastVerb(b)) && n > 0 {
			return false
		}
		afterComma = strings.HasSuffix(w, ",")
		afterHad = b == "had" && !afterComma
		n++
	}
	return false
}

// internalName reports whether the words just before a blank introduce
// the name a firm or team uses in-house: 'an internal tool called
// "_____"' (Eagle Eye), 'was internally dubbed "_____"', 'an in-house
// technology called "_____"', 'An internal evaluation tool, "_____,"'.
// Both blind raters rejected every such card as trivia: no one outside
// the firm knows or needs the name.
func internalName(left string) bool {
	rest := strings.TrimRight(left, ` "“,`) // the quotation mark opening the blank
	for n := 0; n < 7 && rest != ""; n++ {
		var w string
		w, rest = lastWord(rest)
		if w == "internal" || w == "internally" || w == "in-house" {
			return true
		}
	}
	return false
}

// lettersName reports whether w is a capitalised word of letters alone.
func lettersName(w string) bool {
	if !startsUpper(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// bystanders are the people an anecdote names by a first name.
var bystanders = map[string]bool{"man": true, "woman": true, "individual": true, "user": true,
	"contestant": true, "friend": true, "guy": true, "boy": true, "girl": true, "person": true,
	"kid": true, "child": true, "participant": true, "customer": true, "employee": true, "viewer": true,
	"subscriber": true, "member": true, "fan": true, "teenager": true, "student": true, "client": true,
	"patient": true, "listener": true, "player": true}

// fractionWords are amounts that the grammar around a blank gives away.
var fractionWords = map[string]bool{"half": true, "third": true, "quarter": true, "twice": true, "double": true, "triple": true}

// lastWordOf is the last space-separated word of s.
func lastWordOf(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// splitsName reports whether the text after a blank goes on with the rest
// of a name ("on the Prohibition of ...", "of Versailles").
func splitsName(right string) bool {
	w1, rest := cutWord(right)
	switch w1 {
	case "of", "on", "for", "de":
	default:
		return false
	}
	w2, rest := cutWord(rest)
	if w2 == "the" {
		w2, _ = cutWord(rest)
	}
	return startsUpper(w2)
}

// bounds are the other values of the key's kind that the sentence states
// ("6 million jobless by 1933", "3.6 million Chinese outnumbering _____
// Malays"): a distractor on the other side of one of them is ruled out by
// the sentence itself, so options stay between the nearest ones. The zero
// value bounds nothing.
type bounds struct {
	lo, hi       float64 // exclusive
	hasLo, hasHi bool
	year         bool      // compare by year only
	avoid        []float64 // other amounts the sentence states, in any unit
}

// sentenceBounds finds the nearest values of the key's kind below and above
// it among the other facts of its sentence.
func sentenceBounds(key *candidate, kind notes.Kind, others []*candidate) bounds {
	var b bounds
	if !key.numeric || !isNumericKind(kind) {
		return b
	}
	b.year = kind == notes.Date
	kv := boundValue(key.value, b.year)
	for _, o := range others {
		if !o.numeric || o.kind != kind {
			continue
		}
		if !b.year && unitShape(o.shape) != unitShape(key.shape) {
			b.avoid = append(b.avoid, o.value) // "six miles" beside "three nautical miles"
			continue                           // another unit
		}
		ov := boundValue(o.value, b.year)
		switch {
		case ov < kv && (!b.hasLo || ov > b.lo):
			b.lo, b.hasLo = ov, true
		case ov > kv && (!b.hasHi || ov < b.hi):
			b.hi, b.hasHi = ov, true
		}
	}
	return b
}

// unitShape is a number's shape from its first digit on, with decimals
// masked like whole numbers: "up to #.#%" and "#%" share the unit "#%".
func unitShape(shape string) string {
	if i := strings.IndexByte(shape, '#'); i > 0 {
		shape = shape[i:]
	}
	if strings.Contains(shape, "#.#") {
		shape = strings.ReplaceAll(shape, "#.#", "#")
	}
	return shape
}

func boundValue(v float64, year bool) float64 {
	if year {
		return math.Floor(v / 10000)
	}
	return v
}

// within reports whether a distractor's value keeps the key's order with
// every other value the sentence states.
func (b bounds) within(v float64) bool {
	bv := boundValue(v, b.year)
	if b.hasLo && bv <= b.lo || b.hasHi && bv >= b.hi {
		return false
	}
	for _, a := range b.avoid {
		if v == a {
			return false
		}
	}
	return true
}

// keyRange is a range key's span, to keep other ranges off it.
type keyRange struct {
	lo, hi float64
	ok     bool
}

// rangeOfKey parses the key when it reads as a range ("20-30%", "500,000 to
// 900,000"); other keys give the zero keyRange, which overlaps nothing.
func rangeOfKey(k *candidate) keyRange {
	if !strings.ContainsAny(k.text, "-–") && !strings.Contains(k.text, " to ") {
		return keyRange{}
	}
	q, ok := answer.ParseQuantity(k.text)
	if !ok || !q.IsRange() {
		return keyRange{}
	}
	return keyRange{q.Lo, q.Hi, true}
}

// overlaps reports whether option text, a number or a range, shares a value
// with the key's range.
func (r keyRange) overlaps(text string) bool {
	if !r.ok {
		return false
	}
	q, ok := answer.ParseQuantity(text)
	return ok && q.Lo <= r.hi && q.Hi >= r.lo
}

// keyStandsOut reports whether a numeric key is the lone outlier among its
// options (9, 10, 12 and 20; 25, 27, 30 and 70 years): the odd one out is
// the one to pick.
func keyStandsOut(values []float64, key int) bool {
	if len(values) != 4 {
		return false
	}
	kv := values[key]
	var others []float64
	for i, v := range values {
		if i != key {
			others = append(others, v)
		}
	}
	lo, hi := slices.Min(others), slices.Max(others)
	spread := hi - lo
	var gap float64
	switch {
	case kv > hi:
		gap = kv - hi
	case kv < lo:
		gap = lo - kv
	default:
		return false
	}
	// a gap of twice the pack's width: a narrower rule drops so many keys
	// at the ends that the remaining keys crowd the middle positions
	return gap > 2*spread && gap > 0
}

// yearLike reports whether an amount's number reads as a year ("in 1913
// terms"): changed like an amount it makes options no one would write.
func yearLike(f notes.Fact, k *candidate) bool {
	return f.Kind != notes.Date && k.numeric && !strings.Contains(k.text, ",") && hasYear(k.text)
}

// optionValues parses the options of a numeric mc card, by year for dates.
func optionValues(choices []string, kind notes.Kind) ([]float64, bool) {
	vs := make([]float64, len(choices))
	for i, o := range choices {
		if kind == notes.Date {
			ds, ok := answer.ParseDates(o)
			if !ok || len(ds) != 1 || ds[0].Year == 0 {
				return nil, false
			}
			vs[i] = float64(ds[0].Year*10000+ds[0].Month*100+ds[0].Day) / 10000
			continue
		}
		q, ok := answer.ParseQuantity(o)
		if !ok {
			return nil, false
		}
		vs[i] = q.Lo
	}
	return vs, true
}

// subordinateWords open a clause inside a sentence; a date after one of
// them dates that clause, not the main one a "when" question asks about.
var subordinateWords = []string{" after ", " before ", " when ", " since ", " until ", " while ", " whereas ", " following "}

// dateInSubclause reports whether the answer of a date fact sits inside a
// subordinate clause that follows the main verb ("the population grew
// after Raffles founded a post in 1819").
func dateInSubclause(f notes.Fact, sp span) bool {
	if f.Kind != notes.Date {
		return false
	}
	l := sp.left
	// past an opening phrase ending at a comma, where the date dates the whole
	if i := strings.LastIndex(l, ", "); i >= 0 {
		l = l[i+1:]
	} else if strings.HasPrefix(sp.right, ",") {
		// the date closes the opening phrase itself: it dates the whole
		// ("In 1947, ..."), unless the phrase tells an event of its own
		// ("In the years following India's independence in 1947, ...",
		// "After the war ended in 1945, ...")
		l = " " + strings.ToLower(l)
	}
	if countWords(l) < 3 {
		return false
	}
	for _, w := range subordinateWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// controlVerbs take an object and an infinitive ("prompted governments to
// abandon gold"): a question that keeps the object but drops the
// infinitive asks about half a clause.
var controlVerbs = []string{" prompted ", " forced ", " urged ", " persuaded ", " compelled ", " enabled ",
	" allowed ", " encouraged ", " pushed ", " pressured ", " prompt ", " force ", " urge ", " persuade ",
	" compel ", " enable ", " allow ", " encourage ", " push ", " pressure "}

// qaTruncated reports whether a qa question lost what completes it: a
// control verb without its infinitive, or a date that was a modifier
// ("Twentieth-century Americans had ..." asked as "When did Americans have
// ...?").
func qaTruncated(q string, f notes.Fact, sp span) bool {
	for _, v := range controlVerbs {
		if i := strings.Index(q, v); i >= 0 && !strings.Contains(q[i+len(v):], " to ") {
			return true
		}
	}
	if f.Kind == notes.Date && strings.TrimSpace(sp.left) == "" && !strings.HasPrefix(strings.TrimLeft(sp.right, " "), ",") {
		return true
	}
	return thatWithoutVerb(q)
}

// thatWithoutVerb reports whether a question ends in a "that" clause cut
// before its verb: "... by announcing that ambassadors from ten Western
// countries?" lost "were no longer welcome" with the aside before it.
func thatWithoutVerb(q string) bool {
	i := strings.LastIndex(q, " that ")
	if i < 0 {
		return false
	}
	return !clauseHasVerb("that", q[i+len(" that "):], false)
}

// clauseHasVerb reports whether the words of s, read after the word prev,
// hold a verb: an auxiliary, a past, a negated contraction or a verb in
// the present; and, when toVerbs, any word after "to" ("to expel").
func clauseHasVerb(prev, s string, toVerbs bool) bool {
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		next, _ := nextField(rest)
		b := bareWord(w)
		if auxiliaries[b] || isPastVerb(b) || negated(w) || presentVerb(prev, w, next) ||
			toVerbs && prev == "to" && b != "" && !isDigitByte(b[0]) {
			return true
		}
		prev = w
	}
	return false
}

// perSentence caps the cards one sentence yields: past the best few they
// test the same words again. At most maxPerFact come from one fact.
const (
	maxPerSentence = 3
	maxPerFact     = 2
)

// capRun keeps the best cards of out[start:], the cards of one sentence:
// first the best of each type (a sentence asked four ways reads as variety,
// asked the same way twice as repetition), then the best of the rest, best
// score first (ties keep the generation order); out's order is kept. The
// balance counters forget the cards dropped, so that the cards still to
// come even out the mc key positions and the tf truths of those kept.
func (g *generator) capRun(out []Card, start int) []Card {
	run := out[start:]
	if len(run) <= maxPerSentence && countType(run, TF) <= 1 && !overFact(run) {
		return out
	}
	idx := make([]int, len(run))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmpFloat(run[b].Score, run[a].Score) })
	keep := make([]bool, len(run))
	kept := 0
	var types [4]bool
	for pass := 0; pass < 2; pass++ {
		for _, i := range idx {
			t := typeIndex(run[i].Type)
			if keep[i] || kept >= maxPerSentence || pass == 0 && types[t] || g.perFact(run, keep, run[i].Siblings) >= maxPerFact {
				continue
			}
			if run[i].Type == TF && types[t] {
				continue // two statements of one sentence: one tells whether the other is true
			}
			keep[i], types[t] = true, true
			kept++
		}
	}
	n := start
	for i, c := range run {
		if keep[i] {
			out[n] = c
			n++
			continue
		}
		switch {
		case c.Type == MC && c.Key >= 0 && c.Key < 4:
			g.keyPos[c.Key]--
		case c.Type == TF && c.Answer == "true":
			g.tfTrue--
		case c.Type == TF:
			g.tfTrue++
		}
	}
	return out[:n]
}

// overFact reports whether more than maxPerFact cards of run come from one
// fact (a fact's cards come together).
func overFact(run []Card) bool {
	n := 0
	for i := range run {
		if i > 0 && run[i].Siblings != run[i-1].Siblings {
			n = 0
		}
		if n++; n > maxPerFact {
			return true
		}
	}
	return false
}

// countType counts the cards of type t.
func countType(cs []Card, t Type) int {
	n := 0
	for i := range cs {
		if cs[i].Type == t {
			n++
		}
	}
	return n
}

// perFact counts the kept cards of one fact.
func (g *generator) perFact(run []Card, keep []bool, siblings string) int {
	n := 0
	for i := range run {
		if keep[i] && run[i].Siblings == siblings {
			n++
		}
	}
	return n
}

// sentenceBounds finds the bounds the other facts of a fact's sentence set
// (numeric facts only; the others get none) and numbers them in each
// fact's phrasing (see boundsOf): few facts have any, and bounds for
// every fact were 9 MB on the corpus. It needs only the facts' keys, so
// it runs before the facts are fully prepared.
func (g *generator) sentenceBounds(facts []*notes.Fact, phs []phrased) []bounds {
	type sentence struct{ note, text string }
	// the numeric keys only (a key for every fact was a sizeable share of
	// what Generate allocated), with the fact each belongs to; a key in
	// the pool is read there (copies of them were most of what this
	// allocated)
	var keys []*candidate
	var factOf, sentOf []int // by key: its fact, its sentence's number
	// only the sentences of the facts whose cards are made are read: on
	// large sets of notes, most facts are dropped before (see read), and
	// reading the others' keys described most of their answers (see
	// pool.described)
	made := map[sentence]bool{}
	// and their digests, which tell most other sentences apart from them
	// without hashing them whole
	digests := map[uint64]bool{}
	for i := range facts {
		if f := facts[i]; phs[i].ok && !phs[i].dead && isNumericKind(f.Kind) {
			made[sentence{f.Note, f.Sentence}] = true
			digests[sentenceDigest(f.Sentence)] = true
		}
	}
	// numbered in order met; sized for every sentence read (growing it
	// cost more than the room left over)
	sentNumber := make(map[sentence]int, len(made))
	var lastNote, lastSentence string // the sentence of the fact before, read when
	lastMade := false                 // its cards are made
	for i := range facts {
		f := facts[i]
		if !phs[i].ok || !isNumericKind(f.Kind) {
			continue
		}
		if f.Sentence != lastSentence || f.Note != lastNote || i == 0 {
			// a sentence's facts come together: looked up once for them
			lastNote, lastSentence = f.Note, f.Sentence
			lastMade = digests[sentenceDigest(f.Sentence)] && made[sentence{f.Note, f.Sentence}]
		}
		if !lastMade {
			continue
		}
		var k *candidate
		if phs[i].key >= 0 {
			k = g.pool.described(phs[i].key)
		} else {
			d := describe(f.Answer, f.Kind)
			k = &d
		}
		if !k.numeric {
			continue
		}
		// a sentence's facts come together: the key before tells most
		// keys' sentence without hashing it
		var n int
		if last := len(keys) - 1; last >= 0 && facts[factOf[last]].Sentence == f.Sentence && facts[factOf[last]].Note == f.Note {
			n = sentOf[last]
		} else if seen, ok := sentNumber[sentence{f.Note, f.Sentence}]; ok {
			n = seen
		} else {
			n = len(sentNumber)
			sentNumber[sentence{f.Note, f.Sentence}] = n
		}
		keys, factOf, sentOf = append(keys, k), append(factOf, i), append(sentOf, n)
	}
	// each sentence's keys, in order, in one slice ordered by sentence:
	// counted, then placed (a slice for each sentence was most of what
	// this allocated)
	start := make([]int, len(sentNumber)+1)
	for _, n := range sentOf {
		start[n+1]++
	}
	for n := range len(sentNumber) {
		start[n+1] += start[n]
	}
	bySent := make([]int, len(keys))
	filled := slices.Clone(start[:len(sentNumber)])
	for i, n := range sentOf {
		bySent[filled[n]] = i
		filled[n]++
	}
	var out []bounds
	var others []*candidate
	for n := range len(sentNumber) {
		idx := bySent[start[n]:start[n+1]]
		if len(idx) < 2 {
			continue
		}
		for _, i := range idx {
			if phs[factOf[i]].dead {
				continue // no card of the fact is made: its bounds are never read (see candidates)
			}
			others = others[:0]
			for _, j := range idx {
				if j != i {
					others = append(others, keys[j])
				}
			}
			out = append(out, sentenceBounds(keys[i], facts[factOf[i]].Kind, others))
			phs[factOf[i]].bound = int32(len(out))
		}
	}
	return out
}

// boundsOf is the bounds of the fact phrased as ph, among those
// sentenceBounds found; nil for none.
func boundsOf(found []bounds, ph *phrased) *bounds {
	if ph.bound == 0 {
		return nil
	}
	return &found[ph.bound-1]
}

// sentenceDigest is a few bytes of a sentence and its length, read in
// place: sentences with the same digest may be the same, those with
// another are not.
func sentenceDigest(s string) uint64 {
	if s == "" {
		return 0
	}
	return uint64(len(s))<<24 | uint64(s[0])<<16 | uint64(s[len(s)/2])<<8 | uint64(s[len(s)-1])
}

// The strict teacher's look at a finished card (see the rules above) is
// strictStem and strictOptions; shown is the question without its
// true/false preamble.

// strictOptions is the part of the strict look that reads an mc card's
// options and key position.
func strictOptions(c *Card, shown string, ctx *context) bool {
	f := c.Fact
	if c.Type == MC && ctx.key.numeric && isNumericKind(f.Kind) {
		// the options parsed once for every check: parsing dates is not cheap
		vs, ok := ctx.sents.optionValues(c.Choices, f.Kind)
		// numeric options are in order, so only a key at either end can
		// stand out; ranges overlapping the key never reach a card
		if ok && (c.Key == 0 || c.Key == len(c.Choices)-1) && keyStandsOut(vs, c.Key) {
			return false
		}
		if !ok {
			vs = nil
		}
		return reviewOptionsOK(c, shown, ctx, vs, true)
	}
	if c.Type == MC && !ctx.key.numeric && !sameListShape(c.Choices, c.Answer) {
		return false
	}
	return reviewOptionsOK(c, shown, ctx, nil, false)
}

// strictStem is the strict look's checks of what a card shows other than
// its options: for an mc card they are made before the options are drawn.
func strictStem(c *Card, shown string, ctx *context) bool {
	f := c.Fact
	if (c.Type == Cloze || c.Type == TF) && sheetField(f) {
		return false // "Capital: _____" names no subject (see sheetField)
	}
	if referenceDangles(shown, ctx) || otherFormGivesAway(shown, f, &ctx.key) || !reviewStemOK(c, shown, ctx) {
		return false
	}
	if betweenTo(ctx.sp.sentence()) {
		return false // "between four to thirty": the note's grammar slip, taught as is
	}
	if strings.HasPrefix(c.Question, "In what year has ") || strings.HasPrefix(c.Question, "In what year have ") || strings.HasPrefix(c.Question, "When has ") {
		return false // a date asked in the present perfect reads wrong
	}
	if f.Kind == notes.Date && vantageDate(ctx.sp) {
		return false // "In 1890, the Act had just passed": a moment to look back from, not the date of a deed
	}
	if c.Type != TF && f.Kind == notes.Place && widerPlaceFits(ctx.sp) {
		return false // "returned to _____" for "Tehran": "Iran" is as right
	}
	switch c.Type {
	case Cloze, MC:
		if blankGivesAway(ctx) || vagueBlank(f, ctx) || bystanderName(ctx.sp) || nicknameBlank(ctx.sp) || f.Kind == notes.Definition && internalName(ctx.sp.left) {
			return false
		}
		if f.Kind == notes.Date && attributiveYear(ctx.sp.left, ctx.sp.ans, ctx.sp.right) {
			return false // "The original _____ plan": any adjective fits, and an mc's options read as a list of plans
		}
		if compoundAnswer(f) {
			return false
		}
		if c.Type == MC && ctx.key.numeric && isNumericKind(f.Kind) && yearLike(f, &ctx.key) {
			return false
		}
	case TF:
		if isOpinion(shown) {
			return false
		}
		if c.Answer == "false" && yearLike(f, &ctx.key) {
			return false
		}
		if c.Answer == "false" && f.Kind == notes.Actor && afterRole(ctx.sp.left) {
			return false
		}
		if c.Answer == "false" && !ctx.key.numeric && describedAfter(ctx.sp.right) {
			return false // "Bush, an exiled cleric, returned": the description shows the swap
		}
		if c.Answer == "false" && !ctx.key.numeric {
			if fill := swapped(ctx.statement(f.Answer), shown); fill != "" && !sameListShape([]string{fill}, f.Answer) {
				return false
			}
		}
	}
	return true
}

// placePrepositions put the place after them inside another place.
var placePrepositions = map[string]bool{"in": true, "to": true, "into": true, "at": true, "on": true, "near": true,
	"from": true, "within": true, "toward": true, "towards": true, "across": true, "throughout": true, "inside": true,
	"under": true, "off": true, "along": true}

// widerPlaceFits reports whether a place asked after a preposition
// ("returned to _____", "based in _____") may as rightly be answered by
// the country around it, or is no named place at all ("lies in _____"
// for "understanding"): only an answer that is or names its country
// ("Japan", "India's North Sentinel Island") asks one thing. A place in
// apposition ("a large military base, _____,") is named, not located, and
// stays. A true statement asks none of this. On notes outside ../shared,
// teachers took 8 of 28 blanks of places.
func widerPlaceFits(sp span) bool {
	if !placePrepositions[bareWord(lastWordOf(sp.left))] || strings.HasSuffix(strings.TrimRight(sp.left, " "), ",") {
		return false
	}
	return !namesCountry(sp.ans)
}

// namesCountry reports whether s is a country or holds one's name, alone
// or owning what follows ("India's North Sentinel Island").
func namesCountry(s string) bool {
	words := strings.Fields(s)
	for i := range words {
		for j := i + 1; j <= len(words) && j <= i+3; j++ {
			name := strings.Join(words[i:j], " ")
			name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
			if isCountry(strings.TrimRight(name, ".,;:")) {
				return true
			}
		}
	}
	return false
}

// betweenTo reports whether s says "between X to Y" (for "from X to Y" or
// "between X and Y").
func betweenTo(s string) bool {
	i := strings.Index(s, "between ")
	if i < 0 {
		return false
	}
	rest := s[i+len("between "):]
	if j := strings.IndexAny(rest, ",;.()"); j >= 0 {
		rest = rest[:j]
	}
	return strings.Contains(rest, " to ") && !strings.Contains(rest, " and ")
}

// describedAfter reports whether the text after a name describes it (an
// apposition or a relative clause): swapped for another name, the
// description gives the statement away as false.
func describedAfter(right string) bool {
	for _, p := range []string{", a ", ", an ", ", the ", ", then ", ", who ", ", whose ", ", one of ", ", co-founder", ", founder", ", former ", ", head of "} {
		if strings.HasPrefix(right, p) {
			return true
		}
	}
	return false
}

// listShape counts the items an option lists ("France and Britain": two).
func listShape(s string) int {
	return strings.Count(s, ",") + strings.Count(s, " and ") + strings.Count(s, " or ") + strings.Count(s, " & ")
}

// sameListShape reports whether every option lists as many items as the
// key: "South Africa, and Canada" beside "France and Britain" reads as
// made up, and one name beside a pair is ruled out by the verb.
func sameListShape(options []string, key string) bool {
	want := listShape(key)
	for _, o := range options {
		if listShape(o) != want {
			return false
		}
	}
	return true
}

// rebalanceKeys evens out the mc key positions that the filters and the
// cap left uneven: numeric options are read in order, so their key sits at
// its rank, or at its mirror when they are listed from the largest down;
// a text key may sit anywhere and moves from a crowded position to the
// emptiest one. What moves cannot even out is dropped, weakest first.
func rebalanceKeys(cs []Card) []Card {
	var count [4]int
	for i := range cs {
		if c := &cs[i]; c.Type == MC && c.Key >= 0 && c.Key < 4 {
			count[c.Key]++
		}
	}
	for i := range cs {
		c := &cs[i]
		if c.Type != MC || c.Key < 0 || c.Key > 3 || len(c.Choices) != 4 {
			continue
		}
		if isNumericKind(c.Kind) {
			// numbers read as well from the largest down: the key moves to
			// the mirror position
			if to := 3 - c.Key; count[c.Key]-count[to] >= 2 {
				c.Choices = slices.Clone(c.Choices)
				slices.Reverse(c.Choices)
				count[c.Key]--
				count[to]++
				c.Key = to
			}
			continue
		}
		to := 0
		for p := 1; p < 4; p++ {
			if count[p] < count[to] {
				to = p
			}
		}
		if count[c.Key]-count[to] < 2 {
			continue
		}
		key := c.Choices[c.Key]
		rest := slices.Delete(slices.Clone(c.Choices), c.Key, c.Key+1)
		c.Choices = slices.Insert(rest, to, key)
		count[c.Key]--
		count[to]++
		c.Key = to
	}
	// what moves cannot even out (numbers move only to their mirror) goes:
	// the weakest card at the most used position, until no position is
	// used twice more than another, or, in a deck of four or more where
	// half of the cards at most stand above the least used position,
	// until all are used alike (a tenth off even is one card in a deck of
	// forty: a smaller deck must be even to be within it; mc cards are few
	// now that only dates and measured ranks make them)
	excess, total := 0, 0
	for p := range count {
		excess += count[p] - min(count[0], count[1], count[2], count[3])
		total += count[p]
	}
	exact := total >= 4 && 2*excess <= total
	for {
		hi, lo := 0, 0
		for p := 1; p < 4; p++ {
			if count[p] > count[hi] {
				hi = p
			}
			if count[p] < count[lo] {
				lo = p
			}
		}
		if d := count[hi] - count[lo]; d == 0 || d == 1 && !exact {
			return cs
		}
		weakest := -1
		for i := range cs {
			if c := &cs[i]; c.Type == MC && c.Key == hi && (weakest < 0 || c.Score < cs[weakest].Score) {
				weakest = i
			}
		}
		cs = slices.Delete(cs, weakest, weakest+1)
		count[hi]--
	}
}
