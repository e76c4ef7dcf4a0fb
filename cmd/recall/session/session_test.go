package session

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/cmd/recall/prompt"
	"github.com/recall-srs/recall/notes"
	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/store"
)

var now = time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)

// mustDeck opens a real collection with three cards of our own: a typed
// answer, a multiple choice and a true/false, in that order.
func mustDeck(t testing.TB) *store.DB {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "recall.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	fact := func(sentence string) notes.Fact {
		return notes.Fact{Sentence: sentence, Heading: []string{"Rivers"}, Note: "geo.md", Title: "Geography", Line: 3, T: 12,
			URL: "https://www.youtube.com/watch?v=abc&t=12s"}
	}
	cs := []cards.Card{
		{ID: "c1", Type: cards.QA, Question: "Which river flows through the town of Elmford?", Answer: "the Wend",
			Key: -1, Siblings: "f1", Fact: fact("The Wend flows through Elmford.")},
		{ID: "c2", Type: cards.MC, Question: "How long is the Wend?", Answer: "120 km", Choices: []string{"80 km", "120 km", "300 km"},
			Key: 1, Siblings: "f2", Fact: fact("The Wend is 120 km long.")},
		{ID: "c3", Type: cards.TF, Question: "True or false: the Wend freezes every winter.", Answer: "false",
			Choices: []string{"true", "false"}, Key: 1, Siblings: "f3", Fact: fact("The Wend never freezes.")},
	}
	_, err = db.Import(ctx, store.ImportRequest{Now: now, Roots: []string{"geo.md"}, Seen: []string{"geo.md"},
		Changed: []store.NoteImport{{Path: "geo.md", Title: "Geography", Hash: "h", Cards: cs}}})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func run(t *testing.T, db *store.DB, input string, o Options) (Summary, string) {
	t.Helper()
	var out bytes.Buffer
	cfg := scheduler.DefaultConfig()
	cfg.Fuzz = false
	sched, err := cfg.NewScheduler()
	if err != nil {
		t.Fatal(err)
	}
	o.Queue = store.Queue{NewLimit: 20, ReviewLimit: 200, DayStartHour: 4, Loc: time.UTC}
	o.Scheduler = sched
	o.Prompter = prompt.NewLines(strings.NewReader(input), &out)
	o.Out = &out
	o.Now = func() time.Time { return now }
	sum, err := Run(context.Background(), db, o)
	if err != nil {
		t.Fatalf("Run: %v\noutput:\n%s", err, out.String())
	}
	return sum, out.String()
}

type logRow struct {
	card    string
	rating  int
	verdict string
	typed   string
}

func revlog(t *testing.T, db *store.DB) []logRow {
	t.Helper()
	rows, err := db.SQL().Query(`SELECT card_id, rating, verdict, typed FROM revlog ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []logRow
	for rows.Next() {
		var r logRow
		if err := rows.Scan(&r.card, &r.rating, &r.verdict, &r.typed); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

func TestPlainSessionRecordsEachAnswer(t *testing.T) {
	db := mustDeck(t)
	// c1 typed close enough, grade taken as suggested; c2 wrong pick, grade 3
	// given; c3 shown (empty), grade "easy".
	sum, out := run(t, db, "wend\n\n1\n3\n\neasy\n", Options{Limit: 3})
	want := []logRow{
		{"c1", int(scheduler.Good), "correct", "wend"},
		{"c2", int(scheduler.Good), "wrong", "80 km"},
		{"c3", int(scheduler.Easy), "wrong", ""},
	}
	got := revlog(t, db)
	if len(got) != len(want) {
		t.Fatalf("revlog has %d rows, want %d: %+v\noutput:\n%s", len(got), len(want), got, out)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("revlog row %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if sum.Studied != 3 || sum.Correct != 3 || sum.Stopped != "limit" {
		t.Errorf("summary = %+v, want 3 studied, 3 correct, stopped at limit", sum)
	}
	for _, s := range []string{
		"[1] Geography › Rivers", "Which river flows through the town of Elmford?",
		"answer: the Wend", "source: The Wend flows through Elmford.", "video:  https://www.youtube.com/watch?v=abc&t=12s",
		"  2) 120 km", "wrong: you picked 80 km",
		"grade: 1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy ",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	// The card graded Good from new is in learning, due in 10 minutes.
	c, err := db.Card(context.Background(), "c1")
	if err != nil {
		t.Fatal(err)
	}
	if c.Memory.State != scheduler.Learning || !c.Memory.Due.Equal(now.Add(10*time.Minute)) {
		t.Errorf("c1 state %v due %v, want learning due %v", c.Memory.State, c.Memory.Due, now.Add(10*time.Minute))
	}
}

func TestPlainSessionSuggestsFromVerdict(t *testing.T) {
	db := mustDeck(t)
	// Wrong typed answer, empty grade: the suggestion is Again.
	run(t, db, "the Thames\n\n", Options{Limit: 1})
	got := revlog(t, db)
	if len(got) != 1 || got[0].rating != int(scheduler.Again) || got[0].verdict != "wrong" {
		t.Fatalf("revlog = %+v, want one Again for a wrong answer", got)
	}
}

func TestUndoBringsTheCardBack(t *testing.T) {
	db := mustDeck(t)
	ctx := context.Background()
	before, _ := db.Card(ctx, "c1")
	// Answer c1 Good, then undo at c2's answer prompt: c1 comes back
	// and is answered Again; then quit.
	sum, out := run(t, db, "wend\n3\n:u\nwend\n1\n:q\n", Options{})
	got := revlog(t, db)
	if len(got) != 1 || got[0].card != "c1" || got[0].rating != int(scheduler.Again) {
		t.Fatalf("revlog = %+v, want only the redone answer to c1 (Again)\n%s", got, out)
	}
	if sum.Studied != 1 || sum.Correct != 0 || sum.Stopped != "quit" {
		t.Errorf("summary = %+v, want 1 studied, 0 correct, quit", sum)
	}
	if !strings.Contains(out, "undone") {
		t.Errorf("no undo message:\n%s", out)
	}
	// Undo then redo from the same state: reps count once.
	after, _ := db.Card(ctx, "c1")
	if after.Memory.Reps != before.Memory.Reps+1 {
		t.Errorf("reps %d, want %d", after.Memory.Reps, before.Memory.Reps+1)
	}
}

func TestSuspendBuryAndNote(t *testing.T) {
	db := mustDeck(t)
	ctx := context.Background()
	// c1: ask for the note, then suspend at the grade prompt; c2: bury; c3: quit.
	sum, out := run(t, db, "wend\nnote\nsuspend\n:b\n:q\n", Options{})
	if n := len(revlog(t, db)); n != 0 {
		t.Fatalf("revlog has %d rows, want none", n)
	}
	if sum.Stopped != "quit" || sum.Studied != 0 {
		t.Errorf("summary = %+v", sum)
	}
	c1, _ := db.Card(ctx, "c1")
	c2, _ := db.Card(ctx, "c2")
	if !c1.Suspended {
		t.Error("c1 not suspended")
	}
	if !c2.BuriedUntil.After(now) {
		t.Errorf("c2 buried until %v, want after %v", c2.BuriedUntil, now)
	}
	if !strings.Contains(out, "── geo.md:3") {
		t.Errorf("note section not shown:\n%s", out)
	}
}

func TestBadInputIsAskedAgain(t *testing.T) {
	db := mustDeck(t)
	_, out := run(t, db, "x\n9\n", Options{Limit: 1}) // c1 answered "x", grade 9 rejected, then EOF
	if !strings.Contains(out, `"9" is not a grade`) {
		t.Errorf("no hint for a bad grade:\n%s", out)
	}
	if n := len(revlog(t, db)); n != 0 {
		t.Errorf("revlog has %d rows, want 0 (input ended before a grade)", n)
	}
}

func TestLearnAheadAndDone(t *testing.T) {
	db := mustDeck(t)
	// Three cards answered Again (due in 1 minute) are shown again within
	// the learn-ahead window; EOF ends the session.
	sum, _ := run(t, db, "\n1\n\n1\n\n1\n\n3\n", Options{})
	got := revlog(t, db)
	if len(got) != 4 || got[3].card != "c1" {
		t.Fatalf("revlog = %+v, want c1 shown again fourth", got)
	}
	if sum.Stopped != "eof" {
		t.Errorf("stopped %q, want eof", sum.Stopped)
	}
}

func TestTwoButton(t *testing.T) {
	db := mustDeck(t)
	_, out := run(t, db, "wend\n2\n3\n", Options{Limit: 1, TwoButton: true})
	if !strings.Contains(out, "grade: 1 Again 1m · 3 Good 10m (empty = Good)") {
		t.Errorf("two-button grade line missing:\n%s", out)
	}
	if got := revlog(t, db); len(got) != 1 || got[0].rating != int(scheduler.Good) {
		t.Errorf("revlog = %+v, want one Good", got)
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct {
		v     cards.Verdict
		typed bool
		took  time.Duration
		timed bool
		want  scheduler.Rating
	}{
		{cards.Wrong, true, time.Second, true, scheduler.Again},
		{cards.Close, true, time.Second, true, scheduler.Hard},
		{cards.Correct, true, 20 * time.Second, false, scheduler.Good},
		{cards.Correct, false, 2 * time.Second, true, scheduler.Easy},
		{cards.Correct, false, 8 * time.Second, true, scheduler.Good},
		{cards.Correct, false, 50 * time.Second, true, scheduler.Hard},
		{cards.Correct, true, 5 * time.Second, true, scheduler.Easy}, // 8 letters allow 5.4s
	}
	for _, tt := range tests {
		if got := Suggest(tt.v, tt.typed, "the Wend", tt.took, tt.timed); got != tt.want {
			t.Errorf("Suggest(%s, typed %v, %v, timed %v) = %v, want %v", tt.v, tt.typed, tt.took, tt.timed, got, tt.want)
		}
	}
}

func TestTimeLimit(t *testing.T) {
	db := mustDeck(t)
	sum, out := run(t, db, "wend\n3\n", Options{TimeLimit: time.Nanosecond})
	if sum.Stopped != "time" || sum.Studied != 0 || strings.Contains(out, "[1]") {
		t.Errorf("summary = %+v, want stopped by time before any card\n%s", sum, out)
	}
}

func TestFormatOfSummary(t *testing.T) {
	var b bytes.Buffer
	PrintSummary(&b, Summary{Studied: 3, Correct: 2, Elapsed: 95 * time.Second}, 4, false)
	PrintNext(&b, now.Add(90*time.Minute), true, now)
	want := "\nStudied 3 cards · correct 2/3 (67%) · time 1m 35s · streak 4 days\nNext card due 1 hour from now (" +
		now.Add(90*time.Minute).Local().Format("Mon 2 Jan 15:04") + ").\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
