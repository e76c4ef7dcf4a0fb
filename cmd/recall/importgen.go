package main

import (
	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/notes"
)

// cardsFor makes the cards of one note: its facts, then the cards of each.
// TEMPORARY bridge until notes.Extract and cards.Generate are merged: it
// returns no cards, so import stores notes only.
func cardsFor(n *notes.Note) []cards.Card {
	return nil
}
