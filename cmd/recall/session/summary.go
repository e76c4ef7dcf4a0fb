package session

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/dustin/go-humanize"
	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/store"
)

// These read-only queries back the end-of-session summary and the status
// line; they use the store's connection because they belong to the session
// screen, not to the collection's API.

// Streak counts the study days in a row, ending today, with at least one
// review. A day without reviews yet today does not break the streak: it
// then ends yesterday.
func Streak(ctx context.Context, db *store.DB, now time.Time, q store.Queue) (int, error) {
	day := store.DayStart(now, q.DayStartHour, q.Loc)
	next := store.NextDayStart(now, q.DayStartHour, q.Loc)
	n := 0
	for i := 0; i < 100000; i++ {
		var one int
		err := db.SQL().QueryRowContext(ctx, `SELECT 1 FROM revlog WHERE reviewed_at >= ? AND reviewed_at < ? LIMIT 1`,
			day.UnixMilli(), next.UnixMilli()).Scan(&one)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			if i > 0 { // today may still be empty; any earlier gap ends the streak
				return n, nil
			}
		case err != nil:
			return 0, fmt.Errorf("count the streak: %w", err)
		default:
			n++
		}
		next = day
		day = store.DayStart(day.Add(-time.Hour), q.DayStartHour, q.Loc)
	}
	return n, nil
}

// NextDue is when the next card becomes due after now: the earliest due
// learning or review card (after any burying), or the next study day when
// new cards are waiting. ok is false when nothing is scheduled at all.
func NextDue(ctx context.Context, db *store.DB, now time.Time, q store.Queue) (next time.Time, ok bool, err error) {
	for _, st := range []scheduler.State{scheduler.Learning, scheduler.Review, scheduler.Relearning} {
		// A few earliest cards per state are enough: only buried ones can
		// come later than their due time.
		rows, err := db.SQL().QueryContext(ctx, `SELECT due, buried_until FROM cards
			WHERE state = ? AND suspended = 0 AND orphaned = 0 ORDER BY due LIMIT 64`, int(st))
		if err != nil {
			return time.Time{}, false, fmt.Errorf("find the next due card: %w", err)
		}
		for rows.Next() {
			var due, buried int64
			if err := rows.Scan(&due, &buried); err != nil {
				rows.Close()
				return time.Time{}, false, err
			}
			t := time.UnixMilli(max(due, buried))
			if !ok || t.Before(next) {
				next, ok = t, true
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return time.Time{}, false, err
		}
	}
	var newCards int
	err = db.SQL().QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM cards
		WHERE state = 0 AND suspended = 0 AND orphaned = 0 LIMIT 1)`).Scan(&newCards)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("find new cards: %w", err)
	}
	if newCards > 0 {
		// New cards wait for the next day unless today's limit still lets
		// one in. NextCard answers that with one seek; counting the queues
		// would read every due card.
		t := store.NextDayStart(now, q.DayStartHour, q.Loc)
		c, err := db.NextCard(ctx, now, q)
		if err != nil {
			return time.Time{}, false, err
		}
		if c != nil {
			t = now
		}
		if !ok || t.Before(next) {
			next, ok = t, true
		}
	}
	return next, ok, nil
}

// PrintSummary writes the end of a session: cards studied, correct share,
// time spent and streak.
func PrintSummary(w io.Writer, sum Summary, streak int, color bool) {
	pal := newPalette(color)
	fmt.Fprintln(w)
	if sum.Studied == 0 {
		fmt.Fprintln(w, pal.bold.Sprint("No cards studied."))
		return
	}
	fmt.Fprintf(w, "%s · %s · %s · %s\n",
		pal.bold.Sprintf("Studied %d %s", sum.Studied, plural(sum.Studied, "card")),
		fmt.Sprintf("correct %d/%d (%d%%)", sum.Correct, sum.Studied, (sum.Correct*100+sum.Studied/2)/sum.Studied),
		"time "+formatElapsed(sum.Elapsed),
		fmt.Sprintf("streak %d %s", streak, plural(streak, "day")))
}

// PrintNext says when the next card is due (NextDue's result).
func PrintNext(w io.Writer, next time.Time, ok bool, now time.Time) {
	switch {
	case !ok:
		fmt.Fprintln(w, "Nothing is scheduled: import notes with 'recall import NOTES'.")
	case !next.After(now):
		fmt.Fprintln(w, "More cards are due now: run 'recall review' to go on.")
	default:
		fmt.Fprintf(w, "Next card due %s (%s).\n", humanize.RelTime(next, now, "ago", "from now"), next.Local().Format("Mon 2 Jan 15:04"))
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

func formatElapsed(d time.Duration) string {
	d = d.Round(time.Second)
	if d < time.Minute {
		return fmt.Sprintf("%ds", int(d/time.Second))
	}
	if d < time.Hour {
		return fmt.Sprintf("%dm %02ds", int(d/time.Minute), int(d%time.Minute/time.Second))
	}
	return fmt.Sprintf("%dh %02dm", int(d/time.Hour), int(d%time.Hour/time.Minute))
}
