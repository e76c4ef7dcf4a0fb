package answer

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Figures said in words that ParseQuantity does not read, and ranks.
// Both a typed answer and the note's are read so, in grading only.

// wordFigures writes the figures of s said in words as ParseQuantity
// reads them: "none" as 0, "twice as much" and "double" as "two times",
// "a year" as "1 year", "an hour and a half" as "1.5 hour", "2 hours 30
// minutes" as "150 minute"; any other text is returned as it is.
func wordFigures(s string) string {
	l := strings.ToLower(strings.TrimSpace(s))
	if zeroWords[l] {
		return "0"
	}
	if m := multipleWord.FindStringSubmatch(l); m != nil {
		return multiples[m[1]] + " times"
	}
	if m := oneUnit.FindStringSubmatch(s); m != nil {
		// (a decade or a century is a span, not a figure: see vagueSpan)
		if u := units[strings.ToLower(m[2])]; measures[u].size > 0 && u != "decade" && u != "century" && u != "millennium" || misspeltUnit(strings.ToLower(m[2])) {
			return m[1] + "1 " + m[2] // "a day" for "24 hours", "over a year" for 18 months, "a moth" for "a month"
		}
	}
	if !strings.Contains(l, " ") {
		return s // most figures: the forms below are of several words
	}
	if d, ok := andAHalf(l); ok {
		return d
	}
	if d, ok := twoUnits(l); ok {
		return d
	}
	return s
}

// misspeltUnit reports whether w is a slip of the hand for a unit of
// time ("moth", "yea"), which matchQuantities then grades as one.
func misspeltUnit(w string) bool {
	if len(w) < 3 || units[w] != "" {
		return false
	}
	for _, u := range []string{"second", "minute", "hour", "day", "week", "month", "year"} {
		if typo(w, u) || strings.HasPrefix(u, w) && len(u)-len(w) == 1 {
			return true
		}
	}
	return false
}

// zeroWords say there were none.
var zeroWords = map[string]bool{"none": true, "nothing": true, "nil": true, "zero": true, "no one": true, "nobody": true, "not one": true}

var (
	// "twice", "double", "twice as many": so many times
	multipleWord = regexp.MustCompile(`^(twice|double|doubled|thrice|triple|tripled|trebled|quadruple|quadrupled)(?:\s+as\s+(?:much|many|large|big|high|long|fast|often))?$`)
	multiples    = map[string]string{"twice": "two", "double": "two", "doubled": "two", "thrice": "three", "triple": "three",
		"tripled": "three", "trebled": "three", "quadruple": "four", "quadrupled": "four"}
	// "an hour and a half", "two years and a half": a whole and a half of one unit
	halfMore = regexp.MustCompile(`^(?:(an?|one)|(\S+(?:\s+\S+)?))\s+([a-z]+)\s+and\s+a\s+half$`)
	// "2 hours 30 minutes", "a year and six months": a figure of two units
	unitPair = regexp.MustCompile(`^(.+?)\s+([a-z]+)\s*(?:,|and)?\s+(\S+(?:\s+\S+)?)\s+([a-z]+)$`)
)

// andAHalf writes "an hour and a half" as "1.5 hour"; ok is false for
// any other lower-case text s.
func andAHalf(s string) (string, bool) {
	if !strings.HasSuffix(s, " half") {
		return "", false
	}
	m := halfMore.FindStringSubmatch(s)
	if m == nil || measures[units[m[3]]].dim != "time" {
		return "", false
	}
	n := 1.0
	if m[2] != "" {
		q, ok := ParseQuantity(m[2])
		if !ok || q.IsRange() || q.Unit != "" || q.Hedge != "" {
			return "", false
		}
		n = q.Lo
	}
	return strconv.FormatFloat(n+0.5, 'f', -1, 64) + " " + m[3], true
}

// twoUnits writes a time given in two units ("2 hours 30 minutes", "a
// year and six months") in the smaller one ("150 minute"); ok is false
// for any other lower-case text s.
func twoUnits(s string) (string, bool) {
	if i := strings.LastIndexByte(s, ' '); i < 0 || measures[units[s[i+1:]]].dim != "time" {
		return "", false // most figures do not end on a unit of time
	}
	m := unitPair.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	big, small := measures[units[m[2]]], measures[units[m[4]]]
	if big.dim != "time" || small.dim != "time" || big.size <= small.size {
		return "", false
	}
	a, ok1 := plainCount(m[1])
	b, ok2 := plainCount(m[3])
	if !ok1 || !ok2 {
		return "", false
	}
	v := a*big.size/small.size + b
	return strconv.FormatFloat(math.Round(v*1e6)/1e6, 'f', -1, 64) + " " + m[4], true
}

// plainCount is the number s says alone ("2", "thirty", "a"), without a
// hedge or unit.
func plainCount(s string) (float64, bool) {
	if s == "a" || s == "an" {
		return 1, true
	}
	q, ok := ParseQuantity(s)
	if !ok || q.IsRange() || q.Unit != "" || q.Hedge != "" || q.Ordinal {
		return 0, false
	}
	return q.Lo, true
}

// checkedUnits are units ParseQuantity leaves as words, read as units
// in grading: frequencies and large powers, which differ by a thousand
// a prefix ("2 MHz" is not "2 GHz").
var checkedUnits = map[string]string{
	"hz": "Hz", "hertz": "Hz", "khz": "kHz", "kilohertz": "kHz", "mhz": "MHz", "megahertz": "MHz",
	"ghz": "GHz", "gigahertz": "GHz", "thz": "THz", "terahertz": "THz",
	"mw": "MW", "megawatt": "MW", "megawatts": "MW", "gw": "GW", "gigawatt": "GW", "gigawatts": "GW",
}

// checkedUnit is unit u as checkedUnits names it, or u.
func checkedUnit(u string) string {
	first, _, _ := strings.Cut(u, " ")
	if c, ok := checkedUnits[first]; ok {
		return c
	}
	return u
}

// dottedThousands is a figure grouped in threes by dots, as much of
// Europe writes them ("8.300.000"): two groups at least, as "2.345" may
// be a decimal.
var dottedThousands = regexp.MustCompile(`\b\d{1,3}(?:\.\d{3}){2,}\b`)

// withoutDots writes the figures of typed grouped by dots without them.
func withoutDots(typed string) string {
	if strings.Count(typed, ".") < 2 {
		return typed
	}
	return dottedThousands.ReplaceAllStringFunc(typed, func(m string) string { return strings.ReplaceAll(m, ".", "") })
}

// misspeltNumbers writes the number words of typed that are misspelt
// ("fourty", "ninty", "thirten") as they are spelt; ok is false when
// none is, or a word is neither a number word nor a slip of one.
func misspeltNumbers(typed string) (string, bool) {
	ws := strings.Fields(strings.ToLower(typed))
	changed := false
	for i, w := range ws {
		if _, ok := smallNumbers[w]; ok || scales[w] > 0 || w == "and" || w == "a" {
			continue
		}
		fixed := ""
		for _, n := range numberWordList {
			if len(w) >= 5 && w[0] == n[0] && typo(w, n) {
				fixed = n
				break
			}
		}
		if fixed == "" {
			return "", false
		}
		ws[i], changed = fixed, true
	}
	return strings.Join(ws, " "), changed
}

// numberWordList are the number words of four letters or more that say
// a number exactly, in order, which misspeltNumbers reads slips of.
var numberWordList = func() []string {
	var out []string
	for w := range smallNumbers {
		if len(w) >= 4 && w != "several" && w != "dozen" {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}()

// otherRank reports whether typed gives another rank than expected: a
// share or a fraction for a rank ("5%", "a fifth" for "fifth"), a rank
// counted from the other end ("5th from the bottom" for "5th"), or the
// same superlative with another ordinal ("the largest" for "the
// second-largest").
func otherRank(typed, expected string) bool {
	eq, ok := ParseQuantity(expected)
	if ok && eq.Ordinal && eq.Unit == "" && (strings.Contains(typed, "%") || fractionOpens.MatchString(typed)) {
		return true
	}
	if fromEnd.MatchString(typed) != fromEnd.MatchString(expected) && (ok && eq.Ordinal || rankOf(expected) != "") {
		return true
	}
	es := rankOf(expected)
	if es == "" {
		return false
	}
	ts := rankOf(typed)
	return ts != "" && ts != es && strings.Fields(ts)[1] == strings.Fields(es)[1]
}

var (
	// "a fifth", "one third": a fraction, not a rank
	fractionOpens = regexp.MustCompile(`(?i)^\s*(?:a|an|one)\s+(?:half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b`)
	// "from the bottom", "from last": a rank counted from the other end
	fromEnd = regexp.MustCompile(`(?i)\bfrom\s+(?:the\s+)?(?:bottom|last|end)\b`)
)

// rankOf is the rank text s gives as an ordinal and a superlative ("2
// largest" for "the second-largest", "1 largest" for "the largest"),
// or "" when it gives none.
func rankOf(s string) string {
	ws := strings.Fields(strings.ReplaceAll(Normalize(s), "-", " "))
	for i, w := range ws {
		if !superlatives[w] {
			continue
		}
		n := 1
		if i > 0 {
			if v := ordinalValue(ws[i-1]); v > 0 {
				n = v
			}
		}
		return strconv.Itoa(n) + " " + w
	}
	return ""
}

// superlatives are the words that rank things.
var superlatives = map[string]bool{
	"largest": true, "biggest": true, "smallest": true, "highest": true, "lowest": true, "greatest": true,
	"longest": true, "shortest": true, "tallest": true, "oldest": true, "youngest": true, "richest": true,
	"poorest": true, "busiest": true, "deepest": true, "most": true, "least": true, "best": true, "worst": true,
}

var (
	// "minus 40", "down 3.4%", "rose by 12%": a sign or a change said
	// before the figure
	leadDirection = regexp.MustCompile(`(?i)^\s*(?:minus|plus|down|up|(?:fell|rose|dropped|declined|increased|decreased|grew|shrank|climbed|jumped|slipped)(?:\s+by)?|an?\s+(?:drop|fall|decline|decrease|increase|rise|contraction|gain|loss)\s+of)\s+`)
	// "a 5% drop": an article before a figure
	leadArticle = regexp.MustCompile(`(?i)^\s*an?\s+([-+−]?[$€£]?\d)`)
	// "a 3.4% contraction", "40 below zero": a change said after it
	trailDirection = regexp.MustCompile(`(?i)\s+(?:drop|fall|decline|decrease|increase|rise|contraction|growth|gain|loss|below\s+zero|above\s+zero)\s*$`)
)

// withoutDirection is s without the words that say which way its figure
// goes ("minus 40" → "40", "a 5% drop" → "5%"), which figureSign reads
// from s as written; s itself when it has none.
func withoutDirection(s string) string {
	if !hasDigit(s) {
		return s
	}
	t := trailDirection.ReplaceAllString(leadDirection.ReplaceAllString(s, ""), "")
	return leadArticle.ReplaceAllString(t, "$1")
}
