package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/recall-srs/recall/scheduler"
)

// Queue says which cards a session may show and how many.
type Queue struct {
	NewLimit     int // new cards per day; negative means no limit, 0 none
	ReviewLimit  int // reviews per day; negative means no limit, 0 none
	DayStartHour int // the study day starts at this local hour (Anki: 4)
	Loc          *time.Location
	NotePaths    []string // only these notes (a path ending in "/" is a directory prefix)
	NoteTitle    string   // only the note with this title
	Heading      string   // only cards whose heading path contains this text
}

// DayStart is the start of the study day holding now (scheduler.DayStart,
// with the queue's argument order).
func DayStart(now time.Time, hour int, loc *time.Location) time.Time {
	if loc == nil {
		loc = time.Local
	}
	return scheduler.DayStart(now, loc, hour)
}

// NextDayStart is when the study day after the one holding now begins.
func NextDayStart(now time.Time, hour int, loc *time.Location) time.Time {
	if loc == nil {
		loc = time.Local
	}
	return scheduler.NextDayStart(now, loc, hour)
}

// QueueFor builds the queue the settings ask for.
func QueueFor(cfg scheduler.Config, loc *time.Location) Queue {
	if loc == nil {
		loc = time.Local
	}
	return Queue{NewLimit: cfg.NewLimit, ReviewLimit: cfg.ReviewLimit, DayStartHour: cfg.DayStart, Loc: loc}
}

func (q Queue) day(now time.Time) (start, end time.Time) {
	return DayStart(now, q.DayStartHour, q.Loc), NextDayStart(now, q.DayStartHour, q.Loc)
}

// filter is the SQL shared by every queue: active cards matching the
// queue's note and heading filters.
func (q Queue) filter(now time.Time) (string, []any) {
	where := []string{"c.suspended = 0", "c.orphaned = 0", "c.buried_until <= ?"}
	args := []any{now.UnixMilli()}
	if w, a := notePathFilter(q.NotePaths); w != "" {
		where = append(where, w)
		args = append(args, a...)
	}
	if q.NoteTitle != "" {
		where = append(where, "n.title = ?")
		args = append(args, q.NoteTitle)
	}
	if q.Heading != "" {
		where = append(where, "instr(lower(c.heading), lower(?)) > 0")
		args = append(args, q.Heading)
	}
	return strings.Join(where, " AND "), args
}

// doneToday counts the answers given since the day started to cards that
// were new and to cards that were in review, which the daily limits cap.
func doneToday(ctx context.Context, q querier, start time.Time) (newDone, reviewDone int, err error) {
	err = q.QueryRowContext(ctx, doneTodayQuery, start.UnixMilli()).Scan(&newDone, &reviewDone)
	return newDone, reviewDone, err
}

const doneTodayQuery = `SELECT
	count(DISTINCT CASE WHEN state_before = 0 THEN card_id END),
	count(CASE WHEN state_before = 2 THEN 1 END)
	FROM revlog WHERE reviewed_at >= ? AND source = 'review'`

func remaining(limit, done int) int {
	if limit < 0 {
		return 1 << 30
	}
	if done >= limit {
		return 0
	}
	return limit - done
}

// NextCard returns the card to show now, in Anki's order: learning and
// relearning cards that are due, then reviews due today (most overdue
// first), then new cards in note order, within the daily limits. It returns
// nil, nil when nothing is due.
func (db *DB) NextCard(ctx context.Context, now time.Time, q Queue) (*StoredCard, error) {
	c, err := db.nextCard(ctx, now, q)
	if err != nil {
		return nil, describe(db.path, err)
	}
	return c, nil
}

func (db *DB) nextCard(ctx context.Context, now time.Time, q Queue) (*StoredCard, error) {
	start, end := q.day(now)
	w, args := q.filter(now)
	from := ` FROM cards c JOIN notes n ON n.id = c.note_id WHERE `
	one := func(query string, extra ...any) (*StoredCard, error) {
		st, err := db.stmt(ctx, query)
		if err != nil {
			return nil, err
		}
		c, err := scanCard(st.QueryRowContext(ctx, append(extra, args...)...))
		if errors.Is(err, sql.ErrNoRows) {
			return nil, nil
		}
		return c, err
	}
	// Learning cards: the two states are read separately so each read is one
	// seek in cards_due.
	var best *StoredCard
	for _, st := range []scheduler.State{scheduler.Learning, scheduler.Relearning} {
		c, err := one(`SELECT `+cardColumns+from+`c.state = ? AND c.due <= ? AND `+w+` ORDER BY c.due LIMIT 1`,
			int(st), now.UnixMilli())
		if err != nil {
			return nil, err
		}
		if c != nil && (best == nil || c.Memory.Due.Before(best.Memory.Due)) {
			best = c
		}
	}
	if best != nil {
		return best, nil
	}
	st, err := db.stmt(ctx, doneTodayQuery)
	if err != nil {
		return nil, err
	}
	var newDone, revDone int
	if err := st.QueryRowContext(ctx, start.UnixMilli()).Scan(&newDone, &revDone); err != nil {
		return nil, err
	}
	if remaining(q.ReviewLimit, revDone) > 0 {
		c, err := one(`SELECT `+cardColumns+from+`c.state = ? AND c.due < ? AND `+w+` ORDER BY c.due LIMIT 1`,
			int(scheduler.Review), end.UnixMilli())
		if err != nil || c != nil {
			return c, err
		}
	}
	if remaining(q.NewLimit, newDone) > 0 {
		return one(`SELECT ` + cardColumns + from + `c.state = 0 AND ` + w + ` ORDER BY c.position LIMIT 1`)
	}
	return nil, nil
}

// QueueCounts says how many cards are waiting in each queue now, the daily
// limits applied.
func (db *DB) QueueCounts(ctx context.Context, now time.Time, q Queue) (learning, review, new int, err error) {
	learning, review, new, err = db.queueCounts(ctx, now, q)
	if err != nil {
		return 0, 0, 0, describe(db.path, err)
	}
	return learning, review, new, nil
}

func (db *DB) queueCounts(ctx context.Context, now time.Time, q Queue) (learning, review, new int, err error) {
	start, end := q.day(now)
	w, args := q.filter(now)
	newDone, revDone, err := doneToday(ctx, db.db, start)
	if err != nil {
		return 0, 0, 0, err
	}
	// Counting stops at the limit: a collection with 500,000 new cards
	// need not count them all to say "20 new".
	count := func(cond string, limit int, extra ...any) (int, error) {
		var n int
		a := append(append(extra, args...), limit)
		err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM cards c JOIN notes n ON n.id = c.note_id
			WHERE `+cond+` AND `+w+` LIMIT ?)`, a...).Scan(&n)
		return n, err
	}
	if learning, err = count(`c.state IN (1, 3) AND c.due <= ?`, -1, now.UnixMilli()); err != nil {
		return 0, 0, 0, err
	}
	if review, err = count(`c.state = 2 AND c.due < ?`, remaining(q.ReviewLimit, revDone), end.UnixMilli()); err != nil {
		return 0, 0, 0, err
	}
	if new, err = count(`c.state = 0`, remaining(q.NewLimit, newDone)); err != nil {
		return 0, 0, 0, err
	}
	return learning, review, new, nil
}
