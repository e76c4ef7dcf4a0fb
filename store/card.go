package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/notes"
	"github.com/recall-srs/recall/scheduler"
)

// StoredCard is a card as kept in the collection: the generated card with its
// provenance, the note it came from, its memory state and its queue flags.
type StoredCard struct {
	cards.Card
	NoteID      int64
	NotePath    string
	NoteTitle   string
	Heading     string // "A › B"
	Memory      scheduler.Memory
	Suspended   bool
	BuriedUntil time.Time
	Orphaned    bool
	Leech       bool
	Position    int64 // note order, for new cards
}

// cardColumns is the select list scanCard reads, for queries joining notes n.
const cardColumns = `c.id, c.type, c.question, c.answer, c.choices, c.key, c.kind, c.score, c.siblings,
	c.subject, c.fact_answer, c.value, c.sentence, c.heading, c.line, c.t, c.url, c.cue, c.position,
	c.state, c.step, c.stability, c.difficulty, c.due, c.last_review, c.reps, c.lapses,
	c.scheduled_days, c.elapsed_days, c.ease, c.suspended, c.buried_until, c.orphaned, c.leech,
	n.id, n.path, n.title, n.video_id`

type rowScanner interface{ Scan(dest ...any) error }

func scanCard(r rowScanner) (*StoredCard, error) {
	var (
		c                          StoredCard
		choices                    string
		typ, kind                  string
		state                      int
		due, last, buried          int64
		suspended, orphaned, leech bool
	)
	f := &c.Fact
	m := &c.Memory
	err := r.Scan(&c.ID, &typ, &c.Question, &c.Answer, &choices, &c.Key, &kind, &c.Score, &c.Siblings,
		&f.Subject, &f.Answer, &f.Value, &f.Sentence, &c.Heading, &f.Line, &f.T, &f.URL, &f.Cue, &c.Position,
		&state, &m.Step, &m.Stability, &m.Difficulty, &due, &last, &m.Reps, &m.Lapses,
		&m.ScheduledDays, &m.ElapsedDays, &m.Ease, &suspended, &buried, &orphaned, &leech,
		&c.NoteID, &c.NotePath, &c.NoteTitle, &f.VideoID)
	if err != nil {
		return nil, err
	}
	c.Type = cards.Type(typ)
	c.Kind = notes.Kind(kind)
	f.Kind = c.Kind
	f.Note = c.NotePath
	f.Title = c.NoteTitle
	if c.Heading != "" {
		f.Heading = strings.Split(c.Heading, " › ")
	}
	if choices != "" && choices != "[]" {
		if err := json.Unmarshal([]byte(choices), &c.Choices); err != nil {
			return nil, fmt.Errorf("card %s: choices: %w", c.ID, err)
		}
	}
	m.State = scheduler.State(state)
	m.Due = fromMS(due)
	m.LastReview = fromMS(last)
	c.BuriedUntil = fromMS(buried)
	c.Suspended, c.Orphaned, c.Leech = suspended, orphaned, leech
	return &c, nil
}

// Card returns the card with the given ID, or an error wrapping ErrNotFound.
func (db *DB) Card(ctx context.Context, id string) (*StoredCard, error) {
	c, err := cardByID(ctx, db.db, id)
	if err != nil {
		return nil, describe(db.path, err)
	}
	return c, nil
}

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func cardByID(ctx context.Context, q querier, id string) (*StoredCard, error) {
	row := q.QueryRowContext(ctx, `SELECT `+cardColumns+` FROM cards c JOIN notes n ON n.id = c.note_id WHERE c.id = ?`, id)
	c, err := scanCard(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("card %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("card %s: %w", id, err)
	}
	return c, nil
}

// CardFilter selects cards for listings; zero fields do not filter.
type CardFilter struct {
	IDs             []string
	NotePaths       []string // exact note paths, or directory prefixes ending in "/"
	IncludeOrphaned bool
	Limit           int
}

// Cards lists cards in note order.
func (db *DB) Cards(ctx context.Context, f CardFilter) ([]*StoredCard, error) {
	var where []string
	var args []any
	if !f.IncludeOrphaned {
		where = append(where, "c.orphaned = 0")
	}
	if len(f.IDs) > 0 {
		where = append(where, "c.id IN ("+placeholders(len(f.IDs))+")")
		for _, id := range f.IDs {
			args = append(args, id)
		}
	}
	if w, a := notePathFilter(f.NotePaths); w != "" {
		where = append(where, w)
		args = append(args, a...)
	}
	q := `SELECT ` + cardColumns + ` FROM cards c JOIN notes n ON n.id = c.note_id`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY c.position, c.id"
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	return db.queryCards(ctx, q, args...)
}

// queryCards runs a query selecting cardColumns and scans every row.
func (db *DB) queryCards(ctx context.Context, q string, args ...any) ([]*StoredCard, error) {
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, describe(db.path, err)
	}
	defer rows.Close()
	var out []*StoredCard
	for rows.Next() {
		c, err := scanCard(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func placeholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?,", n-1) + "?"
}

// notePathFilter matches note paths exactly, or by prefix for entries ending
// in a slash.
func notePathFilter(paths []string) (string, []any) {
	if len(paths) == 0 {
		return "", nil
	}
	var ors []string
	var args []any
	for _, p := range paths {
		if strings.HasSuffix(p, "/") {
			ors = append(ors, "instr(n.path, ?) = 1")
			args = append(args, p)
		} else {
			ors = append(ors, "n.path = ?")
			args = append(args, p)
		}
	}
	return "(" + strings.Join(ors, " OR ") + ")", args
}
