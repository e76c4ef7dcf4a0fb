package cards

import (
	"slices"
	"strings"

	"github.com/recall-srs/recall/notes"
)

// This file holds the checks of whether a fact is worth a card at all, as
// opposed to whether a card asks it well: a teacher skips the edition year
// of a report and a figure framed as the writer's alarm, however cleanly
// they could be blanked.

// worthAsking reports whether the fact behind a card is worth learning:
// neither the year that names a source ("the _____ food price report") nor
// a sentence whose claim is the writer's judgement of a fact ("The fact
// that ... is alarming").
func worthAsking(f notes.Fact, sp span) bool {
	if f.Kind == notes.Date && sourceYear(sp.left, sp.ans, sp.right) {
		return false
	}
	return !editorialFrame(f.Sentence)
}

// sourceNouns are documents whose year tells which edition a figure came
// from, not when anything happened.
var sourceNouns = map[string]bool{
	"report": true, "reports": true, "survey": true, "surveys": true, "study": true, "poll": true,
	"census": true, "edition": true, "index": true, "ranking": true, "rankings": true, "review": true,
	"assessment": true, "audit": true, "yearbook": true, "paper": true, "data": true, "figures": true,
	"statistics": true, "estimate": true, "estimates": true, "outlook": true,
}

// determiners that open the noun phrase a year modifies ("the 2025 report").
var sourceDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

// sourceYear reports whether a bare year is used as the name of a source:
// "According to the _____ food price report", "its 2019 survey", where
// the year modifies a report, a survey or a census within three words.
func sourceYear(left, ans, right string) bool {
	if len(ans) != 4 || !isDigits(ans) {
		return false
	}
	_, last, n := lastTwoFields(left)
	if n == 0 || !sourceDeterminers[bareWord(last)] {
		return false
	}
	w, rest := nextField(right)
	for i := 0; i < 3 && w != ""; i++ {
		if sourceNouns[bareWord(w)] {
			return true
		}
		if strings.ContainsAny(w, ",;:.()") {
			return false // the noun phrase ended
		}
		w, rest = nextField(rest)
	}
	return false
}

// editorialFrame reports whether a sentence's main claim is the writer's
// view of a fact: it opens "The fact that" or ends on an evaluative
// predicate ("... is alarming.", "... was deeply concerning."). The fact
// inside is often worth a card of its own sentence, not of this one.
func editorialFrame(sentence string) bool {
	s := strings.TrimSpace(sentence)
	if strings.HasPrefix(s, "The fact that ") || strings.HasPrefix(s, "the fact that ") {
		return true
	}
	s = strings.TrimRight(s, `.!"'”’) `)
	prev, last, n := lastTwoFields(s)
	if n < 2 || !evaluative[strings.ToLower(last)] {
		return false
	}
	switch strings.ToLower(prev) {
	case "is", "was", "are", "were", "remains", "seems", "very", "deeply", "truly", "particularly", "highly":
		return true
	}
	return false
}

// placeRelations are prepositions that place something relative to the
// answer rather than in it: "located between the Middle East and Central
// Asia" does not answer "Where is Iran located?" with the two regions.
var placeRelations = map[string]bool{
	"between": true, "near": true, "off": true, "along": true, "outside": true, "beyond": true,
	"across": true, "around": true, "of": true, "behind": true, "opposite": true, "past": true,
	"below": true, "above": true, "under": true, "beside": true, "alongside": true,
	"toward": true, "towards": true, "from": true, "by": true, "bordering": true,
}

// placeRelative reports whether a place answer follows a preposition that
// relates rather than locates: a "Where" question would drop it.
func placeRelative(f notes.Fact, left string) bool {
	if f.Kind != notes.Place {
		return false
	}
	_, last, n := lastTwoFields(left)
	return n > 0 && placeRelations[bareWord(last)]
}

// emphases are words of tone before a figure ("just 21 years old", "a
// mere 3%"): they belong to the sentence, not to the answer to type.
var emphases = []string{"just ", "only ", "merely ", "a mere ", "Just ", "Only ", "Merely ", "A mere "}

// withoutEmphasis moves a leading word of tone out of a numeric fact's
// answer into its sentence ("when he was just _____ old" → "21 years").
func withoutEmphasis(f notes.Fact) (notes.Fact, bool) {
	if !isNumericKind(f.Kind) {
		return f, false
	}
	for _, e := range emphases {
		if rest, ok := strings.CutPrefix(f.Answer, e); ok && rest != "" && startsNumber(rest) {
			f.Answer = rest
			f.Start += len(e)
			return f, true
		}
	}
	return f, false
}

// startsNumber reports whether s opens on a digit or a number word.
func startsNumber(s string) bool {
	if s == "" {
		return false
	}
	if isDigitByte(s[0]) || s[0] == '$' || s[0] == '£' || strings.HasPrefix(s, "€") {
		return true
	}
	w, _ := nextField(s)
	return numberWords[strings.ToLower(strings.Trim(w, ",-"))]
}

// numberWords open a figure written in words.
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "twenty": true,
	"thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true,
	"ninety": true, "hundred": true, "half": true,
}

// titleAnswer reports whether an actor's answer is a title or a group
// named by a common noun ("the Shah", "the Bolsheviks", "the government")
// rather than a person's or body's own name: the note's topic usually
// suggests it, so its cards rank below those that ask a name.
func titleAnswer(f notes.Fact) bool {
	return f.Kind == notes.Actor && (strings.HasPrefix(f.Answer, "the ") || strings.HasPrefix(f.Answer, "The "))
}

// trimEmphases returns facts with words of tone moved out of their
// answers (see withoutEmphasis); the caller's slice is left as it was.
func trimEmphases(facts []notes.Fact) []notes.Fact {
	out, cloned := facts, false
	for i, f := range facts {
		if g, ok := withoutEmphasis(f); ok {
			if !cloned {
				out, cloned = slices.Clone(facts), true
			}
			out[i] = g
		}
	}
	return out
}

// topicKey is an answer within one note.
type topicKey struct{ note, answer string }

// topicalAnswers finds the actors and places a note names in at least a
// quarter of its sentences with facts (three at least): the note's own
// topic ("Germany" in a note on the Treaty of Versailles), which a learner
// guesses from the title alone, so that its blanks rank below the others.
func topicalAnswers(facts []notes.Fact) map[topicKey]bool {
	sents := map[string][]string{} // note → its distinct sentences
	seen := map[topicKey]bool{}
	for _, f := range facts {
		if k := (topicKey{f.Note, f.Sentence}); !seen[k] {
			seen[k] = true
			sents[f.Note] = append(sents[f.Note], f.Sentence)
		}
	}
	out := map[topicKey]bool{}
	done := map[topicKey]bool{}
	for _, f := range facts {
		k := topicKey{f.Note, f.Answer}
		if f.Kind != notes.Actor && f.Kind != notes.Place || done[k] {
			continue
		}
		done[k] = true
		name := strings.TrimPrefix(strings.TrimPrefix(f.Answer, "the "), "The ")
		n, ss := 0, sents[f.Note]
		for _, s := range ss {
			if strings.Contains(s, name) {
				n++
			}
		}
		if n >= 3 && 4*n >= len(ss) {
			out[k] = true
		}
	}
	return out
}
