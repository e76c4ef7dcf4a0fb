package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/cards/quiz"
	"github.com/recall-srs/recall/notes"
	"github.com/recall-srs/recall/store"
)

// quizCollection makes a real collection holding cards about an invented
// town (our own text), four cards per fact, as import would store them.
func quizCollection(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "recall.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	facts := []struct {
		kind            notes.Kind
		subject, answer string
		sentence        string
		wrong1, wrong2  string
	}{
		{notes.Date, "the founding of the harbour", "1821", "The harbour of Tiranë was founded in 1821.", "1799", "1843"},
		{notes.Date, "the first lighthouse", "1834", "The first lighthouse was lit in 1834.", "1812", "1856"},
		{notes.Date, "the great flood", "1852", "The great flood struck in 1852.", "1848", "1870"},
		{notes.Population, "Port Ümit", "42,000", "Port Ümit had 42,000 people.", "12,000", "90,000"},
		{notes.Actor, "rebuilt the fish market", "Đặng Văn Lâm", "Đặng Văn Lâm rebuilt the fish market.", "Mira Solberg", "Jonas Hald"},
	}
	var cs []cards.Card
	for i, f := range facts {
		fact := notes.Fact{Kind: f.kind, Subject: f.subject, Answer: f.answer, Sentence: f.sentence,
			Note: "notes/velmar.md", Title: "Velmar", Heading: []string{"History"}, Line: 3 + i, T: 10 * i,
			URL: fmt.Sprintf("https://www.youtube.com/watch?v=velmar&t=%ds", 10*i)}
		key := fmt.Sprintf("v%d", i)
		for _, c := range []cards.Card{
			{ID: key + "qa", Type: cards.QA, Question: "Who or what: " + f.subject + "?", Answer: f.answer, Key: -1},
			{ID: key + "mc", Type: cards.MC, Question: "Pick: " + f.subject, Answer: f.answer, Choices: []string{f.answer, f.wrong1, f.wrong2}, Key: 0},
			{ID: key + "tf", Type: cards.TF, Question: f.sentence, Answer: "true", Choices: []string{"true", "false"}, Key: 0},
		} {
			c.Kind, c.Siblings, c.Fact, c.Score = f.kind, key, fact, 0.7
			cs = append(cs, c)
		}
	}
	_, err = db.Import(ctx, store.ImportRequest{
		Now:     time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC),
		Changed: []store.NoteImport{{Path: "notes/velmar.md", Title: "Velmar", Hash: "h1", Cards: cs}},
		Seen:    []string{"notes/velmar.md"}, Roots: []string{"notes/"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return path
}

func quizRun(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

var quizIDRe = regexp.MustCompile(`quiz ([0-9A-Z]{6}):`)

func TestQuizScoreRecordsReviews(t *testing.T) {
	t.Setenv("RECALL_NOW", "2026-11-25T10:00:00Z")
	dbPath := quizCollection(t)
	code, out, errOut := quizRun(t, "--db", dbPath, "quiz", "--seed", "9", "-n", "5", "--types", "mc,tf,qa,match", "--versions", "2")
	if code != 0 {
		t.Fatalf("quiz exit %d: %s", code, errOut)
	}
	m := quizIDRe.FindStringSubmatch(errOut)
	if m == nil {
		t.Fatalf("no quiz ID in %q", errOut)
	}
	id := m[1]
	if !strings.Contains(out, "Quiz "+id+"-B") {
		t.Fatalf("quiz output lacks version B label:\n%s", out)
	}

	// Answer version B from its saved key: all right except question 1.
	ctx := context.Background()
	db, err := store.OpenExisting(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	saved, err := db.Quiz(ctx, id)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	var q quiz.Quiz
	if err := json.Unmarshal(saved.Spec, &q); err != nil {
		t.Fatal(err)
	}
	v := q.Versions[1]
	var parts []string
	want := map[string]int{} // card -> rating
	for _, qq := range v.Questions {
		ans := qq.KeyText()
		switch qq.Type {
		case quiz.MC:
			ans = quiz.Letter(qq.Key)
		case quiz.Match:
			ans = ""
			for _, p := range qq.Pairs {
				ans += quiz.Letter(p)
			}
		}
		rating := 3
		if qq.N == 1 {
			ans, rating = "zzz", 1
			if qq.Type == quiz.Match {
				ans = strings.Repeat("a", len(qq.Pairs)) // only the pair whose key is a is right
			}
		}
		for i, c := range qq.Cards {
			want[c] = rating
			if qq.Type == quiz.Match && qq.N == 1 && qq.Pairs[i] == 0 {
				want[c] = 3
			}
		}
		parts = append(parts, fmt.Sprintf("%d:%s", qq.N, ans))
	}
	code, out, errOut = quizRun(t, "--db", dbPath, "quiz", "score", id+"-B", "--answers", strings.Join(parts, " "))
	if code != 0 {
		t.Fatalf("score exit %d: %s\n%s", code, errOut, out)
	}
	t.Logf("score output:\n%s", out)
	if !strings.Contains(out, "reviews recorded") {
		t.Errorf("score output: %s", out)
	}

	// The revlog holds one quiz review per card asked, with the right rating,
	// and each card's memory moved on.
	sqlDB, err := sql.Open("sqlite3", dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer sqlDB.Close()
	rows, err := sqlDB.Query(`SELECT r.card_id, r.rating, r.source, r.reviewed_at, c.reps, c.state FROM revlog r JOIN cards c ON c.id = r.card_id`)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for rows.Next() {
		var id, source string
		var rating, reps, state int
		var at int64
		if err := rows.Scan(&id, &rating, &source, &at, &reps, &state); err != nil {
			t.Fatal(err)
		}
		got[id] = rating
		if source != "quiz" || reps != 1 || state == 0 {
			t.Errorf("card %s: source %q reps %d state %d, want quiz, 1, not new", id, source, reps, state)
		}
		if want := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC).UnixMilli(); at != want {
			t.Errorf("card %s reviewed at %d, want %d (RECALL_NOW)", id, at, want)
		}
	}
	rows.Close()
	if len(got) != len(want) {
		t.Errorf("revlog has %d cards, want %d: %v vs %v", len(got), len(want), got, want)
	}
	for c, r := range want {
		if got[c] != r {
			t.Errorf("card %s: rating %d, want %d", c, got[c], r)
		}
	}

	// Scoring the same version twice is refused unless asked for.
	// (The ID is read case-blind, with O for 0 and I or L for 1.)
	typed := strings.ToLower(strings.NewReplacer("0", "O", "1", "l").Replace(id)) + "-b"
	code, _, errOut = quizRun(t, "--db", dbPath, "quiz", "score", typed, "--answers", "1:a")
	if code != 1 || !strings.Contains(errOut, "already scored") {
		t.Errorf("second score: exit %d, %q", code, errOut)
	}
	// Unknown quiz: a clear error, exit 1.
	code, _, errOut = quizRun(t, "--db", dbPath, "quiz", "score", "ZZZZZZ", "--answers", "1:a")
	if code != 1 || !strings.Contains(errOut, "no quiz ZZZZZZ") {
		t.Errorf("unknown quiz: exit %d, %q", code, errOut)
	}
}

func TestQuizInteractiveScore(t *testing.T) {
	t.Setenv("RECALL_NOW", "2026-11-25T10:00:00Z")
	dbPath := quizCollection(t)
	code, _, errOut := quizRun(t, "--db", dbPath, "quiz", "--seed", "3", "-n", "3", "--types", "tf")
	if code != 0 {
		t.Fatalf("quiz: %s", errOut)
	}
	id := quizIDRe.FindStringSubmatch(errOut)[1]
	var out, errb bytes.Buffer
	// true, (skip), false
	code = Main([]string{"--db", dbPath, "quiz", "score", id, "--json"}, strings.NewReader("true\n\nfalse\n"), &out, &errb)
	if code != 0 {
		t.Fatalf("score: %s", errb.String())
	}
	js := out.String()[strings.Index(out.String(), "{"):]
	var rep scoreReport
	if err := json.Unmarshal([]byte(js), &rep); err != nil {
		t.Fatalf("%v in %s", err, out.String())
	}
	if rep.Recorded != 2 || rep.Correct != 1 || rep.Wrong != 1 || len(rep.Skipped) != 1 || rep.Skipped[0] != 2 {
		t.Errorf("report %+v", rep)
	}
}

func TestQuizUsageErrors(t *testing.T) {
	dbPath := quizCollection(t)
	for _, args := range [][]string{
		{"quiz", "--due", "--weak"},
		{"quiz", "--types", "mc,essay"},
		{"quiz", "--format", "docx"},
		{"quiz", "--key", "separate"},
		{"quiz", "--paper", "a3"},
		{"quiz", "--versions", "27"},
		{"quiz", "-n", "0"},
	} {
		code, _, errOut := quizRun(t, append([]string{"--db", dbPath}, args...)...)
		if code != 2 || strings.Count(strings.TrimSpace(errOut), "\n") > 1 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a short message", args, code, errOut)
		}
	}
	code, _, errOut := quizRun(t, "--db", dbPath, "quiz", "--note", "No such note")
	if code != 1 || !strings.Contains(errOut, "no cards fit") {
		t.Errorf("unknown note: exit %d, %q", code, errOut)
	}
	code, _, errOut = quizRun(t, "--db", filepath.Join(t.TempDir(), "none.db"), "quiz")
	if code != 1 || !strings.Contains(errOut, "no collection") {
		t.Errorf("missing collection: exit %d, %q", code, errOut)
	}
}

// quizBigCollection stores n invented facts with three cards each.
func quizBigCollection(b *testing.B, n int) string {
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "recall.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var cs []cards.Card
	for i := range n {
		ans := fmt.Sprint(1700 + i%300)
		sentence := fmt.Sprintf("The council of district %d in Tiranë settled on a charter in %s after a long debate.", i, ans)
		fact := notes.Fact{Kind: notes.Date, Subject: fmt.Sprintf("district %d", i), Answer: ans, Sentence: sentence,
			Note: "notes/big.md", Title: "Big", Heading: []string{"Districts"}, Line: i + 1, T: i,
			URL: fmt.Sprintf("https://www.youtube.com/watch?v=big&t=%ds", i)}
		key := fmt.Sprintf("b%d", i)
		for _, c := range []cards.Card{
			{ID: key + "qa", Type: cards.QA, Question: fmt.Sprintf("When did the council of district %d settle on a charter?", i), Answer: ans, Key: -1},
			{ID: key + "mc", Type: cards.MC, Question: fmt.Sprintf("When did the council of district %d settle on a charter?", i), Answer: ans, Choices: []string{ans, "1650", "1999", "2001"}, Key: 0},
			{ID: key + "tf", Type: cards.TF, Question: sentence, Answer: "true", Key: 0},
		} {
			c.Kind, c.Siblings, c.Fact, c.Score = notes.Date, key, fact, 0.8
			cs = append(cs, c)
		}
	}
	_, err = db.Import(ctx, store.ImportRequest{Now: time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC),
		Changed: []store.NoteImport{{Path: "notes/big.md", Title: "Big", Hash: "h", Cards: cs}},
		Seen:    []string{"notes/big.md"}, Roots: []string{"notes/"}})
	if err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkQuizCommandPDF100 runs 'recall quiz -n 100 --sources -o q.pdf'
// in process on a 3,000-card collection: load, pick, render, save.
func BenchmarkQuizCommandPDF100(b *testing.B) {
	dbPath := quizBigCollection(b, 1000)
	out := filepath.Join(b.TempDir(), "q.pdf")
	b.ResetTimer()
	for b.Loop() {
		if code := Main([]string{"--db", dbPath, "quiz", "-n", "100", "--seed", "1", "--sources", "-o", out}, strings.NewReader(""), io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkQuizCommand1000 makes a 1,000-question PDF with key.
func BenchmarkQuizCommand1000(b *testing.B) {
	dbPath := quizBigCollection(b, 1200)
	out := filepath.Join(b.TempDir(), "q.pdf")
	b.ResetTimer()
	for b.Loop() {
		if code := Main([]string{"--db", dbPath, "quiz", "-n", "1000", "--types", "mc,tf,qa", "--seed", "1", "--sources", "-o", out}, strings.NewReader(""), io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
