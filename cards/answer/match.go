package answer

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/kljensen/snowball/english"
)

// Verdict grades a typed answer; the values equal cards.Verdict's.
type Verdict string

const (
	Correct Verdict = "correct"
	Close   Verdict = "close" // right but imprecise: partial name, less precise date, hedge dropped, typo
	Wrong   Verdict = "wrong"
)

// Result is a verdict and, unless the answer was exactly right, what differed.
type Result struct {
	Verdict Verdict
	Note    string
}

// titles are honorifics and offices that may be left out of a name.
var titles = map[string]bool{
	"president": true, "prime": true, "pm": true, "minister": true, "king": true, "queen": true, "sir": true,
	"dr": true, "doctor": true, "mr": true, "mrs": true, "ms": true, "general": true, "ayatollah": true,
	"chancellor": true, "emperor": true, "prince": true, "princess": true, "lord": true, "lady": true,
	"professor": true, "prof": true, "pope": true, "saint": true, "st": true, "senator": true,
	"secretary": true, "chairman": true, "ceo": true, "founder": true, "premier": true, "sultan": true,
	"shah": true, "tsar": true, "czar": true, "marshal": true, "admiral": true, "captain": true,
	"colonel": true, "governor": true, "jr": true, "justice": true, "judge": true, "capt": true,
	"lt": true, "lieutenant": true, "sgt": true, "sergeant": true, "cmdr": true, "commander": true,
	"rev": true, "reverend": true, "rabbi": true, "bishop": true, "cardinal": true, "sheikh": true,
	"imam": true, "mayor": true, "ambassador": true, "detective": true,
	// what a name is introduced as ("Filmmaker Ana Velt", "Investor Tobin Aster")
	"investor": true, "filmmaker": true, "director": true, "lawyer": true, "advocate": true,
	"author": true, "writer": true, "journalist": true, "economist": true, "historian": true,
	"scientist": true, "physicist": true, "chemist": true, "sociologist": true, "philosopher": true,
	"entrepreneur": true, "billionaire": true, "businessman": true, "activist": true, "engineer": true,
	"architect": true, "artist": true, "poet": true, "novelist": true, "composer": true,
	// not a title, but as often left out or shortened: "Mt. Orrin"
	"mount": true, "mt": true,
}

// stopWords carry no content when comparing longer answers.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "to": true, "in": true,
	"on": true, "at": true, "for": true, "with": true, "by": true, "from": true, "as": true, "all": true,
	"its": true, "their": true, "his": true, "her": true, "it": true, "is": true, "was": true,
	"were": true, "be": true, "that": true, "this": true, "which": true, "who": true, "into": true,
	// the subject and "because" a learner puts before an answer ("he
	// resigned", "because it was portable"); not "i", a numeral in names
	"he": true, "she": true, "they": true, "we": true, "you": true, "him": true, "them": true,
	"because": true, "my": true, "our": true, "your": true,
}

// Match grades typed against the expected answer.
func Match(typed, expected string) Result { return match(typed, expected, true) }

// MatchFigure is Match of an answer that is a figure: one or two digits
// are not read as a year ("25" is twenty-five of something, which
// "20-30" spans, not the year 25).
func MatchFigure(typed, expected string) Result {
	return match(typed, expected, yearDigits.MatchString(expected))
}

// dateSpan is a span between two dates ("2018-2020", "1914 to 1918",
// "between 200 and 300"), not two dates listed.
var dateSpan = regexp.MustCompile(`\d\s*(?:[-–—]|\bto\b|\buntil\b)\s*(?:[A-Za-z]+\s+)?\d|(?i:\bbetween\s+\d+\s+and\s+\d)`)

// yearDigits is a number that may be a year: a figure of three or four
// digits ("680" asked beside "CE") still reads as one.
var yearDigits = regexp.MustCompile(`(?:^|[^\d,.])\d{3,4}(?:$|[^\d,.])`)

// match grades typed against expected (see matchAs), and finds wrong
// an answer that says the opposite in one word ("falling interest
// rates" for "rising interest rates", "second smallest" for
// "second-largest") or swaps the parties the note relates ("Kesh
// declared war on Vela" for "declared war on Kesh").
func match(typed, expected string, dates bool) Result {
	typed, expected = comparisons.Replace(typed), comparisons.Replace(expected)
	r := matchAs(typed, expected, dates)
	if r.Verdict == Wrong {
		return r
	}
	t, e := comparable(undot(typed)), comparable(undot(expected))
	if opposite(t, e) {
		return Result{Wrong, "the opposite: expected " + strings.TrimSpace(expected)}
	}
	if !isName(expected) && rolesSwapped(t, e) {
		return Result{Wrong, "the other way round: expected " + strings.TrimSpace(expected)}
	}
	if r.Verdict == Correct && isName(expected) && generationAdded(t, e) {
		// "Donald Trump Jr." for "Donald Trump": perhaps another person
		return Result{Close, "the note says " + strings.TrimSpace(expected)}
	}
	return r
}

// eventNow is normalised answer s, or the name a historian gives the
// event when s is the one its own time gave it: "the Great War" is
// World War I.
func eventNow(s string) string {
	if s == "great war" {
		return "first world war"
	}
	return s
}

// comparisons are the signs that compare, written as the words
// normalising would otherwise drop ("pH > 7" is "pH above 7").
var comparisons = strings.NewReplacer(">=", " at least ", "<=", " at most ", "≥", " at least ", "≤", " at most ",
	">", " above ", "<", " below ")

// matchAs is match before the checks for the opposite: the figures,
// dates, names and words of typed and expected compared.
func matchAs(typed, expected string, dates bool) Result {
	typed, expected = undot(withoutIsh(withoutFillers(typed))), undot(expected)
	t, e := eventNow(comparable(typed)), eventNow(comparable(expected))
	if t == "" {
		return Result{Wrong, "no answer given"}
	}
	if otherRank(typed, expected) {
		return Result{Wrong, "another rank: expected " + strings.TrimSpace(expected)} // "a fifth" for "fifth"
	}
	n := sameNumerals(t, e)
	if (t == e || n == e) && !(hasDigit(e) && otherSign(typed, expected)) {
		// the same, or with a number written the other way ("the 4th
		// turning" for "Fourth Turning", which reads as a figure too)
		return Result{Verdict: Correct}
	}
	if tn, en := numberedLast(t), numberedLast(e); (tn != t || en != e) && tn == en {
		return Result{Verdict: Correct} // "the First World War" for "World War I"
	}
	ed, isDate := expectedDates(expected)
	if isDate && dates && !measure(expected) {
		if r, ok := matchTypedDates(typed, ed, expected); ok {
			return r
		}
	}
	if eq, ok := expectedFigure(expected); ok && !(isDate && dates && calendarDate(ed)) {
		// (a day and month are no figure of things: "20 July 19699" is
		// not twenty of "July 19699")
		if tq, ok := typedFraction(typed); ok {
			return matchQuantities(tq, eq, typed, expected)
		}
		if tq, ok := ParseQuantity(typedFigures(withoutPowers(typed))); ok {
			if eq.Unit == "m" && metresGlued.MatchString(typed) {
				// "50m" is fifty million, but fifty metres when metres are asked
				tq.Lo, tq.Hi, tq.Unit = tq.Lo/1e6, tq.Hi/1e6, "m"
			}
			return matchQuantities(tq, eq, typed, expected)
		}
		if fixed, ok := misspeltNumbers(typed); ok {
			if tq, ok := ParseQuantity(fixed); ok {
				// "fourty" for 40: the number, misspelt
				if r := matchQuantities(tq, eq, fixed, expected); r.Verdict != Wrong {
					return Result{Close, "misspelt: expected " + expected}
				}
			}
		}
		if hasDigit(t) || !mayHoldQuantity(typed) {
			// a figure is asked: a typed answer without one ("year" for
			// "two years") is wrong, whatever words it shares
			return Result{Wrong, "expected " + expected}
		}
	}
	// Hedges belong to the answer but leaving one out is only imprecise.
	if es := StripHedge(expected); es != "" && es != e && Normalize(es) == t {
		return Result{Close, "the note says " + strings.TrimSpace(expected)}
	}
	if r, ok := otherPlaceName(t, e, expected); ok {
		return r
	}
	if r, ok := otherName(typed, t, expected, e); ok {
		return r
	}
	if acronymFor(t, e, typed, expected) || numberedAcronym(t, e, typed, expected) {
		if len(t) == 2 && personName(expected) {
			// "ER" for "Edi Rama": two letters name many people
			return Result{Wrong, "initials: expected " + strings.TrimSpace(expected)}
		}
		return Result{Correct, "the note says " + strings.TrimSpace(expected)}
	}
	if sameCountryName(t, e) || placedIn(typed, e, expected) || shortenedWords(t, e) {
		return Result{Correct, "the note says " + strings.TrimSpace(expected)}
	}
	if sameGovernment(t, e) {
		return Result{Close, "the note says " + strings.TrimSpace(expected)}
	}
	r := matchWords(scalesSpelt(n, e), e, typed, expected)
	if r.Verdict == Wrong && someItems(typed, expected) {
		return Result{Close, "partly: expected " + expected}
	}
	if r.Verdict == Wrong && mostlyCapitals(expected) && soundsAlike(t, e) {
		return Result{Close, "spelt " + strings.TrimSpace(expected) + " in the note"}
	}
	if r.Verdict != Correct && strings.Contains(typed, "-") && !strings.Contains(expected, "-") && !hasDigit(typed) {
		// "park yeon-mi" for "Yeonmi Park": a name's parts joined by a
		// hyphen the note writes as one word
		if r2 := match(strings.ReplaceAll(typed, "-", ""), expected, dates); Rank(r2.Verdict) > Rank(r.Verdict) {
			r = r2
		}
	}
	if r.Verdict != Correct && !hasDigit(expected) {
		// "strongly condemned the attack" for "condemned the attack": how
		// it was done, which the note does not say, added to what was done
		if plain, ok := withoutMannerAdverbs(typed, e); ok {
			if r2 := match(plain, expected, dates); Rank(r2.Verdict) > Rank(r.Verdict) {
				if r2.Verdict == Correct {
					r2.Note = "the note says " + strings.TrimSpace(expected)
				}
				r = r2
			}
		}
	}
	if r.Verdict != Wrong && (negations(typed)%2 != negations(expected)%2 || intended(typed) != intended(expected)) {
		// "did sign the treaty" for "did not sign the treaty": every
		// other word the same, and the opposite meaning; "considered
		// imposing a curfew" for "imposed a curfew": not done
		return Result{Wrong, "the opposite: expected " + strings.TrimSpace(expected)}
	}
	if r.Verdict == Close && !isName(expected) && listItems(expected) == nil && swappedWord(wordsOf(typed), wordsOf(expected)) {
		// "a shortage of wheat" for "a shortage of oil": the note's
		// words with another put in place of one
		return Result{Wrong, "another word: expected " + strings.TrimSpace(expected)}
	}
	return r
}

// wordsOf is the content words of an answer as matchWords compares a
// phrase's (see actionText).
func wordsOf(s string) []string {
	return content(actionText(s), true)
}

// actionText is answer s normalised, with its ways of saying an action
// was not done and its verbs of two words read as one (see withNotDone,
// withPhrasalVerbs).
func actionText(s string) string {
	return withPhrasalVerbs(withNotDone(comparable(undot(s))))
}

// negationWords turn a clause's meaning round; contractions are read with
// their apostrophe dropped ("didn't" as "didnt").
var negationWords = map[string]bool{
	"not": true, "never": true, "no": true, "without": true, "nor": true, "neither": true, "cannot": true,
	"didnt": true, "dont": true, "doesnt": true, "isnt": true, "wasnt": true, "werent": true, "arent": true,
	"cant": true, "couldnt": true, "wont": true, "wouldnt": true, "shouldnt": true, "hasnt": true,
	"havent": true, "hadnt": true, "aint": true, "mustnt": true, "neednt": true,
	// "lacking a nucleus" says what "without a nucleus" says
	"lack": true, "lacks": true, "lacked": true, "lacking": true,
}

// apostrophes go from a contraction before negationWords is asked.
var apostrophes = strings.NewReplacer("'", "", "’", "")

// negations counts the words of s that negate (see negationWords).
func negations(s string) int {
	n := 0
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '\'' || r == '’')
	})
	for i, w := range ws {
		if negationWords[apostrophes.Replace(w)] || refusals[w] && i+1 < len(ws) && ws[i+1] == "to" {
			n++ // "refused to sign" is "did not sign"
		}
	}
	return n
}

// absences counts the words of s that say something is not there: its
// negations and the words for a shortage ("because K2s were scarce" says
// what "a lack of K2 ships" says; "no rainfall" not what "heavy
// rainfall" says).
func absences(s string) int {
	n := negations(s)
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if shortageWords[strings.Trim(w, ".,;:!?")] {
			n++
		}
	}
	return n
}

// shortageWords say that there is too little of something ("a long
// drought" is what "no rain fell" says).
var shortageWords = map[string]bool{
	"shortage": true, "shortages": true, "scarce": true, "scarcity": true, "shortfall": true, "dearth": true,
	"deficit": true, "drought": true, "droughts": true, "famine": true,
}

// scalesSpelt writes the figures of normalised typed answer t with a
// scale glued on ("2.2bn", "60m", "5k") as the note's words spell them
// ("2.2 billion"), when e, the expected answer compared, spells that
// scale: "froze $2.2bn in grants" for "froze $2.2 billion in grants".
func scalesSpelt(t, e string) string {
	if !hasDigit(t) || !hasDigit(e) {
		return t
	}
	ws := strings.Fields(t)
	changed := false
	for i, w := range ws {
		m := digitSuffix.FindStringSubmatch(w)
		if m == nil {
			continue
		}
		word := scaleWords[m[2]] // "" for an ordinal or a decade
		if word == "" || !slices.Contains(strings.Fields(e), word) {
			continue
		}
		ws[i], changed = m[1]+" "+word, true
	}
	if !changed {
		return t
	}
	return strings.Join(ws, " ")
}

// scaleWords spell the scales digitSuffix reads glued onto a figure.
var scaleWords = map[string]string{"bn": "billion", "b": "billion", "mn": "million", "m": "million", "k": "thousand"}

// withoutMannerAdverbs is typed without the adverbs of manner it adds to
// the note's words ("strongly", "publicly", "quickly": a word of five
// letters or more ending in "ly" that e, the expected answer compared,
// does not hold, and not one of the words in -ly that say when, how
// often, how much or whether: those change the answer). ok is false when
// typed has none.
func withoutMannerAdverbs(typed, e string) (string, bool) {
	ws := strings.Fields(typed)
	kept := ws[:0:0]
	for _, w := range ws {
		b := strings.ToLower(strings.Trim(w, ".,;:!?\"'"))
		if len(b) >= 5 && strings.HasSuffix(b, "ly") && !notManner[b] && !slices.Contains(strings.Fields(e), b) {
			continue
		}
		kept = append(kept, w)
	}
	if len(kept) == len(ws) || len(kept) == 0 {
		return typed, false
	}
	return strings.Join(kept, " "), true
}

// notManner are words in -ly that are no adverb of manner, or one that
// changes what an answer says.
var notManner = map[string]bool{
	"early": true, "nearly": true, "likely": true, "unlikely": true, "daily": true, "weekly": true,
	"monthly": true, "yearly": true, "hourly": true, "quarterly": true, "annually": true, "family": true,
	"italy": true, "rally": true, "reply": true, "supply": true, "apply": true, "assembly": true,
	"anomaly": true, "partly": true, "mostly": true, "hardly": true, "barely": true, "scarcely": true,
	"rarely": true, "only": true, "merely": true, "solely": true,
	"jointly": true, "mutually": true, "unilaterally": true, "bilaterally": true, "illegally": true,
	"legally": true, "falsely": true, "wrongly": true, "rightly": true, "partially": true,
	"temporarily": true, "permanently": true, "initially": true, "finally": true, "eventually": true,
	"previously": true, "formerly": true, "recently": true, "lately": true, "briefly": true,
	"comply": true, "imply": true, "multiply": true, "butterfly": true, "firefly": true, "deadly": true,
	"elderly": true, "friendly": true, "unfriendly": true, "costly": true, "lonely": true, "holy": true,
}

// placedIn reports whether typed is the note's name followed, after a
// comma, by the larger place it is in ("Tehran, Iran" for "Tehran",
// "Vela Bay, Kesh"): more precise, and as right. e is expected as
// compared; the place typed after it is a name of one to three words.
func placedIn(typed, e, expected string) bool {
	head, rest, ok := strings.Cut(typed, ",")
	if !ok || !isName(expected) || comparable(head) != e {
		return false
	}
	rest = strings.TrimSpace(rest)
	n := len(strings.Fields(rest))
	return n >= 1 && n <= 3 && isName(rest) && !strings.ContainsAny(rest, ",0123456789")
}

// shortenedWords reports whether normalised t is e with some of its
// words cut short, as learners type long names ("ordinary diff eq" for
// "Ordinary Differential Equation", "euro computer manufacturers assoc"):
// as many words, in order, each the same or its first two letters or
// more with three or more left out, and at least one of them whole. A
// single word cut short ("aus") is not read so: it may open many; nor is
// the first of two ("pat campbell" for "Patrick Campbell" shortens a
// first name, which is close), or a letter or two left out ("Perkin",
// "Henry VII": a typo, or another).
func shortenedWords(t, e string) bool {
	tw, ew := strings.Fields(t), strings.Fields(e)
	if len(tw) < 2 || len(tw) != len(ew) || t == e {
		return false
	}
	whole := false
	for i := range tw {
		switch {
		case tw[i] == ew[i]:
			whole = true
		case i == 0 && len(tw) == 2:
			return false
		case len(tw[i]) >= 2 && len(ew[i])-len(tw[i]) >= 3 && strings.HasPrefix(ew[i], tw[i]) && !hasDigit(tw[i]):
		default:
			return false
		}
	}
	return whole
}

// SameGovernment reports whether one answer is a country and the other
// its capital, which notes and learners use for its government
// ("Ankara" for Turkey's, "Washington" for the United States'): right
// for who did something, and only near a place asked.
func SameGovernment(typed, expected string) bool {
	return sameGovernment(comparable(undot(typed)), comparable(undot(expected)))
}

// sameGovernment is SameGovernment of the answers as compared.
func sameGovernment(t, e string) bool {
	tc, _ := countryOf(t)
	ec, _ := countryOf(e)
	if c, ok := capitals[e]; ok && c == tc {
		return true
	}
	c, ok := capitals[t]
	return ok && c == ec
}

// capitals are capitals that stand for their country's government in
// news and history ("Tehran denied the allegations"), by the name the
// country is compared as (see countryOf).
var capitals = map[string]string{
	"washington": "united states", "moscow": "russia", "beijing": "china", "london": "united kingdom",
	"paris": "france", "berlin": "germany", "tokyo": "japan", "ankara": "turkey", "tehran": "iran",
	"kyiv": "ukraine", "kiev": "ukraine", "tirana": "albania", "athens": "greece", "new delhi": "india",
	"delhi": "india", "islamabad": "pakistan", "riyadh": "saudi arabia", "cairo": "egypt",
	"damascus": "syria", "baghdad": "iraq", "kabul": "afghanistan", "pyongyang": "north korea",
	"seoul": "south korea", "taipei": "taiwan", "rome": "italy", "madrid": "spain", "ottawa": "canada",
	"canberra": "australia", "tbilisi": "georgia", "baku": "azerbaijan", "yerevan": "armenia",
	"belgrade": "serbia", "warsaw": "poland", "budapest": "hungary", "havana": "cuba",
	"caracas": "venezuela", "nicosia": "cyprus", "hanoi": "vietnam", "dhaka": "bangladesh",
	"addis ababa": "ethiopia", "minsk": "belarus", "tel aviv": "israel", "jerusalem": "israel",
	"mexico city": "mexico", "brasilia": "brazil", "buenos aires": "argentina", "pretoria": "south africa",
	"abuja": "nigeria", "nairobi": "kenya",
}

// mostlyCapitals reports whether s is written as a name, if one with
// particles in small letters ("Tobin bin Kassim", "Ana da Velt"):
// it opens on a capital, and most of its words do, an article before it
// left out ("the Velars").
func mostlyCapitals(s string) bool {
	ws := strings.Fields(s)
	if len(ws) > 1 && strings.EqualFold(ws[0], "the") {
		ws = ws[1:]
	}
	caps := 0
	for _, w := range ws {
		if isUpperFirst(w) {
			caps++
		}
	}
	return len(ws) > 0 && caps*2 > len(ws) && isUpperFirst(ws[0])
}

func isUpperFirst(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// soundsAlike reports whether normalised names a and b are one name
// spelt another way, as names from other scripts are ("Usama"/"Osama",
// "Qeshari"/"Keshary", "Orrin"/"Arran", "Veltie"/"Velty"): word for word,
// each the same or, both of four letters or more, the same once read as
// they sound (see soundKey). Two words that differ so are often one name,
// but may be two ("Velar", "Volar"), so callers grade them close.
func soundsAlike(a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) != len(bw) || len(aw) == 0 || a == b {
		return false
	}
	for i := range aw {
		if aw[i] == bw[i] {
			continue
		}
		if len(aw[i]) < 4 || len(bw[i]) < 4 || hasDigit(aw[i]) || hasDigit(bw[i]) || soundKey(aw[i]) != soundKey(bw[i]) {
			return false
		}
	}
	return true
}

// soundKey is a word of small ASCII letters as it sounds, roughly: the
// letters that spell one sound in different transliterations made one (c,
// k, q; s, z; ph, f; i, y), an "h" after the first letter dropped, a
// doubled letter written once, and every run of vowels one vowel.
func soundKey(w string) string {
	w = strings.NewReplacer("ph", "f", "ck", "k", "x", "ks").Replace(w)
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch c {
		case 'c', 'q':
			c = 'k'
		case 'z':
			c = 's'
		case 'e', 'i', 'o', 'u', 'y':
			c = 'a'
		case 'h':
			if i > 0 {
				continue
			}
		}
		if n := len(b); n > 0 && b[n-1] == c {
			continue // a doubled letter, or a run of vowels
		}
		b = append(b, c)
	}
	return string(b)
}

// fillers are the words learners put around an answer they type ("i
// think it was 1898", "1958 i think"): they say nothing of the answer.
var (
	leadingFillers  = regexp.MustCompile(`(?i)^\s*(?:(?:i\s+think|i\s+believe|i\s+guess|maybe|probably|perhaps)\s*,?\s+)?(?:it\s+was|it's|it’s|that\s+was)\s+|^\s*(?:i\s+think|i\s+believe|i\s+guess)\s*,?\s+`)
	trailingFillers = regexp.MustCompile(`(?i)\s*,?\s+(?:i\s+think|i\s+believe|i\s+guess|maybe|probably)\s*[?.!]*\s*$`)
)

// withoutFillers is typed without the fillers around it, or as it is when
// nothing else is left.
func withoutFillers(typed string) string {
	if !strings.Contains(typed, " ") {
		return typed // every filler is a word more
	}
	t := trailingFillers.ReplaceAllString(leadingFillers.ReplaceAllString(typed, ""), "")
	if strings.TrimSpace(t) == "" {
		return typed
	}
	return t
}

// ishHedge is a figure typed with "-ish" ("2020ish", "50-ish"): a hedge
// written after it, which withoutIsh writes before it ("about 2020").
var ishHedge = regexp.MustCompile(`(?i)\b(\d[\d,.]*s?)\s*-?ish\b`)

func withoutIsh(typed string) string {
	if !strings.Contains(strings.ToLower(typed), "ish") {
		return typed
	}
	return ishHedge.ReplaceAllString(typed, "about $1")
}

// acronymFor reports whether one answer is the acronym of the other, t and
// e being typed and expected in the form they are compared in. The
// acronym side must be written as one (typed in any case: "un"), and not
// be a small word ("in" for "Indian Navy"), or, for a phrase that is not a
// name, be typed in capitals ("GC"); a plural acronym ("ACUs") stands for
// the words of its letters.
func acronymFor(t, e, typed, expected string) bool {
	return (acronymOf(e) == romanTail(t) || acronymWithOf(e) == t || initialsOf(expected) == t) && (isName(expected) || isAcronym(typed)) && !stopWords[t] ||
		(acronymOf(t) == e || initialsOf(typed) == e) && isAcronym(expected) ||
		pluralAcronym(expected) && acronymOf(t) == strings.TrimSuffix(e, "s") ||
		pluralAcronym(typed) && acronymOf(e) == strings.TrimSuffix(t, "s")
}

// expectedDates reads the note's answer as dates, a short range of years
// in full ("2015-16" spans 2015 to 2016; see fullRange).
func expectedDates(exp string) ([]Date, bool) {
	text, season := yearPartWords(exp) // "spring 1852", "the end of 1852": a part of the year in words
	ds, ok := ParseDates(fullRange(text))
	return withSeason(ds, season), ok
}

// measure reports whether the note's answer exp, which ParseDates may
// read as a year, is a measure: a temperature, a sum, a share or a
// length, or a figure with a sign ("100 C" and "-40" are no years; "5th
// century" and "1914 to 1918" are).
func measure(exp string) bool {
	if sign, marked := figureSign(exp); marked && sign != 0 {
		return true
	}
	q, ok := ParseQuantity(exp)
	if !ok || q.Unit == "" {
		return false
	}
	return tempScale(q.Unit) != "" || q.Unit == "%" || isCurrency(q.Unit) || knownUnit(q.Unit) && measures[q.Unit].dim != "time"
}

// expectedFigure reads the note's answer as a figure, without a word that
// only stresses it ("exactly 7"; see exactly).
func expectedFigure(exp string) (Quantity, bool) {
	exp = wordFigures(withoutDirection(centsAsDollars(exactly.ReplaceAllString(exp, "")))) // "none", "twice as much", "a week", "a 5% drop"
	if v, ok := vagueSpan(exp); ok {
		exp = v // "a few hundred dollars", "tens of thousands": the span the note means
	}
	return ParseQuantity(exp)
}

// MatchReason grades typed against an expected answer that gives a reason
// ("the team's lack of all-rounders") for a card asking question: as
// Match, and a wrong answer that shares a word with the reason, in the
// learner's own words ("they had no all-rounders"), is close. Reasons are
// seldom typed as the note words them, and teachers take the gist. The
// shared word must say something: not a pronoun or "more", and not a word
// of the question, which the learner has in front of them ("Syria" in
// "Why did Syria ...?"). An answer naming a thing or a figure gets no such
// allowance, and neither does a reaction, where one word in common may be
// the opposite ("praised the attack"): callers use Match or MatchResponse
// for those. Nor
// does an answer that negates the reason or says its opposite ("no
// rainfall", "light rainfall" for "heavy rainfall"), or puts another
// word in the place of one of its words ("a long winter" for "a long
// drought").
func MatchReason(typed, expected, question string) Result {
	r := Match(typed, expected)
	if r.Verdict != Wrong || isName(expected) {
		return r
	}
	if _, ok := expectedFigure(expected); ok {
		return r // a figure or a date, read as Match reads them
	}
	if _, ok := expectedDates(expected); ok {
		return r
	}
	tc := content(comparable(undot(typed)), true)
	ec := content(comparable(undot(expected)), true)
	if len(ec) == 0 {
		return r
	}
	if absences(typed)%2 != absences(expected)%2 || swappedWord(wordsOf(typed), wordsOf(expected)) ||
		opposite(comparable(undot(typed)), comparable(undot(expected))) {
		// "no rainfall" or "light rainfall" for "heavy rainfall", "a
		// long winter" for "a long drought": a word in common, and
		// another reason ("economic growth" for "economic decline")
		return r
	}
	asked := content(Normalize(question), false)
	for _, w := range tc {
		if vagueWords[w] {
			continue
		}
		if given, _ := wordIn(w, asked); given {
			continue
		}
		if found, _ := wordIn(w, ec); found {
			return Result{Close, "partly: expected " + strings.TrimSpace(expected)}
		}
	}
	return r
}

// vagueWords say too little to show a reason was known (pronouns and
// "because" are stop words already).
var vagueWords = map[string]bool{
	"i": true, "more": true, "most": true, "less": true, "very": true, "much": true, "many": true,
	"not": true, "no": true, "due": true, "being": true, "had": true, "has": true, "have": true,
	"there": true, "so": true, "too": true,
}

// comparable is the form answers are compared in: normalised, with a run
// of initials written as one word (see joinInitials). Dotted initials are
// undone first by the caller (undot).
func comparable(s string) string { return joinInitials(Normalize(s)) }

// decadeNames are the decades of the 20th century written in words, as
// people say them ("the sixties").
var decadeNames = map[string]string{"twenties": "1920s", "thirties": "1930s", "forties": "1940s", "fifties": "1950s",
	"sixties": "1960s", "seventies": "1970s", "eighties": "1980s", "nineties": "1990s"}

// decadeWords writes a typed decade in words as its years ("the early
// sixties" → "the early 1960s"); notes write decades in figures, so only
// typed answers are read so.
func decadeWords(typed string) string {
	ws := strings.Fields(typed)
	changed := false
	for i, w := range ws {
		if d, ok := decadeNames[strings.ToLower(strings.Trim(w, ",."))]; ok {
			ws[i], changed = d, true
			if i > 0 && strings.EqualFold(ws[i-1], "nineteen") {
				ws[i-1] = "" // "nineteen fifties"
			}
		}
	}
	if !changed {
		return typed
	}
	return strings.Join(strings.Fields(strings.Join(ws, " ")), " ")
}

// matchTypedDates grades typed as dates against the note's dates ed; ok
// is false when typed is not dates. Typed dates are read more freely than
// a note's (see typedDates), and a day and month given in figures that
// could be read either way ("03/01/1854") count in the reading that fits.
func matchTypedDates(typed string, ed []Date, exp string) (Result, bool) {
	r, ok := matchTypedDatesAs(typed, ed, exp)
	guess, estimate := dateHedge.MatchString(typed), dateHedge.MatchString(exp)
	if !ok || !guess && !estimate {
		return r, ok
	}
	// a date typed as a guess ("around 1930"): teachers take the right
	// one as close, not correct, unless the note hedges it too ("around
	// 1930" for "about 1930"), and one within two years of a guess or of
	// the note's estimate as close
	switch r.Verdict {
	case Correct:
		if guess && !estimate {
			return Result{Close, "a guess: the note says " + exp}, true
		}
	case Wrong:
		td, ok := ParseDates(typedDates(dateHedge.ReplaceAllString(typed, "")))
		if ok && len(td) == 1 && len(ed) == 1 && td[0].Precision() == 3 && ed[0].Precision() == 3 && td[0].Qualifier == "" && ed[0].Qualifier == "" &&
			abs(td[0].Year-ed[0].Year) <= EstimateYears {
			return Result{Close, "roughly: expected " + exp}, true
		}
	}
	return r, true
}

// EstimateYears is how far a year may miss an estimated one ("around
// 1930") and still be close: an option of a multiple choice that asks
// for an estimated year is further off, or it would be right too.
const EstimateYears = 2

// dateHedge is a hedge typed before a date ("around 1930", "c. 1930").
var dateHedge = regexp.MustCompile(`(?i)^\s*(?:around|about|circa|ca\.?|c\.|approximately|approx\.?|roughly)\s+`)

// abs is the absolute value of n.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// matchTypedDatesAs is matchTypedDates of typed as it is, hedged or not.
func matchTypedDatesAs(typed string, ed []Date, exp string) (Result, bool) {
	_, season := yearPartWords(typed)
	typed = typedDates(decadeWords(typed))
	if m := shortYear.FindStringSubmatch(typed); m != nil && len(ed) == 1 && ed[0].Year > 0 && !ed[0].Decade {
		if !shortCentury(ed[0].Year) {
			return Result{Wrong, "expected " + exp}, true // "'66" is 1966, not 1066
		}
		// "'66" for 1966: the century is the note's, and the rest is graded
		year := ed[0].Year/100*100 + atoi(m[1])
		if r := matchDates([]Date{{Year: year}}, ed, exp); r.Verdict != Correct || r.Note != "" {
			return r, true
		}
		return Result{Correct, "the note says " + exp}, true
	}
	if n, ok := shortYearInWords(typed); ok {
		typed = n // "ninety three" for 1993, read as "93" is below
	}
	if m := shortRangeYears.FindStringSubmatch(typed); m != nil && len(ed) == 2 && ed[0].Year > 0 && !ed[0].Decade && !ed[1].Decade &&
		ed[0].Year/100 == ed[1].Year/100 && ed[0].Month == 0 && ed[1].Month == 0 && shortCentury(ed[0].Year) {
		// "84-85" for 1984-1985: both ends in the note's century
		century := strconv.Itoa(ed[0].Year / 100)
		typed = century + m[1] + " to " + century + m[2]
	}
	if m := bareShortYear.FindStringSubmatch(typed); m != nil && len(ed) == 1 && ed[0].Year > 0 && !ed[0].Decade && ed[0].Year%100 == atoi(m[1]) {
		if ed[0].Year >= 100 && !shortCentury(ed[0].Year) {
			return Result{Wrong, "expected " + exp}, true // "92" is 1992, not 1492
		}
		if ed[0].Month == 0 && ed[0].Qualifier == "" {
			// "68" for 1968, asked for a year alone: the year written
			// short, as teachers took it (all thirteen such answers)
			return Result{Correct, "the note says " + exp}, true
		}
		// "22" for 15 March 2022: the year, or the day
		return Result{Close, "the note says " + exp}, true
	}
	if len(ed) == 1 && ed[0].Year > 0 && !ed[0].Decade && shortCentury(ed[0].Year) {
		// a year of two digits in a fuller date: the century is the note's
		century := strconv.Itoa(ed[0].Year / 100)
		// (a figure of 31 or less may be the day, unless the note gives
		// none: "jan 08" for January 2008)
		if m := monthShortYear.FindStringSubmatch(typed); m != nil && (m[2] != "" || atoi(m[3]) > 31 || ed[0].Month > 0 && ed[0].Day == 0) {
			if td, ok := ParseDates(m[1] + " " + century + m[3]); ok {
				return matchDates(td, ed, exp), true
			}
		}
		if m := slashShortYear.FindStringSubmatch(typed); m != nil {
			typed = m[1] + century + m[2]
		}
		if m := dayMonthShortYear.FindStringSubmatch(typed); m != nil {
			if td, ok := ParseDates(m[1] + " " + century + m[2]); ok && len(td) == 1 && td[0].Day > 0 {
				return matchDates(td, ed, exp), true // "9 Aug 65", "Aug 9, '65"
			}
		}
	}
	if m := slashDayMonth.FindStringSubmatch(typed); m != nil && len(ed) == 1 && ed[0].Day > 0 {
		// "9/11" or "11/9" for September 11, 2001: a day and a month in
		// figures, written in either order as the learner's country does
		best := Result{Wrong, "expected " + exp}
		a, b := atoi(m[1]), atoi(m[2])
		for _, dm := range [][2]int{{a, b}, {b, a}} {
			if dm[1] < 1 || dm[1] > 12 {
				continue
			}
			if td, ok := ParseDates(strconv.Itoa(dm[0]) + " " + monthNames[dm[1]-1]); ok {
				if r := matchDates(td, ed, exp); Rank(r.Verdict) > Rank(best.Verdict) {
					best = r
				}
			}
		}
		return best, true
	}
	td, ok := ParseDates(typed)
	td = withSeason(td, season)
	if !ok {
		if y := yearInContext(typed); y > 0 {
			return matchDates([]Date{{Year: y}}, ed, exp), true
		}
		return Result{}, false
	}
	if len(td) == 1 && len(ed) == 1 && ed[0].Year < 0 && td[0].Year == -ed[0].Year && !era.MatchString(typed) {
		// "5561" for "5561 BCE": the year without its era
		return Result{Close, "the era is missing: expected " + exp}, true
	}
	r := matchDates(td, ed, exp)
	if r.Verdict == Correct {
		return r, true
	}
	if m := slashDate.FindStringSubmatchIndex(typed); m != nil {
		a, b := typed[m[2]:m[3]], typed[m[4]:m[5]]
		swapped := typed[:m[2]] + b + typed[m[3]:m[4]] + a + typed[m[5]:]
		if other, ok := ParseDates(swapped); ok && a != b {
			if r2 := matchDates(other, ed, exp); Rank(r2.Verdict) > Rank(r.Verdict) {
				return r2, true
			}
		}
	}
	return r, true
}

// calendarDate reports whether dates ds name a month or a day.
func calendarDate(ds []Date) bool {
	for _, d := range ds {
		if d.Month > 0 {
			return true
		}
	}
	return false
}

// shortCentury reports whether a year written by its last two digits
// ("'66", "Oct 92", "12/10/92") may stand for year, of the note's: only
// a year of the 1900s or 2000s is written so ("66" is 1966, never 1066).
func shortCentury(year int) bool {
	c := year / 100
	return c == 19 || c == 20
}

// yearInContext is the one year typed among words that say what
// happened in it ("during the 2019 elections", "Kesh Accord 1878", "in
// 1905, the year of the flood"), as learners answer "when": the year is
// the answer, and teachers took all such answers with the right year. It
// is 0 when typed holds another figure, a month, or a word that puts the
// answer before, after or around the year ("before the 1979 elections",
// "the 1979 or 1980 elections"), which the words would change.
func yearInContext(typed string) int {
	runs := digitRuns.FindAllStringIndex(typed, -1)
	if len(runs) != 1 || !yearRe.MatchString(typed[runs[0][0]:runs[0][1]]) || runs[0][1]-runs[0][0] < 3 {
		return 0 // another figure, or one that is no year ("1970s", "3rd", "2.5")
	}
	words := 0
	for _, w := range strings.Fields(strings.ToLower(typed[:runs[0][0]] + " " + typed[runs[0][1]:])) {
		w = strings.Trim(w, `"'“”‘’(),.:;!?`)
		if w == "" {
			continue
		}
		if _, month := months[w]; month || yearShifters[w] || era.MatchString(w) {
			return 0
		}
		words++
	}
	if words == 0 {
		return 0
	}
	return atoi(typed[runs[0][0]:runs[0][1]])
}

var (
	// digitRuns are the figures of a typed answer, a word apart
	digitRuns = regexp.MustCompile(`\d+(?:[.,]\d+)*\w*`)
	// yearShifters are the words that make a year typed beside them
	// another answer than the year: a bound, an estimate, a part of it,
	// another choice, a span
	yearShifters = map[string]bool{
		"before": true, "after": true, "until": true, "till": true, "since": true, "by": true, "from": true,
		"to": true, "between": true, "or": true, "not": true, "no": true, "early": true, "late": true,
		"mid": true, "around": true, "about": true, "circa": true, "c": true, "ca": true, "approximately": true,
		"roughly": true, "nearly": true, "almost": true, "prior": true, "post": true, "pre": true,
		"century": true, "decade": true, "half": true, "end": true, "start": true, "beginning": true,
		"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true, "and": true,
	}
)

// shortYearInWords reads a number from ten to ninety-nine typed in words
// ("ninety three") as its two figures ("93"), which are then read as a
// year written short; ok is false for anything else.
func shortYearInWords(typed string) (string, bool) {
	if hasDigit(typed) || strings.TrimSpace(typed) == "" {
		return "", false
	}
	q, ok := ParseQuantity(typed)
	if !ok || q.Lo != q.Hi || q.Unit != "" || q.Hedge != "" || q.Lo < 10 || q.Lo > 99 || q.Lo != float64(int(q.Lo)) {
		return "", false
	}
	return strconv.Itoa(int(q.Lo)), true
}

// Rank orders verdicts from wrong (0) to correct (2).
func Rank(v Verdict) int {
	switch v {
	case Correct:
		return 2
	case Close:
		return 1
	}
	return 0
}

var (
	// "'66": a year typed by its last two digits
	shortYear = regexp.MustCompile(`^\s*(?:in\s+)?['’‘](\d{2})\s*$`)
	// "22" for 2022: the same without the apostrophe, which says less
	bareShortYear = regexp.MustCompile(`^\s*(?:in\s+)?(\d{2})\s*$`)
	// "nov 99", "April '55": a month and a year by its last two digits
	// (a figure of 31 or less without the apostrophe may be the day)
	monthShortYear = regexp.MustCompile(`(?i)^\s*(?:in\s+)?([a-z]{3,9})\.?\s+(?:of\s+)?(['’‘])?(\d{2})\s*$`)
	// "21st c.": a century written short
	centuryShort = regexp.MustCompile(`(?i)\b(\d{1,2}(?:st|nd|rd|th))\s*c\b\.?`)
	// "84-85": a range of years, each by its last two digits
	shortRangeYears = regexp.MustCompile(`^\s*(?:from\s+)?(\d{2})\s*(?:[-–/]|\s+to\s+)\s*(\d{2})\s*$`)
	// "9 Aug 65", "Aug 9, '65": a day and a month, and a year by its last
	// two digits (ParseDates tells whether the word is a month)
	dayMonthShortYear = regexp.MustCompile(`(?i)^\s*(?:on\s+)?(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+['’‘]?(\d{2})\s*$`)
	// "24/8/40": a date in figures with a year of two digits
	slashDayMonth  = regexp.MustCompile(`^\s*(\d{1,2})/(\d{1,2})\s*$`)
	slashShortYear = regexp.MustCompile(`^\s*(\d{1,2}[/.-]\d{1,2}[/.-])(\d{2})\s*$`)
	// "the end of 1992", "in the spring of 2020": a part of the year
	// people name in words (ParseDates reads "early" and "late"; a season
	// is put on the year read, see withSeason)
	yearPart = regexp.MustCompile(`(?i)^\s*(?:in\s+)?(?:(?:the\s+)?(end|beginning|start)\s+of|(?:the\s+)?(spring|summer|autumn|fall|winter)(?:\s+of)?)\s+`)
	// "the year 1854", "all of 2022": words people put before a year they type
	yearWords = regexp.MustCompile(`(?i)^\s*(?:(?:in\s+)?(?:the\s+)?year|all\s+of|all\s+through|the\s+whole\s+of|throughout)\s+`)
	// "1914-18", "1914/18": a range whose end gives only its last two digits
	shortRange = regexp.MustCompile(`\b(\d{2})(\d{2})\s*[-–/]\s*(\d{2})\b`)
	// "1939-09", "9/1939", "9/39": a month and year in figures
	isoMonth   = regexp.MustCompile(`^\s*(\d{4})-(\d{1,2})\s*$`)
	slashMonth = regexp.MustCompile(`^\s*(\d{1,2})/(\d{4}|\d{2})\s*$`)
	// "Sunday, July 20, 1969": the day of the week, which the date says
	weekday = regexp.MustCompile(`(?i)^\s*(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+`)
	// "20-07-1969": a day, month and year in figures, with dashes
	dashedDate = regexp.MustCompile(`^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s*$`)
	// an era written out, which makes a year the other side of year 1
	era = regexp.MustCompile(`(?i)\b(ad|ce|bc|bce)\b`)
)

// typedDates writes the short ways people type dates as ParseDates reads
// them: "the year 1854" → "1854", "the end of 1852" → "late 1852",
// "1914-18" → "1914 to 1918", "1939-09" and "9/1939" → "September 1939".
// Only typed answers are read so (the note's answer only for its short
// ranges, when a typed answer is graded against it: see fullRange).
func typedDates(typed string) string {
	typed = dashedDate.ReplaceAllString(weekday.ReplaceAllString(typed, ""), "$1/$2/$3") // "Sunday, 20-07-1969"
	typed = centuryShort.ReplaceAllString(yearWords.ReplaceAllString(typed, ""), "$1 century")
	if text, _ := yearPartWords(typed); text != typed {
		typed = strings.TrimSpace(text) // a season's months are put back on the date read (see withSeason)
	}
	if y := yearInWords(typed); y != 0 {
		return strconv.Itoa(y)
	}
	typed = fullRange(typed)
	month, year := "", ""
	if m := isoMonth.FindStringSubmatch(typed); m != nil {
		month, year = m[2], m[1]
	} else if m := slashMonth.FindStringSubmatch(typed); m != nil {
		month, year = m[1], m[2]
	}
	if len(year) == 2 {
		if atoi(year) <= 31 {
			return typed // "6/15" may be a month's day
		}
		year = "'" + year // "6/91": June '91, in the note's century
	}
	if mo := atoi(month); mo >= 1 && mo <= 12 {
		return monthNames[mo-1] + " " + year
	}
	return typed
}

// yearPartOf reads the part of a year s opens on in words ("the end
// of", "summer", "in the spring of"): the rest of s, and the part as
// Date.Qualifier names it ("late", "early", "summer"), or s and "".
func yearPartOf(s string) (rest, qualifier string) {
	m := yearPart.FindStringSubmatch(s)
	if m == nil {
		return s, ""
	}
	switch q := strings.ToLower(m[1] + m[2]); q {
	case "end":
		qualifier = "late"
	case "beginning", "start":
		qualifier = "early"
	default:
		qualifier = q
	}
	return s[len(m[0]):], qualifier
}

// yearPartWords writes the part of a year s opens on in words as
// ParseDates reads it ("the end of 1992" as "late 1992"); a season ("in
// the spring of 2020") is cut off and returned, to be put on the date
// read (see withSeason). s is returned as it is when it opens on none.
func yearPartWords(s string) (text, season string) {
	rest, q := yearPartOf(s)
	if q == "" {
		return s, ""
	}
	if _, ok := seasons[q]; ok {
		return rest, q
	}
	return q + " " + rest, ""
}

// withSeason is dates ds, read from text that opened on season q (see
// yearPartWords), with the season put on a year alone ("summer 1852"):
// its months are then those the date holds.
func withSeason(ds []Date, q string) []Date {
	if _, ok := seasons[q]; ok && len(ds) == 1 && ds[0].Month == 0 && !ds[0].Decade && ds[0].Century == 0 && ds[0].Qualifier == "" {
		ds[0].Qualifier = q
	}
	return ds
}

// fullRange writes a range of years whose end gives only its last two
// digits in full ("1914-18" → "1914 to 1918"). Typed answers are read so
// (see typedDates), and so is the note's answer when a typed one is
// graded against it: a season "2015-16" spans 2015 to 2016 either way.
func fullRange(s string) string {
	if i := shortRange.FindStringSubmatchIndex(s); i != nil && !digitsGoOn(s[i[1]:]) {
		// not the year and month of "2005-06-15"
		century, from, end := s[i[2]:i[3]], s[i[4]:i[5]], s[i[6]:i[7]]
		if atoi(end) > atoi(from) {
			return s[:i[0]] + century + from + " to " + century + end + s[i[1]:]
		}
	}
	return s
}

// digitsGoOn reports whether s opens on a separator and a digit, as the
// rest of a date in figures does ("-15" after "2005-06").
func digitsGoOn(s string) bool {
	return len(s) >= 2 && (s[0] == '-' || s[0] == '/' || s[0] == '.') && isDigitByte(s[1])
}

// yearInWords reads a year said as people say it, in two halves:
// "nineteen sixty-four" is 1964, "twenty twelve" 2012, "eighteen oh five"
// 1805; 0 for anything else.
func yearInWords(typed string) int {
	ws := strings.Fields(strings.ToLower(strings.ReplaceAll(strings.TrimSpace(typed), "-", " ")))
	if len(ws) < 2 || len(ws) > 3 {
		return 0
	}
	hi, ok := smallNumbers[ws[0]]
	if !ok || hi < 10 || hi > 20 || ws[0] == "dozen" {
		return 0
	}
	lo := 0.0
	switch rest := ws[1:]; {
	case len(rest) == 2 && (rest[0] == "oh" || rest[0] == "o"):
		v, ok := smallNumbers[rest[1]]
		if !ok || v < 1 || v > 9 {
			return 0
		}
		lo = v
	case len(rest) == 2:
		tens, ok1 := smallNumbers[rest[0]]
		units, ok2 := smallNumbers[rest[1]]
		if !ok1 || !ok2 || tens < 20 || math.Mod(tens, 10) != 0 || units < 1 || units > 9 {
			return 0
		}
		lo = tens + units
	default:
		v, ok := smallNumbers[rest[0]]
		if !ok || v < 10 || v > 90 || v >= 20 && math.Mod(v, 10) != 0 {
			return 0
		}
		lo = v
	}
	return int(hi*100 + lo)
}

// atoi is s as a number, 0 when it is not one.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

var (
	// "exactly 7": a word that stresses a figure without changing it, read
	// so in checking only (notes' figures, which distractors are made of,
	// are read as they were)
	exactly = regexp.MustCompile(`(?i)^\s*(?:exactly|precisely)\s+`)
	// "a day", "over a year": one of a unit, perhaps hedged or bounded
	oneUnit = regexp.MustCompile(`(?i)^\s*((?:over|more\s+than|under|less\s+than|about|around|nearly|almost)\s+)?(?:an?|one)\s+([a-z]+)\s*$`)
	// "half of them": a share of what the question counts
	ofThem = regexp.MustCompile(`(?i)^\s*(.*\S)\s+of\s+(?:them|those|these|it|all)\s*$`)
	// "10x faster": times written as an x after the figure
	timesX = regexp.MustCompile(`(?i)\b(\d+(?:\.\d+)?)\s*x\b`)
	// "a quarter of an hour": a part of one unit
	partUnit = regexp.MustCompile(`(?i)^\s*(?:an?\s+)?(quarter|third)\s+of\s+an?\s+([a-z]+)\s*$`)
	partOf   = map[string]string{"quarter": "0.25", "third": "0.3333"}
	// "65 grand": thousands of dollars, as people say them
	grand = regexp.MustCompile(`(?i)\$?(\d[\d.,]*)\s*grand\b`)
	// "12mp": a figure with its unit's letters glued to it
	// (of one letter only "h": "50m" is fifty million, "5k" five thousand)
	gluedUnit = regexp.MustCompile(`^\s*(\d[\d.,]*)([A-Za-z]+)\s*$`)
	// "3 cents": a sum in hundredths of a dollar
	cents = regexp.MustCompile(`(?i)^\s*(\d+(?:\.\d+)?)\s*(?:cents?\b|¢)(.*)$`)
	// "half a year": half of one unit
	halfUnit = regexp.MustCompile(`(?i)^\s*half\s+an?\s+([a-z]+)\s*$`)
	// "a few years", "several hundred times", "a couple of days"
	vagueCount = regexp.MustCompile(`(?i)^\s*(a few|few|several|a couple of|a couple)\s+(?:(hundred|thousand|million|billion)\s+)?(.*?)\s*$`)
	// "hundred years": a scale typed without "a" or "one" before it
	bareScale = regexp.MustCompile(`(?i)^\s*(hundred|thousand|million|billion)\b`)
	// "a 3rd": a fraction typed as an ordinal in figures, and the words
	// ParseQuantity reads for it
	ordinalFraction = regexp.MustCompile(`(?i)\b(a|one)\s+(3|4|5|10)(?:rd|th)\b`)
	fractionWords   = map[string]string{"3": "third", "4": "quarter", "5": "fifth", "10": "tenth"}
	// "50m": a figure with an "m" written onto it
	metresGlued = regexp.MustCompile(`^\s*\d+(\.\d+)?m\s*$`)
	// ".5 percent": a decimal typed without its zero
	leadingPoint = regexp.MustCompile(`(^|\s)\.(\d)`)
	// "number one", "No. 5", "#1": a rank by its number
	rankNumber = regexp.MustCompile(`(?i)^\s*(?:number|no\.?|#)\s*(\d+|[a-z]+)\s*$`)
	// "tenfold", "a hundredfold", "3-fold": so many times
	fold = regexp.MustCompile(`(?i)\b(\w+?)-?fold\b`)
)

// siGroups are figures grouped in threes by spaces, as SI style and much
// of Europe write them: "1 500 000".
var siGroups = regexp.MustCompile(`\b\d{1,3}(?: \d{3})+\b`)

// typedFigures writes the short ways people type figures as ParseQuantity
// reads them: a decimal comma ("1,5 million") or no zero before the point
// (".5"), figures grouped by spaces ("1 500 000"), "twice", "doubled",
// "2x" and "twofold" for two times, "half a year" for 0.5 years, "hundred
// years" for a hundred, "a 3rd" for a third. Only typed answers are read
// so: in a note, "(2,1)" is more often a pair and "3 000" may be two
// figures.
func typedFigures(typed string) string {
	typed = leadingPoint.ReplaceAllString(decimalComma(typed), "${1}0.${2}")
	typed = fold.ReplaceAllString(typed, "$1 times")
	typed = bareScale.ReplaceAllString(typed, "a $1")
	typed = ordinalFraction.ReplaceAllStringFunc(typed, func(m string) string {
		a, n, _ := strings.Cut(strings.TrimSpace(m), " ")
		return a + " " + fractionWords[strings.TrimRight(n, "rdthRDTH")]
	})
	if strings.Contains(typed, " ") {
		typed = siGroups.ReplaceAllStringFunc(typed, func(m string) string { return strings.ReplaceAll(m, " ", "") })
	}
	typed = ofThem.ReplaceAllString(timesX.ReplaceAllString(typed, "$1 times"), "$1")
	typed = wordFigures(withoutDots(withoutDirection(typed)))     // "none", "twice", "a day", "8.300.000", "minus 40"
	if strings.EqualFold(strings.TrimSpace(typed), "fortnight") { // "a fortnight" is one (see oneUnit)
		return "2 weeks"
	}
	if m := halfUnit.FindStringSubmatch(typed); m != nil {
		return "0.5 " + m[1] // "half a year", "half an hour"
	}
	if m := partUnit.FindStringSubmatch(typed); m != nil {
		return partOf[strings.ToLower(m[1])] + " " + m[2] // "a quarter of an hour"
	}
	typed = centsAsDollars(grand.ReplaceAllString(typed, "$$${1} thousand"))
	if m := gluedUnit.FindStringSubmatch(typed); m != nil && units[strings.ToLower(m[2])] != "" && (len(m[2]) > 1 || m[2] == "h") {
		typed = m[1] + " " + m[2] // "12mp": the unit glued to its figure
	}
	if v, ok := vagueSpan(typed); ok {
		return v
	}
	if m := rankNumber.FindStringSubmatch(typed); m != nil {
		if n := numeralOf(strings.ToLower(m[1])); n > 0 {
			return strconv.Itoa(n) + ordinalSuffix(n) // "number one", "No. 5": a rank
		}
	}
	if t := strings.TrimSpace(typed); len(t) > 1 && (t[len(t)-1] == 'x' || t[len(t)-1] == 'X') && isDigitByte(t[len(t)-2]) {
		return t[:len(t)-1] + " times"
	}
	return typed
}

// centsAsDollars writes a sum in cents as dollars, what follows kept ("3
// cents per seat" → "$0.03 per seat"), so that a note's cents and a
// learner's dollars compare; any other text is returned as it is.
func centsAsDollars(s string) string {
	m := cents.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return s
	}
	return "$" + strconv.FormatFloat(v/100, 'f', -1, 64) + m[2] // "3 cents per seat" → "$0.03 per seat"
}

// vague figures say how large a figure is without giving it: each is
// written as the span it means, inclusive, so that a note's figure within
// it is close (teachers took "most" for 90%, "almost all" for 98%,
// "tens of thousands" for 20,000, "decades" for 30 years, "double digit"
// for 15% as close, every one).
var (
	vagueShare   = regexp.MustCompile(`(?i)^\s*(most|the majority|(?:almost|nearly|virtually) all)(?:\s+of\s+(?:them|it|those|these|the\s+\w+))?\s*$`)
	vagueScale   = regexp.MustCompile(`(?i)^\s*(?:(tens|hundreds)\s+of\s+)?(hundreds|thousands|millions|billions)\b(?:\s+of\b)?\s*(.*?)\s*$`)
	vagueDigits  = regexp.MustCompile(`(?i)^\s*(?:in\s+(?:the\s+)?)?(single|double|triple)[\s-]+digits?\b\s*(.*?)\s*$`)
	vagueSpans   = regexp.MustCompile(`(?i)^\s*(decades|centuries)\s*$`)
	oneTimeUnit  = regexp.MustCompile(`(?i)^\s*(over|more\s+than|under|less\s+than|about|around|nearly|almost)?\s*(?:a|one)\s+(decade|century)\s*$`)
	scaleOfWords = map[string]string{"hundreds": "hundred", "thousands": "thousand", "millions": "million", "billions": "billion"}
)

// vagueSpan writes a vague figure or count as the span it means (see
// vagueFigure; "a few years", "several hundred times"), or reports false.
// Typed answers and the note's are read so alike.
func vagueSpan(s string) (string, bool) {
	if v, ok := vagueFigure(s); ok {
		return v, true
	}
	m := vagueCount.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	// teachers took "a few" for five and six as close
	lo, hi := "2", "6"
	switch strings.ToLower(m[1]) {
	case "several":
		lo, hi = "3", "7"
	case "a couple of", "a couple":
		lo, hi = "2", "3" // two, said loosely: close, as teachers grade it
	}
	if sc := m[2]; sc != "" {
		return lo + " " + sc + " to " + hi + " " + sc + " " + m[3], true
	}
	return lo + " to " + hi + " " + m[3], true
}

// vagueFigure writes a vague figure as the span it means ("tens of
// thousands" as "10 thousand to 100 thousand"), or reports false.
func vagueFigure(s string) (string, bool) {
	if m := vagueShare.FindStringSubmatch(s); m != nil {
		if strings.HasSuffix(strings.ToLower(m[1]), "all") {
			return "90 to 100%", true
		}
		return "51 to 100%", true
	}
	if m := vagueScale.FindStringSubmatch(s); m != nil {
		sc := scaleOfWords[strings.ToLower(m[2])]
		switch strings.ToLower(m[1]) {
		case "tens":
			return "10 " + sc + " to 100 " + sc + " " + m[3], true
		case "hundreds":
			return "100 " + sc + " to 1000 " + sc + " " + m[3], true
		}
		return "1 " + sc + " to 10 " + sc + " " + m[3], true
	}
	if m := vagueDigits.FindStringSubmatch(s); m != nil {
		switch strings.ToLower(m[1]) {
		case "single":
			return "1 to 9 " + m[2], true
		case "double":
			return "10 to 99 " + m[2], true
		}
		return "100 to 999 " + m[2], true
	}
	if m := vagueSpans.FindStringSubmatch(s); m != nil {
		if strings.EqualFold(m[1], "decades") {
			return "20 to 100 years", true
		}
		return "200 to 1000 years", true
	}
	if m := oneTimeUnit.FindStringSubmatch(s); m != nil {
		years := "10 years" // "a decade": ten years, which reads as a figure
		if strings.EqualFold(m[2], "century") {
			years = "100 years"
		}
		return strings.TrimSpace(m[1] + " " + years), true
	}
	return "", false
}

// decimalComma writes a decimal comma typed in a figure as a point ("1,5
// million" → "1.5 million"), as much of Europe writes decimals. A comma
// before three digits groups thousands and is left alone. Only typed
// answers are read so: in a note, "(2,1)" is more often a pair.
func decimalComma(typed string) string {
	i := strings.IndexByte(typed, ',')
	if i <= 0 || typed[i-1] < '0' || typed[i-1] > '9' {
		return typed
	}
	j := i + 1
	for j < len(typed) && typed[j] >= '0' && typed[j] <= '9' {
		j++
	}
	if n := j - i - 1; n < 1 || n > 2 || strings.IndexByte(typed[j:], ',') >= 0 {
		return typed
	}
	return typed[:i] + "." + typed[i+1:]
}

// undot writes initials with dots as one word ("N.A.T.O." → "NATO",
// "U.S.A." → "USA"): normalised one letter at a time, the "A" of them
// would be dropped as an article.
func undot(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j+1 < len(s) && isLetterASCII(s[j]) && s[j+1] == '.' && (j == 0 || !isLetterASCII(s[j-1])) {
			j += 2
		}
		if j-i >= 4 { // two initials or more
			for k := i; k < j; k += 2 {
				b.WriteByte(s[k])
			}
			i = j
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

func isLetterASCII(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isAcronym reports whether s is written as an acronym: one word of two
// or more capitals ("UN", "NATO").
func isAcronym(s string) bool {
	s = strings.Trim(strings.TrimSpace(s), ".")
	if rest, ok := strings.CutPrefix(s, "the "); ok { // "the EU"
		s = rest
	} else if rest, ok := strings.CutPrefix(s, "The "); ok {
		s = rest
	}
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// pluralAcronym reports whether s is an acronym with a plural "s"
// ("ACUs", "NGOs"), which stands for the words of its letters.
func pluralAcronym(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) >= 3 && s[len(s)-1] == 's' && isAcronym(s[:len(s)-1])
}

// acronymOf is the acronym of a normalised name of two or more words, the
// first letter of each word but the small ones ("world war i" → "wwi",
// "north atlantic treaty organization" → "nato"); "" for anything else.
// Typing the acronym for the name, or the name for it, is the same answer.
func acronymOf(norm string) string {
	ws := content(norm, false)
	if len(ws) < 2 {
		return ""
	}
	b := make([]byte, 0, len(ws))
	for i, w := range ws {
		if c := w[0]; c < 'a' || c > 'z' {
			return ""
		}
		switch {
		case i > 0 && romanNumeral(w):
			b = append(b, w...) // "world war ii" → "wwii"
		case i > 0 && (w == "jr" || w == "sr"):
			// "mlk" for "martin luther king jr"
		default:
			b = append(b, w[0])
		}
	}
	return string(b)
}

// initialsOf is the acronym of a name as written, every word giving its
// first letter but for an opening article, and an acronym inside it
// giving all of its own ("the VK Trade Council" → "vktc"), small words
// too ("Orrin Yarn Depot" → "oyd", "All Kesh Is Vela" → "akiv"), where
// acronymOf reads the normalised name,
// which no longer shows an acronym inside it, and leaves small words out.
// It is "" for fewer than two words, or a word that opens on no letter.
func initialsOf(s string) string {
	ws := strings.Fields(strings.TrimSpace(s))
	if len(ws) > 0 && strings.EqualFold(ws[0], "the") {
		ws = ws[1:]
	}
	if len(ws) < 2 {
		return ""
	}
	b := make([]byte, 0, len(ws)+4)
	for i, w := range ws {
		w = strings.Trim(w, `"'“”‘’(),.:;`)
		if n := numeralOf(strings.ToLower(w)); i == len(ws)-1 && n > 0 && n < 40 {
			b = append(b, romanOf(n)...) // "world war 2" → "wwii", as acronyms write it
			continue
		}
		if w == "" || !isLetterASCII(w[0]) {
			return ""
		}
		if isAcronym(w) {
			b = append(b, strings.ToLower(w)...)
		} else {
			b = append(b, w[0]|0x20)
		}
	}
	return string(b)
}

// numeralOf is the number word w stands for, in figures or words
// ("2", "two"), or 0.
func numeralOf(w string) int {
	if n, err := strconv.Atoi(w); err == nil {
		return n
	}
	if v, ok := smallNumbers[w]; ok && w != "several" && w != "few" && w != "dozen" {
		return int(v) // a number said exactly ("several" and "few" are guesses)
	}
	return 0
}

// romanOf writes n (1 to 39) as a Roman numeral in small letters, as
// normalised answers write one.
func romanOf(n int) string {
	return strings.Repeat("x", n/10) + romanDigits[n%10]
}

// acronymWithOf is the acronym of a name that spells its "of" ("DOD" for
// "Department of Defense", "BOA" for "Bank of America"), or "" when it
// has none.
func acronymWithOf(norm string) string {
	if !strings.Contains(norm, " of ") {
		return ""
	}
	var b []byte
	for _, w := range strings.Fields(norm) {
		if w == "the" || w == "a" || w == "an" || w == "and" {
			continue
		}
		if w[0] < 'a' || w[0] > 'z' {
			return ""
		}
		b = append(b, w[0])
	}
	return string(b)
}

// romanTail writes the number that ends a typed acronym as a Roman
// numeral ("ww2" → "wwii"), as acronymOf writes it; any other word is
// returned as it is.
func romanTail(w string) string {
	i := len(w)
	for i > 0 && w[i-1] >= '0' && w[i-1] <= '9' {
		i--
	}
	if i == 0 || i == len(w) {
		return w
	}
	n, err := strconv.Atoi(w[i:])
	if err != nil || n < 1 || n > 39 {
		return w
	}
	return w[:i] + romanOf(n)
}

// sameCountry are the names of a few countries as often written another
// way, each by the one it is compared as ("usa", "the united states").
var sameCountry = map[string]string{
	"usa": "united states", "us": "united states", "united states of america": "united states", "america": "united states",
	"uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom", "holland": "netherlands",
	"ussr": "soviet union", "union of soviet socialist republics": "soviet union",
	"uae": "united arab emirates", "prc": "china", "peoples republic of china": "china",
	"dprk": "north korea", "democratic peoples republic of korea": "north korea",
	"rok": "south korea", "republic of korea": "south korea", "roc": "taiwan", "republic of china": "taiwan",
	"burma": "myanmar", "czechia": "czech republic", "turkiye": "turkey", "ivory coast": "cote divoire",
	"east timor": "timor leste", "swaziland": "eswatini", "drc": "democratic republic of congo",
	"dr congo": "democratic republic of congo", "congo kinshasa": "democratic republic of congo",
	"congo brazzaville": "republic of congo", "holy see": "vatican city", "bosnia": "bosnia and herzegovina",
}

// sameCountryName reports whether normalised answers t and e name one
// country, one of them by another of its names ("usa", "united states").
func sameCountryName(t, e string) bool {
	tc, tOther := countryOf(t)
	ec, eOther := countryOf(e)
	return tc == ec && (tOther || eOther)
}

// countryOf is the name a normalised answer (no article left) is compared
// as: the one its country goes by when it is one of sameCountry's other
// names (other true), or norm itself.
func countryOf(norm string) (name string, other bool) {
	if c, ok := sameCountry[norm]; ok {
		return c, true
	}
	return norm, false
}

// outOf is a share typed as a count: "9 out of 10", "1 in 4".
var outOf = regexp.MustCompile(`(?i)^\s*(\d+|[a-z]+)\s+(?:out\s+of|in)\s+(\d+|[a-z]+)\s*$`)

// typedFraction reads a fraction typed with a slash ("3/4") as the number
// it stands for. Only typed answers are read so: notes write fractions in
// words, and in a note "24/7" or "9/11" is not a number.
func typedFraction(typed string) (Quantity, bool) {
	hedge := ""
	if i := strings.IndexAny(typed, "0123456789"); i > 0 && strings.Contains(typed, "/") {
		// "around 2/3": the hedge is kept, as ParseQuantity keeps it
		if before := strings.TrimSpace(typed[:i]); before != "" && StripHedge(before) == "" {
			hedge, typed = strings.ToLower(before), typed[i:]
		}
	}
	num, den, ok := strings.Cut(strings.TrimSpace(typed), "/")
	if m := outOf.FindStringSubmatch(typed); m != nil {
		num, den, ok = m[1], m[2], true
		// "nine out of ten": the counts in words
		if n := numeralOf(strings.ToLower(num)); n > 0 {
			num = strconv.Itoa(n)
		}
		if d := numeralOf(strings.ToLower(den)); d > 0 {
			den = strconv.Itoa(d)
		}
	}
	if !ok {
		return Quantity{}, false
	}
	n, err1 := strconv.Atoi(strings.TrimSpace(num))
	d, err2 := strconv.Atoi(strings.TrimSpace(den))
	if err1 != nil || err2 != nil || d < 2 || d > 100 || n < 1 || n >= d {
		return Quantity{}, false
	}
	v := float64(n) / float64(d)
	return Quantity{Lo: v, Hi: v, Hedge: hedge}, true
}

// sameNumerals writes a number of typed as expected writes the number
// that stands in the same place: an Arabic number as a Roman numeral
// ("world war 1" for "world war i"), an ordinal in figures as one in words
// or the other way ("4th turning" for "fourth turning"). Both are
// normalised answers of the same length in words. Any other typed answer
// is returned as it is.
func sameNumerals(typed, expected string) string {
	tw, ew := strings.Fields(typed), strings.Fields(expected)
	if len(tw) != len(ew) {
		return typed
	}
	changed := false
	for i := range tw {
		if tw[i] == ew[i] {
			continue
		}
		if v := romanValue(ew[i]); v > 0 {
			if n, err := strconv.Atoi(tw[i]); err == nil && n == v {
				tw[i], changed = ew[i], true
			}
		}
		if a, b := ordinalValue(tw[i]), ordinalValue(ew[i]); a > 0 && a == b {
			tw[i], changed = ew[i], true
		}
		if a, b := numeralOf(tw[i]), numeralOf(ew[i]); a > 0 && a == b {
			tw[i], changed = ew[i], true // "the 4 ds" for "Four Ds"
		}
	}
	if !changed {
		return typed
	}
	return strings.Join(tw, " ")
}

// numberedLast writes a normalised name numbered in order the way that
// puts its number last, as a Roman numeral: "first world war", "world
// war 1" and "world war one" are all "world war i", as "world war i" is
// ("the Second Vatican Council" is "vatican council ii", "crusade 1" is
// "first crusade"). The number is a word of its own, an ordinal before
// the name's words or a numeral after them; any other answer is
// returned as it is.
func numberedLast(s string) string {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return s
	}
	if v := ordinalValue(ws[0]); v > 0 && v < 40 && numeralOf(ws[len(ws)-1]) == 0 && romanValue(ws[len(ws)-1]) == 0 {
		return strings.Join(ws[1:], " ") + " " + romanOf(v)
	}
	last := ws[len(ws)-1]
	v := numeralOf(last)
	if v == 0 {
		v = romanValue(last)
	}
	if v == 0 && len(ws) == 2 {
		v = ordinalValue(last) // "henry 8th", "louis fourteenth": a king said with "the"
	}
	if v <= 0 || v >= 40 || ordinalValue(ws[0]) > 0 {
		return s
	}
	if r := romanOf(v); r != last {
		return strings.Join(ws[:len(ws)-1], " ") + " " + r
	}
	return s
}

// numberedAcronym reports whether one answer is the acronym of the
// other, an ordinal opening it ("ww1" or "WWI" for "the First World War"),
// as acronymOf spells the name numberedLast writes ("world war i"); a
// name with its number last is initialsOf's.
func numberedAcronym(t, e, typed, expected string) bool {
	if isName(expected) || isAcronym(typed) { // as acronymFor asks
		if en := numberedLast(e); en != e && acronymOf(en) == romanTail(t) {
			return true
		}
	}
	if isAcronym(expected) {
		if tn := numberedLast(t); tn != t {
			return acronymOf(tn) == romanTail(e)
		}
	}
	return false
}

// ordinalValue is the value of w, lower case, as an ordinal in words or
// in figures ("fourth", "4th"), or 0.
func ordinalValue(w string) int {
	if v, ok := ordinalWords[w]; ok {
		return int(v)
	}
	digits := strings.TrimRight(w, "stndrh")
	n, err := strconv.Atoi(digits)
	if err != nil || n <= 0 || len(digits) == len(w) || ordinalSuffix(n) != w[len(digits):] {
		return 0
	}
	return n
}

// ordinalSuffix is the ending of n written as an ordinal in figures.
func ordinalSuffix(n int) string {
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return "th"
	case n%10 == 1:
		return "st"
	case n%10 == 2:
		return "nd"
	case n%10 == 3:
		return "rd"
	}
	return "th"
}

// romanValue is the value of w, lower case, as a Roman numeral from 1 to
// 39, as kings, popes and wars are numbered ("civil" is not one), or 0.
func romanValue(w string) int {
	tens := strings.TrimLeft(w, "x")
	if w == "" || len(w)-len(tens) > 3 {
		return 0
	}
	u, ok := romanUnits[tens]
	if !ok {
		return 0
	}
	return 10*(len(w)-len(tens)) + u
}

// romanDigits are the units of a Roman numeral after its tens, by value.
var romanDigits = [10]string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}

// romanUnits is romanDigits by numeral.
var romanUnits = func() map[string]int {
	m := make(map[string]int, len(romanDigits))
	for v, u := range romanDigits {
		m[u] = v
	}
	return m
}()

// joinInitials writes a run of two or more one-letter words of a
// normalised answer as one word: "the U.S." normalises to "u s" and "US"
// to "us", "Washington D.C." to "washington d c". A one-letter word
// alone ("World War I") stays as it is.
func joinInitials(norm string) string {
	ws := strings.Split(norm, " ")
	out := ws[:0]
	for i := 0; i < len(ws); i++ {
		j := i
		for j < len(ws) && len(ws[j]) == 1 && ws[j][0] >= 'a' && ws[j][0] <= 'z' {
			j++
		}
		if j-i >= 2 {
			out = append(out, strings.Join(ws[i:j], ""))
			i = j - 1
			continue
		}
		out = append(out, ws[i])
	}
	return strings.Join(out, " ")
}

func hasDigit(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}

func matchDates(typed, expected []Date, exp string) Result {
	expected = asCenturies(expected)
	r := matchDatesAs(asCenturies(typed), expected, exp)
	if r.Verdict == Wrong {
		// the typed "2000s" read as the decade it also names ("early
		// 2000s" for 2000, which the 21st century does not hold)
		if r2 := matchDatesAs(typed, expected, exp); r2.Verdict != Wrong {
			return r2
		}
	}
	return r
}

// matchDatesAs is matchDates with the dates as given.
func matchDatesAs(typed, expected []Date, exp string) Result {
	if len(typed) == 1 && len(expected) == 1 && withoutYear(typed[0], expected[0]) {
		return Result{Close, "the year is missing: expected " + exp}
	}
	if len(typed) == 2 && len(expected) == 1 && typed[0].Precision() == 3 && typed[1].Precision() == 3 &&
		expected[0].Precision() == 3 && abs(typed[0].Year-typed[1].Year) <= 5 &&
		(typed[0].sameIn(expected[0]) || typed[1].sameIn(expected[0])) {
		// "2021 or 2022", "2014/15" for 2014: the year among two guesses
		return Result{Close, "one of two years: expected " + exp}
	}
	if len(typed) == 1 && len(expected) == 2 && dateSpan.MatchString(exp) && typed[0].Year > 0 &&
		expected[0].Year < typed[0].Year && typed[0].Year < expected[1].Year {
		// "2019" for "2018-2020": a year within the span, not all of it
		return Result{Close, "within the span: expected " + exp}
	}
	found, precise := 0, true
	lessPrecise, unconfirmed := false, false
	for _, e := range expected {
		hit := false
		for _, t := range typed {
			switch {
			case t.sameIn(e):
				hit = true
				if t.Qualifier == "" && e.Qualifier != "" {
					lessPrecise = true // "1960s" for "late 1960s"
				}
			case t.same(e):
				// "early 1852" for "late 1852": another part of the year
			case t.Precision() < e.Precision() && t.contains(e):
				hit, lessPrecise = true, true
			case t.Precision() > e.Precision() && e.contains(t):
				hit = true
				if e.Decade || e.Century != 0 {
					unconfirmed = true // a year inside "mid-1960s" cannot be confirmed
				} else {
					precise = false
				}
			}
		}
		if hit {
			found++
		}
	}
	// a typed date that matches none of the expected ones is wrong
	for _, t := range typed {
		ok := false
		for _, e := range expected {
			if t.sameIn(e) || t.contains(e) || e.contains(t) {
				ok = true
			}
		}
		if !ok {
			return Result{Wrong, "expected " + exp}
		}
	}
	switch {
	case found == 0:
		return Result{Wrong, "expected " + exp}
	case found < len(expected):
		return Result{Close, "partly: expected " + exp}
	case lessPrecise:
		return Result{Close, "less precise: expected " + exp}
	case unconfirmed:
		// "1995" for "1990s": more precise than the note, which cannot
		// say whether that year is right
		return Result{Close, "the note says only " + exp + ", which cannot confirm the year"}
	case !precise:
		return Result{Correct, "the note says only " + exp}
	}
	return Result{Verdict: Correct}
}

// withoutYear reports whether typed date t is expected date e's day and
// month without its year ("20 July" for "20 July 1969"): the learner knew
// the day but not all of the answer. A month alone says too little.
func withoutYear(t, e Date) bool {
	return t.Year == 0 && t.Century == 0 && t.Day > 0 && t.Day == e.Day && t.Month == e.Month && e.Year != 0
}

// asCenturies reads "the 1800s" as the century it names, the 19th, as
// people mean it: a decade of a year ending in 00 is a century's span, and
// "19th century" typed for "1800s" is right. ds is not changed.
func asCenturies(ds []Date) []Date {
	var out []Date
	for i, d := range ds {
		if !d.Decade || d.Year%100 != 0 || d.Year <= 0 {
			continue
		}
		if out == nil {
			out = slices.Clone(ds)
		}
		out[i] = Date{Century: d.Year/100 + 1, Qualifier: d.Qualifier}
	}
	if out == nil {
		return ds
	}
	return out
}

// matchQuantities grades typed figure t against the note's e (see
// matchFigures): a figure right but for the way the note says it went
// ("12%" for "rose 12%") is close, as the words of a change left out.
func matchQuantities(t, e Quantity, typed, exp string) Result {
	r := matchFigures(t, e, typed, exp)
	if r.Verdict == Correct && directionLeftOut(typed, exp) {
		return Result{Close, "the note says " + exp}
	}
	return r
}

// matchFigures is matchQuantities of the figures as typed and noted.
func matchFigures(t, e Quantity, typed, exp string) Result {
	t, e = withTrailingBound(t), withTrailingBound(e) // "1,000 or more" is "at least 1,000"
	if otherSide(t, e) {
		return Result{Wrong, "the other side: expected " + exp} // "under 100,000" for "over 100,000"
	}
	percent := t.Unit == "%"
	t = asProportion(t, e)
	// "pounds" names money and weight: with a weight on the other side,
	// the word (not the sign) is read as weight ("600 lbs", "272 kg" for
	// "600 pounds")
	t.Unit, e.Unit = weighedPounds(t.Unit, e.Unit, typed), weighedPounds(e.Unit, t.Unit, exp)
	t.Unit, e.Unit = checkedUnit(t.Unit), checkedUnit(e.Unit) // "2 MHz" is not "2 GHz"
	if t.Unit == "nm" && e.Unit == "nmi" {
		t.Unit = "nmi" // "3 nm" for "three nautical miles": sailors write them so, not nanometres
	}
	if t.Unit != "" && e.Unit != "" && t.Unit != e.Unit && knownUnit(t.Unit) && knownUnit(e.Unit) {
		return matchConverted(t, e, exp)
	}
	if ts, es := thermometer(t.Unit, e.Unit), thermometer(e.Unit, t.Unit); ts != "" && es != "" && ts != es && !t.IsRange() && !e.IsRange() {
		return matchTemperatures(signed(t.Lo, typed), ts, signed(e.Lo, exp), es, exp)
	}
	if otherSign(typed, exp) {
		return Result{Wrong, "the other way: expected " + exp} // "40°C" for "-40°C", "a 5% increase" for -5%
	}
	other := otherThings(t.Unit, e.Unit)
	// "20 points" for "20 minutes", "9 years" for "9 seasons", "23%" for
	// "23 people": a measure for a count, a count for a measure, or a
	// share for either ("4,000 a month" for "4,000 rupees" only leaves the
	// currency out)
	clash := other && (measured(t.Unit) != measured(e.Unit) || isShare(t.Unit) != isShare(e.Unit)) && !perUnit(t.Unit) && !perUnit(e.Unit)
	switch {
	case near(t.Lo, e.Lo) && near(t.Hi, e.Hi):
		if other && !knownUnit(t.Unit) && knownUnit(e.Unit) && unitTypo(t.Unit, e.Unit) {
			return Result{Close, "small typo: expected " + exp} // "15 dys" for "15 days"
		}
		if clash {
			return Result{Wrong, "expected " + exp}
		}
		if estimated(t) && !estimated(e) && !other && !t.IsRange() {
			// "around 10 percent" for 10%: right, typed as a guess
			return Result{Close, "a guess: the note says " + exp}
		}
		if estimated(e) && !estimated(t) || other {
			// a hedge left out, or the figure of other things ("three
			// Ps" for "three Ws", "90 million cars" for "90 million
			// vehicles"): the words are not units recall can compare
			return Result{Close, "the note says " + exp}
		}
		return Result{Verdict: Correct}
	case clash:
		return Result{Wrong, "expected " + exp} // "four times as fast" for "three to four months"
	case e.IsRange() && !t.IsRange() && t.Lo >= e.Lo && t.Lo <= e.Hi:
		return Result{Close, "within the range: expected " + exp}
	case !e.IsRange() && t.IsRange() && e.Lo >= t.Lo && e.Lo <= t.Hi:
		return Result{Close, "expected " + exp}
	case e.IsRange() && t.IsRange() && t.Lo < e.Hi && e.Lo < t.Hi && (t.Unit == e.Unit || t.Unit == "" || e.Unit == ""):
		// two spans that overlap: "a few hundred" for "several hundred"
		// (not two that only touch: "hundreds of thousands" for "tens
		// of thousands" is another order of magnitude)
		return Result{Close, "expected " + exp}
	}
	// rounding: within 5% of a hedged value, half a percent of an exact one, 10% of
	// an exact one typed as a guess ("about 5 million" for 5.45 million),
	// 15% of a hedged one typed as a guess ("about 35 million" for "around
	// 40 million": two estimates, which teachers take as near enough)
	tol := 0.005
	switch {
	case e.Approx() && t.Approx() && !(e.Unit == "%" && t.Unit == "%" && math.Abs(t.Lo-e.Lo) > 5):
		tol = 0.15 // but two shares are near within five points ("about 90%" is not "about 80%")
	case e.Approx():
		tol = 0.05
	case t.Approx():
		tol = 0.1
	}
	mid := (e.Lo + e.Hi) / 2
	if !e.IsRange() && !t.IsRange() && !e.Approx() && falseBound(t, mid) {
		return Result{Wrong, "expected " + exp} // "over 100" for 96: a bound that does not hold
	}
	if percent && t.Unit == "" && !e.IsRange() && !t.IsRange() && math.Abs(t.Lo-mid) < 0.01 && !hasDigit(exp) && !t.Approx() {
		// "66%" or "67%" for "two-thirds": the note's fraction in words,
		// as a whole percentage writes it (teachers took all three such answers)
		return Result{Correct, "the note says " + exp}
	}
	// off by a share of the larger figure: "about 1 billion" and 900
	// million are within 10% of each other whichever is read first
	if !e.IsRange() && mid != 0 && math.Abs(t.Lo-mid)/max(math.Abs(mid), math.Abs(t.Lo)) <= tol && !t.IsRange() && !falseBound(t, mid) {
		return Result{Close, "roughly: expected " + exp}
	}
	// a share rounded to a whole percentage either way ("two-thirds" for
	// "66%"), unless that is half the share off ("0.5%" is not "0.25%")
	if d := math.Abs(t.Lo - mid); e.Unit == "%" && t.Unit == "%" && !e.IsRange() && !t.IsRange() && d < 1 && d < mid/2 {
		if !percent && !hasDigit(typed) && !t.Approx() {
			// "two thirds" for 66%: the fraction the whole percentage
			// rounds, as "66%" is for "two-thirds" (see above)
			return Result{Correct, "the note says " + exp}
		}
		return Result{Close, "roughly: expected " + exp}
	}
	if percent && t.Unit == "" && !e.IsRange() && !t.IsRange() && math.Abs(t.Lo-mid) < 0.01 {
		return Result{Close, "roughly: expected " + exp} // "66%" for "0.67"
	}
	if d := math.Abs(t.Lo - mid); e.Unit == "%" && t.Unit == "%" && !percent && !hasDigit(typed) && !e.IsRange() && mid != 0 && d <= 6 && d/mid <= 0.15 {
		// a share in words is a share rounded: "a third" for 30%, "nearly
		// half" for 44% (but not "a quarter" for 30%, or "two-thirds" for 78%)
		return Result{Close, "roughly: expected " + exp}
	}
	if !e.IsRange() && !t.IsRange() && !e.Ordinal && !t.Ordinal {
		if boundHolds(t, mid) {
			return Result{Close, "roughly: expected " + exp} // "over $100 billion" for $120 billion: true, and near
		}
		if boundHolds(e, t.Lo) && !t.Approx() {
			return Result{Close, "within the bound: expected " + exp} // "120,000" for "over 100,000"
		}
		if roundedTo(t.Lo, e.Lo) {
			return Result{Close, "roughly: expected " + exp}
		}
		if sc := scaleLeftOut(typed, exp); sc != 0 && near(t.Lo*sc, e.Lo) {
			return Result{Close, "the note says " + exp} // "1.5" for "1.5 billion"
		}
	}
	return Result{Wrong, "expected " + exp}
}

// estimated reports whether q is hedged as an estimate or a bound: "only"
// and "just" stress a figure without making it one ("only four million
// times" is four million times, typed with the stress or without).
func estimated(q Quantity) bool {
	return q.Approx() && q.Hedge != "only" && q.Hedge != "just"
}

// unitTypo reports whether typed unit word u is a slip of the hand for
// the note's unit e: a typo of one of e's words ("yers", "dys").
func unitTypo(u, e string) bool {
	if len(u) < 3 {
		return false
	}
	for w, c := range units {
		if c == e && len(w) >= 3 && typo(u, w) {
			return true
		}
	}
	return false
}

// measures are the units that convert into one another, by dimension,
// with their size in the dimension's base unit (metres, kilograms, days):
// "186 miles" answers "300 km".
var measures = map[string]struct {
	dim  string
	size float64
}{
	"m": {"length", 1}, "km": {"length", 1000}, "mi": {"length", 1609.344}, "nmi": {"length", 1852},
	"ft": {"length", 0.3048}, "cm": {"length", 0.01}, "mm": {"length", 0.001}, "inch": {"length", 0.0254},
	"yd": {"length", 0.9144},
	"kg": {"mass", 1}, "t": {"mass", 1000}, "lb": {"mass", 0.45359237}, "g": {"mass", 0.001},
	"mg": {"mass", 1e-6}, "oz": {"mass", 0.028349523125},
	"l": {"volume", 1}, "ml": {"volume", 0.001}, "W": {"power", 1}, "kW": {"power", 1000},
	"second": {"time", 1.0 / 86400}, "minute": {"time", 1.0 / 1440}, "hour": {"time", 1.0 / 24},
	"day": {"time", 1}, "week": {"time", 7}, "month": {"time", 365.25 / 12}, "year": {"time", 365.25},
	"decade": {"time", 3652.5}, "century": {"time", 36525}, "millennium": {"time", 365250},
	"m²": {"area", 1}, "km²": {"area", 1e6}, "mi²": {"area", 2589988.110336}, "ft²": {"area", 0.09290304},
	"ha": {"area", 1e4}, "acre": {"area", 4046.8564224}, "nm": {"length", 1e-9}, "fortnight": {"time", 14},
	"mph": {"speed", 1.609344}, "km/h": {"speed", 1},
	"KB": {"data", 1e3}, "MB": {"data", 1e6}, "GB": {"data", 1e9}, "TB": {"data", 1e12}, "PB": {"data", 1e15},
	"Hz": {"frequency", 1}, "kHz": {"frequency", 1e3}, "MHz": {"frequency", 1e6}, "GHz": {"frequency", 1e9},
	"THz": {"frequency", 1e12}, "MW": {"power", 1e6}, "GW": {"power", 1e9},
}

// weekMonth is the size of unit u (of measured size) with a month of
// four weeks.
func weekMonth(u string, size float64) float64 {
	if u == "month" {
		return 28
	}
	return size
}

// weighedPounds is unit u of text, "lb" in place of pounds read as money
// from the word when the other side's unit weighs.
func weighedPounds(u, other, text string) string {
	if u == "£" && measures[other].dim == "mass" && !strings.Contains(text, "£") {
		return "lb"
	}
	return u
}

// matchConverted grades a quantity typed in another unit than the note's:
// right when it converts to the note's figure as a conversion rounds it
// (within 1%), close when within the rounding matchQuantities allows a
// guess, and wrong otherwise or when the units measure different things.
func matchConverted(t, e Quantity, exp string) Result {
	tm, ok1 := measures[t.Unit]
	em, ok2 := measures[e.Unit]
	if !ok1 || !ok2 || tm.dim != em.dim || e.Lo == 0 {
		return Result{Wrong, fmt.Sprintf("different unit: expected %s", exp)}
	}
	if e.IsRange() {
		// "1-2 years" for "12 to 24 months": both ends, converted
		if lo, hi := t.Lo*tm.size/em.size, t.Hi*tm.size/em.size; t.IsRange() && math.Abs(lo-e.Lo) <= 0.01*e.Lo && math.Abs(hi-e.Hi) <= 0.01*e.Hi {
			return Result{Correct, "the note says " + exp}
		}
		if v := t.Lo * tm.size / em.size; !t.IsRange() && v >= e.Lo*0.99 && v <= e.Hi*1.01 {
			return Result{Close, "within the range: expected " + exp}
		}
		return Result{Wrong, fmt.Sprintf("expected %s", exp)}
	}
	if t.IsRange() {
		// "a couple of days" for "48 hours": the figure within the span
		if lo, hi := t.Lo*tm.size/em.size, t.Hi*tm.size/em.size; e.Lo >= lo*0.99 && e.Lo <= hi*1.01 {
			return Result{Close, "within the range: expected " + exp}
		}
		return Result{Wrong, "expected " + exp}
	}
	v := t.Lo * tm.size / em.size
	if (t.Unit == "month") != (e.Unit == "month") && (t.Unit == "week" || e.Unit == "week") {
		// a month as people count it in weeks ("three months" for 12
		// weeks): four of them, when that reads the figure exactly
		if w := t.Lo * weekMonth(t.Unit, tm.size) / weekMonth(e.Unit, em.size); math.Abs(w-e.Lo) <= 0.01*math.Abs(e.Lo) {
			v = w
		}
	}
	off := math.Abs(v-e.Lo) / math.Abs(e.Lo)
	tol := 0.05
	if e.Approx() || t.Approx() {
		tol = 0.1
	}
	switch {
	case off <= 0.01 && estimated(t) && !estimated(e):
		// "about a year" for 365 days: right, typed as a guess (as
		// matchQuantities grades one in the note's unit)
		return Result{Close, "a guess: the note says " + exp}
	case off <= 0.01:
		return Result{Correct, "the note says " + exp}
	case off <= tol, boundHolds(Quantity{Lo: v, Hi: v, Hedge: t.Hedge}, e.Lo):
		// near, or a bound that holds once converted ("over a year"
		// for 18 months)
		return Result{Close, "roughly: expected " + exp}
	}
	return Result{Wrong, "expected " + exp}
}

// roundedTo reports whether typed figure t is expected figure e rounded
// or cut short to t's significant figures ("2 billion" for 1.9 billion,
// "70%" for 69%, "300" for 304, "5.4 million" for 5.45 million), and no
// more than 15% off: a rounded answer, not a guess.
func roundedTo(t, e float64) bool {
	if t == 0 || e == 0 || math.Abs(t-e)/math.Abs(e) > 0.15 {
		return false
	}
	m := strconv.FormatFloat(math.Abs(t), 'e', -1, 64) // "1.9e+09": its digits before the "e"
	digits := max(1, len(strings.TrimRight(strings.Replace(m[:strings.IndexByte(m, 'e')], ".", "", 1), "0")))
	mag := math.Pow(10, math.Floor(math.Log10(math.Abs(e)))-float64(digits-1))
	// cut short only to two figures or more: "60%" is not two-thirds cut
	// short; but a value half-way between two ("5.5 million") is as near
	// to the one below as to the one above, so "5 million" rounds it too
	scaled := e / mag
	halfWay := math.Abs(scaled-math.Trunc(scaled)) == 0.5
	return near(math.Round(scaled)*mag, t) || (digits >= 2 || halfWay) && near(math.Trunc(scaled)*mag, t)
}

// lowerBounds and upperBounds are the hedges that make a typed figure a
// bound: the value is above it, or below it.
var (
	lowerBounds = map[string]bool{"over": true, "more than": true, "above": true, "at least": true, "in excess of": true, "upwards of": true, "just over": true, "just above": true,
		"well over": true, "well above": true}
	upperBounds = map[string]bool{"under": true, "less than": true, "fewer than": true, "below": true, "at most": true, "up to": true, "just under": true, "just below": true,
		"well under": true, "well below": true}
)

// Bound is the side of a figure that hedge h (in any case) puts it on:
// "above" for a lower bound ("over", "at least"), "below" for an upper
// one ("under", "less than"), "" for any other hedge.
func Bound(h string) string {
	switch h = strings.Join(strings.Fields(strings.ToLower(h)), " "); {
	case lowerBounds[h]:
		return "above"
	case upperBounds[h]:
		return "below"
	}
	return ""
}

// boundHolds reports whether typed bound t ("over 100 billion") is true
// of the note's figure e and within half of it: the learner knew roughly
// how much (teachers graded true bounds that near close: "over 10%" for
// 15%, "under $100" for $50; a fifth left out most of them).
func boundHolds(t Quantity, e float64) bool {
	switch {
	case t.Lo <= 0 || e <= 0:
		return false
	case lowerBounds[t.Hedge]:
		return e > t.Lo && (e-t.Lo)/e <= 0.5
	case upperBounds[t.Hedge]:
		return e < t.Lo && (t.Lo-e)/t.Lo <= 0.5
	}
	return false
}

// falseBound reports whether typed figure t is a bound that e is on the
// wrong side of ("over 100 billion" for 90 billion).
func falseBound(t Quantity, e float64) bool {
	return lowerBounds[t.Hedge] && e <= t.Lo || upperBounds[t.Hedge] && e >= t.Lo
}

// otherThings reports whether the words after two figures, which are not
// units recall converts, count other things: no word of one side is a
// word of the other ("three Ps" for "three Ws", "110 cities" for "110
// countries"). A word in another form or ending a compound counts
// ("fourteen unicorns" for "14 unicorn investments", "12 ships" for "12
// warships"), and so does naming fewer of the words ("300 people" for
// "300 people killed").
func otherThings(t, e string) bool {
	if t == "" || e == "" || t == e || unitOf(t) == unitOf(e) { // "per cent" is "%"
		return false
	}
	plain := func(u string) bool { return u == "degrees" || u == "degree" }
	if (plain(t) || tempScale(t) != "") && plain(e) || (plain(e) || tempScale(e) != "") && plain(t) {
		return false // "300 C" for "300 degrees": the note names no scale
	}
	ew := strings.Fields(e)
	for _, a := range strings.Fields(t) {
		if stopWords[a] || a == "per" {
			continue
		}
		for _, b := range ew {
			if unitOf(a) == unitOf(b) || stem(a) != "" && stem(a) == stem(b) ||
				len(a) >= 4 && len(b) >= 4 && (strings.HasSuffix(a, b) || strings.HasSuffix(b, a)) {
				return false
			}
		}
	}
	return true
}

// tempScale is "C" or "F" for a unit that names a temperature scale, or
// "" (plain "degrees" names none).
func tempScale(u string) string {
	switch u {
	case "c", "°c", "celsius", "centigrade", "degrees celsius":
		return "C"
	case "f", "°f", "fahrenheit", "degrees fahrenheit":
		return "F"
	}
	return ""
}

// thermometer is the temperature scale of unit u, "C", "F" or "K": a
// Kelvin ("K", "kelvin") only beside another scale on the other side
// (other), as "100 K" is otherwise a hundred thousand, or "".
func thermometer(u, other string) string {
	if s := tempScale(u); s != "" {
		return s
	}
	switch u {
	case "k", "°k", "kelvin", "kelvins":
		if tempScale(other) != "" {
			return "K"
		}
	}
	return ""
}

// matchTemperatures grades typed temperature t on scale ts against the
// note's e on scale es, converted ("212 F" for "100 C"): right within a
// degree of rounding, close within two degrees or 5%; the note's figure
// on another scale ("100°F" for "100°C") is wrong, but where the scales
// meet (-40°C is -40°F).
func matchTemperatures(t float64, ts string, e float64, es, exp string) Result {
	v := fromCelsius(toCelsius(t, ts), es)
	switch off := math.Abs(v - e); {
	case off <= 1: // a degree of rounding
		return Result{Correct, "the note says " + exp}
	case near(t, e):
		return Result{Wrong, "another scale: expected " + exp}
	case off <= max(2, 0.05*math.Abs(e)):
		return Result{Close, "roughly: expected " + exp}
	}
	return Result{Wrong, "expected " + exp}
}

// toCelsius is temperature v on scale s ("C", "F" or "K") in degrees
// Celsius; fromCelsius is the way back.
func toCelsius(v float64, s string) float64 {
	switch s {
	case "F":
		return (v - 32) * 5 / 9
	case "K":
		return v - 273.15
	}
	return v
}

func fromCelsius(v float64, s string) float64 {
	switch s {
	case "F":
		return v*9/5 + 32
	case "K":
		return v + 273.15
	}
	return v
}

// signed is figure v, which ParseQuantity reads without its sign, with
// the sign text s writes it with ("-40°C" is -40).
func signed(v float64, s string) float64 {
	if sign, _ := figureSign(s); sign < 0 {
		return -v
	}
	return v
}

// unitOf is word w as the unit it names ("percent" is "%"), or w.
func unitOf(w string) string {
	if u, ok := units[w]; ok {
		return u
	}
	return w
}

// measured reports whether the words after a figure end on a unit of
// measures (a length, mass, time or amount of data).
func measured(u string) bool {
	ws := strings.Fields(unitOf(u)) // "per cent" as a whole
	if len(ws) == 0 {
		return false
	}
	_, ok := measures[unitOf(ws[len(ws)-1])]
	return ok
}

// isShare reports whether the words after a figure make it a share ("%",
// "percent of voters").
func isShare(u string) bool { return strings.HasPrefix(unitOf(u), "%") }

// perUnit reports whether the words after a figure make it a rate ("a
// month", "per day").
func perUnit(u string) bool {
	first, _, _ := strings.Cut(u, " ")
	return first == "a" || first == "an" || first == "per"
}

// near reports whether a and b are the same figure, but for float error.
func near(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// scaleLeftOut is the scale word of the expected figure ("billion" in
// "1.5 billion") when typed has none: "1.5" may be that figure with its
// scale left out. It is 0 when either does not hold.
func scaleLeftOut(typed, exp string) float64 {
	for _, w := range quantityWords(typed) {
		if scales[w] != 0 {
			return 0
		}
	}
	for _, w := range quantityWords(exp) {
		if sc := scales[w]; sc >= 1e3 {
			return sc
		}
	}
	return 0
}

// asProportion writes a typed percentage as the proportion it is when the
// note gives a proportion ("75%" for "three-quarters", 0.75), and a typed
// proportion as a percentage when the note gives a percentage ("0.15" for
// "15 percent"); t is returned as it is otherwise.
func asProportion(t, e Quantity) Quantity {
	switch {
	case t.Unit == "%" && e.Unit == "" && e.Hi <= 1 && e.Lo > 0:
		t.Lo, t.Hi, t.Unit = t.Lo/100, t.Hi/100, ""
	case e.Unit == "%" && t.Unit == "" && t.Hi < 1 && t.Lo > 0:
		t.Lo, t.Hi, t.Unit = t.Lo*100, t.Hi*100, "%"
	}
	return t
}

func knownUnit(u string) bool {
	if _, ok := measures[u]; ok {
		return true // also the units read from several words ("mph")
	}
	for _, v := range units {
		if v == u {
			return true
		}
	}
	return false
}

// content returns the words that carry meaning: no stop words, no titles.
// Titles are those that open a name ("Prime Minister Edi Rama"), and
// "Jr": a title word after the name's first is the name's own ("Dollar
// General", "Bahadur Shah Zafar").
func content(s string, dropTitles bool) []string {
	var out []string
	named := false // a word of the name itself has come
	ws := strings.Fields(s)
	for i, w := range ws {
		if stopWords[w] || dropTitles && titles[w] && (!named && i+1 < len(ws) && !titleLed[w+" "+ws[i+1]] || w == "jr") {
			continue // a title opens a name, and is the answer when nothing follows it ("Director")
		}
		if dropTitles && !named && i+1 < len(ws) && titleCountries[w] && titles[ws[i+1]] {
			continue // "US President Eisenhower": the country is the title's
		}
		if dropTitles && named && i == len(ws)-1 && companySuffixes[w] {
			continue // "Kesh Traders Ltd": the firm's legal form
		}
		out = append(out, w)
		named = true
	}
	return out
}

// titleLed are names that open on a title's word but name no person:
// the word is the name's own, and the rest alone is only part of it
// ("Motors" for "General Motors").
var titleLed = map[string]bool{
	"general motors": true, "general electric": true, "general mills": true, "general dynamics": true,
	"general atomics": true, "general assembly": true, "general staff": true, "general hospital": true,
	"st petersburg": true, "saint petersburg": true, "st louis": true, "saint louis": true,
	"st lucia": true, "saint lucia": true, "st helena": true, "saint helena": true, "st kitts": true,
	"st vincent": true, "saint vincent": true, "st andrews": true, "st moritz": true,
	"prime video": true, "captain america": true, "king kong": true,
}

// titleCountries are the countries and peoples that may open a title
// ("US President", "French Prime Minister").
var titleCountries = map[string]bool{
	"us": true, "uk": true, "british": true, "american": true, "french": true, "german": true,
	"russian": true, "chinese": true, "indian": true, "israeli": true, "iranian": true, "soviet": true,
}

// companySuffixes are the legal forms that may close a firm's name.
var companySuffixes = map[string]bool{
	"inc": true, "plc": true, "ltd": true, "llc": true, "corp": true, "co": true, "gmbh": true,
}

// typo reports whether a and b differ by a small relative edit distance.
func typo(a, b string) bool {
	if hasDigit(a) || hasDigit(b) || otherNumeral(a, b) {
		return false
	}
	n := len([]rune(b))
	if n < 5 {
		return shortTypo(a, b)
	}
	if negated(a, b) || negated(b, a) || otherFirstLetter(a, b) {
		return false
	}
	d := levenshtein.ComputeDistance(a, b)
	// two edits in a long word, if one adds or drops a letter
	// ("singapur"): two changed letters may make another name
	// ("slovakia", "slovenia")
	return float64(d) <= math.Max(1, 0.2*float64(n)) || d == 2 && (n >= 8 && len(a) != len(b) && !sameEnding(a, b) || letterOutOfPlace(a, b))
}

// sameEnding reports whether words a and b end in the same ending of a
// verb ("-ed", "-ing"): two letters apart before it, they are more often
// two verbs ("condoned", "condemned") than one misspelt.
func sameEnding(a, b string) bool {
	for _, end := range []string{"ed", "ing"} {
		if strings.HasSuffix(a, end) && strings.HasSuffix(b, end) {
			return true
		}
	}
	return false
}

// otherFirstLetter reports whether a and b open on different letters, not
// two letters swapped: slips of the hand seldom change the first letter,
// and a name with another first letter is often another name ("notion",
// "motion").
func otherFirstLetter(a, b string) bool {
	if a == "" || b == "" || a[0] == b[0] {
		return false
	}
	return len(a) < 2 || len(b) < 2 || a[0] != b[1] || a[1] != b[0]
}

// negated reports whether word b is word a with a prefix that turns its
// meaning round ("unsupervised", "illegal"): the opposite, not a typo.
func negated(a, b string) bool {
	for _, p := range []string{"un", "in", "im", "il", "ir", "non", "non-", "dis", "anti", "de"} {
		if strings.HasPrefix(b, p) && strings.HasSuffix(b, a) && len(b) == len(p)+len(a) {
			return true
		}
	}
	return false
}

// shortTypo reports whether short words a and b differ by a slip of the
// hand that cannot make another short word of the same letters: two
// letters swapped ("prak" for "park"), a letter left out or added to a
// word of four letters or more ("alx" for "alex"), or a plural "s". A
// letter changed is not one: "iraq" and "iran" are two countries.
func shortTypo(a, b string) bool {
	if strings.Contains(a, " ") || strings.Contains(b, " ") || a == b {
		return false
	}
	if a+"s" == b || b+"s" == a {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	switch {
	case len(ra) == len(rb) && len(ra) >= 3:
		i := 0
		for i < len(ra) && ra[i] == rb[i] {
			i++
		}
		return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
	case (len(ra)+1 == len(rb) || len(rb)+1 == len(ra)) && max(len(ra), len(rb)) >= 4:
		return levenshtein.ComputeDistance(a, b) == 1
	}
	return false
}

// wordsTypo is typo for answers of several words: of the same number of
// words, each must be the same or a typo of its fellow ("Ethiopia National
// Defense Forces"), so a whole word changed in a long name is not a typo.
func wordsTypo(a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) != len(bw) && len(aw) >= 2 && len(bw) >= 2 {
		// a space put in or left out is a slip ("navin jindal" and
		// "navinjindal"); a word left out is not ("where ships load" for
		// "where ships load and unload": partly right, not misspelt)
		ja, jb := strings.Join(aw, ""), strings.Join(bw, "")
		return max(len(ja)-len(jb), len(jb)-len(ja)) <= 2 && typo(ja, jb)
	}
	if len(aw) != len(bw) || len(aw) < 2 {
		return typo(a, b)
	}
	for i := range aw {
		if aw[i] != bw[i] && !typo(aw[i], bw[i]) {
			return false
		}
	}
	return true
}

// letterOutOfPlace reports whether a and b have the same first letter and
// the same letters in another order ("ghandi" for "gandhi"): a slip of
// the hand, though two edits apart.
func letterOutOfPlace(a, b string) bool {
	if len(a) != len(b) || a == "" || a[0] != b[0] {
		return false
	}
	var count [256]int
	for i := 0; i < len(a); i++ {
		count[a[i]]++
		count[b[i]]--
	}
	return count == [256]int{}
}

// otherNumeral reports whether a and b differ in a Roman numeral ("World
// War I" for "World War II", "Henry VII" for "Henry VIII"): another
// number, not a slip of the hand.
func otherNumeral(a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) != len(bw) {
		return false
	}
	for i := range aw {
		if aw[i] != bw[i] && romanNumeral(aw[i]) && romanNumeral(bw[i]) {
			return true
		}
	}
	return false
}

// romanNumeral reports whether w, lower case, is a Roman numeral from 1
// to 39 (see romanValue).
func romanNumeral(w string) bool { return romanValue(w) > 0 }

// wordIn finds w in ws exactly or with a typo.
func wordIn(w string, ws []string) (found, exact bool) {
	for _, x := range ws {
		if x == w {
			return true, true
		}
	}
	// another form of the same word ("condemned" for "condemning",
	// "improved" for "improvements") says the same
	if sw := stem(w); sw != "" {
		for _, x := range ws {
			if stem(x) == sw {
				return true, true
			}
		}
	}
	// a word that says the same ("cut" for "severed", "ties" for
	// "relations")
	if gw := synonymGroupsOf(w); gw != nil {
		for _, x := range ws {
			if shareGroup(gw, synonymGroupsOf(x)) {
				return true, true
			}
		}
	}
	for _, x := range ws {
		if typo(w, x) || pluralCode(w, x) || pluralCode(x, w) {
			return true, false
		}
	}
	return false, false
}

// pluralCode reports whether a is b with an "s", where b is a word of
// letters and figures that the stemmer does not read ("t20s" for "t20",
// "f1s" for "f1"); a decade ("1990s") is not the plural of its first year.
func pluralCode(a, b string) bool {
	return len(a) == len(b)+1 && strings.HasPrefix(a, b) && a[len(b)] == 's' && hasDigit(b) && strings.ContainsFunc(b, unicode.IsLetter)
}

// stem is the English stem of a normalised word of four letters or more
// (Porter2, as the snowball stemmer has it), "" for any other.
func stem(w string) string {
	if len(w) < 4 || hasDigit(w) {
		return ""
	}
	return english.Stem(w, false)
}

// matchWords grades normalised answers t and e word by word; typed and
// exp are them as written.
func matchWords(t, e, typed, exp string) Result {
	if !isName(exp) {
		t, e = withPhrasalVerbs(withNotDone(t)), withPhrasalVerbs(withNotDone(e)) // "kicked out" is "expel", "declined to" "not"
	}
	tc, ec := content(t, true), content(e, true)
	if strings.Join(tc, " ") == strings.Join(ec, " ") && len(ec) > 0 {
		return Result{Verdict: Correct} // differs only in titles or small words
	}
	if isName(exp) {
		// "Robert Iger" for "Bob Iger": the rules below compare the
		// formal first names
		ft, fe := formalNames(nicknamesAs(tc, ec)), formalNames(ec)
		if len(fe) > 0 && slices.Equal(ft, fe) {
			if len(fe) == 1 {
				return Result{Close, "the note says " + exp} // "Dave" for "David": the name alone, said informally
			}
			return Result{Correct, "the note says " + exp}
		}
		tc, ec = ft, fe
		if onlyGeneric(tc, ec) {
			return Result{Wrong, "expected " + exp} // "the sea" for "the Black Sea", "Camp" for "Camp David"
		}
	}
	// Only one side may have initials: "S Corp" and "C Corp" differ by
	// another one. (Both sides equal was the check just above.)
	if ti, ei := withoutInitials(tc), withoutInitials(ec); len(ei) > 0 && slices.Equal(ti, ei) && (len(ti) == len(tc) || len(ei) == len(ec)) {
		// a middle initial left out ("Tobin Aster" for "Tobin J. Aster")
		// is right when the first name and surname are both there
		// (teachers took all five such answers); a lone word is not
		if len(tc) < len(ec) && !middleLeftOut(tc, ec, exp) && !middlesLeftOut(typed, exp) {
			return Result{Close, "the note says " + exp}
		}
		return Result{Correct, "the note says " + exp}
	}
	if g := withoutGeneration(ec); len(tc) >= 2 && len(g) < len(ec) && slices.Equal(tc, g) && isName(exp) && !numberedThing(g) {
		return Result{Correct, "the note says " + exp} // "hugh everett" for "Hugh Everett III"
	}
	if middleLeftOut(tc, ec, exp) {
		return Result{Correct, "the note says " + exp} // "Jodi Arias" for "Jodi Ann Arias"
	}
	if sameWords(tc, ec) || sameItems(t, e) {
		return Result{Verdict: Correct} // the same words in another order: "Vela and Kesh"
	}
	if len(tc) > 0 && strings.Join(tc, "") == strings.Join(ec, "") {
		return Result{Correct, "the note says " + exp} // "open ai" for "OpenAI": the same word, spaced
	}
	// "us military" for "the United States military", "radical candour"
	// for "Radical Candor": short forms and spellings
	if ct, ce := spelt(abbreviated(asExpected(tc, ec, typed, exp))), spelt(abbreviated(ec)); len(ce) > 0 && (slices.Equal(ct, ce) || sameWords(ct, ce)) {
		return Result{Correct, "the note says " + exp}
	}
	if !isName(exp) && samePlural(tc, ec) {
		// "roman elites" for "the Roman elite"; not in a name, where an
		// "s" more is a slip ("Melanie Perkin", "Sandor Straus") or
		// another name ("Adam" and "Adams")
		return Result{Correct, "the note says " + exp}
	}
	if !isName(exp) && synonymous(tc, ec) {
		return Result{Verdict: Correct} // "withdraw the pact" for "withdrew from the pact"
	}
	if isName(exp) && nameSlip(tc, ec) {
		return Result{Close, "small typo: expected " + exp} // "navin jindal" for "Naveen Jindal"
	}
	if wordsTypo(t, e) || (len(tc) > 0 && wordsTypo(strings.Join(tc, " "), strings.Join(ec, " "))) {
		return Result{Close, "small typo: expected " + exp}
	}
	if len(tc) == 0 || len(ec) == 0 {
		return Result{Wrong, "expected " + exp}
	}
	extra, typos := 0, 0
	for _, w := range tc {
		found, exact := wordIn(w, ec)
		switch {
		case !found && !initialOf(w, ec, exp):
			extra++
		case !exact:
			typos++
		}
	}
	covered := countIn(ec, tc)
	coverage := float64(covered) / float64(len(ec))
	switch {
	case extra == 0 && covered == len(ec):
		if typos > 0 {
			return Result{Close, "small typo: expected " + exp}
		}
		if len(ec) == 1 && len(tc) == 1 && tc[0] != ec[0] {
			// one word in another form ("sever" for "severed") is the
			// whole answer, and the form may be part of it
			return Result{Close, "another form: expected " + exp}
		}
		return Result{Verdict: Correct}
	case extra == 0 && covered >= 1 && isName(exp):
		// "Rama" for "Edi Rama": part of a name (not "Edi", nor "Paul"
		// for "Pope John Paul II")
		if !namePart(tc, ec, exp) {
			return Result{Wrong, "only part of the name: expected " + exp}
		}
		return Result{Close, "partly: expected " + exp}
	case extra >= 1 && covered == len(ec) && isName(exp) && endsGeneric(ec) && !personName(exp):
		// "the Social Democratic Party" for "the Democratic Party": a
		// word put before the name of a body or place makes another
		return Result{Wrong, "another name: expected " + exp}
	case extra >= 1 && covered == len(ec) && isName(exp) && fullerNames(typed, exp):
		// "Jawaharlal Nehru" for "Nehru", "Richard Thaler and Shlomo
		// Benartzi" for "Thaler and Benartzi": each name with the first
		// names the note leaves out, which teachers take as right; a
		// middle name the note's first name and surname leave out may
		// be another person's ("John Quincy Adams" for "John Adams")
		if middleAdded(typed, exp) {
			return Result{Close, "the note says " + exp}
		}
		return Result{Correct, "the note says " + exp}
	case extra >= 1 && covered == len(ec) && otherSurname(typed, exp):
		// "Martin Luther King" for "Martin Luther", "Edi Rama Berisha"
		// for "Edi Rama": a word after the person's name makes another
		return Result{Wrong, "another name: expected " + exp}
	case extra >= 1 && extra <= len(ec) && covered == len(ec) && isName(exp) && (extra == 1 || len(listItems(exp)) == len(ec)):
		// a name and a word more after it, which the note does not give
		return Result{Close, "the note says " + exp}
	case extra == 0 && coverage >= 0.5:
		return Result{Close, "partly: expected " + exp}
	case extra*3 <= len(tc) && coverage >= 0.8:
		return Result{Close, "expected " + exp}
	case len(ec) >= 4 && covered >= 2 && !isName(exp):
		// a long answer ("its volatile political status and
		// humanitarian crises") is seldom typed as the note words it:
		// two of its words in the learner's own sentence are partly
		// right, and the learner sees the note's words to grade by (a
		// name with a word changed is another name)
		return Result{Close, "partly: expected " + exp}
	}
	for _, item := range listItems(exp) {
		if oneItem(tc, content(comparable(item), true)) {
			return Result{Close, "partly: expected " + exp} // one of the things the note lists
		}
	}
	return Result{Wrong, "expected " + exp}
}

// someItems reports whether typed list t names at least half of the
// things the note's answer exp lists, and more of them than it names
// others: "nvidia, tsmc and broadcom" for "Nvidia, Taiwan Semiconductor,
// and Broadcom".
func someItems(t, exp string) bool {
	ti, ei := listItems(t), listItems(exp)
	if len(ti) < 2 || len(ei) < 2 {
		return false
	}
	named := 0
	for _, it := range ti {
		tw := content(comparable(it), true)
		for _, item := range ei {
			if oneItem(tw, content(comparable(item), true)) {
				named++
				break
			}
		}
	}
	return named*2 >= len(ei) && named > len(ti)-named
}

// oneItem reports whether typed content words tc give one item of a list,
// with content words ic: no word that is not the item's, and at least
// half of the item's words.
func oneItem(tc, ic []string) bool {
	if len(ic) == 0 {
		return false
	}
	return countIn(tc, ic) == len(tc) && countIn(ic, tc)*2 >= len(ic)
}

// countIn is how many of words ws are found in words in, exactly, in
// another form or with a typo (see wordIn).
func countIn(ws, in []string) int {
	n := 0
	for _, w := range ws {
		if found, _ := wordIn(w, in); found {
			n++
		}
	}
	return n
}

// ListItems are the items of an answer that lists two to four things
// ("Kesh to its west and Vela"), or nil: see listItems.
func ListItems(exp string) []string { return listItems(exp) }

// listItems are the items of an answer that lists two to four things
// ("Kesh to its west and Vela", "severed ties, expelled diplomats"), or
// nil.
func listItems(exp string) []string {
	if !strings.Contains(exp, ",") && !strings.Contains(exp, " and ") {
		return nil
	}
	var items []string
	for _, part := range strings.Split(exp, ",") {
		for _, item := range strings.Split(part, " and ") {
			if item = strings.TrimSpace(item); item != "" {
				items = append(items, item)
			}
		}
	}
	if len(items) < 2 || len(items) > 4 {
		return nil
	}
	return items
}

// nicknames are the common English short forms of first names, with the
// name they stand for ("Bob" is "Robert"); names with more than one long
// form ("Ted", "Pat") are left out.
var nicknames = map[string]string{
	"bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert",
	"bill": "william", "billy": "william", "will": "william", "willy": "william",
	"mike": "michael", "mick": "michael", "mickey": "michael", "dave": "david", "davy": "david",
	"jim": "james", "jimmy": "james", "jamie": "james", "tom": "thomas", "tommy": "thomas",
	"dick": "richard", "rick": "richard", "ricky": "richard", "rich": "richard", "richie": "richard",
	"joe": "joseph", "joey": "joseph", "matt": "matthew", "chris": "christopher", "tony": "anthony",
	"steve": "steven", "stephen": "steven", "ben": "benjamin", "dan": "daniel", "danny": "daniel",
	"sam": "samuel", "sammy": "samuel", "alex": "alexander", "andy": "andrew", "drew": "andrew",
	"nick": "nicholas", "pete": "peter", "ron": "ronald", "ronnie": "ronald", "don": "donald",
	"donny": "donald", "jack": "john", "johnny": "john", "larry": "lawrence", "charlie": "charles",
	"chuck": "charles", "fred": "frederick", "freddie": "frederick", "greg": "gregory",
	"jeff": "jeffrey", "ken": "kenneth", "kenny": "kenneth", "liz": "elizabeth", "beth": "elizabeth",
	"betty": "elizabeth", "kate": "katherine", "katie": "katherine", "kathy": "katherine",
	"catherine": "katherine", "jen": "jennifer", "jenny": "jennifer", "sue": "susan", "meg": "margaret",
	"maggie": "margaret", "peggy": "margaret", "vince": "vincent", "phil": "philip", "phillip": "philip",
	"tim": "timothy", "josh": "joshua", "zach": "zachary", "abe": "abraham", "gabe": "gabriel",
	"walt": "walter", "bernie": "bernard", "ray": "raymond", "doug": "douglas", "jon": "jonathan",
}

// sharedNicknames are short forms of more than one first name ("Ted" is
// Edward or Theodore): read as the note's when it names one of them.
var sharedNicknames = map[string][]string{
	"ted": {"edward", "theodore"}, "teddy": {"edward", "theodore"}, "sandy": {"alexander", "alexandra", "sandra"},
	"al": {"albert", "alan", "alfred"}, "vlad": {"vladimir"}, "jerry": {"gerald", "jerome"},
}

// nicknamesAs is typed name words tc with each short form of several
// first names (see sharedNicknames) written as the first name of ec in
// its place, when it is one of them ("teddy roosevelt" for "Theodore
// Roosevelt"); tc itself when there is none.
func nicknamesAs(tc, ec []string) []string {
	var out []string
	for i, w := range tc {
		if i >= len(ec) || !slices.Contains(sharedNicknames[w], ec[i]) {
			continue
		}
		if out == nil {
			out = slices.Clone(tc)
		}
		out[i] = ec[i]
	}
	if out == nil {
		return tc
	}
	return out
}

// namePart reports whether typed content words tc, all words of the
// note's name ec, may stand for it alone: not when the name is
// numbered and tc leaves out its number ("Paul" for "Pope John Paul
// II"), or names a person and tc leaves out the surname ("Edi" for "Edi
// Rama", "Martin Luther" for "Martin Luther King Jr."). A surname alone
// is close, as teachers take it.
func namePart(tc, ec []string, exp string) bool {
	g := withoutGeneration(ec)
	if n := len(ec); n > 1 && romanNumeral(ec[n-1]) && !numberedThing(ec[:n-1]) && !slices.Contains(tc, ec[n-1]) {
		return false
	}
	if len(g) >= 2 && personName(exp) {
		if len(tc) == 1 && tc[0] == g[0] && surnamesFirst[g[0]] {
			return true // "Xi" for "Xi Jinping": the surname comes first
		}
		found, _ := wordIn(g[len(g)-1], tc) // the surname, perhaps misspelt ("Mandella")
		return found
	}
	return true
}

// surnamesFirst are common surnames of the names written surname first
// (Chinese, Korean, Vietnamese): "Mao" is Mao Zedong's surname, where
// "Edi" is Edi Rama's first name.
var surnamesFirst = wordSet(`xi mao deng hu jiang zhou li wang zhang liu chen yang huang zhao wu sun ma zhu
lin guo he gao luo zheng liang xie song tang han feng cao peng zeng xiao tian dong pan yuan cai jiang yu du
ye cheng wei su lu ding ren shen yao kim park lee choi jung kang cho yoon jang lim moon shin han ahn
nguyen tran le pham hoang phan vu vo dang bui do ngo duong ly chiang`)

// otherSurname reports whether typed names a person, whose name
// expected gives, with another word last: the surname of someone else.
// A generation is no surname ("Tobin Aster III").
func otherSurname(typed, exp string) bool {
	if !personName(exp) {
		return false
	}
	tw, ew := withoutGeneration(nameWords(typed)), withoutGeneration(nameWords(exp))
	return len(tw) > 0 && len(ew) > 0 && tw[len(tw)-1] != ew[len(ew)-1] && !romanNumeral(tw[len(tw)-1])
}

// middleAdded reports whether typed names exp's person with a middle
// name put between the first name and surname the note gives ("John
// Quincy Adams" for "John Adams"): initials do not count ("Tobin J.
// Aster" for "Tobin Aster").
func middleAdded(typed, exp string) bool {
	if listItems(exp) != nil {
		return false
	}
	tw, ew := nameWords(typed), nameWords(exp)
	if len(ew) < 2 {
		return false
	}
	i := slices.Index(tw, ew[0])
	if i < 0 || i+1 >= len(tw) {
		return false
	}
	for _, w := range tw[i+1 : len(tw)-1] {
		if len(w) > 1 && !slices.Contains(ew, w) {
			return true
		}
	}
	return false
}

// formalNames is ws with each nickname as the name it stands for ("bob
// iger" → "robert iger"); ws itself when there is none. Every word is
// read, so that each name of a list is ("Ken Schwaber and Jeff
// Sutherland"); a surname such as "Ray" reads the same on both sides.
func formalNames(ws []string) []string {
	var out []string
	for i, w := range ws {
		if f := nicknames[w]; f != "" {
			if out == nil {
				out = slices.Clone(ws)
			}
			out[i] = f
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// sameItems reports whether normalised answers t and e list the same
// things in any order, each written with or without its spaces and
// hyphens ("langchain and graphrag" for "graph rag and langchain").
func sameItems(t, e string) bool {
	ti, ei := listItems(t), listItems(e)
	if len(ti) == 0 || len(ti) != len(ei) {
		return false
	}
	joined := func(items []string) []string {
		out := make([]string, len(items))
		for i, it := range items {
			out[i] = strings.Join(content(strings.ReplaceAll(it, "-", " "), true), "")
		}
		return out
	}
	return sameWords(joined(ti), joined(ei))
}

// withoutInitials is ws without its one-letter words, but for Roman
// numerals ("World War I" keeps its "i").
func withoutInitials(ws []string) []string {
	var out []string
	for _, w := range ws {
		if len(w) == 1 && !romanNumeral(w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// initialOf reports whether typed word w is the initial of a word of the
// expected name ("T." for "Tobin"): not a word more, though not the word.
func initialOf(w string, ec []string, exp string) bool {
	if len(w) != 1 || romanNumeral(w) && slices.ContainsFunc(ec, romanNumeral) || !isName(exp) {
		return false // ("V." opens "Vladimir", where no Roman numeral ends the name)
	}
	for _, x := range ec {
		if len(x) > 1 && x[0] == w[0] {
			return true
		}
	}
	return false
}

// middlesLeftOut is middleLeftOut for each name of a list ("ana velt and
// tobin aster" for "Ana Velt and Tobin J. Aster"), each typed in full or
// without its middle names.
func middlesLeftOut(typed, exp string) bool {
	ti, ei := listItems(typed), listItems(exp)
	if len(ei) < 2 || len(ti) != len(ei) {
		return false
	}
	for i := range ei {
		tw, ew := nameWords(ti[i]), nameWords(ei[i])
		if !slices.Equal(tw, ew) && !middleLeftOut(tw, ew, ei[i]) {
			return false
		}
	}
	return true
}

// nameWords is the content words of a name, as the names of a list are
// compared one by one (see fullerNames, middlesLeftOut).
func nameWords(name string) []string { return content(comparable(undot(name)), true) }

// inOrder reports whether words sub all stand in ws, in the same order,
// with other words before, between or after them.
func inOrder(sub, ws []string) bool {
	k := 0
	for _, w := range ws {
		if k < len(sub) && w == sub[k] {
			k++
		}
	}
	return k == len(sub)
}

// personWord reports whether w may be a word of a person's name: an
// initial, or a capitalised word that is not all capitals, each part of a
// hyphenated word capitalised ("Jean-Paul", not "AI-first").
func personWord(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	lower := false
	for _, part := range strings.Split(w, "-") {
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			return false
		}
		lower = lower || strings.IndexFunc(part, unicode.IsLower) >= 0
	}
	return lower
}

// numberedThing reports whether name words ws, their number left out,
// name a thing numbered in order rather than a person: the number is
// then the answer ("World War II", "Vatican Council II", "Super Bowl
// III"), not a generation a learner may leave out.
func numberedThing(ws []string) bool {
	return len(ws) > 0 && numberedNouns[ws[len(ws)-1]]
}

// numberedNouns are the words a number follows in the names of things
// numbered in order.
var numberedNouns = map[string]bool{
	"war": true, "council": true, "bowl": true, "phase": true, "act": true, "article": true,
	"chapter": true, "part": true, "season": true, "volume": true, "book": true, "title": true,
	"mission": true, "treaty": true, "amendment": true, "plan": true, "stage": true, "round": true,
	"accord": true, "accords": true, "conference": true, "summit": true, "protocol": true, "crusade": true,
}

// withoutGeneration is name words ws without the generation that ends
// them ("iii", "jr"), which a learner may leave out.
func withoutGeneration(ws []string) []string {
	if n := len(ws); n > 0 {
		switch ws[n-1] {
		case "jr", "sr", "ii", "iii", "iv":
			return ws[:n-1]
		}
	}
	return ws
}

// middleLeftOut reports whether typed words tc name the person of the
// note's answer exp (words ec) by first name and surname, leaving out
// middle names or initials: "dwight eisenhower" for "Dwight D.
// Eisenhower". A list of names, or a name with a word that is no
// person's ("Open Web UI", "AI-first CFOs"), is not one.
func middleLeftOut(tc, ec []string, exp string) bool {
	if len(tc) < 2 || len(ec) <= len(tc) || len(ec) > 4 || !isName(exp) || len(listItems(exp)) > 1 {
		return false
	}
	for _, w := range strings.Fields(exp) {
		if w = strings.Trim(w, ".,"); !personWord(w) && !particles[w] && !particled(w) {
			return false
		}
	}
	return tc[0] == ec[0] && tc[len(tc)-1] == ec[len(ec)-1] && inOrder(tc, ec)
}

// sameWords reports whether a and b hold the same words, each as often,
// in any order. The typo check would call two names swapped a slip of the
// hand, being a few letters apart.
func sameWords(a, b []string) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// isName reports whether s looks like a proper name: its content words are capitalised.
// A name's particles in small letters are of it ("Otto von Bismarck",
// "Bashar al-Assad").
func isName(s string) bool {
	caps, words := 0, 0
	for _, w := range strings.Fields(s) {
		r := []rune(strings.Trim(w, `"'()`))
		if len(r) == 0 || stopWords[strings.ToLower(string(r))] || words > 0 && particles[string(r)] {
			continue
		}
		words++
		if unicode.IsUpper(r[0]) || particled(string(r)) {
			caps++
		}
	}
	return words > 0 && caps == words
}

// particled reports whether w is a name joined to its particle by a
// hyphen ("al-Assad", "bin-Laden").
func particled(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	return ok && particles[p] && isUpperFirst(rest)
}

// abbreviations are words and phrases with the short form people type for
// them, which both answers are written in before they are compared again:
// "Wall St" is "Wall Street", "US" the "United States". A short form may
// stand for two words ("St" for "Street" and "Saint"); comparing short
// forms, not guessing long ones, keeps that harmless.
var abbreviations = map[string]string{
	"street": "st", "saint": "st", "avenue": "ave", "road": "rd", "mount": "mt", "fort": "ft",
	"company": "co", "corporation": "corp", "incorporated": "inc", "limited": "ltd",
	"university": "univ", "department": "dept", "government": "govt", "international": "intl",
	"national": "natl", "brothers": "bros", "association": "assn", "usa": "us",
	"united states": "us", "united kingdom": "uk", "united nations": "un", "european union": "eu",
	"soviet union": "ussr", "united arab emirates": "uae", "britain": "uk", "great britain": "uk",
	"federal reserve": "fed", "america": "us", "laboratories": "labs", "laboratory": "lab",
	// a people for its country, as answers to who did something: "the
	// French" is "France"
	"british": "uk", "american": "us", "americans": "us", "french": "france",
	"germans": "germany", "german": "germany", "russians": "russia", "russian": "russia",
	"chinese": "china", "japanese": "japan", "italians": "italy", "italian": "italy",
	"spanish": "spain", "indians": "india", "indian": "india", "israelis": "israel",
	"iranians": "iran", "iranian": "iran", "turks": "turkey", "turkish": "turkey", "greeks": "greece",
	"greek": "greece", "soviets": "ussr", "soviet": "ussr", "ottoman empire": "ottomans",
	"dutch": "netherlands", "canadians": "canada", "canadian": "canada", "pakistanis": "pakistan",
	"pakistani": "pakistan", "israeli": "israel", "taiwanese": "taiwan", "ukrainian": "ukraine",
	"ukrainians": "ukraine", "polish": "poland", "poles": "poland", "korean": "korea", "koreans": "korea",
	"egyptian": "egypt", "egyptians": "egypt", "syrian": "syria", "syrians": "syria", "iraqi": "iraq",
	"iraqis": "iraq", "afghan": "afghanistan", "afghans": "afghanistan", "albanian": "albania",
	"albanians": "albania", "georgian": "georgia", "georgians": "georgia", "armenian": "armenia",
	"armenians": "armenia", "azerbaijani": "azerbaijan", "azerbaijanis": "azerbaijan", "serbian": "serbia",
	"serbs": "serbia", "croatian": "croatia", "croats": "croatia", "hungarian": "hungary",
	"hungarians": "hungary", "romanian": "romania", "romanians": "romania", "mexican": "mexico",
	"mexicans": "mexico", "brazilian": "brazil", "brazilians": "brazil", "australian": "australia",
	"australians": "australia", "swiss": "switzerland", "swedish": "sweden", "swedes": "sweden",
	"norwegian": "norway", "norwegians": "norway", "danish": "denmark", "danes": "denmark",
	"austrian": "austria", "austrians": "austria", "belgian": "belgium", "belgians": "belgium",
	"portuguese": "portugal", "vietnamese": "vietnam", "thai": "thailand", "indonesian": "indonesia",
	"indonesians": "indonesia", "filipino": "philippines", "filipinos": "philippines",
	"nigerian": "nigeria", "nigerians": "nigeria", "ethiopian": "ethiopia", "ethiopians": "ethiopia",
	"cuban": "cuba", "cubans": "cuba", "venezuelan": "venezuela", "venezuelans": "venezuela",
	"singaporean": "singapore", "singaporeans": "singapore", "malaysian": "malaysia", "malaysians": "malaysia",
	"cypriot": "cyprus", "cypriots": "cyprus", "lebanese": "lebanon", "bangladeshi": "bangladesh",
	"nepalese": "nepal", "somali": "somalia", "somalis": "somalia", "sudanese": "sudan",
	// numbers in names: "Season One" is "Season 1"
	"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10",
}

// abbreviated is content words ws with every word or phrase of
// abbreviations written short, or ws itself when none is.
func abbreviated(ws []string) []string {
	var out []string
	changed := false
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		// the longest phrase first: "united arab emirates" before "united"
		for n := min(3, len(ws)-i); n >= 1; n-- {
			if a, ok := abbreviations[strings.Join(ws[i:i+n], " ")]; ok {
				w, changed, i = a, true, i+n-1
				break
			}
		}
		out = append(out, w)
	}
	if !changed {
		return ws
	}
	return out
}

// asExpected is typed content words tc (typed as written) written as the
// expected answer (content words ec, text exp) writes them: a possessive
// as the word ("googles" for "google", the apostrophe being gone; not a
// plural: "Markets Corner" is not "Market Corner"), and each run of
// words whose initials spell an acronym of exp (a word of two letters or
// more in capitals, "ADK") as that acronym: "google's agent development
// kit" for "Google ADK".
func asExpected(tc, ec []string, typed, exp string) []string {
	out := slices.Clone(tc)
	if strings.Contains(typed, "'s") || strings.Contains(typed, "’s") {
		for i, w := range out {
			if base, ok := strings.CutSuffix(w, "s"); ok && len(base) >= 3 && !slices.Contains(ec, w) && slices.Contains(ec, base) {
				out[i] = base
			}
		}
	}
	for _, a := range strings.Fields(exp) {
		a = strings.Trim(a, `"'(),.`)
		if len(a) < 2 || !isAcronym(a) {
			continue
		}
		a = strings.ToLower(a)
		if slices.Contains(out, a) {
			continue
		}
		for i := 0; i+len(a) <= len(out); i++ {
			if spells(out[i:i+len(a)], a) {
				out = slices.Concat(out[:i], []string{a}, out[i+len(a):])
				break
			}
		}
	}
	return out
}

// spells reports whether the initials of words ws spell acronym a.
func spells(ws []string, a string) bool {
	for k, w := range ws {
		if w == "" || w[0] != a[k] {
			return false
		}
	}
	return true
}

// samePlural reports whether content words a and b are the same words but
// for a plural ending on one side ("elites" for "elite", "stations" for
// "station"), in place.
func samePlural(a, b []string) bool {
	if len(a) != len(b) || len(a) == 0 || slices.Equal(a, b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !pluralOf(a[i], b[i]) && !pluralOf(b[i], a[i]) {
			return false
		}
	}
	return true
}

// pluralOf reports whether p is the English plural of word w, a word of
// three letters or more: "elites", "boxes", "companies".
func pluralOf(p, w string) bool {
	if len(w) < 3 || hasDigit(w) {
		return false
	}
	return p == w+"s" || p == w+"es" || strings.HasSuffix(w, "y") && p == w[:len(w)-1]+"ies"
}

// nameSlip reports whether typed content words tc are the expected name's
// words ec with a slip of the hand in some of them: as many words, one at
// least the same, and each other one opening on the same letter and a few
// letters off ("navin jindal" for "Naveen Jindal", "dan schectman" for
// "Dan Shechtman"), or a first name that may be the same when the surname
// is the same ("key sarin" for "Ki Sarin", "pat campbell" for "Patrick
// Campbell", but not "John Smith" for "Jim Smith": see sameFirstName).
func nameSlip(tc, ec []string) bool {
	if len(tc) != len(ec) || len(tc) < 2 {
		return false
	}
	same, near := 0, true
	for i := range tc {
		switch a, b := tc[i], ec[i]; {
		case a == b:
			same++
		case a[0] != b[0] || hasDigit(a) || hasDigit(b) || romanNumeral(a) || romanNumeral(b):
			return false
		case levenshtein.ComputeDistance(a, b) > max(1, len(b)/3):
			near = false
		}
	}
	return same > 0 && (near || len(ec) == 2 && tc[1] == ec[1] && sameFirstName(tc[0], ec[0]))
}

// sameFirstName reports whether first names a and b, opening on the same
// letter, may be one name: a short form ("pat" for "patrick", "cam" for
// "cameron"), a spelling ("alistair" for "aleister"), or the same first
// three letters ("garry" for "garfield"); "john" and "jim" are two names.
func sameFirstName(a, b string) bool {
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) || len(a) >= 3 && len(b) >= 3 && a[:3] == b[:3] {
		return true
	}
	return levenshtein.ComputeDistance(a, b) <= max(2, max(len(a), len(b))/2)
}

// Unasked is typed without the words it repeats from the question, those
// the expected answer does not hold: "war of 1812" for "1812" asked as
// "During the War of _____", "halo effect" for "Halo" asked as "a
// "_____" effect". The learner wrote out the words around the blank; what
// is left is the answer to grade. It is "" when no word is repeated or
// none is left.
func Unasked(typed, expected, question string) string {
	asked := map[string]bool{}
	if _, figure := ParseQuantity(expected); figure {
		// a figure's words come beside its blank ("over _____ aircraft");
		// a unit from further off is the learner's own, and may be wrong
		question = nearBlank(question)
	}
	for _, w := range Words(question) {
		asked[w] = true
		if base, ok := strings.CutSuffix(w, "s"); ok && len(base) >= 3 {
			asked[base] = true // "china" in "China's" (Words drops the apostrophe)
		}
	}
	given := map[string]bool{}
	for _, w := range Words(expected) {
		given[w] = true
	}
	ws := Words(typed)
	kept := ws[:0:0]
	for _, w := range ws {
		if !asked[w] || given[w] || stopWords[w] {
			kept = append(kept, w)
		}
	}
	if len(kept) == len(ws) || len(content(strings.Join(kept, " "), false)) == 0 {
		return ""
	}
	return strings.Join(kept, " ")
}

// RepeatsQuestion reports whether typed is only words of the question
// that the expected answer does not hold: "GDP" for "What does GDP
// stand for?" or "What is GDP?" gives back the term asked about, not
// the answer, though the one is the acronym of the other.
func RepeatsQuestion(typed, expected, question string) bool {
	tc := content(comparable(undot(typed)), false)
	if len(tc) == 0 || question == "" {
		return false
	}
	asked := Words(undot(question))
	given := content(comparable(undot(expected)), false)
	for _, w := range tc {
		if !slices.Contains(asked, w) || holdsStem(given, stemOr(w)) {
			return false // ("condemn" for "condemned it", asked "Did Vela condemn or praise it?")
		}
	}
	return true
}

// nearBlank is the part of question a learner may write out with a
// figure: the words around its blank, up to blankReach on each side
// ("over _____ aircraft"), or the whole question when it has no blank. A
// word further off is no part of the answer: "50 years" for "50 aircraft"
// in "In the last five years, ... over _____ and helicopter accidents" is
// wrong.
func nearBlank(question string) string {
	i := strings.Index(question, "___")
	if i < 0 {
		return question
	}
	before, after := question[:i], strings.TrimLeft(question[i:], "_")
	bw, aw := strings.Fields(before), strings.Fields(after)
	bw, aw = bw[max(0, len(bw)-blankReach):], aw[:min(len(aw), blankReach)]
	return strings.Join(bw, " ") + " " + strings.Join(aw, " ")
}

// blankReach is how many words on each side of a blank nearBlank keeps.
const blankReach = 5

// fullerNames reports whether typed names the names of exp (a name or a
// list of them) each in full: the note's words in order, the same last
// word (the surname), and only first or middle names before or between
// them ("John Horton Conway" for "John Conway").
func fullerNames(typed, exp string) bool {
	ti, ei := listItems(typed), listItems(exp)
	if len(ei) == 0 {
		ti, ei = []string{typed}, []string{exp}
	}
	if len(ti) != len(ei) {
		return false
	}
	for i := range ei {
		tw, ew := nameWords(ti[i]), nameWords(ei[i])
		if len(ew) == 0 || len(tw) <= len(ew) || tw[len(tw)-1] != ew[len(ew)-1] || !inOrder(ew, tw) {
			return false
		}
		if slices.ContainsFunc(tw, func(w string) bool { return hasDigit(w) || placeQualifiers[w] }) {
			return false // "west berlin" for "Berlin" is another place
		}
	}
	return true
}

// spelt is words ws, each written in the American spelling of the British
// endings ("candour", "monetising", "centre", "analyse"): both answers are
// written so before they are compared, so a word that only looks like one
// ("four", "rising") stays what it was on both sides.
func spelt(ws []string) []string {
	var out []string
	for i, w := range ws {
		a := americanSpelling(w)
		if a != w && out == nil {
			out = slices.Clone(ws)
		}
		if out != nil {
			out[i] = a
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// britishEndings are the British endings spelt writes the American way:
// the last "from" of a word of minLen letters or more that ends on one
// of ends becomes "to".
var britishEndings = []struct {
	from, to string
	ends     []string
	minLen   int
}{
	{"isation", "ization", []string{"isation", "isations"}, 0},
	{"is", "iz", []string{"ise", "ised", "ising", "ises"}, 0},
	{"ys", "yz", []string{"yse", "ysed", "ysing"}, 0},
	{"our", "or", []string{"our", "ours"}, 6}, // not "four", "hour"
	{"tre", "ter", []string{"tre", "tres"}, 5},
}

// americanSpelling is word w with its British ending written the American
// way ("candour" → "candor"), or w.
func americanSpelling(w string) string {
	for _, e := range britishEndings {
		if len(w) < e.minLen || !slices.ContainsFunc(e.ends, func(end string) bool { return strings.HasSuffix(w, end) }) {
			continue
		}
		k := strings.LastIndex(w, e.from)
		return w[:k] + e.to + w[k+len(e.from):]
	}
	return w
}
