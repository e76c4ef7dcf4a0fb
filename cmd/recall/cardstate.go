package main

import "github.com/spf13/cobra"

// TODO(owner): placeholder until the commands land.
func newCardStateCmds(app *App) []*cobra.Command { return nil }
