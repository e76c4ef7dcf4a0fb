package optimize

import (
	"cmp"
	"github.com/recall-srs/recall/scheduler"
	"slices"
)

// Predictor turns a card's history into the predicted recall of each scored review.
type Predictor interface {
	// Predict calls emit(pos, p) for every review index pos > 0 with T > 0.
	Predict(c *Card, emit func(pos int, p float64))
}

// FSRS predicts with FSRS-6 and fixed parameters.
type FSRS struct{ W Params }

// Predict replays the card (same-day answers included) and reads R(t, S)
// before each long-term review.
func (f FSRS) Predict(c *Card, emit func(pos int, p float64)) {
	m := newModel(f.W)
	var st Memory
	for i, rv := range c.Reviews {
		if i == 0 {
			st = m.init(int(rv.Rating))
			continue
		}
		if rv.T > 0 {
			emit(i, m.r(float64(rv.T), st.S))
		}
		st = m.step(st, float64(rv.T), int(rv.Rating))
	}
}

// SM2 is classic SM-2 read as srs-benchmark does: the interval is the 90%
// point of an exponential forgetting curve, p = 0.9^(t / interval). Only the
// first answer and the long-term ones (t > 0) feed SM-2.
type SM2 struct{}

// Predict implements Predictor.
func (SM2) Predict(c *Card, emit func(pos int, p float64)) {
	var b scheduler.SM2Baseline
	for i, rv := range c.Reviews {
		if i == 0 {
			b.Feed(scheduler.Rating(rv.Rating))
			continue
		}
		if rv.T > 0 {
			emit(i, scheduler.SM2Recall(float64(rv.T), b.Interval()))
			b.Feed(scheduler.Rating(rv.Rating))
		}
	}
}

// predictions scores the given items (all of ds's when items is nil) with p,
// in card order. Only the cards with an item are replayed.
func predictions(ds *Dataset, p Predictor, items []Item) []Prediction {
	var want []Item
	if items != nil {
		want = slices.Clone(items)
		slices.SortFunc(want, func(a, b Item) int { return cmp.Or(cmp.Compare(a.Card, b.Card), cmp.Compare(a.Pos, b.Pos)) })
	}
	size := len(want)
	if want == nil {
		size = ds.Scored()
	}
	out := make([]Prediction, 0, size)
	k := 0 // next wanted item
	for ci := range ds.Cards {
		if want != nil {
			if k >= len(want) {
				break
			}
			if want[k].Card != int32(ci) {
				continue
			}
		}
		c := &ds.Cards[ci]
		lapses, n := 0, 0 // earlier long-term Again answers, long-term reviews so far
		p.Predict(c, func(pos int, prob float64) {
			n++
			rv := c.Reviews[pos]
			take := want == nil
			if !take && k < len(want) && want[k].Card == int32(ci) && want[k].Pos == int32(pos) {
				take = true
				k++
			}
			if take {
				out = append(out, Prediction{P: prob, Y: rv.Rating > 1, Bin: binKey(int(rv.T), n+1, lapses)})
			}
			if rv.Rating == 1 {
				lapses++
			}
		})
	}
	return out
}

// Predict scores every scored review of ds with p.
func Predict(ds *Dataset, p Predictor) []Prediction { return predictions(ds, p, nil) }
