package optimize

import (
	"context"
	"math"
	"math/rand/v2"
	"sort"
	"sync"
)

// Config holds the training settings; the zero value means fsrs-rs's defaults.
type Config struct {
	Epochs          int     // 5
	BatchSize       int     // 512 items
	LearningRate    float64 // 0.04, cosine-annealed to 0
	Gamma           float64 // L2 pull toward the starting parameters: 1
	MaxSeqLen       int     // items with longer histories are left out: 256
	Seed            uint64  // batch shuffling: 2023
	RelearningSteps int     // for the w17/w18 ceiling: 1
	NoOutlierFilter bool
	Workers         int // goroutines per batch: 2
}

func (c Config) withDefaults() Config {
	if c.Epochs == 0 {
		c.Epochs = 5
	}
	if c.BatchSize == 0 {
		c.BatchSize = 512
	}
	if c.LearningRate == 0 {
		c.LearningRate = 0.04
	}
	if c.Gamma == 0 {
		c.Gamma = 1
	}
	if c.MaxSeqLen == 0 {
		c.MaxSeqLen = 256
	}
	if c.Seed == 0 {
		c.Seed = 2023
	}
	if c.RelearningSteps == 0 {
		c.RelearningSteps = 1
	}
	if c.Workers == 0 {
		c.Workers = 2
	}
	return c
}

// paramsStddev scales the L2 penalty per parameter (fsrs-rs PARAMS_STDDEV).
var paramsStddev = Params{
	6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
	1.03, 0.31, 0.32, 0.14, 0.27,
}

// MinFitItems is the fewest scored reviews Fit accepts.
const MinFitItems = 64

// FitResult is the outcome of Fit.
type FitResult struct {
	Params     Params
	Pretrained Params // after pre-training of w0..w3, before gradient descent
	TrainItems int    // items gradient descent used (after the outlier filter)
	Loss       float64
}

// trainCard is one card's training positions with their weights.
type trainCard struct {
	card  *Card
	pos   []int32
	wt    []float64
	final int32 // last position needed
}

// Fit fits the 21 parameters to items of ds (all scored items when nil), as
// fsrs-rs compute_parameters does: outlier filter, pre-training of the
// initial stabilities, recency weighting, then Adam with a cosine learning
// rate on the weighted log loss plus an L2 pull toward the starting point,
// keeping the best epoch. It is deterministic.
func Fit(ctx context.Context, ds *Dataset, items []Item, cfg Config) (FitResult, error) {
	cfg = cfg.withDefaults()
	if items == nil {
		items = ds.Items()
	}
	if len(items) < MinFitItems {
		return FitResult{}, ds.check(MinFitItems)
	}
	// Pre-training uses the items whose prefix holds exactly one long-term
	// review: each card's first review with t > 0. That review's interval,
	// with the card's first grade, is also the key of the outlier filter.
	ltPos := make([]int32, len(ds.Cards))
	for ci := range ds.Cards {
		ltPos[ci] = -1
		for i, r := range ds.Cards[ci].Reviews {
			if i > 0 && r.T > 0 {
				ltPos[ci] = int32(i)
				break
			}
		}
	}
	firstLT := func(ci int32) (pos int32, t int32) {
		if p := ltPos[ci]; p > 0 {
			return p, ds.Cards[ci].Reviews[p].T
		}
		return -1, 0
	}
	var recalled int
	var pre []Item
	for _, it := range items {
		if ds.Cards[it.Card].Reviews[it.Pos].Rating > 1 {
			recalled++
		}
		if p, _ := firstLT(it.Card); p == it.Pos {
			pre = append(pre, it)
		}
	}
	avgRecall := float64(recalled) / float64(len(items))

	removed := map[[2]int32]bool{}
	if !cfg.NoOutlierFilter {
		pre, removed = filterOutliers(ds, pre)
	}
	kept := func(it Item) bool {
		_, t := firstLT(it.Card)
		return !removed[[2]int32{int32(ds.Cards[it.Card].Reviews[0].Rating), t}]
	}
	nTrain := 0
	for _, it := range items {
		if kept(it) {
			nTrain++
		}
	}

	s0, counts := pretrain(ds, pre, avgRecall)
	init := DefaultParams
	copy(init[:4], s0[:])
	init = init.Clamp(cfg.RelearningSteps)
	res := FitResult{Params: init, Pretrained: init}
	if nTrain < MinFitItems {
		return res, nil
	}

	// Recency weights by rank in time order, then grouped per card for replay.
	byCard := make([]*trainCard, len(ds.Cards))
	var cards []*trainCard
	n, k := 0, -1
	for _, it := range items {
		if !kept(it) {
			continue
		}
		k++
		if int(it.Pos)+1 > cfg.MaxSeqLen {
			continue
		}
		tc := byCard[it.Card]
		if tc == nil {
			tc = &trainCard{card: &ds.Cards[it.Card]}
			byCard[it.Card] = tc
			cards = append(cards, tc)
		}
		tc.pos = append(tc.pos, it.Pos)
		tc.wt = append(tc.wt, 0.25+0.75*math.Pow(float64(k)/max(float64(nTrain-1), 1), 3))
		n++
	}
	for _, tc := range cards {
		sort.Sort(byPos{tc})
		tc.final = tc.pos[len(tc.pos)-1]
	}
	res.TrainItems = n
	w, loss, err := adam(ctx, cards, n, init, cfg)
	if err != nil {
		return res, err
	}
	// Keep the initial stabilities ordered by grade, as fsrs-rs does after training.
	var got [5]float64
	var ok [5]bool
	for g := 1; g <= 4; g++ {
		got[g], ok[g] = w[g-1], true
	}
	s := smoothAndFill(got, ok, counts)
	copy(w[:4], s[:])
	res.Params = w.Clamp(cfg.RelearningSteps)
	res.Loss = loss
	return res, nil
}

type byPos struct{ tc *trainCard }

func (b byPos) Len() int           { return len(b.tc.pos) }
func (b byPos) Less(i, j int) bool { return b.tc.pos[i] < b.tc.pos[j] }
func (b byPos) Swap(i, j int) {
	b.tc.pos[i], b.tc.pos[j] = b.tc.pos[j], b.tc.pos[i]
	b.tc.wt[i], b.tc.wt[j] = b.tc.wt[j], b.tc.wt[i]
}

// cardLoss replays one card with derivatives and adds its weighted log loss
// and gradient to *g.
func cardLoss(m *model, tc *trainCard, g *grad) float64 {
	c := tc.card
	var st dmem
	loss := 0.0
	k := 0
	for i := 0; i <= int(tc.final); i++ {
		rv := c.Reviews[i]
		if i == 0 {
			st = m.initGrad(int(rv.Rating))
			continue
		}
		if k < len(tc.pos) && int(tc.pos[k]) == i {
			t := float64(rv.T)
			r, drds, drdw20 := m.rGrad(t, st.S)
			r = min(max(r, 1e-7), 1-1e-7)
			wt := tc.wt[k]
			var dldr float64
			if rv.Rating > 1 {
				loss -= wt * math.Log(r)
				dldr = -wt / r
			} else {
				loss -= wt * math.Log(1-r)
				dldr = wt / (1 - r)
			}
			a := dldr * drds
			for j := range g {
				g[j] += a * st.dS[j]
			}
			g[20] += dldr * drdw20
			k++
		}
		if i < int(tc.final) {
			m.stepGrad(&st, float64(rv.T), int(rv.Rating))
		}
	}
	return loss
}

// batchGrad sums cardLoss over cards, split across workers.
func batchGrad(m *model, cards []*trainCard, workers int) (float64, grad) {
	if workers <= 1 || len(cards) < 2*workers {
		var g grad
		loss := 0.0
		for _, tc := range cards {
			loss += cardLoss(m, tc, &g)
		}
		return loss, g
	}
	losses := make([]float64, workers)
	grads := make([]grad, workers)
	var wg sync.WaitGroup
	chunk := (len(cards) + workers - 1) / workers
	for wi := 0; wi < workers; wi++ {
		lo, hi := wi*chunk, min((wi+1)*chunk, len(cards))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, tc := range cards[lo:hi] {
				losses[wi] += cardLoss(m, tc, &grads[wi])
			}
		}()
	}
	wg.Wait()
	// Fixed summation order keeps runs identical.
	var g grad
	loss := 0.0
	for wi := range grads {
		loss += losses[wi]
		for j := range g {
			g[j] += grads[wi][j]
		}
	}
	return loss, g
}

func penalty(w, init Params, scale float64) (float64, grad) {
	var g grad
	p := 0.0
	for i := range w {
		d := w[i] - init[i]
		v := paramsStddev[i] * paramsStddev[i]
		p += d * d / v
		g[i] = 2 * d / v * scale
	}
	return p * scale, g
}

// adam runs the gradient descent and returns the parameters of the epoch
// with the lowest training loss.
func adam(ctx context.Context, cards []*trainCard, total int, init Params, cfg Config) (Params, float64, error) {
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x5eed))
	order := make([]*trainCard, len(cards))
	copy(order, cards)
	// Batches are whole cards (one replay serves all of a card's items) filled to BatchSize items.
	batches := func() [][]*trainCard {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var out [][]*trainCard
		start, n := 0, 0
		for i, tc := range order {
			n += len(tc.pos)
			if n >= cfg.BatchSize {
				out = append(out, order[start:i+1])
				start, n = i+1, 0
			}
		}
		if start < len(order) {
			out = append(out, order[start:])
		}
		return out
	}
	perEpoch := total/cfg.BatchSize + 1
	tmax := float64(perEpoch * cfg.Epochs)
	const b1, b2, eps = 0.9, 0.999, 1e-8
	var m1, m2 grad
	w := init
	best, bestLoss := w, math.Inf(1)
	step := 0
	for epoch := 0; epoch < cfg.Epochs; epoch++ {
		for _, batch := range batches() {
			if err := ctx.Err(); err != nil {
				return w, 0, err
			}
			step++
			lr := cfg.LearningRate * (1 + math.Cos(math.Pi*float64(step)/tmax)) / 2
			bs := 0
			for _, tc := range batch {
				bs += len(tc.pos)
			}
			_, g := batchGrad(newModel(w), batch, cfg.Workers)
			_, pg := penalty(w, init, cfg.Gamma*float64(bs)/float64(total))
			c1 := 1 - math.Pow(b1, float64(step))
			c2 := 1 - math.Pow(b2, float64(step))
			for i := range w {
				gi := g[i] + pg[i]
				if math.IsNaN(gi) || math.IsInf(gi, 0) {
					gi = 0
				}
				m1[i] = b1*m1[i] + (1-b1)*gi
				m2[i] = b2*m2[i] + (1-b2)*gi*gi
				w[i] -= lr * (m1[i] / c1) / (math.Sqrt(m2[i]/c2) + eps)
			}
			w = w.Clamp(cfg.RelearningSteps)
		}
		loss, _ := batchGrad(newModel(w), cards, cfg.Workers)
		p, _ := penalty(w, init, cfg.Gamma)
		if loss+p < bestLoss {
			best, bestLoss = w, loss+p
		}
	}
	return best, bestLoss, nil
}

// filterOutliers drops, per first rating, the rarest first intervals (about
// 5% of the cards, at least 20) and intervals over 100 days (365 for Easy),
// as fsrs-rs filter_outlier does. It returns the kept pre-training items and
// the removed (first rating, first interval) pairs.
func filterOutliers(ds *Dataset, pre []Item) ([]Item, map[[2]int32]bool) {
	groups := map[int32]map[int32][]Item{}
	for _, it := range pre {
		c := &ds.Cards[it.Card]
		g := int32(c.Reviews[0].Rating)
		if groups[g] == nil {
			groups[g] = map[int32][]Item{}
		}
		t := c.Reviews[it.Pos].T
		groups[g][t] = append(groups[g][t], it)
	}
	removed := map[[2]int32]bool{}
	var kept []Item
	for g := int32(1); g <= 4; g++ {
		sub := groups[g]
		if sub == nil {
			continue
		}
		ts := make([]int32, 0, len(sub))
		total := 0
		for t, v := range sub {
			ts = append(ts, t)
			total += len(v)
		}
		// Smallest groups first; among equal sizes the shortest interval first.
		sort.Slice(ts, func(i, j int) bool {
			if len(sub[ts[i]]) != len(sub[ts[j]]) {
				return len(sub[ts[i]]) < len(sub[ts[j]])
			}
			return ts[i] < ts[j]
		})
		limit := max(20, total/20)
		gone := 0
		for _, t := range ts {
			v := sub[t]
			if gone+len(v) >= limit {
				maxT := int32(100)
				if g == 4 {
					maxT = 365
				}
				if len(v) >= 6 && t <= maxT {
					kept = append(kept, v...)
				} else {
					removed[[2]int32{g, t}] = true
				}
			} else {
				gone += len(v)
				removed[[2]int32{g, t}] = true
			}
		}
	}
	return kept, removed
}

// pretrain estimates w0..w3 from the items with exactly one long-term
// review: per first grade, the S0 whose forgetting curve (default decay) best
// fits the recall at each first interval, pulled lightly toward the default.
func pretrain(ds *Dataset, pre []Item, avgRecall float64) ([4]float64, [5]int) {
	type cell struct{ n, y float64 }
	groups := map[int]map[int32]*cell{}
	var counts [5]int
	for _, it := range pre {
		c := &ds.Cards[it.Card]
		g := int(c.Reviews[0].Rating)
		rv := c.Reviews[it.Pos]
		if groups[g] == nil {
			groups[g] = map[int32]*cell{}
		}
		ce := groups[g][rv.T]
		if ce == nil {
			ce = &cell{}
			groups[g][rv.T] = ce
		}
		ce.n++
		if rv.Rating > 1 {
			ce.y++
		}
		counts[g]++
	}
	dm := newModel(DefaultParams)
	var found [5]float64
	var ok [5]bool
	for g := 1; g <= 4; g++ {
		cells := groups[g]
		if len(cells) == 0 {
			continue
		}
		ts := make([]int32, 0, len(cells))
		total := 0.0
		for t, ce := range cells {
			ts = append(ts, t)
			total += ce.n
		}
		sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
		def := DefaultParams[g-1]
		loss := func(s float64) float64 {
			l := 0.0
			for _, t := range ts {
				ce := cells[t]
				recall := (ce.y/ce.n*total + avgRecall) / (total + 1) // Laplace smoothing
				p := dm.r(float64(t), s)
				l -= (recall*math.Log(p) + (1-recall)*math.Log(1-p)) * math.Sqrt(ce.n)
			}
			return l + math.Abs(s-def)/16
		}
		lo, hi := 0.1, 100.0
		for it := 0; hi-lo > 1e-7 && it < 1000; it++ {
			m1 := lo + (hi-lo)/3
			m2 := hi - (hi-lo)/3
			if loss(m1) < loss(m2) {
				hi = m2
			} else {
				lo = m1
			}
		}
		found[g], ok[g] = (lo+hi)/2, true
	}
	if !ok[1] && !ok[2] && !ok[3] && !ok[4] {
		return [4]float64(DefaultParams[:4]), counts
	}
	return smoothAndFill(found, ok, counts), counts
}

// smoothAndFill makes S0 non-decreasing in the grade (the better-attested
// value wins) and fills grades without data from the others.
func smoothAndFill(s [5]float64, ok [5]bool, counts [5]int) [4]float64 {
	for _, p := range [][2]int{{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}} {
		a, b := p[0], p[1]
		if ok[a] && ok[b] && s[a] > s[b] {
			if counts[a] > counts[b] {
				s[b] = s[a]
			} else {
				s[a] = s[b]
			}
		}
	}
	const w1, w2 = 3.0 / 5.0, 3.0 / 5.0
	n := 0
	for g := 1; g <= 4; g++ {
		if ok[g] {
			n++
		}
	}
	pw := math.Pow
	switch n {
	case 1:
		for g := 1; g <= 4; g++ {
			if ok[g] {
				f := s[g] / DefaultParams[g-1]
				for h := 1; h <= 4; h++ {
					s[h] = DefaultParams[h-1] * f
				}
				break
			}
		}
	case 2:
		switch {
		case ok[3] && ok[4]:
			s[2] = pw(s[3], 1/(1-w2)) * pw(s[4], 1-1/(1-w2))
			s[1] = pw(s[2], 1/w1) * pw(s[3], 1-1/w1)
		case ok[2] && ok[4]:
			s[3] = pw(s[2], 1-w2) * pw(s[4], w2)
			s[1] = pw(s[2], 1/w1) * pw(s[3], 1-1/w1)
		case ok[2] && ok[3]:
			s[4] = pw(s[2], 1-1/w2) * pw(s[3], 1/w2)
			s[1] = pw(s[2], 1/w1) * pw(s[3], 1-1/w1)
		case ok[1] && ok[4]:
			k := w1 + w2 - w1*w2
			s[2] = pw(s[1], w1/k) * pw(s[4], 1-w1/k)
			s[3] = pw(s[1], 1-w2/k) * pw(s[4], w2/k)
		case ok[1] && ok[3]:
			s[2] = pw(s[1], w1) * pw(s[3], 1-w1)
			s[4] = pw(s[2], 1-1/w2) * pw(s[3], 1/w2)
		case ok[1] && ok[2]:
			s[3] = pw(s[1], 1-1/(1-w1)) * pw(s[2], 1/(1-w1))
			s[4] = pw(s[2], 1-1/w2) * pw(s[3], 1/w2)
		}
	case 3:
		switch {
		case !ok[1]:
			s[1] = pw(s[2], 1/w1) * pw(s[3], 1-1/w1)
		case !ok[2]:
			s[2] = pw(s[1], w1) * pw(s[3], 1-w1)
		case !ok[3]:
			s[3] = pw(s[2], 1-w2) * pw(s[4], w2)
		case !ok[4]:
			s[4] = pw(s[2], 1-1/w2) * pw(s[3], 1/w2)
		}
	}
	var out [4]float64
	for g := 1; g <= 4; g++ {
		out[g-1] = min(max(s[g], 0.1), 100)
	}
	return out
}
