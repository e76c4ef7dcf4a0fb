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
	facts := liftLabels(sharedFacts(t))
	for _, cut := range []bool{false, true} {
		g := &generator{pool: newPool(facts), lex: newLexicon(facts), warm: true, minScore: DefaultMinScore, cut: cut, topics: newTopics(facts)}
		all, some := make([]phrased, len(facts)), make([]phrased, len(facts))
		c := new(context)
		var strong strongReader
		for i, ref := range facts {
			f := *ref
			all[i] = g.cutAt(f, g.pool.keyOf[i], marksOf(f.Sentence))
			some[i] = all[i]
			if all[i].ok {
				g.phrase(f, &all[i], nil, nil)
				g.read(f, &some[i], c, &strong, nil)
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
	g := &generator{pool: newPool([]*notes.Fact{&f}), lex: newLexicon([]*notes.Fact{&f})}
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

// TestQuestionWordsLetEveryAskerThrough checks what phraseRest relies on,
// over the shared notes: every question qaRaw phrases opens with one of
// qaOpeners of its fact's kind, and questionWords of the questions that
// open alike lets through every fact that phrases one of them (not only
// the fact each was indexed by).
func TestQuestionWordsLetEveryAskerThrough(t *testing.T) {
	facts := liftLabels(sharedFacts(t))
	g := &generator{pool: newPool(facts), lex: newLexicon(facts)}
	cuts := make([]phrased, len(facts))
	asks := make([]string, len(facts))
	byOpener := map[string]*askedQuestions{}
	for i, ref := range facts {
		f := *ref
		cuts[i] = g.cutAt(f, g.pool.keyOf[i], marksOf(f.Sentence))
		if !cuts[i].ok {
			continue
		}
		rf, sp := withRoleBack(f, cuts[i].span(f))
		q, _, ok := qaRaw(rf, sp, g.lex)
		if !ok {
			continue
		}
		w, _ := nextField(q)
		if !slices.Contains(qaOpeners(f.Kind), w) {
			t.Errorf("%s fact %q: question %q opens with none of %v", f.Kind, f.Sentence, q, qaOpeners(f.Kind))
		}
		asks[i] = q
		a := byOpener[w]
		if a == nil {
			a = new(askedQuestions)
			byOpener[w] = a
		}
		if !slices.Contains(a.questions, q) {
			a.questions, a.askedBy, a.cuts = append(a.questions, q), append(a.askedBy, facts[i]), append(a.cuts, &cuts[i])
		}
	}
	indexed := 0
	words := map[string]*questionWords{}
	for w, a := range byOpener {
		if qw := newQuestionWords(a.questions, a.askedBy, a.cuts); !qw.any {
			words[w], indexed = qw, indexed+len(a.questions)
		}
	}
	if indexed < 50 {
		t.Fatalf("only %d questions indexed by their words", indexed)
	}
	var pieces pieceReader
	for i, q := range asks {
		w, _ := nextField(q)
		if qw := words[w]; qw != nil && !qw.mayAsk(facts[i], &cuts[i], &pieces) {
			t.Errorf("fact %q, which asks %q, is not let through", facts[i].Sentence, q)
		}
	}
}

// TestMayPhraseRulesOutNoQuestion checks that the facts mayPhrase rules
// out are those whose shapes of question (and subjectQuestion) phrase
// none, and that it rules out a fair share of definitions and actors (a
// third of those in ../shared).
func TestMayPhraseRulesOutNoQuestion(t *testing.T) {
	facts := liftLabels(sharedFacts(t))
	g := &generator{pool: newPool(facts), lex: newLexicon(facts)}
	seen, out := 0, 0
	for i, ref := range facts {
		f := *ref
		if f.Kind != notes.Definition && f.Kind != notes.Actor {
			continue
		}
		p := g.cutAt(f, g.pool.keyOf[i], marksOf(f.Sentence))
		if !p.ok {
			continue
		}
		f, sp := withRoleBack(f, p.span(f))
		if seen++; mayPhrase(f.Kind, sp) {
			continue
		}
		out++
		q, _, ok := "", 0.0, false
		if f.Kind == notes.Definition {
			q, ok = definitionQuestion(f, sp, g.lex)
		} else {
			q, ok = actorQuestion(f, sp, g.lex)
		}
		if sq, sok := subjectQuestion(f, sp, g.lex); ok || q != "" || sok || sq != "" {
			t.Errorf("%s fact %q ruled out, yet phrased %q or %q", f.Kind, f.Sentence, q, sq)
		}
	}
	if 4*out < seen {
		t.Errorf("only %d of %d definitions and actors ruled out", out, seen)
	}
}
