package quiz

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestMarkdownGolden(t *testing.T) {
	q := build(t, Options{N: 10, Seed: 7, Versions: 2, Title: "Velmar review"})
	var b bytes.Buffer
	if err := Markdown(&b, q, RenderOptions{Papers: true, Key: true, Sources: true}); err != nil {
		t.Fatal(err)
	}
	golden(t, "quiz.md.golden", b.Bytes())
	b.Reset()
	if err := Markdown(&b, q, RenderOptions{Key: true}); err != nil {
		t.Fatal(err)
	}
	golden(t, "key.md.golden", b.Bytes())
}

func TestHTMLGolden(t *testing.T) {
	q := build(t, Options{N: 10, Seed: 7, Versions: 2, Title: "Velmar review"})
	var b bytes.Buffer
	if err := HTML(&b, q, RenderOptions{Papers: true, Key: true, Sources: true, Paper: PaperLetter}); err != nil {
		t.Fatal(err)
	}
	golden(t, "quiz.html.golden", b.Bytes())
}

// TestHTMLHostile: note text with markup prints as text, never as markup.
func TestHTMLHostile(t *testing.T) {
	q := build(t, Options{N: 20, Types: []Type{MC, QA, TF, Cloze}, Note: "Council disputes", Heading: "Hostile", Seed: 1, Title: "<script>alert('title')</script>"})
	var b bytes.Buffer
	if err := HTML(&b, q, RenderOptions{Papers: true, Key: true, Sources: true}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<script", "<img", "<b>"} {
		if strings.Contains(strings.ToLower(out), bad) {
			t.Errorf("HTML holds raw %q", bad)
		}
	}
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;", "&amp; more"} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks escaped %q", want)
		}
	}
	b.Reset()
	if err := Markdown(&b, q, RenderOptions{Papers: true, Key: true, Sources: true}); err != nil {
		t.Fatal(err)
	}
	if md := b.String(); strings.Count(md, "<") != strings.Count(md, `\<`) || !strings.Contains(md, `\<img src=x`) {
		t.Errorf("Markdown holds raw HTML a viewer would run:\n%s", b.String())
	}
}

// pdfText renders the quiz as PDF and extracts its text with pdftotext.
func pdfText(t *testing.T, q *Quiz, o RenderOptions) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatalf("pdftotext not found (apt-get install poppler-utils): %v", err)
	}
	var b bytes.Buffer
	if err := PDF(&b, q, o); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "quiz.pdf")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", path, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	return string(out)
}

func TestPDFText(t *testing.T) {
	q := build(t, Options{N: 12, Seed: 7, Types: []Type{MC, QA, TF, Cloze}, Title: "Velmar review"})
	for _, paper := range []string{PaperA4, PaperLetter} {
		text := pdfText(t, q, RenderOptions{Papers: true, Key: true, Sources: true, Paper: paper})
		squash := strings.Join(strings.Fields(text), " ")
		want := []string{"Velmar review", "Quiz " + q.ID + "-A", "25 November 2026", "Name:", "Score:", "Answer key: quiz " + q.ID + "-A", "seed 7", "Tiranë", "Ümit", "Đặng Văn Lâm", "youtube.com/watch?v="}
		for _, qq := range q.Versions[0].Questions {
			want = append(want, strings.Join(strings.Fields(qq.Prompt), " ")[:20])
			for i, o := range qq.Options {
				want = append(want, Letter(i)+") "+o)
			}
			want = append(want, qq.Sources[0].Sentence[:20])
		}
		for _, w := range want {
			if !strings.Contains(squash, w) {
				t.Errorf("%s PDF lacks %q", paper, w)
			}
		}
		// The key lists every question's answer after "N.".
		key := squash[strings.Index(squash, "Answer key"):]
		for _, qq := range q.Versions[0].Questions {
			if !strings.Contains(key, qq.KeyText()) {
				t.Errorf("%s PDF key lacks %q", paper, qq.KeyText())
			}
		}
	}
}

func TestPDFPaperSize(t *testing.T) {
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Fatalf("pdfinfo not found (apt-get install poppler-utils): %v", err)
	}
	q := build(t, Options{N: 3, Seed: 1})
	for paper, want := range map[string]string{PaperA4: "595.28 x 841.89", PaperLetter: "612 x 792"} {
		var b bytes.Buffer
		if err := PDF(&b, q, RenderOptions{Papers: true, Paper: paper}); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "q.pdf")
		os.WriteFile(path, b.Bytes(), 0o644)
		out, err := exec.Command("pdfinfo", path).CombinedOutput()
		if err != nil || !strings.Contains(string(out), want) {
			t.Errorf("%s: pdfinfo says %s (err %v), want page size %s", paper, out, err, want)
		}
	}
	// Same quiz, same bytes: no clock inside.
	var a, b bytes.Buffer
	PDF(&a, q, RenderOptions{Papers: true, Key: true})
	PDF(&b, q, RenderOptions{Papers: true, Key: true})
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two renderings of one quiz differ")
	}
}
