package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// Exit codes scripts can rely on.
const (
	exitOK    = 0 // success
	exitError = 1 // the command failed (bad input, missing collection, nothing read)
	exitUsage = 2 // unknown command or flag, bad arguments
)

// App holds what every command needs: where the collection is, the streams,
// and the clock. Commands never read os.Stdin/os.Stdout directly, so tests and
// the demo can run them with other streams.
type App struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	DBPath string           // resolved by resolveDBPath before any command runs
	Now    func() time.Time // the clock; tests may pin it with RECALL_NOW
}

// usageError marks a mistake in how the command was called (exit 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// exitCodeError lets a command choose its exit code while still printing a
// message (an empty message prints nothing).
type exitCodeError struct {
	code int
	err  error
}

func (e exitCodeError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}
func (e exitCodeError) Unwrap() error { return e.err }

// Main runs recall with args and the given streams and returns the exit code.
func Main(args []string, in io.Reader, out, errOut io.Writer) int {
	app := &App{In: in, Out: out, Err: errOut, Now: clock()}
	root := newRootCmd(app)
	root.SetArgs(args)
	root.SetIn(in)
	root.SetOut(out)
	root.SetErr(errOut)
	ran, err := root.ExecuteContextC(context.Background())
	if err == nil {
		return exitOK
	}
	var ce exitCodeError
	if errors.As(err, &ce) {
		if msg := ce.Error(); msg != "" {
			fmt.Fprintln(errOut, "recall: "+msg)
		}
		return ce.code
	}
	fmt.Fprintln(errOut, "recall: "+err.Error())
	var ue usageError
	if errors.As(err, &ue) || isCobraUsageError(err) {
		// the help of the command that failed: its flags and examples
		path := "recall"
		if ran != nil {
			path = ran.CommandPath()
		}
		fmt.Fprintf(errOut, "Run '%s --help' for usage.\n", path)
		return exitUsage
	}
	return exitError
}

func newRootCmd(app *App) *cobra.Command {
	root := &cobra.Command{
		Use:   "recall",
		Short: "Turn study notes into question cards and review them with FSRS",
		Long: `recall reads markdown study notes, finds the facts worth learning,
turns them into question cards and schedules their review with FSRS-6
(the scheduler Anki uses) in a local SQLite collection.

The collection is chosen with --db, else $RECALL_DB, else
$XDG_DATA_HOME/recall/recall.db (~/.local/share/recall/recall.db).`,
		Example: `  recall review --demo          # try it: review the built-in demo deck
  recall facts notes/           # show the facts found in your notes
  recall import notes/          # add the cards to your collection
  recall review                 # study what is due`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			p, err := resolveDBPath(cmd.Flag("db").Value.String())
			if err != nil {
				return err
			}
			app.DBPath = p
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDefault(cmd.Context(), app)
		},
	}
	root.PersistentFlags().String("db", "", "collection file (default $RECALL_DB or $XDG_DATA_HOME/recall/recall.db)")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageError{msg: err.Error()}
	})
	root.AddCommand(commands(app)...)
	return root
}

// resolveDBPath applies the --db, RECALL_DB, XDG order.
func resolveDBPath(flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if env := os.Getenv("RECALL_DB"); env != "" {
		return env, nil
	}
	data := os.Getenv("XDG_DATA_HOME")
	if data == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("find the collection: no --db, no RECALL_DB and no home directory: %w", err)
		}
		data = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(data, "recall", "recall.db"), nil
}

// clock returns the time source. RECALL_NOW (RFC 3339) pins it so that
// end-to-end tests of scheduling are reproducible.
func clock() func() time.Time {
	if v := os.Getenv("RECALL_NOW"); v != "" {
		if t, err := time.Parse(time.RFC3339, v); err == nil {
			return func() time.Time { return t }
		}
	}
	return time.Now
}

// isCobraUsageError recognises cobra's own argument errors, which are not typed.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires at least", "requires at most", "invalid argument", "flag needs an argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
