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
	if len(inner) == 0 || bytes.IndexByte(inner, '[') >= 0 {
		return nil
	}
	target, label := inner, inner
	labelOff := 2
	// Tables escape the pipe as \|; accept both spellings.
	if i := bytes.IndexByte(inner, '|'); i >= 0 {
		t := inner[:i]
		if len(t) > 0 && t[len(t)-1] == '\\' {
			t = t[:len(t)-1]
		}
		target, label = t, inner[i+1:]
		labelOff = 2 + i + 1
	}
	lt := bytes.TrimLeft(label, " \t")
	labelOff += len(label) - len(lt)
	label = bytes.TrimRight(lt, " \t")
	target = bytes.TrimSpace(target)
	if len(label) == 0 {
		label = target
	}
	n := &wikiLink{Target: target, Label: label, LabelStart: seg.Start + labelOff}
	block.Advance(2 + end + 2)
	return n
}
