package cards

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/recall-srs/recall/notes"
)

// keshDeck is a learner's note with cards written into it, parsed.
func keshDeck(t *testing.T, extra string) []notes.Fact {
	t.Helper()
	src := []byte(`---
title: Kesh
tags: [flashcards]
---
# Kesh

## Founding
Ana Velt built the first quay of Kesh in 1201.
` + extra + `
Who founded Kesh?::Ana Velt
Kesh's river:::the Tarn

{{c1::Salt}} was the chief export of Kesh until {{c2::1560::a year}}.

Q: How many ships could the quay hold?
A: About 40
`)
	n, _, err := notes.Parse("kesh.md", src)
	if err != nil {
		t.Fatal(err)
	}
	return notes.Extract(n)
}

// TestWrittenCardsAsked: written cards are asked as written, scored
// writtenScore at any minimum score; a reversed card is asked both ways,
// a cloze's deletions one at a time, its hint shown at the blank; the
// deletions of one text are siblings, and the cards join the generator's
// in the note's order.
func TestWrittenCardsAsked(t *testing.T) {
	facts := keshDeck(t, "")
	for _, min := range []float64{DefaultMinScore, 0.3, -1} {
		cs := Generate(facts, Options{Seed: 1, MinScore: min})
		var got []string
		sib := map[string]string{}
		for _, c := range cs {
			if c.Kind != notes.Written {
				if c.Fact.Line > 8 {
					t.Errorf("a generated card from the written lines: %+v", c)
				}
				continue
			}
			if c.Score != writtenScore {
				t.Errorf("%q scores %v", c.Question, c.Score)
			}
			got = append(got, string(c.Type)+" "+c.Question+" → "+c.Answer)
			if c.Type == Cloze {
				sib[c.Answer] = c.Siblings
			}
		}
		want := []string{
			"qa Who founded Kesh? → Ana Velt",
			"qa Kesh's river → the Tarn",
			"qa the Tarn → Kesh's river",
			"cloze _____ was the chief export of Kesh until 1560. → Salt",
			"cloze Salt was the chief export of Kesh until _____ (a year). → 1560",
			"qa How many ships could the quay hold? → About 40",
		}
		if !slices.Equal(got, want) {
			t.Errorf("min %v:\n got %q\nwant %q", min, got, want)
		}
		if sib["Salt"] == "" || sib["Salt"] != sib["1560"] {
			t.Errorf("the deletions of one text are not siblings: %v", sib)
		}
		if i := slices.IndexFunc(cs, func(c Card) bool { return c.Kind == notes.Written }); i < 0 || slices.ContainsFunc(cs[:i], func(c Card) bool { return c.Fact.Line > 8 }) {
			t.Errorf("cards out of the note's order")
		}
	}
	// --types filters them as any
	for _, c := range Generate(facts, Options{Seed: 1, Types: []Type{MC, TF}}) {
		if c.Kind == notes.Written {
			t.Errorf("a written card of an unasked type: %+v", c)
		}
	}
	var clozes int
	for _, c := range Generate(facts, Options{Seed: 1, Types: []Type{Cloze}}) {
		if c.Kind == notes.Written {
			clozes++
		}
	}
	if clozes != 2 {
		t.Errorf("%d written clozes asked for clozes only, want 2", clozes)
	}
}

// TestWrittenCardIDs: a written card's ID is its note's, question's and
// answer's: unchanged by text added around it, distinct for the two ways
// of a reversed card and for each deletion.
func TestWrittenCardIDs(t *testing.T) {
	ids := func(facts []notes.Fact) map[string]string {
		m := map[string]string{}
		for _, c := range Generate(facts, Options{Seed: 1}) {
			if c.Kind == notes.Written {
				if _, dup := m[c.ID]; dup {
					t.Errorf("two cards share ID %s", c.ID)
				}
				m[c.ID] = c.Question
			}
		}
		return m
	}
	before := ids(keshDeck(t, ""))
	after := ids(keshDeck(t, "\nThe guild of Orrin was founded in 1230 by Tobin Aster.\n"))
	if len(before) != 6 || !maps.Equal(before, after) {
		t.Errorf("IDs changed by an unrelated sentence:\n%v\n%v", before, after)
	}
	for id, q := range before {
		if strings.Contains(q, "river") && len(id) != idDigits {
			t.Errorf("ID %q", id)
		}
	}
}

// TestWrittenAskedOnce: a fact that a written card asks already (the
// same question, or its sentence with the same words blanked) gives no
// card of the generator's; the note's other facts still do.
func TestWrittenAskedOnce(t *testing.T) {
	for _, written := range []string{
		"In what year did Ana Velt build the first quay of Kesh?::1201",
		"Ana Velt built the first quay of Kesh in {{c1::1201}}.",
	} {
		src := "---\ntitle: Kesh\ntags: [flashcards]\n---\n# Kesh\n\nAna Velt built the first quay of Kesh in 1201.\n" +
			"The guild of Orrin was founded in 1230 by Tobin Aster.\n\n" + written + "\n"
		n, _, err := notes.Parse("kesh.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		var mine, quay, guild int
		for _, c := range Generate(notes.Extract(n), Options{Seed: 1, MinScore: -1}) {
			switch {
			case c.Kind == notes.Written:
				mine++
			case strings.Contains(c.Fact.Sentence, "quay") && c.Fact.Answer == "1201":
				quay++
			case strings.Contains(c.Fact.Sentence, "guild"):
				guild++
			}
		}
		if mine != 1 || quay != 0 || guild == 0 {
			t.Errorf("%s: %d written, %d of the quay's year, %d of the guild's", written, mine, quay, guild)
		}
	}
}
