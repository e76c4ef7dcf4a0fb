package revlog

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

const head = "card_id,review_time,review_rating,review_state,review_duration\n"

// readAll drains a reader and returns the cards' entry counts.
func readAll(t *testing.T, text string) ([]int, error) {
	t.Helper()
	rd, err := NewReader(strings.NewReader(text), "h.csv")
	if err != nil {
		return nil, err
	}
	var sizes []int
	var buf []Entry
	for {
		buf, err = rd.Next(buf)
		if err == io.EOF {
			return sizes, nil
		}
		if err != nil {
			return sizes, err
		}
		sizes = append(sizes, len(buf))
	}
}

func TestReaderErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"empty file", "", "h.csv: empty file"},
		{"missing column", "card_id,review_time,review_rating,review_state\n1,2,3,0\n", "h.csv:1: missing column review_duration"},
		{"bad rating", head + "1,1000,3,0,5\n1,2000,5,1,5\n", "h.csv:3: review_rating 5 is not 1-4"},
		{"negative rating", head + "1,1000,-1,0,5\n", "h.csv:2: review_rating -1 is not 1-4"},
		{"bad state", head + "1,1000,3,7,5\n", "h.csv:2: review_state 7 is not 0-4"},
		{"not a number", head + "1,1000,3,0,5\n1,soon,3,1,5\n", `h.csv:3: review_time "soon" is not a whole number`},
		{"fraction", head + "1,1000.5,3,0,5\n", `h.csv:2: review_time "1000.5" is not a whole number`},
		{"out of order", head + "1,5000,3,0,5\n1,4000,3,1,5\n", "h.csv:3: review_time 4000 is earlier than line 2's 5000"},
		{"not grouped", head + "1,1000,3,0,5\n2,1000,3,0,5\n1,9000,3,2,5\n", "h.csv:4: card 1 appears again after other cards"},
		{"short row", head + "1,1000,3,0,5\n1,2000,3\n", "h.csv:3: 3 fields, want 5"},
		{"bad quoting", head + "1,1000,3,0,5\n1,\"2000,3,0,5\n", "h.csv:3:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readAll(t, tt.text)
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %q, want prefix %q", err, tt.want)
			}
		})
	}
}

func TestReaderGroupsCards(t *testing.T) {
	text := "review_state,card_id,review_time,review_rating,review_duration,extra\n" + // any column order
		"0,1,1000,3,5,x\n1,1,2000,3,5,x\n2,1,3000,0,0,x\n" + // rating 0: manual entry, skipped
		"\n" +
		"0,2,1000,1,5,x\n"
	sizes, err := readAll(t, text)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(sizes), 2; got != want {
		t.Fatalf("%d cards, want %d", got, want)
	}
	if sizes[0] != 2 || sizes[1] != 1 {
		t.Errorf("card sizes %v, want [2 1]", sizes)
	}
}

func TestDay(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skip("no tz database:", err)
	}
	ms := func(s string) int64 {
		tt, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return tt.UnixMilli()
	}
	tests := []struct {
		name string
		a, b string
		loc  *time.Location
		hour int
		want int64
	}{
		{"before rollover is the previous day", "2025-01-10T03:59:00Z", "2025-01-10T04:00:00Z", time.UTC, 4, 1},
		{"same day after rollover", "2025-01-10T04:00:00Z", "2025-01-11T03:59:00Z", time.UTC, 4, 0},
		{"midnight rollover", "2025-01-10T23:59:00Z", "2025-01-11T00:00:00Z", time.UTC, 0, 1},
		{"summer time: 03:30 UTC is 04:30 in London", "2025-07-10T02:30:00Z", "2025-07-10T03:30:00Z", london, 4, 1},
		{"winter: London is UTC", "2025-01-10T03:30:00Z", "2025-01-10T04:30:00Z", london, 4, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Day(ms(tt.b), tt.loc, tt.hour) - Day(ms(tt.a), tt.loc, tt.hour)
			if got != tt.want {
				t.Errorf("days between = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestErrorType(t *testing.T) {
	_, err := readAll(t, head+"1,1000,9,0,5\n")
	var e *Error
	if !errors.As(err, &e) || e.Line != 2 {
		t.Fatalf("error %v: want *Error at line 2", err)
	}
}
