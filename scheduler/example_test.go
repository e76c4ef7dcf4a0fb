package scheduler_test

import (
	"fmt"
	"time"

	"github.com/recall-srs/recall/scheduler"
)

func Example() {
	cfg := scheduler.DefaultConfig()
	if err := cfg.Set("retention", "1.5"); err != nil {
		fmt.Println(err)
	}
	cfg.Fuzz = false // keep the example's intervals round
	s, err := cfg.NewScheduler()
	if err != nil {
		panic(err)
	}

	now := time.Date(2025, 1, 6, 9, 0, 0, 0, time.UTC)
	card := scheduler.Memory{State: scheduler.New, Due: now}
	seed := scheduler.CardSeed("card-1")
	fmt.Println(scheduler.PreviewLine(scheduler.Preview(s, card, now, seed), now, false))

	card, log := s.Next(card, now, scheduler.Good, seed)
	fmt.Println(log.StateBefore, "->", card.State, "due in", scheduler.FormatInterval(card.Due.Sub(now)))
	now = card.Due
	card, _ = s.Next(card, now, scheduler.Good, seed)
	fmt.Printf("%v, S=%.4f D=%.4f, due in %s\n", card.State, card.Stability, card.Difficulty, scheduler.FormatInterval(card.Due.Sub(now)))
	// Output:
	// retention must be between 0.70 and 0.99, got "1.5"
	// Again 1m · Hard 6m · Good 10m · Easy 8d
	// New -> Learning due in 10m
	// Review, S=2.3065 D=2.1112, due in 2d
}
