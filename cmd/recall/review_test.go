package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/notes"
	"github.com/recall-srs/recall/store"
)

// reviewDeck writes a collection with three cards of our own (a typed
// answer, a multiple choice, a true/false) and returns its path. It goes
// through the store rather than "recall import" so that these tests pin
// the exact cards they drive.
func reviewDeck(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "recall.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	note := filepath.Join(dir, "geo.md")
	src := "---\ntitle: Geography\n---\n\n## Rivers\n\nThe Wend flows through Elmford. The Wend is 120 km long. The Wend never freezes.\n"
	if err := os.WriteFile(note, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fact := func(sentence string) notes.Fact {
		return notes.Fact{Sentence: sentence, Heading: []string{"Rivers"}, Note: note, Title: "Geography", Line: 7, T: -1}
	}
	cs := []cards.Card{
		{ID: "c1", Type: cards.QA, Question: "Which river flows through the town of Elmford?", Answer: "the Wend",
			Key: -1, Siblings: "f1", Fact: fact("The Wend flows through Elmford.")},
		{ID: "c2", Type: cards.MC, Question: "How long is the Wend?", Answer: "120 km", Choices: []string{"80 km", "120 km", "300 km"},
			Key: 1, Siblings: "f2", Fact: fact("The Wend is 120 km long.")},
		{ID: "c3", Type: cards.TF, Question: "True or false: the Wend freezes every winter.", Answer: "false",
			Choices: []string{"true", "false"}, Key: 1, Siblings: "f3", Fact: fact("The Wend never freezes.")},
	}
	_, err = db.Import(ctx, store.ImportRequest{Now: time.Now(), Roots: []string{note}, Seen: []string{note},
		Changed: []store.NoteImport{{Path: note, Title: "Geography", Hash: "h", Cards: cs}}})
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// recallBin is the recall program testscript.Main put on PATH (the test
// binary, run as "recall").
func reviewBin(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("recall")
	if err != nil {
		t.Fatalf("recall not on PATH: %v", err)
	}
	return p
}

func reviewSQL(t *testing.T, db, query string) string {
	t.Helper()
	out, err := exec.Command("sqlite3", db, query).CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3 %q: %v\n%s", query, err, out)
	}
	return strings.TrimSpace(string(out))
}

// TestReviewTmux drives the real promptui session in a tmux terminal: type
// an answer, pick grades from the menu, undo, quit; then checks the screen
// and the collection.
func TestReviewTmux(t *testing.T) {
	db := reviewDeck(t)
	tm := startTmux(t, "--db", db, "review")
	waitFor, keys := tm.waitFor, tm.keys
	// top moves a menu's cursor to the first entry whatever was preselected.
	top := []string{"Up", "Up", "Up", "Up", "Up", "Up", "Up", "Up", "Up", "Up"}

	waitFor("Which river flows through the town of Elmford?")
	waitFor("Answer:")
	keys("-l", "wend")
	keys("Enter")
	s := waitFor("Grade")
	for _, want := range []string{"correct", "answer: the Wend", "source: The Wend flows through Elmford.", "Again  1m", "Good   10m"} {
		if !strings.Contains(s, want) {
			t.Errorf("after the answer the screen lacks %q:\n%s", want, s)
		}
	}
	keys(top...)
	keys("Down", "Down", "Enter") // Good
	waitFor("How long is the Wend?")
	waitFor("300 km")
	keys("Down", "Enter") // 120 km
	waitFor("Grade")
	keys(top...)
	keys("Down", "Down", "Enter") // Good
	waitFor("True or false: the Wend freezes every winter.")
	if got := reviewSQL(t, db, "select count(*) from revlog"); got != "2" {
		t.Fatalf("revlog rows after two answers = %s, want 2", got)
	}
	// true, false, Show me, Undo last answer: undo brings back the card
	// answered last.
	keys("Down", "Down", "Down", "Enter")
	waitFor("undone")
	waitFor("[4] Geography › Rivers")
	if got := reviewSQL(t, db, "select card_id from revlog order by id"); got != "c1" {
		t.Fatalf("revlog after undo = %q, want only c1", got)
	}
	if got := reviewSQL(t, db, "select state, reps from cards where id = 'c2'"); got != "0|0" {
		t.Fatalf("c2 after undo: state|reps = %s, want 0|0 (new again)", got)
	}
	// Quit from the card's menu: 3 choices, Show me, Undo, Suspend, Bury,
	// Note, Quit.
	waitFor("300 km")
	keys("Down", "Down", "Down", "Down", "Down", "Down", "Down", "Down", "Enter")
	s = waitFor("EXIT=")
	for _, want := range []string{"Studied 1 card", "correct 1/1 (100%)", "streak 1 day", "EXIT=0"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary screen lacks %q:\n%s", want, s)
		}
	}
	if got := reviewSQL(t, db, "select state, due from cards where id = 'c1'"); got != fmt.Sprint("1|", time.Date(2026, 11, 25, 10, 10, 0, 0, time.UTC).UnixMilli()) {
		t.Errorf("c1 state|due = %s, want learning due 10:10", got)
	}
	if strings.Contains(s, "\a") {
		t.Error("screen holds a bell character")
	}
}

// tmuxRun is recall running in a private tmux server.
type tmuxRun struct {
	tmux    func(args ...string) string
	waitFor func(want string) string
	keys    func(k ...string)
}

// startTmux runs recall with args in a 120x40 tmux terminal with the clock
// pinned; the shell prints EXIT=<status> when recall ends.
func startTmux(t *testing.T, args ...string) tmuxRun {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed (.ci/run installs it)")
	}
	if _, err := exec.LookPath("sqlite3"); err != nil {
		t.Skip("sqlite3 not installed (.ci/run installs it)")
	}
	sock := fmt.Sprintf("recall-test-%d-%s", os.Getpid(), t.Name())
	tmux := func(a ...string) string {
		t.Helper()
		out, err := exec.Command("tmux", append([]string{"-L", sock}, a...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %v: %v\n%s", a, err, out)
		}
		return string(out)
	}
	cmd := fmt.Sprintf("env NO_COLOR=1 TERM=xterm RECALL_NOW=2026-11-25T10:00:00Z %q", reviewBin(t))
	for _, a := range args {
		cmd += fmt.Sprintf(" %q", a)
	}
	tmux("new-session", "-d", "-s", "review", "-x", "120", "-y", "40", cmd+"; echo EXIT=$?; sleep 120")
	t.Cleanup(func() { exec.Command("tmux", "-L", sock, "kill-server").Run() })
	waitFor := func(want string) string {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for {
			s := tmux("capture-pane", "-p", "-t", "review")
			if strings.Contains(s, want) {
				return s
			}
			if time.Now().After(deadline) {
				t.Fatalf("screen never showed %q:\n%s", want, s)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	keys := func(k ...string) { tmux(append([]string{"send-keys", "-t", "review"}, k...)...) }
	return tmuxRun{tmux, waitFor, keys}
}

// TestBareRecallTmux: bare "recall" on a terminal with cards due starts a
// review; Ctrl-C ends it with the summary and status 130.
func TestBareRecallTmux(t *testing.T) {
	db := reviewDeck(t)
	tm := startTmux(t, "--db", db)
	tm.waitFor("Which river flows through the town of Elmford?")
	tm.waitFor("Answer:")
	tm.keys("C-c")
	s := tm.waitFor("EXIT=")
	for _, want := range []string{"No cards studied.", "EXIT=130"} {
		if !strings.Contains(s, want) {
			t.Errorf("screen lacks %q:\n%s", want, s)
		}
	}
	if got := reviewSQL(t, db, "select count(*) from revlog"); got != "0" {
		t.Errorf("revlog rows = %s, want 0", got)
	}
}

// TestReviewKill kills a plain session with SIGKILL after two answers: the
// collection keeps exactly two review rows and passes integrity_check.
func TestReviewKill(t *testing.T) {
	if _, err := exec.LookPath("sqlite3"); err != nil {
		t.Skip("sqlite3 not installed (.ci/run installs it)")
	}
	db := reviewDeck(t)
	cmd := exec.Command(reviewBin(t), "--db", db, "review")
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Two full answers and the third card's answer without its grade.
	fmt.Fprint(in, "wend\n3\n2\n3\n2\n")
	lines := bufio.NewScanner(out)
	recorded := 0
	for recorded < 2 && lines.Scan() {
		if strings.HasPrefix(lines.Text(), "→ ") {
			recorded++
		}
	}
	for lines.Scan() { // wait for the third card's grade prompt
		if strings.HasPrefix(lines.Text(), "grade:") {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if recorded != 2 {
		t.Fatalf("saw %d recorded answers before the kill, want 2", recorded)
	}
	if got := reviewSQL(t, db, "select count(*) from revlog where source = 'review'"); got != "2" {
		t.Errorf("revlog rows = %s, want 2", got)
	}
	if got := reviewSQL(t, db, "pragma integrity_check"); got != "ok" {
		t.Errorf("integrity_check = %s", got)
	}
}

// BenchmarkReviewFirstCard times "recall review" from process start to the
// first card on stdout, on the 1M-card collection that
// BenchmarkGradeToNextCard in ./session builds (or $RECALL_BENCH_DB). The
// process is killed once the card shows, so the collection is not changed.
func BenchmarkReviewFirstCard(b *testing.B) {
	path := os.Getenv("RECALL_BENCH_DB")
	if path == "" {
		dir, _ := os.UserCacheDir()
		path = filepath.Join(dir, "recall", "bench-1m.db")
	}
	if _, err := os.Stat(path); err != nil {
		b.Skipf("no bench collection at %s: run go test ./cmd/recall/session -bench GradeToNextCard first", path)
	}
	bin, err := exec.LookPath("recall")
	if err != nil {
		b.Fatal(err)
	}
	var total time.Duration
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(bin, "--db", path, "review")
		cmd.Env = append(os.Environ(), "NO_COLOR=1", "RECALL_NOW=2026-11-25T10:00:00Z")
		in, _ := cmd.StdinPipe()
		out, err := cmd.StdoutPipe()
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		lines := bufio.NewScanner(out)
		shown := false
		for lines.Scan() {
			if strings.HasPrefix(lines.Text(), "[1] ") && lines.Scan() { // context, then the question
				shown = true
				break
			}
		}
		took := time.Since(start)
		cmd.Process.Kill()
		cmd.Wait()
		in.Close()
		if !shown {
			b.Fatal("no card shown")
		}
		total += took
	}
	b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "ms-to-first-card")
}

// TestCardsProgressTmux: recall cards on many notes shows a bar while it
// reads them on a terminal, clears it, and prints the cards and the count.
func TestCardsProgressTmux(t *testing.T) {
	dir := t.TempDir()
	shared, err := filepath.Glob(filepath.Join(sharedDir(t), "notes", "*.md"))
	if err != nil || len(shared) == 0 {
		t.Fatalf("no shared notes: %v", err)
	}
	// enough notes to take a moment (copies of one video's note share its
	// identity, so the cards are the shared notes' own)
	for i := 0; i < 150; i++ {
		for _, p := range shared {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			name := fmt.Sprintf("%03d-%s", i, filepath.Base(p))
			if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	tm := startTmux(t, "cards", "--types", "mc", dir)
	tm.waitFor("reading notes")
	s := tm.waitFor("EXIT=")
	for _, want := range []string{"mc    0.", "cards from", "EXIT=0"} {
		if !strings.Contains(s, want) {
			t.Errorf("screen lacks %q:\n%s", want, s)
		}
	}
	for _, gone := range []string{"reading notes", "making cards"} {
		if strings.Contains(s, gone) {
			t.Errorf("the bar %q was not cleared:\n%s", gone, s)
		}
	}
}
