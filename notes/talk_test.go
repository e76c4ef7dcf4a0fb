package notes

import "testing"

func TestReportsSpeech(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Aster explains that the guild rebuilt the docks in 1203.", true},
		{"She argued the tolls were too high.", true},
		{"Voss also notes that Kesh grew quickly.", true},
		{"The report notes that Kesh grew quickly.", false}, // a document, not a speaker
		{"The guild rebuilt the docks in 1203.", false},
		{"Kesh said no to the treaty in 1203.", true},
		{"Prices rose as the harbour shared its grain.", false},
		{"Galileo observed the moons of Jupiter in 1610.", false}, // a deed: the verb takes a noun phrase
		{"Velt observed that the tides had shifted.", true},
		{"Aster added a second quay in 1204.", false},
		{"Aster added that the quay was too short.", true},
	}
	for _, tt := range tests {
		if got := reportsSpeech(tokenize(tt.s, nil)); got != tt.want {
			t.Errorf("reportsSpeech(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// Every fact of a note carries the share of its sentences that report
// speech; headings are not sentences of the note's text. One such
// sentence alone tells no conversation ("Alan Turing described the
// universal machine in a paper" in a learner's short note): the share is
// kept from two on.
func TestReported(t *testing.T) {
	for _, tt := range []struct {
		speech string
		want   float32
	}{
		{"Ana Velt argued that the quay was too small.", 0.4}, // two sentences in five
		{"The Sea League lasted until 1290.", 0},              // one alone
	} {
		n := &Note{Path: "t.md", Sentences: []Sentence{
			{Text: "The guild", Block: "heading", T: -1},
			{Text: "Aster explains that the guild was founded in 1201.", Block: "paragraph", T: -1},
			{Text: tt.speech, Block: "paragraph", T: -1},
			{Text: "The guild built the harbour of Kesh in 1203.", Block: "paragraph", T: -1},
			{Text: "Kesh joined the Sea League in 1210.", Block: "paragraph", T: -1},
			{Text: "The Sea League was dissolved in 1290.", Block: "paragraph", T: -1},
		}}
		fs := Extract(n)
		if len(fs) == 0 {
			t.Fatal("no facts")
		}
		for _, f := range fs {
			if f.Reported != tt.want {
				t.Errorf("%q: Reported = %v, want %v", f.Answer, f.Reported, tt.want)
			}
		}
	}
}
