package main

import (
	"context"
	"errors"

	"github.com/recall-srs/recall/scheduler"
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

// openWithConfig opens the collection and reads its settings: most commands
// need both before they can do anything. On error nothing is left open.
func openWithConfig(ctx context.Context, app *App, create bool) (*store.DB, scheduler.Config, error) {
	db, err := openCollection(ctx, app, create)
	if err != nil {
		return nil, scheduler.Config{}, err
	}
	cfg, err := db.Config(ctx)
	if err != nil {
		db.Close()
		return nil, scheduler.Config{}, err
	}
	return db, cfg, nil
}
