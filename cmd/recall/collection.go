package main

import (
	"context"
	"errors"

	"github.com/recall-srs/recall/store"
)

// openCollection opens the collection at app.DBPath. With create, a missing
// collection is created (import does this); without, a missing one is an
// error telling the user how to make one. Store errors are already one clear
// sentence naming the file; they exit with status 1.
func openCollection(ctx context.Context, app *App, create bool) (*store.DB, error) {
	open := store.OpenExisting
	if create {
		open = store.Open
	}
	db, err := open(ctx, app.DBPath)
	if err != nil {
		if errors.Is(err, store.ErrNoCollection) {
			return nil, exitCodeError{code: exitError, err: err}
		}
		return nil, err
	}
	return db, nil
}
