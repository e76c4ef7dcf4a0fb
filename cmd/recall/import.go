package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/notes"
	"github.com/recall-srs/recall/store"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// cardRules names the version of note reading and card generation. With
// recall's version it is part of every note's content hash, so a recall that
// makes cards differently re-reads notes that did not change (--force does
// it by hand).
const cardRules = "rules-67"

func newImportCmd(app *App) *cobra.Command {
	var opts importOptions
	cmd := &cobra.Command{
		Use:   "import PATH...",
		Short: "Add the cards of your notes to the collection (changed notes only)",
		Long: `Read notes (markdown files, or folders searched for *.md), generate their
cards and update the collection in one transaction:

  - new cards are added;
  - notes whose content did not change are skipped (by content hash);
  - a card whose ID still exists keeps its whole review history, even when
    its wording changed (counted as updated);
  - a card no longer generated is marked orphaned: kept with its history,
    hidden from reviews, listed by 'recall prune', deleted only by
    'recall prune --yes'.

A failure half-way leaves the collection as it was.`,
		Example: `  recall import notes/
  recall import notes/ more/one-note.md --json
  recall import --force notes/     # re-read unchanged notes too
  recall import --min-score 0.6 notes/   # more cards, weaker ones too (0: every card)`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runImport(cmd.Context(), app, args, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.json, "json", false, "print the summary as JSON")
	cmd.Flags().BoolVar(&opts.force, "force", false, "re-read notes even when their content is unchanged")
	cmd.Flags().Float64Var(&opts.minScore, "min-score", cards.DefaultMinScore, "leave out cards scoring below this (0-1); changing it re-reads the notes")
	return cmd
}

type importOptions struct {
	json, force bool
	minScore    float64
}

// importSummary is what import prints.
type importSummary struct {
	Notes       int      `json:"notes"`
	Skipped     int      `json:"skipped"`
	Failed      int      `json:"failed"`
	Added       int      `json:"added"`
	Updated     int      `json:"updated"`
	Unchanged   int      `json:"unchanged"`
	Orphaned    int      `json:"orphaned"`
	OrphanedIDs []string `json:"orphaned_ids,omitempty"`
	// WithoutCards counts the notes read afresh that gave no card at the
	// minimum score: a note of opinions or how-tos may have no fact worth
	// a card, and --min-score takes weaker ones
	WithoutCards int `json:"without_cards"`
}

// readGCPercent is the GOGC value while notes are read (measured on the
// 10,000-note corpus: 0.8 s less CPU, 450 MB instead of 250 MB peak heap).
// Generating cards under it too saved 0.23-0.34 s more of CPU but raised
// the peak by 57-104 MB: the import goes back to the usual GOGC first.
const readGCPercent = 400

// readResult is one note file after reading: skipped, failed or parsed.
type readResult struct {
	path    string
	skipped bool
	warns   []string
	note    store.NoteImport
	facts   []notes.Fact
	failed  bool
}

func runImport(ctx context.Context, app *App, paths []string, opts importOptions) error {
	if opts.minScore < 0 || opts.minScore > 1 {
		return usageError{msg: fmt.Sprintf("import: --min-score %v is outside 0-1", opts.minScore)}
	}
	files, err := noteFiles(paths)
	if err != nil {
		return err
	}
	// One spelling per note: "./notes/a.md" and "notes/a.md" are the same note.
	for i, f := range files {
		files[i] = filepath.Clean(f)
	}
	if len(files) == 0 {
		return fmt.Errorf("import: no notes (*.md) in %s", strings.Join(paths, ", "))
	}
	// A new collection is created only once there is something to store.
	known := map[string]string{}
	db, err := openCollection(ctx, app, false)
	switch {
	case errors.Is(err, store.ErrNoCollection):
		db = nil
	case err != nil:
		return err
	default:
		defer db.Close()
		if known, err = db.NoteHashes(ctx); err != nil {
			return err
		}
	}

	phase := phaseTimer(app)
	bar := newProgress(app, len(files), "reading notes")
	// Reading allocates much and keeps little (the facts): a rarer GC saves
	// CPU, and the heap stays far below what generating cards needs later.
	gc := debug.SetGCPercent(readGCPercent)
	if gc < 0 || gc > readGCPercent {
		debug.SetGCPercent(gc) // GOGC asked for less GC already
	}
	results := readNotes(files, known, opts.force, rulesKey(opts.minScore), bar)
	debug.SetGCPercent(gc)
	bar.Finish()
	phase("read, parse and extract")

	req := store.ImportRequest{Now: app.Now(), Roots: importRoots(paths)}
	var sum importSummary
	stop := spinner(app, "generating cards")
	assignCards(results, opts.minScore)
	stop()
	phase("generate cards")
	for _, r := range results {
		for _, w := range r.warns {
			fmt.Fprintln(app.Err, "recall: warning: "+w)
		}
		req.Seen = append(req.Seen, r.path)
		switch {
		case r.failed:
			sum.Failed++
		case r.skipped:
			sum.Skipped++
		default:
			req.Changed = append(req.Changed, r.note)
			if len(r.note.Cards) == 0 {
				sum.WithoutCards++
			}
		}
	}
	sum.Notes = len(files) - sum.Failed
	if sum.Notes == 0 {
		return fmt.Errorf("import: no note could be read from %s", strings.Join(paths, ", "))
	}
	if db == nil {
		if db, err = openCollection(ctx, app, true); err != nil {
			return err
		}
		defer db.Close()
	}
	bar = newProgress(app, len(req.Changed), "storing notes")
	req.Progress = func(n int) { bar.Add(n) }
	res, err := db.Import(ctx, req)
	bar.Finish()
	if err != nil {
		return fmt.Errorf("import: %w (nothing was changed)", err)
	}
	phase("store")
	sum.Added, sum.Updated, sum.Unchanged = res.Added, res.Updated, res.Unchanged
	sum.Orphaned, sum.OrphanedIDs = res.Orphaned, res.OrphanedIDs
	if opts.json {
		return storeJSON(app, sum)
	}
	fmt.Fprintf(app.Out, "notes %d (skipped %d unchanged", sum.Notes, sum.Skipped)
	if sum.Failed > 0 {
		fmt.Fprintf(app.Out, ", %d unreadable", sum.Failed)
	}
	fmt.Fprintf(app.Out, ")\ncards added %d, updated %d, unchanged %d, orphaned %d\n",
		sum.Added, sum.Updated, sum.Unchanged, sum.Orphaned)
	if sum.Orphaned > 0 {
		fmt.Fprintln(app.Out, "orphaned cards are hidden from reviews; 'recall prune' lists and deletes them")
	}
	writeNoCardHint(app.Out, sum.WithoutCards, opts.minScore, "import", "takes")
	return nil
}

// readNotes hashes every file and parses the changed ones on every core.
// Results come back in file order, so new cards get positions in note order.
func readNotes(files []string, known map[string]string, force bool, rules string, bar *progressbar.ProgressBar) []readResult {
	results := make([]readResult, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte // file contents, reused: most notes of a re-import are only hashed
			for i := range next {
				results[i], buf = readNote(files[i], known, force, rules, buf)
				bar.Add(1)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

// readNote reads, hashes and (when changed) parses one note. buf is scratch
// space for the file; the grown buffer is returned for the next note.
func readNote(path string, known map[string]string, force bool, rules string, buf []byte) (readResult, []byte) {
	r := readResult{path: path}
	buf, err := readFileInto(path, buf)
	if err != nil {
		r.failed = true
		r.warns = append(r.warns, fmt.Sprintf("%s: %v (skipped)", path, unwrapPathError(err)))
		return r, buf
	}
	hash := contentHash(buf, rules)
	if !force && known[path] == hash {
		r.skipped = true
		return r, buf
	}
	// Parsing gets its own copy: nothing it returns may share the buffer.
	return parseNote(r, bytes.Clone(buf), hash), buf
}

// readFileInto reads the file at path into buf, growing it as needed.
func readFileInto(path string, buf []byte) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return buf[:0], err
	}
	defer f.Close()
	b := bytes.NewBuffer(buf[:0])
	_, err = b.ReadFrom(f)
	return b.Bytes(), err
}

// parseNote parses a changed note and extracts its facts into r.
func parseNote(r readResult, src []byte, hash string) readResult {
	path := r.path
	n, warns, err := notes.Parse(path, src)
	for _, w := range warns {
		r.warns = append(r.warns, w.String())
	}
	if err != nil {
		r.failed = true
		r.warns = append(r.warns, err.Error()+" (skipped)")
		return r
	}
	r.note = store.NoteImport{Path: path, Title: n.Title, VideoID: n.VideoID, Hash: hash}
	r.facts = notes.Extract(n)
	return r
}

// rulesKey is what, besides the file, decides a note's cards: the card
// rules and the minimum score (the default leaves the key as it was).
func rulesKey(minScore float64) string {
	if minScore == cards.DefaultMinScore {
		return cardRules
	}
	return cardRules + "/min-score=" + strconv.FormatFloat(minScore, 'g', -1, 64)
}

// contentHash is a note file's hash as stored in the collection: the
// rules key and recall's version, then the bytes of the file.
func contentHash(src []byte, rules string) string {
	h := sha256.New()
	h.Write([]byte(rules + "\x00" + version + "\x00"))
	h.Write(src)
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:16])
}

// assignCards generates the cards of every note read afresh in one pass
// (distractors and ambiguity checks look across all of their facts) and
// hands each note its own cards.
func assignCards(results []readResult, minScore float64) {
	// each note's facts as they were read: joined into one slice, the
	// copy of a corpus's facts (tens of megabytes, full of pointers) cost
	// a quarter of a second of CPU on the corpus
	facts := make([][]notes.Fact, 0, len(results))
	for i := range results {
		if len(results[i].facts) > 0 {
			facts = append(facts, results[i].facts)
		}
		results[i].facts = nil // the cards carry their facts
	}
	if len(facts) == 0 {
		return
	}
	if minScore == 0 {
		minScore = -1 // every card, as with recall cards --min-score 0
	}
	all := cards.GenerateNotes(facts, cards.Options{MinScore: minScore})
	facts = nil
	// Cards keep the facts' order, so each note's cards are one run of all
	// and a note gets a slice of it; cards out of note order are grouped
	// by copying instead.
	run := map[string][2]int{}
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].Fact.Note == all[i].Fact.Note {
			j++
		}
		if _, again := run[all[i].Fact.Note]; again {
			assignCardsByCopy(results, all)
			return
		}
		run[all[i].Fact.Note] = [2]int{i, j}
		i = j
	}
	for i := range results {
		if r, ok := run[results[i].path]; ok {
			results[i].note.Cards = all[r[0]:r[1]:r[1]]
		}
	}
}

// assignCardsByCopy hands each note its cards, in their order in all.
func assignCardsByCopy(results []readResult, all []cards.Card) {
	byNote := map[string][]cards.Card{}
	for _, c := range all {
		byNote[c.Fact.Note] = append(byNote[c.Fact.Note], c)
	}
	for i := range results {
		results[i].note.Cards = byNote[results[i].path]
	}
}

// importRoots turns the paths given to import into the prefixes under which
// a note that disappeared is orphaned: a folder "notes" becomes "notes/". The
// current directory is left out, since every relative path is under it.
func importRoots(paths []string) []string {
	var roots []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			continue
		}
		c := filepath.Clean(p)
		if !fi.IsDir() {
			roots = append(roots, c)
			continue
		}
		if c == "." {
			continue
		}
		roots = append(roots, strings.TrimSuffix(filepath.ToSlash(c), "/")+"/")
	}
	return roots
}

// phaseTimer prints how long each phase took on stderr when RECALL_TIMING
// is set, for the speed figures in bench/.
func phaseTimer(app *App) func(name string) {
	if os.Getenv("RECALL_TIMING") == "" {
		return func(string) {}
	}
	last, lastCPU := time.Now(), cpuTime()
	return func(name string) {
		now, cpu := time.Now(), cpuTime()
		// CPU time beside wall time: on a shared machine it is the steadier
		// figure. A separate line keeps "timing: store" easy to parse.
		fmt.Fprintf(app.Err, "timing: %-24s %v\n", name, now.Sub(last).Round(time.Millisecond))
		fmt.Fprintf(app.Err, "cpu:    %-24s %v\n", name, (cpu - lastCPU).Round(time.Millisecond))
		last, lastCPU = now, cpu
	}
}

// cpuTime is the user and system CPU time the process used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// spinner turns a spinner on stderr (on a terminal) until stop is called,
// for work that reports no progress of its own.
func spinner(app *App, what string) (stop func()) {
	if !isTerminal(app.Err) {
		return func() {}
	}
	bar := newProgress(app, -1, what)
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				bar.Finish()
				return
			case <-t.C:
				bar.Add(1)
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

// barMinimum is the fewest items worth a bar: fewer are done before one
// would show.
const barMinimum = 50

// newProgress is a progress bar on stderr when it is a terminal, else one
// that draws nothing.
// n = -1 makes a spinner for work of unknown length.
func newProgress(app *App, n int, what string) *progressbar.ProgressBar {
	if !isTerminal(app.Err) || (n >= 0 && n < barMinimum) {
		return progressbar.DefaultSilent(int64(n), what)
	}
	if n < 0 {
		return progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(app.Err),
			progressbar.OptionSetDescription(what),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionClearOnFinish(),
		)
	}
	return progressbar.NewOptions(n,
		progressbar.OptionSetWriter(app.Err),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionThrottle(100*1000*1000),
		progressbar.OptionClearOnFinish(),
	)
}

// isTerminal says whether w is a terminal (progress bars and prompts only
// there).
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func newPruneCmd(app *App) *cobra.Command {
	var jsonOut, yes bool
	cmd := &cobra.Command{
		Use:   "prune",
		Short: "Delete orphaned cards (no longer in your notes) and their history",
		Long: `List the orphaned cards (cards your notes no longer produce) and, when
confirmed, delete them together with their review history. This is the only
command that deletes history. On a terminal it asks before deleting; in a
script pass --yes (without it, prune only lists).`,
		Example: `  recall prune            # list, then ask
  recall prune --yes      # delete without asking
  recall prune --json     # list as JSON (add --yes to delete)`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runPrune(cmd.Context(), app, jsonOut, yes)
		},
	}
	cmd.Flags().BoolVar(&jsonOut, "json", false, "print JSON")
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, "delete without asking")
	return cmd
}

type pruneReport struct {
	Orphaned []pruneCard         `json:"orphaned"`
	Deleted  bool                `json:"deleted"`
	Summary  *store.PruneSummary `json:"summary,omitempty"`
}

type pruneCard struct {
	ID       string `json:"id"`
	Note     string `json:"note"`
	Question string `json:"question"`
}

func runPrune(ctx context.Context, app *App, jsonOut, yes bool) error {
	db, err := openCollection(ctx, app, false)
	if err != nil {
		return err
	}
	defer db.Close()
	orphans, err := db.Orphans(ctx)
	if err != nil {
		return err
	}
	rep := pruneReport{Orphaned: []pruneCard{}}
	for _, c := range orphans {
		rep.Orphaned = append(rep.Orphaned, pruneCard{ID: c.ID, Note: c.NotePath, Question: c.Question})
	}
	if !jsonOut {
		if len(orphans) == 0 {
			fmt.Fprintln(app.Out, "no orphaned cards")
			return nil
		}
		for _, c := range rep.Orphaned {
			fmt.Fprintf(app.Out, "%s  %s  %s\n", c.ID, c.Note, oneLine(c.Question, 60))
		}
	}
	if len(orphans) > 0 && !yes && isTerminal(app.In) && !jsonOut {
		ok, err := confirm(app, fmt.Sprintf("Delete %d orphaned cards and their review history? [y/N] ", len(orphans)))
		if err != nil {
			return err
		}
		yes = ok
	}
	if yes && len(orphans) > 0 {
		s, err := db.Prune(ctx)
		if err != nil {
			return fmt.Errorf("prune: %w", err)
		}
		rep.Deleted, rep.Summary = true, &s
	}
	if jsonOut {
		return storeJSON(app, rep)
	}
	if rep.Deleted {
		fmt.Fprintf(app.Out, "deleted %s with %d reviews\n", nCards(rep.Summary.Cards), rep.Summary.Reviews)
	} else {
		fmt.Fprintf(app.Out, "%s kept; run 'recall prune --yes' to delete them with their history\n", nCards(len(orphans)))
	}
	return nil
}

// confirm asks a yes/no question on the terminal.
func confirm(app *App, question string) (bool, error) {
	fmt.Fprint(app.Err, question)
	var answer string
	_, err := fmt.Fscanln(app.In, &answer)
	if err != nil && !errors.Is(err, io.EOF) && err.Error() != "unexpected newline" {
		return false, err
	}
	a := strings.ToLower(strings.TrimSpace(answer))
	return a == "y" || a == "yes", nil
}

// oneLine shortens s to n runes on one line, for listings.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
