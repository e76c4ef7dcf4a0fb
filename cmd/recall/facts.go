package main

import "github.com/spf13/cobra"

// TODO(owner): placeholder until the command lands.
func newFactsCmd(app *App) *cobra.Command {
	return &cobra.Command{Use: "facts", Short: "(not built yet)", Hidden: true}
}
