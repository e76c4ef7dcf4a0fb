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
	if !infoboxFields[field] {
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
	if words := strings.Fields(text[a:b]); len(words) > maxFieldValueWords || describes(words) {
		return // a sentence about the field, or what the field is for ("Author: Crediting the content creator"), not its value
	}
	subject := strings.TrimSpace(s.Heading[len(s.Heading)-1])
	if n := len(strings.Fields(subject)); n == 0 || n > maxSubjectWords || !startsUpperWord(subject) || inGlossary(s.Heading) != NoGlossary {
		return
	}
	x.addAbout("the "+field+" of "+subject, a, b)
}

// startsUpperWord reports whether s opens on an upper-case ASCII letter.
func startsUpperWord(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// describes reports whether a field's value words read as a description
// rather than a value: a verb's -ing form first, or four words or more of
// small letters after the first ("Crediting the content creator").
func describes(words []string) bool {
	if len(words) == 0 {
		return true
	}
	if w := strings.ToLower(words[0]); len(w) > 5 && strings.HasSuffix(w, "ing") {
		return true
	}
	small := 0
	for _, w := range words[1:] {
		if w != "" && w[0] >= 'a' && w[0] <= 'z' {
			small++
		}
	}
	return small >= 3
}
