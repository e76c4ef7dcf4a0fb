package stats

import (
	"cmp"
	"slices"
	"time"

	"github.com/recall-srs/recall/scheduler"
)

// Answer is one row of the review log, as the figures see it.
type Answer struct {
	Card         string
	At           time.Time
	Rating       scheduler.Rating
	StateBefore  scheduler.State
	LastInterval int // the card's interval in days before this answer
	Millis       int64
}

// IsRetentionReview reports whether an answer measures retention the way
// Anki's true retention does: the card was in review, or had an interval of
// at least a day.
func IsRetentionReview(state scheduler.State, lastInterval int) bool {
	return state == scheduler.Review || (state != scheduler.New && lastInterval >= 1)
}

// Aggregate folds answers into slots, the same aggregates the store keeps up
// to date for the whole collection. It is used for narrowed reports (one
// note) and as the reference the store's aggregates are checked against.
func Aggregate(answers []Answer) ([]Slot, []RetentionSlot) {
	as := slices.Clone(answers)
	slices.SortStableFunc(as, func(a, b Answer) int {
		return cmp.Or(cmp.Compare(a.Card, b.Card), a.At.Compare(b.At))
	})
	slots := map[int64]*Slot{}
	type rkey struct {
		slot         int64
		gap          int
		mature, fail bool
	}
	ret := map[rkey]int{}
	var prevCard string
	var prevRet int64
	havePrev := false
	for _, a := range as {
		if a.Card != prevCard {
			prevCard, havePrev = a.Card, false
		}
		s := SlotOf(a.At)
		sl := slots[s]
		if sl == nil {
			sl = &Slot{Slot: s}
			slots[s] = sl
		}
		sl.Reviews++
		sl.Millis += a.Millis
		if a.Rating == scheduler.Again {
			sl.Again++
		}
		if a.StateBefore == scheduler.New {
			sl.New++
		}
		if !IsRetentionReview(a.StateBefore, a.LastInterval) {
			continue
		}
		gap := GapCap
		if havePrev && s-prevRet < GapCap {
			gap = int(s - prevRet)
		}
		ret[rkey{s, gap, a.LastInterval >= MatureDays, a.Rating == scheduler.Again}]++
		prevRet, havePrev = s, true
	}
	out := make([]Slot, 0, len(slots))
	for _, s := range slots {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b Slot) int { return cmp.Compare(a.Slot, b.Slot) })
	rs := make([]RetentionSlot, 0, len(ret))
	for k, n := range ret {
		rs = append(rs, RetentionSlot{Slot: k.slot, Gap: k.gap, Mature: k.mature, Fail: k.fail, N: n})
	}
	SortRetention(rs)
	return out, rs
}

// SortRetention puts retention slots in a canonical order, for comparisons.
func SortRetention(rs []RetentionSlot) {
	b := func(v bool) int {
		if v {
			return 1
		}
		return 0
	}
	slices.SortFunc(rs, func(x, y RetentionSlot) int {
		return cmp.Or(cmp.Compare(x.Slot, y.Slot), cmp.Compare(x.Gap, y.Gap),
			cmp.Compare(b(x.Mature), b(y.Mature)), cmp.Compare(b(x.Fail), b(y.Fail)))
	})
}
