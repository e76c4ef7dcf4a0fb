package cards

import (
	"slices"
	"testing"

	"github.com/recall-srs/recall/notes"
)

// TestPhrasingTheRestKeepsAmbiguity checks that the questions Generate
// phrases in full (those of the facts that may give a card, and of the
// others asking one of theirs, see phraseRest) tell every fact asking the
// question of a fact that may give a card, with its answer: which of
// those questions are ambiguous is the same as with every question
// phrased in full. It does so with cards filtered, and with cards that
// cannot reach the minimum score cut too (read then drops most facts on
// their score, before their question is phrased).
func TestPhrasingTheRestKeepsAmbiguity(t *testing.T) {
	facts := liftLabels(trimAnswers(sharedFacts(t)))
	for _, cut := range []bool{false, true} {
		g := &generator{pool: newPool(facts), lex: newLexicon(facts), warm: true, minScore: DefaultMinScore, cut: cut, topics: newTopics(facts)}
		all, some := make([]phrased, len(facts)), make([]phrased, len(facts))
		c := new(context)
		for i, f := range facts {
			all[i] = g.cutAt(f, g.pool.keyOf[i], marksOf(f.Sentence))
			some[i] = all[i]
			if all[i].ok {
				g.phrase(f, &all[i], nil, nil)
				some[i].strong = g.lex.strongSubject(f)
				g.read(f, &some[i], c, nil)
			}
		}
		dead := 0
		for _, p := range some {
			if p.dead {
				dead++
			}
		}
		if dead == 0 {
			t.Fatalf("cut %v: no fact found to give no card: nothing left to phrase after the first pass", cut)
		}
		g.phraseRest(facts, some)
		answersOf := func(ps []phrased) map[string][]string { // question → answers asked, sorted
			m := map[string][]string{}
			for _, p := range ps {
				if p.asked && p.qaOK && !slices.Contains(m[p.more.qa], p.more.keyNorm) {
					m[p.more.qa] = append(m[p.more.qa], p.more.keyNorm)
				}
			}
			for _, as := range m {
				slices.Sort(as)
			}
			return m
		}
		allAnswers, someAnswers := answersOf(all), answersOf(some)
		for i, p := range some {
			if !p.ok {
				continue
			}
			if !p.asked {
				t.Fatalf("cut %v: fact %d left unphrased", cut, i)
			}
			if p.dead || !p.qaOK {
				continue
			}
			if qa := p.more.qa; !slices.Equal(allAnswers[qa], someAnswers[qa]) {
				t.Errorf("cut %v: %q (fact %d) asked for %v among all facts, %v among those phrased in full", cut, qa, i, allAnswers[qa], someAnswers[qa])
			}
		}
	}
}

// TestPhraseAmong checks that phrase leaves a question not among the
// ones that matter not ok, and checks one among them in full.
func TestPhraseAmong(t *testing.T) {
	f := fact(notes.Date, "", "Iraq invaded Iran in 1980.", "1980")
	g := &generator{pool: newPool([]notes.Fact{f}), lex: newLexicon([]notes.Fact{f})}
	full := g.cutAt(f, g.pool.keyOf[0], marksOf(f.Sentence))
	g.phrase(f, &full, nil, nil)
	if !full.qaOK {
		t.Fatalf("no question of %q", f.Sentence)
	}
	for _, tt := range []struct {
		among map[string]bool
		want  bool
	}{
		{map[string]bool{full.more.qa: true}, true},
		{map[string]bool{"When did Iraq invade Kuwait?": true}, false},
		{map[string]bool{}, false},
	} {
		p := g.cutAt(f, g.pool.keyOf[0], marksOf(f.Sentence))
		g.phrase(f, &p, tt.among, nil)
		if qa, _ := p.question(); !p.asked || p.qaOK != tt.want || tt.want && qa != full.more.qa {
			t.Errorf("among %v: asked %v, %q ok %v; want ok %v", tt.among, p.asked, qa, p.qaOK, tt.want)
		}
	}
}
