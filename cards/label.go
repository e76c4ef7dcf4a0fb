package cards

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
)

// Notes often open a list item with a bold label before a full sentence:
// "Harbour Treaty (1201): The guild signed a pact with the duke." Shown
// on a card, the label reads like a heading pasted into the sentence, and
// a blank inside it ("Harbour Treaty (_____): ...") asks the label, not
// the sentence. The label is a heading in all but form, so it joins the
// fact's heading path, and the card shows the sentence alone.

// maxLabelWords bounds a label: longer text before a colon is a clause
// ("The reason was simple: ...").
const maxLabelWords = 8

// liftLabels returns the facts of given, in order, with their answers
// trimmed (see trimAnswer)
// and each sentence's leading label moved into the heading path. A fact
// whose answer lies in the label is dropped: its sentence does not say it;
// so is one inside the brackets of a label left in place ("Scarecrow
// (_____): A card that ..."), a note on the label rather than a fact of
// the sentence. The caller's facts are left as they were: the result
// points at them, and only the facts that change are copied (a copy of
// every fact was 40 MB on the corpus, of which a few thousand facts
// change).
func liftLabels(given ...[]notes.Fact) []*notes.Fact {
	n := 0
	for _, facts := range given {
		n += len(facts)
	}
	out := make([]*notes.Fact, 0, n)
	var paths liftedPaths
	// a sentence's facts come together too: its label is read once for
	// them (from the facts as trimmed)
	var readSentence, label string
	readLabelLen, cut, whole := -1, 0, false
	var pairs pairReading
	var item itemReading // the label of the list item the sentence at hand is in
	var t notes.Fact     // the fact at hand, trimmed
	first := true
	for _, facts := range given {
		for i := range facts {
			f := &facts[i] // most facts are kept as they are
			if f.Glossary != notes.NoGlossary {
				// a glossary's label is its term, the card's answer: it
				// stays where the note put it (see glossary.go)
				out = append(out, f)
				continue
			}
			if t = *f; trimAnswer(&t, &pairs) {
				trimmed := t
				f = &trimmed
			}
			if f.Sentence != readSentence || f.LabelLen != readLabelLen || first {
				readSentence, readLabelLen, first = f.Sentence, f.LabelLen, false
				label, cut, whole = sentenceLabel(f.Sentence, f.LabelLen)
			}
			inLabel := f.Start < cut
			switch {
			case inLabel && (whole || inAside(f.Sentence[:f.Start])):
			case whole:
				g := *f
				g.Sentence = g.Sentence[cut:]
				g.Start -= cut
				g.LabelLen, g.Label = 0, "" // the label is a heading now, as it is a section's (see sectionDepth)
				g.Cue = strings.TrimPrefix(g.Cue, label+": ")
				g.Heading = paths.under(&g, label)
				out = append(out, &g)
			case cut == 0 && f.Label != "":
				// a later sentence of a labelled list item ("**Continental
				// Shelf**: Turkey argued ... . The International Court of
				// Justice ruled it had no jurisdiction."): the label heads it
				// as it heads the first, which is all that tells the dispute.
				// The sentence is read once for its facts, the answer for each
				if f.Sentence != item.sentence || f.Label != item.raw || keyOfHeading(*f) != item.heading {
					item = readItemLabel(f)
				}
				if item.label == "" || item.givesAway(f) {
					// "Alcubierre Drive" above "_____ discovered a solution
					// to Einstein's equations": the sentence stands without
					// its label, which would only give the answer away
					out = append(out, f)
					break
				}
				g := *f
				g.Heading = paths.under(&g, item.label)
				out = append(out, &g)
			default:
				out = append(out, f)
			}
		}
	}
	return out
}

// liftedPaths is the heading path liftLabels last gave a label. The facts
// of a labelled sentence, and of a list item under one label, come
// together: they share one lifted path, as the facts of a section share
// theirs (keyOfHeading tells paths apart by slice).
type liftedPaths struct {
	from  headingKey
	label string
	path  []string
}

// under is fact f's heading path with label after it, the last one made
// when f's path and the label are the last ones'.
func (p *liftedPaths) under(f *notes.Fact, label string) []string {
	if from := keyOfHeading(*f); p.path == nil || from != p.from || label != p.label {
		p.from, p.label, p.path = from, label, append(slices.Clip(f.Heading), label)
	}
	return p.path
}

// sentenceLabel returns the bold label a sentence opens with (labelLen
// long, from the notes) and the length of what goes with it (the label,
// its colon and the space after), or cut 0 when it has none or the label
// is only a figure ("1201:" heads a list of dates and stays). whole says
// whether a sentence with its own subject and verb follows, which can
// stand without the label ("Iran: Ranks 17th ..." cannot: the label is
// its subject).
func sentenceLabel(s string, labelLen int) (label string, cut int, whole bool) {
	if labelLen <= 0 {
		labelLen = plainLabel(s)
	}
	if labelLen <= 0 || labelLen >= len(s) {
		return "", 0, false
	}
	label, rest := s[:labelLen], s[labelLen:]
	if !strings.HasSuffix(label, ":") {
		// the colon outside the bold, maybe after a bracket: "**Scarecrow**
		// (1 copy): ..."
		if t := strings.TrimLeft(rest, " "); strings.HasPrefix(t, "(") {
			if j := strings.Index(t, "):"); j > 0 && j < 40 && !strings.Contains(t[:j], ")") {
				label, rest = s[:len(s)-len(t)+j+1], t[j+1:]
			}
		}
		var ok bool
		if rest, ok = strings.CutPrefix(rest, ":"); !ok {
			return "", 0, false
		}
	}
	rest = strings.TrimLeft(rest, " ")
	label = labelText(label)
	if label == "" || countFields(label) > maxLabelWords || !hasLetterWord(label) {
		return "", 0, false
	}
	return label, len(s) - len(rest), standsAlone(rest)
}

// itemReading is what liftLabels reads of a sentence of a labelled list
// item that does not open with the label: the label to head it, or ""
// (see readItemLabel), and its content tokens once a fact asks them.
type itemReading struct {
	sentence, raw string     // the sentence and notes.Fact.Label read
	heading       headingKey // and the heading path it is under
	label         string
	tokens        []string
}

// readItemLabel reads the label of the list item fact f's sentence is in,
// to head a sentence of the item that does not open with it: none when
// the label is a figure ("1201"), too long to be a label, shown by the
// sentence or its heading path already, or when the sentence has no
// subject and verb of its own, as sentenceLabel leaves a label before
// such a sentence. Whether it gives a fact's answer away is the caller's
// to ask (givesAway).
func readItemLabel(f *notes.Fact) itemReading {
	r := itemReading{sentence: f.Sentence, raw: f.Label, heading: keyOfHeading(*f)}
	label := labelText(f.Label)
	if label == "" || countFields(label) > maxLabelWords || !hasLetterWord(label) || containsFold(f.Sentence, label) {
		return r
	}
	if n := len(f.Heading); n > 0 && strings.EqualFold(f.Heading[n-1], label) {
		return r
	}
	if !standsAlone(f.Sentence) {
		return r // a fragment ("The 17th largest member, with ..."): the label is its subject, which the card names before it
	}
	r.label = label
	return r
}

// mayGiveAway reports whether the label might give fact f's answer away
// (headingTokensGiveAway says whether it does): a word of it shares its
// first three letters with the answer (headingTokensGiveAway's stems
// share four, its names three), it names a country (shown under another
// name: "US" above "the United States"), or the label or the answer is
// not plain ASCII words, which the tokens may read otherwise. Most facts
// of labelled items are ruled out here, before any tokens are made.
func (r *itemReading) mayGiveAway(f *notes.Fact) bool {
	a := f.Answer
	for i := 0; i < len(a); i++ {
		if c := a[i]; c >= utf8.RuneSelf || !isLetterByte(c) && !isDigitByte(c) && c != ' ' {
			return true
		}
	}
	if !ascii(r.label) {
		return true
	}
	// the label's runs of letters and digits: every token of it starts one
	var buf [32]byte
	for i := 0; i < len(r.label); {
		j := i
		for j < len(r.label) && (isLetterByte(r.label[j]) || isDigitByte(r.label[j])) {
			j++
		}
		if j == i {
			i++
			continue
		}
		w := r.label[i:j]
		i = j
		if len(w) < 2 && !isDigitByte(w[0]) {
			continue // a letter alone is no token; a figure is ("0" above "0 times 17 = 0")
		}
		if len(w) <= len(buf) {
			low, _ := appendLowerASCII(buf[:0], w)
			if _, ok := countryForms[string(low)]; ok || countryFirstWords[string(low)] {
				return true
			}
		}
		n := min(3, len(w))
		if len(w) == 3 && (w[2] == 's' || w[2] == 'S') {
			n = 2 // "uss" is the owner's form of "us" (see headingTokensGiveAway)
		}
		if indexFoldASCII(a, w[:n]) >= 0 {
			return true
		}
	}
	return false
}

// givesAway reports whether the label gives fact f's answer away.
func (r *itemReading) givesAway(f *notes.Fact) bool {
	if !r.mayGiveAway(f) {
		return false
	}
	if r.tokens == nil {
		r.tokens = contentTokens(r.label)
	}
	return headingTokensGiveAway(r.tokens, answer.StripHedge(f.Answer), *f, nil)
}

// countryFirstWords are the first words of countryForms' names of two
// words ("united" of "united states").
var countryFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for form := range countryForms {
		if first, _, ok := strings.Cut(form, " "); ok {
			m[first] = true
		}
	}
	return m
}()

// standsAlone reports whether s, what follows a label, is a sentence
// with its own subject and verb, opening on a capital or a figure ("44
// students received ..."), which can stand without the label.
func standsAlone(s string) bool {
	opening := strings.TrimLeft(s, `"“'‘`)
	return (startsUpper(opening) || opening != "" && isDigitByte(opening[0])) && ownVerb(s)
}

// labelText is a label as a heading shows it: without the bold's stars,
// its colon and the quotes around it, nor the quote left alone when the
// label only opens with a quotation ("\"Religion\" (Name)").
func labelText(s string) string {
	s = strings.Trim(s, `"“”'‘’*: `)
	for _, q := range []string{`"`, "“", "”"} {
		if strings.Count(s, q) == 1 {
			s = strings.Replace(s, q, "", 1)
		}
	}
	return s
}

// labelSmallWords may stand lower-case in a title.
var labelSmallWords = map[string]bool{"and": true, "of": true, "the": true, "for": true, "in": true,
	"on": true, "to": true, "&": true, "vs": true, "a": true, "an": true}

// plainLabel is the length of a label written without bold before a
// colon, in title case ("Rising Harbour Tolls: The guild ...", "Example:
// ..."; "Iran: Ranks ..." too, though only a sentence of its own after
// it lets the label go), or 0: a
// title's own colon ("The 1201 sequel, Kesh: A Harbour Odyssey") is not in
// title case, or holds a comma.
func plainLabel(s string) int {
	// a label ends within the first 80 bytes: the rest is not searched
	// (every sentence is read). The colon is sought byte by byte: most
	// sentences have none, which IndexByte tells fastest
	head, i := s[:min(len(s), 82)], -1
	for j := 0; j < len(head); j++ {
		k := strings.IndexByte(head[j:], ':')
		if k < 0 {
			break
		}
		if j += k; j+1 < len(head) && head[j+1] == ' ' {
			i = j
			break
		}
	}
	if i <= 0 || i > 80 || strings.ContainsAny(s[:i], ",;.") {
		return 0
	}
	n := 0
	for w, rest := nextField(s[:i]); w != ""; w, rest = nextField(rest) {
		n++
		if !startsUpper(strings.TrimLeft(w, `"“'‘(`)) && !labelSmallWords[w] || n > 6 {
			return 0
		}
	}
	if n == 0 {
		return 0
	}
	return i + 1
}

// hasLetterWord reports whether s holds a word of letters.
func hasLetterWord(s string) bool {
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		if i, j, ok := asciiBare(w); ok {
			// bareWord's bounds, without lower-casing (which allocates)
			if j-i >= 2 && !isDigitByte(w[i]) {
				return true
			}
		} else if b := bareWord(w); len(b) >= 2 && !isDigitByte(b[0]) {
			return true
		}
	}
	return false
}

// ownVerb reports whether a sentence has a subject of its own before its
// verb: a verb in lower case among its first sixteen words, not the first
// ("The guild signed ...", "Months later, the port was closed"), where a
// fragment opens on its verb ("Ranks 17th", "Located between ...").
func ownVerb(s string) bool {
	first, rest := nextField(s)
	if b := bareWord(first); auxiliaries[b] || isPastVerb(b) {
		return false // "Issued a statement ..."
	}
	// each word is read once, as the one after the word at hand and then
	// as the word at hand (every labelled sentence is read)
	prev := first
	w, rest := nextField(rest)
	for i := 0; i < 15 && w != ""; i++ {
		next, after := nextField(rest)
		if startsWithVerb(w) || presentVerb(prev, w, next) || negated(w) {
			return true
		}
		prev, w, rest = w, next, after
	}
	return false
}

// presentVerb reports whether w, between prev and next, reads as a verb
// in the present tense ("Seattle accounts for", "the firm typically
// employs about"): a lower-case word in -s after a word that can end a
// subject and before one that opens an object. A plural noun stands
// after a determiner or a preposition ("the products in", "of engineers
// in") or before "of", which do not count.
func presentVerb(prev, w, next string) bool {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 'A' && c <= 'Z' {
			return false // capitalised: lower-casing it (which allocates) only tells so
		}
	}
	b := bareWord(w) // lower-cased: differs from w when w is capitalised or punctuated
	if b != w || !sForm(b) || strings.HasSuffix(b, "'s") {
		return false // punctuated ("rates, prices"), capitalised, short, "process", "status", "analysis": not a verb's -s
	}
	switch {
	case prev == "" || strings.HasSuffix(prev, ",") || bareIn(functionWords, prev):
		return false
	}
	var low [32]byte
	nb, ascii := appendBare(low[:0], next)
	n := string(nb) // on the stack: it does not escape
	if !ascii {
		n = bareWord(next)
	}
	if n == "" || n == "of" {
		return false
	}
	// after a name, a word in -s is its verb ("Maharashtra ranks second")
	return objectOpeners[n] || isDigitByte(next[0]) || next[0] == '$' || startsUpper(prev) && !strings.HasSuffix(prev, ":")
}

// negated reports whether w is a verb in a negative contraction ("didn't").
func negated(w string) bool {
	return !startsUpper(w) && (strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t"))
}

// objectOpeners open what follows a verb: an object, a complement or a
// prepositional phrase.
var objectOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "to": true, "for": true, "in": true, "on": true, "at": true,
	"with": true, "that": true, "about": true, "over": true, "more": true, "up": true, "out": true,
	"its": true, "their": true, "his": true, "her": true, "as": true, "by": true, "from": true,
	"into": true, "nearly": true, "around": true, "only": true, "no": true, "all": true, "some": true,
	"many": true, "most": true, "both": true, "this": true, "these": true, "those": true, "our": true,
	"approximately": true, "roughly": true, "almost": true, "between": true, "through": true,
}
