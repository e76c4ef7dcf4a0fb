package notes

import (
	"fmt"
	"strings"
	"testing"
)

// writtenNote is a note with cards written in every syntax recall reads,
// and lines that only look like cards.
const writtenNote = `---
title: Vela Harbour
tags: [history, flashcards/harbours]
videoId: abc123
---
# Vela Harbour

## Founding

The harbour of Vela was founded in 1412 by Tobin Aster. <a class="yt-timestamp" data-t="00:01:10">[00:01:10]</a>

Who founded the harbour of Vela?::Tobin Aster <a class="yt-timestamp" data-t="00:01:12">[00:01:12]</a>
Capital of the [[vela | Vela]] coast:::Orrin

In what year was the Vela lighthouse lit?
?
1431

The lighthouse keeper's title
??
Warden of the Lamp

## Trade

{{c1::Salt}} was the harbour's chief export until {{c2::1560::a year}}.

Q: How many ships could the harbour hold?
A: About 40 ships
Q: Who kept the harbour's books?
A: The guild of Orrin

- **Moorings**::the posts and rings a ship is tied to
- Its old software printed with ` + "`std::cout`" + ` and ` + "`{{c1::x}}`" + `.

:::info
The quay was rebuilt in 1602.
:::
`

// TestWrittenCards: each syntax gives its card, with its provenance; code,
// directives and empty sides give none, and the cards' lines are not
// read as prose.
func TestWrittenCards(t *testing.T) {
	n, warns, err := Parse("vela.md", []byte(writtenNote))
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	type card struct {
		form               CardForm
		front, back, hint  string
		line, t            int
		heading, textStart string
	}
	want := []card{
		{WrittenBasic, "Who founded the harbour of Vela?", "Tobin Aster", "", 12, 72, "Founding", "Who founded"},
		{WrittenReversed, "Capital of the Vela coast", "Orrin", "", 13, -1, "Founding", "Capital of the Vela coast:::Orrin"},
		{WrittenBasic, "In what year was the Vela lighthouse lit?", "1431", "", 15, -1, "Founding", "In what year"},
		{WrittenReversed, "The lighthouse keeper's title", "Warden of the Lamp", "", 19, -1, "Founding", "The lighthouse"},
		{WrittenCloze, "Salt was the harbour's chief export until 1560.", "Salt", "", 25, -1, "Trade", "Salt was"},
		{WrittenCloze, "Salt was the harbour's chief export until 1560.", "1560", "a year", 25, -1, "Trade", "Salt was"},
		{WrittenBasic, "How many ships could the harbour hold?", "About 40 ships", "", 27, -1, "Trade", "Q: How many"},
		{WrittenBasic, "Who kept the harbour's books?", "The guild of Orrin", "", 29, -1, "Trade", "Q: Who kept"},
		{WrittenBasic, "Moorings", "the posts and rings a ship is tied to", "", 32, -1, "Trade", "Moorings::"},
	}
	if len(n.Cards) != len(want) {
		for _, c := range n.Cards {
			t.Logf("%+v", c)
		}
		t.Fatalf("%d cards, want %d", len(n.Cards), len(want))
	}
	for i, w := range want {
		c := n.Cards[i]
		got := card{c.Form, c.Front, c.Back, c.Hint, c.Line, c.T, HeadingPath(c.Heading), c.Text[:min(len(c.Text), len(w.textStart))]}
		if got != w {
			t.Errorf("card %d:\n got %+v\nwant %+v", i, got, w)
		}
		if c.Form == WrittenCloze && c.Front[c.Start:c.Start+len(c.Back)] != c.Back {
			t.Errorf("card %d: %q is not at %d in %q", i, c.Back, c.Start, c.Front)
		}
	}
	var prose []string
	for _, s := range n.Sentences {
		prose = append(prose, s.Text)
	}
	all := strings.Join(prose, "\n")
	for _, gone := range []string{"Tobin Aster\n", "Orrin", "1431", "Warden", "Salt", "ships", "Moorings", "{{c1::Salt"} {
		if strings.Contains(all, gone) && !strings.Contains("The harbour of Vela was founded in 1412 by Tobin Aster.", gone) {
			t.Errorf("a card's text %q was read as prose:\n%s", gone, all)
		}
	}
	for _, kept := range []string{"The harbour of Vela was founded in 1412 by Tobin Aster.", "std::cout", "{{c1::x}}", "The quay was rebuilt in 1602."} {
		if !strings.Contains(all, kept) {
			t.Errorf("prose %q lost:\n%s", kept, all)
		}
	}
}

// TestWrittenFacts: the cards come out of Extract as Written facts, in
// document order among the others, linked to their moment of the video.
func TestWrittenFacts(t *testing.T) {
	n, _, err := Parse("vela.md", []byte(writtenNote))
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, f := range Extract(n) {
		order = append(order, fmt.Sprintf("%d %s %s", f.Line, f.Kind, f.Form))
		if f.Kind == Written && f.Line == 12 {
			if f.URL != "https://www.youtube.com/watch?v=abc123&t=72s" || f.Subject != "Who founded the harbour of Vela?" || f.Answer != "Tobin Aster" {
				t.Errorf("written fact: %+v", f)
			}
			if f.Sentence[f.Start:f.Start+len(f.Answer)] != f.Answer {
				t.Errorf("answer not at Start in %q", f.Sentence)
			}
		}
	}
	got := strings.Join(order, "; ")
	want := "10 date ; 12 written basic; 13 written reversed; 15 written basic; 19 written reversed; 25 written cloze; 25 written cloze; 27 written basic; 29 written basic; 32 written basic; 36 date "
	if got != want {
		t.Errorf("facts:\n got %s\nwant %s", got, want)
	}
}

// TestWrittenDeckTag: the Obsidian plugin's "::" and "?" cards are read
// only in a note tagged #flashcards (Dataview writes "Author:: Tolkien"
// as a field); the writer of an untagged note with such questions is
// warned once, and Anki's clozes and Q/A lines need no tag.
func TestWrittenDeckTag(t *testing.T) {
	body := "# Kesh\n\nWho founded Kesh?::Ana Velt\nAuthor:: Tobin Aster\n\nWhen was Kesh walled?\n?\n1201\n\n{{c1::Kesh}} lies on the Tarn.\n"
	for _, tc := range []struct {
		name, src string
		cards     int
		warn      string
	}{
		{"untagged", body, 1, "kesh.md:3: 2 cards are written as the Obsidian plugin writes them"},
		{"text tag", body + "\n#flashcards\n", 4, ""},
		{"subdeck in text", "#Flashcards/history\n" + body, 4, ""},
		{"front matter list", "---\ntags: [flashcards]\n---\n" + body, 4, ""},
		{"front matter string", "---\ntags: \"#flashcards/kesh\"\n---\n" + body, 4, ""},
		{"another tag", body + "\n#flashcardsx issue#flashcards\n", 1, "2 cards"},
		{"dataview only", "# Kesh\n\nAuthor:: Tobin Aster\nRating:: 5\n", 0, ""},
		{"dataview in brackets", "#flashcards\n# Kesh\n\nThe wall [built:: 1244] stands.\n(source:: the Kesh chronicle)\nThe capital (a city) of Kesh::Orrin\n", 1, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, warns, err := Parse("kesh.md", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			if len(n.Cards) != tc.cards {
				t.Errorf("%d cards, want %d: %+v", len(n.Cards), tc.cards, n.Cards)
			}
			var ws []string
			for _, w := range warns {
				ws = append(ws, w.String())
			}
			got := strings.Join(ws, "\n")
			if tc.warn == "" && got != "" || !strings.Contains(got, tc.warn) {
				t.Errorf("warnings %q, want %q", got, tc.warn)
			}
		})
	}
}

// TestWrittenListAnswer: a "?" line that ends its paragraph takes as its
// answer the blocks that follow before the next blank line (a list,
// which may start without one), its items joined; a blank line or a
// heading ends the card, and one left with no answer is no card.
func TestWrittenListAnswer(t *testing.T) {
	src := `---
title: Kesh
tags: [flashcards]
---
# Kesh

What were the three guilds of Kesh?
?
- the salt guild <a class="yt-timestamp" data-t="00:03:00">[00:03:00]</a>
- the rope guild
- the lamp guild

The guild of Orrin was founded in 1230 by Tobin Aster.

Who lit the lamp?
?

Ana Velt lit the lamp of Kesh in 1244.

## Trade
Name the ports
??
1. Orrin
2. Tarn
## Walls
The wall was raised in 1244.
`
	n, _, err := Parse("kesh.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range n.Cards {
		got = append(got, fmt.Sprintf("%d %s %q → %q t=%d %s", c.Line, c.Form, c.Front, c.Back, c.T, HeadingPath(c.Heading)))
	}
	want := []string{
		`7 basic "What were the three guilds of Kesh?" → "the salt guild; the rope guild; the lamp guild" t=180 `,
		`21 reversed "Name the ports" → "Orrin; Tarn" t=-1 Trade`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("cards:\n got %s\nwant %s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var prose []string
	for _, s := range n.Sentences {
		prose = append(prose, s.Text)
	}
	if got, want := strings.Join(prose, " | "), "The guild of Orrin was founded in 1230 by Tobin Aster. | Ana Velt lit the lamp of Kesh in 1244. | The wall was raised in 1244."; got != want {
		t.Errorf("prose:\n got %s\nwant %s", got, want)
	}
}

// TestWrittenHighlights: in a note tagged #flashcards a highlight is a
// cloze deletion, as the Obsidian plugin reads it, unless its leaf is a
// card of another kind; elsewhere it is emphasis, read as prose.
func TestWrittenHighlights(t *testing.T) {
	body := "# Kesh\n\n==Salt== was the chief export of Kesh until ==1560==.\n\nWhat is ==osmosis==?::the movement of water across a membrane\n"
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"deck", "#flashcards\n" + body, []string{
			`cloze "Salt was the chief export of Kesh until 1560." → "Salt"`,
			`cloze "Salt was the chief export of Kesh until 1560." → "1560"`,
			`basic "What is osmosis?" → "the movement of water across a membrane"`,
		}},
		{"no deck", body, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, _, err := Parse("kesh.md", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range n.Cards {
				got = append(got, fmt.Sprintf("%s %q → %q", c.Form, c.Front, c.Back))
				if c.Form == WrittenCloze && c.Front[c.Start:c.Start+len(c.Back)] != c.Back {
					t.Errorf("%q is not at %d in %q", c.Back, c.Start, c.Front)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("cards:\n got %s\nwant %s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if tc.want == nil && (len(n.Sentences) < 2 || n.Sentences[0].Text != "Salt was the chief export of Kesh until 1560.") {
				t.Errorf("the highlighted sentence is not prose: %+v", n.Sentences)
			}
		})
	}
}
