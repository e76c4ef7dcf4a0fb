package cards

import (
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
	"github.com/recall-srs/recall/notes/propernames"
)

// qa phrasing: each fact kind has a few general shapes of sentence in which
// the answer sits; the question is formed by removing the answer and
// inverting the remaining clause ("The Shah fled the country in January
// 1979" → "When did the Shah flee the country?"). When no shape fits, no qa
// card is made: cloze, mc and tf still cover the fact.

// marker stands where the answer was removed, so that a question whose
// answer sat in a clause that was cut away can be told apart and dropped.
const marker = "\u2063"

// span is a fact's sentence cut around its answer.
type span struct {
	left, ans, right string
	// whole is the sentence the span was cut from: while left, ans and
	// right still spell it, sentence returns it without concatenating
	whole string
}

func (s span) sentence() string {
	if n, m := len(s.left), len(s.left)+len(s.ans); len(s.whole) == m+len(s.right) && s.whole[:n] == s.left && s.whole[n:m] == s.ans && s.whole[m:] == s.right {
		return s.whole
	}
	return s.left + s.ans + s.right
}

// splitWords splits on spaces, keeping punctuation attached.
func splitWords(s string) []string { return strings.Fields(s) }

// firstWord is splitWords(s)[0], or "" when s has no word, without building
// the slice: many checks only look at the word after the answer. It is
// nextField's word, which reads ASCII bytes without decoding them.
func firstWord(s string) string {
	w, _ := nextField(s)
	return w
}

// trimClause removes spaces and dangling punctuation at both ends.
func trimClause(s string) string {
	return singleSpace(trimClauseEnds(s))
}

// singleSpace is strings.Join(strings.Fields(s), " ").
func singleSpace(s string) string {
	if singleSpaced(s) {
		return s // already its words joined by single spaces
	}
	return strings.Join(strings.Fields(s), " ")
}

// clauseWords appends to dst the words of trimClause(s), split without
// joining them: a caller may pass room on its stack.
func clauseWords(dst []string, s string) []string {
	return appendWords(dst, trimClauseEnds(s))
}

// appendWords appends the words of splitWords(s) to dst: a caller may
// pass room on its stack.
func appendWords(dst []string, s string) []string {
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		dst = append(dst, w)
	}
	return dst
}

func trimClauseEnds(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, " ,;:.!?—–-")
	return strings.TrimLeft(s, " ,;:—–-")
}

// singleSpaced reports whether s is strings.Join(strings.Fields(s), " "):
// its words are apart by single plain spaces, and it has no other space.
func singleSpaced(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size
			continue
		}
		if c == ' ' && s[i+1] == ' ' || c != ' ' && asciiSpace[c] != 0 {
			return false
		}
		i++
	}
	return true
}

// stripOpeners drops sentence adverbs ("However,", "In response,") and an
// introductory phrase that ends at a comma ("By the late 1970s,"), returning
// the rest and what was dropped.
func stripOpeners(s string) (rest, dropped string) {
	s = strings.TrimSpace(s)
	for mayOpen(s) {
		// with single spaces, the words up to one and those after it are
		// pieces of the text, as joining them would give them
		t := s
		if !singleSpaced(t) {
			t = strings.Join(strings.Fields(t), " ")
		}
		opener, after, ok := openerOf(t)
		if !ok {
			break
		}
		dropped += opener + " "
		s = after
	}
	return s, dropped
}

// openerWords is how many words of a clause openerOf reads: the longest
// introductory phrase it drops, and the two words that must follow it.
const openerWords = 16

// openerOf splits single-spaced t after the opener stripOpeners drops: a
// sentence adverb of up to three words ending at a comma, else a phrase
// that opens on an introducer and ends at a comma within 14 words, two
// words at least following it.
func openerOf(t string) (opener, after string, ok bool) {
	var start, end [openerWords]int // of each word in t
	n := 0
	for w, rest := nextField(t); w != "" && n < openerWords; w, rest = nextField(rest) {
		end[n] = len(t) - len(rest)
		start[n] = end[n] - len(w)
		n++
	}
	// the words are t[start[i]:end[i]]; the first k joined are t[:end[k-1]]
	split := func(k int) (string, string, bool) {
		if k < n {
			return t[:end[k-1]], t[start[k]:], true
		}
		return t[:end[k-1]], "", true // n < openerWords here: t has no more words
	}
	for k := 1; k <= 3 && k <= n; k++ {
		if t[end[k-1]-1] == ',' && openers[strings.ToLower(t[:end[k-1]-1])] {
			return split(k)
		}
	}
	if n == 0 || !introducers[bareWord(t[start[0]:end[0]])] {
		return "", "", false
	}
	for i := 0; i < n && i < 14; i++ {
		if t[end[i]-1] == ',' && n-i-1 >= 2 {
			return split(i + 1)
		}
	}
	return "", "", false
}

// anchoringOpener returns the phrase stripOpeners drops after a date's own
// opener that tells which of several like events the date is of, to be
// kept in a question asked when: "In 1201, under the Charter of Kesh, Ana
// Velt became governor" is asked "In what year did Ana Velt become
// governor under the Charter of Kesh?" (without it, teachers answered "she
// became governor twice"), "In 1203, following mass protests, ..." A
// phrase that points outside the card ("after this", "at its peak") or
// is long is left out as before.
func anchoringOpener(clause string) string {
	_, dropped := stripOpeners(clause)
	if strings.Contains(clause, marker) && !strings.Contains(dropped, marker) {
		return "" // the date is not in an opener (removeAnswer leaves none for a date that opened the sentence)
	}
	kept := ""
	for _, part := range strings.Split(dropped, ",") {
		part = strings.TrimSpace(part)
		ws := splitWords(part)
		if len(ws) < 2 || len(ws) > 8 || strings.Contains(part, marker) || !anchoringIntroducers[strings.ToLower(ws[0])] {
			continue
		}
		for _, w := range ws[1:] {
			if b := bareWord(w); pronouns[b] || b == "same" || b == "later" || b == "then" {
				return ""
			}
		}
		if kept != "" {
			return "" // two: the question would be long and loose
		}
		kept = lowerFirst(part)
	}
	return kept
}

// anchoringIntroducers open the phrases anchoringOpener keeps.
var anchoringIntroducers = map[string]bool{"under": true, "following": true, "after": true, "amid": true,
	"despite": true, "during": true, "as": true}

// mayOpen reports whether stripOpeners can drop anything from s: one of
// its first three words ends in a comma, or its first is an introducer.
// Most clauses start otherwise, and this test builds no word slice.
func mayOpen(s string) bool {
	w, rest := nextField(s)
	if w == "" {
		return false
	}
	if bareIn(introducers, w) {
		return true
	}
	for n := 0; n < 3 && w != ""; n++ {
		if strings.HasSuffix(w, ",") {
			return true
		}
		w, rest = nextField(rest)
	}
	return false
}

// findVerb returns the index of the clause's finite verb, or -1.
func findVerb(ws []string) int {
	for i := 1; i < len(ws) && i < 14; i++ {
		if startsUpper(ws[i]) {
			continue
		}
		w := bareWord(ws[i])
		if auxiliaries[w] {
			return i
		}
		// after a possessive, a past form modifies a noun: "Rashid's
		// adjusted strike rate was 35"
		if isPastVerb(w) && !functionWords[bareWord(ws[i-1])] && !strings.HasSuffix(ws[i-1], ",") && !isPossessive(ws[i-1]) {
			if j := finiteAfterModifier(ws, i); j > 0 {
				return j
			}
			return i
		}
	}
	return -1
}

// finiteAfterModifier returns the index of the auxiliary that is the
// clause's verb when the past form at i only modifies the subject: "The
// salt found on the quay was taxed", "Tolls raised by the guild are
// high", "The Kesh split was a rift" (asked "did the salt find on the
// quay was ..." before). The past form must be followed by
// the auxiliary itself or by a preposition opening its phrase, and no
// comma or joining word may come between: "Kennedy said the plan was"
// (an object clause) and "Iraq attacked Iran and was" keep their verb.
func finiteAfterModifier(ws []string, i int) int {
	if i+1 >= len(ws) || strings.HasSuffix(ws[i], ",") {
		return -1
	}
	if !modifierPreps[bareWord(ws[i+1])] && !finiteAuxiliaries[bareWord(ws[i+1])] {
		return -1
	}
	for j := i + 1; j < len(ws) && j <= i+8; j++ {
		w := bareWord(ws[j])
		if finiteAuxiliaries[w] && !startsUpper(ws[j]) {
			if bareWord(ws[j-1]) == "to" {
				return -1 // an infinitive's: "Williams claimed to have been"
			}
			return j
		}
		if clauseJoiners[w] || strings.HasSuffix(ws[j], ",") || strings.ContainsAny(ws[j], ";:()") || isPastVerb(w) {
			return -1
		}
	}
	return -1
}

// finiteAuxiliaries are the auxiliaries a subject's modifying phrase can
// stand before ("The treaty signed in 1919 was harsh").
var finiteAuxiliaries = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true}

// modifierPreps open the phrase of a past participle that modifies a noun:
// "found on", "generated by", "required to".
var modifierPreps = map[string]bool{"by": true, "on": true, "in": true, "to": true, "from": true, "at": true,
	"for": true, "with": true, "during": true, "under": true, "near": true, "inside": true, "within": true}

// clauseJoiners end the phrase finiteAfterModifier reads: what follows
// them belongs to another clause.
var clauseJoiners = map[string]bool{"and": true, "or": true, "but": true, "that": true, "which": true, "who": true,
	"whom": true, "whose": true, "when": true, "while": true, "because": true, "as": true, "if": true, "where": true,
	"since": true, "until": true, "after": true, "before": true, "although": true, "though": true}

// isPossessive reports whether w ends in a possessive ("Rashid's",
// "the guilds'").
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// lexicon knows which words the notes write in lower case somewhere, so a
// sentence-initial "War" can be lower-cased inside a question while
// "Mitsubishi" keeps its capital.
type lexicon struct {
	lower   wordSet // seen in lower case somewhere (isLower)
	upper   wordSet // seen capitalised inside a sentence of the same note (isUpper)
	capital wordSet // seen capitalised inside a sentence of any note, alone or in a run (isCapital)
	// plural subjects of one note's facts under two sections or more
	// (isField): a list's field label ("Disease Names" under each disease)
	fields wordSet
}

// headingKey names a title and heading path. Facts of one section share
// their Heading slice, so its address and length identify the path
// without joining it; a path seen through another slice is merely
// tokenised again.
type headingKey struct {
	title string
	first *string
	n     int
}

func keyOfHeading(f notes.Fact) headingKey {
	k := headingKey{title: f.Title, n: len(f.Heading)}
	if len(f.Heading) > 0 {
		k.first = &f.Heading[0]
	}
	return k
}

// headingTokens is contentTokens of f's title and heading path joined.
func headingTokens(f notes.Fact) []string {
	return contentTokens(strings.Join(append([]string{f.Title}, f.Heading...), " "))
}

// newLexicon reads the facts into a lexicon, on one core: Generate reads
// it beside its other passes over every fact. (A lexicon read on every
// core, a chunk of facts each, and merged cost a tenth more time and
// held its words twice.) Its maps are sized for the facts: the notes hold
// about one lower-case word and capitalised word of a note for every
// three facts, and growing the maps cost more than filling them.
func newLexicon(facts []*notes.Fact) *lexicon {
	size := len(facts)
	lx := &lexicon{lower: newWordSet(size / 3), upper: newWordSet(size / 3), capital: newWordSet(size / 8)}
	// reading a sentence twice changes nothing: a sentence is read again
	// when it comes back after others, as a set of the sentences read cost
	// more than the few that do (about one in ten thousand)
	var noteSeed uint64 // hashNote of the note at hand
	upperNote, noteKnown := "", false
	lx.fields = newWordSet(0)
	// the section each plural subject of the note at hand was first met in
	var fieldNote string
	var sectionOf map[string]string
	// facts come in runs sharing a sentence: what the fact before
	// brought in is known without a lookup
	for i := range facts {
		f, before := facts[i], (*notes.Fact)(nil)
		if i > 0 {
			before = facts[i-1]
		}
		if n := len(f.Subject); n >= 4 && f.Subject[n-1] == 's' && pluralWord(lastWordOf(f.Subject)) {
			if sectionOf == nil {
				sectionOf = map[string]string{}
			}
			if f.Note != fieldNote {
				fieldNote = f.Note
				clear(sectionOf) // kept for the next note: one map for all
			}
			section := ""
			if len(f.Heading) > 0 {
				section = f.Heading[len(f.Heading)-1]
			}
			if first, ok := sectionOf[f.Subject]; !ok {
				sectionOf[f.Subject] = section
			} else if first != section {
				lx.fields.add(hashString(hashNote(f.Note), f.Subject))
			}
		}
		if before != nil && f.Sentence == before.Sentence && f.Note == before.Note {
			continue
		}
		// the sentence's words one by one, each with the one before (and,
		// for a capital, the one after)
		prev, s := "", f.Sentence
		for i := 0; ; i++ {
			for s != "" && s[0] < utf8.RuneSelf && asciiSpace[s[0]] != 0 {
				s = s[1:]
			}
			// most words are small letters and digits: read to their end,
			// bared and hashed in one pass
			if n, h, ok := lowerWord(s); ok {
				lx.lower.add(h)
				prev, s = s[:n], s[n:]
				continue
			}
			w, rest := nextField(s)
			if w == "" {
				break
			}
			r := trimOpenQuotes(w)
			switch {
			case r == "":
			case !startsUpper(r):
				lx.lower.add(wordHash(bareWord(w)))
			case i > 0 && !strings.HasSuffix(prev, ".") && !strings.HasSuffix(prev, ":") && !labelDash(prev):
				// a capital inside a sentence, alone or in a run: "Knuth"
				// of "Donald Knuth", for notes that never write it alone
				lo, hi, ascii := asciiBare(w)
				if ascii {
					lx.capital.add(hashLowerASCII(fnvOffset, w[lo:hi]))
				} else {
					lx.capital.add(wordHash(bareWord(w))) // bareWord lower-cases
				}
				if startsUpper(trimOpenQuotes(prev)) {
					break
				}
				if next, _ := nextField(rest); next != "" && startsUpper(trimOpenQuotes(next)) {
					break
				}
				// a capital standing alone; inside "Global War Party" it proves nothing for "War"
				// per note: "War" in "World War I" elsewhere proves nothing here.
				// Hashed lower-cased as it is read: a word met again in
				// the note is merely stored again
				if !noteKnown || f.Note != upperNote {
					upperNote, noteSeed, noteKnown = f.Note, hashNote(f.Note), true
				}
				if ascii {
					lx.upper.add(hashLowerASCII(noteSeed, w[lo:hi]))
					if stem, ok := strings.CutSuffix(w[lo:hi], "'s"); ok && stem != "" {
						lx.upper.add(hashLowerASCII(noteSeed, stem)) // "Knuth's decision" names Knuth
					}
				} else {
					b := bareWord(w)
					lx.upper.add(hashString(noteSeed, b))
					if stem, ok := strings.CutSuffix(b, "’s"); ok && stem != "" {
						lx.upper.add(hashString(noteSeed, stem))
					}
				}
			}
			prev, s = w, rest
		}
	}
	return lx
}

// trimOpenQuotes is w without the quotes and brackets that may open it;
// most words open on a letter, and the cut set's curly quotes would send
// strings.TrimLeft down its slow path for every one of them.
func trimOpenQuotes(w string) string {
	if w == "" {
		return w
	}
	if c := w[0]; c != '"' && c != '\'' && c != '(' && c < utf8.RuneSelf {
		return w
	}
	return strings.TrimLeft(w, `"'“‘(`)
}

// wordSet is the lexicon's set of words, each held as a 64-bit FNV-1a hash
// of it (wordHash) in an open-addressed table: a map of strings hashed
// each word and compared it with the word stored, a read wherever in the
// notes that word lay, and with a table of recent words in front of it
// cost about twice as much. A word is taken for another only when their
// hashes agree in 63 bits (0 marks a free slot): each set of the corpus
// holds about 50,000 words, so a word looked up falsely finds one with a
// chance of about 50,000 in 2^63 (5·10^-15), and the 2.3 million lookups
// and stores of a corpus run one in a hundred million; of the corpus's
// 70,000 bare words and 1.6 million words of a note no two hash alike.
// (32 bits would not do: the corpus's words already share one 32-bit hash.)
type wordSet struct {
	slots []uint64 // a power of two of them; 0 is free, and keys are never 0
	n     int
}

const (
	fnvOffset = 14695981039346656037 // FNV-1a 64
	fnvPrime  = 1099511628211
)

func newWordSet(size int) wordSet {
	n := 16
	for n < 2*size {
		n *= 2
	}
	return wordSet{slots: make([]uint64, n)}
}

// slot is where h's probe starts: FNV-1a's top bits barely tell apart
// words that differ in their last letter ("cat", "car"), so h is spread
// first (Fibonacci hashing).
func (s *wordSet) slot(h uint64) uint64 {
	return (h * 0x9e3779b97f4a7c15) >> (64 - bits.TrailingZeros(uint(len(s.slots))))
}

func (s *wordSet) add(h uint64) {
	h |= 1 // never 0: 63 bits tell words apart
	mask := uint64(len(s.slots) - 1)
	for k := s.slot(h); ; k = (k + 1) & mask {
		switch s.slots[k] {
		case h:
			return
		case 0:
			s.slots[k] = h
			if s.n++; 2*s.n > len(s.slots) {
				s.grow()
			}
			return
		}
	}
}

func (s *wordSet) has(h uint64) bool {
	h |= 1
	mask := uint64(len(s.slots) - 1)
	for k := s.slot(h); ; k = (k + 1) & mask {
		switch s.slots[k] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

func (s *wordSet) grow() {
	old := s.slots
	*s = wordSet{slots: make([]uint64, 2*len(old))}
	for _, h := range old {
		if h != 0 {
			s.add(h)
		}
	}
}

// wordHash is the key of word w in a wordSet.
func wordHash(w string) uint64 {
	return hashString(fnvOffset, w)
}

// hashString goes on hashing h with the bytes of w.
func hashString(h uint64, w string) uint64 {
	for k := 0; k < len(w); k++ {
		h = (h ^ uint64(w[k])) * fnvPrime
	}
	return h
}

// hashLowerASCII goes on hashing h with the bytes of ASCII w lower-cased.
func hashLowerASCII(h uint64, w string) uint64 {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// hashNote is where a word of a note is hashed on from for the lexicon's
// capitals: the note's path and a 0 byte, which no path holds.
func hashNote(note string) uint64 {
	return hashString(hashString(fnvOffset, note), "\x00")
}

// lowerWord reads the word s opens with when it is ASCII, holds no
// capital and opens on a small letter, a digit or a hyphen (most words of
// a sentence): its length n and wordHash of bareWord of it, read in one
// pass. ok is false for any other word, or when s opens on a space.
func lowerWord(s string) (n int, h uint64, ok bool) {
	if s == "" {
		return 0, 0, false
	}
	if c := s[0]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
		return 0, 0, false
	}
	h, bare := uint64(fnvOffset), uint64(fnvOffset)
	for n = 0; n < len(s); n++ {
		c := s[n]
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return 0, 0, false
		}
		if asciiSpace[c] != 0 {
			break
		}
		h = (h ^ uint64(c)) * fnvPrime
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' {
			bare = h // asciiBare keeps it
		}
	}
	return n, bare, true
}

// isLower reports whether the notes write w in lower case somewhere.
func (lx *lexicon) isLower(w string) bool {
	return lx.lower.has(wordHash(w))
}

// isField reports whether subject, plural, is the subject of facts of
// note under two sections or more: a list's field label, as "Disease
// Names" is under each disease, not what its items are about.
func (lx *lexicon) isField(note, subject string) bool {
	return lx.fields.has(hashString(hashNote(note), subject))
}

// isUpper reports whether a sentence of the note writes w (lower-cased)
// capitalised and standing alone.
func (lx *lexicon) isUpper(note, w string) bool {
	return lx.upper.has(hashString(hashNote(note), w))
}

// isName reports whether lower-cased word w is a name: some note writes
// it capitalised inside a sentence and none in small letters ("iran").
func (lx *lexicon) isName(w string) bool {
	return lx != nil && !lx.isLower(w) && lx.isCapital(w)
}

// isCapital reports whether a sentence of any note writes w (lower-cased)
// capitalised, not at its start: alone or within a run of capitals.
func (lx *lexicon) isCapital(w string) bool {
	return lx.capital.has(wordHash(w))
}

// namer reports whether a word is a name in fact f's context: capitalised
// inside the fact's sentence, or alone inside another sentence of its note
// (before what other notes write: "Wood" of one note is not the "wood" of
// another), or else, if no note writes it in small letters, capitalised
// inside any sentence ("Knuth" of "Donald Knuth").
func (lx *lexicon) namer(f notes.Fact) func(string) bool {
	return lx.namerOf(f, false)
}

// subjectNamer is namer for subject words subj of a clause that its
// question asks: a subject of one word that nothing shows to be a name
// or a common word is a name unless it looks like a common word ("Intel
// released the 4004 ..." asks "When did Intel release ...?"). A word
// before others ("Council leader Tobin Aster was guillotined") more
// often qualifies them.
func (lx *lexicon) subjectNamer(f notes.Fact, subj []string) func(string) bool {
	return lx.namerOf(f, len(subj) == 1)
}

func (lx *lexicon) namerOf(f notes.Fact, lone bool) func(string) bool {
	return func(w string) bool {
		switch {
		case properWord(f, lx, w):
			return true
		case isCountryNorm(w):
			return true // "China" opening a sentence, though a note writes "china" for porcelain
		case lx != nil && lx.isUpper(f.Note, w):
			return true
		case lx != nil && lx.isLower(w):
			return false
		case lx != nil && lx.isCapital(w):
			return true // never written in small letters, capitalised inside a sentence
		}
		// a capital seen only at the start of a sentence: a name if
		// English writes it only so ("Napoleon crowned himself ..." in a
		// note of short lines), or, a clause's whole subject, if it does
		// not look like a common word ("Intel released ...")
		return propernames.Is(w) || lone && lx != nil && !commonLooking(w)
	}
}

// commonLooking reports whether w, in small letters, looks like a common
// word rather than a name: a plural, a word of a common noun's or an
// adjective's ending ("inflation", "unemployment", "fighting"), or one of
// the plain nouns and adjectives that open history's sentences ("War
// broke out", "Trade grew", "Early settlers").
func commonLooking(w string) bool {
	if len(w) < 3 || commonOpeners[w] {
		return true
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		return true
	}
	for _, e := range commonEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// commonEndings end common nouns, adjectives and adverbs, and the names
// of substances and diseases ("penicillin", "radium", "smallpox",
// "glucose", "oxygen"). Not "-er" or "-or": a bare singular noun of a doer
// seldom opens a sentence, a firm's name often does ("Uber", "Twitter").
var commonEndings = []string{"tion", "sion", "ment", "ity", "ness", "ance", "ence", "ing", "ism", "ure", "age", "ship", "dom",
	"ery", "ly", "ed", "al", "ive", "ous", "ful", "less", "able", "ible", "ic", "ist", "ant", "ent", "cy", "ogy", "phy", "ty",
	"th", "in", "ine", "ium", "pox", "ose", "ide", "gen"}

// commonOpeners are plain nouns, adjectives and adverbs of no telling
// ending that open sentences of history and science.
var commonOpeners = wordsOf("war trade rain water oil gold silver iron coal steel power food money land peace famine " +
	"disease plague fire ice snow music art science religion government society work life death law order industry " +
	"farming business news gas salt wheat rice cotton wool tea coffee sugar bread meat milk wine beer early late many " +
	"several most some each every all both other new old first last modern ancient next later soon then there here " +
	"today tomorrow yesterday now")

// dashes are the hyphen and the two dashes notes write between words.
var dashes = [...]string{"-", "–", "—"}

// labelDash reports whether w is a dash standing alone, which ends a list
// item's label as a colon does ("**Emotional Attachment** – Users can
// become ..."): the word after it opens a sentence, its capital no sign of
// a name.
func labelDash(w string) bool { return slices.Contains(dashes[:], w) }

// properWord reports whether w is known to be a name in this fact's
// context: a capitalised word of it, bare and lower-cased. The words are
// read in place: a namer is asked about one word or none, and building
// the set of them for each question was a large share of what phrasing
// allocated.
func properWord(f notes.Fact, lx *lexicon, w string) bool {
	// capitalised words inside the sentence (not at its start) are names
	first, rest := nextField(f.Sentence)
	for prev, x := first, ""; ; prev = x {
		if x, rest = nextField(rest); x == "" {
			break
		}
		if startsUpper(x) && !strings.HasSuffix(prev, ".") && !strings.HasSuffix(prev, ":") && !labelDash(prev) && bareWord(x) == w {
			return true
		}
	}
	// a sentence-case title: its capitals are names
	if _, trest := nextField(f.Title); countFields(f.Title) > 2 {
		lowerWords := 0
		for x, r := nextField(trest); x != ""; x, r = nextField(r) {
			if !startsUpper(x) && !functionWords[bareWord(x)] {
				lowerWords++
			}
		}
		if lowerWords > 0 {
			for x, r := nextField(trest); x != ""; x, r = nextField(r) {
				if startsUpper(x) && bareWord(x) == w {
					return true
				}
			}
		}
	}
	// the subject's capitals count when it names a thing (not a heading such
	// as "The 2008 War") and does not merely open the sentence
	if lx.strongSubject(f) && (first == "" || !strings.EqualFold(bareWord(first), bareWord(f.Subject))) {
		for x, r := nextField(f.Subject); x != ""; x, r = nextField(r) {
			if startsUpper(x) && bareWord(x) == w {
				return true
			}
		}
	}
	return false
}

// opensNoun reports whether lower-cased w is an article, a possessive
// (possessiveDeterminers, or "my") or a demonstrative: a word in -ly after
// one is a noun ("his family"); after "both" it is an adverb ("both
// correctly cite").
func opensNoun(w string) bool {
	switch w {
	case "the", "a", "an", "my", "this", "that":
		return true
	}
	return possessiveDeterminers[w]
}

// subjectCase lower-cases a subject's first word unless it is a name.
func subjectCase(subj []string, isName func(string) bool) string {
	if len(subj) == 0 {
		return ""
	}
	first := bareWord(subj[0])
	// a run of capitals is a name ("Bank of America"), unless it opens on
	// a verb's -ing form: "Building with Rust can be", "Forcing SMB
	// customers ... can be" are gerunds, asked "Why can building with ...?"
	gerund := strings.HasSuffix(first, "ing") && len(first) > 5 && !isName(first)
	multiName := !gerund && (len(subj) > 1 && startsUpper(subj[1]) || len(subj) > 2 && functionWords[bareWord(subj[1])] && startsUpper(subj[2]) ||
		versioned(subj))
	// a capital inside the word marks a name too: "Austria-Hungary",
	// "McDonald's"
	inner := len(subj[0]) > 1 && strings.ContainsFunc(subj[0][1:], unicode.IsUpper)
	if determiners[first] || timeOfOffice[first] || (!isAllCaps(subj[0]) && !inner && !isName(first) && !multiName) {
		subj[0] = lowerFirst(subj[0])
	}
	return strings.Join(subj, " ")
}

// versioned reports whether subject words subj are a name and its
// version or model number: "Python 3", "Windows 95", "Go 1.18" (asked
// "When was Python 3 released?", though English writes "python" small
// too). A hedge or a number word before a figure is no name: "About 40
// ships sank".
func versioned(subj []string) bool {
	if len(subj) != 2 || !startsUpper(subj[0]) || subj[1] == "" || subj[1][0] < '0' || subj[1][0] > '9' {
		return false
	}
	first := bareWord(subj[0])
	return !functionWords[first] && !determiners[first] && !approximating[first] && !boundingWords[first] && !numberWords[first]
}

// boundingWords bound a figure rather than name anything: "Over 40 ships".
var boundingWords = map[string]bool{"over": true, "under": true, "nearly": true, "almost": true, "only": true,
	"just": true, "at": true, "up": true, "below": true, "above": true, "exactly": true, "fewer": true}

// timeOfOffice words open a title without being part of it: "Former
// Prime Minister Imran Khan" asked as "When did former Prime Minister ...".
var timeOfOffice = map[string]bool{"former": true, "then": true, "late": true, "outgoing": true, "incoming": true, "acting": true}

func isAllCaps(w string) bool {
	// ASCII (most words) is read in place: ToUpper would copy every word
	// with a small letter
	upper := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return strings.ToUpper(w) == w && strings.ToLower(w) != w
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			upper = true
		}
	}
	return upper
}

// invert turns a declarative clause into the body of a question after wh:
// "Iraq attacked Iran" → "did Iraq attack Iran". It returns false when the
// clause has no recognisable subject and verb, or its subject is a pronoun
// that cannot be resolved.
func invert(clause string, f notes.Fact, lx *lexicon) (string, bool) {
	clause, _ = stripOpeners(clause)
	// most clauses and subjects fit the room on the stack (the subject is
	// a copy: its first word may be lower-cased)
	var room [48]string
	var subjRoom [16]string
	ws := clauseWords(room[:0], clause)
	if len(ws) < 2 {
		return "", false
	}
	v := findVerb(ws)
	if v < 1 {
		return "", false
	}
	subj := append(subjRoom[:0], ws[:v]...)
	// an adverb between subject and verb ("Britain even signed") stays out
	// of the question: "When did Britain sign ...?"
	for len(subj) > 1 {
		b := bareWord(subj[len(subj)-1])
		// a word in -ly after an article or a possessive is a noun: "his
		// family were exiled", "the assembly voted", "the elderly"
		ly := strings.HasSuffix(b, "ly") && len(b) > 4 && !opensNoun(bareWord(subj[len(subj)-2]))
		if !startsUpper(subj[len(subj)-1]) && (verbAdverbs[b] || ly) {
			subj = subj[:len(subj)-1]
			continue
		}
		break
	}
	if len(subj) > 9 {
		return "", false
	}
	if subordinators[bareWord(subj[0])] || introducers[bareWord(subj[0])] || (!startsUpper(subj[0]) && (isPastVerb(bareWord(subj[0])) || auxiliaries[bareWord(subj[0])])) || notSubjects[strings.ToLower(bareWord(subj[0]))] {
		return "", false // a clause that is not the main one, or no subject at all
	}
	if strings.HasSuffix(bareWord(subj[0]), "ly") && !startsUpper(subj[0]) || strings.HasSuffix(bareWord(subj[0]), "ly") && len(subj) > 1 && !startsUpper(subj[1]) {
		return "", false // "Staunchly pro-American ...": no subject here
	}
	for i, w := range subj {
		b := bareWord(w)
		if strings.ContainsAny(w, ":()") || b == "having" || b == "being" || w == marker {
			return "", false
		}
		if i > 0 && (b == "where" || b == "who" || b == "which" || b == "whose" || b == "whom") {
			// "An incident where a flight made an emergency landing due
			// to X": the verb found is the relative clause's, and the
			// sentence may have none of its own
			return "", false
		}
	}
	if reportsInSubject(subj, lx) {
		return "", false
	}
	if pronouns[bareWord(subj[0])] {
		if w := bareWord(subj[0]); len(subj) == 1 && lx.strongSubject(f) && (w == "it" || w == "they") && !mentions(clause, f.Subject) && namesAThing(f.Subject, lx) {
			subj = strings.Fields(f.Subject) // word by word: "Swords of Revealing Light" keeps its capital as a name of several words
		} else {
			return "", false
		}
	}
	s := subjectCase(subj, lx.subjectNamer(f, subj))
	s = strings.TrimSuffix(s, ",")
	if strings.Contains(s, ",") && !strings.Contains(s, " and ") {
		return "", false // an apposition or aside in the subject: too risky
	}
	verb := bareWord(ws[v])
	if isPastVerb(verb) && !speechVerbs[verb] && reducedRelative(ws[v+1:]) {
		return "", false // "The quay built in 1201 by Ana Velt still stands": "did the quay build ... stands?"
	}
	rest := cutRest(ws[v+1:])
	if elidedPassive(verb, rest, subj) {
		be := "was"
		if pluralHead(subj) {
			be = "were"
		}
		return join(be, s, verb, rest), true
	}
	// the word a perfect's participle would be, past an adverb ("had
	// just passed": the auxiliary, not "did it have just passed")
	part := v + 1
	if len(ws) > part+1 && (perfectAdverbs[bareWord(ws[part])] || strings.HasSuffix(bareWord(ws[part]), "ly")) {
		part++
	}
	switch {
	case auxiliaries[verb] && (verb == "had" || verb == "has" || verb == "have") && !(len(ws) > part && isParticipleAfterHave(bareWord(ws[part]))):
		do := map[string]string{"had": "did", "has": "does", "have": "do"}[verb]
		return join(do, s, "have", rest), true
	case auxiliaries[verb]:
		if pastAfterJoin(rest, true) {
			return "", false // "was Ana Velt elected reeve and became governor": no one auxiliary asks both
		}
		return join(verb, s, rest), true
	}
	base := lemma(verb)
	if strings.HasSuffix(ws[v], ",") && v+1 < len(ws) && (strings.HasSuffix(ws[v+1], "ing") || strings.HasPrefix(ws[v+1], `"`)) {
		// a participle phrase or a quotation keeps its comma: "the duke
		// resigned, selling all his land" → "did the duke resign, selling
		// all his land?"
		base += ","
	}
	if butAndVerb(rest) {
		return "", false // "did the guild open the quay but close it to ships": which one is asked?
	}
	rest = baseCoordinated(rest)
	if pastAfterJoin(rest, false) {
		return "", false // "did the guard shoot and killed", "did tensions rise and Kesh became": a past form left after "and"
	}
	if presentAfterJoin(rest) {
		return "", false // "did Ana Velt build the quay and still owns it?": the second verb tells now, not then
	}
	return join("did", s, base, rest), true
}

// elidedPassive reports whether verb, with rest after it, is a passive
// whose "was" an outline left out: a verb that takes an object, and no
// object after it, only the answer's place, a phrase opening on a
// preposition and no verb of its own ("Guild of Orrin banned in March
// 1612", "Tobin Aster executed January 1613"). Asked as active, "When did
// Tobin Aster execute?" turns the sentence round.
func elidedPassive(verb, rest string, subj []string) bool {
	if !objectVerbs[verb] && !(documentVerbs[verb] && documentNouns[strings.ToLower(headNoun(subj))]) {
		return false
	}
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimSpace(rest), marker), " ,")
	if rest == "" {
		return true
	}
	first, after := nextField(rest)
	return participlePrepositions[bareWord(first)] && bareWord(first) != "to" && !verbAhead(first, after)
}

// reducedRelative reports whether the words after a past form hold the
// sentence's own verb in the present, after an adverb ("still", "now")
// and with no conjunction, relative or comma before it: the past form was
// a participle qualifying the subject ("The quay built in 1201 by Ana
// Velt still stands", "... by Ana Velt was closed in 1290"). A word in -s
// after a name is a noun as often as a verb ("Japanese territories",
// "Office products"), so it takes the adverb; a copula takes a name or
// the adverb. A verb of saying is followed by what was said, whose own
// verb this is ("said in 1201 Kesh was unsafe").
func reducedRelative(after []string) bool {
	for i := 1; i < len(after); i++ {
		prev, w := after[i-1], after[i]
		if b := bareWord(prev); clauseJoiners[b] || b == "nor" || strings.ContainsAny(prev, ",;:()—–") {
			return false
		}
		b := bareWord(w)
		if sForm(b) && !startsUpper(w) && verbAdverbs[bareWord(prev)] {
			return true
		}
		if (b == "was" || b == "were" || b == "is" || b == "are") && (verbAdverbs[bareWord(prev)] || startsUpper(prev) && !isMonthName(bareWord(prev))) {
			return true // "The quay built in 1201 by Ana Velt was closed in 1290"
		}
	}
	return false
}

// verbAhead reports whether the words of s, after the word prev, may hold
// a verb: the sentence's own after a reduced relative ("The quay built in
// 1201 by Ana Velt still stands."). A word in -s counts unless a function
// word or a preposition comes before it ("by the guilds"): the outline's
// passive is left unread when in doubt.
func verbAhead(prev, s string) bool {
	if clauseHasVerb(prev, s, false) {
		return true
	}
	p := bareWord(prev)
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		b := bareWord(w)
		if sForm(b) && !startsUpper(w) && p != "" && !functionWords[p] && !participlePrepositions[p] && !isDigitByte(p[0]) {
			return true
		}
		p = b
	}
	return false
}

// objectVerbs are past forms that need an object in the active: with none
// after them they are passives ("the king crowned in 1201"). Verbs that
// also go without one ("opened", "ended", "signed with a club",
// "elected to stay", "launched") are not among them.
var objectVerbs = wordsOf("abolished annexed appointed arrested assassinated banned beheaded besieged bombed " +
	"built captured conquered constructed criminalised criminalized crowned decommissioned " +
	"demolished deposed destroyed discovered enacted established excavated executed exiled " +
	"founded imprisoned inaugurated invaded invented killed legalised legalized liberated " +
	"murdered nationalised nationalized outlawed overthrown patented privatised privatized " +
	"published ratified released sacked unveiled")

// documentVerbs need an object in the active when their subject is a
// document: "Treaty of Orrin signed 1615" was signed, where "Ana Velt
// signed with the guild" signed herself.
var documentVerbs = wordsOf("adopted amended approved drafted passed ratified repealed signed")

var documentNouns = wordsOf("accord accords act agreement agreements armistice bill charter " +
	"constitution contract convention declaration deal decree edict law pact protocol resolution " +
	"statute treaty treaties truce")

// headNoun is a subject's head noun, its last word before any preposition
// ("Treaty" of "Treaty of Orrin").
func headNoun(subj []string) string {
	head := ""
	for _, w := range subj {
		if participlePrepositions[bareWord(w)] || bareWord(w) == "of" {
			break
		}
		head = bareWord(w)
	}
	return head
}

// pluralHead reports whether a subject's head noun is a plural in small
// letters ("3,000 rebels", "the guilds of Orrin"): names that end in s
// ("Athens") are left singular.
func pluralHead(subj []string) bool {
	head := headNoun(subj)
	return sForm(head) && !startsUpper(head)
}

// sForm reports whether b, a bare word, may end in the -s of a verb in the
// present or of a plural: four letters or more, not in -ss, -us or -is
// ("process", "status", "analysis").
func sForm(b string) bool {
	return len(b) >= 4 && strings.HasSuffix(b, "s") && !strings.HasSuffix(b, "ss") && !strings.HasSuffix(b, "us") && !strings.HasSuffix(b, "is")
}

// butAndVerb reports whether "but" joins a second past verb to the
// clause's ("opened the quay in 1201 but closed it to ships"): the two
// are told apart on purpose, and a date or a cause is of one of them.
func butAndVerb(rest string) bool {
	ws := strings.Fields(rest)
	for i, w := range ws {
		if w != "but" {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+2; j++ {
			if b := bareWord(ws[j]); !startsUpper(ws[j]) && isPastVerb(b) && !notVerbs[b] {
				return true
			}
		}
	}
	return false
}

// pastAfterJoin reports whether a past form follows "and" or "but" within
// a few words of rest: a second verb or clause that the question's one
// auxiliary cannot carry ("did the guard shoot and killed", "was Ana
// Velt elected reeve and became governor"). After a passive's auxiliary a
// regular participle is fine ("was the charter written and signed"), and so is
// any past form in a clause of its own ("did she find that flavours
// caused it and affected them").
func pastAfterJoin(rest string, passive bool) bool {
	ws := strings.Fields(rest)
	for i, w := range ws {
		if opensRelative(bareWord(w)) {
			return false
		}
		if w != "and" && w != "but" {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			b := bareWord(ws[j])
			if strings.HasSuffix(ws[j-1], ",") || b == "and" || b == "but" || startsUpper(ws[j]) {
				break
			}
			if irregular[b] != "" && participles[b] == "" || !passive && j == i+1 && len(b) > 4 && strings.HasSuffix(b, "ed") && !notVerbs[b] {
				return true
			}
		}
	}
	return false
}

// presentAfterJoin reports whether "and" or "but" joins a verb in the
// present to the clause, an adverb before it ("and still owns it") or an
// object after it ("and owns it"); a noun in -s after "and" ("cars and
// trucks", "help and tutorials for") is none.
func presentAfterJoin(rest string) bool {
	ws := strings.Fields(rest)
	for i := 0; i+1 < len(ws); i++ {
		if opensRelative(bareWord(ws[i])) {
			return false // "state that the BJP does not see ... and follows the Constitution": the clause said is in the present
		}
		if ws[i] != "and" && ws[i] != "but" {
			continue
		}
		j := i + 1
		adverb := verbAdverbs[bareWord(ws[j])] || bareWord(ws[j]) == "now"
		if adverb {
			j++
		}
		if j >= len(ws) {
			return false
		}
		b := bareWord(ws[j])
		if startsUpper(ws[j]) || !sForm(b) {
			continue
		}
		if adverb || j+1 < len(ws) && (objectPronouns[bareWord(ws[j+1])] || determiners[bareWord(ws[j+1])]) {
			return true
		}
	}
	return false
}

// namesAThing reports whether subject, a title's or heading's, can stand
// for "it" or "they" in a question: a name, not a heading's common noun
// ("Advantages", "Properties") or a phrase with a word in small letters
// ("mid-harbour Tolls").
func namesAThing(subject string, lx *lexicon) bool {
	ws := splitWords(subject)
	if len(ws) == 0 {
		return false
	}
	if len(ws) == 1 && lx.isLower(strings.ToLower(bareWord(ws[0]))) {
		return false
	}
	for _, w := range ws {
		if b := bareWord(w); !startsUpper(w) && !functionWords[b] && !isDigits(b) {
			return false
		}
	}
	return true
}

// reportingVerbs are verbs of saying and thinking in the present, whose
// object is a clause of its own: "LinkedIn believes a dedicated platform
// is essential". findVerb reads past forms and auxiliaries only, so in
// such a sentence it finds the reported clause's verb, and the question
// inverted around it keeps the reporting verb inside its subject ("Why is
// LinkedIn believes a dedicated platform essential?", "Why does Seth
// claims the box have ...?").
var reportingVerbs = map[string]bool{"says": true, "believes": true, "thinks": true, "argues": true,
	"suggests": true, "insists": true, "contends": true, "asserts": true, "maintains": true,
	"predicts": true, "expects": true, "admits": true, "acknowledges": true, "explains": true,
	"warns": true, "feels": true, "knows": true, "recalls": true, "reveals": true, "concludes": true,
	"emphasizes": true, "emphasises": true, "stresses": true, "observes": true, "realizes": true,
	"realises": true, "fears": true, "hopes": true, "claims": true, "notes": true, "states": true,
	"reports": true, "estimates": true, "finds": true, "shows": true, "mentions": true}

// reportingNouns are reporting verbs that are also plural nouns ("member
// states", "the claims", "his notes"): read as verbs only after a name or
// a pronoun ("Seth claims", "she notes"; not "Orrin's notes"); a sentence's first word is read
// as a name unless the notes write it in small letters ("Member states").
var reportingNouns = map[string]bool{"claims": true, "notes": true, "states": true, "reports": true,
	"estimates": true, "finds": true, "shows": true, "fears": true, "hopes": true}

// subjectPronouns can stand before a verb: not "its", "his" ("his notes").
var subjectPronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "who": true}

// reportsInSubject reports whether the words before the verb findVerb
// found hold a verb of saying or thinking (see reportingVerbs).
func reportsInSubject(subj []string, lx *lexicon) bool {
	for i := 1; i < len(subj); i++ {
		w := subj[i]
		if startsUpper(w) || !reportingVerbs[bareWord(w)] {
			continue
		}
		if !reportingNouns[bareWord(w)] {
			return true
		}
		prev := strings.ToLower(bareWord(subj[i-1]))
		if subjectPronouns[prev] || startsUpper(subj[i-1]) && !isPossessive(subj[i-1]) && (i > 1 || !lx.isLower(prev)) {
			return true
		}
	}
	return false
}

// notSubjects open what is left of a clause when an opener was not
// recognised ("To settle the debt, the guild sold", "which were her
// years at sea, Ana Velt"): no subject starts with them, in
// either case.
var notSubjects = map[string]bool{"to": true, "which": true, "who": true, "whose": true, "whom": true,
	"and": true, "or": true, "but": true, "where": true}

// relativePronouns open a relative clause, whose verb is not the one of
// the clause around it.
var relativePronouns = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true}

// opensRelative reports whether bare word b opens a relative clause: a
// relative pronoun, or "where" or "when".
func opensRelative(b string) bool { return relativePronouns[b] || b == "where" || b == "when" }

// perfectAdverbs stand between a perfect's auxiliary and its participle.
var perfectAdverbs = map[string]bool{"just": true, "already": true, "long": true, "never": true, "also": true,
	"only": true, "once": true, "still": true, "not": true, "since": true, "first": true, "recently": true,
	"often": true, "always": true, "ever": true, "now": true, "even": true, "largely": true}

// isParticipleAfterHave reports whether w, after "has", "have" or "had",
// is the participle of a perfect rather than an object: "has become",
// "has called" ("called" alone usually modifies a noun: see notVerbs),
// "had been". A perfect is asked with its own auxiliary ("Why has the
// guild's treasury become larger?"), not "does ... have become".
func isParticipleAfterHave(w string) bool {
	switch w {
	case "been", "become", "come", "gone", "had", "run", "overcome", "undergone", "outgrown":
		return true
	}
	_, irregularPast := irregular[w] // isPastVerb's own, beside isParticiple's (which takes "called" too)
	return irregularPast || isParticiple(w)
}

// objectPronouns may follow a verb as its object.
var objectPronouns = map[string]bool{"it": true, "them": true, "him": true, "her": true, "us": true}

// baseCoordinated puts a second past verb that shares the subject into its
// base form as well: "did a storm destroy the fleet and flooded the town"
// → "... and flood the town". Only a verb followed by a determiner or a
// preposition counts, which tells it from an adjective ("and exhausted
// soldiers").
func baseCoordinated(rest string) string {
	ws := strings.Fields(rest)
	changed := false
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] != "and" && ws[i] != "or" && ws[i] != "but" {
			continue
		}
		j := i + 1
		if adverb := bareWord(ws[j]); (strings.HasSuffix(adverb, "ly") || adverb == "later" || adverb == "then") && j+2 < len(ws) {
			j++ // "but later acknowledged it"
		}
		v, next := ws[j], bareWord(ws[j+1])
		object := determiners[next] || functionWords[next] || objectPronouns[next] || startsUpper(ws[j+1]) // "and continued Eversole's work"
		if startsUpper(v) || !isPastVerb(bareWord(v)) || !object {
			continue
		}
		ws[j], changed = lemma(bareWord(v)), true
	}
	if !changed {
		return rest
	}
	return strings.Join(ws, " ")
}

// strongSubject reports whether the fact's subject names a thing (a
// country, a person, an organisation) rather than falling back to a heading.
func (lx *lexicon) strongSubject(f notes.Fact) bool {
	subj, ok := mayBeStrong(&f)
	if !ok {
		return false
	}
	n := answer.Normalize(subj)
	if n == answer.Normalize(f.Title) || slices.ContainsFunc(f.Heading, func(h string) bool { return n == answer.Normalize(h) }) {
		return false
	}
	return !generalSubject(n)
}

// strongReader works out strongSubject for facts read in order, for the
// few facts that need it (most are ruled out before their context is
// read). Facts come in runs sharing a subject and a heading path, so what
// it told of the last fact is kept, and the normal forms of the last
// title and headings: worked out only for the subjects mayBeStrong lets
// through, and for a new path only where it differs from the last one
// normalised (a new path mostly keeps the title and the headings above
// it; a string compared with itself is not read). They are not kept
// beyond: three in four are met once, and a map of them all (60,000 on
// the corpus) cost more to look up than normalising again the few met
// later. The subject's normal form is the sentence reading's, which the
// score reads too (see subjectNormOf).
type strongReader struct {
	title, titleNorm       string
	titleKnown             bool
	headings, headingNorms []string
	// the last fact read, and what read told of it
	lastSubject string
	lastPath    headingKey
	lastOK      bool
	strong      bool
}

// read reports strongSubject of f; last normalises its subject.
func (r *strongReader) read(f *notes.Fact, last *sentenceReading) bool {
	if r.lastOK && f.Subject == r.lastSubject && keyOfHeading(*f) == r.lastPath {
		return r.strong
	}
	r.lastSubject, r.lastPath, r.lastOK = f.Subject, keyOfHeading(*f), true
	r.strong = false
	if _, ok := mayBeStrong(f); !ok {
		return false
	}
	r.readPath(f)
	n := last.subjectNormOf(f.Subject) // the subject trimmed normalises alike
	r.strong = n != r.titleNorm && !slices.Contains(r.headingNorms, n) && !generalSubject(n)
	return r.strong
}

// readPath normalises f's title and heading path where they differ from
// the last read.
func (r *strongReader) readPath(f *notes.Fact) {
	if !r.titleKnown || f.Title != r.title {
		r.title, r.titleNorm, r.titleKnown = f.Title, answer.Normalize(f.Title), true
	}
	for j, h := range f.Heading {
		switch {
		case j == len(r.headings):
			r.headings, r.headingNorms = append(r.headings, h), append(r.headingNorms, answer.Normalize(h))
		case h != r.headings[j]:
			r.headings[j], r.headingNorms[j] = h, answer.Normalize(h)
		}
	}
	r.headings, r.headingNorms = r.headings[:len(f.Heading)], r.headingNorms[:len(f.Heading)]
}

// mayBeStrong is the part of strongSubject that reads the subject as
// written, trimmed (subj): ok is false when that rules it out already.
func mayBeStrong(f *notes.Fact) (subj string, ok bool) {
	subj = strings.TrimSpace(f.Subject)
	// the cheapest checks first: some subjects are whole clauses
	if subj == "" || !startsUpper(subj) || strings.ContainsAny(subj, ":;0123456789") || moreFields(subj, 5) {
		return subj, false
	}
	w, _ := nextField(subj)
	var buf [32]byte // the subject's first word is capitalised: lower-cased on the stack
	first := ""
	if b, ok := appendBare(buf[:0], w); ok {
		first = string(b) // kept in here: no new string
	} else {
		first = bareWord(w)
	}
	if isPastVerb(first) || auxiliaries[first] {
		return subj, false // "Cooled down to": a fragment, not a subject
	}
	if subj == f.Title || slices.Contains(f.Heading, subj) {
		return subj, false // the title or a heading as written, and so normalised too (no lookup: about two subjects in five)
	}
	return subj, true
}

// generalSubject reports whether a normalised subject names a part of a
// topic ("population", "history") rather than a thing.
func generalSubject(n string) bool {
	for w, rest := nextField(n); w != ""; w, rest = nextField(rest) {
		if w == "population" || w == "history" || w == "context" || w == "overview" || w == "introduction" {
			return true
		}
	}
	return false
}

// moreFields reports whether s has more than n fields (countFields(s) >
// n), reading no further than the field after the n-th.
func moreFields(s string, n int) bool {
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		if n--; n < 0 {
			return true
		}
	}
	return false
}

var verbAdverbs = map[string]bool{
	"even": true, "also": true, "still": true, "then": true, "later": true, "soon": true, "never": true,
	"already": true, "again": true, "once": true, "ultimately": true, "eventually": true, "finally": true,
}

var subordinators = map[string]bool{
	"when": true, "while": true, "if": true, "because": true, "although": true, "though": true,
	"after": true, "before": true, "since": true, "as": true, "unless": true, "whereas": true, "once": true,
}

// cutRest keeps the main clause: it stops at a semicolon, a dash, or a
// trailing ", which"/", while" clause.
func cutRest(ws []string) string {
	var room [32]string // most clauses fit: the words stay on the stack
	out := room[:0]
	for i, w := range ws {
		if labelDash(w) {
			break // a dash standing alone, as after a label
		}
		if strings.HasSuffix(w, ";") {
			out = append(out, strings.TrimSuffix(w, ";"))
			break
		}
		if strings.HasSuffix(w, ",") && i+1 < len(ws) {
			nx := bareWord(ws[i+1])
			andClause := false
			if nx == "and" && i+2 < len(ws) && !isPastVerb(bareWord(ws[i+2])) && !auxiliaries[bareWord(ws[i+2])] {
				// ", and total output declined": a new clause with its own subject
				for k := i + 3; k < len(ws) && k <= i+6; k++ {
					b := bareWord(ws[k])
					if strings.HasSuffix(ws[k-1], ",") || relativePronouns[b] {
						// ", and Cam Adams, who joined ...", ", and Neptune
						// that would ...": the verb is a relative clause's,
						// and the name one more of a list
						break
					}
					if !startsUpper(ws[k]) && (auxiliaries[b] || isPastVerb(b)) {
						andClause = true
						break
					}
				}
			}
			if nx == "which" || nx == "while" || nx == "with" || nx == "who" || nx == "where" || nx == "whereas" || nx == "although" || nx == "but" || nx == "as" || strings.HasSuffix(nx, "ing") || andClause {
				out = append(out, strings.TrimSuffix(w, ","))
				break
			}
		}
		out = append(out, w)
	}
	for len(out) > 1 {
		last := out[len(out)-1]
		w := bareWord(last)
		if strings.HasSuffix(w, "ly") && strings.HasSuffix(out[len(out)-2], ",") && !startsUpper(last) {
			out = out[:len(out)-1] // "..., notably" left dangling
			continue
		}
		if w == "and" || w == "or" || w == "but" || w == "both" {
			out = out[:len(out)-1]
			continue
		}
		break
	}
	return trimClause(strings.Join(out, " "))
}

func join(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

func question(wh, body string) string {
	body = strings.TrimSpace(body)
	body = strings.TrimRight(body, " ,;:.")
	if i := strings.LastIndex(body, ", "); i > 0 {
		if w := body[i+2:]; len(w) > 4 && strings.HasSuffix(w, "ly") && !strings.Contains(w, " ") && !startsUpper(w) {
			body = body[:i] // "..., specifically" left after the answer went
		}
	}
	return upperFirst(strings.TrimSpace(wh+" "+body)) + "?"
}

// lastWord returns the last word of s (bare, lower case) and s without it.
func lastWord(s string) (string, string) {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexByte(s, ' ')
	return bareWord(s[i+1:]), s[:i+1]
}

var datePreps = map[string]bool{"in": true, "on": true, "by": true, "since": true, "during": true, "from": true, "until": true, "around": true, "circa": true, "of": false}

// nameYear reports whether a date whose sentence runs left before it is
// the end of a name: it follows a capitalised word that is neither a
// month nor a word opening the sentence ("Act 1935", "Vision 2030", not
// "In 1935" or "May 1935").
func nameYear(left string) bool {
	left = strings.TrimRight(left, " ")
	w := left[strings.LastIndexByte(left, ' ')+1:]
	if !startsUpper(w) || strings.HasSuffix(w, ",") || isMonthName(w) || w == "Day" || w == "Eve" {
		return false // "on Midsummer Day 1201" dates the clause
	}
	b := strings.ToLower(w)
	return !datePreps[b] && !introducers[b] && !functionWords[b]
}

// removeAnswer joins the clause without the answer and the preposition that
// introduced it, dropping a comma left dangling at the start.
func removeAnswer(sp span, preps map[string]bool) (clause, prep string) {
	left := sp.left
	if w, rest := lastWord(left); w == "the" {
		if w2, rest2 := lastWord(rest); preps[w2] {
			prep, left = w2, rest2
		}
	} else if preps[w] {
		prep, left = w, rest
	}
	right := sp.right
	if strings.TrimSpace(left) == "" {
		// the answer opened the sentence ("In 1983, ..."): it qualifies the
		// whole clause, no marker needed
		return trimClause(strings.TrimLeft(right, " ,")), prep
	} else if strings.HasSuffix(strings.TrimSpace(left), ",") && strings.HasPrefix(strings.TrimSpace(right), ",") {
		right = strings.TrimLeft(right, " ,")
	}
	// the spaces either side of the answer go first: trimClause splits
	// and joins again only a clause not already single-spaced, which is
	// what the marker between them made of every one
	return trimClause(strings.TrimRight(left, " ") + " " + marker + " " + strings.TrimLeft(right, " ")), prep
}

// unmark checks that the answer's place survived in a question body and
// removes the marker; stripped openers ("In 1983,") count as kept.
func unmark(body, clause string) (string, bool) {
	if !strings.Contains(clause, marker) {
		return body, true
	}
	if i := strings.Index(body, marker); i >= 0 {
		// the words before the marker past the first two, read in place
		aux, before := nextField(body[:i])
		_, before = nextField(before)
		// a participle opening a phrase ("passed in", "founded by") after
		// the clause's own verb begins a clause of its own, shortened, that
		// the answer may belong to: "did the court address two laws passed
		// in Kesh in 1201" asks the laws' year. After "did" the verb is in
		// its base form ("come" and "run" are no participles there). Past
		// another auxiliary, the first participle may be the clause's own
		// ("was the operation managed by X", "have the savings generated
		// during the lockdowns been depleted"), and a second one counts
		// after a comma: "was the operation managed by X, a company founded
		// in 2009".
		passive := bareWord(aux) != "did" && bareWord(aux) != "do" && bareWord(aux) != "does"
		seen, comma := false, false
		for w, rest := nextField(before); w != ""; w, rest = nextField(rest) {
			b := bareWord(w)
			if b == "that" || b == "which" || b == "who" || b == "whose" || b == "when" {
				return "", false // the answer belongs to a relative or subordinate clause
			}
			if next, _ := nextField(rest); !startsUpper(w) && (passive && isParticipleAfterHave(b) || isPastVerb(b)) && (modifierPreps[bareWord(next)] || next == "") { // "" is the answer's place ("founded in 2009")
				if !passive || seen && comma {
					return "", false
				}
				seen = true
			}
			comma = comma || seen && strings.HasSuffix(w, ",")
		}
		// the body's words without the marker, single-spaced: a marker
		// between spaces goes with one of them first, which leaves most
		// bodies single-spaced already
		return singleSpace(strings.ReplaceAll(strings.ReplaceAll(body, " "+marker+" ", " "), marker, "")), true
	}
	_, dropped := stripOpeners(clause)
	if !strings.Contains(dropped, marker) {
		return body, false
	}
	// an opener is fine when it is a phrase ("In 1983,"), not a clause with
	// its own verb ("after protests were suppressed in 1989,")
	for _, part := range strings.Split(dropped, ",") {
		if !strings.Contains(part, marker) {
			continue
		}
		for _, w := range splitWords(part) {
			if b := bareWord(w); !startsUpper(w) && (auxiliaries[b] || isPastVerb(b)) {
				return body, false
			}
		}
		// nor one that dates a thing of its own: "In the aftermath of the
		// flood at Kesh on May 3, the guild offered help" is asked "When
		// did the guild offer help?", answered with the flood's date
		// (teachers rejected each such card); "During the siege (late
		// 1201-1202)" likewise
		before, _, _ := strings.Cut(part, marker)
		ws := splitWords(before)
		if len(ws) > 0 {
			ws = ws[1:] // the opener's own first word ("In", "During")
		}
		for _, w := range ws {
			if b := bareWord(w); !startsUpper(w) && b != "" && !dateOpenerWords[b] {
				return body, false
			}
		}
	}
	return body, true
}

// dateOpenerWords may stand between an opener's first word and its date:
// "In early June", "By the late", "On or around".
var dateOpenerWords = map[string]bool{"the": true, "early": true, "mid": true, "late": true, "around": true,
	"about": true, "circa": true, "in": true, "on": true, "by": true, "or": true, "until": true, "from": true,
	"since": true, "as": true, "of": true, "a": true, "spring": true, "summer": true, "autumn": true, "fall": true,
	"winter": true, "mid-": true, "approximately": true, "roughly": true, "sometime": true}

var (
	yearIn     = regexp.MustCompile(`\b(1\d{3}|20\d{2})\b`)
	demonstrat = regexp.MustCompile(`(?i)\b(this|these|those|such)\s+[a-z]`)
)

// qaChecked checks question q, as qaRaw phrased it for the fact with
// confidence conf in [0,1]: it returns q, or rejects it as malformed,
// giving the answer away or losing the context that made the answer
// unique.
func qaChecked(q string, conf float64, f notes.Fact, sp span) (string, float64, bool) {
	if strings.ContainsAny(q, ":()[]") || strings.Count(q, `"`)%2 == 1 || strings.Contains(q, `."`) || strings.Contains(q, " ,") {
		return "", 0, false
	}
	if f.Kind == notes.Date && presentDateQuestion(q) {
		return "", 0, false // "In what year is sulforaphane a molecule ...?": the date was a clause's, not the present state's
	}
	if _, last, _ := lastTwoFields(strings.TrimSuffix(q, "?")); danglingEnds[strings.ToLower(last)] ||
		f.Kind == notes.Date && datePrepositions[strings.ToLower(last)] {
		// "... begin in the late?", "... reduced between?": the answer was
		// cut from its phrase (a date is never what a stranded preposition
		// asks for)
		return "", 0, false
	}
	n := countFields(q)
	switch {
	case n > 28:
		return "", 0, false
	case n > 20:
		conf -= 0.15
	}
	if !namesSomething(q) && !measureAsked(q, f, sp) {
		conf -= 0.35 // "When did war erupt?": which war? the question names nothing (a substance's measure needs no name)
	}
	if mayPointOutside(q) && demonstrat.MatchString(q) {
		conf -= 0.3 // "this analysis": refers to something the card does not show
	}
	if itWithoutReferent(q) {
		conf -= 0.3 // "did Shah Jahan annex it": what "it" was went with the sentence's other clauses
	}
	if f.Kind == notes.Date {
		// another year in the sentence that the question dropped could have
		// told two events apart; a year inside the answer gives it away
		var years []string // the years of the rest of the sentence, which most dates' lack
		if hasDigit(sp.left) || hasDigit(sp.right) {
			years = yearIn.FindAllString(sp.left+" "+sp.right, -1)
		}
		var ds []answer.Date
		if len(years) > 0 {
			ds, _ = answer.ParseDates(sp.ans)
		}
		for _, y := range years {
			if !strings.Contains(q, y) {
				return "", 0, false
			}
			yi := 0
			for _, r := range y {
				yi = yi*10 + int(r-'0')
			}
			for _, d := range ds {
				if d.Year == yi || (d.Decade && yi >= d.Year && yi < d.Year+10) {
					return "", 0, false
				}
			}
		}
	}
	return q, conf, true
}

// itWithoutReferent reports whether q's "it" is the object of the verb
// right after a doer that is a name alone ("In what year did Shah Jahan
// annex it ...?"): nothing before it can be what "it" stands for, since a
// doer acting on itself would say "itself". "it" opening a clause of its
// own ("did De Beers announce it would ...") is the doer again.
func itWithoutReferent(q string) bool {
	if !strings.Contains(q, " it") {
		return false // most questions
	}
	ws := strings.Fields(strings.TrimSuffix(q, "?"))
	i := slices.Index(ws, "did")
	if i < 0 {
		return false
	}
	j := i + 1
	if j < len(ws) && ws[j] == "the" {
		j++
	}
	name := j
	for j < len(ws) && startsUpper(ws[j]) && !strings.HasSuffix(ws[j], ",") {
		j++
	}
	if j == name || j+1 >= len(ws) || strings.Trim(ws[j+1], ",") != "it" || startsUpper(ws[j]) {
		return false
	}
	if j+2 < len(ws) {
		if next := strings.ToLower(ws[j+2]); auxiliaries[next] || isPastVerb(next) {
			return false // "revealing it had an air force"
		}
	}
	return true
}

// mayPointOutside reports whether q may match demonstrat, without running
// the expression on every question: it holds one of its words in ASCII
// case, or a long s, which the expression's case folding reads as an s.
func mayPointOutside(q string) bool {
	return hasAnyFold(q, "this", "these", "those", "such") || strings.Contains(q, "ſ")
}

// danglingEnds cannot end a question: a phrase the answer completed.
// (Prepositions that a question may strand, "What does TW stand for?",
// are not among them.)
var danglingEnds = map[string]bool{"the": true, "a": true, "an": true, "of": true, "late": true, "early": true,
	"mid": true, "starting": true, "beginning": true, "since": true, "until": true, "during": true,
	"its": true, "their": true, "his": true, "her": true, "around": true, "than": true,
	"was": true, "were": true, "is": true, "are": true, // "... a Yeti was?": the verb lost its complement
	"and": true, "or": true, // "... from the 1980s, 1990s, and?": an item of a list
	"as": true} // "... in America as early as?"

// presentDateQuestion reports whether a question asks when something is
// the case in the present tense: no date answers it.
func presentDateQuestion(q string) bool {
	for _, p := range []string{"In what year is ", "In what year are ", "In what year does ", "In what year do ",
		"When is ", "When are ", "When does ", "When do "} {
		if strings.HasPrefix(q, p) {
			return true
		}
	}
	return false
}

// datePrepositions may end a question only when it does not ask a date.
var datePrepositions = map[string]bool{"in": true, "on": true, "at": true, "for": true, "by": true, "from": true,
	"to": true, "between": true, "of": true, "and": true, "or": true, "after": true, "before": true}

// answerIsSubject reports whether the answer is followed directly by a verb.
func answerIsSubject(sp span) bool { return startsWithVerb(sp.right) }

// answerIsModifier reports whether the answer is only part of a noun phrase
// ("Turkish" in "Turkish nationalist forces").
func answerIsModifier(sp span) bool {
	w := firstWord(sp.right)
	if w == "" || strings.HasPrefix(strings.TrimSpace(sp.right), ",") {
		return false
	}
	b := bareWord(w)
	if b == "" || startsUpper(w) || strings.ContainsAny(w[:1], `("'“`) || functionWords[b] || auxiliaries[b] || isPastVerb(b) || introducers[b] || subordinators[b] {
		return false
	}
	return !strings.ContainsAny(w[:1], ",.;:")
}

func qaRaw(f notes.Fact, sp span, lx *lexicon) (string, float64, bool) {
	if !mayPhrase(f.Kind, sp) {
		return "", 0, false
	}
	switch f.Kind {
	case notes.Date, notes.Cause, notes.Place:
		if answerIsSubject(sp) {
			return "", 0, false
		}
	}
	switch f.Kind {
	case notes.Actor, notes.Place, notes.Definition, notes.Cause:
		if answerIsModifier(sp) {
			return "", 0, false
		}
	}
	switch f.Kind {
	case notes.Date:
		if w, _ := lastWord(sp.left); w == "of" || w == "the" && !datePreps[func() string { _, r := lastWord(sp.left); w2, _ := lastWord(r); return w2 }()] || strings.HasSuffix(strings.TrimSpace(sp.left), "'s") {
			return "", 0, false // "much of 1923", "the 1990s crisis": the date qualifies a noun
		}
		if nameYear(sp.left) {
			return "", 0, false // "the Harbour Act 1201": the year of a name, not of the clause
		}
		clause, prep := removeAnswer(sp, datePreps)
		if prep == "during" {
			// a span the clause held over ("backed the rebels during the
			// 1190s"): asked when, it has no one answer
			return "", 0, false
		}
		body, ok := invert(clause, f, lx)
		if ok {
			body, ok = unmark(body, clause)
		}
		if !ok || strings.HasPrefix(body, "had ") {
			// a past perfect ("had occupied nearly all", "had just
			// passed") tells a state before some other moment: asked
			// when, it has no one answer (teachers rejected them as vague)
			return "", 0, false
		}
		wh := "When"
		if ds, ok := answer.ParseDates(sp.ans); ok && len(ds) == 1 && ds[0].Precision() == 3 && ds[0].Qualifier == "" {
			wh = "In what year"
		}
		if a := anchoringOpener(clause); a != "" && !strings.Contains(body, ",") {
			body += " " + a
		}
		return question(wh, body), 0.9, true
	case notes.Cause:
		if inList(sp) {
			return "", 0, false // one item of a list: the question would need them all
		}
		left := strings.TrimRight(sp.left, " ")
		lower := strings.ToLower(left) // once for every cue: most facts have none
		for _, c := range []string{"due to", "because of", "because", "as a result of", "owing to", "thanks to", "since"} {
			if strings.HasSuffix(lower, " "+c) || strings.EqualFold(left, c) {
				left = strings.TrimRight(left[:len(left)-len(c)], " ")
				if w, rest := lastWord(left); strings.HasSuffix(w, "ly") && len(w) > 3 {
					left = rest // "purely due to": the adverb goes with the cause
				}
				if w, _ := lastWord(left); w == "not" || w == "only" {
					return "", 0, false // "not due to X, but Y": the cause is the one denied
				}
				if copulaEnds(left) {
					return "", 0, false // "the loss was largely due to X": the cause was the whole predicate ("Why was the loss?")
				}
				if main, _ := stripOpeners(left); strings.Contains(main, ",") {
					// "The guild moved to Kesh, later growing
					// controversial due to X": the cause is of the clause
					// after the comma, not of the one asked why
					return "", 0, false
				}
				right := sp.right
				if w, _ := nextField(right); relativeOrParticiple(bareWord(w)) {
					right = "" // "chosen due to X which did not need Y": Y is X's
				}
				if r := strings.TrimLeft(right, " "); strings.HasPrefix(r, ",") || strings.HasPrefix(r, ";") {
					// what follows a comma after the cause is an apposition
					// to its last noun ("due to X, a firm that ..."), a
					// consequence ("due to X, allowing them to ...") or a
					// clause of its own: asked why, the question ends where
					// the cause did (joined, "safe allowing them" misread)
					right = ""
				} else if r = strings.TrimSpace(strings.TrimLeft(r, `.!?"”’)`)); r != "" {
					// the cause does not end its clause: either its span was
					// cut short ("due to loud music coming | from it") and
					// the question would carry the rest ("Why did he park
					// ... from it?"), or a second predicate follows ("due to
					// X and is 200 years old") that one why cannot ask
					return "", 0, false
				}
				if main, _ := stripOpeners(left); causeOfInnerClause(main) {
					return "", 0, false
				}
				clause := trimClause(left + " " + marker + " " + strings.TrimLeft(right, " ,"))
				body, ok := invert(clause, f, lx)
				if ok {
					body, ok = unmark(body, clause)
				}
				if ok && !secondCopula(body) {
					// a cause is asked open-ended, and its answer is a phrase
					// any paraphrase fills: blind raters took 36 of 98
					// ratings of such questions at 0.6-0.85, the fewest of any
					// kind of card there
					return question("Why", body), 0.75, true
				}
				return "", 0, false
			}
		}
		return "", 0, false
	case notes.Place:
		if q, ok := locatedQuestion(f, sp, lx); ok {
			return q, 0.9, true
		}
		clause, prep := removeAnswer(sp, map[string]bool{"in": true, "to": true, "at": true, "near": true, "into": true, "from": true, "inside": true, "within": true})
		if prep == "" {
			break
		}
		body, ok := invert(clause, f, lx)
		if ok {
			body, ok = unmark(body, clause)
		}
		if !ok {
			break
		}
		if prep == "from" {
			body += " from"
		}
		return question("Where", body), 0.8, true
	case notes.Actor:
		if q, ok := actorQuestion(f, sp, lx); ok {
			return q, 0.9, true
		}
	case notes.Response:
		if q, c, ok := responseQuestion(f, sp, lx); ok {
			return q, c, true
		}
	case notes.Population:
		if q, ok := populationQuestion(f, sp, lx); ok {
			return q, 0.9, true
		}
	case notes.Ranking:
		if q, ok := rankingQuestion(f, sp, lx); ok {
			return q, 0.85, true
		}
	case notes.Quantity:
		if q, ok := measureQuestion(f, sp); ok {
			return q, 0.9, true
		}
	case notes.Definition:
		if q, ok := identificationQuestion(f, sp); ok {
			return q, 0.9, true
		}
		if q, ok := definitionQuestion(f, sp, lx); ok {
			return q, 0.85, true
		} else if q != "" {
			return q, 0.65, true // "What is X?" is right only when the answer truly defines X
		}
	}
	// the answer opens the clause: "X launched an attack" → "Who launched an attack?"
	if q, ok := subjectQuestion(f, sp, lx); ok {
		return q, 0.85, true
	}
	return "", 0, false
}

// mayPhrase reports whether qaRaw may phrase a question of a fact of
// kind k, cut as sp, by the words either side of the answer alone: a
// definition is asked after an acronym's bracket or a copula
// (definitionQuestion), an actor after "by" or a comma (actorQuestion),
// and either as the opener of its clause (subjectQuestion). Those shapes
// check as much first, but only after answerIsModifier has read the word
// after the answer: on the corpus, phraseRest phrases 57,000 definitions
// and 13,000 actors that give no question, and checking them first took
// qaRaw's time from 127 to 118 ms a run (medians of eight).
func mayPhrase(k notes.Kind, sp span) bool {
	switch k {
	case notes.Definition:
		if r := strings.TrimLeft(sp.right, " \t\n\f\r"); strings.HasPrefix(r, "(") {
			return true
		}
		t := strings.TrimSpace(sp.left)
		if t == "" || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ":") {
			return true // the answer opens its clause, or is a field's value (identificationQuestion)
		}
		last := t[strings.LastIndexAny(t, " \t\n\f\r")+1:]
		return copulaLast[last] || strings.ContainsFunc(last, unicode.IsSpace)
	case notes.Actor:
		t := strings.TrimSpace(sp.left)
		return t == "" || strings.HasSuffix(t, ",") || strings.HasSuffix(t, "by")
	}
	return true
}

// copulaEnds reports whether s ends on a form of "be", past an adverb:
// "was", "is largely", "might be", "believed to be".
func copulaEnds(s string) bool {
	w, rest := lastWord(s)
	if strings.HasSuffix(w, "ly") && len(w) > 3 {
		w, _ = lastWord(rest)
	}
	switch w {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// secondCopula reports whether an inverted why-question still holds a
// copula of its own, which no relative pronoun or verb of thinking opens:
// the auxiliary inverted was a clause's inside the subject, and the
// sentence's verb is left behind ("Why has the most compelling reason
// Bill Gates given for his investment is the anticipated water
// shortage?"). "Why did Ganjoo think the email was a prank?" keeps its
// reported clause.
func secondCopula(body string) bool {
	ws := strings.Fields(body)
	for i := 1; i < len(ws); i++ {
		switch ws[i] {
		case "is", "was", "are", "were":
		default:
			continue
		}
		opened := false
		for j := max(1, i-4); j < i; j++ {
			b := bareWord(ws[j])
			if relativePronouns[b] || thinkingVerbs[b] {
				opened = true
			}
		}
		if !opened {
			return true
		}
	}
	return false
}

// thinkingVerbs report a thought or a saying whose object is a clause.
var thinkingVerbs = map[string]bool{"think": true, "believe": true, "say": true, "claim": true, "know": true,
	"feel": true, "find": true, "suggest": true, "argue": true, "hope": true, "fear": true, "realize": true,
	"realise": true, "expect": true, "assume": true, "insist": true, "conclude": true, "decide": true, "state": true}

// causeOfInnerClause reports whether the clause before a cause holds a
// clause of its own between its verb and the cause, which the cause then
// belongs to: "recounted how Munger would leave crying due to X" (why he
// left crying, not why the partner recounted it), "was short on the
// shares months before the firm announced its bankruptcy due to fraud",
// "solve problems where an application breaks due to X". An opener with
// no verb after it is a phrase, not a clause ("removed him from the
// list after 1979 due to X"). Left is the clause past its openers ("In a
// future where AI writes most code, Rust could be ..." asks of Rust).
func causeOfInnerClause(left string) bool {
	ws := strings.Fields(left)
	for i := 1; i < len(ws); i++ {
		w := strings.ToLower(bareWord(ws[i]))
		switch w {
		case "how", "whereby", "whether":
			return true
		case "before", "after", "when", "while", "until", "if", "unless", "where":
			for _, v := range ws[i+1:] {
				b := bareWord(v)
				if !startsUpper(v) && (isPastVerb(b) || auxiliaries[b]) {
					return true
				}
			}
		}
	}
	return false
}

// relativeOrParticiple reports whether w opens a clause about the word
// before it: a relative pronoun or an -ing form.
func relativeOrParticiple(w string) bool {
	switch w {
	case "which", "who", "whom", "whose", "that", "where":
		return true
	}
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

// qaOpeners are the first words of the questions qaRaw phrases of a fact
// of kind k ("In" of "In what year"), none for a kind it phrases none of:
// a date is asked when, a cause why, a ranking where; the other kinds have
// shapes of their own besides the question of an answer that opens its
// clause (subjectQuestion), which asks what, which or who (whFor).
// phraseRest compares a fact's question only with those it may ask.
func qaOpeners(k notes.Kind) []string {
	switch k {
	case notes.Date:
		return []string{"When", "In"}
	case notes.Cause:
		return []string{"Why"}
	case notes.Ranking:
		return []string{"Where"}
	case notes.Quantity:
		return nil
	case notes.Population:
		return []string{"What"}
	case notes.Place:
		return []string{"Where", "What", "Which"}
	case notes.Actor:
		return []string{"Who", "What", "Which"}
	case notes.Response:
		return []string{"How", "What", "Which"}
	}
	return []string{"What", "Which"}
}

// thingNouns head names of documents, events and institutions that are
// asked about with "what", not "who".
var thingNouns = map[string]bool{
	"protocol": true, "treaty": true, "agreement": true, "act": true, "convention": true, "pact": true,
	"accord": true, "law": true, "war": true, "revolution": true, "crisis": true, "plan": true,
	"program": true, "programme": true, "policy": true, "declaration": true, "charter": true,
	"constitution": true, "resolution": true, "doctrine": true, "depression": true, "pandemic": true,
	"conference": true, "summit": true, "report": true, "deal": true, "initiative": true, "i": true, "ii": true,
	// things that act in a sentence but are no one: "What emerged as the dominant framework?"
	"framework": true, "language": true, "technology": true, "algorithm": true, "software": true,
	"virus": true, "disease": true, "sea": true, "ocean": true, "river": true, "successes": true,
	"failures": true, "index": true, "engine": true, "chip": true, "lithography": true, "religion": true,
}

// whFor is the question word for an answer standing as a clause's subject.
func whFor(f notes.Fact) string {
	switch f.Kind {
	case notes.Actor:
		thing := false // the answer's words read in place: every actor opening a clause asks it
		answer.EachWord(f.Answer, func(w []byte) bool {
			thing = thingNouns[string(w)]
			return !thing
		})
		if thing {
			return "What"
		}
		return "Who"
	case notes.Population, notes.Quantity:
		return ""
	case notes.Date, notes.Ranking:
		return ""
	}
	return "What"
}

func startsWithVerb(s string) bool {
	first := firstWord(s)
	if first == "" || startsUpper(first) {
		return false // a capitalised word is not bared: most words asked are
	}
	w := bareWord(first)
	return auxiliaries[w] || isPastVerb(w)
}

func subjectQuestion(f notes.Fact, sp span, lx *lexicon) (string, bool) {
	// the answer opens the clause once its openers are dropped, each
	// ending at a comma: words before it that end otherwise stay, which
	// most facts tell without reading the openers or the question word
	if t := strings.TrimSpace(sp.left); t != "" && !strings.HasSuffix(t, ",") {
		return "", false
	}
	left, _ := stripOpeners(sp.left)
	if strings.TrimSpace(left) != "" {
		return "", false
	}
	wh := whFor(f) // asked only of an answer opening the clause
	if wh == "" {
		return "", false
	}
	right := strings.TrimSpace(sp.right)
	// "X, an exiled cleric, returned to Tehran" → "Which exiled cleric returned to Tehran?"
	if strings.HasPrefix(right, ",") {
		inner := strings.TrimSpace(right[1:])
		if i := strings.Index(inner, ","); i > 0 {
			appos, after := inner[:i], strings.TrimSpace(inner[i+1:])
			aw := splitWords(appos)
			if len(aw) >= 2 && len(aw) <= 6 && (aw[0] == "a" || aw[0] == "an" || aw[0] == "the") && startsWithVerb(after) {
				return question("Which "+strings.Join(aw[1:], " "), cutRest(splitWords(after))), true
			}
			if startsWithVerb(after) {
				right = after
			}
		}
	}
	if !startsWithVerb(right) {
		return "", false
	}
	var room [48]string // most clauses fit: the words stay on the stack
	ws := appendWords(room[:0], right)
	if elidedPassive(bareWord(ws[0]), cutRest(ws[1:]), splitWords(sp.ans)) {
		return "", false // "Guild of Orrin banned in 1612": "Who banned in 1612?" makes the guild the one who banned
	}
	if w := bareWord(ws[0]); w == "were" || w == "are" || w == "have" || w == "do" {
		// a plural subject's verb; "Who" and "What" take the singular
		// ("What has forced Russia to ...?", not "What have forced")
		ws[0] = map[string]string{"were": "was", "are": "is", "have": "has", "do": "does"}[w]
	}
	if wh == "Who" && refersToItself(ws) {
		wh = "What" // "Who changed its idea?" asked of a firm: both blind raters called it ungrammatical
	}
	return question(wh, cutRest(ws)), true
}

// refersToItself reports whether the words of a clause after its subject
// take the subject back as a thing right after the verb: "changed its
// idea", "has released its latest model", "paired itself with".
func refersToItself(ws []string) bool {
	for i := 1; i < len(ws) && i <= 2; i++ {
		if w := bareWord(ws[i]); w == "its" || w == "itself" {
			return true
		}
	}
	return false
}

var locatedRe = regexp.MustCompile(`(?i)^(located|situated|based|found|lying|lies|sits)\s*(in|between|on|at|near|along)?\s*$`)

// locatedQuestion handles "Located between A and B" under a subject label.
func locatedQuestion(f notes.Fact, sp span, lx *lexicon) (string, bool) {
	if !lx.strongSubject(f) || !locatedRe.MatchString(strings.TrimSpace(sp.left)) {
		return "", false
	}
	verb := "is"
	if strings.Contains(strings.ToLower(f.Sentence), " was ") {
		verb = "was"
	}
	return "Where " + verb + " " + f.Subject + " located?", true
}

var passiveBy = regexp.MustCompile(`^(.*?)\s+(was|were|is|are|has been|have been|had been)\s+((?:\w+ly\s+)?(\w+))\s*(.*?)\s+by\s*$`)

func actorQuestion(f notes.Fact, sp span, lx *lexicon) (string, bool) {
	// both shapes below end the words before the answer on "by" or on a
	// comma, which dropping their openers leaves as it is: most facts
	// tell at once that they have neither
	if t := strings.TrimSpace(sp.left); !strings.HasSuffix(t, "by") && !strings.HasSuffix(t, ",") {
		return "", false
	}
	left, _ := stripOpeners(sp.left)
	left = strings.TrimSpace(left)
	// passive: "The trading post was established by X in 1819" → "Who established the trading post in 1819?"
	if m := findPassiveBy(left); m != nil {
		part := strings.ToLower(m[4])
		past := part
		if p, ok := participles[part]; ok {
			past = p
		} else if !isPastVerb(part) {
			return "", false
		}
		subj := splitWords(m[1])
		if len(subj) == 0 || len(subj) > 8 || pronouns[bareWord(subj[0])] {
			return "", false
		}
		if !plainPassive(subj, m[5]) {
			return "", false
		}
		adv := strings.TrimSuffix(m[3], m[4])
		s := subjectCase(subj, lx.subjectNamer(f, subj))
		rest := strings.TrimLeft(sp.right, " ")
		if strings.HasPrefix(rest, ",") || joinsVerb(rest) {
			// ", which sent money" describes the answer, and "and has
			// grown" goes on with the subject: asked who, neither reads
			rest = ""
		}
		return question("Who", join(adv+past, m[5], s, cutRest(splitWords(rest)))), true
	}
	// apposition: "the Shah, X, oversaw a regime" → "Who was the Shah who oversaw a regime?"
	if strings.HasSuffix(left, ",") && strings.HasPrefix(strings.TrimSpace(sp.right), ",") {
		np := splitWords(strings.TrimSuffix(left, ","))
		after := strings.TrimSpace(strings.TrimSpace(sp.right)[1:])
		// an opening phrase is no noun ("Under the Trump administration, X,
		// frustrated by ..., took" asked "Who was Under the Trump
		// administration who ...?")
		if len(np) >= 1 && len(np) <= 5 && !pronouns[bareWord(np[0])] && !introducers[bareWord(np[0])] && startsWithVerb(after) &&
			findVerb(append([]string{"x"}, np...)) < 0 {
			s := subjectCase(np, lx.subjectNamer(f, np))
			return question("Who", join("was", s, "who", cutRest(splitWords(after)))), true
		}
	}
	return "", false
}

var responseTo = regexp.MustCompile(`(?i)in (?:response|reaction|retaliation) to ([^,]+),`)

var responseCue = regexp.MustCompile(`(?i)\b(respon[sd]\w*|react\w*|retaliat\w*|in return|countered)\b`)

func responseQuestion(f notes.Fact, sp span, lx *lexicon) (string, float64, bool) {
	left, dropped := stripOpeners(sp.left)
	// the words before the answer but for the conjunctions they open on,
	// read no further than one more than the six a responder may have
	// (the words of the whole clause were a new slice for every response)
	for {
		w, rest := nextField(left)
		if b := bareWord(w); b == "while" || b == "when" || b == "as" || b == "and" || b == "but" || b == "although" || b == "whereas" || b == "meanwhile" {
			left = rest
			continue
		}
		break
	}
	var words [7]string
	np := appendFields(words[:0], left)
	if len(np) == 0 || len(np) > 6 || pronouns[bareWord(np[0])] || findVerb(append([]string{"x"}, np...)) >= 0 {
		return "", 0, false
	}
	for _, w := range np {
		if strings.HasSuffix(w, ",") {
			return "", 0, false
		}
	}
	if !startsUpper(np[0]) && !determiners[bareWord(np[0])] {
		return "", 0, false
	}
	if negatedDeed(sp.ans) {
		return "", 0, false // "How did Kesh respond?" is not answered by what Kesh did not do
	}
	// the cue first: on the corpus, 3,300 responses reached it and 66 had
	// one, and putting the responder in the subject's case first cost as
	// much as looking for it
	if !responseCued(dropped, f.Heading) {
		return "", 0, false
	}
	s := subjectCase(np, lx.subjectNamer(f, np))
	to := ""
	if m := responseTo.FindStringSubmatch(dropped); m != nil {
		to = " to " + m[1]
	} else if e := stimulusHeading(f.Heading, lx.namer(f)); e != "" {
		to = " to " + e
	}
	do := "did"
	if a := firstWord(sp.ans); a != "" {
		w := bareWord(a)
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !isPastVerb(w) {
			do = "does"
		}
	}
	conf := 0.8 // "How did Kesh respond?": to what, the card may not show
	if to != "" {
		conf = maxQAConf // the question names what was answered
	}
	return "How " + do + " " + s + " respond" + to + "?", conf, true
}

// stimulusHeading is what a response under heading path h answers, when
// the section the response is told in sits under one that names an event
// ("The Cyber Attacks › Albania's Response": "the cyber attacks"), as the
// question puts it (isName keeps a name's capitals); "" when the nearest
// heading that is not the response's own names none.
func stimulusHeading(h []string, isName func(string) bool) string {
	for i := len(h) - 1; i >= 0; i-- {
		if mayMatchFolded(h[i], responseCueStems...) && responseCue.MatchString(h[i]) {
			continue // the response's own section
		}
		words := strings.Fields(h[i])
		if len(words) == 0 || len(words) > 5 || strings.ContainsAny(h[i], ":()[]\"?!,") {
			return ""
		}
		if !eventNouns[bareWord(words[len(words)-1])] {
			return ""
		}
		for k, w := range words {
			if b := bareWord(w); !isAllCaps(w) && (k > 0 || determiners[b]) && !isName(b) {
				words[k] = lowerFirst(w)
			}
		}
		first := bareWord(words[0])
		if !determiners[first] && !strings.HasSuffix(words[0], "'s") && !strings.HasSuffix(words[0], "’s") {
			if !isName(first) || len(words) > 1 && !startsUpper(words[1]) {
				words[0] = lowerFirst(words[0])
			}
			return "the " + strings.Join(words, " ")
		}
		return strings.Join(words, " ")
	}
	return ""
}

// eventNouns head the name of an event someone may respond to.
var eventNouns = map[string]bool{
	"attack": true, "attacks": true, "cyberattack": true, "cyberattacks": true, "invasion": true,
	"sanctions": true, "ban": true, "crisis": true, "war": true, "protests": true, "strike": true,
	"strikes": true, "coup": true, "ruling": true, "verdict": true, "referendum": true, "election": true,
	"assassination": true, "bombing": true, "bombings": true, "raid": true, "raids": true, "embargo": true,
	"blockade": true, "annexation": true, "occupation": true, "massacre": true, "killings": true,
	"arrest": true, "arrests": true, "hack": true, "breach": true, "leak": true, "leaks": true,
	"scandal": true, "allegations": true, "accusations": true, "threats": true, "tariffs": true,
	"pandemic": true, "outbreak": true, "earthquake": true, "floods": true, "famine": true,
	"uprising": true, "riots": true, "incursion": true, "incursions": true, "offensive": true,
	"shutdown": true, "ultimatum": true, "demands": true, "shooting": true, "explosion": true,
	"hijacking": true, "kidnapping": true, "crackdown": true, "disaster": true, "collapse": true,
}

// negatedDeed reports whether a response's answer tells what was not
// done ("did not invoke Article 5", "never replied").
func negatedDeed(ans string) bool {
	w1, rest := nextField(ans)
	w2, _ := nextField(rest)
	switch bareWord(w1) {
	case "never", "didn't", "did't", "wasn't", "hasn't", "hadn't", "won't", "wouldn't", "doesn't":
		return true
	case "did", "does", "do", "has", "had", "was", "were", "would", "will", "could":
		return bareWord(w2) == "not" || bareWord(w2) == "never"
	}
	return false
}

// responseCued reports whether responseCue matches the openers dropped
// before a response or its heading path. Every match holds one of
// responseCueStems in some case, so text in ASCII without any is not
// matched (a heading path holds "return" of "in return" within one
// heading): most are not, and the pattern cost 3 µs a response. Text
// beyond ASCII is matched: the pattern folds "ſ" into "s".
func responseCued(dropped string, heading []string) bool {
	if mayMatchFolded(dropped, responseCueStems...) && responseCue.MatchString(dropped) {
		return true
	}
	for _, h := range heading {
		if mayMatchFolded(h, responseCueStems...) {
			return responseCue.MatchString(strings.Join(heading, " "))
		}
	}
	return false
}

// responseCueStems are what each match of responseCue holds, lower-cased.
var responseCueStems = []string{"respon", "react", "retaliat", "return", "countered"}

// mayMatchFolded reports whether a case-insensitive pattern each of whose
// matches holds one of the lower-case ASCII words may match s: s holds one
// in any case, or a byte beyond ASCII, which the pattern may fold into
// one of theirs (the long s into s, the Kelvin sign into k).
func mayMatchFolded(s string, words ...string) bool {
	return !ascii(s) || hasAnyFold(s, words...)
}

func (sp span) hasPast() bool {
	for _, w := range splitWords(sp.sentence()) {
		b := bareWord(w)
		if b == "was" || b == "were" || b == "had" || (isPastVerb(b) && !startsUpper(w)) {
			return true
		}
	}
	return false
}

var yearPhrase = regexp.MustCompile(`\b([Ii]n|[Bb]y|[Ss]ince) (\d{4})\b`)

func populationQuestion(f notes.Fact, sp span, lx *lexicon) (string, bool) {
	if !lx.strongSubject(f) && !subjectNamed(f, sp) {
		return "", false
	}
	common := 0
	sw := answer.Words(f.Subject)
	for _, w := range sw {
		if lx.isLower(w) {
			common++
		}
	}
	if common == len(sw) {
		return "", false // "Cognitive Decline": a topic, not a people
	}
	if !populationWord.MatchString(sp.sentence()) && !countryHasPeople(f, sp) {
		return "", false // a count of people (the jobless, the dead) is not a population
	}
	if populationOfOther(f.Subject, sp.sentence()) {
		return "", false // "the U.S. population (170 million people)" under "Cognitive Decline"
	}
	if genderAfter(sp.sentence(), f.Subject, lx) != 0 {
		// "Tobin Aster, known for his stride, grew up in Vela, a town
		// with a population of ...": a person, whose town has the people
		return "", false
	}
	q, ok := answer.ParseQuantity(sp.ans)
	if !ok || q.Unit == "%" || q.Lo < 1 || q.Ordinal {
		return "", false // shares need the group's name: cloze covers them
	}
	if strings.Contains(strings.ToLower(sp.ans), "percent") {
		return "", false
	}
	verb := "is"
	if sp.hasPast() {
		verb = "was"
	}
	when := ""
	if m := yearPhrase.FindStringSubmatch(sp.left + " " + sp.right); m != nil {
		when = " " + strings.ToLower(m[1]) + " " + m[2]
		verb = "was"
	}
	measure := "the population"
	if approximating[q.Hedge] {
		// "close to 90 million" answers "What is the approximate
		// population of Iran?": the learner is told a round figure will do,
		// and a figure that moves with the years is not asked as exact
		measure = "the approximate population"
	}
	return "What " + verb + " " + measure + " of " + f.Subject + when + "?", true
}

// approximating are the hedges that round a figure ("about 2 million"),
// as against those that bound it ("over 2 million", "at least"): only a
// rounded figure is asked as an approximate one.
var approximating = map[string]bool{
	"about": true, "approximately": true, "approx": true, "around": true, "roughly": true,
	"some": true, "nearly": true, "almost": true, "close to": true, "an estimated": true,
	"estimated": true, "circa": true, "c": true, "ca": true, "near": true, "on the order of": true,
}

// subjectNamed reports whether the fact's sentence names its subject
// before the answer, as the note's title or a heading does ("The Kesh
// Valley is home to ..." in a note titled "The Kesh Valley"): a subject
// that is the title is otherwise the extractor's guess (see
// strongSubject), but one the sentence names is the sentence's own.
func subjectNamed(f notes.Fact, sp span) bool {
	subj := strings.TrimPrefix(strings.TrimSpace(f.Subject), "The ")
	left := sp.left
	if f.LabelLen <= len(left) {
		left = left[f.LabelLen:] // a label names what the list is about, not the sentence
	}
	// "Norway's digital strategy": a possessive names a thing of the place, not a people
	return len(subj) >= 3 && startsUpper(subj) && !strings.ContainsAny(subj, "'’") && strings.Contains(left, subj)
}

// populationShaped reports whether the fact's answer is stated as a
// population: within a few words after "population" or "home to" ("with
// a population of only 700 people"), or a number of inhabitants,
// residents or people who live or reside there. "Impacting over 40 million people"
// counts people who are not the population.
func populationShaped(sp span) bool {
	left := strings.Fields(strings.ToLower(sp.left))
	for i := max(0, len(left)-4); i < len(left); i++ {
		if w := strings.Trim(left[i], ",("); w == "population" || w == "to" && i > 0 && left[i-1] == "home" {
			return true
		}
	}
	right := strings.TrimSpace(sp.right)
	for _, w := range []string{"inhabitants", "residents"} {
		if strings.HasSuffix(sp.ans, " "+w) || strings.HasPrefix(right, w) {
			return true
		}
	}
	right = strings.TrimPrefix(right, "who ")
	return strings.HasSuffix(sp.ans, " people") && (strings.HasPrefix(right, "live") || strings.HasPrefix(right, "resid"))
}

// populationStated reports whether the fact's answer is stated as a
// population (populationShaped), or as the people a country has
// (countryHasPeople).
func populationStated(f notes.Fact, sp span) bool {
	return populationShaped(sp) || countryHasPeople(f, sp)
}

// countryHasPeople reports whether the fact counts the people a country
// has: "Brazil has about 216 million people", as a learner's note says
// its population. A firm or a team that "has 500 people" counts its staff.
func countryHasPeople(f notes.Fact, sp span) bool {
	if !strings.HasSuffix(sp.ans, " people") {
		return false
	}
	if w := lastWordOf(sp.left); w != "has" && w != "had" {
		return false
	}
	// the people end the clause ("216 million people.", "people in
	// 2023"): "860 million people connected to the internet" are some
	switch next, _ := nextField(sp.right); bareWord(next) {
	case "", "in", "as", "by", "today", "now", "according":
	default:
		if r := strings.TrimLeft(sp.right, " "); r == "" || !strings.ContainsAny(r[:1], ".,;(") {
			return false
		}
	}
	return isCountry(f.Subject) && strings.Contains(sp.left, f.Subject)
}

// populationOfOther reports whether sentence s gives the population of a
// place its subject does not name: a capitalised word just before
// "population" ("the U.S. population") that is not one of subject's.
func populationOfOther(subject, s string) bool {
	i := strings.Index(s, " population")
	if i < 0 {
		return false
	}
	before := s[:i]
	owner := before[strings.LastIndexByte(before, ' ')+1:]
	owner = strings.TrimSuffix(strings.TrimSuffix(owner, "'s"), "’s")
	return owner != "" && startsUpper(owner) && !strings.Contains(subject, strings.TrimRight(owner, "."))
}

// populationAsked reports whether q asks for a population by name, as
// populationQuestion phrases it.
func populationAsked(q string) bool {
	for _, verb := range []string{"is", "was"} {
		if strings.HasPrefix(q, "What "+verb+" the population of ") || strings.HasPrefix(q, "What "+verb+" the approximate population of ") {
			return true
		}
	}
	return false
}

// populationWord marks a count of people as a population: "home to" a
// number of people is one ("Kesh is home to 2 million people").
var populationWord = regexp.MustCompile(`(?i)\b(population|populous|inhabitants|residents|citizens|people live|home to)\b`)

var rankVerb = regexp.MustCompile(`(?i)\b(rank|ranks|ranked|ranking)\s*$`)

func rankingQuestion(f notes.Fact, sp span, lx *lexicon) (string, bool) {
	if !lx.strongSubject(f) || !rankVerb.MatchString(sp.left) {
		return "", false
	}
	do := "does"
	if strings.HasSuffix(strings.ToLower(strings.TrimSpace(sp.left)), "ranked") {
		do = "did"
	}
	rest := cutRest(splitWords(sp.right))
	return "Where " + do + " " + f.Subject + " rank " + rest + "?", true
}

var acronymAfter = regexp.MustCompile(`^\s*\(([A-Z][A-Za-z0-9&.-]{1,9})\)`)

// copulaLast are the words copulaEnd can end on.
var copulaLast = map[string]bool{"is": true, "are": true, "was": true, "were": true, "to": true,
	"means": true, "describes": true, "a": true, "an": true, "the": true}

var byWord = map[string]bool{"by": true}

// plainPassive reports whether a passive's subject and the words between
// its participle and "by" are plain enough to turn active around the
// answer: no verb or comma in the subject ("Velt later founded the Kesh
// guild, which was bought by"), and no second participle, comma or
// relative between ("is described as a pact largely funded by": the agent
// is the second participle's).
func plainPassive(subj []string, between string) bool {
	for _, w := range subj {
		b := bareWord(w)
		if strings.HasSuffix(w, ",") || !startsUpper(w) && (isPastVerb(b) || auxiliaries[b]) || b == "which" || b == "who" || b == "that" {
			return false
		}
	}
	for _, w := range splitWords(between) {
		b := bareWord(w)
		if strings.HasSuffix(w, ",") || !startsUpper(w) && isParticiple(b) || b == "which" || b == "who" || b == "that" || b == "where" {
			return false
		}
	}
	return true
}

// joinsVerb reports whether s opens on "and" or "but" and a verb: a second
// predicate of the clause's subject ("and has grown since").
func joinsVerb(s string) bool {
	w, rest := nextField(s)
	if w != "and" && w != "but" {
		return false
	}
	next, _ := nextField(rest)
	b := bareWord(next)
	return auxiliaries[b] || isPastVerb(b)
}

// findIfLast runs re, a pattern anchored at the end of the text, only when
// the text's last word (after its last ASCII space, as \s reads it) is one
// the pattern can end on: these patterns backtrack over the whole text and
// most texts end otherwise.
func findIfLast(re *regexp.Regexp, text string, last map[string]bool) []string {
	t := strings.TrimRight(text, " \t\n\f\r")
	if !last[t[strings.LastIndexAny(t, " \t\n\f\r")+1:]] {
		return nil
	}
	return re.FindStringSubmatch(text)
}

var copulaEnd = regexp.MustCompile(`^(.*?)\s+(is|are|was|were|refers to|means|describes)(?:\s+(?:a|an|the))?\s*$`)

// findCopulaEnd is findIfLast(copulaEnd, text, copulaLast), which it runs
// only when the word before an article ending the text is the copula (or
// the "to" of "refers to"), as the pattern needs: most texts ending on
// "the" or "a" end on an object ("... founded the"), and running the
// pattern on them to find none cost a definition's question more than the
// rest of it. Words are read as strings.Fields reads them: the pattern's
// spaces are among its, so its verb and article are two words of their own.
func findCopulaEnd(text string) []string {
	if prev, last, _ := lastTwoFields(text); (last == "a" || last == "an" || last == "the") && !copulaVerbs[prev] {
		return nil
	}
	return findIfLast(copulaEnd, text, copulaLast)
}

// copulaVerbs are the words before an article copulaEnd can end on.
var copulaVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "to": true, "means": true, "describes": true}

// findPassiveBy is findIfLast(passiveBy, text, byWord), which it runs only
// when the text has the pattern's auxiliary ("been" of "has been") as a
// word of its own: most actors' words before "by" have none ("the guild
// founded by"), and running the pattern on them to find none was most of
// what their questions cost.
func findPassiveBy(text string) []string {
	if t := strings.TrimRight(text, " \t\n\f\r"); t[strings.LastIndexAny(t, " \t\n\f\r")+1:] != "by" {
		return nil // as findIfLast tells, before the words are read
	}
	for w, rest := nextField(text); w != ""; w, rest = nextField(rest) {
		switch w {
		case "was", "were", "is", "are", "been":
			return findIfLast(passiveBy, text, byWord)
		}
	}
	return nil
}

// acronymOf reports whether the capitals of the words of expansion spell acr.
func acronymOf(acr, expansion string) bool {
	var initials []rune
	for _, w := range strings.FieldsFunc(expansion, func(r rune) bool { return r == ' ' || r == '-' }) {
		w = strings.TrimLeft(w, `"'(`)
		if startsUpper(w) {
			initials = append(initials, []rune(w)[0])
		}
	}
	want := []rune(strings.ToUpper(strings.ReplaceAll(acr, ".", "")))
	if len(want) == 0 || len(initials) < len(want) {
		return false
	}
	// the acronym's letters appear in order among the initials, first letters equal
	j := 0
	for _, r := range initials {
		if j < len(want) && r == want[j] {
			j++
		}
	}
	return j == len(want) && initials[len(initials)-len(want)] == want[0] || j == len(want) && initials[0] == want[0]
}

func definitionQuestion(f notes.Fact, sp span, lx *lexicon) (string, bool) {
	// the acronym opens the words after the answer with a bracket, which
	// most facts tell without running the pattern
	if r := strings.TrimLeft(sp.right, " \t\n\f\r"); strings.HasPrefix(r, "(") { // \s and the bracket of the pattern
		if m := acronymAfter.FindStringSubmatch(sp.right); m != nil && acronymOf(m[1], sp.ans) {
			return "What does " + m[1] + " stand for?", true
		}
	}
	// the copula ends the words before the answer, which dropping their
	// openers leaves as they end (but that it may split a word at a space
	// outside what findIfLast splits at): most facts tell at once that no
	// copula is there
	t := strings.TrimSpace(sp.left)
	if last := t[strings.LastIndexAny(t, " \t\n\f\r")+1:]; !copulaLast[last] && !strings.ContainsFunc(last, unicode.IsSpace) {
		return "", false
	}
	left, _ := stripOpeners(sp.left)
	if m := findCopulaEnd(strings.TrimSpace(left)); m != nil {
		term := splitWords(m[1])
		if len(term) >= 1 && len(term) <= 6 && !pronouns[bareWord(term[0])] && findVerb(append([]string{"x"}, term...)) < 0 {
			verb := m[2]
			if verb != "is" && verb != "are" && verb != "was" && verb != "were" {
				verb = "is"
			}
			return "What " + verb + " " + subjectCase(term, lx.namer(f)) + "?", false
		}
	}
	return "", false
}

// identificationQuestion asks for the name a phrase identifies, as notes
// reads "Lima is the capital of Peru" (the phrase the fact's subject, the
// name its answer, opening the sentence): "What is the capital of Peru?".
func identificationQuestion(f notes.Fact, sp span) (string, bool) {
	if verb := identifyingVerb(f, sp); verb != "" {
		wh := "What"
		if meaningOfPerson(f.Subject) {
			wh = "Who" // "the first woman to fly across the Atlantic"
		}
		return wh + " " + verb + " " + f.Subject + "?", true
	}
	return "", false
}

// identifies reports whether the fact is a name a phrase identifies (see
// identificationQuestion).
func identifies(f notes.Fact, sp span) bool { return identifyingVerb(f, sp) != "" }

// identifyingVerb is the copula between the name that opens the sentence
// and the phrase that is the fact's subject ("Lima is the capital of
// Peru"), or between the phrase and the name that ends it ("The capital
// of Peru is Lima."), "is" for a fact sheet's field ("Capital: Lima"
// under "Peru", whose subject notes makes "the capital of Peru"; "are"
// for a field in the plural), or "".
func identifyingVerb(f notes.Fact, sp span) string {
	if !strings.HasPrefix(f.Subject, "the ") {
		return ""
	}
	if field := FieldOf(f); field != "" {
		// "the official languages of Vela": the field is what the verb
		// agrees with
		if pluralWord(lastWordOf(field)) {
			return "are"
		}
		return "is"
	}
	left, right := strings.TrimSpace(sp.left), strings.TrimSpace(sp.right)
	for _, verb := range []string{"is", "was"} {
		if left == "" && strings.HasPrefix(right, verb+" "+f.Subject) {
			return verb
		}
		if (right == "" || right == ".") && strings.EqualFold(left, f.Subject+" "+verb) {
			return verb // "The capital of Peru is Lima."
		}
	}
	return ""
}

// sheetField reports whether the fact is a fact sheet's field, as notes
// reads "Capital: Lima" under "Peru": its subject "the capital of Peru",
// its answer all of the line after the field. Only its question (and an
// mc of it) asks it: the line alone names neither the subject nor a
// claim to judge. It reads the fact alone, so that the bounds of a fact's
// score (see read) know it before its sentence is cut.
func sheetField(f notes.Fact) bool { return FieldOf(f) != "" }

// FieldOf is the field of a fact sheet's fact, as its subject words it
// ("capital" of "the capital of Peru", "official languages" of "the
// official languages of Switzerland"), or "" for any other fact (see
// sheetField). A quiz matches the values of one field.
func FieldOf(f notes.Fact) string {
	if f.Kind != notes.Definition || !strings.HasPrefix(f.Subject, "the ") || f.Start < 3 || f.Start+len(f.Answer) > len(f.Sentence) {
		return ""
	}
	if right := strings.TrimSpace(f.Sentence[f.Start+len(f.Answer):]); right != "" && right != "." {
		return ""
	}
	var field string
	switch left := strings.TrimSpace(f.Sentence[:f.Start]); {
	case strings.HasSuffix(left, ":"):
		field = strings.TrimSuffix(left, ":")
	case left == "" && f.Label != "":
		field = strings.TrimSpace(strings.TrimSuffix(f.Label, ":")) // a bold label lifted off the line ("**Capital**: Lima")
	default:
		return ""
	}
	rest := f.Subject[len("the "):]
	for _, form := range []string{field, notes.PluralField(field)} { // "Official language: German, French" asks "the official languages of"
		if len(rest) > len(form)+4 && strings.EqualFold(rest[:len(form)], form) && rest[len(form):len(form)+4] == " of " {
			return rest[:len(form)]
		}
	}
	return ""
}

// namesSomething reports whether a question names a subject: a capitalised
// word after its first, or a number.
func namesSomething(q string) bool {
	for i, w, rest := 0, "", q; ; i++ { // its words, read in place
		if w, rest = nextField(rest); w == "" {
			return false
		}
		w = strings.TrimLeft(w, `"'“(`)
		if i > 0 && startsUpper(w) || strings.ContainsAny(w, "0123456789") {
			return true
		}
	}
}
