package cards

import (
	"strconv"
	"strings"

	"github.com/recall-srs/recall/notes"
)

// A note can date an event twice: once outright ("On July 24, 1924, the
// guilds signed the Treaty of Kesh") and once through an anniversary ("In
// 2023 the guilds marked the centenary of the Treaty of Kesh", which puts
// it in 1923). When the two disagree, one of them is wrong, and a card on
// the outright date may teach the error, or a false statement may state
// the truth: such dates are not asked.

// anniversaryYears are the anniversaries named by a word of their own.
var anniversaryYears = map[string]int{
	"centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200,
	"tercentenary": 300, "tricentennial": 300, "sesquicentennial": 150, "semicentennial": 50,
}

// anniversary is an event dated through an anniversary: name, in year.
type anniversary struct {
	name string
	year int
}

// anniversaryIn reads the anniversary sentence s names ("marked the
// centenary of the Treaty of Kesh in 2023", "the 50th anniversary of the
// Harbour Act"), if it names one and a single year: the event's name (its
// run of capitalised words after "of") and the year it puts the event in.
func anniversaryIn(s string) (anniversary, bool) {
	if !strings.Contains(s, "ennial") && !strings.Contains(s, "tenary") && !strings.Contains(s, "nniversary") {
		return anniversary{}, false // most sentences: no lower-cased copy, no words read
	}
	year, ok := soleYear(s)
	if !ok {
		return anniversary{}, false // none, or two: which one the anniversary falls in, the sentence does not say
	}
	prev := ""
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		b := bareWord(w)
		n := anniversaryYears[b]
		if b == "anniversary" {
			n = ordinalYears(prev)
		}
		if n > 0 {
			if name := nameAfterOf(rest); name != "" {
				return anniversary{name: name, year: year - n}, true
			}
		}
		prev = b
	}
	return anniversary{}, false
}

// soleYear is the one year s holds, ok false when it holds none or more.
func soleYear(s string) (int, bool) {
	year, ok := firstYear(s)
	if !ok || hasYear(s[strings.Index(s, strconv.Itoa(year))+4:]) {
		return 0, false
	}
	return year, true
}

// ordinalYears is the number of years of an ordinal before "anniversary"
// ("100th", "50th"), or 0.
func ordinalYears(w string) int {
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		if n, err := strconv.Atoi(strings.TrimSuffix(w, suffix)); err == nil && strings.HasSuffix(w, suffix) && n > 1 {
			return n
		}
	}
	return 0
}

// nameAfterOf reads the name that follows "of" or "of the" at the start of
// s: its capitalised words, with "of", "the" and "and" between them
// ("the Treaty of Kesh"), or "".
func nameAfterOf(s string) string {
	w, rest := nextField(s)
	if w != "of" {
		return ""
	}
	if w, after := nextField(rest); w == "the" {
		rest = after
	}
	var words []string
	last := 0 // words up to the last capitalised one
	for w, after := nextField(rest); w != ""; w, after = nextField(after) {
		b := strings.TrimRight(w, ",.;:!?)")
		switch {
		case startsUpper(b):
			words, last = append(words, b), len(words)+1
		case (b == "of" || b == "the" || b == "and") && len(words) > 0:
			words = append(words, b)
		default:
			return strings.Join(words[:last], " ")
		}
		if b != w {
			break // the name ends at its punctuation
		}
	}
	return strings.Join(words[:last], " ")
}

// datedTwice marks the date facts of facts whose sentence names an event
// their note also dates through an anniversary, to another year (facts
// of a note come in runs, noteOf numbering them). It returns nil when no
// note dates an event so.
func datedTwice(facts []*notes.Fact, noteOf []int) []bool {
	var marks []bool
	for lo := 0; lo < len(facts); {
		hi := lo + 1
		for hi < len(facts) && noteOf[hi] == noteOf[lo] {
			hi++
		}
		var events []anniversary
		for i := lo; i < hi; i++ {
			// the year of an anniversary is a date fact of its sentence
			if facts[i].Kind != notes.Date || i > lo && facts[i].Sentence == facts[i-1].Sentence {
				continue
			}
			if a, ok := anniversaryIn(facts[i].Sentence); ok {
				events = append(events, a)
			}
		}
		for _, a := range events {
			for i := lo; i < hi; i++ {
				f := facts[i]
				if f.Kind != notes.Date || !strings.Contains(f.Sentence, a.name) {
					continue
				}
				if y, ok := soleYear(f.Answer); ok && y != a.year {
					if _, ok := anniversaryIn(f.Sentence); ok {
						continue // the anniversary's own date
					}
					if marks == nil {
						marks = make([]bool, len(facts))
					}
					marks[i] = true
				}
			}
		}
		lo = hi
	}
	return marks
}
