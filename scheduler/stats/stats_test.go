package stats

import (
	"testing"
	"time"

	"github.com/recall-srs/recall/scheduler"
)

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestClockDays(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no tzdata:", err)
	}
	kolkata, _ := time.LoadLocation("Asia/Kolkata")
	tests := []struct {
		name  string
		clock Clock
		t     string
		date  string
	}{
		{"utc before day start", Clock{time.UTC, 4}, "2026-03-10T03:59:00Z", "2026-03-09"},
		{"utc at day start", Clock{time.UTC, 4}, "2026-03-10T04:00:00Z", "2026-03-10"},
		{"new york evening", Clock{ny, 4}, "2026-03-10T02:00:00Z", "2026-03-09"},
		{"new york spring forward 04:30", Clock{ny, 4}, "2026-03-08T08:30:00Z", "2026-03-08"},
		{"new york spring forward 03:30", Clock{ny, 4}, "2026-03-08T07:30:00Z", "2026-03-07"},
		{"new york fall back 04:10", Clock{ny, 4}, "2026-11-01T09:10:00Z", "2026-11-01"},
		{"kolkata half hour", Clock{kolkata, 0}, "2026-03-09T18:29:00Z", "2026-03-09"},
		{"kolkata half hour next", Clock{kolkata, 0}, "2026-03-09T18:30:00Z", "2026-03-10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := tt.clock.DayNumber(at(tt.t))
			if got := Date(n); got != tt.date {
				t.Errorf("got %s, want %s", got, tt.date)
			}
			if s := tt.clock.DayStart(n); tt.clock.DayNumber(s) != n || tt.clock.DayNumber(s.Add(-time.Second)) != n-1 {
				t.Errorf("day start %v is not the boundary of day %s", s, tt.date)
			}
			if ms := tt.clock.DayStart(n).UnixMilli(); ms%SlotMillis != 0 {
				t.Errorf("day start %v is not on a slot boundary", tt.clock.DayStart(n))
			}
		})
	}
}

// TestHandComputed checks every figure on a small history worked out by hand.
func TestHandComputed(t *testing.T) {
	now := at("2026-03-10T12:00:00Z")
	rev := func(card, ts string, r scheduler.Rating, st scheduler.State, ivl int) Answer {
		return Answer{Card: card, At: at(ts), Rating: r, StateBefore: st, LastInterval: ivl, Millis: 10_000}
	}
	answers := []Answer{
		// today (day starts 04:00 UTC)
		rev("a", "2026-03-10T05:00:00Z", scheduler.Good, scheduler.Review, 3),   // young pass, first today
		rev("a", "2026-03-10T06:00:00Z", scheduler.Again, scheduler.Review, 8),  // second today: ignored by retention
		rev("b", "2026-03-10T05:10:00Z", scheduler.Again, scheduler.Review, 30), // mature fail
		rev("c", "2026-03-10T05:20:00Z", scheduler.Good, scheduler.New, 0),      // new: not retention
		rev("c", "2026-03-10T05:30:00Z", scheduler.Good, scheduler.Learning, 0), // learning: not retention
		// yesterday, late evening, and early today before 04:00 (still yesterday)
		rev("a", "2026-03-09T22:00:00Z", scheduler.Hard, scheduler.Review, 2),
		rev("b", "2026-03-10T03:00:00Z", scheduler.Easy, scheduler.Review, 25),
		// 3 days ago: streak breaks on 03-08 (no answers)
		rev("d", "2026-03-07T10:00:00Z", scheduler.Again, scheduler.Relearning, 1), // relearning with interval ≥ 1: counts
	}
	slots, ret := Aggregate(answers)
	cards := []Card{
		{ID: "a", Note: "n1", Title: "One", Heading: "H", Memory: scheduler.Memory{State: scheduler.Review, Stability: 10, Difficulty: 5, ScheduledDays: 10, Due: at("2026-03-12T05:00:00Z")}},
		{ID: "b", Note: "n1", Title: "One", Heading: "H", Memory: scheduler.Memory{State: scheduler.Review, Stability: 40, Difficulty: 8, ScheduledDays: 30, Lapses: 2, Due: at("2026-03-09T05:00:00Z")}},
		{ID: "c", Note: "n2", Title: "Two", Heading: "", Memory: scheduler.Memory{State: scheduler.Learning, Stability: 1, Difficulty: 3, Due: at("2026-03-10T13:00:00Z")}},
		{ID: "d", Note: "n2", Title: "Two", Heading: "", Memory: scheduler.Memory{State: scheduler.Relearning, Stability: 2, Difficulty: 9, Due: at("2026-03-10T12:10:00Z")}, Suspended: true, Leech: true},
		{ID: "e", Note: "n2", Title: "Two", Heading: "", Memory: scheduler.Memory{State: scheduler.New}},
		{ID: "f", Note: "n3", Title: "Gone", Memory: scheduler.Memory{State: scheduler.Review, ScheduledDays: 50}, Orphaned: true},
	}
	f := Compute(Input{Slots: slots, Retention: ret, Cards: cards, DesiredRetention: 0.9}, Options{
		Now: now, DayStartHour: 4, Days: 5,
		Retrievability: func(m scheduler.Memory, _ time.Time) float64 { return m.Stability / 100 },
	})
	if want := (Today{Reviews: 5, Again: 2, New: 1, Seconds: 50}); f.Today != want {
		t.Errorf("today = %+v, want %+v", f.Today, want)
	}
	if want := (Streak{Current: 2, Longest: 2}); f.Streak != want {
		t.Errorf("streak = %+v, want %+v", f.Streak, want)
	}
	wantDays := []Day{{"2026-03-06", 0, 0}, {"2026-03-07", 1, 1}, {"2026-03-08", 0, 0}, {"2026-03-09", 2, 0}, {"2026-03-10", 5, 2}}
	for i, d := range wantDays {
		if f.ReviewsByDay[i] != d {
			t.Errorf("day %d = %+v, want %+v", i, f.ReviewsByDay[i], d)
		}
	}
	tr := f.TrueRetention
	check := func(name string, got Tally, pass, fail int) {
		t.Helper()
		if got.Pass != pass || got.Fail != fail {
			t.Errorf("%s = %d/%d, want %d/%d", name, got.Pass, got.Fail, pass, fail)
		}
	}
	check("today young", tr["today"].Young, 1, 0)
	check("today mature", tr["today"].Mature, 0, 1)
	check("today all", tr["today"].All, 1, 1)
	check("yesterday young", tr["yesterday"].Young, 1, 0)
	check("yesterday mature", tr["yesterday"].Mature, 1, 0)
	check("week all", tr["week"].All, 3, 2)
	if r := *tr["week"].All.Retention; r != 0.6 {
		t.Errorf("week retention = %v, want 0.6", r)
	}
	if tr["year"].Young.Retention == nil || tr["today"].Young.Retention == nil {
		t.Error("retention missing")
	}
	// forecast: b overdue → today, c today, a in 2 days; d suspended, e new, f orphaned.
	if f.Forecast[0].Due != 2 || f.Forecast[2].Due != 1 || f.Forecast[0].Date != "2026-03-10" {
		t.Errorf("forecast = %+v", f.Forecast[:3])
	}
	if want := (Counts{Total: 6, New: 1, Learning: 1, Review: 2, Young: 1, Mature: 1, Suspended: 1, Orphaned: 1, Leeches: 1}); f.Cards != want {
		t.Errorf("cards = %+v, want %+v", f.Cards, want)
	}
	// knowledge: a .10 + b .40 + c .01 + d .02 (suspended still known)
	if f.CardsSeen != 4 || abs(f.Knowledge-0.53) > 1e-9 {
		t.Errorf("knowledge = %v over %d cards", f.Knowledge, f.CardsSeen)
	}
	// mastery: n2 (c .01, e 0; d suspended) = .005 weakest; n1 (.1+.4)/2 = .25, mature share 1/2.
	if len(f.Notes) != 2 || f.Notes[0].Title != "Two" || abs(f.Notes[0].Mastery-0.005) > 1e-9 ||
		abs(f.Notes[1].Mastery-0.25) > 1e-9 || f.Notes[1].MatureShare != 0.5 {
		t.Errorf("notes = %+v", f.Notes)
	}
	if f.Hardest[0].ID != "d" || f.Hardest[1].ID != "b" {
		t.Errorf("hardest = %+v", f.Hardest)
	}
	if f.Distributions.Difficulty[8].Cards != 1 || f.Distributions.Stability[6].Cards != 1 {
		t.Errorf("distributions = %+v", f.Distributions)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
