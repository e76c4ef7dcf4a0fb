package answer

import (
	"regexp"
	"slices"
	"strings"
)

// Answers that say the opposite of the note's, or something else in its
// words: the rest of the words agree, so the checks of match.go would
// take them as close or right.

// antonymPair is two sets of words that say opposite things ("rise",
// "fall"). aligned pairs are common words ("for", "more", "high") that
// are opposed only in the same place of both answers, beside the same
// word ("voted for the bill", "voted against the bill"); the others
// anywhere ("interest rates went down" for "rising interest rates").
type antonymPair struct {
	a, b    []string
	aligned bool
}

var antonymPairs = []antonymPair{
	{[]string{"rise", "rose", "risen", "rising", "increase", "grow", "grew", "grown", "growth", "climb", "surge", "soar",
		"boom", "gain", "raise", "hike", "up", "inflation"},
		[]string{"fall", "fell", "fallen", "falling", "decrease", "decline", "drop", "shrink", "shrank", "shrunk", "plunge",
			"slump", "down", "lower", "loss", "recession", "contraction", "reduce", "reduction", "deflation"}, false},
	{[]string{"surplus", "glut", "excess", "abundance", "abundant", "plenty", "plentiful", "oversupply"},
		[]string{"shortage", "scarcity", "scarce", "lack", "shortfall", "deficit", "dearth"}, false},
	{[]string{"maximum", "max"}, []string{"minimum", "min"}, false},
	{[]string{"since", "after"}, []string{"until", "till", "before"}, false},
	{[]string{"more", "higher", "greater", "larger", "bigger", "over", "above"},
		[]string{"less", "fewer", "lower", "smaller", "under", "below"}, true},
	{[]string{"most", "largest", "biggest", "highest", "greatest", "maximum"},
		[]string{"least", "smallest", "lowest", "fewest", "minimum"}, true},
	{[]string{"best"}, []string{"worst"}, true},
	{[]string{"richest"}, []string{"poorest"}, true},
	{[]string{"oldest"}, []string{"youngest", "newest"}, true},
	{[]string{"longest"}, []string{"shortest"}, true},
	{[]string{"first"}, []string{"last"}, true},
	{[]string{"for"}, []string{"against"}, true},
	{[]string{"high"}, []string{"low"}, true},
	{[]string{"heavy"}, []string{"light"}, true},
	{[]string{"strong", "strengthen"}, []string{"weak", "weaken"}, true},
	{[]string{"hot", "warm"}, []string{"cold", "cool"}, true},
	{[]string{"wet"}, []string{"dry"}, true},
	{[]string{"win", "won", "victory"}, []string{"lose", "lost", "defeat"}, true},
	{[]string{"support", "back", "favour", "favor"}, []string{"oppose"}, true},
	{[]string{"accept", "approve"}, []string{"reject", "veto"}, true},
	{[]string{"allow", "permit", "legalise", "legalize"}, []string{"ban", "forbid", "forbade", "prohibit"}, true},
	{[]string{"open"}, []string{"close", "shut"}, true},
	{[]string{"import"}, []string{"export"}, true},
	{[]string{"buy", "bought"}, []string{"sell", "sold"}, true},
	{[]string{"borrow"}, []string{"lend", "lent"}, true},
	{[]string{"public"}, []string{"private"}, true},
	{[]string{"early"}, []string{"late"}, true},
	{[]string{"north", "northern"}, []string{"south", "southern"}, true},
	{[]string{"east", "eastern"}, []string{"west", "western"}, true},
	{[]string{"inside", "internal"}, []string{"outside", "external"}, true},
}

// antonymSide maps each word of antonymPairs, and its stem, to its pair
// and side (+1 for a, -1 for b).
var antonymSide = func() map[string][]int {
	m := map[string][]int{}
	add := func(w string, v int) {
		m[w] = append(m[w], v)
		if s := stem(w); s != "" && s != w {
			m[s] = append(m[s], v)
		}
	}
	for p, ab := range antonymPairs {
		for _, w := range ab.a {
			add(w, p+1)
		}
		for _, w := range ab.b {
			add(w, -(p + 1))
		}
	}
	return m
}()

// antonymOpenings are the first three letters of the words of
// antonymPairs: a word that opens otherwise is not stemmed to look it up
// (the stemmer is slow, and most words are none of them).
var antonymOpenings = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range antonymPairs {
		for _, w := range append(slices.Clone(p.a), p.b...) {
			if len(w) >= 3 {
				m[w[:3]] = true
			}
		}
	}
	return m
}()

// sidesOf is the pairs and sides of normalised word w (see antonymSide).
func sidesOf(w string) []int {
	if v, ok := antonymSide[w]; ok {
		return v
	}
	if len(w) < 4 || !antonymOpenings[w[:3]] {
		return nil
	}
	if s := stem(w); s != "" {
		return antonymSide[s]
	}
	return nil
}

// opposite reports whether normalised answer t says the opposite of e
// in one word of antonymPairs: t holds words of one side of a pair and
// none of the other, e the other way round ("falling interest rates"
// for "rising interest rates", "a pH above 7" for "a pH below 7").
func opposite(t, e string) bool {
	tw, ew := strings.Fields(amounts(t)), strings.Fields(amounts(e))
	ts, es := sidesIn(tw), sidesIn(ew)
	if ts == nil || es == nil {
		return false // most answers
	}
	for i := range tw {
		for _, v := range ts[i] {
			p := abs(v) - 1
			if holdsSide(ts, v) && !holdsSide(ts, -v) && holdsSide(es, -v) && !holdsSide(es, v) &&
				(!antonymPairs[p].aligned || alignedSide(tw, i, ew, es, -v)) {
				return true
			}
		}
	}
	return false
}

// tooMuch and tooLittle say in two words what a surplus and a shortage
// say in one ("too much oil").
var (
	tooMuch   = regexp.MustCompile(`\btoo (?:much|many)\b`)
	tooLittle = regexp.MustCompile(`\b(?:too (?:little|few)|not enough)\b`)
)

// amounts is normalised text s with tooMuch written "excess" and
// tooLittle "shortage".
func amounts(s string) string {
	if !strings.Contains(s, "too ") && !strings.Contains(s, "enough") {
		return s
	}
	return tooLittle.ReplaceAllString(tooMuch.ReplaceAllString(s, "excess"), "shortage")
}

// sidesIn is the pairs and sides of each of words ws that says which
// way something goes (see sidesOf, countedSide), or nil when none does.
func sidesIn(ws []string) [][]int {
	var out [][]int
	for i, w := range ws {
		v := sidesOf(w)
		if v == nil || !countedSide(ws, i) {
			continue
		}
		if out == nil {
			out = make([][]int, len(ws))
		}
		out[i] = v
	}
	return out
}

// holdsSide reports whether words of sides ss (see sidesIn) hold side v
// of its pair.
func holdsSide(ss [][]int, v int) bool {
	for _, vs := range ss {
		if slices.Contains(vs, v) {
			return true
		}
	}
	return false
}

// countedSide reports whether ws[i] says which way something goes:
// "up" and "down" only end a phrase or come before a figure ("prices
// went up", "down by 5%"), not part a verb ("set up", "shut down").
func countedSide(ws []string, i int) bool {
	if ws[i] != "up" && ws[i] != "down" {
		return true
	}
	return i+1 == len(ws) || ws[i+1] == "by" || ws[i+1] == "to" || ws[i+1] == "from" || hasDigit(ws[i+1])
}

// alignedSide reports whether a word of side v (sides es) stands in ew
// where tw[i] stands in tw: beside the same word on either side, or both
// alone.
func alignedSide(tw []string, i int, ew []string, es [][]int, v int) bool {
	for j := range ew {
		if !slices.Contains(es[j], v) {
			continue
		}
		before := i > 0 && j > 0 && tw[i-1] == ew[j-1] || i == 0 && j == 0
		after := i+1 < len(tw) && j+1 < len(ew) && tw[i+1] == ew[j+1] || i+1 == len(tw) && j+1 == len(ew)
		if before || after {
			return true
		}
	}
	return false
}

// relationWords stand between two parties or things compared: the
// one after them is not to be put before them.
var relationWords = []string{"than", "on", "against", "over", "into", "from", "to"}

// rolesSwapped reports whether normalised answer t puts before the word
// that relates two parties the one e puts after it: "earning more than
// you spend" for "spending more than you earn", "kesh declared war on"
// for "declared war on Kesh".
func rolesSwapped(t, e string) bool {
	tw, ew := strings.Fields(t), strings.Fields(e)
	for _, r := range relationWords {
		ti, ei := slices.Index(tw, r), slices.Index(ew, r)
		if ti < 0 || ei < 0 {
			continue
		}
		object := firstContent(ew[ei+1:])
		if object == "" {
			return false
		}
		return holdsStem(tw[:ti], object) && !holdsStem(tw[ti+1:], object)
	}
	return false
}

// firstContent is the stem of the first word of ws that is no stop
// word, or "".
func firstContent(ws []string) string {
	for _, w := range ws {
		if !stopWords[w] {
			return stemOr(w)
		}
	}
	return ""
}

// stemOr is the stem of w, or w when it has none (see stem).
func stemOr(w string) string {
	if s := stem(w); s != "" {
		return s
	}
	return w
}

// holdsStem reports whether one of words ws has stem s.
func holdsStem(ws []string, s string) bool {
	for _, w := range ws {
		if stemOr(w) == s {
			return true
		}
	}
	return false
}

// swappedWord reports whether typed content words tc are the note's
// words ec in their order with a word put in place of one of them ("a
// long winter" for "a long drought", "a shortage of wheat" for "a
// shortage of oil", "...by which animals convert food into energy" for
// "...by which plants convert light into chemical energy"): the words
// kept say it is the note's answer, and the word changed that it is
// another one. At least half of the note's words are kept, in order; a
// word is kept when the same, another form of it, a synonym or a typo
// (see wordIn). Words added or left out without one put in their place
// are not this ("temporarily closed the border").
func swappedWord(tc, ec []string) bool {
	if len(tc) == 0 || len(ec) < 2 {
		return false
	}
	// the longest run of kept words, in order
	n, m := len(tc), len(ec)
	l := make([][]int, n+1)
	for i := range l {
		l[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if sameWord(tc[i], ec[j]) {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	kept := l[0][0]
	if kept == 0 || kept*2 < m || kept == n && kept == m {
		return false
	}
	// walk the run: a gap where both answers have words is a word put in
	// place of another
	i, j := 0, 0
	gapT, gapE := false, false
	for i < n || j < m {
		switch {
		case i < n && j < m && sameWord(tc[i], ec[j]) && l[i][j] == l[i+1][j+1]+1:
			if gapT && gapE {
				return true
			}
			gapT, gapE = false, false
			i, j = i+1, j+1
		case j < m && (i == n || l[i][j+1] >= l[i+1][j]):
			gapE = true
			j++
		default:
			if !vagueWords[tc[i]] {
				gapT = true
			}
			i++
		}
	}
	return gapT && gapE
}

// sameWord reports whether typed word a is expected word b, in another
// form, a synonym or with a typo.
func sameWord(a, b string) bool {
	found, _ := wordIn(a, []string{b})
	return found
}

// refusals are the verbs that, before "to", say an action was not done
// ("refused to sign", "failed to condemn", "declined to comment").
var refusals = map[string]bool{
	"refuse": true, "refused": true, "refuses": true, "refusing": true, "decline": true, "declined": true,
	"declines": true, "declining": true, "fail": true, "failed": true, "fails": true, "failing": true,
}

// notDone writes the ways of saying an action was not done as "not":
// "did not sign", "didn't sign", "declined to sign" and "refused to
// sign" are "not sign", so that one is the other (normalised text s).
var notDone = regexp.MustCompile(`\b(?:(?:did|does|do|would|will)\s+not|didnt|doesnt|dont|wouldnt|wont|(?:refus|declin|fail)(?:e|ed|es|ing|s)?\s+to|chose\s+not\s+to)\b`)

func withNotDone(s string) string {
	if !strings.Contains(s, "not") && !strings.Contains(s, "nt") && !strings.Contains(s, " to") && !strings.Contains(s, "did") {
		return s // most answers
	}
	// "did sign" is "sign", said with stress
	return strings.TrimSpace(didStress.ReplaceAllString(notDone.ReplaceAllString(s, "not"), ""))
}

// didStress is a "did" left before a verb once "did not" is read (see
// notDone): it stresses the verb.
var didStress = regexp.MustCompile(`\bdid\s+`)

// intentions are the verbs that, before "to" or a verb in -ing, say an
// action was only meant or weighed, not done ("considered imposing a
// curfew", "threatened to expel"), by their stems.
var intentions = map[string]bool{
	"consid": true, "threaten": true, "plan": true, "propos": true, "tri": true, "attempt": true,
	"sought": true, "seek": true, "want": true, "intend": true, "promis": true, "pledg": true, "vow": true,
	"offer": true, "weigh": true, "contempl": true,
}

// intended reports whether s says an action was only meant (see
// intentions).
func intended(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	for i := 0; i+1 < len(ws); i++ {
		if next := strings.Trim(ws[i+1], ".,;:"); (next == "to" || strings.HasSuffix(next, "ing")) && intentions[stem(ws[i])] {
			return true
		}
	}
	return false
}

// MatchResponse grades typed against a reaction the note gives
// ("condemned the attack", "recalled its ambassador and suspended
// trade"): as Match, and an answer that leaves out what was done,
// naming only what it was done to ("the attack", "interest rates"), is
// wrong: the action is the answer.
func MatchResponse(typed, expected string) Result {
	r := Match(typed, expected)
	if r.Verdict != Correct && moreSaid(typed, expected) {
		// "raised interest rates by 0.5%" for "raised interest rates":
		// what was done, and more of it than the note says
		return Result{Correct, "the note says " + strings.TrimSpace(expected)}
	}
	if r.Verdict != Close || actionNamed(typed, expected) {
		return r
	}
	return Result{Wrong, "what was done is missing: expected " + strings.TrimSpace(expected)}
}

// moreSaid reports whether typed is the reaction expected, word for
// word (in any form, or by a synonym), followed by more of it after a
// preposition or "and" ("raised interest rates by 0.5%", "imposed a
// curfew and arrested the leaders").
func moreSaid(typed, expected string) bool {
	tw, ew := strings.Fields(actionText(typed)), strings.Fields(actionText(expected))
	if len(ew) == 0 || len(tw) <= len(ew) || !detailWords[tw[len(ew)]] {
		return false
	}
	for i, w := range ew {
		if tw[i] != w && (stopWords[w] || !sameWord(tw[i], w)) {
			return false
		}
	}
	return negations(typed)%2 == negations(expected)%2 && !intended(typed)
}

// detailWords open more of what was done: how much, to whom, when, why.
var detailWords = wordSet(`by to from in on at after with for over against and amid following until during as`)

// actionNamed reports whether typed names the action of expected, or of
// one of the actions it lists: its verb, in any form or by a synonym,
// or an action of its own said in a verb ("sanctioned Russia" for
// "imposed sanctions on Russia").
func actionNamed(typed, expected string) bool {
	tw := wordsOf(typed)
	if len(tw) > 0 && pastTense(tw[0]) {
		return true
	}
	items := listItems(expected)
	if items == nil {
		items = []string{expected}
	}
	for _, it := range items {
		v := actionOf(it)
		if v == "" {
			return true
		}
		if found, _ := wordIn(v, tw); found {
			return true
		}
	}
	return false
}

// actionOf is the word of reaction s that says what was done: its
// first word but a negation, a helping verb or an adverb ("not
// invoke", "has expelled", "swiftly condemned"), or "".
func actionOf(s string) string {
	for _, w := range wordsOf(s) {
		if w == "not" || negationWords[w] || helpingVerbs[w] || strings.HasSuffix(w, "ly") && len(w) > 4 {
			continue
		}
		return w
	}
	return ""
}

// pastTense reports whether w is a verb in the past, as reactions are
// told: a word in -ed, or a common irregular one.
func pastTense(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPasts[w]
}

// irregularPasts are the common verbs of reactions whose past does not
// end in -ed.
var irregularPasts = wordSet(`cut shut froze broke sent withdrew left began set put held made took gave built bought
sold struck fought won lost led met sought kept threw drove paid spent went came ran stood wrote brought told`)

// helpingVerbs come before the verb of an action.
var helpingVerbs = wordSet(`has have had did does do was were been being would will could should also then
quickly immediately`)
