package main

import "github.com/spf13/cobra"

// TODO(owner): placeholder until the command lands.
func newDueCmd(app *App) *cobra.Command {
	return &cobra.Command{Use: "due", Short: "(not built yet)", Hidden: true}
}
