package cards

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/recall-srs/recall/cards/answer"
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
			s = strings.TrimSuffix(strings.TrimSuffix(s, "%"), " percent")
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

// TestPoolIndex checks the pool's lists against the plain way to make
// them, a list grown for each fact in order: by note and bucket, and by
// bucket alone, with a note that comes back after another and answers
// shared across notes.
func TestPoolIndex(t *testing.T) {
	var facts []notes.Fact
	add := func(note string, kind notes.Kind, answers ...string) {
		for _, a := range answers {
			facts = append(facts, notes.Fact{Kind: kind, Answer: a, Note: note, Sentence: "In " + a + " it was so."})
		}
	}
	add("a.md", notes.Date, "1990", "1914", "March 1917")
	add("a.md", notes.Actor, "Adolf Hitler", "Hitler", "the League of Nations", "Germany")
	add("b.md", notes.Date, "1990", "1939")
	add("b.md", notes.Actor, "Germany", "France", "Winston Churchill")
	add("a.md", notes.Quantity, "about 90 million", "12 ships", "1914")
	add("a.md", notes.Actor, "Britain", "Germany") // "Germany" was kept in the note's first run
	p := newPool(factRefs(facts))
	type noteBucket struct {
		note string
		b    bucket
	}
	byNote, buckets := map[noteBucket][]int{}, map[bucket][]int{}
	seen := map[noteBucket]map[int]bool{}
	for fi, f := range facts {
		i := p.keyOf[fi]
		if i < 0 {
			t.Fatalf("fact %q has no candidate", f.Answer)
		}
		bk := p.described(i).bucketKey()
		nb := noteBucket{f.Note, bk}
		if seen[nb] == nil {
			seen[nb] = map[int]bool{}
		}
		if seen[nb][i] {
			continue // the answers above differ: only the same candidate comes twice
		}
		seen[nb][i] = true
		byNote[nb] = append(byNote[nb], i)
		buckets[bk] = append(buckets[bk], i)
	}
	for nb, want := range byNote {
		if got := p.inNote(nb.note, nb.b); !slices.Equal(got, want) {
			t.Errorf("inNote(%s, %+v) = %v, want %v", nb.note, nb.b, got, want)
		}
	}
	lists := 0
	for i := range p.lazy.notes {
		lists += len(p.lazy.notes[i].lists)
	}
	if len(byNote) != lists {
		t.Errorf("%d lists by note and bucket, want %d", lists, len(byNote))
	}
	numeric := 0
	for bk, want := range buckets {
		if !bk.numeric {
			continue // only numbers are drawn from every note
		}
		numeric++
		slices.SortStableFunc(want, func(a, b int) int { return cmpFloat(p.described(a).value, p.described(b).value) })
		if got := p.bucket(bk); !slices.Equal(got, want) {
			t.Errorf("bucket(%+v) = %v, want %v", bk, got, want)
		}
	}
	if numeric < 3 {
		t.Errorf("%d numeric buckets, want dates, years and counts", numeric)
	}
	for note, want := range map[string][2]int{"a.md": {1914, 1990}, "b.md": {1939, 1990}} {
		if lo, hi, ok := p.years(note); !ok || lo != want[0] || hi != want[1] {
			t.Errorf("years(%s) = %d, %d, %v, want %v", note, lo, hi, ok, want)
		}
	}
}

// TestYearsPlanned: the year a plan is to end by ("a 2026 deadline",
// "Vision 2030") is not the latest year the note tells of, as "by 2050"
// is not.
func TestYearsPlanned(t *testing.T) {
	var facts []notes.Fact
	for _, s := range []string{"In 2019 the Vela river was poisoned.", "The cleanup has a 2026 deadline.",
		"Kesh Vision 2030 set the goals.", "The harbour must be rebuilt by 2040."} {
		a := ""
		for _, y := range []string{"2019", "2026", "2030", "2040"} {
			if strings.Contains(s, y) {
				a = y
			}
		}
		facts = append(facts, notes.Fact{Kind: notes.Date, Answer: a, Note: "c.md", Sentence: s, Start: strings.Index(s, a)})
	}
	p := newPool(factRefs(facts))
	if lo, hi, ok := p.years("c.md"); !ok || lo != 2019 || hi != 2019 {
		t.Errorf("years(c.md) = %d, %d, %v, want 2019, 2019", lo, hi, ok)
	}
}

// TestOrdinalAndPercent: isOrdinal and isPercent, which skip the regexp and
// the lower-cased copy on most answers, answer as the regexp and a search
// of the lower-cased text do.
func TestOrdinalAndPercent(t *testing.T) {
	for _, s := range []string{"3rd", "the 21st century", "140TH", "4th-largest", "1st2", "12", "", "rd",
		"45%", "45 Percent", "PERCENT", "per cent", "2nd and 10 percent", "İstanbul 5th", "50 pércent"} {
		if got, want := isOrdinal(s), ordinalRe.MatchString(s); got != want {
			t.Errorf("isOrdinal(%q) = %v, want %v", s, got, want)
		}
		l := strings.ToLower(s)
		if got, want := isPercent(s), strings.Contains(l, "%") || strings.Contains(l, "percent"); got != want {
			t.Errorf("isPercent(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestHoldsYearRun(t *testing.T) {
	for _, s := range []string{
		"1201", "in 1201", "c. 801 AD", "1201s", "12010", "12", "1,201", "1.201", "x1201", "1201_",
		"_1201", "1201-1204", "£300", "300m", "(1201)", "é1201é", "mid-1200s", "", "abc", "99 and 100",
	} {
		if got, want := holdsYearRun(s), yearRun.MatchString(s); got != want {
			t.Errorf("holdsYearRun(%q) = %v, but yearRun matches: %v", s, got, want)
		}
	}
}

// A year key gets no option a year off it ("1202" against "1203"), even
// when the collection has such years.
func TestNoYearNextToYearKey(t *testing.T) {
	for _, c := range mcOfYear(t, "The guild of Kesh won the Harbour Wars against Atlantis in 1203.", "1202", "1204") {
		for _, o := range c.Choices {
			if o == "1202" || o == "1204" {
				t.Errorf("options %q hold a year next to the key", c.Choices)
			}
		}
	}
}

// A year the stem estimates ("around _____") gets no option the answer
// checker would call close: each option but the key is wrong, even when
// the collection has years two off it and perturbing steps by two.
func TestNoCloseYearBesideEstimate(t *testing.T) {
	for _, c := range mcOfYear(t, "The guild of Kesh began dredging the harbour of Atlantis around 1203.", "1201", "1205") {
		for i, o := range c.Choices {
			if r := CheckText(c.Kind, c.Question, c.Answer, o); i != c.Key && r.Verdict != Wrong {
				t.Errorf("%q: option %q is %s", c.Question, o, r.Verdict)
			}
		}
	}
}

// Nor one a few years off, which "around" covers as well: both blind
// raters read "emerged around _____" with 1947 and 1954 beside 1950 as
// having more than one right answer.
func TestNoNearYearBesideEstimate(t *testing.T) {
	for _, c := range mcOfYear(t, "The guild of Kesh began dredging the harbour of Atlantis around 1203.", "1200", "1206") {
		for _, o := range c.Choices {
			if y, err := strconv.Atoi(o); err == nil && y != 1203 && y > 1203-estimateOptionYears && y < 1203+estimateOptionYears {
				t.Errorf("%q: option %q lies within %d years of the estimate", c.Question, o, estimateOptionYears)
			}
		}
	}
}

// mcOfYear is the mc cards eight seeds make of the year 1203 in sentence,
// beside harbours rebuilt in the years near (and others further off) that
// the draw may take as options. It fails t when none is made.
func mcOfYear(t *testing.T, sentence string, near ...string) []Card {
	t.Helper()
	facts := []notes.Fact{fact(notes.Date, "the guild of Kesh", sentence, "1203", "Wars")}
	for i, y := range append(near, "1199", "1207", "1210", "1196", "1213") {
		s := "The harbour of Velin number " + string(rune('A'+i)) + " was rebuilt in " + y + "."
		facts = append(facts, fact(notes.Date, "Velin", s, y, "Harbours"))
	}
	var out []Card
	for seed := int64(1); seed <= 8; seed++ {
		for _, c := range Generate(facts, Options{Seed: seed, MinScore: 0.3, Types: []Type{MC}}) {
			if c.Answer == "1203" {
				out = append(out, c)
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no mc card for the year 1203")
	}
	return out
}

// A count in words stepped down to one takes its unit in the singular, or
// the step is not taken: "one years" is a giveaway.
func TestPerturbWordsToOne(t *testing.T) {
	for _, tc := range []struct{ key, want string }{
		{"two years", "one year"},
		{"Two weeks", "One week"},
		{"over two decades", "over one decade"},
		{"two large farms", ""}, // no unit it knows the singular of
	} {
		k := describe(tc.key, notes.Quantity)
		got, ok := perturb(&k, notes.Quantity, -4) // ×0.5
		switch {
		case tc.want == "" && ok:
			t.Errorf("perturb(%q, ×0.5) = %q, want no distractor", tc.key, got)
		case tc.want != "" && got != tc.want:
			t.Errorf("perturb(%q, ×0.5) = %q, %v, want %q", tc.key, got, ok, tc.want)
		}
	}
}

func TestNameClassOfFirmsAndPlaces(t *testing.T) {
	for _, tt := range []struct {
		name, want string
	}{
		{"Orrin Vela", "person"},
		{"Ana Velt", "person"},
		{"KT Vela", "person"}, // initials
		{"Ana de Velt", "person"},
		{"Kesh Entertainment", "group"}, // a firm's word
		{"Vela Capital Management", "group"},
		{"Tarn Street", "group"},
		{"Kesh Radio Show", "group"},
		{"South Tarn", "group"}, // a place word opens it
		{"India Kesh", "group"}, // a country opens it
		{"KT&V", "group"},       // capitals, however normalised
		{"KTV Vela", "group"},   // capitals that are no initials
		{"Orrin KTV Vela", "group"},
		{"Kesh", "single"},
	} {
		if got := nameClass(answer.Normalize(tt.name), tt.name); got != tt.want {
			t.Errorf("nameClass(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	// a firm never stands for a person in a false statement, nor the reverse
	if likeForLike(notes.Actor, "Orrin Vela", "Kesh Entertainment") || likeForLike(notes.Actor, "Tarn Street", "Ana Velt") {
		t.Error("a firm and a person swapped in a false statement")
	}
	if !likeForLike(notes.Actor, "Orrin Vela", "Ana Velt") {
		t.Error("two persons not swapped")
	}
}
