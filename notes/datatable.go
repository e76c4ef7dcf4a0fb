package notes

import (
	"strings"

	extast "github.com/yuin/goldmark/extension/ast"
)

// Data tables: a table lists fields of named things, as a fact sheet
// does, one thing a row ("| Country | Capital | Currency |" over "| Peru
// | Lima | Sol |") or, turned, one a column, the fields down its first
// column ("| Feature | M87 | Sagittarius A* |" over "| Mass | 6.5 billion
// solar masses | 4 million solar masses |"). Each cell becomes a field's
// line ("Capital: Lima.") under a heading of its thing's name, which
// fieldLine reads as it reads a fact sheet's: "the capital of Peru" is
// Lima. A table's header names its fields, so any field is read, not only
// an infobox's; a thing that is no name ("| 19 to 30 | $3,861 |") and a
// cell that is a sentence or says nothing ("Not mentioned") give none.

// fieldHeaders head a turned table's first column, whose cells are fields.
var fieldHeaders = set(`feature features aspect aspects attribute attributes characteristic characteristics
	property properties metric metrics category categories criterion criteria dimension dimensions
	parameter parameters detail details`)

// dataTable adds a sentence for each cell of a table of fields (see above).
func (p *noteParser) dataTable(table []tableRow) {
	if len(table) < 2 || len(table[0].cells) < 2 {
		return
	}
	header := table[0]
	if _, ok := header.node.(*extast.TableHeader); !ok {
		return
	}
	if p.timelineTable(table) {
		return
	}
	first := strings.TrimSpace(header.cells[0])
	turned := first == "" || fieldHeaders[strings.ToLower(first)]
	heading := p.headingCopy()
	for _, r := range table[1:] {
		if len(r.cells) != len(header.cells) || cutLink(r.cells) {
			continue
		}
		line := p.blockLine(rowNode(r.node))
		for j := 1; j < len(r.cells); j++ {
			thing, field, value := r.cells[0], header.cells[j], strings.TrimSpace(r.cells[j])
			if turned {
				thing, field = header.cells[j], r.cells[0]
			}
			thing, field = strings.TrimSpace(thing), strings.TrimSpace(field)
			if !namesThing(thing) || field == "" || value == "" || strings.ContainsAny(field, ":") || strings.Contains(field, "'s ") {
				// no thing, no field, or a field that is someone's
				// ("Afghanistan's approach"), not the row's
				continue
			}
			path := append(heading[:len(heading):len(heading)], thing)
			if verb := strings.ToLower(field); datedParticiples[verb] && tableDate(value) {
				// "| Frankenstein | 1818 |" under "Published": the row's
				// date is told as the sentence the table stands for,
				// whose date is asked as any ("In what year was
				// Frankenstein published?")
				p.note.Sentences = append(p.note.Sentences, Sentence{
					Text: thing + " was " + verb + " in " + strings.TrimSuffix(value, ".") + ".", Heading: path, Line: line, T: r.times[j], Block: "row",
				})
				continue
			}
			if !strings.HasSuffix(value, ".") {
				value += "."
			}
			p.note.Sentences = append(p.note.Sentences, Sentence{
				Text: field + ": " + value, Heading: path, Line: line, T: r.times[j], Block: "cell",
			})
		}
	}
}

// timelineTable adds a sentence for each row of a timeline, a table of
// dates and what happened ("| Year | Event |" over "| 1949 | NATO is
// founded |"; with more columns, one headed "Event"), told as the
// sentence the row stands for: "In 1949,
// NATO was founded." Its present, a timeline's way of telling, is put in
// the past the date is in ("is founded" → "was founded"); an event with
// no verb ("The Cuban Missile Crisis") is told as a heading's line would
// be, which its date is not asked from. It reports whether the table is
// one.
func (p *noteParser) timelineTable(table []tableRow) bool {
	header := table[0]
	n := len(header.cells)
	d, e := -1, -1 // the columns of dates and of events
	for j, c := range header.cells {
		switch h := strings.ToLower(strings.TrimSpace(c)); {
		case dateHeaders[h] && d < 0:
			d = j
		case eventHeaders[h] && e < 0:
			e = j
		}
	}
	if d < 0 || e < 0 && n != 2 {
		return false // with more columns than two, the events' must be named ("| Year | Event | Why it mattered |")
	}
	if e < 0 {
		e = 1 - d
	}
	rows := 0
	for _, r := range table[1:] {
		if len(r.cells) == n && tableDate(strings.TrimSpace(r.cells[d])) {
			rows++
		}
	}
	if rows*2 < len(table)-1 {
		return false // a column of something else under "Date" ("TBD", "Q3")
	}
	heading := p.headingCopy()
	for _, r := range table[1:] {
		if len(r.cells) != n || cutLink(r.cells) {
			continue
		}
		date, event := strings.TrimSuffix(strings.TrimSpace(r.cells[d]), "."), strings.TrimSpace(r.cells[e])
		if !tableDate(date) || event == "" {
			continue
		}
		event = strings.TrimRight(event, ".")
		if w, rest, _ := strings.Cut(event, " "); rest != "" && (w == "The" || w == "A" || w == "An") {
			event = strings.ToLower(w) + " " + rest // "In 1949, the Treaty ..."
		}
		prep := "In "
		if len(strings.Fields(date)) == 3 {
			prep = "On " // a day of a month (see tableDate): "On 14 July 1789", "On July 14, 1789"
		}
		p.note.Sentences = append(p.note.Sentences, Sentence{
			Text: prep + date + ", " + pastOfTimeline(event) + ".", Heading: heading, Line: p.blockLine(rowNode(r.node)),
			T: r.times[e], Block: "row",
		})
	}
	return true
}

// dateHeaders head a timeline's column of dates, eventHeaders its column
// of what happened.
var (
	dateHeaders  = set(`year years date dates when`)
	eventHeaders = set(`event events happening description`)
)

// pastOfTimeline puts a timeline's event, told in the present, in the
// past: "NATO is founded" → "NATO was founded", "A crowd storms the
// Bastille" → "a crowd stormed the Bastille", "the Wall falls" → "the
// Wall fell". A verb whose past it cannot be sure of ("stops") and a
// plural's ("the Allies land") stay as they are.
func pastOfTimeline(event string) string {
	for _, be := range [...]struct{ now, then string }{{" is ", " was "}, {" are ", " were "}} {
		i := strings.Index(event, be.now)
		if i < 0 {
			continue
		}
		next, _, _ := strings.Cut(event[i+len(be.now):], " ")
		if isPastVerb(strings.ToLower(strings.Trim(next, ",."))) {
			return event[:i] + be.then + event[i+len(be.now):]
		}
	}
	words := strings.Fields(event)
	for i := 1; i < len(words); i++ {
		w, prev := words[i], strings.ToLower(words[i-1])
		if !strings.HasSuffix(w, "s") || w[0] < 'a' || w[0] > 'z' || stopWords[prev] || stopWords[w] {
			continue // not a verb in -s after its subject ("the news breaks": "news" follows "the")
		}
		if past := simplePast(w); past != "" {
			words[i] = past
			return strings.Join(words, " ")
		}
		break
	}
	return event
}

// simplePast is the past of present verb w in -s ("storms" → "stormed",
// "seizes" → "seized", "falls" → "fell"), or "" when its spelling leaves
// the past unsure ("stops", "plans": a doubled consonant) or w is no verb
// known to take one.
func simplePast(w string) string {
	var base string
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		base = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes"):
		base = w[:len(w)-2]
	default:
		base = w[:len(w)-1]
	}
	if past, ok := pastOfBase[base]; ok {
		return past
	}
	n := len(base)
	if n < 3 {
		return ""
	}
	switch {
	case strings.HasSuffix(base, "e"):
		return base + "d"
	case strings.HasSuffix(base, "y") && !strings.ContainsRune("aeiou", rune(base[n-2])):
		return base[:n-1] + "ied"
	case !strings.ContainsRune("aeiouwxy", rune(base[n-1])) && strings.ContainsRune("aeiou", rune(base[n-2])) && !strings.ContainsRune("aeiou", rune(base[n-3])):
		return "" // "stop", "admit": whether the consonant doubles, the spelling does not say
	}
	return base + "ed"
}

// pastOfBase is irregular turned round: a base's past ("fall" → "fell").
var pastOfBase = func() map[string]string {
	m := map[string]string{}
	for past, base := range irregular {
		if !strings.Contains(past, " ") && !strings.HasSuffix(past, "n") { // "broken", "withdrawn": participles
			m[base] = past
		}
	}
	// the two simple pasts in -n, which the participles' test drops
	m["begin"], m["win"] = "began", "won"
	return m
}()

// cutLink reports whether a row's cells hold a wiki link the table's bars
// cut ("[[target | label]]" read as "[[target" and "label]]"): its cells
// after the cut are not the columns' any more.
func cutLink(cells []string) bool {
	for _, c := range cells {
		if strings.Count(c, "[[") != strings.Count(c, "]]") {
			return true
		}
	}
	return false
}

// namesThing reports whether a table's row or column header may name a
// thing, as a heading over its fields: it opens on a capital, not on a
// word of grammar ("Over 70", "Under 18") or a figure ("1", "19 to 30").
func namesThing(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	low := strings.ToLower(first)
	return startsUpperWord(s) && !stopWords[low] && !hedgeWords[low]
}

// datedParticiples head a table's column of the dates things were done
// to ("| Novel | Published |", "| Poet | Born |"): the row's cell is told
// as "Frankenstein was published in 1818."
var datedParticiples = set(`published founded released discovered invented built written born completed
	established created launched signed opened painted composed elected crowned patented introduced
	produced designed constructed adopted ratified enacted formed`)

// tableDate reports whether a cell is a date a sentence can say "in":
// a year ("1818", "1818."), a month and a year ("July 1789"), or a day of
// one ("14 July 1789", "July 14, 1789").
func tableDate(v string) bool {
	f := strings.Fields(strings.TrimSuffix(v, "."))
	year := func(s string) bool {
		if len(s) < 3 || len(s) > 4 {
			return false
		}
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	}
	day := func(s string) bool {
		s = strings.TrimSuffix(s, ",")
		return len(s) >= 1 && len(s) <= 2 && year("00"+s)
	}
	_, month := months[strings.TrimSuffix(firstOf(f), ",")]
	switch len(f) {
	case 1:
		return year(f[0])
	case 2:
		return month && year(f[1])
	case 3:
		_, mid := months[f[1]]
		return day(f[0]) && mid && year(f[2]) || month && day(f[1]) && year(f[2])
	}
	return false
}

// firstOf is fields' first, or "".
func firstOf(fields []string) string {
	if len(fields) == 0 {
		return ""
	}
	return fields[0]
}
