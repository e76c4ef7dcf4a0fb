package cards

import (
	"strings"

	"github.com/recall-srs/recall/notes"
)

// This file ranks a note's asides below its main line: a question about
// someone or something the note names in one sentence only ("In what
// year did Hayashi Shigeji open Japan's first modern clock factory?" in a
// note comparing watches) asks a detail the note mentions in passing.

// maxAsideScore bounds the score of a question that asks an aside (see
// asksAside). In two blind ratings of corpus questions, teachers took
// 56-66% of such questions, against 86-89% of the others; their rejections
// were details not worth learning and, twice as often as elsewhere,
// errors in the notes (a note gets its passing details wrong more
// often than its subject). Like maxTrueScore, the bound is above
// DefaultMinScore: it ranks them lower and leaves none out at the default.
const maxAsideScore = 0.88

// minAsideSentences is how many sentences with facts a note needs for a
// name in one of them to be an aside: in a note of a few sentences, each
// names its subject once.
const minAsideSentences = 5

// rankAsides bounds the score of each question in out that asks an aside
// (see asksAside), and drops those it leaves below minScore. t holds the
// notes' facts, whose sentences it gives once each (see topics.sentences).
func rankAsides(out []Card, t *topics, minScore float64) []Card {
	read := map[string][]string{}
	n := 0
	for i := range out {
		c := &out[i]
		if c.Type == QA && c.Score > maxAsideScore {
			sents, ok := read[c.Fact.Note]
			if !ok {
				sents = t.sentences(c.Fact.Note)
				read[c.Fact.Note] = sents
			}
			if len(sents) >= minAsideSentences && asksAside(c.Question, c.Fact, sents) {
				c.Score = maxAsideScore
			}
		}
		if c.Score >= minScore {
			out[n] = *c
			n++
		}
	}
	return out[:n]
}

// asksAside reports whether question q, of fact f, names something that
// no sentence of its note but one names (sents are the note's sentences
// with facts), nor its title or heading: a run of capitalised words after
// the question's first, of which even the most named word (a surname, a
// firm's main word) is in one sentence only. Words of fewer than three
// letters ("EU", "US") are not read: they are short for names the note
// may write in full.
func asksAside(q string, f notes.Fact, sents []string) bool {
	shown := f.Title + " " + strings.Join(f.Heading, " ")
	var run []string
	_, rest := nextField(q) // the question word, capitalised as any first word
	for {
		var w string
		w, rest = nextField(rest)
		name := w != "" && startsUpper(w) && !askedWords[bareWord(w)]
		if name {
			run = append(run, w)
		}
		if !name || strings.ContainsAny(w[len(w)-1:], ",;:?!") {
			if len(run) > 0 && namedOnce(run, shown, sents) {
				return true
			}
			run = run[:0]
		}
		if w == "" {
			return false
		}
	}
}

// namedOnce reports whether the most named word of name (its words) is in
// one of sents at most, and in no word of shown.
func namedOnce(name []string, shown string, sents []string) bool {
	most := -1
	for _, w := range name {
		b := withoutPossessiveS(bareWord(w))
		if len(b) < 3 {
			continue
		}
		if hasWord(shown, b) {
			return false // the note's or the section's subject
		}
		n := 0
		for _, s := range sents {
			if hasWord(s, b) {
				n++
			}
		}
		most = max(most, n)
	}
	return most >= 0 && most <= 1
}

// hasWord reports whether s has word b (lower case, as bareWord gives it),
// possessive or not.
func hasWord(s, b string) bool {
	var low [32]byte
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		if len(w) < len(b) {
			continue
		}
		lw, ascii := appendBare(low[:0], w)
		x := string(lw) // on the stack: it does not escape
		if !ascii {
			x = bareWord(w)
		}
		if withoutPossessiveS(x) == b {
			return true
		}
	}
	return false
}

// withoutPossessiveS is w without a trailing "'s" or "’s".
func withoutPossessiveS(w string) string {
	if s, ok := strings.CutSuffix(w, "'s"); ok {
		return s
	}
	if s, ok := strings.CutSuffix(w, "’s"); ok {
		return s
	}
	return w
}

// askedWords are capitalised words of a question that name nothing: its
// question words, determiners and months ("When did the Kesh guild sign
// the pact in March?").
var askedWords = map[string]bool{"the": true, "a": true, "an": true, "in": true, "on": true, "at": true,
	"by": true, "for": true, "of": true, "and": true, "but": true, "or": true, "to": true, "from": true,
	"with": true, "as": true, "after": true, "before": true, "during": true, "since": true, "until": true,
	"when": true, "while": true, "despite": true, "following": true, "however": true, "this": true,
	"that": true, "these": true, "those": true, "it": true, "its": true, "their": true, "his": true,
	"her": true, "what": true, "which": true, "who": true, "where": true, "why": true, "how": true,
	"did": true, "was": true, "were": true, "is": true, "are": true, "does": true, "do": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}
