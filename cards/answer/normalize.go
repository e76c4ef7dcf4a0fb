// Package answer decides whether a typed answer matches the expected one,
// forgivingly: it reads number words and magnitudes, dates in any common
// order and precision, hedges and ranges, ignores case, punctuation, articles
// and accents, and tolerates small typos.
//
// The package is pure: strings in, verdicts out.
package answer

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

var folder = cases.Fold()

// stripMarks removes combining accents after decomposition ("Atatürk" → "Ataturk").
func stripMarks(s string) string {
	t := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

// articles are dropped when comparing words: "the Great Satan" = "Great Satan".
var articles = map[string]bool{"a": true, "an": true, "the": true}

// Fold lowers case, removes accents and maps typographic quotes and dashes to
// their plain forms, keeping every other character.
func Fold(s string) string {
	s = stripMarks(s)
	s = folder.String(s)
	return strings.Map(func(r rune) rune {
		switch r {
		case '‘', '’', '`', '´':
			return '\''
		case '“', '”':
			return '"'
		case '–', '—', '‐', '‑', '−':
			return '-'
		case '\u00a0':
			return ' '
		}
		return r
	}, s)
}

// Words splits folded text into words of letters and digits. Apostrophes
// inside words are removed ("Iran's" → "irans"); a decimal point or thousands
// comma between digits is kept ("2.8", "90,000").
func Words(s string) []string {
	s = Fold(s)
	var words []string
	var b strings.Builder
	rs := []rune(s)
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == '\'' && b.Len() > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i+1]):
			// possessive or contraction: keep the word whole
		case (r == '.' || r == ',') && b.Len() > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i+1]) && unicode.IsDigit(rs[i-1]):
			b.WriteRune(r)
		case r == '%' || r == '$' || r == '€' || r == '£':
			flush()
			words = append(words, string(r))
		default:
			flush()
		}
	}
	flush()
	return words
}

// Normalize is the canonical comparison form of an answer: folded words
// without articles, joined by single spaces. "The Great Satan!" → "great satan".
func Normalize(s string) string {
	ws := Words(s)
	out := ws[:0]
	for _, w := range ws {
		if !articles[w] {
			out = append(out, w)
		}
	}
	if len(out) == 0 { // an answer made only of an article is still an answer
		return strings.Join(ws, " ")
	}
	return strings.Join(out, " ")
}
