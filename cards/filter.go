package cards

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// This file is the teacher's second look at each finished card: checks that
// need the card as shown (heading path above it, options, the statement
// made false) rather than the fact alone. A card that fails is not shipped;
// when unsure, dropping beats shipping a card a teacher would reject.
// "Fit" below is this look as a whole: its checks (passes, fitStem,
// fitOptions) and the rescoring of the cards that pass (rescore).

// passes reports whether card c, made from the fact behind ctx, is fit
// to ship (rescore then lowers the scores of those that pass, so that the
// top of the ranking holds the cards that can be answered from what they
// show).
func (g *generator) passes(c *Card, ctx *context) bool {
	shown := c.Question
	if c.Type == TF {
		shown = strings.TrimPrefix(shown, "True or false: ")
	}
	return g.fitStem(c, shown, ctx) && fitOptions(c, shown, ctx)
}

// fitStem is fit's checks of what a card shows other than its options: an
// mc card that fails them is not worth drawing options for.
func (g *generator) fitStem(c *Card, shown string, ctx *context) bool {
	f := c.Fact
	// a false statement is as plain as a true one; prepare skips the facts
	// that fail factDangles, a check of the fact alone
	if factDangles(ctx) || openerDangles(shown, ctx) {
		return false
	}
	if openEnded(c, f, ctx) || !strictStem(c, shown, ctx) {
		return false
	}
	return c.Type != MC || goodKey(c.Answer, f)
}

// fitOptions is fit's checks of an mc card's options and key position, and
// of the statement a false tf card makes.
func fitOptions(c *Card, shown string, ctx *context) bool {
	if !strictOptions(c, shown, ctx) {
		return false
	}
	switch c.Type {
	case MC:
		return goodOptions(c, c.Fact)
	case TF:
		return c.Answer != "false" || goodFalse(c, ctx)
	}
	return true
}

// rescore grades a card that passes by what it shows (none of it
// depends on an mc card's options).
func rescore(c *Card, ctx *context, lx *lexicon) {
	c.Score = clamp(c.Score + answerability(c, c.Fact, ctx) + reviewPenalty(c, ctx, lx))
	if c.Type == TF && c.Answer == "true" {
		c.Score = min(c.Score, maxTrueScore)
		if c.Score < weakTrueScore && c.Fact.Kind != notes.Date {
			c.Score = clamp(c.Score - 0.1)
		}
	}
}

// weakTrueScore is the score under which a true statement of anything but
// a date (who did what, how someone responded, where) loses 0.1 more: it
// is only as good as its sentence, and two fresh blind raters took 18 and
// 20 of 60 such statements scoring 0.6-0.8 in one rating, 19 and 19 of 40
// scoring 0.85 or more (another pair took 1 of 18 ratings of actors' and
// responses' at 0.6-0.8). A date's true statement shows a date to check,
// and keeps its score.
const weakTrueScore = 0.8

// maxTrueScore bounds the score of a true statement. It shows the learner
// the whole fact to nod at, note's errors included, and two blind ratings
// of the default corpus cards found it the weakest card but mc: of those
// scoring 0.95, teachers took 56%, against 78% of the questions there and
// 96% of the false statements scoring 0.92 or more. The bound is above
// DefaultMinScore, so it ranks them below those cards without leaving any
// out at the default.
const maxTrueScore = 0.88

// factGivesAway is fit's first checks, of the fact alone: the heading,
// the spelled-out answer or the rest of the sentence gives it away. Each
// result is remembered in ctx, in this order.
func factGivesAway(ctx *context) bool {
	f := ctx.f
	return ctx.headingGivesAway() || ctx.spelled.get(func() bool { return spelledOut(f, ctx) }) ||
		ctx.implied.get(func() bool { return impliedBySentence(f, ctx) })
}

// factDangles reports whether fitStem rejects every card of the fact
// behind ctx whatever it shows: the fact gives its answer away, its
// answer is half a range (halfRange), or its sentence leans on text the
// card does not show. The results are
// remembered in ctx, as fitStem and warmFilter work them out.
func factDangles(ctx *context) bool {
	f := ctx.f
	return factGivesAway(ctx) || contextDangles(ctx) || halfRange(f, ctx.sp) ||
		ctx.sentDangles.get(func() bool { return ctx.sents.dangles(ctx.sp.sentence(), f.Sentence) })
}

// warmFilter works out fit's checks that depend on the fact alone, in
// fit's order and stopping where fit would, so that fit finds them known.
// Generate calls it in its parallel phase: it writes only ctx.
func warmFilter(ctx *context) {
	f := ctx.f
	if factGivesAway(ctx) || contextDangles(ctx) || halfRange(f, ctx.sp) {
		return
	}
	ctx.sentDangles.get(func() bool { return ctx.sents.dangles(ctx.sp.sentence(), f.Sentence) })
	ctx.answerTokens, ctx.answerKnown = countContentTokens(f.Answer), true
	ctx.rest, ctx.restKnown = countContentTokens(ctx.sp.left+" "+ctx.sp.right+" "+ctx.prefix), true
}

// contentTokens are the words of s worth comparing: no function words, no
// possessive endings.
func contentTokens(s string) []string {
	var out []string
	// a possessive goes before normalising, which drops the apostrophe
	// ("SBI's" would read "sbis" and not match the answer "SBI")
	for _, w := range strings.Fields(answer.Normalize(withoutPossessives(s))) {
		if !isContentToken(w) {
			continue
		}
		out = append(out, w)
	}
	return appendCapitalPairs(out, s)
}

// appendCapitalPairs appends to dst the names of two capitals in s ("US",
// "UK", "EU"), lower-cased: contentTokens leaves out words of two letters,
// which in small letters say nothing ("of", "us").
func appendCapitalPairs(dst []string, s string) []string {
	// read byte by byte: every heading path and answer comes here, and
	// nearly none holds such a name
	for i := 0; i+1 < len(s); i++ {
		if !isCapital(s[i]) || !isCapital(s[i+1]) || i > 0 && isWordByte(s[i-1]) {
			continue
		}
		end := i + 2
		if n := possessiveAt(s, end); n > 0 {
			end += n // "US's"
		}
		if end < len(s) && isWordByte(s[end]) {
			i = end // a longer word ("USA", "AIs")
			continue
		}
		dst = append(dst, strings.ToLower(s[i:i+2]))
		i = end
	}
	return dst
}

func isCapital(c byte) bool { return c >= 'A' && c <= 'Z' }

// sameCountryShown reports whether the answer's content tokens aw name a
// country wholly ("the United States", "US", "Beijing") and the title or
// heading tokens hw name the same country in any of its forms ("US",
// "America", "American"), which the plain comparison of words misses.
func sameCountryShown(aw, hw []string) bool {
	key := countryOf(aw)
	if key == "" {
		return false
	}
	for i, h := range hw {
		if countryForms[h] == key || i+1 < len(hw) && countryForms[h+" "+hw[i+1]] == key {
			return true
		}
	}
	return false
}

// countryOf is the country the tokens name whole ("united states" → "us"),
// or "".
func countryOf(aw []string) string {
	switch len(aw) {
	case 1:
		return countryForms[aw[0]]
	case 2:
		return countryForms[aw[0]+" "+aw[1]]
	}
	return ""
}

// countryForms maps the forms a country is named by in titles and headings
// (names, short names, adjectives, capitals) to one key.
var countryForms = func() map[string]string {
	m := map[string]string{}
	for key, forms := range map[string][]string{
		"us":       {"us", "usa", "america", "american", "americans", "united states", "washington"},
		"uk":       {"uk", "britain", "british", "united kingdom", "london"},
		"china":    {"china", "chinese", "beijing", "prc"},
		"russia":   {"russia", "russian", "russians", "moscow", "kremlin"},
		"india":    {"india", "indian", "indians", "new delhi"},
		"israel":   {"israel", "israeli", "israelis"},
		"iran":     {"iran", "iranian", "iranians", "tehran"},
		"japan":    {"japan", "japanese", "tokyo"},
		"germany":  {"germany", "german", "germans", "berlin"},
		"france":   {"france", "french", "paris"},
		"ukraine":  {"ukraine", "ukrainian", "ukrainians", "kyiv", "kiev"},
		"pakistan": {"pakistan", "pakistani", "islamabad"},
	} {
		for _, f := range forms {
			m[f] = key
		}
	}
	return m
}()

// withoutPossessives drops the "'s" (or "’s") that ends a word: "SBI's
// Data Release" → "SBI Data Release". s is returned as it is when it has
// none, which is most headings.
func withoutPossessives(s string) string {
	if !strings.Contains(s, "'s") && !strings.Contains(s, "’s") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if n := possessiveAt(s, i); n > 0 {
			i += n - 1
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// possessiveAt is the length of the "'s" or "’s" that ends a word at
// s[i:], or 0.
func possessiveAt(s string, i int) int {
	for _, p := range []string{"'s", "’s"} {
		if i > 0 && (isLetterByte(s[i-1]) || isDigitByte(s[i-1])) && strings.HasPrefix(s[i:], p) {
			if end := i + len(p); end == len(s) || !isLetterByte(s[end]) {
				return len(p)
			}
		}
	}
	return 0
}

func isContentToken(w string) bool {
	return !(len(w) < 3 && !isDigits(w) || notContent[w])
}

// notContent is functionWords, determiners and pronouns in one set: one
// lookup per word instead of three.
var notContent = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{functionWords, determiners, pronouns} {
		for w, v := range set {
			m[w] = m[w] || v
		}
	}
	return m
}()

func isDigitBytes(w []byte) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(w) > 0
}

// countContentTokens is len(contentTokens(s)), normalising into a buffer
// on the stack: the filter counts the tokens of every card.
func countContentTokens(s string) int {
	var buf [512]byte
	return countNormalTokens(answer.AppendNormalize(buf[:0], s))
}

// countNormalTokens counts the content tokens of text already normalised.
func countNormalTokens(norm []byte) int {
	n := 0
	for len(norm) > 0 {
		i := bytes.IndexByte(norm, ' ')
		if i < 0 {
			i = len(norm)
		}
		w := norm[:i]
		if i < len(norm) {
			norm = norm[i+1:]
		} else {
			norm = nil
		}
		w = bytes.TrimSuffix(w, []byte("'s"))
		if len(w) < 3 && !isDigitBytes(w) || notContent[string(w)] {
			continue // as isContentToken, without turning w into a string
		}
		n++
	}
	return n
}

// sameStem reports whether two words are one name in two forms
// ("georgians"/"georgia", "australian"/"australias").
func sameStem(a, b string) bool {
	if a == b {
		return true
	}
	if isDigits(a) || isDigits(b) {
		return false
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 4 && n >= min(len(a), len(b))-2 && n >= max(len(a), len(b))-3
}

// headingGivesAway reports whether the title or heading path shown above
// the card reveals the fact's answer (see headingTokensGiveAway), worked
// out once: every card type of the fact asks it. The sentence's label,
// which the card shows as its last heading or before the sentence (see
// readContext), is shown as much: "Automate Conversion with Handbrake
// Watcher" above 'a tool called "_____"'.
func (c *context) headingGivesAway() bool {
	if !c.headingKnown {
		c.headingAway = headingTokensGiveAway(c.sents.headingTokens(c.f), c.hedgeless(), c.f, c.lx.isName)
		if label := c.shownLabel(); !c.headingAway && label != "" {
			c.headingAway = headingTokensGiveAway(contentTokens(label), c.hedgeless(), c.f, c.lx.isName)
		}
		c.headingKnown = true
	}
	return c.headingAway
}

// shownLabel is the subject the card shows beside its sentence, as its
// last heading or before the sentence; "" when it shows none.
func (c *context) shownLabel() string {
	if c.heading != "" {
		return c.heading
	}
	return strings.TrimSuffix(c.prefix, ": ")
}

// headingTokensGiveAway reports whether the title and heading path, given
// as their content tokens hw (many facts share one path), reveal the answer
// (given without its hedge): a name in the answer names the note or the
// section, a year of the answer is in a heading, or half of a phrase's
// content words are there. The names in a response or a cause (isName;
// nil: none) are its context, not what it tells: "severed ties with Vela"
// under "Kesh and Vela" tells a deed the headings do not; they count only
// in one of names alone.
func headingTokensGiveAway(hw []string, hedgeless string, f notes.Fact, isName func(string) bool) bool {
	aw := contentTokens(hedgeless)
	if len(aw) == 0 {
		// an answer that is a name of two capitals alone ("the US", "AI"),
		// which the hedgeless answer may have lower-cased: "Open AI" is
		// not given away by "Generative AI"
		aw = appendCapitalPairs(aw, f.Answer)
	}
	if len(aw) == 0 {
		return false
	}
	phrase := true
	switch f.Kind {
	case notes.Actor, notes.Place, notes.Date, notes.Ranking, notes.Population:
		phrase = false
	}
	words := 0 // the deed's or reason's content tokens that are no names (a definition's names are what it asks)
	if (f.Kind == notes.Response || f.Kind == notes.Cause) && isName != nil {
		for _, a := range aw {
			if !isName(a) {
				words++
			}
		}
	}
	if (f.Kind == notes.Actor || f.Kind == notes.Place) && sameCountryShown(aw, hw) {
		return true // "the United States" under "US foreign policy", "Beijing" under "China's influence"
	}
	hit, n := 0, 0
	for _, a := range aw {
		if words > 0 && isName(a) {
			continue
		}
		n++
		for _, h := range hw {
			// a short name with an "s" after it is its owner in a title
			// that lost its apostrophe ("Kenneth Lays role as CEO" above
			// "_____ became the CEO" → Lay), which sameStem's four letters
			// in common miss
			if sameStem(a, h) || len(h) == len(a)+1 && h[len(a)] == 's' && h[:len(a)] == a {
				hit++
				break
			}
		}
	}
	if hit == 0 {
		return false
	}
	if !phrase {
		return true // a name or a year of the answer is in plain view
	}
	return 2*hit >= n
}

var (
	yearRe   = regexp.MustCompile(`\b(1[5-9]\d\d|20\d\d)\b`)
	decadeRe = regexp.MustCompile(`\b(1[5-9]\d|20\d)0s\b`)
)

// decadeIn is decadeRe.FindStringSubmatch(s), run only when s holds the
// "0s" every decade ends on.
func decadeIn(s string) []string {
	if !strings.Contains(s, "0s") {
		return nil
	}
	return decadeRe.FindStringSubmatch(s)
}

// impliedBySentence reports whether the rest of the sentence fixes the
// answer: a decade or year next to a full date inside it, or a monthly
// amount next to the yearly one.
func impliedBySentence(f notes.Fact, ctx *context) bool {
	rest := ctx.sp.left + " " + ctx.sp.right
	ans := f.Answer
	if m := decadeIn(ans); m != nil {
		for _, y := range yearRe.FindAllString(rest, -1) {
			if strings.HasPrefix(y, m[1]) {
				return true
			}
		}
	}
	if f.Kind == notes.Date && !strings.ContainsAny(strings.TrimSpace(yearRe.ReplaceAllString(ans, "")), "0123456789") {
		// a bare year (perhaps with a month) shown again elsewhere
		for _, y := range yearRe.FindAllString(ans, -1) {
			if strings.Contains(rest, y) {
				return true
			}
		}
	}
	if f.Kind == notes.Quantity || f.Kind == notes.Population {
		l := strings.ToLower(ctx.sp.sentence())
		per := func(ws ...string) bool {
			for _, w := range ws {
				if strings.Contains(l, w) {
					return true
				}
			}
			return false
		}
		if per("per month", "a month", "monthly") && per("per year", "a year", "annually", "yearly") && hasDigit(rest) {
			return true // one amount in two units: each gives the other
		}
	}
	return false
}

var (
	relTimeRe = regexp.MustCompile(`(?i)\b(days|weeks|months|years|decades|hours|minutes)\s+(later|earlier|afterwards|after that|before that|prior)\b`)
	awayRe    = regexp.MustCompile(`(?i)\b(kilometers|kilometres|km|miles|meters|metres)\s+away\b`)
	// an opening word that points at an earlier sentence
	danglingOpeners = map[string]bool{
		"this": true, "these": true, "that": true, "those": true, "such": true, "it": true,
		"they": true, "later": true, "soon": true, "afterwards": true, "subsequently": true, "both": true,
		"he": true, "she": true, "his": true, "her": true, "its": true, "their": true, "there": true,
	}
	yearLabelRe = regexp.MustCompile(`^\s*(\d{4}s?|\d+(st|nd|rd|th)?)\s*:`)
	// references to something the card does not show
	backRefRe = regexp.MustCompile(`(?i)\b(the same|the remaining|the former|the latter|the above|the following|this (experience|period|move|decision|step|event|policy|approach|situation|process|time|point|case|agreement|deal|war|crisis|change)|following this|followed suit|did the same|at the time|the matter|in kind|(?:refused|declined|agreed|decided|chose|voted) to (?:participate|join|comply|attend|cooperate)(?:[,.;]| and\b))`)
)

// danglingContext reports whether the card as shown leans on a sentence it
// does not show.
func danglingContext(shown string, f notes.Fact, ctx *context) bool {
	return openerDangles(shown, ctx) || sentenceDangles(ctx.sp.sentence(), f.Sentence) || contextDangles(ctx)
}

// sentenceCache remembers what the checks found of each sentence: a
// sentence holds several facts, each asked the same. Each worker of
// Generate has its own (see generator.worker); nil remembers nothing.
type sentenceCache struct {
	dangling map[sentenceKey]bool
	claims   map[string]claimFlags
	// the last sentence looked up in each
	lastDangling struct {
		key   sentenceKey
		v, ok bool
	}
	lastClaims struct {
		sentence string
		v        claimFlags
	}
	// optionValues' value of each option text read so far: mc cards of
	// one fact share options, and many facts share values ("1990")
	values map[optionKey]optionValue
	// the last title and heading path read, and its headingTokens: the
	// facts of a section come together
	lastHeads struct {
		title   string
		heading []string
		tokens  []string
		ok      bool
	}
}

// headingTokens is headingTokens(f), remembered for the last path. Paths
// are compared word by word: the facts of a section share theirs, but
// each labelled sentence lifts its label into a path of its own.
func (sc *sentenceCache) headingTokens(f notes.Fact) []string {
	if sc == nil {
		return headingTokens(f)
	}
	if h := &sc.lastHeads; !h.ok || h.title != f.Title || !slices.Equal(h.heading, f.Heading) {
		h.title, h.heading, h.tokens, h.ok = f.Title, f.Heading, headingTokens(f), true
	}
	return sc.lastHeads.tokens
}

type optionKey struct {
	text string
	date bool // read as a date (optionValues reads other kinds as quantities)
}

type optionValue struct {
	v  float64
	ok bool
}

func newSentenceCache() *sentenceCache {
	return &sentenceCache{dangling: map[sentenceKey]bool{}, claims: map[string]claimFlags{}, values: map[optionKey]optionValue{}}
}

// optionValues is optionValues(choices, kind) with each option's value
// remembered.
func (sc *sentenceCache) optionValues(choices []string, kind notes.Kind) ([]float64, bool) {
	if sc == nil {
		return optionValues(choices, kind)
	}
	vs := make([]float64, len(choices))
	for i, o := range choices {
		k := optionKey{o, kind == notes.Date}
		v, known := sc.values[k]
		if !known {
			one, ok := optionValues([]string{o}, kind)
			v.ok = ok
			if ok {
				v.v = one[0]
			}
			sc.values[k] = v
		}
		if !v.ok {
			return nil, false
		}
		vs[i] = v.v
	}
	return vs, true
}

// dangles is sentenceDangles(sent, source), remembered.
func (sc *sentenceCache) dangles(sent, source string) bool {
	if sc == nil {
		return sentenceDangles(sent, source)
	}
	k := sentenceKey{sent, source}
	if sc.lastDangling.ok && sc.lastDangling.key == k { // the facts of a sentence come together: no hashing
		return sc.lastDangling.v
	}
	v, ok := sc.dangling[k]
	if !ok {
		v = sentenceDangles(sent, source)
		sc.dangling[k] = v
	}
	sc.lastDangling.key, sc.lastDangling.v, sc.lastDangling.ok = k, v, true
	return v
}

type sentenceKey struct{ shown, source string }

// openerDangles: the card opens on a reference with nothing before it.
func openerDangles(shown string, ctx *context) bool {
	s := strings.TrimSpace(shown)
	if ctx.prefix != "" {
		s = strings.TrimSpace(strings.TrimPrefix(s, strings.TrimSpace(ctx.prefix)))
	}
	// past a short label ("Iran: They ...")
	if i := strings.Index(s, ": "); i > 0 && i < 40 && countWords(s[:i]) <= 4 {
		s = s[i+2:]
	}
	if w, _ := nextField(s); w != "" {
		first := strings.ToLower(trimPunct(w))
		if danglingOpeners[first] && !strings.HasPrefix(s, Blank) {
			return true
		}
	}
	return false
}

// sentenceDangles: the sentence shown (or its source) leans on text outside it.
func sentenceDangles(sent, source string) bool {
	// The expressions backtrack over the whole sentence; most sentences hold
	// none of their words, which a lower-cased substring test shows cheaply.
	low := strings.ToLower(sent)
	if containsAny(low, "later", "earlier", "after", "before", "prior") && relTimeRe.MatchString(sent) ||
		strings.Contains(low, "away") && awayRe.MatchString(sent) && !strings.Contains(low, " from ") {
		return true // "six weeks later", "3,000 km away": from what?
	}
	if yearLabelRe.MatchString(source) {
		return true // a list item under a year label, lifted from its lead-in
	}
	// "responded in kind", "refused to participate,": in what, the
	// sentence before said
	if containsAny(low, "same", "remaining", "former", "latter", "above", "follow", "this ", "at the time", "matter", "in kind", "to participate", "to join", "to comply", "to attend", "to cooperate") && backRefRe.MatchString(sent) {
		return true
	}
	// a fragment ending in a colon introduces a list not shown
	return strings.HasSuffix(strings.TrimSpace(sent), ":")
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func contextDangles(ctx *context) bool { return ctx.demonstr || ctx.unresolved }

// optionClass sorts an option for the like-for-like check: numbers by
// shape, names by kind (country, person, group, single word), phrases by
// their first word's case.
func optionClass(s string) string {
	t := strings.TrimSpace(s)
	if t == "" {
		return ""
	}
	if hasDigit(t) {
		return "number"
	}
	if isCountry(t) {
		return "country"
	}
	if !startsUpper(t) && !strings.HasPrefix(t, "the ") {
		return "phrase"
	}
	if strings.Contains(t, "'s ") || strings.Contains(t, "’s ") {
		return "possessive" // "X's Y": neither a person nor a country
	}
	if strings.HasPrefix(t, "the ") {
		return "group" // "the Harbour Board", "the Allies"
	}
	return nameClass(answer.Normalize(t), t)
}

// hasTitle reports whether a name opens with a title or role word.
func hasTitle(s string) bool {
	ws := strings.Fields(answer.Normalize(s))
	return len(ws) > 1 && answerTitles[ws[0]]
}

var (
	amongRe = regexp.MustCompile(`\b(\d+)(st|nd|rd|th)\s+(among|of|out of)\b`)
	numRe   = regexp.MustCompile(`\d[\d,]*(\.\d+)?`)
)

// goodKey reports whether an mc card on fact f with this key can have
// fair options at all.
func goodKey(key string, f notes.Fact) bool {
	switch f.Kind {
	case notes.Response, notes.Cause, notes.Definition:
		return false // other clauses of the note are seldom wrong for this one, and rarely alike
	}
	kc := optionClass(key)
	return kc != "single" && kc != "possessive" && kc != "" // a bare surname, city or country: no telling which; do not guess
}

// goodOptions reports whether an mc card's distractors are of the key's
// type, plausible, and do not stand out by form.
func goodOptions(c *Card, f notes.Fact) bool {
	if len(c.Choices) != 4 || c.Key < 0 || c.Key > 3 {
		return false
	}
	key := c.Choices[c.Key]
	if !goodKey(key, f) {
		return false
	}
	kc := optionClass(key)
	for _, o := range c.Choices {
		if w := strings.Fields(strings.ToLower(o)); len(w) == 2 && (w[0] == "one" || w[0] == "1") && strings.HasSuffix(w[1], "s") {
			return false // "one months": a made-up option that reads wrong
		}
	}
	for i, o := range c.Choices {
		if i == c.Key {
			continue
		}
		if optionClass(o) != kc || hasTitle(o) != hasTitle(key) || startsUpper(o) != startsUpper(key) {
			return false
		}
	}
	if kc != "number" {
		return true
	}
	// a rank "Nth among M": every option must be more than N
	if m := findOrdinal(amongRe, f.Sentence); m != nil && !strings.Contains(f.Answer, m[0]) {
		n, _ := strconv.Atoi(m[1])
		for _, o := range c.Choices {
			if v, ok := firstNumber(o); ok && v <= float64(n) {
				return false
			}
		}
	}
	if f.Kind == notes.Date {
		return goodYears(c, f)
	}
	return true
}

// findOrdinal runs re, which matches only where digits are followed by
// st, nd, rd or th, when text has such digits: most sentences have none.
func findOrdinal(re *regexp.Regexp, text string) []string {
	for i := 0; i+2 < len(text); i++ {
		if c := text[i]; c >= '0' && c <= '9' {
			switch text[i+1 : i+3] {
			case "st", "nd", "rd", "th":
				return re.FindStringSubmatch(text)
			}
		}
	}
	return nil
}

func firstNumber(s string) (float64, bool) {
	m := numRe.FindString(s)
	if m == "" {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(m, ",", ""), 64)
	return v, err == nil
}

// goodYears checks date options: inside the span the heading path states
// ("(1980s-1990s)"), near the key, and the key no lone outlier.
func goodYears(c *Card, f notes.Fact) bool {
	years := make([]int, len(c.Choices))
	for i, o := range c.Choices {
		y := yearRe.FindString(o)
		if y == "" {
			if d := decadeRe.FindStringSubmatch(o); d != nil {
				y = d[1] + "5"
			} else {
				return true // no year to check (a month, a day)
			}
		}
		years[i], _ = strconv.Atoi(y)
	}
	key := years[c.Key]
	lo, hi, ok := headingSpan(f.Heading)
	ok = ok && hi > lo // options fill a range; one year ("The 1907 Flood") bounds none
	same := 0
	for i, y := range years {
		if ok && (y < lo || y > hi) {
			return false
		}
		if d := y - key; d > 12 || d < -12 {
			return false
		}
		if i != c.Key && y/10 == years[(c.Key+1)%4]/10 {
			same++
		}
	}
	if same == 3 && key/10 != years[(c.Key+1)%4]/10 {
		return false // three options from one decade, the key from another
	}
	if years[0] == years[1] && years[1] == years[2] && years[2] == years[3] {
		return false // "April 2015" among three other months of 2015: a test of the month alone
	}
	return true
}

// headingSpan reads the years of the innermost heading that states any:
// a range ("(1980s-1990s)" gives 1980 and 1999), or one year, lo == hi.
func headingSpan(h []string) (int, int, bool) {
	for i := len(h) - 1; i >= 0; i-- {
		lo, hi := 0, 0
		for _, m := range decadeRe.FindAllStringSubmatch(h[i], -1) {
			d, _ := strconv.Atoi(m[1])
			if lo == 0 || d*10 < lo {
				lo = d * 10
			}
			hi = max(hi, d*10+9)
		}
		for _, y := range yearRe.FindAllString(decadeRe.ReplaceAllString(h[i], ""), -1) {
			v, _ := strconv.Atoi(y)
			if lo == 0 || v < lo {
				lo = v
			}
			hi = max(hi, v)
		}
		if lo != 0 {
			return lo, hi, true
		}
	}
	return 0, 0, false
}

// boundWords before a number make a changed number possibly still true
// ("by April" → "by December", "over 20" → "over 15").
var boundWords = map[string]bool{
	"by": true, "before": true, "until": true, "till": true, "after": true, "since": true,
	"over": true, "under": true, "least": true, "most": true, "than": true, "to": true, "up": true,
	"nearly": true, "almost": true, "about": true, "around": true, "approximately": true,
	"roughly": true, "within": true, "between": true, "exceeded": true, "exceeding": true,
	"surpassed": true, "reached": true, "beyond": true,
}

// goodFalse reports whether a false tf statement is surely false and swaps
// like for like.
func goodFalse(c *Card, ctx *context) bool {
	truth := strings.TrimPrefix(ctx.statement(c.Fact.Answer), "")
	st := strings.TrimPrefix(c.Question, "True or false: ")
	fill := swapped(truth, st)
	if fill == "" {
		return false
	}
	ans := c.Fact.Answer
	if ctx.key.numeric {
		lw := splitWords(ctx.sp.left)
		if len(lw) > 0 && boundWords[strings.ToLower(bareWord(lw[len(lw)-1]))] {
			return false
		}
		if aw := strings.Fields(strings.ToLower(ans)); len(aw) > 0 && boundWords[aw[0]] {
			return false
		}
		l := strings.ToLower(ans)
		if strings.Contains(l, " to ") || strings.Contains(l, "-") || strings.Contains(l, "–") {
			return false // a range: a shifted one may overlap it
		}
		if fy, ay := yearRe.FindString(fill), yearRe.FindString(ans); fy != "" && ay != "" {
			a, _ := strconv.Atoi(ay)
			b, _ := strconv.Atoi(fy)
			if d := a - b; d > 12 || d < -12 {
				return false // a year far off reads false at a glance
			}
			// outside the heading's range, or far from its one year
			// ("Battle of Buxar (1764)" makes 1771 false on sight)
			if lo, hi, ok := headingSpan(c.Fact.Heading); ok && hi > lo && (b < lo || b > hi) || ok && hi == lo && (b < lo-5 || b > hi+5) {
				return false
			}
		}
		if r := strings.ToLower(strings.TrimSpace(ctx.sp.right)); strings.HasPrefix(r, "or more") || strings.HasPrefix(r, "or less") || strings.HasPrefix(r, "and") {
			return false
		}
		return true
	}
	kc := optionClass(ans)
	if kc == "single" || kc == "possessive" || kc == "phrase" {
		return false // no telling whether the swap is like for like
	}
	return optionClass(fill) == kc && hasTitle(fill) == hasTitle(ans)
}

// swapped returns the part of b that differs from a.
func swapped(a, b string) string {
	if a == b {
		return ""
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	j := 0
	for j < len(a)-i && j < len(b)-i && a[len(a)-1-j] == b[len(b)-1-j] {
		j++
	}
	// widen to word boundaries
	for i > 0 && b[i-1] != ' ' {
		i--
	}
	end := len(b) - j
	for end < len(b) && b[end] != ' ' && b[end] != ',' && b[end] != '.' {
		end++
	}
	if i >= end {
		return ""
	}
	return strings.TrimSpace(b[i:end])
}

// spelledOut reports whether the rest of the sentence spells the answer
// with its spaces and punctuation dropped ("Budget Bytes (budgetbytes.com)").
func spelledOut(f notes.Fact, ctx *context) bool {
	a := strings.ToLower(f.Answer)
	for _, tld := range []string{".com", ".org", ".net", ".gov", ".edu"} {
		a = strings.TrimSuffix(a, tld)
	}
	var abuf, sbuf [256]byte // compacted on the stack: this runs for every fact
	ca := appendCompact(abuf[:0], a)
	if len(ca) < 5 || isDigitBytes(ca) {
		return false
	}
	// the space between left and right is dropped by compacting anyway
	return bytes.Contains(appendCompact(appendCompact(sbuf[:0], ctx.sp.left), ctx.sp.right), ca)
}

// appendCompact appends s lower-cased with all but a-z and 0-9 dropped.
func appendCompact(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 { // strings.ToLower knows runes that lower to ASCII
			for _, r := range strings.ToLower(s) {
				if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
					dst = append(dst, byte(r))
				}
			}
			return dst
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			dst = append(dst, c)
		}
	}
	return dst
}

// openEnded reports whether the blank or question admits many answers: a
// whole predicate after a bare subject ("By then, the board _____."), or a
// card with too few words around its blank to point at one fact.
func openEnded(c *Card, f notes.Fact, ctx *context) bool {
	if c.Type == TF || c.Type == QA {
		return false
	}
	if !ctx.restKnown { // the same for every card of the fact
		ctx.rest, ctx.restKnown = countContentTokens(ctx.sp.left+" "+ctx.sp.right+" "+ctx.prefix), true
	}
	rest := ctx.rest
	switch f.Kind {
	case notes.Response, notes.Definition, notes.Cause:
		if strings.Trim(strings.TrimSpace(ctx.sp.right), ".!;") == "" && rest < 6 {
			return true
		}
	}
	return rest < 4
}

// answerability grades what the card shows, so that the highest scores go
// to cards a learner can answer from the card alone rather than to any card
// with a number in it.
func answerability(c *Card, f notes.Fact, ctx *context) float64 {
	d := 0.0
	if !ctx.answerKnown {
		ctx.answerTokens, ctx.answerKnown = countContentTokens(f.Answer), true
	}
	shownTokens, named := ctx.readShown(c.Question)
	rest := shownTokens - ctx.answerTokens
	if c.Type == TF {
		rest = shownTokens
	}
	switch {
	case c.Type == QA && populationAsked(c.Question) && populationStated(f, ctx.sp):
		// "What is the population of Kesh?": short, but the place and
		// the measure are all a population needs
	case c.Type == QA && ctx.askedAsMeasure(c.Question):
		// "How long is the Nile?": the thing and the measure; a
		// substance's is as plain without a name ("At what temperature
		// does water boil?")
		named = true
	case c.Type == QA && f.Kind == notes.Definition && identifies(f, ctx.sp):
		// "What is the capital of Peru?": the phrase that identifies
		// the answer is all the question needs
	case rest < 5 && !(c.Type == QA && named && f.Terse):
		d -= 0.2 // "_____ ceased to be an independent country."
	case rest < 8:
		// in a note of short lines, a question that names what it asks
		// about is short because its line is: "When was the Bastille
		// stormed?", "What is the capital of Peru?" (in a note of long
		// sentences, a short one leans on those around it: "When did
		// British rule end?")
		d -= 0.08
	}
	if !named {
		d -= 0.1
	}
	if ctx.pronoun {
		d -= 0.05
	}
	switch c.Type {
	case MC:
		d -= 0.03 // options can still mislead
	case TF:
		if c.Answer == "false" {
			d -= 0.03
		}
	}
	return d
}

// shownReading is what answerability reads of a card's text.
type shownReading struct {
	question string
	tokens   int  // content tokens, the blank read as a space
	named    bool // a name other than the answer anchors the card in the note
}

// readShown reads a card's text for answerability, remembering it: the
// cloze text is also the mc stem, and Generate reads the fact's cloze and
// qa texts in its parallel phase.
func (c *context) readShown(question string) (tokens int, named bool) {
	for _, r := range c.shown {
		if r.question == question {
			return r.tokens, r.named
		}
	}
	shown := strings.Replace(question, Blank, " ", 1)
	tokens, named = countContentTokens(shown), namesOther(shown, c.f.Answer)
	c.shown = append(c.shown, shownReading{question, tokens, named})
	return tokens, named
}

// namesOther reports whether a word after the first of shown is
// capitalised and not part of the answer.
func namesOther(shown, answer string) bool {
	for i, w, tail := 0, "", shown; ; i++ { // strings.Fields(shown), word by word
		if w, tail = nextField(tail); w == "" {
			return false
		}
		if i > 0 && startsUpper(w) && !strings.Contains(answer, trimPunct(w)) {
			return true
		}
	}
}

var countries struct {
	once  sync.Once
	names map[string]bool
}

// isCountry reports whether s names a country, by the region names of the
// Unicode CLDR (a generic gazetteer, nothing from the notes).
func isCountry(s string) bool {
	return isCountryNorm(strings.TrimPrefix(answer.Normalize(s), "the "))
}

// isCountryNorm is isCountry of a name already normalised, without "the".
func isCountryNorm(n string) bool {
	countries.once.Do(func() {
		countries.names = map[string]bool{}
		namer := display.English.Regions()
		for a := 'A'; a <= 'Z'; a++ {
			for b := 'A'; b <= 'Z'; b++ {
				r, err := language.ParseRegion(string([]rune{a, b}))
				if err != nil || !r.IsCountry() {
					continue
				}
				if n := namer.Name(r); n != "" {
					countries.names[answer.Normalize(n)] = true
				}
			}
		}
	})
	return countries.names[n]
}
