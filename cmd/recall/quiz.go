package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/cards/quiz"
	"github.com/recall-srs/recall/notes"
	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/store"
)

type quizOptions struct {
	paths    []string
	note     string
	heading  string
	due      bool
	weak     bool
	n        int
	types    string
	format   string
	out      string
	seed     uint64
	seedSet  bool
	versions int
	key      string
	sources  bool
	paper    string
	title    string
}

func newQuizCmd(app *App) *cobra.Command {
	var o quizOptions
	cmd := &cobra.Command{
		Use:   "quiz [PATH...]",
		Short: "Print a quiz with answer key (Markdown, HTML or PDF)",
		Long: `Make a printable quiz from the collection, or straight from notes given as PATH.

Questions are picked from every card (a seeded sample favouring the best
cards), from the cards due soonest (--due), from the weakest cards, those with
the lowest chance of recall now (--weak), or from one note (--note) or
heading (--heading). A quiz never asks one fact twice. "match" questions pair
up facts of one note (dates and events, actors and responses, a glossary's
terms and their meanings).

--versions K deals out K versions (A, B, ...) with their own question and
option order and their own key. --seed makes the quiz reproducible; without
it a seed is drawn and printed in the key.

Every quiz has a short ID printed on it. A quiz made from the collection is
saved there, so 'recall quiz score ID' can record the answers written on
paper as reviews. A quiz made from PATH is saved only when a collection
exists and the notes are imported; otherwise import the notes and make the
quiz again with the same --seed (it gets the same ID), then score it.`,
		Example: `  recall quiz -n 20 --format pdf -o week12.pdf --key separate
  recall quiz --note "My note title" --types match,mc --sources
  recall quiz --weak -n 10 --versions 3 --seed 7 --format html -o weak.html
  recall quiz notes/ --types qa,cloze --key none
  recall quiz score K3M9QX-B --answers "1:b 2:true 3:1979 4:1c 2a 3b"`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			o.seedSet = cmd.Flags().Changed("seed")
			return runQuiz(cmd.Context(), app, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.note, "note", "", "only cards of the note with this title (or path)")
	f.StringVar(&o.heading, "heading", "", "only cards under this heading")
	f.BoolVar(&o.due, "due", false, "the cards due soonest (studied cards only)")
	f.BoolVar(&o.weak, "weak", false, "the cards with the lowest chance of recall now (studied cards only)")
	f.IntVarP(&o.n, "number", "n", 20, "number of questions (a matching exercise counts as one)")
	f.StringVar(&o.types, "types", "mc,tf,qa,cloze,match", "question types to mix: mc, tf, qa, cloze, match")
	f.StringVar(&o.format, "format", "", "md, html or pdf (default from -o's extension, else md)")
	f.StringVarP(&o.out, "output", "o", "", "write to FILE instead of standard output")
	f.Uint64Var(&o.seed, "seed", 0, "seed for picking and shuffling (default: drawn and printed in the key)")
	f.IntVar(&o.versions, "versions", 1, "number of versions A, B, ... (1-26)")
	f.StringVar(&o.key, "key", "end", "answer key: end (after the questions), separate (FILE-key.EXT) or none")
	f.BoolVar(&o.sources, "sources", false, "show each answer's source sentence and video link in the key")
	f.StringVar(&o.paper, "paper", "a4", "paper size for html and pdf: a4 or letter")
	f.StringVar(&o.title, "title", "", "title printed on the quiz (default from the note or the selection)")
	cmd.AddCommand(newQuizScoreCmd(app), newQuizKeyCmd(app), newQuizListCmd(app))
	return cmd
}

// validate checks the flags before any work, so mistakes exit 2.
func (o *quizOptions) validate() ([]quiz.Type, error) {
	if o.due && o.weak {
		return nil, usageError{"--due and --weak cannot be combined"}
	}
	if o.n < 1 {
		return nil, usageError{fmt.Sprintf("-n must be at least 1, not %d", o.n)}
	}
	if o.versions < 1 || o.versions > 26 {
		return nil, usageError{fmt.Sprintf("--versions must be between 1 and 26, not %d", o.versions)}
	}
	types, err := quiz.ParseTypes(o.types)
	if err != nil {
		return nil, usageError{"--types: " + err.Error()}
	}
	if o.format == "" {
		switch strings.ToLower(filepath.Ext(o.out)) {
		case ".pdf":
			o.format = "pdf"
		case ".html", ".htm":
			o.format = "html"
		default:
			o.format = "md"
		}
	}
	o.format = strings.ToLower(o.format)
	if o.format == "markdown" {
		o.format = "md"
	}
	if o.format != "md" && o.format != "html" && o.format != "pdf" {
		return nil, usageError{fmt.Sprintf("--format must be md, html or pdf, not %q", o.format)}
	}
	switch o.key {
	case "end", "none":
	case "separate":
		if o.out == "" {
			return nil, usageError{"--key separate needs -o FILE (the key goes to FILE-key.EXT)"}
		}
	default:
		return nil, usageError{fmt.Sprintf("--key must be end, separate or none, not %q", o.key)}
	}
	o.paper = strings.ToLower(o.paper)
	if o.paper != quiz.PaperA4 && o.paper != quiz.PaperLetter {
		return nil, usageError{fmt.Sprintf("--paper must be a4 or letter, not %q", o.paper)}
	}
	return types, nil
}

func runQuiz(ctx context.Context, app *App, o quizOptions) error {
	types, err := o.validate()
	if err != nil {
		return err
	}
	if o.format == "pdf" && o.out == "" {
		if f, ok := app.Out.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			return usageError{"a PDF cannot go to the terminal: use -o FILE or redirect the output"}
		}
	}
	now := app.Now()
	if !o.seedSet {
		o.seed = uint64(now.UnixNano())
	}
	opt := quiz.Options{
		Mode: quiz.All, Note: o.note, Heading: o.heading, N: o.n, Types: types,
		Versions: o.versions, Seed: o.seed, Title: o.title, Created: now,
	}
	switch {
	case o.due:
		opt.Mode = quiz.Due
	case o.weak:
		opt.Mode = quiz.Weak
	}

	var cands []quiz.Candidate
	var db *store.DB
	if len(o.paths) > 0 {
		if o.due || o.weak {
			return usageError{"--due and --weak need the collection's review history; drop PATH"}
		}
		cands, err = candidatesFromNotes(o.paths, app.Err)
		if err != nil {
			return err
		}
		// Save the quiz when the collection exists, so it can be scored
		// once the notes are imported; never create a collection here.
		if _, statErr := os.Stat(app.DBPath); statErr == nil {
			if db, err = openCollection(ctx, app, false); err != nil {
				return err
			}
			defer db.Close()
		}
	} else {
		if db, err = openCollection(ctx, app, false); err != nil {
			return err
		}
		defer db.Close()
		cands, err = candidatesFromCollection(ctx, db, now)
		if err != nil {
			return err
		}
	}
	if opt.Title == "" {
		opt.Title = defaultTitle(o, cands)
	}
	q, err := quiz.Build(cands, opt)
	if errors.Is(err, quiz.ErrEmpty) {
		return exitCodeError{exitError, fmt.Errorf("no cards fit this quiz%s", describeSelection(o))}
	}
	if err != nil {
		return err
	}
	if o.title == "" && !o.due && !o.weak && o.note == "" && o.heading == "" {
		if note := singleNote(q); note != "" {
			q.Title = "Quiz: " + note
		}
	}

	render := map[string]func(io.Writer, *quiz.Quiz, quiz.RenderOptions) error{"md": quiz.Markdown, "html": quiz.HTML, "pdf": quiz.PDF}[o.format]
	ro := quiz.RenderOptions{Papers: true, Key: o.key == "end", Sources: o.sources, Paper: o.paper}
	var doc, key bytes.Buffer
	if err := render(&doc, q, ro); err != nil {
		return err
	}
	if o.key == "separate" {
		ro.Papers, ro.Key = false, true
		if err := render(&key, q, ro); err != nil {
			return err
		}
	}

	saved := ""
	if db != nil {
		// The same quiz made again keeps the record of which versions
		// were scored, so it cannot be scored twice by accident.
		var scored map[string]time.Time
		if old, err := db.Quiz(ctx, q.ID); err == nil {
			var sq savedQuiz
			if json.Unmarshal(old.Spec, &sq) == nil {
				scored = sq.Scored
			}
		}
		if err := saveQuiz(ctx, db, q, scored); err != nil {
			return err
		}
		saved = "; score it with: recall quiz score " + q.ID
		if len(o.paths) > 0 {
			ids := quizCardIDs(q)
			have, err := db.Cards(ctx, store.CardFilter{IDs: ids, IncludeOrphaned: true})
			if err != nil {
				return err
			}
			if len(have) < len(ids) {
				saved = fmt.Sprintf("; saved, but %d of its %d cards are not in the collection: import the notes to score it", len(ids)-len(have), len(ids))
			}
		}
	}
	if o.out == "" {
		if _, err := app.Out.Write(doc.Bytes()); err != nil {
			return fmt.Errorf("write quiz: %w", err)
		}
	} else {
		if err := os.WriteFile(o.out, doc.Bytes(), 0o644); err != nil {
			return fmt.Errorf("write quiz: %w", err)
		}
	}
	written := o.out
	if o.key == "separate" {
		kp := keyPath(o.out)
		if err := os.WriteFile(kp, key.Bytes(), 0o644); err != nil {
			return fmt.Errorf("write answer key: %w", err)
		}
		written += ", key in " + kp
	}
	n := len(q.Versions[0].Questions)
	msg := fmt.Sprintf("quiz %s: %s, %s, seed %d", q.ID, plural(n, "question"), plural(len(q.Versions), "version"), q.Seed)
	if written != "" {
		msg += " → " + written
	}
	if n < o.n {
		msg += fmt.Sprintf(" (only %d of %d asked fit)", n, o.n)
	}
	if saved == "" {
		saved = "; not saved (no collection at " + app.DBPath + "): import the notes and make it again with --seed " + strconv.FormatUint(q.Seed, 10) + " to score it"
	}
	fmt.Fprintln(app.Err, msg+saved)
	return nil
}

// keyPath puts the key next to the quiz: week12.pdf → week12-key.pdf.
func keyPath(out string) string {
	ext := filepath.Ext(out)
	return strings.TrimSuffix(out, ext) + "-key" + ext
}

func defaultTitle(o quizOptions, cands []quiz.Candidate) string {
	if o.note != "" {
		for _, c := range cands {
			if strings.EqualFold(c.Note, o.note) || strings.EqualFold(c.Card.Fact.Note, o.note) {
				return "Quiz: " + c.Note
			}
		}
		return "Quiz: " + o.note
	}
	switch {
	case o.heading != "":
		return "Quiz: " + o.heading
	case o.due:
		return "Quiz: due soon"
	case o.weak:
		return "Quiz: weakest cards"
	}
	return "Quiz"
}

// singleNote is the title of the one note every question comes from, if so.
func singleNote(q *quiz.Quiz) string {
	note := ""
	for _, qq := range q.Versions[0].Questions {
		for _, src := range qq.Sources {
			if note != "" && src.Note != note {
				return ""
			}
			note = src.Note
		}
	}
	return note
}

func describeSelection(o quizOptions) string {
	var parts []string
	if o.note != "" {
		parts = append(parts, fmt.Sprintf("note %q", o.note))
	}
	if o.heading != "" {
		parts = append(parts, fmt.Sprintf("heading %q", o.heading))
	}
	if o.due || o.weak {
		parts = append(parts, "studied cards only (review some first)")
	}
	parts = append(parts, "types "+o.types)
	return " (" + strings.Join(parts, ", ") + ")"
}

// candidatesFromCollection offers every active card with its memory.
func candidatesFromCollection(ctx context.Context, db *store.DB, now time.Time) ([]quiz.Candidate, error) {
	stored, err := db.Cards(ctx, store.CardFilter{})
	if err != nil {
		return nil, err
	}
	fsrs, err := collectionFSRS(ctx, db)
	if err != nil {
		return nil, err
	}
	out := make([]quiz.Candidate, 0, len(stored))
	for _, c := range stored {
		if c.Suspended {
			continue
		}
		out = append(out, quiz.Candidate{
			Card: c.Card, Note: c.NoteTitle, Heading: c.Heading, Position: c.Position,
			New: c.Memory.State == scheduler.New, Due: c.Memory.Due,
			Retrievability: fsrs.Retrievability(c.Memory, now),
		})
	}
	return out, nil
}

// collectionConfig reads the study settings stored in the collection.
func collectionConfig(ctx context.Context, db *store.DB) (scheduler.Config, error) {
	return db.Config(ctx)
}

// collectionFSRS measures retrievability with the collection's FSRS
// parameters (also when SM-2 schedules: it is the better model of memory).
func collectionFSRS(ctx context.Context, db *store.DB) (*scheduler.FSRS, error) {
	cfg, err := collectionConfig(ctx, db)
	if err != nil {
		return nil, err
	}
	return scheduler.NewFSRS(cfg)
}

// savedQuiz is the spec kept in the collection: the quiz with every
// version's key, and which versions were scored when.
type savedQuiz struct {
	quiz.Quiz
	Scored map[string]time.Time `json:"scored,omitempty"`
}

func saveQuiz(ctx context.Context, db *store.DB, q *quiz.Quiz, scored map[string]time.Time) error {
	spec, err := json.Marshal(savedQuiz{Quiz: *q, Scored: scored})
	if err != nil {
		return fmt.Errorf("save quiz %s: %w", q.ID, err)
	}
	if err := db.SaveQuiz(ctx, q.ID, spec, quizCardIDs(q), q.Created); err != nil {
		return fmt.Errorf("save quiz %s: %w", q.ID, err)
	}
	return nil
}

// quizCardIDs lists the cards a quiz asks about, once each.
func quizCardIDs(q *quiz.Quiz) []string {
	seen := map[string]bool{}
	var ids []string
	for _, qq := range q.Versions[0].Questions {
		for _, id := range qq.Cards {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	return ids
}

type scoreOptions struct {
	answers string
	file    string
	version string
	again   bool
	json    bool
}

func newQuizScoreCmd(app *App) *cobra.Command {
	var o scoreOptions
	cmd := &cobra.Command{
		Use:   "score ID",
		Short: "Record the answers written on a printed quiz as reviews",
		Long: `Mark the answers written on a printed quiz and record each one as a
review of its card (source "quiz"), so work on paper counts in the schedule
and the statistics like any review: right is Good, nearly right is Hard,
wrong is Again. Questions left out are not recorded.

ID is printed on the quiz, with its version letter: K3M9QX-B (no letter
means version A; "last" is the quiz made last). Answers are given as --answers "1:b 2:true 3:1979", a
matching exercise as "4:1c 2a 3b" or "4:cab"; without --answers each
answer is asked for in turn (an empty line skips the question).`,
		Example: `  recall quiz score K3M9QX --answers "1:b 2:true 3:1979 4:cab"
  recall quiz score K3M9QX-B            # type the answers one by one
  recall quiz score K3M9QX-B --answers "1:c 2:false" --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runQuizScore(cmd.Context(), app, args[0], o, cmd.Flags().Changed("answers"))
		},
	}
	cmd.Flags().StringVar(&o.answers, "answers", "", `answers as "1:b 2:true 3:1979 ..."`)
	cmd.Flags().StringVar(&o.file, "answers-file", "", "read the answers (same form as --answers) from FILE")
	cmd.Flags().StringVar(&o.version, "version", "", "version letter (default from ID, else A)")
	cmd.Flags().BoolVar(&o.again, "again", false, "score a version that was already scored (records the reviews again)")
	cmd.Flags().BoolVar(&o.json, "json", false, "print the marks as JSON")
	return cmd
}

// scoreReport is what score prints with --json.
type scoreReport struct {
	Quiz     string        `json:"quiz"`
	Correct  int           `json:"correct"`
	Close    int           `json:"close"`
	Wrong    int           `json:"wrong"`
	Skipped  []int         `json:"skipped"`
	Recorded int           `json:"recorded"`
	Missing  []string      `json:"missing_cards,omitempty"`
	Results  []quiz.Result `json:"results"`
}

func runQuizScore(ctx context.Context, app *App, label string, o scoreOptions, haveAnswers bool) error {
	db, err := openCollection(ctx, app, false)
	if err != nil {
		return err
	}
	defer db.Close()
	sq, v, err := resolveQuiz(ctx, app, db, label, o.version)
	if err != nil {
		return err
	}
	id, letter := sq.ID, v.Letter
	if at, done := sq.Scored[letter]; done && !o.again {
		return exitCodeError{exitError, fmt.Errorf("quiz %s-%s was already scored on %s; use --again to record it once more", id, letter, at.Format("2006-01-02 15:04"))}
	}

	var answers map[int]string
	if o.file != "" {
		b, err := os.ReadFile(o.file)
		if err != nil {
			return fmt.Errorf("read answers: %w", err)
		}
		o.answers, haveAnswers = string(b), true
	}
	if haveAnswers {
		if answers, err = quiz.ParseAnswers(o.answers, len(v.Questions)); err != nil {
			return usageError{"--answers: " + err.Error()}
		}
	} else {
		if answers, err = askAnswers(app, &sq.Quiz, v); err != nil {
			return err
		}
	}
	results, skipped := quiz.Grade(v, answers, func(q quiz.Question, expected, typed string) cards.Verdict {
		return cards.CheckText(q.Kind, q.Prompt, expected, typed).Verdict
	})

	cfg, err := collectionConfig(ctx, db)
	if err != nil {
		return err
	}
	sched, err := cfg.NewScheduler()
	if err != nil {
		return err
	}
	now := app.Now()
	rep := scoreReport{Quiz: id + "-" + letter, Skipped: skipped, Results: results}
	if rep.Skipped == nil {
		rep.Skipped = []int{}
	}
	// Look every card up first: a quiz whose cards are not in the
	// collection (notes never imported) records nothing at all.
	stored := map[string]*store.StoredCard{}
	for _, r := range results {
		c, err := db.Card(ctx, r.CardID)
		if errors.Is(err, store.ErrNotFound) {
			rep.Missing = append(rep.Missing, r.CardID)
			continue
		}
		if err != nil {
			return err
		}
		stored[r.CardID] = c
	}
	if len(results) > 0 && len(stored) == 0 {
		return exitCodeError{exitError, fmt.Errorf("none of the cards of quiz %s are in %s: import its notes first", id, app.DBPath)}
	}
	for _, r := range results {
		switch r.Verdict {
		case cards.Correct:
			rep.Correct++
		case cards.Close:
			rep.Close++
		default:
			rep.Wrong++
		}
		c := stored[r.CardID]
		if c == nil {
			continue
		}
		rating := quiz.Rating(r.Verdict)
		after, log := sched.Next(c.Memory, now, rating, scheduler.CardSeed(c.ID))
		_, err = db.RecordAnswerDetail(ctx, store.Answer{
			CardID: c.ID, Before: c.Memory, After: after, Log: log,
			Typed: r.Typed, Verdict: string(r.Verdict), Source: "quiz",
			BuryUntil: store.NextDayStart(now, cfg.DayStart, time.Local),
		})
		if err != nil {
			return fmt.Errorf("record quiz answer for card %s: %w", c.ID, err)
		}
		rep.Recorded++
	}
	if sq.Scored == nil {
		sq.Scored = map[string]time.Time{}
	}
	sq.Scored[letter] = now
	if err := saveQuiz(ctx, db, &sq.Quiz, sq.Scored); err != nil {
		return err
	}

	if o.json {
		enc := json.NewEncoder(app.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	for _, r := range results {
		q := fmt.Sprint(r.Question)
		if r.Pair > 0 {
			q += "." + strconv.Itoa(r.Pair)
		}
		typed := r.Typed
		if typed == "" {
			typed = "-"
		}
		fmt.Fprintf(app.Out, "%-5s %-8s %s", q, r.Verdict, typed)
		if r.Verdict != cards.Correct {
			fmt.Fprintf(app.Out, " (key: %s)", r.Expected)
		}
		fmt.Fprintln(app.Out)
	}
	total := len(results)
	fmt.Fprintf(app.Out, "quiz %s: %d of %d right", rep.Quiz, rep.Correct, total)
	if rep.Close > 0 {
		fmt.Fprintf(app.Out, ", %d nearly", rep.Close)
	}
	if len(skipped) > 0 {
		fmt.Fprintf(app.Out, ", %s skipped", plural(len(skipped), "question"))
	}
	fmt.Fprintf(app.Out, "; %s recorded\n", plural(rep.Recorded, "review"))
	if len(rep.Missing) > 0 {
		fmt.Fprintf(app.Err, "recall: warning: %s of this quiz are no longer in the collection; their answers were not recorded\n", plural(len(rep.Missing), "card"))
	}
	return nil
}

// askAnswers reads one answer per question from the input: an empty line
// skips the question, end of input skips the rest.
func askAnswers(app *App, q *quiz.Quiz, v *quiz.Version) (map[int]string, error) {
	in := bufio.NewScanner(app.In)
	answers := map[int]string{}
	fmt.Fprintf(app.Out, "Answers for quiz %s (empty line: skip)\n", q.Label(v))
	for _, qq := range v.Questions {
		hint := ""
		switch qq.Type {
		case quiz.MC:
			hint = " [a-" + quiz.Letter(len(qq.Options)-1) + "]"
		case quiz.TF:
			hint = " [true/false]"
		case quiz.Match:
			hint = fmt.Sprintf(" [a letter for each of 1-%d, e.g. 1c 2a]", len(qq.Left))
		}
		prompt := qq.Prompt
		if r := []rune(prompt); len(r) > 60 {
			prompt = string(r[:57]) + "..."
		}
		fmt.Fprintf(app.Out, "%d. %s%s: ", qq.N, prompt, hint)
		if !in.Scan() {
			fmt.Fprintln(app.Out)
			break
		}
		if a := strings.TrimSpace(in.Text()); a != "" {
			answers[qq.N] = a
		}
	}
	if err := in.Err(); err != nil {
		return nil, fmt.Errorf("read answers: %w", err)
	}
	return answers, nil
}

// candidatesFromNotes reads notes and makes their cards as import does (one
// cards.GenerateNotes over all their facts, so distractors come from every note
// given), without touching the collection: every card is new.
func candidatesFromNotes(paths []string, warn io.Writer) ([]quiz.Candidate, error) {
	var facts [][]notes.Fact // each note's
	titles := map[string]string{}
	type read struct {
		path, title string
		facts       []notes.Fact
	}
	err := eachNote(paths, warn, func(n *notes.Note) any {
		return read{n.Path, n.Title, notes.Extract(n)} // on every core
	}, func(v any) {
		r := v.(read)
		titles[r.path] = r.title
		facts = append(facts, r.facts)
	}, nil) // a quiz of notes is a few notes, read in a moment
	if err != nil {
		return nil, err
	}
	var out []quiz.Candidate
	for i, c := range cards.GenerateNotes(facts, cards.Options{}) {
		out = append(out, quiz.Candidate{Card: c, Note: cmp.Or(titles[c.Fact.Note], c.Fact.Title), Heading: notes.HeadingPath(c.Fact.Heading), Position: int64(i), New: true})
	}
	return out, nil
}

// resolveQuiz finds a saved quiz and one of its versions from a label such
// as "K3M9QX-B", "K3M9QX" (version A) or "last-B".
func resolveQuiz(ctx context.Context, app *App, db *store.DB, label, version string) (*savedQuiz, *quiz.Version, error) {
	id, letter, _ := strings.Cut(strings.ToUpper(strings.TrimSpace(label)), "-")
	if version != "" {
		letter = strings.ToUpper(version)
	}
	if letter == "" {
		letter = "A"
	}
	if id != "LAST" {
		// IDs never hold I, L, O or U: read handwriting's look-alikes as digits.
		id = strings.NewReplacer("O", "0", "I", "1", "L", "1").Replace(id)
	}
	var saved *store.SavedQuiz
	var err error
	if id == "LAST" {
		saved, err = db.LatestQuiz(ctx)
		if errors.Is(err, store.ErrNotFound) {
			return nil, nil, exitCodeError{exitError, fmt.Errorf("no quiz saved in %s yet", app.DBPath)}
		}
	} else {
		saved, err = db.Quiz(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			return nil, nil, exitCodeError{exitError, fmt.Errorf("no quiz %s in %s (a quiz made from notes without a collection is not saved: import the notes, make it again with the same --seed, then score it)", id, app.DBPath)}
		}
	}
	if err != nil {
		return nil, nil, err
	}
	var sq savedQuiz
	if err := json.Unmarshal(saved.Spec, &sq); err != nil {
		return nil, nil, fmt.Errorf("quiz %s: read saved spec: %w", saved.ID, err)
	}
	for i := range sq.Versions {
		if sq.Versions[i].Letter == letter {
			return &sq, &sq.Versions[i], nil
		}
	}
	return nil, nil, usageError{fmt.Sprintf("quiz %s has no version %s (it has %d)", sq.ID, letter, len(sq.Versions))}
}

type keyOptions struct {
	format, out, version, paper string
	sources, line               bool
}

func newQuizKeyCmd(app *App) *cobra.Command {
	var o keyOptions
	cmd := &cobra.Command{
		Use:   "key ID",
		Short: "Print the answer key of a saved quiz again",
		Long: `Print the answer key of a saved quiz again, for every version or one
(ID-B or --version B). --line prints one version's key in the form
'recall quiz score --answers' reads, a starting point for typing in a
class's answers.`,
		Example: `  recall quiz key K3M9QX --sources -o key.pdf
  recall quiz key last-B --line`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runQuizKey(cmd.Context(), app, args[0], o, strings.Contains(args[0], "-") || o.version != "")
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "", "md, html or pdf (default from -o's extension, else md)")
	f.StringVarP(&o.out, "output", "o", "", "write to FILE instead of standard output")
	f.StringVar(&o.version, "version", "", "only this version")
	f.StringVar(&o.paper, "paper", "a4", "paper size for html and pdf: a4 or letter")
	f.BoolVar(&o.sources, "sources", false, "show each answer's source sentence and video link")
	f.BoolVar(&o.line, "line", false, `print the key as "1:b 2:true ..." for quiz score`)
	return cmd
}

func runQuizKey(ctx context.Context, app *App, label string, o keyOptions, oneVersion bool) error {
	qo := quizOptions{n: 1, versions: 1, types: "mc", key: "none", format: o.format, out: o.out, paper: o.paper}
	if _, err := qo.validate(); err != nil {
		return err
	}
	db, err := openCollection(ctx, app, false)
	if err != nil {
		return err
	}
	defer db.Close()
	sq, v, err := resolveQuiz(ctx, app, db, label, o.version)
	if err != nil {
		return err
	}
	if o.line {
		var parts []string
		for _, q := range v.Questions {
			a := q.KeyText()
			switch q.Type {
			case quiz.MC:
				a = quiz.Letter(q.Key)
			case quiz.QA, quiz.Cloze:
				// Quoted, so an answer holding "N:" stays one answer.
				a = `"` + strings.ReplaceAll(a, `"`, "'") + `"`
			}
			parts = append(parts, fmt.Sprintf("%d:%s", q.N, a))
		}
		fmt.Fprintln(app.Out, strings.Join(parts, " "))
		return nil
	}
	q := sq.Quiz
	if oneVersion {
		q.Versions = []quiz.Version{*v}
	}
	render := map[string]func(io.Writer, *quiz.Quiz, quiz.RenderOptions) error{"md": quiz.Markdown, "html": quiz.HTML, "pdf": quiz.PDF}[qo.format]
	var b bytes.Buffer
	if err := render(&b, &q, quiz.RenderOptions{Key: true, Sources: o.sources, Paper: qo.paper}); err != nil {
		return err
	}
	if o.out != "" {
		if err := os.WriteFile(o.out, b.Bytes(), 0o644); err != nil {
			return fmt.Errorf("write answer key: %w", err)
		}
		return nil
	}
	_, err = app.Out.Write(b.Bytes())
	return err
}

// quizSummary is one row of 'recall quiz list'.
type quizSummary struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Created   time.Time `json:"created"`
	Questions int       `json:"questions"`
	Versions  []string  `json:"versions"`
	Scored    []string  `json:"scored"`
	Seed      uint64    `json:"seed"`
}

func newQuizListCmd(app *App) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "list",
		Short:   "List the saved quizzes",
		Example: "  recall quiz list\n  recall quiz list --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := openCollection(cmd.Context(), app, false)
			if err != nil {
				return err
			}
			defer db.Close()
			saved, err := db.Quizzes(cmd.Context())
			if err != nil {
				return err
			}
			rows := []quizSummary{}
			for _, s := range saved {
				var sq savedQuiz
				if err := json.Unmarshal(s.Spec, &sq); err != nil {
					return fmt.Errorf("quiz %s: read saved spec: %w", s.ID, err)
				}
				r := quizSummary{ID: s.ID, Title: sq.Title, Created: s.CreatedAt.UTC(), Seed: sq.Seed, Versions: []string{}, Scored: []string{}}
				for _, v := range sq.Versions {
					r.Versions = append(r.Versions, v.Letter)
					if _, ok := sq.Scored[v.Letter]; ok {
						r.Scored = append(r.Scored, v.Letter)
					}
				}
				if len(sq.Versions) > 0 {
					r.Questions = len(sq.Versions[0].Questions)
				}
				rows = append(rows, r)
			}
			if asJSON {
				enc := json.NewEncoder(app.Out)
				enc.SetIndent("", "  ")
				return enc.Encode(rows)
			}
			if len(rows) == 0 {
				fmt.Fprintln(app.Out, "no quizzes saved yet (make one with 'recall quiz')")
				return nil
			}
			for _, r := range rows {
				scored := "not scored"
				if len(r.Scored) > 0 {
					scored = "scored " + strings.Join(r.Scored, ",")
				}
				fmt.Fprintf(app.Out, "%s  %s  %3d questions  versions %s  %s  %s\n", r.ID, r.Created.Local().Format("2006-01-02 15:04"), r.Questions, strings.Join(r.Versions, ","), scored, r.Title)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the list as JSON")
	return cmd
}
