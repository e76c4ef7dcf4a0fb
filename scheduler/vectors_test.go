package scheduler

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"testing"
	"time"
)

// The reference vectors were produced by ts-fsrs 5.4.2 and fsrs-rs 6.5.0;
// they are read in place, never copied into the repository.
const vectorsPath = "../../shared/fsrs/vectors.json"

type paramSet struct {
	W                []float64 `json:"w"`
	RequestRetention float64   `json:"request_retention"`
	MaximumInterval  int       `json:"maximum_interval"`
	EnableShortTerm  bool      `json:"enable_short_term"`
	LearningSteps    []string  `json:"learning_steps"`
	RelearningSteps  []string  `json:"relearning_steps"`
	WEffective       []float64 `json:"w_effective"`
	Derived          struct {
		Decay            float64 `json:"decay"`
		Factor           float64 `json:"factor"`
		IntervalModifier float64 `json:"interval_modifier"`
	} `json:"derived"`
}

type rsPair struct {
	S    *float64 `json:"s"`
	D    *float64 `json:"d"`
	NewS *float64 `json:"new_s"`
	NewD *float64 `json:"new_d"`
}

type cardJSON struct {
	State         string  `json:"state"`
	LearningSteps int     `json:"learning_steps"`
	Stability     float64 `json:"stability"`
	Difficulty    float64 `json:"difficulty"`
	ElapsedDays   *int    `json:"elapsed_days"`
	ScheduledDays int     `json:"scheduled_days"`
	Due           string  `json:"due"`
	Reps          *int    `json:"reps"`
	Lapses        *int    `json:"lapses"`
	LastReview    string  `json:"last_review"`
}

type vectors struct {
	ParameterSets   map[string]paramSet `json:"parameter_sets"`
	ForgettingCurve []struct {
		Set string  `json:"set"`
		T   float64 `json:"t"`
		S   float64 `json:"s"`
		R   float64 `json:"r"`
	} `json:"forgetting_curve"`
	NextInterval []struct {
		Set              string  `json:"set"`
		RequestRetention float64 `json:"request_retention"`
		MaximumInterval  int     `json:"maximum_interval"`
		S                float64 `json:"s"`
		IntervalRaw      float64 `json:"interval_raw"`
		Interval         int     `json:"interval"`
	} `json:"next_interval"`
	InitState []struct {
		Set        string  `json:"set"`
		Rating     Rating  `json:"rating"`
		S          float64 `json:"s"`
		D          float64 `json:"d"`
		DUnclamped float64 `json:"d_unclamped"`
	} `json:"init_state"`
	NextState []struct {
		Set    string  `json:"set"`
		D      float64 `json:"d"`
		S      float64 `json:"s"`
		T      float64 `json:"t"`
		Rating Rating  `json:"rating"`
		R      float64 `json:"r"`
		Branch string  `json:"branch"`
		NewD   float64 `json:"new_d"`
		NewS   float64 `json:"new_s"`
		FSRSRS rsPair  `json:"fsrs_rs"`
	} `json:"next_state"`
	MemorySequences []struct {
		Set   string `json:"set"`
		Name  string `json:"name"`
		Steps []struct {
			DeltaT  float64  `json:"delta_t"`
			Rating  Rating   `json:"rating"`
			RBefore *float64 `json:"r_before"`
			S       float64  `json:"s"`
			D       float64  `json:"d"`
			FSRSRS  rsPair   `json:"fsrs_rs"`
		} `json:"steps"`
	} `json:"memory_sequences"`
	SchedulerSequences []struct {
		Set       string `json:"set"`
		Name      string `json:"name"`
		CreatedAt string `json:"created_at"`
		Steps     []struct {
			ReviewAt    string   `json:"review_at"`
			ReviewMs    int64    `json:"review_ms"`
			Rating      string   `json:"rating"`
			ElapsedDays int      `json:"elapsed_days"`
			RAtReview   *float64 `json:"r_at_review"`
			Card        cardJSON `json:"card"`
			RAfter      []struct {
				TDays float64 `json:"t_days"`
				R     float64 `json:"r"`
			} `json:"retrievability_after"`
			AllRatings map[string]cardJSON `json:"all_ratings"`
		} `json:"steps"`
	} `json:"scheduler_sequences"`
	ClipParameters []struct {
		W                  []float64 `json:"w"`
		NumRelearningSteps int       `json:"num_relearning_steps"`
		EnableShortTerm    bool      `json:"enable_short_term"`
		Clipped            []float64 `json:"clipped"`
	} `json:"clip_parameters"`
	MigrateParameters []struct {
		From     string    `json:"from"`
		W        []float64 `json:"w"`
		Migrated []float64 `json:"migrated"`
	} `json:"migrate_parameters"`
	FuzzRanges []struct {
		Interval        float64 `json:"interval"`
		ElapsedDays     int     `json:"elapsed_days"`
		MaximumInterval int     `json:"maximum_interval"`
		MinIvl          int     `json:"min_ivl"`
		MaxIvl          int     `json:"max_ivl"`
	} `json:"fuzz_ranges"`
	FuzzedAlea []struct {
		ReviewMs int64  `json:"review_ms"`
		Rating   string `json:"rating"`
		Before   struct {
			Stability  float64 `json:"stability"`
			Difficulty float64 `json:"difficulty"`
			Reps       int     `json:"reps"`
			State      string  `json:"state"`
		} `json:"before"`
		Seed        string `json:"seed"`
		ElapsedDays int    `json:"elapsed_days"`
		Fuzzed      int    `json:"scheduled_days_fuzzed"`
		Unfuzzed    int    `json:"scheduled_days_unfuzzed"`
	} `json:"fuzzed_tsfsrs_alea"`
	SM2 []struct {
		Ratings  []Rating `json:"ratings"`
		Interval int      `json:"interval"`
		P        []struct {
			T float64 `json:"t"`
			P float64 `json:"p"`
		} `json:"p"`
	} `json:"sm2_srs_benchmark"`
}

func loadVectors(t testing.TB) *vectors {
	t.Helper()
	b, err := os.ReadFile(vectorsPath)
	if err != nil {
		t.Fatalf("read reference vectors: %v", err)
	}
	var v vectors
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("decode %s: %v", vectorsPath, err)
	}
	return &v
}

// close64 is the VECTORS.md tolerance for S, D and R.
func close64(got, want float64) bool {
	d := math.Abs(got - want)
	return d <= 1e-4 || d <= 1e-6*math.Abs(want)
}

// closeF32 compares with fsrs-rs's float32 results.
func closeF32(got, want float64) bool {
	d := math.Abs(got - want)
	return d <= 1e-4 || d <= 1e-5*math.Abs(want)
}

func ratingByName(t testing.TB, s string) Rating {
	for r := Again; r <= Easy; r++ {
		if r.String() == s {
			return r
		}
	}
	t.Fatalf("unknown rating %q", s)
	return 0
}

func stateByName(t testing.TB, s string) State {
	for st := New; st <= Relearning; st++ {
		if st.String() == s {
			return st
		}
	}
	t.Fatalf("unknown state %q", s)
	return 0
}

func mustTime(t testing.TB, s string) time.Time {
	tm, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatalf("parse time %q: %v", s, err)
	}
	return tm
}

func configFor(t testing.TB, p paramSet) Config {
	c := DefaultConfig()
	c.Weights = p.W
	c.Retention = p.RequestRetention
	c.MaxInterval = p.MaximumInterval
	c.ShortTerm = p.EnableShortTerm
	c.Fuzz = false // the sequences were made with ts-fsrs's default, fuzz off
	var err error
	if c.LearningSteps, err = ParseSteps(join(p.LearningSteps)); err != nil {
		t.Fatal(err)
	}
	if c.RelearningSteps, err = ParseSteps(join(p.RelearningSteps)); err != nil {
		t.Fatal(err)
	}
	return c
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out
}

func effective(t testing.TB, v *vectors, set string) []float64 {
	p, ok := v.ParameterSets[set]
	if !ok {
		t.Fatalf("unknown parameter set %q", set)
	}
	return p.WEffective
}

func TestParameterSets(t *testing.T) {
	v := loadVectors(t)
	if len(v.ParameterSets) != 4 {
		t.Fatalf("got %d parameter sets, want 4", len(v.ParameterSets))
	}
	for name, p := range v.ParameterSets {
		f, err := NewFSRS(configFor(t, p))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		w := f.Weights()
		for i := range p.WEffective {
			if !close64(w[i], p.WEffective[i]) {
				t.Errorf("%s: w[%d] = %v, want %v", name, i, w[i], p.WEffective[i])
			}
		}
		decay, factor := DecayFactor(w)
		if decay != p.Derived.Decay || factor != p.Derived.Factor {
			t.Errorf("%s: decay, factor = %v, %v; want %v, %v", name, decay, factor, p.Derived.Decay, p.Derived.Factor)
		}
		if f.IntervalModifier() != p.Derived.IntervalModifier {
			t.Errorf("%s: interval modifier = %v, want %v", name, f.IntervalModifier(), p.Derived.IntervalModifier)
		}
	}
}

func TestForgettingCurve(t *testing.T) {
	v := loadVectors(t)
	if len(v.ForgettingCurve) == 0 {
		t.Fatal("no forgetting_curve vectors")
	}
	for _, e := range v.ForgettingCurve {
		if got := Retrievability(e.T, e.S, effective(t, v, e.Set)); !close64(got, e.R) {
			t.Errorf("%s R(t=%v, S=%v) = %v, want %v", e.Set, e.T, e.S, got, e.R)
		}
	}
}

func TestNextInterval(t *testing.T) {
	v := loadVectors(t)
	if len(v.NextInterval) == 0 {
		t.Fatal("no next_interval vectors")
	}
	for _, e := range v.NextInterval {
		w := effective(t, v, e.Set)
		if got := IntervalRaw(e.S, e.RequestRetention, w); math.Abs(got-e.IntervalRaw) > 1e-6*math.Max(1, e.IntervalRaw) {
			t.Errorf("%s raw interval(S=%v, r=%v) = %v, want %v", e.Set, e.S, e.RequestRetention, got, e.IntervalRaw)
		}
		im := IntervalModifier(e.RequestRetention, w)
		if got := IntervalDays(e.S, im, e.MaximumInterval); got != e.Interval {
			t.Errorf("%s interval(S=%v, r=%v, max=%d) = %d, want %d", e.Set, e.S, e.RequestRetention, e.MaximumInterval, got, e.Interval)
		}
	}
}

func TestInitState(t *testing.T) {
	v := loadVectors(t)
	if len(v.InitState) == 0 {
		t.Fatal("no init_state vectors")
	}
	for _, e := range v.InitState {
		w := effective(t, v, e.Set)
		if got := InitStability(e.Rating, w); !close64(got, e.S) {
			t.Errorf("%s S0(%v) = %v, want %v", e.Set, e.Rating, got, e.S)
		}
		if got := InitDifficulty(e.Rating, w); !close64(got, e.D) {
			t.Errorf("%s D0(%v) = %v, want %v", e.Set, e.Rating, got, e.D)
		}
		if got := InitDifficultyRaw(e.Rating, w); !close64(got, e.DUnclamped) {
			t.Errorf("%s unclamped D0(%v) = %v, want %v", e.Set, e.Rating, got, e.DUnclamped)
		}
	}
}

func TestNextState(t *testing.T) {
	v := loadVectors(t)
	if len(v.NextState) == 0 {
		t.Fatal("no next_state vectors")
	}
	for _, e := range v.NextState {
		w := effective(t, v, e.Set)
		name := fmt.Sprintf("%s D=%v S=%v t=%v %v (%s)", e.Set, e.D, e.S, e.T, e.Rating, e.Branch)
		if r := Retrievability(e.T, e.S, w); !close64(r, e.R) {
			t.Errorf("%s: R = %v, want %v", name, r, e.R)
		}
		got := NextState(MemoryState{Stability: e.S, Difficulty: e.D}, e.T, e.Rating, -1, w, true)
		if !close64(got.Stability, e.NewS) || !close64(got.Difficulty, e.NewD) {
			t.Errorf("%s: got S=%v D=%v, want S=%v D=%v", name, got.Stability, got.Difficulty, e.NewS, e.NewD)
		}
		if s := NextStability(e.S, e.D, e.T, e.R, e.Rating, w); !close64(s, e.NewS) {
			t.Errorf("%s: NextStability = %v, want %v", name, s, e.NewS)
		}
		if e.FSRSRS.NewS != nil && (!closeF32(got.Stability, *e.FSRSRS.NewS) || !closeF32(got.Difficulty, *e.FSRSRS.NewD)) {
			t.Errorf("%s: got S=%v D=%v, fsrs-rs S=%v D=%v", name, got.Stability, got.Difficulty, *e.FSRSRS.NewS, *e.FSRSRS.NewD)
		}
	}
}

func TestMemorySequences(t *testing.T) {
	v := loadVectors(t)
	if len(v.MemorySequences) == 0 {
		t.Fatal("no memory_sequences vectors")
	}
	for _, seq := range v.MemorySequences {
		w := effective(t, v, seq.Set)
		var m MemoryState
		for i, st := range seq.Steps {
			name := fmt.Sprintf("%s/%s step %d", seq.Set, seq.Name, i)
			if st.RBefore != nil {
				if r := Retrievability(st.DeltaT, m.Stability, w); !close64(r, *st.RBefore) {
					t.Errorf("%s: R before = %v, want %v", name, r, *st.RBefore)
				}
			}
			m = NextState(m, st.DeltaT, st.Rating, -1, w, true)
			if !close64(m.Stability, st.S) || !close64(m.Difficulty, st.D) {
				t.Errorf("%s: got S=%v D=%v, want S=%v D=%v", name, m.Stability, m.Difficulty, st.S, st.D)
			}
			if st.FSRSRS.S != nil && (!closeF32(m.Stability, *st.FSRSRS.S) || !closeF32(m.Difficulty, *st.FSRSRS.D)) {
				t.Errorf("%s: got S=%v D=%v, fsrs-rs S=%v D=%v", name, m.Stability, m.Difficulty, *st.FSRSRS.S, *st.FSRSRS.D)
			}
		}
	}
}

// checkCard compares a scheduled state with a ts-fsrs card, exactly for
// everything but S and D.
func checkCard(t *testing.T, name string, got Memory, want cardJSON) {
	t.Helper()
	if got.State.String() != want.State || got.Step != want.LearningSteps ||
		got.ScheduledDays != want.ScheduledDays || !got.Due.Equal(mustTime(t, want.Due)) ||
		!close64(got.Stability, want.Stability) || !close64(got.Difficulty, want.Difficulty) {
		t.Errorf("%s:\n got  %v step %d S=%v D=%v sched %d due %s\n want %s step %d S=%v D=%v sched %d due %s", name,
			got.State, got.Step, got.Stability, got.Difficulty, got.ScheduledDays, got.Due.Format(time.RFC3339),
			want.State, want.LearningSteps, want.Stability, want.Difficulty, want.ScheduledDays, want.Due)
	}
	if want.Reps != nil && (got.Reps != *want.Reps || got.Lapses != *want.Lapses || got.ElapsedDays != *want.ElapsedDays) {
		t.Errorf("%s: reps/lapses/elapsed = %d/%d/%d, want %d/%d/%d", name,
			got.Reps, got.Lapses, got.ElapsedDays, *want.Reps, *want.Lapses, *want.ElapsedDays)
	}
	if want.LastReview != "" && !got.LastReview.Equal(mustTime(t, want.LastReview)) {
		t.Errorf("%s: last review %v, want %s", name, got.LastReview, want.LastReview)
	}
}

func TestSchedulerSequences(t *testing.T) {
	v := loadVectors(t)
	if len(v.SchedulerSequences) != 32 {
		t.Fatalf("got %d scheduler sequences, want 32", len(v.SchedulerSequences))
	}
	checked := 0
	for _, seq := range v.SchedulerSequences {
		f, err := NewFSRS(configFor(t, v.ParameterSets[seq.Set]))
		if err != nil {
			t.Fatal(err)
		}
		w := f.Weights()
		m := Memory{State: New, Due: mustTime(t, seq.CreatedAt)}
		for i, st := range seq.Steps {
			name := fmt.Sprintf("%s/%s step %d", seq.Set, seq.Name, i)
			now := mustTime(t, st.ReviewAt)
			if now.UnixMilli() != st.ReviewMs {
				t.Fatalf("%s: review_at and review_ms disagree", name)
			}
			if st.RAtReview != nil {
				if r := Retrievability(float64(st.ElapsedDays), m.Stability, w); !close64(r, *st.RAtReview) {
					t.Errorf("%s: R at review = %v, want %v", name, r, *st.RAtReview)
				}
			}
			preview := Preview(f, m, now, 0)
			for r := Again; r <= Easy; r++ {
				want, ok := st.AllRatings[r.String()]
				if !ok {
					t.Fatalf("%s: no all_ratings entry for %v", name, r)
				}
				checkCard(t, name+" preview "+r.String(), preview[r-1], want)
				checked++
			}
			g := ratingByName(t, st.Rating)
			next, log := f.Next(m, now, g, 0)
			checkCard(t, name, next, st.Card)
			if next != preview[g-1] {
				t.Errorf("%s: Next differs from its Preview", name)
			}
			if log.ElapsedDays != st.ElapsedDays || log.Rating != g || log.StateBefore != m.State ||
				log.ScheduledDays != next.ScheduledDays || !log.Due.Equal(next.Due) || log.Stability != next.Stability {
				t.Errorf("%s: log %+v does not describe the answer (elapsed want %d)", name, log, st.ElapsedDays)
			}
			for _, ra := range st.RAfter {
				if r := Retrievability(ra.TDays, next.Stability, w); !close64(r, ra.R) {
					t.Errorf("%s: R %v days after = %v, want %v", name, ra.TDays, r, ra.R)
				}
			}
			m = next
			checked++
		}
	}
	t.Logf("%d scheduled states checked", checked)
}

func TestClipParameters(t *testing.T) {
	v := loadVectors(t)
	if len(v.ClipParameters) == 0 {
		t.Fatal("no clip_parameters vectors")
	}
	for i, e := range v.ClipParameters {
		got := ClipParameters(e.W, e.NumRelearningSteps, e.EnableShortTerm)
		if len(got) != len(e.Clipped) {
			t.Fatalf("case %d: %d values, want %d", i, len(got), len(e.Clipped))
		}
		for j := range got {
			if !close64(got[j], e.Clipped[j]) {
				t.Errorf("case %d (%d relearning steps, short-term %v): w[%d] = %v, want %v",
					i, e.NumRelearningSteps, e.EnableShortTerm, j, got[j], e.Clipped[j])
			}
		}
	}
}

func TestMigrateParameters(t *testing.T) {
	v := loadVectors(t)
	if len(v.MigrateParameters) == 0 {
		t.Fatal("no migrate_parameters vectors")
	}
	for _, e := range v.MigrateParameters {
		got, err := MigrateParameters(e.W, 0, true)
		if err != nil {
			t.Fatalf("%s: %v", e.From, err)
		}
		if len(got) != NumParameters {
			t.Fatalf("%s: %d values", e.From, len(got))
		}
		for j := range got {
			if !close64(got[j], e.Migrated[j]) {
				t.Errorf("%s: w[%d] = %v, want %v", e.From, j, got[j], e.Migrated[j])
			}
		}
	}
	if _, err := MigrateParameters(make([]float64, 20), 0, true); err == nil {
		t.Error("20 parameters accepted")
	}
}

func TestFuzzRanges(t *testing.T) {
	v := loadVectors(t)
	if len(v.FuzzRanges) == 0 {
		t.Fatal("no fuzz_ranges vectors")
	}
	for _, e := range v.FuzzRanges {
		lo, hi := FuzzRange(e.Interval, e.ElapsedDays, e.MaximumInterval)
		if lo != e.MinIvl || hi != e.MaxIvl {
			t.Errorf("FuzzRange(%v, %d, %d) = [%d, %d], want [%d, %d]",
				e.Interval, e.ElapsedDays, e.MaximumInterval, lo, hi, e.MinIvl, e.MaxIvl)
		}
		// Every draw lands inside the window.
		if e.Interval >= 2.5 && e.Interval == math.Trunc(e.Interval) {
			for _, u := range []float64{0, 0.25, 0.5, 0.999999} {
				got := fuzzInterval(int(e.Interval), e.ElapsedDays, e.MaximumInterval, u)
				if got < e.MinIvl || got > e.MaxIvl {
					t.Errorf("fuzz(%v, u=%v) = %d outside [%d, %d]", e.Interval, u, got, e.MinIvl, e.MaxIvl)
				}
			}
		}
	}
}

// TestFuzzedAlea replays ts-fsrs's fuzzed history of one card: with the
// Alea port the seeds and the fuzzed intervals are identical.
func TestFuzzedAlea(t *testing.T) {
	v := loadVectors(t)
	if len(v.FuzzedAlea) == 0 {
		t.Fatal("no fuzzed_tsfsrs_alea vectors")
	}
	c := DefaultConfig()
	c.Fuzz = true
	f, err := NewFSRS(c)
	if err != nil {
		t.Fatal(err)
	}
	c.Fuzz = false
	plain, _ := NewFSRS(c)
	m := Memory{State: New, Due: time.UnixMilli(v.FuzzedAlea[0].ReviewMs).UTC()}
	for i, e := range v.FuzzedAlea {
		if m.State != stateByName(t, e.Before.State) || m.Reps != e.Before.Reps ||
			!close64(m.Stability, e.Before.Stability) || !close64(m.Difficulty, e.Before.Difficulty) {
			t.Fatalf("step %d: state before %v reps %d S=%v D=%v, want %+v", i, m.State, m.Reps, m.Stability, m.Difficulty, e.Before)
		}
		if s := FuzzSeed(e.ReviewMs, m.Reps+1, m.Difficulty, m.Stability); s != e.Seed {
			t.Errorf("step %d: seed %q, want %q", i, s, e.Seed)
		}
		now := time.UnixMilli(e.ReviewMs).UTC()
		g := ratingByName(t, e.Rating)
		unfuzzed, _ := plain.Next(m, now, g, 0)
		next, log := f.Next(m, now, g, 0)
		if log.ElapsedDays != e.ElapsedDays {
			t.Errorf("step %d: elapsed %d, want %d", i, log.ElapsedDays, e.ElapsedDays)
		}
		if next.ScheduledDays != e.Fuzzed || unfuzzed.ScheduledDays != e.Unfuzzed {
			t.Errorf("step %d: fuzzed %d unfuzzed %d, want %d and %d", i, next.ScheduledDays, unfuzzed.ScheduledDays, e.Fuzzed, e.Unfuzzed)
		}
		m = next
	}
}

func TestSM2Benchmark(t *testing.T) {
	v := loadVectors(t)
	if len(v.SM2) == 0 {
		t.Fatal("no sm2_srs_benchmark vectors")
	}
	for _, e := range v.SM2 {
		ivl := SM2BenchmarkInterval(e.Ratings)
		if ivl != e.Interval {
			t.Errorf("SM-2 interval after %v = %d, want %d", e.Ratings, ivl, e.Interval)
		}
		for _, p := range e.P {
			if got := SM2Recall(p.T, float64(ivl)); !close64(got, p.P) {
				t.Errorf("SM-2 p(t=%v, ivl=%d) = %v, want %v", p.T, ivl, got, p.P)
			}
		}
	}
}
