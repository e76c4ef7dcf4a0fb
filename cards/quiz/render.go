package quiz

import (
	"embed"
	"fmt"
	htmltemplate "html/template"
	"io"
	"strings"
	texttemplate "text/template"
)

// Paper sizes for HTML and PDF.
const (
	PaperA4     = "a4"
	PaperLetter = "letter"
)

// RenderOptions says what to put in a rendered file.
type RenderOptions struct {
	Papers  bool   // the question papers, one per version
	Key     bool   // the answer keys, after the papers when both are set
	Sources bool   // each answer's source sentence and video link in the key
	Paper   string // a4 (default) or letter
}

//go:embed templates
var templateFS embed.FS

// page is what the templates see.
type page struct {
	*Quiz
	RenderOptions
	Date string
}

func newPage(q *Quiz, o RenderOptions) page {
	if o.Paper == "" {
		o.Paper = PaperA4
	}
	p := page{Quiz: q, RenderOptions: o}
	if !q.Created.IsZero() {
		p.Date = q.Created.Format("2 January 2006")
	}
	return p
}

// Label is the ID printed on one version: "K3M9QX-A".
func (p page) VersionLabel(v Version) string { return p.ID + "-" + v.Letter }

var funcs = map[string]any{
	"letter":  Letter,
	"add1":    func(i int) int { return i + 1 },
	"md":      mdText,
	"mdcell":  func(s string) string { return strings.ReplaceAll(mdText(s), "|", `\|`) },
	"pairs":   func(q Question) []int { return seq(len(q.Left)) },
	"at":      func(s []string, i int) string { return s[i] },
	"blank":   func(q Question) bool { return q.Type == QA || q.Type == Cloze },
	"ismatch": func(q Question) bool { return q.Type == Match },
	"key":     func(q Question) string { return q.KeyText() },
	"pairkey": func(q Question, i int) string {
		return fmt.Sprintf("%d%s", i+1, Letter(q.Pairs[i]))
	},
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// mdText keeps note text from being read as Markdown structure or raw HTML
// by a Markdown viewer, while leaving it readable as plain text.
var mdReplacer = strings.NewReplacer(`\`, `\\`, "<", `\<`, "`", "\\`", "[", `\[`, "]", `\]`, "*", `\*`)

func mdText(s string) string { return mdReplacer.Replace(s) }

var (
	mdTmpl   = texttemplate.Must(texttemplate.New("quiz.md.tmpl").Funcs(funcs).ParseFS(templateFS, "templates/quiz.md.tmpl"))
	htmlTmpl = htmltemplate.Must(htmltemplate.New("quiz.html.tmpl").Funcs(funcs).ParseFS(templateFS, "templates/quiz.html.tmpl"))
)

// Markdown writes the quiz as Markdown.
func Markdown(w io.Writer, q *Quiz, o RenderOptions) error {
	if err := mdTmpl.Execute(w, newPage(q, o)); err != nil {
		return fmt.Errorf("render markdown: %w", err)
	}
	return nil
}

// HTML writes the quiz as one self-contained HTML page with print CSS; all
// note text is escaped by html/template.
func HTML(w io.Writer, q *Quiz, o RenderOptions) error {
	if err := htmlTmpl.Execute(w, newPage(q, o)); err != nil {
		return fmt.Errorf("render html: %w", err)
	}
	return nil
}
