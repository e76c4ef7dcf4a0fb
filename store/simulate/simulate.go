// Package simulate fills a collection with a deterministic study history: a
// learner who studies most days, answers new cards by a fixed mix, and
// remembers each review card with the FSRS recall probability. Every answer
// goes through the store's public API (NextCard, RecordAnswer, UndoLast), so
// the history has exactly the shape a real review session leaves.
//
// It serves the statistics tests and `recall stats simulate`, which lets a
// newcomer see the report before months of study.
package simulate

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/notes"
	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/store"
)

// Options shape the simulated learner.
type Options struct {
	Seed         uint64
	Start        time.Time // the first study day (its date in Loc is what counts)
	Days         int       // days simulated
	End          time.Time // no answer after this instant (zero: no end)
	NewPerDay    int       // new cards per day
	ReviewLimit  int       // reviews per day
	DayStartHour int
	Loc          *time.Location
	SkipDays     float64 // share of days not studied at all
	Undo         float64 // share of answers taken back and answered again
}

// Summary counts what was simulated.
type Summary struct {
	Answers int `json:"answers"`
	Undone  int `json:"undone"`
	Days    int `json:"days_studied"`
}

// Deck imports a made-up deck of notes × perNote cards (our own wording) into
// db, for a collection without real notes.
func Deck(ctx context.Context, db *store.DB, now time.Time, noteCount, perNote int) error {
	topics := []string{"Rivers", "Mountains", "Planets", "Bridges", "Volcanoes", "Deserts", "Islands", "Lakes"}
	headings := []string{"Overview", "Size", "History", "Records"}
	var req store.ImportRequest
	req.Now = now
	for n := range noteCount {
		title := fmt.Sprintf("%s %d", topics[n%len(topics)], n/len(topics)+1)
		path := fmt.Sprintf("sim/%02d-%s.md", n, title)
		ni := store.NoteImport{Path: path, Title: title, Hash: fmt.Sprintf("sim-%d", n)}
		for i := range perNote {
			h := headings[i%len(headings)]
			q := fmt.Sprintf("In %s, what is measure number %d?", title, i+1)
			c := cards.Card{
				ID: fmt.Sprintf("sim-%02d-%03d", n, i), Type: cards.QA, Question: q,
				Answer: fmt.Sprint(100 + n*perNote + i), Key: -1, Kind: notes.Quantity, Score: 0.5,
				Siblings: fmt.Sprintf("sim-%02d-%03d", n, i),
				Fact: notes.Fact{Kind: notes.Quantity, Subject: title, Answer: fmt.Sprint(100 + n*perNote + i),
					Sentence: q, Heading: []string{title, h}, Note: path, Title: title, Line: i + 1, T: -1},
			}
			ni.Cards = append(ni.Cards, c)
		}
		req.Changed = append(req.Changed, ni)
		req.Seen = append(req.Seen, path)
	}
	req.Roots = []string{"sim/"}
	_, err := db.Import(ctx, req)
	return err
}

// Run simulates o.Days of study in db with the scheduler s; recall is drawn
// from fsrs's retrievability.
func Run(ctx context.Context, db *store.DB, s scheduler.Scheduler, fsrs *scheduler.FSRS, o Options) (Summary, error) {
	var sum Summary
	if o.Loc == nil {
		o.Loc = time.UTC
	}
	rng := rand.New(rand.NewPCG(o.Seed, o.Seed^0x5eed))
	q := store.Queue{NewLimit: o.NewPerDay, ReviewLimit: o.ReviewLimit, DayStartHour: o.DayStartHour, Loc: o.Loc}
	y, m, d := o.Start.In(o.Loc).Date()
	var seed uint64
	for day := range o.Days {
		if rng.Float64() < o.SkipDays {
			continue
		}
		sum.Days++
		// A morning session and an evening one that catches the learning steps.
		for _, hour := range []int{8, 19} {
			now := time.Date(y, m, d+day, hour, rng.IntN(60), rng.IntN(60), 0, o.Loc)
			for !o.End.IsZero() && now.Before(o.End) || o.End.IsZero() {
				c, err := db.NextCard(ctx, now, q)
				if err != nil {
					return sum, fmt.Errorf("simulate day %d: %w", day, err)
				}
				if c == nil {
					// Wait for the learning steps due within the next 20 minutes.
					later := now.Add(20 * time.Minute)
					if c, err = db.NextCard(ctx, later, q); err != nil || c == nil || c.Memory.State == scheduler.New || c.Memory.State == scheduler.Review {
						if err != nil {
							return sum, err
						}
						break
					}
					now = c.Memory.Due
				}
				took := time.Duration(4+rng.IntN(20)) * time.Second
				seed++
				rating := answer(rng, fsrs, c.Memory, now)
				if err := record(ctx, db, s, c, now, rating, took, seed); err != nil {
					return sum, err
				}
				sum.Answers++
				if rng.Float64() < o.Undo {
					back, err := db.UndoLast(ctx)
					if err != nil {
						return sum, fmt.Errorf("simulate undo: %w", err)
					}
					sum.Undone++
					other := scheduler.Rating(1 + rng.IntN(4))
					if err := record(ctx, db, s, back, now.Add(time.Second), other, took, seed); err != nil {
						return sum, err
					}
				}
				now = now.Add(took + time.Duration(rng.IntN(5))*time.Second)
			}
		}
	}
	return sum, nil
}

// answer is the simulated learner's grade: new cards by a fixed mix, others
// recalled with the FSRS probability.
func answer(rng *rand.Rand, fsrs *scheduler.FSRS, m scheduler.Memory, now time.Time) scheduler.Rating {
	u := rng.Float64()
	if m.State == scheduler.New {
		switch {
		case u < 0.25:
			return scheduler.Again
		case u < 0.35:
			return scheduler.Hard
		case u < 0.95:
			return scheduler.Good
		}
		return scheduler.Easy
	}
	p := fsrs.Retrievability(m, now)
	if m.State != scheduler.Review {
		p = max(p, 0.8) // short steps: mostly remembered
	}
	if u >= p {
		return scheduler.Again
	}
	switch v := rng.Float64(); {
	case v < 0.1:
		return scheduler.Hard
	case v < 0.95:
		return scheduler.Good
	}
	return scheduler.Easy
}

func record(ctx context.Context, db *store.DB, s scheduler.Scheduler, c *store.StoredCard, now time.Time, r scheduler.Rating, took time.Duration, seed uint64) error {
	next, log := s.Next(c.Memory, now, r, seed)
	_, err := db.RecordAnswer(ctx, store.Answer{CardID: c.ID, Before: c.Memory, After: next, Log: log,
		Duration: took, Source: "review", BuryUntil: now.Add(time.Minute)})
	if err != nil {
		return fmt.Errorf("simulate answer: %w", err)
	}
	return nil
}
