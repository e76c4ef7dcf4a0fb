package cards

import (
	"strings"
	"testing"

	"github.com/recall-srs/recall/notes"
)

// Distractors made from a figure with decimals do not all keep its last
// decimal: "27.7%, 32.7%, 37.7%" for "22.7%" shows how they were made.
func TestPerturbPercentDecimals(t *testing.T) {
	for _, key := range []string{"22.7%", "41.25%", "63.5 percent"} {
		k := describe(key, notes.Quantity)
		if !k.percent {
			t.Fatalf("%q not read as a percentage", key)
		}
		last := func(s string) byte {
			s = strings.TrimRight(s, "% percent")
			return s[len(s)-1]
		}
		same := 0
		for _, step := range []float64{1, -1, 2, -2, 3} {
			d, ok := perturb(&k, notes.Quantity, step)
			if !ok {
				t.Fatalf("perturb(%q, %v) failed", key, step)
			}
			if strings.Count(d, ".") != 1 {
				t.Errorf("perturb(%q, %v) = %q: the decimals' format changed", key, step, d)
			}
			if last(d) == last(key) {
				same++
			}
		}
		if same > 1 {
			t.Errorf("%d of 5 distractors for %q end in the key's last decimal", same, key)
		}
	}
}
