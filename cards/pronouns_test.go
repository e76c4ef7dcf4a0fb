package cards

import "testing"

func TestGenderAfter(t *testing.T) {
	lx := newLexicon(noteFacts("The Keshian guild met in Kesh."))
	tests := []struct {
		sentence, name string
		want           pronounGender
	}{
		{"Ana Velt revealed she was tired of the guild.", "Ana Velt", saysShe},
		{"Tobin Aster sold his looms in 1230.", "Tobin Aster", saysHe},
		{"Tobin Aster met Ana Velt, and she sold her looms.", "Tobin Aster", 0}, // past another name
		{"Tobin Aster sold the looms.", "Tobin Aster", 0},
		{"The guild thanked Ana Velt for her work.", "Ana Velt", saysShe},
		{"Kesh sold the looms.", "Orrin", 0},                                 // not in the sentence
		{"Ana Velt, a Keshian weaver, sold her looms.", "Ana Velt", saysShe}, // a people's adjective is no name
	}
	for _, tt := range tests {
		if got := genderAfter(tt.sentence, tt.name, lx); got != tt.want {
			t.Errorf("genderAfter(%q, %q) = %v, want %v", tt.sentence, tt.name, got, tt.want)
		}
	}
	for _, tt := range []struct {
		key, other pronounGender
		want       bool
	}{
		{saysHe, saysShe, true},
		{saysShe, saysHe, true},
		{saysHe, saysHe, false},
		{saysHe, 0, false},                // the other's pronoun unknown
		{0, saysShe, false},               // the sentence refers to no one after the name
		{saysHe, saysHe | saysShe, false}, // the notes disagree
	} {
		if got := otherGender(tt.key, tt.other); got != tt.want {
			t.Errorf("otherGender(%v, %v) = %v, want %v", tt.key, tt.other, got, tt.want)
		}
	}
}
