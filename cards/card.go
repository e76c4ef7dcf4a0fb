// Package cards turns the facts found by package notes into question cards,
// checks typed answers forgivingly, and assembles quizzes.
//
// The package does no I/O; randomness comes from a caller-supplied seed.
package cards

import "github.com/recall-srs/recall/notes"

// Type is the shape of a card.
type Type string

const (
	QA    Type = "qa"
	Cloze Type = "cloze"
	MC    Type = "mc"
	TF    Type = "tf"
)

// Card is one question card with its provenance.
type Card struct {
	ID       string     `json:"id"`       // stable identity, see ID rule in id.go
	Type     Type       `json:"type"`     // qa, cloze, mc, tf
	Question string     `json:"question"` // the prompt as shown
	Answer   string     `json:"answer"`   // the expected answer (for tf: "true" or "false"; for mc: the key's text)
	Choices  []string   `json:"choices,omitempty"`
	Key      int        `json:"key"` // index of the correct choice in Choices (mc, tf); -1 otherwise
	Kind     notes.Kind `json:"kind"`
	Score    float64    `json:"score"`    // quality score in [0,1]; higher is better
	Siblings string     `json:"siblings"` // the fact's key: cards from one fact share it
	Fact     notes.Fact `json:"-"`        // provenance: note, heading, sentence, line, time, url
}

// Verdict is the result of checking a typed answer.
type Verdict string

const (
	Correct Verdict = "correct"
	Close   Verdict = "close"
	Wrong   Verdict = "wrong"
)
