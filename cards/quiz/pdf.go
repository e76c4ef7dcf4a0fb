package quiz

import (
	_ "embed"
	"fmt"
	"io"
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// dejaVuSans is DejaVu Sans (Bitstream Vera licence, see font/LICENSE). It
// covers Latin with every diacritic Vietnamese needs ("Đặng"), Greek and
// Cyrillic, so names in notes print as written; the Go fonts lack
// Vietnamese's stacked accents.
//
//go:embed font/DejaVuSans.ttf
var dejaVuSans []byte

const (
	pdfFont   = "DejaVu"
	pdfBody   = 11.0 // pt
	pdfSmall  = 8.5
	pdfTitle  = 17.0
	pdfLine   = 5.6 // mm per body line
	pdfSmallH = 4.2
	pdfIndent = 8.0 // mm: room for the question number
	pdfMargin = 18.0
)

// PDF writes the quiz as a PDF on A4 or Letter paper with the font embedded.
func PDF(w io.Writer, q *Quiz, o RenderOptions) error {
	size := "A4"
	if o.Paper == PaperLetter {
		size = "Letter"
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: size})
	pdf.AddUTF8FontFromBytes(pdfFont, "", dejaVuSans)
	pdf.SetMargins(pdfMargin, pdfMargin, pdfMargin)
	pdf.SetAutoPageBreak(true, pdfMargin)
	pdf.SetTitle(q.Title+" · quiz "+q.ID, true)
	pdf.SetCreator("recall", true)
	// fpdf stamps the current time unless told otherwise; the quiz's own
	// time keeps the output reproducible.
	pdf.SetCreationDate(q.Created)
	pdf.SetModificationDate(q.Created)
	r := &pdfRenderer{f: pdf, q: q, o: o, p: newPage(q, o)}
	pdf.SetFooterFunc(r.footer)
	if !o.Papers && !o.Key {
		pdf.AddPage() // an empty PDF would not open
	}
	if o.Papers {
		for i := range q.Versions {
			r.paper(&q.Versions[i])
		}
	}
	if o.Key {
		for i := range q.Versions {
			r.key(&q.Versions[i], i == 0)
		}
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	return nil
}

type pdfRenderer struct {
	f     *fpdf.Fpdf
	q     *Quiz
	o     RenderOptions
	p     page
	label string // printed in the footer of the current page
}

func (r *pdfRenderer) footer() {
	r.f.SetY(-12)
	r.f.SetFont(pdfFont, "", pdfSmall)
	r.f.SetTextColor(90, 90, 90)
	r.f.CellFormat(0, 4, fmt.Sprintf("%s · page %d", r.label, r.f.PageNo()), "", 0, "C", false, 0, "")
	r.f.SetTextColor(0, 0, 0)
}

func (r *pdfRenderer) width() float64 {
	w, _ := r.f.GetPageSize()
	return w - 2*pdfMargin
}

// fits starts a new page unless h mm fit above the bottom margin.
func (r *pdfRenderer) fits(h float64) {
	_, ph := r.f.GetPageSize()
	if r.f.GetY()+h > ph-pdfMargin {
		r.f.AddPage()
	}
}

// newPage starts a page; the label changes after AddPage because AddPage
// prints the footer of the page it closes.
func (r *pdfRenderer) newPage(label string) {
	r.f.AddPage()
	r.label = label
}

// lines is how many lines s takes in width w at the current font.
func (r *pdfRenderer) lines(s string, w float64) int {
	return max(1, len(r.f.SplitText(s, w)))
}

func (r *pdfRenderer) paper(v *Version) {
	f := r.f
	label := "Quiz " + r.p.VersionLabel(*v)
	r.newPage(label)
	f.SetFont(pdfFont, "", pdfTitle)
	f.MultiCell(0, 8, r.q.Title, "", "L", false)
	f.SetFont(pdfFont, "", pdfBody)
	meta := label
	if r.p.Date != "" {
		meta += " · " + r.p.Date
	}
	f.CellFormat(0, pdfLine, meta, "", 1, "L", false, 0, "")
	f.Ln(3)
	// Name and score lines.
	x, y := f.GetX(), f.GetY()
	f.CellFormat(14, pdfLine, "Name:", "", 0, "L", false, 0, "")
	f.Line(x+14, y+pdfLine, x+r.width()-48, y+pdfLine)
	f.SetX(x + r.width() - 44)
	f.CellFormat(14, pdfLine, "Score:", "", 0, "L", false, 0, "")
	f.Line(x+r.width()-29, y+pdfLine, x+r.width()-14, y+pdfLine)
	f.SetX(x + r.width() - 13)
	f.CellFormat(13, pdfLine, fmt.Sprintf("/ %d", len(v.Questions)), "", 1, "L", false, 0, "")
	f.Ln(5)
	for _, q := range v.Questions {
		r.question(q)
	}
}

func (r *pdfRenderer) question(q Question) {
	f := r.f
	f.SetFont(pdfFont, "", pdfBody)
	left := pdfMargin
	w := r.width() - pdfIndent
	prompt := q.Prompt
	if q.Type == TF {
		prompt = "True or false: " + prompt
	}
	// Keep a question on one page: measure it first.
	need := float64(r.lines(prompt, w)) * pdfLine
	switch q.Type {
	case MC:
		for _, o := range q.Options {
			need += float64(r.lines(o, w-7)) * pdfLine
		}
	case TF:
		need += pdfLine
	case Match:
		need += pdfLine
		for i := range q.Left {
			need += float64(max(r.lines(q.Left[i], w*0.38-10), r.lines(q.Right[i], w*0.62-7))) * pdfLine
		}
		need += 2 * pdfLine
	default:
		need += 9
	}
	r.fits(need + 3)
	f.SetX(left)
	f.CellFormat(pdfIndent, pdfLine, fmt.Sprintf("%d.", q.N), "", 0, "L", false, 0, "")
	f.MultiCell(w, pdfLine, prompt, "", "L", false)
	x := left + pdfIndent
	switch q.Type {
	case MC:
		for i, o := range q.Options {
			f.SetX(x)
			f.CellFormat(7, pdfLine, Letter(i)+")", "", 0, "L", false, 0, "")
			f.MultiCell(w-7, pdfLine, o, "", "L", false)
		}
	case TF:
		f.SetX(x)
		f.CellFormat(w, pdfLine, "a) True        b) False", "", 1, "L", false, 0, "")
	case Match:
		// Answers (dates, names) are short; the sentences get the room.
		col, colR := w*0.38, w*0.62
		f.SetX(x)
		f.SetTextColor(90, 90, 90)
		f.CellFormat(col, pdfLine, q.Columns[0], "", 0, "L", false, 0, "")
		f.CellFormat(colR, pdfLine, q.Columns[1], "", 1, "L", false, 0, "")
		f.SetTextColor(0, 0, 0)
		for i := range q.Left {
			y := f.GetY()
			f.SetXY(x, y)
			f.CellFormat(6, pdfLine, fmt.Sprintf("%d", i+1), "", 0, "L", false, 0, "")
			f.MultiCell(col-10, pdfLine, q.Left[i], "", "L", false)
			y1 := f.GetY()
			f.SetXY(x+col, y)
			f.CellFormat(6, pdfLine, Letter(i)+")", "", 0, "L", false, 0, "")
			f.MultiCell(colR-7, pdfLine, q.Right[i], "", "L", false)
			f.SetY(max(y1, f.GetY()))
		}
		f.Ln(1.5)
		f.SetX(x)
		var b strings.Builder
		for i := range q.Left {
			fmt.Fprintf(&b, "%d ____    ", i+1)
		}
		f.CellFormat(w, pdfLine, strings.TrimSpace(b.String()), "", 1, "L", false, 0, "")
	default:
		y := f.GetY() + 7
		f.Line(x, y, x+w, y)
		f.SetY(y + 2)
	}
	f.Ln(3)
}

func (r *pdfRenderer) key(v *Version, first bool) {
	f := r.f
	label := "Answer key: quiz " + r.p.VersionLabel(*v)
	r.newPage(label)
	f.SetFont(pdfFont, "", 14)
	f.MultiCell(0, 7, label, "", "L", false)
	f.SetFont(pdfFont, "", pdfBody)
	if first {
		meta := r.q.Title
		if r.p.Date != "" {
			meta += " · " + r.p.Date
		}
		meta += fmt.Sprintf(" · seed %d", r.q.Seed)
		f.MultiCell(0, pdfLine, meta, "", "L", false)
	}
	f.Ln(3)
	w := r.width() - pdfIndent
	for _, q := range v.Questions {
		f.SetFont(pdfFont, "", pdfBody)
		need := float64(r.lines(q.KeyText(), w)) * pdfLine
		if r.o.Sources {
			need += 3 * pdfSmallH
		}
		r.fits(need)
		f.SetX(pdfMargin)
		f.CellFormat(pdfIndent, pdfLine, fmt.Sprintf("%d.", q.N), "", 0, "L", false, 0, "")
		f.MultiCell(w, pdfLine, q.KeyText(), "", "L", false)
		if r.o.Sources {
			f.SetFont(pdfFont, "", pdfSmall)
			f.SetTextColor(60, 60, 60)
			for i, s := range q.Sources {
				text := s.Sentence
				if q.Type == Match {
					text = fmt.Sprintf("%d%s: %s", i+1, Letter(q.Pairs[i]), text)
				}
				f.SetX(pdfMargin + pdfIndent)
				f.MultiCell(w, pdfSmallH, text, "", "L", false)
				where := s.Note
				if s.Heading != "" {
					where += " › " + s.Heading
				}
				f.SetX(pdfMargin + pdfIndent)
				if s.URL != "" {
					where += " · ▶ " + s.Time() + " " + s.URL
					f.MultiCell(w, pdfSmallH, where, "", "L", false)
					f.LinkString(pdfMargin+pdfIndent, f.GetY()-pdfSmallH, w, pdfSmallH, s.URL)
				} else {
					f.MultiCell(w, pdfSmallH, where, "", "L", false)
				}
			}
			f.SetTextColor(0, 0, 0)
		}
		f.Ln(1.5)
	}
}
