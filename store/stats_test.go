package store_test

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/scheduler/stats"
	"github.com/recall-srs/recall/store"
	"github.com/recall-srs/recall/store/simulate"
)

// history reads the aggregates as the store keeps them, plus the reference
// computed in Go from every raw answer.
func history(t *testing.T, db *store.DB) (got, want [2]any) {
	t.Helper()
	ctx := context.Background()
	slots, ret, err := db.StatsHistory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	answers, err := db.StatsAnswers(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	ws, wr := stats.Aggregate(answers)
	if slots == nil {
		slots = []stats.Slot{}
	}
	if ret == nil {
		ret = []stats.RetentionSlot{}
	}
	return [2]any{slots, ret}, [2]any{ws, wr}
}

func stale(t *testing.T, db *store.DB) bool {
	t.Helper()
	var s bool
	if err := db.SQL().QueryRow(`SELECT stale FROM stats_meta`).Scan(&s); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestStatsAggregates checks that the triggers keep the aggregates equal to a
// rebuild from the log and to the pure reference, through answers, undo,
// an answer inserted out of order, and prune.
func TestStatsAggregates(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := simulate.Deck(ctx, db, start, 3, 10); err != nil {
		t.Fatal(err)
	}
	if !stale(t, db) {
		t.Fatal("a new collection's aggregates must start stale (built on first read)")
	}
	if _, _, err := db.StatsHistory(ctx); err != nil { // builds them: the triggers now follow the log
		t.Fatal(err)
	}
	fsrs, err := scheduler.NewFSRS(scheduler.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	sum, err := simulate.Run(ctx, db, fsrs, fsrs, simulate.Options{Seed: 3, Start: start, Days: 90,
		NewPerDay: 3, ReviewLimit: -1, DayStartHour: 4, Loc: time.UTC, SkipDays: 0.1, Undo: 0.05})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Answers < 200 || sum.Undone == 0 {
		t.Fatalf("simulation too small to test anything: %+v", sum)
	}
	if stale(t, db) {
		t.Fatal("answers and undo in order must keep the aggregates fresh")
	}
	got, want := history(t, db)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("trigger aggregates differ from the reference:\n got %v\nwant %v", got, want)
	}
	if err := db.RebuildStats(ctx); err != nil {
		t.Fatal(err)
	}
	if rebuilt, _ := history(t, db); !reflect.DeepEqual(rebuilt, got) {
		t.Fatalf("rebuild differs from the triggers:\n got %v\nwant %v", rebuilt, got)
	}

	// Undo of the latest answer is followed exactly.
	if _, err := db.UndoLast(ctx); err != nil {
		t.Fatal(err)
	}
	if stale(t, db) {
		t.Fatal("undo must not need a rebuild")
	}
	if got, want := history(t, db); !reflect.DeepEqual(got, want) {
		t.Fatalf("after undo:\n got %v\nwant %v", got, want)
	}

	// An answer recorded in the past (before the card's later answers) marks
	// the aggregates stale; the next read rebuilds them.
	if _, err := db.SQL().Exec(`INSERT INTO revlog (card_id, reviewed_at, rating, state_before, prev)
		SELECT card_id, reviewed_at - 3600000, 1, 2, '{"memory":{"scheduled_days":30}}' FROM revlog ORDER BY id LIMIT 1 OFFSET 40`); err != nil {
		t.Fatal(err)
	}
	if !stale(t, db) {
		t.Fatal("an out-of-order answer must mark the aggregates stale")
	}
	if got, want := history(t, db); !reflect.DeepEqual(got, want) {
		t.Fatalf("after an out-of-order answer:\n got %v\nwant %v", got, want)
	}

	// Prune deletes the history of orphaned cards.
	if _, err := db.SQL().Exec(`UPDATE cards SET orphaned = 1 WHERE id IN (SELECT id FROM cards ORDER BY id LIMIT 4)`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Prune(ctx); err != nil {
		t.Fatal(err)
	}
	if got, want := history(t, db); !reflect.DeepEqual(got, want) {
		t.Fatalf("after prune:\n got %v\nwant %v", got, want)
	}
}
