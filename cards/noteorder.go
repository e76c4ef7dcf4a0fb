package cards

import (
	"slices"

	"github.com/recall-srs/recall/notes"
)

// The cards made apart from the generator's (a glossary's, the writer's
// own) join its cards where their notes and lines fall.

// splitFacts splits the facts that are apart (isGlossary, isWritten)
// from the others, keeping the order of each.
func splitFacts(facts []*notes.Fact, apart func(*notes.Fact) bool) (rest, taken []*notes.Fact) {
	if !slices.ContainsFunc(facts, apart) {
		return facts, nil // most sets of notes: facts is the caller's, left as it is
	}
	rest = make([]*notes.Fact, 0, len(facts))
	for _, f := range facts {
		if apart(f) {
			taken = append(taken, f)
		} else {
			rest = append(rest, f)
		}
	}
	return rest, taken
}

// notesOrder numbers the notes of facts in the order they come: a run of
// facts shares a note, so only where a run starts is the map asked.
func notesOrder(facts []*notes.Fact) map[noteKey]int {
	order := map[noteKey]int{}
	for i, f := range facts {
		if i > 0 && f.Note == facts[i-1].Note && f.Title == facts[i-1].Title && f.VideoID == facts[i-1].VideoID {
			continue
		}
		if k := keyOfNote(*f); order[k] == 0 {
			order[k] = len(order) + 1 // from 1, so that 0 is "not yet"
		}
	}
	return order
}

// mergeInNoteOrder merges cards gc (a glossary's, or the writer's own)
// into out, both in the order of their notes (noteOrder: a note's place
// among the facts read) and lines, a card of gc after the other cards of
// its line.
func mergeInNoteOrder(out, gc []Card, noteOrder map[noteKey]int) []Card {
	if len(gc) == 0 {
		return out
	}
	before := func(a, b *Card) bool { // a goes before b
		na, nb := noteOrder[keyOfNote(a.Fact)], noteOrder[keyOfNote(b.Fact)]
		return na < nb || na == nb && a.Fact.Line <= b.Fact.Line
	}
	merged := make([]Card, 0, len(out)+len(gc))
	i, j := 0, 0
	for i < len(out) || j < len(gc) {
		if j == len(gc) || i < len(out) && before(&out[i], &gc[j]) {
			merged = append(merged, out[i])
			i++
		} else {
			merged = append(merged, gc[j])
			j++
		}
	}
	return merged
}

// shuffleFor shuffles mc options opts on fact f's own random stream.
func shuffleFor(opts []string, f *notes.Fact, seed int64) {
	r := factRand(seed, FactKey(*f), MC)
	r.Shuffle(len(opts), func(i, j int) { opts[i], opts[j] = opts[j], opts[i] })
}

// inTurn puts key among three options at the place its turn gives, and
// returns the choices and the key's place: made counts the mc cards made
// so far, so that the keys of a glossary's or a timeline's few mc cards
// are even (rebalanceKeys would drop cards to even out a deck of a few).
// three is left as it is.
func inTurn(three []string, key string, made *int) ([]string, int) {
	at := *made % 4
	*made++
	return slices.Insert(slices.Clone(three), at, key), at
}

// asStatement makes c, whose Answer is "true" or "false", a true or
// false card.
func asStatement(c Card) Card {
	c.Choices, c.Key = []string{"True", "False"}, 0
	if c.Answer == "false" {
		c.Key = 1
	}
	return c
}
