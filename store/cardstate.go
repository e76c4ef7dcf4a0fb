package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Suspend hides cards from every queue until they are unsuspended.
func (db *DB) Suspend(ctx context.Context, ids ...string) error {
	return db.setFlag(ctx, "suspend", `UPDATE cards SET suspended = 1 WHERE id = ?`, nil, ids)
}

// Unsuspend puts suspended cards back in their queues (a leech keeps its tag).
func (db *DB) Unsuspend(ctx context.Context, ids ...string) error {
	return db.setFlag(ctx, "unsuspend", `UPDATE cards SET suspended = 0 WHERE id = ?`, nil, ids)
}

// Bury hides cards until the given time (usually the next study day).
func (db *DB) Bury(ctx context.Context, until time.Time, ids ...string) error {
	return db.setFlag(ctx, "bury", `UPDATE cards SET buried_until = ? WHERE id = ?`, []any{until.UnixMilli()}, ids)
}

// setFlag applies one update to every id, all or none: an unknown id fails
// the whole call.
func (db *DB) setFlag(ctx context.Context, op, query string, pre []any, ids []string) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, query)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, id := range ids {
			res, err := st.ExecContext(ctx, append(pre[:len(pre):len(pre)], id)...)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n == 0 {
				return fmt.Errorf("%s: card %s: %w", op, id, ErrNotFound)
			}
		}
		return nil
	})
	if err != nil {
		return describe(db.path, err)
	}
	return nil
}
