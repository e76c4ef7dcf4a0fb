package cards

// A note that gives many facts to weigh and only one worth a card is a note
// that is not made of things to learn (a conversation, an opinion piece, a
// how-to): its one fact is more often an aside, a slip of the note or a
// detail nobody would be asked. In blind reviews of cards from 10,000 real
// notes, teachers took about half the cards of such lone facts where the
// note gave ten facts or more (124 of 232 ratings), and three in four of the
// other cards; lone facts of shorter notes fared as well as the rest (261 of
// 334). So a lone fact of a note with at least loneNoteFacts facts gives no
// card, at the default minimum score or above (asked for weaker cards,
// Generate keeps it). The bar was fifteen facts until the ratings of notes
// with ten to fourteen showed the same half.
const loneNoteFacts = 10

// dropLoneFacts removes the cards of notes in which only one fact of at
// least loneNoteFacts gave cards. runs are the runs of facts sharing a
// note (a note met again later is a second run, counted with the first).
func dropLoneFacts(out []Card, runs []noteRun) []Card {
	// the facts that gave cards, per note: "" once a second one is met
	fact := map[string]string{}
	for i := range out {
		note, key := out[i].Fact.Note, out[i].Siblings
		if k, ok := fact[note]; !ok {
			fact[note] = key
		} else if k != key {
			fact[note] = ""
		}
	}
	count := map[string]int{}
	for _, r := range runs {
		if k, ok := fact[r.note]; ok && k != "" {
			count[r.note] += r.n
		}
	}
	n := 0
	for _, c := range out {
		if fact[c.Fact.Note] != "" && count[c.Fact.Note] >= loneNoteFacts {
			continue
		}
		out[n] = c
		n++
	}
	clear(out[n:]) // the dropped cards' facts are large: let them go
	return out[:n]
}

// noteRun is a run of facts sharing a note: its path and how many.
type noteRun struct {
	note string
	n    int
}
