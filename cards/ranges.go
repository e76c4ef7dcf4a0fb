package cards

import (
	"strings"

	"github.com/recall-srs/recall/notes"
)

// halfRange reports whether the answer of fact f, cut from its sentence as
// in sp, is one end of a range of amounts whose other end the sentence
// shows, or the exponent of a power ("10^-18"): "costing around $400-$500" asked as "$400-_____", "a 24 to 48-hour
// lag" as "24 to _____", "between 33 million and 34 million". The fact is
// the range and its half is no answer (a question asking "how much" would
// take "$500" for "$400-$500"); both raters of the notes' weaker cards
// rejected the one they met, so no card is made of it. Dates are left out
// ("ruled from 1556 to 1605" asks a real year, the reign's end), and so is
// a change written "from X to Y" ("rose from 5% to 12%"), whose end is the
// amount reached, not half of an estimate.
func halfRange(f notes.Fact, sp span) bool {
	if f.Kind == notes.Date || !hasDigit(sp.ans) {
		return false
	}
	// written close up: "$400-_____", "_____–$500"; or cut from a power,
	// "10^-_____" (the answer is no amount at all)
	if rest, ok := cutDashSuffix(sp.left); ok {
		if w, _ := lastField(rest); hasDigit(w) && rest == strings.TrimRight(rest, " ") || strings.HasSuffix(rest, "^") {
			return true
		}
	}
	if strings.HasSuffix(sp.left, "^") {
		return true
	}
	if rest, ok := cutDashPrefix(sp.right); ok {
		if w, _ := nextField(rest); hasDigit(w) && rest == strings.TrimLeft(rest, " ") {
			return true
		}
	}
	// written in words: "24 to _____", "between 3 and _____", "between _____ and 34 million"
	left := strings.TrimRight(sp.left, " ")
	for _, joint := range [...]string{" to", " and"} {
		rest, ok := strings.CutSuffix(left, joint)
		if !ok {
			continue
		}
		w, start := lastField(rest)
		if !hasDigit(w) { // a unit between: "between 33 million and"
			w, start = lastField(rest[:start])
		}
		if !hasDigit(w) {
			continue
		}
		if joint == " to" && !changeFrom(rest[:start]) || joint == " and" && strings.EqualFold(lastWordOf(rest[:start]), "between") {
			return true
		}
	}
	if rest, ok := strings.CutPrefix(strings.TrimLeft(sp.right, " "), "and "); ok {
		if w, _ := nextField(rest); hasDigit(w) {
			return strings.EqualFold(lastWordOf(left), "between")
		}
	}
	return false
}

// cutDashSuffix cuts a dash (one of dashes) that ends s, as the two ends
// of a range written close up are joined.
func cutDashSuffix(s string) (string, bool) {
	for _, d := range dashes {
		if t, ok := strings.CutSuffix(s, d); ok {
			return t, true
		}
	}
	return s, false
}

func cutDashPrefix(s string) (string, bool) {
	for _, d := range dashes {
		if t, ok := strings.CutPrefix(s, d); ok {
			return t, true
		}
	}
	return s, false
}

// changeFrom reports whether one of the last three words of s, before the
// amount a "to" follows, is "from": "rose from about 30% to" tells a
// change, not a range.
func changeFrom(s string) bool {
	for i := 0; i < 3; i++ {
		w, start := lastField(s)
		if w == "" {
			return false
		}
		if strings.EqualFold(w, "from") {
			return true
		}
		s = s[:start]
	}
	return false
}
