package quiz

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/notes"
)

var update = flag.Bool("update", false, "rewrite golden files")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./cards/quiz -update to accept):\n%s", name, got)
	}
}

func build(t *testing.T, opt Options) *Quiz {
	t.Helper()
	if opt.Created.IsZero() {
		opt.Created = fixtureTime
	}
	q, err := Build(fixtureCandidates(), opt)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func TestBuildOneCardPerFact(t *testing.T) {
	for _, types := range [][]Type{AllTypes, {MC}, {QA, TF}, {Match}} {
		q := build(t, Options{N: 50, Types: types, Seed: 3})
		seen := map[string]bool{}
		sentences := map[string]bool{}
		for _, qq := range q.Versions[0].Questions {
			for _, src := range qq.Sources {
				if sentences[src.Sentence] {
					t.Errorf("types %v: sentence %q asked twice", types, src.Sentence)
				}
				sentences[src.Sentence] = true
			}
			if !slices.Contains(types, qq.Type) {
				t.Errorf("types %v: got a %s question", types, qq.Type)
			}
			for _, id := range qq.Cards {
				fact := strings.SplitN(id, "-", 2)[0]
				if seen[fact] {
					t.Errorf("types %v: fact %s asked twice", types, fact)
				}
				seen[fact] = true
			}
		}
	}
}

func TestBuildMixesTypes(t *testing.T) {
	q := build(t, Options{N: 8, Types: []Type{MC, TF, QA, Cloze}, Seed: 1})
	count := map[Type]int{}
	for _, qq := range q.Versions[0].Questions {
		count[qq.Type]++
	}
	if len(q.Versions[0].Questions) != 8 {
		t.Fatalf("got %d questions, want 8", len(q.Versions[0].Questions))
	}
	for _, ty := range []Type{MC, TF, QA, Cloze} {
		if count[ty] != 2 {
			t.Errorf("got %d %s questions, want 2 (mix %v)", count[ty], ty, count)
		}
	}
}

func TestBuildMatchFromOneNote(t *testing.T) {
	q := build(t, Options{N: 2, Types: []Type{Match}, Seed: 5})
	if len(q.Versions[0].Questions) != 2 {
		t.Fatalf("got %d match exercises, want 2", len(q.Versions[0].Questions))
	}
	for _, qq := range q.Versions[0].Questions {
		if len(qq.Left) < 3 || len(qq.Left) != len(qq.Right) || len(qq.Cards) != len(qq.Left) {
			t.Fatalf("bad match %+v", qq)
		}
		note := qq.Sources[0].Note
		for i, s := range qq.Sources {
			if s.Note != note {
				t.Errorf("match mixes notes %q and %q", note, s.Note)
			}
			// The pair in the key must be the fact's subject and answer.
			f := fixture[factIndex(t, qq.Cards[i])]
			l, r := qq.Left[i], qq.Right[qq.Pairs[i]]
			// A response pairs the actor with it; other facts pair the
			// answer with the sentence it completes.
			if f.kind == notes.Response {
				if l != f.subject || r != f.answer {
					t.Errorf("pair %d: %q ↔ %q, want %q ↔ %q", i+1, l, r, f.subject, f.answer)
				}
			} else if l != f.answer || strings.Replace(r, cards.Blank, l, 1) != f.sentence {
				t.Errorf("pair %d: %q ↔ %q, want %q ↔ its sentence %q", i+1, l, r, f.answer, f.sentence)
			}
		}
	}
}

func factIndex(t *testing.T, id string) int {
	var i int
	if _, err := fmtSscanf(id, &i); err != nil {
		t.Fatalf("card id %q: %v", id, err)
	}
	return i
}

func TestBuildDueAndWeak(t *testing.T) {
	cands := fixtureCandidates()
	byFact := map[string]Candidate{}
	for _, c := range cands {
		byFact[c.Card.Siblings] = c
	}
	for _, mode := range []Mode{Due, Weak} {
		q := build(t, Options{N: 4, Types: []Type{QA}, Mode: mode, Seed: 1})
		var got []Candidate
		for _, qq := range q.Versions[0].Questions {
			c := byFact[strings.SplitN(qq.Cards[0], "-", 2)[0]]
			if c.New {
				t.Errorf("%s quiz asks new card %s", mode, qq.Cards[0])
			}
			got = append(got, c)
		}
		// The chosen cards come first in the mode's order among studied cards.
		var all []Candidate
		for _, c := range byFact {
			if !c.New {
				all = append(all, c)
			}
		}
		less := func(a, b Candidate) bool {
			if mode == Due {
				return a.Due.Before(b.Due)
			}
			return a.Retrievability < b.Retrievability || a.Retrievability == b.Retrievability && a.Position < b.Position
		}
		sort.Slice(all, func(i, j int) bool { return less(all[i], all[j]) })
		for i := range got {
			if got[i].Card.Siblings != all[i].Card.Siblings {
				t.Errorf("%s: question %d is fact %s, want %s", mode, i+1, got[i].Card.Siblings, all[i].Card.Siblings)
			}
		}
	}
}

func TestBuildNoteAndHeading(t *testing.T) {
	q := build(t, Options{N: 20, Types: []Type{QA}, Note: "council disputes", Seed: 1})
	for _, qq := range q.Versions[0].Questions {
		if qq.Sources[0].Note != "Council disputes" {
			t.Errorf("--note: got a question from %q", qq.Sources[0].Note)
		}
	}
	q = build(t, Options{N: 20, Types: []Type{QA}, Heading: "founding", Seed: 1})
	if n := len(q.Versions[0].Questions); n != 4 {
		t.Errorf("--heading founding: got %d questions, want 4", n)
	}
	if _, err := Build(fixtureCandidates(), Options{N: 3, Note: "no such note"}); err != ErrEmpty {
		t.Errorf("unknown note: got %v, want ErrEmpty", err)
	}
}

func TestVersions(t *testing.T) {
	q := build(t, Options{N: 10, Seed: 42, Versions: 3})
	if len(q.Versions) != 3 {
		t.Fatalf("got %d versions", len(q.Versions))
	}
	// canonical describes a question independent of its order: its cards and
	// the text of its correct answer(s).
	canonical := func(v Version) []string {
		var out []string
		for _, qq := range v.Questions {
			ids := slices.Clone(qq.Cards)
			sort.Strings(ids)
			s := string(qq.Type) + " " + strings.Join(ids, ",") + " => "
			switch qq.Type {
			case Match:
				var pairs []string
				for i := range qq.Left {
					pairs = append(pairs, qq.Left[i]+"="+qq.Right[qq.Pairs[i]])
				}
				sort.Strings(pairs)
				s += strings.Join(pairs, ";")
			case MC, TF:
				s += qq.Options[qq.Key]
			default:
				s += qq.Answer
			}
			out = append(out, s)
		}
		sort.Strings(out)
		return out
	}
	order := func(v Version) string {
		var ids []string
		for _, qq := range v.Questions {
			ids = append(ids, strings.Join(qq.Cards, ","))
		}
		return strings.Join(ids, " ")
	}
	a := q.Versions[0]
	for _, v := range q.Versions[1:] {
		if !slices.Equal(canonical(a), canonical(v)) {
			t.Errorf("version %s holds other questions or keys than A:\n%v\n%v", v.Letter, canonical(a), canonical(v))
		}
		if order(a) == order(v) {
			t.Errorf("version %s has the same question order as A", v.Letter)
		}
	}
	// Option order differs somewhere between the versions.
	opts := func(v Version) map[string]string {
		m := map[string]string{}
		for _, qq := range v.Questions {
			m[strings.Join(qq.Cards, ",")] = strings.Join(qq.Options, "|") + strings.Join(qq.Right, "|")
		}
		return m
	}
	oa, ob := opts(a), opts(q.Versions[1])
	same := 0
	for k := range oa {
		if oa[k] == ob[k] {
			same++
		}
	}
	if same == len(oa) {
		t.Errorf("versions A and B have every option in the same order")
	}
	// Reproducible from the seed, and the seed matters.
	again := build(t, Options{N: 10, Seed: 42, Versions: 3})
	if again.ID != q.ID || order(again.Versions[2]) != order(q.Versions[2]) {
		t.Errorf("same seed gave another quiz: %s vs %s", again.ID, q.ID)
	}
	other := build(t, Options{N: 10, Seed: 43, Versions: 3})
	if other.ID == q.ID {
		t.Errorf("seeds 42 and 43 gave the same ID %s", q.ID)
	}
	if len(q.ID) != 6 {
		t.Errorf("ID %q: want 6 characters", q.ID)
	}
}

func TestParseAnswers(t *testing.T) {
	tests := []struct {
		in   string
		want map[int]string
		err  bool
	}{
		{"1:b 2:true 3:1979", map[int]string{1: "b", 2: "true", 3: "1979"}, false},
		{"1:World War II 2: a", map[int]string{1: "World War II", 2: "a"}, false},
		{"4:1c 2a 3b 5:x", map[int]string{4: "1c 2a 3b", 5: "x"}, false},
		{`3:"at 2:30" 1:b`, map[int]string{3: "at 2:30", 1: "b"}, false},
		{"1:b, 2:c; 3:d", map[int]string{1: "b", 2: "c", 3: "d"}, false},
		{"1=Tiranë", map[int]string{1: "Tiranë"}, false},
		{"9:b", nil, true},
		{"b", nil, true},
		{"1:a 1:b", nil, true},
	}
	for _, tt := range tests {
		got, err := ParseAnswers(tt.in, 5)
		if (err != nil) != tt.err {
			t.Errorf("ParseAnswers(%q) error %v, want error %v", tt.in, err, tt.err)
			continue
		}
		if !tt.err && !mapsEqual(got, tt.want) {
			t.Errorf("ParseAnswers(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func mapsEqual(a, b map[int]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func exact(_ Question, expected, typed string) cards.Verdict {
	if strings.EqualFold(strings.TrimSpace(expected), strings.TrimSpace(typed)) {
		return cards.Correct
	}
	return cards.Wrong
}

func TestGrade(t *testing.T) {
	v := Version{Letter: "A", Questions: []Question{
		{N: 1, Type: MC, Options: []string{"x", "y", "z"}, Key: 1, Cards: []string{"c1"}},
		{N: 2, Type: TF, Options: []string{"True", "False"}, Key: 1, Cards: []string{"c2"}},
		{N: 3, Type: QA, Answer: "1979", Key: -1, Cards: []string{"c3"}},
		{N: 4, Type: Match, Left: []string{"p", "q", "r"}, Right: []string{"R", "P", "Q"}, Pairs: []int{1, 2, 0}, Key: -1, Cards: []string{"m1", "m2", "m3"}},
		{N: 5, Type: MC, Options: []string{"x", "y"}, Key: 0, Cards: []string{"c5"}},
		{N: 6, Type: Cloze, Answer: "Tiranë", Key: -1, Cards: []string{"c6"}},
	}}
	answers := map[int]string{1: "b", 2: "true", 3: "1979", 4: "1b 2a 3a", 5: "X", 6: "tiranë"}
	got, skipped := Grade(&v, answers, exact)
	want := map[string]cards.Verdict{"c1": cards.Correct, "c2": cards.Wrong, "c3": cards.Correct, "m1": cards.Correct, "m2": cards.Wrong, "m3": cards.Correct, "c5": cards.Correct, "c6": cards.Correct}
	if len(got) != len(want) || len(skipped) != 0 {
		t.Fatalf("got %d results, skipped %v", len(got), skipped)
	}
	for _, r := range got {
		if r.Verdict != want[r.CardID] {
			t.Errorf("card %s (%q): got %s, want %s", r.CardID, r.Typed, r.Verdict, want[r.CardID])
		}
	}
	_, skipped = Grade(&v, map[int]string{1: "a"}, exact)
	if !slices.Equal(skipped, []int{2, 3, 4, 5, 6}) {
		t.Errorf("skipped %v", skipped)
	}
	if m := parseMatch("cab", 3); m[0] != 2 || m[1] != 0 || m[2] != 1 {
		t.Errorf("parseMatch(cab) = %v", m)
	}
}
