package main

import (
	"testing"

	"github.com/recall-srs/recall/notes"
)

// TestDemoNotesHaveEveryKind keeps the demo deck rich: every demo note
// parses, and together they hold facts of every kind.
func TestDemoNotesHaveEveryKind(t *testing.T) {
	ns, err := demoNotes()
	if err != nil {
		t.Fatal(err)
	}
	if len(ns) != 3 {
		t.Fatalf("%d demo notes, want 3", len(ns))
	}
	kinds := map[notes.Kind]int{}
	for _, n := range ns {
		if n.VideoID == "" || n.Channel == "" || len(n.Sentences) < 10 {
			t.Errorf("%s: video %q channel %q, %d sentences", n.Path, n.VideoID, n.Channel, len(n.Sentences))
		}
		for _, f := range notes.Extract(n) {
			kinds[f.Kind]++
			if f.URL == "" {
				t.Errorf("%s: fact %q has no video link", n.Path, f.Answer)
			}
		}
	}
	for _, k := range []notes.Kind{notes.Population, notes.Date, notes.Actor, notes.Response, notes.Ranking,
		notes.Quantity, notes.Place, notes.Definition, notes.Cause} {
		if kinds[k] == 0 {
			t.Errorf("no %s fact in the demo notes (have %v)", k, kinds)
		}
	}
}
