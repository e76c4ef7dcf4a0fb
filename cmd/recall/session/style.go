package session

import (
	"io"
	"os"

	"github.com/fatih/color"
	"golang.org/x/term"
)

// UseColor reports whether output to w may be coloured: only a terminal, and
// never when NO_COLOR is set (https://no-color.org) or TERM is "dumb".
func UseColor(w io.Writer) bool {
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		return false
	}
	if os.Getenv("TERM") == "dumb" {
		return false
	}
	return IsTerminal(w)
}

// IsTerminal reports whether f is a terminal (false for pipes, files, buffers).
func IsTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(int(file.Fd()))
}

// palette holds the styles of the session; all of them are plain text when
// colour is off.
type palette struct {
	dim, bold, good, close, bad, accent *color.Color
}

func newPalette(on bool) palette {
	p := palette{
		dim:    color.New(color.Faint),
		bold:   color.New(color.Bold),
		good:   color.New(color.FgGreen, color.Bold),
		close:  color.New(color.FgYellow, color.Bold),
		bad:    color.New(color.FgRed, color.Bold),
		accent: color.New(color.FgCyan),
	}
	for _, c := range []*color.Color{p.dim, p.bold, p.good, p.close, p.bad, p.accent} {
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return p
}
