package notes

import (
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// A glossary is a section whose heading says it lists terms and what they
// mean ("Key terms", "Glossary", "Definitions"), as students' own notes
// often have. There the writer has said what each item is for, so an item
// "**Osmosis**: the movement of water across a membrane" or a sentence
// "A prokaryote is a single-celled organism without a nucleus" defines its
// term, whatever its words: elsewhere "X is a Y" is as often a judgement
// ("Trust is the most critical element") as a definition, and blind
// teachers took under half of such cards from the notes of talks.

// glossaryHeadingRE matches a heading that is a glossary's label and nothing
// else: "Definitions", "Key Terms", "Vocabulary", "Terms and Definitions".
// A heading that says more ("Key Concepts in Deep Learning", "Problem
// Definition", "The Terms of the Treaty") heads prose, not a list of terms.
var glossaryHeadingRE = regexp.MustCompile(`^(?:(?:key|basic|important|core|main|useful|essential) )?(?:definitions|glossary|vocabulary|terminology|keywords|key words|terms and definitions|terms and concepts|concepts and definitions|terms to know|(?:key|basic|important|core|main|useful|essential) (?:terms|concepts))$`)

// glossaryHeading is the kind of glossary heading h, as written, names,
// or NoGlossary: a list of terms ("Key terms", "Vocabulary", "Definitions") or of
// concepts ("Key Concepts"), whose notes of talks write prose under
// their labels ("Impact: Studies have shown ...").
func glossaryHeading(h string) GlossaryKind {
	h = strings.ToLower(strings.TrimSpace(h))
	h = strings.TrimLeft(h, "0123456789.) ") // "2. Key terms"
	h = strings.TrimRight(h, ": ")
	h = strings.ReplaceAll(h, "&", "and")
	if !glossaryHeadingRE.MatchString(h) {
		return NoGlossary
	}
	for _, w := range strings.Fields(h) {
		switch w {
		case "terms", "definitions", "glossary", "vocabulary", "terminology", "keywords", "words":
			return GlossaryTerms
		}
	}
	return GlossaryConcepts
}

// inGlossary is the kind of glossary a sentence under heading path hp is
// in, or NoGlossary: its own section's heading says. Under a glossary's subsection
// ("Key Concepts › Internal Linking") notes write prose about one concept:
// "Impact: Studies have shown ..." is no term of it.
func inGlossary(hp []string) GlossaryKind {
	if len(hp) == 0 {
		return NoGlossary
	}
	return glossaryHeading(hp[len(hp)-1])
}

// glossaryCopulas are the verbs after which a glossary sentence gives its
// term's meaning: "X is a Y", "X refers to Y", "X means Y".
var glossaryCopulas = set(`is are refers refer means mean describes describe`)

// maxTermWords bounds a term: longer, an item's opening is a clause, not
// a name for something.
const maxTermWords = 5

// glossary adds the definition a glossary sentence gives of its term, as a
// Definition fact whose Subject is the term and whose Answer is its
// meaning (Fact.Glossary the glossary's kind): from a label ("**Osmosis**: the movement of
// water ...", "Osmosis – the movement ...") or from a copula ("Osmosis is
// the movement ...", "A prokaryote is a single-celled organism ...").
func (x *extractor) glossary() {
	kind := x.s.Glossary // a glossary table's row
	if kind == NoGlossary {
		// the sentences of a section come together: its heading is
		// matched once for them
		if h := x.s.Heading; len(h) > 0 {
			if last := h[len(h)-1]; last != x.glossaryHead || !x.glossaryRead {
				x.glossaryHead, x.glossaryRead, x.glossaryKind = last, true, inGlossary(h)
			}
			kind = x.glossaryKind
		}
	}
	if kind == NoGlossary {
		if x.s.TermLen == 0 && !x.s.Asked {
			return
		}
		// outside a glossary, a sentence that defines the term it opens
		// on in bold ("**Osmosis** is the movement of water ..."), or
		// the term its heading asks ("What is a Product Vision?" over "A
		// product vision is an image of ..."): the writer marks the
		// term, as a glossary's heading does; only the copula reads it
		// (a bold label before a colon heads an item of any list)
		kind = GlossaryProse
	}
	text := x.text
	end := len(strings.TrimRight(text, " .;"))
	if kind == GlossaryProse {
		x.copulaGlossary(text, end, kind)
		return
	}
	if x.s.LabelLen > 0 && x.body < len(x.toks) {
		// "**Osmosis**: the movement of water ...": the label is the term
		term := strings.TrimRight(strings.TrimSpace(text[:x.s.LabelLen]), ":：-–— ")
		k := x.body
		for k < len(x.toks) && strings.Contains(":-–—", x.toks[k].s) {
			k++ // "**Osmosis** – the movement ...": the dash after the label
		}
		if k < len(x.toks) && glossaryTerm(term) && end > x.toks[k].start {
			x.addGlossary(term, x.toks[k].start, end, kind)
		}
		return
	}
	if i, n := glossarySeparator(text); i > 0 {
		// "Osmosis: the movement ...", "Osmosis – the movement ..."
		term := strings.TrimSpace(text[:i])
		a := i + n
		for a < len(text) && text[a] == ' ' {
			a++
		}
		if glossaryTerm(term) && end > a {
			x.addGlossary(term, a, end, kind)
			return
		}
	}
	x.copulaGlossary(text, end, kind)
}

// copulaGlossary reads a definition written with a copula: "A prokaryote
// is a single-celled organism without a nucleus.", "Osmosis refers to
// ...". The meaning ends at end. Of a GlossaryProse sentence, the term
// is the one the writer marks (Sentence.TermLen, Sentence.Asked).
func (x *extractor) copulaGlossary(text string, end int, kind GlossaryKind) {
	k := 0
	if k < len(x.toks) && (x.toks[k].l == "a" || x.toks[k].l == "an" || x.toks[k].l == "the") {
		k++
	}
	v := k
	for v < len(x.toks) && v-k <= maxTermWords && x.toks[v].word && !glossaryCopulas[x.toks[v].l] {
		v++
	}
	if v == k || v >= len(x.toks)-1 || !glossaryCopulas[x.toks[v].l] {
		return
	}
	term := text[x.toks[k].start:x.toks[v-1].end]
	if kind == GlossaryProse && !(x.s.Asked && len(x.s.Heading) > 0 && strings.EqualFold(term, sectionTerm(x.s.Heading[len(x.s.Heading)-1])) ||
		x.s.TermLen > 0 && len(term) == int(x.s.TermLen)) {
		return // not the term marked: the bold run, from where the term starts, or the heading's
	}
	a := v + 1
	if (x.toks[v].l == "refers" || x.toks[v].l == "refer") && x.ltok(a) == "to" {
		a++
	}
	if a >= len(x.toks) || !glossaryTerm(term) {
		return
	}
	switch x.toks[v].l {
	case "is", "are", "describes", "describe":
		if l := x.toks[a].l; l != "a" && l != "an" && l != "the" && !(x.toks[v].l == "are" && x.pluralGenus(a)) {
			// "X is similar to", "X is also possible", "X are typically
			// defined": a definition names what kind of thing X is
			// ("refers to" and "means" go on with the meaning itself)
			return
		}
	}
	if start := x.toks[a].start; end > start {
		x.addGlossary(term, start, end, kind)
	}
}

// glossarySeparator finds where an item's term ends and its meaning
// starts without a bold label: a colon followed by a space (not a time's,
// "10:30"), a dash between spaces, an en or em dash, or an equals sign
// between spaces ("Ion = an atom that ..."). It returns the separator's
// offset and length, or 0.
func glossarySeparator(text string) (int, int) {
	best, n := -1, 0
	for _, sep := range []string{": ", " - ", "–", "—", " = "} {
		if i := strings.Index(text, sep); i > 0 && (best < 0 || i < best) {
			best, n = i, len(sep)
		}
	}
	if best < 0 {
		return 0, 0
	}
	return best, n
}

// termOpeners open a clause or a judgement, not a term: "This is",
// "When a node is created", "While queries are for reading", "A crucial
// element is", "Three primary roles are".
var termOpeners = set(`this that these those it they there he she we you i another other example examples note
	when while if although though because as since after before once unless until where how what why whether
	crucial key main important critical major primary significant essential vital notable common first second third
	one two three four five six seven eight nine ten several many some most all each every both few`)

// descOpeners open a meaning that is a sentence about something else, not
// what the term is: "It stores information about tools", "This means".
var descOpeners = set(`it this that these those they there he she we you i`)

// glossaryTerm reports whether term can be a glossary's term: a few words
// of a name for something, not a clause ("This", "It", "There" open
// sentences about what came before).
func glossaryTerm(term string) bool {
	// the words counted and the first one cut without a slice of them:
	// every heading is asked (see sectionTerm)
	first, n := "", 0
	for rest := term; ; n++ {
		rest = strings.TrimLeft(rest, " \t\n")
		if rest == "" {
			break
		}
		end := strings.IndexAny(rest, " \t\n")
		if end < 0 {
			end = len(rest)
		}
		if n == 0 {
			first = rest[:end]
		}
		rest = rest[end:]
	}
	if n == 0 || n > maxTermWords {
		return false
	}
	if first[0] >= '0' && first[0] <= '9' || inFolded(termOpeners, first) {
		return false
	}
	return strings.ContainsFunc(term, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 })
}

// addGlossary adds the definition text[a:b] of term, from a glossary of
// the kind given. Another rule may have read a definition from the same
// place about something else ("X is a Y" in definitions, cut shorter, its
// subject the heading): the glossary's reading replaces it.
func (x *extractor) addGlossary(term string, a, b int, kind GlossaryKind) {
	if w, _, _ := strings.Cut(x.text[a:b], " "); descOpeners[strings.ToLower(w)] {
		return
	}
	// the other reading goes first, so that add does not take the
	// glossary's for a fact it already has
	kept := x.facts[:x.first]
	for _, f := range x.facts[x.first:] {
		if f.Kind != Definition || f.Start != a {
			kept = append(kept, f)
		}
	}
	x.facts = kept
	n := len(x.facts)
	x.addAbout(term, a, b)
	if len(x.facts) > n {
		x.facts[n].Glossary = kind
	}
}

// termHeaders and meaningHeaders name the columns of a glossary table
// under any heading: "| Term | Definition |", "| Word | Meaning |".
var (
	termHeaders    = set(`term terms word words concept concepts name keyword vocabulary`)
	meaningHeaders = set(`definition definitions meaning meanings description explanation`)
)

// glossaryTable reads a two-column table of terms and meanings as the
// items of a glossary: under a glossary heading, or with a header naming
// the columns so. Each row becomes a sentence "Term: meaning." with the
// term as its label, which glossary reads as any item; the table is kept
// as a block too (quizzes print it). It reports whether it read the
// table as a glossary.
func (p *noteParser) glossaryTable(table []tableRow) bool {
	var rows []tableRow
	kind := inGlossary(p.headings)
	for i, row := range table {
		if len(row.cells) != 2 {
			return false // a table of more columns is data, not a glossary (see dataTable)
		}
		if _, header := row.node.(*extast.TableHeader); i == 0 && header {
			if termHeaders[strings.ToLower(row.cells[0])] && meaningHeaders[strings.ToLower(row.cells[1])] {
				kind = GlossaryTerms // "| Term | Definition |" says what it lists, under any heading
			}
			continue
		}
		rows = append(rows, row)
	}
	if kind == NoGlossary {
		return false
	}
	heading := p.headingCopy()
	for _, r := range rows {
		term, meaning := strings.TrimSpace(r.cells[0]), strings.TrimSpace(r.cells[1])
		if term == "" || meaning == "" {
			continue
		}
		if !strings.HasSuffix(meaning, ".") {
			meaning += "."
		}
		p.note.Sentences = append(p.note.Sentences, Sentence{
			Text: term + ": " + meaning, Heading: heading, Line: p.blockLine(rowNode(r.node)), T: -1,
			Label: term, Labels: []string{term}, Block: "item", LabelLen: len(term) + 1, Glossary: kind,
		})
	}
	return true
}

// rowNode is a table row's first cell, whose lines tell the row's line.
func rowNode(row ast.Node) ast.Node {
	if c := row.FirstChild(); c != nil {
		return c
	}
	return row
}

// askedTerm is the term a heading asks the meaning of ("Product Vision"
// of "What is a Product Vision?", "Emulsifiers" of "What are
// Emulsifiers?"), or "".
func askedTerm(h string) string {
	var rest string
	switch {
	case !strings.HasSuffix(h, "?"): // most headings: no question
		return ""
	case len(h) > 8 && strings.EqualFold(h[:8], "what is "):
		rest = h[8:]
	case len(h) > 9 && strings.EqualFold(h[:9], "what are "):
		rest = h[9:]
	default:
		return ""
	}
	rest, ok := strings.CutSuffix(strings.TrimSpace(rest), "?")
	if !ok {
		return ""
	}
	for _, a := range []string{"a ", "an ", "the "} {
		if len(rest) > len(a) && strings.EqualFold(rest[:len(a)], a) {
			rest = rest[len(a):]
			break
		}
	}
	if !glossaryTerm(rest) {
		return "" // "What is it?", "What is the most important thing in ...?"
	}
	return strings.TrimSpace(rest)
}

// sectionTerm is the term a section is about, whose meaning its first
// sentence gives when it opens on the term: the term a heading asks
// ("What is a Product Vision?") or a heading that is a term alone
// ("Neuroplasticity" over "Neuroplasticity is the brain's ability to
// ...", "Gradient Descent (GD)", "The Relative Value Model"). A heading
// that is no term ("Key Takeaways") names none the sentence could open
// on with a copula and an article.
func sectionTerm(h string) string {
	if t := askedTerm(h); t != "" || strings.HasSuffix(h, "?") {
		return t
	}
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(h), ":"))
	if i := strings.LastIndex(t, " ("); i > 0 && strings.HasSuffix(t, ")") {
		t = strings.TrimSpace(t[:i]) // "Gradient Descent (GD)": the term, not its short form
	}
	for _, a := range []string{"a ", "an ", "the "} {
		if len(t) > len(a) && strings.EqualFold(t[:len(a)], a) {
			t = t[len(a):]
			break
		}
	}
	if !glossaryTerm(t) || strings.ContainsAny(t, ":,;()") {
		return ""
	}
	return t
}

// pluralGenus reports whether the words from token a name the kind of
// thing a plural term is without an article, and go on to say which of
// them: "small structures that build proteins", "ingredients which let
// oil and water mix". The kind is one to three words, the last ending in
// "s", and a relative pronoun follows it; "important for", "also used",
// "typically defined" name no kind.
func (x *extractor) pluralGenus(a int) bool {
	for k := a; k < len(x.toks) && k < a+4; k++ {
		t := x.toks[k]
		if !t.word || t.cap || strings.HasSuffix(t.l, "ly") || notGenus[t.l] {
			return false
		}
		if strings.HasSuffix(t.l, "s") && k+1 < len(x.toks) {
			switch x.toks[k+1].l {
			case "that", "which", "who", "where", "whose", "used", "designed", "made":
				return true
			}
		}
	}
	return false
}

// notGenus are words that open no kind of thing after "are": "X are
// also ...", "X are not ...", "X are more ...".
var notGenus = set(`also not more less most very often usually typically generally just only still now all both
	key important crucial critical essential vital major significant great powerful popular common many few some`)
