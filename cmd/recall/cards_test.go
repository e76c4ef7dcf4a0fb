package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryCardHoldsEachDeck runs recall cards on the shared notes: the
// list of every card (--min-score 0) holds each card a higher minimum
// shows, at the score that minimum shows it with, each ID once, and a
// card no minimum shows scores 0 there rather than the score it had
// before the filter's second look.
func TestEveryCardHoldsEachDeck(t *testing.T) {
	notesDir := filepath.Join(sharedDir(t), "notes")
	deck := func(min string) []map[string]any {
		var out, errs bytes.Buffer
		if code := Main([]string{"cards", "--json", "--seed", "3", "--min-score", min, notesDir}, strings.NewReader(""), &out, &errs); code != 0 {
			t.Fatalf("recall cards --min-score %s: exit %d: %s", min, code, errs.String())
		}
		var cs []map[string]any
		sc := bufio.NewScanner(&out)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var c map[string]any
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("--min-score %s: %v in %q", min, err, sc.Text())
			}
			cs = append(cs, c)
		}
		return cs
	}
	// a fact's true and false statements share an ID: the list holds the
	// one the highest minimum ships, so a lower minimum's other statement
	// is there by its ID; every other card is there as shown
	type listed struct {
		question string
		score    float64
	}
	every := map[string]listed{}
	all := deck("0")
	for _, c := range all {
		id := c["id"].(string)
		if _, twice := every[id]; twice {
			t.Errorf("--min-score 0 lists ID %s twice", id)
		}
		every[id] = listed{c["question"].(string), c["score"].(float64)}
	}
	shown := map[string]bool{}
	for _, min := range []string{"0.85", "0.6", "0.3"} {
		d := deck(min)
		if len(d) == 0 {
			t.Fatalf("--min-score %s gave no card", min)
		}
		for _, c := range d {
			id, q, score := c["id"].(string), c["question"].(string), c["score"].(float64)
			shown[id] = true
			got, ok := every[id]
			switch {
			case !ok:
				t.Errorf("--min-score %s shows %q, which --min-score 0 does not", min, q)
			case got.question != q && (min == "0.85" || c["type"] != "tf"):
				t.Errorf("--min-score %s shows %q, --min-score 0 %q", min, q, got.question)
			case got.question == q && got.score != score:
				t.Errorf("--min-score %s scores %q %.2f, --min-score 0 %.2f", min, q, score, got.score)
			}
		}
	}
	zero := 0
	for _, c := range all {
		if c["score"].(float64) == 0 {
			zero++
		}
	}
	if len(all) <= len(shown) || zero == 0 {
		t.Errorf("--min-score 0 gave %d cards, %d of them at 0, against %d shown at a higher minimum: not every card", len(all), zero, len(shown))
	}
}
