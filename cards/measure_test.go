package cards

import (
	"testing"

	"github.com/recall-srs/recall/notes"
)

// TestMeasureQuestion: a named thing's length, height, area or weight is
// asked by its measure; a figure of anything else, of a thing the
// sentence does not name, or in a clause that goes on, is not.
func TestMeasureQuestion(t *testing.T) {
	for _, tt := range []struct{ sentence, ans, want string }{
		{"The Kesh River is about 1,200 km long, making it the longest river of Vela.", "about 1,200 km", "How long is the Kesh River?"},
		{"Mount Orrin rises 4,210 metres above sea level.", "4,210 metres", "How high does Mount Orrin rise above sea level?"},
		{"Mount Orrin rose 4,210 metres above sea level before the eruption.", "4,210 metres", ""}, // the clause goes on
		{"The Tarn Tower stands 212 metres tall.", "212 metres", "How tall is the Tarn Tower?"},
		{"The Tarn Tower was 212 metres tall.", "212 metres", "How tall was the Tarn Tower?"},
		{"The Tarn Tower was originally about 212 metres tall.", "about 212 metres", "How tall was the Tarn Tower?"},
		{"The Vela Desert covers about 2 million square kilometres.", "about 2 million square kilometres", "What area does the Vela Desert cover?"},
		{"Lake Orrin has an area of about 3,400 square kilometres.", "about 3,400 square kilometres", "What is the area of Lake Orrin?"},
		{"Lake Orrin has a depth of about 3,400 square kilometres.", "about 3,400 square kilometres", ""}, // a depth is no area
		{"The Orrin Trench is about 9,000 metres deep.", "about 9,000 metres", "How deep is the Orrin Trench?"},
		{"Kesh lies about 300 km south of the equator.", "about 300 km", "How far south of the equator does Kesh lie?"},
		{"Kesh is about 300 km from Vela.", "about 300 km", "How far from Vela is Kesh?"},
		{"Lake Orrin lies about 3,812 metres above sea level.", "about 3,812 metres", "How high above sea level does Lake Orrin lie?"},
		{"The Vela Station orbits about 400 km above Kesh.", "about 400 km", "How high above Kesh does the Vela Station orbit?"},
		{"The Great Wall of Kesh stretches about 2,000 km.", "about 2,000 km", "How far does the Great Wall of Kesh stretch?"},
		{"The Vela Queen weighed about 40,000 tonnes.", "about 40,000 tonnes", "How much did the Vela Queen weigh?"},
		{"Hadrian's Wall is about 117 km long.", "about 117 km", "How long is Hadrian's Wall?"},
		{"The wall of Hadrian's is about 117 km long.", "about 117 km", ""},
		{"Water boils at 100 °C at sea level.", "100 °C", "At what temperature does water boil at sea level?"},
		{"Keshite freezes at −38 °C.", "−38 °C", "At what temperature does keshite freeze?"},
		{"Napoleon melts at 40 °C.", "40 °C", "At what temperature does Napoleon melt?"}, // a name keeps its capital
		{"Water boils at 100 °C in an open pot on the stove.", "100 °C", ""},             // the clause goes on
		{"It is located about 50 km from Vela.", "about 50 km", ""},                      // a pronoun names nothing
		{"The road is about 50 km long.", "about 50 km", ""},                             // nor does a common noun
		{"The Kesh River is about 1,200 km.", "about 1,200 km", ""},                      // a length of what?
		{"The Vela chip is about 5 nm wide.", "about 5 nm", ""},                          // too small a unit for a thing's measure
		{"The Kesh guild paid about $40,000 for the quay.", "about $40,000", ""},         // a price
		{"The Tarn Tower stands 212 metres tall and 40 metres wide.", "212 metres", ""},  // the clause goes on
	} {
		f := fact(notes.Quantity, "Kesh", tt.sentence, tt.ans)
		sp, _ := locate(f)
		q, ok := measureQuestion(f, plainSpan(sp))
		if q != tt.want || ok != (tt.want != "") {
			t.Errorf("measureQuestion(%q, %q) = %q, %v; want %q", tt.sentence, tt.ans, q, ok, tt.want)
		}
		if ok && !measureAsked(q, f, plainSpan(sp)) {
			t.Errorf("measureAsked(%q) = false", q)
		}
	}
}

// TestMayMeasure: the cheap test of a measure's unit.
func TestMayMeasure(t *testing.T) {
	for a, want := range map[string]bool{
		"about 6,650 km": true, "330 metres": true, "about 165 million square kilometres": true, "46,000 tonnes": true,
		"12 mi²": true, "about 90 million": false, "$40,000": false, "three days": false, "5 nm": false,
	} {
		if got := mayMeasure(a); got != want {
			t.Errorf("mayMeasure(%q) = %v, want %v", a, got, want)
		}
	}
}
