package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Quizzes lists the saved quizzes, newest first.
func (db *DB) Quizzes(ctx context.Context) ([]SavedQuiz, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT id, created_at, spec, card_ids FROM quizzes ORDER BY created_at DESC, rowid DESC`)
	if err != nil {
		return nil, describe(db.path, err)
	}
	defer rows.Close()
	var out []SavedQuiz
	for rows.Next() {
		q, err := scanQuiz(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *q)
	}
	return out, rows.Err()
}

// LatestQuiz returns the quiz saved last, or an error wrapping ErrNotFound.
func (db *DB) LatestQuiz(ctx context.Context) (*SavedQuiz, error) {
	row := db.db.QueryRowContext(ctx, `SELECT id, created_at, spec, card_ids FROM quizzes ORDER BY created_at DESC, rowid DESC LIMIT 1`)
	q, err := scanQuiz(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("no quiz saved yet: %w", ErrNotFound)
	}
	if err != nil {
		return nil, describe(db.path, err)
	}
	return q, nil
}

func scanQuiz(r rowScanner) (*SavedQuiz, error) {
	var q SavedQuiz
	var created int64
	var spec, ids string
	if err := r.Scan(&q.ID, &created, &spec, &ids); err != nil {
		return nil, err
	}
	q.CreatedAt = time.UnixMilli(created)
	q.Spec = []byte(spec)
	if err := json.Unmarshal([]byte(ids), &q.CardIDs); err != nil {
		return nil, fmt.Errorf("quiz %s: card ids: %w", q.ID, err)
	}
	return &q, nil
}
