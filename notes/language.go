package notes

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// englishMarkers are words that English prose cannot go long without and
// that the other languages written in Latin letters do not share ("in",
// "a", "on", "die", "was" and "also" are left out: German, Italian, French
// and Spanish use them too).
var englishMarkers = set("the and of to is are was were with that this for from by which " +
	"it its they their he his she her has have had be been not or but who what when " +
	"an as at than more most")

// foreignProse warns of a note whose prose is not English: the extractor's
// rules (its verbs, its questions, its lexicon) read English, so such a
// note gives few cards and poor ones, and the learner should hear why
// rather than meet a French sentence cut in the wrong place. A note of the
// 10,000-note corpus has 10% of its words among englishMarkers at the
// least (a microbiology note of culture media names), a quarter in the
// middle; French or Spanish prose none or a few in a hundred.
func foreignProse(n *Note) *Warning {
	words, english := englishShare(n.Sentences)
	if words < 30 || english*100 >= words*3 {
		return nil
	}
	return &Warning{Path: n.Path, Line: n.Sentences[0].Line, Msg: fmt.Sprintf(
		"the note does not read as English (%d of its %d words are common English ones); recall reads English notes, so it finds few facts here and asks them poorly", english, words)}
}

// englishShare counts the words of a note's prose and those of them that
// are englishMarkers. Scripts written without spaces (Chinese, Japanese)
// count a word for every two characters. It reads every note, so it
// allocates nothing, reads ASCII letters without looking them up, and
// stops once a note reads as English beyond doubt: 300 words at twice
// the share foreignProse asks (an English note is there within its first
// sentences; counting all its words was a sixth of the time to read the
// corpus).
func englishShare(sentences []Sentence) (words, english int) {
	var ideographs int
	for _, s := range sentences {
		if s.Block == "cell" {
			continue // a table's "Capital: Lisbon" is no prose (see dataTable)
		}
		start := -1 // the byte where the word being read starts
		for i, r := range s.Text {
			letter := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '\''
			if r >= utf8.RuneSelf {
				if r >= 0x2E80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
					ideographs++
				} else {
					letter = unicode.IsLetter(r)
				}
			}
			if letter {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				words++
				english += englishMarker(s.Text[start:i])
				start = -1
			}
		}
		if start >= 0 {
			words++
			english += englishMarker(s.Text[start:])
		}
		if words >= 300 && english*100 >= words*6 {
			break
		}
	}
	return words + ideographs/2, english
}

// englishMarker is 1 when w, in any case, is one of englishMarkers (of
// five letters at most: a longer word is not looked up).
func englishMarker(w string) int {
	if len(w) <= 5 && inFolded(englishMarkers, w) {
		return 1
	}
	return 0
}
