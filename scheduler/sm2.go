package scheduler

import (
	"math"
	"strconv"
	"time"
)

// SM2 is Anki's variant of SuperMemo 2: learning and relearning steps, an
// ease factor per card (start 250%, floor 130%) moved by Hard (-15%), Again
// (-20%) and Easy (+15%), late answers credited, and Hard < Good < Easy
// enforced. It schedules with the same Memory as FSRS so a collection can
// switch; for SM-2 cards Memory.Ease is the ease factor and
// Memory.Stability holds the current review interval in days (what an
// interval-based scheduler knows about memory strength), Difficulty is 0.
type SM2 struct {
	maxInterval int
	learning    []int // minutes
	relearning  []int
	fuzz        bool
}

// Anki's defaults for the SM-2 knobs recall does not expose.
const (
	sm2StartEase      = 2.5
	sm2MinEase        = 1.3
	sm2GraduatingDays = 1
	sm2EasyDays       = 4
	sm2HardFactor     = 1.2
	sm2EasyBonus      = 1.3
	sm2LapseFactor    = 0.0 // new interval after a lapse, as a fraction of the old one
)

// NewSM2 builds the SM-2 scheduler for a configuration.
func NewSM2(c Config) (*SM2, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &SM2{
		maxInterval: c.MaxInterval,
		learning:    minutes(c.LearningSteps),
		relearning:  minutes(c.RelearningSteps),
		fuzz:        c.Fuzz,
	}, nil
}

// Next returns the card's state after answering g at now, and the log row.
func (s *SM2) Next(m Memory, now time.Time, g Rating, seed uint64) (Memory, Log) {
	g = Rating(min(max(int(g), int(Again)), int(Easy)))
	n := m
	n.Reps = m.Reps + 1
	n.LastReview = now
	elapsed := 0
	if m.State != New && !m.LastReview.IsZero() {
		elapsed = max(0, DaysBetweenUTC(m.LastReview, now))
	}
	n.ElapsedDays = elapsed
	if n.Ease == 0 {
		n.Ease = sm2StartEase
	}
	n.Difficulty = 0

	fuzzed := func(days int) int {
		days = min(max(days, 1), s.maxInterval)
		if !s.fuzz || days < 3 {
			return days
		}
		seedStr := strconv.FormatInt(now.UnixMilli(), 10) + "_" + strconv.Itoa(n.Reps) + "_" + strconv.FormatUint(seed, 10)
		return fuzzInterval(days, elapsed, s.maxInterval, NewAlea(seedStr).Next())
	}
	graduate := func(days int) {
		n.State = Review
		n.Step = 0
		n.ScheduledDays = fuzzed(days)
		n.Stability = float64(n.ScheduledDays)
		n.Due = now.Add(time.Duration(n.ScheduledDays) * 24 * time.Hour)
	}
	step := func(mins, next int) {
		n.Step = next
		n.ScheduledDays = 0
		n.Due = now.Add(time.Duration(mins) * time.Minute)
	}

	switch m.State {
	case New, Learning:
		n.State = Learning
		mins, next, ok := stepFor(s.learning, m.Step, g)
		if ok {
			step(mins, next)
		} else if g == Easy {
			graduate(sm2EasyDays)
		} else {
			graduate(sm2GraduatingDays)
		}
	case Relearning:
		mins, next, ok := stepFor(s.relearning, m.Step, g)
		if ok {
			step(mins, next)
		} else {
			days := max(1, int(math.Round(m.Stability)))
			if g == Easy {
				days++
			}
			graduate(days)
		}
	default: // Review
		ivl := max(1.0, m.Stability)
		if m.ScheduledDays > 0 {
			ivl = float64(m.ScheduledDays)
		}
		late := math.Max(0, float64(elapsed)-ivl)
		if g == Again {
			n.Lapses++
			n.Ease = math.Max(sm2MinEase, n.Ease-0.2)
			lapseIvl := math.Max(1, math.Round(ivl*sm2LapseFactor))
			n.Stability = lapseIvl
			if len(s.relearning) > 0 {
				n.State = Relearning
				step(s.relearning[0], 0)
			} else {
				graduate(int(lapseIvl))
			}
			break
		}
		hard := int(math.Max(math.Round(ivl*sm2HardFactor), ivl+1))
		good := max(int(math.Round((ivl+late/2)*n.Ease)), hard+1)
		easy := max(int(math.Round((ivl+late)*n.Ease*sm2EasyBonus)), good+1)
		switch g {
		case Hard:
			n.Ease = math.Max(sm2MinEase, n.Ease-0.15)
			graduate(hard)
		case Good:
			graduate(good)
		default:
			n.Ease += 0.15
			graduate(easy)
		}
	}
	return n, Log{
		Rating:        g,
		StateBefore:   m.State,
		Reviewed:      now,
		ElapsedDays:   elapsed,
		ScheduledDays: n.ScheduledDays,
		Stability:     n.Stability,
		Difficulty:    n.Difficulty,
		Due:           n.Due,
	}
}

// stepFor applies Anki's step rules: Again restarts, Hard repeats the
// current step (the average of the first two on the first step), Good moves
// on; ok is false when the card leaves its steps.
func stepFor(steps []int, cur int, g Rating) (mins, next int, ok bool) {
	if len(steps) == 0 || g == Easy {
		return 0, 0, false
	}
	cur = min(max(cur, 0), len(steps)-1)
	switch g {
	case Again:
		return steps[0], 0, true
	case Hard:
		if cur == 0 {
			if len(steps) == 1 {
				return int(math.Round(float64(steps[0]) * 1.5)), 0, true
			}
			return int(math.Round(float64(steps[0]+steps[1]) / 2)), 0, true
		}
		return steps[cur], cur, true
	default:
		if cur+1 < len(steps) {
			return steps[cur+1], cur + 1, true
		}
		return 0, 0, false
	}
}

// SM2Baseline is the SM-2 baseline of srs-benchmark: classic SM-2 fed a
// card's long-term ratings (quality = rating + 1). The zero value is a card
// before its first answer; the optimizer's evaluation and the tests share it.
type SM2Baseline struct {
	ivl, ef float64
	n       int
}

// Feed applies one long-term rating.
func (b *SM2Baseline) Feed(r Rating) {
	if b.ef == 0 {
		b.ef = 2.5
	}
	q := float64(r) + 1
	if q > 2 {
		switch b.n {
		case 0:
			b.ivl = 1
		case 1:
			b.ivl = 6
		default:
			b.ivl *= b.ef
		}
		b.n++
	} else {
		b.ivl, b.n = 1, 0
	}
	b.ef = math.Max(1.3, b.ef+0.1-(5-q)*(0.08+(5-q)*0.02))
	// Python's round: halves to even.
	b.ivl = math.Min(math.Max(1, math.RoundToEven(b.ivl+0.01)), 36500)
}

// Interval is the current interval in days (0 before the first rating).
func (b *SM2Baseline) Interval() float64 { return b.ivl }

// SM2BenchmarkInterval returns the baseline's interval after ratings.
func SM2BenchmarkInterval(ratings []Rating) int {
	var b SM2Baseline
	for _, r := range ratings {
		b.Feed(r)
	}
	return int(b.Interval())
}

// SM2Recall is the baseline's recall probability t days after a review that
// scheduled interval days: 0.9 at the interval, exponential decay.
func SM2Recall(t, interval float64) float64 {
	return math.Pow(0.9, t/interval)
}
