package main

import "github.com/spf13/cobra"

// TODO(owner): placeholder until the command lands.
func newCardsCmd(app *App) *cobra.Command {
	return &cobra.Command{Use: "cards", Short: "(not built yet)", Hidden: true}
}
