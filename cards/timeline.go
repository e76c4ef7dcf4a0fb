package cards

import (
	"slices"
	"strings"

	"github.com/recall-srs/recall/notes"
)

// Timelines. Students list dates and what happened on them, a line each:
// "1201: Ana Velt builds the first quay of Kesh.", "**1244** – The wall
// of Kesh is raised." Read as prose, such an item gave "_____: Ana Velt
// builds ..." clozes; it is a pair of a date and an event, asked as
// timeline decks ask it: the event shown, its date to give ("Date this
// event: Ana Velt builds the first quay of Kesh."), as a question, as a
// choice among the timeline's other dates, and stated with its own date or
// another's. A section that lists three dated items or more is a
// timeline; a lone dated item's cards score lower. Both come below the
// default: two blind raters took 48 and 53 of 104 timeline cards of the
// corpus, whose dated items are often vague ("Collapse of emerging
// countries"), spans dated by a year ("Dot-com bubble"), or give their
// decade away ("Between 2004 and 2008, the EU absorbed ..."). The old
// reading gave "_____: Ana Velt builds ..." at 0.45, and a dash's at 0.95.
const (
	timelineScore     = 0.7
	timelineLoneScore = 0.5
	timelinePrompt    = "Date this event: "
	minTimelineItems  = 3
)

// timelineEvent is the event of date fact f when its sentence is a
// timeline's item: the date opens it, a colon or a dash parts it from an
// event of two words or more that opens on a capital ("Dot-com bubble",
// not "10%" or "3 students scored ...").
func timelineEvent(f *notes.Fact) (string, bool) {
	if f.Kind != notes.Date {
		return "", false
	}
	if f.Start != 0 {
		return datedEvent(f)
	}
	rest := f.Sentence[len(f.Answer):]
	trimmed := strings.TrimLeft(rest, " ")
	var sep string
	for _, s := range []string{":", "–", "—", "- "} {
		if strings.HasPrefix(trimmed, s) {
			sep = s
			break
		}
	}
	if sep == "" || sep == "- " && len(trimmed) == len(rest) {
		return "", false // "1990-1995", a range, not "1990 - the ..."
	}
	event := strings.TrimSpace(trimmed[len(sep):])
	event = strings.TrimRight(event, " .;")
	words := strings.Fields(event)
	if len(words) < 2 || !startsUpper(event) {
		return "", false // "10%", "3 students scored ...": a figure of the year
	}
	first := strings.ToLower(words[0])
	if strings.HasSuffix(first, "ed") || notEventOpeners[first] {
		// "Marked the end of ...", "Saw the abolition ...": the date is
		// the sentence's subject, the event no clause of its own; "Over
		// half a million people", "A couple of hundred people": a figure
		return "", false
	}
	for _, w := range words {
		if w == "will" || w == "expected" || w == "projected" || w == "forecast" {
			return "", false // a forecast, stale once the year is past
		}
	}
	return event, true
}

// datedEvent is the event of date fact f when its sentence is an event
// named, then its date after a colon or a dash, and nothing more: the
// other way round of a timeline's item, as outlines write them
// ("Storming of the Salt House — 14 July 1612", "Declaration of the
// Harbour Rights: August 1612"). A field's label is none ("Founding date:
// 1201", "Born: 1650").
func datedEvent(f *notes.Fact) (string, bool) {
	if f.Start+len(f.Answer) > len(f.Sentence) || strings.Trim(f.Sentence[f.Start+len(f.Answer):], " .") != "" {
		return "", false
	}
	left := strings.TrimRight(f.Sentence[:f.Start], " ")
	var sep string
	for _, s := range []string{":", "–", "—", " -"} {
		if strings.HasSuffix(left, s) {
			sep = s
			break
		}
	}
	if sep == "" {
		return "", false
	}
	event := strings.TrimSpace(strings.TrimSuffix(left, sep))
	words := strings.Fields(event)
	if len(words) < 2 || !startsUpper(event) || strings.ContainsAny(event, ":–—") {
		return "", false
	}
	for _, w := range words {
		if fieldWords[strings.ToLower(bareWord(w))] {
			return "", false // "Release date: March 2020": a field of a record, not an event
		}
	}
	return event, true
}

// fieldWords name a field that a date fills, not an event.
var fieldWords = wordsOf("date dates year years period era time timeline born birth died death founded " +
	"established released deadline duration age start end example")

// notEventOpeners open an item that is no event: a verb whose subject is
// the date ("Saw", "Also"), or an amount ("Over", "About", "A couple").
var notEventOpeners = wordsOf(`saw also was were had has became began led made took gave brought
	over about around nearly almost approximately roughly some more less fewer only just couple`)

func isTimeline(f *notes.Fact) bool {
	_, ok := timelineEvent(f)
	return ok
}

// timelineCards makes the cards of timeline facts tl of the types in
// want, scoring minScore or more (0 or less keeps all).
func timelineCards(tl []*notes.Fact, want []Type, minScore float64, seed int64) []Card {
	// a section's items, grouped once: their count makes it a timeline,
	// and their dates are one another's options
	type section struct {
		note    noteKey
		heading string
	}
	bySection := map[section][]*notes.Fact{}
	sectionOf := func(f *notes.Fact) section { return section{keyOfNote(*f), notes.HeadingPath(f.Heading)} }
	for _, f := range tl {
		s := sectionOf(f)
		bySection[s] = append(bySection[s], f)
	}
	var out []Card
	made := 0 // mc cards so far
	for _, f := range tl {
		event, _ := timelineEvent(f)
		own := bySection[sectionOf(f)]
		score := timelineScore
		if len(own) < minTimelineItems {
			score = timelineLoneScore
		}
		if minScore > 0 && score < minScore {
			continue
		}
		var others []string // the section's other dates of the same precision, each once
		seen := map[string]bool{f.Answer: true}
		for _, g := range own {
			if !seen[g.Answer] && datePrecision(g.Answer) == datePrecision(f.Answer) {
				seen[g.Answer] = true
				others = append(others, g.Answer)
			}
		}
		card := func(t Type, q, a string) Card {
			return Card{ID: ID(*f, t), Type: t, Question: q, Answer: a, Key: -1, Kind: f.Kind, Score: score, Siblings: FactKey(*f), Fact: *f}
		}
		stem := timelinePrompt + event + "."
		if slices.Contains(want, QA) {
			out = append(out, card(QA, stem, f.Answer))
		}
		if slices.Contains(want, MC) && len(others) >= 3 {
			shuffleFor(others, f, seed)
			c := card(MC, stem, f.Answer)
			c.Choices, c.Key = inTurn(others[:3], f.Answer, &made)
			out = append(out, c)
		}
		if slices.Contains(want, TF) {
			// the true date or, on the fact's own coin, another of the
			// section's: a real date of the same timeline
			date, truth := f.Answer, "true"
			if r := factRand(seed, FactKey(*f), TF); len(others) > 0 && r.IntN(2) == 0 {
				date, truth = others[r.IntN(len(others))], "false"
			}
			out = append(out, asStatement(card(TF, "True or false: "+date+" — "+event+".", truth)))
		}
	}
	return out
}

// datePrecision tells a timeline's dates apart by how they are written:
// a decade ("1290s"), a bare year ("1201"), or anything else (a full
// date, a range). An option of another precision gives the key away.
func datePrecision(d string) int {
	switch {
	case strings.HasSuffix(d, "s") && isDigits(strings.TrimSuffix(d, "s")):
		return 1
	case isDigits(d):
		return 2
	}
	return 3
}

// withoutRestated drops the generator's true/false statements of a
// timeline item's sentence: the timeline's own statement says it (its
// other cards, "1230 – The guild of Orrin is founded by _____.", stay).
func withoutRestated(out []Card, timeline []*notes.Fact) []Card {
	if len(timeline) == 0 {
		return out
	}
	// keyed by the note as the facts carry it: a note's identity is
	// worked out (its title normalised) for no card of a large deck
	type item struct {
		note     noteKey
		sentence string
	}
	items := map[item]bool{}
	for _, f := range timeline {
		items[item{keyOfNote(*f), f.Sentence}] = true
	}
	return slices.DeleteFunc(out, func(c Card) bool {
		return c.Type == TF && items[item{keyOfNote(c.Fact), c.Fact.Sentence}]
	})
}
