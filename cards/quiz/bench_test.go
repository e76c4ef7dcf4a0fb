package quiz

import (
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/notes"
)

// manyCandidates makes n facts with four cards each, spread over notes of
// 40 facts, with sentences of ordinary length.
func manyCandidates(n int) []Candidate {
	kinds := []notes.Kind{notes.Date, notes.Response, notes.Population, notes.Quantity}
	var out []Candidate
	for i := range n {
		note := fmt.Sprintf("Invented note %d", i/40)
		subject := fmt.Sprintf("the council of district %d (Tiranë Ümit Đặng)", i)
		ans := fmt.Sprintf("%d", 1700+i%300)
		sentence := fmt.Sprintf("In the long report on district %d the council of district %d settled on %s after a year of debate about the harbour.", i, i, ans)
		fact := notes.Fact{Kind: kinds[i%len(kinds)], Subject: subject, Answer: ans, Sentence: sentence, Note: note + ".md", Title: note,
			Heading: []string{"Part", fmt.Sprintf("Section %d", i%7)}, Line: i, T: i, URL: fmt.Sprintf("https://www.youtube.com/watch?v=x%d&t=%ds", i/40, i)}
		key := fmt.Sprintf("k%d", i)
		for j, c := range []cards.Card{
			{ID: key + "qa", Type: cards.QA, Question: "What did the council of district " + fmt.Sprint(i) + " settle on?", Answer: ans, Key: -1},
			{ID: key + "cl", Type: cards.Cloze, Question: "In the long report the council settled on _____ after a year of debate.", Answer: ans, Key: -1},
			{ID: key + "mc", Type: cards.MC, Question: "What did the council of district " + fmt.Sprint(i) + " settle on?", Answer: ans, Choices: []string{ans, "1650", "1999", "2001"}, Key: 0},
			{ID: key + "tf", Type: cards.TF, Question: sentence, Answer: "true", Key: 0},
		} {
			c.Kind, c.Siblings, c.Fact, c.Score = fact.Kind, key, fact, float64(i%10)/10
			out = append(out, Candidate{Card: c, Note: note, Heading: "Part › Section", Position: int64(4*i + j),
				Due: time.Unix(int64(i)*3600, 0), Retrievability: float64(i%97) / 97})
		}
	}
	return out
}

func benchBuild(b *testing.B, facts, n int) (*Quiz, []Candidate) {
	cands := manyCandidates(facts)
	q, err := Build(cands, Options{N: n, Seed: 1, Created: fixtureTime})
	if err != nil {
		b.Fatal(err)
	}
	if len(q.Versions[0].Questions) != n {
		b.Fatalf("got %d questions, want %d", len(q.Versions[0].Questions), n)
	}
	return q, cands
}

// BenchmarkPDF100 is the target: a 100-question PDF with its key and sources.
func BenchmarkPDF100(b *testing.B) {
	q, _ := benchBuild(b, 400, 100)
	b.ResetTimer()
	for b.Loop() {
		if err := PDF(io.Discard, q, RenderOptions{Papers: true, Key: true, Sources: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildAndPDF100 adds picking 100 questions from 4,000 cards.
func BenchmarkBuildAndPDF100(b *testing.B) {
	cands := manyCandidates(1000)
	b.ResetTimer()
	for b.Loop() {
		q, err := Build(cands, Options{N: 100, Seed: 1, Created: fixtureTime})
		if err != nil {
			b.Fatal(err)
		}
		if err := PDF(io.Discard, q, RenderOptions{Papers: true, Key: true, Sources: true}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPDF1000(b *testing.B) {
	q, _ := benchBuild(b, 3000, 1000)
	b.ResetTimer()
	for b.Loop() {
		if err := PDF(io.Discard, q, RenderOptions{Papers: true, Key: true, Sources: true}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHTML1000(b *testing.B) {
	q, _ := benchBuild(b, 3000, 1000)
	b.ResetTimer()
	for b.Loop() {
		if err := HTML(io.Discard, q, RenderOptions{Papers: true, Key: true, Sources: true}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarkdown1000(b *testing.B) {
	q, _ := benchBuild(b, 3000, 1000)
	b.ResetTimer()
	for b.Loop() {
		if err := Markdown(io.Discard, q, RenderOptions{Papers: true, Key: true, Sources: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestThousandQuestions checks a 1,000-question quiz in three versions holds
// every question once per version (the timing is in the benchmarks).
func TestThousandQuestions(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	cands := manyCandidates(1200)
	q, err := Build(cands, Options{N: 1000, Seed: 2, Versions: 3, Created: fixtureTime})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range q.Versions {
		if len(v.Questions) != 1000 {
			t.Fatalf("version %s has %d questions", v.Letter, len(v.Questions))
		}
		seen := map[string]bool{}
		for _, qq := range v.Questions {
			for _, c := range qq.Cards {
				if seen[c] {
					t.Fatalf("version %s asks card %s twice", v.Letter, c)
				}
				seen[c] = true
			}
		}
	}
}
