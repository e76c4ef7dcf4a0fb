package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/recall-srs/recall/cmd/recall/demo"
	"github.com/recall-srs/recall/cmd/recall/prompt"
	"github.com/recall-srs/recall/cmd/recall/session"
	"github.com/recall-srs/recall/notes"
	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/store"
)

// reviewOptions are the flags of "recall review".
type reviewOptions struct {
	Paths   []string
	Note    string
	Heading string
	Limit   int
	New     int // -1: the new-limit setting
	Time    time.Duration
	Demo    bool
}

func newReviewCmd(app *App) *cobra.Command {
	var o reviewOptions
	cmd := &cobra.Command{
		Use:   "review [PATH...]",
		Short: "Study the cards that are due",
		Long: `Study the cards that are due, one at a time: each shows where it comes
from (note › heading) and its question. Type the answer (or pick it from
the list), see whether it was right, the source sentence and the link to
that moment of the video, then grade how well you knew it. The grade list
shows when the card would come back for each grade, with a suggestion
preselected from your answer.

During a session you can undo the last answer, suspend or bury a card,
show the whole note section, or quit: on a terminal these are menu
entries, and at the answer prompt you can type :u, :s, :b, :n or :q.
Every answer is saved before the next card appears, so quitting or
Ctrl-C never loses one.

When stdin is not a terminal the session is plain text, for scripts:
each card prints its question (and numbered choices), then one line is
read as the answer (a choice number for multiple choice; empty shows the
answer), the verdict and expected answer are printed, and one line is
read as the grade (1-4 or again/hard/good/easy; empty takes the
suggestion; undo, suspend, bury, note and quit work there too). The
session stops at --limit or at the end of input and prints a summary.

PATH narrows the session to the cards of some notes (a file or a folder,
as given to 'recall import').`,
		Example: `  recall review --demo                # try recall on the built-in demo deck
  recall review                       # study everything that is due
  recall review notes/history/        # only the cards from these notes
  recall review --heading "Causes" --limit 20
  recall review --time 15m --new 5    # a short session with 5 new cards
  printf '2\n\n' | recall review --limit 1   # plain text, for scripts`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			if !cmd.Flags().Changed("new") {
				o.New = -1 // the new-limit setting decides
			} else if o.New < 0 {
				return usageError{msg: "--new must be 0 or more"}
			}
			if o.Limit < 0 {
				return usageError{msg: "--limit must be 0 (no limit) or more"}
			}
			if o.Time < 0 {
				return usageError{msg: "--time must be a positive duration like 20m"}
			}
			if o.Demo && (len(o.Paths) > 0 || o.Note != "" || o.Heading != "") {
				return usageError{msg: "--demo studies the demo deck; it takes no PATH, --note or --heading"}
			}
			return runReview(cmd.Context(), app, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Note, "note", "", "only cards from the note with this title")
	f.StringVar(&o.Heading, "heading", "", "only cards whose heading contains this text")
	f.IntVar(&o.Limit, "limit", 0, "stop after this many answers (0: no limit)")
	f.IntVar(&o.New, "new", 0, "new cards to introduce in this session (default: what the new-limit setting leaves for today)")
	f.DurationVar(&o.Time, "time", 0, "start no new card after this long, like 20m (0: no limit)")
	f.BoolVar(&o.Demo, "demo", false, "study the demo deck built into recall in a temporary collection")
	return cmd
}

// runReview opens the collection (or builds the demo one) and runs a session.
func runReview(ctx context.Context, app *App, o reviewOptions) error {
	if o.Demo {
		dir, err := os.MkdirTemp("", "recall-demo-")
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(dir)
		path, err := buildDemo(ctx, app, dir)
		if err != nil {
			return err
		}
		demoApp := *app
		demoApp.DBPath = path
		app = &demoApp
		fmt.Fprintln(app.Out, "Demo deck: three short notes written for recall, in a temporary collection that is deleted afterwards.")
	}
	db, cfg, err := openWithConfig(ctx, app, false)
	if err != nil {
		return err
	}
	defer db.Close()
	sched, err := cfg.NewScheduler()
	if err != nil {
		return fmt.Errorf("%s: %w", app.DBPath, err)
	}
	now := app.Now()
	q, err := reviewQueue(ctx, db, cfg, o, now)
	if err != nil {
		return err
	}

	term := session.IsTerminal(app.In) && session.IsTerminal(app.Out)
	color := session.UseColor(app.Out)
	var p prompt.Prompter = prompt.NewLines(app.In, app.Out)
	if term {
		p = prompt.NewTerminal(app.In, app.Out, color)
	}

	// No queue counts before the first card: counting reads every due card,
	// which on a large collection takes longer than showing the card.
	sum, err := session.Run(ctx, db, session.Options{
		Queue: q, Limit: o.Limit, TimeLimit: o.Time, TwoButton: cfg.TwoButton,
		Scheduler: sched, Prompter: p, Terminal: term, Out: app.Out, Color: color, Now: app.Now,
		Section: noteSection,
	})
	if err != nil {
		return err
	}
	end := app.Now()
	streak, err := session.Streak(ctx, db, end, q)
	if err != nil {
		return err
	}
	session.PrintSummary(app.Out, sum, streak, color)
	if o.Demo {
		fmt.Fprintln(app.Out, "That was the demo; its collection is deleted now. Make cards from your own notes: recall import NOTES")
	} else {
		next, ok, err := session.NextDue(ctx, db, end, q)
		if err != nil {
			return err
		}
		session.PrintNext(app.Out, next, ok, end)
	}
	if sum.Stopped == "interrupt" {
		return exitCodeError{code: 130} // Ctrl-C: every answer is saved, but say it was cut short
	}
	return nil
}

// reviewQueue builds the queue from the settings and the flags.
func reviewQueue(ctx context.Context, db *store.DB, cfg scheduler.Config, o reviewOptions, now time.Time) (store.Queue, error) {
	q := store.QueueFor(cfg, time.Local)
	q.NoteTitle, q.Heading = o.Note, o.Heading
	for _, p := range o.Paths {
		info, err := os.Stat(p)
		if err != nil {
			return q, fmt.Errorf("review %s: %w", p, unwrapPathError(err))
		}
		// Notes are stored under the path they were imported with; accept
		// the path as typed, cleaned, or absolute.
		forms := []string{p, filepath.Clean(p)}
		if abs, err := filepath.Abs(p); err == nil {
			forms = append(forms, abs)
		}
		for _, f := range forms {
			if info.IsDir() && !strings.HasSuffix(f, "/") {
				f += "/"
			}
			if !slices.Contains(q.NotePaths, f) {
				q.NotePaths = append(q.NotePaths, f)
			}
		}
	}
	if len(q.NotePaths) > 0 {
		some, err := db.Cards(ctx, store.CardFilter{NotePaths: q.NotePaths, Limit: 1})
		if err != nil {
			return q, err
		}
		if len(some) == 0 {
			return q, fmt.Errorf("no cards from %s in %s (add them with 'recall import %s')",
				strings.Join(o.Paths, ", "), db.Path(), strings.Join(o.Paths, " "))
		}
	}
	if o.New >= 0 {
		// --new counts from now: the daily limit becomes what was already
		// introduced today plus N.
		var done int
		start := store.DayStart(now, cfg.DayStart, time.Local)
		err := db.SQL().QueryRowContext(ctx, `SELECT count(DISTINCT card_id) FROM revlog
			WHERE state_before = 0 AND source = 'review' AND reviewed_at >= ?`, start.UnixMilli()).Scan(&done)
		if err != nil {
			return q, fmt.Errorf("count today's new cards: %w", err)
		}
		q.NewLimit = done + o.New
	}
	return q, nil
}

// buildDemo writes the embedded demo notes into dir and imports them into a
// collection there, through the import command so the demo gets exactly
// the cards a user's notes would.
func buildDemo(ctx context.Context, app *App, dir string) (string, error) {
	notesDir := filepath.Join(dir, "notes")
	if err := os.MkdirAll(notesDir, 0o755); err != nil {
		return "", fmt.Errorf("demo: %w", err)
	}
	err := fs.WalkDir(demo.Notes, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := demo.Notes.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(notesDir, filepath.Base(path)), b, 0o644)
	})
	if err != nil {
		return "", fmt.Errorf("demo: write the notes: %w", err)
	}
	dbPath := filepath.Join(dir, "demo.db")
	var errOut strings.Builder
	if code := Main([]string{"--db", dbPath, "import", notesDir}, strings.NewReader(""), io.Discard, &errOut); code != exitOK {
		return "", fmt.Errorf("demo: import the demo notes: %s", strings.TrimSpace(errOut.String()))
	}
	return dbPath, nil
}

// noteSection reads the note a card comes from and returns the text under
// the card's heading (sub-headings included), one sentence a line, the
// card's own sentence marked. The cards written into the note are shown
// among its sentences, as the note has them.
func noteSection(c *store.StoredCard) (string, error) {
	src, err := os.ReadFile(c.NotePath)
	if err != nil {
		return "", fmt.Errorf("read %s: %w", c.NotePath, unwrapPathError(err))
	}
	n, _, err := notes.Parse(c.NotePath, src)
	if err != nil {
		return "", err
	}
	type line struct {
		heading []string
		text    string
		item    bool
	}
	lines := make([]line, 0, len(n.Sentences)+len(n.Cards))
	n.InOrder(func(i int) {
		s := &n.Sentences[i]
		lines = append(lines, line{s.Heading, s.Text, s.Block == "item"})
	}, func(c *notes.WrittenCard) {
		lines = append(lines, line{c.Heading, c.Text, false})
	})
	var b strings.Builder
	last, shown := "", ""
	for _, l := range lines {
		h := notes.HeadingPath(l.heading)
		if h != c.Heading && !strings.HasPrefix(h, c.Heading+" › ") && c.Heading != "" || l.text == shown {
			continue // a cloze's deletions share their text: shown once
		}
		shown = l.text
		if h != last && h != c.Heading {
			fmt.Fprintf(&b, "\n%s\n", h)
		}
		last = h
		mark := "  "
		if l.text == c.Fact.Sentence {
			mark = "▸ "
		}
		if l.item {
			mark += "• "
		}
		b.WriteString(mark + l.text + "\n")
	}
	return b.String(), nil
}

// runDefault is what bare "recall" does: on a terminal with cards due it
// starts a review; otherwise it prints a short status.
func runDefault(ctx context.Context, app *App) error {
	db, err := store.OpenExisting(ctx, app.DBPath)
	if errors.Is(err, store.ErrNoCollection) {
		fmt.Fprintf(app.Out, `No collection yet at %s.
  recall review --demo     try recall on the built-in demo deck
  recall import NOTES      turn your markdown notes into cards
  recall --help            all commands
`, app.DBPath)
		return nil
	}
	if err != nil {
		return err
	}
	cfg, err := db.Config(ctx)
	if err != nil {
		db.Close()
		return err
	}
	now := app.Now()
	q, err := reviewQueue(ctx, db, cfg, reviewOptions{New: -1}, now)
	if err != nil {
		db.Close()
		return err
	}
	if session.IsTerminal(app.In) && session.IsTerminal(app.Out) {
		c, err := db.NextCard(ctx, now, q)
		if err != nil {
			db.Close()
			return err
		}
		if c != nil {
			db.Close()
			return runReview(ctx, app, reviewOptions{New: -1})
		}
	}
	defer db.Close()
	learning, review, fresh, err := db.QueueCounts(ctx, now, q)
	if err != nil {
		return err
	}
	due := learning + review + fresh
	fmt.Fprintf(app.Out, "Due now: %d (%d learning · %d review · %d new)\n", due, learning, review, fresh)
	next, ok, err := session.NextDue(ctx, db, now, q)
	if err != nil {
		return err
	}
	switch {
	case due > 0:
		fmt.Fprintln(app.Out, "Study them: recall review")
	case ok:
		fmt.Fprintf(app.Out, "Next card due %s.\n", next.Local().Format("Mon 2 Jan 15:04"))
	default:
		fmt.Fprintln(app.Out, "No cards yet.")
	}
	fmt.Fprintln(app.Out, "Add notes: recall import NOTES")
	return nil
}
