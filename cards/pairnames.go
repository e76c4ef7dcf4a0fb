package cards

import (
	"strings"

	"github.com/recall-srs/recall/notes"
)

// pairPhrases are the words a sentence uses for the two countries its note
// is about; lead stays before their names ("both Greece and Turkey").
var pairPhrases = [...]struct{ phrase, lead string }{
	{"both countries", "both "}, {"Both countries", "Both "},
	{"the two countries", ""}, {"The two countries", ""},
	{"both nations", "both "}, {"Both nations", "Both "},
	{"the two nations", ""}, {"The two nations", ""},
}

// countryAliases are short names of countries the CLDR names of
// isCountry do not hold: a sentence naming one is about another pair.
var countryAliases = map[string]bool{
	"US": true, "U.S.": true, "USA": true, "America": true, "Britain": true, "UK": true, "U.K.": true,
	"England": true, "USSR": true, "Soviet": true,
}

// mayNamePair reports whether sentence s may hold one of pairPhrases,
// which is looked for before namePair: most sentences hold none. Every
// sentence is read for it, so each phrase is looked for from its rarest
// letter ("two" from its "w", "both" from its "b") and only a hit is read
// whole (looking for "countries" and "nations" from their letters, which
// open many more words, cost twice as much).
func mayNamePair(s string) bool {
	return pairAfter(s, "two ", 1) || pairAfter(s, "both ", 0) || pairAfter(s, "Both ", 0)
}

// pairAfter reports whether s holds lead followed by "countries" or
// "nations", found from lead's byte at.
func pairAfter(s, lead string, at int) bool {
	c := lead[at]
	for i := 0; ; {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return false
		}
		i += j + 1
		if start := i - 1 - at; start >= 0 && strings.HasPrefix(s[start:], lead) {
			rest := s[start+len(lead):]
			if strings.HasPrefix(rest, "countries") || strings.HasPrefix(rest, "nations") {
				return true
			}
		}
	}
}

// namePair names the two countries a note is about where the sentence of
// f (one that mayNamePair) says "both countries" or "the two countries"
// and has not named them itself: a card shows the sentence alone, and
// teachers rejected "In what year did both countries join NATO?" as
// ambiguous. The pair is the only two countries the note's title names
// ("Tensions Between Greece and Turkey"), or else its heading path; a
// sentence that names any other country before the phrase means another
// pair and is left as it is.
func namePair(f *notes.Fact) bool {
	for _, p := range pairPhrases {
		i := strings.Index(f.Sentence, p.phrase)
		if i < 0 {
			continue
		}
		end := i + len(p.phrase)
		if i < f.Start+len(f.Answer) && end > f.Start {
			return false // the answer holds the phrase
		}
		a, b, ok := namedPair(f.Title)
		if !ok {
			a, b, ok = namedPair(strings.Join(f.Heading, " "))
		}
		if !ok {
			return false
		}
		before := countriesIn(f.Sentence[:i])
		for _, c := range before {
			if c != a && c != b {
				return false // another pair: "a visit by the US president to Vietnam ... the two countries"
			}
		}
		if len(before) >= 2 {
			return false // named already: "Greece and Turkey signed ...; both countries"
		}
		names := p.lead + a + " and " + b
		f.Sentence = f.Sentence[:i] + names + f.Sentence[end:]
		if end <= f.Start {
			f.Start += len(names) - len(p.phrase)
		}
		f.Cue = strings.Replace(f.Cue, p.phrase, names, 1)
		return true
	}
	return false
}

// namedPair returns the two countries s names, when it names two and no
// more.
func namedPair(s string) (a, b string, ok bool) {
	cs := countriesIn(s)
	if len(cs) != 2 {
		return "", "", false
	}
	return cs[0], cs[1], true
}

// countriesIn lists the countries s names, each once, in order: a name
// of up to three words ("South Korea", "United Arab Emirates") or an alias
// ("US").
func countriesIn(s string) []string {
	words := strings.Fields(s)
	var out []string
	add := func(c string) {
		for _, o := range out {
			if o == c {
				return
			}
		}
		out = append(out, c)
	}
	for i := 0; i < len(words); i++ {
		if !startsUpper(words[i]) {
			continue
		}
		found := false
		for n := min(3, len(words)-i); n >= 1 && !found; n-- {
			name := strings.Join(words[i:i+n], " ")
			name = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s"), ".,;:!?)\"'’")
			if countryAliases[name] || isCountry(name) {
				add(name)
				i += n - 1
				found = true
			}
		}
	}
	return out
}
