package cards

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recall-srs/recall/notes"
)

// A question asked of two facts with different answers is dropped for
// both (see Generate), so the question of a fact that gives no card still
// matters when it may equal the question of one that does. Phrasing every
// fact's question to find out was a sixth of Generate; the facts that
// cannot give a card are known to be many before phrasing, and what a
// question is made of tells which of them could ask it.
//
// A question's words are its runs of ASCII letters and digits, lower-cased
// (questionWords). Every such word of a question qaQuestion makes of fact
// f is one of:
//   - a word qaRaw writes itself (asked): the question word, "did",
//     "the population of", a participle's past form and the like, each
//     in the shape of question that writes it, spelt in lower case but
//     for a first capital;
//   - a word of the sentence around the answer as phrase cut it (sp.left,
//     sp.right after plainSpan) or of f.Subject: the question copies their
//     words whole, trimmed of punctuation, with at most the case of their
//     first letter changed, and a regular expression's capture always
//     starts and ends at a space, a punctuation mark or a rune outside
//     ASCII;
//   - a word of lemma(bareWord(w)) for a word w of that sentence, maybe
//     trimmed of a dash at either end first ("When did Iraq invade ...?"):
//     the base form of a verb.
//
// Case changes keep an ASCII letter ASCII and leave any other rune
// outside ASCII, but for the few runes whose other case is ASCII (the
// long s, the dotless i, the Kelvin sign): a fact whose text holds one is
// always phrased. So two facts asking the same question q both hold every
// word of q but the asked ones, in the sense above (sourceWords): a fact
// whose words lack one of them cannot ask q. TestQuestionWordsComeFromTheFact
// checks this against every question of the shared notes.

// askedWords are the words qaRaw may write into a question of any shape.
var askedWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("when in what year why where who which how did does do have was is to the of") {
		m[w] = true
	}
	return m
}()

// shapedWords are the words qaRaw writes into questions of one shape only,
// each with a test that every question it writes so passes.
var shapedWords = func() map[string]func(q string) bool {
	m := map[string]func(q string) bool{
		"population": func(q string) bool { // populationQuestion
			return strings.HasPrefix(q, "What is the population of ") || strings.HasPrefix(q, "What was the population of ")
		},
		"located": func(q string) bool { return strings.HasPrefix(q, "Where ") && strings.HasSuffix(q, " located?") }, // locatedQuestion
		"respond": func(q string) bool { return strings.HasPrefix(q, "How ") && strings.Contains(q, " respond") },     // responseQuestion
		"stand":   func(q string) bool { return strings.HasSuffix(q, " stand for?") },                                 // definitionQuestion
		"for":     func(q string) bool { return strings.HasSuffix(q, " stand for?") },
		"rank":    func(q string) bool { return strings.HasPrefix(q, "Where ") && strings.Contains(q, " rank ") }, // rankingQuestion
		"from":    func(q string) bool { return strings.HasSuffix(q, " from?") },                                  // a place asked with "from"
	}
	for _, past := range participles { // actorQuestion's passive turned active
		m[past] = func(q string) bool { return strings.HasPrefix(q, "Who ") }
	}
	return m
}()

// asked reports whether word w of question q, spelt so in q and
// lower-cased in w, may be one that qaRaw wrote (see above).
func asked(w []byte, spelt, q string) bool {
	if hasUpper(spelt[1:]) {
		return false // "WHO": qaRaw writes no capital past the first
	}
	if askedWords[string(w)] {
		return true
	}
	shape, ok := shapedWords[string(w)]
	return ok && shape(q)
}

// foldsToASCII reports whether a rune outside ASCII has an ASCII letter as
// its other case: case changes could make a new ASCII word of it.
func foldsToASCII(r rune) bool {
	return r >= utf8.RuneSelf && (unicode.ToUpper(r) < utf8.RuneSelf || unicode.ToLower(r) < utf8.RuneSelf)
}

// eachASCIIWord calls fn with each run of ASCII letters and digits of s,
// lower-cased into buf (valid only during the call) and as s spells it,
// until fn returns false; it reports false when s holds a rune
// foldsToASCII.
func eachASCIIWord(s string, buf []byte, fn func(lower []byte, spelt string) bool) (clean bool) {
	clean = true
	w, start := buf[:0], 0
	flush := func(end int) bool {
		if len(w) == 0 {
			return true
		}
		ok := fn(w, s[start:end])
		w = w[:0]
		return ok
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if foldsToASCII(r) {
				clean = false
			}
			if !flush(i) {
				return clean
			}
			i += size
			continue
		default:
			if !flush(i) {
				return clean
			}
			i++
			continue
		}
		if len(w) == 0 {
			start = i
		}
		w = append(w, c)
		i++
	}
	flush(len(s))
	return clean
}

// questionWords are the words of question q that qaRaw did not write
// itself, each once (see asked).
func questionWords(q string) []string {
	var words []string
	var buf [64]byte
	eachASCIIWord(q, buf[:0], func(w []byte, spelt string) bool {
		if !asked(w, spelt, q) {
			for _, have := range words {
				if have == string(w) {
					return true
				}
			}
			words = append(words, string(w))
		}
		return true
	})
	return words
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// sourceWords calls fn with each word the question of fact f, its
// sentence cut by phrase into left and right, may copy (see above), until
// fn returns false; it reports false when the fact may ask a question
// with words of another origin (its text holds a rune foldsToASCII).
func sourceWords(f notes.Fact, left, right string, fn func([]byte) bool) (clean bool) {
	var buf [64]byte
	clean = true
	stopped := false
	// each reads the words of s, reporting whether to go on
	each := func(s string) bool {
		if !eachASCIIWord(s, buf[:0], func(w []byte, _ string) bool {
			stopped = !fn(w)
			return !stopped
		}) {
			clean = false
		}
		return clean && !stopped
	}
	if !each(left) || !each(right) || !each(f.Subject) {
		return clean
	}
	for _, part := range [2]string{left, right} {
		for w, rest := nextField(part); w != ""; w, rest = nextField(rest) {
			if !mayLemma(w) {
				continue
			}
			b := bareWord(w)
			if l := lemma(b); l != b && !each(l) {
				return clean
			}
			if t := strings.Trim(b, "-"); t != b {
				if l := lemma(t); l != t && !each(l) {
					return clean
				}
			}
		}
	}
	return clean
}

// mayLemma reports whether lemma may change bareWord(w), or the same
// trimmed of dashes: it ends in "ed", or it is an irregular past (all
// ASCII letters).
func mayLemma(w string) bool {
	t := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if n := len(t); n >= 2 && t[n-2]|0x20 == 'e' && t[n-1]|0x20 == 'd' {
		return true
	}
	var buf [16]byte
	if len(t) > len(buf) {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
		buf[i] = c
	}
	_, ok := irregular[string(buf[:len(t)])]
	return ok
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// questionIndex holds the questions of the facts that may give a card,
// each by its longest word but the asked words (its pivot), for finding
// the facts that may ask one of them.
type questionIndex struct {
	byPivot map[string][]int // pivot → indexes in words
	words   [][]string       // each question's words but the asked words
	any     bool             // a question has only asked words: any fact may ask it
}

func newQuestionIndex(questions []string) *questionIndex {
	x := &questionIndex{byPivot: make(map[string][]int, len(questions))}
	for _, q := range questions {
		ws := questionWords(q)
		if len(ws) == 0 {
			x.any = true
			continue
		}
		pivot := ws[0]
		for _, w := range ws[1:] {
			if len(w) > len(pivot) {
				pivot = w
			}
		}
		x.byPivot[pivot] = append(x.byPivot[pivot], len(x.words))
		x.words = append(x.words, ws)
	}
	return x
}

// mayAsk reports whether fact f, its sentence cut into left and right,
// may ask one of the indexed questions: it holds all its words.
func (x *questionIndex) mayAsk(f notes.Fact, left, right string) bool {
	if x.any {
		return true
	}
	hit := false
	if !sourceWords(f, left, right, func(w []byte) bool {
		_, hit = x.byPivot[string(w)]
		return !hit
	}) {
		return true
	}
	if !hit {
		return false // the common case: no question's pivot is among its words
	}
	have := map[string]bool{}
	if !sourceWords(f, left, right, func(w []byte) bool {
		have[string(w)] = true
		return true
	}) {
		return true
	}
	for w := range have {
		for _, qi := range x.byPivot[w] {
			if holdsAll(have, x.words[qi]) {
				return true
			}
		}
	}
	return false
}

func holdsAll(have map[string]bool, words []string) bool {
	for _, w := range words {
		if !have[w] {
			return false
		}
	}
	return true
}
