package optimize

import (
	"encoding/json"
	"math"
	"sort"
)

// Metrics are srs-benchmark's three figures for one model.
type Metrics struct {
	N        int     `json:"n"`
	LogLoss  float64 `json:"log_loss"`
	RMSEBins float64 `json:"rmse_bins"`
	AUC      float64 `json:"auc"`
}

// MarshalJSON writes an undefined figure (AUC with one class only) as null.
func (m Metrics) MarshalJSON() ([]byte, error) {
	num := func(v float64) *float64 {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil
		}
		return &v
	}
	return json.Marshal(struct {
		N        int      `json:"n"`
		LogLoss  *float64 `json:"log_loss"`
		RMSEBins *float64 `json:"rmse_bins"`
		AUC      *float64 `json:"auc"`
	}{m.N, num(m.LogLoss), num(m.RMSEBins), num(m.AUC)})
}

// Prediction is one scored review: the predicted recall P, the outcome Y
// (rating > 1) and the srs-benchmark bin it falls in.
type Prediction struct {
	P   float64
	Y   bool
	Bin BinKey
}

// BinKey groups reviews for RMSE(bins): elapsed days, review count and lapses,
// each on a log scale.
type BinKey struct{ T, N, Lapse int32 }

// binKey is srs-benchmark's rmse_matrix key (fsrs-rs r_matrix_index): t in
// days, n = 1 + long-term reviews so far including this one, lapses = earlier
// long-term Again answers. T is kept in hundredths as the reference rounds to 2 places.
func binKey(t, n, lapses int) BinKey {
	k := BinKey{
		T: int32(math.Round(2.48 * math.Pow(3.62, math.Floor(math.Log(float64(t))/math.Log(3.62))) * 100)),
		N: int32(math.Round(1.99 * math.Pow(1.89, math.Floor(math.Log(float64(n))/math.Log(1.89))))),
	}
	if lapses > 0 {
		k.Lapse = int32(math.Round(1.65 * math.Pow(1.73, math.Floor(math.Log(float64(lapses))/math.Log(1.73)))))
	}
	return k
}

const pEps = 1e-15

// LogLoss is the mean binary cross-entropy.
func LogLoss(ps []Prediction) float64 {
	if len(ps) == 0 {
		return math.NaN()
	}
	sum := 0.0
	for _, p := range ps {
		q := min(max(p.P, pEps), 1-pEps)
		if p.Y {
			sum -= math.Log(q)
		} else {
			sum -= math.Log(1 - q)
		}
	}
	return sum / float64(len(ps))
}

// RMSEBins is sqrt(sum_b N_b (mean p_b - mean y_b)^2 / sum_b N_b).
func RMSEBins(ps []Prediction) float64 {
	if len(ps) == 0 {
		return math.NaN()
	}
	type acc struct{ n, p, y float64 }
	bins := map[BinKey]*acc{}
	for _, p := range ps {
		a := bins[p.Bin]
		if a == nil {
			a = &acc{}
			bins[p.Bin] = a
		}
		a.n++
		a.p += p.P
		if p.Y {
			a.y++
		}
	}
	// Sum in a fixed order so the figure does not depend on map order.
	keys := make([]BinKey, 0, len(bins))
	for k := range bins {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.T != b.T {
			return a.T < b.T
		}
		if a.N != b.N {
			return a.N < b.N
		}
		return a.Lapse < b.Lapse
	})
	num, den := 0.0, 0.0
	for _, k := range keys {
		a := bins[k]
		diff := a.p/a.n - a.y/a.n
		num += a.n * diff * diff
		den += a.n
	}
	return math.Sqrt(num / den)
}

// AUC is the area under the ROC curve of P against Y (ties share their
// average rank, as sklearn's roc_auc_score counts them half). NaN when only
// one class is present.
func AUC(ps []Prediction) float64 {
	idx := make([]int, len(ps))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return ps[idx[a]].P < ps[idx[b]].P })
	var pos, neg, rankSum float64
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && ps[idx[j]].P == ps[idx[i]].P {
			j++
		}
		avg := float64(i+j+1) / 2 // ranks i+1..j
		for k := i; k < j; k++ {
			if ps[idx[k]].Y {
				pos++
				rankSum += avg
			} else {
				neg++
			}
		}
		i = j
	}
	if pos == 0 || neg == 0 {
		return math.NaN()
	}
	return (rankSum - pos*(pos+1)/2) / (pos * neg)
}

// Score computes all three metrics.
func Score(ps []Prediction) Metrics {
	return Metrics{N: len(ps), LogLoss: LogLoss(ps), RMSEBins: RMSEBins(ps), AUC: AUC(ps)}
}
