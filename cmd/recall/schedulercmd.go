package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // --timezone works on machines without a zoneinfo database

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/scheduler/optimize"
	"github.com/recall-srs/recall/scheduler/revlog"
	"github.com/recall-srs/recall/store"
)

// historyFlags choose a review history and how its times become days.
type historyFlags struct {
	revlog   string
	timezone string
	dayStart int
	json     bool
}

func (h *historyFlags) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&h.revlog, "revlog", "", "review history in the FSRS-optimizer CSV format (card_id,review_time,review_rating,review_state,review_duration); default: the collection's review log")
	f.StringVar(&h.timezone, "timezone", "Local", "the learner's time zone (IANA name such as Europe/London), used to count days")
	f.IntVar(&h.dayStart, "day-start", 4, "hour at which the learner's day rolls over (default: 4, or the collection's day-start setting)")
	f.BoolVar(&h.json, "json", false, "print JSON")
}

// rule validates the day-counting flags.
func (h *historyFlags) rule() (optimize.DayRule, error) {
	loc, err := time.LoadLocation(h.timezone)
	if err != nil {
		return optimize.DayRule{}, usageError{msg: fmt.Sprintf("--timezone %q: not a known time zone (use an IANA name such as Europe/London, or UTC)", h.timezone)}
	}
	if h.dayStart < 0 || h.dayStart > 23 {
		return optimize.DayRule{}, usageError{msg: fmt.Sprintf("--day-start %d: want an hour from 0 to 23", h.dayStart)}
	}
	return optimize.DayRule{Loc: loc, DayStart: h.dayStart}, nil
}

// history is a loaded review history and where it came from.
type history struct {
	ds   *optimize.Dataset
	name string    // file name, or the collection's path
	db   *store.DB // the collection when the history is its review log; nil for --revlog
	cfg  scheduler.Config
}

func (hs *history) close() {
	if hs.db != nil {
		hs.db.Close()
	}
}

// load reads the history named by --revlog, else the collection's review log.
func (h *historyFlags) load(cmd *cobra.Command, app *App) (*history, error) {
	ctx := cmd.Context()
	if !cmd.Flags().Changed("day-start") && h.revlog == "" {
		h.dayStart = -1 // the collection's setting, read below
	}
	hs := &history{name: h.revlog, cfg: scheduler.DefaultConfig()}
	var src optimize.Source
	if h.revlog != "" {
		f, err := os.Open(h.revlog)
		if err != nil {
			return nil, fmt.Errorf("read review history: %w", err)
		}
		defer f.Close()
		var in io.Reader = f
		if st, err := f.Stat(); err == nil && st.Size() > 8<<20 && isTerminal(app.Err) {
			// Large histories take a while: show the bytes read on a terminal.
			bar := progressbar.NewOptions64(st.Size(),
				progressbar.OptionSetWriter(app.Err),
				progressbar.OptionSetDescription("reading "+h.revlog),
				progressbar.OptionShowBytes(true),
				progressbar.OptionThrottle(100*time.Millisecond),
				progressbar.OptionClearOnFinish(),
			)
			pr := progressbar.NewReader(f, bar)
			defer bar.Finish()
			in = &pr
		}
		rd, err := revlog.NewReader(in, h.revlog)
		if err != nil {
			return nil, err
		}
		src = rd
	} else {
		db, err := openCollection(ctx, app, false)
		if err != nil {
			return nil, err
		}
		hs.db, hs.name = db, app.DBPath
		if hs.cfg, err = db.Config(ctx); err != nil {
			hs.close()
			return nil, err
		}
		if h.dayStart < 0 {
			h.dayStart = hs.cfg.DayStart
		}
		rows, err := db.SQL().QueryContext(ctx, collectionRevlog)
		if err != nil {
			hs.close()
			return nil, fmt.Errorf("read review log of %s: %w", app.DBPath, err)
		}
		defer rows.Close()
		src = &collectionSource{rows: rows, ids: map[string]int64{}}
	}
	rule, err := h.rule()
	if err != nil {
		hs.close()
		return nil, err
	}
	if hs.ds, err = optimize.Load(src, rule); err != nil {
		hs.close()
		if hs.db != nil {
			return nil, fmt.Errorf("read review log of %s: %w", hs.name, err)
		}
		return nil, err
	}
	if len(hs.ds.Cards) == 0 {
		hs.close()
		return nil, fmt.Errorf("%s: %w: no card has a learning entry (review_state 0 or 1) to start from", hs.name, optimize.ErrTooSmall)
	}
	return hs, nil
}

// collectionRevlog reads the answers given in review sessions (quiz answers
// do not move a card's schedule), grouped by card and in time order.
const collectionRevlog = `SELECT card_id, reviewed_at, rating, state_before, duration_ms
	FROM revlog WHERE source = 'review' ORDER BY card_id, reviewed_at, id`

// collectionSource streams the collection's review log card by card.
type collectionSource struct {
	rows    *sql.Rows
	ids     map[string]int64 // text card id -> number, for the entries
	pending *revlog.Entry
	done    bool
}

func (c *collectionSource) Next(buf []revlog.Entry) ([]revlog.Entry, error) {
	buf = buf[:0]
	for {
		e := c.pending
		c.pending = nil
		if e == nil {
			if c.done || !c.rows.Next() {
				c.done = true
				if err := c.rows.Err(); err != nil {
					return buf, err
				}
				if len(buf) == 0 {
					return buf, io.EOF
				}
				return buf, nil
			}
			var id string
			e = &revlog.Entry{}
			if err := c.rows.Scan(&id, &e.Time, &e.Rating, &e.State, &e.Duration); err != nil {
				return buf, err
			}
			n, ok := c.ids[id]
			if !ok {
				n = int64(len(c.ids) + 1)
				c.ids[id] = n
			}
			e.CardID = n
		}
		if len(buf) > 0 && e.CardID != buf[0].CardID {
			c.pending = e
			return buf, nil
		}
		if e.Rating >= 1 && e.Rating <= 4 {
			buf = append(buf, *e)
		}
	}
}

func newSchedulerCmd(app *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "scheduler",
		Short: "Measure and tune the FSRS scheduler on a review history",
		Long: `Tools for the scheduler's memory model, run on a review history:

  eval      how well FSRS-6 (default and fitted parameters) and SM-2 predict recall
  optimize  fit the 21 FSRS-6 parameters to the history
  simulate  workload and knowledge at several desired retentions

The history is the collection's review log, or with --revlog a CSV file in
the FSRS-optimizer format (what Anki's FSRS tools export), one row per answer:
card_id,review_time (ms),review_rating (1-4),review_state (0-4),review_duration (ms).`,
		Example: `  recall scheduler eval --revlog revlog.csv --timezone Europe/London
  recall scheduler optimize --revlog revlog.csv --json
  recall scheduler simulate --revlog revlog.csv --retention 0.85,0.9 --days 180`,
	}
	cmd.AddCommand(newSchedulerEvalCmd(app), newSchedulerOptimizeCmd(app), newSchedulerSimulateCmd(app))
	return cmd
}

func newSchedulerEvalCmd(app *App) *cobra.Command {
	var h historyFlags
	cmd := &cobra.Command{
		Use:   "eval [--revlog FILE]",
		Short: "Score FSRS-6 and SM-2 predictions on a review history",
		Long: `eval replays every card of a review history in time order and, before each
review after the card's first day, predicts the probability of recall. It
reports srs-benchmark's log loss, RMSE(bins) and AUC for FSRS-6 with default
parameters, FSRS-6 fitted on the same history, FSRS-6 fitted out of sample
and SM-2. Lower log loss and RMSE, higher AUC are better.

Out of sample follows srs-benchmark (sklearn TimeSeriesSplit, 5 splits): the
scored reviews in time order form 6 blocks, and each of the last 5 is
predicted with parameters fitted on everything before it.

Only each card's reviews from its last block of learning entries on are used.
Days roll over at --day-start in --timezone, as in Anki.`,
		Example: `  recall scheduler eval --revlog revlog.csv --timezone Europe/London
  recall scheduler eval --revlog revlog.csv --timezone UTC --day-start 0 --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			hs, err := h.load(cmd, app)
			if err != nil {
				return err
			}
			defer hs.close()
			rep, err := optimize.Evaluate(cmd.Context(), hs.ds, fitConfig(hs.cfg), time.Now)
			if err != nil {
				return fmt.Errorf("%s: %w", hs.name, err)
			}
			if h.json {
				return writeJSON(app.Out, rep)
			}
			return writeEval(app.Out, rep)
		},
	}
	h.register(cmd)
	return cmd
}

var modelLabels = map[string]string{
	optimize.ModelDefault:   "FSRS-6, default parameters",
	optimize.ModelFitted:    "FSRS-6, fitted (in-sample)",
	optimize.ModelFittedOOS: "FSRS-6, fitted (out-of-sample)",
	optimize.ModelSM2:       "SM-2",
}

func writeEval(w io.Writer, rep *optimize.Report) error {
	fmt.Fprintf(w, "%d reviews of %d cards; %d scored (reviews after a card's first day)\n\n", rep.Reviews, rep.Cards, rep.Scored)
	fmt.Fprintf(w, "%-32s %9s %11s %7s %7s\n", "model", "log loss", "RMSE(bins)", "AUC", "scored")
	for _, name := range optimize.ModelOrder {
		m := rep.Models[name]
		fmt.Fprintf(w, "%-32s %9.4f %11.4f %7.4f %7d\n", modelLabels[name], m.LogLoss, m.RMSEBins, m.AUC, m.N)
	}
	_, err := fmt.Fprintf(w, "\nfit in %.2f s; out-of-sample covers the last %d of %d time-ordered blocks\n", rep.FitSeconds, optimize.Splits, optimize.Splits+1)
	return err
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// optimizeReport is what optimize prints.
type optimizeReport struct {
	Reviews     int             `json:"reviews"`
	Cards       int             `json:"cards"`
	Scored      int             `json:"scored"`
	TrainItems  int             `json:"train_items"`
	Params      optimize.Params `json:"params"`
	Default     float64         `json:"log_loss_default"`
	Fitted      float64         `json:"log_loss_fitted"`
	RMSEDefault float64         `json:"rmse_bins_default"`
	RMSEFitted  float64         `json:"rmse_bins_fitted"`
	FitSeconds  float64         `json:"fit_seconds"`
	Saved       string          `json:"saved_to,omitempty"` // the collection the weights were saved to
}

// fitConfig carries the collection's relearning steps into the parameter
// bounds (more than one step lowers the w17/w18 ceiling).
func fitConfig(c scheduler.Config) optimize.Config {
	return optimize.Config{RelearningSteps: max(1, len(c.RelearningSteps))}
}

// saveWeights stores fitted parameters as the collection's "weights" setting,
// validated by the scheduler's Config like "recall config set weights".
func saveWeights(ctx context.Context, hs *history, w optimize.Params) error {
	parts := make([]string, len(w))
	for i, v := range w {
		parts[i] = strconv.FormatFloat(v, 'f', 6, 64)
	}
	cfg := hs.cfg
	if err := cfg.Set("weights", strings.Join(parts, ",")); err != nil {
		return fmt.Errorf("save parameters: %w", err)
	}
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("save parameters: %w", err)
	}
	v, err := cfg.Get("weights")
	if err != nil {
		return fmt.Errorf("save parameters: %w", err)
	}
	if err := hs.db.SetSetting(ctx, "weights", v); err != nil {
		return fmt.Errorf("save parameters to %s: %w", hs.name, err)
	}
	return nil
}

func newSchedulerOptimizeCmd(app *App) *cobra.Command {
	var h historyFlags
	cmd := &cobra.Command{
		Use:   "optimize [--revlog FILE]",
		Short: "Fit the FSRS-6 parameters to a review history",
		Long: `optimize fits the 21 FSRS-6 parameters to a review history by minimising
log loss, as Anki's optimizer (fsrs-rs) does: rare first intervals are
filtered out, the initial stabilities are pre-trained, recent reviews weigh
more, and Adam runs 5 epochs within the reference's parameter bounds, pulled
lightly toward the defaults. The result is deterministic. At least a few
hundred reviews after a card's first day are needed.

Without --revlog the collection's own review log is used and the fitted
parameters are saved as its "weights" setting (see recall config get weights;
recall config set weights default undoes it).`,
		Example: `  recall scheduler optimize                 # fit to your reviews and save
  recall scheduler optimize --revlog revlog.csv --timezone Europe/London
  recall scheduler optimize --revlog revlog.csv --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			hs, err := h.load(cmd, app)
			if err != nil {
				return err
			}
			defer hs.close()
			ds := hs.ds
			if n := ds.Scored(); n < optimize.MinFitItems*(optimize.Splits+1) {
				return fmt.Errorf("%s: %w: %d reviews of %d cards give only %d reviews after a card's first day; at least %d are needed to fit parameters", hs.name, optimize.ErrTooSmall, ds.Reviews, len(ds.Cards), n, optimize.MinFitItems*(optimize.Splits+1))
			}
			t0 := time.Now()
			fit, err := optimize.Fit(cmd.Context(), ds, nil, fitConfig(hs.cfg))
			if err != nil {
				return fmt.Errorf("%s: %w", hs.name, err)
			}
			secs := time.Since(t0).Seconds()
			def := optimize.Score(optimize.Predict(ds, optimize.FSRS{W: optimize.DefaultParams}))
			got := optimize.Score(optimize.Predict(ds, optimize.FSRS{W: fit.Params}))
			rep := optimizeReport{Reviews: ds.Reviews, Cards: len(ds.Cards), Scored: ds.Scored(), TrainItems: fit.TrainItems,
				Params: fit.Params, Default: def.LogLoss, Fitted: got.LogLoss, RMSEDefault: def.RMSEBins, RMSEFitted: got.RMSEBins, FitSeconds: secs}
			if hs.db != nil {
				// The collection's own history: the fit becomes its parameters.
				if err := saveWeights(cmd.Context(), hs, fit.Params); err != nil {
					return err
				}
				rep.Saved = hs.name
			}
			if h.json {
				return writeJSON(app.Out, rep)
			}
			fmt.Fprintf(app.Out, "fitted on %d of %d scored reviews (%d cards) in %.2f s\n", rep.TrainItems, rep.Scored, rep.Cards, secs)
			fmt.Fprintf(app.Out, "log loss   %.4f -> %.4f\nRMSE(bins) %.4f -> %.4f\n", def.LogLoss, got.LogLoss, def.RMSEBins, got.RMSEBins)
			fmt.Fprintf(app.Out, "parameters: %s\n", formatParams(fit.Params))
			if rep.Saved != "" {
				fmt.Fprintf(app.Out, "saved as the weights of %s\n", rep.Saved)
			}
			return nil
		},
	}
	h.register(cmd)
	return cmd
}

func formatParams(w optimize.Params) string {
	parts := make([]string, len(w))
	for i, v := range w {
		parts[i] = strconv.FormatFloat(v, 'f', 4, 64)
	}
	return strings.Join(parts, ", ")
}

func newSchedulerSimulateCmd(app *App) *cobra.Command {
	var (
		h          historyFlags
		retentions []float64
		days       int
		newPerDay  int
		seed       uint64
	)
	cmd := &cobra.Command{
		Use:   "simulate [--revlog FILE]",
		Short: "Compare desired retentions by simulated workload and knowledge",
		Long: `simulate fits FSRS-6 to a review history, then plays --days days of study
at each desired retention: new cards start as the learner's cards did on
their first day, due cards are recalled with the model's probability and
graded as the learner grades, and each answer takes the learner's own time
(capped at 60 s per answer). It prints the workload (answers and minutes per
day) and the knowledge kept (cards expected to be recalled on the last day).
Runs are deterministic for a --seed.`,
		Example: `  recall scheduler simulate --revlog revlog.csv --timezone Europe/London
  recall scheduler simulate --revlog revlog.csv --retention 0.8,0.9 --days 180 --new-per-day 10 --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, r := range retentions {
				if !(r >= 0.5 && r <= 0.99) {
					return usageError{msg: fmt.Sprintf("--retention %v: want values between 0.50 and 0.99", r)}
				}
			}
			if days < 1 || days > 36500 {
				return usageError{msg: fmt.Sprintf("--days %d: want 1 to 36500", days)}
			}
			if newPerDay < 0 {
				return usageError{msg: fmt.Sprintf("--new-per-day %d: want 0 or more", newPerDay)}
			}
			hs, err := h.load(cmd, app)
			if err != nil {
				return err
			}
			defer hs.close()
			ds := hs.ds
			w := optimize.DefaultParams
			fitted := false
			if ds.Scored() >= optimize.MinFitItems*(optimize.Splits+1) {
				fit, err := optimize.Fit(cmd.Context(), ds, nil, fitConfig(hs.cfg))
				if err != nil {
					return fmt.Errorf("%s: %w", hs.name, err)
				}
				w, fitted = fit.Params, true
			}
			learner, err := optimize.LearnerOf(ds, w)
			if err != nil {
				return fmt.Errorf("%s: %w", hs.name, err)
			}
			if !cmd.Flags().Changed("new-per-day") {
				newPerDay = max(1, int(learner.NewPerDay+0.5))
			}
			var res []optimize.SimResult
			for _, r := range retentions {
				res = append(res, optimize.Simulate(w, learner, optimize.SimConfig{Retention: r, Days: days, NewPerDay: newPerDay, Seed: seed}))
			}
			if h.json {
				return writeJSON(app.Out, struct {
					Fitted  bool                 `json:"fitted"`
					Params  optimize.Params      `json:"params"`
					Results []optimize.SimResult `json:"results"`
				}{fitted, w, res})
			}
			src := "parameters fitted to the history"
			if !fitted {
				src = "default parameters (history too small to fit)"
			}
			fmt.Fprintf(app.Out, "%d days, %d new cards a day, %s\n\n", days, newPerDay, src)
			fmt.Fprintf(app.Out, "%9s %12s %12s %10s %11s %7s\n", "retention", "reviews/day", "minutes/day", "knowledge", "per minute", "lapses")
			for _, r := range res {
				fmt.Fprintf(app.Out, "%9.2f %12.1f %12.1f %10.0f %11.2f %7d\n", r.Retention, r.ReviewsPerDay, r.MinutesPerDay, r.Knowledge, r.PerMinute, r.Lapses)
			}
			fmt.Fprintf(app.Out, "\nknowledge: cards expected to be recalled on day %d of %d started\n", days, res[0].Cards)
			return nil
		},
	}
	h.register(cmd)
	f := cmd.Flags()
	f.Float64SliceVar(&retentions, "retention", []float64{0.80, 0.85, 0.90, 0.95}, "desired retentions to compare")
	f.IntVar(&days, "days", 365, "days to simulate")
	f.IntVar(&newPerDay, "new-per-day", 0, "new cards a day (default: the history's own pace)")
	f.Uint64Var(&seed, "seed", 1, "random seed")
	return cmd
}
