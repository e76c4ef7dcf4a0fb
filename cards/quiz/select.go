package quiz

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/notes"
)

// item is a chosen question before it is dealt into a version.
type item struct {
	typ   Type
	cards []Candidate // the card asked, or one card per pair of a match
	// matching exercise
	prompt      string
	columns     []string
	left, right []string
}

// fact is every candidate card made from one fact.
type fact struct {
	key   string
	sent  string // note and sentence: one question per sentence, so none gives another away
	cards []Candidate
	first int // index of the first card in the input, for stable ties
	sort  float64
}

// pick chooses the quiz's questions in their canonical order (version A).
func pick(cands []Candidate, opt Options) []item {
	facts := group(filter(cands, opt), opt.Mode)
	order(facts, opt)

	var items []item
	used := map[string]bool{}
	rest := slices.DeleteFunc(slices.Clone(opt.Types), func(t Type) bool { return t == Match })
	if slices.Contains(opt.Types, Match) {
		want := opt.N
		if len(rest) > 0 {
			want = max(1, int(math.Round(float64(opt.N)/float64(len(opt.Types)))))
		}
		pairs := maxPairs
		if len(rest) > 0 {
			// Leave enough facts for the other questions: m exercises of p
			// pairs use m*p facts, the other N-m questions one fact each.
			spare := len(facts) - opt.N
			if p := (spare + want) / want; p < pairs {
				pairs = max(p, minPairs)
			}
			if want*pairs+(opt.N-want) > len(facts) {
				want = max(0, spare/(minPairs-1))
			}
		}
		if want > 0 {
			items = matches(facts, want, pairs, used)
		}
	}
	counts := map[Type]int{}
	for _, f := range facts {
		if len(items) >= opt.N || len(rest) == 0 {
			break
		}
		if used[f.key] || used[f.sent] {
			continue
		}
		// Deal types evenly: the least used type this fact can give.
		var best *Candidate
		var bestType Type
		for _, t := range rest {
			for i := range f.cards {
				c := &f.cards[i]
				if Type(c.Card.Type) != t || !usable(c.Card) {
					continue
				}
				if best == nil || counts[t] < counts[bestType] {
					best, bestType = c, t
				}
				break
			}
		}
		if best == nil {
			continue
		}
		used[f.key], used[f.sent] = true, true
		counts[bestType]++
		items = append(items, item{typ: bestType, cards: []Candidate{*best}})
	}
	if len(items) > opt.N {
		items = items[:opt.N]
	}
	if opt.Mode == All || opt.Mode == "" {
		// A sample reads best in the order of the notes.
		slices.SortStableFunc(items, func(a, b item) int {
			x, y := a.cards[0], b.cards[0]
			return cmp.Or(strings.Compare(noteOf(x), noteOf(y)), cmp.Compare(x.Position, y.Position), cmp.Compare(x.Card.Fact.Line, y.Card.Fact.Line))
		})
	}
	return items
}

func noteOf(c Candidate) string { return cmp.Or(c.Note, c.Card.Fact.Title, c.Card.Fact.Note) }

// usable rejects cards a paper quiz cannot ask.
func usable(c cards.Card) bool {
	if strings.TrimSpace(c.Question) == "" {
		return false
	}
	if c.Type == cards.MC && (len(c.Choices) < 2 || c.Key < 0 || c.Key >= len(c.Choices)) {
		return false
	}
	return true
}

func filter(cands []Candidate, opt Options) []Candidate {
	note := strings.ToLower(strings.TrimSpace(opt.Note))
	heading := strings.ToLower(strings.TrimSpace(opt.Heading))
	var out []Candidate
	for _, c := range cands {
		if note != "" && strings.ToLower(c.Note) != note && strings.ToLower(c.Card.Fact.Title) != note && strings.ToLower(c.Card.Fact.Note) != note {
			continue
		}
		if heading != "" && !underHeading(c, heading) {
			continue
		}
		if (opt.Mode == Due || opt.Mode == Weak) && c.New {
			continue // due and weak are about cards already studied
		}
		out = append(out, c)
	}
	return out
}

func underHeading(c Candidate, heading string) bool {
	path := c.Card.Fact.Heading
	if len(path) == 0 && c.Heading != "" {
		path = strings.Split(c.Heading, " › ")
	}
	for _, h := range path {
		if strings.ToLower(strings.TrimSpace(h)) == heading {
			return true
		}
	}
	return strings.ToLower(notes.HeadingPath(path)) == heading
}

// group gathers the cards of each fact (cards.Card.Siblings), so a quiz
// never asks the same fact twice.
func group(cands []Candidate, mode Mode) []*fact {
	byKey := map[string]*fact{}
	var out []*fact
	for i, c := range cands {
		key := cmp.Or(c.Card.Siblings, c.Card.ID)
		f := byKey[key]
		if f == nil {
			fa := c.Card.Fact
			f = &fact{key: key, first: i, sent: cmp.Or(fa.Note, c.Note) + "\x00" + cmp.Or(fa.Sentence, key)}
			byKey[key] = f
			out = append(out, f)
		}
		f.cards = append(f.cards, c)
	}
	return out
}

// order puts the facts in the order they should be asked.
func order(facts []*fact, opt Options) {
	switch opt.Mode {
	case Due:
		for _, f := range facts {
			f.sort = math.Inf(1)
			for _, c := range f.cards {
				f.sort = min(f.sort, float64(c.Due.Unix()))
			}
		}
	case Weak:
		for _, f := range facts {
			f.sort = math.Inf(1)
			for _, c := range f.cards {
				f.sort = min(f.sort, c.Retrievability)
			}
		}
	default:
		// Weighted sample without replacement (Efraimidis–Spirakis): sort by
		// u^(1/w), so good cards come up more often but any card can.
		r := rng(opt.Seed, "sample")
		for _, f := range facts {
			w := 0.0
			for _, c := range f.cards {
				w = max(w, c.Card.Score)
			}
			f.sort = -math.Pow(r.Float64(), 1/(0.25+w))
		}
	}
	slices.SortStableFunc(facts, func(a, b *fact) int {
		return cmp.Or(cmp.Compare(a.sort, b.sort), cmp.Compare(a.first, b.first))
	})
}

// matchShape says how a kind of fact reads as a matching exercise. Most
// facts pair their answer (a date, an actor, a number) with the sentence it
// completes; a response pairs the actor (the fact's subject) with it.
type matchShape struct {
	prompt      string
	bySubject   bool // left: the subject, right: the answer
	left, right string
}

var shapes = map[notes.Kind]matchShape{
	notes.Date:       {"Match each date to the event.", false, "Date", "Event"},
	notes.Actor:      {"Match each actor to what they did.", false, "Actor", "What they did"},
	notes.Response:   {"Match each actor to their response.", true, "Actor", "Response"},
	notes.Population: {"Match each figure to the sentence it completes.", false, "Population", "Sentence"},
	notes.Quantity:   {"Match each figure to the sentence it completes.", false, "Quantity", "Sentence"},
	notes.Ranking:    {"Match each rank to the sentence it completes.", false, "Rank", "Sentence"},
	notes.Place:      {"Match each place to the sentence it completes.", false, "Place", "Sentence"},
	notes.Definition: {"Match each term to the sentence it completes.", false, "Term", "Sentence"},
}

// glossaryShape pairs a glossary's terms with their meanings (notes.Fact.Glossary),
// the matching exercise of a list of terms.
var glossaryShape = matchShape{"Match each term to its meaning.", true, "Term", "Meaning"}

// fieldShape pairs the values of one field of a fact sheet or a table
// with what they are of ("Lima" with "The capital of Peru"): the line
// "Capital: _____." names no country (see cards.FieldOf).
var fieldShape = matchShape{"Match each answer to what it is.", false, "Answer", "What it is"}

// shapeOf is how a fact of f's kind is matched.
func shapeOf(f notes.Fact) (matchShape, bool) {
	if f.Glossary != notes.NoGlossary {
		return glossaryShape, true
	}
	if cards.FieldOf(f) != "" {
		return fieldShape, true
	}
	s, ok := shapes[f.Kind]
	return s, ok
}

const (
	minPairs    = 3
	maxPairs    = 5
	maxMatchLen = 160 // longer sentences make a matching exercise unreadable
)

// matchPair is how one fact appears in a matching exercise; ok is false when
// it cannot (no subject, answer not in the sentence, too long).
func matchPair(f *fact) (left, right string, ok bool) {
	c := f.cards[0].Card
	fa := c.Fact
	shape, known := shapeOf(fa)
	answer := strings.TrimSpace(fa.Answer)
	limit := 60
	if fa.Glossary != notes.NoGlossary {
		limit = maxMatchLen // a glossary's meaning, which may be a line long
	}
	if !known || answer == "" || len(answer) > limit {
		return "", "", false
	}
	if cards.FieldOf(fa) != "" {
		return answer, termCell(fa.Subject), true // "The capital of Peru"
	}
	if shape.bySubject {
		subject := strings.TrimSpace(fa.Subject)
		if subject == "" || len(subject) > 60 || strings.EqualFold(subject, answer) {
			return "", "", false
		}
		if fa.Glossary != notes.NoGlossary {
			// a term stands alone in its cell, as a glossary lists it:
			// "Mitochondrion" beside "Osmosis", whichever a sentence
			// opened on ("The mitochondrion is ...")
			subject = termCell(subject)
		}
		return subject, answer, true
	}
	// The fact's own cloze card blanks the answer best; else blank it here.
	blanked := ""
	for _, cc := range f.cards {
		if cc.Card.Type == cards.Cloze {
			blanked = cc.Card.Question
		}
	}
	if blanked == "" {
		i := strings.Index(fa.Sentence, answer)
		if i < 0 {
			return "", "", false
		}
		blanked = fa.Sentence[:i] + cards.Blank + fa.Sentence[i+len(answer):]
	}
	if len(blanked) > maxMatchLen || strings.Contains(strings.ToLower(blanked), strings.ToLower(answer)) {
		return "", "", false
	}
	return answer, blanked, true
}

// termCell is term with its first letter a capital, unless its second
// already is one ("iPhone", "eBay").
func termCell(term string) string {
	r, n := utf8.DecodeRuneInString(term)
	if r2, _ := utf8.DecodeRuneInString(term[n:]); unicode.IsUpper(r2) {
		return term
	}
	return string(unicode.ToUpper(r)) + term[n:]
}

// matches builds up to want matching exercises of up to pairs pairs, each
// from facts of one kind in one note, using facts in their order of priority.
func matches(facts []*fact, want, pairs int, used map[string]bool) []item {
	type pair struct {
		f           *fact
		left, right string
	}
	type bucket struct {
		shape matchShape
		pairs []pair
	}
	var buckets []*bucket
	byKey := map[string]*bucket{}
	for _, f := range facts {
		l, r, ok := matchPair(f)
		if !ok {
			continue
		}
		c := f.cards[0]
		shape, _ := shapeOf(c.Card.Fact)
		// a fact sheet's values are matched within their field (capitals
		// with capitals): across fields the field alone tells them apart
		k := noteOf(c) + "\x00" + string(c.Card.Fact.Kind) + "\x00" + c.Card.Fact.Glossary.String() + "\x00" + strings.ToLower(cards.FieldOf(c.Card.Fact))
		b := byKey[k]
		if b == nil {
			b = &bucket{shape: shape}
			byKey[k] = b
			buckets = append(buckets, b)
		}
		b.pairs = append(b.pairs, pair{f, l, r})
	}
	var out []item
	for _, b := range buckets {
		for len(out) < want {
			// Both columns must be distinct, so the key is unique.
			var chosen []pair
			lefts, rights, sents := map[string]bool{}, map[string]bool{}, map[string]bool{}
			for _, p := range b.pairs {
				if used[p.f.key] || used[p.f.sent] || len(chosen) == pairs {
					continue
				}
				l, r := strings.ToLower(p.left), strings.ToLower(p.right)
				if lefts[l] || rights[r] || sents[p.f.sent] {
					continue
				}
				lefts[l], rights[r], sents[p.f.sent] = true, true, true
				chosen = append(chosen, p)
			}
			if len(chosen) < minPairs {
				break
			}
			shape := b.shape
			it := item{typ: Match, prompt: shape.prompt, columns: []string{shape.left, shape.right}}
			for _, p := range chosen {
				used[p.f.key], used[p.f.sent] = true, true
				it.cards = append(it.cards, preferred(p.f.cards))
				it.left = append(it.left, p.left)
				it.right = append(it.right, p.right)
			}
			out = append(out, it)
		}
	}
	return out
}

// preferred is the card a matching pair is recorded against: the one that
// asks for the answer by recall (qa, then cloze) when the fact has one.
func preferred(cs []Candidate) Candidate {
	rank := map[cards.Type]int{cards.QA: 0, cards.Cloze: 1, cards.MC: 2, cards.TF: 3}
	best := cs[0]
	for _, c := range cs[1:] {
		if r, ok := rank[c.Card.Type]; ok && r < rank[best.Card.Type] {
			best = c
		}
	}
	return best
}

// deal turns an item into a question with its options in this version's order.
func deal(it item, r *rand.Rand) Question {
	q := Question{Type: it.typ, Key: -1}
	for _, c := range it.cards {
		q.Cards = append(q.Cards, c.Card.ID)
		q.Sources = append(q.Sources, source(c))
	}
	c := it.cards[0].Card
	if it.typ != Match {
		q.Kind = c.Kind
	}
	switch it.typ {
	case Match:
		q.Prompt = it.prompt
		q.Columns = it.columns
		n := len(it.left)
		lo, ro := r.Perm(n), r.Perm(n)
		q.Left = make([]string, n)
		q.Right = make([]string, n)
		q.Pairs = make([]int, n)
		cardsIn, sourcesIn := q.Cards, q.Sources
		q.Cards, q.Sources = make([]string, n), make([]Source, n)
		pos := make([]int, n) // pos[original] = index in Right
		for i, o := range ro {
			q.Right[i] = it.right[o]
			pos[o] = i
		}
		for i, o := range lo {
			q.Left[i] = it.left[o]
			q.Pairs[i] = pos[o]
			q.Cards[i], q.Sources[i] = cardsIn[o], sourcesIn[o]
		}
		q.Answer = q.KeyText()
	case MC:
		q.Prompt = c.Question
		perm := r.Perm(len(c.Choices))
		for i, o := range perm {
			q.Options = append(q.Options, c.Choices[o])
			if o == c.Key {
				q.Key = i
			}
		}
		q.Answer = c.Choices[c.Key]
	case TF:
		// The renderers say "True or false:"; cards may say it already.
		q.Prompt = strings.TrimSpace(trimPrefixFold(c.Question, "true or false:"))
		q.Options = []string{"True", "False"}
		q.Key = 1
		if isTrue(c) {
			q.Key = 0
		}
		q.Answer = strings.ToLower(q.Options[q.Key])
	default:
		q.Prompt = c.Question
		q.Answer = c.Answer
	}
	return q
}

// isTrue reads a tf card's truth from Answer, falling back to Choices/Key.
func isTrue(c cards.Card) bool {
	switch strings.ToLower(strings.TrimSpace(c.Answer)) {
	case "true", "t", "yes":
		return true
	case "false", "f", "no":
		return false
	}
	if c.Key >= 0 && c.Key < len(c.Choices) {
		return strings.EqualFold(c.Choices[c.Key], "true")
	}
	return false
}

func trimPrefixFold(s, prefix string) string {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):]
	}
	return s
}
