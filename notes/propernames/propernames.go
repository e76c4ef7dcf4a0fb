// Package propernames knows the English words that are names and nothing
// else: "Napoleon", "Paris", "Epson", "Presbyterian", never "war" or
// "prompt". Card questions lower-case a word that opens its sentence
// unless they know it is a name; in a large collection the notes
// themselves show it, written capitalised mid-sentence somewhere, but a
// learner's own short note ("Napoleon crowned himself emperor in 1804.")
// may write a name only at the start of a line.
//
// The list is the 9,599 words SCOWL's American English list (size 50)
// writes only with a capital (names.txt, made by gen.go; COPYRIGHT has
// the list's notices). A word it lacks is not known to be a name.
package propernames

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

//go:embed names.txt
var namesText string

var names struct {
	once sync.Once
	set  map[string]struct{}
}

// Is reports whether w, in any case and with or without its accents, is
// a name the list knows: a word English writes only with a capital
// ("Brasília" as the list's "Brasilia").
func Is(w string) bool {
	names.once.Do(func() {
		// read on first use: most runs ask nothing of it
		names.set = make(map[string]struct{}, 9600)
		for _, n := range strings.Split(strings.TrimSpace(namesText), "\n") {
			names.set[fold(n)] = struct{}{}
		}
	})
	_, ok := names.set[fold(w)]
	return ok
}

// fold lower-cases w and takes its accents off ("Düsseldorf" →
// "dusseldorf"); a word of ASCII letters, most of them, only loses its
// capitals.
func fold(w string) string {
	w = strings.ToLower(w)
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			// a chain of its own: a transformer keeps state, and cards
			// are made on every core at once
			unaccent := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
			if f, _, err := transform.String(unaccent, w); err == nil {
				return f
			}
			return w
		}
	}
	return w
}
