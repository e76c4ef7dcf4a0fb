package session

import (
	"fmt"
	"strings"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/store"
)

// showCard prints the card's context (note title › heading) and question.
func (s *session) showCard(c *store.StoredCard) {
	out := s.o.Out
	ctx := c.NoteTitle
	if c.Heading != "" {
		ctx += " › " + c.Heading
	}
	fmt.Fprintln(out)
	fmt.Fprintf(out, "%s %s\n", s.pal.dim.Sprintf("[%d]", s.shown), s.pal.accent.Sprint(ctx))
	fmt.Fprintln(out, s.pal.bold.Sprint(c.Question))
}

// reveal prints the verdict, the expected answer and where it comes from.
func (s *session) reveal(c *store.StoredCard, typed string, r cards.Result) {
	out := s.o.Out
	var v string
	switch r.Verdict {
	case cards.Correct:
		v = s.pal.good.Sprint(s.mark("✓ ") + "correct")
	case cards.Close:
		v = s.pal.close.Sprint(s.mark("≈ ") + "close")
	default:
		v = s.pal.bad.Sprint(s.mark("✗ ") + "wrong")
	}
	// The expected answer has its own line; a note that only repeats it
	// says nothing more.
	note := strings.TrimSpace(strings.TrimSuffix(r.Note, "expected "+c.Answer))
	note = strings.TrimSuffix(note, ":")
	if note != "" {
		v += ": " + note
	}
	fmt.Fprintln(out, v)
	fmt.Fprintf(out, "%s %s\n", s.pal.dim.Sprint("answer:"), s.pal.bold.Sprint(c.Answer))
	if src := c.Fact.Sentence; src != "" {
		fmt.Fprintf(out, "%s %s\n", s.pal.dim.Sprint("source:"), src)
	}
	if c.Fact.URL != "" {
		fmt.Fprintf(out, "%s %s\n", s.pal.dim.Sprint("video: "), s.pal.accent.Sprint(c.Fact.URL))
	}
}

// mark is a symbol shown on a terminal only; plain output stays words.
func (s *session) mark(m string) string {
	if s.o.Terminal {
		return m
	}
	return ""
}

// showSection prints the note section the card comes from.
func (s *session) showSection(c *store.StoredCard) {
	out := s.o.Out
	text := ""
	if s.o.Section != nil {
		t, err := s.o.Section(c)
		if err != nil {
			fmt.Fprintln(out, s.pal.dim.Sprintf("cannot show the note section: %v", err))
		}
		text = t
	}
	if strings.TrimSpace(text) == "" {
		text = c.Fact.Sentence
	}
	where := c.NotePath
	if c.Fact.Line > 0 {
		where = fmt.Sprintf("%s:%d", where, c.Fact.Line)
	}
	fmt.Fprintln(out, s.pal.dim.Sprint("── "+where))
	fmt.Fprintln(out, strings.TrimRight(text, "\n"))
	fmt.Fprintln(out, s.pal.dim.Sprint("──"))
}
