package notes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type span struct{ start, end int }

// titleAbbreviations are the abbreviated titles written with a dot before
// a name: the tokenizer keeps the dot in the title's word ("Mr. Robert
// Kirby" is one name).
var titleAbbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Rev": true, "St": true, "Mt": true,
	"Gen": true, "Col": true, "Capt": true, "Lt": true, "Sgt": true, "Gov": true, "Sen": true, "Fr": true,
}

// abbreviations never end a sentence when followed by a capital ("Dr. Smith",
// "St. Louis"); matched case-sensitively on the word before the dot. The
// titles are among them.
var abbreviations = func() map[string]bool {
	m := map[string]bool{
		"Jr": true, "Sr": true, "vs": true, "etc": true, "e.g": true, "i.e": true, "cf": true,
		"Inc": true, "Ltd": true, "Co": true, "Corp": true, "No": true, "Nos": true, "Rep": true,
		"Pres": true, "approx": true, "ca": true, "c": true, "al": true,
		"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
		"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true, "fig": true, "Fig": true,
		"vol": true, "Vol": true, "pp": true, "p": true, "op": true, "Ft": true, "Adm": true, "v": true, // "Standard Oil v. United States"
	}
	for t := range titleAbbreviations {
		m[t] = true
	}
	return m
}()

// sentenceStarters are words that, after "U.S." and the like, show a new
// sentence has begun ("... sanctions by the U.S. The next day ...").
var sentenceStarters = map[string]bool{
	"The": true, "This": true, "That": true, "These": true, "Those": true, "It": true,
	"In": true, "He": true, "She": true, "They": true, "We": true, "However": true,
	"After": true, "By": true, "On": true, "A": true, "An": true, "As": true, "Its": true,
	"His": true, "Her": true, "Their": true, "But": true, "Meanwhile": true, "Despite": true,
}

// wrapped reports whether a line of a paragraph ends where no sentence
// can: on a comma or a word that needs one after it ("founded in 1201
// by" then "Orrin Tarn, who ..."), as in notes whose writers wrap their
// lines at a width. A line that ends on any other word starts a new
// sentence at the next line, as in pages that write a sentence a line.
func wrapped(line string) bool {
	line = strings.TrimRight(line, " \t\r")
	if strings.HasSuffix(line, ",") {
		return true
	}
	i := strings.LastIndexAny(line, " \t\n")
	return unfinishing[line[i+1:]]
}

// unfinishing are words no sentence ends on.
var unfinishing = map[string]bool{"a": true, "an": true, "the": true, "of": true, "to": true,
	"by": true, "in": true, "on": true, "at": true, "for": true, "with": true, "from": true,
	"and": true, "or": true, "but": true, "was": true, "were": true, "is": true, "are": true,
	"that": true, "which": true, "who": true, "whose": true, "as": true, "into": true, "its": true,
	"their": true, "his": true, "her": true, "than": true, "between": true, "under": true}

// splitSentences finds sentence spans in block text. A boundary is ., ! or ?
// (with closing quotes or brackets) followed by space and a capital, digit or
// opening quote, unless the word before is an abbreviation, an initial or a
// dotted acronym ("U.S.") not followed by a typical sentence opener. A line
// break starts a new sentence unless the next line starts in lower case
// or the line ends where no sentence can (see wrapped).
func splitSentences(t string) []span {
	var out []span
	start := 0
	add := func(end int) {
		s, e := start, end
		for s < e && isSpace(t[s]) {
			s++
		}
		for e > s && isSpace(t[e-1]) {
			e--
		}
		if e > s {
			out = append(out, span{s, e})
		}
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch c {
		case '\n':
			j := i + 1
			for j < len(t) && isSpace(t[j]) {
				j++
			}
			r, _ := utf8.DecodeRuneInString(t[j:])
			if j < len(t) && unicode.IsLower(r) || j < len(t) && wrapped(t[start:i]) {
				continue
			}
			add(i)
			start = i + 1
		case '.', '!', '?':
			j := i + 1
			for j < len(t) && strings.IndexByte(`"')]”’»`, t[j]) >= 0 {
				j++
			}
			// UTF-8 closing quotes are multi-byte: skip their continuation bytes.
			for j < len(t) && t[j] >= 0x80 && t[j] < 0xC0 {
				j++
			}
			if j < len(t) && t[j] == '#' && c == '.' {
				// "…</a>.# Title": a heading glued to the end of a sentence.
				add(j)
				start = j
				i = j
				continue
			}
			if j >= len(t) || !isSpace(t[j]) {
				continue
			}
			k := j
			for k < len(t) && isSpace(t[k]) {
				k++
			}
			if k >= len(t) {
				continue
			}
			r, _ := utf8.DecodeRuneInString(t[k:])
			if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"'“‘(*[`, r)) {
				continue
			}
			if c == '.' && !dotEnds(t, i, k) {
				continue
			}
			add(j)
			start = j
			i = j - 1
		}
	}
	add(len(t))
	return out
}

// dotEnds decides whether the full stop at i (next word at k) ends a sentence.
func dotEnds(t string, i, k int) bool {
	w := i
	for w > 0 && !isSpace(t[w-1]) && t[w-1] != '(' && t[w-1] != '"' {
		w--
	}
	word := t[w:i]
	if abbreviations[word] {
		return false
	}
	// A single capital letter is an initial ("George W. Bush").
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return false
	}
	// Dotted acronyms: "U.S", "U.K", "e.g".
	if strings.Count(word, ".") >= 1 && len(word) <= 6 {
		next := t[k:]
		if e := strings.IndexAny(next, " ,;:"); e >= 0 {
			next = next[:e]
		}
		return sentenceStarters[next]
	}
	return true
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
