package propernames

import "testing"

func TestIs(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"Napoleon", true},
		{"napoleon", true}, // any case
		{"Robespierre", true},
		{"Paris", true},
		{"Epson", true},
		{"British", true},
		{"Düsseldorf", true},
		{"Dusseldorf", true}, // the accent left out
		{"Brasília", true},   // the list writes "Brasilia"
		{"war", false},
		{"War", false}, // a common word, though it opens sentences
		{"prompt", false},
		{"council", false},
		{"french", false},   // "french fries", "french windows": the list writes it small too
		{"ketamine", false}, // not in the list: not known to be a name
		{"", false},
	}
	for _, tt := range tests {
		if got := Is(tt.w); got != tt.want {
			t.Errorf("Is(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
