package notes

import "strings"

// Fact sheets: learners keep a country, an element or a person as a list
// of fields under its name ("## Peru" over "- Capital: Lima", "- Official
// language: Spanish"), as an encyclopedia's infobox does. A field that
// names an attribute of the heading's subject is a definition of "the
// capital of Peru", answered by its value, which cards ask as "What is the
// capital of Peru?". Only the fields below are read: the labels of the
// notes of talks ("Salt: half a teaspoon", "Evaluation: Ragas for ...")
// name no attribute of their heading.

// infoboxFields are the fields read, lower-cased: attributes whose value
// is a name or a word, asked "What is the <field> of <subject>?", one
// word or several.
var infoboxFields = func() map[string]bool {
	m := set(`capital currency motto anthem founder author composer director painter architect
		inventor discoverer symbol formula genre religion demonym`)
	for _, p := range []string{"capital city", "largest city", "official language", "official languages",
		"national language", "head of state", "chemical symbol", "chemical formula", "national animal",
		"national flower", "national sport", "prime minister"} {
		m[p] = true
	}
	return m
}()

// maxFieldValueWords bounds a field's value: longer, it is a sentence
// about the field, not its value.
const maxFieldValueWords = 6

// maxSubjectWords bounds the heading a field is of: a name, not a topic
// ("How the capital moved north").
const maxSubjectWords = 5

// fieldLine adds the definition a fact sheet's field line gives of its
// heading's subject ("Capital: Lima" under "Peru": the capital of Peru is
// Lima).
func (x *extractor) fieldLine() {
	s := x.s
	if len(s.Heading) == 0 || s.Glossary != NoGlossary {
		return
	}
	text := x.text
	i := strings.Index(text, ": ")
	if i <= 0 || i > 24 {
		return
	}
	field := strings.ToLower(strings.TrimSpace(text[:i]))
	cell := s.Block == "cell" // a table's header names its fields: any is one
	infobox := infoboxFields[field]
	if !infobox && !cell {
		return
	}
	a := i + 2
	for a < len(text) && text[a] == ' ' {
		a++
	}
	b := len(strings.TrimRight(text, " .;"))
	if b <= a || strings.ContainsAny(text[a:b], ":;") {
		return
	}
	if words := strings.Fields(text[a:b]); len(words) > maxFieldValueWords || (cell && describesCell(words) || !cell && describes(words)) {
		return // a sentence about the field, or what the field is for ("Author: Crediting the content creator"), not its value
	}
	if cell && !cellValue(field, text[a:b]) {
		return // "Jets: Not mentioned", "Speed: Fast", "Immanent: Interaction"
	}
	subject := strings.TrimSpace(s.Heading[len(s.Heading)-1])
	if n := len(strings.Fields(subject)); n == 0 || n > maxSubjectWords || !startsUpperWord(subject) || inGlossary(s.Heading) != NoGlossary {
		return
	}
	if listed(text[a:b]) {
		field = PluralField(field) // "Official language: German, French, Italian, Romansh"
	}
	if takesThe(subject) {
		subject = "the " + subject // "the capital of the Netherlands"
	}
	n := len(x.facts)
	x.addAbout("the "+field+" of "+subject, a, b)
	if cell && !infobox && len(x.facts) > n {
		x.facts[len(x.facts)-1].TableField = true
	}
}

// describesCell is describes for a table's cell, whose column says it is
// a value: only a verb's -ing form tells a description ("Crediting the
// content creator", "Prominent, extending 5,000+ light-years"); its words
// in small letters do not ("6.5 billion times the Sun's mass").
func describesCell(words []string) bool {
	if len(words) == 0 || ingForm(words[0]) {
		return true
	}
	for _, w := range words[1:] {
		if smallWord(w) && ingForm(w) {
			return true
		}
	}
	return false
}

// ingForm reports whether w reads as a verb's -ing form ("Crediting").
func ingForm(w string) bool { return len(w) > 5 && strings.HasSuffix(strings.ToLower(w), "ing") }

// smallWord reports whether w opens on a small ASCII letter.
func smallWord(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }

// cellValue reports whether a table's cell is a field's value worth
// asking: not a placeholder ("Not mentioned", "(Slowly changes)"), not a grade that only
// compares the table's rows ("Fast", "Generally lower", "Can be
// higher"), and of a field that is a noun (not "Immanent", "Temp." or
// "Ideal for").
func cellValue(field, value string) bool {
	low := strings.ToLower(value)
	if placeholders[low] || strings.HasPrefix(value, "(") {
		return false
	}
	first, _, _ := strings.Cut(low, " ")
	if grades[first] || hedges[first] {
		return false
	}
	last := field[strings.LastIndexByte(field, ' ')+1:]
	// "Ideal for"; "Published" and "Born" tell a date dataTable words as a sentence, or none
	return !strings.HasSuffix(field, ".") && !adjectiveField(last) && !stopWords[last] && !datedParticiples[last]
}

// grades are values that rank a row against the others rather than
// state something of it; hedges open such a grade ("Very flexible",
// "Generally lower", "Can be higher").
var (
	grades = set(`fast faster slow slower high higher low lower cheap cheaper expensive costly good better bad worse
		easy easier hard harder simple simpler complex small smaller large larger big bigger short shorter long longer
		strong stronger weak weaker moderate medium limited flexible rigid yes no true false many few more less most least
		same similar different varied variable deterministic non-deterministic excellent poor great average
		minimal maximal significant negligible open closed`)
	hedges = set(`very generally usually often can may might more less relatively fairly quite highly extremely
		slightly somewhat mostly typically potentially`)
)

// adjectiveField reports whether a table's header word reads as an
// adjective ("Immanent", "Transcendent", "Omniscient"): such a column
// sorts the rows, it names no field of them.
func adjectiveField(w string) bool {
	for _, suf := range []string{"ent", "ant", "ive", "ous", "ful", "less", "able", "ible"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// placeholders fill a table's cell that holds no value.
var placeholders = func() map[string]bool {
	m := set(`- — – ? n/a none unknown tbd varies unclear`) // not "na": sodium's symbol
	for _, p := range []string{"not mentioned", "not specified", "not available", "not applicable", "not stated", "not known"} {
		m[p] = true
	}
	return m
}()

// listed reports whether a field's value lists several names ("German,
// French, Italian, Romansh"; "Velan and Orric"): the field is asked in
// the plural.
func listed(v string) bool {
	items := strings.Split(strings.ReplaceAll(v, " and ", ", "), ", ")
	if len(items) < 2 {
		return false
	}
	for _, it := range items {
		if n := len(strings.Fields(it)); n == 0 || n > 3 || !startsUpperWord(strings.TrimSpace(it)) {
			return false
		}
	}
	return true
}

// PluralField is a field's name in the plural, its last word made so
// ("official language" → "official languages", "currency" →
// "currencies"); a plural is left as it is.
func PluralField(f string) string {
	for _, w := range strings.Fields(f) {
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed") {
			return f // "diseases transmitted": its noun is plural already, or not last
		}
	}
	switch {
	case strings.HasSuffix(f, "y") && len(f) > 2 && !strings.ContainsRune("aeiou", rune(f[len(f)-2])):
		return f[:len(f)-1] + "ies"
	case strings.HasSuffix(f, "x") || strings.HasSuffix(f, "ch") || strings.HasSuffix(f, "sh") || strings.HasSuffix(f, "ss"):
		return f + "es"
	}
	return f + "s"
}

// takesThe reports whether a name is written with "the" inside a
// sentence: a plural name of islands or lands ("Netherlands",
// "Philippines", "Maldives") or a union's ("United States", "Czech
// Republic", "United Arab Emirates").
func takesThe(name string) bool {
	if strings.HasPrefix(name, "The ") || strings.HasPrefix(name, "the ") {
		return false // "the" is written already
	}
	words := strings.Fields(name)
	last := words[len(words)-1]
	for _, w := range []string{"Republic", "Kingdom", "States", "Union", "Islands", "Emirates", "Federation"} {
		if last == w {
			return true
		}
	}
	return len(words) == 1 && theNames[name]
}

// theNames are the countries of one word named with "the".
var theNames = set(`Netherlands Philippines Bahamas Maldives Seychelles Comoros Gambia`)

// startsUpperWord reports whether s opens on an upper-case ASCII letter.
func startsUpperWord(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// describes reports whether a field's value words read as a description
// rather than a value: a verb's -ing form first, or four words or more of
// small letters after the first ("Crediting the content creator").
func describes(words []string) bool {
	if len(words) == 0 || ingForm(words[0]) {
		return true
	}
	small := 0
	for _, w := range words[1:] {
		if smallWord(w) {
			small++
		}
	}
	return small >= 3
}
