package cards

import (
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
)

// DefaultMinScore drops cards a teacher would likely reject.
const DefaultMinScore = 0.6

// AllTypes is every card type, in the order cards of one fact are made.
var AllTypes = []Type{QA, Cloze, MC, TF}

// Options tune Generate.
type Options struct {
	Seed     int64   // same seed and facts give the same cards
	Types    []Type  // card types to make; empty means all
	MinScore float64 // drop cards scoring below; 0 means DefaultMinScore, negative keeps all
}

// Blank replaces the answer in cloze questions.
const Blank = "_____"

// Generate turns facts into cards: for each fact a qa question when its
// sentence has a shape that can be turned into one, a cloze, an mc with
// four options and a true/false statement. Cards keep the facts' order;
// each carries a quality Score and cards below opts.MinScore are dropped.
// Across all mc cards the key's position is spread evenly, and about half
// of the tf statements are true.
func Generate(facts []notes.Fact, opts Options) []Card {
	want := opts.Types
	if len(want) == 0 {
		want = AllTypes
	}
	min := opts.MinScore
	if min == 0 {
		min = DefaultMinScore
	}
	rng := rand.New(rand.NewPCG(uint64(opts.Seed), 0x9e3779b97f4a7c15))
	g := &generator{pool: newPool(facts), rng: rng, lex: newLexicon(facts)}
	// phrase every question first: a question asked of two facts with
	// different answers is ambiguous and is dropped for both
	type prepared struct {
		f      notes.Fact
		sp     span
		ctx    *context
		qa     string
		qaConf float64
		qaOK   bool
	}
	var preps []prepared
	answersOf := map[string]map[string]bool{}
	for _, f := range facts {
		sp, ok := locate(f)
		if !ok {
			continue
		}
		p := prepared{f: f, sp: sp, ctx: newContext(f, sp)}
		p.qa, p.qaConf, p.qaOK = qaQuestion(f, sp, g.lex)
		if p.qaOK && (containsAnswer(p.qa, f.Answer) || len(strings.Fields(p.qa)) < 4) {
			p.qaOK = false
		}
		if p.qaOK {
			k := answer.Normalize(p.qa)
			if answersOf[k] == nil {
				answersOf[k] = map[string]bool{}
			}
			answersOf[k][answer.Normalize(f.Answer)] = true
		}
		preps = append(preps, p)
	}
	var out []Card
	seen := map[string]bool{}
	for _, p := range preps {
		f, ctx := p.f, p.ctx
		base := ctx.score()
		qaText, qaConf, qaOK := p.qa, p.qaConf, p.qaOK
		if qaOK && len(answersOf[answer.Normalize(qaText)]) > 1 {
			qaOK = false
		}
		for _, t := range AllTypes {
			if !slices.Contains(want, t) {
				continue
			}
			var c Card
			var ok bool
			switch t {
			case QA:
				if qaOK {
					c, ok = Card{Question: qaText, Answer: f.Answer, Score: base * qaConf}, true
					if n := len(strings.Fields(qaText)); n > 25 {
						c.Score -= 0.15
					}
				}
			case Cloze:
				c, ok = g.cloze(f, ctx, base-ctx.contextPenalty())
			case MC:
				stem := ctx.clozeText()
				score := base - 0.05 - ctx.contextPenalty()
				if qaOK {
					stem, score = qaText, base*qaConf
				}
				c, ok = g.mc(f, stem, score)
			case TF:
				c, ok = g.tf(f, ctx, base-0.05-ctx.contextPenalty())
			}
			if !ok {
				continue
			}
			c.Type, c.Kind, c.Fact = t, f.Kind, f
			c.ID, c.Siblings = ID(f, t), FactKey(f)
			if c.Key == 0 && c.Type != MC && c.Type != TF {
				c.Key = -1
			}
			c.Score = clamp(c.Score)
			if seen[c.ID] || (min > 0 && c.Score < min) {
				continue
			}
			seen[c.ID] = true
			out = append(out, c)
		}
	}
	return out
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
	pool   *pool
	lex    *lexicon
	rng    *rand.Rand
	keyPos [4]int // how often the mc key sat at each position
	tfTrue int    // true minus false statements so far
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
	return span{left: s[:i], ans: a, right: s[i+len(a):]}, true
}

// context is a fact's sentence made readable on its own: a leading pronoun
// replaced by the subject, or the subject named before it.
type context struct {
	f          notes.Fact
	sp         span // the sentence as shown, split around the answer
	prefix     string
	unresolved bool
}

func newContext(f notes.Fact, sp span) *context {
	c := &context{f: f, sp: sp}
	words := splitWords(sp.left)
	subj := strings.TrimSpace(f.Subject)
	if len(words) > 0 {
		first := bareWord(words[0])
		switch {
		case (first == "it" || first == "they") && strongSubject(f) && !mentions(sp.left[len(words[0]):]+sp.ans+sp.right, subj):
			c.sp.left = replaceFirstWord(sp.left, subj)
		case (first == "its" || first == "their") && strongSubject(f) && !mentions(sp.left[len(words[0]):]+sp.ans+sp.right, subj):
			c.sp.left = replaceFirstWord(sp.left, possessive(subj))
		case pronouns[first] && first != "there" && first != "here":
			c.unresolved = true
		}
	} else if w := splitWords(sp.right); len(w) > 0 && pronouns[bareWord(w[0])] && bareWord(w[0]) != "there" {
		c.unresolved = true
	}
	if subj != "" && !mentions(c.sp.sentence(), subj) && !mentions(sp.ans, subj) {
		c.prefix = subj + ": "
	}
	return c
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
func mentions(text, subject string) bool {
	tw := answer.Words(text)
	set := map[string]bool{}
	for _, w := range tw {
		set[w] = true
		set[strings.TrimSuffix(w, "s")] = true
	}
	found := 0
	sw := answer.Words(subject)
	for _, w := range sw {
		if set[w] || set[strings.TrimSuffix(w, "s")] || functionWords[w] {
			found++
		}
	}
	return len(sw) > 0 && found == len(sw)
}

func (c *context) clozeText() string {
	return c.prefix + upperFirstIfStart(c.sp.left, Blank) + c.sp.right
}

// statement is the sentence with the answer (or a replacement) in place.
func (c *context) statement(fill string) string {
	left := c.sp.left
	if fill != c.sp.ans {
		left = fixArticle(left, fill)
		if strings.TrimSpace(left) == "" {
			fill = upperFirst(fill)
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

// contextPenalty lowers cards that show the sentence itself (cloze, tf, mc
// without a question) when the answer leaves too little of it to go on.
func (c *context) contextPenalty() float64 {
	sw := len(strings.Fields(c.f.Sentence))
	aw := len(strings.Fields(c.f.Answer))
	limit := 0.6
	switch c.f.Kind {
	case notes.Response, notes.Definition, notes.Cause:
		limit = 0.8 // their answers are clauses by nature
	}
	p := 0.0
	if rest := len(strings.Fields(c.prefix + c.sp.left + " " + c.sp.right)); rest < 4 {
		p += 0.4
	}
	if float64(aw) > limit*float64(sw) {
		p += 0.3
	}
	return p
}

// score rates the fact's sentence as material for any card, in [0,1].
func (c *context) score() float64 {
	s := 0.9
	f := c.f
	sw := len(strings.Fields(f.Sentence))
	aw := len(strings.Fields(f.Answer))
	na := answer.Normalize(f.Answer)
	switch {
	case sw < 5:
		s -= 0.4
	case sw > 50:
		s -= 0.4
	case sw > 40:
		s -= 0.25
	case sw > 30:
		s -= 0.1
	}
	switch {
	case aw > 16:
		s -= 0.5
	case aw > 10:
		s -= 0.25
	case aw <= 4:
		s += 0.05
	}
	if c.unresolved {
		s -= 0.5
	}
	trimmed := strings.TrimRight(strings.TrimSpace(f.Sentence), `"'”’)`)
	if !strings.HasSuffix(trimmed, ".") && !strings.HasSuffix(trimmed, "!") && !strings.HasSuffix(trimmed, "?") && sw < 8 {
		s -= 0.2 // a fragment
	}
	if len([]rune(na)) < 2 || allStopWords(na) {
		s -= 1
	}
	if f.Subject != "" && answer.Normalize(f.Subject) == na {
		s -= 1
	}
	if strings.Count(answer.Normalize(f.Sentence), na) > 1 {
		s -= 0.5 // the answer shows twice
	}
	switch f.Kind {
	case notes.Date, notes.Population, notes.Ranking, notes.Quantity:
		s += 0.05 // crisp answers
	}
	return s
}

func allStopWords(n string) bool {
	for _, w := range strings.Fields(n) {
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
	if containsAnswer(strings.Replace(q, Blank, " ", 1), f.Answer) {
		return Card{}, false
	}
	return Card{Question: q, Answer: f.Answer, Score: base, Key: -1}, true
}

// mc makes a four-option card; the key goes to the position used least so
// far among those the distractors allow.
func (g *generator) mc(f notes.Fact, stem string, score float64) (Card, bool) {
	if containsAnswer(strings.Replace(stem, Blank, " ", 1), f.Answer) {
		return Card{}, false
	}
	order := []int{0, 1, 2, 3}
	g.rng.Shuffle(4, func(i, j int) { order[i], order[j] = order[j], order[i] })
	slices.SortStableFunc(order, func(a, b int) int { return g.keyPos[a] - g.keyPos[b] })
	for _, pos := range order {
		ds, ok := g.pool.distractors(f, stem, pos, g.rng, 3)
		if !ok {
			continue
		}
		choices := make([]string, 0, 4)
		k := describe(f.Answer, f.Kind, f.Note)
		if k.numeric && isNumericKind(f.Kind) {
			// numbers read in order; the key sits at its rank, which is pos
			byValue := func(a, b string) int {
				va, vb := describe(a, f.Kind, "").value, describe(b, f.Kind, "").value
				switch {
				case va < vb:
					return -1
				case va > vb:
					return 1
				}
				return 0
			}
			slices.SortFunc(ds[:pos], byValue)
			slices.SortFunc(ds[pos:], byValue)
			choices = append(choices, ds[:pos]...)
			choices = append(choices, f.Answer)
			choices = append(choices, ds[pos:]...)
		} else {
			g.rng.Shuffle(len(ds), func(i, j int) { ds[i], ds[j] = ds[j], ds[i] })
			choices = append(choices, ds[:pos]...)
			choices = append(choices, f.Answer)
			choices = append(choices, ds[pos:]...)
		}
		g.keyPos[pos]++
		return Card{Question: stem, Answer: f.Answer, Choices: choices, Key: pos, Score: score}, true
	}
	return Card{}, false
}

func isNumericKind(k notes.Kind) bool {
	return k == notes.Date || k == notes.Population || k == notes.Quantity || k == notes.Ranking
}

// tf states the fact truly or with a distractor, balancing the two.
func (g *generator) tf(f notes.Fact, c *context, score float64) (Card, bool) {
	truth := g.tfTrue <= 0
	if g.tfTrue == 0 {
		truth = g.rng.IntN(2) == 0
	}
	fill := f.Answer
	if !truth {
		stem := c.clozeText()
		ds, ok := g.pool.distractors(f, stem, g.rng.IntN(2), g.rng, 1)
		if !ok {
			ds, ok = g.pool.distractors(f, stem, 0, g.rng, 1)
		}
		if !ok {
			ds, ok = g.pool.distractors(f, stem, 1, g.rng, 1)
		}
		if !ok {
			truth = true
		} else {
			fill = ds[0]
		}
	}
	st := c.statement(fill)
	if truth {
		g.tfTrue++
		return Card{Question: "True or false: " + st, Answer: "true", Choices: []string{"True", "False"}, Key: 0, Score: score}, true
	}
	g.tfTrue--
	return Card{Question: "True or false: " + st, Answer: "false", Choices: []string{"True", "False"}, Key: 1, Score: score}, true
}
