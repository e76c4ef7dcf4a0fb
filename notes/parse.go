package notes

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"go.abhg.dev/goldmark/frontmatter"
)

// Warning is a problem in a note that did not stop it from being read.
type Warning struct {
	Path string
	Line int // 0 when unknown
	Msg  string
}

func (w Warning) String() string {
	if w.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", w.Path, w.Line, w.Msg)
	}
	return fmt.Sprintf("%s: %s", w.Path, w.Msg)
}

// ParseError means a note could not be read at all (not UTF-8, broken front
// matter, unterminated HTML, empty). Callers warn and skip the file.
type ParseError struct {
	Path string
	Line int // 0 when unknown
	Msg  string
}

func (e *ParseError) Error() string { return Warning(*e).String() }

var (
	mdOnce sync.Once
	md     goldmark.Markdown
)

// markdown returns the shared goldmark instance; goldmark parsers hold no
// per-document state, so one instance serves every goroutine.
func markdown() goldmark.Markdown {
	mdOnce.Do(func() {
		md = goldmark.New(
			goldmark.WithExtensions(&frontmatter.Extender{}, extension.Table, extension.Footnote, extension.TaskList),
			goldmark.WithParserOptions(parser.WithInlineParsers(
				util.Prioritized(wikiLinkParser{}, 199),
				util.Prioritized(anchorParser{}, 198),
				util.Prioritized(embedParser{}, 197),
			)),
		)
	})
	return md
}

// Parse reads one note. path is only used for messages, the title fallback
// and Note.Path. A note that cannot be read returns a *ParseError.
func Parse(path string, src []byte) (*Note, []Warning, error) {
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, nil, &ParseError{Path: path, Msg: "empty file"}
	}
	if !utf8.Valid(src) {
		off := 0
		for off < len(src) {
			r, size := utf8.DecodeRune(src[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return nil, nil, &ParseError{Path: path, Line: 1 + bytes.Count(src[:off], []byte{'\n'}), Msg: "not UTF-8 text"}
	}
	// a byte-order mark (some Windows editors write one) would hide the
	// front matter's opening "---"
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	src = blankComments(src)
	p := &noteParser{src: src, note: &Note{Path: path, Meta: map[string]string{}}, seen: map[string]bool{}}
	p.lineStarts = lineStarts(src)
	if err := p.frontMatterCheck(); err != nil {
		return nil, nil, err
	}
	ctx := parser.NewContext()
	chunks := chunkBounds(src)
	doc := markdown().Parser().Parse(text.NewReader(src[:chunks[0]]), parser.WithContext(ctx))
	if fm := frontmatter.Get(ctx); fm != nil {
		var meta map[string]any
		if err := fm.Decode(&meta); err != nil {
			msg := strings.TrimPrefix(err.Error(), "yaml: ")
			return nil, nil, &ParseError{Path: path, Line: 1, Msg: "broken front matter: " + msg}
		}
		for k, v := range meta {
			s := fmt.Sprint(v)
			switch k {
			case "title":
				p.note.Title = strings.TrimSpace(s)
			case "videoId":
				p.note.VideoID = strings.TrimSpace(s)
			default:
				p.note.Meta[k] = s
			}
		}
	}
	// "01:36:00" is 1:36 in some notes, not an hour and a half
	p.buf.minutes = minuteStamps(src)
	p.deck = deckTagged(src, p.note.Meta)
	if err := p.walk(doc); err != nil {
		return nil, p.warnings, err
	}
	// A very large note is parsed in pieces cut at headings, so the
	// markdown tree of only one piece is alive at a time.
	for i := 1; i < len(chunks); i++ {
		p.src = src[chunks[i-1]:chunks[i]]
		p.base = chunks[i-1]
		doc := markdown().Parser().Parse(text.NewReader(p.src))
		if err := p.walk(doc); err != nil {
			return nil, p.warnings, err
		}
	}
	p.src = src
	p.endPending()
	if p.undecked > 0 {
		p.warnings = append(p.warnings, Warning{Path: path, Line: p.undeckedLine, Msg: undeckedMsg(p.undecked)})
	}
	if w := foreignProse(p.note); w != nil {
		p.warnings = append(p.warnings, *w)
	}
	if p.note.Title == "" {
		p.note.Title = p.firstHeading
	}
	if p.note.Title == "" {
		base := path[strings.LastIndexAny(path, `/\`)+1:]
		p.note.Title = strings.TrimSuffix(base, ".md")
	}
	return p.note, p.warnings, nil
}

// frontMatterCheck catches a front matter block that is opened but never
// closed: goldmark would otherwise read the whole note as YAML or as text.
func (p *noteParser) frontMatterCheck() error {
	src := p.src
	if !bytes.HasPrefix(src, []byte("---")) {
		return nil
	}
	first, rest, _ := bytes.Cut(src, []byte{'\n'})
	if len(bytes.TrimRight(first, " \t\r")) != 3 {
		return nil
	}
	for line := 2; len(rest) > 0; line++ {
		var l []byte
		l, rest, _ = bytes.Cut(rest, []byte{'\n'})
		if t := bytes.TrimRight(l, " \t\r"); bytes.Equal(t, []byte("---")) || bytes.Equal(t, []byte("...")) {
			return nil
		}
	}
	return &ParseError{Path: p.note.Path, Line: 1, Msg: "broken front matter: no closing ---"}
}

// chunkSize is the size above which a note is parsed in pieces.
const chunkSize = 2 << 20

// chunkBounds returns the end offsets of the pieces of src: cut before a
// heading line once a piece exceeds chunkSize, never inside a code fence.
func chunkBounds(src []byte) []int {
	if len(src) <= chunkSize {
		return []int{len(src)}
	}
	var ends []int
	start, fence := 0, false
	for off := 0; off < len(src); {
		nl := bytes.IndexByte(src[off:], '\n')
		next := len(src)
		if nl >= 0 {
			next = off + nl + 1
		}
		line := src[off:next]
		if bytes.HasPrefix(line, []byte("```")) || bytes.HasPrefix(line, []byte("~~~")) {
			fence = !fence
		}
		if !fence && off-start >= chunkSize && len(line) > 1 && line[0] == '#' && off > 0 && src[off-1] == '\n' {
			ends = append(ends, off)
			start = off
		}
		off = next
	}
	return append(ends, len(src))
}

func lineStarts(src []byte) []int {
	starts := make([]int, 1, 64+len(src)/80)
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineOf is the 1-based line holding byte offset off.
func (p *noteParser) lineOf(off int) int {
	off += p.base
	return sort.Search(len(p.lineStarts), func(i int) bool { return p.lineStarts[i] > off })
}

type noteParser struct {
	src          []byte
	base         int // offset of src in the file (pieces of a large note)
	note         *Note
	warnings     []Warning
	lineStarts   []int
	headings     []string
	headShared   []string // copy of headings handed to sentences
	levels       []int
	firstHeading string
	seen         map[string]bool // sentence texts already kept: drops a repeated article
	buf          textBuf
	// deck: the note is tagged as the Obsidian plugin's deck of cards
	// (see written.go), so its "::" and "?" lines are cards
	deck bool
	// undecked counts the lines written as such cards in a note without
	// the tag, the first at undeckedLine: the writer is told, once
	undecked, undeckedLine int
	// pending is a card written on lines of its own whose "?" ended its
	// block: its answer is in the blocks up to line pendingEnd
	pending    *WrittenCard
	pendingEnd int
	// asked: the heading asks what a term is ("What is a Product
	// Vision?"), until the first sentence under it
	asked bool
}

// walk visits the block structure: headings update the path, leaf blocks
// become sentences, tables and code are kept but not mined.
func (p *noteParser) walk(doc ast.Node) error {
	return ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			p.endPending()
			p.buf.reset()
			p.inlines(n)
			raw, _ := cutPlainStamps(string(p.buf.b), p.buf.minutes) // "3. Ask [00:04:31]"
			h := withoutTags(cleanSpaces(raw))
			for len(p.levels) > 0 && p.levels[len(p.levels)-1] >= n.Level {
				p.levels = p.levels[:len(p.levels)-1]
				p.headings = p.headings[:len(p.headings)-1]
			}
			if p.firstHeading == "" {
				p.firstHeading = h
				if len(p.headings) == 0 && (p.note.Title == "" || strings.EqualFold(h, p.note.Title)) {
					// the heading that names the note ("# Kesh" under
					// title: Kesh, or the title itself when the front
					// matter gives none) is the note's title, not a
					// section of it: a path "Kesh › Trade" is shown
					// after the title, which would show it twice
					return ast.WalkSkipChildren, nil
				}
			}
			p.levels = append(p.levels, n.Level)
			p.headings = append(p.headings, h)
			p.headShared = nil
			p.asked = sectionTerm(h) != ""
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock:
			if p.mathBlock(n) {
				p.keepBlock("math", n)
				return ast.WalkSkipChildren, nil
			}
			p.leaf(n)
			return ast.WalkSkipChildren, nil
		case *extast.Table:
			rows := p.tableRows(n) // read once: kept as a block, and maybe a glossary
			p.keepTable(n, rows)
			if !p.glossaryTable(rows) {
				p.dataTable(rows)
			}
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			p.keepBlock("code", n)
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			return ast.WalkSkipChildren, p.htmlBlock(n)
		case *extast.FootnoteList:
			// "[^1]: Kesh chronicle, 1410.": sources and asides, not the
			// note's line, and with no moment of the video; the
			// references ("filled it[^1]") leave no text either
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
}

func (p *noteParser) blockLine(n ast.Node) int {
	if l := n.Lines(); l != nil && l.Len() > 0 {
		return p.lineOf(l.At(0).Start)
	}
	for c := n.FirstChild(); c != nil; c = c.FirstChild() {
		if l := c.Lines(); l != nil && l.Len() > 0 {
			return p.lineOf(l.At(0).Start)
		}
	}
	return 0
}

func (p *noteParser) keepBlock(kind string, n ast.Node) {
	var sb strings.Builder
	l := n.Lines()
	for i := 0; i < l.Len(); i++ {
		s := l.At(i)
		sb.Write(s.Value(p.src))
	}
	p.note.Blocks = append(p.note.Blocks, Block{Kind: kind, Heading: p.headingCopy(), Line: p.blockLine(n), Text: sb.String()})
}

// tableRow is a table's row as read: its node, its cells' clean text and
// the time of each cell's first anchor (-1 when none).
type tableRow struct {
	node  ast.Node
	cells []string
	times []int
}

// tableRows reads the rows of table n, header first.
func (p *noteParser) tableRows(n ast.Node) []tableRow {
	var rows []tableRow
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		r := tableRow{node: row}
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			p.buf.reset()
			p.inlines(cell)
			r.cells = append(r.cells, cleanSpaces(string(p.buf.b)))
			r.times = append(r.times, p.buf.timeWithin(-1, len(p.buf.b)))
		}
		rows = append(rows, r)
	}
	return rows
}

// keepTable keeps table n as a block of "| cell | cell |" lines.
func (p *noteParser) keepTable(n ast.Node, rows []tableRow) {
	var sb strings.Builder
	for _, r := range rows {
		for _, c := range r.cells {
			sb.WriteString("| ")
			sb.WriteString(c)
			sb.WriteString(" ")
		}
		sb.WriteString("|\n")
	}
	p.note.Blocks = append(p.note.Blocks, Block{Kind: "table", Heading: p.headingCopy(), Line: p.blockLine(n), Text: sb.String()})
}

// htmlBlock rejects raw HTML that never closes (it would swallow the rest of
// the note) and otherwise ignores the block. A block that closes on its
// own first line ("<!-- draft -->", "<script src=x></script>") has no
// closure line in goldmark's tree, so its lines are read for the closing
// mark too: without that, a one-line comment rejected the whole note.
func (p *noteParser) htmlBlock(n *ast.HTMLBlock) error {
	if n.HTMLBlockType < ast.HTMLBlockType1 || n.HTMLBlockType > ast.HTMLBlockType5 || n.HasClosure() {
		return nil
	}
	closing := htmlClosings[n.HTMLBlockType]
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		v := bytes.ToLower(seg.Value(p.src)) // as goldmark reads them: "<!-->" closes itself
		for _, c := range closing {
			if bytes.Contains(v, []byte(c)) {
				return nil
			}
		}
	}
	return &ParseError{Path: p.note.Path, Line: p.blockLine(n), Msg: "unterminated HTML block"}
}

// htmlClosings are the marks that close an HTML block of each type
// htmlBlock checks, as goldmark reads them.
var htmlClosings = map[ast.HTMLBlockType][]string{
	ast.HTMLBlockType1: {"</script>", "</pre>", "</style>", "</textarea>"},
	ast.HTMLBlockType2: {"-->"},
	ast.HTMLBlockType3: {"?>"},
	ast.HTMLBlockType4: {">"},
	ast.HTMLBlockType5: {"]]>"},
}

// headingCopy returns the current heading path; sentences under one
// heading share one slice (callers must not modify it).
func (p *noteParser) headingCopy() []string {
	if len(p.headings) == 0 {
		return nil
	}
	if p.headShared == nil {
		p.headShared = append([]string(nil), p.headings...)
	}
	return p.headShared
}

// leaf turns a paragraph or list-item text into sentences.
func (p *noteParser) leaf(n ast.Node) {
	if p.answerLeaf(n) {
		return
	}
	block := "paragraph"
	var labels []string
	first := true // first leaf of its list item: may start with a bold label
	for a := n.Parent(); a != nil; a = a.Parent() {
		switch a := a.(type) {
		case *ast.ListItem:
			if block == "paragraph" {
				block = "item"
			}
			if lab := boldLabel(a, p.src); lab != "" {
				labels = append(labels, lab)
			}
		case *ast.Blockquote:
			block = "quote"
		}
	}
	if li, ok := n.Parent().(*ast.ListItem); ok {
		first = li.FirstChild() == n
	}
	// labels were collected innermost first; Labels is outermost first.
	for i, j := 0, len(labels)-1; i < j; i, j = i+1, j-1 {
		labels[i], labels[j] = labels[j], labels[i]
	}
	p.buf.reset()
	p.inlines(n)
	p.buf.blankCallout()
	p.buf.blankAnchorBrackets()
	p.buf.blankAnchorCommas()
	p.buf.blankHighlights()
	p.writtenCards(n)
	labelLen := 0
	if first && block != "paragraph" {
		labelLen = p.buf.labelEnd
	}
	p.emit(block, labels, labelLen)
}

// boldLabel is the text of a **bold** run opening a list item ("Iran" for
// "**Iran:**"), or "".
func boldLabel(li *ast.ListItem, src []byte) string {
	leaf := li.FirstChild()
	if leaf == nil {
		return ""
	}
	if wl, ok := leaf.FirstChild().(*wikiLink); ok && wl.Bold {
		return strings.TrimRight(string(wl.Label), ":：- ") // "[[t | **Iran**]]:"
	}
	em, ok := leaf.FirstChild().(*ast.Emphasis)
	if !ok || em.Level != 2 {
		return ""
	}
	var b textBuf
	walkText(em, src, &b)
	lab := strings.TrimSpace(cleanSpaces(string(b.b)))
	lab = strings.TrimRight(lab, ":：- ")
	if utf8.RuneCountInString(lab) > 80 {
		return ""
	}
	return lab
}

// walkText writes the plain text of a node (labels of links, no anchors).
func walkText(n ast.Node, src []byte, b *textBuf) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.write(c.Segment.Value(src), c.Segment.Start, nil)
		case *ast.String:
			b.write(c.Value, -1, nil)
		case *wikiLink:
			b.write(c.Label, c.LabelStart, nil)
		case *ast.RawHTML:
		default:
			walkText(c, src, b)
		}
	}
}

func (p *noteParser) inlines(n ast.Node) {
	p.buf.lineOf = p.lineOf
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		p.inline(c, n)
	}
}

func (p *noteParser) inline(c, leaf ast.Node) {
	b := &p.buf
	switch c := c.(type) {
	case *ast.Text:
		v, start := c.Segment.Value(p.src), c.Segment.Start
		if b.inAnchor {
			// The label of a timestamp anchor ("[00:01:02]") is not prose.
			if len(v) <= 24 && looksLikeStamp(v) {
				break
			}
			b.inAnchor = false
			if k := bytes.Index(v, []byte("]>")); k >= 0 && k <= 24 && looksLikeStamp(v[:k+1]) {
				// "[00:05:08]>": the label closed by ">" where "</a>"
				// belongs, the rest of the text prose again
				v, start = v[k+2:], start+k+2
			}
		}
		if bytes.IndexByte(v, '\\') >= 0 {
			v = util.UnescapePunctuations(v) // "200 lbs \* 10", "\_Kesh\_": the reader keeps the backslash
		}
		b.write(v, start, p.lineOf)
		if c.SoftLineBreak() || c.HardLineBreak() {
			b.lineBreak()
		}
	case *ast.String:
		b.write(c.Value, -1, p.lineOf)
	case *wikiLink:
		if c.Anchor {
			// the anchor a link was written around keeps its place
			if t, ok := anchorTime(string(c.Label), b.minutes); ok {
				b.anchors = append(b.anchors, offTime{off: len(b.b), t: t})
			}
			break
		}
		if len(c.Label) <= 24 && looksLikeStamp(c.Label) {
			// "[[00:39:52]]", "[[t | [00:04:13]]]": a timestamp written as a
			// link, inside its anchor or not, left as a plain stamp for
			// cutPlainStamps
			if bytes.IndexByte(c.Label, ':') >= 0 {
				b.write(plainStamp(c.Label), -1, p.lineOf)
			}
			break
		}
		start := len(b.b)
		b.write(c.Label, c.LabelStart, p.lineOf)
		b.links = append(b.links, linkAt{off: start, link: Link{Target: string(c.Target), Label: string(c.Label)}})
		if c.Bold && c.Parent() == leaf && c.PreviousSibling() == nil {
			b.labelEnd = len(b.b) // "[[t | **Label**]]:" opens the item as a bold label does
		}
	case *anchorTag:
		if c.Open {
			b.html(c.Raw)
		} else {
			b.inAnchor = false
		}
	case *ast.RawHTML:
		var raw []byte
		for i := 0; i < c.Segments.Len(); i++ {
			s := c.Segments.At(i)
			raw = append(raw, s.Value(p.src)...)
		}
		b.html(raw)
	case *ast.AutoLink:
		b.write(c.Label(p.src), -1, p.lineOf)
	case *ast.Link:
		if label := onlyText(c, p.src); bytes.ContainsRune(label, ':') && len(label) <= 24 && looksLikeStamp(label) {
			// "[00:01:06](#t=00:01:06)": a timestamp written as a link,
			// left as a plain stamp for cutPlainStamps
			b.write(plainStamp(label), -1, p.lineOf)
			break
		}
		for cc := c.FirstChild(); cc != nil; cc = cc.NextSibling() {
			p.inline(cc, leaf)
		}
	case *ast.Image:
	case *ast.CodeSpan:
		if target, label, ok := codedLink(onlyText(c, p.src)); ok {
			// "`[[t | self-improvement]]`": a wiki link put in a code
			// span by mistake reads as the link
			b.links = append(b.links, linkAt{off: len(b.b), link: Link{Target: string(target), Label: string(label)}})
			b.write(label, -1, p.lineOf)
			break
		}
		start := len(b.b)
		for cc := c.FirstChild(); cc != nil; cc = cc.NextSibling() {
			p.inline(cc, leaf)
		}
		b.code = append(b.code, span{start, len(b.b)})
	case *ast.Emphasis:
		start := len(b.b)
		for cc := c.FirstChild(); cc != nil; cc = cc.NextSibling() {
			p.inline(cc, leaf)
		}
		if c.Level == 2 && c.Parent() == leaf && c.PreviousSibling() == nil {
			b.labelEnd = len(b.b)
		}
		if c.Level == 2 {
			b.bold = append(b.bold, span{start, len(b.b)})
		}
	default:
		for cc := c.FirstChild(); cc != nil; cc = cc.NextSibling() {
			p.inline(cc, leaf)
		}
	}
}

// plainStamp is a timestamp written as a link's label ("00:01:06",
// "[00:04:13]") in the brackets cutPlainStamps reads it in.
func plainStamp(label []byte) []byte {
	return []byte("[" + strings.Trim(string(label), "[] ") + "]")
}

// codedLink reads a wiki link that is the whole of a code span's text v
// ("[[t | label]]", "[[t]]"): its target and label, and whether v is one.
func codedLink(v []byte) (target, label []byte, ok bool) {
	if len(v) < 5 || !bytes.HasPrefix(v, []byte("[[")) || !bytes.HasSuffix(v, []byte("]]")) {
		return nil, nil, false
	}
	inner := v[2 : len(v)-2]
	if bytes.ContainsAny(inner, "[]`") {
		return nil, nil, false
	}
	target, label, _ = wikiParts(inner)
	return target, label, len(label) > 0
}

// onlyText is the text of a node whose one child is text, or nil.
func onlyText(n ast.Node, src []byte) []byte {
	t, ok := n.FirstChild().(*ast.Text)
	if !ok || t.NextSibling() != nil {
		return nil
	}
	return t.Segment.Value(src)
}

func looksLikeStamp(v []byte) bool {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return true
	}
	for _, c := range v {
		if !(c >= '0' && c <= '9' || c == ':' || c == '[' || c == ']' || c == '.' || c == ' ') {
			return false
		}
	}
	return true
}

// emit splits the buffered block text into sentences and stores them.
func (p *noteParser) emit(block string, labels []string, labelLen int) {
	b := &p.buf
	if labelLen > 0 && labelLen+1 < len(b.b) && b.b[labelLen-1] != ':' && b.b[labelLen] == ' ' && isUpperASCII(b.b[labelLen+1]) {
		// "**Prototyping** Usually conducted in ...": a label before a
		// sentence of its own, written without its colon; with it, the
		// label reads apart from the sentence (and is not taken for its
		// subject)
		b.insert(labelLen, ':')
		labelLen++
	}
	text := string(b.b)
	label := ""
	if len(labels) > 0 {
		label = labels[len(labels)-1]
	}
	if p.note.Channel == "" && len(p.note.Sentences) == 0 && strings.HasPrefix(text, "From:") && len(b.links) > 0 {
		// "From: [[channel]]" names the source, it is not prose.
		p.note.Channel = b.links[0].link.Target
		return
	}
	heading := p.headingCopy()
	for _, sp := range splitSentences(text) {
		raw := text[sp.start:sp.end]
		raw, loose := cutLooseAnchors(raw, b.minutes)
		raw, stamp := cutPlainStamps(raw, b.minutes)
		if stamp < 0 {
			stamp = loose
		}
		s := withoutBullet(cleanSpaces(raw))
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if len(s) > 20 {
			if p.seen[s] {
				continue
			}
			p.seen[s] = true
		}
		sent := Sentence{
			Text: s, Heading: heading, Line: b.lineAt(sp.start), T: b.timeWithin(sp.start, sp.end),
			Label: label, Labels: labels, Block: block,
		}
		if sent.T < 0 {
			// no anchor of its own: its plain stamp, else the next anchor
			sent.T = stamp
		}
		if sent.T < 0 {
			sent.T = b.timeFor(sp.start)
		}
		if sp.start == 0 && labelLen > 0 {
			sent.LabelLen = len(cleanSpaces(text[:min(labelLen, len(text))]))
		}
		sent.TermLen = uint16(min(len(b.openingBold(sp.start, sp.end)), 1<<16-1))
		// the first sentence under "What is a product vision?" answers
		// it, and the first under "Neuroplasticity" may say what it is
		sent.Asked, p.asked = p.asked, false
		for _, l := range b.links {
			if l.off >= sp.start && l.off < sp.end {
				sent.Links = append(sent.Links, l.link)
			}
		}
		p.note.Sentences = append(p.note.Sentences, sent)
	}
}

// textBuf accumulates the clean text of one block with what is needed to
// map it back: source lines, anchor times, link positions.
type textBuf struct {
	b       []byte
	lines   []offLine
	anchors []offTime
	links   []linkAt
	code    []span // inline code, where "::" is no card's separator
	// highlights are the texts inside "==" marks, which blankHighlights
	// takes away: in a deck of the Obsidian plugin they are clozes
	highlights []span
	bold       []span // **bold** runs: a sentence may open on its term
	inAnchor   bool
	labelEnd   int
	supAt      int // where the open <sup> began, or -1
	lineOf     func(int) int
	// minutes: the note writes its anchors "MM:SS:00" (minuteStamps);
	// it holds for the whole note, so reset leaves it
	minutes bool
}

type offLine struct{ off, line int }
type offTime struct{ off, t int }
type linkAt struct {
	off  int
	link Link
}

func (b *textBuf) reset() {
	b.b = b.b[:0]
	b.lines = b.lines[:0]
	b.anchors = b.anchors[:0]
	b.links = nil
	b.code = b.code[:0]
	b.highlights = b.highlights[:0]
	b.bold = b.bold[:0]
	b.inAnchor = false
	b.labelEnd = 0
	b.supAt = -1
}

// write appends source text, turning newlines into spaces; srcOff (or -1)
// is the file offset of v, recorded for line numbers.
func (b *textBuf) write(v []byte, srcOff int, lineOf func(int) int) {
	if srcOff >= 0 && lineOf != nil {
		b.lines = append(b.lines, offLine{off: len(b.b), line: lineOf(srcOff)})
	}
	for _, c := range v {
		if c == '\n' || c == '\r' || c == '\t' {
			c = ' '
		}
		b.b = append(b.b, c)
	}
}

// insert puts c into the text at off, moving what was recorded after it.
func (b *textBuf) insert(off int, c byte) {
	b.b = slices.Insert(b.b, off, c)
	for i := range b.lines {
		if b.lines[i].off >= off {
			b.lines[i].off++
		}
	}
	for i := range b.anchors {
		if b.anchors[i].off >= off {
			b.anchors[i].off++
		}
	}
	for i := range b.links {
		if b.links[i].off >= off {
			b.links[i].off++
		}
	}
	for i := range b.bold {
		if b.bold[i].start >= off {
			b.bold[i].start++
			b.bold[i].end++
		}
	}
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// lineBreak marks a soft line break: in these notes a new line usually
// starts a new sentence even without a full stop.
func (b *textBuf) lineBreak() { b.b = append(b.b, '\n') }

// blankCallout blanks an Obsidian callout's marker opening the text
// ("[!NOTE]", "[!tip]-"), and its title when the callout's text goes on
// past the title's line ("[!TIP] Increase Exposure Hours" then the
// sentences): neither is prose. The bytes become spaces, which the
// sentences' cleaning drops, so that every offset into the text still
// holds; a link inside a blanked title is forgotten.
func (b *textBuf) blankCallout() {
	i := 0
	for i < len(b.b) && (b.b[i] == ' ' || b.b[i] == '\t') {
		i++
	}
	if !bytes.HasPrefix(b.b[i:], []byte("[!")) {
		return
	}
	// the type is one word as Obsidian reads it, but notes write
	// "[!PRO TIP]" and "[!quote|Title]" too: up to 40 bytes on one line
	j := i + 2
	for j < len(b.b) && j < i+42 && b.b[j] != ']' && b.b[j] != '\n' && b.b[j] != '[' {
		j++
	}
	if j == i+2 || j >= len(b.b) || b.b[j] != ']' {
		return
	}
	end := j + 1
	if end < len(b.b) && (b.b[end] == '+' || b.b[end] == '-') {
		end++
	}
	if nl := bytes.IndexByte(b.b[end:], '\n'); nl >= 0 && len(bytes.TrimSpace(b.b[end+nl:])) > 0 {
		end += nl // a title on the marker's line, the callout's text after it
	}
	b.blank(i, end)
}

// blank turns the buffer's bytes in [from, to) into spaces (line breaks
// stay), which the sentences' cleaning drops, so that every offset into
// the text still holds, and forgets the links and label inside.
func (b *textBuf) blank(from, to int) {
	for i := from; i < to; i++ {
		if b.b[i] != '\n' {
			b.b[i] = ' '
		}
	}
	b.links = slices.DeleteFunc(b.links, func(l linkAt) bool { return l.off >= from && l.off < to })
	if b.labelEnd > from && b.labelEnd <= to {
		b.labelEnd = 0
	}
}

// blankAnchorBrackets blanks square brackets that held only timestamp
// anchors ("under the alias "Anime Zone" [<a…>00:02:14</a>].", written so
// in 108 corpus notes), which would otherwise be left on the cards as
// "[]". Brackets with no anchor inside stay: "an empty array ([])" is
// prose. Empty round brackets are cleanSpaces's (it drops them wherever
// they are).
func (b *textBuf) blankAnchorBrackets() {
	for _, a := range b.anchors {
		open := a.off - 1
		for open >= 0 && b.b[open] == ' ' {
			open--
		}
		if open < 0 || b.b[open] != '[' {
			continue
		}
		end := a.off
		for end < len(b.b) && (b.b[end] == ' ' || b.b[end] == ',') {
			end++ // "[<a…>, <a…>]": two anchors in one bracket
		}
		if end+1 < len(b.b) && b.b[end] == '\\' && b.b[end+1] == ']' && open > 0 && b.b[open-1] == '\\' {
			// escaped: "unique.\[<a…>\]"
			b.b[open-1], b.b[end] = ' ', ' '
			end++
		}
		if end < len(b.b) && b.b[end] == ']' {
			b.b[open], b.b[end] = ' ', ' '
		}
	}
}

// blankAnchorCommas blanks the commas that only part two timestamp
// anchors ("stranded on the ISS. <a…>, <a…>"), which would otherwise be
// left after the sentence's stop ("the ISS.,"). A comma after one anchor
// and before prose ("in 1205 <a…>, and the guild left") is the
// sentence's own and stays.
func (b *textBuf) blankAnchorCommas() {
	for i := 1; i < len(b.anchors); i++ {
		from, to := b.anchors[i-1].off, b.anchors[i].off
		if from >= to || to > len(b.b) {
			continue
		}
		between := b.b[from:to]
		if len(bytes.Trim(between, " ,")) == 0 {
			for j := range between {
				between[j] = ' '
			}
		}
	}
}

// blankHighlights blanks the marks of Obsidian's highlights ("had
// ==about 400 members== by 1230"), which goldmark does not know: the
// text stays, the marks would reach the cards. A mark opens before a
// word and closes after one, as Obsidian reads them; "a == b" is left.
func (b *textBuf) blankHighlights() {
	if !bytes.Contains(b.b, []byte("==")) {
		return
	}
	open := -1
	for i := 0; i+1 < len(b.b); i++ {
		if b.b[i] != '=' || b.b[i+1] != '=' {
			continue
		}
		switch {
		case open < 0 && i+2 < len(b.b) && b.b[i+2] != ' ' && b.b[i+2] != '=':
			open = i
		case open >= 0 && i > open+2 && b.b[i-1] != ' ':
			b.b[open], b.b[open+1], b.b[i], b.b[i+1] = ' ', ' ', ' ', ' '
			b.highlights = append(b.highlights, span{open + 2, i})
			open = -1
		}
		i++
	}
}

func (b *textBuf) lineAt(off int) int {
	line := 0
	for _, l := range b.lines {
		if l.off > off {
			break
		}
		line = l.line
	}
	if line == 0 && len(b.lines) > 0 {
		line = b.lines[0].line
	}
	return line
}

// timeFor is the time of the first anchor after a sentence start, else the
// last anchor of the block, else -1.
func (b *textBuf) timeFor(start int) int {
	if a, ok := b.anchorAfter(start); ok {
		return a.t
	}
	if len(b.anchors) > 0 {
		return b.anchors[len(b.anchors)-1].t
	}
	return -1
}

// timeWithin is the time of the first anchor after start up to end (a
// sentence's own), or -1.
func (b *textBuf) timeWithin(start, end int) int {
	if a, ok := b.anchorAfter(start); ok && a.off <= end {
		return a.t
	}
	return -1
}

// anchorAfter is the first anchor after offset start, if any.
func (b *textBuf) anchorAfter(start int) (offTime, bool) {
	for _, a := range b.anchors {
		if a.off > start {
			return a, true
		}
	}
	return offTime{}, false
}

// html handles an inline HTML tag: timestamp anchors record a time and hide
// their label; <br> is a space; any other tag is dropped.
func (b *textBuf) html(raw []byte) {
	low := bytes.ToLower(raw)
	switch {
	case bytes.HasPrefix(low, []byte("<a")) && bytes.Contains(low, []byte("yt-timestamp")):
		if t, ok := anchorTime(attr(raw, "data-t"), b.minutes); ok {
			b.anchors = append(b.anchors, offTime{off: len(b.b), t: t})
		}
		b.inAnchor = true
	case bytes.HasPrefix(low, []byte("</a")):
		b.inAnchor = false
	case bytes.HasPrefix(low, []byte("<br")):
		b.b = append(b.b, ' ')
	case bytes.HasPrefix(low, []byte("<sup>")):
		// a power keeps its caret ("10<sup>-10</sup> meters" is
		// "10^-10 meters", not the range "10-10")
		b.supAt = len(b.b)
		b.b = append(b.b, '^')
	case bytes.HasPrefix(low, []byte("</sup")):
		if b.supAt >= 0 && b.supAt < len(b.b) && citationMark(b.b[:b.supAt], b.b[b.supAt+1:]) {
			for i := b.supAt; i < len(b.b); i++ {
				b.b[i] = ' '
			}
		}
		b.supAt = -1
	}
}

// citationMark reports whether a superscript is a note's reference mark
// ("died in Kesh.<sup>1</sup>", "in 1262<sup>[2]</sup>"), not a power: a
// number in brackets, or a number alone put after a word of three letters
// or more or after a stop, rather than after a number or a unit's symbol
// ("5 m<sup>2</sup>").
func citationMark(before, sup []byte) bool {
	bracketed := bytes.HasPrefix(sup, []byte("[")) && bytes.HasSuffix(sup, []byte("]"))
	sup = bytes.Trim(sup, "[] ")
	if len(sup) == 0 || len(sup) > 3 || len(before) == 0 {
		return len(sup) == 0
	}
	for _, c := range sup {
		if c < '0' || c > '9' {
			return false
		}
	}
	if bracketed {
		return true
	}
	last := before[len(before)-1]
	if last >= '0' && last <= '9' {
		// "10<sup>3</sup>" is a power; "died in 1255<sup>1</sup>" marks
		// a year: no note raises a year to a power
		j := len(before)
		for j > 0 && before[j-1] >= '0' && before[j-1] <= '9' {
			j--
		}
		return isYear(string(before[j:])) && (j == 0 || before[j-1] == ' ')
	}
	// after a word: a unit's symbol is raised ("m<sup>2</sup>", "km"),
	// a word of three letters or more is marked
	letters := 0
	for i := len(before) - 1; i >= 0 && isLetter(before[i]); i-- {
		letters++
	}
	return letters == 0 || letters >= 3
}

// attr returns the value of a quoted attribute in a raw tag.
func attr(raw []byte, name string) string {
	i := bytes.Index(raw, []byte(name+"="))
	if i < 0 {
		return ""
	}
	v := raw[i+len(name)+1:]
	if len(v) == 0 {
		return ""
	}
	q := v[0]
	if q != '"' && q != '\'' {
		end := bytes.IndexAny(v, " >")
		if end < 0 {
			end = len(v)
		}
		return string(v[:end])
	}
	v = v[1:]
	end := bytes.IndexByte(v, q)
	if end < 0 {
		return ""
	}
	return string(v[:end])
}

// minuteStamps reports whether the timestamp anchors of a note read
// "MM:SS:00": minutes and seconds with ":00" put after them ("38:57:00",
// "40:19:00") or the seconds written twice ("07:08:08"), as some generated
// pages write them, beside true "00:00:SS" for the video's first seconds
// and plain "MM:SS". Read as hours, they point hours past the end of most
// videos (of the corpus's 581 notes whose every anchor ends on ":00", 408
// would run past ten hours), while true "HH:MM:SS" anchors take either
// shape one time in thirty. It takes three such anchors, and nine in ten
// of the three-part anchors past the first minute: a page of them often
// holds a stray anchor of another shape ("04:13:58"), which stays as it is.
// Half of them are enough when one could not be hours ("39:53:00" would be
// past the 39th hour): many pages mix in more strays.
func minuteStamps(src []byte) bool {
	shaped, past, pastTen := 0, 0, false
	for rest := src; ; {
		i := bytes.Index(rest, []byte("data-t="))
		if i < 0 {
			break
		}
		rest = rest[i+len("data-t="):]
		if len(rest) == 0 || rest[0] != '"' && rest[0] != '\'' {
			return false
		}
		end := bytes.IndexByte(rest[1:], rest[0])
		if end < 0 {
			return false
		}
		v := bytes.Trim(rest[1:1+end], "[] ")
		rest = rest[1+end:]
		if bytes.Count(v, []byte(":")) != 2 || bytes.HasPrefix(v, []byte("00:00:")) {
			continue // "MM:SS", or the first minute's "00:00:SS"
		}
		past++
		if minuteShaped(string(v)) {
			shaped++
			if len(v) == 8 && v[0] >= '1' && v[0] <= '9' {
				pastTen = true // "39:53:00": no video runs 39 hours
			}
		}
	}
	return shaped >= 3 && (shaped*10 >= past*9 || pastTen && shaped*2 >= past)
}

// minuteShaped reports whether a three-part anchor past the first minute
// may be minutes and seconds with a third part put after them: ":00"
// ("38:57:00") or the seconds again ("07:08:08").
func minuteShaped(v string) bool {
	// cut by hand: split, every anchor of every note allocated
	h, rest, ok := strings.Cut(v, ":")
	m, sec, ok2 := strings.Cut(rest, ":")
	if !ok || !ok2 || strings.Contains(sec, ":") || h == "00" && m == "00" {
		return false
	}
	return sec == "00" || sec == m
}

// anchorTime is the time of an anchor's data-t, read as minutes and
// seconds when the note writes "MM:SS:00" (minutes) and v has that shape.
func anchorTime(v string, minutes bool) (int, bool) {
	if minutes {
		if w := strings.Trim(v, "[] "); minuteShaped(w) {
			return parseStamp(w[:strings.LastIndexByte(w, ':')])
		}
	}
	return parseStamp(v)
}

// parseStamp reads "HH:MM:SS", "MM:SS" or "H:MM:SS" (ignoring stray
// brackets). Values are untrusted: parts beyond three are dropped.
func parseStamp(s string) (int, bool) {
	s = strings.Trim(s, "[] ")
	if s == "" {
		return 0, false
	}
	parts := strings.Split(s, ":")
	if len(parts) > 3 {
		parts = parts[:3]
	}
	t := 0
	for _, p := range parts {
		n, err := strconv.Atoi(strings.Trim(p, "[] "))
		if err != nil || n < 0 {
			return 0, false
		}
		t = t*60 + n
	}
	if len(parts) == 1 {
		return 0, false
	}
	return t, true
}

// withoutBullet drops a list marker that opens a sentence ("* Accessing a
// Closed Market: India is ..."): a list indented under a paragraph with no
// blank line between is the paragraph's text to markdown, but its lines
// are items to the writer, and no sentence starts on "* ".
func withoutBullet(s string) string {
	for _, m := range []string{"* ", "- ", "+ ", "• "} {
		if strings.HasPrefix(s, m) {
			return strings.TrimLeft(s[len(m):], " ")
		}
	}
	return s
}

// cleanSpaces collapses runs of white space and removes the space an anchor
// left before punctuation ("attack <a…>." reads "attack."), and the commas
// that separated anchors ("in 1994 <a…>, <a…>." reads "in 1994.").
func cleanSpaces(s string) string {
	if spacesClean(s) {
		return s // most sentences: no copy
	}
	out := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			space = len(out) > 0
			continue
		}
		if space {
			if c == '.' && len(out) > 0 && out[len(out)-1] == '.' && (i+1 == len(s) || s[i+1] != '.') {
				// "5:30 p.m. <a…>.": the sentence's dot after an
				// abbreviation's, an anchor between them
				space = false
				continue
			}
			switch {
			case c == ')':
			case c == '.' && startsWord(s, i):
				out = append(out, ' ')
			case strings.IndexByte(".,;:!?", c) >= 0:
			default:
				out = append(out, ' ')
			}
			space = false
		}
		if n := len(out); n > 0 && out[n-1] == ',' {
			switch c {
			case ',':
				continue // ",,": anchors once stood between
			case '.', ';', '!', '?':
				out = out[:n-1] // "1994,.": the comma led to an anchor
			}
		}
		switch c {
		case ')':
			if open, ok := emptyBracket(out); ok {
				out = bytes.TrimRight(out[:open], " ") // "at Harvard (<a…>)": the bracket held only the anchor
				continue
			}
		case '.', '!', '?':
			if open, ok := emptyBracket(out); ok {
				out = bytes.TrimRight(out[:open], " ") // "strategies(<a…>, <a…>." left open
			}
		}
		out = append(out, c)
	}
	return string(bytes.TrimRight(out, " "))
}

// startsWord reports whether the dot at s[i] begins a word rather than
// ending the one before: "the .NET Framework", "a .5 mm gap". The space
// before such a dot stays; before one that ends a sentence ("1994 ." once
// an anchor is gone) it goes.
func startsWord(s string, i int) bool {
	if i+1 >= len(s) {
		return false
	}
	n := s[i+1]
	return n >= 'a' && n <= 'z' || n >= 'A' && n <= 'Z' || n >= '0' && n <= '9'
}

// emptyBracket finds the "(" that out ends in, once the spaces and commas
// left between removed anchors are passed over.
func emptyBracket(out []byte) (open int, ok bool) {
	for i := len(out) - 1; i >= 0; i-- {
		switch out[i] {
		case ' ', ',', ';':
		case '(':
			return i, true
		default:
			return 0, false
		}
	}
	return 0, false
}

// cutPlainStamps removes timestamps written as plain text ("for Pyogenes
// [00:06:06].", "ran away [00:08:42 | 00:08:47].") rather than as
// anchors, and returns the first one's time
// in seconds, or -1; a note whose anchors are "MM:SS:00" (minutes) writes
// its plain ones so too.
func cutPlainStamps(s string, minutes bool) (string, int) {
	t := -1
	if strings.IndexByte(s, ':') < 0 {
		return s, t // every stamp has one; most sentences none
	}
	for from := 0; ; {
		i := strings.IndexAny(s[from:], "[(")
		if i < 0 {
			return s, t
		}
		i += from
		v, ok := 0, false
		j := -1
		if s[i] == '(' {
			// "(00:04:44)", "(00:31:50-00:31:57)": in parentheses only
			// stamps of hours, minutes and seconds, not a ratio "(1:2)"
			// or a verse "(15:15)"
			if j = strings.IndexByte(s[i:], ')'); j >= 0 && j <= maxStampList && clockStamps(s[i+1:i+j]) {
				v, ok = stampList(s[i+1:i+j], minutes)
			}
		} else if j = strings.IndexByte(s[i:], ']'); j >= 0 && j <= 12 && looksLikeStamp([]byte(s[i:i+j+1])) {
			v, ok = anchorTime(s[i:i+j+1], minutes)
		} else if j >= 0 && j <= maxStampList {
			v, ok = stampList(s[i+1:i+j], minutes)
		}
		if !ok {
			from = i + 1 // not a stamp: a citation "[1]", a list "[a]", an aside
			continue
		}
		if t < 0 {
			t = v
		}
		kept := strings.TrimRight(s[:i], " ")
		s, from = kept+s[i+j+1:], len(kept)
	}
}

// clockStamps reports whether s is one or more stamps of hours, minutes
// and seconds ("00:31:50": under 24 hours, minutes and seconds under 60,
// where a ratio "50:25:25" is none), apart from the separators stampList
// reads.
func clockStamps(s string) bool {
	n := 0
	for item := range strings.FieldsFuncSeq(s, stampSeparator) {
		item = strings.TrimSpace(item)
		if len(item) != 8 || item[2] != ':' || item[5] != ':' || item[0] > '2' || item[0] == '2' && item[1] > '3' || item[3] > '5' || item[6] > '5' {
			return false
		}
		for _, k := range []int{0, 1, 3, 4, 6, 7} {
			if item[k] < '0' || item[k] > '9' {
				return false
			}
		}
		n++
	}
	return n > 0
}

// cutLooseAnchors removes the timestamp anchors too broken for the
// markdown reader to see as HTML, which it leaves as text ("<a
// class="yt="00:12:22">", "< a class=...>", a data-t never closed: "<a
// class="yt-timestamp" data-t="00:14:14]-"), and returns the first one's
// time, or -1.
func cutLooseAnchors(s string, minutes bool) (string, int) {
	t := -1
	if strings.IndexByte(s, '<') < 0 {
		return s, t
	}
	for from := 0; ; {
		i := strings.Index(s[from:], `a class="yt`)
		if i < 0 {
			return s, t
		}
		i += from
		switch {
		case i >= 1 && s[i-1] == '<':
			i--
		case i >= 2 && s[i-2:i] == "< ": // "< a class=": no tag to HTML
			i -= 2
		default:
			from = i + 1
			continue
		}
		rest := s[i:]
		end := strings.IndexByte(rest, '>')
		if end < 0 || end > 120 {
			// no end: the tag runs to the last character of its stamp
			end = strings.Index(rest, `data-t="`)
			if end < 0 {
				end = len(`<a class="yt`) - 1
			} else {
				end += len(`data-t="`)
				for end < len(rest) && strings.IndexByte("0123456789:[]- ", rest[end]) >= 0 {
					end++
				}
				end--
			}
		}
		if m := looseStamp.FindString(rest[:end+1]); m != "" && t < 0 {
			if v, ok := anchorTime(m, minutes); ok {
				t = v
			}
		}
		kept := strings.TrimRight(s[:i], " ")
		s, from = kept+s[i+end+1:], len(kept)
	}
}

// looseStamp is the first timestamp in a broken anchor.
var looseStamp = regexp.MustCompile(`\d{1,2}:\d\d(?::\d\d)?`)

// stampSeparator reports whether r parts the stamps of a list or a span
// ("00:08:42 | 00:08:47", "01:07:07-01:21:26").
func stampSeparator(r rune) bool {
	return r == '|' || r == ',' || r == ';' || r == '-' || r == '–'
}

// maxStampList is the longest bracket stampList reads: some pages give
// a sentence sixty stamps and more.
const maxStampList = 2000

// stampList reads a list or a span of plain timestamps, the inside of a
// bracket some pages write instead of anchors ("00:08:42 | 00:08:47",
// "01:25:22, 01:27:26", "01:07:07-01:21:26", or one stamp of too many
// parts, "01:06:26:06:35"), and returns the first one's time; ok is
// false unless every item is a stamp.
func stampList(s string, minutes bool) (t int, ok bool) {
	t = -1
	for item := range strings.FieldsFuncSeq(s, stampSeparator) {
		item = strings.TrimSpace(item)
		if item == "" || !strings.Contains(item, ":") || !looksLikeStamp([]byte(item)) {
			return 0, false
		}
		v, ok := anchorTime(item, minutes)
		if !ok {
			return 0, false
		}
		if t < 0 {
			t = v
		}
	}
	return t, t >= 0
}

// spacesClean says whether cleanSpaces would return s unchanged: no line
// breaks or tabs, and only single spaces inside the text that are not
// followed by closing punctuation.
func spacesClean(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\t', '\r':
			return false
		case ',':
			if i+1 < len(s) && (s[i+1] == ',' || s[i+1] == '.' || s[i+1] == ';' || s[i+1] == '!' || s[i+1] == '?') {
				return false
			}
		case '(':
			if i+1 < len(s) && (s[i+1] == ')' || s[i+1] == ',' || s[i+1] == '.') {
				return false // an empty bracket (see cleanSpaces)
			}
		case ' ':
			if i == 0 || i+1 == len(s) {
				return false
			}
			switch s[i+1] {
			case ' ', '\n', '\t', '\r', '.', ',', ';', ':', '!', '?', ')':
				return false
			}
		}
	}
	return true
}

// openingBold is the text of a **bold** run that opens the sentence at
// [from, to) of the buffer, after an article at most ("**Osmosis** is",
// "The **mitochondrion** is"), or "".
func (b *textBuf) openingBold(from, to int) string {
	// the runs are in the order they start: the first at or after from,
	// found by halving (a long paragraph has many of both)
	i := sort.Search(len(b.bold), func(i int) bool { return b.bold[i].start >= from })
	if i == len(b.bold) || b.bold[i].start >= to {
		return ""
	}
	r := b.bold[i]
	before := strings.ToLower(strings.TrimSpace(string(b.b[from:r.start])))
	if before != "" && before != "the" && before != "a" && before != "an" {
		return ""
	}
	return cleanSpaces(string(b.b[r.start:min(r.end, to)]))
}
