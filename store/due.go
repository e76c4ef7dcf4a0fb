package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// DueDay is how many cards fall due on one study day.
type DueDay struct {
	Date string `json:"date"` // local date of the study day, 2006-01-02
	Due  int    `json:"due"`
}

// DueForecast is what `recall due` shows.
type DueForecast struct {
	NowLearning   int      `json:"now_learning"`   // learning cards due now
	NowReview     int      `json:"now_review"`     // reviews due now
	TodayLearning int      `json:"today_learning"` // learning cards due before the day ends
	TodayReview   int      `json:"today_review"`   // reviews due today (overdue included), before the limit
	TodayNew      int      `json:"today_new"`      // new cards still allowed today
	ReviewLimit   int      `json:"review_limit_left"`
	Days          []DueDay `json:"next_days"` // the next 7 study days, tomorrow first
	Suspended     int      `json:"suspended"` // leeches included
	Leeches       int      `json:"leeches"`
	Buried        int      `json:"buried"`
}

// Due counts what is due now, today and on each of the next days.
func (db *DB) Due(ctx context.Context, now time.Time, q Queue, days int) (DueForecast, error) {
	f, err := db.due(ctx, now, q, days)
	if err != nil {
		return f, describe(db.path, err)
	}
	return f, nil
}

func (db *DB) due(ctx context.Context, now time.Time, q Queue, days int) (DueForecast, error) {
	var f DueForecast
	start, end := q.day(now)
	w, args := q.filter(now)
	from := ` FROM cards c JOIN notes n ON n.id = c.note_id WHERE `
	nowMS, endMS := now.UnixMilli(), end.UnixMilli()
	err := db.db.QueryRowContext(ctx, `SELECT
		count(CASE WHEN c.state IN (1, 3) AND c.due <= ? THEN 1 END),
		count(CASE WHEN c.state = 2 AND c.due <= ? THEN 1 END),
		count(CASE WHEN c.state IN (1, 3) AND c.due < ? THEN 1 END),
		count(CASE WHEN c.state = 2 AND c.due < ? THEN 1 END)`+from+`c.state != 0 AND c.due < ? AND `+w,
		append([]any{nowMS, nowMS, endMS, endMS, endMS}, args...)...).
		Scan(&f.NowLearning, &f.NowReview, &f.TodayLearning, &f.TodayReview)
	if err != nil {
		return f, err
	}
	newDone, revDone, err := doneToday(ctx, db.db, start)
	if err != nil {
		return f, err
	}
	left := remaining(q.NewLimit, newDone)
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1`+from+`c.state = 0 AND `+w+` LIMIT ?)`,
		append(args, left)...).Scan(&f.TodayNew); err != nil {
		return f, err
	}
	f.ReviewLimit = min(remaining(q.ReviewLimit, revDone), 1<<30-1)

	// Next days: one pass, bucketed by the study-day boundaries.
	bounds := []time.Time{end}
	for i := 0; i < days; i++ {
		bounds = append(bounds, NextDayStart(bounds[i], q.DayStartHour, q.Loc))
	}
	f.Days = make([]DueDay, days)
	for i := range f.Days {
		f.Days[i].Date = bounds[i].In(bounds[i].Location()).Format("2006-01-02")
	}
	if days > 0 {
		var cases strings.Builder
		var cargs []any
		cases.WriteString("CASE")
		for i := 1; i <= days; i++ {
			fmt.Fprintf(&cases, " WHEN c.due < ? THEN %d", i-1)
			cargs = append(cargs, bounds[i].UnixMilli())
		}
		cases.WriteString(" END")
		rows, err := db.db.QueryContext(ctx, `SELECT `+cases.String()+` AS d, count(*)`+from+
			`c.state != 0 AND c.due >= ? AND c.due < ? AND `+w+` GROUP BY d`,
			append(append(cargs, endMS, bounds[days].UnixMilli()), args...)...)
		if err != nil {
			return f, err
		}
		defer rows.Close()
		for rows.Next() {
			var d, n int
			if err := rows.Scan(&d, &n); err != nil {
				return f, err
			}
			f.Days[d].Due = n
		}
		if err := rows.Err(); err != nil {
			return f, err
		}
	}
	err = db.db.QueryRowContext(ctx, `SELECT count(CASE WHEN suspended = 1 THEN 1 END),
		count(CASE WHEN suspended = 1 AND leech = 1 THEN 1 END),
		count(CASE WHEN suspended = 0 AND buried_until > ? THEN 1 END)
		FROM cards WHERE orphaned = 0 AND (suspended = 1 OR buried_until > ?)`, nowMS, nowMS).
		Scan(&f.Suspended, &f.Leeches, &f.Buried)
	return f, err
}
