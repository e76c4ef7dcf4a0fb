package cards

import (
	"math"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
)

// Distractors for mc and false tf statements. Numbers and dates come from
// other facts of the same kind and shape when enough exist, else from a
// careful perturbation of the key that keeps its wording, unit, precision
// and magnitude ("close to 90 million" → "close to 110 million"). Text
// answers come only from other facts of the same kind that look alike
// (names with names, verb phrases with verb phrases); with fewer than three
// no mc card is made rather than an implausible one.

// candidate is another fact's answer that may serve as a distractor.
// The pool describes every answer's identity (its normal form, whether
// it is a name) at once, and the rest only when a fact's card or an
// index of the pool needs it (see pool.described): on large sets of
// notes most answers are neither a key read nor an option drawn.
type candidate struct {
	answerIdentity
	described        // the rest, once described
	stem      string // normalised question and subject, for keys only
	sentence  string // normalised sentence, for keys only
}

// answerIdentity is what describeIdentity reads of an answer: the pool
// holds it for every answer and a whole candidate only for those
// described (one in five on the corpus, where a whole one for each was
// 22 MB).
type answerIdentity struct {
	text, norm string
	kind       notes.Kind
	name       bool
	words      int
	class      string // names: "person", "group" or "single" (one word), to keep options alike
}

// described is what describe reads of an answer beyond its identity.
type described struct {
	shape     string
	value     float64 // numbers: the value (Lo); dates: year*10000+month*100+day
	numeric   bool
	verbStart bool
	content   []string // content words, to tell a part of the key from another answer
	first     string   // first word, bare
	digit     bool     // has a digit
	thing     bool     // names a document, event or institution ("the Treaty of ...")
	thingWord string   // which: "treaty", "war"
	ordinal   bool     // "17th"
	percent   bool     // "15 percent", "90-95%"
	year      bool     // holds a three- or four-digit number (a year, for dates)
	decade    bool     // "1960s"
	list      bool     // a list ("A, B and C")
}

// The pool's maps are keyed by structs rather than joined strings: building
// a key then costs no allocation, and the pool is built and searched for
// every fact.
type pool struct {
	ids   []answerIdentity // every answer's, by index (see described for the whole candidate)
	keyOf []int            // fact (by index in newPool's facts) → index of its own description in ids, or -1
	// the descriptions and indexes worked out when first asked, shared by
	// the workers' copies of the pool
	lazy *poolIndex
	// the last question stem normalised: an mc card asks for distractors
	// up to four times with one stem (distractors run one card at a time)
	lastStem, lastSubject, lastNorm string
	// perturbations by key text, kind and step: the same key is perturbed
	// for every position an mc card tries and again for its tf card, and
	// many facts share an answer ("1990"); perturb depends on nothing else
	memo map[perturbKey]perturbed
	// the last key's perturbations by step, looked up before memo: a key
	// is perturbed again for each position its mc card tries and for its
	// tf card, and hashing memo's keys was most of perturbFor's cost
	recent recentPerturbs
	// answer.ParseQuantity of option texts checked against a key's range
	// (see overlapsKey): the same values are tried for many keys
	quantities map[string]parsedQuantity
	// the other values the current fact's sentence states (rules.go)
	bound bounds
	// when set, the note whose own answers numeric options may not be
	// (a false statement's date: see tf)
	freshIn string
}

// poolIndex is what the pool works out only when asked, on whichever core
// asks first: the rest of each description (see candidate), each note's
// lists of candidates by bucket, and each numeric kind's buckets. On the
// corpus, cards draw options from about one note in eight, and numbers
// of one kind (dates).
type poolIndex struct {
	facts    []*notes.Fact
	kept, at []int // the facts whose answer joins the pool, and their candidates (indexes into ids)
	// whole[i] is ids[i] described whole, once asked: the first to store
	// one is everyone's
	whole  []atomic.Pointer[candidate]
	noteOf map[string]int // note → its entry in notes
	notes  []noteIndex
	byKind [len(numericKinds)]kindIndex
	// the pronouns the notes give each actor (see gendersOf), read the
	// first time a false statement swaps a person
	gendersOnce sync.Once
	genders     map[string]pronounGender
}

// gendersOf is the pronouns the notes refer to each actor's answer with
// right after naming it ("Kesh revealed she was ..."), read once from
// every actor fact.
func (p *pool) gendersOf(lx *lexicon) map[string]pronounGender {
	ix := p.lazy
	ix.gendersOnce.Do(func() {
		ix.genders = map[string]pronounGender{}
		for _, f := range ix.facts {
			if f.Kind != notes.Actor {
				continue
			}
			if g := genderAfter(f.Sentence, f.Answer, lx); g != 0 {
				ix.genders[f.Answer] |= g
			}
		}
	})
	return ix.genders
}

// noteIndex is a note's part of the pool: its runs of kept facts, then,
// once asked, its candidates by bucket and the years its dates mention.
type noteIndex struct {
	runs []keptRun
	// the lists of the kinds asked for (a list's bucket has one kind):
	// draws look at the key's kind alone, so the note's answers of other
	// kinds are not described for them
	listing   sync.Mutex
	kinds     []notes.Kind
	lists     []noteList
	yearsOnce sync.Once
	// the earliest and latest year the note's dates mention (years: it
	// mentions one)
	minYear, maxYear int
	years            bool
}

// keptRun is a run of the kept facts, all of one note: kept[lo:hi].
type keptRun struct{ lo, hi int }

// kindIndex is the buckets of one numeric kind's candidates, by shape,
// each sorted by value, once asked.
type kindIndex struct {
	once    sync.Once
	byShape map[string][]int
}

// numericKinds are the kinds whose keys draw numbers (see isNumericKind).
var numericKinds = [...]notes.Kind{notes.Date, notes.Population, notes.Quantity, notes.Ranking}

// earlierYears is how far before the earliest year a note mentions a
// made-up date may go: a few years of lead-up are plausible, a decade
// before the story starts is ruled out by what the note is about.
const earlierYears = 3

type perturbKey struct {
	text string
	kind notes.Kind
	step float64
}

type perturbed struct {
	text, norm string
	ok         bool
}

// perturbFor is perturb with its normalised text, remembered for the
// current key (distractors run one card at a time).
func (p *pool) perturbFor(k *candidate, kind notes.Kind, step float64) perturbed {
	rc := &p.recent
	if rc.text != k.text || rc.kind != kind {
		rc.text, rc.kind, rc.known = k.text, kind, 0
	}
	slot := -1 // steps are small whole numbers (perturbSteps)
	if s := int(step); float64(s) == step && s >= -16 && s < 16 {
		slot = s + 16
		if rc.known&(1<<slot) != 0 {
			return rc.at[slot]
		}
	}
	if p.memo == nil {
		p.memo = map[perturbKey]perturbed{}
	}
	mk := perturbKey{k.text, kind, step}
	r, ok := p.memo[mk]
	if !ok {
		if r.text, r.ok = perturb(k, kind, step); r.ok {
			r.norm = answer.Normalize(r.text)
		}
		p.memo[mk] = r
	}
	if slot >= 0 {
		rc.at[slot], rc.known = r, rc.known|1<<slot
	}
	return r
}

// recentPerturbs are perturbFor's results for one key text and kind, by
// step + 16.
type recentPerturbs struct {
	text  string
	kind  notes.Kind
	known uint32
	at    [32]perturbed
}

type parsedQuantity struct {
	q  answer.Quantity
	ok bool
}

// overlapsKey is r.overlaps(text) with text's quantity remembered.
func (p *pool) overlapsKey(r keyRange, text string) bool {
	if !r.ok {
		return false
	}
	if p.quantities == nil {
		p.quantities = map[string]parsedQuantity{}
	}
	pq, known := p.quantities[text]
	if !known {
		pq.q, pq.ok = answer.ParseQuantity(text)
		p.quantities[text] = pq
	}
	return pq.ok && pq.q.Lo <= r.hi && pq.q.Hi >= r.lo
}

// bucket groups candidates that may replace each other: numbers by kind
// and shape, text by kind and form (name, verb phrase, digits).
type bucket struct {
	numeric                bool
	kind                   notes.Kind
	shape                  string // numbers only
	name, verbStart, digit bool   // text only
}

// noteWord is a word in one note.
type noteWord struct{ note, word string }

// noteList is a note's candidates of one bucket. A note's few lists
// (about eight) are found by its path and then by bucket: a map keyed by
// note and bucket held ten times the entries, each hashing the note's path.
type noteList struct {
	b   bucket
	idx []int // indexes into ids
}

// statedInNote reports whether text is one of the note's own answers of
// the key's kind and shape: a date the note gives another event.
func (p *pool) statedInNote(note string, k *candidate, text string) bool {
	for _, i := range p.inNote(note, k.bucketKey()) {
		if p.ids[i].text == text {
			return true
		}
	}
	return false
}

// datesBeside is the dates the other sentences of date fact f's paragraph
// give: "The Battle of Stalingrad continued until _____" takes no option
// "February 1943" from "... who surrendered in February 1943" beside it.
// A date of the same story may be true of the asked event too, as the
// issue forbids an option to be; dates from elsewhere in the note stay
// fair options.
func (p *pool) datesBeside(f *notes.Fact) []string {
	n := p.note(f.Note)
	if n == nil {
		return nil
	}
	var out []string
	for _, r := range n.runs {
		for _, fi := range p.lazy.kept[r.lo:r.hi] {
			if g := p.lazy.facts[fi]; g.Line == f.Line && g.Kind == notes.Date && g.Sentence != f.Sentence {
				out = append(out, g.Answer)
			}
		}
	}
	return out
}

// described is ids[i] described whole. Two cores that ask at once may
// both describe it: the one stored first is the one both get.
func (p *pool) described(i int) *candidate {
	w := &p.lazy.whole[i]
	if c := w.Load(); c != nil {
		return c
	}
	c := &candidate{answerIdentity: p.ids[i]}
	c.described = describeRest(c)
	if w.CompareAndSwap(nil, c) {
		return c
	}
	return w.Load()
}

// note is the note's part of the pool; nil for a note none of whose
// answers joined the pool.
func (p *pool) note(note string) *noteIndex {
	if at, ok := p.lazy.noteOf[note]; ok {
		return &p.lazy.notes[at]
	}
	return nil
}

// inNote is the candidates of a note in bucket b, in the facts' order.
// A note's lists of a kind are made when first asked.
func (p *pool) inNote(note string, b bucket) []int {
	n := p.note(note)
	if n == nil {
		return nil
	}
	n.listing.Lock()
	defer n.listing.Unlock()
	if !slices.Contains(n.kinds, b.kind) {
		n.kinds = append(n.kinds, b.kind)
		for _, r := range n.runs {
			for _, i := range p.lazy.at[r.lo:r.hi] {
				if p.ids[i].kind != b.kind {
					continue
				}
				b := p.described(i).bucketKey()
				l := slices.IndexFunc(n.lists, func(x noteList) bool { return x.b == b })
				if l < 0 {
					l = len(n.lists)
					n.lists = append(n.lists, noteList{b: b})
				}
				n.lists[l].idx = append(n.lists[l].idx, i)
			}
		}
	}
	for _, l := range n.lists {
		if l.b == b {
			return l.idx
		}
	}
	return nil
}

// plannedYear reports whether date fact f names the year a plan is to
// end by ("a 2026 deadline", "its 2030 target", "Vision 2030"): a year
// that may lie in the future, like "by 2050".
func plannedYear(f *notes.Fact) bool {
	if f.Start < 0 || f.Start+len(f.Answer) > len(f.Sentence) {
		return false
	}
	next, _ := nextField(f.Sentence[f.Start+len(f.Answer):])
	_, before, _ := lastTwoFields(f.Sentence[:f.Start])
	return plannedEnds[strings.ToLower(trimPunct(next))] || plannedNames[strings.ToLower(trimPunct(before))]
}

// plannedEnds follow a year a plan is to end by, plannedNames open it.
var (
	plannedEnds  = map[string]bool{"deadline": true, "deadlines": true, "target": true, "targets": true, "goal": true, "goals": true}
	plannedNames = map[string]bool{"vision": true, "agenda": true}
)

// years are the earliest and latest year the note's dates mention, 0
// when they mention none (ok false); worked out when first asked.
func (p *pool) years(note string) (lo, hi int, ok bool) {
	n := p.note(note)
	if n == nil {
		return 0, 0, false
	}
	n.yearsOnce.Do(func() {
		lz := p.lazy
		// the latest year is the latest the note tells of: an end it
		// gives ("a lease until 2042", "a target by 2050") may lie in the
		// future, and a false date up to it is seen to be false by its
		// year alone; such ends count only in a note that gives no other
		// year
		endYear := 0
		for _, r := range n.runs {
			for j := r.lo; j < r.hi; j++ {
				f := lz.facts[lz.kept[j]]
				if f.Kind != notes.Date {
					continue
				}
				if c := p.described(lz.at[j]); c.numeric {
					y := int(c.value) / 10000
					if !n.years || y < n.minYear {
						n.minYear = y
					}
					n.years = true
					switch boundDate(f.Sentence[:f.Start]) {
					case "by", "until", "till":
						endYear = max(endYear, y)
					default:
						if plannedYear(f) {
							endYear = max(endYear, y)
						} else {
							n.maxYear = max(n.maxYear, y)
						}
					}
				}
			}
		}
		if n.maxYear == 0 {
			n.maxYear = endYear
		}
	})
	return n.minYear, n.maxYear, n.years
}

// bucket is the pool's candidates in numeric bucket b, in the facts'
// order sorted by value; the buckets of a kind are made when first asked.
func (p *pool) bucket(b bucket) []int {
	lz := p.lazy
	k := slices.Index(numericKinds[:], b.kind)
	if !b.numeric || k < 0 {
		return nil // only numeric keys of these kinds draw from a bucket (see distractors)
	}
	ki := &lz.byKind[k]
	ki.once.Do(func() {
		ki.byShape = map[string][]int{}
		for j, fi := range lz.kept {
			if lz.facts[fi].Kind != b.kind {
				continue
			}
			i := lz.at[j]
			if c := p.described(i); c.numeric {
				ki.byShape[c.shape] = append(ki.byShape[c.shape], i)
			}
		}
		for _, idx := range ki.byShape {
			slices.SortStableFunc(idx, func(a, b int) int { return cmpFloat(p.described(a).value, p.described(b).value) })
		}
	})
	return ki.byShape[b.shape]
}

func (c *candidate) bucketKey() bucket {
	if c.numeric {
		return bucket{numeric: true, kind: c.kind, shape: c.shape}
	}
	return bucket{kind: c.kind, name: c.name, verbStart: c.verbStart, digit: c.digit}
}

// newPool describes the facts' answers as far as telling them apart and
// finds each fact's candidate; the rest is worked out when asked (see
// poolIndex).
func newPool(facts []*notes.Fact) *pool {
	p := &pool{keyOf: make([]int, len(facts))}
	// describing answers is per fact: do it on every core, then index in order
	// Facts share answers ("1990", a country's name): each answer of a
	// kind is described once, and the facts of every note that give it
	// share that description
	// numbered in the order first met, the number an index into distinct
	// (sized for every fact up front: growing it cost more than the room
	// left over). An answer's text is looked up alone, and its few kinds
	// followed from there: a key of text and kind hashed two strings for
	// every fact, where almost every text comes in one kind.
	// (the slices too: appended to, they were a tenth of what Generate
	// allocated, twice what they hold at the end)
	answers := make(map[string]int, len(facts)) // text → its first number
	distinct := make([]int, 0, len(facts))      // fact indexes, by answer number
	sameText := make([]int, 0, len(facts))      // answer number → the next of its text in another kind, or -1
	which := make([]int, len(facts))            // fact → index into distinct
	noteRuns := 0                               // runs of facts of one note: at least as many as the notes
	for fi := range facts {
		f := facts[fi]
		if fi == 0 || f.Note != facts[fi-1].Note {
			noteRuns++
		}
		u, known := answers[f.Answer]
		found := false
		if known {
			u, found = ofKind(facts, f.Kind, u, distinct, sameText)
		}
		if !found {
			if known {
				sameText[u] = len(distinct)
			} else {
				answers[f.Answer] = len(distinct)
			}
			u = len(distinct)
			distinct, sameText = append(distinct, fi), append(sameText, -1)
		}
		which[fi] = u
	}
	// the descriptions are the pool's candidates, indexed by distinct
	// answer; the few that are a surname in some note get a copy of
	// their own after them (below). A candidate met in several notes is
	// indexed once for each, as if each note had its own copy: the
	// lists hold the same candidates in the same order as they would.
	// (room is left for them: about one description in two hundred is
	// a surname, and growing the slice would copy all of it)
	p.ids = make([]answerIdentity, len(distinct), len(distinct)+len(distinct)/64+16)
	eachIndex(len(distinct), func(i int) {
		f := facts[distinct[i]]
		p.ids[i] = describeIdentity(f.Answer, f.Kind)
	})
	// a single word that ends a person's full name in the same note is a
	// surname ("Hitler" after "Adolf Hitler"), not a country
	surnames := map[noteWord]bool{}
	for fi := range facts {
		f := facts[fi]
		if c := &p.ids[which[fi]]; c.class == "person" {
			// the name's last word but for a generational suffix, read
			// from its end (the name split into words was a new slice
			// for each such fact)
			name := c.norm
			last, at := lastField(name)
			for last == "jr" || last == "sr" || last == "ii" || last == "iii" {
				before, beforeAt := lastField(name[:at])
				if before == "" {
					break // the suffix is the whole name
				}
				name, last, at = name[:at], before, beforeAt
			}
			surnames[noteWord{f.Note, last}] = true
		}
	}
	// The first fact of each note, kind and normalised answer joins the
	// pool; a later one shares its candidate when it words the answer
	// the same, and is described anew otherwise (keyOf -1).
	// Facts come in runs of a note (notes are read one at a time): the
	// answers of the note at hand are looked up in a small map, emptied
	// for the next note, rather than every note's in one map keyed by
	// note too (hashing the note's path for every fact, and a map as
	// large as the facts, cost more); a note that comes back after others
	// starts from the answers its earlier runs kept.
	// As with the answers above, a normalised answer is looked up alone
	// and its few kinds followed from there (a key of kind and answer
	// hashed both).
	// (the notes' index sized for them all: grown by appending, it was
	// allocated twice over)
	lz := &poolIndex{facts: facts, noteOf: make(map[string]int, noteRuns), notes: make([]noteIndex, 0, noteRuns)}
	seen := map[string]int{}               // the note's normalised answers → the first of them in kept
	kept := make([]int, 0, len(facts))     // facts whose answer joins the pool (sized as distinct is)
	sameNorm := make([]int, 0, len(facts)) // by index into kept: the next of the note's with its answer in another kind, or -1
	in := -1                               // the note at hand, by index into lz.notes
	endRun := func() {                     // the note at hand's last run ends here
		if in >= 0 {
			runs := &lz.notes[in].runs
			(*runs)[len(*runs)-1].hi = len(kept)
		}
	}
	for fi := range facts {
		f := facts[fi]
		if fi == 0 || f.Note != facts[fi-1].Note {
			endRun()
			clear(seen)
			n, again := lz.noteOf[f.Note]
			if !again {
				n = len(lz.notes)
				lz.noteOf[f.Note] = n
				lz.notes = append(lz.notes, noteIndex{})
			}
			in = n
			for _, r := range lz.notes[n].runs {
				for j := r.lo; j < r.hi; j++ {
					// the first of an answer heads its kinds
					n := p.ids[which[kept[j]]].norm
					if _, ok := seen[n]; !ok {
						seen[n] = j
					}
				}
			}
			lz.notes[n].runs = append(lz.notes[n].runs, keptRun{len(kept), len(kept)})
		}
		n := p.ids[which[fi]].norm
		p.keyOf[fi] = -1
		if n == "" {
			continue
		}
		j, known := seen[n]
		found := false
		if known {
			j, found = ofKind(facts, f.Kind, j, kept, sameNorm)
		}
		if found {
			if facts[kept[j]].Answer == f.Answer {
				p.keyOf[fi] = j
			}
			continue
		}
		if known {
			sameNorm[j] = len(kept)
		} else {
			seen[n] = len(kept)
		}
		p.keyOf[fi] = len(kept)
		kept, sameNorm = append(kept, fi), append(sameNorm, -1)
	}
	endRun()
	at := make([]int, len(kept)) // kept → index into ids
	asPerson := map[int]int{}    // a description → its copy as a person's surname
	for j, fi := range kept {
		f := facts[fi]
		i := which[fi]
		if p.ids[i].class == "single" && surnames[noteWord{f.Note, p.ids[i].norm}] {
			person, ok := asPerson[i]
			if !ok {
				person = len(p.ids)
				p.ids = append(p.ids, p.ids[i])
				p.ids[person].class = "person"
				asPerson[i] = person
			}
			i = person
		}
		at[j] = i
	}
	for fi, j := range p.keyOf {
		if j >= 0 {
			p.keyOf[fi] = at[j]
		}
	}
	lz.kept, lz.at, lz.whole = kept, at, make([]atomic.Pointer[candidate], len(p.ids))
	p.lazy = lz
	return p
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

var digitRun = regexp.MustCompile(`\d[\d,]*(?:\.\d+)?`)

// shape is the answer's wording with its numbers and month names masked, so
// "about 2.8 million" and "about 5.5 million" share a shape. One pass, no
// regular expressions: it runs for every fact.
func shape(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			j, digits, dot := i, 0, false
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || (s[j] == ',' || s[j] == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
				switch {
				case s[j] == '.':
					dot = true
				case s[j] != ',':
					digits++
				}
				j++
			}
			switch {
			case dot:
				b.WriteString("#.#")
			case digits == 4:
				b.WriteString("####")
			default:
				b.WriteByte('#')
			}
			i = j
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			j := i
			for j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z') {
				j++
			}
			if isMonthName(s[i:j]) {
				b.WriteString("MONTH")
			} else {
				for ; i < j; i++ { // strings.ToLower, without a copy of each word
					b.WriteByte(s[i] | 0x20) // letters only: lower-case is the 0x20 bit
				}
			}
			i = j
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

var monthNumber = func() map[string]int {
	m := map[string]int{}
	for i, n := range monthNames {
		m[strings.ToLower(n)] = i
	}
	return m
}()

// isMonthName reports whether w, a word of ASCII letters, is a key of
// monthNumber in any case, without lower-casing it into a new string.
func isMonthName(w string) bool {
	var low [len("September")]byte
	if len(w) > len(low) {
		return false
	}
	for i := 0; i < len(w); i++ {
		low[i] = w[i] | 0x20
	}
	_, ok := monthNumber[string(low[:len(w)])]
	return ok
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// inStory reports whether a made-up date falls within the years the
// fact's note speaks of (see minYear, maxYear).
func (p *pool) inStory(f notes.Fact, date string) bool {
	y, ok := firstYear(date)
	lo, hi, known := p.years(f.Note)
	return ok && (!known || y >= lo && y <= hi)
}

// describe describes an answer whole, as the pool's candidates are once
// asked for (see pool.described).
func describe(text string, kind notes.Kind) candidate {
	c := candidate{answerIdentity: describeIdentity(text, kind)}
	c.described = describeRest(&c)
	return c
}

// describeIdentity is what the pool reads of every answer: its normal
// form and whether it is a name, which tell answers apart and surnames
// from countries. (Its hedge, which the give-away checks read, is
// stripped by the contexts that ask: of the corpus's answers, few are
// a fact's that gets that far; see context.hedgeless.)
func describeIdentity(text string, kind notes.Kind) answerIdentity {
	c := answerIdentity{text: text, norm: answer.Normalize(text), kind: kind}
	// the words are read in place: describe runs for every distinct answer
	c.name, c.words = readName(text)
	if c.name {
		c.class = nameClass(c.norm, text)
	}
	return c
}

// describeRest is the rest of describe, from what describeIdentity read
// into c (and nothing else of c: see pool.described).
func describeRest(c *candidate) described {
	text := c.text
	d := described{shape: shape(text)}
	if w, _ := nextField(text); w != "" {
		d.first = bareWord(w)
	}
	d.digit = hasDigit(text)
	if c.words > 0 {
		d.content = make([]string, 0, c.words) // about as many content words as words: one allocation, not a few
	}
	for w, rest := nextField(c.norm); w != ""; w, rest = nextField(rest) {
		if thingNouns[w] {
			d.thing, d.thingWord = true, w
		}
		if w == "and" {
			d.list = true
		}
		if !functionWords[w] && !pronouns[w] {
			d.content = append(d.content, w)
		}
	}
	if strings.Contains(text, ",") {
		d.list = true
	}
	if d.digit {
		d.ordinal, d.percent = isOrdinal(text), isPercent(text)
		d.year, d.decade = holdsYearRun(text), strings.Contains(text, "0s")
	}
	if c.words > 0 { // d.first is bareWord of the first word
		d.verbStart = isPastVerb(d.first) || auxiliaries[d.first]
	}
	if ds, ok := answer.ParseDates(text); ok && len(ds) == 1 {
		day := ds[0]
		d.value, d.numeric = float64(day.Year*10000+day.Month*100+day.Day), true
	} else if c.kind != notes.Date { // a date's answer is not read as a quantity: not parsed as one either
		if q, ok := answer.ParseQuantity(text); ok {
			d.value, d.numeric = q.Lo, true
		}
	}
	return d
}

// readName reports whether s reads as a name (its content words are
// capitalised) and counts its words (countFields), in one pass over them.
func readName(s string) (name bool, fields int) {
	caps, words := 0, 0
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		fields++
		// bareWord(w) == "" or a function word, without lower-casing a
		// capitalised ASCII word into a new string
		if i, j, ascii := asciiBare(w); ascii && i == j || !ascii && bareWord(w) == "" || bareIn(functionWords, w) {
			continue
		}
		words++
		// most words open on an ASCII letter, read as it stands: the cut
		// set's curly quote sent TrimLeft down its slow path for each
		if c := w[0]; c < utf8.RuneSelf && c != '"' && c != '\'' && c != '(' {
			if c >= 'A' && c <= 'Z' {
				caps++
			}
		} else if startsUpper(strings.TrimLeft(w, `"'“(`)) {
			caps++
		}
	}
	return words > 0 && caps*2 > words, fields
}

// acceptable reports whether d may stand beside key k as a wrong option:
// different from the key and every option taken, also in value (so "90
// million" never stands beside "90,000,000"); sharing no content word with
// a text key (so no part of it); not named in the question or the fact's
// own sentence (where it may also be true). Cheap checks only: this runs for
// every candidate.
func acceptable(d, k *candidate, taken []*candidate) bool {
	if d.norm == "" || d.norm == k.norm || containsPhrase(k.stem, d.norm) || containsPhrase(k.sentence, d.norm) {
		return false
	}
	if k.numeric && d.numeric && d.value == k.value {
		return false
	}
	for _, t := range taken {
		if t.norm == d.norm || (t.numeric && d.numeric && t.value == d.value) {
			return false
		}
		if !k.numeric {
			if isAcronym(d.text, t.text) || isAcronym(t.text, d.text) {
				return false
			}
			for _, w := range d.content {
				for _, tw := range t.content {
					if relatedWords(w, tw) {
						return false // two options naming the same person
					}
				}
			}
		}
	}
	if !k.numeric {
		if isAcronym(d.text, k.text) || isAcronym(k.text, d.text) || acronymInside(d.text, k.text) || acronymInside(k.text, d.text) {
			return false // "MHI" beside "Mitsubishi Heavy Industries", "the US Treasury" beside "the United States"
		}
		for _, w := range d.content {
			for sw, rest := nextField(k.sentence); sw != ""; sw, rest = nextField(rest) {
				if (len(sw) > len(w) || d.name && len(w) > 3) && relatedWords(w, sw) {
					return false // "Russia" in a sentence about the "Russian-led" group
				}
			}
		}
		for _, w := range d.content {
			for _, kw := range k.content {
				if relatedWords(w, kw) {
					return false // "Rama" beside "Edi Rama", "Russian" beside "Russia"
				}
			}
		}
	}
	return true
}

// containsPhrase reports whether normalised text contains phrase on word boundaries.
func containsPhrase(text, phrase string) bool {
	if phrase == "" {
		return false
	}
	for off := 0; off <= len(text)-len(phrase); {
		i := strings.Index(text[off:], phrase)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(phrase)
		if (i == 0 || text[i-1] == ' ') && (end == len(text) || text[end] == ' ') {
			return true
		}
		off = i + 1
	}
	return false
}

// containsPhraseBytes is containsPhrase for text normalised into a buffer.
func containsPhraseBytes(text []byte, phrase string) bool {
	if phrase == "" {
		return false
	}
	for i := 0; i+len(phrase) <= len(text); i++ {
		if text[i] != phrase[0] || string(text[i:i+len(phrase)]) != phrase {
			continue
		}
		if end := i + len(phrase); (i == 0 || text[i-1] == ' ') && (end == len(text) || text[end] == ' ') {
			return true
		}
	}
	return false
}

// distractors returns wrong options for fact f: for numbers and dates, lower
// of them below the key and n-lower above (so the key's rank among sorted
// options is lower); for text, any n. ok is false when it cannot.
func (p *pool) distractors(f notes.Fact, key candidate, stem string, lower int, rng *rand.Rand, n int) ([]string, bool) {
	k := key
	if stem != p.lastStem || f.Subject != p.lastSubject || p.lastNorm == "" {
		p.lastStem, p.lastSubject = stem, f.Subject
		p.lastNorm = stemNorm(stem, f.Subject)
	}
	k.stem = p.lastNorm
	var out []*candidate
	var ok bool
	if k.numeric && isNumericKind(f.Kind) {
		// a year the stem estimates ("began around _____") takes no option
		// the answer checker would call close
		near := 2
		if f.Kind == notes.Date && blankHedge(stem) == "about" {
			near = estimateOptionYears
		}
		out, ok = p.numeric(f, k, lower, rng, n, near)
	} else {
		out, ok = p.textual(f, k, rng, n)
	}
	texts := make([]string, len(out))
	for i, c := range out {
		texts[i] = c.text
	}
	return texts, ok
}

// stemNorm is the question stem and subject normalised, for the check
// that an option is not named in the question.
func stemNorm(stem, subject string) string {
	return answer.Normalize(strings.Replace(stem, Blank, " ", 1) + " " + subject)
}

// knowStem tells the pool a stem's normalised form worked out beforehand.
func (p *pool) knowStem(stem, subject, norm string) {
	p.lastStem, p.lastSubject, p.lastNorm = stem, subject, norm
}

// estimateOptionYears is how far an option must lie from a year the stem
// estimates ("emerged around _____"): further than the answer checker's
// EstimateYears, as both blind raters took "around 1950" with 1947 and
// 1954 among the options for more than one right answer.
const estimateOptionYears = 5

// window is how many neighbours by value are considered on each side.
const window = 8

// Options are handled by pointer: a candidate is a large struct, and
// copying it for every option tried was a good part of the pool's cost.
func (p *pool) numeric(f notes.Fact, k candidate, lower int, rng *rand.Rand, n, nearYears int) ([]*candidate, bool) {
	var below, above []*candidate
	var beside []string // dates the key's paragraph gives in its other sentences
	if f.Kind == notes.Date {
		beside = p.datesBeside(&f)
	}
	taken := make([]*candidate, 0, n) // below and above together
	kr := rangeOfKey(&k)
	// other facts' values of the same kind and shape, nearest in value first
	idx := p.bucket(k.bucketKey())
	at, _ := slices.BinarySearchFunc(idx, k.value, func(i int, v float64) int { return cmpFloat(p.described(i).value, v) })
	near := make([]int, 0, 2*window)
	for d := 1; d <= window; d++ {
		if at-d >= 0 {
			near = append(near, idx[at-d])
		}
		if at+d-1 < len(idx) {
			near = append(near, idx[at+d-1])
		}
	}
	rng.Shuffle(len(near), func(i, j int) { near[i], near[j] = near[j], near[i] })
	for _, i := range near {
		c := p.described(i)
		if !plausibleValue(c.value, k.value, f.Kind, nearYears) || k.percent && !plausiblePercent(c.value, k.value) || !p.bound.within(c.value) || p.overlapsKey(kr, c.text) || !acceptable(c, &k, taken) {
			continue
		}
		if p.freshIn != "" && p.statedInNote(p.freshIn, &k, c.text) || slices.Contains(beside, c.text) {
			continue
		}
		if c.value < k.value && len(below) < lower {
			below = append(below, c)
			taken = append(taken, c)
		} else if c.value > k.value && len(above) < n-lower {
			above = append(above, c)
			taken = append(taken, c)
		}
	}
	for _, step := range perturbSteps(f.Kind, k, rng) {
		if len(below) >= lower && len(above) >= n-lower {
			break
		}
		if (step < 0 && len(below) >= lower) || (step > 0 && len(above) >= n-lower) {
			continue
		}
		d := p.perturbFor(&k, f.Kind, step)
		if !d.ok {
			continue
		}
		// the value only orders options: the step's direction gives it
		// without parsing the text again
		tried := candidate{answerIdentity: answerIdentity{text: d.text, norm: d.norm, kind: f.Kind}, described: described{numeric: true, value: perturbValue(f.Kind, k, step)}}
		minYear, maxYear := 0, 0 // the years the note's dates mention, 0 when none
		if f.Kind == notes.Date {
			minYear, maxYear, _ = p.years(f.Note)
		}
		if f.Kind == notes.Date && yearTooNear(tried.value, k.value, nearYears) {
			continue // a step of two beside an estimated year
		}
		if f.Kind == notes.Date && int(tried.value)/10000 > max(maxYear, int(k.value)/10000) {
			continue // no date later than any the note mentions: it may lie in the future
		}
		if f.Kind == notes.Date && int(tried.value)/10000 < min(minYear, int(k.value)/10000)-earlierYears {
			continue // nor long before the note's story starts: the period rules it out
		}
		if !p.bound.within(tried.value) || k.percent && !plausiblePercent(tried.value, k.value) || p.overlapsKey(kr, tried.text) || !acceptable(&tried, &k, taken) {
			continue
		}
		if p.freshIn != "" && p.statedInNote(p.freshIn, &k, tried.text) {
			continue
		}
		c := new(candidate) // only the options kept leave the stack
		*c = tried
		if step < 0 {
			below = append(below, c)
		} else {
			above = append(above, c)
		}
		taken = append(taken, c)
	}
	if len(below) != lower || len(above) != n-lower {
		return nil, false
	}
	byValue := func(a, b *candidate) int { return cmpFloat(a.value, b.value) }
	slices.SortFunc(below, byValue)
	slices.SortFunc(above, byValue)
	return append(below, above...), true
}

// plausibleValue keeps distractors of the same magnitude: within a factor of
// three for amounts, forty years for dates. A year less than near years
// from a year key is no fair option either ("1958" against "1959"):
// teachers called it a trick on memory, and took 47% of such cards on
// notes outside ../shared, 64% when the nearest option was further off
// (perturbSteps starts at two years too).
func plausibleValue(v, key float64, kind notes.Kind, near int) bool {
	if v == key {
		return false
	}
	if kind == notes.Date {
		return !yearTooNear(v, key, near) && valueYearsApart(v, key) <= 40
	}
	if key <= 0 || v <= 0 {
		return false
	}
	r := v / key
	return r >= 1.0/3 && r <= 3
}

// yearTooNear reports whether date value v lies less than near years from
// key, a year: no fair option (see plausibleValue).
func yearTooNear(v, key float64, near int) bool {
	return math.Mod(key, 10000) == 0 && valueYearsApart(v, key) < float64(near)
}

// valueYearsApart is how many years date values v and key lie apart.
func valueYearsApart(v, key float64) float64 {
	return math.Abs(math.Floor(v/10000) - math.Floor(key/10000))
}

// perturbSteps lists signed steps to try, nearest plausible ones first in random order.
func perturbSteps(kind notes.Kind, k candidate, rng *rand.Rand) []float64 {
	steps := make([]float64, 0, 20) // the most any kind has
	switch {
	case kind == notes.Date:
		for _, s := range []float64{2, 3, 4, 5, 6, 7, 8, 10, 12, 15} {
			steps = append(steps, s, -s)
		}
	case k.percent || k.ordinal:
		for _, s := range []float64{1, 2, 3, 4, 5, 6, 7, 8} {
			steps = append(steps, s, -s)
		}
	default:
		for _, s := range []float64{1, 2, 3, 4, 5, 6} {
			steps = append(steps, s, -s)
		}
	}
	rng.Shuffle(len(steps), func(i, j int) { steps[i], steps[j] = steps[j], steps[i] })
	return steps
}

// isPercent reports whether s holds "%" or "percent" in any case (no
// lower-cased copy: describe reads every answer with a digit).
func isPercent(s string) bool {
	return strings.Contains(s, "%") || hasAnyFold(s, "percent")
}

var ordinalRe = regexp.MustCompile(`\b(\d+)(st|nd|rd|th)\b`)

// isOrdinal reports whether s holds an ordinal figure ("3rd"). Every match
// of ordinalRe is one hasOrdinal finds: the regexp runs only on the few
// answers that have one.
func isOrdinal(s string) bool { return hasOrdinal(s) && ordinalRe.MatchString(s) }

// multipliers for amounts: step -k shrinks, +k grows, staying within 0.5×..2×.
var multipliers = map[float64]float64{-1: 0.8, -2: 0.6, -3: 0.7, -4: 0.5, -5: 0.75, -6: 0.65, 1: 1.25, 2: 1.5, 3: 1.75, 4: 2, 5: 1.4, 6: 1.3}

var yearRun = regexp.MustCompile(`\b\d{3,4}\b`)

// holdsYearRun is yearRun.MatchString(s), read in one pass (describe asks
// it of every answer with a digit): a match is a word of three or four
// digits, \b telling ASCII letters, digits and '_' from the rest.
func holdsYearRun(s string) bool {
	for i := 0; i < len(s); {
		if !isWordByte(s[i]) {
			i++
			continue
		}
		j, digits := i, true
		for ; j < len(s) && isWordByte(s[j]); j++ {
			digits = digits && isDigitByte(s[j])
		}
		if digits && (j-i == 3 || j-i == 4) {
			return true
		}
		i = j
	}
	return false
}

// isWordByte reports whether c is a word character of a regexp's \b.
func isWordByte(c byte) bool { return isLetterByte(c) || isDigitByte(c) || c == '_' }

// perturb rewrites the numbers in text by step, keeping the wording.
func perturb(k *candidate, kind notes.Kind, step float64) (string, bool) {
	text := k.text
	switch {
	case kind == notes.Date:
		if !k.year {
			// month only: another month
			for i, m := range monthNames {
				if strings.Contains(text, m) {
					j := (i + int(step) + 24) % 12
					return strings.Replace(text, m, monthNames[j], 1), true
				}
			}
			return "", false
		}
		decade := k.decade
		out := yearRun.ReplaceAllStringFunc(text, func(m string) string {
			y, _ := strconv.Atoi(m)
			if decade {
				return strconv.Itoa(y + int(step)*10)
			}
			return strconv.Itoa(y + int(step))
		})
		return out, out != text
	case k.ordinal:
		out := ordinalRe.ReplaceAllStringFunc(text, func(m string) string {
			v, _ := strconv.Atoi(ordinalRe.FindStringSubmatch(m)[1])
			v += int(step) * (1 + v/20)
			if v < 1 {
				return m
			}
			return ordinal(v)
		})
		return out, out != text
	case k.percent:
		bad := false // every number moves, or the range would break
		out := digitRun.ReplaceAllStringFunc(text, func(m string) string {
			v, _ := strconv.ParseFloat(m, 64)
			d := 5.0
			if v < 10 {
				d = math.Max(1, math.Round(v*0.3*10)/10)
			}
			nv := v + step*d
			if i := strings.IndexByte(m, '.'); i >= 0 && d == math.Trunc(d) {
				nv += fractionShift(step, len(m)-i-1)
			}
			if nv <= 0 || nv >= 100 {
				bad = true
				return m
			}
			return formatLike(m, nv)
		})
		return out, out != text && !bad
	}
	mult := multipliers[step]
	if mult == 0 {
		return "", false
	}
	if hasDigit(text) { // digitRun matches exactly when there is a digit

		bad := false
		out := digitRun.ReplaceAllStringFunc(text, func(m string) string {
			v, _ := strconv.ParseFloat(strings.ReplaceAll(m, ",", ""), 64)
			nv := roundLike(m, v*mult)
			out := formatLike(m, nv)
			if nv == 1 && v != 1 || strings.Trim(out, "0.,") == "" && v != 0 {
				bad = true // "1 days", "a $0 difference"
			}
			return out
		})
		return out, out != text && !bad
	}
	// a number word: "three thousand kilometers" → "four thousand kilometers",
	// but never a fraction ("three-quarters" has no sensible neighbours)
	if fractionWord.MatchString(text) {
		return "", false
	}
	ws := strings.Fields(text)
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",."))
		for _, part := range strings.Split(lw, "-") {
			if v, ok := wordValue[part]; ok {
				nv := int(math.Round(float64(v) * mult))
				if nv == v || nv < 1 || nv > 99 {
					return "", false
				}
				if nv == 1 { // "one years": the unit after it is made singular, or the step is not taken
					if i+1 >= len(ws) || singularUnits[ws[i+1]] == "" {
						return "", false
					}
					ws[i+1] = singularUnits[ws[i+1]]
				}
				nw := numberWord(nv)
				if startsUpper(w) {
					nw = upperFirst(nw)
				}
				ws[i] = strings.Replace(strings.ToLower(w), part, nw, 1)
				if startsUpper(w) {
					ws[i] = upperFirst(ws[i])
				}
				return strings.Join(ws, " "), true
			}
		}
	}
	return "", false
}

// fractionShifts move a made-up figure's last decimal by a step's own
// amount: distractors made by whole steps from "22.7%" would all end in
// ".7" ("17.7%, 27.7%, 32.7%"), a pattern that shows how they were made.
var fractionShifts = [...]float64{0, 4, 7, 2, 6, 3, 8, 1, 5}

// fractionShift is step's shift of a figure with dec decimals.
func fractionShift(step float64, dec int) float64 {
	i := int(math.Abs(step)) % len(fractionShifts)
	return math.Copysign(fractionShifts[i]*math.Pow(10, -float64(dec)), step)
}

// singularUnits are the plural units of time a made-up "one" takes in
// the singular ("one year" from "two years"); after any other word, a
// step to one is not taken.
var singularUnits = map[string]string{
	"years": "year", "months": "month", "weeks": "week", "days": "day", "hours": "hour",
	"minutes": "minute", "seconds": "second", "decades": "decade", "centuries": "century",
}

var fractionWord = regexp.MustCompile(`(?i)(half|halves|third|quarter|fifth|tenth)s?\b`)

var wordValue = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

var onesWords = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tensWords = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

// numberWord writes 1..99 in words.
func numberWord(n int) string {
	if n < 20 {
		return onesWords[n]
	}
	if n%10 == 0 {
		return tensWords[n/10]
	}
	return tensWords[n/10] + "-" + onesWords[n%10]
}

func ordinal(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return strconv.Itoa(n) + suf
}

// roundLike rounds v to the significant digits written in m (at least two).
func roundLike(m string, v float64) float64 {
	digits := strings.ReplaceAll(m, ",", "")
	if i := strings.IndexByte(digits, '.'); i >= 0 {
		dec := len(digits) - i - 1
		p := math.Pow(10, float64(dec))
		return math.Round(v*p) / p
	}
	sig := len(strings.TrimRight(strings.TrimLeft(digits, "0"), "0"))
	if sig < 2 {
		sig = 2
	}
	if v < 1 {
		return v
	}
	mag := math.Floor(math.Log10(v)) + 1
	p := math.Pow(10, mag-float64(sig))
	if p < 1 {
		p = 1
	}
	return math.Round(v/p) * p
}

// formatLike writes v the way m was written: decimals and thousands commas.
func formatLike(m string, v float64) string {
	dec := 0
	if i := strings.IndexByte(m, '.'); i >= 0 {
		dec = len(m) - i - 1
	}
	s := strconv.FormatFloat(v, 'f', dec, 64)
	if strings.Contains(m, ",") {
		s = commas(s)
	}
	return s
}

func commas(s string) string {
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String() + frac
}

func (p *pool) textual(f notes.Fact, k candidate, rng *rand.Rand, n int) ([]*candidate, bool) {
	type scored struct {
		i     int
		score float64
	}
	var list []scored
	consider := func(i int, bonus float64) {
		c := p.described(i)
		if c.kind != f.Kind || c.name != k.name || c.verbStart != k.verbStart || !similarText(c, &k) {
			return
		}
		if isNumericKind(f.Kind) && c.shape != k.shape {
			return // "a few months" is no option for "a third"
		}
		s := rng.Float64() + bonus - math.Abs(float64(c.words-k.words))*0.2
		list = append(list, scored{i, s})
	}
	// answers from the same note read most plausible (same topic)
	for _, i := range p.inNote(f.Note, k.bucketKey()) {
		consider(i, 1)
	}
	// answers from other notes are never used for text: a name or phrase
	// from another topic stands out as wrong
	slices.SortStableFunc(list, func(a, b scored) int { return cmpFloat(b.score, a.score) })
	var out []*candidate
	for _, s := range list {
		if len(out) == n {
			break
		}
		c := p.described(s.i)
		if acceptable(c, &k, out) && !containsPhrase(k.norm, c.norm) && !containsPhrase(c.norm, k.norm) {
			out = append(out, c)
		}
	}
	return out, len(out) == n
}

// similarText reports whether candidate c reads like key k: the same sort of
// phrase (name or not, with or without an article, digits or none) and
// about as long, so that no option stands out by its form.
func similarText(c, k *candidate) bool {
	if c.words == 0 || k.words == 0 {
		return false
	}
	first := c.first
	if pronouns[first] || subordinators[first] || first == "which" || first == "that" || first == "who" || first == "whose" || first == "where" {
		return false
	}
	if c.digit != k.digit || c.thing != k.thing || c.thingWord != k.thingWord || c.list != k.list || c.class != k.class {
		return false // a war beside a person, a list beside one name
	}
	if determiners[first] != determiners[k.first] && !k.name {
		return false
	}
	diff := c.words - k.words
	if diff < 0 {
		diff = -diff
	}
	limit := 2
	if !k.name {
		limit = max(1, k.words/3)
	}
	return diff <= limit
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// perturbValue is the value perturb(k.text, kind, step) writes, computed
// from the key's value (rounding aside), to order the options.
func perturbValue(kind notes.Kind, k candidate, step float64) float64 {
	v := k.value
	switch {
	case kind == notes.Date:
		switch {
		case !k.year:
			return v + step*100
		case k.decade:
			return v + step*10*10000
		}
		return v + step*10000
	case k.ordinal:
		return v + step*float64(1+int(v)/20)
	case k.percent:
		d := 5.0
		if v < 10 {
			d = math.Max(1, math.Round(v*0.3*10)/10)
		}
		return v + step*d
	}
	return v * multipliers[step]
}

// relatedWords reports whether two words are the same or share a stem
// ("russia", "russian"; "germany", "germanys").
func relatedWords(a, b string) bool {
	if a == b {
		return true
	}
	n := min(len(a), len(b))
	if n < 4 {
		return false
	}
	p := 0
	for p < n && a[p] == b[p] {
		p++
	}
	return p >= 4
}

// ofKind follows a chain of entries that share an answer, each of another
// kind, from entry u to the one of kind k: at gives an entry's fact, and
// next the chain's next entry (-1 after the last). Without one of kind k,
// it returns the chain's last entry, where the next one is to be linked.
func ofKind(facts []*notes.Fact, k notes.Kind, u int, at, next []int) (int, bool) {
	for facts[at[u]].Kind != k {
		if next[u] < 0 {
			return u, false
		}
		u = next[u]
	}
	return u, true
}

// isAcronym reports whether a is written in capitals and abbreviates b.
func isAcronym(a, b string) bool {
	a = strings.TrimSpace(a)
	if len(a) < 2 || len(a) > 8 || strings.ToUpper(a) != a || strings.ContainsAny(a, " 0123456789") {
		return false
	}
	return acronymOf(a, b)
}

// groupWords end names of organisations, states and armies.
var groupWords = map[string]bool{
	"government": true, "army": true, "party": true, "corporation": true, "company": true, "bank": true,
	"council": true, "union": true, "court": true, "industries": true, "motors": true, "treasury": true,
	"ministry": true, "administration": true, "parliament": true, "empire": true, "republic": true,
	"kingdom": true, "states": true, "nations": true, "organization": true, "organisation": true,
	"commission": true, "committee": true, "agency": true, "forces": true, "coalition": true, "league": true,
	"association": true, "institute": true, "university": true, "group": true, "inc": true, "ltd": true,
	"turks": true, "allies": true, "services": true, "junta": true, "oil": true, "congress": true,
}

// nameClass sorts a name roughly: a titled or two-to-three-word personal
// name, a group (organisation, state, army), or a single word (a country,
// a city or a surname alone).
func nameClass(norm, text string) string {
	ws := strings.Fields(norm)
	for _, w := range ws {
		if groupWords[w] || thingNouns[w] {
			return "group"
		}
	}
	if len(ws) > 0 && (ws[0] == "the" || strings.HasPrefix(text, "The ")) {
		return "group"
	}
	for _, w := range ws {
		if answerTitles[w] {
			return "person"
		}
	}
	switch {
	case len(ws) == 1:
		return "single"
	case len(ws) <= 4 && !namesNoOne(ws, text):
		return "person"
	}
	return "group"
}

// namesNoOne reports whether a name of two to four words (normalised in
// ws, as written in text) is no person's by its words: a firm's, a
// place's or a show's word ("Employment Hero" is not, "Reliance
// Entertainment", "Wall Street", "Radio Show" are), a place word or a
// country opening it ("South Dakota", "India Today"), or a word in
// capitals other than initials opening it ("AT&T", "NFL Films"; "KT Lee"
// is a person). Read as persons, they stood in false statements and
// options for a person ("AT&T became Bell Labs' director of research",
// "Donald Trump voted against ..." for South Dakota), false on sight.
func namesNoOne(ws []string, text string) bool {
	for _, w := range ws {
		if orgWords[w] {
			return true
		}
	}
	if placeWords[ws[0]] || isCountryNorm(ws[0]) {
		return true
	}
	i := 0
	for w, rest := nextField(text); w != ""; w, rest = nextField(rest) {
		w = strings.Trim(w, `"'(),.;:`)
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 2 && isAllCaps(w) && !(i == 0 && len(w) == 2) {
			return true
		}
		i++
	}
	return false
}

// orgWords end or hold the names of firms, bodies, places and works, and
// (nearly) never a person's: surnames that are such words too ("Hall",
// "Park", "Temple", "Church", "Bay") are left out.
var orgWords = map[string]bool{
	"entertainment": true, "engineering": true, "solutions": true, "express": true, "devices": true,
	"multimedia": true, "capital": true, "management": true, "media": true, "labs": true, "lab": true,
	"technologies": true, "systems": true, "street": true, "show": true, "film": true, "films": true,
	"studio": true, "studios": true, "records": true, "partners": true, "ventures": true, "holdings": true,
	"foundation": true, "hotel": true, "hotels": true, "airlines": true, "airways": true, "pharmaceuticals": true,
	"pharma": true, "energy": true, "electric": true, "electronics": true, "network": true, "networks": true,
	"communications": true, "games": true, "limited": true, "corp": true, "llc": true, "plc": true, "fund": true,
	"trust": true, "school": true, "college": true, "hospital": true, "museum": true, "magazine": true,
	"times": true, "news": true, "journal": true, "publishing": true, "club": true, "fc": true, "county": true,
	"province": true, "island": true, "islands": true, "valley": true, "canal": true, "airport": true,
	"station": true, "square": true, "palace": true, "center": true, "centre": true, "academy": true,
	"society": true, "movement": true, "brigade": true, "division": true, "navy": true, "police": true,
	"authority": true, "board": true, "bureau": true, "department": true, "office": true, "channel": true,
	"tv": true, "radio": true, "awards": true, "cup": true, "brands": true, "mobile": true, "steel": true,
	"investments": true, "securities": true, "financial": true, "insurance": true, "consulting": true,
	"digital": true, "platform": true, "app": true,
}

var answerTitles = map[string]bool{
	"president": true, "prime": true, "minister": true, "king": true, "queen": true, "sir": true,
	"dr": true, "general": true, "ayatollah": true, "chancellor": true, "emperor": true, "prince": true,
	"lord": true, "lady": true, "professor": true, "pope": true, "senator": true, "shah": true, "tsar": true,
	"historian": true, "chairman": true, "ceo": true, "founder": true, "leader": true,
}

// acronymInside reports whether a word in capitals inside a abbreviates b
// or its capitalised words.
func acronymInside(a, b string) bool {
	for _, w := range strings.Fields(a) {
		w = strings.Trim(w, `"'(),.`)
		if len(w) >= 2 && len(w) <= 5 && strings.ToUpper(w) == w && !strings.ContainsAny(w, "0123456789") && acronymOf(w, b) {
			return true
		}
	}
	return false
}
