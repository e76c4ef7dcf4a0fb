package scheduler

import "time"

// Two ways of counting days are in use, deliberately:
//
//   - The scheduler counts elapsed days as ts-fsrs does: the difference of
//     the UTC calendar dates of the two reviews (23:50Z to 00:10Z the next
//     day is one day). This keeps our intervals identical to the reference.
//   - Queues, the optimizer and the benchmark count study days: the local
//     date of (time - rollover hour), Anki's "next day starts at" (4 am by
//     default), so a late-night session belongs to the day before.

// utcDayNumber is the number of UTC calendar days since 1970-01-01.
func utcDayNumber(t time.Time) int64 {
	return floorDiv(t.Unix(), 86400)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// DaysBetweenUTC is ts-fsrs's dateDiffInDays: the difference of the UTC
// calendar dates of last and now.
func DaysBetweenUTC(last, now time.Time) int {
	return int(utcDayNumber(now) - utcDayNumber(last))
}

// StudyDay is the day number (days since 1970-01-01) of the study day t
// belongs to in loc, where a day starts at rolloverHour local time.
func StudyDay(t time.Time, loc *time.Location, rolloverHour int) int {
	l := t.In(loc).Add(-time.Duration(rolloverHour) * time.Hour)
	y, m, d := l.Date()
	return int(utcDayNumber(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)))
}

// StudyDaysBetween is the number of study days from a to b (the optimizer's
// and srs-benchmark's elapsed days).
func StudyDaysBetween(a, b time.Time, loc *time.Location, rolloverHour int) int {
	return StudyDay(b, loc, rolloverHour) - StudyDay(a, loc, rolloverHour)
}

// DayStart is the start of the study day containing t: the latest
// rolloverHour:00 local time at or before t.
func DayStart(t time.Time, loc *time.Location, rolloverHour int) time.Time {
	lt := t.In(loc)
	y, m, d := lt.Date()
	start := time.Date(y, m, d, rolloverHour, 0, 0, 0, loc)
	if start.After(lt) {
		start = time.Date(y, m, d-1, rolloverHour, 0, 0, 0, loc)
	}
	return start
}

// NextDayStart is the start of the study day after the one containing t:
// the end of "today" for due counts, and the time buried cards return.
func NextDayStart(t time.Time, loc *time.Location, rolloverHour int) time.Time {
	s := DayStart(t, loc, rolloverHour)
	y, m, d := s.Date()
	return time.Date(y, m, d+1, rolloverHour, 0, 0, 0, loc)
}

// BuryUntil is when a sibling buried by an answer at now comes back: the
// start of the next study day.
func BuryUntil(now time.Time, loc *time.Location, rolloverHour int) time.Time {
	return NextDayStart(now, loc, rolloverHour)
}

// DueToday reports whether a card due at due is shown on the study day of
// now (anything due before the next day starts, overdue cards included).
func DueToday(due, now time.Time, loc *time.Location, rolloverHour int) bool {
	return due.Before(NextDayStart(now, loc, rolloverHour))
}

// IsLeech reports whether a lapse that brought a card to lapses makes it a
// leech: at the threshold and, as in Anki, again every half threshold after
// it for a card that keeps failing. A threshold of 0 turns leeches off.
func IsLeech(lapses, threshold int) bool {
	if threshold <= 0 || lapses < threshold {
		return false
	}
	half := max(threshold/2, 1)
	return (lapses-threshold)%half == 0
}
