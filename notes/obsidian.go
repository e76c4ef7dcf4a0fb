package notes

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// blankComments returns src with Obsidian's comments ("%% check the
// dates %%", or "%%" lines around a block) turned into spaces, their line
// breaks kept so that every offset and line number still holds. Comments
// are the writer's, not the note's: "the guild was dissolved in 1999"
// inside one is no fact to learn. "%%" in code (fences, backticks) is
// code; an opening "%%" never closed is left as written. src is copied
// before any change.
func blankComments(src []byte) []byte {
	if !bytes.Contains(src, []byte("%%")) {
		return src
	}
	out, copied := src, false
	fence, open := false, -1
	lineStart := true
	for i := 0; i < len(src); i++ {
		c := src[i]
		if lineStart {
			rest := bytes.TrimLeft(src[i:], " ")
			if bytes.HasPrefix(rest, []byte("```")) || bytes.HasPrefix(rest, []byte("~~~")) {
				fence = !fence
			}
		}
		lineStart = c == '\n'
		if fence {
			continue
		}
		switch {
		case c == '`' && open < 0:
			// inline code: skip to its closing backtick on the line
			if j := bytes.IndexAny(src[i+1:], "`\n"); j >= 0 && src[i+1+j] == '`' {
				i += 1 + j
			}
		case c == '%' && i+1 < len(src) && src[i+1] == '%':
			if open < 0 {
				open = i
				i++
				continue
			}
			if !copied {
				out, copied = bytes.Clone(src), true
			}
			for k := open; k <= i+1; k++ {
				if out[k] != '\n' {
					out[k] = ' '
				}
			}
			open = -1
			i++
		}
	}
	return out
}

// withoutTags drops Obsidian tags from a heading ("Founding #history"
// reads "Founding"): a tag is "#" then a word with a letter in it, as
// Obsidian reads them ("#1" is no tag).
func withoutTags(h string) string {
	if !strings.Contains(h, "#") {
		return h
	}
	ws := strings.Fields(h)
	kept := ws[:0]
	for _, w := range ws {
		if !isTag(w) {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		return h
	}
	return strings.Join(kept, " ")
}

func isTag(w string) bool {
	if len(w) < 2 || w[0] != '#' {
		return false
	}
	letter := false
	for _, r := range w[1:] {
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127:
			letter = true
		case r >= '0' && r <= '9' || r == '-' || r == '_' || r == '/':
		default:
			return false
		}
	}
	return letter
}

// mathBlock reports whether a paragraph is display math ("$$" opening its
// first line): a formula, not prose ("E = mc^2 \text{ in 1905}" gave a
// date).
func (p *noteParser) mathBlock(n ast.Node) bool {
	l := n.Lines()
	if l == nil || l.Len() == 0 {
		return false
	}
	first := l.At(0)
	return bytes.HasPrefix(bytes.TrimSpace(first.Value(p.src)), []byte("$$"))
}
