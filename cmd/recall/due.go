package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/recall-srs/recall/store"
	"github.com/spf13/cobra"
)

func newDueCmd(app *App) *cobra.Command {
	var jsonOut bool
	cmd := &cobra.Command{
		Use:   "due",
		Short: "Show what is due now, today and in the next 7 days",
		Long: `Show how many cards are due now, today (the study day ends at day-start,
4 am local time by default) and on each of the next 7 days. New cards count
up to what the daily new-limit still allows.`,
		Example: `  recall due
  recall due --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			db, cfg, err := openWithConfig(ctx, app, false)
			if err != nil {
				return err
			}
			defer db.Close()
			f, err := db.Due(ctx, app.Now(), store.QueueFor(cfg, time.Local), 7)
			if err != nil {
				return err
			}
			if jsonOut {
				return storeJSON(app, f)
			}
			printDue(app, f)
			return nil
		},
	}
	cmd.Flags().BoolVar(&jsonOut, "json", false, "print JSON")
	return cmd
}

func printDue(app *App, f store.DueForecast) {
	w := app.Out
	fmt.Fprintf(w, "Due now:    %d (%d learning, %d review)\n", f.NowLearning+f.NowReview, f.NowLearning, f.NowReview)
	review := f.TodayReview
	limited := ""
	if review > f.ReviewLimit {
		limited = fmt.Sprintf(", %d over the daily review limit wait", review-f.ReviewLimit)
		review = f.ReviewLimit
	}
	fmt.Fprintf(w, "Today:      %d (%d learning, %d review, %d new%s)\n",
		f.TodayLearning+review+f.TodayNew, f.TodayLearning, review, f.TodayNew, limited)
	fmt.Fprintln(w, "Next 7 days:")
	most := 1
	for _, d := range f.Days {
		most = max(most, d.Due)
	}
	for _, d := range f.Days {
		day, _ := time.Parse("2006-01-02", d.Date)
		bar := strings.Repeat("#", (d.Due*30+most-1)/most)
		fmt.Fprintf(w, "  %s %s %5d %s\n", day.Format("Mon"), d.Date, d.Due, bar)
	}
	if f.Suspended > 0 || f.Buried > 0 {
		fmt.Fprintf(w, "Hidden:     %d suspended (%d leeches), %d buried\n", f.Suspended, f.Leeches, f.Buried)
	}
}
