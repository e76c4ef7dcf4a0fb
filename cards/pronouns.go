package cards

import "strings"

// pronounGender is the pronouns a note refers to a person with: he, she,
// or both (notes disagree, or the pronoun was someone else's).
type pronounGender uint8

const (
	saysHe pronounGender = 1 << iota
	saysShe
)

// genderAfter is the pronoun that follows name in sentence before any
// other name does ("Kesh revealed she was ..."), or 0: a pronoun past
// another name may be that name's. A people's adjective is no name
// ("Ana Velt, a Keshian weaver, sold her looms"); lx, when not nil, tells
// it.
func genderAfter(sentence, name string, lx *lexicon) pronounGender {
	i := strings.Index(sentence, name)
	if name == "" || i < 0 {
		return 0
	}
	for w, rest := nextField(sentence[i+len(name):]); w != ""; w, rest = nextField(rest) {
		low := strings.ToLower(trimPunct(w))
		if startsUpper(w) {
			if lx != nil && demonymLike(low, lx) {
				continue
			}
			return 0
		}
		switch low {
		case "he", "his", "him", "himself":
			return saysHe
		case "she", "her", "hers", "herself":
			return saysShe
		}
	}
	return 0
}

// otherGender reports whether a person the notes refer to as other
// stands where key's pronoun points: both known, and apart.
func otherGender(key, other pronounGender) bool {
	known := func(g pronounGender) bool { return g == saysHe || g == saysShe }
	return known(key) && known(other) && key != other
}
