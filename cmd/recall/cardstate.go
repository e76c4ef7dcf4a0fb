package main

import (
	"fmt"
	"time"

	"github.com/recall-srs/recall/scheduler"
	"github.com/spf13/cobra"
)

// newCardStateCmds builds suspend, unsuspend and bury: each takes card IDs
// (as shown by 'recall cards' and 'recall review') and changes all of them
// or, when one ID is unknown, none.
func newCardStateCmds(app *App) []*cobra.Command {
	suspend := &cobra.Command{
		Use:   "suspend ID...",
		Short: "Hide cards from reviews until they are unsuspended",
		Example: `  recall suspend 3f9a2c1b7d4e
  recall suspend 3f9a2c1b7d4e 8b1e44a0c2f9`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := openCollection(cmd.Context(), app, false)
			if err != nil {
				return err
			}
			defer db.Close()
			if err := db.Suspend(cmd.Context(), args...); err != nil {
				return err
			}
			fmt.Fprintf(app.Out, "suspended %s\n", nCards(len(args)))
			return nil
		},
	}
	unsuspend := &cobra.Command{
		Use:     "unsuspend ID...",
		Short:   "Put suspended cards (leeches too) back into reviews",
		Example: `  recall unsuspend 3f9a2c1b7d4e`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := openCollection(cmd.Context(), app, false)
			if err != nil {
				return err
			}
			defer db.Close()
			if err := db.Unsuspend(cmd.Context(), args...); err != nil {
				return err
			}
			fmt.Fprintf(app.Out, "unsuspended %s\n", nCards(len(args)))
			return nil
		},
	}
	bury := &cobra.Command{
		Use:   "bury ID...",
		Short: "Hide cards until the next study day starts",
		Long: `Hide cards until the next study day starts (day-start, 4 am local time
by default). Answering a card buries its siblings the same way.`,
		Example: `  recall bury 3f9a2c1b7d4e`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := openCollection(cmd.Context(), app, false)
			if err != nil {
				return err
			}
			defer db.Close()
			cfg, err := db.Config(cmd.Context())
			if err != nil {
				return err
			}
			until := scheduler.BuryUntil(app.Now(), time.Local, cfg.DayStart)
			if err := db.Bury(cmd.Context(), until, args...); err != nil {
				return err
			}
			fmt.Fprintf(app.Out, "buried %s until %s\n", nCards(len(args)), until.Format("Mon 2 Jan 15:04"))
			return nil
		},
	}
	return []*cobra.Command{suspend, unsuspend, bury}
}

// nCards says "1 card" or "3 cards".
func nCards(n int) string {
	if n == 1 {
		return "1 card"
	}
	return fmt.Sprintf("%d cards", n)
}
