package scheduler

import (
	"testing"
	"time"
	_ "time/tzdata" // tests use real zones with DST whatever the machine has
)

func mustLoc(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestDaysBetweenUTC(t *testing.T) {
	tests := []struct {
		last, now string
		want      int
	}{
		{"2025-01-06T23:50:00Z", "2025-01-07T00:10:00Z", 1}, // 20 minutes, but a new UTC date
		{"2025-01-06T00:10:00Z", "2025-01-06T23:50:00Z", 0},
		{"2025-01-06T09:00:00Z", "2025-01-09T08:59:00Z", 3},
		{"2025-01-06T09:00:00+05:00", "2025-01-06T20:00:00-05:00", 1}, // 04:00Z to 01:00Z next day
		{"1969-12-31T23:00:00Z", "1970-01-01T01:00:00Z", 1},
		{"2025-01-07T00:10:00Z", "2025-01-06T23:50:00Z", -1},
	}
	for _, tt := range tests {
		if got := DaysBetweenUTC(mustTime(t, tt.last), mustTime(t, tt.now)); got != tt.want {
			t.Errorf("DaysBetweenUTC(%s, %s) = %d, want %d", tt.last, tt.now, got, tt.want)
		}
	}
}

func TestStudyDay(t *testing.T) {
	ny := mustLoc(t, "America/New_York")
	tests := []struct {
		a, b string
		loc  *time.Location
		hour int
		want int
	}{
		// 23:00 and 03:00 local belong to the same study day with a 4 am rollover.
		{"2025-01-06T23:00:00-05:00", "2025-01-07T03:59:00-05:00", ny, 4, 0},
		{"2025-01-06T23:00:00-05:00", "2025-01-07T04:00:00-05:00", ny, 4, 1},
		// Midnight rollover is the plain local date.
		{"2025-01-06T23:00:00-05:00", "2025-01-07T00:30:00-05:00", ny, 0, 1},
		// The same instants counted in UTC with the rollover.
		{"2025-01-07T03:00:00Z", "2025-01-07T05:00:00Z", time.UTC, 4, 1},
		// Across the spring DST change the day count stays whole.
		{"2025-03-08T10:00:00-05:00", "2025-03-10T10:00:00-04:00", ny, 4, 2},
	}
	for _, tt := range tests {
		a, b := mustTime(t, tt.a), mustTime(t, tt.b)
		if got := StudyDaysBetween(a, b, tt.loc, tt.hour); got != tt.want {
			t.Errorf("StudyDaysBetween(%s, %s, %s, %d) = %d, want %d", tt.a, tt.b, tt.loc, tt.hour, got, tt.want)
		}
	}
	if got := StudyDay(mustTime(t, "1970-01-02T05:00:00Z"), time.UTC, 4); got != 1 {
		t.Errorf("StudyDay epoch+1 = %d, want 1", got)
	}
}

func TestDayStart(t *testing.T) {
	ny := mustLoc(t, "America/New_York")
	tests := []struct {
		now        string
		hour       int
		start, end string
	}{
		{"2025-01-07T03:59:00-05:00", 4, "2025-01-06T04:00:00-05:00", "2025-01-07T04:00:00-05:00"},
		{"2025-01-07T04:00:00-05:00", 4, "2025-01-07T04:00:00-05:00", "2025-01-08T04:00:00-05:00"},
		{"2025-01-07T12:00:00-05:00", 0, "2025-01-07T00:00:00-05:00", "2025-01-08T00:00:00-05:00"},
		// The day of the spring DST change is 23 hours long.
		{"2025-03-09T12:00:00-04:00", 4, "2025-03-09T04:00:00-04:00", "2025-03-10T04:00:00-04:00"},
		{"2025-03-09T01:00:00-05:00", 4, "2025-03-08T04:00:00-05:00", "2025-03-09T04:00:00-04:00"},
	}
	for _, tt := range tests {
		now := mustTime(t, tt.now)
		if got := DayStart(now, ny, tt.hour); !got.Equal(mustTime(t, tt.start)) {
			t.Errorf("DayStart(%s, %d) = %s, want %s", tt.now, tt.hour, got.Format(time.RFC3339), tt.start)
		}
		end := NextDayStart(now, ny, tt.hour)
		if !end.Equal(mustTime(t, tt.end)) {
			t.Errorf("NextDayStart(%s, %d) = %s, want %s", tt.now, tt.hour, end.Format(time.RFC3339), tt.end)
		}
		if !BuryUntil(now, ny, tt.hour).Equal(end) {
			t.Errorf("BuryUntil(%s) differs from the next day start", tt.now)
		}
		if !DueToday(end.Add(-time.Second), now, ny, tt.hour) || DueToday(end, now, ny, tt.hour) {
			t.Errorf("DueToday around %s wrong", end)
		}
		if !DueToday(now.Add(-48*time.Hour), now, ny, tt.hour) {
			t.Error("overdue card not due today")
		}
	}
}

func TestIsLeech(t *testing.T) {
	var got []int
	for lapses := 0; lapses <= 20; lapses++ {
		if IsLeech(lapses, 8) {
			got = append(got, lapses)
		}
	}
	want := []int{8, 12, 16, 20}
	if len(got) != len(want) {
		t.Fatalf("leech at %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("leech at %v, want %v", got, want)
		}
	}
	if IsLeech(100, 0) {
		t.Error("threshold 0 must turn leeches off")
	}
	if !IsLeech(1, 1) || !IsLeech(2, 1) {
		t.Error("threshold 1: every lapse is a leech")
	}
}
