package cards

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
)

func TestBaseCoordinated(t *testing.T) {
	tests := map[string]string{
		"half of the fleet and flooded the lower town": "half of the fleet and flood the lower town",
		"the docks and sailed to Kesh":                 "the docks and sail to Kesh",
		"the town and exhausted soldiers":              "the town and exhausted soldiers", // an adjective
		"the duke and Aster":                           "the duke and Aster",
		"the port and converted it into a fort":        "the port and convert it into a fort",
		"the raid but later acknowledged it":           "the raid but later acknowledge it",
		"replicate and continued Aster's work":         "replicate and continue Aster's work", // a name as object
	}
	for in, want := range tests {
		if got := baseCoordinated(in); got != want {
			t.Errorf("baseCoordinated(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPresentDateQuestion(t *testing.T) {
	for q, want := range map[string]bool{
		"In what year is salt a mineral found in the harbour?": true,
		"When does the size of the loaf shrink?":               true,
		"In what year did the guild raise its tolls?":          false,
		"When was the harbour founded?":                        false,
	} {
		if got := presentDateQuestion(q); got != want {
			t.Errorf("presentDateQuestion(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestMoreFields(t *testing.T) {
	for _, s := range []string{"", "  ", "Iran", "The Treaty of Versailles", "one two three four five",
		"one two three four five six", " a\tb\nc  d e ", "a b c d e f g h", "Atatürk\u00a0and his allies"} {
		for n := 0; n <= 7; n++ {
			if got, want := moreFields(s, n), countFields(s) > n; got != want {
				t.Errorf("moreFields(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

func TestStripOpeners(t *testing.T) {
	for _, tt := range []struct{ in, rest, dropped string }{
		{"The guild raised its tolls", "The guild raised its tolls", ""},
		{"  However,   the  guild raised  ", "the guild raised", "However, "},
		{"In response, the duke fled", "the duke fled", "In response, "},
		{"However, in 1201, after the siege ended, the duke fled", "the duke fled", "However, in 1201, after the siege ended, "},
		{"After the siege, it", "After the siege, it", ""}, // two words must follow the phrase
		{"After the siege, it ended", "it ended", "After the siege, "},
		{"Later, however, the duke left", "the duke left", "Later, however, "},
		{"Moreover,", "", "Moreover, "},
		{"While a b c d e f g h i j k l m, n o", "n o", "While a b c d e f g h i j k l m, "},
		{"While a b c d e f g h i j k l m n, o p", "While a b c d e f g h i j k l m n, o p", ""}, // past 14 words
		{"HOWEVER,\tthe\u00a0guild fell", "the guild fell", "HOWEVER, "},
		{"", "", ""},
	} {
		if rest, dropped := stripOpeners(tt.in); rest != tt.rest || dropped != tt.dropped {
			t.Errorf("stripOpeners(%q) = %q, %q; want %q, %q", tt.in, rest, dropped, tt.rest, tt.dropped)
		}
	}
}

func TestFindVerb(t *testing.T) {
	for s, want := range map[string]int{
		"The guild raised the tolls in 1201.":             2,
		"Aster's adjusted fleet was ready by 1201.":       3, // a past form after a possessive modifies a noun
		"The guilds' renewed charter was signed in 1201.": 4,
		"In 1201, the guild raised the tolls.":            4,
		"The Harbour Guild of Kesh and its many members.": -1,
		// a past form that modifies the subject, before the clause's verb
		"The salt found on the quay was taxed in 1201.": 6,
		"The Kesh split was a rift between the guilds.": 3,
		"Ana Velt claimed to have been at sea in 1201.": 2, // "to have": an infinitive's
		"Ana Velt said the tolls were raised in 1201.":  2, // an object clause keeps its verb
		"The guild raised the tolls and was fined.":     2,
	} {
		if got := findVerb(splitWords(s)); got != want {
			t.Errorf("findVerb(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestLemma(t *testing.T) {
	for past, want := range map[string]string{
		"stopped": "stop", "hoped": "hope", "opened": "open", "bottomed": "bottom", "timed": "time",
		"assumed": "assume", "agreed": "agree", "carried": "carry", "invaded": "invade", "fled": "flee",
		"tabled": "table", "expelled": "expel", "called": "call", "acquired": "acquire", "treated": "treat",
		"created": "create", "visited": "visit", "voted": "vote", "passed": "pass", "founded": "found", "debuted": "debut", "executed": "execute",
	} {
		if got := lemma(past); got != want {
			t.Errorf("lemma(%q) = %q, want %q", past, got, want)
		}
	}
}

func TestSubjectCase(t *testing.T) {
	isName := func(w string) bool { return w == "kesh" || w == "reading" } // Reading, a town the notes name
	for subj, want := range map[string]string{
		"The guild of Kesh":               "the guild of Kesh",
		"Former Harbour Master Aster":     "former Harbour Master Aster",
		"Kesh":                            "Kesh",
		"Harbour Master Tobin Aster":      "Harbour Master Tobin Aster",
		"Fishermen of the northern isles": "fishermen of the northern isles",
		"Building with Kesh looms":        "building with Kesh looms", // a gerund, not "Bank of America"
		"Forcing KSH traders to pay":      "forcing KSH traders to pay",
		"Harbour of Kesh":                 "Harbour of Kesh",
		"Reading Kesh":                    "Reading Kesh", // the town, not a gerund
	} {
		if got := subjectCase(strings.Fields(subj), isName); got != want {
			t.Errorf("subjectCase(%q) = %q, want %q", subj, got, want)
		}
	}
}

// A country keeps its capital opening a question's subject though some
// note writes the word small ("china" for porcelain), and a word after a
// label's dash is no name for its capital ("Users can ...").
func TestNamerCountryAndLabelDash(t *testing.T) {
	sents := []string{
		"China and the Vela region are seen as areas of growth in 1201.",
		"The guild sold fine china to Tarn in 1202.",
		"Trade – Users can buy looms from the guild since 1203.",
		"In 1204, users paid the guild in cloth.",
	}
	facts := noteFacts(sents...)
	lx := newLexicon(facts)
	isName := lx.namer(*facts[0])
	if !isName("china") {
		t.Error("China is no name")
	}
	if isName("users") {
		t.Error(`"Users" after a label's dash is a name`)
	}
}

// lowerWord reads in one pass what nextField, bareWord and wordHash read,
// and the lexicon's sets find what they were given.
func TestLowerWord(t *testing.T) {
	for _, w := range []string{"war", "war,", "war.)", "post-war", "wars'", "a", "e.g.", "x2", "1990,", "-", "--", "iPhone", "naïve", "war—", "ab\"", "q-", "(war", "War", ""} {
		for _, s := range []string{w, w + " next", w + "\tnext", w + "\u00a0next"} {
			n, h, ok := lowerWord(s)
			// read up to an ASCII space: a space beyond ASCII is left to nextField
			ascii, capital := true, false
			field, _ := nextField(s)
			for i := 0; i < len(s) && s[i] != ' ' && s[i] != '\t'; i++ {
				ascii = ascii && s[i] < utf8.RuneSelf
				capital = capital || s[i] >= 'A' && s[i] <= 'Z'
			}
			opens := w != "" && (w[0] >= 'a' && w[0] <= 'z' || w[0] >= '0' && w[0] <= '9' || w[0] == '-')
			if ok != (opens && ascii && !capital) {
				t.Errorf("lowerWord(%q) ok %v", s, ok)
			}
			if ok && (s[:n] != field || h != wordHash(bareWord(field))) {
				t.Errorf("lowerWord(%q) = %q, %x; want %q, %x", s, s[:n], h, field, wordHash(bareWord(field)))
			}
		}
	}
	lx := newLexicon([]*notes.Fact{{Note: "a.md", Sentence: "The war began when Kesh fell to the Harbour Master, and naïve Ödön wept."}})
	for w, want := range map[string]bool{"war": true, "the": true, "naïve": true, "wept": true, "kesh": false, "War": false, "peace": false} {
		if got := lx.isLower(w); got != want {
			t.Errorf("isLower(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"kesh": true, "ödön": true, "harbour": false, "the": false, "war": false} {
		if got := lx.isUpper("a.md", w); got != want {
			t.Errorf("isUpper(%q) = %v, want %v", w, got, want)
		}
		if lx.isUpper("b.md", w) {
			t.Errorf("isUpper(b.md, %q) is true", w)
		}
	}
	// a set grows past the size it was made for
	set := newWordSet(0)
	for k := range 1000 {
		set.add(wordHash(strconv.Itoa(k)))
	}
	for k := range 2000 {
		if got := set.has(wordHash(strconv.Itoa(k))); got != (k < 1000) {
			t.Errorf("set of 0..999 has %d: %v", k, got)
		}
	}
}

// TestNamer tells a name opening a sentence from a common word by what
// the notes write elsewhere: capitalised inside a sentence of the same
// note (alone), never in small letters but capitalised inside a sentence
// of any note (even within a run of capitals, "Donald Kesh"), and
// otherwise not a name.
func TestNamer(t *testing.T) {
	in := func(note, sentence string) notes.Fact {
		f := fact(notes.Date, "", sentence, "1978")
		f.Note = note
		return f
	}
	facts := []notes.Fact{
		in("a.md", "Kesh released Vela in 1978."),
		in("a.md", "Wood founded the press in 1978."),
		in("a.md", "Harbour fees rose in 1978."),
		in("a.md", "The press grew after Wood left in 1990."),
		in("b.md", "The press of Donald Kesh opened in 1801."),
		in("b.md", "The wood of the harbour burned in 1801 under the Harbour Master."),
		in("b.md", "Wood burned in 1978."),
	}
	lx := newLexicon(factRefs(facts))
	for _, tt := range []struct {
		fact int
		word string
		want bool
	}{
		{0, "kesh", true},     // never small, capitalised inside b.md's sentence
		{1, "wood", true},     // alone inside a sentence of a.md, small in b.md
		{6, "wood", false},    // b.md writes it small only
		{2, "harbour", false}, // small in b.md; capitalised only within a run
		{0, "vela", true},     // capitalised inside the fact's own sentence
	} {
		if got := lx.namer(facts[tt.fact])(tt.word); got != tt.want {
			t.Errorf("namer(%s: %q)(%q) = %v, want %v", facts[tt.fact].Note, facts[tt.fact].Sentence, tt.word, got, tt.want)
		}
	}
}

// TestQuestionShapes phrases questions whose shape qaRaw tells from the
// words just before the answer, openers dropped, in plain text and past a
// space outside ASCII that dropping the openers turns into a plain one.
func TestQuestionShapes(t *testing.T) {
	for _, tt := range []struct {
		kind                notes.Kind
		sentence, ans, want string
	}{
		{notes.Definition, "A caldera is a large volcanic crater.", "large volcanic crater", "What is a caldera?"},
		{notes.Definition, "In geology, a caldera is\u00a0a large volcanic crater.", "large volcanic crater", "What is a caldera?"},
		{notes.Definition, "A caldera forms a large volcanic crater.", "large volcanic crater", ""},
		{notes.Actor, "The fort was built by the Dutch in 1620.", "the Dutch", "Who built the fort in 1620?"},
		{notes.Actor, "Iraq invaded Iran in 1980.", "Iraq", "Who invaded Iran in 1980?"},
		// a noun in -ly after a possessive is no adverb to leave out
		{notes.Date, "Tobin Aster and his family were exiled on 15 August 1205.", "15 August 1205", "When were Tobin Aster and his family exiled?"},
		{notes.Date, "Tobin Aster quickly left Kesh in 1205.", "1205", "In what year did Tobin Aster leave Kesh?"},
		// an opening phrase before the answer's apposition is no noun to ask "Who was ... who"
		{notes.Actor, "In May 1201, the Kesh guild, led by Ana Velt, won the vote.", "the Kesh guild", ""},
		{notes.Actor, "Under the old charter, the harbour guild, angered by the silt tax, closed the port.", "the harbour guild", ""},
		// ", and" before one more name of a list, its verb a relative clause's, cuts no clause
		{notes.Date, "The Kesh guild was founded in 1201 by Ana Velt, her brother Orrin Tarn, and Tobin Aster, who joined as its scribe.", "1201",
			"In what year was the Kesh guild founded by Ana Velt, her brother Orrin Tarn, and Tobin Aster?"},
		{notes.Date, "The Kesh guild was founded in 1201 by Ana Velt, and Orrin Tarn was elected its reeve.", "1201",
			"In what year was the Kesh guild founded by Ana Velt?"},
		// "Who" takes the singular a plural subject's verb had
		{notes.Actor, "The Kesh weavers have already recognized the guild's charter.", "The Kesh weavers", "Who has already recognized the guild's charter?"},
		{notes.Actor, "The Kesh weavers were paid in salt by the guild.", "The Kesh weavers", "Who was paid in salt by the guild?"},
		// a subject taken back as "its" right after its verb is a thing
		{notes.Actor, "Velt Looms changed its name in 1201.", "Velt Looms", "What changed its name in 1201?"},
		{notes.Actor, "Velt Looms has paired itself with the guild.", "Velt Looms", "What has paired itself with the guild?"},
		{notes.Actor, "Ana Velt sold the guild its first loom.", "Ana Velt", "Who sold the guild its first loom?"},
		// a passive turned active only when its words are plain
		{notes.Actor, "The Kesh charter is described as a pact largely funded by Ana Velt.", "Ana Velt", ""},
		{notes.Actor, "The Kesh charter was drafted by Ana Velt and has lasted since.", "Ana Velt", "Who drafted the Kesh charter?"},
		{notes.Actor, "In 1980, Iraq invaded Iran.", "Iraq", ""}, // an opener needs two words after it
		{notes.Actor, "The war began when Iraq invaded Iran.", "Iraq", ""},
		// the comma before a participle phrase stays with the verb
		{notes.Date, "In May 1921, the duke resigned, selling all his land.", "May 1921", "When did the duke resign, selling all his land?"},
		{notes.Date, "In May 1921, the duke resigned and sold all his land.", "May 1921", "When did the duke resign and sell all his land?"},
		// a perfect keeps its auxiliary, past an adverb and for "become"
		{notes.Cause, "The guild's treasury has become larger due to the tolls.", "the tolls", "Why has the guild's treasury become larger?"},
		{notes.Cause, "The Kesh guild has often been called greedy due to its tolls.", "its tolls", "Why has the Kesh guild often been called greedy?"},
		{notes.Cause, "The salt found on the quay was taxed due to a new law.", "a new law", "Why was the salt found on the quay taxed?"},
		// a second opener that tells which event the date is of stays
		{notes.Date, "In 1201, under the Charter of Kesh, Ana Velt became governor of the port.", "1201", "In what year did Ana Velt become governor of the port under the Charter of Kesh?"},
		{notes.Date, "In 1201, after this defeat, Ana Velt became governor of the port.", "1201", "In what year did Ana Velt become governor of the port?"},
		// an opener's date that belongs to a thing of its own is not the clause's
		{notes.Date, "In the wake of the flood at Kesh on May 3, 1201, the guild raised the tolls.", "May 3, 1201", ""},
		{notes.Date, "In early May 1201, the guild raised the tolls.", "May 1201", "When did the guild raise the tolls?"},
		{notes.Date, "The guild backed the rebels during the 1190s.", "1190s", ""}, // a span, not a moment
		// a date after a participle that shortens a clause of its own is that clause's
		{notes.Date, "The court struck down two laws passed in Kesh in 1201.", "1201", ""},
		{notes.Date, "The port was run by the Velt guild, a company founded in 1201 by Ana Velt.", "1201", ""},
		{notes.Date, "The port was run by the Velt guild in 1201.", "1201", "In what year was the port run by the Velt guild?"},
		// a year that ends a name is the name's
		{notes.Date, "Under the Harbour Act 1201, the guild was granted the quay.", "1201", ""},
		{notes.Date, "The guild was granted the quay on Midsummer Day 1201.", "1201", "In what year was the guild granted the quay on Midsummer Day?"},
		// asked why, the question ends where the cause did
		{notes.Cause, "The quay was safe due to its walls, allowing the guild to trade.", "its walls", "Why was the quay safe?"},
		{notes.Cause, "The guild chose Kesh due to its quay that needed no dredging.", "its quay", "Why did the guild choose Kesh?"},
		{notes.Cause, "The guild fell not due to the tolls, but due to the flood.", "the tolls", ""}, // the cause denied
		// a second verb the question's auxiliary cannot carry
		{notes.Date, "In 1201, Ana Velt was elected reeve and became governor.", "1201", ""},
		{notes.Date, "In 1201, the guild shot and killed the pirate Tobin Aster.", "1201", "In what year did the guild shoot and kill the pirate Tobin Aster?"},
		{notes.Date, "In 1201, the guild shot and killed 40 pirates off Kesh.", "1201", ""},
		{notes.Date, "In 1201, the charter was written and signed.", "1201", "In what year was the charter written and signed?"},
		{notes.Cause, "The loss of the fleet was largely due to a storm.", "a storm", ""},                         // the cause was the whole predicate
		{notes.Cause, "The guild moved to Kesh, later growing rich due to the salt trade.", "the salt trade", ""}, // the cause of the clause after the comma
		{notes.Date, "The guild opened the quay in 1201 but closed it to ships.", "1201", ""},                     // "but": which verb is dated?
		{notes.Date, "The quay began to silt up before the harbour did, specifically in 1201.", "1201", "In what year did the quay begin to silt up before the harbour did?"},
		// no subject starts on "To" or "which": an opener was not recognised
		{notes.Date, "To settle the debt, the guild sold its ships in 1921.", "1921", ""},
		// a verb inside a relative clause of the subject is not the sentence's
		{notes.Cause, "An incident where a Kesh ship ran aground at Tarn due to a storm.", "a storm", ""},
		{notes.Cause, "A Kesh ship ran aground at Tarn due to a storm.", "a storm", "Why did a Kesh ship run aground at Tarn?"},
		// asked why, the cause must end its clause: a span cut short would
		// leave its rest in the question, a second predicate goes unasked
		{notes.Cause, "Ana Velt did not moor at the quay due to loud music coming from it.", "loud music coming", ""},
		{notes.Cause, "Ana Velt did not moor at the quay due to loud music.", "loud music", "Why did Ana Velt not moor at the quay?"},
		{notes.Cause, "The chest looked old due to a few stains and was sold at Tarn.", "a few stains", ""},
		{notes.Cause, "The chest looked old due to a few stains; it was sold at Tarn.", "a few stains", "Why did the chest look old?"},
		// a cause after a clause of its own is that clause's
		{notes.Cause, "Tobin recounted how Orrin would leave the quay crying due to his debts.", "his debts", ""},
		{notes.Cause, "Tobin held the shares months before the guild announced its ruin due to fraud.", "fraud", ""},
		{notes.Cause, "The guild removed Orrin from the list after 1201 due to a lack of evidence.", "a lack of evidence", "Why did the guild remove Orrin from the list after 1201?"},
		{notes.Cause, "In a town where the guild rules, Tobin left the quay due to the tolls.", "the tolls", "Why did Tobin leave the quay?"},
		// the auxiliary inverted was a clause's inside the subject: the
		// sentence's copula is left behind
		{notes.Cause, "The best reason Tobin has given for the toll is the silt of the river due to the floods.", "the floods", ""},
		{notes.Cause, "The Kesh guild thought the quay was unsafe due to the floods.", "the floods", "Why did the Kesh guild think the quay was unsafe?"},
		// a verb of saying in the present: findVerb reads the reported clause's
		{notes.Cause, "The Kesh guild believes a new quay is essential due to the silt.", "the silt", ""},
		{notes.Cause, "Tobin claims the chest has value due to its stains.", "its stains", ""},
		{notes.Date, "Orrin suggests the guild was founded in 1201.", "1201", ""},
		{notes.Cause, "The member states were fined due to the silt.", "the silt", "Why were the member states fined?"},
		// a name and its version number keep the name's capital, a hedge
		// before a figure does not
		{notes.Date, "Tarnscript 3 was released in March 1612.", "March 1612", "When was Tarnscript 3 released?"},
		{notes.Date, "Python 3 was released in December 2008.", "December 2008", "When was Python 3 released?"},
		{notes.Date, "Most ships were sold in March 1612.", "March 1612", "When were most ships sold?"},
		// an outline's passive, its "was" left out, is asked as a passive
		{notes.Date, "Guild of Orrin banned in March 1612", "March 1612", "When was Guild of Orrin banned?"},
		{notes.Date, "Council leader Tobin Aster executed January 1613", "January 1613", "When was council leader Tobin Aster executed?"},
		{notes.Date, "Treaty of Orrin signed 1615, ending the rising", "1615", "In what year was Treaty of Orrin signed?"},
		{notes.Date, "300 salt traders exiled by the council in 1613", "1613", "In what year were 300 salt traders exiled by the council?"},
		{notes.Actor, "Guild of Orrin banned in March 1612", "Guild of Orrin", ""},
		// ... not a verb with its object, one that goes without, or a
		// reduced relative before the sentence's own verb
		{notes.Date, "Ana Velt founded the guild in 1201.", "1201", "In what year did Ana Velt found the guild?"},
		{notes.Date, "Ana Velt signed with the guild in 1201.", "1201", "In what year did Ana Velt sign with the guild?"},
		{notes.Date, "The quay opened in 1201.", "1201", "In what year did the quay open?"},
		{notes.Actor, "Ana Velt banned the salt tax in 1612.", "Ana Velt", "Who banned the salt tax in 1612?"},
		{notes.Date, "The quay built in 1201 by Ana Velt still stands", "1201", ""},
		{notes.Date, "The quay built in 1201 by Ana Velt still stands.", "1201", ""},
		{notes.Date, "The quay built in 1201 by Ana Velt was closed in 1290.", "1201", ""},
		{notes.Date, "Ana Velt built the quay in 1201 and still owns it.", "1201", ""},
		{notes.Date, "Ana Velt built the quay in 1201 and sold it to Tobin.", "1201", "In what year did Ana Velt build the quay and sell it to Tobin?"},
		{notes.Date, "Ana Velt bought salt and furs in 1201.", "1201", "In what year did Ana Velt buy salt and furs?"},
		{notes.Date, "Ana Velt stated in 1201 that the guild owns the quay and follows the charter.", "1201", "In what year did Ana Velt state that the guild owns the quay and follows the charter?"},
		{notes.Date, "The guild pressed Kesh traders to cut salt exports in 1201.", "1201", "In what year did the guild press Kesh traders to cut salt exports?"},
		{notes.Date, "In 1201 Ana Velt built the quay that Tobin owns.", "1201", "In what year did Ana Velt build the quay that Tobin owns?"},
		{notes.Date, "Salt tax abolished in 1620 by the guilds of Kesh", "1620", "In what year was salt tax abolished by the guilds of Kesh?"},
	} {
		f := fact(tt.kind, "", tt.sentence, tt.ans)
		sp, _ := locate(f)
		q, _, ok := qaRaw(f, plainSpan(sp), newLexicon([]*notes.Fact{&f}))
		if q != tt.want || ok != (tt.want != "") {
			t.Errorf("qaRaw(%q, %q) = %q, %v; want %q", tt.sentence, tt.ans, q, ok, tt.want)
		}
	}
}

// TestPopulationQuestionHedges checks that a rounded figure is asked as
// an approximate population and a bounded or exact one as the population.
func TestPopulationQuestionHedges(t *testing.T) {
	for _, tt := range []struct{ sentence, ans, want string }{
		{"Vela has a population of about 2 million.", "about 2 million", "What is the approximate population of Vela?"},
		{"Vela, with a population close to 40 million, trades salt.", "close to 40 million", "What is the approximate population of Vela?"},
		{"Vela had a population of roughly 300,000 in 1201.", "roughly 300,000", "What was the approximate population of Vela in 1201?"},
		{"Vela has a population of over 2 million.", "over 2 million", "What is the population of Vela?"},
		{"Vela has a population of 2.4 million.", "2.4 million", "What is the population of Vela?"},
	} {
		f := fact(notes.Population, "Vela", tt.sentence, tt.ans)
		sp, _ := locate(f)
		q, _, ok := qaRaw(f, plainSpan(sp), newLexicon([]*notes.Fact{&f}))
		if q != tt.want || !ok {
			t.Errorf("qaRaw(%q, %q) = %q, %v; want %q", tt.sentence, tt.ans, q, ok, tt.want)
		}
		if !populationAsked(q) {
			t.Errorf("populationAsked(%q) = false", q)
		}
	}
}

// TestPopulationOfAPerson: a population the sentence gives for a person's
// town is not asked of the person.
func TestPopulationOfAPerson(t *testing.T) {
	for _, tt := range []struct{ sentence, subject, ans, want string }{
		{"Tobin Aster, known for his stride, grew up in Vela, a small town with a population of only a thousand people.",
			"Tobin Aster", "only a thousand people", ""},
		{"Vela, known for its salt, has a population of about 2 million.", "Vela", "about 2 million", "What is the approximate population of Vela?"},
	} {
		f := fact(notes.Population, tt.subject, tt.sentence, tt.ans)
		sp, _ := locate(f)
		q, _, ok := qaRaw(f, plainSpan(sp), newLexicon([]*notes.Fact{&f}))
		if q != tt.want || ok != (tt.want != "") {
			t.Errorf("qaRaw(%q, %q) = %q, %v; want %q", tt.sentence, tt.ans, q, ok, tt.want)
		}
	}
}

// TestStrongReader checks the strong subjects a strongReader tells as it
// reads facts in order, and their normal forms, against strongSubject and
// answer.Normalize asked of each fact alone: subjects that are the title
// or a heading, padded with spaces, repeated under a new heading path, and
// a note that comes back after another. The reader is given every fact,
// and every second and third (Generate's first pass reads only the facts
// its cheaper gates let through).
func TestStrongReader(t *testing.T) {
	s := "The guild of Kesh signed the treaty in 1201."
	local := []notes.Fact{
		fact(notes.Date, "The guild of Kesh", s, "1201", "Treaty"),
		fact(notes.Date, "The guild of Kesh", s, "1201", "Guild of Kesh"),
		fact(notes.Date, " Tobin Aster ", s, "1201", "Guild of Kesh"),
		fact(notes.Date, "Tobin Aster", s, "1201", "Guild of Kesh", "Tobin Aster"),
		fact(notes.Date, "Treaty", s, "1201", "Treaty", "Terms"),
		fact(notes.Date, "The rise and fall of Atlantis", s, "1201", "Terms"),
		fact(notes.Date, "Kesh history", s, "1201", "Terms"),
		fact(notes.Date, "Kesh", s, "1201"),
	}
	other := fact(notes.Date, "Kesh", s, "1201", "Kesh")
	other.Note, other.Title = "other.md", "Kesh"
	local = append(local, other, local[0], local[2])
	lx := &lexicon{}
	for _, facts := range [][]*notes.Fact{factRefs(local), liftLabels(sharedFacts(t))} {
		for step := 1; step <= 3; step++ {
			var r strongReader
			var last sentenceReading
			strong, read := 0, 0
			for i := 0; i < len(facts); i += step {
				f := *facts[i]
				got := r.read(&f, &last)
				normRead := last.subjectOK && last.subject == f.Subject // what the reader normalised
				norm := last.subjectNorm
				if want := lx.strongSubject(f); got != want {
					t.Errorf("step %d, fact %d, subject %q under %q %q: strong %v, want %v", step, i, f.Subject, f.Title, f.Heading, got, want)
				}
				if got {
					strong++
				}
				if normRead {
					read++
				}
				if want := answer.Normalize(f.Subject); normRead && norm != want {
					t.Errorf("step %d, fact %d, subject %q: normal form %q, want %q", step, i, f.Subject, norm, want)
				}
			}
			if strong == 0 || read == 0 || strong == (len(facts)+step-1)/step {
				t.Errorf("step %d: %d strong subjects of %d facts, %d read: nothing told apart", step, strong, len(facts), read)
			}
		}
	}
}

func TestPopulationShaped(t *testing.T) {
	tests := []struct {
		left, ans, right string
		want             bool
	}{
		{"Kesh has a population of ", "about 2 million", ".", true},
		{"The Kesh Valley is home to ", "about 2.4 million people", ".", true},
		{"Orrin counts ", "40,000", " inhabitants.", true},
		{"Kesh sends ", "100,000", " of its citizens abroad each year.", false},
		{"The residents of Orrin, with a population of only ", "700 people", ", came out.", true},
		{"Gaza is crowded: over ", "2 million people", " live there.", true},
		{"The bank lent to 10 million women, impacting ", "over 44 million people", ", or a quarter of the country's population.", false},
		{"Kesh's plan serves ", "seven", " life events of its citizens.", false},
	}
	for _, tt := range tests {
		if got := populationShaped(span{left: tt.left, ans: tt.ans, right: tt.right}); got != tt.want {
			t.Errorf("populationShaped(%q|%q|%q) = %v, want %v", tt.left, tt.ans, tt.right, got, tt.want)
		}
	}
}

func TestSubjectNamed(t *testing.T) {
	tests := []struct {
		subject, left string
		want          bool
	}{
		{"The Kesh Valley", "The Kesh Valley is home to ", true}, // named by the sentence, though it is the title
		{"Kesh Valley", "It is home to ", false},                 // the title, guessed
		{"Kesh's economy", "Kesh's economy supports ", false},    // a thing of the place
	}
	for _, tt := range tests {
		f := notes.Fact{Subject: tt.subject}
		if got := subjectNamed(f, span{left: tt.left}); got != tt.want {
			t.Errorf("subjectNamed(%q, %q) = %v, want %v", tt.subject, tt.left, got, tt.want)
		}
	}
}

// TestNamesAThing: a heading's common noun or a phrase in small letters
// cannot stand for "it" in a question; a name can.
func TestNamesAThing(t *testing.T) {
	f := fact(notes.Date, "Kesh", "The advantages of the port were many in 1201.", "1201")
	lx := newLexicon([]*notes.Fact{&f})
	for subject, want := range map[string]bool{
		"Advantages":        false, // written small in the note
		"mid-harbour Tolls": false,
		"Treaty of Kesh":    true,
		"Kesh":              true,
	} {
		if got := namesAThing(subject, lx); got != want {
			t.Errorf("namesAThing(%q) = %v, want %v", subject, got, want)
		}
	}
}

// TestResponseCued checks that responseCued finds what responseCue
// finds in the openers or the joined heading path, and nothing else.
func TestResponseCued(t *testing.T) {
	texts := []string{"", "In reply,", "In response to the flood,", "REACTING quickly,", "The guild retaliated,",
		"in return", "It countered,", "Reactor", "reſponse", "responsibly", "Overreacted", "In", "Return of the guild",
		"café respond", "It returned"}
	for _, dropped := range texts {
		for _, heading := range [][]string{nil, {"Kesh"}, {"History", "In"}, {"Return"}, {"The guild's response"}, {"Trade", "Guild reactions"}, {"Grain given in", "return for wool"}} {
			want := responseCue.MatchString(dropped) || responseCue.MatchString(strings.Join(heading, " "))
			if got := responseCued(dropped, heading); got != want {
				t.Errorf("responseCued(%q, %q) = %v, want %v", dropped, heading, got, want)
			}
		}
	}
}

// TestResponseQuestion asks a response by what it answers when the
// section it is told in sits under one naming an event, and not at all
// for what was not done.
func TestResponseQuestion(t *testing.T) {
	s := "In response, Kesh closed its ports to Vela and expelled all its merchants."
	ans := "closed its ports to Vela and expelled all its merchants"
	for _, tt := range []struct {
		sentence, ans string
		heading       []string
		want          string
	}{
		{s, ans, []string{"The Vela Raids", "Kesh's Response"}, "How did Kesh respond to the Vela raids?"},
		{s, ans, []string{"Cyber Attacks", "Reactions and Responses"}, "How did Kesh respond to the cyber attacks?"},
		{s, ans, []string{"Responses"}, "How did Kesh respond?"},                // nothing above names an event
		{s, ans, []string{"Trade", "Kesh's Response"}, "How did Kesh respond?"}, // "Trade" is no event
		{s, ans, []string{"The Raids: Causes and Aftermath", "Responses"}, "How did Kesh respond?"},
		{"In response, Kesh did not close its ports to Vela.", "did not close its ports to Vela", []string{"The Vela Raids", "Responses"}, ""},
		{"In response, Kesh never replied to Vela.", "never replied to Vela", []string{"The Vela Raids", "Responses"}, ""},
	} {
		f := fact(notes.Response, "Kesh", tt.sentence, tt.ans, tt.heading...)
		sp, _ := locate(f)
		q, _, ok := qaRaw(f, plainSpan(sp), newLexicon([]*notes.Fact{&f}))
		if q != tt.want || ok != (tt.want != "") {
			t.Errorf("qaRaw(%q under %v) = %q, %v; want %q", tt.ans, tt.heading, q, ok, tt.want)
		}
	}
}

// A question whose "it" follows a doer named alone has lost what "it"
// stood for; one that names a thing before "it", or whose "it" opens a
// clause of its own, has not.
func TestItWithoutReferent(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"In what year did Vela Orrin annex it and convert it into a memorial?", true},
		{"When did the Kesh Guild sell it to the Tobin family?", true},
		{"In what year did Orrin buy it?", true},
		{"In what year did Vela Orrin annex the temple and convert it into a memorial?", false},
		{"In what year did Kesh violate the treaty by revealing it had a fleet?", false},
		{"In what year did Kesh announce it would build a second dock?", false},
		{"In what year did Ana Velt first invest in Kesh when the market undervalued it?", false},
		{"When did it become part of Vela?", false},
		{"What did Tobin call it?", true},
	} {
		if got := itWithoutReferent(tt.q); got != tt.want {
			t.Errorf("itWithoutReferent(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
	// and the question of such a sentence scores lower than one naming the thing
	conf := func(s string) float64 {
		f := fact(notes.Date, "Vela Orrin", s, "1632", "Claims")
		sp, _ := locate(f)
		q, c, ok := qaRaw(f, plainSpan(sp), newLexicon([]*notes.Fact{&f}))
		if !ok {
			t.Fatalf("no question for %q", s)
		}
		_, c, ok = qaChecked(q, c, f, sp)
		if !ok {
			t.Fatalf("question %q rejected", q)
		}
		return c
	}
	it := conf("According to the plea, Vela Orrin annexed it in 1632 and converted it into a memorial.")
	named := conf("According to the plea, Vela Orrin annexed the temple in 1632 and converted it into a memorial.")
	if it > named-0.25 {
		t.Errorf("confidence with a bare \"it\" %.2f, naming the temple %.2f: want 0.3 lower", it, named)
	}
}

// "It" stands for the subject a list label names, word by word: a name of
// several words keeps its capital ("Why has Vela Air ...", not "vela Air").
func TestItAsLabelSubjectKeepsCapital(t *testing.T) {
	f := fact(notes.Cause, "Vela Air", "It has performed well even during crises due to its low costs.", "its low costs", "Airlines") // the subject from a list label
	sp, _ := locate(f)
	q, _, ok := qaRaw(f, plainSpan(sp), newLexicon([]*notes.Fact{&f}))
	if want := "Why has Vela Air performed well even during crises?"; !ok || q != want {
		t.Errorf("qaRaw = %q, %v; want %q", q, ok, want)
	}
}

func TestReportsInSubject(t *testing.T) {
	lx := newLexicon(noteFacts("The guild taxed the member states of Kesh.", "Seth Velt sold salt."))
	for _, tt := range []struct {
		subject string
		want    bool
	}{
		{"The Kesh guild believes a new quay", true},
		{"Seth claims the chest", true},
		{"Member states", false}, // "member" is written small: a noun
		{"The guild's claims", false},
		{"She notes the quay", true},
		{"The Kesh guild", false},
		{"Orrin's notes", false},
		{"Orrin read his notes", false},
		{"The Kesh Academy of Sciences suggests Tarn", true},
	} {
		if got := reportsInSubject(strings.Fields(tt.subject), lx); got != tt.want {
			t.Errorf("reportsInSubject(%q) = %v, want %v", tt.subject, got, tt.want)
		}
	}
}

func TestCauseOfInnerClause(t *testing.T) {
	for _, tt := range []struct {
		left string
		want bool
	}{
		{"Tobin recounted how Orrin would leave the quay crying", true},
		{"Tobin held the shares months before the guild announced its ruin", true},
		{"The guild fixed problems where a ship ran aground", true},
		{"Tobin asked whether the quay was safe", true},
		{"The guild removed Orrin from the list after 1201", false},
		{"Kesh once declared the quay closed", false},
		{"Tobin left the quay before dawn", false},
	} {
		if got := causeOfInnerClause(tt.left); got != tt.want {
			t.Errorf("causeOfInnerClause(%q) = %v, want %v", tt.left, got, tt.want)
		}
	}
}

// "It" after a list's plural topic ("Fever Names: Kesh fever, Vela ague.
// It is called ...") stands for something the sentence before named: no
// card reads "Fever Names is called ...". A name's "it" is still resolved.
func TestItNotAPluralTopic(t *testing.T) {
	facts := []notes.Fact{
		fact(notes.Definition, "Fever Names", "It is called Vela ague because it is common along the Vela coast.", "Vela ague", "Fevers"),
		fact(notes.Date, "Vela Air", "It began flying to Kesh in 1987.", "1987", "Airlines"),
		fact(notes.Date, "Kesh", "The guild gave new names to the three harbour fevers in 1902.", "1902", "Fevers"),
	}
	cards := Generate(facts, Options{MinScore: 0.3})
	resolved := false
	for _, c := range cards {
		if strings.Contains(c.Question, "Fever Names") {
			t.Errorf("%s card reads the topic as the subject: %q", c.Type, c.Question)
		}
		resolved = resolved || strings.Contains(c.Question, "Vela Air began flying")
	}
	if !resolved {
		t.Errorf("no card resolves a name's \"it\"; got %d cards", len(cards))
	}
}

// A note that never writes the plural in small letters still shows it is
// a list's field when its facts take it as their subject under two
// sections ("Fever Names" under each fever): "it" is not read as it.
func TestItNotAFieldLabel(t *testing.T) {
	facts := []notes.Fact{
		fact(notes.Definition, "Fever Names", "It is called Vela ague because it is common along the Vela coast.", "Vela ague", "Fevers", "Vela Fever"),
		fact(notes.Definition, "Fever Names", "It is called Tarn chill because it strikes in the Tarn winter.", "Tarn chill", "Fevers", "Tarn Fever"),
		fact(notes.Date, "Vela Air", "It began flying to Kesh in 1987.", "1987", "Airlines"),
	}
	for _, c := range Generate(facts, Options{MinScore: 0.3}) {
		if strings.Contains(c.Question, "Fever Names") {
			t.Errorf("%s card reads the field as the subject: %q", c.Type, c.Question)
		}
	}
	ptrs := func(fs []notes.Fact) []*notes.Fact {
		var out []*notes.Fact
		for i := range fs {
			out = append(out, &fs[i])
		}
		return out
	}
	note := facts[0].Note
	if !pluralTopic("Fever Names", note, newLexicon(ptrs(facts))) {
		t.Error("a plural subject under two sections is no field")
	}
	if pluralTopic("Fever Names", note, newLexicon(ptrs(facts[:1]))) {
		t.Error("a plural subject under one section, never written small, was taken for a field")
	}
}

// TestCommonLooking: a word that opens a sentence and that no note writes
// elsewhere is read as a common word by its ending or as one of the plain
// words of history and science, else as a name.
func TestCommonLooking(t *testing.T) {
	for w, want := range map[string]bool{
		"inflation": true, "unemployment": true, "fighting": true, "farmers": true, "penicillin": true, "radium": true,
		"smallpox": true, "glucose": true, "oxygen": true, "war": true, "trade": true, "early": true, "finally": true,
		"intel": false, "uber": false, "twitter": false, "nokia": false, "daewoo": false, "careerbuilder": false,
	} {
		if got := commonLooking(w); got != want {
			t.Errorf("commonLooking(%q) = %v, want %v", w, got, want)
		}
	}
}
