package stats

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/recall-srs/recall/scheduler"
)

// Clock places instants in study days: a study day starts at DayStartHour
// local time, so reviews at 1 a.m. belong to the previous day, as in Anki.
type Clock struct {
	Loc          *time.Location
	DayStartHour int
}

// DayNumber is the study day holding t, counted in days since 1970-01-01.
func (c Clock) DayNumber(t time.Time) int64 {
	// Compare with the day start on the local calendar rather than
	// subtracting hours, which goes wrong on days with a DST change.
	y, m, d := t.In(c.Loc).Date()
	n := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
	if t.Before(time.Date(y, m, d, c.DayStartHour, 0, 0, 0, c.Loc)) {
		n--
	}
	return n
}

// DayStart is the instant study day n begins.
func (c Clock) DayStart(n int64) time.Time {
	y, m, d := time.Unix(n*86400, 0).UTC().Date()
	return time.Date(y, m, d, c.DayStartHour, 0, 0, 0, c.Loc)
}

// Date formats study day n as YYYY-MM-DD.
func Date(n int64) string { return time.Unix(n*86400, 0).UTC().Format(time.DateOnly) }

// FirstOfDay reports whether a retention review in slot s, gap slots after the
// card's previous retention review, is the card's first one of its study day.
func (c Clock) FirstOfDay(s int64, gap int) bool {
	if gap >= GapCap {
		return true
	}
	start := SlotOf(c.DayStart(c.DayNumber(SlotTime(s))))
	return s-int64(gap) < start
}

func (o *Options) defaults() {
	if o.Days <= 0 {
		o.Days = 30
	}
	if o.ForecastDays <= 0 {
		o.ForecastDays = 30
	}
	if o.HeatmapDays <= 0 {
		o.HeatmapDays = 365
	}
	if o.Hardest <= 0 {
		o.Hardest = 10
	}
	if o.Retrievability == nil {
		o.Retrievability = func(scheduler.Memory, time.Time) float64 { return 0 }
	}
}

// Compute derives every figure from in.
func Compute(in Input, o Options) Figures {
	o.defaults()
	clock := Clock{Loc: o.Now.Location(), DayStartHour: o.DayStartHour}
	today := clock.DayNumber(o.Now)
	f := Figures{Now: o.Now, DesiredRetention: in.DesiredRetention}

	// History, folded into study days. Slots from the future (a clock set
	// back) are left out so that nothing counts twice.
	days := map[int64]*work{}
	dayOfSlot := func(s int64) int64 { return clock.DayNumber(SlotTime(s)) }
	for _, s := range in.Slots {
		n := dayOfSlot(s.Slot)
		if n > today || s.Reviews <= 0 {
			continue
		}
		w := days[n]
		if w == nil {
			w = &work{}
			days[n] = w
		}
		w.reviews += s.Reviews
		w.again += s.Again
		w.new += s.New
		w.ms += s.Millis
	}
	if w := days[today]; w != nil {
		f.Today = Today{Reviews: w.reviews, Again: w.again, New: w.new, Seconds: (w.ms + 500) / 1000}
	}
	f.Streak = streaks(days, today)
	series := func(n int) []Day {
		out := make([]Day, 0, n)
		for i := int64(n - 1); i >= 0; i-- {
			d := Day{Date: Date(today - i)}
			if w := days[today-i]; w != nil {
				d.Reviews, d.Again = w.reviews, w.again
			}
			out = append(out, d)
		}
		return out
	}
	f.ReviewsByDay = series(o.Days)
	f.Heatmap = series(o.HeatmapDays)

	f.TrueRetention = trueRetention(in.Retention, clock, today)
	f.Forecast = forecast(in.Cards, clock, o, today)
	f.Cards = counts(in.Cards, o.Now)
	memory(&f, in.Cards, o)
	return f
}

// work is the answers of one study day.
type work struct {
	reviews, again, new int
	ms                  int64
}

// streaks counts runs of study days with answers. The current streak still
// holds during a day not studied yet: it then ends yesterday.
func streaks(days map[int64]*work, today int64) Streak {
	var st Streak
	d := today
	if days[d] == nil {
		d--
	}
	for ; days[d] != nil; d-- {
		st.Current++
	}
	nums := make([]int64, 0, len(days))
	for n := range days {
		nums = append(nums, n)
	}
	slices.Sort(nums)
	run := 0
	for i, n := range nums {
		if i > 0 && nums[i-1] == n-1 {
			run++
		} else {
			run = 1
		}
		st.Longest = max(st.Longest, run)
	}
	return st
}

// trueRetention follows Anki: the first retention review of a card in a study
// day counts; Again fails, Hard, Good and Easy pass; young cards had an
// interval under 21 days before the answer, mature ones 21 or more.
func trueRetention(rs []RetentionSlot, clock Clock, today int64) map[string]Retention {
	type tally struct{ yp, yf, mp, mf int }
	per := map[string]*tally{}
	for _, p := range Periods {
		per[p] = &tally{}
	}
	for _, r := range rs {
		if r.N <= 0 || !clock.FirstOfDay(r.Slot, r.Gap) {
			continue
		}
		n := clock.DayNumber(SlotTime(r.Slot))
		if n > today {
			continue
		}
		for _, p := range Periods {
			if !inPeriod(p, n, today) {
				continue
			}
			t := per[p]
			switch {
			case !r.Mature && !r.Fail:
				t.yp += r.N
			case !r.Mature:
				t.yf += r.N
			case !r.Fail:
				t.mp += r.N
			default:
				t.mf += r.N
			}
		}
	}
	out := make(map[string]Retention, len(Periods))
	for _, p := range Periods {
		t := per[p]
		out[p] = Retention{
			Young:  newTally(t.yp, t.yf),
			Mature: newTally(t.mp, t.mf),
			All:    newTally(t.yp+t.mp, t.yf+t.mf),
		}
	}
	return out
}

func inPeriod(p string, n, today int64) bool {
	if p == "yesterday" {
		return n == today-1
	}
	return n <= today && n > today-int64(periodDays[p])
}

func newTally(pass, fail int) Tally {
	t := Tally{Pass: pass, Fail: fail}
	if pass+fail > 0 {
		r := float64(pass) / float64(pass+fail)
		t.Retention = &r
	}
	return t
}

// active reports whether a card is still studied: not orphaned (its fact left
// the notes) and not suspended.
func active(c Card) bool { return !c.Orphaned && !c.Suspended }

// seen reports whether a card has been answered at least once.
func seen(c Card) bool { return c.Memory.State != scheduler.New }

// forecast counts, per study day from today, the studied cards falling due;
// overdue cards count today, and a buried card waits until it is unburied.
func forecast(cs []Card, clock Clock, o Options, today int64) []Due {
	out := make([]Due, o.ForecastDays)
	for i := range out {
		out[i].Date = Date(today + int64(i))
	}
	for _, c := range cs {
		if !active(c) || !seen(c) {
			continue
		}
		due := c.Memory.Due
		if c.BuriedUntil.After(due) {
			due = c.BuriedUntil
		}
		i := max(clock.DayNumber(due)-today, 0)
		if i < int64(o.ForecastDays) {
			out[i].Due++
		}
	}
	return out
}

func counts(cs []Card, now time.Time) Counts {
	var k Counts
	k.Total = len(cs)
	for _, c := range cs {
		if c.Leech {
			k.Leeches++
		}
		switch {
		case c.Orphaned:
			k.Orphaned++
		case c.Suspended:
			k.Suspended++
		case c.BuriedUntil.After(now):
			k.Buried++
		default:
			switch c.Memory.State {
			case scheduler.New:
				k.New++
			case scheduler.Learning:
				k.Learning++
			case scheduler.Review:
				k.Review++
				if mature(c.Memory) {
					k.Mature++
				} else {
					k.Young++
				}
			case scheduler.Relearning:
				k.Relearning++
			}
		}
	}
	return k
}

func mature(m scheduler.Memory) bool {
	return m.State != scheduler.New && m.ScheduledDays >= MatureDays
}

// Stability bins in days, difficulty and retrievability bins.
var (
	stabilityEdges      = []float64{0, 1, 3, 7, 14, 21, 30, 60, 90, 180, 365, 730, math.Inf(1)}
	difficultyEdges     = []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, math.Inf(1)}
	retrievabilityEdges = []float64{0, .1, .2, .3, .4, .5, .6, .7, .8, .9, math.Inf(1)}
)

func bins(edges []float64, label func(lo, hi float64) string) []Bin {
	out := make([]Bin, len(edges)-1)
	for i := range out {
		out[i] = Bin{Lo: edges[i], Label: label(edges[i], edges[i+1])}
		if hi := edges[i+1]; !math.IsInf(hi, 1) {
			out[i].Hi = &hi
		}
	}
	return out
}

func put(bs []Bin, v float64) {
	for i := range bs {
		if bs[i].Hi == nil || v < *bs[i].Hi {
			bs[i].Cards++
			return
		}
	}
}

// memory fills the distributions, mastery, hardest cards and knowledge.
func memory(f *Figures, cs []Card, o Options) {
	f.Distributions = Distributions{
		Stability: bins(stabilityEdges, func(lo, hi float64) string {
			if math.IsInf(hi, 1) {
				return fmt.Sprintf("%gd+", lo)
			}
			return fmt.Sprintf("%g-%gd", lo, hi)
		}),
		Difficulty: bins(difficultyEdges, func(lo, hi float64) string {
			if math.IsInf(hi, 1) {
				return fmt.Sprintf("%g-10", lo)
			}
			return fmt.Sprintf("%g-%g", lo, hi)
		}),
		Retrievability: bins(retrievabilityEdges, func(lo, hi float64) string {
			if math.IsInf(hi, 1) {
				hi = 1
			}
			return fmt.Sprintf("%.0f-%.0f%%", lo*100, hi*100)
		}),
	}
	type group struct {
		m           Mastery
		sum         float64
		matureCards int
	}
	notes := map[string]*group{}
	heads := map[[2]string]*group{}
	var hard []Hard
	for _, c := range cs {
		if c.Orphaned {
			continue
		}
		r := 0.0
		if seen(c) {
			r = o.Retrievability(c.Memory, o.Now)
			f.Knowledge += r
			f.CardsSeen++
			put(f.Distributions.Stability, c.Memory.Stability)
			put(f.Distributions.Difficulty, c.Memory.Difficulty)
			put(f.Distributions.Retrievability, r)
			hard = keepHardest(hard, Hard{Ref: c.Ref, ID: c.ID, Title: c.Title, Question: c.Question,
				Difficulty: c.Memory.Difficulty, Lapses: c.Memory.Lapses, Retrievability: r}, o.Hardest)
		}
		if c.Suspended {
			continue
		}
		for _, g := range []*group{
			groupOf(notes, c.Note, func() *group { return &group{m: Mastery{Note: c.Note, Title: c.Title}} }),
			groupOf(heads, [2]string{c.Note, c.Heading}, func() *group {
				return &group{m: Mastery{Note: c.Note, Title: c.Title, Heading: c.Heading}}
			}),
		} {
			g.m.Cards++
			if seen(c) {
				g.m.Seen++
			}
			g.sum += r
			if mature(c.Memory) {
				g.matureCards++
			}
		}
	}
	if f.CardsSeen > 0 {
		avg := f.Knowledge / float64(f.CardsSeen)
		f.AverageRecall = &avg
	}
	finish := func(gs []*group) []Mastery {
		out := make([]Mastery, 0, len(gs))
		for _, g := range gs {
			g.m.Mastery = g.sum / float64(g.m.Cards)
			g.m.MatureShare = float64(g.matureCards) / float64(g.m.Cards)
			out = append(out, g.m)
		}
		// Weakest first, so the top of the list is what to study next.
		slices.SortFunc(out, func(a, b Mastery) int {
			return cmp.Or(cmp.Compare(a.Mastery, b.Mastery), cmp.Compare(a.MatureShare, b.MatureShare),
				cmp.Compare(a.Title, b.Title), cmp.Compare(a.Note, b.Note), cmp.Compare(a.Heading, b.Heading))
		})
		return out
	}
	f.Notes = finish(mapValues(notes))
	f.Headings = finish(mapValues(heads))
	f.Hardest = hard
	if f.Hardest == nil {
		f.Hardest = []Hard{}
	}
}

// harder orders the hardest cards: highest difficulty, then most lapses,
// then lowest recall now, then the store's order.
func harder(a, b Hard) int {
	return cmp.Or(cmp.Compare(b.Difficulty, a.Difficulty), cmp.Compare(b.Lapses, a.Lapses),
		cmp.Compare(a.Retrievability, b.Retrievability), cmp.Compare(a.Ref, b.Ref), cmp.Compare(a.ID, b.ID))
}

// keepHardest inserts h into the sorted top-n list hs.
func keepHardest(hs []Hard, h Hard, n int) []Hard {
	i, _ := slices.BinarySearchFunc(hs, h, harder)
	if i >= n {
		return hs
	}
	hs = slices.Insert(hs, i, h)
	return hs[:min(len(hs), n)]
}

func groupOf[K comparable, G any](m map[K]*G, k K, mk func() *G) *G {
	g := m[k]
	if g == nil {
		g = mk()
		m[k] = g
	}
	return g
}

func mapValues[K comparable, V any](m map[K]V) []V {
	out := make([]V, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}
