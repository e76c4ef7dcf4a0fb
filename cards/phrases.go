package cards

import "strings"

// phraseSet answers hasPhrase(s, phrases) for a fixed list in one pass over
// s: hasPhrase searches s once per phrase, and the claim checks run it with
// dozens of phrases on every sentence.
type phraseSet struct {
	all     []string
	byFirst [256][]string // phrases matched in one pass, by their first byte
	slow    []string      // phrases the pass cannot match exactly: hasPhrase's loop
}

// newPhraseSet indexes phrases. The one pass matches a phrase exactly as
// hasPhrase does when it is lower-case ASCII and no proper suffix of it is
// also a prefix: then its occurrences cannot overlap, and hasPhrase's
// search, which resumes after each occurrence, sees every one.
func newPhraseSet(phrases []string) *phraseSet {
	ps := &phraseSet{all: phrases}
	for _, p := range phrases {
		if onePass(p) {
			ps.byFirst[p[0]] = append(ps.byFirst[p[0]], p)
		} else {
			ps.slow = append(ps.slow, p)
		}
	}
	return ps
}

func onePass(p string) bool {
	if p == "" {
		return false
	}
	for i := 0; i < len(p); i++ {
		if c := p[i]; c >= 0x80 || c >= 'A' && c <= 'Z' {
			return false
		}
	}
	for n := 1; n < len(p); n++ {
		if p[:n] == p[len(p)-n:] {
			return false
		}
	}
	return true
}

// has is hasPhrase(s, ps.all).
func (ps *phraseSet) has(s string) bool {
	// a phrase starting and ending on word bounds
	for i := 0; i < len(s); i++ {
		if i > 0 && isLetterByte(s[i-1]) {
			continue
		}
		for _, p := range ps.byFirst[s[i]] {
			if end := i + len(p); strings.HasPrefix(s[i:], p) && (end == len(s) || !isLetterByte(s[end])) {
				return true
			}
		}
	}
	// capitalised at the start of s: hasPhrase looks for it only when the
	// phrase occurs nowhere in s as written. Only an ASCII start can match
	// a lower-case ASCII phrase under simple folding of len(p) bytes.
	if s != "" {
		c := s[0]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		for _, p := range ps.byFirst[c] {
			if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) && (len(s) == len(p) || !isLetterByte(s[len(p)])) && !strings.Contains(s, p) {
				return true
			}
		}
	}
	return ps.slow != nil && hasPhrase(s, ps.slow)
}

// the claim checks' lists (review.go), indexed once
var (
	staleSet     = newPhraseSet(stalePhrases)
	hearsaySet   = newPhraseSet(hearsayPhrases)
	judgementSet = newPhraseSet(judgementWords)
)
