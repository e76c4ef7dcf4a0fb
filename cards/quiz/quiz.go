// Package quiz assembles printable quizzes from cards: it picks the
// questions (all, due soon, weakest, one note or heading), builds matching
// exercises from facts of one note, deals out versions A, B, ... with their
// own question and option order and answer keys, renders them as Markdown,
// HTML or PDF, and grades the answers written on paper.
//
// Everything is pure: cards, memory figures, the time and the seed come in;
// quizzes and bytes on a given io.Writer go out. The same inputs and seed
// give the same quiz, byte for byte.
package quiz

import (
	"crypto/sha256"
	"encoding/base32"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/notes"
)

// Type is the shape of a quiz question: a card type or a matching exercise.
type Type string

const (
	MC    Type = Type(cards.MC)
	TF    Type = Type(cards.TF)
	QA    Type = Type(cards.QA)
	Cloze Type = Type(cards.Cloze)
	Match Type = "match"
)

// AllTypes is the default mix, in the order types are dealt out.
var AllTypes = []Type{MC, TF, QA, Cloze, Match}

// ParseTypes reads a comma-separated list such as "mc,tf,match".
func ParseTypes(s string) ([]Type, error) {
	var out []Type
	for _, f := range strings.Split(s, ",") {
		t := Type(strings.ToLower(strings.TrimSpace(f)))
		if t == "" {
			continue
		}
		if !slices.Contains(AllTypes, t) {
			return nil, fmt.Errorf("unknown question type %q (want mc, tf, qa, cloze or match)", string(t))
		}
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no question types in %q", s)
	}
	return out, nil
}

// Mode says which cards a quiz draws on.
type Mode string

const (
	All  Mode = "all"  // every card, sampled with the seed (better cards more often)
	Due  Mode = "due"  // cards already studied, soonest due first
	Weak Mode = "weak" // cards already studied, lowest retrievability first
)

// Candidate is a card offered to the quiz with what selection needs to know
// about it. The caller (store or notes) fills it; quiz never looks anything up.
type Candidate struct {
	Card           cards.Card
	Note           string // note title, for --note and display
	Heading        string // "A › B"
	Position       int64  // order in the note
	New            bool   // never studied
	Due            time.Time
	Retrievability float64 // probability of recall now, 0..1; used by Weak
}

// Options says what quiz to make.
type Options struct {
	Mode     Mode
	Note     string // keep only cards of this note (title or path, case-insensitive)
	Heading  string // keep only cards under this heading (any level, case-insensitive)
	N        int    // number of questions (a matching exercise counts as one)
	Types    []Type
	Versions int    // 1..26
	Seed     uint64 // everything random comes from it
	Title    string
	Created  time.Time // printed as the date; not part of the ID
}

// Quiz is a quiz with its versions; it is what gets saved for scoring.
type Quiz struct {
	ID       string    `json:"id"`
	Title    string    `json:"title"`
	Created  time.Time `json:"created"`
	Seed     uint64    `json:"seed"`
	Mode     Mode      `json:"mode"`
	Types    []Type    `json:"types"`
	Versions []Version `json:"versions"`
}

// Version is one ordering of the quiz's questions with its own key.
type Version struct {
	Letter    string     `json:"letter"`
	Questions []Question `json:"questions"`
}

// Label is what is printed on the paper and typed to score it: "K3M9QX-A".
func (q *Quiz) Label(v *Version) string { return q.ID + "-" + v.Letter }

// Question is one numbered question of a version.
type Question struct {
	N       int      `json:"n"`
	Type    Type     `json:"type"`
	Prompt  string   `json:"prompt"`
	Options []string `json:"options,omitempty"` // mc and tf, lettered a, b, ...
	Key     int      `json:"key"`               // index into Options; -1 for qa, cloze, match
	Answer  string   `json:"answer"`            // the expected answer as text
	// the kind of the card's fact, which grading reads (a cause is graded
	// by its gist); empty in quizzes saved before it was kept
	Kind notes.Kind `json:"kind,omitempty"`
	// Matching exercise: Left[i] goes with Right[Pairs[i]].
	Columns []string `json:"columns,omitempty"` // headings of the two columns
	Left    []string `json:"left,omitempty"`
	Right   []string `json:"right,omitempty"`
	Pairs   []int    `json:"pairs,omitempty"`
	// Cards holds the card ID behind the question, or one per Left item.
	Cards   []string `json:"cards"`
	Sources []Source `json:"sources"` // parallel to Cards
}

// Source is where an answer comes from.
type Source struct {
	Note     string `json:"note"`
	Heading  string `json:"heading,omitempty"`
	Sentence string `json:"sentence"`
	Line     int    `json:"line,omitempty"`
	T        int    `json:"t"`
	URL      string `json:"url,omitempty"`
}

// Time is the video time as "m:ss" or "h:mm:ss"; empty when unknown.
func (s Source) Time() string {
	if s.T < 0 || s.URL == "" {
		return ""
	}
	h, m, sec := s.T/3600, s.T/60%60, s.T%60
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, m, sec)
	}
	return fmt.Sprintf("%d:%02d", m, sec)
}

// KeyText is the answer as a teacher marks it: "b) Tirana", "true", "1c 2a 3b".
func (q Question) KeyText() string {
	switch q.Type {
	case MC:
		if q.Key >= 0 && q.Key < len(q.Options) {
			return Letter(q.Key) + ") " + q.Options[q.Key]
		}
	case TF:
		if q.Key >= 0 && q.Key < len(q.Options) {
			return strings.ToLower(q.Options[q.Key])
		}
	case Match:
		parts := make([]string, len(q.Pairs))
		for i, p := range q.Pairs {
			parts[i] = fmt.Sprintf("%d%s", i+1, Letter(p))
		}
		return strings.Join(parts, " ")
	}
	return q.Answer
}

// Letter is the option letter for index i: a, b, ..., z, aa, ab, ...
func Letter(i int) string {
	if i < 26 {
		return string(rune('a' + i))
	}
	return Letter(i/26-1) + Letter(i%26)
}

// Build picks the questions and deals out the versions.
func Build(cands []Candidate, opt Options) (*Quiz, error) {
	if opt.N <= 0 {
		return nil, fmt.Errorf("number of questions must be at least 1, not %d", opt.N)
	}
	if opt.Versions <= 0 {
		opt.Versions = 1
	}
	if opt.Versions > 26 {
		return nil, fmt.Errorf("at most 26 versions (A to Z), not %d", opt.Versions)
	}
	if len(opt.Types) == 0 {
		opt.Types = AllTypes
	}
	if opt.Mode == "" {
		opt.Mode = All
	}
	base := pick(cands, opt)
	if len(base) == 0 {
		return nil, ErrEmpty
	}
	q := &Quiz{
		ID:      quizID(base, opt),
		Title:   opt.Title,
		Created: opt.Created,
		Seed:    opt.Seed,
		Mode:    opt.Mode,
		Types:   opt.Types,
	}
	if q.Title == "" {
		q.Title = "Quiz"
	}
	var first []int
	for v := range opt.Versions {
		letter := string(rune('A' + v))
		r := rng(opt.Seed, "version "+letter)
		order := make([]int, len(base))
		for i := range order {
			order[i] = i
		}
		if v > 0 {
			// Shuffle until the order differs from version A, so neighbours
			// cannot copy; a few tries are enough for three or more questions.
			for try := 0; try < 8; try++ {
				r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
				if len(order) < 2 || !slices.Equal(order, first) {
					break
				}
			}
		} else {
			first = slices.Clone(order)
		}
		ver := Version{Letter: letter}
		for n, i := range order {
			qq := deal(base[i], r)
			qq.N = n + 1
			ver.Questions = append(ver.Questions, qq)
		}
		q.Versions = append(q.Versions, ver)
	}
	return q, nil
}

// ErrEmpty means no card fits what was asked.
var ErrEmpty = fmt.Errorf("no cards fit the quiz")

// rng is a generator derived from the seed and a purpose, so that adding a
// version never changes the earlier ones.
func rng(seed uint64, purpose string) *rand.Rand {
	h := sha256.Sum256([]byte(purpose))
	return rand.New(rand.NewPCG(seed, binary.LittleEndian.Uint64(h[:8])))
}

// idAlphabet avoids letters that read like digits (I, L, O, U) when handwritten.
var idEncoding = base32.NewEncoding("0123456789ABCDEFGHJKMNPQRSTVWXYZ").WithPadding(base32.NoPadding)

// quizID is six characters derived from the questions and the seed: the
// same quiz made again gets the same ID, so a quiz printed from notes can be
// saved after they are imported by making it once more.
func quizID(base []item, opt Options) string {
	h := sha256.New()
	fmt.Fprintf(h, "%d|%d|%s|", opt.Seed, opt.Versions, opt.Mode)
	for _, it := range base {
		fmt.Fprintf(h, "%s:", it.typ)
		for _, c := range it.cards {
			fmt.Fprintf(h, "%s,", c.Card.ID)
		}
		h.Write([]byte{'|'})
	}
	return idEncoding.EncodeToString(h.Sum(nil))[:6]
}

// source is a card's provenance as printed in the key.
func source(c Candidate) Source {
	f := c.Card.Fact
	s := Source{Note: c.Note, Heading: c.Heading, Sentence: f.Sentence, Line: f.Line, T: f.T, URL: f.URL}
	if s.Note == "" {
		s.Note = f.Title
	}
	if s.Heading == "" {
		s.Heading = notes.HeadingPath(f.Heading)
	}
	return s
}
