package cards

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/recall-srs/recall/notes"
)

// questionWords tells which facts may phrase one of the questions the
// first pass asked, without phrasing theirs (see phraseRest): a question
// is made of its fact's own words, from the sentence as cut, the answer
// and the subject, a verb put into its base form (see lemma), and the
// words of its phrasing ("What does ... stand for?"). A fact whose words
// lack one of a question's other words cannot phrase that question. On
// the corpus, phrasing the questions of the facts that give no card was a
// seventh of what Generate cost, and few of its dates and causes (whose
// questions cost the most) hold all the words of a question they may ask.
//
// Words are compared as pieces (see nextPiece), hashed: two pieces alike
// in their hash are taken for the same, which only lets a fact through.
type questionWords struct {
	keys  wordSet          // the key piece of each question: its longest
	byKey map[uint64][]int // key piece → the questions, by index into pieces
	// the pieces of each question but those of its phrasing, which the
	// facts that may phrase it hold all of
	pieces [][]uint64
	// a question holds no piece but those of its phrasing, or one its own
	// fact lacks (a word of phrasing this file does not know): any fact
	// may phrase one, and every fact is phrased
	any bool
}

// phrasingPieces are the pieces the question shapes of qaRaw bring in
// themselves, rather than take from the fact: question words, auxiliaries,
// the words of their templates, and the base forms and past forms of the
// irregular verbs that lemma and actorQuestion put in. They are written
// in small letters, but for a question's first word.
var phrasingPieces = func() wordSet {
	s := newWordSet(256)
	for _, w := range strings.Fields(`when in what year why where who which how did does do have
		was were is are located from respond to the population of by since rank stand for`) {
		s.add(wordHash(w))
	}
	for _, m := range []map[string]string{irregular, participles} {
		for _, v := range m {
			for h, _, rest, ok := nextPiece(v); ok; h, _, rest, ok = nextPiece(rest) {
				s.add(h)
			}
		}
	}
	return s
}()

// newQuestionWords indexes questions, each asked of the fact of the same
// index in askedBy, cut as the phrase of the same index in cuts.
func newQuestionWords(questions []string, askedBy []*notes.Fact, cuts []*phrased) *questionWords {
	qw := &questionWords{keys: newWordSet(len(questions)), byKey: make(map[uint64][]int, len(questions))}
	var r pieceReader
	for i, q := range questions {
		given := r.factPieces(askedBy[i], cuts[i])
		var ps []uint64
		key, keyLen := uint64(0), 0
		for k, w, rest := 0, "", q; ; k++ {
			if w, rest = nextField(rest); w == "" {
				break
			}
			// the phrasing's words are written in small letters, but for
			// the question's first: a word after it with a capital is
			// the fact's ("What does WHO stand for?")
			own := k > 0 && hasUpperASCII(w)
			for h, n, r, ok := nextPiece(w); ok; h, n, r, ok = nextPiece(r) {
				if !own && phrasingPieces.has(h) {
					continue
				}
				if !holds(given, h) {
					// a word neither the fact's nor one of phrasingPieces:
					// a shape of question this file does not know
					return &questionWords{any: true}
				}
				ps = append(ps, h)
				if n > keyLen { // the longest piece: the fewest facts hold it, as a rule
					key, keyLen = h, n
				}
			}
		}
		if len(ps) == 0 {
			return &questionWords{any: true}
		}
		qw.keys.add(key)
		qw.byKey[key] = append(qw.byKey[key], len(qw.pieces))
		qw.pieces = append(qw.pieces, ps)
	}
	return qw
}

// mayAsk reports whether fact f, cut as p, may phrase one of the
// questions; r reads the fact's pieces.
func (qw *questionWords) mayAsk(f *notes.Fact, p *phrased, r *pieceReader) bool {
	if qw.any {
		return true
	}
	have := r.factPieces(f, p)
	for _, h := range have {
		if !qw.keys.has(h) {
			continue
		}
	questions:
		for _, q := range qw.byKey[h] {
			for _, w := range qw.pieces[q] {
				if !holds(have, w) {
					continue questions
				}
			}
			return true
		}
	}
	return false
}

// holds reports whether hs holds h (a fact has a few dozen pieces).
func holds(hs []uint64, h uint64) bool {
	for _, x := range hs {
		if x == h {
			return true
		}
	}
	return false
}

// pieceReader reads the pieces of facts one at a time (see factPieces).
type pieceReader struct {
	have []uint64 // the pieces of the fact at hand
	// the pieces of the base forms of each word ending in "ed" met so far:
	// a sentence has two or three, and working out their base forms (see
	// appendBaseForms) cost more than hashing all its letters, while a
	// note's verbs come back in its other sentences: remembered, reading
	// a sentence with three took half as long (470 ns, not 890), and
	// phraseRest's filter a tenth less on the corpus
	baseForms map[string][]uint64
}

// factPieces returns the pieces a question of fact f, cut as p, may take
// from it: those of the words either side of the answer, of the answer
// and of the subject, and of the base form lemma gives each word read as
// a past verb (and as the end of a clause cut trims it, of a hyphen).
// They are valid until the next call.
func (r *pieceReader) factPieces(f *notes.Fact, p *phrased) []uint64 {
	r.have = r.have[:0]
	for _, s := range [...]string{p.left, f.Answer, p.right, f.Subject} {
		r.appendPieces(s)
	}
	return r.have
}

// appendPieces appends the pieces of s to r.have, and those of the base
// forms lemma gives its words (see appendBaseForms).
func (r *pieceReader) appendPieces(s string) {
	for h, _, rest, ok := nextPiece(s); ok; h, _, rest, ok = nextPiece(rest) {
		r.have = append(r.have, h)
		end := len(s) - len(rest)
		if !endsInED(s[:end]) {
			continue // lemma changes no other word (irregular verbs' forms are among phrasingPieces)
		}
		// the word the piece is in, as the phrasing splits words
		start, stop := strings.LastIndexFunc(s[:end], unicode.IsSpace)+1, len(s)
		if k := strings.IndexFunc(rest, unicode.IsSpace); k >= 0 {
			stop = end + k
		}
		r.appendBaseForms(s[start:stop])
	}
}

// appendBaseForms appends to r.have the pieces appendBaseForms gives
// word w, worked out once for each word.
func (r *pieceReader) appendBaseForms(w string) {
	forms, ok := r.baseForms[w]
	if !ok {
		forms = appendBaseForms(nil, w)
		if r.baseForms == nil {
			r.baseForms = map[string][]uint64{}
		}
		r.baseForms[w] = forms
	}
	r.have = append(r.have, forms...)
}

// appendBaseForms appends the pieces of the base form lemma gives word w
// read as a past verb, bared as the phrasing bares it, and with a hyphen
// at either end trimmed, as the ends of a clause are.
func appendBaseForms(dst []uint64, w string) []uint64 {
	b := bareWord(w)
	forms := [...]string{b, strings.TrimLeft(b, "-"), strings.TrimRight(b, "-"), strings.Trim(b, "-")}
	n := 1
	if strings.HasPrefix(b, "-") || strings.HasSuffix(b, "-") {
		n = len(forms)
	}
	for _, v := range forms[:n] {
		if base := lemma(v); base != v {
			for h, _, r, ok := nextPiece(base); ok; h, _, r, ok = nextPiece(r) {
				dst = append(dst, h)
			}
		}
	}
	return dst
}

// endsInED reports whether s ends in "ed" in any case.
func endsInED(s string) bool {
	return len(s) >= 2 && pieceFold[s[len(s)-2]] == 'e' && pieceFold[s[len(s)-1]] == 'd'
}

// nextPiece returns the hash (wordHash) of the first piece of s, its
// length in letters and the text after it, ok false when s has none. A
// piece is a run of ASCII letters and digits, lower-cased, where the four
// letters outside ASCII that change case into ASCII count as their ASCII
// letter: a question changes the case of its words' first letters, and
// the punctuation at their ends, not their pieces.
func nextPiece(s string) (h uint64, n int, rest string, ok bool) {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if pieceFold[c] != 0 {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if asciiFold(r) != 0 {
			break
		}
		i += size
	}
	if i == len(s) {
		return 0, 0, "", false
	}
	h = fnvOffset
	for i < len(s) {
		c := s[i]
		if l := pieceFold[c]; l != 0 && c < utf8.RuneSelf {
			h = (h ^ uint64(l)) * fnvPrime
			i++
			n++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		l := asciiFold(r)
		if l == 0 {
			break
		}
		h = (h ^ uint64(l)) * fnvPrime
		i += size
		n++
	}
	return h | 1, n, s[i:], true
}

// pieceFold is ASCII c lower-cased when it is a letter or a digit, else 0.
var pieceFold = func() (t [256]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// asciiFold is the ASCII letter, lower-cased, that r becomes in another
// case (unicode.ToLower, ToUpper or ToTitle), or 0 for any other r.
func asciiFold(r rune) byte {
	switch r {
	case 'İ', 'ı':
		return 'i'
	case 'ſ':
		return 's'
	case '\u212a': // the Kelvin sign
		return 'k'
	}
	return 0
}

// hasUpperASCII reports whether w holds a capital ASCII letter.
func hasUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}
