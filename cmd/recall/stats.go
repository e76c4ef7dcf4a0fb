package main

import "github.com/spf13/cobra"

// TODO(owner): placeholder until the command lands.
func newStatsCmd(app *App) *cobra.Command {
	return &cobra.Command{Use: "stats", Short: "(not built yet)", Hidden: true}
}
