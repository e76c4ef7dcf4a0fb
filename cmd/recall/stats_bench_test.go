package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/recall-srs/recall/store"
)

// Size of the benchmark collection: 10,000,000 answers to 100,000 cards
// over eight years, in three one-hour sessions a day.
const (
	benchReviews = 10_000_000
	benchCards   = 100_000
	benchDays    = 8 * 365
)

// benchCollection builds (once, then reuses) the big collection in the
// temp directory. Everything is generated inside SQLite in one transaction,
// which takes well under a minute instead of the hours real answers would.
func benchCollection(b *testing.B) string {
	b.Helper()
	dir := filepath.Join(os.TempDir(), "recall-stats-bench")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, fmt.Sprintf("answers-%d.db", benchReviews))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	ctx := context.Background()
	start := time.Now()
	tmp := path + ".building"
	os.Remove(tmp)
	db, err := store.Open(ctx, tmp)
	if err != nil {
		b.Fatal(err)
	}
	perDay := benchReviews / benchDays
	first := time.Date(2018, 11, 26, 0, 0, 0, 0, time.UTC).UnixMilli()
	stmts := []string{
		`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 199)
		 INSERT INTO notes (id, path, title) SELECT i + 1, printf('bench/%03d.md', i), printf('Bench note %03d', i) FROM n`,
		fmt.Sprintf(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %d)
		 INSERT INTO cards (id, note_id, type, question, answer, heading, position, state, stability, difficulty,
			due, last_review, reps, lapses, scheduled_days)
		 SELECT printf('c%%06d', i), i %% 200 + 1, 'qa', printf('Question %%d?', i), 'x', printf('H%%d', i %% 7), i,
			2, 1 + (i * 7919) %% 400, 1 + (i * 104729 %% 900) / 100.0,
			%d + (i %% 45) * 86400000, %d - (i %% 30) * 86400000, 100, (i * 31) %% 9, 30 + i %% 60 FROM n`,
			benchCards-1, time.Now().UnixMilli(), time.Now().UnixMilli()),
		// Answer i goes to card i % benchCards on day i / perDay, in one of
		// three sessions (08:00, 13:00, 20:00), spread over the hour.
		fmt.Sprintf(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %d)
		 INSERT INTO revlog (card_id, reviewed_at, rating, state_before, scheduled_days, duration_ms, prev)
		 SELECT printf('c%%06d', i %% %d),
			%d + (i / %d) * 86400000 + ((i %% 3) * 5 + 8) * 3600000 + (i * 7 %% 3600) * 1000,
			CASE WHEN (i * 2654435761) %% 100 < 10 THEN 1 WHEN (i * 2654435761) %% 100 < 15 THEN 2 ELSE 3 END,
			CASE WHEN i < %d THEN 0 ELSE 2 END, 1 + (i / %d) %% 90, 6000 + i %% 9000,
			'{"memory":{"scheduled_days":' || ((i / %d) %% 90) || '}}'
		 FROM n`, benchReviews-1, benchCards, first, perDay, benchCards, benchCards, benchCards),
	}
	// One connection: a big page cache, the log's indexes dropped during the
	// bulk insert and built again afterwards (sorting beats 10M random
	// B-tree inserts), everything else in one transaction.
	conn, err := db.SQL().Conn(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var indexes []string
	rows, err := conn.QueryContext(ctx, `SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'revlog' AND sql IS NOT NULL`)
	if err != nil {
		b.Fatal(err)
	}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			b.Fatal(err)
		}
		indexes = append(indexes, s)
	}
	rows.Close()
	all := []string{`PRAGMA cache_size = -1000000`, `BEGIN`, `DROP INDEX revlog_card`, `DROP INDEX revlog_time`}
	all = append(all, stmts...)
	all = append(all, indexes...)
	all = append(all, `COMMIT`)
	for _, s := range all {
		if _, err := conn.ExecContext(ctx, s); err != nil {
			b.Fatalf("build bench collection: %s: %v", s, err)
		}
	}
	conn.Close()
	built := time.Since(start)
	// The first read after a bulk change rebuilds the aggregates once.
	t0 := time.Now()
	if _, _, err := db.StatsHistory(ctx); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %d answers in %v; first stats read (aggregate rebuild) %v", benchReviews, built.Round(time.Millisecond), time.Since(t0).Round(time.Millisecond))
	db.Close()
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	os.Remove(tmp + "-wal")
	os.Remove(tmp + "-shm")
	return path
}

// BenchmarkStats10M is `recall stats` (open, read, compute, render) on a
// collection with 10,000,000 answers. Run with:
//
//	go test ./cmd/recall -run '^$' -bench Stats10M -benchtime 5x
func BenchmarkStats10M(b *testing.B) {
	path := benchCollection(b)
	now := time.Now()
	app := &App{In: bytes.NewReader(nil), Out: io.Discard, Err: io.Discard, DBPath: path, Now: func() time.Time { return now }}
	for b.Loop() {
		if err := runStats(context.Background(), app, &statsOptions{Days: 30, Width: 100}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStats10MNote is the narrowed report for one note.
func BenchmarkStats10MNote(b *testing.B) {
	path := benchCollection(b)
	now := time.Now()
	app := &App{In: bytes.NewReader(nil), Out: io.Discard, Err: io.Discard, DBPath: path, Now: func() time.Time { return now }}
	for b.Loop() {
		if err := runStats(context.Background(), app, &statsOptions{Days: 30, Width: 100, Note: "Bench note 007", JSON: true}); err != nil {
			b.Fatal(err)
		}
	}
}
