// Package optimize fits the 21 FSRS-6 parameters to a learner's review
// history and measures how well a model predicts recall, with the data
// conventions and metrics of the FSRS optimizer (fsrs-rs) and srs-benchmark.
//
// Everything is pure: histories come in as values or through a revlog.Reader
// the caller opened; nothing here reads files or clocks.
package optimize

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/recall-srs/recall/scheduler/revlog"
)

// Review is one answer in a card's replayed history.
type Review struct {
	Time     int64  // ms since the epoch, to order items in time
	T        int32  // whole days since the card's previous answer (0 for the first)
	Duration uint16 // tenths of a second spent answering (at most 6553.5 s)
	Rating   int8   // 1..4
}

// Seconds is the time spent answering.
func (r Review) Seconds() float64 { return float64(r.Duration) / 10 }

// Card is one card's history from its last learning block on.
type Card struct {
	ID      int64
	Reviews []Review
}

// Dataset is a whole history prepared for replay.
type Dataset struct {
	Cards   []Card
	Reviews int // rows read (after dropping manual rating-0 rows)
	Skipped int // cards without a learning entry (history starts mid-life)
}

// Scored counts the reviews that are predicted: t > 0 and not a card's first.
func (d *Dataset) Scored() int {
	n := 0
	for _, c := range d.Cards {
		for i, r := range c.Reviews {
			if i > 0 && r.T > 0 {
				n++
			}
		}
	}
	return n
}

// ErrTooSmall reports a history with too little to score or fit.
var ErrTooSmall = errors.New("history too small")

// DayRule is how review times become learner days.
type DayRule struct {
	Loc      *time.Location
	DayStart int // hour the day rolls over (Anki: 4)
}

// Source yields a history card by card: each call returns one card's
// entries in time order, and io.EOF after the last card. A *revlog.Reader is
// one; the command line adapts the collection's review log to another.
type Source interface {
	Next(buf []revlog.Entry) ([]revlog.Entry, error)
}

// Load reads a whole history from rd. Only the reviews from each card's last
// contiguous block of learning entries on are kept: earlier ones belong to a
// card that was later reset or relearned from scratch.
func Load(rd Source, rule DayRule) (*Dataset, error) {
	if rule.Loc == nil {
		rule.Loc = time.UTC
	}
	ds := &Dataset{}
	var buf []revlog.Entry
	for {
		var err error
		buf, err = rd.Next(buf)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		ds.Reviews += len(buf)
		c, ok := cardFrom(buf, rule)
		if !ok {
			ds.Skipped++
			continue
		}
		ds.Cards = append(ds.Cards, c)
	}
	return ds, nil
}

// cardFrom applies the last-learning-block rule and day counting to one card.
func cardFrom(es []revlog.Entry, rule DayRule) (Card, bool) {
	start := -1
	for i := len(es) - 1; i >= 0; i-- {
		if es[i].Learning() && (i == 0 || !es[i-1].Learning()) {
			start = i
			break
		}
	}
	if start < 0 {
		return Card{}, false
	}
	es = es[start:]
	c := Card{ID: es[0].CardID, Reviews: make([]Review, len(es))}
	var prev int64
	for i, e := range es {
		day := revlog.Day(e.Time, rule.Loc, rule.DayStart)
		t := int32(0)
		if i > 0 {
			t = int32(day - prev)
		}
		prev = day
		c.Reviews[i] = Review{Rating: int8(e.Rating), T: t, Time: e.Time, Duration: uint16(min((e.Duration+50)/100, 65535))}
	}
	return c, true
}

// Item is one prediction: card Card's review at index Pos (T > 0, Pos > 0)
// predicted from the reviews before it.
type Item struct {
	Card int32
	Pos  int32
	Time int64
}

// Items lists the scored reviews in time order (ties by card and position).
func (d *Dataset) Items() []Item {
	var items []Item
	for ci, c := range d.Cards {
		for i, r := range c.Reviews {
			if i > 0 && r.T > 0 {
				items = append(items, Item{Card: int32(ci), Pos: int32(i), Time: r.Time})
			}
		}
	}
	slices.SortFunc(items, func(a, b Item) int {
		return cmp.Or(cmp.Compare(a.Time, b.Time), cmp.Compare(a.Card, b.Card), cmp.Compare(a.Pos, b.Pos))
	})
	return items
}

// check refuses histories with nothing to score.
func (d *Dataset) check(minItems int) error {
	if n := d.Scored(); n < minItems {
		return fmt.Errorf("%w: %d reviews of %d cards give %d reviews after a card's first day; at least %d are needed", ErrTooSmall, d.Reviews, len(d.Cards), n, minItems)
	}
	return nil
}
