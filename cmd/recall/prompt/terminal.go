package prompt

import (
	"errors"
	"io"
	"sync"

	"github.com/manifoldco/promptui"
)

// Terminal prompts with promptui. Create it once per session with
// NewTerminal: it owns the reading of the terminal for the whole session.
type Terminal struct {
	out   io.Writer
	keys  *keyboard
	color bool
	// Size is how many menu entries are visible without scrolling.
	Size int
}

// NewTerminal prompts on the terminal in and out. color chooses whether the
// prompts use ANSI styles (off for NO_COLOR).
func NewTerminal(in io.Reader, out io.Writer, color bool) *Terminal {
	return &Terminal{out: out, keys: newKeyboard(in), color: color, Size: 10}
}

// Input reads a line with readline editing.
func (t *Terminal) Input(label string) (string, error) {
	in := t.keys.reader()
	defer in.Close()
	out := &gatedWriter{w: noBell{t.out}}
	defer out.detach()
	p := promptui.Prompt{
		Label:     label,
		Stdin:     in,
		Stdout:    out,
		Templates: t.promptTemplates(),
	}
	s, err := p.Run()
	return s, mapErr(err)
}

// Select shows a menu moved with the arrow keys (or j/k) and picked with Enter.
func (t *Terminal) Select(label string, items []string, cursor int) (int, error) {
	in := t.keys.reader()
	defer in.Close()
	out := &gatedWriter{w: noBell{t.out}}
	defer out.detach()
	if cursor < 0 || cursor >= len(items) {
		cursor = 0
	}
	size := t.Size
	if size > len(items) {
		size = len(items)
	}
	s := promptui.Select{
		Label:        label,
		Items:        items,
		Size:         size,
		CursorPos:    cursor,
		HideHelp:     true,
		HideSelected: true,
		Stdin:        in,
		Stdout:       out,
		Templates:    t.selectTemplates(),
	}
	// Keep the cursor's item on the first page when the list scrolls.
	scroll := 0
	if cursor >= size {
		scroll = cursor - size + 1
	}
	i, _, err := s.RunCursorAt(cursor, scroll)
	return i, mapErr(err)
}

func (t *Terminal) promptTemplates() *promptui.PromptTemplates {
	if t.color {
		return &promptui.PromptTemplates{
			Prompt:  "{{ . | bold }}: ",
			Valid:   "{{ . | bold }}: ",
			Invalid: "{{ . | bold }}: ",
			Success: "{{ . | faint }}: ",
		}
	}
	return &promptui.PromptTemplates{Prompt: "{{ . }}: ", Valid: "{{ . }}: ", Invalid: "{{ . }}: ", Success: "{{ . }}: "}
}

func (t *Terminal) selectTemplates() *promptui.SelectTemplates {
	if t.color {
		return &promptui.SelectTemplates{
			Label:    "{{ . | bold }}",
			Active:   "▸ {{ . | cyan | bold }}",
			Inactive: "  {{ . }}",
		}
	}
	return &promptui.SelectTemplates{Label: "{{ . }}", Active: "> {{ . }}", Inactive: "  {{ . }}"}
}

func mapErr(err error) error {
	switch {
	case errors.Is(err, promptui.ErrInterrupt):
		return ErrInterrupt
	case errors.Is(err, promptui.ErrEOF):
		return io.EOF
	}
	return err
}

// keyboard reads the terminal in a single goroutine for the whole session.
// readline leaves a read pending when a prompt ends; if every prompt read the
// terminal itself, that stale read would swallow the first key typed at the
// next prompt. Here a stale reader is closed and can no longer take input.
type keyboard struct {
	mu   sync.Mutex
	cond *sync.Cond
	buf  []byte
	err  error
}

func newKeyboard(in io.Reader) *keyboard {
	k := &keyboard{}
	k.cond = sync.NewCond(&k.mu)
	go k.loop(in)
	return k
}

func (k *keyboard) loop(in io.Reader) {
	b := make([]byte, 1024)
	for {
		n, err := in.Read(b)
		k.mu.Lock()
		k.buf = append(k.buf, b[:n]...)
		if err != nil {
			k.err = err
		}
		k.cond.Broadcast()
		k.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// reader returns the input of one prompt; Close detaches it.
func (k *keyboard) reader() *keyReader { return &keyReader{k: k} }

type keyReader struct {
	k      *keyboard
	closed bool // guarded by k.mu
}

func (r *keyReader) Read(p []byte) (int, error) {
	k := r.k
	k.mu.Lock()
	defer k.mu.Unlock()
	for len(k.buf) == 0 && k.err == nil && !r.closed {
		k.cond.Wait()
	}
	if r.closed {
		return 0, io.EOF
	}
	if len(k.buf) == 0 {
		return 0, k.err
	}
	n := copy(p, k.buf)
	k.buf = k.buf[n:]
	return n, nil
}

func (r *keyReader) Close() error {
	r.k.mu.Lock()
	r.closed = true
	r.k.cond.Broadcast()
	r.k.mu.Unlock()
	return nil
}

// gatedWriter passes a prompt's output through until the prompt is over.
// readline may still redraw its line from another goroutine after Run has
// returned (on Ctrl-C above all); that late redraw would move the cursor up
// and wipe what the session prints next, such as its summary.
type gatedWriter struct {
	mu       sync.Mutex
	w        io.Writer
	detached bool
}

func (g *gatedWriter) Write(p []byte) (int, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.detached {
		return len(p), nil
	}
	return g.w.Write(p)
}

// Close is readline's; the gate stays open until detach.
func (g *gatedWriter) Close() error { return nil }

func (g *gatedWriter) detach() {
	g.mu.Lock()
	g.detached = true
	g.mu.Unlock()
}
