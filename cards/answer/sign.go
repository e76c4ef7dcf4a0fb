package answer

import (
	"strings"
	"unicode/utf8"
)

// Signs and sides of a figure. ParseQuantity reads a figure's size, not
// which way it goes ("-40°C" and "40°C" are both 40): notes and decks
// are made of it as it is, so the way a figure goes is read here, in
// grading only.

// figureSign is the way the figure of s goes: -1 below zero or the
// point it is measured from ("-40°C", "minus 40", "-$2 billion", "430 m
// below sea level", "a 5% drop", "10 times less"), +1 above it ("+3.4%",
// "a 3.4% increase", "above sea level"), 0 when s does not say. marked
// is true when a sign says it ("-", "+", "minus", "times less"), which
// the figure cannot be read without; a word ("drop") may only repeat
// the question ("By how much did prices fall?").
func figureSign(s string) (sign int, marked bool) {
	if sign = signBeforeDigits(s); sign != 0 {
		return sign, true
	}
	ws := strings.Fields(strings.ToLower(StripHedge(s)))
	for i, w := range ws {
		w = strings.Trim(w, `.,;:!?()"'`)
		switch {
		case w == "minus":
			return -1, true
		case i > 0 && ws[i-1] == "times" && (w == "less" || w == "fewer" || w == "smaller" || w == "lower"):
			return -1, true // "10 times less": a tenth
		case fallWords[w] && sign <= 0:
			sign = -1
		case riseWords[w] && sign >= 0:
			sign = 1
		case fallWords[w] || riseWords[w]:
			return 0, false // both ways: it says neither
		}
	}
	return sign, false
}

// fallWords and riseWords put a figure below or above zero, or the
// level it is measured from.
var (
	fallWords = map[string]bool{
		"below": true, "down": true, "drop": true, "drops": true, "dropped": true, "fall": true,
		"falls": true, "fell": true, "fallen": true, "decline": true, "declined": true, "decrease": true,
		"decreased": true, "loss": true, "deficit": true, "contraction": true, "shrank": true,
		"negative": true,
	}
	riseWords = map[string]bool{
		"above": true, "up": true, "rise": true, "rises": true, "rose": true, "risen": true,
		"increase": true, "increased": true, "gain": true, "gained": true, "growth": true, "grew": true,
		"surplus": true, "positive": true,
	}
)

// signBeforeDigits is -1 for a minus and +1 for a plus written before
// the first figure of s, perhaps before its currency ("-$2 billion"),
// and not between two figures ("1914-1918"); 0 otherwise.
func signBeforeDigits(s string) int {
	i := strings.IndexAny(s, "0123456789")
	if i <= 0 {
		return 0
	}
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if r != ' ' && !currencySigns[string(r)] {
			break
		}
		j -= n
	}
	r, n := utf8.DecodeLastRuneInString(s[:j])
	sign := 0
	switch r {
	case '-', '−', '–':
		sign = -1
	case '+':
		sign = 1
	default:
		return 0
	}
	if before, _ := utf8.DecodeLastRuneInString(s[:j-n]); j-n > 0 && before != ' ' && before != '(' {
		return 0 // "Kesh-40", "1914-1918": a hyphen, not a sign
	}
	return sign
}

// otherSign reports whether typed and expected figures go opposite
// ways ("3.4% increase" for "-3.4%"), or one drops the sign the other
// is written with ("40°C" for "-40°C", "-40,000" for 40,000).
func otherSign(typed, exp string) bool {
	ts, tMarked := figureSign(typed)
	es, eMarked := figureSign(exp)
	return ts*es < 0 || es < 0 && eMarked && ts == 0 || ts < 0 && tMarked && es == 0
}

// directionLeftOut reports whether the note's figure says in a word
// which way it went ("rose 12%", "430 m below sea level") and typed
// does not.
func directionLeftOut(typed, exp string) bool {
	es, marked := figureSign(exp)
	ts, _ := figureSign(typed)
	return es != 0 && !marked && ts == 0
}

// side is the side of its figure that hedge h puts a value on: "above"
// for a lower bound ("over", "at least"), "below" for an upper one, or
// for a figure approached ("nearly", "almost", "close to": just under
// it, as news writes them), "" for any other hedge.
func side(h string) string {
	if b := Bound(h); b != "" {
		return b
	}
	switch h {
	case "nearly", "almost", "close to":
		return "below"
	}
	return ""
}

// otherSide reports whether typed figure t and expected figure e are
// bounds on opposite sides that cannot both hold: "under 100,000" for
// "over 100,000", "just over 3,000" for "nearly 3,000", "at most 500"
// for "at least 500" ("under 200,000" for "over 100,000" may hold).
func otherSide(t, e Quantity) bool {
	ts, es := side(t.Hedge), side(e.Hedge)
	return ts == "above" && es == "below" && t.Lo >= e.Lo*(1-1e-9) ||
		ts == "below" && es == "above" && t.Lo <= e.Lo*(1+1e-9)
}

// trailingBounds are bounds written after a figure ("1,000 or more",
// "500 at most"), by the hedge that says the same before it.
var trailingBounds = []struct{ words, hedge string }{
	{"or more", "at least"}, {"or over", "at least"}, {"or above", "at least"}, {"and above", "at least"},
	{"and over", "at least"}, {"at least", "at least"}, {"or less", "at most"}, {"or fewer", "at most"},
	{"or under", "at most"}, {"or below", "at most"}, {"and under", "at most"}, {"and below", "at most"},
	{"at most", "at most"},
}

// withTrailingBound is q with a bound written after its figure, which
// ParseQuantity reads as its unit ("or more"), read as its hedge.
func withTrailingBound(q Quantity) Quantity {
	if q.Hedge != "" || q.Unit == "" {
		return q
	}
	for _, b := range trailingBounds {
		if rest, ok := strings.CutSuffix(q.Unit, b.words); ok && (rest == "" || strings.HasSuffix(rest, " ")) {
			q.Unit, q.Hedge = strings.TrimSpace(rest), b.hedge
			return q
		}
	}
	return q
}
