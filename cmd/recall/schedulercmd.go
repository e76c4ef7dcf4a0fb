package main

import "github.com/spf13/cobra"

// TODO(owner): placeholder until the command lands.
func newSchedulerCmd(app *App) *cobra.Command {
	return &cobra.Command{Use: "scheduler", Short: "(not built yet)", Hidden: true}
}
