package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/recall-srs/recall/scheduler"
	"golang.org/x/sys/unix"
)

// The large collection of the speed targets: 1,000,000 cards and
// 10,000,000 review log rows. It is built once with set-based SQL and cached
// in the temp directory across benchmark runs (delete it to rebuild).
const (
	benchCards  = 1_000_000
	benchRevlog = 10_000_000
	benchNotes  = 10_000
)

var benchNow = time.Date(2026, 11, 25, 15, 0, 0, 0, time.UTC)

func benchDB(b *testing.B) *DB {
	b.Helper()
	// benchBuild changes whenever the schema or the builder does.
	const benchBuild = "b2"
	path := filepath.Join(os.TempDir(), fmt.Sprintf("recall-bench-v%d%s-%d-%d.db", SchemaVersion(), benchBuild, benchCards, benchRevlog))
	if _, err := os.Stat(path); err != nil {
		start := time.Now()
		if err := buildBenchDB(path); err != nil {
			os.Remove(path)
			b.Fatal(err)
		}
		b.Logf("built %s in %v", path, time.Since(start).Round(time.Millisecond))
	}
	db, err := OpenExisting(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// buildBenchDB fills a fresh collection with recursive-CTE inserts in one
// transaction, with the revlog indexes built after the rows are in.
func buildBenchDB(path string) error {
	ctx := context.Background()
	tmp := path + ".building"
	os.Remove(tmp)
	db, err := Open(ctx, tmp)
	if err != nil {
		return err
	}
	db.Close()
	raw, err := sql.Open("sqlite3", "file:"+tmp+"?_fk=0&_journal_mode=OFF&_synchronous=OFF&cache_size=-200000")
	if err != nil {
		return err
	}
	defer raw.Close()
	raw.SetMaxOpenConns(1)
	now := benchNow.UnixMilli()
	day := int64(24 * time.Hour / time.Millisecond)
	stmts := []string{
		`DROP INDEX revlog_card`, `DROP INDEX revlog_time`,
		`BEGIN`,
		fmt.Sprintf(`WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %d)
			INSERT INTO notes (id, path, title, video_id, content_hash)
			SELECT i, printf('notes/bench-%%05d.md', i), printf('Bench note %%d', i), '', printf('%%032x', i) FROM s`, benchNotes),
		// 60% reviews (due from 60 days ago to 60 days ahead), 0.1% learning,
		// the rest new; two cards per fact.
		fmt.Sprintf(`WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < %d)
			INSERT INTO cards (id, note_id, type, question, answer, siblings, subject, sentence, heading, position,
				state, due, stability, difficulty, reps, lapses, last_review, scheduled_days)
			SELECT printf('%%016x', i * 2654435761), i %% %d + 1,
				CASE i %% 2 WHEN 0 THEN 'qa' ELSE 'cloze' END,
				'What happened in year ' || i || '?', 'Answer ' || i, printf('f%%08d', i / 2), 'subject',
				'A sentence about ' || i || '.', 'Heading › Part', i,
				CASE WHEN i %% 1000 = 0 THEN 1 WHEN i %% 10 < 6 THEN 2 ELSE 0 END,
				CASE WHEN i %% 1000 = 0 THEN %d + (abs(random()) %% 7200000) - 3600000
				     WHEN i %% 10 < 6 THEN %d + (abs(random()) %% (120 * %d)) - 60 * %d ELSE 0 END,
				CASE WHEN i %% 10 < 6 THEN 1 + (abs(random()) %% 100) ELSE 0 END,
				CASE WHEN i %% 10 < 6 THEN 1 + (abs(random()) %% 9) ELSE 0 END,
				CASE WHEN i %% 10 < 6 THEN 10 ELSE 0 END, abs(random()) %% 3,
				CASE WHEN i %% 10 < 6 THEN %d - 30 * %d ELSE 0 END, 30
			FROM s`, benchCards-1, benchNotes, now, now, day, day, now, day),
		// About sixteen answers for each reviewed card over the two years before yesterday.
		fmt.Sprintf(`WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < %d)
			INSERT INTO revlog (card_id, reviewed_at, rating, state_before, elapsed_days, scheduled_days,
				stability, difficulty, due, duration_ms, source)
			SELECT printf('%%016x', ((i %% (%d / 10)) * 10 + i / (%d / 10) %% 6) * 2654435761),
				%d - (%d - i) * (730 * %d / %d) - 86400000,
				1 + abs(random()) %% 4, CASE WHEN i < %d / 10 THEN 0 ELSE 2 END, 3, 5, 4.5, 5.5, 0, 4000, 'review'
			FROM s`, benchRevlog-1, benchCards, benchCards, now, benchRevlog, day, benchRevlog, benchRevlog),
		`COMMIT`,
		`CREATE INDEX revlog_card ON revlog(card_id, reviewed_at)`,
		`CREATE INDEX revlog_time ON revlog(reviewed_at)`,
		`ANALYZE`,
	}
	for _, s := range stmts {
		if _, err := raw.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("build bench collection: %w\n%s", err, s)
		}
	}
	raw.Close()
	return os.Rename(tmp, path)
}

// latencies reports p50 and p99 of the timed calls in milliseconds.
func latencies(b *testing.B, d []time.Duration) {
	report(b, d, "ms")
}

func report(b *testing.B, d []time.Duration, unit string) {
	slices.Sort(d)
	if len(d) == 0 {
		return
	}
	ms := func(q float64) float64 {
		return float64(d[min(len(d)-1, int(q*float64(len(d))))].Microseconds()) / 1000
	}
	b.ReportMetric(ms(0.50), "p50-"+unit)
	b.ReportMetric(ms(0.99), "p99-"+unit)
}

// cpuClock measures the CPU time of the calling thread, so that on a
// machine shared with other work the benchmarks can tell the cost of a
// call from time spent waiting for a core. Call runtime.LockOSThread first.
type cpuClock struct{ d []time.Duration }

func threadCPU() time.Duration {
	var ts unix.Timespec
	unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts)
	return time.Duration(ts.Nano())
}

func (c *cpuClock) time(fn func()) {
	start := threadCPU()
	fn()
	c.d = append(c.d, threadCPU()-start)
}

func BenchmarkNextCard(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	q := Queue{NewLimit: 20, ReviewLimit: 200, DayStartHour: 4, Loc: time.UTC}
	var d []time.Duration
	var cpu cpuClock
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// Walk the clock so the learning queue is sometimes due, sometimes not.
		now := benchNow.Add(time.Duration(i%120) * time.Minute)
		var c *StoredCard
		var err error
		start := time.Now()
		cpu.time(func() { c, err = db.NextCard(ctx, now, q) })
		d = append(d, time.Since(start))
		if err != nil || c == nil {
			b.Fatal(c, err)
		}
	}
	latencies(b, d)
	report(b, cpu.d, "cpu-ms")
}

func BenchmarkNextCardByNote(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	var d []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := Queue{NewLimit: 20, ReviewLimit: 200, DayStartHour: 4, Loc: time.UTC,
			NotePaths: []string{fmt.Sprintf("notes/bench-%05d.md", i%benchNotes+1)}}
		start := time.Now()
		_, err := db.NextCard(ctx, benchNow, q)
		d = append(d, time.Since(start))
		if err != nil {
			b.Fatal(err)
		}
	}
	latencies(b, d)
}

func BenchmarkQueueCounts(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	q := Queue{NewLimit: 20, ReviewLimit: 200, DayStartHour: 4, Loc: time.UTC}
	var d []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if _, _, _, err := db.QueueCounts(ctx, benchNow, q); err != nil {
			b.Fatal(err)
		}
		d = append(d, time.Since(start))
	}
	latencies(b, d)
}

// BenchmarkRecordAnswer times RecordAnswer on random cards; each answer is
// undone afterwards (untimed) so the cached collection stays as built.
func BenchmarkRecordAnswer(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(1, 2))
	var d []time.Duration
	var cpu cpuClock
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		id := fmt.Sprintf("%016x", rng.IntN(benchCards)*2654435761) // as buildBenchDB names them
		c, err := db.Card(ctx, id)
		if err != nil {
			b.Fatal(err)
		}
		after := c.Memory
		after.State, after.Reps, after.Due, after.LastReview = scheduler.Review, after.Reps+1, benchNow.AddDate(0, 0, 3), benchNow
		a := Answer{CardID: id, Before: c.Memory, After: after, Duration: 4 * time.Second, Typed: "answer", Verdict: "correct",
			Log: scheduler.Log{Rating: scheduler.Good, StateBefore: c.Memory.State, Reviewed: benchNow, ScheduledDays: 3, Due: after.Due}}
		b.StartTimer()
		start := time.Now()
		cpu.time(func() { _, err = db.RecordAnswer(ctx, a) })
		d = append(d, time.Since(start))
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.UndoLast(ctx); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	latencies(b, d)
	report(b, cpu.d, "cpu-ms")
}
