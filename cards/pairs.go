package cards

import "strings"

// pairSet marks the pairs of adjacent bytes a text holds, each byte cut to
// its low five bits: a letter's case is then lost, a pair of letters is
// known exactly and other bytes share bits with letters. A text that holds
// w, in any ASCII case, holds every pair of w, so a search for w can be skipped
// when one of w's pairs is missing. readWorth reads every sentence for a
// few dozen words that most sentences lack: one pass over the sentence
// spares most of the searches, each of which stays the judge.
type pairSet [1024 / 64]uint64

func pairsOf(s string) *pairSet {
	p := new(pairSet)
	for i := 0; i+1 < len(s); i++ {
		k := pairKey(s[i], s[i+1])
		p[k/64] |= 1 << (k % 64)
	}
	return p
}

func pairKey(a, b byte) uint { return uint(a&31)<<5 | uint(b&31) }

// mayHold reports whether the text may hold w, in any ASCII case: false only
// when it cannot. A nil set knows nothing and may hold anything.
func (p *pairSet) mayHold(w string) bool {
	if p == nil {
		return true
	}
	for i := 0; i+1 < len(w); i++ {
		if k := pairKey(w[i], w[i+1]); p[k/64]&(1<<(k%64)) == 0 {
			return false
		}
	}
	return true
}

// contains is strings.Contains(s, w) for the s p was read from.
func (p *pairSet) contains(s, w string) bool {
	return p.mayHold(w) && strings.Contains(s, w)
}
