package cards

import (
	"math"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
)

// Distractors for mc and false tf statements. Numbers and dates come from
// other facts of the same kind and shape when enough exist, else from a
// careful perturbation of the key that keeps its wording, unit, precision
// and magnitude ("close to 90 million" → "close to 110 million"). Text
// answers come only from other facts of the same kind that look alike
// (names with names, verb phrases with verb phrases); with fewer than three
// no mc card is made rather than an implausible one.

// candidate is another fact's answer that may serve as a distractor.
type candidate struct {
	text, norm string
	kind       notes.Kind
	note       string
	shape      string
	value      float64 // numbers: the value (Lo); dates: year*10000+month*100+day
	numeric    bool
	name       bool
	words      int
	verbStart  bool
	stem       string // normalised question and subject, for keys only
}

type pool struct {
	byKind map[notes.Kind][]candidate
}

func newPool(facts []notes.Fact) *pool {
	p := &pool{byKind: map[notes.Kind][]candidate{}}
	seen := map[string]bool{}
	for _, f := range facts {
		n := answer.Normalize(f.Answer)
		k := string(f.Kind) + "\x00" + n
		if n == "" || seen[k] {
			continue
		}
		seen[k] = true
		p.byKind[f.Kind] = append(p.byKind[f.Kind], describe(f.Answer, f.Kind, f.Note))
	}
	return p
}

var (
	digitRun  = regexp.MustCompile(`\d[\d,]*(?:\.\d+)?`)
	shapeWord = regexp.MustCompile(`\d[\d,]*(?:\.\d+)?`)
)

// shape is the answer's wording with its numbers and month names masked, so
// "about 2.8 million" and "about 5.5 million" share a shape.
func shape(s string) string {
	s = strings.ToLower(s)
	s = shapeWord.ReplaceAllStringFunc(s, func(m string) string {
		if strings.Contains(m, ".") {
			return "#.#"
		}
		if len(strings.ReplaceAll(m, ",", "")) == 4 {
			return "####"
		}
		return "#"
	})
	ws := strings.Fields(s)
	for i, w := range ws {
		if _, ok := monthIndex(w); ok {
			ws[i] = "MONTH" + strings.TrimLeft(w, "abcdefghijklmnopqrstuvwxyz")
		}
	}
	return strings.Join(ws, " ")
}

func monthIndex(w string) (int, bool) {
	w = strings.Trim(strings.ToLower(w), ",.")
	for i, m := range monthNames {
		if strings.ToLower(m) == w {
			return i, true
		}
	}
	return 0, false
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func describe(text string, kind notes.Kind, note string) candidate {
	c := candidate{text: text, norm: answer.Normalize(text), kind: kind, note: note, shape: shape(text)}
	c.words = len(strings.Fields(text))
	c.name = isName(text)
	if ws := splitWords(text); len(ws) > 0 {
		c.verbStart = isPastVerb(bareWord(ws[0])) || auxiliaries[bareWord(ws[0])]
	}
	if ds, ok := answer.ParseDates(text); ok && len(ds) == 1 {
		d := ds[0]
		c.value, c.numeric = float64(d.Year*10000+d.Month*100+d.Day), true
	} else if q, ok := answer.ParseQuantity(text); ok && kind != notes.Date {
		c.value, c.numeric = q.Lo, true
	}
	return c
}

func isName(s string) bool {
	caps, words := 0, 0
	for _, w := range strings.Fields(s) {
		b := bareWord(w)
		if b == "" || functionWords[b] {
			continue
		}
		words++
		if startsUpper(strings.TrimLeft(w, `"'“(`)) {
			caps++
		}
	}
	return words > 0 && caps*2 > words
}

// acceptable reports whether d may stand beside key k as a wrong option.
func acceptable(d string, k candidate, f notes.Fact, taken []string) bool {
	key := k.text
	nd := answer.Normalize(d)
	if containsPhrase(k.stem, nd) {
		return false // named in the question itself (or its subject)
	}
	if nd == "" || nd == answer.Normalize(key) {
		return false
	}
	if answer.Match(d, key).Verdict != answer.Wrong || answer.Match(key, d).Verdict != answer.Wrong {
		return false // equal after reading numbers and dates, or a part of the key
	}
	// a value written in the fact's own sentence may also be true
	if containsPhrase(answer.Normalize(f.Sentence), nd) {
		return false
	}
	for _, t := range taken {
		if answer.Normalize(t) == nd || answer.Match(d, t).Verdict == answer.Correct {
			return false
		}
	}
	return true
}

// containsPhrase reports whether normalised text contains phrase on word boundaries.
func containsPhrase(text, phrase string) bool {
	if phrase == "" {
		return false
	}
	return strings.Contains(" "+text+" ", " "+phrase+" ")
}

// distractors returns wrong options for fact f: for numbers and dates, lower
// of them below the key and 3-lower above (so the key's rank among sorted
// options is lower); for text, any three. ok is false when it cannot.
func (p *pool) distractors(f notes.Fact, stem string, lower int, rng *rand.Rand, n int) ([]string, bool) {
	k := describe(f.Answer, f.Kind, f.Note)
	k.stem = answer.Normalize(strings.Replace(stem, Blank, " ", 1) + " " + f.Subject)
	if k.numeric && (f.Kind == notes.Date || f.Kind == notes.Population || f.Kind == notes.Quantity || f.Kind == notes.Ranking) {
		return p.numeric(f, k, lower, rng, n)
	}
	return p.textual(f, k, rng, n)
}

func (p *pool) numeric(f notes.Fact, k candidate, lower int, rng *rand.Rand, n int) ([]string, bool) {
	var below, above []string
	var taken []string
	// other facts' values of the same kind and shape, within a plausible range
	cands := slices.Clone(p.byKind[f.Kind])
	rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	for _, c := range cands {
		if !c.numeric || c.shape != k.shape || !plausibleValue(c.value, k.value, f.Kind) {
			continue
		}
		if !acceptable(c.text, k, f, taken) {
			continue
		}
		if c.value < k.value && len(below) < lower {
			below = append(below, c.text)
			taken = append(taken, c.text)
		} else if c.value > k.value && len(above) < n-lower {
			above = append(above, c.text)
			taken = append(taken, c.text)
		}
	}
	for _, step := range perturbSteps(f.Kind, k, rng) {
		if len(below) >= lower && len(above) >= n-lower {
			break
		}
		if (step < 0 && len(below) >= lower) || (step > 0 && len(above) >= n-lower) {
			continue
		}
		d, ok := perturb(k.text, f.Kind, step)
		if !ok || !acceptable(d, k, f, taken) {
			continue
		}
		if step < 0 {
			below = append(below, d)
		} else {
			above = append(above, d)
		}
		taken = append(taken, d)
	}
	if len(below) != lower || len(above) != n-lower {
		return nil, false
	}
	return append(below, above...), true
}

// plausibleValue keeps distractors of the same magnitude: within a factor of
// three for amounts, forty years for dates.
func plausibleValue(v, key float64, kind notes.Kind) bool {
	if v == key {
		return false
	}
	if kind == notes.Date {
		return math.Abs(math.Floor(v/10000)-math.Floor(key/10000)) <= 40
	}
	if key <= 0 || v <= 0 {
		return false
	}
	r := v / key
	return r >= 1.0/3 && r <= 3
}

// perturbSteps lists signed steps to try, nearest plausible ones first in random order.
func perturbSteps(kind notes.Kind, k candidate, rng *rand.Rand) []float64 {
	var steps []float64
	switch {
	case kind == notes.Date:
		for _, s := range []float64{2, 3, 4, 5, 6, 7, 8, 10, 12, 15} {
			steps = append(steps, s, -s)
		}
	case isPercent(k.text) || isOrdinal(k.text):
		for _, s := range []float64{1, 2, 3, 4, 5, 6, 7, 8} {
			steps = append(steps, s, -s)
		}
	default:
		for _, s := range []float64{1, 2, 3, 4, 5, 6} {
			steps = append(steps, s, -s)
		}
	}
	rng.Shuffle(len(steps), func(i, j int) { steps[i], steps[j] = steps[j], steps[i] })
	return steps
}

func isPercent(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "%") || strings.Contains(l, "percent")
}

var ordinalRe = regexp.MustCompile(`\b(\d+)(st|nd|rd|th)\b`)

func isOrdinal(s string) bool { return ordinalRe.MatchString(s) }

// multipliers for amounts: step -k shrinks, +k grows, staying within 0.5×..2×.
var multipliers = map[float64]float64{-1: 0.8, -2: 0.6, -3: 0.7, -4: 0.5, -5: 0.75, -6: 0.65, 1: 1.25, 2: 1.5, 3: 1.75, 4: 2, 5: 1.4, 6: 1.3}

var yearRun = regexp.MustCompile(`\b\d{3,4}\b`)

// perturb rewrites the numbers in text by step, keeping the wording.
func perturb(text string, kind notes.Kind, step float64) (string, bool) {
	switch {
	case kind == notes.Date:
		if !yearRun.MatchString(text) {
			// month only: another month
			for i, m := range monthNames {
				if strings.Contains(text, m) {
					j := (i + int(step) + 24) % 12
					return strings.Replace(text, m, monthNames[j], 1), true
				}
			}
			return "", false
		}
		decade := strings.Contains(text, "0s")
		out := yearRun.ReplaceAllStringFunc(text, func(m string) string {
			y, _ := strconv.Atoi(m)
			if decade {
				return strconv.Itoa(y + int(step)*10)
			}
			return strconv.Itoa(y + int(step))
		})
		return out, out != text
	case isOrdinal(text):
		out := ordinalRe.ReplaceAllStringFunc(text, func(m string) string {
			v, _ := strconv.Atoi(ordinalRe.FindStringSubmatch(m)[1])
			v += int(step) * (1 + v/20)
			if v < 1 {
				return m
			}
			return ordinal(v)
		})
		return out, out != text
	case isPercent(text):
		out := digitRun.ReplaceAllStringFunc(text, func(m string) string {
			v, _ := strconv.ParseFloat(m, 64)
			d := 5.0
			if v < 10 {
				d = math.Max(1, math.Round(v*0.3*10)/10)
			}
			nv := v + step*d
			if nv <= 0 || nv >= 100 {
				return m
			}
			return formatLike(m, nv)
		})
		return out, out != text && !strings.Contains(out, "-") || out != text
	}
	mult := multipliers[step]
	if mult == 0 {
		return "", false
	}
	if digitRun.MatchString(text) {
		out := digitRun.ReplaceAllStringFunc(text, func(m string) string {
			v, _ := strconv.ParseFloat(strings.ReplaceAll(m, ",", ""), 64)
			return formatLike(m, roundLike(m, v*mult))
		})
		return out, out != text
	}
	// a number word: "three thousand kilometers" → "four thousand kilometers"
	ws := strings.Fields(text)
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",."))
		for _, part := range strings.Split(lw, "-") {
			if v, ok := wordValue[part]; ok {
				nv := int(math.Round(float64(v) * mult))
				if nv == v || nv < 1 || nv > 99 {
					return "", false
				}
				nw := numberWord(nv)
				if startsUpper(w) {
					nw = upperFirst(nw)
				}
				ws[i] = strings.Replace(strings.ToLower(w), part, nw, 1)
				if startsUpper(w) {
					ws[i] = upperFirst(ws[i])
				}
				return strings.Join(ws, " "), true
			}
		}
	}
	return "", false
}

var wordValue = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

var onesWords = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tensWords = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

// numberWord writes 1..99 in words.
func numberWord(n int) string {
	if n < 20 {
		return onesWords[n]
	}
	if n%10 == 0 {
		return tensWords[n/10]
	}
	return tensWords[n/10] + "-" + onesWords[n%10]
}

func ordinal(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return strconv.Itoa(n) + suf
}

// roundLike rounds v to the significant digits written in m (at least two).
func roundLike(m string, v float64) float64 {
	digits := strings.ReplaceAll(m, ",", "")
	if i := strings.IndexByte(digits, '.'); i >= 0 {
		dec := len(digits) - i - 1
		p := math.Pow(10, float64(dec))
		return math.Round(v*p) / p
	}
	sig := len(strings.TrimRight(strings.TrimLeft(digits, "0"), "0"))
	if sig < 2 {
		sig = 2
	}
	if v < 1 {
		return v
	}
	mag := math.Floor(math.Log10(v)) + 1
	p := math.Pow(10, mag-float64(sig))
	if p < 1 {
		p = 1
	}
	return math.Round(v/p) * p
}

// formatLike writes v the way m was written: decimals and thousands commas.
func formatLike(m string, v float64) string {
	dec := 0
	if i := strings.IndexByte(m, '.'); i >= 0 {
		dec = len(m) - i - 1
	}
	s := strconv.FormatFloat(v, 'f', dec, 64)
	if strings.Contains(m, ",") || (len(m) >= 5 && !strings.Contains(m, ".") && false) {
		s = commas(s)
	}
	return s
}

func commas(s string) string {
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String() + frac
}

func (p *pool) textual(f notes.Fact, k candidate, rng *rand.Rand, n int) ([]string, bool) {
	type scored struct {
		c     candidate
		score float64
	}
	var list []scored
	for _, c := range p.byKind[f.Kind] {
		if c.name != k.name || c.verbStart != k.verbStart {
			continue
		}
		if ws := splitWords(c.text); len(ws) > 0 && pronouns[bareWord(ws[0])] {
			continue
		}
		if c.words > 2*k.words+2 || k.words > 2*c.words+2 {
			continue
		}
		s := rng.Float64()
		if c.note == f.Note {
			s += 1 // same topic reads more plausible
		}
		s -= math.Abs(float64(c.words-k.words)) * 0.2
		list = append(list, scored{c, s})
	}
	slices.SortStableFunc(list, func(a, b scored) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return 0
	})
	var out []string
	for _, s := range list {
		if len(out) == n {
			break
		}
		if acceptable(s.c.text, k, f, out) && !containsPhrase(answer.Normalize(k.text), s.c.norm) && !containsPhrase(s.c.norm, answer.Normalize(k.text)) {
			out = append(out, s.c.text)
		}
	}
	return out, len(out) == n
}
