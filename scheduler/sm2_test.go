package scheduler

import (
	"math"
	"testing"
	"time"
)

func newSM2(t *testing.T, fuzz bool) *SM2 {
	t.Helper()
	c := DefaultConfig()
	c.Scheduler = SchedulerSM2
	c.Fuzz = fuzz
	s, err := NewSM2(c)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var t0 = time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)

func days(n int) time.Duration { return time.Duration(n) * 24 * time.Hour }

// TestSM2Anki walks a card through Anki's SM-2 rules with the default
// steps (1m 10m / 10m), no fuzz, answering each time when due.
func TestSM2Anki(t *testing.T) {
	s := newSM2(t, false)
	type step struct {
		r         Rating
		state     State
		step      int
		due       time.Duration // after the answer
		ease      float64
		lapses    int
		scheduled int
	}
	plan := []step{
		{Good, Learning, 1, 10 * time.Minute, 2.5, 0, 0}, // new: first step done, next is 10m
		{Hard, Learning, 1, 10 * time.Minute, 2.5, 0, 0}, // Hard repeats the current step
		{Good, Review, 0, days(1), 2.5, 0, 1},            // graduating interval
		{Good, Review, 0, days(3), 2.5, 0, 3},            // max(round(1*2.5), hard+1=2) = 3 (rounding 2.5 up)
		{Good, Review, 0, days(8), 2.5, 0, 8},            // round(3*2.5) = 8
		{Hard, Review, 0, days(10), 2.35, 0, 10},         // round(8*1.2) = 10, ease -15%
		{Easy, Review, 0, days(31), 2.5, 0, 31},          // round(10*2.35*1.3) = 31, ease +15%
		{Again, Relearning, 0, 10 * time.Minute, 2.3, 1, 0},
		{Good, Review, 0, days(1), 2.3, 1, 1}, // relearning done: lapse interval is 0% → 1 day
		{Good, Review, 0, days(3), 2.3, 1, 3}, // max(round(2.3), 2+1)
	}
	m := Memory{State: New, Due: t0}
	now := t0
	for i, p := range plan {
		next, log := s.Next(m, now, p.r, 7)
		if next.State != p.state || next.Step != p.step || !next.Due.Equal(now.Add(p.due)) ||
			math.Abs(next.Ease-p.ease) > 1e-9 || next.Lapses != p.lapses || next.ScheduledDays != p.scheduled {
			t.Fatalf("step %d (%v): got %v step %d due +%v ease %.2f lapses %d sched %d; want %v step %d due +%v ease %.2f lapses %d sched %d",
				i, p.r, next.State, next.Step, next.Due.Sub(now), next.Ease, next.Lapses, next.ScheduledDays,
				p.state, p.step, p.due, p.ease, p.lapses, p.scheduled)
		}
		if next.Reps != i+1 || log.StateBefore != m.State || log.Rating != p.r || log.ScheduledDays != next.ScheduledDays {
			t.Fatalf("step %d: reps %d, log %+v", i, next.Reps, log)
		}
		m = next
		now = next.Due
	}
}

func TestSM2EasyAndLateAndFloor(t *testing.T) {
	s := newSM2(t, false)
	m, _ := s.Next(Memory{State: New, Due: t0}, t0, Easy, 1)
	if m.State != Review || m.ScheduledDays != 4 {
		t.Fatalf("Easy on a new card: %v %d days, want Review 4 days", m.State, m.ScheduledDays)
	}
	// Answering 4 days late credits half the delay for Good, all of it for Easy.
	late := m.Due.Add(days(4))
	p := Preview(s, m, late, 1)
	if p[Good-1].ScheduledDays != 15 || p[Easy-1].ScheduledDays != 26 || p[Hard-1].ScheduledDays != 5 {
		t.Errorf("late answers: hard %d good %d easy %d, want 5 15 26",
			p[Hard-1].ScheduledDays, p[Good-1].ScheduledDays, p[Easy-1].ScheduledDays)
	}
	// The ease never drops below 130%.
	for range 10 {
		m, _ = s.Next(m, m.Due, Again, 1)
		m, _ = s.Next(m, m.Due, Good, 1)
	}
	if m.Ease != sm2MinEase || m.Lapses != 10 {
		t.Errorf("after 10 lapses ease %.2f lapses %d, want 1.30 and 10", m.Ease, m.Lapses)
	}
}

func TestSM2NoRelearningSteps(t *testing.T) {
	c := DefaultConfig()
	c.RelearningSteps = nil
	c.Fuzz = false
	s, err := NewSM2(c)
	if err != nil {
		t.Fatal(err)
	}
	m := Memory{State: Review, Ease: 2.5, ScheduledDays: 20, Stability: 20, LastReview: t0, Due: t0.Add(days(20))}
	n, _ := s.Next(m, m.Due, Again, 0)
	if n.State != Review || n.ScheduledDays != 1 || n.Lapses != 1 {
		t.Errorf("lapse without relearning steps: %v %d days lapses %d", n.State, n.ScheduledDays, n.Lapses)
	}
}

func TestSM2FuzzDeterministic(t *testing.T) {
	s := newSM2(t, true)
	m := Memory{State: Review, Ease: 2.5, ScheduledDays: 40, Stability: 40, LastReview: t0, Reps: 5, Due: t0.Add(days(40))}
	a, _ := s.Next(m, m.Due, Good, 11)
	b, _ := s.Next(m, m.Due, Good, 11)
	if a != b {
		t.Fatal("same card and review fuzzed differently")
	}
	lo, hi := FuzzRange(100, 40, 36500)
	seen := map[int]bool{}
	for seed := range uint64(50) {
		n, _ := s.Next(m, m.Due, Good, seed)
		if n.ScheduledDays < lo || n.ScheduledDays > hi {
			t.Fatalf("fuzzed %d outside [%d, %d]", n.ScheduledDays, lo, hi)
		}
		seen[n.ScheduledDays] = true
	}
	if len(seen) < 3 {
		t.Errorf("50 cards got only %d distinct intervals: fuzz does not spread", len(seen))
	}
}
