package notes

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// kindWikiLink is the AST kind of a [[target | label]] link.
var kindWikiLink = ast.NewNodeKind("WikiLink")

// wikiLink is an inline [[target | label]] or [[target]] link. Label and
// Target are raw source text; LabelStart is the file offset of the label so
// sentences keep exact line numbers.
type wikiLink struct {
	ast.BaseInline
	Target     []byte
	Label      []byte
	LabelStart int
	Bold       bool // the label was written in bold inside the link: "[[t | **Label**]]"
	Anchor     bool // the label was a timestamp anchor, Label its stamp
}

func (n *wikiLink) Kind() ast.NodeKind { return kindWikiLink }

func (n *wikiLink) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Target": string(n.Target), "Label": string(n.Label)}, nil)
}

// wikiLinkParser reads [[...]] before goldmark's own link parser (priority
// 200) sees the brackets: plain goldmark would split the link into text nodes.
// No wikilink module on the vetted list worked, hence this small parser.
type wikiLinkParser struct{}

func (wikiLinkParser) Trigger() []byte { return []byte{'['} }

func (wikiLinkParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if len(line) < 4 || line[0] != '[' || line[1] != '[' {
		return nil
	}
	end := bytes.Index(line[2:], []byte("]]"))
	if end < 0 {
		return nil
	}
	inner := line[2 : 2+end]
	if t, stamp, ok := anchorLabel(inner); ok {
		// "[[t | <a class="yt-timestamp" ...>[00:59:03]</a>]]": an anchor
		// for a label, read as its stamp
		block.Advance(2 + end + 2)
		return &wikiLink{Target: t, Label: stamp, LabelStart: -1, Anchor: true}
	}
	if i := bytes.IndexByte(inner, '['); i >= 0 {
		// only "[[t | [00:04:13]]]" holds a bracket: a timestamp for a
		// label, its own bracket closing before the link's
		if 2+end+2 >= len(line) || line[2+end+2] != ']' || bytes.IndexByte(inner[:i], '|') < 0 || !looksLikeStamp(inner[i:]) {
			return nil
		}
		end++
		inner = line[2 : 2+end]
	}
	if len(inner) == 0 {
		return nil
	}
	target, label, off := wikiParts(inner)
	labelOff := 2 + off
	// emphasis inside a link's label is not parsed as such: its markers
	// would reach the text ("**Bank of America**: During ...")
	bold := false
	for _, m := range [][]byte{[]byte("**"), []byte("__"), []byte("*"), []byte("_")} {
		if len(label) > 2*len(m) && bytes.HasPrefix(label, m) && bytes.HasSuffix(label, m) {
			bold = bold || len(m) == 2
			label = label[len(m) : len(label)-len(m)]
			labelOff += len(m)
		}
	}
	n := &wikiLink{Target: target, Label: label, LabelStart: seg.Start + labelOff, Bold: bold}
	block.Advance(2 + end + 2)
	return n
}

// wikiParts splits the inside of a wiki link ("t | label", "t\|label",
// "t") into its target and label, the label trimmed and the target
// when none is written, and the label's offset in inner.
func wikiParts(inner []byte) (target, label []byte, labelOff int) {
	target, label = inner, inner
	// Tables escape the pipe as \|; accept both spellings.
	if i := bytes.IndexByte(inner, '|'); i >= 0 {
		t := inner[:i]
		if len(t) > 0 && t[len(t)-1] == '\\' {
			t = t[:len(t)-1]
		}
		target, label = t, inner[i+1:]
		labelOff = i + 1
	}
	lt := bytes.TrimLeft(label, " \t")
	labelOff += len(label) - len(lt)
	label = bytes.TrimRight(lt, " \t")
	target = bytes.TrimSpace(target)
	if len(label) == 0 {
		label = target
	}
	return target, label, labelOff
}

// kindAnchor is the AST kind of a timestamp anchor tag.
var kindAnchor = ast.NewNodeKind("TimestampAnchor")

// anchorLabel reads a wiki link's inside whose label is a timestamp
// anchor ("t | <a class="yt-timestamp" data-t="00:59:03">[00:59:03]</a>"):
// the target and the anchor's stamp, its data-t or else its label.
func anchorLabel(inner []byte) (target, stamp []byte, ok bool) {
	t, label, found := bytes.Cut(inner, []byte("|"))
	label = bytes.TrimSpace(label)
	if !found || !bytes.HasPrefix(label, []byte("<a ")) || !bytes.HasSuffix(label, []byte("</a>")) {
		return nil, nil, false
	}
	open := bytes.IndexByte(label, '>')
	if open+1 > len(label)-len("</a>") {
		return nil, nil, false // "<a </a>": the only ">" is the closing tag's
	}
	tag, text := label[:open+1], label[open+1:len(label)-len("</a>")]
	if !bytes.Contains(tag, []byte("yt-timestamp")) || !bytes.ContainsRune(text, ':') || !looksLikeStamp(text) {
		return nil, nil, false
	}
	if v := attr(tag, "data-t"); len(v) > 0 {
		return bytes.TrimSpace(t), []byte(v), true // as an anchor's time is read
	}
	return bytes.TrimSpace(t), text, true
}

// anchorTag is an opening <a class="yt-timestamp" data-t="..."> (Open) or
// any closing </a>.
type anchorTag struct {
	ast.BaseInline
	Open bool
	Raw  []byte
}

func (n *anchorTag) Kind() ast.NodeKind { return kindAnchor }

func (n *anchorTag) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Raw": string(n.Raw)}, nil)
}

// anchorParser reads the timestamp anchors that follow nearly every sentence
// before goldmark's raw HTML parser does: that parser matches with regular
// expressions and cost a fifth of the whole run.
type anchorParser struct{}

func (anchorParser) Trigger() []byte { return []byte{'<'} }

func (anchorParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, _ := block.PeekLine()
	if bytes.HasPrefix(line, []byte("</a>")) {
		block.Advance(4)
		return &anchorTag{}
	}
	if !bytes.HasPrefix(line, []byte("<a ")) {
		return nil
	}
	end := bytes.IndexByte(line, '>')
	if end < 0 || !bytes.Contains(line[:end], []byte("yt-timestamp")) || bytes.IndexByte(line[1:end], '<') >= 0 {
		return nil
	}
	n := &anchorTag{Open: true, Raw: line[:end+1]}
	block.Advance(end + 1)
	return n
}

// kindEmbed is the AST kind of an Obsidian embed, "![[map.png]]".
var kindEmbed = ast.NewNodeKind("Embed")

// embed is an inline "![[target]]": a picture or another note shown in
// place, whose content recall cannot see. It leaves no text.
type embed struct{ ast.BaseInline }

func (n *embed) Kind() ast.NodeKind { return kindEmbed }

func (n *embed) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// embedParser reads "![[...]]" before goldmark's image parser (priority
// 200) does, which would leave "![[map.png]]" as text.
type embedParser struct{}

func (embedParser) Trigger() []byte { return []byte{'!'} }

func (embedParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, _ := block.PeekLine()
	if !bytes.HasPrefix(line, []byte("![[")) {
		return nil
	}
	end := bytes.Index(line[3:], []byte("]]"))
	if end < 0 {
		return nil
	}
	block.Advance(3 + end + 2)
	return &embed{}
}
