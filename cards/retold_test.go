package cards

import (
	"testing"

	"github.com/recall-srs/recall/notes"
)

// TestRetold: a fact another note retells in other words is asked once;
// one that shares only its answer, or that its own note repeats, is not a
// retelling.
func TestRetold(t *testing.T) {
	first := fact(notes.Date, "Kesh", "Amazon of Kesh launched its harbour tolls in 1206 with three core duties.", "1206")
	r := retold{}
	if r.tell(&first) {
		t.Fatal("the first telling is no retelling")
	}
	for _, tt := range []struct {
		note, sentence string
		want           bool
	}{
		{"demo/other.md", "Amazon of Kesh launched its harbour tolls in 1206 with three initial duties.", true},
		{"demo/other.md", "In 1206, the guild of Vela sank a pirate ship off the isle.", false},
		{first.Note, "Amazon of Kesh launched its harbour tolls in 1206 with three initial duties.", false}, // the same note
	} {
		f := fact(notes.Date, "Kesh", tt.sentence, "1206")
		f.Note = tt.note
		if got := r.tell(&f); got != tt.want {
			t.Errorf("tell(%q in %s) = %v, want %v", tt.sentence, tt.note, got, tt.want)
		}
	}
	if o := overlap([]uint64{1, 2, 3}, []uint64{2, 3, 4}); o != 0.5 {
		t.Errorf("overlap = %v, want 0.5", o)
	}
}
