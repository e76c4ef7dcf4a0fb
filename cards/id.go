package cards

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"strings"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
)

// Card identity.
//
// A card's ID is the first 16 hex digits of the SHA-256 of these fields,
// each followed by a NUL byte:
//
//  1. the note's identity: "video:" + videoId + "/" + the normalised title
//     when the note has a videoId (one video often has several notes, so the
//     title tells them apart); otherwise "path:" + the cleaned path with
//     forward slashes, as given on the command line;
//  2. the fact's kind ("date", "actor", ...);
//  3. the normalised subject and 4. the normalised answer, where normalising
//     folds case, removes accents, punctuation and the articles a/an/the and
//     collapses spaces ("The Great Satan!" → "great satan");
//  5. the card type (qa, cloze, mc, tf).
//
// The siblings key (Card.Siblings) is the same hash without the card type,
// so the cards made from one fact share it and a review session can bury
// them together.
//
// Consequences: re-reading the same notes gives the same IDs; editing other
// sentences, headings or timestamps changes no ID; rewording the sentence of
// a fact keeps its cards' IDs as long as its subject and answer stay the
// same (the card text is refreshed, its review history kept); changing the
// answer, the subject, the title (or the path, for a note without videoId)
// makes new cards. The seed, the options of an mc card and the wording of
// its question are not part of the ID. Two facts of one note with the same
// kind, subject and answer would collide; the generator keeps the first.
const idDigits = 16

// NoteIdentity is the part of a card ID that names its note.
func NoteIdentity(f notes.Fact) string {
	if f.VideoID != "" {
		return "video:" + f.VideoID + "/" + answer.Normalize(f.Title)
	}
	p := path.Clean(strings.ReplaceAll(f.Note, "\\", "/"))
	return "path:" + p
}

// FactKey is the siblings key of a fact: the hash of note identity, kind,
// normalised subject and normalised answer.
func FactKey(f notes.Fact) string {
	return hashID(NoteIdentity(f), string(f.Kind), answer.Normalize(f.Subject), answer.Normalize(f.Answer))
}

// ID is the stable identity of the card of type t made from fact f.
func ID(f notes.Fact, t Type) string {
	return hashID(NoteIdentity(f), string(f.Kind), answer.Normalize(f.Subject), answer.Normalize(f.Answer), string(t))
}

// factIDs computes a fact's siblings key and the ID of each card type at once.
// The four fields common to all five hashes are written to one buffer once;
// each card type is appended after them in turn.
// subject and answer are f's, normalised (the caller has them already).
func factIDs(f notes.Fact, noteIdentity, subject, answer string) (siblings string, ids [4]string) {
	buf := make([]byte, 0, 128)
	for _, p := range []string{noteIdentity, string(f.Kind), subject, answer} {
		buf = append(buf, p...)
		buf = append(buf, 0)
	}
	common := len(buf)
	for i, t := range AllTypes {
		buf = append(append(buf[:common], t...), 0)
		sum := sha256.Sum256(buf)
		ids[i] = hex.EncodeToString(sum[:idDigits/2])
	}
	sum := sha256.Sum256(buf[:common])
	return hex.EncodeToString(sum[:idDigits/2]), ids
}

func hashID(parts ...string) string {
	n := 0
	for _, p := range parts {
		n += len(p) + 1
	}
	buf := make([]byte, 0, n)
	for _, p := range parts {
		buf = append(buf, p...)
		buf = append(buf, 0)
	}
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:idDigits/2]) // only the digits kept are encoded
}

// noteKey tells notes apart cheaply: the fields NoteIdentity reads, as a
// struct so that a map lookup builds no string.
type noteKey struct{ videoID, title, note string }

func keyOfNote(f notes.Fact) noteKey { return noteKey{f.VideoID, f.Title, f.Note} }
