// Package revlog reads review histories in the FSRS-optimizer CSV format
// (card_id,review_time,review_rating,review_state,review_duration), the format
// Anki's FSRS tools and the srs-benchmark datasets use.
//
// The reader streams: it holds one card's rows at a time, so a history of any
// size is read in bounded memory (plus one set of card ids, to reject files
// whose rows are not grouped by card).
package revlog

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Review states as the CSV stores them.
const (
	StateNew        = 0 // the card's first learning answer
	StateLearning   = 1
	StateReview     = 2
	StateRelearning = 3
	StateFiltered   = 4 // answered in a filtered (cram) deck
)

// Entry is one row of the review log.
type Entry struct {
	CardID   int64
	Time     int64 // ms since the Unix epoch
	Rating   int   // 1 Again .. 4 Easy
	State    int   // StateNew .. StateFiltered
	Duration int64 // ms spent answering
	Line     int   // line in the file, for messages
}

// Learning reports whether the entry was answered in a (first) learning step.
func (e Entry) Learning() bool { return e.State == StateNew || e.State == StateLearning }

// Columns is the header the reader requires, in any order; extra columns are ignored.
var Columns = []string{"card_id", "review_time", "review_rating", "review_state", "review_duration"}

// Reader returns a history card by card.
type Reader struct {
	name    string
	csv     *csv.Reader
	col     [5]int
	width   int
	pending *Entry
	seen    map[int64]struct{}
	done    bool
	rows    int
}

// Error is a problem at one line of the file.
type Error struct {
	Name string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Name, e.Msg)
}

// NewReader reads the header line of r; name is used in error messages.
func NewReader(r io.Reader, name string) (*Reader, error) {
	c := csv.NewReader(r)
	c.FieldsPerRecord = -1
	c.ReuseRecord = true
	c.TrimLeadingSpace = true
	rd := &Reader{name: name, csv: c, seen: map[int64]struct{}{}}
	head, err := c.Read()
	if err == io.EOF {
		return nil, &Error{Name: name, Msg: "empty file: no header line (want " + strings.Join(Columns, ",") + ")"}
	}
	if err != nil {
		return nil, rd.csvErr(err)
	}
	for i := range rd.col {
		rd.col[i] = -1
	}
	for i, h := range head {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		for j, want := range Columns {
			if strings.EqualFold(h, want) {
				rd.col[j] = i
			}
		}
	}
	var missing []string
	for j, i := range rd.col {
		if i < 0 {
			missing = append(missing, Columns[j])
		}
		rd.width = max(rd.width, i+1)
	}
	if len(missing) > 0 {
		return nil, &Error{Name: name, Line: 1, Msg: "missing column " + strings.Join(missing, ", ") + " (header must name " + strings.Join(Columns, ",") + ")"}
	}
	return rd, nil
}

// Rows is the number of data rows read so far.
func (r *Reader) Rows() int { return r.rows }

func (r *Reader) csvErr(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &Error{Name: r.name, Line: pe.Line, Msg: pe.Err.Error()}
	}
	return fmt.Errorf("%s: %w", r.name, err)
}

func (r *Reader) row() (*Entry, error) {
	rec, err := r.csv.Read()
	if err == io.EOF {
		return nil, io.EOF
	}
	if err != nil {
		return nil, r.csvErr(err)
	}
	line, _ := r.csv.FieldPos(0)
	if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
		return r.row() // blank line
	}
	if len(rec) < r.width {
		return nil, &Error{Name: r.name, Line: line, Msg: fmt.Sprintf("%d fields, want %d (%s)", len(rec), r.width, strings.Join(Columns, ","))}
	}
	num := func(j int) (int64, error) {
		s := strings.TrimSpace(rec[r.col[j]])
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			// Some exports write integral floats ("1745851969576.0").
			f, ferr := strconv.ParseFloat(s, 64)
			if ferr != nil || f != float64(int64(f)) {
				return 0, &Error{Name: r.name, Line: line, Msg: fmt.Sprintf("%s %q is not a whole number", Columns[j], s)}
			}
			v = int64(f)
		}
		return v, nil
	}
	var v [5]int64
	for j := range v {
		if v[j], err = num(j); err != nil {
			return nil, err
		}
	}
	e := &Entry{CardID: v[0], Time: v[1], Rating: int(v[2]), State: int(v[3]), Duration: v[4], Line: line}
	if e.Rating < 0 || e.Rating > 4 {
		return nil, &Error{Name: r.name, Line: line, Msg: fmt.Sprintf("review_rating %d is not 1-4 (1 Again, 2 Hard, 3 Good, 4 Easy)", e.Rating)}
	}
	if e.State < 0 || e.State > 4 {
		return nil, &Error{Name: r.name, Line: line, Msg: fmt.Sprintf("review_state %d is not 0-4 (0 New, 1 Learning, 2 Review, 3 Relearning, 4 Filtered)", e.State)}
	}
	if e.Time <= 0 {
		return nil, &Error{Name: r.name, Line: line, Msg: fmt.Sprintf("review_time %d is not a time in ms since 1970", e.Time)}
	}
	if e.Duration < 0 {
		e.Duration = 0
	}
	r.rows++
	return e, nil
}

// Next returns the next card's entries in time order, and io.EOF after the
// last card. Rating-0 rows (manual reschedules, no answer) are skipped. The
// returned slice is reused by the next call.
func (r *Reader) Next(buf []Entry) ([]Entry, error) {
	buf = buf[:0]
	if r.done {
		return buf, io.EOF
	}
	for {
		e := r.pending
		r.pending = nil
		if e == nil {
			var err error
			e, err = r.row()
			if err == io.EOF {
				r.done = true
				if len(buf) == 0 {
					return buf, io.EOF
				}
				return buf, nil
			}
			if err != nil {
				return buf, err
			}
		}
		if len(buf) > 0 && e.CardID != buf[0].CardID {
			r.pending = e
			return buf, nil
		}
		if len(buf) == 0 {
			if _, dup := r.seen[e.CardID]; dup {
				return buf, &Error{Name: r.name, Line: e.Line, Msg: fmt.Sprintf("card %d appears again after other cards: rows must be grouped by card", e.CardID)}
			}
			r.seen[e.CardID] = struct{}{}
		} else if prev := buf[len(buf)-1]; e.Time < prev.Time {
			return buf, &Error{Name: r.name, Line: e.Line, Msg: fmt.Sprintf("review_time %d is earlier than line %d's %d: a card's rows must be in time order", e.Time, prev.Line, prev.Time)}
		}
		if e.Rating == 0 {
			continue
		}
		buf = append(buf, *e)
	}
}

// Day is the learner's day number of a review at ms: the local date, in loc,
// of the moment dayStart hours earlier (Anki's rollover, 4 am by default),
// counted from 1970-01-01.
func Day(ms int64, loc *time.Location, dayStart int) int64 {
	t := time.UnixMilli(ms).Add(-time.Duration(dayStart) * time.Hour).In(loc)
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}
