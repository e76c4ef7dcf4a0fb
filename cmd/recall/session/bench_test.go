package session

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/cmd/recall/prompt"
	"github.com/recall-srs/recall/notes"
	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/store"
)

// The speed target of a review: from Enter on a grade to the next card on
// screen in 10 ms or less with 1,000,000 cards. These benchmarks only run
// with -bench; the collection is built once (minutes on a busy machine) and
// kept as recall/bench-1m.db in the user cache directory for later runs, or
// taken from $RECALL_BENCH_DB.

const benchCards = 1_000_000

var answerCorrect = cards.Result{Verdict: cards.Correct}

var (
	benchOnce sync.Once
	benchPath string
	benchErr  error
)

// benchCollection returns a collection of 1M cards: 10,000 notes of 100
// cards, 70% in review with due dates spread over a year around now, 2% in
// learning, the rest new.
func benchCollection(b *testing.B) string {
	benchOnce.Do(func() {
		if p := os.Getenv("RECALL_BENCH_DB"); p != "" {
			benchPath = p
			return
		}
		dir, err := os.UserCacheDir()
		if err != nil {
			dir = os.TempDir()
		}
		benchPath = filepath.Join(dir, "recall", "bench-1m.db")
		if benchErr = os.MkdirAll(filepath.Dir(benchPath), 0o755); benchErr != nil {
			return
		}
		if _, err := os.Stat(benchPath); err == nil {
			return
		}
		benchErr = buildBench(benchPath + ".tmp")
		if benchErr == nil {
			benchErr = os.Rename(benchPath+".tmp", benchPath)
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchPath
}

func buildBench(path string) error {
	ctx := context.Background()
	os.Remove(path)
	db, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	const perNote = 100
	var batch []store.NoteImport
	var seen []string
	flush := func() error {
		_, err := db.Import(ctx, store.ImportRequest{Now: now, Changed: batch, Seen: seen})
		batch, seen = batch[:0], seen[:0]
		return err
	}
	for n := 0; n < benchCards/perNote; n++ {
		path := fmt.Sprintf("bench/note-%05d.md", n)
		ni := store.NoteImport{Path: path, Title: "Bench note " + strconv.Itoa(n), Hash: "h"}
		for i := 0; i < perNote; i++ {
			id := fmt.Sprintf("b%05d-%03d", n, i)
			ni.Cards = append(ni.Cards, cards.Card{
				ID: id, Type: cards.QA, Question: "What is fact " + id + "?", Answer: "answer " + id, Key: -1,
				Siblings: id, Fact: notes.Fact{Sentence: "Fact " + id + " has answer " + id + ".", Heading: []string{"Part", "Section"},
					Note: path, Title: ni.Title, Line: i + 1, T: i * 10, URL: "https://www.youtube.com/watch?v=bench&t=" + strconv.Itoa(i*10) + "s"},
			})
		}
		batch = append(batch, ni)
		seen = append(seen, path)
		if len(batch) == 200 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if len(batch) > 0 {
		if err := flush(); err != nil {
			return err
		}
	}
	// Give most cards a history: review cards due from 180 days ago to 180
	// days ahead, some learning cards due within the day.
	day := int64(24 * time.Hour / time.Millisecond)
	_, err = db.SQL().ExecContext(ctx, `UPDATE cards SET
		state = CASE WHEN rowid % 50 = 0 THEN 1 WHEN rowid % 100 < 70 THEN 2 ELSE 0 END,
		due = CASE WHEN rowid % 50 = 0 THEN ? + (rowid % 1440) * 60000
		           WHEN rowid % 100 < 70 THEN ? + ((rowid * 7919) % 361 - 180) * ? ELSE 0 END,
		stability = CASE WHEN rowid % 100 < 70 THEN 1 + rowid % 300 ELSE 0 END,
		difficulty = CASE WHEN rowid % 100 < 70 THEN 1 + rowid % 9 ELSE 0 END,
		last_review = CASE WHEN rowid % 100 < 70 THEN ? - 10 * ? ELSE 0 END,
		reps = CASE WHEN rowid % 100 < 70 THEN 3 ELSE 0 END,
		scheduled_days = CASE WHEN rowid % 100 < 70 THEN 10 ELSE 0 END`,
		now.UnixMilli(), now.UnixMilli(), day, now.UnixMilli(), day)
	if err != nil {
		return err
	}
	_, err = db.SQL().ExecContext(ctx, `ANALYZE`)
	return err
}

// BenchmarkGradeToNextCard times what happens between Enter on a grade and
// the next card on screen: the scheduler's next state, the answer's
// transaction (card + log row + sibling bury), the next card's query and
// its rendering. Each iteration answers the card shown by the previous one.
func BenchmarkGradeToNextCard(b *testing.B) {
	path := benchCollection(b)
	ctx := context.Background()
	// Work on a copy so runs do not drain the queue of the kept collection.
	work := filepath.Join(b.TempDir(), "bench.db")
	if err := copyFile(path, work); err != nil {
		b.Fatal(err)
	}
	db, err := store.Open(ctx, work)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	sched, _ := scheduler.DefaultConfig().NewScheduler()
	q := store.Queue{NewLimit: -1, ReviewLimit: -1, DayStartHour: 4, Loc: time.UTC}
	s := &session{db: db, o: Options{Queue: q, Scheduler: sched, Out: io.Discard, Now: func() time.Time { return now },
		Prompter: prompt.NewLines(nil, io.Discard)}, pal: newPalette(false), clock: time.Now}
	c, err := s.nextCard(ctx, now)
	if err != nil || c == nil {
		b.Fatalf("first card: %v, %v", c, err)
	}
	took := make([]time.Duration, 0, b.N)
	var recTook, nextTook []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if err := s.record(ctx, c, now, scheduler.Good, "x", answerCorrect, time.Second); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		recTook = append(recTook, t1.Sub(t0))
		c, err = s.nextCard(ctx, now)
		nextTook = append(nextTook, time.Since(t1))
		if err != nil || c == nil {
			b.Fatalf("next card: %v, %v", c, err)
		}
		s.shown++
		s.showCard(c)
		took = append(took, time.Since(t0))
	}
	b.StopTimer()
	ms := func(d []time.Duration, q float64) float64 {
		slices.Sort(d)
		return float64(d[int(q*float64(len(d)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(ms(took, 0.5), "p50-ms")
	b.ReportMetric(ms(took, 0.99), "p99-ms")
	b.ReportMetric(ms(took, 1), "max-ms")
	// Where the time goes: the answer's transaction, then the next query.
	b.ReportMetric(ms(recTook, 0.99), "record-p99-ms")
	b.ReportMetric(ms(nextTook, 0.99), "next-p99-ms")
}

// BenchmarkFirstCard times opening the 1M collection, reading the settings
// and finding the first card: what "recall review" does before it shows the
// first card.
func BenchmarkFirstCard(b *testing.B) {
	path := benchCollection(b)
	ctx := context.Background()
	q := store.Queue{NewLimit: 20, ReviewLimit: 200, DayStartHour: 4, Loc: time.UTC}
	for i := 0; i < b.N; i++ {
		db, err := store.OpenExisting(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.Config(ctx); err != nil {
			b.Fatal(err)
		}
		if c, err := db.NextCard(ctx, now, q); err != nil || c == nil {
			b.Fatalf("first card: %v, %v", c, err)
		}
		db.Close()
	}
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
