package cards

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
)

// Result is the verdict on a typed answer and, unless it was exactly right,
// a short note saying what differed ("partly: expected Edi Rama").
type Result struct {
	Verdict Verdict
	Note    string
}

// Check grades what the user typed for card c. For mc and tf cards it also
// accepts the choice's letter or number ("b", "2") or its text; true/false
// accept t/f, yes/no. Qa and cloze answers are compared forgivingly by
// package answer: number words and magnitudes, dates in any order and
// precision, hedges, ranges, case, punctuation, articles, accents, partial
// names and small typos.
func Check(typed string, c Card) Result {
	typed = strings.TrimSpace(typed)
	if typed == "" {
		return Result{Wrong, "no answer given: expected " + c.Answer}
	}
	switch c.Type {
	case TF:
		return checkTF(typed, c)
	case MC:
		// the option text first: options may themselves be numbers
		for i, ch := range c.Choices {
			if answer.Normalize(ch) == answer.Normalize(typed) {
				if i == c.Key {
					return Result{Verdict: Correct}
				}
				return Result{Wrong, "expected " + choiceLabel(c.Key) + ") " + c.Answer}
			}
		}
		if i, ok := choiceIndex(typed, len(c.Choices)); ok {
			if i == c.Key {
				return Result{Verdict: Correct}
			}
			return Result{Wrong, "expected " + choiceLabel(c.Key) + ") " + c.Answer}
		}
	}
	return CheckText(c.Kind, c.Question, c.Answer, typed)
}

// CheckText grades typed against expected, the answer to question on a
// card of the fact kind given. The answer to a why-question (a cause) is
// graded by its gist, as teachers do: a word of the reason in the
// learner's own sentence is close (see answer.MatchReason). A count
// (quantity, population, ranking) is graded by answer.MatchFigure, which
// reads no answer of one or two digits as a year; a reaction by
// answer.MatchResponse, which wants what was done, not only what it was
// done to; any other answer by answer.Match (a part of a place's name
// is wrong: see answer.PartOfPlace). Words of the question typed along
// with the answer are left out when that makes it right (see
// answer.Unasked); the question's own term typed for the answer is
// wrong (see answer.RepeatsQuestion).
func CheckText(kind notes.Kind, question, expected, typed string) Result {
	if answer.RepeatsQuestion(typed, expected, question) {
		// "GDP" for "What does GDP stand for?": the term asked about
		return Result{Wrong, "that is the question's term: expected " + expected}
	}
	r := checkText(kind, question, expected, typed)
	if r.Verdict != Correct {
		// the words around the blank typed with the answer ("war of
		// 1812" for "During the War of _____"): the rest is graded, and
		// only a right answer counts ("allen ai" for "Contextual AI"
		// asked beside "the Allen Institute" is not partly right)
		if rest := answer.Unasked(typed, expected, question); rest != "" {
			if r2 := checkText(kind, question, expected, rest); r2.Verdict == Correct {
				return r2
			}
		}
	}
	return r
}

// typedHedge is a hedge or bound the learner typed before the answer;
// when the question says the same before its blank (see blankHedge), it
// is the note's, not the learner's guess.
var typedHedge = regexp.MustCompile(`(?i)^\s*(around|about|approximately|approx\.?|roughly|circa|ca\.|c\.|nearly|almost|~|(?:less|fewer|more)\s+than|over|under|at\s+least)\s*`)

// hedgeSense is what a hedge or bound says of the figure it stands
// before: "below" or "above" (see answer.Bound), or else "about" (near
// it); "" for no hedge.
func hedgeSense(h string) string {
	if strings.TrimSpace(h) == "" {
		return ""
	}
	if b := answer.Bound(h); b != "" {
		return b
	}
	return "about"
}

// blankHedge is the sense of the hedge or bound question puts before its
// blank ("began around _____", "some _____ people", "fewer than _____"),
// or "" when it puts none.
func blankHedge(question string) string {
	i := strings.Index(question, "___")
	if i < 0 {
		return ""
	}
	w, rest := lastWord(question[:i]) // bare and lower case
	switch w {
	case "around", "about", "approximately", "roughly", "circa", "some", "nearly", "almost":
		return "about"
	case "over", "least":
		return "above"
	case "under":
		return "below"
	case "than":
		// only a bound ("more than", "fewer than"): "rather than _____"
		// and "later than _____" hedge nothing
		before, _ := lastWord(rest)
		return answer.Bound(before + " than")
	}
	return ""
}

// checkText is CheckText of the answer as typed. When the question hedges
// its blank, the note's answer is an estimate: the same hedge typed is no
// guess ("c. 1870" for "since around _____"), and a typed estimate is
// graded as one against another (the higher grade of the two readings
// counts).
func checkText(kind notes.Kind, question, expected, typed string) Result {
	r := matchText(kind, question, expected, typed)
	sense := blankHedge(question)
	if r.Verdict == Correct || sense == "" {
		return r
	}
	m := typedHedge.FindStringSubmatch(typed)
	if m != nil && otherBound(hedgeSense(m[1]), sense) {
		// "less than 90,000" for "More than _____ people": the bound
		// the question gives, turned round
		return Result{Wrong, "the other side of the question's bound: expected " + expected}
	}
	if m != nil && hedgeSense(m[1]) == sense {
		if t := typed[len(m[0]):]; strings.TrimSpace(t) != "" {
			if r2 := matchText(kind, question, expected, t); rank(r2.Verdict) > rank(r.Verdict) {
				r = r2
			}
		}
	}
	if sense == "about" {
		if r2 := matchText(kind, question, "about "+expected, typed); rank(r2.Verdict) > rank(r.Verdict) {
			r = r2
			r.Note = strings.Replace(r.Note, "about "+expected, expected, 1)
		}
	}
	return r
}

// otherBound reports whether hedge senses a and b (see hedgeSense) are
// bounds on opposite sides of a figure.
func otherBound(a, b string) bool {
	return a == "above" && b == "below" || a == "below" && b == "above"
}

// rank orders verdicts from wrong to correct, as answer.Rank does
// (cards.Verdict and answer.Verdict hold the same values).
func rank(v Verdict) int { return answer.Rank(answer.Verdict(v)) }

// matchText grades typed against expected with package answer.
func matchText(kind notes.Kind, question, expected, typed string) Result {
	var r answer.Result
	switch kind {
	case notes.Cause:
		r = answer.MatchReason(typed, expected, question)
	case notes.Quantity, notes.Population, notes.Ranking:
		r = answer.MatchFigure(typed, expected) // "25" is a count, not the year 25
	case notes.Response:
		r = answer.MatchResponse(typed, expected) // "the attack" for "condemned the attack" is wrong
	default:
		r = answer.Match(typed, expected)
		if kind == notes.Actor && r.Verdict == answer.Close && answer.SameGovernment(typed, expected) {
			// "Turkey" for "Ankara" as who did something: the capital
			// names the government, as the country does
			r.Verdict = answer.Correct
		}
		if kind == notes.Place && r.Verdict == answer.Close && answer.PartOfPlace(typed, expected) {
			// "Kong" for "Hong Kong": a place's name is all its words
			r = answer.Result{Verdict: answer.Wrong, Note: "only part of the name: expected " + expected}
		}
	}
	return Result{Verdict(r.Verdict), r.Note}
}

func checkTF(typed string, c Card) Result {
	want := strings.EqualFold(c.Answer, "true")
	var got bool
	switch strings.ToLower(strings.Trim(typed, ".! ")) {
	case "t", "true", "yes", "y", "1", "right", "correct", "a":
		got = true
	case "f", "false", "no", "n", "2", "wrong", "incorrect", "b":
		got = false
	default:
		return Result{Wrong, "answer true or false"}
	}
	if got == want {
		return Result{Verdict: Correct}
	}
	return Result{Wrong, "it is " + strings.ToLower(c.Answer)}
}

// choiceIndex reads "b", "B)", "(b)", "2" as a choice of n options.
func choiceIndex(s string, n int) (int, bool) {
	s = strings.ToLower(strings.Trim(s, "().: "))
	if len(s) == 1 && s[0] >= 'a' && int(s[0]-'a') < n {
		return int(s[0] - 'a'), true
	}
	if k, err := strconv.Atoi(s); err == nil && k >= 1 && k <= n {
		return k - 1, true
	}
	return 0, false
}

// choiceLabel is the letter shown before option i: a, b, c, d.
func choiceLabel(i int) string { return string(rune('a' + i)) }
