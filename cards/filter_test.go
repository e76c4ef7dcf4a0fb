package cards

import (
	"fmt"
	"strings"
	"testing"

	"github.com/recall-srs/recall/cards/answer"
	"github.com/recall-srs/recall/notes"
)

// headingGivesAway is the heading check for a lone fact: its path's tokens
// worked out here rather than by the lexicon Generate shares across facts.
func headingGivesAway(f notes.Fact) bool {
	path := strings.Join(append([]string{f.Title}, f.Heading...), " ")
	return headingTokensGiveAway(contentTokens(path), answer.StripHedge(f.Answer), f, nil)
}

// The examples are invented; they only exercise the rules of filter.go.
func TestHeadingGivesAway(t *testing.T) {
	tests := []struct {
		title   string
		heading []string
		kind    notes.Kind
		answer  string
		want    bool
	}{
		{"Freedonias foreign policy", []string{"Early years"}, notes.Actor, "the Freedonian government", true},
		{"River trade", []string{"Founders", "Ada Quill: Youth"}, notes.Actor, "Quill", true},
		{"River trade", []string{"The 1907 Flood"}, notes.Date, "March 1907", true},
		{"River trade", []string{"The 1907 Flood"}, notes.Date, "March 1908", false},
		{"River trade", []string{"Tolls and Licences"}, notes.Response, "raised the tolls on barges", false},
		{"River trade", []string{"Tolls and Licences"}, notes.Response, "raised tolls", true},
		{"River trade", []string{"Early years"}, notes.Actor, "the Harbour Board", false},
		// a possessive in the heading names its owner ("KRB's Data Release")
		{"River trade", []string{"Tolls", "KRB's Data Release"}, notes.Actor, "KRB", true},
		{"River trade", []string{"Tolls", "KRB’s Data Release"}, notes.Actor, "KRB", true},
		{"River trade", []string{"Tolls", "Its Data Release"}, notes.Actor, "KRB", false},
		// a title that lost its apostrophe: "Ada Vals role" names Val
		{"Ada Vals role as reeve", []string{"Early years"}, notes.Actor, "Val", true},
		{"From UFOs to UAPs", []string{"Terms"}, notes.Definition, "UFO", true},
		{"Ada Vals role as reeve", []string{"Early years"}, notes.Actor, "Vale", false},
		// a name of two capitals counts when it is the whole answer
		{"River trade", []string{"Impact of KS Strategic Largesse"}, notes.Actor, "the KS", true},
		{"River trade", []string{"Generative KS Advances"}, notes.Actor, "Vela KS", false},
		{"River trade", []string{"Tolls"}, notes.Actor, "the KS", false},
		// a country named under another of its forms
		{"Shifts in US foreign policy", []string{"Trade"}, notes.Actor, "the United States", true},
		{"China's influence in the Pacific", []string{"Deals"}, notes.Actor, "Beijing", true},
		{"Shifts in US foreign policy", []string{"Trade"}, notes.Actor, "Beijing", false},
		{"Shifts in US foreign policy", []string{"Trade"}, notes.Actor, "the US Congress", false}, // more than the country
	}
	for _, tt := range tests {
		f := notes.Fact{Title: tt.title, Heading: tt.heading, Kind: tt.kind, Answer: tt.answer}
		if got := headingGivesAway(f); got != tt.want {
			t.Errorf("headingGivesAway(%q under %q › %v) = %v, want %v", tt.answer, tt.title, tt.heading, got, tt.want)
		}
	}
}

func TestHeadingSpan(t *testing.T) {
	tests := []struct {
		h      []string
		lo, hi int
		ok     bool
	}{
		{[]string{"Growth (1980s-1990s)"}, 1980, 1999, true},
		{[]string{"Early days (1960s-1970)", "Talks"}, 1960, 1970, true},
		{[]string{"The 1907 Flood"}, 1907, 1907, true},
		{[]string{"The 1907 Flood", "Aftermath"}, 1907, 1907, true},
		{[]string{"No years"}, 0, 0, false},
	}
	for _, tt := range tests {
		lo, hi, ok := headingSpan(tt.h)
		if lo != tt.lo || hi != tt.hi || ok != tt.ok {
			t.Errorf("headingSpan(%v) = %d, %d, %v; want %d, %d, %v", tt.h, lo, hi, ok, tt.lo, tt.hi, tt.ok)
		}
	}
}

func TestOptionClass(t *testing.T) {
	tests := []struct{ in, want string }{
		{"France", "country"},
		{"the Netherlands", "country"},
		{"President Ada Quill", "person"},
		{"Ada Quill", "person"},
		{"the Harbour Board", "group"},
		{"Quill's navy", "possessive"},
		{"raised the tolls", "phrase"},
		{"1907", "number"},
	}
	for _, tt := range tests {
		if got := optionClass(tt.in); got != tt.want {
			t.Errorf("optionClass(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSwapped(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"In 1907, the river flooded.", "In 1911, the river flooded.", "1911"},
		{"Ada Quill founded the firm.", "Bo Lind founded the firm.", "Bo Lind"},
		{"same", "same", ""},
	}
	for _, tt := range tests {
		if got := swapped(tt.a, tt.b); got != tt.want {
			t.Errorf("swapped(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestDangling(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Six weeks later, the port reopened.", true},
		{"These reforms doubled the toll income.", true},
		{"The town lies 300 kilometres away in the hills.", true},
		{"The town lies 300 kilometres away from the coast.", false},
		{"1907: Flooded twice, ruining the harvest.", true},
		{"In 1907 the river flooded the lower town twice.", false},
	}
	for _, tt := range tests {
		f := notes.Fact{Sentence: tt.sentence, Answer: "twice", Kind: notes.Quantity}
		if tt.sentence[len(tt.sentence)-1] == '.' && !strings.Contains(tt.sentence, "twice") {
			f.Answer = "the"
		}
		sp, ok := locate(f)
		if !ok {
			f.Answer = "the"
			sp, _ = locate(f)
		}
		ctx := newContext(f, sp, newLexicon([]*notes.Fact{&f}))
		if got := danglingContext(ctx.clozeText(), f, ctx); got != tt.want {
			t.Errorf("danglingContext(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestPointersInDemonstratives(t *testing.T) {
	for s, want := range map[string]bool{
		"These tolls doubled the guild's income.":                  true,
		"The guild aimed to achieve this, with a pact in 1201.":    true, // a pronoun standing alone
		"To counter this, the guild built a second dock in 1201.":  true,
		"The guild raised the tolls in 1201.":                      false,
		"As such, the guild raised the tolls in 1201.":             false,
		"A storm with similar winds struck the harbour in 1201.":   true, // similar to what?
		"A storm similar to the flood struck the harbour in 1201.": false,
		"The two storms of 1201 were similar.":                     false,
		"The dock offers a similar berth to the old one.":          false,
	} {
		if _, _, got := pointersIn(s, true); got != want {
			t.Errorf("pointersIn(%q) demonstrative = %v, want %v", s, got, want)
		}
	}
}

// "both" standing for a subject before its verb points outside the card;
// "both" before a noun does not.
func TestPointersInBoth(t *testing.T) {
	for s, want := range map[string]bool{
		"In the 1200s, both faced the threat of the duke.":    true,
		"Both were founded by the guild in 1201.":             true,
		"In the 1200s, both ports faced the threat of a war.": false,
	} {
		if got, _, _ := pointersIn(s, true); got != want {
			t.Errorf("pointersIn(%q) unresolved = %v, want %v", s, got, want)
		}
	}
}

// A false year far from the one year its heading names reads false on
// sight; one near it is fair.
func TestGoodFalseNearHeadingYear(t *testing.T) {
	s := "The guild of Kesh went to war with the duke over the harbour tolls in 1800."
	f := notes.Fact{Kind: notes.Date, Sentence: s, Answer: "1800", Start: -1, Heading: []string{"Wars", "Battle of Kesh (1801)"}}
	ctx, _ := factContext(t, f)
	ctx.key = describe(f.Answer, f.Kind)
	for fill, want := range map[string]bool{"1803": true, "1810": false} {
		c := &Card{Type: TF, Question: "True or false: " + strings.Replace(s, "1800", fill, 1), Answer: "false", Fact: f}
		if got := goodFalse(c, ctx); got != want {
			t.Errorf("goodFalse with %s under a heading of 1801 = %v, want %v", fill, got, want)
		}
	}
}

// Date options that differ by month alone test the month, not the date.
func TestGoodYearsAcrossYears(t *testing.T) {
	f := notes.Fact{Kind: notes.Date, Answer: "July 1815", Sentence: "The guild signed the pact in July 1815."}
	for choices, want := range map[[4]string]bool{
		{"April 1815", "July 1815", "August 1815", "November 1815"}: false,
		{"April 1814", "July 1815", "August 1816", "November 1817"}: true,
	} {
		c := &Card{Type: MC, Choices: choices[:], Key: 1, Answer: "July 1815", Fact: f}
		if got := goodYears(c, f); got != want {
			t.Errorf("goodYears(%q) = %v, want %v", choices, got, want)
		}
	}
}

// TestHeadingNamesAreContext: the names a response shares with the title
// are its context; only the words of the deed give it away.
func TestHeadingNamesAreContext(t *testing.T) {
	isName := func(w string) bool { return w == "kesh" || w == "vela" }
	for _, tt := range []struct {
		kind   notes.Kind
		answer string
		want   bool
	}{
		{notes.Response, "severed diplomatic relations with Vela", false},
		{notes.Response, "ended diplomatic tensions", true}, // the deed's own words are the title's
		{notes.Response, "Vela and Kesh", true},             // names alone still count
		{notes.Definition, "Vela Diplomatic Service", true}, // a definition's names are what it asks
		{notes.Actor, "Vela", true},
	} {
		f := notes.Fact{Title: "Diplomatic tensions between Kesh and Vela", Heading: []string{"The Raids", "Responses"}, Kind: tt.kind, Answer: tt.answer}
		path := strings.Join(append([]string{f.Title}, f.Heading...), " ")
		if got := headingTokensGiveAway(contentTokens(path), f.Answer, f, isName); got != tt.want {
			t.Errorf("headingTokensGiveAway(%s %q) = %v, want %v", tt.kind, tt.answer, got, tt.want)
		}
	}
}

func TestWithoutPossessives(t *testing.T) {
	for in, want := range map[string]string{
		"SBI's Data Release":    "SBI Data Release",
		"the guild’s tolls":     "the guild tolls",
		"it's safe":             "it safe",
		"Kesh's":                "Kesh",
		"No possessive here":    "No possessive here",
		"the 's' sound, Tarn's": "the 's' sound, Tarn",
	} {
		if got := withoutPossessives(in); got != want {
			t.Errorf("withoutPossessives(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLabelGivesAway: a list item's bold label, which the card shows as its
// last heading, gives away an answer it names, as the headings above it do.
func TestLabelGivesAway(t *testing.T) {
	const note = "---\ntitle: Kesh harbour tools\n---\n## Sorting the catch\n\n1.  **%s**\n    After each catch, the guild runs a tool called \"Vela Sieve\" that sorts the fish of Kesh by size <a class=\"yt-timestamp\" data-t=\"00:01:00\">[00:01:00]</a>.\n"
	for _, tt := range []struct {
		label string
		asked bool
	}{
		{"Automate Sorting with Vela Sieve", false},
		{"Automate Sorting", true},
	} {
		n, _, err := notes.Parse("kesh.md", []byte(fmt.Sprintf(note, tt.label)))
		if err != nil {
			t.Fatal(err)
		}
		asked := false
		for _, c := range Generate(notes.Extract(n), Options{Seed: 1, MinScore: 0.01}) {
			if c.Fact.Answer == "Vela Sieve" {
				asked = true
			}
		}
		if asked != tt.asked {
			t.Errorf("under %q: a card asks for \"Vela Sieve\": %v, want %v", tt.label, asked, tt.asked)
		}
	}
}

// TestBracketSpellsOutQuotedBlank: brackets after a quoted blank that spell
// out the acronym asked, or abbreviate the name asked, give it away; a
// gloss does not.
func TestBracketSpellsOutQuotedBlank(t *testing.T) {
	tests := []struct {
		right, answer string
		want          bool
	}{
		{`" (Unidentified Flying Object) has been replaced.`, "UFO", true},
		{`" (Limited Partners) in the firm.`, "LPs", true},
		{`," (Kesh Harbour Guild) said.`, "KHG", true},
		{`" (KHG) rules the docks.`, "Kesh Harbour Guild", true},
		{`" (humanity towards others) makes it unique.`, "Ubuntu", false},
		{`" (the wheel of time), stating ...`, "Kalachakra", false},
		{`" in the firm (Limited Partners).`, "LPs", false},                // not right after the quote
		{` (Unidentified Flying Object) has been replaced.`, "UFO", false}, // unquoted: the plain bracket rule's
	}
	for _, tt := range tests {
		g, ok := bracketAfterQuote(tt.right)
		if got := ok && abbreviates(tt.answer, g); got != tt.want {
			t.Errorf("%q after a blank for %q: spelled out %v, want %v", tt.right, tt.answer, got, tt.want)
		}
	}
}

func TestSentenceDangles(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		dangles  bool
	}{
		{"Six weeks later, the guild of Kesh signed the pact.", true},
		{"Vela followed suit and closed its harbour in 1203.", true},
		{"Vela massed ships at the border, and Kesh responded in kind.", true},
		{"The guild agreed with Ana Velt and refused to participate, leading to two rival charters.", true},
		{"Orrin declined to join.", true},
		{"Orrin declined to join the guild of Kesh in 1203.", false},
		{"Kesh refused to participate in the harbour census of 1203.", false},
		{"The guild of Kesh was founded in 1201.", false},
		{"Two kinds of ships called at Kesh in 1203.", false},
	} {
		if got := sentenceDangles(tt.sentence, tt.sentence); got != tt.dangles {
			t.Errorf("sentenceDangles(%q) = %v, want %v", tt.sentence, got, tt.dangles)
		}
	}
}
