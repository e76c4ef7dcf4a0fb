package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// SavedQuiz is a quiz kept so that its answer key can be printed again.
type SavedQuiz struct {
	ID        string
	CreatedAt time.Time
	Spec      []byte // the quiz engineer's JSON
	CardIDs   []string
}

// SaveQuiz stores (or replaces) a quiz.
func (db *DB) SaveQuiz(ctx context.Context, id string, spec []byte, cardIDs []string, created time.Time) error {
	ids, err := json.Marshal(cardIDs)
	if err != nil {
		return err
	}
	if len(spec) == 0 {
		spec = []byte("{}")
	}
	err = db.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO quizzes (id, created_at, spec, card_ids) VALUES (?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET created_at = excluded.created_at, spec = excluded.spec, card_ids = excluded.card_ids`,
			id, created.UnixMilli(), string(spec), string(ids))
		return err
	})
	if err != nil {
		return describe(db.path, err)
	}
	return nil
}

// Quiz returns a saved quiz, or an error wrapping ErrNotFound.
func (db *DB) Quiz(ctx context.Context, id string) (*SavedQuiz, error) {
	var q SavedQuiz
	var created int64
	var spec, ids string
	err := db.db.QueryRowContext(ctx, `SELECT id, created_at, spec, card_ids FROM quizzes WHERE id = ?`, id).
		Scan(&q.ID, &created, &spec, &ids)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("quiz %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, describe(db.path, err)
	}
	q.CreatedAt = time.UnixMilli(created)
	q.Spec = []byte(spec)
	if err := json.Unmarshal([]byte(ids), &q.CardIDs); err != nil {
		return nil, fmt.Errorf("quiz %s: card ids: %w", id, err)
	}
	return &q, nil
}
