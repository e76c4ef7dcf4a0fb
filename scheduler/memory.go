package scheduler

import (
	"fmt"
	"math"
)

// The FSRS-6 memory model: forgetting curve, initial state and the
// stability/difficulty update. The functions follow ts-fsrs 5.4.2 to the
// digit, including its rounding of intermediates to 8 decimals, because the
// scheduler's integer intervals must agree with it exactly and a different
// rounding can tip a value across a .5 boundary. They take the parameter
// vector w (21 values, already clipped) so the optimizer can check its own
// differentiable copy against them.

// Stability and difficulty limits shared by ts-fsrs and fsrs-rs.
const (
	SMin = 0.001
	SMax = 36500.0
	DMin = 1.0
	DMax = 10.0
)

// NumParameters is the length of an FSRS-6 parameter vector.
const NumParameters = 21

// DefaultParameters are the FSRS-6 defaults (the median over the
// srs-benchmark collections), identical in ts-fsrs and fsrs-rs.
var DefaultParameters = [NumParameters]float64{
	0.212, 1.2931, 2.3065, 8.2956,
	6.4133, 0.8334, 3.0194, 0.001,
	1.8722, 0.1666, 0.796,
	1.4835, 0.0614, 0.2629, 1.6483,
	0.6014, 1.8729,
	0.5425, 0.0912, 0.0658,
	0.1542,
}

// DefaultWeights returns a fresh copy of DefaultParameters as a slice.
func DefaultWeights() []float64 {
	w := DefaultParameters
	return w[:]
}

// jsRound is JavaScript's Math.round: halves go towards +Inf.
func jsRound(x float64) float64 {
	f := math.Floor(x)
	if x-f >= 0.5 {
		f++
	}
	return f
}

// round8 is ts-fsrs roundTo(x, 8).
func round8(x float64) float64 {
	return jsRound(x*1e8) / 1e8
}

func clamp(x, lo, hi float64) float64 {
	return math.Min(math.Max(x, lo), hi)
}

// DecayFactor returns the curve's decay (-w20) and factor
// F = 0.9^(1/decay) - 1 rounded to 8 decimals, so that R(S, S) = 0.9.
func DecayFactor(w []float64) (decay, factor float64) {
	decay = -w[20]
	factor = math.Exp(math.Log(0.9)/decay) - 1
	return decay, round8(factor)
}

// Retrievability is the forgetting curve R(t, S) = (1 + F t / S)^(-w20):
// the probability of recall t days (fractions allowed) after a review that
// left stability S.
func Retrievability(t, s float64, w []float64) float64 {
	return newModel(w).retrievability(t, s)
}

// model caches what the formulas derive from w alone (the curve's decay and
// factor, the unclamped D0(Easy)): the scheduler evaluates them once instead
// of on every answer.
type model struct {
	w             []float64
	decay, factor float64
	d0Easy        float64
}

func newModel(w []float64) *model {
	decay, factor := DecayFactor(w)
	return &model{w: w, decay: decay, factor: factor, d0Easy: InitDifficultyRaw(Easy, w)}
}

func (md *model) retrievability(t, s float64) float64 {
	return round8(math.Pow(1+md.factor*t/s, md.decay))
}

// IntervalRaw is the real-valued inverse of the forgetting curve: the days
// after which R falls to the desired retention r.
func IntervalRaw(s, r float64, w []float64) float64 {
	decay, factor := DecayFactor(w)
	return s / factor * (math.Pow(r, 1/decay) - 1)
}

// IntervalModifier is the ratio interval/S for the desired retention r
// (1 for r = 0.9), rounded to 8 decimals as ts-fsrs does.
func IntervalModifier(r float64, w []float64) float64 {
	decay, factor := DecayFactor(w)
	return round8((math.Pow(r, 1/decay) - 1) / factor)
}

// IntervalDays is the scheduler's unfuzzed interval for stability s: S times
// the interval modifier, rounded, at least 1 day and at most maxInterval.
func IntervalDays(s, intervalModifier float64, maxInterval int) int {
	i := jsRound(s * intervalModifier)
	return int(math.Min(math.Max(1, i), float64(maxInterval)))
}

// InitStability is S after the first review with grade g.
func InitStability(g Rating, w []float64) float64 {
	return math.Max(w[g-1], 0.1)
}

// InitDifficultyRaw is D0(g) = w4 - exp(w5 (g - 1)) + 1 without clamping;
// mean reversion pulls towards the unclamped D0(Easy).
func InitDifficultyRaw(g Rating, w []float64) float64 {
	return round8(w[4] - math.Exp(float64(g-1)*w[5]) + 1)
}

// InitDifficulty is D after the first review with grade g, in [1, 10].
func InitDifficulty(g Rating, w []float64) float64 {
	return clamp(InitDifficultyRaw(g, w), DMin, DMax)
}

// NextDifficulty is D after a review with grade g: a step of -w6 (g - 3)
// damped linearly as D nears 10, then a w7 pull towards D0(Easy).
func NextDifficulty(d float64, g Rating, w []float64) float64 {
	return nextDifficulty(d, g, w, InitDifficultyRaw(Easy, w))
}

func nextDifficulty(d float64, g Rating, w []float64, d0Easy float64) float64 {
	delta := -w[6] * float64(g-3)
	next := d + round8(delta*(10-d)/9)
	reverted := round8(w[7]*d0Easy + (1-w[7])*next)
	return clamp(reverted, DMin, DMax)
}

// NextRecallStability is S after a successful review (g >= Hard) at
// retrievability r; d is the difficulty before the review.
func NextRecallStability(d, s, r float64, g Rating, w []float64) float64 {
	hard, easy := 1.0, 1.0
	if g == Hard {
		hard = w[15]
	}
	if g == Easy {
		easy = w[16]
	}
	inc := math.Exp(w[8]) * (11 - d) * math.Pow(s, -w[9]) * (math.Exp((1-r)*w[10]) - 1) * hard * easy
	return round8(clamp(s*(1+inc), SMin, SMax))
}

// NextForgetStability is the post-lapse stability before the cap that keeps
// it below the pre-lapse S.
func NextForgetStability(d, s, r float64, w []float64) float64 {
	sf := w[11] * math.Pow(d, -w[12]) * (math.Pow(s+1, w[13]) - 1) * math.Exp((1-r)*w[14])
	return round8(clamp(sf, SMin, SMax))
}

// NextShortTermStability is S after a same-day review (t = 0): a pass never
// lowers S.
func NextShortTermStability(s float64, g Rating, w []float64) float64 {
	inc := math.Pow(s, -w[19]) * math.Exp(w[17]*(float64(g)-3+w[18]))
	if g >= Hard {
		inc = math.Max(inc, 1)
	}
	return round8(clamp(s*inc, SMin, SMax))
}

// MemoryState is the two-number FSRS memory of a card.
type MemoryState struct {
	Stability  float64
	Difficulty float64
}

// NextState is the memory after a review with grade g, t whole days after the
// previous one (ts-fsrs next_state). A zero state means the card is new. r is
// the retrievability at the review; pass a negative r to compute it from t.
// With shortTerm (the default) a t = 0 review uses the same-day formula;
// without it t = 0 is an ordinary review and the lapse cap ignores w17, w18.
func NextState(m MemoryState, t float64, g Rating, r float64, w []float64, shortTerm bool) MemoryState {
	return newModel(w).nextState(m, t, g, r, shortTerm)
}

func (md *model) nextState(m MemoryState, t float64, g Rating, r float64, shortTerm bool) MemoryState {
	w := md.w
	d, s := m.Difficulty, m.Stability
	if d == 0 && s == 0 {
		return MemoryState{Stability: InitStability(g, w), Difficulty: InitDifficulty(g, w)}
	}
	// A stored state outside the model's domain (hand-edited, corrupt) is
	// pulled back in rather than producing NaN.
	d = clamp(d, DMin, DMax)
	s = math.Max(s, SMin)
	if r < 0 {
		r = md.retrievability(t, s)
	}
	var ns float64
	switch {
	case t == 0 && shortTerm:
		ns = NextShortTermStability(s, g, w)
	case g == Again:
		sf := NextForgetStability(d, s, r, w)
		w17, w18 := 0.0, 0.0
		if shortTerm {
			w17, w18 = w[17], w[18]
		}
		ns = math.Min(math.Max(round8(s/math.Exp(w17*w18)), SMin), sf)
	default:
		ns = NextRecallStability(d, s, r, g, w)
	}
	return MemoryState{Stability: ns, Difficulty: nextDifficulty(d, g, w, md.d0Easy)}
}

// NextStability is the stability after a review of a card with stability s
// and difficulty d (both before the review), t days after the previous one,
// at retrievability r, with short-term handling on: the view of the optimizer
// and of fsrs-rs.
func NextStability(s, d, t, r float64, g Rating, w []float64) float64 {
	return NextState(MemoryState{Stability: s, Difficulty: d}, t, g, r, w, true).Stability
}

// clip ranges per parameter; w17/w18's ceiling and w19's floor depend on
// the configuration and are filled in by ClipParameters.
var clipRanges = [NumParameters][2]float64{
	{SMin, 100}, {SMin, 100}, {SMin, 100}, {SMin, 100},
	{1, 10}, {0.001, 4}, {0.001, 4}, {0.001, 0.75},
	{0, 4.5}, {0, 0.8}, {0.001, 3.5},
	{0.001, 5}, {0.001, 0.25}, {0.001, 0.9}, {0, 4},
	{0, 1}, {1, 6},
	{0, 2}, {0, 2}, {0.01, 0.8},
	{0.1, 0.8},
}

// ClipParameters clamps each parameter into its allowed range (ts-fsrs
// clipParameters). With more than one relearning step the w17/w18 ceiling is
// lowered so that a lapse followed by n same-day Good answers cannot end
// above the stability before the lapse. Slices shorter than 21 are clipped
// position by position.
func ClipParameters(w []float64, relearningSteps int, shortTerm bool) []float64 {
	ranges := clipRanges
	if !shortTerm {
		ranges[19][0] = 0
	}
	val := func(i int) float64 {
		if math.IsNaN(w[i]) {
			return 0
		}
		return w[i]
	}
	if relearningSteps > 1 && len(w) > 14 {
		w11 := clamp(val(11), ranges[11][0], ranges[11][1])
		w13 := clamp(val(13), ranges[13][0], ranges[13][1])
		w14 := clamp(val(14), ranges[14][0], ranges[14][1])
		v := -(math.Log(w11) + math.Log(math.Pow(2, w13)-1) + w14*0.3) / float64(relearningSteps)
		ceil := clamp(round8(math.Sqrt(math.Max(v, 0))), 0.01, 2)
		ranges[17][1] = ceil
		ranges[18][1] = ceil
	}
	out := make([]float64, min(len(w), NumParameters))
	for i := range out {
		out[i] = clamp(val(i), ranges[i][0], ranges[i][1])
	}
	return out
}

// MigrateParameters turns a parameter vector of any supported generation
// into 21 FSRS-6 values: 21 values are clipped, 19 (FSRS-5) get w19 = 0 and
// the FSRS-5 decay 0.5, 17 (FSRS-4.5) have their difficulty parameters
// rewritten to the newer shape as well. An empty vector means the defaults.
func MigrateParameters(w []float64, relearningSteps int, shortTerm bool) ([]float64, error) {
	switch len(w) {
	case 0:
		return DefaultWeights(), nil
	case 21:
		return ClipParameters(w, relearningSteps, shortTerm), nil
	case 19:
		return append(ClipParameters(w, relearningSteps, shortTerm), 0, 0.5), nil
	case 17:
		c := ClipParameters(w, relearningSteps, shortTerm)
		c[4] = round8(c[5]*2 + c[4])
		c[5] = round8(math.Log(c[5]*3+1) / 3)
		c[6] = round8(c[6] + 0.5)
		return append(c, 0, 0, 0, 0.5), nil
	}
	return nil, fmt.Errorf("parameters: want 21 values (or 19 or 17 from older FSRS versions), got %d", len(w))
}
