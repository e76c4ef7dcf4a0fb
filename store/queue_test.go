package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/scheduler"
)

func TestDayStart(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no tzdata:", err)
	}
	tests := []struct {
		now, start, next string
	}{
		{"2026-03-01T10:00:00-05:00", "2026-03-01T04:00:00-05:00", "2026-03-02T04:00:00-05:00"},
		{"2026-03-01T03:59:00-05:00", "2026-02-28T04:00:00-05:00", "2026-03-01T04:00:00-05:00"},
		{"2026-03-01T04:00:00-05:00", "2026-03-01T04:00:00-05:00", "2026-03-02T04:00:00-05:00"},
		// The night clocks go forward: the day is 23 hours long.
		{"2026-03-08T12:00:00-04:00", "2026-03-08T04:00:00-04:00", "2026-03-09T04:00:00-04:00"},
	}
	for _, tt := range tests {
		now, _ := time.Parse(time.RFC3339, tt.now)
		start, _ := time.Parse(time.RFC3339, tt.start)
		next, _ := time.Parse(time.RFC3339, tt.next)
		if got := DayStart(now, 4, ny); !got.Equal(start) {
			t.Errorf("DayStart(%s) = %s, want %s", tt.now, got, start)
		}
		if got := NextDayStart(now, 4, ny); !got.Equal(next) {
			t.Errorf("NextDayStart(%s) = %s, want %s", tt.now, got, next)
		}
	}
}

// setMemory puts a card into a state directly.
func setMemory(t *testing.T, db *DB, id string, st scheduler.State, due time.Time) {
	t.Helper()
	if _, err := db.SQL().Exec("UPDATE cards SET state = ?, due = ? WHERE id = ?", int(st), ms(due), id); err != nil {
		t.Fatal(err)
	}
}

// order drains the queue by answering each card (moving it a year ahead) and
// returns the IDs in the order shown.
func order(t *testing.T, db *DB, now time.Time, q Queue) []string {
	t.Helper()
	ctx := context.Background()
	var ids []string
	for i := 0; i < 50; i++ {
		c, err := db.NextCard(ctx, now, q)
		if err != nil {
			t.Fatal(err)
		}
		if c == nil {
			return ids
		}
		ids = append(ids, c.ID)
		after := c.Memory
		after.State = scheduler.Review
		after.Due = now.AddDate(1, 0, 0)
		if _, err := db.RecordAnswer(ctx, Answer{CardID: c.ID, Before: c.Memory, After: after,
			Log: scheduler.Log{Rating: scheduler.Good, StateBefore: c.Memory.State, Reviewed: now}}); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatal("queue never empties")
	return nil
}

func importCards(t *testing.T, db *DB, notes ...NoteImport) ImportSummary {
	t.Helper()
	var seen []string
	for _, n := range notes {
		seen = append(seen, n.Path)
	}
	sum, err := db.Import(context.Background(), ImportRequest{Now: time.Now(), Changed: notes, Seen: seen})
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

func TestNextCardOrder(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	var cs []cards.Card
	for i := 0; i < 8; i++ {
		// Every card its own fact, so burying siblings does not interfere.
		cs = append(cs, testCard(fmt.Sprintf("c%d", i), "n/a.md", fmt.Sprintf("f%d", i), i))
	}
	q := Queue{NewLimit: 20, ReviewLimit: 200, DayStartHour: 4, Loc: time.UTC}
	tests := []struct {
		name  string
		setup func(t *testing.T, db *DB)
		q     Queue
		want  []string
	}{
		{"new in note order", nil, q, []string{"c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7"}},
		{"learning, then overdue reviews, then new", func(t *testing.T, db *DB) {
			setMemory(t, db, "c5", scheduler.Review, now.Add(-48*time.Hour))
			setMemory(t, db, "c6", scheduler.Review, now.Add(-72*time.Hour))
			setMemory(t, db, "c3", scheduler.Review, now.Add(10*time.Hour)) // later today: due today
			setMemory(t, db, "c4", scheduler.Review, now.Add(20*time.Hour)) // tomorrow after 4 am
			setMemory(t, db, "c7", scheduler.Relearning, now.Add(-time.Minute))
			setMemory(t, db, "c2", scheduler.Learning, now.Add(-2*time.Minute))
			setMemory(t, db, "c1", scheduler.Learning, now.Add(time.Minute)) // not yet
		}, q, []string{"c2", "c7", "c6", "c5", "c3", "c0"}},
		{"new limit", nil, Queue{NewLimit: 3, ReviewLimit: 200, DayStartHour: 4, Loc: time.UTC}, []string{"c0", "c1", "c2"}},
		{"review limit", func(t *testing.T, db *DB) {
			for i := 0; i < 5; i++ {
				setMemory(t, db, fmt.Sprintf("c%d", i), scheduler.Review, now.Add(-time.Duration(i)*time.Hour))
			}
		}, Queue{NewLimit: 0, ReviewLimit: 2, DayStartHour: 4, Loc: time.UTC}, []string{"c4", "c3"}},
		{"suspended, buried and orphaned are hidden", func(t *testing.T, db *DB) {
			ctx := context.Background()
			db.Suspend(ctx, "c0")
			db.Bury(ctx, now.Add(time.Hour), "c1")
			db.Bury(ctx, now.Add(-time.Hour), "c2") // burial over
			db.SQL().Exec("UPDATE cards SET orphaned = 1 WHERE id = 'c3'")
		}, q, []string{"c2", "c4", "c5", "c6", "c7"}},
		{"heading filter", func(t *testing.T, db *DB) {
			db.SQL().Exec("UPDATE cards SET heading = 'Other › Part' WHERE id IN ('c1', 'c6')")
		}, Queue{NewLimit: 20, ReviewLimit: 200, Loc: time.UTC, Heading: "other"}, []string{"c1", "c6"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := mustOpen(t)
			importCards(t, db, NoteImport{Path: "n/a.md", Title: "A", Hash: "h", Cards: cs})
			if tt.setup != nil {
				tt.setup(t, db)
			}
			got := order(t, db, now, tt.q)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Fatalf("order = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestQueueCounts(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	db := mustOpen(t)
	var cs []cards.Card
	for i := 0; i < 30; i++ {
		cs = append(cs, testCard(fmt.Sprintf("c%02d", i), "n/a.md", fmt.Sprintf("f%d", i), i))
	}
	importCards(t, db, NoteImport{Path: "n/a.md", Title: "A", Hash: "h", Cards: cs})
	setMemory(t, db, "c00", scheduler.Learning, now.Add(-time.Minute))
	setMemory(t, db, "c01", scheduler.Relearning, now.Add(-time.Minute))
	setMemory(t, db, "c02", scheduler.Review, now.Add(-time.Hour))
	setMemory(t, db, "c03", scheduler.Review, now.Add(time.Hour))
	setMemory(t, db, "c04", scheduler.Review, now.Add(30*time.Hour))
	l, r, n, err := db.QueueCounts(ctx, now, Queue{NewLimit: 20, ReviewLimit: 200, DayStartHour: 4, Loc: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	if l != 2 || r != 2 || n != 20 {
		t.Fatalf("counts = %d %d %d, want 2 2 20 (new capped by the limit)", l, r, n)
	}
}

func TestLimitsCountTodaysAnswers(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	db := mustOpen(t)
	var cs []cards.Card
	for i := 0; i < 6; i++ {
		cs = append(cs, testCard(fmt.Sprintf("c%d", i), "n/a.md", fmt.Sprintf("f%d", i), i))
	}
	importCards(t, db, NoteImport{Path: "n/a.md", Title: "A", Hash: "h", Cards: cs})
	q := Queue{NewLimit: 3, ReviewLimit: 200, DayStartHour: 4, Loc: time.UTC}
	// Two new cards answered yesterday evening do not count; one this morning does.
	for i, at := range []time.Time{now.Add(-10 * time.Hour), now.Add(-9 * time.Hour), now.Add(-time.Hour)} {
		id := fmt.Sprintf("c%d", i)
		after := scheduler.Memory{State: scheduler.Review, Due: now.AddDate(0, 0, 5)}
		if _, err := db.RecordAnswer(ctx, Answer{CardID: id, After: after,
			Log: scheduler.Log{Rating: scheduler.Good, StateBefore: scheduler.New, Reviewed: at}}); err != nil {
			t.Fatal(err)
		}
	}
	_, _, n, err := db.QueueCounts(ctx, now, q)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Fatalf("new left today = %d, want 2 (limit 3, 1 answered since 4 am)", n)
	}
	// Quiz answers do not use up the daily limit.
	if _, err := db.RecordAnswer(ctx, Answer{CardID: "c3", Source: "quiz", After: scheduler.Memory{State: scheduler.Review, Due: now.AddDate(0, 0, 5)},
		Log: scheduler.Log{Rating: scheduler.Good, StateBefore: scheduler.New, Reviewed: now}}); err != nil {
		t.Fatal(err)
	}
	if _, _, n, _ = db.QueueCounts(ctx, now, q); n != 2 {
		t.Fatalf("new left after a quiz answer = %d, want 2", n)
	}
}

func TestDueForecast(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	db := mustOpen(t)
	var cs []cards.Card
	for i := 0; i < 10; i++ {
		cs = append(cs, testCard(fmt.Sprintf("c%d", i), "n/a.md", fmt.Sprintf("f%d", i), i))
	}
	importCards(t, db, NoteImport{Path: "n/a.md", Title: "A", Hash: "h", Cards: cs})
	setMemory(t, db, "c0", scheduler.Learning, now.Add(-time.Minute)) // now
	setMemory(t, db, "c1", scheduler.Learning, now.Add(time.Hour))    // today
	setMemory(t, db, "c2", scheduler.Review, now.Add(-48*time.Hour))  // now (overdue)
	setMemory(t, db, "c3", scheduler.Review, now.Add(15*time.Hour))   // today: 3 am next morning
	setMemory(t, db, "c4", scheduler.Review, now.Add(17*time.Hour))   // tomorrow (after 4 am)
	setMemory(t, db, "c5", scheduler.Review, now.Add(7*24*time.Hour)) // day 7
	setMemory(t, db, "c6", scheduler.Review, now.Add(8*24*time.Hour)) // beyond
	f, err := db.Due(ctx, now, Queue{NewLimit: 2, ReviewLimit: 200, DayStartHour: 4, Loc: time.UTC}, 7)
	if err != nil {
		t.Fatal(err)
	}
	if f.NowLearning != 1 || f.NowReview != 1 || f.TodayLearning != 2 || f.TodayReview != 2 || f.TodayNew != 2 {
		t.Fatalf("forecast = %+v", f)
	}
	want := []int{1, 0, 0, 0, 0, 0, 1}
	for i, d := range f.Days {
		if d.Due != want[i] {
			t.Fatalf("day %d (%s) due %d, want %d; days %v", i, d.Date, d.Due, want[i], f.Days)
		}
	}
	if f.Days[0].Date != "2026-03-02" || f.Days[6].Date != "2026-03-08" {
		t.Fatalf("dates %s..%s", f.Days[0].Date, f.Days[6].Date)
	}
}
