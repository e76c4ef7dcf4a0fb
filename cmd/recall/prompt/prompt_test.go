package prompt

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"
)

func TestNoBellDropsBell(t *testing.T) {
	var b bytes.Buffer
	n, err := noBell{&b}.Write([]byte("a\ab\a\x1b[2K"))
	if err != nil || n != 8 {
		t.Fatalf("Write = %d, %v; want 8, nil", n, err)
	}
	if got, want := b.String(), "ab\x1b[2K"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestMatch(t *testing.T) {
	items := []string{"Again 10m", "Hard 2d", "Good 4d", "Easy 9d"}
	tests := []struct {
		in     string
		cursor int
		want   int
		ok     bool
	}{
		{"1", 2, 0, true},
		{"4", 2, 3, true},
		{"", 2, 2, true},
		{"", -1, -1, true},
		{"good", 0, 2, true},
		{"EASY", 0, 3, true},
		{"hard 2d", 0, 1, true},
		{"5", 0, 0, false},
		{"0", 0, 0, false},
		{"maybe", 0, 0, false},
	}
	for _, tt := range tests {
		got, ok := Match(tt.in, items, tt.cursor)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Match(%q, cursor %d) = %d, %v; want %d, %v", tt.in, tt.cursor, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLinesSelectAsksAgain(t *testing.T) {
	var out bytes.Buffer
	l := NewLines(strings.NewReader("7\n2\n"), &out)
	i, err := l.Select("pick:", []string{"red", "blue"}, -1)
	if err != nil || i != 1 {
		t.Fatalf("Select = %d, %v; want 1, nil", i, err)
	}
	if !strings.Contains(out.String(), `"7" is not a choice`) {
		t.Fatalf("no hint in output:\n%s", out.String())
	}
	if _, err := l.Select("pick:", []string{"red"}, 0); err != io.EOF {
		t.Fatalf("Select at end of input: err = %v, want io.EOF", err)
	}
}

func TestLinesInputLastLineWithoutNewline(t *testing.T) {
	l := NewLines(strings.NewReader("one\r\ntwo"), io.Discard)
	for _, want := range []string{"one", "two"} {
		got, err := l.Input("?")
		if err != nil || got != want {
			t.Fatalf("Input = %q, %v; want %q", got, err, want)
		}
	}
	if _, err := l.Input("?"); err != io.EOF {
		t.Fatalf("err = %v, want io.EOF", err)
	}
}

// A reader left blocked by a finished prompt must not take the next key.
func TestKeyboardStaleReaderGetsNothing(t *testing.T) {
	pr, pw := io.Pipe()
	k := newKeyboard(pr)
	stale := k.reader()
	got := make(chan string, 1)
	go func() {
		b := make([]byte, 8)
		n, _ := stale.Read(b)
		got <- string(b[:n])
	}()
	time.Sleep(10 * time.Millisecond) // let the stale read block
	stale.Close()
	if s := <-got; s != "" {
		t.Fatalf("stale reader read %q", s)
	}
	fresh := k.reader()
	go pw.Write([]byte("x"))
	b := make([]byte, 8)
	n, err := fresh.Read(b)
	if err != nil || string(b[:n]) != "x" {
		t.Fatalf("fresh Read = %q, %v; want \"x\"", b[:n], err)
	}
}
