package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/spf13/cobra"

	"github.com/recall-srs/recall/cmd/recall/demo"
	"github.com/recall-srs/recall/notes"
)

// jsonFact is one line of `recall facts --json`.
type jsonFact struct {
	Note     string `json:"note"`
	Title    string `json:"title"`
	VideoID  string `json:"video_id"`
	Kind     string `json:"kind"`
	Subject  string `json:"subject"`
	Answer   string `json:"answer"`
	Value    string `json:"value"`
	Sentence string `json:"sentence"`
	Heading  string `json:"heading"`
	Line     int    `json:"line"`
	T        int    `json:"t"`
	URL      string `json:"url"`
	Glossary string `json:"glossary,omitempty"` // "terms" or "concepts": a term's meaning, from a glossary
	Form     string `json:"form,omitempty"`     // "basic", "reversed" or "cloze": a card the note's writer wrote
}

func newFactsCmd(app *App) *cobra.Command {
	var asJSON, useDemo bool
	var kinds []string
	cmd := &cobra.Command{
		Use:   "facts [PATH...]",
		Short: "Show the facts found in notes",
		Long: `Show the facts recall finds in markdown notes: populations, dates, actors,
responses, rankings, quantities, places, definitions and causes, each with
the sentence it comes from, its heading, line and video time. Cards the
note already holds (Anki's "{{c1::...}}" clozes, "Q:"/"A:" lines, and in a
note tagged #flashcards the Obsidian plugin's "::" and "?" cards) are
facts of kind "written".

PATH may be a note or a folder (searched recursively for *.md). Files that
cannot be read as notes get a warning and are skipped; the command fails
only when no note could be read. No collection is needed.`,
		Example: `  recall facts --demo                 # facts in the built-in demo notes
  recall facts notes/                 # every note under notes/
  recall facts --json notes/a.md      # one JSON object per fact
  recall facts --kind date,actor notes/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 && !useDemo {
				return usageError{msg: "facts: give at least one PATH, or --demo"}
			}
			want := map[notes.Kind]bool{}
			for _, k := range kinds {
				for _, k := range strings.Split(k, ",") {
					if k = strings.TrimSpace(k); k != "" {
						if !knownKinds[notes.Kind(k)] {
							return usageError{msg: fmt.Sprintf("facts: unknown kind %q (want population, date, actor, response, ranking, quantity, place, definition or cause)", k)}
						}
						want[notes.Kind(k)] = true
					}
				}
			}
			keep := func(f notes.Fact) bool { return len(want) == 0 || want[f.Kind] }
			out := bufio.NewWriter(app.Out)
			defer out.Flush()
			render := func(n *notes.Note) any {
				if len(n.Sentences) > 20000 {
					// A huge note streams its facts straight to the output
					// when its turn comes instead of holding them in memory.
					return func(w *bufio.Writer) {
						count := 0
						notes.ExtractEach(n, func(f notes.Fact) {
							if keep(f) {
								count++
							}
						})
						p := newFactPrinter(w, n, count, asJSON)
						notes.ExtractEach(n, func(f notes.Fact) {
							if keep(f) {
								p.print(f)
							}
						})
						p.end()
					}
				}
				var facts []notes.Fact
				for _, f := range notes.Extract(n) {
					if keep(f) {
						facts = append(facts, f)
					}
				}
				var b bytes.Buffer
				bw := bufio.NewWriter(&b)
				p := newFactPrinter(bw, n, len(facts), asJSON)
				for _, f := range facts {
					p.print(f)
				}
				p.end()
				bw.Flush()
				return b.Bytes()
			}
			emit := func(v any) {
				switch v := v.(type) {
				case []byte:
					out.Write(v)
				case func(*bufio.Writer):
					v(out)
				}
			}
			if useDemo {
				ns, err := demoNotes()
				if err != nil {
					return err
				}
				for _, n := range ns {
					emit(render(n))
				}
			}
			if len(args) > 0 {
				if err := eachNote(args, app.Err, render, emit, nil); err != nil { // the facts stream out as they are read: no bar among them
					if errors.Is(err, errNoNotes) {
						return exitCodeError{code: exitError, err: fmt.Errorf("facts: %w", err)}
					}
					return fmt.Errorf("facts: %w", err)
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object per fact")
	cmd.Flags().BoolVar(&useDemo, "demo", false, "read the demo notes built into recall")
	cmd.Flags().StringSliceVar(&kinds, "kind", nil, "only these kinds (population,date,actor,response,ranking,quantity,place,definition,cause,written)")
	return cmd
}

var knownKinds = map[notes.Kind]bool{
	notes.Population: true, notes.Date: true, notes.Actor: true, notes.Response: true, notes.Ranking: true,
	notes.Quantity: true, notes.Place: true, notes.Definition: true, notes.Cause: true, notes.Written: true,
}

// demoNotes parses the notes embedded in the binary; their paths read
// "demo/NAME.md".
func demoNotes() ([]*notes.Note, error) {
	names, err := fs.Glob(demo.Notes, "*.md")
	if err != nil {
		return nil, err
	}
	var out []*notes.Note
	for _, name := range names {
		src, err := demo.Notes.ReadFile(name)
		if err != nil {
			return nil, err
		}
		n, _, err := notes.Parse(path.Join("demo", name), src)
		if err != nil {
			return nil, fmt.Errorf("demo note: %w", err)
		}
		out = append(out, n)
	}
	return out, nil
}

// factPrinter writes one note's facts: JSON lines, or text grouped under
// the note's title and its headings.
type factPrinter struct {
	w       *bufio.Writer
	enc     *json.Encoder
	heading string
	asJSON  bool
}

func newFactPrinter(w *bufio.Writer, n *notes.Note, count int, asJSON bool) *factPrinter {
	p := &factPrinter{w: w, asJSON: asJSON, heading: "\x00"}
	if asJSON {
		p.enc = json.NewEncoder(w)
		p.enc.SetEscapeHTML(false)
	} else {
		fmt.Fprintf(w, "%s  (%s, %d facts)\n", n.Title, n.Path, count)
	}
	return p
}

func (p *factPrinter) print(f notes.Fact) {
	if p.asJSON {
		p.enc.Encode(jsonFact{
			Note: f.Note, Title: f.Title, VideoID: f.VideoID, Kind: string(f.Kind), Subject: f.Subject,
			Answer: f.Answer, Value: f.Value, Sentence: f.Sentence, Heading: notes.HeadingPath(f.Heading),
			Line: f.Line, T: f.T, URL: f.URL, Glossary: f.Glossary.String(), Form: f.Form.String(),
		})
		return
	}
	if h := notes.HeadingPath(f.Heading); h != p.heading {
		p.heading = h
		if h == "" {
			h = "(top)"
		}
		fmt.Fprintf(p.w, "  %s\n", h)
	}
	where := fmt.Sprintf("line %d", f.Line)
	if f.T >= 0 {
		where += ", " + clockTime(f.T)
	}
	about := ""
	if f.Subject != "" {
		about = " (about " + f.Subject + ")"
	}
	fmt.Fprintf(p.w, "    %-10s %s%s  [%s]\n", f.Kind, f.Answer, about, where)
	fmt.Fprintf(p.w, "               %s\n", f.Sentence)
}

func (p *factPrinter) end() {
	if !p.asJSON {
		p.w.WriteString("\n")
	}
}

// clockTime formats seconds as H:MM:SS or M:SS.
func clockTime(t int) string {
	if t >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", t/3600, t/60%60, t%60)
	}
	return fmt.Sprintf("%d:%02d", t/60, t%60)
}
