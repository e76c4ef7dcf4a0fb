// Package scheduler decides when a card is shown again: FSRS-6 (the default,
// as in Anki) and SM-2, plus the queue rules (day boundaries, limits, leeches).
//
// Everything here is pure: state, rating and time in; state and log out.
//
// The FSRS scheduler is a port of ts-fsrs 5.4.2 and agrees with it, and with
// fsrs-rs 6.5.0 for the memory model, on every vector of
// ../shared/fsrs/vectors.json (see vectors_test.go). Config holds the user's
// settings; Config.NewScheduler picks FSRS or SM-2.
package scheduler

import (
	"strconv"
	"time"
)

// Rating is the learner's grade for one answer.
type Rating int

const (
	Again Rating = 1
	Hard  Rating = 2
	Good  Rating = 3
	Easy  Rating = 4
)

// State is where a card is in its life.
type State int

const (
	New        State = 0
	Learning   State = 1
	Review     State = 2
	Relearning State = 3
)

// Memory is the scheduling state of one card.
type Memory struct {
	State         State
	Step          int       // index into the (re)learning steps
	Stability     float64   // days; 0 for a new card
	Difficulty    float64   // 1..10; 0 for a new card
	Due           time.Time // when the card is next shown
	LastReview    time.Time // zero for a new card
	Reps          int
	Lapses        int
	ScheduledDays int // interval in whole days chosen at the last answer
	ElapsedDays   int // days between the last two answers
	// SM-2 fields, used only when the SM-2 scheduler is selected. SM-2 also
	// keeps its current interval (days) in Stability and leaves Difficulty 0.
	Ease float64
}

// Log describes one answer, as it goes into the review log.
type Log struct {
	Rating        Rating
	StateBefore   State
	Reviewed      time.Time
	ElapsedDays   int
	ScheduledDays int
	Stability     float64 // after the answer
	Difficulty    float64 // after the answer
	Due           time.Time
}

// Scheduler computes the next state of a card for an answer.
type Scheduler interface {
	// Next returns the state after answering m with r at now, and the log row.
	// seed makes fuzz deterministic per card and review.
	Next(m Memory, now time.Time, r Rating, seed uint64) (Memory, Log)
}

// Preview returns the state each of the four ratings would give m at now,
// indexed by rating - 1 (Again, Hard, Good, Easy), for showing the
// intervals on the answer buttons.
func Preview(s Scheduler, m Memory, now time.Time, seed uint64) [4]Memory {
	var out [4]Memory
	for i := range out {
		out[i], _ = s.Next(m, now, Rating(i+1), seed)
	}
	return out
}

// String names the rating as on the answer buttons.
func (r Rating) String() string {
	switch r {
	case Again:
		return "Again"
	case Hard:
		return "Hard"
	case Good:
		return "Good"
	case Easy:
		return "Easy"
	}
	return "Rating(" + strconv.Itoa(int(r)) + ")"
}

// String names the state.
func (s State) String() string {
	switch s {
	case New:
		return "New"
	case Learning:
		return "Learning"
	case Review:
		return "Review"
	case Relearning:
		return "Relearning"
	}
	return "State(" + strconv.Itoa(int(s)) + ")"
}
