package session

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/cmd/recall/prompt"
	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/store"
)

// reply is an answer to a card.
type reply struct {
	typed  string
	result cards.Result
}

// commands may be typed at any prompt, with a colon (":q") so that no answer
// is mistaken for one. At the grade prompt the colon may be left out.
var commands = map[string]action{
	"u": actUndo, "undo": actUndo,
	"s": actSuspend, "suspend": actSuspend,
	"b": actBury, "bury": actBury,
	"n": actNote, "note": actNote,
	"q": actQuit, "quit": actQuit,
}

func command(s string, colon bool) action {
	s = strings.ToLower(strings.TrimSpace(s))
	if strings.HasPrefix(s, ":") {
		s = s[1:]
	} else if colon {
		return actNone
	}
	return commands[s]
}

// menu entries offered with the choices and the grades on a terminal.
var menuActions = []struct {
	label string
	act   action
}{
	{"Undo last answer", actUndo},
	{"Suspend this card", actSuspend},
	{"Bury this card until tomorrow", actBury},
	{"Show the note section", actNote},
	{"Quit (answers are saved)", actQuit},
}

func (s *session) menu(items []string) []string {
	for _, m := range menuActions {
		if m.act == actUndo && len(s.undo) == 0 {
			continue
		}
		items = append(items, s.pal.dim.Sprint(m.label))
	}
	return items
}

func (s *session) menuAction(i, first int) action {
	i -= first
	for _, m := range menuActions {
		if m.act == actUndo && len(s.undo) == 0 {
			continue
		}
		if i == 0 {
			return m.act
		}
		i--
	}
	return actNone
}

const hint = "Enter alone shows the answer · commands :u undo  :s suspend  :b bury  :n note  :q quit"

// askAnswer reads the learner's answer to c, or a command.
func (s *session) askAnswer(c *store.StoredCard) (reply, action, error) {
	p := s.o.Prompter
	if !s.hinted {
		s.hinted = true
		fmt.Fprintln(s.o.Out, s.pal.dim.Sprint(hint))
	}
	if c.Type == cards.MC || c.Type == cards.TF {
		return s.askChoice(c)
	}
	label := "answer:"
	if s.o.Terminal {
		label = "Answer"
	}
	typed, err := p.Input(label)
	if err != nil {
		return reply{}, actNone, err
	}
	if act := command(typed, true); act != actNone {
		return reply{}, act, nil
	}
	typed = strings.TrimSpace(typed)
	if typed == "" {
		return reply{result: cards.Result{Verdict: cards.Wrong, Note: "no answer given"}}, actNone, nil
	}
	return reply{typed: typed, result: cards.Check(typed, c.Card)}, actNone, nil
}

func (s *session) askChoice(c *store.StoredCard) (reply, action, error) {
	picked := func(i int) (reply, action, error) {
		if i < 0 || i >= len(c.Choices) {
			return reply{result: cards.Result{Verdict: cards.Wrong, Note: "no answer given"}}, actNone, nil
		}
		r := reply{typed: c.Choices[i], result: cards.Check(c.Choices[i], c.Card)}
		if i != c.Key {
			// The picked text may match the key's loosely; a pick is exact.
			r.result = cards.Result{Verdict: cards.Wrong, Note: "you picked " + c.Choices[i]}
		}
		return r, actNone, nil
	}
	if s.o.Terminal {
		items := append(append([]string(nil), c.Choices...), s.pal.dim.Sprint("Show me"))
		items = s.menu(items)
		i, err := s.o.Prompter.Select("Answer", items, 0)
		if err != nil {
			return reply{}, actNone, err
		}
		if i < len(c.Choices) {
			// The menu disappears once used; keep the pick on screen.
			fmt.Fprintf(s.o.Out, "%s %s\n", s.pal.dim.Sprint("Answer:"), c.Choices[i])
			return picked(i)
		}
		if i == len(c.Choices) {
			return picked(-1)
		}
		return reply{}, s.menuAction(i, len(c.Choices)+1), nil
	}
	for i, ch := range c.Choices {
		fmt.Fprintf(s.o.Out, "  %d) %s\n", i+1, ch)
	}
	for {
		line, err := s.o.Prompter.Input(fmt.Sprintf("answer (1-%d):", len(c.Choices)))
		if err != nil {
			return reply{}, actNone, err
		}
		if act := command(line, true); act != actNone {
			return reply{}, act, nil
		}
		if i, ok := prompt.Match(line, c.Choices, -1); ok {
			return picked(i)
		}
		fmt.Fprintf(s.o.Out, "%q is not a choice: type a number from 1 to %d, or nothing to see the answer\n", strings.TrimSpace(line), len(c.Choices))
	}
}

// askGrade reads the grade, or a command.
func (s *session) askGrade(opts []gradeOption, suggest scheduler.Rating) (scheduler.Rating, action, error) {
	cursor := 0
	for i, o := range opts {
		if o.Rating == suggest {
			cursor = i
		}
	}
	if s.o.Terminal {
		items := make([]string, len(opts))
		for i, o := range opts {
			items[i] = fmt.Sprintf("%-5s  %s", o.Rating.String(), scheduler.FormatInterval(o.Interval))
		}
		i, err := s.o.Prompter.Select("Grade", s.menu(items), cursor)
		if err != nil {
			return 0, actNone, err
		}
		if i < len(opts) {
			return opts[i].Rating, actNone, nil
		}
		return 0, s.menuAction(i, len(opts)), nil
	}
	parts := make([]string, len(opts))
	for i, o := range opts {
		parts[i] = fmt.Sprintf("%d %s", int(o.Rating), o)
	}
	label := fmt.Sprintf("grade: %s (empty = %s):", strings.Join(parts, " · "), suggest.String())
	for {
		line, err := s.o.Prompter.Input(label)
		if err != nil {
			return 0, actNone, err
		}
		if act := command(line, false); act != actNone {
			return 0, act, nil
		}
		if r, ok := parseGrade(line, opts, suggest); ok {
			return r, actNone, nil
		}
		fmt.Fprintf(s.o.Out, "%q is not a grade: type %s, a command (undo, suspend, bury, note, quit) or nothing for %s\n",
			strings.TrimSpace(line), gradeWords(opts), suggest.String())
	}
}

// parseGrade reads "1"-"4" or a grade's name; empty is the suggestion.
func parseGrade(line string, opts []gradeOption, suggest scheduler.Rating) (scheduler.Rating, bool) {
	line = strings.ToLower(strings.TrimSpace(line))
	if line == "" {
		return suggest, true
	}
	for _, o := range opts {
		if line == strconv.Itoa(int(o.Rating)) || line == strings.ToLower(o.Rating.String()) {
			return o.Rating, true
		}
	}
	return 0, false
}

func gradeWords(opts []gradeOption) string {
	var w []string
	for _, o := range opts {
		w = append(w, fmt.Sprintf("%d/%s", int(o.Rating), strings.ToLower(o.Rating.String())))
	}
	return strings.Join(w, ", ")
}
