package quiz

import (
	"fmt"
	"strings"
	"time"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/notes"
)

// The fixture is made-up study material about invented places, written for
// these tests; it carries the non-ASCII names the PDF must print.
type fixFact struct {
	note, heading string
	kind          notes.Kind
	subject       string
	answer        string
	sentence      string
	wrong         []string
}

var fixture = []fixFact{
	{"Harbour towns of Velmar", "Founding", notes.Date, "the founding of Tiranë harbour", "1821", "The harbour of Tiranë was founded in 1821.", []string{"1799", "1843", "1867"}},
	{"Harbour towns of Velmar", "Founding", notes.Date, "the first lighthouse", "1834", "The first lighthouse was lit in 1834.", []string{"1812", "1856", "1901"}},
	{"Harbour towns of Velmar", "Founding", notes.Date, "the great flood", "1852", "The great flood struck the lower town in 1852.", []string{"1848", "1870", "1889"}},
	{"Harbour towns of Velmar", "Founding", notes.Date, "the railway reaching the coast", "1879", "The railway reached the coast in 1879.", []string{"1860", "1895", "1910"}},
	{"Harbour towns of Velmar", "Trade", notes.Population, "Port Ümit", "42,000 people", "Port Ümit had about 42,000 people at its peak.", []string{"12,000 people", "90,000 people", "4,200 people"}},
	{"Harbour towns of Velmar", "Trade", notes.Actor, "rebuilt the fish market", "Đặng Văn Lâm", "The merchant Đặng Văn Lâm rebuilt the fish market.", []string{"Ümit Kaya", "Mira Solberg", "Jonas Hald"}},
	{"Harbour towns of Velmar", "Trade", notes.Quantity, "ships in the winter fleet", "37 ships", "The winter fleet counted 37 ships.", []string{"12 ships", "58 ships", "90 ships"}},
	{"Council disputes", "Responses", notes.Response, "the fishers' guild", "a strike", "The fishers' guild answered with a strike.", []string{"a lawsuit", "a petition", "a boycott"}},
	{"Council disputes", "Responses", notes.Response, "the mayor", "a curfew", "The mayor answered with a curfew.", []string{"a tax cut", "a festival", "new elections"}},
	{"Council disputes", "Responses", notes.Response, "the harbour master", "closing the docks", "The harbour master responded by closing the docks.", []string{"raising fees", "hiring guards", "resigning"}},
	{"Council disputes", "Responses", notes.Response, "the salt traders", "a boycott of the market", "The salt traders replied with a boycott of the market.", []string{"a price war", "a new guild", "a parade"}},
	{"Harbour towns of Velmar", "Founding", notes.Place, "the founded harbour", "Tiranë", "The harbour of Tiranë was founded in 1821.", []string{"Brelm", "Oskarvik", "Dunmoor"}},
	{"Council disputes", "Hostile", notes.Definition, "a <script>alert(1)</script> tag", "an <img src=x onerror=alert(2)> trick", "A <script>alert(1)</script> tag is an <img src=x onerror=alert(2)> trick & more.", []string{"a <b>bold</b> claim", "plain text", "a | pipe"}},
}

func fixtureCandidates() []Candidate {
	var out []Candidate
	base := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	for i, f := range fixture {
		slug := strings.ReplaceAll(strings.ToLower(f.note), " ", "-")
		fact := notes.Fact{
			Kind: f.kind, Subject: f.subject, Answer: f.answer, Sentence: f.sentence,
			Note: "notes/" + slug + ".md", Title: f.note, Heading: []string{f.heading},
			Line: 10 + i, T: 60*i + 5, URL: fmt.Sprintf("https://www.youtube.com/watch?v=vid%02d&t=%ds", i, 60*i+5),
		}
		key := fmt.Sprintf("f%02d", i)
		cloze := strings.Replace(f.sentence, f.answer, "_____", 1)
		cs := []cards.Card{
			{ID: key + "-qa", Type: cards.QA, Question: "What about " + f.subject + "?", Answer: f.answer, Key: -1},
			{ID: key + "-cloze", Type: cards.Cloze, Question: cloze, Answer: f.answer, Key: -1},
			{ID: key + "-mc", Type: cards.MC, Question: "Which is right for " + f.subject + "?", Answer: f.answer, Choices: append([]string{f.answer}, f.wrong...), Key: 0},
			{ID: key + "-tf", Type: cards.TF, Question: f.sentence, Answer: "true", Choices: []string{"true", "false"}, Key: 0},
		}
		for j, c := range cs {
			c.Kind, c.Siblings, c.Fact, c.Score = f.kind, key, fact, 0.5+float64(i%3)/10
			out = append(out, Candidate{
				Card: c, Note: f.note, Heading: f.heading, Position: int64(i*4 + j),
				New: i%4 == 3, Due: base.Add(time.Duration(11-i) * 24 * time.Hour),
				Retrievability: 0.5 + float64((i*7)%10)/20,
			})
		}
	}
	return out
}

var fixtureTime = time.Date(2026, 11, 25, 14, 30, 0, 0, time.UTC)

// fmtSscanf reads the fact number from a fixture card ID like "f07-qa".
func fmtSscanf(id string, i *int) (int, error) { return fmt.Sscanf(id, "f%02d", i) }
