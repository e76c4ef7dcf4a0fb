package scheduler

import (
	"math"
	"strconv"
	"time"
)

// FSRS is the FSRS-6 scheduler, a port of ts-fsrs 5.4.2's FSRS.next: the
// BasicScheduler with (re)learning steps when short-term scheduling is on,
// the LongTermScheduler (every answer gives whole days) when it is off.
// A FSRS value is immutable and safe for concurrent use.
type FSRS struct {
	w           []float64 // clipped, 21 values
	md          *model
	retention   float64
	maxInterval int
	learning    []int // step lengths in minutes
	relearning  []int
	shortTerm   bool
	fuzz        bool
	im          float64 // interval modifier for retention
}

// NewFSRS builds the FSRS scheduler for a configuration. Parameters of an
// older FSRS generation are migrated and all parameters clipped to their
// ranges (the w17/w18 ceiling depends on the number of relearning steps).
func NewFSRS(c Config) (*FSRS, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	f := &FSRS{
		retention:   c.Retention,
		maxInterval: c.MaxInterval,
		learning:    minutes(c.LearningSteps),
		relearning:  minutes(c.RelearningSteps),
		shortTerm:   c.ShortTerm,
		fuzz:        c.Fuzz,
	}
	w, err := MigrateParameters(c.Weights, len(f.relearning), f.shortTerm)
	if err != nil {
		return nil, err
	}
	f.w = ClipParameters(w, len(f.relearning), f.shortTerm)
	f.im = IntervalModifier(f.retention, f.w)
	f.md = newModel(f.w)
	return f, nil
}

func minutes(steps []time.Duration) []int {
	out := make([]int, len(steps))
	for i, d := range steps {
		out[i] = int(d / time.Minute)
	}
	return out
}

// Weights returns the effective (migrated and clipped) parameters.
func (f *FSRS) Weights() []float64 { return append([]float64(nil), f.w...) }

// IntervalModifier returns interval/stability for the desired retention.
func (f *FSRS) IntervalModifier() float64 { return f.im }

// Retrievability is the probability of recalling a card with memory m at
// now, counting whole elapsed days as ts-fsrs's get_retrievability does
// (floor of the 24-hour periods since the last review). New cards give 0.
func (f *FSRS) Retrievability(m Memory, now time.Time) float64 {
	if m.State == New || m.Stability <= 0 {
		return 0
	}
	t := math.Max(0, math.Floor(now.Sub(m.LastReview).Hours()/24))
	return f.md.retrievability(t, m.Stability)
}

// review carries what is shared by the four possible answers of one review.
type review struct {
	f       *FSRS
	m       Memory
	now     time.Time
	elapsed int
	reps    int
	seed    uint64
	u       float64 // fuzz draw; <0 until computed
}

// fuzzU draws the review's fuzz number once: the same u serves all grades.
func (rv *review) fuzzU() float64 {
	if rv.u < 0 {
		s := FuzzSeed(rv.now.UnixMilli(), rv.reps, rv.m.Difficulty, rv.m.Stability)
		if rv.seed != 0 {
			// The card's own seed separates cards whose state and review
			// time coincide (siblings answered in the same millisecond).
			s += "_" + strconv.FormatUint(rv.seed, 10)
		}
		rv.u = NewAlea(s).Next()
	}
	return rv.u
}

func (rv *review) interval(s float64) int {
	i := IntervalDays(s, rv.f.im, rv.f.maxInterval)
	if !rv.f.fuzz || float64(i) < 2.5 {
		return i
	}
	return fuzzInterval(i, rv.elapsed, rv.f.maxInterval, rv.fuzzU())
}

// state returns m's memory after grade g at retrievability r (<0: compute).
func (rv *review) state(g Rating, r float64) Memory {
	n := rv.m
	ms := rv.f.md.nextState(MemoryState{Stability: n.Stability, Difficulty: n.Difficulty},
		float64(rv.elapsed), g, r, rv.f.shortTerm)
	n.Stability, n.Difficulty = ms.Stability, ms.Difficulty
	n.LastReview = rv.now
	n.Reps = rv.reps
	n.ElapsedDays = rv.elapsed
	return n
}

func (rv *review) scheduleDays(n *Memory, days int) {
	n.ScheduledDays = days
	n.Due = rv.now.Add(time.Duration(days) * 24 * time.Hour)
}

// stepInfo is ts-fsrs's BasicLearningStepsStrategy: the minutes until the
// next showing and the next step index for grade g; 0 minutes means the
// card graduates.
func (f *FSRS) stepInfo(state State, cur int, g Rating) (mins, next int) {
	steps := f.learning
	if state == Review || state == Relearning {
		steps = f.relearning
	}
	if len(steps) == 0 || cur >= len(steps) {
		return 0, 0
	}
	if state == Review {
		if g == Again {
			return steps[max(0, cur)], 0
		}
		return 0, 0
	}
	switch g {
	case Again:
		return steps[0], 0
	case Hard:
		if len(steps) == 1 {
			return int(jsRound(float64(steps[0]) * 1.5)), cur
		}
		return int(jsRound(float64(steps[0]+steps[1]) / 2)), cur
	case Good:
		if cur+1 < len(steps) && steps[cur+1] > 0 {
			return steps[cur+1], cur + 1
		}
	}
	return 0, 0
}

// applySteps places n on its next (re)learning step or graduates it.
func (rv *review) applySteps(n *Memory, g Rating, to State) {
	mins, next := rv.f.stepInfo(rv.m.State, rv.m.Step, g)
	switch {
	case mins > 0 && mins < 1440:
		n.Step = next
		n.ScheduledDays = 0
		n.State = to
		n.Due = rv.now.Add(time.Duration(mins) * time.Minute)
	case mins >= 1440:
		n.State = Review
		n.Step = next
		n.Due = rv.now.Add(time.Duration(mins) * time.Minute)
		n.ScheduledDays = mins / 1440
	default:
		n.State = Review
		n.Step = 0
		rv.scheduleDays(n, rv.interval(n.Stability))
	}
}

// Next returns the card's state after answering g at now, and the log row.
// seed, typically derived from the card's ID, makes the fuzz differ between
// cards; with seed 0 the fuzz is exactly ts-fsrs's.
func (f *FSRS) Next(m Memory, now time.Time, g Rating, seed uint64) (Memory, Log) {
	g = Rating(min(max(int(g), int(Again)), int(Easy)))
	rv := &review{f: f, m: m, now: now, reps: m.Reps + 1, seed: seed, u: -1}
	if m.State != New && !m.LastReview.IsZero() {
		rv.elapsed = max(0, DaysBetweenUTC(m.LastReview, now))
	}
	var n Memory
	if f.shortTerm {
		n = rv.basic(g)
	} else {
		n = rv.longTerm(g)
	}
	return n, Log{
		Rating:        g,
		StateBefore:   m.State,
		Reviewed:      now,
		ElapsedDays:   rv.elapsed,
		ScheduledDays: n.ScheduledDays,
		Stability:     n.Stability,
		Difficulty:    n.Difficulty,
		Due:           n.Due,
	}
}

// basic is ts-fsrs's BasicScheduler.
func (rv *review) basic(g Rating) Memory {
	switch rv.m.State {
	case New, Learning, Relearning:
		n := rv.state(g, -1)
		to := rv.m.State
		if to == New {
			to = Learning
		}
		rv.applySteps(&n, g, to)
		return n
	}
	// Review.
	r := rv.f.md.retrievability(float64(rv.elapsed), rv.m.Stability)
	if g == Again {
		n := rv.state(Again, r)
		rv.applySteps(&n, Again, Relearning)
		n.Lapses++
		return n
	}
	h, gd, e := rv.state(Hard, r), rv.state(Good, r), rv.state(Easy, r)
	ih, ig := rv.interval(h.Stability), rv.interval(gd.Stability)
	ih = min(ih, ig)
	ig = max(ig, ih+1)
	ie := max(rv.interval(e.Stability), ig+1)
	// As in ts-fsrs the ordering wins over the maximum interval: at the
	// maximum, Good and Easy may land one and two days past it.
	var n Memory
	var days int
	switch g {
	case Hard:
		n, days = h, ih
	case Good:
		n, days = gd, ig
	default:
		n, days = e, ie
	}
	n.State = Review
	n.Step = 0
	rv.scheduleDays(&n, days)
	return n
}

// longTerm is ts-fsrs's LongTermScheduler: no steps, every answer is
// scheduled in days and the four intervals are kept strictly increasing.
func (rv *review) longTerm(g Rating) Memory {
	r := -1.0
	if rv.m.State != New {
		r = rv.f.md.retrievability(float64(rv.elapsed), rv.m.Stability)
	}
	var st [4]Memory
	var iv [4]int
	for i := range st {
		st[i] = rv.state(Rating(i+1), r)
		iv[i] = rv.interval(st[i].Stability)
	}
	iv[0] = min(iv[0], iv[1])
	iv[1] = max(iv[1], iv[0]+1)
	iv[2] = max(iv[2], iv[1]+1)
	iv[3] = max(iv[3], iv[2]+1)
	n := st[g-1]
	n.State = Review
	n.Step = 0
	if g == Again && rv.m.State != New {
		n.Lapses++
	}
	rv.scheduleDays(&n, iv[g-1])
	return n
}
