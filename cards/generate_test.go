package cards

import (
	"strings"
	"testing"

	"github.com/recall-srs/recall/notes"
)

// fact builds a fact from a sentence of our own writing, finding the answer in it.
func fact(kind notes.Kind, subject, sentence, ans string, heading ...string) notes.Fact {
	return notes.Fact{
		Kind: kind, Subject: subject, Answer: ans, Sentence: sentence, Start: strings.Index(sentence, ans),
		Heading: heading, Note: "demo/atlantis.md", Title: "The rise and fall of Atlantis", VideoID: "demo123",
		Line: 7, T: 65, URL: "https://www.youtube.com/watch?v=demo123&t=65s",
	}
}

var demoFacts = []notes.Fact{
	fact(notes.Date, "Atlantis", "The king of Atlantis fled the island in March 1204.", "March 1204", "History"),
	fact(notes.Date, "Atlantis", "In 1187, the harbour guild invaded the northern isles.", "1187", "History"),
	fact(notes.Date, "Atlantis", "The great bridge was completed on 4 June 1150.", "4 June 1150", "History"),
	fact(notes.Date, "Atlantis", "Atlantis joined the Sea League in 1162.", "1162", "History"),
	fact(notes.Actor, "Atlantis", "Queen Maren Olvig launched a fleet against the pirates of Kesh.", "Queen Maren Olvig", "Rulers"),
	fact(notes.Actor, "Atlantis", "The lighthouse was designed by Tobin Aster in 1170.", "Tobin Aster", "Rulers"),
	fact(notes.Actor, "Atlantis", "However, the regent, Corvin Dale, oversaw a cruel tax regime.", "Corvin Dale", "Rulers"),
	fact(notes.Actor, "Atlantis", "Lady Sera Voss, a famous admiral, defeated the fleet of Kesh.", "Lady Sera Voss", "Rulers"),
	fact(notes.Population, "Atlantis", "Atlantis had a population of about 2.4 million in its golden age.", "about 2.4 million", "Geography"),
	fact(notes.Population, "Kesh", "Ranks 40th among the island nations, with a population of close to 900,000.", "close to 900,000", "Geography"),
	fact(notes.Ranking, "Kesh", "Ranks 40th among the island nations, with a population of close to 900,000.", "40th", "Geography"),
	fact(notes.Population, "Atlantis", "Fishers make up about 35 percent of the population.", "about 35 percent", "Geography"),
	fact(notes.Place, "Atlantis", "Located between the Amber Sea and the Salt Straits.", "the Amber Sea and the Salt Straits", "Geography"),
	fact(notes.Place, "Atlantis", "The court moved to Port Velin after the flood.", "Port Velin", "History"),
	fact(notes.Quantity, "Atlantis", "The outer wall stretched for twelve kilometers around the city.", "twelve kilometers", "Geography"),
	fact(notes.Quantity, "Atlantis", "The siege lasted 14 months before the city surrendered.", "14 months", "History"),
	fact(notes.Response, "Atlantis", "In response, Kesh closed its ports and expelled all Atlantean merchants.", "closed its ports and expelled all Atlantean merchants", "Responses"),
	fact(notes.Response, "Atlantis", "The Sea League condemned the raid and sent envoys.", "condemned the raid and sent envoys", "Responses"),
	fact(notes.Cause, "Atlantis", "The harbour silted up due to the river's heavy floods.", "the river's heavy floods", "Decline"),
	fact(notes.Definition, "Atlantis", "The Tidewatch (TW) guarded the harbour at night.", "Tidewatch", "Institutions"),
	fact(notes.Definition, "Atlantis", "A tidehouse is a granary built on stilts above the flood line.", "a granary built on stilts above the flood line", "Institutions"),
	fact(notes.Actor, "Atlantis", "They destroyed the archive.", "the archive", "Decline"),
}

func TestGenerateDemo(t *testing.T) {
	cs := Generate(demoFacts, Options{Seed: 1, MinScore: -1})
	for _, c := range cs {
		t.Logf("%-5s %.2f %-10s Q: %s | A: %s | %v", c.Type, c.Score, c.Kind, c.Question, c.Answer, c.Choices)
	}
}
