package cards

import (
	"strings"
	"testing"

	"github.com/recall-srs/recall/notes"
)

// TestTimelineEvent: a date fact whose sentence opens on the date, then a
// colon or a dash, then an event of two words or more, is a timeline's
// item; a figure of the year, a clause whose subject is the date, a
// forecast or a range is not.
func TestTimelineEvent(t *testing.T) {
	for _, tc := range []struct{ sentence, date, event string }{
		{"1201: Ana Velt builds the first quay of Kesh.", "1201", "Ana Velt builds the first quay of Kesh"},
		{"1230 – The guild of Orrin is founded.", "1230", "The guild of Orrin is founded"},
		{"1290s — Salt trade reaches Tarn.", "1290s", "Salt trade reaches Tarn"},
		{"1312 - Kesh and Tarn sign a pact.", "1312", "Kesh and Tarn sign a pact"},
		{"2000: Dot-com bubble.", "2000", "Dot-com bubble"},
		{"2020: 10%.", "2020", ""},
		{"2021: 3 students scored a perfect mark.", "2021", ""},
		{"1929: Marked the end of the gold standard.", "1929", ""},
		{"1931: Over half a million people.", "1931", ""},
		{"2030: Agents will write most code.", "2030", ""},
		{"1990-1995 was a boom.", "1990", ""},
		{"In 1201 Ana Velt built the quay.", "1201", ""},
		{"1244: Raised.", "1244", ""},
		// the event first, its date last
		{"Storming of the Salt House — 14 July 1612", "14 July 1612", "Storming of the Salt House"},
		{"Declaration of the Harbour Rights: August 1612.", "August 1612", "Declaration of the Harbour Rights"},
		{"Fall of Tarn - 1320", "1320", "Fall of Tarn"},
		{"Founding date: 1201", "1201", ""},
		{"Investment Start: 2015.", "2015", ""},
		{"Born: 1650", "1650", ""},
		{"Siege: 1320", "1320", ""},
		{"The guild rose to power in 1320", "1320", ""},
		{"Fall of Tarn — 1320, after a long siege", "1320", ""},
		{"Orrin: Fall of Tarn — 1320", "1320", ""},
	} {
		start := strings.Index(tc.sentence, tc.date)
		f := notes.Fact{Kind: notes.Date, Answer: tc.date, Sentence: tc.sentence, Start: start}
		got, ok := timelineEvent(&f)
		if got != tc.event || ok != (tc.event != "") {
			t.Errorf("timelineEvent(%q) = %q, %v; want %q", tc.sentence, got, ok, tc.event)
		}
	}
}

// TestTimelineCards: a section listing dated items asks each event's
// date (a question, a choice among the timeline's dates of the same
// precision, a statement with its own date or another's) at the default;
// a lone dated item's cards come below it; the generator's own
// statement of an item is not made twice.
func TestTimelineCards(t *testing.T) {
	src := []byte(`---
title: The Kesh river states
---
# The Kesh river states

## Timeline
- 1201: Ana Velt builds the first quay of Kesh.
- 1230 – The guild of Orrin is founded by Tobin Aster.
- **1244**: The wall of Kesh is raised.
- 1290s: The salt trade reaches Tarn.
- 1312 — Kesh and Tarn sign the Pact of the Two Rivers.

## Later
- 1402: The great flood destroys the lower town.
`)
	n, _, err := notes.Parse("kesh.md", src)
	if err != nil {
		t.Fatal(err)
	}
	cs := Generate(notes.Extract(n), Options{Seed: 1, MinScore: -1})
	got := map[string]float64{}
	statements := map[int]int{}
	for _, c := range cs {
		got[string(c.Type)+" "+c.Question] = c.Score
		if c.Type == TF {
			statements[c.Fact.Line]++
		}
		if c.Type == MC && c.Answer == "1290s" {
			t.Errorf("a decade asked among years: %v", c.Choices)
		}
		if c.Type == MC {
			for _, o := range c.Choices {
				if o == "1290s" {
					t.Errorf("a decade among a year's options: %v", c.Choices)
				}
			}
		}
		if strings.HasPrefix(c.Question, Blank+":") || strings.HasPrefix(c.Question, Blank+" –") {
			t.Errorf("the date blanked before its event: %q", c.Question)
		}
	}
	for q, want := range map[string]float64{
		"qa Date this event: Ana Velt builds the first quay of Kesh.":        timelineScore,
		"qa Date this event: The salt trade reaches Tarn.":                   timelineScore,
		"qa Date this event: Kesh and Tarn sign the Pact of the Two Rivers.": timelineScore,
		"qa Date this event: The great flood destroys the lower town.":       timelineLoneScore,
		"cloze 1230 – The guild of Orrin is founded by _____.":               0, // any score: the item's other fact
	} {
		s, ok := got[q]
		if !ok || want > 0 && s != want {
			t.Errorf("%q: score %v (made: %v), want %v", q, s, ok, want)
		}
	}
	for line, n := range statements {
		if n > 1 {
			t.Errorf("line %d stated %d times", line, n)
		}
	}
	if t.Failed() {
		for q, s := range got {
			t.Logf("%.2f %s", s, q)
		}
	}
}
