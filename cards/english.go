package cards

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A little English grammar: enough to turn a declarative clause into a
// question ("Iraq attacked Iran" → "did Iraq attack Iran") without a parser.

var auxiliaries = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "had": true, "has": true, "have": true,
	"will": true, "would": true, "could": true, "can": true, "did": true, "does": true, "do": true,
	"should": true, "might": true, "may": true, "must": true,
}

// irregular maps irregular past forms to their base form.
var irregular = map[string]string{
	"arose": "arise", "ate": "eat", "beat": "beat", "became": "become", "began": "begin", "bent": "bend",
	"bore": "bear", "bound": "bind", "broke": "break", "brought": "bring", "built": "build", "bought": "buy",
	"caught": "catch", "chose": "choose", "came": "come", "cut": "cut", "dealt": "deal", "drew": "draw",
	"drove": "drive", "fell": "fall", "fed": "feed", "felt": "feel", "fought": "fight", "found": "find",
	"fled": "flee", "flew": "fly", "forbade": "forbid", "forgot": "forget", "froze": "freeze", "gave": "give",
	"got": "get", "grew": "grow", "heard": "hear", "held": "hold", "hid": "hide", "hit": "hit", "hung": "hang",
	"kept": "keep", "knew": "know", "laid": "lay", "led": "lead", "left": "leave", "lent": "lend", "lost": "lose",
	"made": "make", "meant": "mean", "met": "meet", "mistook": "mistake", "overcame": "overcome",
	"oversaw": "oversee", "overtook": "overtake", "overthrew": "overthrow", "paid": "pay", "ran": "run",
	"rose": "rise", "said": "say", "sat": "sit", "saw": "see", "sent": "send", "shook": "shake", "shot": "shoot",
	"sold": "sell", "sought": "seek", "spent": "spend", "spoke": "speak", "spread": "spread", "stood": "stand",
	"stole": "steal", "struck": "strike", "swore": "swear", "took": "take", "taught": "teach", "told": "tell",
	"thought": "think", "threw": "throw", "understood": "understand", "undertook": "undertake",
	"upheld": "uphold", "withdrew": "withdraw", "won": "win", "wrote": "write", "wore": "wear", "split": "split",
	"sank": "sink", "rebuilt": "rebuild", "retook": "retake", "slept": "sleep", "woke": "wake",
	"foresaw": "foresee", "outgrew": "outgrow", "spun": "spin", "stuck": "stick", "swept": "sweep",
	"withheld": "withhold", "forgave": "forgive", "rode": "ride", "rang": "ring", "sang": "sing", "shut": "shut",
	"quit": "quit", "set": "set", "let": "let", "put": "put", "cast": "cast", "hurt": "hurt", "dug": "dig",
	"lit": "light", "proved": "prove", "went": "go",
}

// participles maps irregular past participles to the simple past.
var participles = map[string]string{
	"written": "wrote", "taken": "took", "given": "gave", "driven": "drove", "chosen": "chose",
	"shown": "showed", "known": "knew", "seen": "saw", "done": "did", "begun": "began", "drawn": "drew",
	"overthrown": "overthrew", "broken": "broke", "spoken": "spoke", "stolen": "stole", "beaten": "beat",
	"forgotten": "forgot", "undertaken": "undertook", "withdrawn": "withdrew", "thrown": "threw",
	"grown": "grew", "flown": "flew", "eaten": "ate", "fallen": "fell", "risen": "rose", "sworn": "swore",
	"worn": "wore", "torn": "tore", "born": "bore", "overseen": "oversaw", "frozen": "froze",
	"hidden": "hid", "shaken": "shook", "ridden": "rode", "forbidden": "forbade", "forgiven": "forgave",
	"mistaken": "mistook", "overtaken": "overtook", "woken": "woke",
}

// notVerbs are -ed words that usually modify a noun rather than act as the verb.
var notVerbs = map[string]bool{
	"named": true, "called": true, "titled": true, "dubbed": true, "identified": true, "based": true,
	"located": true, "armed": true, "united": true, "red": true, "bed": true, "need": true, "seed": true,
	"feed": true, "speed": true, "hundred": true, "bred": true, "shed": true, "sacred": true, "wicked": true,
	"naked": true, "rugged": true, "ragged": true, "beloved": true, "aged": true, "advanced": true,
	"renewed": true, "supposed": true, "so-called": true, "detailed": true, "limited": true, "skilled": true,
	"talented": true, "related": true, "alleged": true, "failed": false, "educated": true, "dedicated": true,
	"embed": true, "led": false, "unprecedented": true, "unexpected": true, "biased": true, "highlighted": false,
}

// functionWords end a subject search: a verb cannot follow them directly.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "of": true, "in": true, "on": true,
	"to": true, "for": true, "with": true, "by": true, "at": true, "from": true, "its": true, "his": true,
	"her": true, "their": true, "our": true, "this": true, "that": true, "these": true, "those": true,
	"newly": true, "well": true, "but": true, "as": true, "into": true, "than": true, "so": true,
	"some": true, "many": true, "most": true, "several": true, "both": true, "each": true, "every": true,
	"who": true, "which": true, "whose": true, "not": true, "very": true, "more": true, "less": true,
}

// determiners start a common-noun subject that is lower-cased inside a question.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "some": true, "many": true,
	"most": true, "several": true, "both": true, "each": true, "every": true, "all": true, "other": true,
	"another": true, "no": true, "few": true, "mass": true, "such": true,
}

// pronouns cannot stand for a subject on a card seen alone.
var pronouns = map[string]bool{
	"it": true, "they": true, "he": true, "she": true, "this": true, "these": true, "those": true,
	"that": true, "its": true, "their": true, "his": true, "her": true, "them": true, "him": true,
	"such": true, "we": true, "i": true, "there": true, "here": true,
	// contractions ("It's a collection of ..."), as bareWord leaves them
	"it's": true, "it’s": true, "they're": true, "they’re": true, "he's": true, "he’s": true,
	"she's": true, "she’s": true, "that's": true, "that’s": true,
}

// openers are sentence adverbs dropped before a question is formed.
var openers = map[string]bool{
	"however": true, "yet": true, "still": true, "then": true, "also": true, "meanwhile": true,
	"subsequently": true, "later": true, "eventually": true, "finally": true, "thus": true,
	"therefore": true, "moreover": true, "furthermore": true, "additionally": true, "nonetheless": true,
	"nevertheless": true, "initially": true, "ultimately": true, "instead": true, "notably": true,
	"consequently": true, "overall": true, "today": true, "historically": true, "originally": true,
	"similarly": true, "in addition": true, "in response": true, "in fact": true, "as a result": true,
	"at this point": true, "in turn": true, "by contrast": true, "in contrast": true, "after that": true,
	"at the time": true, "for example": true, "for instance": true, "in particular": true,
	"simultaneously": true, "likewise": true, "at the same time": true, "accordingly": true,
}

// introducers start an adverbial phrase or subordinate clause that ends at a comma.
var introducers = map[string]bool{
	"in": true, "on": true, "by": true, "after": true, "before": true, "during": true, "despite": true,
	"following": true, "since": true, "as": true, "while": true, "when": true, "although": true,
	"though": true, "within": true, "under": true, "with": true, "at": true, "from": true,
	"throughout": true, "over": true, "unlike": true, "like": true, "amid": true, "upon": true,
	"once": true, "because": true, "until": true, "even": true, "whereas": true, "if": true,
	"unable": true, "having": true, "according": true, "between": true, "around": true, "about": true,
}

// bareWord is w lower-cased without surrounding punctuation.
func bareWord(w string) string {
	if i, j, ok := asciiBare(w); ok { // most words: no Unicode tables needed
		return lowerASCII(w[i:j])
	}
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }))
}

// lowerASCII is strings.ToLower of ASCII w, which bareWord has already
// checked: most words have no capital and come back as they are, without
// ToLower scanning them again.
func lowerASCII(w string) string {
	for k := 0; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' {
			return lowerCommon(w)
		}
	}
	return w
}

// appendBare appends bareWord(w) to dst; ok is false, and dst returned as
// it was, when w is not ASCII. Into a buffer on the stack, string() of the
// result allocates nothing where it is not kept (up to 32 bytes), where
// bareWord makes a new string of every capitalised word.
func appendBare(dst []byte, w string) ([]byte, bool) {
	i, j, ok := asciiBare(w)
	if !ok {
		return dst, false
	}
	return appendLowerASCII(dst, w[i:j])
}

// ascii reports whether s is all ASCII.
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendLowerASCII appends w lower-cased to dst; ok is false, and dst
// returned as it was, when w is not ASCII. Into a buffer on the stack,
// string() of the result allocates nothing where it is not kept (up to
// 32 bytes).
func appendLowerASCII(dst []byte, w string) ([]byte, bool) {
	if !ascii(w) {
		return dst, false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// lowerCommon is strings.ToLower of ASCII w, given back as commonWords'
// copy when it is one of them: the words met capitalised most often open a
// sentence or a clause ("The", "This", "In", "He"), and a new string for
// each was about a tenth of what Generate allocated by count.
func lowerCommon(w string) string {
	var buf [16]byte
	if len(w) > len(buf) {
		return strings.ToLower(w)
	}
	low, ascii := appendLowerASCII(buf[:0], w)
	if !ascii {
		return strings.ToLower(w)
	}
	if s, ok := commonWords[string(low)]; ok {
		return s
	}
	return string(low)
}

// commonWords are the grammar's own words, each its own value (see
// lowerCommon).
var commonWords = func() map[string]string {
	m := map[string]string{}
	for _, set := range []map[string]bool{functionWords, determiners, pronouns, introducers, auxiliaries, subordinators} {
		for w := range set {
			m[w] = w
		}
	}
	return m
}()

// lemma returns the base form of a simple-past verb ("fled" → "flee",
// "invaded" → "invade", "stopped" → "stop", "carried" → "carry"). Regular
// forms follow spelling rules for when the base ends in a silent "e".
func lemma(past string) string {
	if b, ok := irregular[past]; ok {
		return b
	}
	if !strings.HasSuffix(past, "ed") || len(past) < 4 {
		return past
	}
	switch {
	case strings.HasSuffix(past, "ied") && len(past) > 4:
		return past[:len(past)-3] + "y"
	case strings.HasSuffix(past, "eed"): // agreed, freed
		return past[:len(past)-1]
	}
	stem := past[:len(past)-2]
	n := len(stem)
	last, prev := stem[n-1], stem[n-2]
	if last == prev && isConsonant(last) {
		if strings.HasSuffix(stem, "boycott") {
			return stem
		}
		switch last {
		case 's', 'f', 'z', 'd': // passed, staffed, buzzed, added
			return stem
		case 'l': // expelled, controlled; but called, killed
			if n >= 6 {
				return stem[:n-1]
			}
			return stem
		}
		return stem[:n-1] // stopped, banned, occurred
	}
	pair := n >= 3 && isVowel(prev) && isVowel(stem[n-3]) // treat, join, reveal
	single := isVowel(prev) && !pair
	has := func(sufs ...string) bool {
		for _, s := range sufs {
			if strings.HasSuffix(stem, s) {
				return true
			}
		}
		return false
	}
	e := stem + "e"
	switch last {
	case 'v', 'c', 'u', 'z':
		return e
	case 'g':
		if has("ong", "ing") {
			return stem
		}
		return e
	case 's':
		if has("ocus", "bias", "ss") {
			return stem
		}
		return e
	case 'b', 'k', 'm':
		if single && !has("ttom", "ssom", "nsom", "thom") { // bottomed, blossomed, ransomed, fathomed
			return e
		}
	case 'd':
		if single || has("uad", "uid") {
			return e
		}
	case 'p':
		if single && (n <= 4 || has("scap", "shap")) {
			return e
		}
	case 'n':
		if (single && prev == 'i') || has("phon", "zon", "dethron", "postpon", "aton", "clon") {
			return e
		}
	case 'l':
		if !isVowel(prev) && prev != 'l' && prev != 'r' && prev != 'w' {
			return e // tabled, settled, struggled
		}
		if single && (n <= 4 || has("hal", "pil", "scal", "sol", "cil")) {
			return e
		}
	case 't':
		if pair {
			if has("iat", "uat", "creat", "uot") {
				return e
			}
			return stem
		}
		switch {
		case has("but"): // debuted
			return stem
		case has("at", "ut"):
			return e
		case has("ot") && (n <= 4 || has("mot", "vot", "quot", "not")):
			return e
		case has("nit", "vit", "cit"):
			return e
		case has("plet", "elet", "mpet"):
			return e
		}
	case 'r':
		if has("uir") {
			return e // acquired, required
		}
		if pair || prev == 'e' {
			return stem
		}
		if has("ar", "ir", "ur") && single {
			return e
		}
		if has("stor", "gnor", "plor", "scor", "ador", "snor") {
			return e
		}
	}
	return stem
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
func isConsonant(b byte) bool {
	return b >= 'a' && b <= 'z' && !isVowel(b) && b != 'w' && b != 'x' && b != 'y'
}

// isPastVerb reports whether w (bare, lower case) reads as a simple-past verb.
func isPastVerb(w string) bool {
	if _, ok := irregular[w]; ok {
		return true
	}
	// the rule's exceptions are looked up only for the words it takes
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !notVerbs[w]
}

// lowerFirst lower-cases the first letter of s.
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if l := unicode.ToLower(r); size > 0 && (l != r || r == utf8.RuneError) {
		return string(l) + s[size:]
	}
	return s // already lower case (or empty): no new string
}

// upperFirst upper-cases the first letter of s.
func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if u := unicode.ToUpper(r); size > 0 && (u != r || r == utf8.RuneError) {
		return string(u) + s[size:]
	}
	return s // already upper case (or empty): no new string
}

// startsUpper reports whether s begins with an upper-case letter.
func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// article chooses "a" or "an" for the word that follows.
func article(next string) string {
	w := strings.ToLower(strings.TrimLeft(next, `"'“‘$(`))
	if w == "" {
		return "a"
	}
	if strings.HasPrefix(w, "eu") || strings.HasPrefix(w, "one") || strings.HasPrefix(w, "uni") || strings.HasPrefix(w, "use") {
		return "a"
	}
	if strings.HasPrefix(w, "hour") || strings.HasPrefix(w, "honest") || strings.HasPrefix(w, "honor") || strings.HasPrefix(w, "honour") {
		return "an"
	}
	switch w[0] {
	case 'a', 'e', 'i', 'o', 'u':
		return "an"
	case '8':
		return "an"
	case '1':
		if strings.HasPrefix(w, "11") || strings.HasPrefix(w, "18") {
			return "an"
		}
	}
	return "a"
}

// asciiBare finds the bounds of bareWord's trim for an ASCII word: for ASCII
// the Unicode letter and digit classes are exactly [A-Za-z0-9]. ok is false
// when w has other bytes.
func asciiBare(w string) (i, j int, ok bool) {
	for k := 0; k < len(w); k++ {
		if w[k] >= 0x80 {
			return 0, 0, false
		}
	}
	keep := func(c byte) bool {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
	}
	i, j = 0, len(w)
	for i < j && !keep(w[i]) {
		i++
	}
	for j > i && !keep(w[j-1]) {
		j--
	}
	return i, j, true
}
