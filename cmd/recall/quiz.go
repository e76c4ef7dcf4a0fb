package main

import "github.com/spf13/cobra"

// TODO(owner): placeholder until the command lands.
func newQuizCmd(app *App) *cobra.Command {
	return &cobra.Command{Use: "quiz", Short: "(not built yet)", Hidden: true}
}
