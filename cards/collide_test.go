package cards

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/recall-srs/recall/notes"
)

// TestQuestionWordsComeFromTheFact checks what phraseAlike rests on: every
// word of every question qaRaw phrases for a shared note's fact, but the
// asked words, is one of the fact's source words (collide.go).
func TestQuestionWordsComeFromTheFact(t *testing.T) {
	facts := liftLabels(trimAnswers(sharedFacts(t)))
	g := &generator{pool: newPool(facts), lex: newLexicon(facts)}
	questions := 0
	for i, f := range facts {
		p := g.cutAt(f, g.pool.keyOf[i])
		if !p.ok {
			continue
		}
		rf, sp := withRoleBack(f, p.span(f))
		q, _, ok := qaRaw(rf, sp, g.lex)
		if !ok {
			continue
		}
		questions++
		have := map[string]bool{}
		if !sourceWords(f, p.left, p.right, func(w []byte) bool { have[string(w)] = true; return true }) {
			continue // always phrased
		}
		for _, w := range questionWords(q) {
			if !have[w] {
				t.Errorf("%q asked of %q (answer %q, subject %q): %q is neither an asked word nor one of the fact's", q, f.Sentence, f.Answer, f.Subject, w)
			}
		}
	}
	if questions < 100 {
		t.Fatalf("only %d questions phrased from the shared notes", questions)
	}
}

// TestPhrasingAlikeKeepsAmbiguity checks that the questions Generate
// phrases (those of the facts worth asking, and of the others phraseAlike
// picks) find every fact asking the question of a fact worth asking, with
// its answer: which questions are ambiguous is the same as with every
// question phrased.
func TestPhrasingAlikeKeepsAmbiguity(t *testing.T) {
	facts := liftLabels(trimAnswers(sharedFacts(t)))
	g := &generator{pool: newPool(facts), lex: newLexicon(facts), warm: true}
	all, some := make([]phrased, len(facts)), make([]phrased, len(facts))
	unasked := 0
	var last sentenceReading
	for i, f := range facts {
		all[i] = g.cutAt(f, g.pool.keyOf[i])
		some[i] = all[i]
		if all[i].ok {
			g.phrase(f, &all[i])
			some[i].strong = g.lex.strongSubject(f)
			g.read(f, &some[i], readWorth(f.Sentence), &last)
		}
	}
	g.phraseAlike(facts, some)
	answersOf := func(ps []phrased) map[string][]string { // question → answers asked, sorted
		m := map[string][]string{}
		for _, p := range ps {
			if p.asked && p.qaOK && !slices.Contains(m[p.qa], p.keyNorm) {
				m[p.qa] = append(m[p.qa], p.keyNorm)
			}
		}
		for _, as := range m {
			slices.Sort(as)
		}
		return m
	}
	allAnswers, someAnswers := answersOf(all), answersOf(some)
	for i, p := range some {
		if !p.asked {
			unasked++
		}
		if p.dead || !p.qaOK {
			continue
		}
		if !slices.Equal(allAnswers[p.qa], someAnswers[p.qa]) {
			t.Errorf("%q (fact %d) asked for %v among all facts, %v among those phrased", p.qa, i, allAnswers[p.qa], someAnswers[p.qa])
		}
	}
	// the point of it: most facts that give no card are not phrased
	if unasked == 0 {
		t.Errorf("every fact phrased")
	}
}

func TestFoldsToASCII(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		// case changes keep a word's ASCII letters and digits apart from
		// its other runes unless the rune folds to ASCII
		if r >= utf8.RuneSelf && !foldsToASCII(r) && (unicode.ToUpper(r) < utf8.RuneSelf || unicode.ToLower(r) < utf8.RuneSelf) {
			t.Fatalf("%q folds to ASCII", r)
		}
	}
	for _, tt := range []struct {
		r    rune
		want bool
	}{{'a', false}, {'é', false}, {'ſ', true}, {'ı', true}, {'\u212a', true}, {'İ', true}} {
		if got := foldsToASCII(tt.r); got != tt.want {
			t.Errorf("foldsToASCII(%q) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

func TestQuestionWords(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"When did Iraq invade Iran?", []string{"iraq", "invade", "iran"}},
		{"What was the population of Ürümqi in 1990?", []string{"r", "mqi", "1990"}}, // letters outside ASCII part words
		{"Who signed the U.S.-Japan treaty?", []string{"signed", "u", "s", "japan", "treaty"}},
		{"What does NATO stand for?", []string{"nato"}},
		{"What does WHO stand for?", []string{"who"}}, // capitals past the first: the fact's
		{"What was the population of France in 1990?", []string{"france", "1990"}},
		{"What is the population?", []string{"population"}},           // not populationQuestion's shape: the fact's
		{"Who wrote the treaty?", []string{"treaty"}},                 // a participle's past, as actorQuestion writes it
		{"What wrote the treaty?", []string{"wrote", "treaty"}},       // ... only in a question asking who
		{"Where did the tanks come from?", []string{"tanks", "come"}}, // "from" closing a place question
	} {
		if got := questionWords(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("questionWords(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestMayAsk(t *testing.T) {
	x := newQuestionIndex([]string{"When did Iraq invade Iran?", "Who signed the Camp David Accords?"})
	for _, tt := range []struct {
		sentence, answer, subject string
		want                      bool
	}{
		{"Iraq invaded Iran in 1980.", "1980", "", true},               // "invade" is the lemma of "invaded"
		{"Iraq invaded Kuwait in 1990.", "1990", "", false},            // no "Iran"
		{"It invaded Iran in 1980.", "1980", "Iraq", true},             // the subject may stand for "it"
		{"Sadat signed the Camp David Accords.", "Sadat", "", true},    // all the words
		{"Sadat signed the Camp David treaty.", "Sadat", "", false},    // "accords" missing
		{"Iraq invadeſ Iran in 1980.", "1980", "", true},               // a long s: always phrased
		{"Begin signed the Camp David Accords.", "Accords", "", false}, // the answer is not among the words left
	} {
		f := notes.Fact{Sentence: tt.sentence, Answer: tt.answer, Subject: tt.subject, Start: -1}
		sp, ok := locate(f)
		if !ok {
			t.Fatalf("%q not in %q", tt.answer, tt.sentence)
		}
		if got := x.mayAsk(f, sp.left, sp.right); got != tt.want {
			t.Errorf("mayAsk(%q, answer %q) = %v, want %v", tt.sentence, tt.answer, got, tt.want)
		}
	}
}
