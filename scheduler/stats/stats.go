// Package stats computes the progress figures shown by `recall stats`: today's
// work, streaks, reviews per day, Anki-style true retention, the due forecast,
// card counts, memory distributions, mastery per note and heading, and the
// estimated total knowledge.
//
// The package is pure: the review history comes in already aggregated into
// 15-minute slots (see Slot), the cards come in as values, and the clock, the
// day boundary and the retrievability function are given by the caller.
package stats

import (
	"time"

	"github.com/recall-srs/recall/scheduler"
)

// SlotMillis is the width of one history slot: 15 minutes. Every real time
// zone offset and every whole-hour day start falls on a slot boundary, so
// slots can be folded into local days for any zone without rereading the
// review log.
const SlotMillis = 15 * 60 * 1000

// GapCap is the largest gap (in slots) kept for a retention review; anything
// at least this far from the card's previous retention review is always the
// first of its day (the longest local day is 25 hours = 100 slots).
const GapCap = 200

// MatureDays is the interval from which a card counts as mature (Anki's rule).
const MatureDays = 21

// SlotOf returns the slot holding t.
func SlotOf(t time.Time) int64 {
	ms := t.UnixMilli()
	s := ms / SlotMillis
	if ms%SlotMillis < 0 {
		s--
	}
	return s
}

// SlotTime is the start of slot s.
func SlotTime(s int64) time.Time { return time.UnixMilli(s * SlotMillis) }

// Slot is every answer given in one 15-minute slot.
type Slot struct {
	Slot    int64 `json:"slot"`
	Reviews int   `json:"reviews"`
	Again   int   `json:"again"` // answers rated Again
	New     int   `json:"new"`   // first answers of new cards
	Millis  int64 `json:"ms"`    // time spent answering
}

// RetentionSlot counts retention reviews (answers to cards with an interval of
// at least a day, the reviews Anki's true retention is made of) in one slot
// that share a gap, a maturity and an outcome.
type RetentionSlot struct {
	Slot   int64
	Gap    int  // slots since the card's previous retention review, GapCap if none or farther
	Mature bool // the interval before the answer was at least MatureDays
	Fail   bool // rated Again
	N      int
}

// Card is what the figures need to know about one card.
type Card struct {
	// Ref is the store's reference to the card; ID and Question may be left
	// empty by a store in a hurry, and filled later for the hardest cards.
	Ref         int64
	ID          string
	Note        string // note path: the identity of the note
	Title       string // note title
	Heading     string // heading path "A › B"
	Question    string
	Memory      scheduler.Memory
	Suspended   bool
	BuriedUntil time.Time
	Orphaned    bool
	Leech       bool
}

// Input is everything the figures are computed from.
type Input struct {
	Slots            []Slot
	Retention        []RetentionSlot
	Cards            []Card
	DesiredRetention float64
}

// Options fix the clock and the shape of the figures.
type Options struct {
	Now          time.Time // "now"; its Location decides the local days
	DayStartHour int       // hour at which a new study day begins (Anki: 4)
	Days         int       // length of reviews_by_day (default 30)
	ForecastDays int       // length of the forecast (default 30)
	HeatmapDays  int       // length of the calendar heatmap (default 365)
	Hardest      int       // how many hardest cards to list (default 10)
	// Retrievability predicts the recall probability of a reviewed card at
	// now (FSRS). It is never called for new cards.
	Retrievability func(m scheduler.Memory, now time.Time) float64
}

// Figures is the whole report. Its JSON form is what `recall stats --json` prints.
type Figures struct {
	Now              time.Time            `json:"now"`
	Note             string               `json:"note,omitempty"` // the note the report is narrowed to
	Today            Today                `json:"today"`
	Streak           Streak               `json:"streak"`
	ReviewsByDay     []Day                `json:"reviews_by_day"`
	Heatmap          []Day                `json:"heatmap"`
	TrueRetention    map[string]Retention `json:"true_retention"`
	DesiredRetention float64              `json:"desired_retention"`
	Forecast         []Due                `json:"forecast"`
	Cards            Counts               `json:"cards"`
	Distributions    Distributions        `json:"distributions"`
	Notes            []Mastery            `json:"notes"`
	Headings         []Mastery            `json:"headings"`
	Hardest          []Hard               `json:"hardest"`
	Knowledge        float64              `json:"knowledge"`
	AverageRecall    *float64             `json:"average_retrievability"`
	CardsSeen        int                  `json:"cards_seen"`
}

// Periods lists the true-retention periods in display order.
var Periods = []string{"today", "yesterday", "week", "month", "year"}

// periodDays is how many local days (ending today) each period covers;
// yesterday is the one day before today.
var periodDays = map[string]int{"today": 1, "yesterday": 1, "week": 7, "month": 30, "year": 365}

// Today is the work done in the current study day.
type Today struct {
	Reviews int   `json:"reviews"`
	Again   int   `json:"again"`
	New     int   `json:"new"`
	Seconds int64 `json:"seconds"`
}

// Streak is in study days with at least one answer.
type Streak struct {
	Current int `json:"current"`
	Longest int `json:"longest"`
}

// Day is the work of one study day.
type Day struct {
	Date    string `json:"date"` // YYYY-MM-DD of the study day
	Reviews int    `json:"reviews"`
	Again   int    `json:"again"`
}

// Tally is passed and failed retention reviews.
type Tally struct {
	Pass      int      `json:"pass"`
	Fail      int      `json:"fail"`
	Retention *float64 `json:"retention"` // null when there is nothing to measure
}

// Retention is one period of true retention.
type Retention struct {
	Young  Tally `json:"young"`
	Mature Tally `json:"mature"`
	All    Tally `json:"all"`
}

// Due is the forecast for one day.
type Due struct {
	Date string `json:"date"`
	Due  int    `json:"due"`
}

// Counts are cards by state. Suspended, buried and orphaned cards are counted
// there and not in their scheduling state; leeches overlap the others.
type Counts struct {
	Total      int `json:"total"`
	New        int `json:"new"`
	Learning   int `json:"learning"`
	Review     int `json:"review"`
	Young      int `json:"young"`  // review cards with an interval under 21 days
	Mature     int `json:"mature"` // review cards with an interval of 21 days or more
	Relearning int `json:"relearning"`
	Suspended  int `json:"suspended"`
	Buried     int `json:"buried"`
	Orphaned   int `json:"orphaned"`
	Leeches    int `json:"leeches"`
}

// Bin is one bar of a distribution: values in [Lo, Hi); the last bin has no
// upper bound (Hi is null).
type Bin struct {
	Label string   `json:"label"`
	Lo    float64  `json:"lo"`
	Hi    *float64 `json:"hi"`
	Cards int      `json:"cards"`
}

// Distributions of the memory state of the cards seen.
type Distributions struct {
	Stability      []Bin `json:"stability"`      // days
	Difficulty     []Bin `json:"difficulty"`     // 1..10
	Retrievability []Bin `json:"retrievability"` // 0..1 now
}

// Mastery is how well one note (or one heading of a note) is known.
type Mastery struct {
	Note        string  `json:"note"`
	Title       string  `json:"title"`
	Heading     string  `json:"heading,omitempty"`
	Cards       int     `json:"cards"`
	Seen        int     `json:"seen"`
	Mastery     float64 `json:"mastery"`      // average retrievability now; unseen cards count 0
	MatureShare float64 `json:"mature_share"` // share of cards with an interval of 21 days or more
}

// Hard is one of the hardest cards.
type Hard struct {
	Ref            int64   `json:"-"`
	ID             string  `json:"id"`
	Title          string  `json:"title"`
	Question       string  `json:"question"`
	Difficulty     float64 `json:"difficulty"`
	Lapses         int     `json:"lapses"`
	Retrievability float64 `json:"retrievability"`
}
