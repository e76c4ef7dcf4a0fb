package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/notes"
	"github.com/recall-srs/recall/scheduler"
)

// mustOpen opens a fresh collection file in a temp dir.
func mustOpen(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "recall.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// testCard makes a card with a fact from note path.
func testCard(id, path, siblings string, line int) cards.Card {
	return cards.Card{
		ID: id, Type: cards.QA, Question: "Q " + id, Answer: "A " + id, Key: -1, Kind: notes.Date,
		Score: 0.5, Siblings: siblings,
		Fact: notes.Fact{Kind: notes.Date, Subject: "s", Answer: "A " + id, Sentence: "S " + id,
			Heading: []string{"H1", "H2"}, Note: path, Line: line, T: 30, URL: "https://example.org/v"},
	}
}

// seed imports notes a.md (cards a1, a2 siblings, a3) and b.md (b1).
func seed(t testing.TB, db *DB) {
	t.Helper()
	_, err := db.Import(context.Background(), ImportRequest{
		Now: time.Unix(1_700_000_000, 0),
		Changed: []NoteImport{
			{Path: "n/a.md", Title: "A", Hash: "ha", Cards: []cards.Card{
				testCard("a1", "n/a.md", "fa", 1), testCard("a2", "n/a.md", "fa", 1), testCard("a3", "n/a.md", "fb", 2)}},
			{Path: "n/b.md", Title: "B", Hash: "hb", Cards: []cards.Card{testCard("b1", "n/b.md", "fc", 1)}},
		},
		Seen:  []string{"n/a.md", "n/b.md"},
		Roots: []string{"n/"},
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestOpenCreatesAndReopens(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "recall.db")
	if _, err := OpenExisting(ctx, path); !errors.Is(err, ErrNoCollection) {
		t.Fatalf("OpenExisting on a missing file: got %v, want ErrNoCollection", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("OpenExisting created %s", path)
	}
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SetSetting(ctx, "new-limit", "15"); err != nil {
		t.Fatal(err)
	}
	var mode string
	if err := db.SQL().QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal_mode = %q, %v; want wal", mode, err)
	}
	var fk int
	if err := db.SQL().QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Fatalf("foreign_keys = %d, %v; want 1", fk, err)
	}
	db.Close()
	db, err = OpenExisting(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	v, ok, err := db.Setting(ctx, "new-limit")
	if err != nil || !ok || v != "15" {
		t.Fatalf("Setting = %q, %v, %v; want 15", v, ok, err)
	}
	var uv int
	db.SQL().QueryRow("PRAGMA user_version").Scan(&uv)
	if uv != SchemaVersion() || uv < 1 {
		t.Fatalf("user_version = %d, want %d", uv, SchemaVersion())
	}
}

func TestRecordAnswerAndUndo(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	seed(t, db)
	c, err := db.Card(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if c.NotePath != "n/a.md" || c.NoteTitle != "A" || c.Heading != "H1 › H2" || c.Fact.Line != 1 || c.Memory.State != scheduler.New {
		t.Fatalf("Card a1 = %+v", c)
	}
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.Local)
	after := scheduler.Memory{State: scheduler.Learning, Step: 1, Stability: 2.3, Difficulty: 5.1,
		Due: now.Add(10 * time.Minute), LastReview: now, Reps: 1}
	rec, err := db.RecordAnswerDetail(ctx, Answer{CardID: "a1", Before: c.Memory, After: after,
		Log:   scheduler.Log{Rating: scheduler.Good, StateBefore: scheduler.New, Reviewed: now, Stability: 2.3, Difficulty: 5.1, Due: after.Due},
		Typed: "x", Verdict: "correct", Duration: 3 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.BuriedSiblings) != 1 || rec.BuriedSiblings[0] != "a2" {
		t.Fatalf("buried siblings = %v, want [a2]", rec.BuriedSiblings)
	}
	got, _ := db.Card(ctx, "a1")
	if got.Memory.State != scheduler.Learning || got.Memory.Stability != 2.3 || !got.Memory.Due.Equal(after.Due) {
		t.Fatalf("after answer: %+v", got.Memory)
	}
	a2, _ := db.Card(ctx, "a2")
	if want := NextDayStart(now, 4, time.Local); !a2.BuriedUntil.Equal(want) {
		t.Fatalf("a2 buried until %v, want %v", a2.BuriedUntil, want)
	}
	var n int
	db.SQL().QueryRow("SELECT count(*) FROM revlog WHERE card_id = 'a1' AND typed = 'x' AND duration_ms = 3000").Scan(&n)
	if n != 1 {
		t.Fatalf("revlog rows = %d, want 1", n)
	}
	undone, err := db.UndoLast(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if undone == nil || undone.ID != "a1" || undone.Memory.State != scheduler.New || undone.Memory.Reps != 0 {
		t.Fatalf("undo returned %+v", undone)
	}
	a2, _ = db.Card(ctx, "a2")
	if !a2.BuriedUntil.IsZero() {
		t.Fatalf("a2 still buried after undo: %v", a2.BuriedUntil)
	}
	db.SQL().QueryRow("SELECT count(*) FROM revlog").Scan(&n)
	if n != 0 {
		t.Fatalf("revlog rows after undo = %d, want 0", n)
	}
	if c, err := db.UndoLast(ctx); err != nil || c != nil {
		t.Fatalf("undo with empty log = %v, %v; want nil, nil", c, err)
	}
	if _, err := db.RecordAnswer(ctx, Answer{CardID: "nope", Log: scheduler.Log{Reviewed: now}}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("answer for unknown card: %v, want ErrNotFound", err)
	}
}

func TestLeechSuspends(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	seed(t, db)
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		before, after int
		leech         bool
	}{{6, 7, false}, {7, 8, true}, {8, 8, false}, {11, 12, true}, {9, 10, false}}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d->%d", tt.before, tt.after), func(t *testing.T) {
			db.SQL().Exec("UPDATE cards SET suspended = 0, leech = 0 WHERE id = 'b1'")
			rec, err := db.RecordAnswerDetail(ctx, Answer{CardID: "b1",
				Before: scheduler.Memory{State: scheduler.Review, Lapses: tt.before},
				After:  scheduler.Memory{State: scheduler.Relearning, Lapses: tt.after},
				Log:    scheduler.Log{Rating: scheduler.Again, StateBefore: scheduler.Review, Reviewed: now}})
			if err != nil {
				t.Fatal(err)
			}
			c, _ := db.Card(ctx, "b1")
			if rec.Leech != tt.leech || c.Leech != tt.leech || c.Suspended != tt.leech {
				t.Fatalf("leech = %v (card leech %v suspended %v), want %v", rec.Leech, c.Leech, c.Suspended, tt.leech)
			}
		})
	}
}

func TestSuspendBuryUnknown(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	seed(t, db)
	err := db.Suspend(ctx, "a1", "zzz")
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "zzz") {
		t.Fatalf("Suspend with unknown id: %v", err)
	}
	if c, _ := db.Card(ctx, "a1"); c.Suspended {
		t.Fatal("a1 suspended although the call failed (not one transaction)")
	}
	if err := db.Suspend(ctx, "a1", "a3"); err != nil {
		t.Fatal(err)
	}
	if err := db.Unsuspend(ctx, "a3"); err != nil {
		t.Fatal(err)
	}
	a1, _ := db.Card(ctx, "a1")
	a3, _ := db.Card(ctx, "a3")
	if !a1.Suspended || a3.Suspended {
		t.Fatalf("suspended a1=%v a3=%v, want true false", a1.Suspended, a3.Suspended)
	}
}

func TestLearningSiblingsAreNotBuried(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	seed(t, db)
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	if _, err := db.SQL().Exec("UPDATE cards SET state = 1, due = ? WHERE id = 'a2'", now.UnixMilli()); err != nil {
		t.Fatal(err)
	}
	rec, err := db.RecordAnswerDetail(ctx, Answer{CardID: "a1", After: scheduler.Memory{State: scheduler.Learning},
		Log: scheduler.Log{Rating: scheduler.Good, Reviewed: now}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.BuriedSiblings) != 0 {
		t.Fatalf("buried %v; a learning sibling keeps its steps", rec.BuriedSiblings)
	}
	// Quiz answers bury nothing either.
	db.SQL().Exec("UPDATE cards SET state = 0 WHERE id = 'a2'")
	rec, err = db.RecordAnswerDetail(ctx, Answer{CardID: "a1", Source: "quiz", After: scheduler.Memory{State: scheduler.Learning},
		Log: scheduler.Log{Rating: scheduler.Good, Reviewed: now}})
	if err != nil || len(rec.BuriedSiblings) != 0 {
		t.Fatalf("quiz answer buried %v (%v)", rec.BuriedSiblings, err)
	}
}

// Cards of other facts from the sentence just shown are buried with the
// fact's own siblings: the revealed sentence would give their answers away.
func TestSameSentenceCardsAreBuried(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	shared := func(id, fact string) cards.Card {
		c := testCard(id, "n/s.md", fact, 3)
		c.Fact.Sentence = "One sentence with two facts."
		return c
	}
	_, err := db.Import(ctx, ImportRequest{
		Now: time.Unix(1_700_000_000, 0),
		Changed: []NoteImport{{Path: "n/s.md", Title: "S", Hash: "hs", Cards: []cards.Card{
			shared("s1", "f1"), shared("s2", "f2"), testCard("s3", "n/s.md", "f3", 4)}}},
		Seen:  []string{"n/s.md"},
		Roots: []string{"n/"},
	})
	if err != nil {
		t.Fatal(err)
	}
	c, err := db.Card(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.Local)
	after := scheduler.Memory{State: scheduler.Review, Stability: 3, Difficulty: 5, Due: now.AddDate(0, 0, 3), LastReview: now, Reps: 1}
	rec, err := db.RecordAnswerDetail(ctx, Answer{CardID: "s1", Before: c.Memory, After: after,
		Log: scheduler.Log{Rating: scheduler.Easy, StateBefore: scheduler.New, Reviewed: now, Due: after.Due}, Source: "review"})
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(rec.BuriedSiblings); got != "[s2]" {
		t.Fatalf("buried = %s, want [s2] (same sentence, other fact; s3 is another sentence)", got)
	}
}
