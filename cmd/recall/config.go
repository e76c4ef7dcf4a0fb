package main

import "github.com/spf13/cobra"

// TODO(owner): placeholder until the command lands.
func newConfigCmd(app *App) *cobra.Command {
	return &cobra.Command{Use: "config", Short: "(not built yet)", Hidden: true}
}
