package answer

import (
	"regexp"
	"strings"
)

// synonymGroups are words that say the same thing in the answers notes give
// for what someone did and how they responded ("severed diplomatic
// relations", "expelled the diplomats"): a learner who types "cut
// diplomatic ties" or "kicked out the diplomats" has it right. A word may
// stand in two groups ("cut" ties and "cut" spending). Irregular past forms
// are listed, as the stemmer does not read them. The groups hold only
// words whose other sense is seldom typed for this one: the rest of the
// answer must still be the note's.
var synonymGroups = [][]string{
	{"sever", "cut", "break", "broke", "broken", "end"}, // relations, ties
	{"relations", "ties", "links"},
	{"condemn", "denounce", "decry"},
	{"expel", "oust", "eject"},
	{"ban", "prohibit", "outlaw", "forbid", "forbade", "bar"},
	{"impose", "put", "place", "levy"}, // sanctions, tariffs
	{"refuse", "decline", "reject"},
	{"withdraw", "withdrew", "withdrawn", "leave", "left", "exit", "quit", "recall"},
	{"launch", "start", "begin", "began", "begun", "initiate", "commence", "open"},
	{"establish", "found", "create", "form", "set"},
	{"announce", "declare", "proclaim"},
	{"seize", "capture"},
	{"arrest", "detain"},
	{"abolish", "scrap", "end", "eliminate"},
	{"suspend", "halt", "freeze", "froze", "frozen", "pause"},
	{"accuse", "blame"},
	{"approve", "pass", "adopt"}, // a law
	{"increase", "raise", "boost", "hike"},
	{"reduce", "cut", "lower", "decrease", "slash"},
	{"support", "back", "endorse"},
	{"free", "freed", "release"},
	{"close", "shut"},
	{"send", "sent", "deploy", "dispatch"}, // troops
	{"largest", "biggest"},
	{"buy", "bought", "purchase", "acquire"},
	{"build", "built", "construct"},
	{"fire", "dismiss", "sack"},
	{"resign", "quit"},
	{"help", "aid", "assist"},
	{"diplomats", "envoys"},
	// what a thing does or how it goes, in a meaning put in the
	// learner's words ("a machine that makes proteins" for "... that
	// builds proteins", "through a membrane" for "across a membrane")
	{"make", "made", "produce", "generate", "build", "built"},
	{"use", "utilize", "utilise", "employ"},
	{"allow", "enable", "permit", "let"},
	{"across", "through", "via"},
	{"place", "spot", "location"},
	{"between", "among", "amongst"},
	{"big", "large"},
	{"small", "little", "tiny"},
	{"fast", "quick", "rapid"},
}

// synonymOf maps each word of synonymGroups, and its stem, to the groups
// it stands in.
var synonymOf = func() map[string][]int {
	m := map[string][]int{}
	for g, ws := range synonymGroups {
		for _, w := range ws {
			m[w] = append(m[w], g)
			if s := stem(w); s != "" && s != w {
				m[s] = append(m[s], g)
			}
		}
	}
	return m
}()

// synonyms reports whether normalised words a and b say the same thing by
// synonymGroups ("cut" and "severed", "denounced" and "condemned").
func synonyms(a, b string) bool { return shareGroup(synonymGroupsOf(a), synonymGroupsOf(b)) }

// shareGroup reports whether synonym groups ga and gb have one in common.
func shareGroup(ga, gb []int) bool {
	for _, x := range ga {
		for _, y := range gb {
			if x == y {
				return true
			}
		}
	}
	return false
}

// synonymous reports whether content words tc say what ec say, word for
// word, one of them at least by a synonym: before the typo checks, which
// would take "withdraw" for a slip of "withdrew". One word alone is left
// to them: in another form it may be part of the answer ("frozen" for
// "freezing" is close).
func synonymous(tc, ec []string) bool {
	if len(tc) != len(ec) || len(tc) < 2 {
		return false
	}
	by := false
	for i := range tc {
		switch st := stem(tc[i]); {
		case tc[i] == ec[i] || st != "" && st == stem(ec[i]):
		case synonyms(tc[i], ec[i]):
			by = true
		default:
			return false
		}
	}
	return by
}

// synonymGroupsOf is the groups of word w, as written or by its stem.
func synonymGroupsOf(w string) []int {
	if g, ok := synonymOf[w]; ok {
		return g
	}
	if s := stem(w); s != "" {
		return synonymOf[s]
	}
	return nil
}

// phrasalVerbs are verbs of two words written as the one word of
// synonymGroups they mean ("kicked out" → "expel"), or with the particle
// left out where the verb alone says it ("broke off relations").
var phrasalVerbs = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`\b(?:kick|kicks|kicked|kicking) out\b`), "expel"},
	{regexp.MustCompile(`\b(?:pull|pulls|pulled|pulling) out(?: of)?\b`), "withdraw"},
	{regexp.MustCompile(`\b(?:step|steps|stepped|stepping) down\b`), "resign"},
	{regexp.MustCompile(`\b(?:set|sets|setting) up\b`), "establish"},
	{regexp.MustCompile(`\b(break|breaks|breaking|broke|broken|cut|cuts|cutting) off\b`), "$1"},
}

// withPhrasalVerbs is normalised text s with its phrasal verbs written as
// phrasalVerbs says.
func withPhrasalVerbs(s string) string {
	if !strings.Contains(s, " out") && !strings.Contains(s, " down") && !strings.Contains(s, " up") && !strings.Contains(s, " off") {
		return s // most answers
	}
	for _, p := range phrasalVerbs {
		s = p.re.ReplaceAllString(s, p.with)
	}
	return s
}
