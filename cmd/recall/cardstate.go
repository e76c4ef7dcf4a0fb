package main

import (
	"context"
	"fmt"
	"time"

	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/store"
	"github.com/spf13/cobra"
)

// cardStateCmd describes one of the commands that change the state of the
// cards named by their IDs; they differ only in the change and its words.
type cardStateCmd struct {
	use, short, long, example string
	// change applies the state to the cards and says what it did
	change func(ctx context.Context, app *App, db *store.DB, cfg scheduler.Config, ids []string) (string, error)
}

// newCardStateCmds builds suspend, unsuspend and bury: each takes card IDs
// (as shown by 'recall cards' and 'recall review') and changes all of them
// or, when one ID is unknown, none.
func newCardStateCmds(app *App) []*cobra.Command {
	specs := []cardStateCmd{{
		use:   "suspend ID...",
		short: "Hide cards from reviews until they are unsuspended",
		example: `  recall suspend 3f9a2c1b7d4e
  recall suspend 3f9a2c1b7d4e 8b1e44a0c2f9`,
		change: func(ctx context.Context, _ *App, db *store.DB, _ scheduler.Config, ids []string) (string, error) {
			return "suspended " + nCards(len(ids)), db.Suspend(ctx, ids...)
		},
	}, {
		use:     "unsuspend ID...",
		short:   "Put suspended cards (leeches too) back into reviews",
		example: `  recall unsuspend 3f9a2c1b7d4e`,
		change: func(ctx context.Context, _ *App, db *store.DB, _ scheduler.Config, ids []string) (string, error) {
			return "unsuspended " + nCards(len(ids)), db.Unsuspend(ctx, ids...)
		},
	}, {
		use:   "bury ID...",
		short: "Hide cards until the next study day starts",
		long: `Hide cards until the next study day starts (day-start, 4 am local time
by default). Answering a card buries its siblings the same way.`,
		example: `  recall bury 3f9a2c1b7d4e`,
		change: func(ctx context.Context, app *App, db *store.DB, cfg scheduler.Config, ids []string) (string, error) {
			until := scheduler.BuryUntil(app.Now(), time.Local, cfg.DayStart)
			return fmt.Sprintf("buried %s until %s", nCards(len(ids)), until.Format("Mon 2 Jan 15:04")), db.Bury(ctx, until, ids...)
		},
	}}
	var cmds []*cobra.Command
	for _, s := range specs {
		cmds = append(cmds, &cobra.Command{
			Use:     s.use,
			Short:   s.short,
			Long:    s.long,
			Example: s.example,
			Args:    cobra.MinimumNArgs(1),
			RunE: func(cmd *cobra.Command, ids []string) error {
				db, cfg, err := openWithConfig(cmd.Context(), app, false)
				if err != nil {
					return err
				}
				defer db.Close()
				done, err := s.change(cmd.Context(), app, db, cfg, ids)
				if err != nil {
					return err
				}
				fmt.Fprintln(app.Out, done)
				return nil
			},
		})
	}
	return cmds
}

// nCards says "1 card" or "3 cards".
func nCards(n int) string { return plural(n, "card") }
