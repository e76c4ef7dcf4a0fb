package prompt

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Lines prompts with plain text: each question is printed on its own line and
// answered with one line of input. It is what scripts and tests talk to, and
// what recall uses whenever stdin is not a terminal.
type Lines struct {
	in  *bufio.Reader
	out io.Writer
}

// NewLines reads answers from in and writes prompts to out.
func NewLines(in io.Reader, out io.Writer) *Lines {
	return &Lines{in: bufio.NewReader(in), out: out}
}

// Input prints label and reads one line. A last line without a newline is
// still an answer; after it comes io.EOF.
func (l *Lines) Input(label string) (string, error) {
	fmt.Fprintln(l.out, label)
	return l.readLine()
}

func (l *Lines) readLine() (string, error) {
	s, err := l.in.ReadString('\n')
	if err == io.EOF && s != "" {
		err = nil
	}
	if err != nil {
		return "", err
	}
	return strings.TrimRight(s, "\r\n"), nil
}

// Select prints the items numbered from 1 and reads a number, or the first
// word of an item ("good" picks "Good 4d"). Empty input returns cursor.
// Anything else is answered with a hint and asked again.
func (l *Lines) Select(label string, items []string, cursor int) (int, error) {
	for i, it := range items {
		fmt.Fprintf(l.out, "  %d) %s\n", i+1, it)
	}
	for {
		fmt.Fprintln(l.out, label)
		s, err := l.readLine()
		if err != nil {
			return 0, err
		}
		if i, ok := Match(s, items, cursor); ok {
			return i, nil
		}
		fmt.Fprintf(l.out, "%q is not a choice: type a number from 1 to %d\n", s, len(items))
	}
}

// Match reads an answer to a numbered list: a number from 1, the whole item or
// its first word (case-insensitive), or nothing, which means cursor.
func Match(s string, items []string, cursor int) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return cursor, true
	}
	if n, err := strconv.Atoi(s); err == nil {
		if n >= 1 && n <= len(items) {
			return n - 1, true
		}
		return 0, false
	}
	for i, it := range items {
		if strings.EqualFold(s, it) {
			return i, true
		}
	}
	for i, it := range items {
		if f := strings.Fields(it); len(f) > 0 && strings.EqualFold(s, f[0]) {
			return i, true
		}
	}
	return 0, false
}
