package cards

import (
	"slices"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
)

// Notes of one video, or of one topic, often retell a sentence in other
// words: "The Kesh guild opened in 1201 with three core docks" in one
// note, "... with three initial docks" in the next. A collection asks such a
// fact once: retold keeps, for each kind and answer asked so far, the
// words of the sentences that asked it, and a fact of another note whose
// sentence shares most of its words with one of them is told again.

// dropRetold drops the cards of each fact that retells a fact of another
// note whose cards come before it. A fact's cards stand together in out.
func dropRetold(out []Card) []Card {
	r := retold{}
	kept := out[:0] // written over out as it is read: kept is never ahead
	drop, last := false, ""
	for i := range out {
		c := out[i]
		if i == 0 || c.Siblings != last {
			drop = r.tell(&c.Fact)
		}
		last = c.Siblings
		if !drop {
			kept = append(kept, c)
		}
	}
	return kept
}

// retoldOverlap is the share of two sentences' words (of both together)
// above which a fact of the same kind and answer is a retelling. Sentences
// of one fact retold share 0.55-0.9 of their words; two facts that share
// an answer and a subject, far less.
const retoldOverlap = 0.5

type retelling struct {
	note  string
	words []uint64 // hashes of the sentence's words of three letters or more, sorted, unique
}

type retold map[string][]retelling

// retoldKey is what a retelling must share: the kind and the normal answer.
// A term defined again in another note of the same video is retold
// whatever its words ("Grammarly is an AI-powered writing assistant that
// aims to ..." and "... that helps users write ..." in three notes of one
// video gave "What is Grammarly?" three times); its key is the video and
// the term, and the second reports so. Notes of other videos may define
// a term otherwise ("the constructor" of Angular and of TypeScript).
func retoldKey(f *notes.Fact) (string, bool) {
	if f.Glossary != notes.NoGlossary && f.VideoID != "" {
		return "term\x00" + f.VideoID + "\x00" + answer.Normalize(f.Subject), true
	}
	return string(f.Kind) + "\x00" + answer.Normalize(f.Answer), false
}

// tell reports whether f retells a fact of another note told before,
// and records f as told when it does not: its key and words are worked
// out once for both.
func (r retold) tell(f *notes.Fact) (again bool) {
	k, term := retoldKey(f)
	words := sentenceWords(f.Sentence)
	for _, p := range r[k] {
		if p.note != f.Note && (term || overlap(words, p.words) > retoldOverlap) {
			return true
		}
	}
	r[k] = append(r[k], retelling{note: f.Note, words: words})
	return false
}

// sentenceWords hashes the words of s of three letters or more, lower-cased
// (EachWord gives them so).
func sentenceWords(s string) []uint64 {
	var out []uint64
	answer.EachWord(s, func(w []byte) bool {
		if len(w) >= 3 {
			out = append(out, wordHash(string(w)))
		}
		return true
	})
	slices.Sort(out)
	return slices.Compact(out)
}

// overlap is |a ∩ b| / |a ∪ b| of two sorted sets.
func overlap(a, b []uint64) float64 {
	i, j, both := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			both++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	union := len(a) + len(b) - both
	if union == 0 {
		return 0
	}
	return float64(both) / float64(union)
}
