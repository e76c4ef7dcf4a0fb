package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

// TODO(owner): placeholder until the command lands.
func newReviewCmd(app *App) *cobra.Command {
	return &cobra.Command{Use: "review", Short: "(not built yet)", Hidden: true}
}

// runDefault is what bare "recall" does.
func runDefault(ctx context.Context, app *App) error {
	fmt.Fprintln(app.Out, "recall: run 'recall --help' to see the commands")
	return nil
}
