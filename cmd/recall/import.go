package main

import "github.com/spf13/cobra"

// TODO(owner): placeholder until the command lands.
func newImportCmd(app *App) *cobra.Command {
	return &cobra.Command{Use: "import", Short: "(not built yet)", Hidden: true}
}

func newPruneCmd(app *App) *cobra.Command {
	return &cobra.Command{Use: "prune", Short: "(not built yet)", Hidden: true}
}
