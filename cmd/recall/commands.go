package main

import "github.com/spf13/cobra"

// commands lists recall's subcommands; each lives in its own file.
func commands(app *App) []*cobra.Command {
	cmds := []*cobra.Command{
		newFactsCmd(app),     // facts.go: what the notes hold
		newCardsCmd(app),     // cards.go: preview the cards
		newImportCmd(app),    // import.go: store the cards in the collection
		newPruneCmd(app),     // import.go: delete orphaned cards on request
		newDueCmd(app),       // due.go: what is due
		newConfigCmd(app),    // config.go: settings
		newReviewCmd(app),    // review.go: the interactive review session
		newQuizCmd(app),      // quiz.go: printable quizzes
		newStatsCmd(app),     // stats.go: progress over time
		newSchedulerCmd(app), // schedulercmd.go: eval, optimize, simulate
	}
	return append(cmds, newCardStateCmds(app)...) // cardstate.go: suspend, unsuspend, bury
}
