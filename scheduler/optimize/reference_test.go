package optimize

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/recall-srs/recall/scheduler/revlog"
)

func loadShared(t testing.TB) *Dataset {
	t.Helper()
	name := filepath.Join(sharedDir(t), "revlogs", "ankianalysis-jlpt-2025.csv")
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rd, err := revlog.NewReader(f, name)
	if err != nil {
		t.Fatal(err)
	}
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	ds, err := Load(rd, DayRule{Loc: loc, DayStart: 4})
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestReferenceFigures checks the shared history against its README table:
// the default-parameter and SM-2 figures to 1e-4, and the fits at least as
// good as fsrs-rs's.
func TestReferenceFigures(t *testing.T) {
	ds := loadShared(t)
	rep, err := Evaluate(context.Background(), ds, Config{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Reviews != 40734 || rep.Cards != 4280 || rep.Scored != 21495 {
		t.Errorf("reviews, cards, scored = %d, %d, %d; want 40734, 4280, 21495", rep.Reviews, rep.Cards, rep.Scored)
	}
	exact := []struct {
		model          string
		loss, rmse, au float64
	}{
		{ModelDefault, 0.3520, 0.0383, 0.7170},
		{ModelSM2, 0.4210, 0.0981, 0.6743},
	}
	for _, e := range exact {
		m := rep.Models[e.model]
		if math.Abs(m.LogLoss-e.loss) > 1e-4 || math.Abs(m.RMSEBins-e.rmse) > 1e-4 || math.Abs(m.AUC-e.au) > 1e-4 {
			t.Errorf("%s: %.5f %.5f %.5f, want %.4f %.4f %.4f", e.model, m.LogLoss, m.RMSEBins, m.AUC, e.loss, e.rmse, e.au)
		}
	}
	fit, oos := rep.Models[ModelFitted], rep.Models[ModelFittedOOS]
	if fit.LogLoss > 0.3455 || fit.RMSEBins > 0.0227 {
		t.Errorf("fitted in-sample: log loss %.5f, RMSE(bins) %.5f; fsrs-rs reaches 0.3455, 0.0227", fit.LogLoss, fit.RMSEBins)
	}
	if oos.LogLoss > 0.3700 {
		t.Errorf("fitted out-of-sample: log loss %.5f; fsrs-rs reaches 0.3700", oos.LogLoss)
	}
	if want := rep.Scored / (Splits + 1) * Splits; oos.N != want {
		t.Errorf("out-of-sample scored %d, want %d", oos.N, want)
	}
	t.Logf("fitted %+v; out-of-sample %+v", fit, oos)
}

// TestFitDeterministic fits twice, also with a different worker count.
func TestFitDeterministic(t *testing.T) {
	ds := loadShared(t)
	items := ds.Items()[:6000]
	a, err := Fit(context.Background(), ds, items, Config{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Fit(context.Background(), ds, items, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Params != b.Params {
		t.Errorf("two fits differ:\n%v\n%v", a.Params, b.Params)
	}
	if a.Params == a.Pretrained {
		t.Error("gradient descent left the pre-trained parameters unchanged")
	}
	for i, v := range a.Params {
		if v != a.Params.Clamp(1)[i] {
			t.Errorf("w%d = %v is outside its bounds", i, v)
		}
	}
}

func TestTooSmall(t *testing.T) {
	csv := "card_id,review_time,review_rating,review_state,review_duration\n" +
		"1,1700000000000,3,0,1000\n1,1700100000000,3,2,1000\n1,1700300000000,1,2,1000\n"
	rd, err := revlog.NewReader(strings.NewReader(csv), "small.csv")
	if err != nil {
		t.Fatal(err)
	}
	ds, err := Load(rd, DayRule{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Evaluate(context.Background(), ds, Config{}, nil); !errors.Is(err, ErrTooSmall) {
		t.Errorf("Evaluate: %v, want ErrTooSmall", err)
	}
	if _, err := Fit(context.Background(), ds, nil, Config{}); !errors.Is(err, ErrTooSmall) {
		t.Errorf("Fit: %v, want ErrTooSmall", err)
	}
}

// TestLastLearningBlock keeps only a reset card's reviews from its last learning block on.
func TestLastLearningBlock(t *testing.T) {
	csv := "card_id,review_time,review_rating,review_state,review_duration\n" +
		"1,1700000000000,3,0,1000\n1,1700100000000,3,2,1000\n" +
		"1,1700200000000,3,0,1000\n1,1700200100000,3,1,1000\n1,1700400000000,1,2,1000\n" +
		"2,1700000000000,3,2,1000\n" // no learning entry: history starts mid-life
	rd, err := revlog.NewReader(strings.NewReader(csv), "reset.csv")
	if err != nil {
		t.Fatal(err)
	}
	ds, err := Load(rd, DayRule{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Cards) != 1 || ds.Skipped != 1 || ds.Reviews != 6 {
		t.Fatalf("cards %d skipped %d reviews %d, want 1, 1, 6", len(ds.Cards), ds.Skipped, ds.Reviews)
	}
	got := ds.Cards[0].Reviews
	if len(got) != 3 || got[1].T != 0 || got[2].T != 2 {
		t.Errorf("reviews %+v, want 3 from the second learning block with t 0, 0, 2", got)
	}
}

func TestSimulate(t *testing.T) {
	ds := loadShared(t)
	l, err := LearnerOf(ds, DefaultParams)
	if err != nil {
		t.Fatal(err)
	}
	cfg := SimConfig{Days: 120, NewPerDay: 10, Seed: 7}
	var prev SimResult
	for i, r := range []float64{0.8, 0.9, 0.95} {
		cfg.Retention = r
		got := Simulate(DefaultParams, l, cfg)
		if again := Simulate(DefaultParams, l, cfg); again != got {
			t.Fatalf("retention %v: two runs differ: %+v vs %+v", r, got, again)
		}
		if got.Cards != 1200 || got.ReviewsPerDay <= 0 || got.MinutesPerDay <= 0 || got.Knowledge <= 0 || got.Knowledge > 1200 {
			t.Fatalf("retention %v: implausible %+v", r, got)
		}
		if i > 0 && (got.ReviewsPerDay <= prev.ReviewsPerDay || got.Knowledge <= prev.Knowledge) {
			t.Errorf("retention %v: workload %v and knowledge %v should exceed %v's %v and %v", r, got.ReviewsPerDay, got.Knowledge, prev.Retention, prev.ReviewsPerDay, prev.Knowledge)
		}
		prev = got
	}
}

// BenchmarkFit measures the in-sample fit on the shared history
// (go test -bench Fit ./scheduler/optimize).
func BenchmarkFit(b *testing.B) {
	ds := loadShared(b)
	items := ds.Items()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Fit(context.Background(), ds, items, Config{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFitOneWorker is BenchmarkFit on one core.
func BenchmarkFitOneWorker(b *testing.B) {
	ds := loadShared(b)
	items := ds.Items()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Fit(context.Background(), ds, items, Config{Workers: 1}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvaluate is the whole eval: load excluded, four models, six fits.
func BenchmarkEvaluate(b *testing.B) {
	ds := loadShared(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Evaluate(context.Background(), ds, Config{}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		loadShared(b)
	}
}
