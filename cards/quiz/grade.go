package quiz

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/scheduler"
)

// ParseAnswers reads answers written on paper as `1:b 2:true 3:World War II
// 4:1c 2a 3b`: an answer runs until the next "N:" with N a question number
// of the quiz (1..n). An answer that itself holds such a pattern can be
// quoted: `5:"at 12:30"`.
func ParseAnswers(s string, n int) (map[int]string, error) {
	out := map[int]string{}
	rs := []rune(s)
	i := 0
	// tokenAt reports whether a question number and colon start at j.
	tokenAt := func(j int) (num, next int, ok bool) {
		k := j
		for k < len(rs) && unicode.IsDigit(rs[k]) {
			k++
		}
		if k == j || k >= len(rs) || (rs[k] != ':' && rs[k] != '=') {
			return 0, 0, false
		}
		v, err := strconv.Atoi(string(rs[j:k]))
		if err != nil || v < 1 || v > n {
			return 0, 0, false
		}
		return v, k + 1, true
	}
	for {
		for i < len(rs) && (unicode.IsSpace(rs[i]) || rs[i] == ',' || rs[i] == ';') {
			i++
		}
		if i >= len(rs) {
			break
		}
		num, next, ok := tokenAt(i)
		if !ok {
			end := i
			for end < len(rs) && !unicode.IsSpace(rs[end]) {
				end++
			}
			return nil, fmt.Errorf("answer %q: want QUESTION:ANSWER with QUESTION between 1 and %d", string(rs[i:end]), n)
		}
		if _, dup := out[num]; dup {
			return nil, fmt.Errorf("question %d answered twice", num)
		}
		i = next
		for i < len(rs) && rs[i] == ' ' {
			i++
		}
		var val string
		if i < len(rs) && rs[i] == '"' {
			end := i + 1
			for end < len(rs) && rs[end] != '"' {
				end++
			}
			if end >= len(rs) {
				return nil, fmt.Errorf("question %d: unclosed quote", num)
			}
			val, i = string(rs[i+1:end]), end+1
		} else {
			end := i
			for end < len(rs) {
				if unicode.IsSpace(rs[end]) || rs[end] == ';' {
					k := end
					for k < len(rs) && (unicode.IsSpace(rs[k]) || rs[k] == ',' || rs[k] == ';') {
						k++
					}
					if _, _, ok := tokenAt(k); ok || k >= len(rs) {
						break
					}
				}
				end++
			}
			val, i = string(rs[i:end]), end
		}
		out[num] = strings.TrimRight(strings.TrimSpace(val), ",;")
	}
	return out, nil
}

// Checker judges a typed answer to question q against the expected one
// (cards' forgiving checker in practice, which reads q's kind and prompt).
type Checker func(q Question, expected, typed string) cards.Verdict

// Result is the verdict on one answer; a matching exercise gives one per pair.
type Result struct {
	Question int           `json:"question"`
	Pair     int           `json:"pair,omitempty"` // 1-based pair of a match; 0 otherwise
	CardID   string        `json:"card_id"`
	Typed    string        `json:"typed"`
	Expected string        `json:"expected"`
	Verdict  cards.Verdict `json:"verdict"`
}

// Grade marks the answers of one version. Questions with no answer are
// returned in skipped and not marked: a blank on paper may mean "not
// reached" as well as "don't know", so the caller decides.
func Grade(v *Version, answers map[int]string, check Checker) (results []Result, skipped []int) {
	for _, q := range v.Questions {
		typed, ok := answers[q.N]
		if !ok {
			skipped = append(skipped, q.N)
			continue
		}
		if q.Type == Match {
			got := parseMatch(typed, len(q.Left))
			for i, want := range q.Pairs {
				r := Result{Question: q.N, Pair: i + 1, CardID: q.Cards[i], Expected: fmt.Sprintf("%d%s", i+1, Letter(want)), Verdict: cards.Wrong}
				if g, ok := got[i]; ok {
					r.Typed = fmt.Sprintf("%d%s", i+1, Letter(g))
					if g == want {
						r.Verdict = cards.Correct
					}
				}
				results = append(results, r)
			}
			continue
		}
		r := Result{Question: q.N, CardID: q.Cards[0], Typed: typed, Expected: q.KeyText()}
		r.Verdict = mark(q, typed, check)
		results = append(results, r)
	}
	return results, skipped
}

func mark(q Question, typed string, check Checker) cards.Verdict {
	t := strings.ToLower(strings.TrimSpace(typed))
	t = strings.TrimRight(t, ").")
	if t == "" || t == "-" || t == "?" {
		return cards.Wrong
	}
	switch q.Type {
	case TF:
		var said int
		switch t {
		case "true", "t", "yes", "y", "a", "1":
			said = 0
		case "false", "f", "no", "n", "b", "0":
			said = 1
		default:
			return cards.Wrong
		}
		if said == q.Key {
			return cards.Correct
		}
		return cards.Wrong
	case MC:
		if i, ok := letterIndex(t); ok && i < len(q.Options) {
			if i == q.Key {
				return cards.Correct
			}
			return cards.Wrong
		}
		// The option written out instead of its letter.
		return check(q, q.Options[q.Key], typed)
	}
	return check(q, q.Answer, typed)
}

// letterIndex reads "a", "b", ..., "aa".
func letterIndex(s string) (int, bool) {
	if s == "" || len(s) > 2 {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return 0, false
		}
		n = n*26 + int(r-'a'+1)
	}
	return n - 1, true
}

var pairRe = regexp.MustCompile(`(\d+)\s*[-:=)]?\s*([a-z]{1,2})`)

// parseMatch reads "1c 2a 3b", "1-c,2-a" or just "cab" (left items in order).
func parseMatch(s string, n int) map[int]int {
	s = strings.ToLower(s)
	got := map[int]int{}
	if strings.IndexFunc(s, unicode.IsDigit) >= 0 {
		for _, m := range pairRe.FindAllStringSubmatch(s, -1) {
			i, _ := strconv.Atoi(m[1])
			if l, ok := letterIndex(m[2]); ok && i >= 1 && i <= n {
				got[i-1] = l
			}
		}
		return got
	}
	i := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			got[i] = int(r - 'a')
			i++
		}
	}
	return got
}

// Rating turns a verdict on paper into a review rating: right is Good,
// nearly right is Hard, wrong is Again (as in the review session).
func Rating(v cards.Verdict) scheduler.Rating {
	switch v {
	case cards.Correct:
		return scheduler.Good
	case cards.Close:
		return scheduler.Hard
	}
	return scheduler.Again
}
