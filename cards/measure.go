package cards

import (
	"strings"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
)

// measureQuestion asks a measurement of a named thing that the sentence
// states of it, as a learner's note of geography or of history does:
// "The Nile is about 6,650 km long" → "How long is the Nile?", "Mount
// Kilimanjaro rises 5,895 metres above sea level" → "How high does Mount
// Kilimanjaro rise above sea level?", "The Sahara covers about 9.2
// million square kilometres" → "What area does the Sahara cover?",
// "Lake Victoria has an area of ..." → "What is the area of Lake
// Victoria?", "Kilimanjaro lies about 340 km south of the equator" →
// "How far south of the equator does Kilimanjaro lie?". The thing is a
// name that opens the clause (its words capitalised: "The Great Wall of
// China", not "The road"), the measure a length, a height, an area or a
// weight (see measureUnits), and the clause ends where the measure's
// words do. Any other figure of a quantity (a price, a duration, a
// count) is asked by its cloze only.
func measureQuestion(f notes.Fact, sp span) (string, bool) {
	if !mayMeasure(sp.ans) {
		return "", false
	}
	q, ok := answer.ParseQuantity(sp.ans)
	if !ok || q.Ordinal || q.Lo != q.Hi {
		return "", false
	}
	unit := measureUnits[q.Unit]
	if unit == "" || q.Lo <= 0 && unit != "temperature" {
		return "", false // a temperature may be nought or below
	}
	left, _ := stripOpeners(sp.left)
	words := strings.Fields(left)
	right := strings.TrimSpace(sp.right)
	tail, ok := clauseTail(right)
	if !ok {
		return "", false
	}
	// the verb and what stands between it and the measure, read from the
	// end of the words before the answer
	for n := 1; n <= 5 && n < len(words); n++ {
		subject, verb := strings.Join(words[:len(words)-n], " "), strings.ToLower(strings.Join(words[len(words)-n:], " "))
		if !measuredName(subject) {
			continue
		}
		thing := subject
		if strings.HasPrefix(thing, "The ") {
			thing = "the " + thing[4:]
		}
		verb = withoutAdverbs(verb) // "was originally", "rises steeply"
		is, does := "is", "does"
		if first, _, _ := strings.Cut(verb, " "); measureVerbs[first].past {
			is, does = "was", "did"
		}
		base := presentMeasureVerb(verb)
		if adj, rest := nextField(tail); base == "be" && unit == "length" && measureAdjectives[adj] {
			if strings.TrimSpace(rest) != "" {
				return "", false
			}
			return "How " + adj + " " + is + " " + thing + "?", true // "How long is the Nile?"
		}
		switch {
		case (base == "lie" || base == "sit" || base == "orbit") && unit == "length" && strings.HasPrefix(tail, "above "):
			// "Lake Titicaca lies about 3,812 metres above sea level"
			return "How high " + tail + " " + does + " " + thing + " " + base + "?", true
		case (base == "be" || base == "lie" || base == "sit") && unit == "length":
			if dir, _ := nextField(tail); compassPoints[dir] || dir == "from" || dir == "away" {
				if base == "be" {
					return "How far " + tail + " " + is + " " + thing + "?", true // "How far from Rome is Ostia?"
				}
				return "How far " + tail + " " + does + " " + thing + " " + base + "?", true
			}
			return "", false
		case (base == "rise" || base == "stand" || base == "tower") && unit == "length":
			if adj, rest := nextField(tail); (adj == "tall" || adj == "high") && strings.TrimSpace(rest) == "" {
				return "How " + adj + " " + is + " " + thing + "?", true // "stands 828 metres tall"
			}
			if tail != "" && !strings.HasPrefix(tail, "above ") {
				return "", false
			}
			if base == "rise" {
				return strings.TrimSpace("How high "+does+" "+thing+" rise "+tail) + "?", true
			}
			return strings.TrimSpace("How high "+is+" "+thing+" "+tail) + "?", true // "How high is Mount Etna above sea level?"
		case base == "cover" && unit == "area" && tail == "":
			return "What area " + does + " " + thing + " cover?", true
		case strings.HasPrefix(base, "have ") && tail == "":
			noun := strings.TrimPrefix(base, "have ")
			if measureNouns[noun] != unit {
				return "", false
			}
			return "What " + is + " the " + noun + " of " + thing + "?", true // "What is the area of Lake Victoria?"
		case extentVerbs[base] && unit == "length" && tail == "":
			return "How far " + does + " " + thing + " " + base + "?", true
		case base == "weigh" && unit == "weight" && tail == "":
			return "How much " + does + " " + thing + " weigh?", true
		case temperatureVerbs[base] && unit == "temperature" && (tail == "" || strings.HasPrefix(tail, "at ")):
			// "Water boils at 100 °C at sea level": a substance's, whose
			// name is a common word unless English writes it only so
			if !strings.Contains(subject, " ") && !namesOnly(strings.ToLower(subject)) {
				thing = lowerFirst(subject)
			}
			return strings.TrimSpace("At what temperature "+does+" "+thing+" "+base+" "+tail) + "?", true
		}
	}
	return "", false
}

// clauseTail is what follows a measure up to the end of its clause (a
// comma, a semicolon, a dash or the sentence's end: "long" of "... km long,
// making it ..."), and whether the clause does end there: a clause that
// goes on past a few words ("south of the equator") asks more than its
// measure.
func clauseTail(right string) (string, bool) {
	end := strings.IndexAny(right, ",;:—(")
	if end < 0 {
		end = len(right)
	}
	tail := strings.TrimRight(strings.TrimSpace(right[:end]), ".!")
	if strings.ContainsAny(tail, ".!?\"") || len(strings.Fields(tail)) > 5 {
		return "", false
	}
	return tail, true
}

// measuredName reports whether s, the words before a measure's verb, is
// the name of a thing: capitalised words, with "The" and the small words
// of a name ("The Great Wall of China", "Lake Victoria", "Mount
// Kilimanjaro"), no more than six.
func measuredName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	named := false
	for i, w := range words {
		switch {
		case i == 0 && w == "The":
		case w == "of" || w == "the" || w == "de" || w == "and":
			if i == 0 || i == len(words)-1 {
				return false
			}
		case startsUpper(w) && !strings.ContainsAny(possessor(w, i < len(words)-1), ",;:'’\"") && !pronouns[strings.ToLower(w)] && !determiners[strings.ToLower(w)]:
			named = true // not "It is located about 50 km from Port Blair"
		default:
			return false
		}
	}
	return named
}

// possessor is w without the "'s" of a name's possessor ("Hadrian's" of
// "Hadrian's Wall") when more of the name follows it (inner).
func possessor(w string, inner bool) string {
	if inner {
		for _, s := range [...]string{"'s", "’s"} {
			if b, ok := strings.CutSuffix(w, s); ok {
				return b
			}
		}
	}
	return w
}

// measureUnits sorts the units package answer reads by what they measure;
// a unit too small for a named thing's measure ("nm", "mm") is none.
var measureUnits = map[string]string{
	"km": "length", "m": "length", "mi": "length", "ft": "length", "yd": "length",
	"km²": "area", "mi²": "area", "m²": "area", "ha": "area", "acre": "area",
	"t": "weight", "kg": "weight", "lb": "weight",
	"c": "temperature", "f": "temperature",
}

// temperatureVerbs change a substance's state at a temperature ("boils
// at 100 °C").
var temperatureVerbs = wordsOf("boil melt freeze condense ignite evaporate")

// measureAdjectives say which length "is ... long" gives.
var measureAdjectives = map[string]bool{"long": true, "high": true, "tall": true, "deep": true, "wide": true}

// compassPoints open where a thing lies from another ("south of the
// equator").
var compassPoints = wordsOf("north south east west northeast northwest southeast southwest north-east north-west south-east south-west")

// measureNouns are what "has a ... of" measures, by its unit's sort.
var measureNouns = map[string]string{
	"area": "area", "length": "length", "height": "length", "depth": "length", "diameter": "length",
	"width": "length", "elevation": "length", "wingspan": "length", "weight": "weight", "mass": "weight",
}

// measureVerbs are the forms of the verbs before a measure: their base,
// and whether the form is past ("rose" asks "How high did ... rise?");
// extentVerbs those that may take "for".
var (
	measureVerbs = func() map[string]verbForm {
		m := map[string]verbForm{}
		for _, forms := range [][3]string{
			{"be", "is", "was"}, {"lie", "lies", "lay"}, {"sit", "sits", "sat"}, {"orbit", "orbits", "orbited"},
			{"rise", "rises", "rose"}, {"stand", "stands", "stood"}, {"tower", "towers", "towered"},
			{"cover", "covers", "covered"}, {"stretch", "stretches", "stretched"}, {"extend", "extends", "extended"},
			{"run", "runs", "ran"}, {"flow", "flows", "flowed"}, {"weigh", "weighs", "weighed"},
			{"boil", "boils", "boiled"}, {"melt", "melts", "melted"}, {"freeze", "freezes", "froze"},
			{"condense", "condenses", "condensed"}, {"ignite", "ignites", "ignited"},
			{"evaporate", "evaporates", "evaporated"}, {"have", "has", "had"},
		} {
			m[forms[1]] = verbForm{base: forms[0]}
			m[forms[2]] = verbForm{base: forms[0], past: true}
		}
		return m
	}()
	extentVerbs = wordsOf("stretch extend run flow")
)

// verbForm is a form of a verb before a measure (see measureVerbs).
type verbForm struct {
	base string
	past bool
}

// presentMeasureVerb is the verb before a measure in its base form ("be",
// "rise", "cover", "have area" of "has an area of"), "" for none. A verb
// of extent may take "for" ("stretches for"), one of height "to" ("rises
// to"), a change of state "at" ("boils at", which it must).
func presentMeasureVerb(v string) string {
	switch v {
	case "is located", "was located", "lies some":
		return "lie"
	case "covers an area of", "covered an area of":
		return "cover"
	}
	verb, prep, _ := strings.Cut(v, " ")
	base := measureVerbs[verb].base
	switch {
	case base == "" || base == "have": // "has an area of": below
	case temperatureVerbs[base]:
		if prep == "at" {
			return base
		}
	case prep == "" || prep == "for" && extentVerbs[base] || prep == "to" && base == "rise":
		return base
	}
	for _, have := range []string{"has an ", "has a ", "had an ", "had a ", "has a total ", "had a total "} {
		if rest, ok := strings.CutPrefix(v, have); ok {
			if noun, ok := strings.CutSuffix(rest, " of"); ok && !strings.Contains(noun, " ") {
				return "have " + noun
			}
		}
	}
	return ""
}

// measureAsked reports whether question q is the measure question of
// quantity fact f cut as sp (see measureQuestion): like a population's,
// it names the thing and the measure, all the figure needs, however
// little of its sentence it keeps.
func measureAsked(q string, f notes.Fact, sp span) bool {
	if f.Kind != notes.Quantity || !strings.HasPrefix(q, "How ") && !strings.HasPrefix(q, "What ") && !strings.HasPrefix(q, "At what ") {
		return false
	}
	m, ok := measureQuestion(f, sp)
	return ok && m == q
}

// measured reports whether the context's fact is a quantity that
// measureQuestion asks as a named thing's measure: a crisp answer, like a
// date's or a population's, and no detail of a story as other shares,
// counts and sums more often are (see sumLowerings).
func (c *context) measured() bool {
	return c != nil && c.measureQ() != ""
}

// askedAsMeasure reports whether q is the context's fact's measure
// question (see measureAsked).
func (c *context) askedAsMeasure(q string) bool {
	m := c.measureQ()
	return m != "" && m == q
}

// measureQ is measureQuestion of the context's fact, "" for none, worked
// out once: the score, the bounds and the review of each card ask it.
func (c *context) measureQ() string {
	if c.f.Kind != notes.Quantity {
		return ""
	}
	if !c.measureKnown {
		c.measureQuest, _ = measureQuestion(c.f, c.sp)
		c.measureKnown = true
	}
	return c.measureQuest
}

// mayBeMeasured reports whether fact f is a named thing's measure (see
// measured), or, with no context (ctx nil: the bounds before it is read),
// may be one: its answer is in a unit of measure.
func mayBeMeasured(f notes.Fact, ctx *context) bool {
	if ctx == nil {
		return mayMeasure(f.Answer)
	}
	return ctx.measured()
}

// mayMeasure reports whether answer a ends on a word of a unit that
// measureUnits sorts ("km", "metres", "square miles", "tonnes"): the one
// cheap test a quantity must pass to be a measure, which keeps the bounds
// on the others (see mayScore) as tight as before measures were asked.
func mayMeasure(a string) bool {
	a = strings.TrimRight(a, " .,;")
	w := a[strings.LastIndexByte(a, ' ')+1:]
	if len(w) > 12 {
		return false
	}
	var buf [12]byte
	if low, ascii := appendLowerASCII(buf[:0], w); ascii {
		return measureEnds[string(low)]
	}
	return measureEnds[strings.ToLower(w)] // "km²"
}

// measureEnds are the words a measure's answer ends on (see mayMeasure).
var measureEnds = wordsOf("km kms kilometre kilometres kilometer kilometers m metre metres meter meters mi mile miles " +
	"ft foot feet yd yard yards km² mi² m² km2 mi2 m2 hectare hectares ha acre acres t tonne tonnes ton tons kg " +
	"kilogram kilograms kilogrammes lb lbs pound pounds °c °f c f celsius fahrenheit")

// withoutAdverbs is verb phrase v without its words in "-ly" ("was
// originally" → "was").
func withoutAdverbs(v string) string {
	if !strings.Contains(v, "ly") {
		return v
	}
	var kept []string
	for _, w := range strings.Fields(v) {
		if len(w) > 4 && strings.HasSuffix(w, "ly") {
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}
