package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/scheduler/stats"
)

// figures computes a small report whose note title needs escaping.
func figures() stats.Figures {
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	var answers []stats.Answer
	for d := range 40 {
		for c := range d%7 + 1 {
			answers = append(answers, stats.Answer{Card: string(rune('a' + c)), At: now.AddDate(0, 0, -d),
				Rating: scheduler.Rating(1 + (d+c)%4), StateBefore: scheduler.Review, LastInterval: d, Millis: 5000})
		}
	}
	slots, ret := stats.Aggregate(answers)
	cards := []stats.Card{{ID: "a", Note: "n.md", Title: `Tom & <script>alert(1)</script>`, Heading: "Intro",
		Question: strings.Repeat("very long question ", 20),
		Memory:   scheduler.Memory{State: scheduler.Review, Stability: 12, Difficulty: 6, ScheduledDays: 25, Due: now.AddDate(0, 0, 3)}}}
	return stats.Compute(stats.Input{Slots: slots, Retention: ret, Cards: cards, DesiredRetention: 0.9},
		stats.Options{Now: now, DayStartHour: 4, Retrievability: func(scheduler.Memory, time.Time) float64 { return 0.8 }})
}

func TestTextFitsWidth(t *testing.T) {
	f := figures()
	for _, w := range []int{MinWidth, 57, 80, 132} {
		var b bytes.Buffer
		if err := Text(&b, f, w); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(b.String(), "\n") {
			if n := utf8.RuneCountInString(line); n > w {
				t.Errorf("width %d: line of %d columns: %q", w, n, line)
			}
		}
		if !strings.Contains(b.String(), "Hardest cards") || !strings.Contains(b.String(), "Mo  ") {
			t.Errorf("width %d: sections missing:\n%s", w, b.String())
		}
	}
}

func TestHTMLEscapesNotes(t *testing.T) {
	var b bytes.Buffer
	if err := HTML(&b, figures()); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if strings.Contains(page, "<script>") || !strings.Contains(page, "Tom &amp; &lt;script&gt;") {
		t.Error("note titles must be escaped in the page")
	}
	if n := strings.Count(page, "<svg"); n != 7 {
		t.Errorf("%d charts, want 7", n)
	}
}

var update = flag.Bool("update", false, "rewrite the golden files")

// TestTextGolden pins the terminal layout at 80 columns.
func TestTextGolden(t *testing.T) {
	var b bytes.Buffer
	if err := Text(&b, figures(), 80); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "text-80.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if b.String() != string(want) {
		t.Errorf("terminal report differs from %s (check, then go test -update):\n%s", golden, b.String())
	}
}
