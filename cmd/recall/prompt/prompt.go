// Package prompt asks the learner for input during a review: promptui menus
// and line editing on a terminal, plain numbered lines everywhere else.
//
// Commands depend on the Prompter interface, never on promptui directly, so
// the session runs the same way on a terminal, in a pipe and in tests.
package prompt

import (
	"errors"
	"io"
)

// ErrInterrupt is returned when the learner presses Ctrl-C at a prompt.
var ErrInterrupt = errors.New("interrupted")

// Prompter asks one question at a time. End of input is io.EOF.
type Prompter interface {
	// Input reads one line of text after showing label.
	Input(label string) (string, error)
	// Select shows items and returns the index of the chosen one. cursor is
	// the preselected item; -1 means none, and then an empty answer returns -1.
	Select(label string, items []string, cursor int) (int, error)
}

// noBell drops the BEL characters that promptui's select writes on every
// redraw, which make some terminals beep at each key.
type noBell struct{ w io.Writer }

func (n noBell) Write(p []byte) (int, error) {
	for i := 0; i < len(p); i++ {
		if p[i] != '\a' {
			continue
		}
		clean := make([]byte, 0, len(p))
		for _, b := range p {
			if b != '\a' {
				clean = append(clean, b)
			}
		}
		if _, err := n.w.Write(clean); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	return n.w.Write(p)
}

// Close does nothing: readline closes its output when a prompt ends, but the
// terminal must stay open for the rest of the session.
func (noBell) Close() error { return nil }
