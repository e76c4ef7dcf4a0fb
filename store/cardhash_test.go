package store

import (
	"encoding/json"
	"testing"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/notes"
)

func hashCases() []cards.Card {
	mc := cards.Card{ID: "c1", Type: cards.MC, Question: "When did the dam open?", Answer: "1968",
		Choices: []string{"1958", "1968", "1978", "1988"}, Key: 1, Kind: notes.Date, Score: 0.8125, Siblings: "s1",
		Fact: notes.Fact{Kind: notes.Date, Subject: "the dam", Answer: "1968", Value: "1968",
			Sentence: "The dam opened in 1968.", Heading: []string{"History", "Dams"}, Line: 12, T: 95,
			URL: "https://www.youtube.com/watch?v=x&t=95s", Cue: "opened"}}
	qa := cards.Card{ID: "c2", Type: cards.QA, Question: "Who built it?", Answer: "Égypte", Key: -1,
		Kind: notes.Actor, Score: 1, Fact: notes.Fact{Kind: notes.Actor, Answer: "Égypte", T: -1}}
	return []cards.Card{mc, qa, {}}
}

// The content hash is stored in every collection: a change would count
// every card of a re-read note as updated. The wanted values were computed
// by the first implementation (sha256.New with one Write per field).
func TestCardHashIsStable(t *testing.T) {
	want := []string{"0245e6320dd179a847321ee3840bd949", "a3dda49fbe4e0541b59a6b736d9d34b1", "043ad9c8dcd033c8cb5e1e3b36ddf91d"}
	for i, c := range hashCases() {
		if got := CardHash(c); got != want[i] {
			t.Errorf("CardHash(case %d) = %q, want %q", i, got, want[i])
		}
	}
}

func TestChoicesJSONMatchesEncodingJSON(t *testing.T) {
	for _, choices := range [][]string{
		nil,
		{},
		{"1958", "1968"},
		{""},
		{"a \"quote\"", "back\\slash"},
		{"<b>", "R&D", "x > y"},
		{"Égypte", "naïve", "line\u2028sep"},
		{"tab\there", "nl\n"},
		{"bad \xff utf-8"},
	} {
		want := "[]"
		if len(choices) > 0 {
			b, err := json.Marshal(choices)
			if err != nil {
				t.Fatal(err)
			}
			want = string(b)
		}
		if got, _ := choicesJSON([]byte("scratch"), choices); got != want {
			t.Errorf("choicesJSON(%q) = %s, want %s", choices, got, want)
		}
	}
}
