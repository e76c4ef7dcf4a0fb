package optimize

import (
	"context"
	"sync"
	"time"
)

// Model names in a Report, as the JSON output spells them.
const (
	ModelDefault   = "fsrs6_default"
	ModelFitted    = "fsrs6_fitted"
	ModelFittedOOS = "fsrs6_fitted_oos"
	ModelSM2       = "sm2"
)

// ModelOrder is the order reports list the models in.
var ModelOrder = []string{ModelDefault, ModelFitted, ModelFittedOOS, ModelSM2}

// Report is the outcome of Evaluate.
type Report struct {
	Reviews    int                `json:"reviews"`
	Cards      int                `json:"cards"`
	Scored     int                `json:"scored"`
	Models     map[string]Metrics `json:"models"`
	FitSeconds float64            `json:"fit_seconds"`
	Params     Params             `json:"params"`
}

// Splits is srs-benchmark's number of time-series folds (sklearn TimeSeriesSplit(n_splits=5)).
const Splits = 5

// Evaluate scores FSRS-6 with default parameters, fitted in-sample, fitted
// out-of-sample (TimeSeriesSplit: fit on everything before a block, score the
// block) and SM-2 on ds. now times the in-sample fit; pass nil to skip timing.
func Evaluate(ctx context.Context, ds *Dataset, cfg Config, now func() time.Time) (*Report, error) {
	items := ds.Items()
	if err := ds.check(MinFitItems * (Splits + 1)); err != nil {
		return nil, err
	}
	rep := &Report{Reviews: ds.Reviews, Cards: len(ds.Cards), Scored: len(items), Models: map[string]Metrics{}}
	rep.Models[ModelDefault] = Score(predictions(ds, FSRS{DefaultParams}, nil))
	rep.Models[ModelSM2] = Score(predictions(ds, SM2{}, nil))

	var t0 time.Time
	if now != nil {
		t0 = now()
	}
	fit, err := Fit(ctx, ds, items, cfg)
	if err != nil {
		return nil, err
	}
	if now != nil {
		rep.FitSeconds = now().Sub(t0).Seconds()
	}
	rep.Params = fit.Params
	rep.Models[ModelFitted] = Score(predictions(ds, FSRS{fit.Params}, nil))

	oos, err := OutOfSample(ctx, ds, items, cfg)
	if err != nil {
		return nil, err
	}
	rep.Models[ModelFittedOOS] = Score(oos)
	return rep, nil
}

// OutOfSample fits on the items before each of the last Splits blocks and
// predicts that block (items in time order, blocks of len/(Splits+1) as
// sklearn's TimeSeriesSplit; the first, larger block is only trained on).
// The folds run two at a time.
func OutOfSample(ctx context.Context, ds *Dataset, items []Item, cfg Config) ([]Prediction, error) {
	n := len(items)
	size := n / (Splits + 1)
	out := make([][]Prediction, Splits)
	errs := make([]error, Splits)
	cfg.Workers = 1
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for i := 0; i < Splits; i++ {
		start := n - (Splits-i)*size
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			fit, err := Fit(ctx, ds, items[:start], cfg)
			if err != nil {
				errs[i] = err
				return
			}
			out[i] = predictions(ds, FSRS{fit.Params}, items[start:start+size])
		}()
	}
	wg.Wait()
	var all []Prediction
	for i := range out {
		if errs[i] != nil {
			return nil, errs[i]
		}
		all = append(all, out[i]...)
	}
	return all, nil
}
