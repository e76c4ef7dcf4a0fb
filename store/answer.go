package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/recall-srs/recall/scheduler"
)

// Answer is one answer to record.
type Answer struct {
	CardID   string
	Before   scheduler.Memory // state shown; kept for undo
	After    scheduler.Memory // state the scheduler computed
	Log      scheduler.Log
	Typed    string
	Verdict  string
	Duration time.Duration
	Source   string // "review" (counts toward the daily limits) or "quiz"
	// BuryUntil is when siblings buried by this answer come back: the next
	// study day. Zero computes it from the day-start setting in local time.
	BuryUntil time.Time
}

// Recorded says what RecordAnswer did beyond storing the answer.
type Recorded struct {
	ReviewID       int64
	BuriedSiblings []string
	Leech          bool // the card just became a leech and was suspended
}

// prevState is what undo needs to put back.
type prevState struct {
	Memory    memoryJSON       `json:"memory"`
	Suspended bool             `json:"suspended"`
	Leech     bool             `json:"leech"`
	Buried    int64            `json:"buried_until"`
	Siblings  map[string]int64 `json:"siblings,omitempty"` // sibling id -> buried_until before
}

type memoryJSON struct {
	State         int     `json:"state"`
	Step          int     `json:"step"`
	Stability     float64 `json:"stability"`
	Difficulty    float64 `json:"difficulty"`
	Due           int64   `json:"due"`
	LastReview    int64   `json:"last_review"`
	Reps          int     `json:"reps"`
	Lapses        int     `json:"lapses"`
	ScheduledDays int     `json:"scheduled_days"`
	ElapsedDays   int     `json:"elapsed_days"`
	Ease          float64 `json:"ease"`
}

func toJSON(m scheduler.Memory) memoryJSON {
	return memoryJSON{int(m.State), m.Step, m.Stability, m.Difficulty, ms(m.Due), ms(m.LastReview),
		m.Reps, m.Lapses, m.ScheduledDays, m.ElapsedDays, m.Ease}
}

func (j memoryJSON) memory() scheduler.Memory {
	return scheduler.Memory{State: scheduler.State(j.State), Step: j.Step, Stability: j.Stability,
		Difficulty: j.Difficulty, Due: fromMS(j.Due), LastReview: fromMS(j.LastReview), Reps: j.Reps,
		Lapses: j.Lapses, ScheduledDays: j.ScheduledDays, ElapsedDays: j.ElapsedDays, Ease: j.Ease}
}

const updateMemory = `UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?,
	last_review = ?, reps = ?, lapses = ?, scheduled_days = ?, elapsed_days = ?, ease = ? WHERE id = ?`

func memoryArgs(m scheduler.Memory, id string) []any {
	return []any{int(m.State), m.Step, m.Stability, m.Difficulty, ms(m.Due), ms(m.LastReview), m.Reps,
		m.Lapses, m.ScheduledDays, m.ElapsedDays, m.Ease, id}
}

// RecordAnswer stores an answer in one transaction: the card's new memory
// state, a review log row, its siblings buried until the next study day, and
// the card tagged as a leech and suspended when its lapses reach the
// threshold.
func (db *DB) RecordAnswer(ctx context.Context, a Answer) (int64, error) {
	r, err := db.RecordAnswerDetail(ctx, a)
	return r.ReviewID, err
}

// RecordAnswerDetail is RecordAnswer that also reports burying and leeches.
func (db *DB) RecordAnswerDetail(ctx context.Context, a Answer) (Recorded, error) {
	var rec Recorded
	if a.Source == "" {
		a.Source = "review"
	}
	reviewed := a.Log.Reviewed
	if reviewed.IsZero() {
		return rec, fmt.Errorf("record answer for %s: log has no review time", a.CardID)
	}
	err := db.tx(ctx, func(sqltx *sql.Tx) error {
		tx := cachedTx{db, sqltx}
		var cur struct {
			suspended, leech bool
			buried           int64
			siblings         string
			noteID           int64
			sentence         string
		}
		err := tx.QueryRowContext(ctx, `SELECT suspended, leech, buried_until, siblings, note_id, sentence FROM cards WHERE id = ?`, a.CardID).
			Scan(&cur.suspended, &cur.leech, &cur.buried, &cur.siblings, &cur.noteID, &cur.sentence)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("record answer: card %s: %w", a.CardID, ErrNotFound)
		}
		if err != nil {
			return err
		}
		m, err := readSettings(ctx, tx)
		if err != nil {
			return err
		}
		// A bad stored setting must not lose an answer: defaults apply
		// (recall config reports the bad value).
		cfg, _ := scheduler.ParseConfig(m)
		prev := prevState{Memory: toJSON(a.Before), Suspended: cur.suspended, Leech: cur.leech, Buried: cur.buried}

		// Siblings: the other new and review cards of the same fact wait for
		// the next day (learning cards keep their steps, as in Anki). Cards
		// of other facts from the same sentence wait too: the answer just
		// revealed that sentence, so they would be answered from memory of
		// the screen, not of the fact.
		if cur.siblings != "" && a.Source == "review" {
			until := a.BuryUntil
			if until.IsZero() {
				until = scheduler.BuryUntil(reviewed, time.Local, cfg.DayStart)
			}
			rows, err := tx.QueryContext(ctx, `SELECT id, buried_until FROM cards
				WHERE (siblings = ? OR (note_id = ? AND sentence = ? AND sentence != ''))
				AND id != ? AND buried_until < ? AND suspended = 0 AND orphaned = 0
				AND state IN (0, 2)`,
				cur.siblings, cur.noteID, cur.sentence, a.CardID, until.UnixMilli())
			if err != nil {
				return err
			}
			prev.Siblings = map[string]int64{}
			for rows.Next() {
				var id string
				var b int64
				if err := rows.Scan(&id, &b); err != nil {
					rows.Close()
					return err
				}
				prev.Siblings[id] = b
				rec.BuriedSiblings = append(rec.BuriedSiblings, id)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
			for _, id := range rec.BuriedSiblings {
				if _, err := tx.ExecContext(ctx, `UPDATE cards SET buried_until = ? WHERE id = ?`, until.UnixMilli(), id); err != nil {
					return err
				}
			}
		}

		if _, err := tx.ExecContext(ctx, updateMemory, memoryArgs(a.After, a.CardID)...); err != nil {
			return err
		}

		// Leech: at the threshold, then every half threshold more, as Anki does.
		if a.After.Lapses > a.Before.Lapses && scheduler.IsLeech(a.After.Lapses, cfg.LeechThreshold) {
			if _, err := tx.ExecContext(ctx, `UPDATE cards SET leech = 1, suspended = 1 WHERE id = ?`, a.CardID); err != nil {
				return err
			}
			rec.Leech = true
		}

		pj, err := json.Marshal(prev)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO revlog (card_id, reviewed_at, rating, state_before, elapsed_days,
			scheduled_days, stability, difficulty, due, duration_ms, typed, verdict, source, prev)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			a.CardID, reviewed.UnixMilli(), int(a.Log.Rating), int(a.Log.StateBefore), a.Log.ElapsedDays,
			a.Log.ScheduledDays, a.Log.Stability, a.Log.Difficulty, ms(a.Log.Due), a.Duration.Milliseconds(),
			a.Typed, a.Verdict, a.Source, string(pj))
		if err != nil {
			return err
		}
		rec.ReviewID, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return Recorded{}, describe(db.path, err)
	}
	return rec, nil
}

// UndoLast takes back the most recent answer: the card gets its previous
// state and flags, buried siblings come back, and the log row is deleted.
// It returns the card as it is after the undo, or nil when there is nothing
// to undo.
func (db *DB) UndoLast(ctx context.Context) (*StoredCard, error) {
	var card *StoredCard
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var id int64
		var cardID, pj string
		err := tx.QueryRowContext(ctx, `SELECT id, card_id, prev FROM revlog ORDER BY id DESC LIMIT 1`).Scan(&id, &cardID, &pj)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		var prev prevState
		if err := json.Unmarshal([]byte(pj), &prev); err != nil {
			return fmt.Errorf("undo review %d: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, updateMemory, memoryArgs(prev.Memory.memory(), cardID)...); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE cards SET suspended = ?, leech = ?, buried_until = ? WHERE id = ?`,
			prev.Suspended, prev.Leech, prev.Buried, cardID); err != nil {
			return err
		}
		for sid, b := range prev.Siblings {
			if _, err := tx.ExecContext(ctx, `UPDATE cards SET buried_until = ? WHERE id = ?`, b, sid); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM revlog WHERE id = ?`, id); err != nil {
			return err
		}
		card, err = cardByID(ctx, tx, cardID)
		return err
	})
	if err != nil {
		return nil, describe(db.path, err)
	}
	return card, nil
}

// cachedTx runs the statements of a hot path (one answer per card shown)
// through the DB's prepared-statement cache inside a transaction.
type cachedTx struct {
	db *DB
	tx *sql.Tx
}

func (c cachedTx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := c.db.stmt(ctx, q)
	if err != nil {
		return c.tx.QueryRowContext(ctx, q, args...) // reports the same error
	}
	return c.tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
}

func (c cachedTx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := c.db.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return c.tx.StmtContext(ctx, st).QueryContext(ctx, args...)
}

func (c cachedTx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	st, err := c.db.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return c.tx.StmtContext(ctx, st).ExecContext(ctx, args...)
}
