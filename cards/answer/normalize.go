// Package answer decides whether a typed answer matches the expected one,
// forgivingly: it reads number words and magnitudes, dates in any common
// order and precision, hedges and ranges, ignores case, punctuation, articles
// and accents, and tolerates small typos.
//
// The package is pure: strings in, verdicts out.
package answer

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

var folder = cases.Fold()

var typographic = strings.NewReplacer("‘", "'", "’", "'", "´", "'", "“", `"`, "”", `"`,
	"–", "-", "—", "-", "‐", "-", "‑", "-", "−", "-", "\u00a0", " ")

// stripMarks removes combining accents after decomposition ("Atatürk" → "Ataturk").
func stripMarks(s string) string {
	t := markStrippers.Get().(transform.Transformer)
	defer markStrippers.Put(t)
	out, _, err := transform.String(t, s) // String resets t before use
	if err != nil {
		return s
	}
	return out
}

// markStrippers reuses the transform chains stripMarks needs: a chain
// keeps state, so one per goroutine at a time, and building one for every
// string was most of Normalize's allocation on non-ASCII text.
var markStrippers = sync.Pool{New: func() any {
	return transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// articles are dropped when comparing words: "the Great Satan" = "Great Satan".
var articles = map[string]bool{"a": true, "an": true, "the": true}

// Fold lowers case, removes accents and maps typographic quotes and dashes to
// their plain forms, keeping every other character.
func Fold(s string) string {
	if isASCII(s) { // the common case, without the cost of Unicode transforms
		return strings.ToLower(s)
	}
	// typographic quotes and dashes are most of the non-ASCII in notes:
	// map them first and take the fast path when nothing else remains
	if t := typographic.Replace(s); isASCII(t) {
		return strings.ToLower(t)
	}
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
// comma between digits is kept ("2.8", "90,000"); "%", "$", "€" and "£" are
// words of their own.
func Words(s string) []string { return words(s, false) }

// words is Words; allSigns keeps every currency's sign as a word
// ("₹", "¥"), as amounts are read. Words itself keeps only the four it
// always kept: Normalize is made of it, and card IDs of Normalize, which
// a sign more would change for every fact that writes one.
func words(s string, allSigns bool) []string {
	s = Fold(s)
	if isASCII(s) {
		return asciiWords(s)
	}
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
		case r == '%' || r == '$' || r == '€' || r == '£' || allSigns && currencySigns[string(r)]:
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
	if isASCII(s) {
		if out, ok := asciiNormalize(s); ok {
			return out
		}
	}
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

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
}
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// asciiWords is Words for ASCII text, byte by byte without allocating per rune.
func asciiWords(s string) []string {
	words := make([]string, 0, 8)
	var stack [64]byte // each word is copied out of it: it stays on the stack
	buf := stack[:0]
	flush := func() {
		if len(buf) > 0 {
			words = append(words, string(buf))
			buf = buf[:0]
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isAlnum(c):
			buf = append(buf, c)
		case c == '\'' && len(buf) > 0 && i+1 < len(s) && (s[i+1] >= 'a' && s[i+1] <= 'z' || s[i+1] >= 'A' && s[i+1] <= 'Z'):
		case (c == '.' || c == ',') && len(buf) > 0 && i > 0 && i+1 < len(s) && isDigitByte(s[i+1]) && isDigitByte(s[i-1]):
			buf = append(buf, c)
		case c == '%' || c == '$':
			flush()
			words = append(words, string(c))
		default:
			flush()
		}
	}
	flush()
	return words
}

// asciiJoinWords is strings.Join(Words(s), " ") for ASCII text, written
// into one buffer on the stack: the words without a slice or their
// strings, and s itself when it is its own joined words.
func asciiJoinWords(s string) string {
	var stack [64]byte
	out := stack[:0]
	for i := 0; ; {
		n := len(out)
		if n > 0 {
			out = append(out, ' ')
		}
		var ok bool
		if out, i, ok = asciiAppendWord(out, s, i); !ok {
			out = out[:n]
			break
		}
	}
	if string(out) == s {
		return s
	}
	return string(out)
}

// AppendNormalize appends Normalize(s) to dst. For ASCII text it writes
// in place, so a caller with a buffer to reuse normalises without
// allocating (the card filter does it for every card).
func AppendNormalize(dst []byte, s string) []byte {
	if isASCII(s) {
		if out, ok := asciiAppendNormalize(dst, s); ok {
			return out
		}
	}
	return append(dst, Normalize(s)...)
}

// asciiNormalize is Normalize for ASCII text in one pass and at most one
// allocation.
// ok is false when the text is only articles (the general path decides).
// Written on the stack, it gives back s itself when s is already
// normal (most numbers, many phrases).
func asciiNormalize(s string) (string, bool) {
	var stack [256]byte // a sentence fits (sentNorm): no buffer grown on the heap
	out, ok := asciiAppendNormalize(stack[:0], s)
	if !ok {
		return "", false
	}
	if string(out) == s {
		return s, true
	}
	return string(out), true
}

// isArticle reports whether w is "a", "an" or "the", byte by byte.
func isArticle(w []byte) bool {
	switch len(w) {
	case 1:
		return w[0] == 'a'
	case 2:
		return w[0] == 'a' && w[1] == 'n'
	case 3:
		return w[0] == 't' && w[1] == 'h' && w[2] == 'e'
	}
	return false
}

// asciiAppendNormalize appends asciiNormalize(s) to dst; ok is false, and
// dst returned unchanged, when the text is only articles.
func asciiAppendNormalize(dst []byte, s string) ([]byte, bool) {
	base := len(dst)
	out := dst
	wordStart := -1 // start in out of the word being written
	endWord := func() {
		if wordStart < 0 {
			return
		}
		if isArticle(out[wordStart:]) {
			out = out[:wordStart]
			if len(out) > base {
				out = out[:len(out)-1] // the space before it
			}
		}
		wordStart = -1
	}
	startWord := func() {
		if len(out) > base {
			out = append(out, ' ')
		}
		wordStart = len(out)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch {
		case isAlnum(c):
			if wordStart < 0 {
				startWord()
			}
			out = append(out, c)
		case c == '\'' && wordStart >= 0 && i+1 < len(s) && (s[i+1] >= 'a' && s[i+1] <= 'z' || s[i+1] >= 'A' && s[i+1] <= 'Z'):
		case (c == '.' || c == ',') && wordStart >= 0 && i > 0 && i+1 < len(s) && isDigitByte(s[i+1]) && isDigitByte(s[i-1]):
			out = append(out, c)
		case c == '%' || c == '$':
			endWord()
			startWord()
			out = append(out, c)
			wordStart = -1
		default:
			endWord()
		}
	}
	endWord()
	if len(out) > base && out[base] == ' ' {
		out = append(out[:base], out[base+1:]...)
	}
	if len(out) == base {
		return dst, false
	}
	return out, true
}

// EachWord calls fn with each of Words(s) in order until fn returns false.
// For ASCII text it lower-cases each word into a buffer on the stack
// instead of building the slice and its strings; fn must not keep w.
func EachWord(s string, fn func(w []byte) bool) {
	if !isASCII(s) {
		t := Fold(s)
		if !isASCII(t) {
			for _, w := range Words(s) {
				if !fn([]byte(w)) {
					return
				}
			}
			return
		}
		s = t // typographic quotes and dashes mapped: plain ASCII now
	}
	var stack [64]byte
	for i := 0; ; {
		w, next, ok := asciiAppendWord(stack[:0], s, i)
		if !ok || !fn(w) {
			return
		}
		i = next
	}
}

// asciiAppendWord appends to dst the next of Words(s) for ASCII s from
// byte i on, lower-cased, and returns the byte to read on from; ok is
// false, and dst returned as it was, when no word is left. It is
// EachWord's reading without a callback, for callers that keep their
// buffer on the stack (a buffer passed to a callback escapes to the heap).
func asciiAppendWord(dst []byte, s string, i int) (out []byte, next int, ok bool) {
	// asciiWords over strings.ToLower(s): a letter test that takes both
	// cases reads the original the same way
	isLetter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	start := len(dst)
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		inWord := len(dst) > start
		switch {
		case isAlnum(c):
			dst = append(dst, c)
			continue
		case c == '\'' && inWord && i+1 < len(s) && isLetter(s[i+1]):
			continue
		case (c == '.' || c == ',') && inWord && i > 0 && i+1 < len(s) && isDigitByte(s[i+1]) && isDigitByte(s[i-1]):
			dst = append(dst, c)
			continue
		}
		if inWord {
			return dst, i, true // c ends the word; read again, it starts none
		}
		if c == '%' || c == '$' {
			return append(dst, c), i + 1, true
		}
	}
	return dst, i, len(dst) > start
}
