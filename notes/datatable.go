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
			if !namesThing(thing) || field == "" || value == "" || strings.ContainsAny(field, ":") {
				continue
			}
			if !strings.HasSuffix(value, ".") {
				value += "."
			}
			path := append(heading[:len(heading):len(heading)], thing)
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
