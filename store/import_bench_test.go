package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/notes"
)

// benchImport is a corpus-shaped import: 2,000 notes of 50 cards.
func benchImport() ImportRequest {
	req := ImportRequest{Now: time.Now()}
	for n := 0; n < 2000; n++ {
		path := fmt.Sprintf("corpus/channel-%03d/note-%05d.md", n%400, n)
		ni := NoteImport{Path: path, Title: fmt.Sprintf("Note %d", n), VideoID: "vid" + fmt.Sprint(n), Hash: fmt.Sprintf("%032x", n)}
		for i := 0; i < 50; i++ {
			f := notes.Fact{Kind: notes.Date, Subject: "the subject of the fact", Answer: fmt.Sprint(1900 + i),
				Sentence: fmt.Sprintf("In %d something of note happened to the subject of the fact, as the video explains.", 1900+i),
				Heading:  []string{"Top heading", "Second level"}, Note: path, Line: i + 3, T: 60 * i,
				URL: "https://www.youtube.com/watch?v=vid&t=60s", Cue: "something of note happened"}
			req.Changed = append(req.Changed, ni)
			ni.Cards = append(ni.Cards, cards.Card{ID: fmt.Sprintf("%016x", (n*50+i)*2654435761), Type: cards.MC,
				Question: "When did something of note happen to the subject of the fact?", Answer: f.Answer,
				Choices: []string{"1890", "1900", "1910", "1920"}, Key: 1, Kind: notes.Date, Score: 0.8,
				Siblings: fmt.Sprintf("%016x", n*50+i), Fact: f})
			req.Changed = req.Changed[:len(req.Changed)-1]
		}
		req.Changed = append(req.Changed, ni)
		req.Seen = append(req.Seen, path)
	}
	return req
}

func BenchmarkImportStore(b *testing.B) {
	req := benchImport()
	n := 0
	for _, ni := range req.Changed {
		n += len(ni.Cards)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := Open(context.Background(), filepath.Join(b.TempDir(), "import.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		sum, err := db.Import(context.Background(), req)
		if err != nil || sum.Added != n {
			b.Fatal(sum, err)
		}
		b.ReportMetric(float64(time.Since(start).Microseconds())/float64(n), "us/card")
		// The same notes again, all cards unchanged (force re-read).
		b.StopTimer()
		db.Close()
	}
}
