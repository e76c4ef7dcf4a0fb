package cards

import (
	"bytes"
	"cmp"
	"math"
	"math/rand/v2"
	"runtime"
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

// DefaultMinScore drops cards a teacher would likely reject: in blind
// reviews by strict teachers, cards scored 0.8-0.85 were accepted about
// half the time, those scored 0.9 and more seven times in ten.
const DefaultMinScore = 0.85

// AllTypes is every card type, in the order cards of one fact are made.
var AllTypes = []Type{QA, Cloze, MC, TF}

// Options tune Generate.
type Options struct {
	Seed     int64   // same seed and facts give the same cards
	Types    []Type  // card types to make; empty means all
	MinScore float64 // drop cards scoring below; 0 means DefaultMinScore, negative keeps all (see everyCard)
	// exhaustive makes and checks every card however low it can score, as
	// Generate did before it learnt to skip them: tests compare the two
	exhaustive bool
	// firstScores keeps every card (a negative MinScore) at the score of
	// its first reading, before the filter's: everyCard rescores them
	firstScores bool
}

// Blank replaces the answer in cloze questions.
const Blank = "_____"

// Generate turns facts into cards: for each fact a qa question when its
// sentence has a shape that can be turned into one, a cloze, an mc with
// four options and a true/false statement. Cards keep the facts' order;
// each carries a quality Score and cards below opts.MinScore are dropped.
// Across all mc cards the key's position is spread evenly, and about half
// of the tf statements are true. A glossary's facts (notes.Fact.Glossary)
// make cards of their own (glossary.go), in their place among the others.
func Generate(facts []notes.Fact, opts Options) []Card {
	return GenerateNotes([][]notes.Fact{facts}, opts)
}

// GenerateNotes is Generate of the facts in given, read in order as if
// the slices were joined: a caller that reads each note's facts on its
// own needs no copy of them all in one slice (on the 10,000-note corpus,
// 180,000 facts full of pointers, whose copy cost a quarter of a second
// of CPU in an import, while the collector ran).
func GenerateNotes(given [][]notes.Fact, opts Options) []Card {
	if opts.MinScore < 0 && !opts.firstScores {
		return everyCard(given, opts)
	}
	want := opts.Types
	if len(want) == 0 {
		want = AllTypes
	}
	minScore := opts.MinScore
	if minScore == 0 {
		minScore = DefaultMinScore
	}
	facts := liftLabels(given...) // given is left as it is
	// a glossary's definitions, a timeline's dated items and the cards
	// the writer wrote make cards of their own (glossary.go, timeline.go,
	// written.go); where their notes fall among the others' is remembered
	// for merging
	all := facts
	facts, written := splitFacts(all, isWritten)
	facts, gloss := splitFacts(facts, isGlossary)
	facts, timeline := splitFacts(facts, isTimeline)
	var noteOrder map[noteKey]int
	if gloss != nil || written != nil || timeline != nil {
		noteOrder = notesOrder(all)
	}
	g := &generator{sents: newSentenceCache(), warm: minScore > 0, minScore: minScore, cut: minScore > 0 && !opts.exhaustive}
	// The pool, the lexicon and the answers a note is about each depend on
	// the facts alone: the lexicon and the topics are read on a core each
	// while the pool describes answers on every core (a lexicon read on
	// every core had to be merged after)
	var side sync.WaitGroup
	side.Go(func() { g.lex = newLexicon(facts) })
	if g.warm {
		g.topics = newTopics(facts) // read only by the filter's rescoring
	}
	g.pool = newPool(facts)
	// Phrase the questions first, in parallel: this work is per fact and
	// needs no randomness. A question asked of two facts with different
	// answers is ambiguous and is dropped for both: the questions of the
	// facts that give no card are checked only when they are one of the
	// others' (see phraseRest).
	// what depends only on the sentence, the note or the subject under its
	// heading path is computed once for all the facts that share it (a
	// sentence holds several facts): facts come in runs of each, so comparing a fact
	// with the one before finds the sharing without hashing every fact
	// (a sentence or note met again later is worked out again, alike);
	noteOf := make([]int, len(facts))
	var noteFacts []int // a fact of each run sharing a note (indexes: copies of whole facts were megabytes)
	for i := range facts {
		f := facts[i]
		if i > 0 && keyOfNote(*f) == keyOfNote(*facts[i-1]) {
			noteOf[i] = noteOf[i-1]
		} else {
			noteOf[i], noteFacts = len(noteFacts), append(noteFacts, i)
		}
	}
	// the sentence's normal form is worked out by prepare, and what makes
	// it worth asking by read, only for the facts that pass the cheap
	// gates (most do not)
	side.Wait()
	g.noteIDs = make([]string, len(noteFacts))
	for i, fi := range noteFacts {
		g.noteIDs[i] = NoteIdentity(*facts[fi])
	}
	phrases := make([]phrased, len(facts))
	var twice []bool // dates the note gives another year through an anniversary (see datedTwice)
	if g.warm {
		twice = datedTwice(facts, noteOf)
	}
	eachChunk(len(facts), func(lo, hi int) {
		// each fact's context in turn (see read), which remembers the
		// last sentence read: the facts of a sentence come together
		c := new(context)
		var slab moreSlab
		var strong strongReader
		for i := lo; i < hi; i++ {
			p := &phrases[i]
			*p = g.cutAt(*facts[i], g.pool.keyOf[i], c.last.marksOf(facts[i].Sentence))
			p.note = int32(noteOf[i])
			g.read(*facts[i], p, c, &strong, &slab)
			if twice != nil && twice[i] {
				p.dead = true
			}
		}
	})
	g.phraseRest(facts, phrases)
	answerOf := map[string]string{} // question → the answer it was asked for
	ambiguous := map[string]bool{}
	for i := range phrases {
		if p := &phrases[i]; p.ok && p.qaOK {
			if a, ok := answerOf[p.more.qa]; ok && a != p.more.keyNorm {
				ambiguous[p.more.qa] = true
			}
			answerOf[p.more.qa] = p.more.keyNorm
		}
	}
	// The rest of the work is per fact and done on every core, a chunk of
	// facts at a time: each fact is prepared and its candidate cards made
	// and filtered, drawing from its own random stream (seeded by opts.Seed
	// and the fact's identity), so that the draws do not depend on the
	// order or on the core the fact ran on. What depends on the cards made
	// before (IDs and true statements already taken, the true/false
	// balance, the per-sentence cap) is then applied in order, while the
	// next chunk is prepared: only a few chunks of contexts are alive.
	bnds := g.sentenceBounds(facts, phrases)
	workers := make([]*generator, runtime.GOMAXPROCS(0))
	for i := range workers {
		workers[i] = g.worker()
		workers[i].truthLater = g.cut
	}
	var late *generator // prepares the facts left to pick, in order (see factCards.later)
	ready := make(chan []factCards, 1)
	// chunks picked from come back to be filled again: a chunk is a few
	// megabytes, and allocating one for each was a tenth of what
	// Generate allocated (candidates overwrites each element whole)
	free := make(chan []factCards, 2)
	go func() {
		defer close(ready)
		for lo := 0; lo < len(facts); lo += prepareChunk {
			hi := min(lo+prepareChunk, len(facts))
			var chunk []factCards
			select {
			case chunk = <-free:
			default:
				chunk = make([]factCards, prepareChunk)
			}
			chunk = chunk[:hi-lo]
			eachIndexOn(hi-lo, workers, func(w *generator, i int) {
				chunk[i] = w.candidates(facts[lo+i], &phrases[lo+i], boundsOf(bnds, &phrases[lo+i]), ambiguous, want, minScore, opts.Seed)
			})
			ready <- chunk
		}
	}()
	// at the default minimum score, large sets of notes give about one
	// card for every 180 facts, one for every 18 at 0.6 and one for every
	// 9 at 0.3 (the filter drops most of their facts); append grows it
	// when more pass, and a slot left empty costs as much as a card (it is
	// zeroed and scanned by the collector: room for one card in 16 facts
	// was 4 MB at the default, of which a tenth was used)
	room := len(facts) / 16
	if minScore >= DefaultMinScore {
		room = len(facts) / 128
	}
	out := make([]Card, 0, room)
	seen := make(map[string]bool, 2*room) // card IDs and true statements made so far (sized: growing it cost more than filling it)
	lo := 0
	for chunk := range ready {
		for i := range chunk {
			at := lo + i
			out = g.pick(&chunk[i], minScore, seen, out, func() factCards {
				if late == nil {
					late = g.worker()
				}
				return late.candidates(facts[at], &phrases[at], boundsOf(bnds, &phrases[at]), ambiguous, want, minScore, opts.Seed)
			})
		}
		lo += len(chunk)
		select {
		case free <- chunk[:cap(chunk)]:
		default:
		}
	}
	if minScore > 0 {
		out = g.capRun(out, g.run.start)
	}
	out = mergeInNoteOrder(out, glossaryCards(gloss, want, minScore, opts.Seed, g.lex), noteOrder)
	out = mergeInNoteOrder(withoutRestated(out, timeline), timelineCards(timeline, want, minScore, opts.Seed), noteOrder)
	if minScore >= DefaultMinScore {
		// the default bar's note-level check: a user who asks for weaker
		// cards (--min-score 0.6) gets a lone fact's too
		runs := make([]noteRun, len(noteFacts))
		for i, start := range noteFacts {
			end := len(facts)
			if i+1 < len(noteFacts) {
				end = noteFacts[i+1]
			}
			runs[i] = noteRun{facts[start].Note, end - start}
		}
		out = dropLoneFacts(out, runs)
	}
	// after the note-level check, which may drop the first telling of a
	// fact: the retelling is kept then
	out = dropRetold(out)
	out = rebalanceKeys(out)
	nameInFull(out, facts, noteFacts, g.lex)
	if g.topics != nil { // read when scores are the filter's, as for maxTrueScore
		out = rankAsides(out, g.topics, minScore)
	}
	// last: no rule of the deck's (lone facts, retellings, names in full,
	// asides, the key balance) applies to what the writer wrote
	wc := writtenCards(written, want, minScore)
	return mergeInNoteOrder(withoutAsked(out, wc), wc, noteOrder)
}

// everyCard is GenerateNotes of every card the rules can make (a negative
// MinScore), each scored as a filtered run scores it. The unfiltered run
// keeps each card at the score of its first reading, before the filter's
// second look, and leaves out questions the filtered runs keep (a
// question asked of two facts is dropped for both, and more facts compete
// unfiltered): "recall cards --min-score 0" showed cards at 0.85 that
// --min-score 0.8 left out, and missed a tenth of the default deck. So
// every card of the filtered runs at the minimums users ask for most is
// here at its score, and a card that none of them shows scores 0.
func everyCard(given [][]notes.Fact, opts Options) []Card {
	unfiltered := opts
	unfiltered.firstScores = true
	raw := GenerateNotes(given, unfiltered)
	// a card's place in all by its ID; the unfiltered run may make one
	// twice (a timeline's item read as its own fact too), the filtered
	// runs never do
	at := make(map[string]int, len(raw))
	all := raw[:0]
	for _, c := range raw {
		if _, twice := at[c.ID]; twice {
			continue
		}
		at[c.ID] = len(all)
		c.Score = 0
		all = append(all, c)
	}
	var more []Card // cards only a filtered run makes
	// a card that a sentence's cap or the lone-fact check leaves out at
	// one minimum may ship at a higher one, where fewer cards compete. A
	// card takes its text and score from the highest minimum that ships
	// it: one fact's true and false statements share an ID, and the
	// true/false balance may ship the other one than the unfiltered draw
	// (a few scores read the deck around them: an aside ranks among its
	// topic's cards)
	shipped := make(map[string]bool)
	for _, m := range []float64{DefaultMinScore, 0.6, 0.3, math.SmallestNonzeroFloat64} {
		filtered := opts
		filtered.MinScore = m
		for _, c := range GenerateNotes(given, filtered) {
			if shipped[c.ID] {
				continue
			}
			shipped[c.ID] = true
			if i, ok := at[c.ID]; ok {
				all[i] = c
				continue
			}
			more = append(more, c)
		}
	}
	if len(more) == 0 {
		return all
	}
	var facts []*notes.Fact
	for _, fs := range given {
		for i := range fs {
			facts = append(facts, &fs[i])
		}
	}
	order := notesOrder(facts)
	slices.SortStableFunc(more, func(a, b Card) int {
		if c := cmp.Compare(order[keyOfNote(a.Fact)], order[keyOfNote(b.Fact)]); c != 0 {
			return c
		}
		return cmp.Compare(a.Fact.Line, b.Fact.Line)
	})
	return mergeInNoteOrder(all, more, order)
}

// gatesCloze reports whether the fact's true statement must be checked to
// decide on its cloze: a cloze ships only when its sentence, stated whole
// as true, passes the filter's checks (whatever the statement scores).
// Those checks read the sentence as a claim (opinion, staleness, hearsay,
// a fragment, a quotation), and a cloze blanks one word of the same
// claim. The statement is checked whether or not tf cards are wanted, so
// that --types only filters.
func gatesCloze(fc *factCards, minScore float64) bool {
	return minScore > 0 && len(fc.cards) > 0 && fc.cards[len(fc.cards)-1].Type == Cloze
}

// stateAnyway picks, by its card ID, half of the facts that give no fair
// false statement to be stated true all the same: with all of them, notes
// of names, phrases and figures would give mostly true statements. Picking
// by ID keeps the same cards under any seed; maxTrueLead bounds what is
// left over in notes made mostly of definitions.
func stateAnyway(id string) bool {
	return id != "" && id[len(id)-1]%2 == 0
}

// agreedOnly reports whether a true statement of a fact of kind k, when
// no fair false one could stand in its place, only asks the student to
// agree with a sentence: a term and what it is called ("a 'bizarre
// shape'"), a figure, a cause. Blind teachers took 46 of 110 such
// statements (17 of 68 on notes outside ../shared/): they are not made.
// A population stated true is kept (teachers took 17 of 18).
func agreedOnly(k notes.Kind) bool {
	return k == notes.Definition || k == notes.Quantity || k == notes.Cause
}

// maxTrueLead is how far true statements may run ahead of false ones
// before a fact with no fair false statement states itself no more.
const maxTrueLead = 8

// prepareChunk is how many facts are prepared at a time (see Generate):
// a chunk of cards is 744 bytes a fact, and three or four chunks are made
// (the one picked from, the one prepared, those waiting), 3 MB each at
// 4,096 facts; handing a chunk over costs microseconds.
const prepareChunk = 1024

// factCards are the cards a fact may give, made and filtered in the
// parallel phase; pick chooses among them in order.
// The mc and tf variants keep only what differs from one to another: a
// chunk of them is alive at once, and whole cards (each with its fact)
// were most of what the collector had to scan.
type factCards struct {
	ok       bool
	fact     notes.Fact // its URL filled in
	siblings string
	ids      [4]string // by typeIndex
	cards    []Card    // qa and cloze cards that passed the filter, in AllTypes order
	mcStem   string
	mc       mcCards
	mcMade   bool
	// the tf card: the true statement, and the false one when a fair one
	// could be made; which is shipped depends on the balance so far
	tf         bool // tf cards are wanted
	truth, lie variant
	// the true statement passes the filter's checks, whatever its score:
	// known for a fact with a cloze (see gatesCloze)
	stated  bool
	lieMade bool // a false statement could be made
	coin    bool // the fact's own draw for an even balance
	// only the fact's true statement may ship, which pick turns down
	// while true statements lead (as they do for most such facts): the
	// fact is prepared only when pick would not (see pick)
	later bool
}

// variant is one way of asking a card: its text or options and its score
// once filtered (ok: it passed).
type variant struct {
	question string
	choices  []string
	score    float64
	ok       bool
}

// card builds the fact's card of type t from a variant.
func (fc *factCards) card(t Type, v *variant, answer string, key int) Card {
	return Card{ID: fc.ids[typeIndex(t)], Type: t, Question: v.question, Answer: answer, Choices: v.choices, Key: key,
		Kind: fc.fact.Kind, Score: v.score, Siblings: fc.siblings, Fact: fc.fact}
}

// worker is a copy of g for one core: the pool's and the filter's caches
// of the last stem, perturbations and sentences are its own (they are
// caches of pure functions, so results do not depend on the worker).
func (g *generator) worker() *generator {
	w := *g
	p := *g.pool
	// the caches are sized for the facts one worker prepares past their
	// score bound (see read and prepare: on the corpus, about one in ten
	// at the default minimum score, one in three at 0.3, where they grow
	// twice): growing them cost more than filling them, and room left
	// empty is zeroed and scanned by the collector
	perWorker := len(g.pool.keyOf) / runtime.GOMAXPROCS(0)
	p.memo, p.quantities, p.lastStem, p.lastSubject, p.lastNorm = make(map[perturbKey]perturbed, perWorker/32), nil, "", "", ""
	p.recent = recentPerturbs{}
	w.pool = &p
	w.sents = newSentenceCache()
	w.sents.dangling, w.sents.claims = make(map[sentenceKey]bool, perWorker/8), make(map[string]claimFlags, perWorker/8)
	w.ctx = nil
	return &w
}

// factRand is one of the fact's own random streams: the seed, the fact's
// siblings key (16 hex digits) and the card type pick it, so that what one
// card type draws (or does not) leaves the others' draws alone.
func factRand(seed int64, siblings string, t Type) *rand.Rand {
	k, _ := strconv.ParseUint(siblings, 16, 64)
	return rand.New(rand.NewPCG(uint64(seed), k^0x9e3779b97f4a7c15^uint64(typeIndex(t))*0xbf58476d1ce4e5b9))
}

// candidates prepares fact f and makes its cards, each checked by the
// filter when minScore > 0. It runs on a worker (see Generate). The fact,
// its phrasing and bounds are read in place: most facts give no card, and
// copies of them for each were most of what those cost. bnd is nil for a
// fact with no bounds.
func (g *generator) candidates(fact *notes.Fact, ph *phrased, bnd *bounds, ambiguous map[string]bool, want []Type, minScore float64, seed int64) factCards {
	if !ph.ok {
		return factCards{}
	}
	if ph.dead {
		return factCards{ok: true, fact: *fact} // as prepare finds it; pick still sees its sentence
	}
	if ph.later && g.truthLater { // as prepare finds it
		if !slices.Contains(want, TF) {
			return factCards{ok: true, fact: *fact}
		}
		return factCards{ok: true, later: true, fact: *fact}
	}
	p := g.prepare(*fact, *ph)
	if !p.ok {
		return factCards{}
	}
	if p.dead || p.later && !slices.Contains(want, TF) {
		return factCards{ok: true, fact: p.fact} // pick still sees its sentence
	}
	if p.later {
		return factCards{ok: true, later: true, fact: p.fact}
	}
	f, ctx := p.fact, p.ctx
	fc := factCards{ok: true, fact: f, siblings: p.siblings, ids: p.ids}
	base := p.base
	qaText, qaConf, qaOK := p.qa, p.qaConf, p.qaOK
	if qaOK && ambiguous[qaText] {
		qaOK = false
	}
	g.pool.bound = bounds{}
	if bnd != nil {
		g.pool.bound = *bnd
	}
	// cardOf sets what every card of the fact shares
	cardOf := func(c *Card, t Type) *Card {
		c.Type, c.Kind, c.Fact = t, f.Kind, f
		c.ID, c.Siblings = p.ids[typeIndex(t)], p.siblings
		if c.Key == 0 && c.Type != MC && c.Type != TF {
			c.Key = -1
		}
		return c
	}
	// rescored is the score fit's rescoring gives card c (a copy). The
	// rescoring reads neither an mc card's options nor a false statement's
	// fill, and pick drops a card scoring below minScore whatever the
	// checks say: one that cannot reach it is neither checked nor, when no
	// card of its type can, drawn
	rescored := func(c Card) float64 {
		rescore(&c, ctx, g.lex)
		return c.Score
	}
	// finish completes a card and runs the filter on it
	finish := func(c *Card, t Type) bool {
		cardOf(c, t).Score = clamp(c.Score)
		if minScore <= 0 {
			return true
		}
		score := rescored(*c)
		if g.cut && score < minScore || !g.passes(c, ctx) { // filter.go: the teacher's second look
			return false
		}
		c.Score = score
		return true
	}
	// mayMake reports whether a card of a type that loses lower in fit's
	// rescoring can score minScore from raw (see mayReach)
	mayMake := func(raw, lower float64) bool {
		return !p.lowered || max(raw, 0)-lower+0.011 >= minScore
	}
	// neither blanked nor asked who when filtered: see sharedDeed
	shared := minScore > 0 && sharedDeed(&f)
	for _, t := range AllTypes {
		if !slices.Contains(want, t) && !(t == TF && gatesCloze(&fc, minScore)) || ph.qaOnly && t != QA {
			continue
		}
		var c Card
		var ok bool
		switch t {
		case QA:
			if qaOK && !shared {
				c, ok = Card{Question: qaText, Answer: f.Answer, Score: base * qaConf}, true
				switch n := countFields(qaText); {
				case n > 25:
					c.Score -= 0.15
				case 20*n < 9*countFields(f.Sentence) && !populationAsked(qaText) && !ctx.askedAsMeasure(qaText):
					// the question keeps less than half of its sentence
					// ("..., pausing all development and laying off 95%
					// of staff"): the sentence's blank keeps what matters;
					// a population's place and measure are all it needs
					c.Score -= 0.1
				}
			}
		case Cloze:
			if minScore > 0 && !clozeAsked(f.Kind, ctx.sp.left) || shared {
				continue
			}
			if !mayMake(base-clozeBelowOthers-ctx.contextPenalty(), p.all+p.notTF+p.notQA) {
				continue
			}
			c, ok = g.cloze(f, ctx, base-ctx.contextPenalty())
		case MC:
			if minScore > 0 && !mcAsked(f.Kind, ctx.sp.left) {
				continue
			}
			stem := ctx.clozeText()
			score := base - 0.05 - ctx.contextPenalty()
			if qaOK {
				stem, score = qaText, base*qaConf
			}
			switch {
			case !isNumericKind(f.Kind) && !ctx.key.name: // the key describes f.Answer: its name is readName's first result for f.Answer
				score -= 0.2 // phrases make weaker distractors than names and numbers
			case !ctx.key.numeric:
				score -= 0.1 // names of another sort may slip in
			}
			// the checks that do not read the options come first: an mc
			// card they reject draws none
			stub := Card{Question: stem, Answer: f.Answer, Score: clamp(score)}
			if minScore > 0 && (g.cut && rescored(*cardOf(&stub, MC)) < minScore || !g.fitStem(cardOf(&stub, MC), stem, ctx)) {
				continue
			}
			fc.mcStem = stem
			fc.mc, fc.mcMade = g.mc(f, ctx, stem, score, factRand(seed, p.siblings, MC), func(c *Card) bool {
				cardOf(c, MC)
				c.Score = clamp(score)
				if minScore > 0 {
					if !fitOptions(c, stem, ctx) {
						return false
					}
					rescore(c, ctx, g.lex)
				}
				return true
			})
			continue
		case TF:
			score := base - 0.05 - ctx.contextPenalty()
			stated := trueStatement(f, ctx, clamp(score))
			cardOf(&stated, TF)
			// mayMake as below, at once; then whether pick would ship
			// either statement: a tf card of the fact that cannot is as
			// good as none. A false statement that cannot reach the
			// minimum score is not drawn: the filter would turn it down,
			// as pick does one that was not made (on the corpus, three
			// facts in five that state themselves, whose draws were a
			// third of what tf cost)
			lieMay := !g.cut || g.lieMayReach(&stated, ctx, minScore)
			if slices.Contains(want, TF) && mayMake(score, p.all+p.notQA) && (lieMay || g.truthMayReach(&stated, ctx, minScore)) {
				fc.tf = true
				rng := factRand(seed, p.siblings, TF)
				fc.coin = rng.IntN(2) == 0
				truth, lie, lieMade := g.tf(f, ctx, score, rng, lieMay)
				ok := finish(&truth, TF)
				fc.truth = variant{question: truth.Question, choices: truth.Choices, score: truth.Score, ok: ok}
				fc.stated = ok // its checks passed (it may have failed on its score alone: see below)
				if fc.lieMade = lieMade; lieMade {
					ok := finish(&lie, TF)
					fc.lie = variant{question: lie.Question, choices: lie.Choices, score: lie.Score, ok: ok}
				}
			}
			if gatesCloze(&fc, minScore) && !fc.stated {
				fc.stated = g.passes(&stated, ctx) // made for the cloze's sake, whatever tf cards are wanted
			}
			continue
		}
		if ok && finish(&c, t) {
			fc.cards = append(fc.cards, c)
		}
	}
	return fc
}

// clozeAsked reports whether a fact of kind k, the words before its
// answer being left, is asked as a cloze when cards are filtered: a
// blanked reaction or reason has many fitting words, or one the rest of
// the sentence gives away; a blanked rank hides its measure: they are
// asked as a question or a statement. A blank in brackets ("The Carnatic
// Wars (_____) were fought") asks an aside's detail: teachers took 3 of 46.
func clozeAsked(k notes.Kind, left string) bool {
	return k != notes.Response && k != notes.Cause && k != notes.Ranking && !inAside(left)
}

// sharedDeed reports whether the sentence of an actor says it "also" or
// "likewise" did what it did, or did it jointly ("co-founded") with
// others it does not name ("Kesh also signed the pact", "Ana Velt, the
// guild's head, had also concluded", with "also" dropped from the card):
// someone the card does not show did it too, so a blank or a "Who"
// question has two right answers (teachers rejected all 8 ratings of such
// a blank). Its true or false statement says "also" and stays.
func sharedDeed(f *notes.Fact) bool {
	if f.Kind != notes.Actor {
		return false
	}
	end := f.Start + len(f.Answer)
	if f.Start < 0 || end > len(f.Sentence) {
		return false // no answer span in the sentence to read past
	}
	// past the comma that closes an apposition ("Singapore's Prime
	// Minister, Lee Kuan Yew, had also concluded"): the verb follows it
	rest := strings.TrimPrefix(strings.TrimLeft(f.Sentence[end:], " "), ",")
	for range 3 { // "had also", "would have also"
		w, more := nextField(rest)
		switch {
		case w == "also" || w == "likewise":
			return true
		case jointVerb(w):
			// "Ana Velt co-founded the guild": with others the card
			// does not show, unless the sentence names them ("with ...");
			// not "co-written by", a deed done to the answer
			by, _ := nextField(more)
			return by != "by" && !strings.Contains(more, " with ")
		case !auxiliaries[w]:
			return false
		}
		rest = more
	}
	return false
}

// jointVerb reports whether w is a deed done with others by its very
// word, in the past: "co-founded", "cofounded", "co-wrote", not the
// noun "co-founder".
func jointVerb(w string) bool {
	low := strings.ToLower(trimPunct(w))
	v, ok := strings.CutPrefix(low, "co-")
	if !ok {
		v, ok = strings.CutPrefix(low, "co")
	}
	return ok && jointDeeds[v]
}

var jointDeeds = wordsOf(`founded wrote written authored created directed developed invented sponsored hosted chaired produced`)

// mcAsked reports whether a fact of kind k, the words before its answer
// being left, is asked as an mc card when cards are filtered: not a
// detail in brackets; a share, a count or a sum among three near ones
// tests guessing; names drawn from the notes are too often of another
// time or office to be plausible (teachers rejected most of both): dates
// and ranks remain.
func mcAsked(k notes.Kind, left string) bool {
	return (k == notes.Date || k == notes.Ranking) && !inAside(left)
}

// pick appends the cards of one fact that the cards before it leave room
// for: one card per ID and per true statement, scores above minScore, the
// per-sentence cap, and for tf the statement that keeps about half of them
// true.
// A fact left for later (see factCards.later) is made by prepareLate
// when its true statement may ship.
func (g *generator) pick(fc *factCards, minScore float64, seen map[string]bool, out []Card, prepareLate func() factCards) []Card {
	if !fc.ok {
		return out
	}
	if f := &fc.fact; minScore > 0 && (f.Sentence != g.run.sentence || f.Note != g.run.note) { // a new sentence: cap the last one's cards
		out = g.capRun(out, g.run.start)
		g.run.start, g.run.note, g.run.sentence = len(out), f.Note, f.Sentence
	}
	if fc.later {
		if g.tfTrue >= maxTrueLead {
			// no false statement of the fact can ship: below, a lead
			// this long turns its true one down
			return out
		}
		*fc = prepareLate()
	}
	add := func(c *Card) {
		// one fact per card text: a sentence with two facts states the
		// same true statement twice, and notes of one video or topic
		// often share a sentence word for word (three notes that each say
		// "The Kesh guild was founded in 1201 ..." gave one question thrice)
		qk := ""
		switch {
		case c.Type == TF && c.Answer == "true":
			qk = c.Question
		case c.Type != TF:
			qk = string(c.Type) + "\x00" + c.Question + "\x00" + c.Answer
		}
		if seen[c.ID] || (qk != "" && seen[qk]) || (minScore > 0 && c.Score < minScore) {
			return
		}
		seen[c.ID] = true
		if qk != "" {
			seen[qk] = true
		}
		if c.Type == TF { // balance counts the statements actually kept
			if c.Answer == "true" {
				g.tfTrue++
			} else {
				g.tfTrue--
			}
		}
		out = append(out, *c)
	}
	// a question and a cloze on one fact ask the same thing: the better one
	// stays ("Who signed ...?" beside "_____ signed ...")
	if len(fc.cards) == 2 && fc.cards[0].Type == QA && fc.cards[1].Type == Cloze {
		if fc.cards[0].Score >= fc.cards[1].Score {
			fc.cards = fc.cards[:1]
		} else {
			fc.cards = fc.cards[1:]
		}
	}
	for i := range fc.cards {
		if fc.cards[i].Type == Cloze && minScore > 0 && !fc.stated {
			continue // see gatesCloze
		}
		add(&fc.cards[i])
	}
	if fc.mcMade {
		order := fc.mc.order
		slices.SortStableFunc(order[:], func(a, b int) int { return g.keyPos[a] - g.keyPos[b] })
		for _, pos := range order {
			if !fc.mc.made[pos] {
				continue
			}
			if n := len(out); fc.mc.at[pos].ok {
				v := &fc.mc.at[pos]
				v.question = fc.mcStem
				c := fc.card(MC, v, fc.fact.Answer, pos)
				if add(&c); len(out) > n {
					g.keyPos[pos]++
				}
			}
			break
		}
	}
	if !fc.tf {
		return out
	}
	truth := g.tfTrue <= 0
	if g.tfTrue == 0 {
		truth = fc.coin
	}
	if truth && seen[fc.truth.question] {
		truth = false // this sentence was already stated true for another fact
	}
	// a false statement that was not made and one the filter turned down
	// are alike: whether the second was even drawn depends on what the
	// generator could tell in advance
	usable := func(v *variant) bool { return v.ok && (minScore <= 0 || v.score >= minScore) }
	lieOK, truthOK := fc.lieMade && usable(&fc.lie), usable(&fc.truth)
	if truth && !truthOK && lieOK {
		truth = false // a short true statement says too little: the false one
	}
	if !truth && !lieOK {
		if !truthOK || seen[fc.truth.question] || g.tfTrue >= maxTrueLead {
			return out
		}
		if g.tfTrue > 0 && !stateAnyway(fc.ids[typeIndex(TF)]) {
			return out
		}
		truth = true // no fair false statement: state the fact, while true ones do not lead
	}
	switch {
	case truth && fc.truth.ok && (lieOK || !agreedOnly(fc.fact.Kind)):
		c := fc.card(TF, &fc.truth, "true", 0)
		add(&c)
	case !truth && fc.lie.ok:
		c := fc.card(TF, &fc.lie, "false", 1)
		add(&c)
	}
	return out
}

// phrased is what Generate knows of a fact before preparing it fully: its
// question, which is checked against every other fact's.
//
// There is one for every fact, so it holds only what most facts need (120
// bytes; it was 264, a sixth of what Generate allocated, zeroed and
// copied): what only the few facts that may give a card or ask a question
// need is in more.
type phrased struct {
	// the sentence either side of the answer, as plainSpan leaves it
	// (see span): prepare reads them too, and keeping the two strings
	// rather than the span spares a copy of the sentence and the answer
	// in each of the facts' phrases
	left, right string
	context     contextReading // what initContext reads of the fact, unless dead
	more        *phrasedMore   // nil until the question is checked or the score bound passes
	key         int            // pool.keyOf
	// the index in generator.noteIDs of the note's NoteIdentity, worked
	// out once for the facts that share it (see Generate)
	note int32
	// 1 + the index of the fact's bounds among those sentenceBounds
	// found, 0 for none (most facts: see boundsOf)
	bound int32
	ok    bool // the answer is in the sentence
	qaOK  bool // more.qa is the fact's question
	// no card of the fact is worth making in its sentence (worthAskingIn)
	// or passes the filter (its context dangles), as the first pass finds
	// when cards are filtered
	dead   bool
	qaOnly bool // only the question may be asked: the rest would show a fragment (see asksAlone)
	asked  bool // the question was phrased (see read and phraseRest)
	// only the fact's true/false statement may ship, and its true one
	// alone, as the first pass found it (see read): a worker that leaves
	// such facts for pick does not prepare it (see factCards.later)
	later   bool
	topical lazyBool // the answer is what the note is about (see topics), once known
}

// phrasedMore is what phrased holds of a fact whose question was checked
// (on the corpus, one fact in 24) or which passed the score bound with its
// context (one in five).
type phrasedMore struct {
	qa      string
	qaConf  float64
	keyNorm string // the answer normalised as the pool describes it, when qaOK
	// the fact's score and what fit's rescoring takes from its cards
	// (factLowerings), as the first pass works them out when cards are
	// cut (see read): prepare takes them up, with what the bound read
	// (contextPenalty, sentenceWords, the cloze's lowerings)
	base    float64
	lowered lowered
	bounded boundReading
}

// moreOf is p.more, made from slab when p has none yet (slab nil: one of
// its own).
func (p *phrased) moreOf(slab *moreSlab) *phrasedMore {
	if p.more == nil {
		if slab == nil {
			p.more = new(phrasedMore)
		} else {
			p.more = slab.next()
		}
	}
	return p.more
}

// moreSlab hands out phrasedMore records a block at a time: one
// allocation for each of the tens of thousands of facts that need one
// cost more than the records.
type moreSlab []phrasedMore

func (s *moreSlab) next() *phrasedMore {
	if len(*s) == cap(*s) {
		*s = make([]phrasedMore, 0, 256)
	}
	*s = (*s)[:len(*s)+1]
	return &(*s)[len(*s)-1]
}

// question is the fact's question as phrase left it, "" with none.
func (p *phrased) question() (qa string, conf float64) {
	if p.more == nil {
		return "", 0
	}
	return p.more.qa, p.more.qaConf
}

// boundReading is what mayReach reads of a fact besides its score and
// lowerings: the same context gives the same again (see contextOf), and
// prepare takes it up rather than reading it twice.
type boundReading struct {
	penalty                float64
	sentWords              int
	clozeLower             float64
	clozeAsked, clozeKnown bool
}

// cutAt finds the fact's answer in its sentence and cuts the sentence around
// it, the first step of the first, parallel pass of Generate. key is the
// fact's pool.keyOf, m what its sentence holds of the words plainSpan drops.
func (g *generator) cutAt(f notes.Fact, key int, m spanMarks) phrased {
	sp, ok := locate(f)
	if !ok {
		return phrased{}
	}
	p := phrased{ok: true, key: key}
	sp = plainSpanMarked(sp, m)
	p.left, p.right = sp.left, sp.right
	return p
}

// read is the first pass of Generate on fact f, cut as p: it tells
// whether the fact is worth asking in its sentence and reads its context
// into c (c.last remembers the last sentence read); when cards are cut,
// it scores the fact and drops one none of whose cards can reach the
// minimum score, whatever its question (most facts: see mayReach). Then
// it phrases the question of a fact that may give a card showing it (the
// others': see phraseRest).
func (g *generator) read(f notes.Fact, p *phrased, c *context, strong *strongReader, slab *moreSlab) {
	if !p.ok {
		return
	}
	sw, aw := c.last.wordsOf(f.Sentence), countWords(f.Answer)
	if sheetField(f) {
		sw = sheetFieldWords // its line's length is no fault (see score)
	}
	if p.dead = g.cut && !mayScore(f.Kind, f.Answer, sw, aw, g.minScore+talkPenalty(f)); p.dead {
		return // the cheapest bound: most facts that fail it fail the others too, at more cost
	}
	var alone aloneReading // what the bound with the context takes up
	asks := true           // a card that shows the question may reach the minimum score (see below)
	if g.cut {
		// the next cheapest: the same bound, less what fit's rescoring
		// takes for the fact alone, before its context is read (on the
		// corpus it drops nearly half the facts the first let through,
		// all of which mayReach dropped later), first with the cheaper
		// part of what it takes (see readAloneFirst)
		alone = readAloneFirst(f)
		all, notTF, notQA := sumLowerings(f, nil, g.lex, alone)
		if p.dead = !mayScoreLowered(f.Kind, sw, aw, all, notTF, notQA, g.minScore); p.dead {
			return
		}
		alone = readAloneRest(alone, f, c.last.unanchoredOf(f, g.lex))
		all, notTF, notQA = sumLowerings(f, nil, g.lex, alone) // tableLowerings(f, nil, g.lex)
		if p.dead = !mayScoreLowered(f.Kind, sw, aw, all, notTF, notQA, g.minScore); p.dead {
			return
		}
	}
	// the gates below only rule facts out, so their order changes no
	// outcome: the cheapest per fact ruled out runs first (on the corpus,
	// reading the context rules out a fact in four for half the cost of
	// reading what makes the sentence worth asking, and the score's bound
	// with that context rules out more than either)
	sp := p.span(f)
	p.context = readContext(f, sp, strong.read(&f, &c.last), g.lex, &c.last)
	if p.dead = g.warm && p.context.dangles(); p.dead {
		return // the filter rejects every card of the fact (see factDangles)
	}
	var b prepared // the fact as the bound reads it
	if g.cut {
		// the question is not known yet: at best it is one (qaRaw's
		// confidence is at most maxQAConf)
		b = prepared{fact: f, ctx: g.contextUntopical(c, f, p, nil), qaOK: true, qaConf: maxQAConf}
		b.ctx.alone = alone
		b.base = b.ctx.score()
		// whether the answer is what the note is about is read only for
		// the facts the bound lets through without it (on the corpus,
		// half of those read so far): it only lowers the bound further
		// (by notTF), and the bound is worked out again with it
		if p.dead = !b.mayReach(g.minScore, g.lex); p.dead {
			return
		}
		if g.readTopical(b.ctx, p) {
			b.ctx.lowered, b.lowered = lowered{}, false
			if p.dead = !b.mayReach(g.minScore, g.lex); p.dead {
				return
			}
		}
		m := p.moreOf(slab)
		m.base, m.lowered = b.base, b.ctx.lowered
		m.bounded = boundReading{penalty: b.ctx.contextPenalty(), sentWords: b.ctx.sentWords,
			clozeLower: b.clozeLower, clozeAsked: b.clozeAsked, clozeKnown: b.clozeKnown}
		// whether a card other than the true/false statement can reach
		// the minimum score, the question being at its best (see mayShip,
		// which asks it again with the fact's question)
		asks = b.showsMayReach(g.minScore)
	}
	if !asks {
		// no card of the fact that shows its question can score enough:
		// its question is phrased with the rest (see phraseRest), where it
		// still counts towards another fact's being ambiguous (on the
		// corpus, four facts in five that reach this far, which give a
		// true/false statement at most).
		// Its statements judged now, as mayShip would judge them: the
		// fact is left for pick when only its true one may ship (see
		// factCards.later), which it mostly turns down, and dropped when
		// neither may (the question only lowers the bound mayShip asks
		// first, which drops a fact as well, and pick prepares a fact it
		// takes up whole). They are judged before whether the fact is
		// worth asking in its sentence, which drops it as well (it would
		// have only its question to give): on the corpus neither
		// statement may ship for seven such facts in ten, and reading
		// the sentence's worth cost more than judging them
		ship, truthOnly := g.statementsShip(&b)
		if p.dead = !ship; p.dead {
			return
		}
		if p.dead = !worthAskingIn(f, sp, c.last.worthOf(f.Sentence)); p.dead {
			return // the fact had only its question to give (see asksAlone)
		}
		p.later = truthOnly
		return
	}
	if g.warm {
		if sw := c.last.worthOf(f.Sentence); !worthAskingIn(f, sp, sw) {
			if p.dead = !asksAlone(f, sp, sw); p.dead {
				return
			}
			p.qaOnly = true
		}
	}
	g.phrase(f, p, nil, slab)
	if p.qaOnly && (!p.qaOK || !populationAsked(p.more.qa)) {
		p.dead = true // the fact had only its question to give
	}
}

// span is the fact's sentence as cut.
func (p *phrased) span(f notes.Fact) span {
	return span{left: p.left, ans: f.Answer, right: p.right, whole: f.Sentence}
}

// phrase phrases the question of the fact cut into p. When among is not
// nil, a question not among it is not checked further: it is left not
// ok (see phraseRest).
// slab makes p.more when p needs one (nil: one of its own).
func (g *generator) phrase(f notes.Fact, p *phrased, among map[string]bool, slab *moreSlab) {
	p.asked = true
	ans := f.Answer                     // the fact's own, which the question's answer is compared by
	f, sp := withRoleBack(f, p.span(f)) // the question asks for the person with the office
	q, conf, ok := qaRaw(f, sp, g.lex)
	if !ok || among != nil && !among[q] {
		return
	}
	m := p.moreOf(slab)
	m.qa, m.qaConf, p.qaOK = qaChecked(q, conf, f, sp)
	if p.qaOK {
		// enough for the give-away check; the pool's description of the
		// answer serves unless the office was put back into it
		c := context{f: f}
		if p.key >= 0 && g.pool.ids[p.key].text == f.Answer {
			k := &g.pool.ids[p.key]
			c.key.text, c.key.norm = k.text, k.norm
		}
		if c.givesAway(m.qa) || countWords(m.qa) < 4 || placeRelative(f, sp.left) || dateInSubclause(f, sp) || qaTruncated(m.qa, f, sp) || qaBounded(f, sp) || qaMisparsed(m.qa, f, sp) {
			p.qaOK = false
		}
	}
	if p.qaOK {
		// only a question's answer is compared with others' (see
		// Generate): most facts ask none
		if p.key >= 0 {
			m.keyNorm = g.pool.ids[p.key].norm
		} else {
			m.keyNorm = answer.Normalize(ans) // describe(...).norm, without the rest of describe
		}
	}
}

// phraseRest phrases the questions of the facts that give no card that
// shows them, which the first pass left unphrased, as far as telling
// whether one is among the questions it phrased: a question asked of two
// facts with different answers is ambiguous, and only the questions of
// facts that may give a card are looked up (see candidates). A question
// not among them is phrased but not checked (qaChecked, phrase's own
// checks), which is most of the cost of a question once made.
//
// A fact is compared only with the questions it may ask (see qaOpeners),
// and one whose words cannot make any of them (see questionWords) is not
// phrased at all: on the corpus, most dates and causes, which cost the
// most to phrase, and every quantity. The questions that open with
// "What", most of those asked, are too short for their words to rule out
// many facts for less than phrasing them costs.
func (g *generator) phraseRest(facts []*notes.Fact, phrases []phrased) {
	asked := map[string]bool{}
	byOpener := map[string]*askedQuestions{}
	for i := range phrases {
		if p := &phrases[i]; p.asked && p.qaOK && !asked[p.more.qa] {
			asked[p.more.qa] = true
			w, _ := nextField(p.more.qa)
			a := byOpener[w]
			if a == nil {
				a = new(askedQuestions)
				byOpener[w] = a
			}
			a.questions, a.askedBy, a.cuts = append(a.questions, p.more.qa), append(a.askedBy, facts[i]), append(a.cuts, p)
		}
	}
	// what a fact of each kind is compared with: nothing when no question
	// it may ask was asked, the words of those asked when none opens with
	// "What"; a kind not among these is phrased
	type kindFilter struct {
		none  bool
		words *questionWords
	}
	filters := map[notes.Kind]kindFilter{}
	for _, k := range []notes.Kind{notes.Population, notes.Date, notes.Actor, notes.Response, notes.Ranking,
		notes.Quantity, notes.Place, notes.Definition, notes.Cause} {
		var mayAsk askedQuestions
		what := false
		for _, w := range qaOpeners(k) {
			if a := byOpener[w]; a != nil {
				mayAsk.questions = append(mayAsk.questions, a.questions...)
				mayAsk.askedBy = append(mayAsk.askedBy, a.askedBy...)
				mayAsk.cuts = append(mayAsk.cuts, a.cuts...)
				what = what || w == "What"
			}
		}
		switch {
		case len(mayAsk.questions) == 0:
			filters[k] = kindFilter{none: true}
		case !what:
			filters[k] = kindFilter{words: newQuestionWords(mayAsk.questions, mayAsk.askedBy, mayAsk.cuts)}
		}
	}
	eachChunk(len(facts), func(lo, hi int) {
		var pieces pieceReader
		var sink byte
		for at := lo; at < hi; at += restBlock {
			end := min(at+restBlock, hi)
			// a block of facts is gone through twice: first to rule out
			// those of a kind that asks none of the questions and to read
			// a byte of each line of the others' words, with nothing
			// waiting on what is read, so that the lines come from memory
			// together rather than one at a time as the facts are phrased
			// (on the corpus the words of most facts were out of the
			// caches by now, and waiting for them was a fifth of what
			// phraseRest cost)
			for i := at; i < end; i++ {
				p := &phrases[i]
				if !p.ok || p.asked {
					continue
				}
				f := facts[i]
				if k, ok := filters[f.Kind]; ok && k.none {
					p.asked = true // its question is none of those asked
					continue
				}
				sink += touchLines(p.left) + touchLines(p.right) + touchLines(f.Answer) + touchLines(f.Subject)
			}
			for i := at; i < end; i++ {
				p := &phrases[i]
				if !p.ok || p.asked {
					continue
				}
				if f, ok := filters[facts[i].Kind]; ok && f.words != nil && !f.words.mayAsk(facts[i], p, &pieces) {
					p.asked = true // its question is none of those asked
					continue
				}
				g.phrase(*facts[i], p, asked, nil) // few reach qaChecked: a record of their own
			}
		}
		touched.Add(uint32(sink))
	})
}

// restBlock is how many facts phraseRest reads ahead (see there): 64 to
// 256 did alike on the corpus, 16 saved about half as much.
const restBlock = 128

// touched keeps what touchLines read, so that the reads are not left out
// by the compiler; what it holds means nothing.
var touched atomic.Uint32

// touchLines reads a byte of each 64-byte line of s and its last byte,
// and returns their sum.
func touchLines(s string) byte {
	var x byte
	for k := 0; k < len(s); k += 64 {
		x += s[k]
	}
	if len(s) > 0 {
		x += s[len(s)-1]
	}
	return x
}

// askedQuestions are questions with the fact each was asked of, and its cut.
type askedQuestions struct {
	questions []string
	askedBy   []*notes.Fact
	cuts      []*phrased
}

// prepared is what Generate knows of a fact before it draws any options.
type prepared struct {
	ok       bool
	fact     notes.Fact // its URL filled in
	ctx      *context   // ctx.f is the fact too
	qa       string
	qaConf   float64
	qaOK     bool
	base     float64
	siblings string
	ids      [4]string // by typeIndex
	dead     bool      // no card of the fact is worth making or passes the filter: only fact is known
	later    bool      // only the true statement may ship, and g.truthLater: only fact is known (see factCards.later)
	// what fit's rescoring takes from each card of the fact at least, by
	// card type (see lowerings), when mayReach worked it out
	all, notTF, notQA float64
	lowered           bool
	// whether the fact is asked as a cloze, and what the cloze loses for
	// the fact alone besides (see reaches), once known
	clozeAsked, clozeKnown bool
	clozeLower             float64
}

func (g *generator) prepare(f notes.Fact, ph phrased) prepared {
	if !ph.ok {
		return prepared{}
	}
	if ph.dead {
		// worth.go: no card is worth making; or a pronoun or a
		// demonstrative the card cannot resolve, for which the filter
		// rejects every card (see factDangles below). Its URL is left
		// unfilled: no card shows it (most facts)
		return prepared{ok: true, dead: true, fact: f}
	}
	if f.URL == "" && f.VideoID != "" {
		f.URL = "https://www.youtube.com/watch?v=" + f.VideoID // no time known: the video itself
	}
	if g.ctx == nil {
		g.ctx = new(context)
	}
	p := prepared{ok: true, fact: f, ctx: g.contextOf(g.ctx, f, &ph, g.sents)}
	if h := p.ctx.heading; h != "" {
		p.fact.Heading = append(slices.Clip(f.Heading), h)
	}
	p.qa, p.qaConf = ph.question()
	p.qaOK = ph.qaOK
	if p.qaOK {
		p.ctx.gives = append(p.ctx.gives, giveAway{p.qa, false}) // phrase checked it
	}
	if g.cut {
		// as read worked them out: the same context gives the same score
		// and lowerings (see contextOf)
		p.base, p.ctx.lowered = ph.more.base, ph.more.lowered
		r := &ph.more.bounded
		p.ctx.penalty, p.ctx.penaltyOK, p.ctx.sentWords = r.penalty, true, r.sentWords
		p.clozeLower, p.clozeAsked, p.clozeKnown = r.clozeLower, r.clozeAsked, r.clozeKnown
	} else {
		p.base = p.ctx.score()
	}
	if g.cut {
		ship, truthOnly := false, false
		if p.mayReach(g.minScore, g.lex) { // now with the fact's question
			ship, truthOnly = g.mayShip(&p)
		}
		if !ship {
			p.dead = true // no card of the fact can score enough: none is made
			return p
		}
		if truthOnly && g.truthLater {
			p.later = true // the checks below are left to pick's call
			return p
		}
	}
	if g.cut {
		p.ctx.key.sentence = g.sentNorm(f.Sentence)
		if answerTwice(p.ctx.key.sentence, p.ctx.key.norm) {
			// the score's check, now that the sentence is known (scored
			// anew: the same sums in the same order round alike)
			if p.base = p.ctx.score(); !p.reaches(g.minScore, p.all, p.notTF, p.notQA) {
				p.dead = true
				return p
			}
		}
	}
	if g.warm && (factGivesAway(p.ctx) || p.ctx.claimsOf().rejectsAll() || factDangles(p.ctx)) {
		// the filter rejects every card of the fact whatever the card
		// shows (see fitStem and reviewStemOK): none is made (the
		// sentence's claims are read before whether it dangles, which
		// is dearer and rejects fewer facts; factDangles finds what
		// factGivesAway found remembered)
		p.dead = true
		return p
	}
	if p.lowered && p.ctx.claimsOf().judgement { // the graded claim mayReach left out
		if p.notTF += 0.05; !p.reaches(g.minScore, p.all, p.notTF, p.notQA) {
			p.dead = true
			return p
		}
	}
	if p.qaOK && g.warm {
		p.ctx.readShown(p.qa)
	}
	if g.warm {
		// what the cards of the fact will ask, worked out at once (the
		// answers are kept): one normalisation of the cloze text serves
		// the give-away check and the filter's reading
		p.ctx.readText(p.ctx.clozeText())
		p.ctx.contextPenalty()
		warmFilter(p.ctx)
	}
	// the key's norm is answer.Normalize(f.Answer); the lexicon knows every subject's
	p.siblings, p.ids = factIDs(f, g.noteIDs[ph.note], p.ctx.subjectNorm(), p.ctx.key.norm)
	return p
}

// contextOf sets c up as the context of fact f, cut as ph and read in
// the first pass, with what its score and lowerings read; sents is the
// worker's sentence cache (nil in the first pass, whose checks use none).
func (g *generator) contextOf(c *context, f notes.Fact, ph *phrased, sents *sentenceCache) *context {
	c = g.contextUntopical(c, f, ph, sents)
	g.readTopical(c, ph)
	return c
}

// contextUntopical is contextOf but for whether the answer is what the
// note is about (c.topical is false: see readTopical).
func (g *generator) contextUntopical(c *context, f notes.Fact, ph *phrased, sents *sentenceCache) *context {
	c = setContext(c, f, ph.span(f), g.lex, ph.context)
	c.sents = sents
	switch {
	case sents == nil:
		// the first pass reads only the key's identity, but for
		// keyNumeric: the rest of its description is worked out for the
		// facts it lets through (on the corpus, describing the keys of
		// every fact it bounds was a twentieth of what Generate cost)
		c.keyAt, c.keyPartial = ph.key, true
		if ph.key >= 0 {
			c.key = candidate{answerIdentity: g.pool.ids[ph.key]}
			c.keyPool = g.pool
		} else {
			c.key = candidate{answerIdentity: describeIdentity(f.Answer, f.Kind)}
		}
	case ph.key >= 0:
		c.key = *g.pool.described(ph.key)
	default:
		c.key = describe(f.Answer, f.Kind)
	}
	// the normalised sentence serves only the score's check that the
	// answer shows twice, which can only lower it, and the distractors:
	// a fact that cannot reach the minimum score without that check is
	// dropped before the sentence is normalised
	c.key.sentence = ""
	if !g.cut {
		c.key.sentence = g.sentNorm(f.Sentence)
	}
	return c
}

// readTopical sets c.topical, of c's fact, phrased as ph, when the topics
// are read, and returns it.
func (g *generator) readTopical(c *context, ph *phrased) bool {
	if g.topics != nil {
		// read finds it, and prepare takes it up from there
		c.topical = ph.topical.get(func() bool {
			if c.topicsRead == nil {
				c.topicsRead = new(topicReading)
			}
			return g.topics.topical(&c.f, c.topicsRead)
		})
	}
	return c.topical
}

// maxQAConf is the highest confidence qaRaw gives a question.
const maxQAConf = 0.9

// mayReach reports whether a card of the prepared fact can score minScore
// (see reaches), first with what the fact is known to lose at once, then,
// when that passes, with its lowerings (which it keeps in p), but for a
// graded claim, the dearest to read: prepare reads it once the filter's
// checks of the fact alone have passed.
func (p *prepared) mayReach(minScore float64, lx *lexicon) bool {
	all := 0.0
	if p.ctx.pronoun {
		all += 0.05
	}
	if p.fact.Kind == notes.Quantity && !p.ctx.measured() {
		all += 0.05
	}
	if !p.reaches(minScore, all, 0, 0) {
		return false
	}
	p.all, p.notTF, p.notQA = lowerings(p.ctx, lx)
	p.lowered = true
	return p.reaches(minScore, p.all, p.notTF, p.notQA)
}

// reaches reports whether a card of the prepared fact can score minScore
// when fit's rescoring lowers every card by all, those but tf by notTF
// besides and those but qa by notQA: every card starts from the fact's
// score, the question from its share of it (qaConf), the others less
// contextPenalty (see candidates), and the rescoring lowers them, except
// a question asking a date, which it raises by 0.1; a cloze, when the
// fact is asked as one at all, loses clozeBelowOthers and clozeLowerings
// besides (most facts' best card is their cloze, and on the corpus this
// bound drops a fact in three of those the bound without it let
// through). An mc card scores no
// more than the question its stem is, or than the statement when its
// stem is the cloze text. Each score is rounded twice, each time by up
// to half a hundredth: the bound allows for it. Generate asks it only
// when cards are filtered.
func (p *prepared) reaches(minScore, all, notTF, notQA float64) bool {
	return max(p.bound(all, notTF, notQA, true), 0)+0.011 >= minScore
}

// bound is the best score reaches finds a card of the fact may have
// before rounding; without tf, the true/false statement is left out, and
// an mc card with the cloze text for its stem, which it bounds, is
// bounded on its own.
func (p *prepared) bound(all, notTF, notQA float64, tf bool) float64 {
	penalty := p.ctx.contextPenalty()
	// rounding lifts a negative score to 0 first
	best := max(p.base-0.05-penalty, 0) - all - notQA // tf
	if !tf {
		best = math.Inf(-1)
		if mcAsked(p.fact.Kind, p.ctx.sp.left) {
			best = max(p.base-0.05-penalty, 0) - all - notTF - notQA - 0.03 // answerability takes 0.03 from every mc card
		}
	}
	if !p.clozeKnown {
		p.clozeKnown, p.clozeAsked = true, clozeAsked(p.fact.Kind, p.ctx.sp.left)
		if p.clozeAsked {
			p.clozeLower = -clozeLowerings(0, p.fact, p.ctx)
		}
	}
	if p.clozeAsked {
		best = max(best, max(p.base-clozeBelowOthers-penalty, 0)-all-notTF-notQA-p.clozeLower)
	}
	if p.qaOK {
		qa := max(p.base*p.qaConf, 0) - all - notTF // mc with the question is lower still
		if p.fact.Kind == notes.Date {
			qa += 0.1
		}
		best = max(best, qa)
	}
	return best
}

// mayShip reports whether a card of the prepared fact can reach the
// minimum score, its true/false statement judged as candidates judges it
// (truthMayReach, lieMayReach) rather than bounded (see reaches): the
// statement is the card the bound finds best in most facts that give
// none, and reading it costs less than the filter's checks of the fact
// that follow. truthOnly
// tells that no card but the true statement can: on the corpus, the only
// card that half the facts reaching candidates might ship.
func (g *generator) mayShip(p *prepared) (ship, truthOnly bool) {
	if p.showsMayReach(g.minScore) {
		return true, false
	}
	return g.statementsShip(p)
}

// showsMayReach reports whether a card of the prepared fact other than its
// true/false statement may reach minScore, by the bound (see reaches).
func (p *prepared) showsMayReach(minScore float64) bool {
	return max(p.bound(p.all, p.notTF, p.notQA, false), 0)+0.011 >= minScore
}

// statementsShip is mayShip of a fact whose other cards cannot reach the
// minimum score: whether either of its true/false statements may, and
// whether only the true one may.
func (g *generator) statementsShip(p *prepared) (ship, truthOnly bool) {
	// as candidates makes it; mayReach passed, so the bound lets it through
	truth := trueStatement(p.fact, p.ctx, clamp(p.base-0.05-p.ctx.contextPenalty()))
	// the false statement first: it costs less to judge, and when it may
	// ship the true one need not be judged
	if g.lieMayReach(&truth, p.ctx, g.minScore) {
		return true, false
	}
	// pick states no term, figure or cause true with no false statement
	// that may stand in its place (see agreedOnly)
	truthShips := !agreedOnly(p.fact.Kind) && g.truthMayReach(&truth, p.ctx, g.minScore)
	return truthShips, truthShips
}

// trueStatement is the true/false card that states the sentence of fact f
// (read into c) as true, scoring score: tf makes it, and the score bounds
// and the cloze's gate judge it.
func trueStatement(f notes.Fact, c *context, score float64) Card {
	return Card{Type: TF, Kind: f.Kind, Fact: f, Question: "True or false: " + c.statement(f.Answer), Answer: "true", Score: score}
}

// lowerings is what fit's rescoring takes from every card of the fact
// behind ctx at least, by card type (see answerability and reviewPenalty):
// from all types, then what a card other than tf and one other than qa
// loses besides (but for a graded claim, which prepare reads last).
func lowerings(ctx *context, lx *lexicon) (all, notTF, notQA float64) {
	all, notTF, notQA = factLowerings(ctx.f, ctx, lx)
	if ctx.pronoun {
		all += 0.05
	}
	return all, notTF, notQA
}

// eachIndex calls f(i) for i in [0, n) on every core. Each call writes only
// its own index, so results do not depend on scheduling.
func eachIndex(n int, f func(int)) {
	eachChunk(n, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			f(i)
		}
	})
}

// eachIndexOn calls f(w, i) for i in [0, n), each worker w of ws on its
// own core taking the next block of indexes (facts differ much in cost, so
// fixed halves would leave a core idle). Each call writes only its own
// index and a worker holds only caches, so results do not depend on
// scheduling.
func eachIndexOn[W any](n int, ws []W, f func(W, int)) {
	workers := min(len(ws), max(1, n/256))
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(ws[0], i)
		}
		return
	}
	const block = 32
	var next atomic.Int64
	var wg sync.WaitGroup
	for _, w := range ws[:workers] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo := int(next.Add(block)) - block
				if lo >= n {
					return
				}
				for i := lo; i < min(lo+block, n); i++ {
					f(w, i)
				}
			}
		}()
	}
	wg.Wait()
}

// eachChunk calls f on contiguous chunks of [0, n), one per core, for work
// that keeps state across indexes (maps to merge afterwards).
func eachChunk(n int, f func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), max(1, n/256))
	if workers <= 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(lo, hi)
		}()
	}
	wg.Wait()
}

// typeIndex numbers the card types in AllTypes order.
func typeIndex(t Type) int {
	switch t {
	case QA:
		return 0
	case Cloze:
		return 1
	case MC:
		return 2
	}
	return 3
}

// Rank sorts cards best first, keeping the original order among equals.
func Rank(cs []Card) {
	slices.SortStableFunc(cs, func(a, b Card) int {
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		}
		return 0
	})
}

func clamp(x float64) float64 {
	switch {
	case x < 0:
		return 0
	case x > 1:
		return 1
	}
	return float64(int(x*100+0.5)) / 100
}

type generator struct {
	pool     *pool
	lex      *lexicon
	topics   *topics  // actors and places a note is about (worth.go)
	warm     bool     // cards will be filtered: prepare works out the filter's per-fact checks
	minScore float64  // cards scoring below are dropped
	cut      bool     // cards that cannot reach minScore are not made (see mayReach)
	ctx      *context // a worker's context, reused for each fact it prepares (see initContext)
	tfTrue   int      // true minus false statements so far
	keyPos   [4]int   // how often the mc key sat at each position
	// the sentence whose cards are being made, and where they start in
	// the output: its cards are capped once the next sentence begins
	run struct {
		start          int
		note, sentence string
	}
	// what the checks found of each sentence (see sentenceCache)
	sents *sentenceCache
	// the last sentence a worker normalised, and its normal form (see sentNorm)
	lastSent, lastSentNorm string
	// a fact whose only card that may ship is its true statement is left
	// for pick (see factCards.later): set on the workers when cards are cut
	truthLater bool
	// NoteIdentity of each note, by phrased.note
	noteIDs []string
}

// locate finds the answer in the sentence: at f.Start when it is there,
// else its first occurrence.
func locate(f notes.Fact) (span, bool) {
	s, a := f.Sentence, f.Answer
	if a == "" || s == "" {
		return span{}, false
	}
	i := f.Start
	if i < 0 || i+len(a) > len(s) || s[i:i+len(a)] != a {
		i = strings.Index(s, a)
		if i < 0 {
			return span{}, false
		}
	}
	return span{left: s[:i], ans: a, right: s[i+len(a):], whole: s}, true
}

// context is a fact's sentence made readable on its own: a leading pronoun
// replaced by the subject, or the subject named before it.
type context struct {
	f   notes.Fact
	key candidate // the answer, described for distractors
	// in the first pass, key holds its identity alone (keyPartial): the
	// rest is all[keyAt] of keyPool, described, or its own when keyAt < 0
	// (see keyNumeric)
	keyPartial bool
	keyAt      int
	keyPool    *pool
	sp         span // the sentence as shown, split around the answer
	prefix     string
	heading    string // a label the card shows as the last heading rather than as a prefix
	unresolved bool
	demonstr   bool       // "these facilities": points outside the card
	pronoun    bool       // a personal pronoun inside the sentence
	core       string     // the answer normalised without its hedge, for give-away checks
	gives      []giveAway // give-away checks already made (a few per fact: a slice beats a map)
	penalty    float64    // contextPenalty, once known: three card types ask for it
	penaltyOK  bool
	// headingGivesAway, once known
	headingAway, headingKnown bool
	lx                        *lexicon // the notes' words, titles and headings
	cloze                     string   // clozeText, once built
	stripped                  string   // hedgeless, once known
	stripKnown                bool
	sentWords                 int // sentenceWords plus one, once known
	shown                     []shownReading
	truth                     string // statement(f.Answer), once built
	stem, stemNormed          string // the last stem asked for distractors and its stemNorm (see knownStem)
	// the filter's other checks of the fact alone, once known: every card
	// type of the fact asks them
	spelled, implied, sentDangles lazyBool
	// reviewPenalty's checks of the fact alone, once known
	bareName               lazyBool
	measureQuest           string // measureQuestion of a quantity, once measureKnown
	measureKnown           bool
	alone                  aloneReading // what the table of lowerings reads of the fact alone, once known (see read)
	rest, answerTokens     int          // content tokens around the blank, of the answer
	restKnown, answerKnown bool
	claims                 claimFlags      // review.go: what the sentence claims, once known
	lowered                lowered         // review.go: factLowerings of f, once known
	topical                bool            // the answer is what the note is about (worth.go)
	last                   sentenceReading // kept by initContext from one fact to the next
	topicsRead             *topicReading   // kept too: what topics read of the last note
	sents                  *sentenceCache
}

// keyNumeric is c.key.numeric, the key described first when only its
// identity is known (see contextUntopical).
func (c *context) keyNumeric() bool {
	if c.keyPartial {
		if c.keyAt >= 0 {
			c.key.described = c.keyPool.described(c.keyAt).described
		} else {
			c.key.described = describeRest(&c.key)
		}
		c.keyPartial = false
	}
	return c.key.numeric
}

// knownStem tells the pool the stem's normalised form, worked out once for
// the fact's mc and tf cards when they share it (the cloze text).
func (c *context) knownStem(stem string, p *pool) {
	if stem != c.stem || c.stemNormed == "" {
		c.stem, c.stemNormed = stem, stemNorm(stem, c.f.Subject)
	}
	p.knowStem(stem, c.f.Subject, c.stemNormed)
}

// lazyBool is a check's result, worked out on first use.
type lazyBool uint8

func (l *lazyBool) get(check func() bool) bool {
	if *l == 0 {
		*l = 1
		if check() {
			*l = 2
		}
	}
	return *l == 2
}

type giveAway struct {
	text string
	v    bool
}

// givesAway reports whether text shows the fact's answer, remembering the
// result: the cloze text is also the mc stem.
func (c *context) givesAway(text string) bool {
	for _, g := range c.gives {
		if g.text == text {
			return g.v
		}
	}
	var buf [512]byte // normalised on the stack: the text is a whole sentence
	v := containsPhraseBytes(answer.AppendNormalize(buf[:0], strings.Replace(text, Blank, " ", 1)), c.giveAwayCore())
	c.gives = append(c.gives, giveAway{text, v})
	return v
}

func (c *context) giveAwayCore() string {
	if c.core == "" && c.key.norm != "" && c.key.text == c.f.Answer && c.hedgeless() == c.f.Answer {
		c.core = c.key.norm // the answer has no hedge: its normal form is the key's
	}
	if c.core == "" {
		c.core = answer.Normalize(c.hedgeless())
		if c.core == "" {
			c.core = answer.Normalize(c.f.Answer)
		}
	}
	return c.core
}

// readText works out at once what givesAway and readShown will ask of a
// card text: one normalisation serves both.
func (c *context) readText(text string) {
	for _, g := range c.gives {
		if g.text == text {
			c.readShown(text)
			return
		}
	}
	for _, r := range c.shown {
		if r.question == text {
			c.givesAway(text)
			return
		}
	}
	shown := strings.Replace(text, Blank, " ", 1)
	var buf [512]byte
	norm := answer.AppendNormalize(buf[:0], shown)
	c.gives = append(c.gives, giveAway{text, containsPhraseBytes(norm, c.giveAwayCore())})
	c.shown = append(c.shown, shownReading{text, countNormalTokens(norm), namesOther(shown, c.f.Answer)})
}

// sentenceWords is countWords of the fact's sentence: score and
// contextPenalty both need it.
func (c *context) sentenceWords() int {
	if c.sentWords == 0 {
		// the facts of a sentence come together: c.last counted it for
		// the one before
		c.sentWords = c.last.wordsOf(c.f.Sentence) + 1 // stored plus one: zero is unknown
	}
	return c.sentWords - 1
}

// wordsOf is countWords(sentence), remembered for the last sentence.
func (r *sentenceReading) wordsOf(sentence string) int {
	if r.counted != sentence || r.words == 0 {
		r.counted, r.words = sentence, countWords(sentence)+1 // stored plus one: zero is unknown
	}
	return r.words - 1
}

// subjectNorm is answer.Normalize of the fact's subject (see
// subjectNormOf).
func (c *context) subjectNorm() string { return c.last.subjectNormOf(c.f.Subject) }

// subjectNormOf is answer.Normalize of subject, remembered for the facts
// that follow with the same subject (they come in runs).
func (r *sentenceReading) subjectNormOf(subject string) string {
	if r.subject != subject || !r.subjectOK {
		r.subject, r.subjectNorm, r.subjectOK = subject, answer.Normalize(subject), true
	}
	return r.subjectNorm
}

// hedgeless is answer.StripHedge of the fact's answer, worked out once:
// the give-away checks against the card and against the headings need it.
func (c *context) hedgeless() string {
	if !c.stripKnown {
		c.stripped, c.stripKnown = answer.StripHedge(c.f.Answer), true
	}
	return c.stripped
}

func newContext(f notes.Fact, sp span, lx *lexicon) *context {
	return initContext(new(context), f, sp, lx, lx.strongSubject(f))
}

// initContext sets c up as newContext's context of fact f, keeping only
// the room of c's slices: a worker of Generate prepares one fact at a
// time and reuses one context (none outlives its fact's candidates).
// strong is lx.strongSubject(f).
func initContext(c *context, f notes.Fact, sp span, lx *lexicon, strong bool) *context {
	return setContext(c, f, sp, lx, readContext(f, sp, strong, lx, &c.last))
}

// setContext sets c up as initContext does, from what readContext read.
func setContext(c *context, f notes.Fact, sp span, lx *lexicon, r contextReading) *context {
	*c = context{f: f, sp: sp, lx: lx, gives: c.gives[:0], shown: c.shown[:0], last: c.last, topicsRead: c.topicsRead,
		prefix: r.prefix, heading: r.heading, unresolved: r.unresolved, pronoun: r.pronoun, demonstr: r.demonstr}
	c.sp.left = r.left
	return c
}

// contextReading is what initContext reads of a fact's sentence and
// subject: the sentence made readable on its own (see context).
type contextReading struct {
	left, prefix, heading         string // the words before the answer, a leading pronoun replaced
	unresolved, pronoun, demonstr bool
}

// dangles is contextDangles of the context read.
func (r *contextReading) dangles() bool { return r.demonstr || r.unresolved }

// readContext reads fact f's sentence as cut in sp for its context;
// last remembers what it read of the last sentence. strong is
// lexicon.strongSubject(f).
func readContext(f notes.Fact, sp span, strong bool, lx *lexicon, last *sentenceReading) contextReading {
	r := contextReading{left: sp.left}
	// the checks below look at the first five words at most
	var first5 [5]string
	words := appendFields(first5[:0], sp.left)
	labelled := false
	// look past a short label ("Mass: It has ...")
	for i := 0; i < len(words) && i < 4; i++ {
		if strings.HasSuffix(words[i], ":") && i+1 < len(words) {
			words, labelled = words[i+1:], true
			break
		}
	}
	subj := strings.TrimSpace(f.Subject)
	if len(words) > 0 {
		var low [32]byte
		fb, ascii := appendBare(low[:0], words[0])
		first := string(fb) // on the stack: it does not escape
		if !ascii {
			first = bareWord(words[0])
		}
		switch {
		case labelled && pronouns[first] && first != "there" && first != "here":
			r.unresolved = true
		case (first == "it" || first == "its") && pluralTopic(subj, f.Note, lx):
			// "Disease Names: ... It is called X": "it" is something the
			// sentence before named, not the topic over it
			r.unresolved = true
		case (first == "it" || first == "they") && strong && !last.mentionsOf(sp.left[len(words[0]):]+sp.ans+sp.right, subj):
			r.left = replaceFirstWord(sp.left, subj)
		case (first == "its" || first == "their") && strong && !last.mentionsOf(sp.left[len(words[0]):]+sp.ans+sp.right, subj):
			r.left = replaceFirstWord(sp.left, possessive(subj))
		case pronouns[first] && first != "there" && first != "here":
			r.unresolved = true
		}
	} else if w := firstWord(sp.right); w != "" && pronouns[bareWord(w)] && bareWord(w) != "there" {
		r.unresolved = true
	}
	shown := sp
	shown.left = r.left
	sentence := shown.sentence() // built once: a new string when the connective or the pronoun went
	// name the subject before the sentence when it is a real one (a bold
	// label such as "Iran:"), not a heading the card shows anyway; before
	// a sentence with a subject of its own, the label reads as pasted in
	// ("Foreign Policy Shift: Months later, ..."): it heads the card instead
	if strong && !last.mentions(sentence, subj) && !last.mentionsOf(sp.ans, subj) {
		if ownVerb(sentence) {
			r.heading = subj
		} else {
			r.prefix = subj + ": "
		}
	}
	unresolved, pronoun, demonstr := last.pointers(sentence, r.prefix == "")
	r.unresolved = r.unresolved || unresolved
	r.pronoun, r.demonstr = pronoun, demonstr
	return r
}

// pluralTopic reports whether subject, of a fact of note, ends in a
// plural common noun ("Disease Names", "Growth Prospects"): a list's
// topic, which "it" cannot stand for. A plural is a word in s that the
// notes also write in small letters, or one that ends a subject the note
// gives facts under several sections (lexicon.isField), so that names
// ending in s ("Starbucks", "Costas") are not taken for one.
func pluralTopic(subject, note string, lx *lexicon) bool {
	w, _ := lastWord(subject)
	return pluralWord(w) && (lx.isLower(w) || lx.isField(note, subject)) // lastWord has lower-cased w
}

// pluralWord reports whether word w reads as a plural by its ending: in a
// small s, not in ss, us, is or a possessive's 's (its first letters may
// be capitals: newLexicon reads subjects as the notes write them).
func pluralWord(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "’s") {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'u', 'i', '\'':
		return false // "process", "campus", "analysis"
	}
	return true
}

// sentenceReading is what initContext read of the last sentence it was
// given (pointersIn): the facts of a sentence come one after another, and
// each read the whole sentence again.
type sentenceReading struct {
	read                          string
	alone, ok                     bool
	unresolved, pronoun, demonstr bool
	// mentions' last text and subject, and its answer
	mentionsText, mentionsSubject string
	mentioned, mentionedOK        bool
	// the last sentence counted (sentenceWords) and its words plus one
	counted string
	words   int
	// the last subject normalised (subjectNorm)
	subject, subjectNorm string
	subjectOK            bool
	// the last subject split into words (mentionsOf)
	split      string
	splitWords []string
	splitOK    bool
	// the last sentence read for what makes it worth asking (worthOf)
	worthRead string
	worth     sentenceWorth
	worthOK   bool
	// the last sentence read for the words plainSpan drops (marksOf)
	marked   string
	marks    spanMarks
	markedOK bool
	// the last sentence and note read for whether the sentence names
	// anything (unanchoredOf)
	anchorRead, anchorNote string
	unanchored, anchorOK   bool
}

// unanchoredOf is unanchored(f, lx), remembered for the last sentence and
// note (it reads nothing else of f): the facts of a sentence come
// together (on the corpus, 88,000 sentences are read for 112,000 facts).
// lx is the same for every call.
func (r *sentenceReading) unanchoredOf(f notes.Fact, lx *lexicon) bool {
	if !r.anchorOK || r.anchorRead != f.Sentence || r.anchorNote != f.Note {
		r.anchorRead, r.anchorNote, r.anchorOK = f.Sentence, f.Note, true
		r.unanchored = unanchored(f, lx)
	}
	return r.unanchored
}

// marksOf is marksOf(sentence), remembered for the last sentence.
func (r *sentenceReading) marksOf(sentence string) spanMarks {
	if !r.markedOK || r.marked != sentence {
		r.marked, r.marks, r.markedOK = sentence, marksOf(sentence), true
	}
	return r.marks
}

// worthOf is readWorth(sentence), remembered for the last sentence: read
// asks it only of the facts that its score bounds let through (on the
// corpus, 57,000 of 126,000 sentences are read for it).
func (r *sentenceReading) worthOf(sentence string) sentenceWorth {
	if !r.worthOK || r.worthRead != sentence {
		r.worthRead, r.worth, r.worthOK = sentence, readWorth(sentence), true
	}
	return r.worth
}

// mentions is mentions(text, subject), remembered for the last pair: the
// facts of a sentence share their subject too.
func (r *sentenceReading) mentions(text, subject string) bool {
	if !r.mentionedOK || r.mentionsText != text || r.mentionsSubject != subject {
		r.mentionsText, r.mentionsSubject, r.mentionedOK = text, subject, true
		r.mentioned = r.mentionsOf(text, subject)
	}
	return r.mentioned
}

// mentionsOf is mentions(text, subject), the subject's words remembered
// for the last subject: facts come in runs of a subject, and splitting it
// again for each of their sentences was most of what reading a context
// allocated.
func (r *sentenceReading) mentionsOf(text, subject string) bool {
	if !r.splitOK || r.split != subject {
		r.split, r.splitWords, r.splitOK = subject, answer.Words(subject), true
	}
	return mentionsWords(text, r.splitWords)
}

// pointers is pointersIn(text, alone), remembered for the last text.
func (r *sentenceReading) pointers(text string, alone bool) (unresolved, pronoun, demonstr bool) {
	if !r.ok || r.read != text || r.alone != alone {
		r.read, r.alone, r.ok = text, alone, true
		r.unresolved, r.pronoun, r.demonstr = pointersIn(text, alone)
	}
	return r.unresolved, r.pronoun, r.demonstr
}

// comparedWithin reports whether "to" or "as" comes within three words
// from next (rest follows it): what a "similar" is compared with.
func comparedWithin(next, rest string) bool {
	w := next
	for i := 0; i < 3 && w != ""; i++ {
		if b := bareWord(w); b == "to" || b == "as" {
			return true
		}
		w, rest = nextField(rest)
	}
	return false
}

// pointersIn reads sentence s for words that point outside a card: a
// pronoun standing as a subject after an opening clause (", it was", "On
// _____, he became") leaves the card without saying who, unless the
// subject is named before the sentence (alone: it is not); demonstratives
// and other pronouns point outside it. The words are read one by one in
// one pass, each with the one before and after.
func pointersIn(s string, alone bool) (unresolved, pronoun, demonstr bool) {
	prev, w, rest := "", "", s
	w, rest = nextField(rest)
	for i := 0; w != ""; i++ {
		next, after := nextField(rest)
		b := ""
		// every word looked for below opens on t, h, i, s or b: a word
		// opening on another letter is none of them (punctuation is
		// trimmed first)
		if c := w[0] | 0x20; c < 'a' || c > 'z' || c == 't' || c == 'h' || c == 'i' || c == 's' || c == 'b' {
			b = trimPunct(w)
		}
		if b != "" && len(b) <= 8 { // longer than any word looked for below, even lower-cased
			// lower-cased on the stack: ToLower made a new string of
			// every capitalised word
			var buf [8]byte
			if l, ok := appendLowerASCII(buf[:0], b); ok {
				b = string(l)
			} else {
				b = strings.ToLower(b)
			}
			switch b {
			case "it", "they", "he", "she":
				if i > 0 && strings.HasSuffix(prev, ",") && alone {
					unresolved = true
				}
				if b != "it" {
					pronoun = true
				}
			case "him", "her", "them", "his", "their":
				pronoun = true
			case "both":
				// "In the 19th century, both faced the threat": "both"
				// standing for the subject, before its verb
				if nb := bareWord(next); (i == 0 || strings.HasSuffix(prev, ",")) && (isPastVerb(nb) || auxiliaries[nb]) {
					unresolved, pronoun = true, true
				}
			case "similar":
				// "with similar wind gusts", "similar situations arose":
				// similar to what the card does not show (teachers took 3
				// of 25); "similar to X", "a similar feel to X" say what
				if next != "" && !strings.HasSuffix(w, ",") && !strings.HasSuffix(w, ".") && !comparedWithin(next, after) {
					demonstr = true
				}
			case "this", "these", "those", "such":
				if next != "" && !startsUpper(next) && !strings.HasSuffix(w, ",") {
					demonstr = true
				}
				if b != "such" && (next == "" || strings.HasSuffix(w, ",") || strings.HasSuffix(w, ".")) {
					demonstr = true // standing alone: "aims to achieve this, with ..."
				}
			}
		}
		prev, w, rest = w, next, after
	}
	return unresolved, pronoun, demonstr
}

func possessive(s string) string {
	if strings.HasSuffix(s, "s") {
		return s + "'"
	}
	return s + "'s"
}

func replaceFirstWord(s, with string) string {
	s = strings.TrimLeft(s, " ")
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return with
	}
	return with + s[i:]
}

// mentions reports whether text names subject (all its content words appear).
// A word matches with or without a final "s" on either side. The text's
// words are scanned directly: subjects have few words, and building a set
// of the text's words for every call cost more than the scans.
// The text is read word by word without building its words (it is often a
// whole sentence), marking the subject's words as they are found.
func mentions(text, subject string) bool {
	return mentionsWords(text, answer.Words(subject))
}

// mentionsWords is mentions of a subject split into words sw (which it
// leaves as they are).
func mentionsWords(text string, sw []string) bool {
	if len(sw) == 0 {
		return false
	}
	if len(sw) > 64 {
		return mentionsSlow(answer.Words(text), sw)
	}
	var want uint64 // subject words still to find, by index
	for i, w := range sw {
		if !functionWords[w] {
			want |= 1 << i
		}
	}
	if want == 0 {
		return true
	}
	answer.EachWord(text, func(t []byte) bool {
		ts := bytes.TrimSuffix(t, []byte("s"))
		for i, w := range sw {
			if want&(1<<i) == 0 {
				continue
			}
			ws := strings.TrimSuffix(w, "s")
			if string(t) == w || string(ts) == w || string(t) == ws || string(ts) == ws {
				want &^= 1 << i
			}
		}
		return want != 0
	})
	return want == 0
}

// mentionsSlow is mentions over word lists.
func mentionsSlow(tw, sw []string) bool {
	for _, w := range sw {
		if functionWords[w] {
			continue
		}
		ws := strings.TrimSuffix(w, "s")
		found := false
		for _, t := range tw {
			ts := strings.TrimSuffix(t, "s")
			if t == w || ts == w || t == ws || ts == ws {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (c *context) clozeText() string {
	if c.cloze == "" { // asked by the cloze, mc and tf cards: built once
		c.cloze = c.prefix + upperFirstIfStart(c.sp.left, Blank) + c.sp.right
	}
	return c.cloze
}

// statement is the sentence with the answer (or a replacement) in place.
func (c *context) statement(fill string) string {
	if fill == c.f.Answer { // the true statement: asked by tf and its filter
		if c.truth == "" {
			c.truth = c.makeStatement(fill)
		}
		return c.truth
	}
	return c.makeStatement(fill)
}

func (c *context) makeStatement(fill string) string {
	left := c.sp.left
	if fill != c.sp.ans {
		left = fixArticle(left, fill)
		if strings.TrimSpace(left) == "" {
			fill = upperFirst(fill)
		} else {
			fill = midSentence(fill) // "as The US Treasury saw" → "as the US Treasury saw"
		}
	}
	s := c.prefix + left + fill + c.sp.right
	return upperFirst(strings.TrimSpace(s))
}

func upperFirstIfStart(left, blank string) string {
	if strings.TrimSpace(left) == "" {
		return blank
	}
	return upperFirst(left) + blank
}

// fixArticle turns "a" into "an" (and back) before a replaced span.
func fixArticle(left, next string) string {
	t := strings.TrimRight(left, " ")
	for _, a := range []string{" a", " an", " A", " An"} {
		if strings.HasSuffix(t, a) || t == strings.TrimSpace(a) {
			want := article(next)
			if startsUpper(strings.TrimSpace(a)) {
				want = upperFirst(want)
			}
			return strings.TrimSuffix(t, strings.TrimSpace(a)) + want + " "
		}
	}
	return left
}

// cutsDate reports whether the answer ends on a day ("April 9") and the
// sentence goes on with its year (", 1991").
func cutsDate(right, ans string) bool {
	r := strings.TrimLeft(right, " ")
	if !strings.HasPrefix(r, ",") {
		return false
	}
	r = strings.TrimLeft(r[1:], " ")
	if len(r) < 4 || !isDigits(r[:4]) || len(r) > 4 && r[4] >= '0' && r[4] <= '9' {
		return false
	}
	a := strings.TrimRight(ans, " ")
	n := 0
	for n < len(a) && n < 3 && a[len(a)-1-n] >= '0' && a[len(a)-1-n] <= '9' {
		n++
	}
	return n >= 1 && n <= 2 && (len(a) == n || a[len(a)-1-n] == ' ')
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// contextPenalty lowers cards that show the sentence itself (cloze, tf, mc
// without a question) when the answer leaves too little of it to go on.
func (c *context) contextPenalty() float64 {
	if !c.penaltyOK {
		c.penalty, c.penaltyOK = c.computePenalty(), true
	}
	return c.penalty
}

// bracketAfterQuote is what the brackets right after a closing quotation
// mark hold: r is the text after a blank ('" (Limited Partners) in ...').
func bracketAfterQuote(r string) (string, bool) {
	t := strings.TrimLeft(r, `"”’',`)
	if len(t) == len(r) {
		return "", false
	}
	t = strings.TrimLeft(t, " ")
	if !strings.HasPrefix(t, "(") {
		return "", false
	}
	end := strings.IndexByte(t, ')')
	if end < 0 {
		return "", false
	}
	return t[1:end], true
}

// abbreviates reports whether one of a and b, written in capitals (a
// plural's "s" aside: "LPs"), abbreviates the other.
func abbreviates(a, b string) bool {
	return isAcronym(strings.TrimSuffix(a, "s"), b) || isAcronym(strings.TrimSuffix(b, "s"), a)
}

func (c *context) computePenalty() float64 {
	sw := c.sentenceWords()
	aw := countWords(c.f.Answer)
	limit := 0.6
	switch c.f.Kind {
	case notes.Response, notes.Definition, notes.Cause:
		limit = 0.8 // their answers are clauses by nature
	}
	p := 0.0
	if fewerWords(4, c.prefix, c.sp.left, c.sp.right) {
		p += 0.4
	}
	if float64(aw) > limit*float64(sw) {
		p += 0.3
	}
	if r := strings.TrimSpace(c.sp.right); strings.HasPrefix(r, "(") {
		p += 0.4 // "Treaty (NPT)": a parenthesis after the blank hints or dangles
	} else if g, ok := bracketAfterQuote(r); ok && abbreviates(c.f.Answer, g) {
		// 'The term "_____" (Unidentified Flying Object)' → UFO: a
		// quoted blank's brackets spell out what it asks, or abbreviate it
		// (a gloss, '"_____" (humanity towards others)', is its definition)
		p += 0.4
	}
	if c.prefix != "" {
		// a fragment led by its label ("Materials: Copper, known as
		// _____, often predicts ..."): teachers took 3 of 14 such cards
		// in notes outside ../shared, and 4 of 50 led by a label at all
		p += 0.2
	}
	return p
}

// relativeFragment reports whether sentence s is a noun and its relative
// clause alone, with no verb of its own: "A Brazilian payment company
// that Kesh invested in.", "A low-cost insurer that has grown its stock
// tenfold." (a list's line under a heading that names it, which states
// nothing as a card). It opens on "A" or "An", holds no verb
// (clauseHasVerb) before its first "that", "which" or "who" (within
// relativeWithin words), and one run of verbs at most after it ("has
// grown"); a second run is the sentence's own verb ("A firm that Kesh
// founded dominated the trade").
func relativeFragment(s string) bool {
	article, rest := nextField(s)
	if article != "A" && article != "An" {
		return false
	}
	subject := rest // the noun and its modifiers, up to the relative pronoun
	var w string
	for i := 1; ; i++ {
		w, rest = nextField(rest)
		if w == "" || i > relativeWithin {
			return false // a long subject may hold a verb the checks miss ("A ... approach involves using ... that")
		}
		if b := bareWord(w); b == "that" || b == "which" || b == "who" {
			break
		}
		if strings.HasSuffix(w, ",") {
			return false // "A decade later, ...": an opening phrase, not the subject
		}
	}
	if clauseHasVerb(article, subject[:len(subject)-len(rest)], false) {
		return false
	}
	runs, in, wasVerb := 0, false, false
	prev := w
	for w, rest = nextField(rest); w != ""; w, rest = nextField(rest) {
		next, _ := nextField(rest)
		b := bareWord(w)
		// presentVerb reads no verb right after a function word: after
		// the relative pronoun, a word in -s is its verb ("that sells")
		afterRelative := prev == "that" || prev == "which" || prev == "who"
		// a past form after a determiner, or after a verb and before a
		// noun, qualifies the noun ("a concentrated entity", "sells
		// frozen goods"); "founded dominated the trade" is two verbs
		past := isPastVerb(b) && !determiners[bareWord(prev)] && (!wasVerb || objectOpeners[bareWord(next)])
		verb := auxiliaries[b] || past || negated(w) || presentVerb(prev, w, next) ||
			afterRelative && b == w && len(b) >= 4 && strings.HasSuffix(b, "s") && !strings.HasSuffix(b, "ss")
		wasVerb = verb && !auxiliaries[b]
		if verb && !in {
			runs++
		}
		// a run goes on only past an auxiliary ("has been sold"): two
		// verbs side by side are the clause's and the sentence's ("that
		// Kesh founded dominated")
		in = (auxiliaries[b] || b == "been" || b == "being" || b == "not") && !strings.HasSuffix(w, ",")
		prev = w
	}
	return runs <= 1
}

// relativeWithin is how many words may stand between "A" and the
// relative pronoun of a relativeFragment: a noun and its modifiers.
const relativeWithin = 7

// sheetFieldWords is the length the score's bounds take a fact sheet's
// field line for (see sheetField): one no length cut or grade touches.
const sheetFieldWords = 12

// verblessWords is the length up to which a date's sentence with no verb
// reads as a list's line (longer ones hold verbs clauseHasVerb misses:
// "Analysts expect ...").
const verblessWords = 12

// score rates the fact's sentence as material for any card, in [0,1].
func (c *context) score() float64 {
	s := 0.9
	f := c.f
	aw := countWords(f.Answer)
	if sheetField(f) {
		// a fact sheet's field ("Capital: Lima" under "Peru") is asked
		// by its question alone, which names the field and the subject:
		// the line's shortness and lack of a verb are no fault
		return s + answerLengthGain(aw) - talkPenalty(f)
	}
	sw := c.sentenceWords()
	na := c.key.norm
	s -= sentenceLengthCut(sw)
	s += answerLengthGain(aw)
	if c.unresolved {
		s -= 0.5
	}
	trimmed := strings.TrimRight(strings.TrimSpace(f.Sentence), `"'”’)`)
	if !strings.HasSuffix(trimmed, ".") && !strings.HasSuffix(trimmed, "!") && !strings.HasSuffix(trimmed, "?") {
		// a fragment, however long: "Designing micromotors from
		// proteins, as demonstrated by Kesh" (both blind raters rejected
		// it as a true statement), "40% allocation to long-term bonds"
		s -= 0.2
	}
	if f.Kind == notes.Date && sw <= verblessWords && !clauseHasVerb("", f.Sentence, true) {
		// a short date with no verb is a heading's or a list's line, not a
		// claim: "The Asian financial crisis in 2001." states nothing to
		// judge true or false, and its blank asks for an entry of a list
		s -= 0.3
	}
	if relativeFragment(f.Sentence) {
		s -= 0.3 // "A Brazilian payment company that Kesh invested in.": a list's line
	}
	if len([]rune(na)) < 2 || allStopWords(na) {
		s -= 1
	}
	if f.Subject != "" && c.subjectNorm() == na {
		s -= 1
	}
	if _, lastA, n := lastTwoFields(f.Answer); n > 1 {
		last := bareWord(lastA)
		if functionWords[last] || introducers[last] && last != "over" || trailingPreps[last] || isPastVerb(last) && isNumericKind(f.Kind) {
			s -= 0.4 // "ten times higher near", "70-90 seats based": a span cut mid-phrase
		}
	}
	if strings.TrimSpace(c.sp.left) == "" && strings.HasPrefix(strings.TrimSpace(c.sp.right), ":") {
		s -= 0.5 // the answer is only a label ("2024: Cooled down to 2.8%")
	}
	if cutsDate(c.sp.right, f.Answer) {
		s -= 0.5 // "declared independence on April 9" | ", 1991": the span cuts a date
	}
	if strings.Count(f.Sentence, `"`)%2 == 1 {
		s -= 0.4 // an unbalanced quotation: a fragment of a longer quote
	}
	if censored(f.Sentence) {
		s -= 0.5 // "F@scist", "a**hole": a word the note would not print whole
	}
	if w2, w1, n := lastTwoFields(c.sp.left); aw == 1 && n >= 2 && bareWord(w1) == "a" && bareWord(w2) == "and" {
		s -= 0.5 // "three and a _____ centuries": a piece of a number
	}
	if strings.HasSuffix(strings.TrimSpace(c.sp.left), ",") && strings.Contains(f.Answer, ", and") {
		s -= 0.4 // the tail of a list ("Cyprus, and Asia Minor")
	}
	if answerTwice(c.key.sentence, na) {
		s -= 0.5 // the answer shows twice (prepare may check it later: key.sentence still empty)
	}
	if crispAnswer(f.Kind) || c.measured() {
		s += 0.05
	}
	// finer grades, so that the best cards rank first: shorter sentences
	// read faster; a demonstrative or a pronoun inside points outside the card
	s -= lengthGrade(sw)
	if c.demonstr {
		s -= 0.1
	}
	if c.pronoun {
		s -= 0.05
	}
	return s - talkPenalty(f)
}

// talkPenalty is what score takes from a fact of the notes of a
// conversation: one sentence in twelve or more of its note reports what
// someone says (notes.Fact.Reported). Blind teachers took 30% of such
// notes' cards, two in three of notes that report none; the notes in
// ../shared/ report at most one sentence in sixteen.
func talkPenalty(f notes.Fact) float64 {
	if f.Reported >= 0.08 {
		return 0.1
	}
	return 0
}

// censored reports whether s holds a word with a letter masked by "@" or
// "*" between letters ("F@scist", "a**hole"); an address ("ana@kesh.org")
// or a handle ("@kesh") is not one.
func censored(s string) bool {
	if !strings.ContainsAny(s, "@*") {
		return false // most sentences
	}
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		b := trimPunct(w)
		i := strings.IndexAny(b, "@*")
		if i <= 0 || strings.Contains(b, ".") {
			continue
		}
		j := strings.LastIndexAny(b, "@*")
		if j+1 < len(b) && isLetterByte(b[i-1]) && isLetterByte(b[j+1]) && strings.Trim(b[i:j+1], "@*") == "" {
			return true
		}
	}
	return false
}

// sentenceLengthCut is what score takes from a fact whose sentence has
// sw words for the sentence's length.
func sentenceLengthCut(sw int) float64 {
	switch {
	case sw < 5:
		return 0.4
	case sw > 50:
		return 0.4
	case sw > 40:
		return 0.25
	case sw > 30:
		return 0.1
	}
	return 0
}

// answerLengthGain is what score adds to a fact whose answer has aw words
// (a long answer takes off).
func answerLengthGain(aw int) float64 {
	switch {
	case aw > 16:
		return -0.5
	case aw > 10:
		return -0.25
	case aw <= 4:
		return 0.05
	}
	return 0
}

// crispAnswer reports whether score adds to a fact of kind k for its
// crisp answer (a quantity is often a detail: a share, a count, a sum; a
// rank needs its measure).
func crispAnswer(k notes.Kind) bool { return k == notes.Date || k == notes.Population }

// lengthGrade is score's finer grade of a sentence of sw words, so that
// the best cards rank first: shorter sentences read faster.
func lengthGrade(sw int) float64 {
	if sw > 20 {
		return 0.005 * float64(min(sw-20, 20))
	}
	return 0
}

// scoreCeiling is the most score can give a fact of kind k whose sentence
// and answer have sw and aw words: what it adds, less what the lengths
// alone take (its other checks only take off).
func scoreCeiling(k notes.Kind, sw, aw int) float64 {
	s := 0.9 - sentenceLengthCut(sw) + answerLengthGain(aw) - lengthGrade(sw)
	if crispAnswer(k) {
		s += 0.05
	}
	return s
}

// mayScore reports whether a card of a fact of kind k, whose sentence and
// answer have sw and aw words, can reach minScore from the most it may
// score (scoreCeiling) with nothing else taken off: the bound reaches
// draws, with no context penalty, no lowering and the best question.
// Read asks it before anything else of the fact: on large sets of notes it
// rules out more facts than any other check, at the cost of counting the
// answer's words (the sentence's are counted once).
func mayScore(k notes.Kind, answer string, sw, aw int, minScore float64) bool {
	all := 0.0
	if k == notes.Quantity {
		if mayMeasure(answer) {
			// a named thing's measure loses nothing for being a quantity
			// and is as crisp as a date (see measured): its ceiling is a
			// population's
			k = notes.Population
		} else {
			all = 0.05 // as mayReach takes it at once
		}
	}
	return mayScoreLowered(k, sw, aw, all, 0, 0, minScore)
}

// mayScoreLowered is mayScore with fit's rescoring taking all, notTF and
// notQA at least (see reaches): reaches of a fact of kind k that scores
// scoreCeiling, with no context penalty, asked as a cloze that loses
// nothing more and by a question of the highest confidence. It sums as
// bound does, term for term, without the prepared fact and the context
// bound reads them from: zeroing those (1.5 kB) for each of the three
// calls read makes for most facts cost more than the sums.
func mayScoreLowered(k notes.Kind, sw, aw int, all, notTF, notQA, minScore float64) bool {
	// the score sums its terms in another order, which may round it
	// otherwise: a hair more keeps the ceiling above it
	base := scoreCeiling(k, sw, aw) + 1e-9
	const penalty, clozeLower = 0.0, 0.0
	best := max(base-0.05-penalty, 0) - all - notQA // tf
	best = max(best, max(base-clozeBelowOthers-penalty, 0)-all-notTF-notQA-clozeLower)
	qa := max(base*maxQAConf, 0) - all - notTF
	if k == notes.Date {
		qa += 0.1
	}
	best = max(best, qa)
	return max(best, 0)+0.011 >= minScore
}

// answerTwice reports whether the normalised sentence shows the
// normalised answer more than once.
func answerTwice(sentence, norm string) bool {
	return strings.Count(sentence, norm) > 1
}

// sentNorm is answer.Normalize of a sentence, remembering the last one:
// the facts of a sentence come together.
func (g *generator) sentNorm(s string) string {
	if s != g.lastSent || g.lastSentNorm == "" {
		g.lastSent, g.lastSentNorm = s, answer.Normalize(s)
	}
	return g.lastSentNorm
}

func allStopWords(n string) bool {
	for w, rest := nextField(n); w != ""; w, rest = nextField(rest) {
		if !functionWords[w] && !pronouns[w] {
			return false
		}
	}
	return true
}

// containsAnswer reports whether text gives away the answer.
func containsAnswer(text, ans string) bool {
	a := answer.Normalize(answer.StripHedge(ans))
	if a == "" {
		a = answer.Normalize(ans)
	}
	return containsPhrase(answer.Normalize(text), a)
}

func (g *generator) cloze(f notes.Fact, c *context, base float64) (Card, bool) {
	q := c.clozeText()
	// a cloze scores below the other cards of its fact: at the same
	// score, teachers took clozes less often than questions or
	// statements (in notes outside ../shared, clozes scored 0.85-0.9 a
	// third of the time, questions and statements twice as often)
	base -= clozeBelowOthers
	if countWords(f.Answer) > 8 {
		base -= 0.2 // too long to recall word for word
	}
	if c.givesAway(q) {
		return Card{}, false
	}
	ans := f.Answer
	if hedge, core := leadingHedge(f, c); hedge != "" {
		// "employs over _____" for "140,000 people": the hedge is the
		// note's wording, not what the learner is asked to recall
		q, ans = strings.Replace(q, Blank, hedge+Blank, 1), core
	} else if day, year := splitDayFromYear(f); year != "" {
		// "On August 4, _____, a fleet seized Gibraltar" for "August 4,
		// 1704": the day shown, the year asked. Teachers rejected the
		// whole date blanked as too precise to learn ("the exact day is
		// trivia; the year is what matters"): 5 of 32 taken in notes
		// outside ../shared
		q, ans = strings.Replace(q, Blank, day+Blank, 1), year
		if containsAnswer(strings.Replace(q, Blank, " ", 1), year) {
			// "On December 3, _____, Pakistan ... initiating the 1971
			// war": the year shows elsewhere, and the day alone is
			// the trivia the split avoids asking
			return Card{}, false
		}
	}
	return Card{Question: q, Answer: ans, Score: base, Key: -1}, true
}

// splitDayFromYear splits a date fact's answer naming one day of one year
// ("October 24, 1946", "24 October 1946") into the day as written, with
// the space or comma that follows it, and the year that ends it; year is
// "" for any other answer.
func splitDayFromYear(f notes.Fact) (day, year string) {
	if f.Kind != notes.Date {
		return "", ""
	}
	ds, ok := answer.ParseDates(f.Answer)
	if !ok || len(ds) != 1 || ds[0].Precision() != 5 || ds[0].Year <= 0 {
		return "", ""
	}
	y := strconv.Itoa(ds[0].Year)
	day, found := strings.CutSuffix(f.Answer, y)
	if !found || !strings.HasSuffix(day, " ") || strings.IndexFunc(day, unicode.IsLetter) < 0 {
		return "", "" // "2022-07-15", or a year written otherwise
	}
	return day, y
}

// clozeBelowOthers is what a cloze loses against the fact's other cards
// (see cloze); the score bounds take it off too.
const clozeBelowOthers = 0.05

// leadingHedge splits a count or a share that opens on a hedge ("over
// 140,000 people", "Nearly 85%") into the hedge, as the cloze shows it,
// and the figure it blanks; hedge is "" for other answers.
func leadingHedge(f notes.Fact, c *context) (hedge, core string) {
	if f.Kind != notes.Quantity && f.Kind != notes.Population {
		return "", ""
	}
	stripped := c.hedgeless()
	if stripped == "" || stripped == f.Answer {
		return "", ""
	}
	// the hedge is the answer's first words (StripHedge gives the rest
	// in its own spacing): at most three of them ("a little over")
	want := answer.Normalize(stripped)
	rest := f.Answer
	for i := 0; i < 3; i++ {
		_, rest = nextField(rest)
		rest = strings.TrimLeft(rest, " ")
		if rest == "" {
			return "", ""
		}
		if answer.Normalize(rest) == want {
			hedge = f.Answer[:len(f.Answer)-len(rest)]
			if determiners[strings.ToLower(strings.TrimSpace(hedge))] {
				return "", "" // "A third": an article, not a hedge
			}
			if c.prefix == "" && strings.TrimSpace(c.sp.left) == "" {
				hedge = upperFirst(hedge) // it opens the sentence now
			}
			return hedge, rest
		}
	}
	return "", ""
}

// mcCards are a fact's mc card with its key at the positions the
// distractors allow (made, see mc), each checked by the filter (ok). pick
// puts the key at the position used least so far among those made, ties
// going by the fact's own random order.
type mcCards struct {
	order [4]int
	at    [4]variant // by key position; the question is the fact's mcStem
	made  [4]bool
}

// mc makes the fact's four-option card with its key at several positions.
func (g *generator) mc(f notes.Fact, ctx *context, stem string, score float64, rng *rand.Rand, fit func(*Card) bool) (m mcCards, any bool) {
	k := ctx.key
	if l := strings.TrimSpace(stem); strings.Contains(l, `"`+Blank) || strings.Contains(l, "“"+Blank) {
		return m, false // a quotation: other quotations make silly options
	}
	if ctx.givesAway(stem) {
		return m, false
	}
	ctx.knownStem(stem, g.pool)
	m.order = [4]int{0, 1, 2, 3}
	rng.Shuffle(4, func(i, j int) { m.order[i], m.order[j] = m.order[j], m.order[i] })
	numeric := k.numeric && isNumericKind(f.Kind)
	var text []string // text options do not depend on the key's position
	if !numeric {
		var ok bool
		if text, ok = g.pool.distractors(f, k, stem, 0, rng, 3); !ok {
			return m, false
		}
		rng.Shuffle(len(text), func(i, j int) { text[i], text[j] = text[j], text[i] })
	}
	// the filter reads a text card's options as a set, unless a number or
	// a numeric key makes their order matter: then one check serves all
	sameFit := !numeric && !k.numeric && !hasDigit(f.Answer)
	// Where the options depend on the position (numbers read in order),
	// only the first two positions that work, in the fact's order, are
	// made: pick choosing the less used of two keeps the positions even
	// (the power of two choices) at half the cost of trying all four.
	tries := 4
	if !sameFit {
		tries = 2
	}
	first := -1
	for _, pos := range m.order {
		if tries == 0 {
			break
		}
		ds := text
		if numeric {
			var ok bool
			if ds, ok = g.pool.distractors(f, k, stem, pos, rng, 3); !ok {
				continue
			}
		}
		// numbers read in order: the key sits at its rank, which is pos
		choices := make([]string, 0, 4)
		choices = append(choices, ds[:pos]...)
		choices = append(choices, f.Answer)
		choices = append(choices, ds[pos:]...)
		m.made[pos], any = true, true
		tries--
		if sameFit && first >= 0 {
			m.at[pos] = m.at[first] // checked and scored as the first
			m.at[pos].choices = choices
		} else {
			c := Card{Question: stem, Answer: f.Answer, Choices: choices, Key: pos, Score: score}
			ok := fit(&c)
			m.at[pos] = variant{choices: choices, score: c.Score, ok: ok}
		}
		if first < 0 {
			first = pos
		}
	}
	return m, any
}

func isNumericKind(k notes.Kind) bool {
	return k == notes.Date || k == notes.Population || k == notes.Quantity || k == notes.Ranking
}

// tf states the fact truly, and falsely with a distractor when a fair
// false statement can be made (lieOK) and is wanted (wantLie); pick
// chooses which to ship.
func (g *generator) tf(f notes.Fact, c *context, score float64, rng *rand.Rand, wantLie bool) (truth, lie Card, lieOK bool) {
	truth = trueStatement(f, c, score)
	truth.Choices = []string{"True", "False"}
	if !wantLie || !mayLie(f, c) {
		return truth, lie, false // state the fact
	}
	year := f.Kind == notes.Date && hasYear(f.Answer)
	stem := c.clozeText()
	c.knownStem(stem, g.pool)
	lower := rng.IntN(2)
	draw := func(lower int) ([]string, bool) { return g.pool.distractors(f, c.key, stem, lower, rng, 1) }
	if year {
		// a year moved by three or less is a trick on memory, or not
		// plainly false of an event that took years or that sources date
		// apart (teachers took 76% of years moved by three on notes
		// outside ../shared, 84% of those moved further, and called 11 of
		// 320 of the first "not clearly false", 4 of 590 of the others); one
		// before the note's story begins is false on sight; a date the
		// note gives another event may be true of this one too, or plainly
		// of another time ("In July 1914, Lenin signed decrees"): teachers
		// took 48% of such statements, 68% of made-up dates
		fair := func(d string) bool { return yearsApart(f.Answer, d, 4) && g.pool.inStory(f, d) }
		g.pool.freshIn = f.Note
		defer func() { g.pool.freshIn = "" }()
		draw = func(lower int) ([]string, bool) { return g.plainlyFalse(f, c, stem, lower, rng, fair) }
	}
	ds, ok := draw(lower)
	if !ok && c.key.numeric {
		ds, ok = draw(1 - lower)
	}
	if !ok || !c.key.numeric && !likePersons(f, f.Answer, ds[0], g.lex) {
		return truth, lie, false // review.go: only a like-for-like name makes a fair false statement
	}
	if !c.key.numeric && f.Kind == notes.Actor && otherGender(genderAfter(f.Sentence, f.Answer, g.lex), g.pool.gendersOf(g.lex)[ds[0]]) {
		return truth, lie, false // "Deepika Padukone revealed he was depressed": false on sight
	}
	if !c.key.numeric {
		score -= 0.1 // a swapped name can make a statement false too plainly
	}
	return truth, Card{Question: "True or false: " + c.statement(ds[0]), Answer: "false", Choices: []string{"True", "False"}, Key: 1, Score: score}, true
}

// mayLie reports whether tf may make a false statement of fact f, whose
// context is c. A replaced phrase may well be true too; a changed share,
// count or sum reads as a trick on memory, however far it is moved:
// teachers mark it pedantic; beside another year of the sentence, a
// changed one reads as a trick of order or arithmetic (teachers took 14
// of 40). tf states those facts.
func mayLie(f notes.Fact, c *context) bool {
	// the key's description last: the first pass describes few keys whole (see keyNumeric)
	if f.Kind == notes.Quantity || f.Kind == notes.Population || !c.key.name && !c.keyNumeric() {
		return false
	}
	if f.Kind == notes.Date && datesAWork(c.sp) {
		return false
	}
	return !(f.Kind == notes.Date && hasYear(f.Answer) && c.otherYear())
}

// datesAWork reports whether the date of sp is the year of a work the
// sentence names by the way ("Eric Shipton's famous 1951 photo", "the 2005
// film The Exorcism of Emily Rose", "Pat Buchanan's 1992 convention
// speech"): changed, it makes a statement whose claim holds and whose
// detail is false, which teachers reject as a trick.
func datesAWork(sp span) bool {
	if w, _ := lastWord(sp.left); w == "" || datePreps[w] || w == "of" || w == "and" || w == "to" {
		return false // "in 2005 films ...": the date of the clause
	}
	w1, rest := cutWord(strings.TrimLeft(sp.right, " "))
	if workNouns[bareWord(w1)] {
		return true
	}
	w2, _ := cutWord(rest)
	return !strings.ContainsAny(w1, ",;:") && workNouns[bareWord(w2)]
}

// workNouns are works a year can qualify ("the 2005 film").
var workNouns = map[string]bool{"film": true, "movie": true, "photo": true, "photograph": true, "book": true,
	"novel": true, "album": true, "song": true, "paper": true, "study": true, "report": true, "article": true,
	"video": true, "documentary": true, "speech": true, "interview": true, "survey": true, "episode": true,
	"series": true, "show": true, "letter": true, "essay": true, "memo": true, "podcast": true, "poem": true,
	"painting": true, "biopic": true, "play": true, "musical": true, "opera": true, "test": true}

// truthMayReach reports whether the true statement of the fact, truth
// (scored as tf scores it, not yet rescored), can score minScore after
// fit's rescoring; lieMayReach whether a false one can, when tf may make
// one (mayLie), which tf scores as the truth or 0.1 lower, and which the
// rescoring treats as the truth but for answerability, which lowers it by
// 0.03 at least, by 0.08 when the sentence has a pronoun. A tf card of a
// fact for which neither can is not made.
func (g *generator) truthMayReach(truth *Card, ctx *context, minScore float64) bool {
	rp := reviewPenalty(truth, ctx, g.lex)
	// answerability only takes off, and the sum and clamp keep the order
	// of what they are given: a statement the review alone leaves below
	// minScore is not read for it (most that mayShip asks about)
	return clamp(truth.Score+rp) >= minScore && clamp(truth.Score+answerability(truth, truth.Fact, ctx)+rp) >= minScore
}

// lieMayReach: see truthMayReach.
func (g *generator) lieMayReach(truth *Card, ctx *context, minScore float64) bool {
	if !mayLie(truth.Fact, ctx) {
		return false // the true statement is all tf makes
	}
	lie, most := truth.Score, -0.03 // see tf and answerability
	if !ctx.keyNumeric() {
		lie = max(lie-0.09, 0) // 0.1 lower, each score rounded by half a hundredth at most
	}
	if ctx.pronoun {
		most -= 0.05
	}
	// what the review takes from a false statement, which is not always
	// what it takes from the true one (a short true statement loses more)
	falseCard := *truth
	falseCard.Answer = "false"
	return clamp(lie+most+reviewPenalty(&falseCard, ctx, g.lex)) >= minScore
}

// trailingPreps end a span cut mid-phrase ("ten times higher near").
var trailingPreps = map[string]bool{
	"near": true, "above": true, "below": true, "under": true, "behind": true, "beside": true,
	"onto": true, "toward": true, "towards": true, "without": true, "across": true, "along": true,
	"against": true, "among": true, "beyond": true, "than": true, "per": true, "via": true,
}

// countWords counts space-separated words without allocating.
// plainlyFalse draws three values below the key (lower == 1) or above it
// and gives the nearest that fair accepts.
func (g *generator) plainlyFalse(f notes.Fact, c *context, stem string, lower int, rng *rand.Rand, fair func(string) bool) ([]string, bool) {
	ds, ok := g.pool.distractors(f, c.key, stem, 3*lower, rng, 3)
	if !ok {
		return nil, false
	}
	for i := range ds {
		d := ds[i] // above the key: nearest first
		if lower == 1 {
			d = ds[len(ds)-1-i] // below it, in value order: nearest last
		}
		if fair(d) {
			return []string{d}, true
		}
	}
	return nil, false
}

func countWords(s string) int { return countWordsUpTo(s, len(s)) } // no more words than bytes

// countWordsUpTo is countWords(s), or limit when s holds more words.
func countWordsUpTo(s string, limit int) int {
	// a word starts where a byte not a space follows a space (or opens
	// s): counted by table, with no branch on the bytes, which followed
	// the words' lengths and were mispredicted most of the time
	n, space := 0, 1
	for i := 0; i < len(s) && n < limit; i++ {
		sp := int(wordSpaces[s[i]])
		n += space &^ sp
		space = sp
	}
	return n
}

// wordSpaces are the bytes countWordsUpTo splits words at.
var wordSpaces = [256]uint8{' ': 1, '\t': 1, '\n': 1}

// fewerWords reports whether the texts hold fewer than n words in all
// (countWords of each), counting no further than the nth.
func fewerWords(n int, texts ...string) bool {
	for _, s := range texts {
		if n -= countWordsUpTo(s, n); n <= 0 {
			return false
		}
	}
	return true
}

// appendFields appends the words of strings.Fields(s) to dst up to its
// capacity: callers that look at the first few words pass a small array.
func appendFields(dst []string, s string) []string {
	for len(dst) < cap(dst) {
		w, rest := nextField(s)
		if w == "" {
			break
		}
		dst, s = append(dst, w), rest
	}
	return dst
}

// lastTwoFields returns the last two of strings.Fields(s) and how many
// words s has, counting no further than two.
func lastTwoFields(s string) (prev, last string, n int) {
	last, start := lastField(s)
	if last == "" {
		return "", "", 0
	}
	if prev, _ = lastField(s[:start]); prev == "" {
		return "", last, 1
	}
	return prev, last, 2
}

// lastField returns the last of strings.Fields(s), "" when s has none,
// and where in s it starts.
func lastField(s string) (w string, start int) {
	end := len(s)
	// an ASCII byte is read as it stands, as nextField reads it: most
	// are, and decoding each was most of the cost
	for end > 0 {
		if c := s[end-1]; c < utf8.RuneSelf {
			if asciiSpace[c] == 0 {
				break
			}
			end--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	start = end
	for start > 0 {
		if c := s[start-1]; c < utf8.RuneSelf {
			if asciiSpace[c] != 0 {
				break
			}
			start--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= size
	}
	return s[start:end], start
}

// nextField returns the first of strings.Fields(s) and the text after it,
// without building the slice; w is "" when s has no more words.
func nextField(s string) (w, rest string) {
	i := 0
	for {
		for i < len(s) && fieldByte[s[i]] == spaceByte {
			i++
		}
		if i == len(s) || fieldByte[s[i]] == wordByte {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	start := i
	for {
		for i < len(s) && fieldByte[s[i]] == wordByte {
			i++
		}
		if i == len(s) || fieldByte[s[i]] == spaceByte {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return s[start:i], s[i:]
}

// asciiSpace marks the ASCII bytes unicode.IsSpace reports, as strings.Fields reads them.
var asciiSpace = [utf8.RuneSelf]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// fieldByte is how nextField reads each byte: one lookup tells most
// bytes, ASCII letters and spaces, from those that open or continue a
// rune beyond ASCII, which are decoded (a test of each byte for ASCII,
// then for a space, cost a tenth more).
var fieldByte = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = runeByte
		case asciiSpace[c] != 0:
			t[c] = spaceByte
		}
	}
	return t
}()

const (
	wordByte  = iota // an ASCII byte of a word
	spaceByte        // an ASCII space
	runeByte         // a byte of a rune beyond ASCII
)

// countFields is len(strings.Fields(s)) without building the slice.
func countFields(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var sp bool
		if c := s[i]; c < utf8.RuneSelf { // as nextField reads it
			sp = asciiSpace[c] != 0
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			sp = unicode.IsSpace(r)
			i += size
		}
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// trimPunct is strings.Trim(w, `,.;:"'()“”`) without decoding the cut set
// for every word.
func trimPunct(w string) string {
	const ascii = `,.;:"'()`
	for w != "" {
		switch {
		case strings.IndexByte(ascii, w[0]) >= 0:
			w = w[1:]
		case strings.HasPrefix(w, "“") || strings.HasPrefix(w, "”"):
			w = w[len("“"):]
		default:
			goto right
		}
	}
right:
	for w != "" {
		switch {
		case strings.IndexByte(ascii, w[len(w)-1]) >= 0:
			w = w[:len(w)-1]
		case strings.HasSuffix(w, "“") || strings.HasSuffix(w, "”"):
			w = w[:len(w)-len("”")]
		default:
			return w
		}
	}
	return w
}
