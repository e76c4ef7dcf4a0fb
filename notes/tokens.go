package notes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or punctuation mark of a sentence with its byte span.
type token struct {
	s          string
	l          string // s in lower case
	start, end int
	word       bool // letters or digits
	cap        bool // starts with an upper-case letter
	num        bool // contains a digit
}

// tokenize splits a sentence into words (letters, digits and the marks that
// live inside them: 2,500  2.8  90-95%  $600  Iran's  e-Albania) and single
// punctuation marks.
func tokenize(s string, out []token) []token {
	out = out[:0]
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == ' ' {
			i += size
			continue
		}
		if isWordRune(r) || currencySign(r) || r == '°' && i+size < len(s) && (s[i+size] == 'C' || s[i+size] == 'F') {
			// "°C" is one unit, as "km" is: the degree sign opens it
			j := i + size
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) || r2 == '%' || r2 == '²' || r2 == '³' {
					j += sz // "km²" is one unit, "60 km" a length
					continue
				}
				// Inner marks continue the word only when a word character follows.
				if r2 == '.' || r2 == ',' || r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '–' || r2 == '&' {
					if j+sz < len(s) {
						r3, _ := utf8.DecodeRuneInString(s[j+sz:])
						if r2 == ',' || r2 == '.' {
							// only between digits (2,500  2.8) or in dotted initials (U.S)
							prev, _ := utf8.DecodeLastRuneInString(s[:j])
							if unicode.IsDigit(prev) && unicode.IsDigit(r3) || r2 == '.' && unicode.IsUpper(prev) && unicode.IsUpper(r3) && j-i == 1 ||
								r2 == '.' && unicode.IsLetter(prev) && domainEnding(s[j+sz:]) {
								j += sz
								continue
							}
							break
						}
						if isWordRune(r3) || r3 == '$' {
							j += sz
							continue
						}
					}
				}
				break
			}
			if j+2 < len(s) && s[j] == '.' && s[j+1] == ' ' && isUpperASCII(s[j+2]) && titleAbbreviations[s[i:j]] {
				j++ // "Mr. Robert Kirby": the title's dot ends neither the name nor the sentence
			}
			t := token{s: s[i:j], start: i, end: j, word: true}
			first, _ := utf8.DecodeRuneInString(t.s)
			t.cap = unicode.IsUpper(first)
			for k := 0; k < len(t.s); k++ {
				if c := t.s[k]; c >= '0' && c <= '9' {
					t.num = true
					break
				}
			}
			t.l = t.s
			if t.cap || t.num {
				t.l = lower(t.s)
			}
			out = append(out, t)
			i = j
			continue
		}
		out = append(out, token{s: s[i : i+size], l: s[i : i+size], start: i, end: i + size})
		i += size
	}
	return out
}

// domainEnding reports whether s, what follows a dot inside a word, is a
// short lower-case ending such as a web domain's or a file type's
// ("Fireflies.ai", "Node.js", "Amazon.com"): the name goes on through the
// dot.
func domainEnding(s string) bool {
	n := 0
	for n < len(s) && s[n] >= 'a' && s[n] <= 'z' {
		n++
	}
	return n >= 2 && n <= 4 && (n == len(s) || !isWordRune(rune(s[n])) && s[n] < utf8.RuneSelf)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// currencySign reports whether r is a currency's sign written before an
// amount: "$600", "₹50 million", "¥5 billion". An amount's sign is part of
// its token, so that "₹1 billion bribe" is money, not a count of bribes.
func currencySign(r rune) bool {
	switch r {
	case '$', '€', '£', '₹', '¥', '₩', '₽', '₺', '₦', '₱', '₪', '₫', '₴':
		return true
	}
	return false
}

// lower is the token in lower case (ASCII fast path).
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// inFolded reports whether w, in any case, is a word of set, whose words
// are in small letters and of 16 letters at most: lower-cased on the
// stack, for checks made of every word or every heading.
func inFolded(set map[string]bool, w string) bool {
	var low [16]byte
	if len(w) > len(low) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	return set[string(low[:len(w)])]
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// isUpperWord reports an all-capitals word ("MEK", "NATO").
func isUpperWord(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
