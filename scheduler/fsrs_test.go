package scheduler

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

func newFSRS(t testing.TB, edit func(*Config)) *FSRS {
	t.Helper()
	c := DefaultConfig()
	if edit != nil {
		edit(&c)
	}
	f, err := NewFSRS(c)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestPreviewLine(t *testing.T) {
	f := newFSRS(t, func(c *Config) { c.Fuzz = false })
	m := Memory{State: New, Due: t0}
	p := Preview(f, m, t0, 0)
	if got, want := PreviewLine(p, t0, false), "Again 1m · Hard 6m · Good 10m · Easy 8d"; got != want {
		t.Errorf("new card: %q, want %q", got, want)
	}
	if got, want := PreviewLine(p, t0, true), "Again 1m · Good 10m"; got != want {
		t.Errorf("two buttons: %q, want %q", got, want)
	}
	// A review card with S = 10.97 answered on time: Good is 46 days as in
	// the reference's good_on_time, Hard 33, Easy 78.
	m, _ = f.Next(m, t0, Good, 0)
	m, _ = f.Next(m, m.Due, Good, 0)
	m, _ = f.Next(m, m.Due, Good, 0)
	p = Preview(f, m, m.Due, 0)
	if got, want := PreviewLine(p, m.Due, false), "Again 10m · Hard 1.1mo · Good 1.5mo · Easy 2.6mo"; got != want {
		t.Errorf("review card: %q, want %q", got, want)
	}
}

func TestFormatInterval(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{0, "<1m"},
		{30 * time.Second, "<1m"},
		{time.Minute, "1m"},
		{10 * time.Minute, "10m"},
		{59*time.Minute + 40*time.Second, "60m"},
		{time.Hour, "1h"},
		{90 * time.Minute, "1.5h"},
		{days(1), "1d"},
		{days(2), "2d"},
		{days(29), "29d"},
		{days(30), "1mo"},
		{days(105), "3.5mo"},
		{days(365), "1y"},
		{days(438), "1.2y"},
		{-days(2), "2d"},
	}
	for _, tt := range tests {
		if got := FormatInterval(tt.d); got != tt.want {
			t.Errorf("FormatInterval(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestStepsOfADayOrMore(t *testing.T) {
	f := newFSRS(t, func(c *Config) {
		c.LearningSteps = []time.Duration{time.Minute, 24 * time.Hour}
		c.Fuzz = false
	})
	m, _ := f.Next(Memory{State: New, Due: t0}, t0, Good, 0)
	// ts-fsrs: a step of a day or more puts the card in Review, still on
	// its step, due after exactly that step.
	if m.State != Review || m.Step != 1 || m.ScheduledDays != 1 || !m.Due.Equal(t0.Add(days(1))) {
		t.Errorf("1d step: %v step %d sched %d due %v", m.State, m.Step, m.ScheduledDays, m.Due)
	}
}

func TestLapseWithoutRelearningSteps(t *testing.T) {
	f := newFSRS(t, func(c *Config) { c.RelearningSteps = nil; c.Fuzz = false })
	m := Memory{State: Review, Stability: 30, Difficulty: 5, LastReview: t0, Due: t0.Add(days(30)), Reps: 4}
	n, log := f.Next(m, m.Due, Again, 0)
	if n.State != Review || n.Lapses != 1 || n.ScheduledDays < 1 || n.Stability >= 30 || log.ElapsedDays != 30 {
		t.Errorf("lapse: %+v, log %+v", n, log)
	}
}

func TestRetrievabilityOfCard(t *testing.T) {
	f := newFSRS(t, nil)
	m := Memory{State: Review, Stability: 10, Difficulty: 5, LastReview: t0}
	if r := f.Retrievability(m, t0.Add(days(10))); math.Abs(r-0.9) > 1e-8 {
		t.Errorf("R at t = S: %v, want 0.9", r)
	}
	// Whole days only: 10 days 23 hours still counts 10.
	if r := f.Retrievability(m, t0.Add(days(11)-time.Hour)); math.Abs(r-0.9) > 1e-8 {
		t.Errorf("R just before day 11: %v, want 0.9", r)
	}
	if r := f.Retrievability(Memory{State: New}, t0); r != 0 {
		t.Errorf("R of a new card: %v", r)
	}
}

func TestFuzzPerCard(t *testing.T) {
	f := newFSRS(t, nil) // fuzz on by default
	m := Memory{State: Review, Stability: 60, Difficulty: 5, LastReview: t0, Due: t0.Add(days(60)), Reps: 6}
	now := m.Due
	a, _ := f.Next(m, now, Good, 42)
	b, _ := f.Next(m, now, Good, 42)
	if a != b {
		t.Fatal("fuzz is not deterministic")
	}
	good := IntervalDays(NextState(MemoryState{60, 5}, 60, Good, -1, f.w, true).Stability, f.im, f.maxInterval)
	lo, hi := FuzzRange(float64(good), 60, 36500)
	seen := map[int]bool{}
	for seed := range uint64(40) {
		n, _ := f.Next(m, now, Good, seed)
		if n.ScheduledDays < lo || n.ScheduledDays > hi {
			t.Fatalf("seed %d: %d days outside [%d, %d]", seed, n.ScheduledDays, lo, hi)
		}
		seen[n.ScheduledDays] = true
	}
	if len(seen) < 3 {
		t.Errorf("40 cards in the same state got %d distinct intervals", len(seen))
	}
}

// TestRandomHistories answers random grades at random times and checks the
// invariants every schedule must keep, for every configuration.
func TestRandomHistories(t *testing.T) {
	configs := map[string]func(*Config){
		"default":   nil,
		"long-term": func(c *Config) { c.ShortTerm = false },
		"steps": func(c *Config) {
			c.LearningSteps = []time.Duration{2 * time.Minute, time.Hour, 24 * time.Hour}
			c.RelearningSteps = nil
		},
		"retention":  func(c *Config) { c.Retention = 0.7; c.MaxInterval = 100 },
		"sm2":        func(c *Config) { c.Scheduler = SchedulerSM2 },
		"sm2-nostep": func(c *Config) { c.Scheduler = SchedulerSM2; c.LearningSteps = nil; c.RelearningSteps = nil },
	}
	for name, edit := range configs {
		c := DefaultConfig()
		if edit != nil {
			edit(&c)
		}
		s, err := c.NewScheduler()
		if err != nil {
			t.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(1, uint64(len(name))))
		for card := range 200 {
			m := Memory{State: New, Due: t0}
			now := t0
			for i := range 30 {
				// Mostly on time, sometimes early or very late.
				switch rng.IntN(4) {
				case 0:
					now = now.Add(time.Duration(rng.Int64N(int64(48 * time.Hour))))
				case 1:
					now = m.Due.Add(time.Duration(rng.Int64N(int64(days(60)))))
				default:
					if m.Due.After(now) {
						now = m.Due
					}
				}
				p := Preview(s, m, now, uint64(card))
				g := Rating(1 + rng.IntN(4))
				n, log := s.Next(m, now, g, uint64(card))
				if n != p[g-1] {
					t.Fatalf("%s card %d answer %d: Next and Preview differ", name, card, i)
				}
				if !n.Due.After(now) || n.Reps != m.Reps+1 || !n.LastReview.Equal(now) || log.StateBefore != m.State {
					t.Fatalf("%s card %d answer %d: bad step %+v -> %+v", name, card, i, m, n)
				}
				// ts-fsrs keeps Hard < Good < Easy even at the maximum
				// interval, so Easy may pass it by up to 3 days (long-term: 4 ratings).
				if n.State == New || n.Lapses < m.Lapses || n.ScheduledDays > c.MaxInterval+3 {
					t.Fatalf("%s card %d answer %d: %+v", name, card, i, n)
				}
				if c.Scheduler == SchedulerFSRS && (n.Stability < SMin || n.Stability > SMax ||
					n.Difficulty < DMin || n.Difficulty > DMax || math.IsNaN(n.Stability)) {
					t.Fatalf("%s card %d answer %d: memory out of range %+v", name, card, i, n)
				}
				// Better answers are never due sooner.
				for r := 1; r < 4; r++ {
					if p[r].Due.Before(p[r-1].Due) {
						t.Fatalf("%s card %d answer %d: %v due before %v (%v)", name, card, i, Rating(r+1), Rating(r), PreviewLine(p, now, false))
					}
				}
				m = n
			}
		}
	}
}

func TestOddStoredStates(t *testing.T) {
	f := newFSRS(t, nil)
	for _, m := range []Memory{
		{State: Review, Stability: 0, Difficulty: 5, LastReview: t0},
		{State: Review, Stability: 5, Difficulty: 0, LastReview: t0},
		{State: Review, Stability: -3, Difficulty: 40, LastReview: t0},
		{State: Learning, Step: 7, Stability: 1, Difficulty: 5, LastReview: t0},
		{State: Review, Stability: 3, Difficulty: 5, LastReview: t0.Add(days(3))}, // review in the future (clock change)
	} {
		for g := Rating(0); g <= 5; g++ {
			n, _ := f.Next(m, t0.Add(days(1)), g, 1)
			if math.IsNaN(n.Stability) || math.IsNaN(n.Difficulty) || n.Stability <= 0 || n.Difficulty < 1 ||
				!n.Due.After(t0.Add(days(1))) || n.ElapsedDays < 0 {
				t.Errorf("Next(%+v, %v) = %+v", m, g, n)
			}
		}
	}
}

func TestJSNumber(t *testing.T) {
	a, b := 0.1, 0.2
	point3 := a + b // computed at run time: the constant 0.1 + 0.2 is exactly 0.3
	tests := []struct {
		x    float64
		want string
	}{
		{0, "0"},
		{2, "2"},
		{4.885406806805, "4.885406806805"},
		{point3, "0.30000000000000004"},
		{1e21, "1e+21"},
		{1.5e-7, "1.5e-7"},
		{0.000001, "0.000001"},
		{123456789012345680000, "123456789012345680000"},
	}
	for _, tt := range tests {
		if got := jsNumber(tt.x); got != tt.want {
			t.Errorf("jsNumber(%v) = %q, want %q", tt.x, got, tt.want)
		}
	}
}

func BenchmarkNext(b *testing.B) {
	for _, bc := range []struct {
		name string
		edit func(*Config)
	}{
		{"fsrs", func(c *Config) { c.Fuzz = false }},
		{"fsrs-fuzz", nil},
		{"fsrs-longterm", func(c *Config) { c.ShortTerm = false; c.Fuzz = false }},
		{"sm2", func(c *Config) { c.Scheduler = SchedulerSM2; c.Fuzz = false }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			c := DefaultConfig()
			if bc.edit != nil {
				bc.edit(&c)
			}
			s, err := c.NewScheduler()
			if err != nil {
				b.Fatal(err)
			}
			m := Memory{State: Review, Stability: 20, Difficulty: 5, Ease: 2.5, ScheduledDays: 20, LastReview: t0, Due: t0.Add(days(20)), Reps: 5}
			now := m.Due
			b.ReportAllocs()
			for b.Loop() {
				m2, _ := s.Next(m, now, Good, 9)
				if m2.Reps == 0 {
					b.Fatal("no answer")
				}
			}
		})
	}
}

func BenchmarkPreview(b *testing.B) {
	f := newFSRS(b, nil)
	m := Memory{State: Review, Stability: 20, Difficulty: 5, LastReview: t0, Due: t0.Add(days(20)), Reps: 5}
	b.ReportAllocs()
	for b.Loop() {
		Preview(f, m, m.Due, 9)
	}
}

func TestCardSeed(t *testing.T) {
	// FNV-1a reference values.
	if got := CardSeed(""); got != 0xcbf29ce484222325 {
		t.Errorf("CardSeed(\"\") = %#x", got)
	}
	if got := CardSeed("a"); got != 0xaf63dc4c8601ec8c {
		t.Errorf("CardSeed(\"a\") = %#x", got)
	}
	if CardSeed("card-1") == CardSeed("card-2") {
		t.Error("different cards, same seed")
	}
}
