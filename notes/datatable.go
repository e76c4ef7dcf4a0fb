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
