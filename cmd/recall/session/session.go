// Package session runs a review session: it shows due cards one at a time,
// checks the answer, reveals the source and records the grade.
//
// The same loop serves a terminal (promptui menus, answers timed to suggest
// a grade) and plain text (one line per answer, for scripts and tests). Every
// answer is committed to the collection before the next card is shown, so
// quitting, Ctrl-C or a killed process never loses an answer already given.
package session

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/cmd/recall/prompt"
	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/store"
)

// LearnAhead is how far ahead a learning card may be shown when nothing else
// is due, as in Anki: a card failed a minute ago comes back in the session
// instead of ending it.
const LearnAhead = 20 * time.Minute

// Options configure one session.
type Options struct {
	Queue     store.Queue
	Limit     int           // stop after this many answers; 0: no limit
	TimeLimit time.Duration // start no new card after this long; 0: no limit
	TwoButton bool          // grade with Again/Good only
	Scheduler scheduler.Scheduler
	Prompter  prompt.Prompter
	// Terminal selects menus and timed grade suggestions; otherwise the plain
	// text protocol is spoken (numbered choices, one line per answer).
	Terminal bool
	Out      io.Writer
	Color    bool
	Now      func() time.Time // the scheduling clock (RECALL_NOW may pin it)
	// Section returns the text of the note section a card comes from, for
	// the "show note" command. Nil shows the card's source sentence.
	Section func(c *store.StoredCard) (string, error)
}

// Summary is what a session did.
type Summary struct {
	Studied int           // answers recorded (undone ones not counted)
	Correct int           // answers graded Hard, Good or Easy
	Elapsed time.Duration // wall time of the session
	Stopped string        // why it ended: done, limit, time, quit, interrupt, eof
}

type session struct {
	db     *store.DB
	o      Options
	pal    palette
	sum    Summary
	shown  int              // cards shown, for the counter in the header
	undo   []bool           // per answer recorded in this session: was it correct
	hinted bool             // the command hint was printed
	clock  func() time.Time // wall clock for answer times, never pinned
}

// action is what the learner asked for instead of (or after) an answer.
type action int

const (
	actNone action = iota
	actUndo
	actSuspend
	actBury
	actNote
	actQuit
)

var errStop = errors.New("stop")

// Run studies cards from db until the queue is empty, a limit is reached, the
// learner quits or input ends.
func Run(ctx context.Context, db *store.DB, o Options) (Summary, error) {
	s := &session{db: db, o: o, pal: newPalette(o.Color), clock: time.Now}
	start := s.clock()
	var next *store.StoredCard // a card brought back by undo
	for {
		if o.Limit > 0 && s.sum.Studied >= o.Limit {
			s.sum.Stopped = "limit"
			break
		}
		if o.TimeLimit > 0 && s.clock().Sub(start) >= o.TimeLimit {
			s.sum.Stopped = "time"
			break
		}
		now := o.Now()
		c := next
		next = nil
		if c == nil {
			var err error
			if c, err = s.nextCard(ctx, now); err != nil {
				return s.sum, err
			}
		}
		if c == nil {
			s.sum.Stopped = "done"
			break
		}
		undone, err := s.study(ctx, c, now)
		if errors.Is(err, errStop) {
			break
		}
		if err != nil {
			return s.sum, err
		}
		next = undone
	}
	s.sum.Elapsed = s.clock().Sub(start)
	return s.sum, nil
}

// nextCard is the store's next card, or a learning card due within
// LearnAhead when nothing is due now. The store reads learning cards first,
// so a look ahead that finds anything else means no learning card is near.
func (s *session) nextCard(ctx context.Context, now time.Time) (*store.StoredCard, error) {
	c, err := s.db.NextCard(ctx, now, s.o.Queue)
	if err != nil || c != nil {
		return c, err
	}
	c, err = s.db.NextCard(ctx, now.Add(LearnAhead), s.o.Queue)
	if err != nil || c == nil {
		return nil, err
	}
	if st := c.Memory.State; st == scheduler.Learning || st == scheduler.Relearning {
		return c, nil
	}
	return nil, nil
}

// study shows one card and records its answer. It returns the card restored
// by an undo, which is shown next.
func (s *session) study(ctx context.Context, c *store.StoredCard, now time.Time) (*store.StoredCard, error) {
	s.shown++
	s.showCard(c)

	// The answer.
	var typed string
	var res cards.Result
	var took time.Duration
	for {
		asked := s.clock()
		r, act, err := s.askAnswer(c)
		if err != nil {
			return nil, s.stopOn(err)
		}
		if act == actNone {
			took = s.clock().Sub(asked)
			typed, res = r.typed, r.result
			break
		}
		again, undone, err := s.do(ctx, act, c, now)
		if err != nil || !again {
			return undone, err
		}
	}
	s.reveal(c, typed, res)

	// The grade.
	opts := s.gradeOptions(c, now)
	suggest := Suggest(res.Verdict, c.Type == cards.QA || c.Type == cards.Cloze, c.Answer, took, s.o.Terminal)
	if s.o.TwoButton && suggest != scheduler.Again {
		suggest = scheduler.Good
	}
	for {
		rating, act, err := s.askGrade(opts, suggest)
		if err != nil {
			return nil, s.stopOn(err)
		}
		if act == actNone {
			return nil, s.record(ctx, c, now, rating, typed, res, took)
		}
		again, undone, err := s.do(ctx, act, c, now)
		if err != nil || !again {
			return undone, err
		}
	}
}

// stopOn turns the end of input and Ctrl-C into the end of the session.
func (s *session) stopOn(err error) error {
	switch {
	case errors.Is(err, io.EOF):
		s.sum.Stopped = "eof"
	case errors.Is(err, prompt.ErrInterrupt):
		s.sum.Stopped = "interrupt"
	default:
		return err
	}
	return errStop
}

// do carries out a command given at a prompt. again reports that the same
// prompt should be asked again (after "note", or an undo with nothing to
// undo); undone is the card an undo brought back.
func (s *session) do(ctx context.Context, act action, c *store.StoredCard, now time.Time) (again bool, undone *store.StoredCard, err error) {
	out := s.o.Out
	switch act {
	case actNote:
		s.showSection(c)
		return true, nil, nil
	case actQuit:
		s.sum.Stopped = "quit"
		return false, nil, errStop
	case actSuspend:
		if err := s.db.Suspend(ctx, c.ID); err != nil {
			return false, nil, err
		}
		fmt.Fprintln(out, s.pal.dim.Sprint("suspended: it stays out of reviews until 'recall unsuspend "+c.ID+"'"))
		return false, nil, nil
	case actBury:
		until := store.NextDayStart(now, s.o.Queue.DayStartHour, s.o.Queue.Loc)
		if err := s.db.Bury(ctx, until, c.ID); err != nil {
			return false, nil, err
		}
		fmt.Fprintln(out, s.pal.dim.Sprint("buried until "+until.Format("Mon 15:04")))
		return false, nil, nil
	case actUndo:
		if len(s.undo) == 0 {
			fmt.Fprintln(out, s.pal.dim.Sprint("nothing to undo in this session"))
			return true, nil, nil
		}
		card, err := s.db.UndoLast(ctx)
		if err != nil {
			return false, nil, err
		}
		correct := s.undo[len(s.undo)-1]
		s.undo = s.undo[:len(s.undo)-1]
		s.sum.Studied--
		if correct {
			s.sum.Correct--
		}
		fmt.Fprintln(out, s.pal.dim.Sprint("undone: the last answer is removed and its card comes back"))
		return false, card, nil
	}
	return true, nil, nil
}

// record computes the card's next state and stores it with the log row.
func (s *session) record(ctx context.Context, c *store.StoredCard, now time.Time, r scheduler.Rating, typed string, res cards.Result, took time.Duration) error {
	after, log := s.o.Scheduler.Next(c.Memory, now, r, seed(c))
	rec, err := s.db.RecordAnswerDetail(ctx, store.Answer{
		CardID: c.ID, Before: c.Memory, After: after, Log: log,
		Typed: typed, Verdict: string(res.Verdict), Duration: took, Source: "review",
		BuryUntil: store.NextDayStart(now, s.o.Queue.DayStartHour, s.o.Queue.Loc),
	})
	if err != nil {
		return fmt.Errorf("record answer for card %s: %w", c.ID, err)
	}
	s.sum.Studied++
	ok := r != scheduler.Again
	if ok {
		s.sum.Correct++
	}
	s.undo = append(s.undo, ok)
	fmt.Fprintf(s.o.Out, "%s %s\n", s.pal.dim.Sprint("→"), s.pal.dim.Sprintf("%s, next in %s", r, scheduler.FormatInterval(after.Due.Sub(now))))
	if rec.Leech {
		fmt.Fprintln(s.o.Out, s.pal.bad.Sprint("this card is a leech (failed too often) and is now suspended; reword it in your notes"))
	}
	return nil
}

// seed makes the scheduler's fuzz the same for the preview and the answer,
// and the same as any other command computing this card's next state.
func seed(c *store.StoredCard) uint64 { return scheduler.CardSeed(c.ID) }

// gradeOption is one grade with the interval it leads to.
type gradeOption struct {
	Rating   scheduler.Rating
	Interval time.Duration
}

func (g gradeOption) String() string {
	return g.Rating.String() + " " + scheduler.FormatInterval(g.Interval)
}

func (s *session) gradeOptions(c *store.StoredCard, now time.Time) []gradeOption {
	ratings := []scheduler.Rating{scheduler.Again, scheduler.Hard, scheduler.Good, scheduler.Easy}
	if s.o.TwoButton {
		ratings = []scheduler.Rating{scheduler.Again, scheduler.Good}
	}
	preview := scheduler.Preview(s.o.Scheduler, c.Memory, now, seed(c))
	opts := make([]gradeOption, len(ratings))
	for i, r := range ratings {
		opts[i] = gradeOption{r, preview[r-1].Due.Sub(now)}
	}
	return opts
}
