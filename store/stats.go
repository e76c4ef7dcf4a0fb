package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/scheduler/stats"
)

// retentionReview is the SQL form of stats.IsRetentionReview for revlog alias r.
const retentionReview = `(r.state_before = 2 OR (r.state_before <> 0 AND
	coalesce(json_extract(r.prev, '$.memory.scheduled_days'), 0) >= 1))`

// rebuildStats recomputes the aggregates of migration 0003 from the whole log.
var rebuildStats = []string{
	`DELETE FROM stats_slots`,
	`DELETE FROM stats_retention`,
	`INSERT INTO stats_slots (slot, reviews, again, new, ms)
		SELECT reviewed_at / 900000, count(*), sum(rating = 1), sum(state_before = 0), sum(duration_ms)
		FROM revlog GROUP BY 1`,
	`WITH ret AS (
		SELECT r.reviewed_at / 900000 AS slot, r.rating,
			coalesce(json_extract(r.prev, '$.memory.scheduled_days'), 0) AS ivl,
			lag(r.reviewed_at) OVER (PARTITION BY r.card_id ORDER BY r.reviewed_at, r.id) AS prev_at
		FROM revlog r WHERE ` + retentionReview + `)
	INSERT INTO stats_retention (slot, gap, mature, fail, n)
		SELECT slot, coalesce(min(slot - prev_at / 900000, 200), 200) AS gap, ivl >= 21, rating = 1, count(*)
		FROM ret GROUP BY 1, 2, 3, 4`,
	`UPDATE stats_meta SET stale = 0 WHERE id = 1`,
}

// RebuildStats recomputes the statistics aggregates from the review log. The
// store does it by itself when they are stale; it is exported for tools
// that change the log in bulk.
func (db *DB) RebuildStats(ctx context.Context) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		for _, q := range rebuildStats {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("rebuild statistics: %w", err)
	}
	return nil
}

// StatsHistory returns the whole review history as 15-minute slots, rebuilding
// the aggregates first if the log changed in a way the triggers do not follow.
func (db *DB) StatsHistory(ctx context.Context) ([]stats.Slot, []stats.RetentionSlot, error) {
	var stale bool
	if err := db.db.QueryRowContext(ctx, `SELECT stale FROM stats_meta WHERE id = 1`).Scan(&stale); err != nil {
		return nil, nil, describe(db.path, err)
	}
	if stale {
		if err := db.RebuildStats(ctx); err != nil {
			return nil, nil, err
		}
	}
	// One read transaction, so that both tables describe the same log.
	tx, err := db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, nil, describe(db.path, err)
	}
	defer tx.Rollback()
	var slots []stats.Slot
	rows, err := tx.QueryContext(ctx, `SELECT slot, reviews, again, new, ms FROM stats_slots WHERE reviews > 0 ORDER BY slot`)
	if err != nil {
		return nil, nil, describe(db.path, err)
	}
	for rows.Next() {
		var s stats.Slot
		if err := rows.Scan(&s.Slot, &s.Reviews, &s.Again, &s.New, &s.Millis); err != nil {
			rows.Close()
			return nil, nil, err
		}
		slots = append(slots, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	var ret []stats.RetentionSlot
	// gap, mature and fail travel packed in one column: fewer cgo calls.
	rows, err = tx.QueryContext(ctx, `SELECT slot, gap * 4 + mature * 2 + fail, n FROM stats_retention
		WHERE n > 0 ORDER BY slot, gap, mature, fail`)
	if err != nil {
		return nil, nil, describe(db.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var r stats.RetentionSlot
		var key int
		if err := rows.Scan(&r.Slot, &key, &r.N); err != nil {
			return nil, nil, err
		}
		r.Gap, r.Mature, r.Fail = key/4, key&2 != 0, key&1 != 0
		ret = append(ret, r)
	}
	return slots, ret, rows.Err()
}

// StatsAnswers returns the raw answers to the cards of the given notes (by
// path), for a report narrowed to them.
func (db *DB) StatsAnswers(ctx context.Context, notePaths []string) ([]stats.Answer, error) {
	where, args := notePathFilter(notePaths)
	q := `SELECT r.card_id, r.reviewed_at, r.rating, r.state_before,
			coalesce(json_extract(r.prev, '$.memory.scheduled_days'), 0), r.duration_ms
		FROM notes n JOIN cards c ON c.note_id = n.id JOIN revlog r ON r.card_id = c.id`
	if where != "" {
		q += " WHERE " + where
	}
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, describe(db.path, err)
	}
	defer rows.Close()
	var out []stats.Answer
	for rows.Next() {
		var a stats.Answer
		var at int64
		if err := rows.Scan(&a.Card, &at, &a.Rating, &a.StateBefore, &a.LastInterval, &a.Millis); err != nil {
			return nil, err
		}
		a.At = fromMS(at)
		out = append(out, a)
	}
	return out, rows.Err()
}

// StatsCards returns every card (of the given notes, or all) with what the
// figures need. It reads only numbers and the heading per card, for speed
// on big collections; ID and Question are left empty (see StatsCardTexts).
// A card buried past now has Due and BuriedUntil both set to the later of
// its due time and the end of its burial.
func (db *DB) StatsCards(ctx context.Context, now time.Time, notePaths []string) ([]stats.Card, error) {
	type note struct{ path, title string }
	notes := map[int64]note{}
	rows, err := db.db.QueryContext(ctx, `SELECT id, path, title FROM notes`)
	if err != nil {
		return nil, describe(db.path, err)
	}
	for rows.Next() {
		var id int64
		var n note
		if err := rows.Scan(&id, &n.path, &n.title); err != nil {
			rows.Close()
			return nil, err
		}
		notes[id] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	where, args := notePathFilter(notePaths)
	// Sized up front: growing a slice of 100,000 cards costs more than counting.
	var n int
	countQ := `SELECT count(*) FROM cards c`
	if where != "" {
		countQ += ` JOIN notes n ON n.id = c.note_id WHERE ` + where
	}
	if err := db.db.QueryRowContext(ctx, countQ, args...).Scan(&n); err != nil {
		return nil, describe(db.path, err)
	}
	// Few columns: each one costs a cgo call per card. Flags travel as bits,
	// and due is the later of due and buried_until.
	q := `SELECT c.rowid, c.note_id, c.heading, c.state, c.stability, c.difficulty, max(c.due, c.buried_until),
			c.last_review, c.lapses, c.scheduled_days,
			c.suspended | (c.orphaned << 1) | (c.leech << 2) | ((c.buried_until > ?) << 3)
		FROM cards c`
	if where != "" {
		q += ` JOIN notes n ON n.id = c.note_id WHERE ` + where
	}
	rows, err = db.db.QueryContext(ctx, q, append([]any{now.UnixMilli()}, args...)...)
	if err != nil {
		return nil, describe(db.path, err)
	}
	defer rows.Close()
	out := make([]stats.Card, 0, n)
	headings := map[string]string{} // one string per distinct heading
	for rows.Next() {
		var c stats.Card
		var noteID, due, last int64
		var state, flags int
		var heading sql.RawBytes
		if err := rows.Scan(&c.Ref, &noteID, &heading, &state, &c.Memory.Stability, &c.Memory.Difficulty, &due, &last,
			&c.Memory.Lapses, &c.Memory.ScheduledDays, &flags); err != nil {
			return nil, err
		}
		c.Suspended, c.Orphaned, c.Leech = flags&1 != 0, flags&2 != 0, flags&4 != 0
		h, ok := headings[string(heading)]
		if !ok {
			h = string(heading)
			headings[h] = h
		}
		n := notes[noteID]
		c.Note, c.Title, c.Heading = n.path, n.title, h
		c.Memory.State = scheduler.State(state)
		c.Memory.Due, c.Memory.LastReview = fromMS(due), fromMS(last)
		if flags&8 != 0 {
			c.BuriedUntil = c.Memory.Due // buried past now: back when due or unburied, whichever is later
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// StatsCardTexts fills in the ID and question of the cards with the given
// references (from StatsCards).
func (db *DB) StatsCardTexts(ctx context.Context, hs []stats.Hard) error {
	for i := range hs {
		err := db.db.QueryRowContext(ctx, `SELECT id, question FROM cards WHERE rowid = ?`, hs[i].Ref).
			Scan(&hs[i].ID, &hs[i].Question)
		if err != nil {
			return fmt.Errorf("card texts: %w", describe(db.path, err))
		}
	}
	return nil
}

// NotesTitled returns the paths of the notes whose title is title (ignoring
// case), or whose path is title.
func (db *DB) NotesTitled(ctx context.Context, title string) ([]string, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT path FROM notes WHERE lower(title) = lower(?) OR path = ? ORDER BY path`,
		strings.TrimSpace(title), title)
	if err != nil {
		return nil, describe(db.path, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
