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
// learner's own sentence is close (see answer.MatchReason). Any other
// answer is graded by answer.Match. Words of the question typed along
// with the answer are left out when that makes it right (see
// answer.Unasked).
func CheckText(kind notes.Kind, question, expected, typed string) Result {
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

// typedHedge is a hedge the learner typed; when the question hedges its
// own blank (see hedgedBlank), the hedge is the note's, not the
// learner's guess.
var typedHedge = regexp.MustCompile(`(?i)^\s*(?:around|about|approximately|approx\.?|roughly|circa|ca\.|c\.|nearly|almost|~)\s*`)

// hedgedBlank reports whether question hedges its blank: "began around
// _____", "some _____ people".
func hedgedBlank(question string) bool {
	i := strings.Index(question, "___")
	if i < 0 {
		return false
	}
	w, _ := lastWord(question[:i]) // bare and lower case
	return blankHedges[w]
}

// blankHedges are the words that hedge a blank after them.
var blankHedges = map[string]bool{"around": true, "about": true, "approximately": true, "roughly": true,
	"circa": true, "some": true, "nearly": true, "almost": true}

// checkText is CheckText of the answer as typed. When the question hedges
// its blank, the note's answer is an estimate: a typed hedge is no guess,
// and a typed estimate is graded as one against another (the higher
// grade of the two readings counts).
func checkText(kind notes.Kind, question, expected, typed string) Result {
	r := matchText(kind, question, expected, typed)
	if r.Verdict == Correct || !hedgedBlank(question) {
		return r
	}
	if t := typedHedge.ReplaceAllString(typed, ""); strings.TrimSpace(t) != "" && t != typed {
		if r2 := matchText(kind, question, expected, t); rank(r2.Verdict) > rank(r.Verdict) {
			r = r2
		}
	}
	if r2 := matchText(kind, question, "about "+expected, typed); rank(r2.Verdict) > rank(r.Verdict) {
		r = r2
		r.Note = strings.Replace(r.Note, "about "+expected, expected, 1)
	}
	return r
}

// rank orders verdicts from wrong to correct, as package answer does.
func rank(v Verdict) int { return answer.Rank(answer.Verdict(v)) }

// matchText grades typed against expected with package answer.
func matchText(kind notes.Kind, question, expected, typed string) Result {
	var r answer.Result
	if kind == notes.Cause {
		r = answer.MatchReason(typed, expected, question)
	} else {
		r = answer.Match(typed, expected)
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
