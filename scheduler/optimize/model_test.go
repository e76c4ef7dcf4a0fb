package optimize

import (
	"math"
	"math/rand/v2"
	"testing"
)

// randomParams draws parameters inside the clamps, away from their edges.
func randomParams(rng *rand.Rand) Params {
	w := DefaultParams
	for i := range w {
		w[i] *= 0.7 + 0.6*rng.Float64()
	}
	w[9] = 0.05 + 0.5*rng.Float64()
	return w.Clamp(1)
}

func randomCard(rng *rand.Rand, n int) *Card {
	c := &Card{Reviews: make([]Review, n)}
	for i := range c.Reviews {
		c.Reviews[i].Rating = int8(1 + rng.IntN(4))
		if i > 0 && rng.IntN(3) > 0 {
			c.Reviews[i].T = int32(1 + rng.IntN(60))
		}
	}
	return c
}

// lossAt is the weighted log loss of a card at every scored position, without derivatives.
func lossAt(w Params, c *Card) float64 {
	loss := 0.0
	FSRS{w}.Predict(c, func(pos int, p float64) {
		p = min(max(p, 1e-7), 1-1e-7)
		if c.Reviews[pos].Rating > 1 {
			loss -= math.Log(p)
		} else {
			loss -= math.Log(1 - p)
		}
	})
	return loss
}

// TestGradient checks the hand-derived forward derivatives against central
// differences of the plain replay on random cards and parameters.
func TestGradient(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 200; trial++ {
		w := randomParams(rng)
		c := randomCard(rng, 2+rng.IntN(12))
		tc := &trainCard{card: c}
		for i, rv := range c.Reviews {
			if i > 0 && rv.T > 0 {
				tc.pos = append(tc.pos, int32(i))
				tc.wt = append(tc.wt, 1)
			}
		}
		if len(tc.pos) == 0 {
			continue
		}
		tc.final = tc.pos[len(tc.pos)-1]
		var g grad
		loss := cardLoss(newModel(w), tc, &g)
		if want := lossAt(w, c); math.Abs(loss-want) > 1e-9*max(1, want) {
			t.Fatalf("trial %d: loss %v, plain replay %v", trial, loss, want)
		}
		for i := range w {
			h := 1e-6 * max(1, math.Abs(w[i]))
			up, down := w, w
			up[i] += h
			down[i] -= h
			num := (lossAt(up, c) - lossAt(down, c)) / (2 * h)
			if math.Abs(num-g[i]) > 1e-4*max(1, math.Abs(num)) {
				t.Errorf("trial %d w%d: derivative %.8g, central difference %.8g (params %v, card %v)", trial, i, g[i], num, w, c.Reviews)
			}
		}
	}
}
