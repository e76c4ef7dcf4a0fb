package notes

import (
	"bytes"
	"slices"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Cards written into a note. Learners who come from Anki, the Obsidian
// spaced-repetition plugin or hashcards have written cards of their own
// into their notes, in those tools' syntax:
//
//	Who founded the harbour?::Tobin Aster       a question and its answer
//	Harbour master:::Warden of the Lamp         asked both ways
//	In what year was the lighthouse lit?        a question on its lines,
//	?                                           "?" (or "??", both ways)
//	1431                                        and its answer on the next
//	Q: How many ships could it hold?            hashcards' and many
//	A: About 40                                 teachers' Q/A lines
//	{{c1::Salt}} was the chief export.          Anki's cloze deletions
//	==Salt== was the chief export.              the plugin's highlights
//
// Such a card is the writer's: it is asked as written, and its lines are
// not read as prose (mined, "{{c1::Salt}} was ..." gave a cloze of its
// markup). The separators are looked for outside inline code ("std::cout"
// is C++), and a line that opens on one (":::info", a directive) or has
// nothing after it is no card.
//
// The plugin's cards ("::", "?" lines, highlights) are read, as the
// plugin reads them, only in a note tagged #flashcards (or
// #flashcards/anything, in its text or its front matter's tags):
// Obsidian's Dataview plugin writes "Author:: Tolkien" as a field of the
// note, not a question, notes written by tools hold "**Label**:: text"
// slips, and most highlights are only emphasis. Anki's clozes and Q/A
// lines mean nothing else and are read in any note.

// CardForm is how a card written into a note asks.
type CardForm uint8

const (
	NotWritten      CardForm = iota
	WrittenBasic             // "Question::Answer", "Q:"/"A:" lines, a "?" line: the question asked
	WrittenReversed          // "Term:::Meaning", a "??" line: asked both ways round
	WrittenCloze             // "{{c1::Salt}} was ...": each deletion blanked in turn
)

// String is "basic", "reversed", "cloze" or "".
func (f CardForm) String() string {
	switch f {
	case WrittenBasic:
		return "basic"
	case WrittenReversed:
		return "reversed"
	case WrittenCloze:
		return "cloze"
	}
	return ""
}

// MarshalText writes f as String does.
func (f CardForm) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// WrittenCard is one card written into a note.
type WrittenCard struct {
	Form CardForm
	// Front is the question (basic, reversed) or the text with every
	// deletion shown (cloze); Back is the answer, or the deleted words,
	// at Start in Front. Hint is a cloze's hint ("{{c1::1560::a year}}").
	Front, Back string
	Start       int
	Hint        string
	Text        string   // the card as the note writes it, clean: "Who founded the harbour?::Tobin Aster"
	Heading     []string // heading path
	Line        int      // 1-based line where the card starts
	T           int      // seconds of a timestamp anchor inside the card; -1 when none
}

// inCode reports whether the buffer's byte at off is inline code, whose
// separators are code, not cards.
func (b *textBuf) inCode(off int) bool {
	for _, c := range b.code {
		if off >= c.start && off < c.end {
			return true
		}
	}
	return false
}

// writtenCards finds the cards written into the buffered leaf, adds them
// to the note and blanks their text, so that what is left of the leaf is
// read as prose.
func (p *noteParser) writtenCards(n ast.Node) {
	// each syntax is looked for only where its mark is: most leaves have
	// none, and are left without a copy of their text
	b := &p.buf
	seps := bytes.Contains(b.b, []byte("::"))
	if seps && bytes.Contains(b.b, []byte("{{c")) && p.clozeCards(b.ankiDeletions()) {
		return
	}
	if bytes.Contains(b.b, []byte("\n?")) && p.questionLineCard(n) {
		return
	}
	before := len(p.note.Cards)
	if bytes.HasPrefix(b.b, []byte("Q:")) || bytes.Contains(b.b, []byte("\nQ:")) {
		p.qaLineCards()
	}
	if seps {
		p.separatorCards()
	}
	// the plugin's highlights are clozes of a leaf that is no card of
	// another kind ("What is ==osmosis==?::..." asks a question)
	if p.deck && len(b.highlights) > 0 && len(p.note.Cards) == before {
		p.clozeCards(b.highlightDeletions())
	}
}

// undeck counts a card written in the plugin's syntax in a note without
// its tag, which is left to be read as prose, and most likely gives no
// card: the writer is warned, once for the note.
func (p *noteParser) undeck(from int) {
	if p.undecked == 0 {
		p.undeckedLine = p.buf.lineAt(from)
	}
	p.undecked++
}

func undeckedMsg(n int) string {
	what := "a card is"
	if n > 1 {
		what = strconv.Itoa(n) + " cards are"
	}
	return what + " written as the Obsidian plugin writes them (\"Question?::Answer\", a \"?\" line), which are asked only in a note tagged #" + deckTag
}

// deckTag is the tag of the Obsidian plugin's default deck.
const deckTag = "flashcards"

// deckTagged reports whether a note's text src or its front matter's
// tags (meta) hold deckTag, or one of its subdecks ("flashcards/history"),
// in any case.
func deckTagged(src []byte, meta map[string]string) bool {
	for _, k := range []string{"tags", "tag"} {
		for _, t := range strings.FieldsFunc(meta[k], func(r rune) bool { return strings.ContainsRune(" ,[]\"'", r) }) {
			if isDeckTag(strings.TrimPrefix(t, "#")) {
				return true
			}
		}
	}
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '#')
		if j < 0 {
			return false
		}
		i += j + 1
		if i > 1 && !isTagStart(src[i-2]) {
			continue
		}
		end := i
		for end < len(src) && !isTagEnd(src[end]) {
			end++
		}
		// only a tag as long as deckTag and opening on its letter is
		// copied to be asked: a heading's "#", "#history" are not
		if t := src[i:end]; len(t) >= len(deckTag) && (t[0]|0x20) == deckTag[0] && isDeckTag(string(t)) {
			return true
		}
	}
}

// isDeckTag reports whether tag t (without its "#") is deckTag or one of
// its subdecks.
func isDeckTag(t string) bool {
	return len(t) >= len(deckTag) && strings.EqualFold(t[:len(deckTag)], deckTag) && (len(t) == len(deckTag) || t[len(deckTag)] == '/')
}

// isTagStart reports whether a tag may follow byte c: a tag opens a
// line or follows a space or a bracket.
func isTagStart(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '[' }

// isTagEnd reports whether byte c ends a tag.
func isTagEnd(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' || c == '.' || c == ')' || c == ']' || c == ';' || c == '!' || c == '?'
}

// lineSpans are the [start, end) spans of the buffer's lines.
func (b *textBuf) lineSpans() []span {
	var out []span
	start := 0
	for i, c := range b.b {
		if c == '\n' {
			out = append(out, span{start, i})
			start = i + 1
		}
	}
	return append(out, span{start, len(b.b)})
}

// timeIn is the time of the first anchor inside [from, to], or -1.
func (b *textBuf) timeIn(from, to int) int {
	for _, a := range b.anchors {
		if a.off >= from && a.off <= to {
			return a.t
		}
	}
	return -1
}

// addWritten records a card whose text spans [from, to) of the buffer
// and blanks that text.
func (p *noteParser) addWritten(c WrittenCard, from, to int) {
	b := &p.buf
	c.Heading = p.headingCopy()
	c.Line = b.lineAt(from)
	c.T = b.timeIn(from, to)
	if c.Text == "" {
		c.Text = cleanSpaces(string(b.b[from:to]))
	}
	p.note.Cards = append(p.note.Cards, c)
	b.blank(from, to)
	// the card's moment of the video is its own, not the next sentence's
	b.anchors = slices.DeleteFunc(b.anchors, func(a offTime) bool { return a.off >= from && a.off <= to })
}

// deletion is one cloze deletion: its markup spans [from, to) of the
// buffer.
type deletion struct {
	from, to     int
	answer, hint string
}

// ankiDeletions finds Anki's cloze deletions, "{{c1::Salt}}" or
// "{{c2::1560::a year}}" with a hint, outside inline code.
func (b *textBuf) ankiDeletions() []deletion {
	var dels []deletion
	text := b.b
	for i := 0; ; {
		j := bytes.Index(text[i:], []byte("{{c"))
		if j < 0 {
			return dels
		}
		j += i
		k := j + 3
		for k < len(text) && text[k] >= '0' && text[k] <= '9' {
			k++
		}
		end := bytes.Index(text[k:], []byte("}}"))
		if k == j+3 || !bytes.HasPrefix(text[k:], []byte("::")) || end < 0 || b.inCode(j) {
			i = j + 3
			continue
		}
		end += k
		ans, hint, _ := strings.Cut(string(text[k+2:end]), "::")
		if ans = strings.TrimSpace(ans); ans != "" {
			dels = append(dels, deletion{j, end + 2, ans, cleanSpaces(hint)})
		}
		i = end + 2
	}
}

// highlightDeletions are the note's highlights ("==Salt=="), which the
// Obsidian plugin asks as cloze deletions in its decks.
func (b *textBuf) highlightDeletions() []deletion {
	var dels []deletion
	for _, h := range b.highlights {
		if ans := strings.TrimSpace(string(b.b[h.start:h.end])); ans != "" {
			dels = append(dels, deletion{h.start, h.end, ans, ""})
		}
	}
	return dels
}

// clozeCards makes the leaf, read with deletions dels, a card for each
// deletion, the others shown, and reports whether it made any.
// Deletions that share Anki's number are still asked one at a time.
func (p *noteParser) clozeCards(dels []deletion) bool {
	if len(dels) == 0 {
		return false
	}
	b := &p.buf
	var raw strings.Builder // the text, deletions shown and marked by \x01 \x02
	last := 0
	// the note's own \x01 and \x02, if any, would be taken for marks
	unmarked := func(r rune) rune {
		if r == '\x01' || r == '\x02' {
			return -1
		}
		return r
	}
	answers := make([]string, len(dels))
	for i, d := range dels {
		answers[i] = strings.Map(unmarked, d.answer)
		raw.Write(bytes.Map(unmarked, b.b[last:d.from]))
		raw.WriteString("\x01" + answers[i] + "\x02")
		last = d.to
	}
	raw.Write(bytes.Map(unmarked, b.b[last:]))
	marked := cleanSpaces(raw.String())
	// the marks stand where the deletions start; taking them out leaves
	// the text as it reads, its spaces already cleaned
	var front strings.Builder
	var starts []int
	for i := 0; i < len(marked); i++ {
		switch marked[i] {
		case '\x01':
			starts = append(starts, front.Len())
		case '\x02':
		default:
			front.WriteByte(marked[i])
		}
	}
	f := withoutBullet(front.String())
	shift := front.Len() - len(f)
	for i, d := range dels {
		back, at := cleanSpaces(answers[i]), starts[i]-shift
		if at < 0 || at+len(back) > len(f) || f[at:at+len(back)] != back {
			// the deletion lost its place in the text as it reads: it
			// held the list's marker ("{{c1::* 0}}"), which the line
			// drops, or spaces it cleans otherwise
			continue
		}
		p.addWritten(WrittenCard{Form: WrittenCloze, Front: f, Back: back, Start: at, Hint: d.hint, Text: f}, 0, len(b.b))
	}
	return true
}

// questionLineCard reads a question on lines of its own, a line "?" (or
// "??", both ways round), and its answer on the lines after, as the
// Obsidian plugin writes a card of several lines: the leaf is the card.
// A "?" that ends the leaf waits for its answer in the blocks that follow
// before the next blank line (a list: "- legislative", "- executive"),
// which a list may start without one; see answerLeaf.
func (p *noteParser) questionLineCard(n ast.Node) bool {
	b := &p.buf
	lines := b.lineSpans()
	for i, l := range lines {
		mark := string(bytes.TrimSpace(b.b[l.start:l.end]))
		if mark != "?" && mark != "??" || i == 0 {
			continue
		}
		front := cleanSpaces(string(b.b[:l.start]))
		back := cleanSpaces(string(b.b[l.end:]))
		last := i == len(lines)-1
		if front == "" || back == "" && !last {
			return false
		}
		if !p.deck {
			p.undeck(0)
			return false
		}
		form := WrittenBasic
		if mark == "??" {
			form = WrittenReversed
		}
		c := WrittenCard{Form: form, Front: withoutBullet(front), Back: back, Text: front + " " + mark}
		if last {
			c.Heading, c.Line, c.T = p.headingCopy(), b.lineAt(0), b.timeIn(0, len(b.b))
			p.pending, p.pendingEnd = &c, p.blankLineAfter(n)
			b.blank(0, len(b.b))
			return true
		}
		c.Text += " " + back
		p.addWritten(c, 0, len(b.b))
		return true
	}
	return false
}

// blankLineAfter is the number of the first blank line after block n, or
// a number past the note's end.
func (p *noteParser) blankLineAfter(n ast.Node) int {
	l := n.Lines()
	if l == nil || l.Len() == 0 {
		return 0
	}
	end := l.At(l.Len() - 1).Stop
	for end < len(p.src) {
		nl := bytes.IndexByte(p.src[end:], '\n')
		if nl < 0 {
			break
		}
		start := end + nl + 1
		stop := bytes.IndexByte(p.src[start:], '\n')
		if stop < 0 {
			stop = len(p.src) - start
		}
		if len(bytes.TrimSpace(p.src[start:start+stop])) == 0 {
			return p.lineOf(start)
		}
		end = start
	}
	return int(^uint(0) >> 1)
}

// answerLeaf takes leaf n as part of the answer of the card waiting for
// one, when n starts before the blank line that ends the card, and
// reports whether it did; otherwise the card is done.
func (p *noteParser) answerLeaf(n ast.Node) bool {
	if p.pending == nil {
		return false
	}
	if p.blockLine(n) >= p.pendingEnd {
		p.endPending()
		return false
	}
	b := &p.buf
	b.reset()
	p.inlines(n)
	b.blankHighlights()
	if t := cleanSpaces(string(b.b)); t != "" {
		c := p.pending
		if c.Back != "" {
			c.Back += "; " // the items of a list
		}
		c.Back += t
		if c.T < 0 {
			c.T = b.timeIn(0, len(b.b))
		}
	}
	return true
}

// endPending adds the card waiting for its answer, if it has one.
func (p *noteParser) endPending() {
	c := p.pending
	if c == nil {
		return
	}
	p.pending = nil
	if c.Back != "" {
		c.Text += " " + c.Back
		p.note.Cards = append(p.note.Cards, *c)
	}
}

// qaLineCards reads "Q:" and "A:" lines: a question from its "Q:" to
// the "A:" after it, its answer from there to the next "Q:" or the
// leaf's end.
func (p *noteParser) qaLineCards() {
	b := &p.buf
	lines := b.lineSpans()
	opens := func(l span, m string) bool {
		return bytes.HasPrefix(bytes.TrimLeft(b.b[l.start:l.end], " "), []byte(m))
	}
	for i := 0; i < len(lines); i++ {
		if !opens(lines[i], "Q:") {
			continue
		}
		a := i + 1
		for a < len(lines) && !opens(lines[a], "A:") && !opens(lines[a], "Q:") {
			a++
		}
		if a == len(lines) || !opens(lines[a], "A:") {
			continue
		}
		end := a + 1
		for end < len(lines) && !opens(lines[end], "Q:") {
			end++
		}
		from, mid, to := lines[i].start, lines[a].start, lines[end-1].end
		q := strings.TrimSpace(string(b.b[from:mid]))
		ans := strings.TrimSpace(string(b.b[mid:to]))
		q = cleanSpaces(strings.TrimSpace(q[2:]))
		ans = cleanSpaces(strings.TrimSpace(ans[2:]))
		if q != "" && ans != "" {
			p.addWritten(WrittenCard{Form: WrittenBasic, Front: q, Back: ans}, from, to)
		}
		i = end - 1
	}
}

// separatorCards reads "Question::Answer" and "Term:::Meaning" lines.
func (p *noteParser) separatorCards() {
	b := &p.buf
	for _, l := range b.lineSpans() {
		line := b.b[l.start:l.end]
		at := -1
		for k := bytes.Index(line, []byte("::")); k >= 0; {
			if !b.inCode(l.start + k) {
				at = k
				break
			}
			next := bytes.Index(line[k+2:], []byte("::"))
			if next < 0 {
				break
			}
			k += 2 + next
		}
		if at < 0 {
			continue
		}
		sep := 2
		if at+2 < len(line) && line[at+2] == ':' {
			sep = 3
		}
		front := withoutBullet(cleanSpaces(string(line[:at])))
		back := cleanSpaces(string(line[at+sep:]))
		if front == "" || back == "" || strings.HasPrefix(back, ":") || dataviewField(front, back) {
			continue
		}
		if !p.deck {
			if strings.HasSuffix(front, "?") {
				// a question: no Dataview field ("Author:: Tolkien"),
				// whose notes would be warned of every field
				p.undeck(l.start)
			}
			continue
		}
		form := WrittenBasic
		if sep == 3 {
			form = WrittenReversed
		}
		p.addWritten(WrittenCard{Form: form, Front: front, Back: back}, l.start, l.end)
	}
}

// writtenFact is the Written fact of card c of note n.
func writtenFact(n *Note, c *WrittenCard) Fact {
	f := Fact{
		Kind: Written, Form: c.Form, Subject: c.Front, Answer: c.Back, Sentence: c.Text, Start: c.Start,
		Heading: c.Heading, Note: n.Path, Title: n.Title, VideoID: n.VideoID, Line: c.Line, T: c.T,
		URL: videoURL(n.VideoID, c.T), Cue: c.Hint,
	}
	if c.Form != WrittenCloze {
		f.Start = strings.LastIndex(c.Text, c.Back) // the answer as the card's text writes it
	}
	return f
}

// dataviewField reports whether a "::" line's sides are a Dataview field
// in brackets ("[rating:: 5]", "(source:: the lecture)"), which no card
// is written as: the plugin's own deck notes hold them.
func dataviewField(front, back string) bool {
	i := strings.LastIndexAny(front, "[(")
	if i < 0 {
		return false
	}
	if key := front[i+1:]; key == "" || len(key) > 40 || strings.ContainsAny(key, "[]()") {
		return false
	}
	close := byte(']')
	if front[i] == '(' {
		close = ')'
	}
	return strings.IndexByte(back, close) >= 0
}
