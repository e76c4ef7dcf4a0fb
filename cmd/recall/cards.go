package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/notes"
)

type cardsOptions struct {
	JSON     bool
	Types    []string
	Seed     int64
	MinScore float64
}

// jsonCard is one line of `recall cards --json`.
type jsonCard struct {
	ID       string     `json:"id"`
	Type     cards.Type `json:"type"`
	Question string     `json:"question"`
	Answer   string     `json:"answer"`
	Choices  []string   `json:"choices,omitempty"`
	Key      int        `json:"key"`
	Kind     notes.Kind `json:"kind"`
	Score    float64    `json:"score"`
	Siblings string     `json:"siblings"`
	Note     string     `json:"note"`
	Title    string     `json:"title"`
	Heading  string     `json:"heading"`
	Sentence string     `json:"sentence"`
	Fact     string     `json:"fact"` // the fact's own answer (differs from answer on tf cards)
	Line     int        `json:"line"`
	T        int        `json:"t"`
	URL      string     `json:"url"`
}

func newCardsCmd(app *App) *cobra.Command {
	opts := &cardsOptions{}
	cmd := &cobra.Command{
		Use:   "cards PATH...",
		Short: "Preview the question cards made from notes",
		Long: `Preview the question cards recall makes from the facts in markdown notes,
without storing anything:

  qa     a question naming its subject ("When did ... ?")
  cloze  the source sentence with the answer blanked
  mc     four options: the key and three distractors of the same kind
  tf     a true or false statement (about half are false)

Each card shows its quality score (0-1); cards scoring below --min-score
are left out. At the default --min-score and above, a note of ten facts or
more whose cards all come from one fact gives none: such a lone fact is
more often an aside than a thing to learn. --min-score 0 lists every card
the rules can make, each at the score a higher minimum shows it with; a
card that no minimum shows (the filter turned it down) scores 0.

A glossary section ("Key terms", "Vocabulary", "Definitions") asks each
term from its meaning and each meaning from its term; a term defined in
bold in prose ("**Osmosis** is the movement of ...") or named by its
section's heading has its meaning asked. Cards already written into a note
are asked as written (score 1.00): Anki's "{{c1::Salt}}" clozes and
"Q:"/"A:" lines anywhere, and in a note tagged #flashcards the Obsidian
plugin's "Question::Answer", "Term:::Meaning" (both ways), "?" lines and
==highlights== (as clozes). Cards from one fact share a siblings key.

PATH may be a note or a folder (searched recursively for *.md). The same
--seed always gives the same cards.`,
		Example: `  recall cards notes/iran.md                  # readable preview
  recall cards --types qa,mc notes/           # only questions and multiple choice
  recall cards --json --seed 7 notes/ | jq .  # one JSON object per card
  recall cards --min-score 0.6 notes/         # weaker cards too`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{msg: "cards: give at least one PATH (a note or a folder of notes)"}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCards(app, opts, args)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&opts.JSON, "json", false, "print one JSON object per card")
	f.StringSliceVar(&opts.Types, "types", nil, "card types to make: qa,cloze,mc,tf (default all)")
	f.Int64Var(&opts.Seed, "seed", 0, "seed for distractors and option order")
	f.Float64Var(&opts.MinScore, "min-score", cards.DefaultMinScore, "leave out cards scoring below this (0-1; 0 lists every card)")
	return cmd
}

// parseTypes reads --types values ("qa,mc" or repeated flags).
func parseTypes(vals []string) ([]cards.Type, error) {
	var out []cards.Type
	for _, v := range vals {
		for _, t := range strings.Split(v, ",") {
			t = strings.ToLower(strings.TrimSpace(t))
			if t == "" {
				continue
			}
			if !slices.Contains(cards.AllTypes, cards.Type(t)) {
				return nil, usageError{msg: fmt.Sprintf("cards: unknown card type %q (want qa, cloze, mc or tf)", t)}
			}
			if !slices.Contains(out, cards.Type(t)) {
				out = append(out, cards.Type(t))
			}
		}
	}
	return out, nil
}

func runCards(app *App, opts *cardsOptions, paths []string) error {
	types, err := parseTypes(opts.Types)
	if err != nil {
		return err
	}
	if opts.MinScore < 0 || opts.MinScore > 1 {
		return usageError{msg: fmt.Sprintf("cards: --min-score %v is outside 0-1", opts.MinScore)}
	}
	// facts are extracted in parallel, in file order; cards need them all
	// at once because distractors come from the whole set
	var facts [][]notes.Fact // each note's
	nNotes, nFacts := 0, 0
	// on a terminal, a bar while the notes are read and a spinner while
	// the cards are made (the corpus of 10,000 notes takes seconds); the
	// cards print once both are cleared
	err = eachNote(paths, app.Err, func(n *notes.Note) any { return notes.Extract(n) }, func(v any) {
		nNotes++
		facts = append(facts, v.([]notes.Fact))
		nFacts += len(facts[len(facts)-1])
	}, func(files int) *progressbar.ProgressBar { return newProgress(app, files, "reading notes") })
	if err != nil {
		return err
	}
	min := opts.MinScore
	if min == 0 {
		min = -1 // the user asked for every card
	}
	stop := func() {}
	if nNotes >= barMinimum { // as many notes as the reading bar shows for
		stop = spinner(app, "making cards")
	}
	cs := cards.GenerateNotes(facts, cards.Options{Seed: opts.Seed, Types: types, MinScore: min})
	stop()
	out := bufio.NewWriter(app.Out)
	if opts.JSON {
		err = writeCardsJSON(out, cs)
	} else {
		err = writeCardsText(out, cs, nFacts, nNotes)
	}
	if err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return err
	}
	// the minimum score is strict on purpose; say how to see more rather
	// than leave a thin note silently empty
	writeNoCardHint(app.Err, notesWithoutCards(facts, cs), opts.MinScore, "cards", "shows")
	return nil
}

// notesWithoutCards counts the notes with facts that gave no card; facts
// holds each note's.
func notesWithoutCards(facts [][]notes.Fact, cs []cards.Card) int {
	carded := map[string]bool{}
	for _, c := range cs {
		carded[c.Fact.Note] = true
	}
	seen, n := map[string]bool{}, 0
	for _, fs := range facts {
		for _, f := range fs {
			if !seen[f.Note] {
				seen[f.Note] = true
				if !carded[f.Note] {
					n++
				}
			}
		}
	}
	return n
}

func writeCardsJSON(w io.Writer, cs []cards.Card) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, c := range cs {
		f := c.Fact
		if err := enc.Encode(jsonCard{
			ID: c.ID, Type: c.Type, Question: c.Question, Answer: c.Answer, Choices: c.Choices, Key: c.Key,
			Kind: c.Kind, Score: c.Score, Siblings: c.Siblings, Note: f.Note, Title: f.Title,
			Heading: notes.HeadingPath(f.Heading), Sentence: f.Sentence, Fact: f.Answer, Line: f.Line, T: f.T, URL: f.URL,
		}); err != nil {
			return fmt.Errorf("write cards: %w", err)
		}
	}
	return nil
}

func writeCardsText(w io.Writer, cs []cards.Card, nFacts, nNotes int) error {
	last := ""
	for _, c := range cs {
		f := c.Fact
		if c.Siblings != last {
			last = c.Siblings
			// the context a review shows above the card: the note's
			// title and the heading path
			where := fmt.Sprintf("%s:%d  %s", f.Note, f.Line, f.Title)
			if h := notes.HeadingPath(f.Heading); h != "" {
				where += " › " + h
			}
			if f.T >= 0 {
				where += "  [" + clockTime(f.T) + "]"
			}
			fmt.Fprintf(w, "\n%s\n", where)
		}
		fmt.Fprintf(w, "  %-5s %.2f  %s\n", c.Type, c.Score, c.Question)
		switch c.Type {
		case cards.MC:
			for i, ch := range c.Choices {
				mark := ""
				if i == c.Key {
					mark = "  ✓"
				}
				fmt.Fprintf(w, "              %c) %s%s\n", 'a'+i, ch, mark)
			}
		case cards.TF:
			if c.Answer == "false" {
				fmt.Fprintf(w, "              → false (the note says: %s)\n", f.Answer)
			} else {
				fmt.Fprintf(w, "              → true\n")
			}
		default:
			fmt.Fprintf(w, "              → %s\n", c.Answer)
		}
	}
	_, err := fmt.Fprintf(w, "\n%s from %s in %s\n", plural(len(cs), "card"), plural(nFacts, "fact"), plural(nNotes, "note"))
	if err != nil {
		return fmt.Errorf("write cards: %w", err)
	}
	return nil
}

// weakerMinScore is the minimum score writeNoCardHint suggests.
const weakerMinScore = 0.6

// writeNoCardHint writes to w that n notes gave no card at minScore (none
// scored it, or only a lone fact's did: see cards.Generate),
// and how "recall command" takes (verb) weaker cards too, when some did
// and weakerMinScore is weaker still (a hint to try 0.6 at 0.5 would
// take fewer cards, not more).
func writeNoCardHint(w io.Writer, n int, minScore float64, command, verb string) {
	if n == 0 || minScore <= weakerMinScore {
		return
	}
	fmt.Fprintf(w, "%s gave no card at --min-score %v; 'recall %s --min-score %v' %s weaker cards too\n",
		plural(n, "note"), minScore, command, weakerMinScore, verb)
}

// plural writes "1 card", "2 cards", for a noun whose plural adds an s.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
