package optimize

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Learner is what the simulator takes from a real history: how a new card's
// first day goes, how answers are spread over the grades and how long they take.
type Learner struct {
	FirstDays []FirstDay // one per card: state after its first day, time and answers spent
	// Per grade of a long-term review (index 1..4): how often it is chosen when
	// the card is recalled (2..4), and the mean seconds and answers spent on
	// the card that day (the review plus any same-day relearning).
	SuccessGrades [5]float64
	ReviewSecs    [5]float64
	ReviewAnswers [5]float64
	NewPerDay     float64 // the learner's own pace: cards started per day of the history
}

// FirstDay is one card's first day.
type FirstDay struct {
	Memory  Memory
	Secs    float64
	Answers int
}

// MaxAnswerSecs caps one answer's time, as Anki does by default, so a card
// left open during a break does not count as study time.
const MaxAnswerSecs = 60

// LearnerOf measures a learner from ds, replaying first days with w.
func LearnerOf(ds *Dataset, w Params) (*Learner, error) {
	if len(ds.Cards) == 0 {
		return nil, fmt.Errorf("%w: no cards with a learning entry", ErrTooSmall)
	}
	l := &Learner{}
	m := newModel(w)
	var counts, secs, answers [5]float64
	firstDay, lastDay := int64(math.MaxInt64), int64(math.MinInt64)
	secOf := func(r Review) float64 { return min(r.Seconds(), MaxAnswerSecs) }
	for ci := range ds.Cards {
		c := &ds.Cards[ci]
		rs := c.Reviews
		day := rs[0].Time / 86400000
		firstDay, lastDay = min(firstDay, day), max(lastDay, day)
		fd := FirstDay{Memory: m.init(int(rs[0].Rating)), Secs: secOf(rs[0]), Answers: 1}
		i := 1
		for ; i < len(rs) && rs[i].T == 0; i++ {
			fd.Memory = m.step(fd.Memory, 0, int(rs[i].Rating))
			fd.Secs += secOf(rs[i])
			fd.Answers++
		}
		l.FirstDays = append(l.FirstDays, fd)
		for i < len(rs) {
			g := rs[i].Rating
			s, n := secOf(rs[i]), 1.0
			j := i + 1
			for ; j < len(rs) && rs[j].T == 0; j++ {
				s += secOf(rs[j])
				n++
			}
			counts[g]++
			secs[g] += s
			answers[g] += n
			i = j
		}
	}
	ok := counts[2] + counts[3] + counts[4]
	for g := 1; g <= 4; g++ {
		if counts[g] > 0 {
			l.ReviewSecs[g] = secs[g] / counts[g]
			l.ReviewAnswers[g] = answers[g] / counts[g]
		}
		if g > 1 && ok > 0 {
			l.SuccessGrades[g] = counts[g] / ok
		}
	}
	if ok == 0 {
		l.SuccessGrades[3] = 1
	}
	// A grade never used still needs a cost: borrow Good's (or Again's).
	for g := 1; g <= 4; g++ {
		if counts[g] == 0 {
			ref := 3
			if counts[3] == 0 {
				ref = 1
			}
			l.ReviewSecs[g], l.ReviewAnswers[g] = l.ReviewSecs[ref], max(l.ReviewAnswers[ref], 1)
		}
	}
	l.NewPerDay = float64(len(ds.Cards)) / float64(lastDay-firstDay+1)
	return l, nil
}

// SimConfig sets up one simulation.
type SimConfig struct {
	Retention float64 // desired retention
	Days      int
	NewPerDay int
	MaxIvl    int // days; 36500 when 0
	Seed      uint64
}

// SimResult summarises a simulation.
type SimResult struct {
	Retention     float64 `json:"retention"`
	Days          int     `json:"days"`
	NewPerDay     int     `json:"new_per_day"`
	Cards         int     `json:"cards"`           // cards started
	ReviewsPerDay float64 `json:"reviews_per_day"` // answers per day, learning included
	MinutesPerDay float64 `json:"minutes_per_day"`
	Knowledge     float64 `json:"knowledge"`            // expected cards recalled on the last day
	PerMinute     float64 `json:"knowledge_per_minute"` // knowledge per minute of total study
	Lapses        int     `json:"lapses"`
}

// Simulate plays Days days of study at a desired retention with parameters
// w: NewPerDay cards a day start with a first day drawn from the learner's,
// due cards are recalled with the model's probability, graded like the
// learner grades, and rescheduled at the interval for the retention. A lapse
// is followed by one same-day Good (a relearning step). Deterministic for a seed.
func Simulate(w Params, l *Learner, cfg SimConfig) SimResult {
	if cfg.MaxIvl == 0 {
		cfg.MaxIvl = 36500
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x51a))
	m := newModel(w)
	type card struct {
		mem       Memory
		last, due int
	}
	var cards []card
	res := SimResult{Retention: cfg.Retention, Days: cfg.Days, NewPerDay: cfg.NewPerDay}
	var secs, answers float64
	schedule := func(c *card, day int) {
		ivl := math.Round(Interval(w, c.mem.S, cfg.Retention))
		c.last, c.due = day, day+int(min(max(ivl, 1), float64(cfg.MaxIvl)))
	}
	grade := func() int {
		u := rng.Float64()
		for g := 2; g <= 3; g++ {
			if u < l.SuccessGrades[g] {
				return g
			}
			u -= l.SuccessGrades[g]
		}
		return 4
	}
	for day := 0; day < cfg.Days; day++ {
		for i := range cards {
			c := &cards[i]
			if c.due > day {
				continue
			}
			t := float64(day - c.last)
			g := 1
			if rng.Float64() < m.r(t, c.mem.S) {
				g = grade()
			}
			c.mem = m.step(c.mem, t, g)
			if g == 1 {
				res.Lapses++
				c.mem = m.step(c.mem, 0, 3)
			}
			secs += l.ReviewSecs[g]
			answers += l.ReviewAnswers[g]
			schedule(c, day)
		}
		for k := 0; k < cfg.NewPerDay && len(l.FirstDays) > 0; k++ {
			fd := l.FirstDays[rng.IntN(len(l.FirstDays))]
			c := card{mem: fd.Memory}
			secs += fd.Secs
			answers += float64(fd.Answers)
			schedule(&c, day)
			cards = append(cards, c)
		}
	}
	for _, c := range cards {
		res.Knowledge += m.r(float64(cfg.Days-c.last), c.mem.S)
	}
	res.Cards = len(cards)
	if cfg.Days > 0 {
		res.ReviewsPerDay = answers / float64(cfg.Days)
		res.MinutesPerDay = secs / 60 / float64(cfg.Days)
	}
	if secs > 0 {
		res.PerMinute = res.Knowledge / (secs / 60)
	}
	return res
}
