package cards

import (
	"slices"
	"strings"

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

// liftLabels returns facts with each sentence's leading label moved into
// the heading path. A fact whose answer lies in the label is dropped: its
// sentence does not say it. The caller's slice is left as it was.
func liftLabels(facts []notes.Fact) []notes.Fact {
	out, cloned := facts, false
	for i, f := range facts {
		label, cut := sentenceLabel(f.Sentence)
		if cut > 0 && !cloned {
			out, cloned = slices.Clone(facts[:i]), true
		}
		switch {
		case cut == 0:
			if cloned {
				out = append(out, f)
			}
		case f.Start < cut:
			// the answer is in the label ("Harbour Treaty (_____)")
		default:
			f.Sentence = f.Sentence[cut:]
			f.Start -= cut
			f.Cue = strings.TrimPrefix(f.Cue, label+": ")
			f.Heading = append(slices.Clip(f.Heading), label)
			out = append(out, f)
		}
	}
	return out
}

// sentenceLabel returns the label a sentence opens with and the length
// of what goes with it (the label, its colon and the space after), or
// cut 0 when the sentence has none: a few words, at least one of them a
// word rather than a figure ("1201:" heads a list of dates and stays),
// before a colon and a sentence with its own subject and verb.
func sentenceLabel(s string) (label string, cut int) {
	i := strings.Index(s, ": ")
	if i <= 0 || i > 80 {
		return "", 0
	}
	label, rest := s[:i], s[i+2:]
	if countFields(label) > maxLabelWords || !startsUpper(strings.TrimLeft(label, `"“'‘*`)) || !hasLetterWord(label) {
		return "", 0
	}
	if !startsUpper(strings.TrimLeft(rest, `"“'‘`)) || !ownVerb(rest) {
		return "", 0 // "Iran: Ranks 17th ...": the label is the subject
	}
	return strings.Trim(label, `"“”'‘’* `), i + 2
}

// hasLetterWord reports whether s holds a word of letters.
func hasLetterWord(s string) bool {
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		if b := bareWord(w); len(b) >= 2 && !isDigitByte(b[0]) {
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
	for i, w := 0, ""; i < 15; i++ {
		if w, rest = nextField(rest); w == "" {
			return false
		}
		if b := bareWord(w); !startsUpper(w) && (auxiliaries[b] || isPastVerb(b)) {
			return true
		}
	}
	return false
}
