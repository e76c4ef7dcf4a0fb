package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite golden files and testscript expectations")

// TestMain lets testscript run the real recall program as "recall" inside
// scripts: the test binary re-executes itself as the command.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"recall": func() { os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// sharedDir is ../shared seen from the repository root.
func sharedDir(t testing.TB) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "shared"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "notes")); err != nil {
		t.Fatalf("reference data not found at %s: %v", dir, err)
	}
	return dir
}

// TestScripts runs every testdata/script/*.txtar against the real binary,
// with $SHARED pointing at ../shared and a fresh collection per script.
func TestScripts(t *testing.T) {
	shared := sharedDir(t)
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "script"),
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		UpdateScripts:       *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("SHARED", shared)
			env.Setenv("NOTES", filepath.Join(shared, "notes"))
			env.Setenv("RECALL_DB", filepath.Join(env.WorkDir, "recall.db"))
			env.Setenv("XDG_DATA_HOME", filepath.Join(env.WorkDir, ".data"))
			env.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}
