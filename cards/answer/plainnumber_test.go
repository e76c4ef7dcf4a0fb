package answer

import "testing"

// TestIsPlainNumber checks the hand-written matcher against the regular
// expression it replaces.
func TestIsPlainNumber(t *testing.T) {
	for _, w := range []string{"1", "12", "1234", "1,234", "12,345,678", "1,234.5", "3.14", "0.5", "1234,567",
		"1,23", "1,2345", ",123", "1.", ".5", "1.2.3", "12a", "", "1,234,", "1,,234", "123,456.78", "1,234.5.6", "0,000"} {
		if got, want := isPlainNumber(w), plainNumber.MatchString(w); got != want {
			t.Errorf("isPlainNumber(%q) = %v, the expression says %v", w, got, want)
		}
	}
}
