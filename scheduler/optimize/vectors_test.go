package optimize

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// sharedDir is ../shared seen from the repository root (read in place).
func sharedDir(t testing.TB) string {
	dir := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(dir, "fsrs", "vectors.json")); err != nil {
		t.Fatalf("reference data not found at %s: %v", dir, err)
	}
	return dir
}

type vectors struct {
	ParameterSets map[string]struct {
		WEffective      Params `json:"w_effective"`
		EnableShortTerm bool   `json:"enable_short_term"`
	} `json:"parameter_sets"`
	MemorySequences []struct {
		Set, Name string
		Steps     []struct {
			DeltaT  float64  `json:"delta_t"`
			Rating  int8     `json:"rating"`
			RBefore *float64 `json:"r_before"`
			S, D    float64
		}
	} `json:"memory_sequences"`
	ClipParameters []struct {
		W               []float64 `json:"w"`
		Relearning      int       `json:"num_relearning_steps"`
		EnableShortTerm bool      `json:"enable_short_term"`
		Clipped         []float64 `json:"clipped"`
	} `json:"clip_parameters"`
	SM2 []struct {
		Ratings  []int8
		Interval float64
		P        []struct{ T, P float64 }
	} `json:"sm2_srs_benchmark"`
}

func loadVectors(t *testing.T) *vectors {
	b, err := os.ReadFile(filepath.Join(sharedDir(t), "fsrs", "vectors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var v vectors
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return &v
}

func near(got, want float64) bool {
	return math.Abs(got-want) <= 1e-4 || math.Abs(got-want) <= 1e-6*math.Abs(want)
}

// TestMemorySequences replays vectors.json's day-granular sequences with the
// plain model and the derivative-carrying one; both must give the reference
// S, D and R.
func TestMemorySequences(t *testing.T) {
	v := loadVectors(t)
	if len(v.MemorySequences) == 0 {
		t.Fatal("no memory_sequences in vectors.json")
	}
	for _, seq := range v.MemorySequences {
		set := v.ParameterSets[seq.Set]
		if !set.EnableShortTerm {
			continue // the optimizer's model always handles same-day reviews
		}
		c := &Card{}
		for _, st := range seq.Steps {
			c.Reviews = append(c.Reviews, Review{Rating: st.Rating, T: int32(st.DeltaT)})
		}
		mems := Replay(set.WEffective, c.Reviews, nil)
		m := newModel(set.WEffective)
		var dm dmem
		for i, st := range seq.Steps {
			if i == 0 {
				dm = m.initGrad(int(st.Rating))
			} else {
				if st.RBefore != nil {
					if r := m.r(st.DeltaT, mems[i-1].S); !near(r, *st.RBefore) {
						t.Errorf("%s/%s step %d: R %v, want %v", seq.Set, seq.Name, i, r, *st.RBefore)
					}
				}
				m.stepGrad(&dm, st.DeltaT, int(st.Rating))
			}
			if !near(mems[i].S, st.S) || !near(mems[i].D, st.D) {
				t.Errorf("%s/%s step %d: S, D = %v, %v, want %v, %v", seq.Set, seq.Name, i, mems[i].S, mems[i].D, st.S, st.D)
			}
			if math.Abs(dm.S-mems[i].S) > 1e-12*mems[i].S || math.Abs(dm.D-mems[i].D) > 1e-12*mems[i].D {
				t.Errorf("%s/%s step %d: derivative replay S, D = %v, %v, plain %v, %v", seq.Set, seq.Name, i, dm.S, dm.D, mems[i].S, mems[i].D)
			}
		}
	}
}

func TestClamp(t *testing.T) {
	v := loadVectors(t)
	n := 0
	for i, c := range v.ClipParameters {
		if !c.EnableShortTerm || len(c.W) != NParams {
			continue
		}
		got := Params(c.W).Clamp(c.Relearning)
		for j := range got {
			if math.Abs(got[j]-c.Clipped[j]) > 1e-6 {
				t.Errorf("clip_parameters[%d] w%d = %v, want %v", i, j, got[j], c.Clipped[j])
			}
		}
		n++
	}
	if n == 0 {
		t.Fatal("no clip_parameters checked")
	}
}

func TestSM2Vectors(t *testing.T) {
	v := loadVectors(t)
	for _, c := range v.SM2 {
		// One card: the given long-term ratings a day apart, then probes at each t.
		for _, p := range c.P {
			card := &Card{Reviews: []Review{{Rating: c.Ratings[0]}}}
			for _, r := range c.Ratings[1:] {
				card.Reviews = append(card.Reviews, Review{Rating: r, T: 1})
			}
			card.Reviews = append(card.Reviews, Review{Rating: 3, T: int32(p.T)})
			var got float64
			SM2{}.Predict(card, func(pos int, prob float64) { got = prob })
			if math.Abs(got-p.P) > 1e-12 {
				t.Errorf("ratings %v t %v: p %v, want %v (interval %v)", c.Ratings, p.T, got, p.P, c.Interval)
			}
		}
	}
}
