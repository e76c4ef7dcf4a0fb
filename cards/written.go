package cards

import (
	"slices"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
)

// Cards the writer wrote into a note ("Question::Answer", "{{c1::Salt}}",
// see notes/written.go) are asked as written: the writer chose the
// question, the answer and the words blanked, so no rule of the generator
// rewords, rescores or drops them. They score writtenScore, above any
// card the generator makes, and print at any minimum score.
const writtenScore = 1.0

func isWritten(f *notes.Fact) bool { return f.Kind == notes.Written }

// writtenCards makes the cards of written facts ws of the types in want:
// a question (qa) of a basic card, two of a reversed one (the answer
// asked from the question too), a cloze of each deletion. Card IDs follow
// the rule of id.go, with the question as the subject; the reversed
// card's swaps the two. A cloze's deletions are siblings, as Anki buries
// them: their key is the text's, without the answer.
func writtenCards(ws []*notes.Fact, want []Type, minScore float64) []Card {
	if writtenScore < minScore {
		return nil
	}
	var out []Card
	seen := map[string]bool{}
	add := func(c Card) {
		if !seen[c.ID] {
			seen[c.ID] = true
			out = append(out, c)
		}
	}
	for _, f := range ws {
		note := NoteIdentity(*f)
		q, a := answer.Normalize(f.Subject), answer.Normalize(f.Answer)
		base := Card{Key: -1, Kind: f.Kind, Score: writtenScore, Fact: *f}
		switch f.Form {
		case notes.WrittenCloze:
			if !slices.Contains(want, Cloze) || f.Start < 0 || f.Start+len(f.Answer) > len(f.Subject) {
				continue
			}
			c := base
			c.Type, c.Answer = Cloze, f.Answer
			blank := Blank
			if f.Cue != "" {
				blank += " (" + f.Cue + ")"
			}
			c.Question = f.Subject[:f.Start] + blank + f.Subject[f.Start+len(f.Answer):]
			c.ID = hashID(note, string(f.Kind), q, a, string(Cloze))
			c.Siblings = hashID(note, string(f.Kind), q)
			add(c)
		default:
			if !slices.Contains(want, QA) {
				continue
			}
			c := base
			c.Type, c.Question, c.Answer = QA, f.Subject, f.Answer
			c.ID = hashID(note, string(f.Kind), q, a, string(QA))
			c.Siblings = hashID(note, string(f.Kind), q, a)
			add(c)
			if f.Form == notes.WrittenReversed {
				r := c
				r.Question, r.Answer = f.Answer, f.Subject
				r.ID = hashID(note, string(f.Kind), a, q, string(QA))
				add(r)
			}
		}
	}
	return out
}

// withoutAsked drops the generator's cards of each fact that a written
// card of the same note asks already: the same question, or the same
// sentence with the same words blanked. The writer's wording wins, and
// the fact is not asked twice (its siblings go with it).
func withoutAsked(out, written []Card) []Card {
	if len(written) == 0 {
		return out
	}
	// what each note's written cards ask, by the note as the facts carry
	// it: the generator's cards of other notes are passed over before any
	// of their text is normalised
	asked := map[noteKey]map[string]bool{}
	for _, c := range written {
		k := keyOfNote(c.Fact)
		if asked[k] == nil {
			asked[k] = map[string]bool{}
		}
		if c.Type == Cloze {
			asked[k][c.Fact.Sentence+"\x00"+answer.Normalize(c.Answer)] = true
		} else {
			asked[k][answer.Normalize(c.Question)] = true
		}
	}
	gone := map[string]bool{} // siblings keys
	for _, c := range out {
		a := asked[keyOfNote(c.Fact)]
		if a != nil && (a[answer.Normalize(c.Question)] || a[c.Fact.Sentence+"\x00"+answer.Normalize(c.Fact.Answer)]) {
			gone[c.Siblings] = true
		}
	}
	if len(gone) == 0 {
		return out
	}
	return slices.DeleteFunc(out, func(c Card) bool { return gone[c.Siblings] })
}
