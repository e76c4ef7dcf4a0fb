package optimize

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/recall-srs/recall/scheduler"
)

// TestAgreesWithScheduler replays random histories with the optimizer's
// model (plain and with derivatives) and with the scheduler's memory-model
// functions, which the app schedules with: S, D and R must agree.
func TestAgreesWithScheduler(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 2000; trial++ {
		w := randomParams(rng)
		if trial%4 == 0 {
			w = DefaultParams
		}
		for i := 0; i < 4; i++ {
			w[i] = max(w[i], 0.1) // fitted S0 are at least 0.1 (pre-training's floor)
		}
		sw := scheduler.ClipParameters(w[:], 1, true)
		if Params(sw) != w {
			t.Fatalf("clamps differ:\n%v\n%v", w, sw)
		}
		c := randomCard(rng, 2+rng.IntN(20))
		mine := Replay(w, c.Reviews, nil)
		m := newModel(w)
		var dm dmem
		var st scheduler.MemoryState
		for i, rv := range c.Reviews {
			g := scheduler.Rating(rv.Rating)
			tt := float64(rv.T)
			if i > 0 {
				want := scheduler.Retrievability(tt, st.Stability, w[:])
				if got := m.r(tt, mine[i-1].S); math.Abs(got-want) > 1e-7 {
					t.Fatalf("trial %d step %d: R %v, scheduler %v", trial, i, got, want)
				}
				m.stepGrad(&dm, tt, int(rv.Rating))
			} else {
				dm = m.initGrad(int(rv.Rating))
			}
			st = scheduler.NextState(st, tt, g, -1, w[:], true)
			if math.Abs(mine[i].S-st.Stability) > 1e-6*st.Stability+1e-7 || math.Abs(mine[i].D-st.Difficulty) > 1e-6 {
				t.Fatalf("trial %d step %d (t %v, g %d): S, D = %v, %v; scheduler %v, %v\nw %v\nreviews %v",
					trial, i, tt, g, mine[i].S, mine[i].D, st.Stability, st.Difficulty, w, c.Reviews)
			}
			if math.Abs(dm.S-mine[i].S) > 1e-12*mine[i].S || math.Abs(dm.D-mine[i].D) > 1e-12*mine[i].D {
				t.Fatalf("trial %d step %d: derivative replay %v, %v; plain %v, %v", trial, i, dm.S, dm.D, mine[i].S, mine[i].D)
			}
		}
	}
}
