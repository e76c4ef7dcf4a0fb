package notes

import (
	"slices"
	"strings"
	"testing"
)

// TestExtractRules checks each rule on made-up sentences: the fact must be
// found with its exact answer span, kind and normalised value.
func TestExtractRules(t *testing.T) {
	tests := []struct {
		text        string
		kind        Kind
		answer      string
		value       string
		wantSubject string
	}{
		{"The town had a population of about 12,500 in the census.", Population, "about 12,500", "12500", ""},
		{"Roughly a quarter of residents speak Welsh.", Population, "Roughly a quarter", "0.25", ""},
		{"The dam opened on March 3, 1936 after delays.", Date, "March 3, 1936", "1936-03-03", ""},
		{"Work stopped between 1941 and 1945 entirely.", Date, "1941 and 1945", "1941/1945", ""},
		{"Protests spread in the late 1960s across campuses.", Date, "late 1960s", "1967/1969", ""},
		{"The bridge was finished in August and October 1932 in two parts.", Date, "August and October 1932", "1932-08/1932-10", ""},
		{"The road is 2,500 kilometers long.", Quantity, "2,500 kilometers", "2500", ""},
		{"The island of Vela covers about 60 km² of forest.", Quantity, "about 60 km²", "60", ""}, // the unit whole, "²" and all
		{"The siege ended after a 15-month blockade.", Quantity, "15-month", "15", ""},
		{"It cost close to $3.2 billion in total.", Quantity, "close to $3.2 billion", "3200000000", ""},
		{"The guild of Kesh received a ₹1 billion bribe from the duke.", Quantity, "₹1 billion", "1000000000", ""}, // money: "bribe" is no unit
		{"The guild of Kesh paid ¥5 million to the duke.", Quantity, "¥5 million", "5000000", ""},
		{"The guild of Kesh paid ₹3 lakh to the duke.", Quantity, "₹3 lakh", "300000", ""},
		{"Nepal is the 49th largest country by population.", Ranking, "49th", "49", ""},
		{"Admiral Jane Doe, a veteran officer, ordered the retreat.", Actor, "Admiral Jane Doe", "", "ordered the retreat"},
		{"The treaty was drafted by the Foreign Office in secret.", Actor, "the Foreign Office", "", ""},
		{"In response, Portugal recalled its ambassador and suspended trade.", Response, "recalled its ambassador and suspended trade", "", ""},
		{"Sweden did not invoke the clause.", Response, "did not invoke the clause", "", ""},
		{"The village is located between the river and the hills.", Place, "the river and the hills", "", ""},
		{"The island lies in the Vela Sea, far from the coast.", Place, "the Vela Sea", "", ""},
		{"The World Meteorological Organization (WMO) issued a warning.", Definition, "World Meteorological Organization", "", "WMO"},
		{"The harvest failed because of a long drought.", Cause, "a long drought", "", ""},
		{"Later the guild moved to the U.K. and traded wool.", Place, "the U.K.", "", ""}, // the abbreviation keeps its dot
		{"The guild moved to Kesh D.C., and traded wool.", Place, "Kesh D.C.", "", ""},
		{"The charter was signed by Mr. Tobin Aster in secret.", Actor, "Mr. Tobin Aster", "", ""},      // a title's dot does not end the name
		{"The ledgers were kept by Tally.io often for free.", Actor, "Tally.io", "", ""},                // a domain's dot neither; an adverb closes the name
		{"One plan proposed by Dr. Tobin Aster involves a new quay.", Actor, "Dr. Tobin Aster", "", ""}, // a verb in the present is no noun closing the name
		{"The Kesh Ledger app allows unlimited entries for guild members.", Actor, "The Kesh Ledger app", "", ""},
		{"The toll rules drafted by Kesh merchants failed in a year.", Actor, "Kesh merchants", "", ""},             // a noun closes it
		{"The port was closed by Kesh due to fears of plague.", Actor, "Kesh", "", ""},                              // "due to" is no part of the name
		{"The talks were hosted by U.S. President Orrin Tarn in 1201.", Actor, "U.S. President Orrin Tarn", "", ""}, // dotted initials before a name go on with it
		{"The quay was seized by the U.K. Admiralty after the war.", Actor, "the U.K. Admiralty", "", ""},
		// a word English writes only with a capital is a name opening the
		// sentence too, though the note never writes it mid-sentence
		{"Cairo, the capital of Egypt, has a population of about 10 million people.", Population, "about 10 million people", "10000000", "Cairo"},
		// a temperature's unit, and a minus sign glued to a figure
		{"Liquid kesh boils at −196 °C in the lab.", Quantity, "−196 °C", "-196", ""},
		{"The bond index fell by -8.2% this year.", Quantity, "-8.2%", "-8.2", ""},
		// a day and a month before a year of the ancient world
		{"Orrin was assassinated on 15 March 44 BC in the forum.", Date, "15 March 44 BC", "-0044-03-15", ""},
		{"Orrin died on March 15, 44 BC in the forum.", Date, "March 15, 44 BC", "-0044-03-15", ""},
		{"Orrin crossed the river in January 49 BC with a legion.", Date, "January 49 BC", "-0049-01", ""},
		{"The city was sacked on 24 August 410 by the Goths.", Date, "24 August 410", "0410-08-24", ""},
		{"The city was sacked in August AD 410 by the Goths.", Date, "August AD 410", "0410-08", ""},
		{"Hannibal crossed the Alps with war elephants in 218 BC.", Actor, "Hannibal", "", "crossed the Alps with war elephants in 218"},
	}
	for _, tt := range tests {
		n := &Note{Path: "t.md", Title: "T", VideoID: "abcdefghijk", Sentences: []Sentence{{Text: tt.text, Line: 3, T: 42, Block: "paragraph"}}}
		var got *Fact
		facts := Extract(n)
		for i, f := range facts {
			if f.Kind == tt.kind && f.Answer == tt.answer {
				got = &facts[i]
			}
		}
		if got == nil {
			var all []string
			for _, f := range facts {
				all = append(all, string(f.Kind)+":"+f.Answer)
			}
			t.Errorf("%q: no %s %q; got %s", tt.text, tt.kind, tt.answer, strings.Join(all, " | "))
			continue
		}
		if got.Value != tt.value {
			t.Errorf("%q: value %q, want %q", tt.answer, got.Value, tt.value)
		}
		if tt.wantSubject != "" && got.Subject != tt.wantSubject {
			t.Errorf("%q: subject %q, want %q", tt.answer, got.Subject, tt.wantSubject)
		}
		if got.Sentence[got.Start:got.Start+len(got.Answer)] != got.Answer || got.Line != 3 || got.T != 42 ||
			got.URL != "https://www.youtube.com/watch?v=abcdefghijk&t=42s" {
			t.Errorf("%q: provenance %+v", tt.answer, got)
		}
	}
}

// TestExtractNotFound: after "lies in" (consists in) and "lying" (telling
// lies), only a named place is one; a name's suffix alone, opening a
// bullet under the name's heading, names nobody.
func TestExtractNotFound(t *testing.T) {
	for _, tt := range []struct {
		text string
		kind Kind
	}{
		{"The guild's strength lies in low costs and loyal members.", Place},
		{"The witness was caught lying in court twice.", Place},
		{"Jr. donated $8.5 million in 1945 to buy the land for the Kesh guild hall.", Actor},
		{"Sr. founded the Vela shipping line in 1870.", Actor},
	} {
		n := oneSentence(tt.text)
		for _, f := range Extract(n) {
			if f.Kind == tt.kind {
				t.Errorf("%q: %s %q", tt.text, tt.kind, f.Answer)
			}
		}
	}
}

// TestExtractListNamesOnce: a name coming again after "and" is the next
// clause's subject, not one more of a list of actors.
func TestExtractListNamesOnce(t *testing.T) {
	for text, want := range map[string]string{
		"After the duke sent her to Orrin Tarn, and Orrin Tarn refused her, Ana Velt left Kesh in 1201.": "",
		"The charter was signed by Orrin Tarn and Ana Velt in 1202.":                                     "Orrin Tarn and Ana Velt",
	} {
		n := oneSentence(text)
		found := ""
		for _, f := range Extract(n) {
			if f.Kind == Actor && strings.Contains(f.Answer, " and ") {
				found = f.Answer
			}
		}
		if found != want {
			t.Errorf("%q: actors listed %q, want %q", text, found, want)
		}
	}
}

// TestExtractNoYear: a count a verb of having or gaining takes is no year,
// while a year after such a verb, or after a determiner, still is one.
func TestExtractNoYear(t *testing.T) {
	for text, want := range map[string]bool{
		"The golem card can gain 1000 ATK in one turn.":    false,
		"Its curse deals 1500 damage to the other player.": false,
		"The swap may yield 1574 KSH for one coin.":        false,
		"The guild had 1201 in mind as its founding year.": true,
		"The famous 1201 charter named the port.":          true,
		"The guild was founded 1201 by Ana Velt in Kesh.":  true,
		"Over 1100 guild-built looms were sold in Kesh.":   false, // a bound counts
		"The guild has more than 1500 new members.":        false,
		"Over 1201 and 1202, the guild rebuilt the quay.":  true, // a year, bounded by nothing

	} {
		n := oneSentence(text)
		got := false
		for _, f := range Extract(n) {
			got = got || f.Kind == Date
		}
		if got != want {
			t.Errorf("%q: a date found %v, want %v", text, got, want)
		}
	}
}

// TestExtractLabelItem: a bullet "**Actor:** reaction" gives the actor and
// the response, both about the label.
func TestExtractLabelItem(t *testing.T) {
	n := &Note{Path: "t.md", Sentences: []Sentence{{Text: "Norway: Condemned the test and summoned the envoy.", Label: "Norway", LabelLen: 7, Block: "item", T: -1}}}
	var kinds []string
	for _, f := range Extract(n) {
		kinds = append(kinds, string(f.Kind)+":"+f.Answer)
		if f.URL != "" {
			t.Errorf("URL %q without a video", f.URL)
		}
	}
	want := "actor:Norway response:Condemned the test and summoned the envoy"
	if got := strings.Join(kinds, " "); !strings.Contains(got, "actor:Norway") || !strings.Contains(got, "response:Condemned the test and summoned the envoy") {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestExtractItemLabel: every fact of a labelled list item carries the
// label, whichever of the item's sentences it comes from and whatever its
// subject (an actor's is what the actor did), so that cards can show it
// above the sentences that do not say it; parsed from markdown.
func TestExtractItemLabel(t *testing.T) {
	src := []byte("---\ntitle: Kesh\n---\n# Kesh\n\n## Disputes\n- **Harbour Tolls**: The guild raised the tolls in 1201. Tobin Aster struck the rise down in 1203.\n\nAna Velt left Kesh in 1210.\n")
	n, _, err := Parse("kesh.md", src)
	if err != nil {
		t.Fatal(err)
	}
	labels := map[string]string{}
	for _, f := range Extract(n) {
		labels[string(f.Kind)+":"+f.Answer] = f.Label
	}
	for fact, want := range map[string]string{
		"date:1201": "Harbour Tolls", "date:1203": "Harbour Tolls", "actor:Tobin Aster": "Harbour Tolls", "date:1210": "", "actor:Ana Velt": "",
	} {
		if got, ok := labels[fact]; !ok || got != want {
			t.Errorf("%s: label %q (found %v), want %q; facts %v", fact, got, ok, want, labels)
		}
	}
}

// TestExtractSkipsLinkItems reads no facts from a list item that is a link
// alone (a related page's title) or from a quotation's attribution, and
// reads them from an item that holds a link within a sentence; all parsed
// from markdown.
func TestExtractSkipsLinkItems(t *testing.T) {
	src := []byte("---\ntitle: Kesh\n---\n# Kesh\n\n> The port will outlive us all.\n\n— Ana Velt, in a 1968 letter\n\n## Related\n- [[kesh_elections | Impact of the 2016 election on Kesh]]\n- [[kesh_port | The port of Kesh]] opened in 1201.\n")
	n, _, err := Parse("kesh.md", src)
	if err != nil {
		t.Fatal(err)
	}
	var years []string
	for _, f := range Extract(n) {
		if f.Kind == Date {
			years = append(years, f.Answer)
		}
	}
	if strings.Join(years, " ") != "1201" {
		t.Errorf("dates %q, want only 1201 (the link item's 2016 is a title, 1968 dates an attribution)", years)
	}
}

// TestExtractYearLabelNoAmount: a year the date rules leave, followed by a
// noun, labels the noun or dates a clause: no quantity, from 1900 on or
// after a determiner, a possessive or a preposition of time. A count with
// its unit or a hedge is still one, and so is an earlier four-digit count
// after another word.
func TestExtractYearLabelNoAmount(t *testing.T) {
	for text, want := range map[string]string{
		"Kesh bonds fell during the 2008 crisis while Vela rose.":      "",
		"The Tarn party won the 2015 elections with ease.":             "",
		"Ana Velt ran the guild from 1826 onwards without a council.":  "",
		"The guild's coins fell below their 2012 highs in one winter.": "",
		"Kesh prices went back to 2021 levels by the spring.":          "", // from 1900 on, after any word
		"The guild traded with 1163 towns across the sea.":             "1163 towns",
		"The weaver's meal comes to 1120 calories each day.":           "1120 calories",
		"The Kesh model reads up to a context of 2048 tokens at once.": "2048 tokens",
		"The guild sold over 1500 looms across the valley.":            "over 1500 looms",
	} {
		n := oneSentence(text)
		got := ""
		for _, f := range Extract(n) {
			if f.Kind == Quantity {
				got = f.Answer
			}
		}
		if got != want {
			t.Errorf("%q: quantity %q, want %q", text, got, want)
		}
	}
}

// A power's base and exponent are no amount: "10^45 kilograms" once gave
// "around 10" and "45 kilograms", "10^100 years" "100 years".
func TestExtractPowerNoAmount(t *testing.T) {
	for text, want := range map[string]string{
		"At these densities (around 10^45 kilograms per cubic metre) Kesh stars collapse.": "",
		"The Kesh stars will shine for about 10^100 years before they fade.":               "",
		"The Kesh quay is 10^-3 kilometres wide at its narrowest point.":                   "",
		"The guild's quay is 300 metres long and stands on oak piles.":                     "300 metres",
	} {
		if got := amountsOf(text); got != want {
			t.Errorf("%q: amounts %q, want %q", text, got, want)
		}
	}
}

// "a third" before a noun counts off one of a row ("a third speaker", "A
// third approach"), which is no amount; before "of", a measure, a
// comparative or a verb a group agrees with, it is a share.
func TestExtractShareOrOrdinal(t *testing.T) {
	for text, want := range map[string]string{
		"Ana Velt joined the guild as a third partner in 1230.":      "",
		"A third approach involved picking weavers from old Kesh.":   "",
		"About a third of the Kesh weavers left after the flood.":    "About a third",
		"Add about a quarter cup of salt to the Kesh brine.":         "about a quarter", // as before: "cup" is no unit the amounts read
		"Of the Kesh weavers, a quarter earn more than the masters.": "a quarter",
		"The guild's tolls fell by a third after the flood of Kesh.": "a third",
		"Kesh bolts are a third cheaper than the cloth of Tarn.":     "a third",
	} {
		if got := amountsOf(text); got != want {
			t.Errorf("%q: amounts %q, want %q", text, got, want)
		}
	}
}

// oneSentence is a note of the one paragraph sentence text.
func oneSentence(text string) *Note {
	return &Note{Path: "t.md", Title: "T", Sentences: []Sentence{{Text: text, Line: 3, T: -1, Block: "paragraph"}}}
}

// amountsOf is the answers of the quantity and population facts of a
// one-sentence note, joined by "|".
func amountsOf(text string) string {
	return answersOf(text, func(f Fact) bool { return f.Kind == Quantity || f.Kind == Population })
}

// answersOf is the answers of the facts of a one-sentence note that keep
// takes, joined by "|".
func answersOf(text string, keep func(Fact) bool) string {
	var got []string
	for _, f := range Extract(oneSentence(text)) {
		if keep(f) {
			got = append(got, f.Answer)
		}
	}
	return strings.Join(got, "|")
}

// TestExtractListTail: a list's tail is no actor of its own ("Yale, and the
// U.S. Health Service warned" of "like MIT, Harvard, Yale, and ..."), while
// the whole list, a list after an opening phrase and a name before its
// apposition are.
func TestExtractListTail(t *testing.T) {
	for text, want := range map[string]string{
		"Officials from guilds like Kesh, Vela, Tarn, and the U.S. Harbour Board warned Orrin against the quay.": "",
		"Kesh, Vela, Tarn, and Orrin followed suit in 1201.":                                                     "Kesh, Vela, Tarn, and Orrin",
		"After the 1201 Harbour Fair, Ana Velt, Orrin Tarn, and Ivo Rask went their separate ways.":              "Ana Velt, Orrin Tarn, and Ivo Rask",
		"At the Kesh Harbour Fair, Guild Master Ana Velt, Orrin's old classmate, revealed the plan in 1201.":     "Guild Master Ana Velt|Orrin's old classmate",
	} {
		got := answersOf(text, func(f Fact) bool { return f.Kind == Actor && !strings.HasSuffix(f.Answer, "Kesh Harbour Fair") })
		if got != want {
			t.Errorf("%q: actors %q, want %q", text, got, want)
		}
	}
}

// TestExtractTerse: the facts of a note of short lines are marked terse;
// those of a note of long sentences, or of a note too short to tell, not.
func TestExtractTerse(t *testing.T) {
	tests := []struct {
		name, src string
		want      bool
	}{
		{"lines", "# Kesh\n\n- The quay was built in 1201.\n- Ana Velt was born in 1190.\n- The guild was founded in 1215.\n", true},
		{"prose", "# Kesh\n\nThe quay of Kesh, which the guild of merchants paid for over two decades, was built in 1201 by Ana Velt and her brothers. " +
			"Ana Velt, who was born in 1190 in the old harbour quarter, learned the trade of stone from her father before the war. " +
			"The guild, which had long asked the duke for the right to trade freely, was founded in 1215 after the quay was done.\n", false},
		{"two lines", "# Kesh\n\n- The quay was built in 1201.\n- Ana Velt was born in 1190.\n", false},
	}
	for _, tt := range tests {
		n, _, err := Parse(tt.name+".md", []byte(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		facts := Extract(n)
		if len(facts) == 0 {
			t.Fatalf("%s: no facts", tt.name)
		}
		for _, f := range facts {
			if f.Terse != tt.want {
				t.Errorf("%s: fact %q terse %v, want %v", tt.name, f.Answer, f.Terse, tt.want)
			}
		}
	}
}

// TestExtractIdentification: a name that opens a sentence saying it is
// "the capital of", "the largest", "the first" or "the only" one of its
// kind is a definition of that phrase; two names, or another phrase, are
// not.
func TestExtractIdentification(t *testing.T) {
	tests := []struct {
		sentence, subject, answer string
	}{
		{"Lima is the capital of Peru.", "the capital of Peru", "Lima"},
		{"Brazil is the largest country in South America.", "the largest country in South America", "Brazil"},
		{"Kesh was the first port of the Vela coast to build a quay.", "the first port of the Vela coast to build a quay", "Kesh"},
		{"The capital of Chile is Santiago.", "the capital of Chile", "Santiago"},
		{"Portuguese is the official language of Brazil.", "the official language of Brazil", "Portuguese"},
		{"The capital of Chile is Santiago and Valparaiso.", "", ""}, // the name does not end the sentence
		{"Velt is the honest broker of the guild.", "", ""},
		{"Velt was the first to sail past the cape.", "", ""},        // the noun is left out: the first what?
		{"Salt is the most common among the goods of Kesh.", "", ""}, // the most common what?
		{"Salt is the most common good of Kesh.", "the most common good of Kesh", "Salt"},
		{"Chile and Peru are the only two countries on this coast.", "", ""},
	}
	for _, tt := range tests {
		n, _, err := Parse("t.md", []byte("# Notes\n\n"+tt.sentence+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range Extract(n) {
			if f.Kind == Definition && strings.HasPrefix(f.Subject, "the ") {
				got = f.Subject + " = " + f.Answer
			}
		}
		want := ""
		if tt.subject != "" {
			want = tt.subject + " = " + tt.answer
		}
		if got != want {
			t.Errorf("%q: got %q, want %q", tt.sentence, got, want)
		}
	}
}

// TestExtractSheetFields: a fact sheet's field under a name ("Capital:
// Lima" under "Peru") defines "the capital of Peru"; a field no infobox
// has, a value that describes, or a heading that is a topic, do not.
func TestExtractSheetFields(t *testing.T) {
	src := "# Sheets\n\n## Vela\n- Capital: Kesh\n- **Currency**: Silver mark\n- Salt: half a spoon\n- Author: Crediting the writer of the page\n\n" +
		"## How the kingdoms of the north were ruled\n- Capital: Orrin\n"
	got, _ := definitionsIn(t, "sheet.md", src)
	sameDefinitions(t, got, map[string]string{"the capital of Vela": "Kesh", "the currency of Vela": "Silver mark"})
}

// definitionsIn parses and extracts note src: its definitions' answers by
// subject, and the definitions.
func definitionsIn(t *testing.T, path, src string) (map[string]string, []Fact) {
	t.Helper()
	n, _, err := Parse(path, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	var defs []Fact
	for _, f := range Extract(n) {
		if f.Kind == Definition {
			got[f.Subject] = f.Answer
			defs = append(defs, f)
		}
	}
	return got, defs
}

func TestExtractTableFields(t *testing.T) {
	src := "# Tables\n\n## Rows of things\n\n" +
		"| Country | Capital | Official languages | Speed | Ideal for | Temp. |\n|---|---|---|---|---|---|\n" +
		"| Vela | Kesh | Velan and Orric | Fast | Trade | 20 C |\n" +
		"| Tarn | Not mentioned | [[tarnish | Tarnish | Slow | Farming | 18 C |\n" +
		"| Over 70 | $3,788 | - | - | - | - |\n\n" +
		"## Things in columns\n\n" +
		"| Feature | Kesh Harbour | Orrin Port |\n|---|---|---|\n" +
		"| **Depth** | 12 metres | 9 metres |\n" +
		"| Activity | Very busy; always open | Generally quiet |\n" +
		"| Orrin's view | Deep | Shallow |\n" +
		"| Founded | Prominent, rising over 300 years | (Slowly changes) |\n\n" +
		"## Grades\n\n| Form | Immanent | Transcendent |\n|---|---|---|\n| Universe | Interaction | Creation |\n"
	got, defs := definitionsIn(t, "tables.md", src)
	for _, f := range defs {
		// a field no fact sheet is read for is marked so
		if want := !strings.HasPrefix(f.Subject, "the capital ") && !strings.HasPrefix(f.Subject, "the official "); f.TableField != want {
			t.Errorf("%q: TableField %v, want %v", f.Subject, f.TableField, want)
		}
	}
	sameDefinitions(t, got, map[string]string{
		"the capital of Vela":            "Kesh",
		"the official languages of Vela": "Velan and Orric",
		"the depth of Kesh Harbour":      "12 metres",
		"the depth of Orrin Port":        "9 metres",
	})
}

func TestTableDate(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want bool
	}{
		{"1818", true}, {"1818.", true}, {"July 1789", true}, {"14 July 1789", true}, {"July 14, 1789", true}, {"476", true},
		{"18th century", false}, {"1818-1820", false}, {"c. 1770", false}, {"Spring 1790", false}, {"12 metres", false}, {"", false},
	} {
		if got := tableDate(tc.v); got != tc.want {
			t.Errorf("tableDate(%q) = %v, want %v", tc.v, got, tc.want)
		}
	}
}

func TestExtractTableDates(t *testing.T) {
	src := "# Novels\n\n| Novel | Author | Published | Died |\n|---|---|---|---|\n| Frankenstein | Mary Shelley | 1818 | 1851 |\n| Emma | Jane Austen | December 1815 | 1817 |\n"
	n, dated := rowSentences(t, "novels.md", src)
	// a date of a thing done to the row's thing is told as a sentence;
	// "Died" is no passive ("Frankenstein was died")
	if want := []string{"Frankenstein was published in 1818.", "Emma was published in December 1815."}; !slices.Equal(dated, want) {
		t.Errorf("dated sentences %q, want %q", dated, want)
	}
	for _, f := range Extract(n) {
		if f.Kind == Definition && strings.Contains(f.Subject, "published") {
			t.Errorf("a dated column read as a field: %q", f.Subject)
		}
	}
}

func TestPluralField(t *testing.T) {
	for in, want := range map[string]string{
		"official language": "official languages", "currency": "currencies", "capital": "capitals",
		"official languages": "official languages", "diseases transmitted": "diseases transmitted",
		"key": "keys", "tax": "taxes", "address": "addresses",
	} {
		if got := PluralField(in); got != want {
			t.Errorf("PluralField(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTakesThe(t *testing.T) {
	for name, want := range map[string]bool{
		"Netherlands": true, "Philippines": true, "United States": true, "Czech Republic": true, "United Arab Emirates": true,
		"Peru": false, "Paris": false, "Honduras": false, "The Gambia": false, "Kesh Harbour": false,
	} {
		if got := takesThe(name); got != want {
			t.Errorf("takesThe(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestTimelineTable: a table of dates and what happened is told row by
// row as the sentences it stands for, in the past; a table whose "Date"
// column holds no dates is none.
func TestTimelineTable(t *testing.T) {
	src := "---\ntitle: Kesh in dates\n---\n# Kesh in dates\n\n" +
		"| Year | Event |\n|---|---|\n| 1201 | The Kesh guild is founded |\n| 1288 | A flood destroys the quay |\n| 1290 | The Sea League falls |\n| 1301 | The harbour reopens |\n| 1310 | The Tarn war |\n\n" +
		"| Date | Event | Why it mattered |\n|---|---|---|\n| 14 July 1302 | Vela stops the toll | Trade grows |\n\n" +
		"| Date | Owner |\n|---|---|\n| TBD | Ana Velt |\n| Q3 | Tobin Aster |\n"
	_, rows := rowSentences(t, "kesh.md", src)
	want := []string{
		"In 1201, the Kesh guild was founded.",
		"In 1288, a flood destroyed the quay.",
		"In 1290, the Sea League fell.",
		"In 1301, the harbour reopens.",         // "reopened" or "reopenned": the spelling does not say
		"In 1310, the Tarn war.",                // no verb: told as the row has it
		"On 14 July 1302, Vela stops the toll.", // "stopped" or "stoped": the spelling does not say
	}
	if !slices.Equal(rows, want) {
		t.Errorf("rows:\n%q\nwant\n%q", rows, want)
	}
}

// rowSentences is parseSentences of note src, keeping the texts of the
// sentences its tables' rows were told as.
func rowSentences(t *testing.T, path, src string) (*Note, []string) {
	t.Helper()
	n, _ := parseSentences(t, path, src)
	var rows []string
	for _, s := range n.Sentences {
		if s.Block == "row" {
			rows = append(rows, s.Text)
		}
	}
	return n, rows
}
