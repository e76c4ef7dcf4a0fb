package cards

import (
	"slices"
	"strings"
	"unicode"

	"github.com/recall-srs/recall/notes"
)

// A note introduces a person once by full name and then goes by one of
// the names ("Peter Campbell" ... "Peter sought a strategy", "Parrado
// could send a message"). A card is read on its own, weeks later and
// among other notes' cards: "Who is Peter?" was what blind teachers asked
// of such cards. nameInFull shows such a bare name as the note
// introduced it, the first time the card says it.
//
// Only the text shown changes: a card's ID, answer, options and score are
// the same, and so are the cards made. A name is given in full only when
// the note leaves no doubt whose it is:
//   - the note writes one run of two or three capitalised words with that
//     word first or last ("Kim" and "Kim Woo-Choong"), and no other run
//     holds it ("Sony" beside "Sony Bank" may be the bank, and "Hershey"
//     beside "Hershey Company" the firm);
//   - the run reads as a person's name by its words: no title ("Pandit",
//     "Viceroy"), no word of a group, a thing, a place, a month or a faith,
//     no brand's capitals ("SpaceX", "OpenAI"), no people ("Christian
//     Georgians" beside "Georgian"); no note writes the words it adds in
//     small letters ("Solana Seeker");
//   - the person does something in the note: the notes package read the
//     full name as an actor ("Peter Campbell and Alexei Chekhov co-founded
//     ..."), which no thing's name of the corpus's notes was ("Boeing
//     Dreamliner", "Amazon Appstore", "Moscow Kremlin"); or the note gives
//     the name a courtesy title ("Professor Jeffrey Sachs points out"),
//     which only a person has (names are read from the sentences that
//     gave facts);
//   - on the card the word stands alone: not beside another name or the
//     blank ("Sir _____"), not after "the" ("the Hershey bar");
//   - the card, its title and headings do not show the full name already,
//     and the words it adds are not the answer or an option.

// noteNames is what nameInFull reads of a note: the runs of capitalised
// words of its sentences, and its actors.
type noteNames struct {
	note string
	// a lower-cased word → the one run of two or more capitalised words
	// that holds it; "" when the note writes it in several
	runs map[string]string
	// the runs the note writes after a courtesy title ("Sir", "Dr"):
	// persons, whatever they do in the note
	titled map[string]bool
	// the answers of the note's actors' facts, as the notes package reads
	// them: lower-cased and spaced at both ends
	actors []string
}

// readNames reads the names in the sentences of facts (one note's).
func readNames(facts []*notes.Fact, lx *lexicon) *noteNames {
	n := &noteNames{runs: map[string]string{}}
	if len(facts) == 0 {
		return n
	}
	n.note = facts[0].Note
	var run []string
	last := ""
	for _, f := range facts {
		if f.Kind == notes.Actor {
			n.actors = append(n.actors, " "+strings.ToLower(f.Answer)+" ")
		}
		if f.Sentence == last {
			continue // a sentence holds several facts, which come together
		}
		last = f.Sentence
		run = run[:0]
		for w, rest := nextField(f.Sentence); ; w, rest = nextField(rest) {
			core, ends := nameWord(w)
			if core != "" {
				run = append(run, core)
			}
			if core == "" || ends || w == "" {
				n.addRun(run, lx)
				run = run[:0]
			}
			if w == "" {
				break
			}
		}
	}
	return n
}

// addRun records a run of capitalised words read by readNames.
func (n *noteNames) addRun(run []string, lx *lexicon) {
	// a title or a sentence's first word before the name ("President",
	// "Following"): a word the notes write in small letters too
	titled := false
	for len(run) > 0 && (!named(run[0], n.note, lx) || titleWord(run[0])) {
		titled = titled || courtesyTitles[strings.ToLower(strings.TrimSuffix(run[0], "."))]
		run = run[1:]
	}
	if len(run) < 2 {
		return // a name alone says nothing of the full one
	}
	full := strings.Join(run, " ")
	if titled && !slices.ContainsFunc(run, func(w string) bool { return orgWords[strings.ToLower(w)] }) {
		if n.titled == nil {
			n.titled = map[string]bool{}
		}
		n.titled[strings.ToLower(full)] = true
	}
	for _, w := range run {
		low := strings.ToLower(w)
		if had, seen := n.runs[low]; !seen {
			n.runs[low] = full
		} else if !strings.EqualFold(had, full) {
			n.runs[low] = ""
		}
	}
}

// fullName is the full name the note gives the person that capitalised
// word w names alone, or "": w must open or end the one run of
// capitalised words that holds it, and that run must be a person's name
// (personsName) that names one of the note's actors.
func (n *noteNames) fullName(w string, lx *lexicon) string {
	full := n.runs[strings.ToLower(w)]
	if full == "" {
		return ""
	}
	first, _ := nextField(full)
	if !strings.EqualFold(first, w) && !strings.HasSuffix(strings.ToLower(full), " "+strings.ToLower(w)) {
		return "" // a word inside the name: "Tayyip"
	}
	if !personsName(full, n.note, lx) {
		return ""
	}
	// a person is someone who does something in the note: a name that
	// is no actor's is a thing's or a place's ("Boeing Dreamliner",
	// "Amazon Appstore", "Moscow Kremlin"), unless a courtesy title says
	// it is a person's
	if !n.titled[strings.ToLower(full)] && !slices.ContainsFunc(n.actors, func(a string) bool { return actorNamed(a, full) }) {
		return ""
	}
	return full
}

// actorNamed reports whether actor a (lower-cased, spaced at both ends)
// names full name whole: "peter campbell and alexei chekhov" names
// "Peter Campbell".
func actorNamed(a, full string) bool {
	lf := strings.ToLower(full)
	i := strings.Index(a, lf)
	if i <= 0 || i+len(lf) >= len(a) {
		return false
	}
	before, after := a[i-1], a[i+len(lf)]
	return !isLetterByte(before) && !isLetterByte(after) && after != '-'
}

// personsName reports whether run of capitalised words full, of the
// note, reads as a person's name by its words: two or three, none written
// in small letters, none a title or a word of a group, a thing, a place, a
// time or a faith, and no people ("Christian Georgians" beside "Georgian").
func personsName(full, note string, lx *lexicon) bool {
	words := strings.Fields(full)
	if len(words) > 3 {
		return false
	}
	for i, w := range words {
		low := strings.ToLower(w)
		if i == 0 && len(w) == 2 && isAllCaps(w) {
			continue // initials: "KT Lee", "VP Menon"
		}
		if !named(w, note, lx) || titleWord(w) || nonPersonWord(w, low, lx) {
			return false // "Sony Bank", "Yugoslavia SFRY", "Hindu Brahmin", "Korean Android"
		}
	}
	end := words[len(words)-1]
	return !strings.HasSuffix(end, "s") || !lx.isCapital(strings.ToLower(end[:len(end)-1]))
}

// nonPersonWord reports whether capitalised word w (low lower-cased) can
// be no part of a person's name: by its letters (personWord), or as a word
// of a group, a thing, a place, a time or a faith, a country or a people.
func nonPersonWord(w, low string, lx *lexicon) bool {
	return !personWord(w) || groupWords[low] || thingNouns[low] || placeWords[low] || calendarWords[low] ||
		faithWords[low] || isCountry(w) || demonymLike(low, lx)
}

// named reports whether the note writes capitalised word w as a name:
// no note writes it in small letters, or this one writes it capitalised
// alone inside a sentence ("peter" is a verb of some notes, "Peter sought"
// a name of this one).
func named(w, note string, lx *lexicon) bool {
	var buf [32]byte // lower-cased on the stack: every capitalised word of a note read is asked
	low := w
	if b, ok := appendLowerASCII(buf[:0], w); ok {
		low = string(b)
	} else {
		low = strings.ToLower(w)
	}
	return !lx.isLower(low) || lx.isUpper(note, low)
}

// titleWord reports whether w is a title put before a name, or an office.
func titleWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if plainTitles[w] || isRoleWord(w) {
		return true
	}
	var buf [32]byte
	if low, ok := appendLowerASCII(buf[:0], w); ok {
		return answerTitles[string(low)] || honorifics[string(low)] // no new string
	}
	low := strings.ToLower(w)
	return answerTitles[low] || honorifics[low]
}

// courtesyTitles come before a person's name ("Sir Roger Penrose", "Dr
// Ana Velt"); a place named for one ("Lord Howe Island") ends on a word
// of orgWords, which addRun checks.
var courtesyTitles = map[string]bool{
	"sir": true, "dame": true, "dr": true, "mr": true, "mrs": true, "ms": true, "lady": true,
	"lord": true, "professor": true, "prof": true,
}

// honorifics come before a name as titles do ("Pandit Nehru", "Viceroy
// Wavell"), and some notes never write them in small letters.
var honorifics = map[string]bool{
	"pandit": true, "viceroy": true, "nawab": true, "maharaja": true, "maharaj": true, "raja": true,
	"rani": true, "imam": true, "rabbi": true, "saint": true, "mullah": true, "caliph": true, "shri": true,
	"sri": true, "mahatma": true, "guru": true, "swami": true, "justice": true, "duke": true, "earl": true,
	"baron": true, "count": true, "sultan": true, "emir": true, "amir": true, "father": true, "mother": true,
	"brother": true, "sister": true, "uncle": true, "aunt": true,
}

// groupDeterminers open a group's name ("All Turtles", "The Beatles"),
// never a person's ("An Wang" is one: "an" is not among them).
var groupDeterminers = map[string]bool{
	"the": true, "a": true, "all": true, "some": true, "many": true, "most": true, "several": true,
	"both": true, "each": true, "every": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true,
}

// undertakings open the names of things people undertake, not of people.
var undertakings = map[string]bool{"operation": true, "project": true, "mission": true, "campaign": true, "expedition": true}

// placeWords make a place of a name ("West Bengal", "New Delhi").
var placeWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "upper": true, "lower": true, "new": true,
	"old": true, "great": true, "greater": true, "little": true, "port": true, "fort": true, "lake": true,
	"mount": true, "san": true, "santa": true, "los": true, "las": true, "el": true, "st": true,
}

// faithWords name a faith or its people, written capitalised before a
// noun as a name is ("Hindu festivals").
var faithWords = map[string]bool{
	"hindu": true, "hindus": true, "muslim": true, "muslims": true, "sikh": true, "sikhs": true, "jain": true,
	"buddhist": true, "buddhists": true, "jewish": true, "jew": true, "jews": true, "christian": true,
	"christians": true, "catholic": true, "catholics": true, "protestant": true, "protestants": true,
	"sunni": true, "shia": true, "shiite": true, "brahmin": true, "brahmins": true, "islamic": true,
	"orthodox": true, "zoroastrian": true, "parsi": true,
}

// demonymLike reports whether lower-cased w reads as a people's adjective:
// one of combiningForms ("french"), or a country's or capitalised place's
// name with an ending ("korean" of "Korea", "chinese" of "China"). A given
// name that reads so ("Julian" of "Julia") is merely not written in full.
func demonymLike(w string, lx *lexicon) bool {
	if _, ok := combiningForms[w]; ok {
		return true
	}
	for _, end := range []string{"ian", "an", "ese", "ish", "i"} {
		stem, ok := strings.CutSuffix(w, end)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, place := range []string{stem, stem + "a", stem + "ia", stem + "y"} {
			if isCountry(place) || lx.isCapital(place) {
				return true
			}
		}
	}
	return false
}

// nameWord reads a word of text as a word of a name: core is the word
// without quotes, brackets, punctuation and a possessive ("Kim's" →
// "Kim"), or "" when it is no capitalised word of letters (hyphens and
// apostrophes allowed: "Woo-Choong", "O'Neill"); ends reports whether a
// name cannot go on past it (a comma, a possessive).
func nameWord(w string) (core string, ends bool) {
	s := strings.TrimLeft(w, `"'(“‘`)
	if len(s) < len(w) {
		return "", true // a quotation opens: a title or a label ("Person Database")
	}
	if len(s) == 2 && s[1] == '.' && s[0] >= 'A' && s[0] <= 'Z' {
		return s, false // an initial: "David E. Shaw"
	}
	t := strings.TrimRight(s, `,.;:!?"')”’`)
	ends = len(t) < len(s)
	if strings.ContainsAny(s[len(t):], `"”’`) && !strings.HasSuffix(t, "'s") {
		return "", true // a quotation closes
	}
	for _, p := range []string{"'s", "’s"} {
		if strings.HasSuffix(t, p) {
			t, ends = t[:len(t)-len(p)], true
		}
	}
	if t == "" || !startsUpper(t) {
		return "", ends
	}
	for _, r := range t {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return "", ends
		}
	}
	return t, ends
}

// personWord reports whether capitalised word w may be part of a
// person's name by its letters: not in capitals ("VR", "AI"), and with no
// capital inside but after a name's prefix ("McKinley", "DeMuro", not
// "SpaceX", "OpenAI", "PhD"), or after a hyphen or an apostrophe
// ("Woo-Choong", "O'Neill").
func personWord(w string) bool {
	if len(w) == 2 && w[1] == '.' {
		return true // an initial
	}
	if isAllCaps(w) {
		return false
	}
	prev := ' '
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) && prev != '-' && prev != '\'' && prev != '’' {
			switch w[:i] {
			case "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz":
			default:
				return false
			}
		}
		prev = r
	}
	return true
}

// calendarWords are capitalised but name no one: "Remdesivir July 2020".
var calendarWords = func() map[string]bool {
	m := map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
		"friday": true, "saturday": true, "sunday": true}
	for _, n := range monthNames {
		m[strings.ToLower(n)] = true
	}
	return m
}()

// inFull is the question q with each bare name the note gives in full
// (names) written in full the first time it comes; shown is what else the
// learner sees (title and headings), hidden what must not show (the
// answer and the options).
func inFull(q string, names *noteNames, lx *lexicon, shown, hidden string) string {
	note := names.note
	var b strings.Builder
	done := map[string]bool{}
	// the word before: capitalised past a sentence's start, it goes on
	// with the name ("West Bengal"); "the" makes a word of a thing ("the
	// Hershey bar")
	prevCap, prev, opens := false, "", true
	rest := q
	at := 0 // where rest starts in q
	copied := 0
	for {
		w, after := nextField(rest)
		if w == "" {
			break
		}
		start := at + strings.Index(rest, w)
		at, rest = start+len(w), after
		core, ends := nameWord(w)
		full := ""
		if core != "" && named(core, note, lx) && (opens || !prevCap) && prev != Blank && !determiners[strings.ToLower(prev)] {
			full = names.fullName(core, lx)
		}
		if full != "" && !ends {
			// the word must end the name: the next one neither goes on
			// with it nor is the blank ("Sir _____")
			next, _ := nextField(after)
			if nc, _ := nameWord(next); next == Blank || nc != "" {
				full = ""
			}
		}
		if full != "" && !done[full] && full != core && len(core) >= 3 && !isAllCaps(core) &&
			!containsFold(q, full) && !containsFold(shown, full) && !namesHidden(full, core, hidden) && namedEverywhere(full, core, lx) {
			done[full] = true
			i := start + strings.Index(w, core)
			b.WriteString(q[copied:i])
			b.WriteString(full)
			copied = i + len(core)
		}
		prevCap = core != "" && !ends
		prev = trimPunct(w)
		opens = strings.HasSuffix(w, ".") && !(len(core) == 2 && core[1] == '.') || strings.HasSuffix(w, ":") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!")
	}
	if copied == 0 {
		return q
	}
	b.WriteString(q[copied:])
	return b.String()
}

// namedEverywhere reports whether no note writes a word of full name
// other than core in small letters: the note's own capitals are enough
// for the word the card shows (named), not for one it adds ("Solana
// Seeker", "Cricket Test").
func namedEverywhere(full, core string, lx *lexicon) bool {
	for _, w := range strings.Fields(full) {
		if w != core && lx.isLower(strings.ToLower(strings.TrimSuffix(w, "."))) {
			return false
		}
	}
	return true
}

// namesHidden reports whether a word of full name other than core is
// among the words of hidden (the answer or an option).
func namesHidden(full, core, hidden string) bool {
	if hidden == "" {
		return false
	}
	for _, w := range strings.Fields(full) {
		if w != core && hasWordFold(hidden, w) {
			return true
		}
	}
	return false
}

// containsFold reports whether s holds sub, ignoring case.
func containsFold(s, sub string) bool {
	if ascii(s) && ascii(sub) {
		return indexFoldASCII(s, sub) >= 0 // no lower-cased copies: liftLabels asks it of many sentences
	}
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// indexFoldASCII is the index of sub in s ignoring case, both ASCII, or -1.
func indexFoldASCII(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// hasWordFold reports whether s holds w as a whole word, ignoring case.
func hasWordFold(s, w string) bool {
	for x, rest := nextField(s); x != ""; x, rest = nextField(rest) {
		if c, _ := nameWord(x); strings.EqualFold(c, w) || strings.EqualFold(trimPunct(x), w) {
			return true
		}
	}
	return false
}

// nameInFull writes bare names in full in the cards' questions (see the
// top of this file). facts are the notes' facts, noteFacts the first fact
// of each run of one note's facts, as GenerateNotes reads them.
func nameInFull(out []Card, facts []*notes.Fact, noteFacts []int, lx *lexicon) {
	var first map[noteKey]int // a note's runs of facts (noteRuns), read when a card may need them
	var next []int
	read := map[noteKey]*noteNames{}
	for i := range out {
		c := &out[i]
		bareAnswer := bareNameAsked(c, c.Fact.Note, lx)
		if !bareAnswer && !mayNameInFull(c.Question, c.Fact.Note, lx) {
			continue // most cards: no capitalised word that may be a bare name
		}
		k := keyOfNote(c.Fact)
		names, ok := read[k]
		if !ok {
			if first == nil {
				first, next = noteRuns(facts, noteFacts)
			}
			var of []*notes.Fact // the note's facts, most often one run of them
			r, inRuns := first[k]
			if !inRuns {
				r = -1 // a note whose facts are all a glossary's (glossary.go)
			}
			for ; r >= 0; r = next[r] {
				end := len(facts)
				if r+1 < len(noteFacts) {
					end = noteFacts[r+1]
				}
				if of == nil && next[r] < 0 {
					of = facts[noteFacts[r]:end] // the one run: no copy
					break
				}
				of = append(of, facts[noteFacts[r]:end]...)
			}
			names = readNames(of, lx)
			read[k] = names
		}
		if len(names.runs) == 0 {
			continue
		}
		hidden := ""
		if c.Type != TF {
			hidden = c.Answer + " " + strings.Join(c.Choices, " ")
		}
		shown := c.Fact.Title + " " + strings.Join(c.Fact.Heading, " ")
		c.Question = inFull(c.Question, names, lx, shown, hidden)
		if bareAnswer {
			// "_____ accused the ministry ..." → Anil, of Anil Ambani: a
			// given name alone asks for someone only the note knows by
			// it; the answer names him as the note introduced him, so
			// that "Anil Ambani" is right and "Ambani" close, not wrong
			// ("Anil" alone is close, as "Rama" for "Edi Rama"). A
			// surname alone ("Putin", "Churchill") is how people are
			// asked for, and stays
			if full := names.fullName(c.Answer, lx); full != "" && strings.HasPrefix(full, c.Answer+" ") && !containsFold(c.Question, full) && !containsFold(shown, full) && namedEverywhere(full, c.Answer, lx) {
				c.Answer = full
			}
		}
	}
}

// bareNameAsked reports whether card c asks, with no options, for an
// actor named by one capitalised word that the note writes as a name:
// a name the note may give in full elsewhere.
func bareNameAsked(c *Card, note string, lx *lexicon) bool {
	if c.Fact.Kind != notes.Actor || c.Type != QA && c.Type != Cloze {
		return false
	}
	core, _ := nameWord(c.Answer)
	return core != "" && core == c.Answer && len(core) >= 3 && !isAllCaps(core) && named(core, note, lx)
}

// mayNameInFull reports whether question q has a capitalised word that
// the note writes as a name (see named).
func mayNameInFull(q, note string, lx *lexicon) bool {
	for w, rest := nextField(q); w != ""; w, rest = nextField(rest) {
		if core, _ := nameWord(w); core != "" && named(core, note, lx) {
			return true
		}
	}
	return false
}

// noteRuns maps each note to its first run of facts in noteFacts, and
// each run to the note's next run, or -1 (a note's facts mostly come in
// one run): a slice of runs for each note was 10,000 allocations on the
// corpus.
func noteRuns(facts []*notes.Fact, noteFacts []int) (first map[noteKey]int, next []int) {
	first = make(map[noteKey]int, len(noteFacts))
	next = make([]int, len(noteFacts))
	last := make(map[noteKey]int)
	for i, start := range noteFacts {
		next[i] = -1
		k := keyOfNote(*facts[start])
		if j, ok := last[k]; ok {
			next[j] = i
		} else {
			first[k] = i
		}
		last[k] = i
	}
	return first, next
}

// knownPerson reports whether name, an answer or a name swapped in for one
// in note, is known to be a person's: its last word (before "Jr." and the
// like) is no word of a group, a firm, a thing, a place, a time or a
// faith, no country and no people, and it or the first word reads as a
// name (named: no note writes it in small letters, or this one writes it
// alone as a name). Many given names and surnames are words too ("Pat",
// "Ray", "Butler", "Root"), but seldom both; two capitalised words that
// both are ("Credit Acceptance", "Technical Analysis", "Employment Hero",
// "Live Events") stood for persons in false statements, which teachers
// rejected as false on sight.
func knownPerson(name, note string, lx *lexicon) bool {
	if lx == nil {
		return true // no notes to judge by: the name's form decides (likeForLike)
	}
	words := strings.Fields(name)
	for len(words) > 1 {
		switch strings.ToLower(strings.TrimSuffix(words[len(words)-1], ".")) {
		case "jr", "sr", "ii", "iii", "iv":
			words = words[:len(words)-1]
			continue
		}
		break
	}
	if len(words) == 0 {
		return false
	}
	bare := func(w string) string { return withoutPossessiveS(strings.Trim(w, `"'(),.;:`)) }
	last, first := bare(words[len(words)-1]), bare(words[0])
	low := strings.ToLower(last)
	if last == "" || orgWords[low] || nonPersonWord(last, low, lx) {
		return false
	}
	lowFirst := strings.ToLower(first)
	if len(words) > 1 && (thingNouns[lowFirst] || groupWords[lowFirst] || undertakings[lowFirst] || groupDeterminers[lowFirst]) {
		// "Operation Barkhane", "Project Stargate": the first word says
		// what the name is, and it is no one's (a false statement put
		// "Florence Parly" for the operation); "All Turtles", "The
		// Beatles": a determiner opens a group, not a person's name
		return false
	}
	if named(last, note, lx) {
		return true
	}
	// (a group's word first was ruled out above)
	return len(words) > 1 && first != "" && personWord(first) && !titleWord(first) && !placeWords[lowFirst] &&
		!isCountry(first) && named(first, note, lx)
}
