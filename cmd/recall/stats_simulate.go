package main

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/store/simulate"
)

// newStatsSimulateCmd fills an empty collection with a simulated history, so
// that the report can be tried (and tested) before months of real study.
func newStatsSimulateCmd(app *App) *cobra.Command {
	var o struct {
		days, notes, perNote, newPerDay int
		seed                            uint64
		undo                            float64
		json                            bool
	}
	cmd := &cobra.Command{
		Use:   "simulate",
		Short: "Fill a collection without reviews with a simulated history (for trying stats)",
		Long: `Simulate a learner who studied the cards of the collection for the last
--days days, answering with the FSRS recall probability (deterministic for a
--seed). A collection without cards first gets a made-up deck. A collection
that already holds reviews is refused: simulated answers never mix with real
ones.`,
		Example: `  recall --db /tmp/try.db stats simulate --days 365
  recall --db /tmp/try.db stats`,
		Hidden: true,
		Args:   cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.days < 1 || o.days > 3650 {
				return usageError{msg: fmt.Sprintf("--days must be between 1 and 3650, got %d", o.days)}
			}
			ctx := cmd.Context()
			db, err := openCollection(ctx, app, true)
			if err != nil {
				return err
			}
			defer db.Close()
			var reviews, cardCount int
			if err := db.SQL().QueryRowContext(ctx, `SELECT (SELECT count(*) FROM revlog), (SELECT count(*) FROM cards)`).Scan(&reviews, &cardCount); err != nil {
				return fmt.Errorf("%s: %w", db.Path(), err)
			}
			if reviews > 0 {
				return fmt.Errorf("%s already holds %d reviews; simulate only fills an empty history", db.Path(), reviews)
			}
			now := app.Now()
			start := now.AddDate(0, 0, 1-o.days)
			if cardCount == 0 {
				if err := simulate.Deck(ctx, db, start, o.notes, o.perNote); err != nil {
					return err
				}
			}
			cfg, err := db.Config(ctx)
			if err != nil {
				return err
			}
			fsrs, err := scheduler.NewFSRS(cfg)
			if err != nil {
				return err
			}
			sum, err := simulate.Run(ctx, db, fsrs, fsrs, simulate.Options{
				Seed: o.seed, Start: start, Days: o.days, End: now, NewPerDay: o.newPerDay, ReviewLimit: -1,
				DayStartHour: cfg.DayStart, Loc: now.Location(), SkipDays: 0.1, Undo: o.undo,
			})
			if err != nil {
				return err
			}
			if o.json {
				return json.NewEncoder(app.Out).Encode(sum)
			}
			fmt.Fprintf(app.Out, "simulated %d answers on %d of %d days ending %s (%d undone)\n",
				sum.Answers, sum.Days, o.days, now.Format(time.DateOnly), sum.Undone)
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.days, "days", 365, "days of history to simulate, ending now")
	f.Uint64Var(&o.seed, "seed", 1, "random seed; the same seed gives the same history")
	f.IntVar(&o.notes, "notes", 12, "notes in the made-up deck (only for a collection without cards)")
	f.IntVar(&o.perNote, "cards", 30, "cards per note in the made-up deck")
	f.IntVar(&o.newPerDay, "new", 2, "new cards per day")
	f.Float64Var(&o.undo, "undo", 0.02, "share of answers undone and answered again")
	f.BoolVar(&o.json, "json", false, "print the summary as JSON")
	return cmd
}
