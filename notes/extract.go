package notes

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/recall-srs/recall/notes/propernames"
)

// Extract finds the facts in a parsed note. Every rule is a cheap scan over
// the tokens of one sentence; the date expression only runs on sentences
// holding a digit or a month name.
func Extract(n *Note) []Fact {
	var out []Fact
	ExtractEach(n, func(f Fact) { out = append(out, f) })
	return out
}

// ExtractEach hands the facts of a note to fn one by one, in document order,
// without holding them all: a very large note streams in little memory.
func ExtractEach(n *Note, fn func(Fact)) {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	x := &extractor{note: n, vocab: sc.vocab}
	// First pass: tokens of every sentence, and which words the note writes
	// in lower case or capitalised mid-sentence. A sentence-initial "Fears"
	// or "Planning" is a common word when the note also writes it in lower
	// case; a real name shows up capitalised mid-sentence.
	offs := make([]int, len(n.Sentences)+1)
	// Tokens are kept between the passes unless the note is huge; then the
	// second pass tokenizes again rather than hold them all.
	keep := len(n.Sentences) <= 20000
	all := sc.all
	if keep {
		size := 0
		for i := range n.Sentences {
			size += len(n.Sentences[i].Text)
		}
		if need := size/5 + 16; cap(sc.pool) < need {
			sc.pool = make([]token, 0, need)
		}
		x.pool = sc.pool[:0]
	}
	said, told := 0, 0 // sentences reporting speech, and sentences (see talk.go)
	words := 0         // the words of the sentences told
	for i := range n.Sentences {
		all = tokenize(n.Sentences[i].Text, all)
		sc.allUsed = max(sc.allUsed, len(all))
		counted := mined(&n.Sentences[i])
		if counted {
			told++
		}
		says := false
		for k, t := range all {
			if !t.word || t.num {
				continue
			}
			if counted {
				words++
			}
			if counted && !says && !t.cap && k > 0 && reportedAt(all, k) {
				says = true
				said++
			}
			var bit uint8 = seenLower
			if t.cap {
				if k == 0 || !all[k-1].word {
					continue
				}
				bit = seenMidCap
			}
			if f := x.vocab[t.l]; f&bit == 0 {
				x.vocab[t.l] = f | bit
			}
		}
		if keep {
			x.pool = append(x.pool, all...)
		}
		offs[i+1] = len(x.pool)
	}
	sc.all, sc.pool = all, x.pool
	if told > 0 && said >= 2 {
		// one sentence that reports speech is no conversation's share: in
		// a learner's note of eleven lines, "Alan Turing described the
		// universal machine in a paper" would be one in eleven
		x.reported = float32(said) / float32(told)
	}
	x.terse = told >= terseSentences && words <= terseWords*told
	// the written cards are handed over in document order among the facts
	n.InOrder(func(i int) {
		if keep {
			x.toks = x.pool[offs[i]:offs[i+1]]
		} else {
			x.toks = tokenize(n.Sentences[i].Text, x.toks)
		}
		x.facts = x.facts[:0]
		x.sentence(&n.Sentences[i])
		for _, f := range x.facts {
			fn(f)
		}
	}, func(c *WrittenCard) { fn(writtenFact(n, c)) })
}

// A note is terse (Fact.Terse) when it has terseSentences sentences or
// more and they average terseWords words or fewer (numbers not counted).
// The notes of talks average twenty and more; 396 of the 10,000 of the
// corpus are terse, most of them lists: tips, tools, steps, key points.
const (
	terseSentences = 3
	terseWords     = 12
)

// scratch is the memory ExtractEach needs only while it runs, kept between
// notes: allocating it afresh for every note of a large import cost more
// than the extraction of small notes.
type scratch struct {
	pool, all []token
	allUsed   int // the longest sentence written to all
	vocab     map[string]uint8
}

var scratchPool = sync.Pool{New: func() any { return &scratch{vocab: make(map[string]uint8, 256)} }}

// release clears what the scratch holds (so that it keeps no note's text
// alive) and returns it to the pool.
// Buffers grown by an unusually large note are dropped rather than kept.
func (sc *scratch) release() {
	clear(sc.pool) // appends wrote no further than its length
	clear(sc.all[:sc.allUsed])
	sc.pool, sc.all, sc.allUsed = sc.pool[:0], sc.all[:0], 0
	if cap(sc.pool) > 1<<16 {
		sc.pool = nil
	}
	if cap(sc.all) > 1<<12 {
		sc.all = nil
	}
	if len(sc.vocab) > 1<<12 {
		sc.vocab = make(map[string]uint8, 256)
	} else {
		clear(sc.vocab)
	}
	scratchPool.Put(sc)
}

const (
	seenLower  uint8 = 1 << iota // the note writes the word in lower case
	seenMidCap                   // the note capitalises it mid-sentence
)

// nameAtStart rejects a single capitalised word opening the sentence
// unless it is a name: the note capitalises it mid-sentence and never
// writes it small, or, in a note that never writes it small either,
// English writes it only with a capital ("Cairo, the capital of Egypt,
// has ...": a learner's note may name Cairo only at a line's start).
func (x *extractor) nameAtStart(s, e int) bool {
	if s != x.body || e-s != 1 {
		return true
	}
	w := x.toks[s].s
	if len(w) >= 2 && isUpperWord(w) {
		return true
	}
	f := x.vocab[x.toks[s].l]
	return f&seenLower == 0 && (f&seenMidCap != 0 || propernames.Is(x.toks[s].l))
}

type extractor struct {
	note  *Note
	pool  []token
	vocab map[string]uint8 // lower-case word → seenLower|seenMidCap
	// forceSubject, when set, is the subject of the next fact added
	forceSubject string
	s            *Sentence
	text         string
	toks         []token
	body         int // first token after a bold label
	taken        []span
	facts        []Fact
	first        int     // index of the first fact of the current sentence
	reported     float32 // Fact.Reported of the note's facts
	terse        bool    // Fact.Terse of the note's facts
	// the last section heading glossary read, and the kind of glossary it
	// heads (see glossary.go)
	glossaryHead string
	glossaryRead bool
	glossaryKind GlossaryKind
}

// mined reports whether a sentence is read for facts: a heading, a scrap
// of a few letters, a link alone (an item of a list of related pages,
// "Impact of the 2016 election on Kesh", whose label is a title, not a
// claim) or the attribution under a quotation ("— Ana Velt, in a 1968
// letter") is not, nor counted among the note's sentences for
// Fact.Reported.
func mined(s *Sentence) bool {
	return s.Block != "heading" && len(s.Text) >= 8 && !(len(s.Links) == 1 && strings.TrimRight(s.Text, ".") == s.Links[0].Label) &&
		!strings.HasPrefix(s.Text, "—") && !strings.HasPrefix(s.Text, "–")
}

func (x *extractor) sentence(s *Sentence) {
	if !mined(s) {
		return
	}
	x.s, x.text = s, s.Text
	x.taken = x.taken[:0]
	x.first = len(x.facts)
	x.body = 0
	if s.LabelLen > 0 {
		for x.body < len(x.toks) && x.toks[x.body].start < s.LabelLen {
			x.body++
		}
		if x.body < len(x.toks) && x.toks[x.body].s == ":" {
			x.body++
		}
		if x.body >= len(x.toks)-1 {
			// a label alone ("Iran:") holds nothing to ask, but a fact
			// sheet's field of one word does ("**Capital**: Lima")
			x.fieldLine()
			return
		}
	}
	if s.Block == "cell" {
		// a table's cell: a field's value, no claim (see dataTable);
		// "Image status: First-ever image released (April 10, 2019)" is
		// no sentence to blank a date of
		x.fieldLine()
		return
	}
	hasDigit := false
	for _, t := range x.toks {
		if t.num {
			hasDigit = true
			break
		}
	}
	if hasDigit || x.hasMonth() {
		x.dates(hasDigit)
	}
	if hasDigit || x.hasNumberWord() {
		x.numbers()
	}
	x.actors()
	x.responses()
	x.places()
	x.definitions()
	x.causes()
	x.glossary()
	x.fieldLine()
}

func (x *extractor) hasNumberWord() bool {
	for _, t := range x.toks {
		if t.word && !t.num {
			l := t.l
			if _, ok := numberWords[l]; ok && l != "a" && l != "one" {
				return true
			}
			if _, ok := fractions[l]; ok {
				return true
			}
		}
	}
	return false
}

func (x *extractor) overlaps(a, b int) bool {
	for _, sp := range x.taken {
		if a < sp.end && b > sp.start {
			return true
		}
	}
	return false
}

// presentVerbs are verbs in the present that a name's run of words can
// swallow when it lets common nouns close it ("discussed by Dr. Ranganath
// involves harnessing curiosity", "The Compass app allows unlimited
// waypoints"): none of them closes a name as a noun would ("US firms").
var presentVerbs = set(`involves allows shows applies provides includes requires offers helps
	enables means remains becomes seems takes gives creates leads suggests explains describes
	argues believes continues relies depends focuses emphasizes highlights says makes gets goes
	utilizes`)

// withoutVerb returns the end of the actor text[a:b] less a verb in the
// present that closes it (see presentVerbs), and what follows that verb.
func withoutVerb(text string, a, b int) int {
	for i := a; i < b; i++ {
		if text[i] != ' ' {
			continue
		}
		j := i + 1
		for j < b && text[j] != ' ' {
			j++
		}
		if presentVerbs[text[i+1:j]] {
			return i
		}
	}
	return b
}

// add records a fact whose answer is text[a:b].
func (x *extractor) add(kind Kind, a, b int, value string) {
	for a < b && (x.text[a] == ' ' || x.text[a] == '"' || x.text[a] == ',') {
		a++
	}
	for b > a && strings.IndexByte(` ,;:"'.`, x.text[b-1]) >= 0 {
		if x.text[b-1] == '.' && (b-a <= 4 || endsWithInitials(x.text[a:b])) { // keep "Jr." / "U.S." / "the U.S."
			break
		}
		b--
	}
	if kind == Actor {
		b = withoutVerb(x.text, a, b)
	}
	if kind == Definition && leadsIntoList(x.text[b:]) {
		// "a bullish pattern characterized by:" goes on in the list the
		// sentence introduces: the meaning without it is cut short
		return
	}
	if b <= a || strings.Count(x.text[a:b], `"`)%2 == 1 {
		return // an unbalanced quote means the span was cut mid-quotation
	}
	if b+2 < len(x.text) && x.text[b] == '.' && strings.IndexByte(" ,;:)", x.text[b+1]) >= 0 && endsWithAbbreviation(x.text[a:b]) {
		b++ // "moved to the U.S. and studied", "near Washington D.C., killing": the dot is the abbreviation's, not the sentence's
	}
	for _, f := range x.facts[x.first:] {
		if f.Kind == kind && f.Start == a && len(f.Answer) == b-a {
			return
		}
	}
	x.taken = append(x.taken, span{a, b})
	s := x.s
	f := Fact{
		Kind: kind, Answer: x.text[a:b], Value: value, Sentence: s.Text, Start: a, LabelLen: s.LabelLen,
		Label: s.Label, Heading: s.Heading, Note: x.note.Path, Title: x.note.Title, VideoID: x.note.VideoID,
		Line: s.Line, T: s.T, Cue: x.cue(a, b), Reported: x.reported, Terse: x.terse,
	}
	switch {
	case x.forceSubject != "":
		f.Subject = x.forceSubject
	case kind == Actor && (x.prevWord(a) == "by" || x.prevWord(a) == "alongside"):
		// "orchestrated by X": what X did comes before it
		f.Subject = f.Cue
	case kind == Actor:
		// an actor fact is about what was done: its predicate
		f.Subject = x.predicate(a, b)
	case kind == Response && !strings.Contains(f.Answer, " "):
		// "ties were severed": the fact is about what was severed
		f.Subject = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(f.Cue, " was"), " were"), " been")
	}
	if f.Subject == "" {
		f.Subject = x.subject(kind, a, b)
	}
	f.URL = videoURL(x.note.VideoID, s.T)
	x.facts = append(x.facts, f)
}

// addAbout adds the definition text[a:b] of subject, which the sentence
// names elsewhere or not at all: an acronym's expansion, the name a
// phrase identifies, a glossary's meaning of its term.
func (x *extractor) addAbout(subject string, a, b int) {
	x.forceSubject = subject
	x.add(Definition, a, b, "")
	x.forceSubject = ""
}

// leadsIntoList reports whether rest, what follows a span in its
// sentence, is only the colon that introduces a list.
func leadsIntoList(rest string) bool {
	rest = strings.TrimSpace(rest)
	return strings.HasPrefix(rest, ":") && strings.TrimSpace(rest[1:]) == ""
}

// videoURL links to second t of video id (its start when t < 0); "" when
// the note names no video.
func videoURL(id string, t int) string {
	if id == "" {
		return ""
	}
	if t < 0 {
		return "https://www.youtube.com/watch?v=" + id
	}
	return "https://www.youtube.com/watch?v=" + id + "&t=" + strconv.Itoa(t) + "s"
}

// predicate is the verb phrase after an actor, up to the end of its clause.
func (x *extractor) predicate(a, b int) string {
	rest := x.text[b:]
	if strings.HasPrefix(rest, ",") && !strings.HasSuffix(strings.TrimRight(x.text[:a], " "), ",") {
		// skip an apposition: "Ukraine, a vital region, had supplied"
		if i := strings.IndexByte(rest[1:], ','); i >= 0 {
			rest = rest[i+2:]
		}
	}
	rest = strings.TrimLeft(rest, " :,")
	if i := strings.IndexAny(rest, ",;:(."); i >= 0 {
		rest = rest[:i]
	}
	w := strings.Fields(rest)
	if len(w) > 8 {
		w = w[:8]
	}
	return strings.Join(w, " ")
}

// cue is the clause that leads to the answer: the words before it in its
// clause, or the words after it when the answer opens the clause.
func (x *extractor) cue(a, b int) string {
	before := x.text[max(0, a-160):a]
	if i := strings.LastIndexAny(before, ",;:("); i >= 0 && len(strings.Fields(before[i+1:])) >= 2 {
		before = before[i+1:]
	}
	if w := strings.Fields(before); len(w) >= 2 {
		if len(w) > 10 {
			w = w[len(w)-10:]
		}
		return strings.Join(w, " ")
	}
	after := x.text[b:min(len(x.text), b+160)]
	if i := strings.IndexAny(after, ";:("); i >= 0 {
		after = after[:i]
	}
	w := strings.Fields(after)
	if len(w) > 10 {
		w = w[:10]
	}
	return strings.TrimRight(strings.Join(w, " "), ".,")
}

// subject is what a fact is about: the bold label of its list item, else the
// first name in the sentence outside the answer, else the nearest heading.
func (x *extractor) subject(kind Kind, a, b int) string {
	if x.s.Label != "" && !strings.EqualFold(x.s.Label, x.text[a:b]) {
		return x.s.Label
	}
	for i := x.body; i < len(x.toks); i++ {
		t := x.toks[i]
		if !t.cap || t.num || capStop[t.s] || months[t.s] > 0 {
			continue
		}
		e := x.properAt(i, false)
		if e == i || !x.nameAtStart(i, e) {
			continue
		}
		if e == i+1 && e < len(x.toks) && x.toks[e].word && !x.toks[e].cap && !x.toks[e].num && !stopWords[x.toks[e].s] && !isPastVerb(x.toks[e].s) {
			continue // "a Russian lawmaker": an adjective, not the subject
		}
		sa, sb := x.toks[i].start, x.toks[e-1].end
		if sa >= a && i != x.body {
			break // a name after the answer is rarely what the fact is about
		}
		if sa < b && sb > a {
			i = e - 1
			continue
		}
		return x.text[sa:sb]
	}
	if h := x.s.Heading; len(h) > 0 {
		return h[len(h)-1]
	}
	return x.note.Title
}

// ---- dates ----

func (x *extractor) hasMonth() bool {
	for _, t := range x.toks {
		if t.cap && months[t.s] > 0 && len(t.s) > 3 {
			return true
		}
	}
	return false
}

// prevWord/nextWord are the words around a byte span.
func (x *extractor) prevWord(a int) string {
	e := a
	for e > 0 && x.text[e-1] == ' ' {
		e--
	}
	s := e
	for s > 0 && x.text[s-1] != ' ' {
		s--
	}
	return strings.Trim(x.text[s:e], `,;:"'(`)
}

func (x *extractor) nextWord(b int) string {
	s := b
	for s < len(x.text) && x.text[s] == ' ' {
		s++
	}
	e := s
	for e < len(x.text) && x.text[e] != ' ' {
		e++
	}
	return strings.Trim(x.text[s:e], `,;:"'.)`)
}

func (x *extractor) dateContextOK(group string, a, b int) bool {
	prevCh := byte(' ')
	if a > 0 {
		prevCh = x.text[a-1]
	}
	if r, _ := utf8.DecodeLastRuneInString(x.text[:a]); currencySign(r) || prevCh == '-' && group == "y" || prevCh == '.' || prevCh == ',' && a > 1 && x.text[a-2] >= '0' && x.text[a-2] <= '9' {
		return false
	}
	if b < len(x.text) && (x.text[b] == '%' || b+1 < len(x.text) && (x.text[b] == '.' || x.text[b] == ',') && x.text[b+1] >= '0' && x.text[b+1] <= '9') {
		return false
	}
	next := lower(x.nextWord(b))
	prev := x.prevWord(a)
	switch group {
	case "y", "yr", "dec":
		if pp := x.prevWord(max(0, a-len(prev)-1)); pp == "part" || pp == "parts" || pp == "out" {
			return false // "one part in 1000", "one out of 1000"
		}
		if units[next] || populationNouns[next] || next == "times" || scales[next] > 0 {
			return false
		}
		if group == "y" && x.text[b:] != "" && strings.HasPrefix(x.text[b:], "-") {
			return false
		}
		if group == "y" && next != "" && !stopWords[next] && strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss") && unicode.IsLower(rune(next[0])) && !isPastVerb(next) {
			return false // "1500 soldiers"
		}
		if group == "y" && x.countAfterVerb(b, prev, next) {
			return false // "gain 1000 gold", "deals 1000 damage"
		}
		if group == "y" && boundHedges[strings.ToLower(prev)] && next != "" && !stopWords[next] && unicode.IsLower(rune(next[0])) {
			return false // "Over 1100 community-built servers": a year is not "over" anything
		}
	case "md":
		return prev == "on" || prev == "On" || prev == "since" || prev == "until" || prev == "by" || prev == "from" || prev == "of" || prev == "to"
	case "mon":
		if !(prev == "in" || prev == "In" || prev == "by" || prev == "By" || prev == "until" || prev == "since" || prev == "Since" || prev == "early" || prev == "late" || prev == "mid" || prev == "of") {
			return false
		}
		return x.text[a:b] != "May" || prev == "in" || prev == "In"
	}
	return true
}

// countAfterVerb reports whether the bare number at a:b, read as a year,
// is the count a verb of having or gaining takes: "gain 1000 gold", "has
// 1800 HP", "yield 1574 KSH", "deals 1000 damage". A year after such a
// verb is followed by punctuation or a function word ("had 1998 in
// mind" aside), and one standing for an event follows a preposition or
// a determiner ("in 1945", "the 2008 crisis").
func (x *extractor) countAfterVerb(b int, prev, next string) bool {
	if next == "" || stopWords[next] || eras[x.nextWord(b)] || !countVerbs[strings.ToLower(prev)] {
		return false
	}
	s := b
	for s < len(x.text) && x.text[s] == ' ' {
		s++
	}
	return s > b && s < len(x.text) && isLetter(x.text[s])
}

// boundHedges bound a count ("over 1100 servers", "more than 1500 new
// members"); before a year, they would bound nothing.
var boundHedges = set(`over than least nearly almost`)

// countVerbs take a count of what is had, gained or given.
var countVerbs = set(`has have had gain gains gained deal deals dealt yield yields yielded receive receives received
	earn earns earned inflict inflicts inflicted cost costs add adds added lose loses lost score scores scored
	offer offers offered reach reaches reached`)

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// dateValue normalises a date span: "2022-07-15", "2022-07", "1970/1979".
func dateValue(group, s string) string {
	digits := func(s string) []int {
		var out []int
		n, in := 0, false
		for _, r := range s {
			if r >= '0' && r <= '9' {
				n, in = n*10+int(r-'0'), true
			} else if in {
				out, n, in = append(out, n), 0, false
			}
		}
		if in {
			out = append(out, n)
		}
		return out
	}
	monthOf := func(s string) int {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if m := months[w]; m > 0 {
				return m
			}
		}
		return 0
	}
	d := digits(s)
	sign := "" // a year before the common era ("44 BC") is negative
	if strings.Contains(s, "BC") {
		sign = "-"
	}
	switch group {
	case "mdy":
		if len(d) >= 2 {
			return fmt.Sprintf("%s%04d-%02d-%02d", sign, d[len(d)-1], monthOf(s), d[0])
		}
	case "dmy":
		if len(d) >= 2 {
			return fmt.Sprintf("%s%04d-%02d-%02d", sign, d[len(d)-1], monthOf(s), d[0])
		}
	case "mmy":
		f := strings.Fields(s)
		if len(d) == 1 && len(f) >= 3 {
			return fmt.Sprintf("%04d-%02d/%04d-%02d", d[0], months[f[0]], d[0], months[strings.TrimRight(f[2], ",")])
		}
	case "my":
		if len(d) == 1 {
			return fmt.Sprintf("%s%04d-%02d", sign, d[0], monthOf(s))
		}
	case "season", "y", "qy":
		if len(d) == 1 {
			return strconv.Itoa(d[0])
		}
	case "dec":
		if len(d) == 1 {
			lo, hi := d[0], d[0]+9
			if d[0]%100 == 0 && d[0] >= 1000 && false {
				hi = d[0] + 99
			}
			ls := strings.ToLower(s)
			switch {
			case strings.HasPrefix(ls, "early"):
				hi = lo + 3
			case strings.HasPrefix(ls, "mid"):
				lo, hi = lo+3, lo+6
			case strings.HasPrefix(ls, "late"):
				lo = lo + 7
			}
			return fmt.Sprintf("%d/%d", lo, hi)
		}
	case "yr":
		if len(d) == 2 {
			hi := d[1]
			if hi < 100 {
				hi = d[0]/100*100 + hi
			}
			return fmt.Sprintf("%d/%d", d[0], hi)
		}
	case "era":
		if len(d) == 1 {
			return sign + strconv.Itoa(d[0])
		}
	}
	return ""
}

// ---- numbers: population, quantity, ranking ----

var superlative = set(`largest biggest smallest highest lowest most least richest poorest oldest youngest
	longest shortest busiest deadliest strongest weakest greatest best worst fastest slowest populous`)

var wordOrdinals = set(`second third fourth fifth sixth seventh eighth ninth tenth`)

func isOrdinal(s string) bool {
	if len(s) < 3 || s[0] < '0' || s[0] > '9' {
		return false
	}
	suf := s[len(s)-2:]
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return false
	}
	for _, c := range s[:len(s)-2] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// ordinalAt reports whether the word at i, after "a third", "a fifth" and
// the like, is a noun the fraction counts off as one of a row ("a third
// speaker", "a fifth season") rather than what follows a share ("a third
// of", "a third less", "a quarter cup", "a third by 2030", or the
// sentence's end).
func (x *extractor) ordinalAt(i int) bool {
	if i >= len(x.toks) || !x.toks[i].word || x.toks[i].cap || x.toks[i].num {
		return false
	}
	l := x.toks[i].l
	if units[l] || measureNouns[l] || shareVerbs[l] || stopWords[l] || comparatives[l] || l == "fewer" || l == "cheaper" || strings.HasSuffix(l, "ly") || isPastVerb(l) {
		return false
	}
	return x.nounAt(i)
}

// measureNouns are measures a share is of ("a quarter cup", "a third
// turn"), beyond the units the amounts read.
var measureNouns = set(`cup cups teaspoon teaspoons tablespoon tablespoons kilo kilos turn turns
	inch mile pound point points share stake century`)

// shareVerbs agree with a share of a group ("a quarter earn high
// salaries", "a third believe"), which is then an amount.
var shareVerbs = set(`are were have had say said believe believed think thought want wanted earn
	earned live lived work worked own owned use used prefer preferred support supported oppose
	opposed expect expected feel felt agree agreed disagree disagreed plan planned report reported
	come came go went do did die died vote voted`)

// inPower reports whether the number at text[a:b] is a power's base or
// exponent ("10^3 meters", "10^-10 meters", as "<sup>" is read): neither
// is the amount, and "3 meters" would be wrong.
func inPower(text string, a, b int) bool {
	before := strings.TrimRight(text[:a], "-−")
	return strings.HasSuffix(before, "^") || strings.HasPrefix(text[b:], "^")
}

// inRatio reports whether the number at text[a:b] is a term of a ratio
// or a clock time ("a 20:1 ratio", "a 100:1 return", "at 2:05 AM"),
// which is no amount of anything ("20 people" it was read).
func inRatio(text string, a, b int) bool {
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	return b+1 < len(text) && text[b] == ':' && digit(text[b+1]) || a >= 2 && text[a-1] == ':' && digit(text[a-2])
}

func (x *extractor) numbers() {
	popCtx := false
	for _, t := range x.toks {
		if t.word && populationContext[t.l] {
			popCtx = true
			break
		}
	}
	for i := 0; i < len(x.toks); i++ {
		t := x.toks[i]
		if !t.word {
			continue
		}
		if x.overlaps(t.start, t.end) {
			continue
		}
		// rankings: "17th largest", "140th among 193", "second largest"
		if isOrdinal(t.s) || wordOrdinals[t.l] && i+1 < len(x.toks) && superlative[x.toks[i+1].l] {
			next := ""
			if i+1 < len(x.toks) {
				next = x.toks[i+1].l
			}
			if next == "century" || next == "centuries" || next == "anniversary" || next == "birthday" || next == "-" {
				continue
			}
			if isOrdinal(t.s) {
				x.add(Ranking, t.start, t.end, strings.TrimRight(t.s, "stndrh"))
			} else {
				x.add(Ranking, t.start, t.end, "")
			}
			continue
		}
		if t.num && i > 0 && x.toks[i-1].cap && x.toks[i-1].word && months[x.toks[i-1].s] == 0 && !hedgeWords[x.toks[i-1].l] {
			continue // "Apollo 11", "Article 5": a number inside a name
		}
		if l := t.l; !t.num && !numberStart[l] && !(strings.IndexByte(l, '-') > 0 && numberStart[l[:strings.IndexByte(l, '-')]]) && fractions[l] == 0 {
			continue
		}
		q, ok := x.numberAt(i)
		if !ok {
			continue
		}
		a, b := x.toks[q.start].start, x.toks[q.end-1].end
		if x.overlaps(a, b) || inPower(x.text, a, b) || inRatio(x.text, a, b) {
			i = q.end - 1
			continue
		}
		kind := Quantity
		switch {
		case q.money:
		case q.people:
			kind = Population
		case popCtx && !q.unit && !q.tail:
			kind = Population
		}
		if kind == Quantity && !q.unit && !q.hedge && !q.scale && !q.percent && !q.money && (!q.tail || !x.toks[q.start].num) {
			i = q.end - 1
			continue // a bare number says nothing on its own
		}
		if y := x.toks[q.start].s; kind == Quantity && !q.unit && !q.hedge && !q.scale && !q.percent && !q.money && isYear(y) &&
			(y >= "1900" || q.start > 0 && yearLeads[x.toks[q.start-1].l]) {
			// a year the date rules left, with the noun after it: it labels
			// the noun ("the 2008 crisis", "to 2021 levels") or is a date
			// misread ("from 1826 onwards", "The war of 1979 highlights"),
			// no amount. From 1900 on, a count of four digits is much rarer
			// than a year; before, "to 1163 countries" is one
			i = q.end - 1
			continue
		}
		if kind == Quantity {
			// "−196 °C", "−2.5%": a minus sign glued to the figure is its own
			if n := minusBefore(x.text, a); n > 0 {
				a -= n
				q.value = "-" + strings.TrimPrefix(q.value, "-")
			}
		}
		x.add(kind, a, b, q.value)
		i = q.end - 1
	}
}

// minusBefore is the length of the minus sign (a hyphen or "−") right
// before text[a:], with a space or the text's start before it, or 0.
func minusBefore(text string, a int) int {
	for _, m := range [...]string{"−", "-"} {
		if n := len(m); a >= n && text[a-n:a] == m && (a == n || text[a-n-1] == ' ' || text[a-n-1] == '(') {
			return n
		}
	}
	return 0
}

// yearLeads are the words before a year that labels what follows it, or
// dates it: a determiner, a possessive or a preposition of time.
var yearLeads = set(`the a an its their his her our from in since during until till by before after near`)

type numPhrase struct {
	start, end                                              int // token range
	value                                                   string
	hedge, scale, unit, tail, percent, money, people, vague bool
}

func (x *extractor) tok(i int) string {
	if i < 0 || i >= len(x.toks) {
		return ""
	}
	return x.toks[i].s
}

func (x *extractor) ltok(i int) string {
	if i < 0 || i >= len(x.toks) {
		return ""
	}
	return x.toks[i].l
}

// numberAt reads a number phrase starting at token i: [hedge] number
// [range] [scale] [unit | up to three nouns] [per unit].
func (x *extractor) numberAt(i int) (numPhrase, bool) {
	q := numPhrase{start: i}
	j := i
	// hedges
	for _, hw := range hedgeSplit {
		ok := true
		for k, w := range hw {
			if x.ltok(j+k) != w {
				ok = false
				break
			}
		}
		if ok {
			j += len(hw)
			q.hedge = true
			break
		}
	}
	if !q.hedge && hedgeWords[x.ltok(j)] {
		j++
		q.hedge = true
	}
	v, n, kind := x.numberCore(j)
	if n == 0 {
		return q, false
	}
	if q.hedge && j == i+1 && x.ltok(i) == "some" && kind == "" && v < 10 {
		return q, false
	}
	j += n
	// "two and a half years"
	if kind == "" && x.ltok(j) == "and" && x.ltok(j+1) == "a" && x.ltok(j+2) == "half" {
		j += 3
		v += 0.5
	}
	val := v
	switch kind {
	case "hyphenunit":
		q.end, q.unit, q.value = j, true, fmtNum(v)
		return q, true
	case "vague":
		q.vague = true
	case "percent":
		q.percent = true
	case "money":
		q.money = true
	case "fraction":
		q.percent = true
	}
	// range: "500,000 to 900,000", "50 to 100"
	if w := x.ltok(j); (w == "to" || w == "-" || w == "–" || w == "and" && x.ltok(i-1) == "between") && kind != "vague" {
		if v2, n2, k2 := x.numberCore(j + 1); n2 > 0 && k2 != "hyphenunit" {
			hi := v2
			j += 1 + n2
			if k2 == "percent" {
				q.percent = true
			}
			defer func() {}()
			val = -1
			q.value = fmtNum(v) + "/" + fmtNum(hi)
		}
	}
	// scales: "90 million", "half a million", "several thousand"
	mult := 1.0
	for {
		w := x.ltok(j)
		if w == "a" && scales[x.ltok(j+1)] > 0 && (kind == "fraction" || v == 0.5) {
			j++
			continue
		}
		if s, ok := scales[w]; ok && !(w == "m" || w == "k") || ok && x.toks[j-1].end == x.toks[j].start {
			mult *= s
			q.scale = true
			j++
			continue
		}
		break
	}
	if val >= 0 {
		q.value = fmtNum(val * mult)
	} else if mult != 1 {
		lo, hi, _ := strings.Cut(q.value, "/")
		fl, _ := strconv.ParseFloat(lo, 64)
		fh, _ := strconv.ParseFloat(hi, 64)
		q.value = fmtNum(fl*mult) + "/" + fmtNum(fh*mult)
	}
	if q.vague && !q.scale && (x.ltok(j) == "of" || kind == "vague") {
		// "thousands of members": a vague count on its own is no fact
		if !(units[x.ltok(j)] || populationNouns[x.ltok(j)]) {
			return q, false
		}
	}
	// "one part in 1000", "5 parts per million"
	if w := x.ltok(j); (w == "part" || w == "parts") && (x.ltok(j+1) == "in" || x.ltok(j+1) == "per") {
		if _, ok := parseNum(x.tok(j + 2)); ok {
			q.end, q.unit = j+3, true
			return q, true
		}
	}
	// casualties: "five died", "36 dead"
	if casualtyWords[x.ltok(j)] {
		q.end, q.tail, q.unit = j+1, true, true
		return q, true
	}
	// units
	if w := x.ltok(j); w == "per" && x.ltok(j+1) == "cent" {
		j += 2
		q.percent = true
	} else if w == "percent" || w == "%" {
		j++
		q.percent = true
	}
	if !q.percent {
		if w := x.ltok(j); units[w] || populationNouns[w] {
			q.unit = true
			if populationNouns[w] {
				q.people = true
			}
			if money[w] {
				q.money = true
			}
			j++
			if units[x.ltok(j)] && x.ltok(j) != "times" {
				j++
			}
			if w == "times" {
				if comparatives[x.ltok(j)] {
					j++
					if x.nounAt(j) || j < len(x.toks) && strings.HasSuffix(x.ltok(j), "ing") && !x.toks[j].cap {
						j++
					}
				}
			}
		} else if !q.vague && !q.money {
			// up to three nouns: "250,000 heart disease deaths", "36 dead"
			k := 0
			for k < 3 && x.nounAt(j) {
				w := x.ltok(j)
				if k > 0 && strings.HasSuffix(w, "ed") {
					break // "70-90 seats based on": a verb, not part of the unit
				}
				j++
				k++
				if strings.HasSuffix(w, "ed") || populationNouns[w] {
					if populationNouns[w] {
						q.people = true
					}
					break
				}
			}
			if k > 0 {
				q.tail = true
			}
		}
	}
	if (q.unit || q.tail) && x.ltok(j) == "per" && x.nounAt(j+1) {
		j += 2
	}
	q.end = j
	return q, true
}

// hedgeSplit holds hedgePhrases as words; numberStart every word that can
// open a number phrase (a cheap gate before numberAt).
var hedgeSplit, numberStart = func() ([][]string, map[string]bool) {
	var split [][]string
	start := map[string]bool{}
	for _, h := range hedgePhrases {
		w := strings.Fields(h)
		split = append(split, w)
		start[w[0]] = true
	}
	for w := range hedgeWords {
		start[w] = true
	}
	for w := range numberWords {
		start[w] = true
	}
	for f := range fractions {
		start[strings.Fields(f)[0]] = true
	}
	return split, start
}()

var casualtyWords = set(`died dead killed injured wounded perished drowned executed missing`)

var money = set(`dollars dollar euros euro rubles ruble roubles yen yuan pounds rupees francs marks pesos won guilders`)
var comparatives = set(`more higher greater larger less lower faster smaller bigger longer shorter heavier as`)

// nounAt reports whether token i can continue a quantity as a noun: a
// lower-case word that is not a stop word, adverb or number, or an acronym
// followed by such a word ("IQ points").
func (x *extractor) nounAt(i int) bool {
	if i >= len(x.toks) {
		return false
	}
	t := x.toks[i]
	if !t.word || t.num {
		return false
	}
	l := t.l
	if stopWords[l] || strings.HasSuffix(l, "ly") || scales[l] > 0 || l == "population" {
		return false
	}
	if _, ok := numberWords[l]; ok {
		return false
	}
	if t.cap {
		if len(t.s) >= 2 && t.s == strings.ToUpper(t.s) && i+1 < len(x.toks) && !x.toks[i+1].cap && x.toks[i+1].word && !stopWords[x.toks[i+1].l] {
			return true
		}
		return false
	}
	if strings.HasSuffix(l, "ing") || isPastVerb(l) && !strings.HasSuffix(l, "ed") {
		return false
	}
	return true
}

// numberCore reads the number itself at token i and returns its value, the
// tokens used and a kind: "", "percent", "money", "fraction", "vague",
// "hyphenunit" ("15-month", "eight-year").
func (x *extractor) numberCore(i int) (float64, int, string) {
	if i >= len(x.toks) {
		return 0, 0, ""
	}
	t := x.toks[i]
	if !t.word {
		return 0, 0, ""
	}
	s := t.s
	l := t.l
	if t.num {
		if isOrdinal(s) {
			return 0, 0, ""
		}
		kind := ""
		if r, size := utf8.DecodeRuneInString(s); currencySign(r) {
			kind = "money"
			s = s[size:]
		}
		if strings.HasSuffix(s, "%") {
			kind = "percent"
			s = strings.TrimSuffix(s, "%")
		}
		// "90-95", "15-month", "2,500-kilometre"
		if a, b, ok := strings.Cut(s, "-"); ok || strings.Contains(s, "–") {
			if !ok {
				a, b, _ = strings.Cut(s, "–")
			}
			va, okA := parseNum(a)
			if !okA {
				return 0, 0, ""
			}
			if vb, okB := parseNum(strings.TrimSuffix(b, "%")); okB {
				_ = vb
				return va, 1, kind
			}
			if units[strings.ToLower(b)] || units[strings.ToLower(b)+"s"] {
				return va, 1, "hyphenunit"
			}
			return 0, 0, ""
		}
		// "2.8m", "5bn"
		v, ok := parseNum(s)
		if !ok {
			return 0, 0, ""
		}
		if kind == "" && v >= 1000 && v <= 2100 && !strings.Contains(s, ",") && !strings.Contains(s, ".") {
			// a bare four-digit number in this range reads as a year unless a scale or unit follows
			n := x.ltok(i + 1)
			if !(scales[n] > 0 || units[n] || populationNouns[n] || x.nounAt(i+1) && !isPastVerb(n)) {
				return 0, 0, ""
			}
		}
		return v, 1, kind
	}
	if f, ok := fractions[l]; ok {
		return f, 1, "fraction"
	}
	if l == "a" || l == "one" {
		n := x.ltok(i + 1)
		if l == "one" && n == "part" {
			return 1, 1, ""
		}
		if f, ok := fractions["a "+n]; ok {
			if x.ordinalAt(i + 2) {
				return 0, 0, "" // "a third speaker", "A third approach": which one, not how much
			}
			return f, 2, "fraction"
		}
		if s, ok := scales[n]; ok && n != "m" && n != "k" {
			_ = s
			return 1, 1, ""
		}
		if l == "a" && (n == "dozen" || n == "few") {
			return 12, 2, "vague"
		}
		return 0, 0, ""
	}
	if a, b, ok := strings.Cut(l, "-"); ok {
		if v, ok := numberWords[a]; ok && v >= 2 {
			if units[b] || units[b+"s"] {
				return v, 1, "hyphenunit"
			}
			if v2, ok := numberWords[b]; ok && v2 < 10 && v >= 20 { // twenty-five
				return v + v2, 1, ""
			}
		}
		return 0, 0, ""
	}
	if v, ok := numberWords[l]; ok && l != "a" && l != "half" {
		switch l {
		case "several", "hundreds", "thousands", "millions", "billions", "dozens", "dozen":
			return v, 1, "vague"
		case "hundred", "thousand":
			return 0, 0, ""
		}
		return v, 1, ""
	}
	if l == "half" && x.ltok(i+1) == "a" && scales[x.ltok(i+2)] > 0 {
		return 0.5, 1, ""
	}
	return 0, 0, ""
}

func parseNum(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	if s == "" {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// ---- actors and responses ----

// isPastVerb reports a past-tense form: -ed (not adjectives like "red") or
// a known irregular form.
func isPastVerb(l string) bool {
	if _, ok := irregular[l]; ok {
		return true
	}
	return len(l) > 4 && strings.HasSuffix(l, "ed") && !notVerbs[l]
}

// verbBase strips regular inflection: "severed"→"sever", "denied"→"deny",
// "imposes"→"impose", "banned"→"ban".
func verbBase(l string) string {
	if b, ok := verbBases[l]; ok {
		return b
	}
	return l
}

// verbBases is verbForms with the irregular forms over it: one lookup
// for the many words that are neither.
var verbBases = func() map[string]string {
	m := make(map[string]string, len(verbForms)+len(irregular))
	for form, base := range verbForms {
		m[form] = base
	}
	for form, base := range irregular {
		m[form] = base
	}
	return m
}()

// verbForms maps every regular inflection of the reaction and conflict
// verbs to its base form, so a lookup replaces suffix stripping.
var verbForms = func() map[string]string {
	m := map[string]string{}
	add := func(form, base string) {
		if _, ok := m[form]; !ok {
			m[form] = base
		}
	}
	for _, verbs := range []map[string]bool{reactionVerbs, conflictVerbs} {
		for b := range verbs {
			add(b, b)
			n := len(b)
			switch {
			case strings.HasSuffix(b, "e"):
				add(b+"s", b)
				add(b+"d", b)
				add(b[:n-1]+"ing", b)
			case strings.HasSuffix(b, "y") && n > 2 && !strings.ContainsRune("aeiou", rune(b[n-2])):
				add(b[:n-1]+"ies", b)
				add(b[:n-1]+"ied", b)
				add(b+"ing", b)
			default:
				add(b+"s", b)
				add(b+"es", b)
				add(b+"ed", b)
				add(b+"ing", b)
				last := b[n-1]
				if n >= 3 && !strings.ContainsRune("aeiouwxy", rune(last)) && strings.ContainsRune("aeiou", rune(b[n-2])) && !strings.ContainsRune("aeiou", rune(b[n-3])) {
					add(b+string(last)+"ed", b)
					add(b+string(last)+"ing", b)
				}
			}
		}
	}
	return m
}()

var adverbs = set(`also then later soon famously quickly eventually officially formally once still again even
	first finally subsequently immediately promptly initially publicly openly reportedly allegedly unanimously
	jointly directly swiftly strongly briefly largely successfully further ultimately soon quietly
	often always never sometimes usually rarely seldom typically generally frequently already now`)

var auxiliaries = set(`did would could will had has have was were is are`)

// properAt returns the end (exclusive) of a name starting at token i:
// capitalised words with joiners ("Standard Oil of New Jersey"), titles,
// initials, a possessive with its nouns ("Iran's intelligence services"),
// and, when coord is set, coordinated names ("X, Y, and Z", "X and other
// Western countries").
func (x *extractor) properAt(i int, coord bool) int {
	j := i
	article := false
	if l := x.tok(j); (l == "the" || l == "The") && j+1 < len(x.toks) && x.toks[j+1].cap && !capStop[x.toks[j+1].s] {
		j++
		article = true
	}
	start := j
	for j < len(x.toks) {
		t := x.toks[j]
		if t.word && t.cap && !t.num && !(j == start && capStop[t.s]) && months[t.s] == 0 {
			j++
			// initials and abbreviations: "W.", "Jr.", "St."
			if j < len(x.toks) && x.toks[j].s == "." && x.toks[j].start == t.end && (len(t.s) == 1 || t.s == "Jr" || t.s == "Sr" || t.s == "St" || t.s == "Dr") && j+1 < len(x.toks) {
				j++
			} else if j+1 < len(x.toks) && x.toks[j].s == "." && x.toks[j].start == t.end && endsWithAbbreviation(t.s) && strings.IndexByte(t.s, '.') > 0 && x.toks[j+1].cap && x.toks[j+1].word {
				// dotted initials before a name go on with it: "U.S.
				// President Bill Clinton" is one name, not "U.S." alone
				j++
			}
			if strings.HasSuffix(t.s, "'s") || strings.HasSuffix(t.s, "’s") {
				k := 0
				for k < 3 && j < len(x.toks) && x.toks[j].word && !x.toks[j].cap && !x.toks[j].num && !stopWords[x.toks[j].l] && !isPastVerb(x.toks[j].s) && !strings.HasSuffix(x.toks[j].s, "ly") {
					j++
					k++
				}
				if k > 0 {
					break
				}
			}
			continue
		}
		if t.word && nameJoiners[t.s] && j > start && j+1 < len(x.toks) && x.toks[j+1].cap && x.toks[j+1].word && !capStop[x.toks[j+1].s] {
			j++
			continue
		}
		break
	}
	if j == start {
		return i
	}
	if article && j < len(x.toks) {
		// "the Malaysian parliament": one or two common nouns may close the name
		k := 0
		for k < 2 && j < len(x.toks) && x.toks[j].word && !x.toks[j].cap && !x.toks[j].num && !stopWords[x.toks[j].s] && !adverbs[x.toks[j].s] && !isPastVerb(x.toks[j].s) && !strings.HasSuffix(x.toks[j].s, "ly") && !strings.HasSuffix(x.toks[j].s, "ing") {
			j++
			k++
		}
	}
	if !coord {
		return j
	}
	// coordination: "X and Y", "X, Y, and Z" (a bare comma only counts when
	// the list closes with "and": "the Shah, Mohammed Reza Pahlavi," is an
	// apposition, not a list)
	committed := j
	first := j           // the end of the list's first name
	var seen [4]string   // room for the names of most lists, kept off the heap
	var members []string // the names read (slices of the text), once a second comes
	for {
		k := j
		if x.tok(k) == "," {
			k++
		}
		closing := false
		if x.tok(k) == "and" || x.tok(k) == "&" {
			k++
			closing = true
		} else if x.tok(j) != "," {
			break
		}
		m := k
		adj := 0
		for adj < 2 && m < len(x.toks) && x.toks[m].word && !x.toks[m].cap && (x.toks[m].s == "other" || x.toks[m].s == "several" || x.toks[m].s == "its" || x.toks[m].s == "their") {
			m++
			adj++
		}
		e := x.properAt(m, false)
		if e == m {
			break
		}
		if members == nil {
			members = append(seen[:0], x.text[x.toks[i].start:x.toks[first-1].end])
		}
		member := x.text[x.toks[m].start:x.toks[e-1].end]
		if slices.ContainsFunc(members, func(n string) bool { return strings.EqualFold(n, member) }) {
			// "redirected her to Lakshman, and Lakshman rejected her": a
			// name again is the next clause's subject, not one more of a list
			break
		}
		members = append(members, member)
		if adj > 0 && e < len(x.toks) && x.toks[e].word && !x.toks[e].cap && strings.HasSuffix(x.toks[e].s, "s") && !stopWords[x.toks[e].s] && !isPastVerb(x.toks[e].s) {
			e++
		}
		j = e
		if closing {
			committed = j
		}
	}
	return committed
}

// verbAt reports whether a predicate starts at token j (after adverbs) and
// returns its index: a past-tense verb, or an auxiliary with a verb, or a
// copula naming a rank ("was the last country").
func (x *extractor) verbAt(j int) (int, bool) {
	for j < len(x.toks) && adverbs[x.ltok(j)] {
		j++
	}
	if j >= len(x.toks) || !x.toks[j].word || x.toks[j].cap {
		return j, false
	}
	l := x.toks[j].s
	if l == "was" || l == "were" || l == "is" || l == "are" {
		n := x.ltok(j + 1)
		if n == "the" && (x.ltok(j+2) == "first" || x.ltok(j+2) == "last" || x.ltok(j+2) == "only") {
			return j, true
		}
		return j, false
	}
	if auxiliaries[l] {
		k := j + 1
		if x.ltok(k) == "not" {
			k++
		}
		for k < len(x.toks) && adverbs[x.ltok(k)] {
			k++
		}
		if k < len(x.toks) && x.toks[k].word && !x.toks[k].cap && x.toks[k].s != "be" && x.toks[k].s != "have" && x.toks[k].s != "been" && (isPastVerb(x.toks[k].s) || l == "did" || l == "would" || l == "could" || l == "will") {
			return j, true
		}
		return j, false
	}
	if isPastVerb(l) && !stativeVerbs[l] {
		return j, true
	}
	return j, false
}

// stativeVerbs say how something was, not what someone did.
var stativeVerbs = set(`remained seemed appeared existed lived lay stayed looked sounded belonged consisted
	increased decreased rose fell grew declined dropped doubled tripled halved surged plummeted soared
	reached totaled totalled amounted peaked climbed slumped jumped shrank expanded`)

// passiveReactions may stand alone as a response in the passive ("ties were
// severed"); neutral verbs like "issued" may not.
var passiveReactions = set(`sever expel ban condemn reject suspend revoke veto sanction freeze block boycott
	halt cancel terminate abandon deny refuse criticize criticise denounce withdraw recall`)

func (x *extractor) clauseStarts() []int {
	starts := []int{x.body}
	for i := x.body; i < len(x.toks)-1; i++ {
		switch x.toks[i].s {
		case ",", ";", ":":
			starts = append(starts, i+1)
		case "and", "but":
			// ", and Algeria was ...": a new clause, not a list ("Malays and Chinese")
			if i > 0 && x.toks[i-1].s == "," && i+1 < len(x.toks) && x.toks[i+1].cap {
				starts = append(starts, i+1)
			}
		case "that", "when", "after", "before", "while", "as", "with", "to":
			if i+1 < len(x.toks) && (x.toks[i+1].cap || x.toks[i+1].s == "the" && i+2 < len(x.toks) && x.toks[i+2].cap) {
				starts = append(starts, i+1)
			}
		}
	}
	return starts
}

func (x *extractor) actors() {
	// "**United States:** Condemned the attack": the label is the actor.
	if x.body > 0 && x.body < len(x.toks) && x.toks[x.body].cap && !x.toks[0].num {
		k := x.body
		if strings.HasSuffix(x.toks[k].s, "ly") && k+1 < len(x.toks) {
			k++ // "Quietly abandoned ..."
		}
		l := x.toks[k].l
		if isPastVerb(l) || reactionVerbs[verbBase(l)] {
			x.add(Actor, 0, len(x.s.Label), "")
		}
	}
	for _, s := range x.clauseStarts() {
		// "a visibly emotional Lee Kuan Yew": skip an article and modifiers
		if a := x.tok(s); a == "a" || a == "an" {
			k := s + 1
			for k < len(x.toks) && k <= s+3 && x.toks[k].word && !x.toks[k].cap && !stopWords[x.toks[k].s] {
				k++
			}
			if k < len(x.toks) && x.toks[k].cap {
				s = k
			}
		}
		if s >= len(x.toks) || !x.toks[s].cap && x.toks[s].s != "the" {
			continue
		}
		if x.midList(s) {
			continue
		}
		e := x.properAt(s, true)
		if e == s || !x.isName(s, e) || !x.nameAtStart(s, e) {
			continue
		}
		j := e
		var appo [2]int
		if x.tok(j) == "," {
			// appositive: ", an exiled cleric," or ", Mohammed Reza Pahlavi,"
			for k := j + 1; k < len(x.toks) && k <= j+20; k++ {
				if x.toks[k].s == "," {
					if inner := x.firstName(j+1, k); inner[1] > 0 {
						appo = inner
					}
					j = k + 1
					break
				}
				if x.toks[k].s == "." || x.toks[k].s == ";" {
					break
				}
			}
		}
		_, ok := x.verbAt(j)
		if !ok && s > 1 && (x.ltok(s-1) == "with" && x.tok(s-2) == "," || x.ltok(s-1) == "to" || x.tok(s-1) == ",") && j < len(x.toks) && strings.HasSuffix(x.toks[j].s, "ing") && !x.toks[j].cap {
			// "with President X labeling Iran ...", "led to the Prime Minister, X, deciding ..."
			ok = s == 0 || x.tok(s-1) != "," || appo[1] > 0
		}
		if !ok {
			continue
		}
		x.add(Actor, x.toks[s].start, x.toks[e-1].end, "")
		if appo[1] > 0 {
			x.add(Actor, x.toks[appo[0]].start, x.toks[appo[1]-1].end, "")
		}
	}
	// agents: "orchestrated by Iran's intelligence services"; partners:
	// "partnered with X, Y, and Z", "alongside X and Y"; opponents:
	// "suppressing Kurdish insurgents"
	for i := 1; i+1 < len(x.toks); i++ {
		l := x.ltok(i)
		if conflictVerbs[verbBase(l)] {
			s := i + 1
			if e := x.properAt(s, true); e > s && x.isName(s, e) {
				if e < len(x.toks) && x.toks[e].word && !x.toks[e].cap && strings.HasSuffix(x.toks[e].s, "s") && !stopWords[x.toks[e].s] && !isPastVerb(x.toks[e].s) {
					e++
				}
				x.add(Actor, x.toks[s].start, x.toks[e-1].end, "")
			}
			continue
		}
		if l == "alongside" || l == "with" && partnerVerbs[x.ltok(i-1)] {
			s := i + 1
			if e := x.properAt(s, true); e > s && x.isName(s, e) {
				x.add(Actor, x.toks[s].start, x.toks[e-1].end, "")
			}
			continue
		}
		if x.toks[i].s != "by" || !isPastVerb(x.ltok(i-1)) {
			continue
		}
		s := i + 1
		e := x.properAt(s, true)
		if e > s && x.isName(s, e) {
			// "by Turkish nationalist forces": common nouns may close the name
			// ("by Egypt due to fears": "due to" opens a reason, not a noun)
			for k := 0; k < 2 && e < len(x.toks) && x.toks[e].word && !x.toks[e].cap && !x.toks[e].num && !stopWords[x.toks[e].s] && !adverbs[x.toks[e].s] && !isPastVerb(x.toks[e].s) && !strings.HasSuffix(x.toks[e].s, "ing") && !strings.HasSuffix(x.toks[e].s, "ly") && !prepositionHeads[x.toks[e].s]; k++ {
				e++
			}
			x.add(Actor, x.toks[s].start, x.toks[e-1].end, "")
		}
	}
}

// midList reports whether the clause start s, after a comma, is a name in
// the middle of a list begun before it ("institutions like MIT, Harvard,
// Yale, and the U.S. Health Service warned"): the name before the comma
// opens the sentence or follows a comma, "like", "including", "as" or
// "namely", and the list goes on after the name at s. The list's tail is
// not who did what the verb after it says. A name after an opening phrase
// ("After the 1994 IPO, Marty Lueck, Michael Adam, and David Harding
// went") or before an apposition ("Microsoft CEO Steve Ballmer, Mukesh's
// classmate,") opens its clause.
func (x *extractor) midList(s int) bool {
	p, closing := s-1, false // the comma before s
	if l := x.ltok(p); (l == "and" || l == "or") && x.tok(p-1) == "," {
		p, closing = p-1, true // ", and Orrin": the list's last name
	}
	if p < 1 || x.toks[p].s != "," || !x.isName(p-1, p) {
		return false
	}
	k := p - 1
	for k > 0 && x.toks[k-1].word && x.toks[k-1].cap && !capStop[x.toks[k-1].s] {
		k-- // back to the first word of the name before the comma
	}
	if k <= x.body {
		// the sentence opens on it: "France, Australia, and Canada
		// followed suit" (not an adverb: "Recently, Kesh, Vela and ...")
		if strings.HasSuffix(x.toks[k].l, "ly") {
			return false
		}
	} else {
		switch x.ltok(k - 1) {
		case ",", "like", "including", "as", "namely":
		default:
			return false
		}
	}
	if closing {
		return true
	}
	e := x.properAt(s, false)
	if e == s || x.tok(e) != "," || e+1 >= len(x.toks) {
		return false
	}
	next := x.toks[e+1]
	return next.s == "and" || next.s == "or" || next.cap && !capStop[next.s]
}

// firstName finds a name opening the token range [a,b) (an appositive),
// after an optional "through"/"including"/"led by".
func (x *extractor) firstName(a, b int) [2]int {
	for a < b && !x.toks[a].cap && (x.toks[a].s == "through" || x.toks[a].s == "including" || x.toks[a].s == "namely") {
		a++
	}
	if a >= b || !x.toks[a].cap {
		return [2]int{}
	}
	e := x.properAt(a, true)
	if e == a || e != b || !x.isName(a, e) {
		return [2]int{}
	}
	return [2]int{a, e}
}

// isName rejects capitalised spans that are not names: a lone sentence
// opener, a month, a number.
func (x *extractor) isName(a, b int) bool {
	for i := a; i < b; i++ {
		t := x.toks[i]
		if t.cap && !capStop[t.s] && months[t.s] == 0 && !t.num && !nameSuffixes[t.s] {
			return true
		}
	}
	return false
}

// nameSuffixes close a name and are not one: a bullet under its heading
// that opens on "Jr. donated ..." names nobody.
var nameSuffixes = set(`Jr Jr. Sr Sr.`)

var conflictVerbs = set(`suppress suppressing suppressed defeat defeating defeated crush crushing crushed
	fight fighting fought`)

var partnerVerbs = set(`partnered collaborated allied teamed worked joined merged cooperated`)

var measureVerbs = set(`quantified measured defined determined expressed rated`)

var placeNouns = set(`base city town camp capital port island region province village settlement colony
	harbor harbour fortress`)

var causeStops = set(`because while but which who although though whereas`)

var modals = set(`can could may might must should will would`)

var clauseStops = set(`while but which who whom whose although though whereas because after before when due owing
	leading calling saying citing despite unless until whereby thereby indicating prompting following
	amid amidst`)

var nominalReactions = set(`severance sanctions sanction condemnation condemnations expulsion expulsions
	protests protest boycott boycotts ban bans embargo withdrawal retaliation suspension outcry
	designation closure breakdown rupture recall denial denials veto criticism`)

func (x *extractor) responses() {
	if x.body > 0 && x.body < len(x.toks) && x.toks[x.body].cap && !x.toks[0].num {
		l := x.toks[x.body].l
		if isPastVerb(l) || reactionVerbs[verbBase(l)] {
			x.responseFrom(x.body)
		}
	}
	for i := x.body; i < len(x.toks); i++ {
		t := x.toks[i]
		if !t.word || t.cap {
			continue
		}
		l := t.s
		// "led to the severance of ...", "resulted in sanctions"
		if (l == "led" || l == "resulted" || l == "prompted" || l == "triggered" || l == "sparked" || l == "provoked") && i+1 < len(x.toks) {
			k := i + 1
			if x.tok(k) == "to" || x.tok(k) == "in" {
				k++
			}
			end := x.clauseEnd(k, 14)
			for m := k; m < end && m <= k+3; m++ {
				if nominalReactions[x.ltok(m)] {
					x.add(Response, x.toks[k].start, x.toks[end-1].end, "")
					break
				}
			}
			continue
		}
		// 'described ... as a "troubling precedent"', 'designation as a state sponsor of terrorism'
		if l == "as" && i > 0 {
			k := i + 1
			if a := x.ltok(k); a == "a" || a == "an" {
				k++
			}
			if k < len(x.toks) && x.toks[k].s == `"` {
				if e := x.quoteEnd(k); e > 0 && x.labelVerbBefore(i) {
					x.add(Response, x.toks[k+1].start, x.toks[e-1].end, "")
				}
				continue
			}
			if x.labelVerbBefore(i) && k < len(x.toks) && !x.toks[k].cap {
				end := x.clauseEnd(k, 8)
				if end > k {
					x.add(Response, x.toks[k].start, x.toks[end-1].end, "")
				}
			}
			continue
		}
		// "decided to X", "the only option was to X"
		if l == "to" && i+2 < len(x.toks) && !x.toks[i+1].cap && x.toks[i+1].word && !stopWords[x.toks[i+1].s] {
			p := x.ltok(i - 1)
			if p == "decided" || p == "chose" || p == "resolved" || p == "voted" || p == "opted" || p == "vowed" || p == "pledged" || p == "was" && (x.ltok(i-2) == "option" || x.ltok(i-2) == "response" || x.ltok(i-2) == "decision") {
				x.responseFrom(i + 1)
			}
			continue
		}
		base := verbBase(l)
		if !reactionVerbs[base] {
			continue
		}
		prev := x.ltok(i - 1)
		past := isPastVerb(l) || irregular[l] != ""
		if prev == "was" || prev == "were" || prev == "been" || prev == "be" {
			if past && passiveReactions[base] {
				x.add(Response, t.start, t.end, "")
			}
			continue
		}
		start := i
		if prev == "not" && (x.ltok(i-2) == "did" || x.ltok(i-2) == "would" || x.ltok(i-2) == "could") {
			start = i - 2
		} else if prev == "to" && (x.ltok(i-2) == "refused" || x.ltok(i-2) == "declined" || x.ltok(i-2) == "failed" || x.ltok(i-2) == "agreed" || x.ltok(i-2) == "threatened" || x.ltok(i-2) == "decided" || x.ltok(i-2) == "voted") {
			start = i - 2
			if x.ltok(i-2) == "agreed" || x.ltok(i-2) == "threatened" {
				// "agreed to accept": the answer is the whole phrase
			}
		} else if !past {
			continue
		}
		if p := x.ltok(i - 1); p == "of" || p == "a" || p == "an" || p == "the" || p == "its" || p == "their" || p == "his" || p == "her" {
			continue // "an island of disputed sovereignty": an adjective
		}
		if x.ltok(i+1) == "by" || base == "break" && x.ltok(i+1) == "out" {
			continue // "sanctions imposed by X": the agent is the fact; "riots broke out"
		}
		if start != i && x.overlaps(x.toks[start].start, x.toks[start].end) {
			continue
		}
		x.responseFrom(start)
	}
	x.purposeResponse()
}

// responseFrom records the verb phrase starting at token k, up to the end of
// its clause; a short phrase continues through "and <verb>" ("severed
// relations with Iran and expelled its diplomats").
func (x *extractor) responseFrom(k int) {
	end := k + 1
	for end < len(x.toks) {
		t := x.toks[end]
		if t.s == "," || t.s == "." || t.s == ";" || t.s == ":" || t.s == "(" || t.s == "—" || t.s == "–" || clauseStops[t.s] {
			break
		}
		if t.s == "and" && end+1 < len(x.toks) && isPastVerb(x.ltok(end+1)) && (!reactionVerbs[verbBase(x.ltok(end+1))] || end-k >= 7) {
			break
		}
		if t.s == `"` || t.s == "“" || t.s == "of" && x.toks[end-1].num {
			break
		}
		if end-k >= 16 {
			return // no clause end in sight: cutting here would truncate the answer
		}
		end++
	}
	for end > k+1 && (stopWords[x.ltok(end-1)] || !x.toks[end-1].word) {
		end--
	}
	if end-k < 2 && !x.toks[k].cap {
		return
	}
	x.add(Response, x.toks[k].start, x.toks[end-1].end, "")
}

// labelVerbBefore reports a labelling word shortly before token i
// ("described the attacks as", "designation as").
func (x *extractor) labelVerbBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch x.ltok(k) {
		case "described", "labeled", "labelled", "branded", "designated", "designation", "classified", "denounced", "condemned", "characterized", "characterised", "declared", "regarded", "viewed", "dubbed":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// quoteEnd returns the index of the closing quote for an opening quote at
// k when the quoted phrase is short, else 0.
func (x *extractor) quoteEnd(k int) int {
	for e := k + 1; e < len(x.toks) && e <= k+8; e++ {
		if x.toks[e].s == `"` || x.toks[e].s == "”" {
			if e > k+1 {
				return e
			}
			return 0
		}
	}
	return 0
}

// clauseEnd is the token index where the clause starting at k ends, at most
// max tokens on.
func (x *extractor) clauseEnd(k, max int) int {
	e := k
	for e < len(x.toks) && e-k < max {
		t := x.toks[e]
		if t.s == "," || t.s == "." || t.s == ";" || t.s == ":" || t.s == "(" || t.s == ")" || clauseStops[t.s] {
			break
		}
		e++
	}
	for e > k && (stopWords[x.ltok(e-1)] || !x.toks[e-1].word) {
		e--
	}
	return e
}

// purposeResponse reads "To counter the outcry, X did Y" and "In response,
// X did Y": the main verb phrase is the response, or its "by ..." part.
func (x *extractor) purposeResponse() {
	if len(x.toks) < 6 {
		return
	}
	first := x.tok(x.body)
	if !(first == "To" && !x.toks[x.body+1].cap || first == "In" && (x.ltok(x.body+1) == "response" || x.ltok(x.body+1) == "retaliation")) {
		return
	}
	c := x.body
	for c < len(x.toks) && x.toks[c].s != "," {
		c++
	}
	s := c + 1
	if s >= len(x.toks) {
		return
	}
	e := x.properAt(s, true)
	if e == s {
		return
	}
	v, ok := x.verbAt(e)
	if !ok {
		return
	}
	end := len(x.toks)
	for end > v && !x.toks[end-1].word {
		end--
	}
	for k := v; k+1 < end; k++ {
		if x.toks[k].s == "by" && strings.HasSuffix(x.ltok(k+1), "ing") {
			v = k + 1
			break
		}
	}
	if end-v > 16 {
		for k := v + 6; k < end; k++ {
			if x.toks[k].s == "at" || x.toks[k].s == "in" || x.toks[k].s == "," {
				end = k
				break
			}
		}
	}
	if end > v && !x.overlaps(x.toks[v].start, x.toks[end-1].end) {
		x.add(Response, x.toks[v].start, x.toks[end-1].end, "")
	}
}

// ---- places ----

// placeCues says in one lookup which of the place rules' word sets a word
// is in: places looks at every word of every sentence.
var placeCues = func() map[string]uint8 {
	m := map[string]uint8{}
	for bit, words := range []map[string]bool{locatedWords, placeNouns, movementVerbs} {
		for w := range words {
			m[w] |= 1 << bit
		}
	}
	return m
}()

const (
	cueLocated uint8 = 1 << iota
	cuePlaceNoun
	cueMovement
)

func (x *extractor) places() {
	for i := x.body; i < len(x.toks); i++ {
		l := x.ltok(i)
		cue := placeCues[l]
		switch {
		case cue&cueLocated != 0 && !(l == "based" && x.ltok(i+1) == "on"):
			for k := i + 1; k < len(x.toks) && k <= i+6; k++ {
				switch x.ltok(k) {
				case "in", "between", "on", "near", "at", "along", "off", "within":
					// "lies in" is as often "consists in" ("its strength lies in
					// low costs"), and "lying" telling lies: after those, only a
					// named place is one
					named := l != "lies" && l != "lying"
					if end := x.clauseEnd(k+1, 8); end > k+1 && (named || x.isName(k+1, end)) {
						x.add(Place, x.toks[k+1].start, x.toks[end-1].end, "")
					}
					k = len(x.toks)
				case ",", ".", ";":
					k = len(x.toks)
				}
			}
		case cue&cuePlaceNoun != 0 && x.tok(i+1) == "," && i+2 < len(x.toks) && x.toks[i+2].cap:
			// "a large military base, Camp Ashraf,"
			if e := x.properAt(i+2, false); e > i+2 && (x.tok(e) == "," || x.tok(e) == ".") {
				x.add(Place, x.toks[i+2].start, x.toks[e-1].end, "")
			}
		case cue&cueMovement != 0:
			k := i + 1
			if x.ltok(k) == "first" {
				// "fled first to France, then to Iraq"
				if x.ltok(k+1) == "to" {
					e := x.properAt(k+2, false)
					if e > k+2 && x.tok(e) == "," && x.ltok(e+1) == "then" && x.ltok(e+2) == "to" {
						if e2 := x.properAt(e+3, false); e2 > e+3 {
							x.add(Place, x.toks[k].start, x.toks[e2-1].end, "")
							continue
						}
					}
				}
				k++
			}
			if p := x.ltok(k); p == "to" || p == "into" || p == "in" {
				e := x.properAt(k+1, true)
				if e > k+1 && x.isName(k+1, e) {
					x.add(Place, x.toks[k+1].start, x.toks[e-1].end, "")
				}
			}
		}
	}
}

// ---- definitions ----

var namingWords = set(`called named termed dubbed nicknamed titled`)

func (x *extractor) definitions() {
	for i := x.body; i < len(x.toks); i++ {
		t := x.toks[i]
		// quoted terms: 'setting up "troll farms"'
		if t.s == `"` || t.s == "“" {
			if e := x.quoteEnd(i); e > 0 && e-i-1 <= 6 && !(e == i+2 && !x.toks[i+1].cap) && !x.overlaps(x.toks[i+1].start, x.toks[e-1].end) {
				x.add(Definition, x.toks[i+1].start, x.toks[e-1].end, "")
				i = e
				continue
			}
		}
		// "People's Mojahedin Organization of Iran (MEK)"; "Article 5 (collective defense)"
		if t.s == "(" && i > 0 && i+2 < len(x.toks) {
			close := i + 1
			for close < len(x.toks) && x.toks[close].s != ")" && close-i <= 6 {
				close++
			}
			if close >= len(x.toks) || x.toks[close].s != ")" || close == i+1 {
				continue
			}
			inner := x.toks[i+1]
			if close == i+2 && len(inner.s) >= 2 && inner.s == strings.ToUpper(inner.s) && !inner.num {
				// an acronym: the name before it is its expansion
				s := i - 1
				for s > 0 && (x.toks[s-1].cap || nameJoiners[x.toks[s-1].s] || strings.HasSuffix(x.toks[s-1].s, "'s")) && x.toks[s-1].word {
					s--
				}
				for s < i && (capStop[x.toks[s].s] || nameJoiners[x.toks[s].s]) {
					s++
				}
				if i-s >= 2 {
					x.addAbout(inner.s, x.toks[s].start, x.toks[i-1].end) // the acronym is what is defined
				}
			} else if !inner.cap && !inner.num && !stopWords[inner.l] && x.toks[i-1].word && !x.numIn(i+1, close) {
				x.add(Definition, inner.start, x.toks[close-1].end, "")
			}
			i = close
			continue
		}
		l := t.l
		if measureVerbs[l] && x.ltok(i+1) == "by" && x.ltok(i+2) == "the" {
			if end := x.clauseEnd(i+2, 8); end > i+3 {
				x.add(Definition, x.toks[i+2].start, x.toks[end-1].end, "")
			}
		}
		if namingWords[l] || l == "as" && (x.ltok(i-1) == "known" || x.ltok(i-1) == "referred") {
			k := i + 1
			if x.ltok(k) == "the" && k+1 < len(x.toks) && !x.toks[k+1].cap {
				k += 2 // "named the additive Ethyl"
			}
			if k < len(x.toks) && x.toks[k].cap && !capStop[x.toks[k].s] {
				if e := x.properAt(k, false); e > k {
					x.add(Definition, x.toks[k].start, x.toks[e-1].end, "")
				}
			}
		}
	}
	// "X is a Y": the sentence defines its subject.
	s := x.body
	e := s
	for e < len(x.toks) && e-s < 6 && x.toks[e].word && !auxiliaries[x.toks[e].s] {
		e++
	}
	if e > s && e < len(x.toks)-2 && (x.toks[e].s == "is" || x.toks[e].s == "are" || x.toks[e].s == "was" || x.toks[e].s == "refers") {
		k := e + 1
		if x.ltok(k) == "to" {
			k++
		}
		if a := x.ltok(k); a == "a" || a == "an" || a == "the" {
			end := x.clauseEnd(k, 24)
			if end-k >= 20 {
				end = k // too long to be an answer; cutting it would truncate it
			}
			if end-k < 4 {
				end = k // "a critical issue": too generic to ask about
			}
			if end > k+1 && x.toks[s].cap && !capStop[x.toks[s].s] || end > k+1 && x.tok(s) == "The" {
				x.add(Definition, x.toks[k].start, x.toks[end-1].end, "")
			}
			if end > k+1 && x.toks[s].cap && !capStop[x.toks[s].s] && x.ltok(k) == "the" && x.identifyingAt(k+1) &&
				(x.toks[e].s == "is" || x.toks[e].s == "was") && !x.wordIn(s, end, "and") {
				// "Lima is the capital of Peru", "Brazil is the largest
				// country in South America": the phrase names one thing,
				// which the name answers
				x.addAbout(x.text[x.toks[k].start:x.toks[end-1].end], x.toks[s].start, x.toks[e-1].end)
			}
		}
	}
	// "The capital of Peru is Lima.": the phrase first, the name it
	// identifies last
	if e > s+1 && e+1 < len(x.toks) && x.tok(s) == "The" && x.identifyingAt(s+1) && (x.toks[e].s == "is" || x.toks[e].s == "was") &&
		x.toks[e+1].cap && !capStop[x.toks[e+1].s] {
		if n := x.properAt(e+1, false); n > e+1 && (n == len(x.toks) || n == len(x.toks)-1 && x.toks[n].s == ".") {
			x.addAbout("the"+x.text[x.toks[s].end:x.toks[e-1].end], x.toks[e+1].start, x.toks[n-1].end)
		}
	}
	// "developed dichlorodifluoromethane, a non-toxic refrigerant"
	for i := x.body + 1; i+2 < len(x.toks); i++ {
		if x.toks[i].s != "," || (x.ltok(i+1) != "a" && x.ltok(i+1) != "an") {
			continue
		}
		p := x.toks[i-1]
		if p.word && !p.cap && !p.num && len(p.s) >= 9 && isPastVerb(x.ltok(i-2)) {
			x.add(Definition, p.start, p.end, "")
		}
	}
}

// wordIn reports whether lower-cased word w is one of the tokens [a, b):
// "Saudi Arabia and UAE are the only two ..." names two things.
func (x *extractor) wordIn(a, b int, w string) bool {
	for k := a; k < b && k < len(x.toks); k++ {
		if x.toks[k].l == w {
			return true
		}
	}
	return false
}

// identifyingAt reports whether the phrase after "the" at token i names
// one thing (identifying) and goes on with its noun: "the first state",
// "the most common serious complication", not "the first to introduce
// yoga" or "the most common among adults", whose noun is left out.
func (x *extractor) identifyingAt(i int) bool {
	w := x.ltok(i)
	if !identifying(w) {
		return false
	}
	if w == "capital" || w == "official" {
		return true
	}
	next := i + 1
	if w == "most" || w == "least" {
		next++ // "the most common ...": the adjective, then the noun
	}
	n := x.ltok(next)
	return n != "" && n != "to" && !prepositions[n] && next < len(x.toks) && x.toks[next].word
}

// prepositions that may follow a superlative whose noun is left out.
var prepositions = set(`of in on at by for with among from about than between within across`)

// identifying reports whether w, after "the", makes a phrase that names
// one thing: a capital, a superlative ("largest", "most populous"), a
// first, an only or an official one.
func identifying(w string) bool {
	switch w {
	case "capital", "first", "only", "most", "least", "official":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "est") && !notSuperlative[w]
}

// notSuperlative are words in -est that are no superlative.
var notSuperlative = set(`interest honest modest forest request contest protest harvest conquest manifest digest arrest suggest invest`)

func (x *extractor) numIn(a, b int) bool {
	for k := a; k < b && k < len(x.toks); k++ {
		if x.toks[k].num {
			return true
		}
	}
	return false
}

// ---- causes ----

// prepositionHeads open a preposition of two words ("due to", "owing to",
// "thanks to", "according to", "prior to", "instead of").
var prepositionHeads = set(`due owing thanks according prior instead regardless irrespective`)

func (x *extractor) causes() {
	for i := x.body; i < len(x.toks); i++ {
		l := x.ltok(i)
		k := 0
		switch l {
		case "because":
			k = i + 1
			if x.ltok(k) == "of" {
				k++
			}
		case "due", "owing", "thanks":
			if x.ltok(i+1) == "to" {
				k = i + 2
			}
		case "caused", "driven", "triggered":
			if x.ltok(i+1) == "by" {
				k = i + 2
			}
		case "result":
			if x.ltok(i-1) == "a" && x.ltok(i-2) == "as" && x.ltok(i+1) == "of" {
				k = i + 2
			}
		case "died":
			if x.ltok(i+1) == "of" || x.ltok(i+1) == "from" {
				k = i + 2
			}
		}
		if k == 0 || k >= len(x.toks) {
			continue
		}
		end := k
		for end < len(x.toks) && end-k < 12 {
			t := x.toks[end]
			if t.s == "," || t.s == "." || t.s == ";" || t.s == ":" || t.s == "(" || causeStops[t.s] || end > k && auxiliaries[t.s] || modals[t.s] {
				break
			}
			end++
		}
		for end > k && (stopWords[x.ltok(end-1)] || !x.toks[end-1].word) {
			end--
		}
		if end > k && !x.overlaps(x.toks[k].start, x.toks[end-1].end) {
			x.add(Cause, x.toks[k].start, x.toks[end-1].end, "")
		}
	}
}

var _ = utf8.RuneLen

// endsWithAbbreviation reports whether s ends in a word that a dot would
// abbreviate: dotted initials without their last dot ("the U.S", "D.C"),
// a lone initial ("James B") or a short title or company word ("Jr",
// "Inc").
func endsWithAbbreviation(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	switch {
	case len(w) == 1:
		return isUpperASCII(w[0])
	case len(w) >= 3 && w[len(w)-2] == '.' && isUpperASCII(w[len(w)-1]) && isUpperASCII(w[len(w)-3]):
		return true
	}
	switch w {
	case "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Bros":
		return true
	}
	return false
}

// endsWithInitials reports whether s ends in dotted initials ("the U.S.",
// "Washington, D.C."): the last dot belongs to them.
func endsWithInitials(s string) bool {
	n := len(s)
	return n >= 4 && s[n-1] == '.' && isUpperASCII(s[n-2]) && s[n-3] == '.' && isUpperASCII(s[n-4])
}
