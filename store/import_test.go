package store

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/scheduler"
)

func TestImportKeepsHistoryOrphansAndPrunes(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	seed(t, db)
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	c, _ := db.Card(ctx, "a3")
	after := scheduler.Memory{State: scheduler.Review, Stability: 9, Difficulty: 4, Due: now.AddDate(0, 0, 9), LastReview: now, Reps: 1}
	if _, err := db.RecordAnswer(ctx, Answer{CardID: "a3", Before: c.Memory, After: after,
		Log: scheduler.Log{Rating: scheduler.Easy, Reviewed: now}}); err != nil {
		t.Fatal(err)
	}
	// a.md changes: a1 reworded, a2 gone, a3 reworded (has history), a4 new;
	// b.md vanished from the directory.
	a1 := testCard("a1", "n/a.md", "fa", 1)
	a3 := testCard("a3", "n/a.md", "fb", 2)
	a3.Question = "A new wording of a3?"
	sum, err := db.Import(ctx, ImportRequest{Now: now, Seen: []string{"n/a.md"}, Roots: []string{"n/"},
		Changed: []NoteImport{{Path: "n/a.md", Title: "A", Hash: "ha2",
			Cards: []cards.Card{a1, a3, testCard("a4", "n/a.md", "fd", 3)}}}})
	if err != nil {
		t.Fatal(err)
	}
	want := ImportSummary{Added: 1, Updated: 1, Unchanged: 1, Orphaned: 2}
	if sum.Added != want.Added || sum.Updated != want.Updated || sum.Unchanged != want.Unchanged || sum.Orphaned != want.Orphaned {
		t.Fatalf("summary = %+v, want %+v", sum, want)
	}
	got, _ := db.Card(ctx, "a3")
	if got.Question != a3.Question || got.Memory.Stability != 9 || got.Memory.State != scheduler.Review {
		t.Fatalf("a3 after reword: %q stability %v", got.Question, got.Memory.Stability)
	}
	a4, _ := db.Card(ctx, "a4")
	b1, _ := db.Card(ctx, "b1")
	if a4.Position <= b1.Position {
		t.Fatalf("new card a4 at position %d, before b1 at %d", a4.Position, b1.Position)
	}
	orphans, _ := db.Orphans(ctx)
	if len(orphans) != 2 || orphans[0].ID != "a2" || orphans[1].ID != "b1" {
		t.Fatalf("orphans = %v", orphans)
	}
	// Orphans are never shown.
	for {
		c, err := db.NextCard(ctx, now, Queue{NewLimit: -1, ReviewLimit: -1, Loc: time.UTC})
		if err != nil || c == nil {
			break
		}
		if c.ID == "a2" || c.ID == "b1" {
			t.Fatalf("orphan %s shown", c.ID)
		}
		db.Suspend(ctx, c.ID)
	}
	// An orphan generated again comes back with its state.
	if _, err := db.RecordAnswer(ctx, Answer{CardID: "b1", After: after, Log: scheduler.Log{Rating: scheduler.Good, Reviewed: now}}); err != nil {
		t.Fatal(err)
	}
	s, err := db.Prune(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Cards != 2 || s.Reviews != 1 || s.Notes != 1 {
		t.Fatalf("prune = %+v, want 2 cards, 1 review, 1 note", s)
	}
	if _, err := db.Card(ctx, "b1"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("b1 after prune: %v", err)
	}
	var n int
	db.SQL().QueryRow("SELECT count(*) FROM revlog WHERE card_id = 'a3'").Scan(&n)
	if n != 1 {
		t.Fatalf("a3 history rows = %d, want 1 (prune must keep live history)", n)
	}
}

func TestImportFailureLeavesCollection(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	seed(t, db)
	before, _ := db.NoteHashes(ctx)
	_, err := db.Import(ctx, ImportRequest{Now: time.Now(), Changed: []NoteImport{
		{Path: "n/c.md", Hash: "hc", Cards: []cards.Card{testCard("c1", "n/c.md", "x", 1)}},
		{Path: "n/a.md", Hash: "changed", Cards: []cards.Card{{Question: "no id"}}},
	}})
	if err == nil {
		t.Fatal("import of a card without ID succeeded")
	}
	after, _ := db.NoteHashes(ctx)
	if len(after) != len(before) || after["n/a.md"] != "ha" {
		t.Fatalf("hashes after failed import = %v, want %v", after, before)
	}
	if _, err := db.Card(ctx, "c1"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("c1 kept after failed import: %v", err)
	}
}

func TestImportMovedCardKeepsHistory(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	seed(t, db)
	now := time.Now()
	db.RecordAnswer(ctx, Answer{CardID: "b1", After: scheduler.Memory{State: scheduler.Review, Reps: 1}, Log: scheduler.Log{Rating: scheduler.Good, Reviewed: now}})
	sum := importCards(t, db,
		NoteImport{Path: "n/b.md", Hash: "hb2"},
		NoteImport{Path: "n/c.md", Hash: "hc", Cards: []cards.Card{testCard("b1", "n/c.md", "fc", 1)}})
	if sum.Updated != 1 || sum.Added != 0 || sum.Orphaned != 0 {
		t.Fatalf("summary = %+v, want b1 updated", sum)
	}
	c, _ := db.Card(ctx, "b1")
	if c.NotePath != "n/c.md" || c.Orphaned || c.Memory.Reps != 1 {
		t.Fatalf("b1 = %s orphaned %v reps %d", c.NotePath, c.Orphaned, c.Memory.Reps)
	}
}

func TestImportSameIDFromTwoNotes(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	// Two notes of one video can make the same card: the first note keeps it,
	// and the import does not fail on the duplicate.
	sum := importCards(t, db,
		NoteImport{Path: "n/x.md", Hash: "x", Cards: []cards.Card{testCard("same", "n/x.md", "f", 1)}},
		NoteImport{Path: "n/y.md", Hash: "y", Cards: []cards.Card{testCard("same", "n/y.md", "f", 1), testCard("y1", "n/y.md", "g", 2)}})
	if sum.Added != 2 {
		t.Fatalf("summary = %+v, want 2 added", sum)
	}
	c, err := db.Card(ctx, "same")
	if err != nil || c.NotePath != "n/x.md" {
		t.Fatalf("card same = %v, %v; want it in n/x.md", c, err)
	}
	// Read again: nothing moves back and forth.
	sum = importCards(t, db,
		NoteImport{Path: "n/x.md", Hash: "x2", Cards: []cards.Card{testCard("same", "n/x.md", "f", 1)}},
		NoteImport{Path: "n/y.md", Hash: "y2", Cards: []cards.Card{testCard("same", "n/y.md", "f", 1), testCard("y1", "n/y.md", "g", 2)}})
	if sum.Added != 0 || sum.Updated != 0 || sum.Orphaned != 0 || sum.Unchanged != 2 {
		t.Fatalf("second import = %+v, want 2 unchanged", sum)
	}
}

// A large import fills several multi-row INSERTs and a last partial one;
// cards repeated within a note or across notes are stored once, the first
// note winning, and positions follow note order.
func TestImportManyCardsInBatches(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	var req ImportRequest
	req.Now = time.Unix(1_700_000_000, 0)
	var want []string // card IDs in note order
	for n := 0; n < 3; n++ {
		path := fmt.Sprintf("n/%d.md", n)
		ni := NoteImport{Path: path, Title: path, Hash: "h" + path}
		for i := 0; i < insertBatch+7; i++ {
			id := fmt.Sprintf("%d-%03d", n, i)
			if n == 2 && i < 5 {
				id = fmt.Sprintf("0-%03d", i) // made by note 0 already
			}
			c := testCard(id, path, "s"+id, i+1)
			c.Choices = []string{"x", "<y>"}
			ni.Cards = append(ni.Cards, c)
			if i == 3 {
				ni.Cards = append(ni.Cards, c) // repeated within the note
			}
			if !(n == 2 && i < 5) {
				want = append(want, id)
			}
		}
		req.Changed = append(req.Changed, ni)
		req.Seen = append(req.Seen, path)
	}
	sum, err := db.Import(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != len(want) || sum.Updated != 0 || sum.Unchanged != 0 || sum.Orphaned != 0 {
		t.Fatalf("first import: %+v, want %d added", sum, len(want))
	}
	for pos, id := range want {
		c, err := db.Card(ctx, id)
		if err != nil {
			t.Fatalf("card %s: %v", id, err)
		}
		if c.Position != int64(pos) || len(c.Choices) != 2 || c.Choices[1] != "<y>" {
			t.Fatalf("card %s: position %d choices %q, want position %d", id, c.Position, c.Choices, pos)
		}
	}
	// The same notes again: every card is unchanged.
	sum, err = db.Import(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 0 || sum.Updated != 0 || sum.Unchanged != len(want) {
		t.Fatalf("second import: %+v, want %d unchanged", sum, len(want))
	}
}
