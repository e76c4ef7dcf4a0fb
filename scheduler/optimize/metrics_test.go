package optimize

import (
	"encoding/json"
	"math"
	"testing"
)

func preds(ps []float64, ys []bool, bins []BinKey) []Prediction {
	out := make([]Prediction, len(ps))
	for i := range ps {
		out[i] = Prediction{P: ps[i], Y: ys[i]}
		if bins != nil {
			out[i].Bin = bins[i]
		}
	}
	return out
}

func TestMetrics(t *testing.T) {
	b1, b2 := BinKey{T: 248, N: 4}, BinKey{T: 898, N: 4}
	tests := []struct {
		name          string
		p             []float64
		y             []bool
		bins          []BinKey
		loss, rmse, a float64
	}{
		// -(ln 0.8 + ln 0.4) / 2; one bin: mean p 0.7, mean y 0.5.
		{"two in one bin", []float64{0.8, 0.6}, []bool{true, false}, []BinKey{b1, b1}, 0.5697171415, 0.2, 1},
		// Two bins of one: errors 0.2 and 0.6 -> sqrt((0.04 + 0.36) / 2).
		{"two bins", []float64{0.8, 0.6}, []bool{true, false}, []BinKey{b1, b2}, 0.5697171415, math.Sqrt(0.2), 1},
		// sklearn's roc_auc_score example: 0.75.
		{"auc", []float64{0.1, 0.4, 0.35, 0.8}, []bool{false, false, true, true}, nil, (-math.Log(0.9) - math.Log(0.6) - math.Log(0.35) - math.Log(0.8)) / 4, math.Abs(0.4125 - 0.5), 0.75},
		// A tie between the classes counts half.
		{"tie", []float64{0.5, 0.5}, []bool{false, true}, nil, math.Log(2), 0, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Score(preds(tt.p, tt.y, tt.bins))
			if math.Abs(m.LogLoss-tt.loss) > 1e-9 {
				t.Errorf("log loss %v, want %v", m.LogLoss, tt.loss)
			}
			if math.Abs(m.RMSEBins-tt.rmse) > 1e-9 {
				t.Errorf("RMSE(bins) %v, want %v", m.RMSEBins, tt.rmse)
			}
			if math.Abs(m.AUC-tt.a) > 1e-9 {
				t.Errorf("AUC %v, want %v", m.AUC, tt.a)
			}
		})
	}
	if a := AUC(preds([]float64{0.3, 0.9}, []bool{true, true}, nil)); !math.IsNaN(a) {
		t.Errorf("AUC with one class = %v, want NaN", a)
	}
}

func TestBinKey(t *testing.T) {
	tests := []struct {
		t, n, lapses int
		want         BinKey
	}{
		{1, 2, 0, BinKey{248, 4, 0}},    // 2.48; 1.99*1.89 = 3.76 -> 4
		{3, 2, 1, BinKey{248, 4, 2}},    // log_3.62 3 < 1; lapse 1.65 -> 2
		{4, 4, 2, BinKey{898, 7, 3}},    // 2.48*3.62 = 8.9776; 1.99*1.89^2 = 7.1; 1.65*1.73 = 2.85 -> 3
		{14, 7, 3, BinKey{3250, 13, 5}}, // 2.48*3.62^2 = 32.498; 1.99*1.89^3 = 13.4 -> 13; 1.65*1.73^2 = 4.94 -> 5
		{1, 1, 0, BinKey{248, 2, 0}},
	}
	for _, tt := range tests {
		if got := binKey(tt.t, tt.n, tt.lapses); got != tt.want {
			t.Errorf("binKey(%d, %d, %d) = %+v, want %+v", tt.t, tt.n, tt.lapses, got, tt.want)
		}
	}
}

// TestSM2 follows one card by hand: Good (ivl 1), Good after 1 day (ivl 6),
// a same-day repeat that SM-2 ignores, Again after 3 days (ivl 1), then 2 days.
func TestSM2(t *testing.T) {
	c := &Card{Reviews: []Review{{Rating: 3}, {Rating: 3, T: 1}, {Rating: 1, T: 0}, {Rating: 1, T: 3}, {Rating: 3, T: 2}}}
	var got []float64
	var pos []int
	SM2{}.Predict(c, func(i int, p float64) { pos, got = append(pos, i), append(got, p) })
	want := []float64{0.9, math.Pow(0.9, 0.5), 0.81}
	if len(got) != len(want) {
		t.Fatalf("predictions at %v, want 3", pos)
	}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-12 {
			t.Errorf("prediction %d = %v, want %v", i, got[i], want[i])
		}
	}
}

// TestMetricsJSON writes an undefined AUC as null, which JSON can carry.
func TestMetricsJSON(t *testing.T) {
	b, err := json.Marshal(Metrics{N: 2, LogLoss: 0.5, RMSEBins: 0.1, AUC: math.NaN()})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"n":2,"log_loss":0.5,"rmse_bins":0.1,"auc":null}`; got != want {
		t.Errorf("JSON %s, want %s", got, want)
	}
}
