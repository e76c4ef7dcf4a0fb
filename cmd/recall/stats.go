package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/recall-srs/recall/cmd/recall/report"
	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/scheduler/stats"
	"github.com/recall-srs/recall/store"
)

type statsOptions struct {
	JSON  bool
	Days  int
	Note  string
	HTML  string
	PNG   string
	Width int
}

func newStatsCmd(app *App) *cobra.Command {
	opts := &statsOptions{}
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Show progress: reviews, streaks, true retention, forecast, mastery",
		Long: `Show how study is going: today's work and the streak, reviews per day with
a calendar of the last year, true retention (as Anki measures it: the first
review of a card each day, Again fails, Hard/Good/Easy pass) for young and
mature cards next to the desired retention, the cards due in the next 30 days,
card counts by state, the spread of stability, difficulty and recall
probability, mastery per note and heading (weakest first), the hardest cards,
and the estimated total knowledge (average recall now × cards seen).

A study day starts at the day-start hour (default 4 a.m.) in local time.`,
		Example: `  recall stats                       # the report in the terminal
  recall stats --days 90             # reviews per day over the last 90 days
  recall stats --note "Moon landing" # only the cards of one note
  recall stats --json | jq .true_retention.month
  recall stats --html report.html    # one page with charts, printable
  recall stats --png charts/         # each chart as a PNG file`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Days < 1 || opts.Days > 3650 {
				return usageError{msg: fmt.Sprintf("--days must be between 1 and 3650, got %d", opts.Days)}
			}
			if cmd.Flags().Changed("width") && opts.Width < report.MinWidth {
				return usageError{msg: fmt.Sprintf("--width must be at least %d, got %d", report.MinWidth, opts.Width)}
			}
			return runStats(cmd.Context(), app, opts)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&opts.JSON, "json", false, "print every figure as JSON")
	f.IntVar(&opts.Days, "days", 30, "days in the reviews-per-day chart")
	f.StringVar(&opts.Note, "note", "", "narrow everything to the note with this title (or path)")
	f.StringVar(&opts.HTML, "html", "", "write a self-contained HTML report with charts to this file")
	f.StringVar(&opts.PNG, "png", "", "write the charts as PNG files into this directory")
	f.IntVar(&opts.Width, "width", 0, "terminal width to fit (default: the terminal's, else $COLUMNS, else 80)")
	cmd.AddCommand(newStatsSimulateCmd(app))
	return cmd
}

func runStats(ctx context.Context, app *App, opts *statsOptions) error {
	db, err := openCollection(ctx, app, false)
	if err != nil {
		return err
	}
	defer db.Close()
	f, err := collectStats(ctx, db, app.Now(), opts)
	if err != nil {
		return err
	}
	if opts.HTML != "" {
		var buf bytes.Buffer
		if err := report.HTML(&buf, f); err != nil {
			return err
		}
		if err := os.WriteFile(opts.HTML, buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("write html report: %w", err)
		}
		fmt.Fprintf(app.Err, "wrote %s\n", opts.HTML)
	}
	if opts.PNG != "" {
		if err := writePNGs(app, opts.PNG, f); err != nil {
			return err
		}
	}
	switch {
	case opts.JSON:
		enc := json.NewEncoder(app.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(f)
	case opts.HTML != "" || opts.PNG != "":
		return nil
	}
	return report.Text(app.Out, f, terminalWidth(app, opts.Width))
}

// collectStats reads what the figures need and computes them.
func collectStats(ctx context.Context, db *store.DB, now time.Time, opts *statsOptions) (stats.Figures, error) {
	cfg, err := db.Config(ctx)
	if err != nil {
		return stats.Figures{}, err
	}
	fsrs, err := scheduler.NewFSRS(cfg)
	if err != nil {
		return stats.Figures{}, fmt.Errorf("%s: %w", db.Path(), err)
	}

	var paths []string
	var in stats.Input
	if opts.Note != "" {
		paths, err = db.NotesTitled(ctx, opts.Note)
		if err != nil {
			return stats.Figures{}, err
		}
		if len(paths) == 0 {
			return stats.Figures{}, fmt.Errorf("no note titled %q in %s (see 'recall due' or 'recall import')", opts.Note, db.Path())
		}
		answers, err := db.StatsAnswers(ctx, paths)
		if err != nil {
			return stats.Figures{}, err
		}
		in.Slots, in.Retention = stats.Aggregate(answers)
	} else if in.Slots, in.Retention, err = db.StatsHistory(ctx); err != nil {
		return stats.Figures{}, err
	}
	if in.Cards, err = db.StatsCards(ctx, now, paths); err != nil {
		return stats.Figures{}, err
	}
	in.DesiredRetention = cfg.Retention
	f := stats.Compute(in, stats.Options{
		Now: now, DayStartHour: cfg.DayStart, Days: opts.Days,
		Retrievability: fsrs.Retrievability,
	})
	if err := db.StatsCardTexts(ctx, f.Hardest); err != nil {
		return stats.Figures{}, err
	}
	f.Note = opts.Note
	return f, nil
}

// writePNGs writes each chart as DIR/NAME.png.
func writePNGs(app *App, dir string, f stats.Figures) error {
	charts, err := report.Charts(f)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("png charts: %w", err)
	}
	for _, c := range charts {
		var buf bytes.Buffer
		if err := c.PNG(&buf); err != nil {
			return err
		}
		path := filepath.Join(dir, c.Name+".png")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("png charts: %w", err)
		}
	}
	fmt.Fprintf(app.Err, "wrote %d charts to %s\n", len(charts), dir)
	return nil
}

// terminalWidth is --width, else the terminal's width, else $COLUMNS, else 80.
func terminalWidth(app *App, flag int) int {
	if flag > 0 {
		return flag
	}
	if f, ok := app.Out.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			return w
		}
	}
	if w, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && w > 0 {
		return w
	}
	return 80
}
