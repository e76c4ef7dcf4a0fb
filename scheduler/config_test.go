package scheduler

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestConfigDefaults(t *testing.T) {
	c := DefaultConfig()
	if err := c.Validate(); err != nil {
		t.Fatalf("defaults invalid: %v", err)
	}
	want := map[string]string{
		"retention":        "0.9",
		"max-interval":     "36500",
		"learning-steps":   "1m 10m",
		"relearning-steps": "10m",
		"new-limit":        "20",
		"review-limit":     "200",
		"day-start":        "4",
		"scheduler":        "fsrs",
		"two-button":       "false",
		"leech-threshold":  "8",
		"short-term":       "true",
		"fuzz":             "true",
	}
	for k, v := range want {
		got, err := c.Get(k)
		if err != nil || got != v {
			t.Errorf("Get(%q) = %q, %v; want %q", k, got, err, v)
		}
	}
	w, _ := c.Get("weights")
	if !strings.HasPrefix(w, "0.212,1.2931,") || strings.Count(w, ",") != 20 {
		t.Errorf("default weights = %q", w)
	}
	if got := Keys(); len(got) != len(want)+1 || !slices.Contains(got, "weights") {
		t.Errorf("Keys() = %v", got)
	}
	for _, k := range Keys() {
		if Help(k) == "" {
			t.Errorf("no help for %q", k)
		}
	}
}

func TestConfigSet(t *testing.T) {
	tests := []struct {
		key, value string
		want       string // value read back; "" when the set must fail
		err        string // part of the error message
	}{
		{"retention", "0.85", "0.85", ""},
		{"retention", "0.7", "0.7", ""},
		{"retention", "0.99", "0.99", ""},
		{"retention", "1.5", "", "retention must be between 0.70 and 0.99"},
		{"retention", "0.5", "", "retention must be between 0.70 and 0.99"},
		{"retention", "high", "", "retention must be between 0.70 and 0.99"},
		{"Retention", " 0.8 ", "0.8", ""},
		{"max-interval", "365", "365", ""},
		{"max-interval", "0", "", "between 1 and 36500"},
		{"learning-steps", "1m,10m,1h", "1m 10m 1h", ""},
		{"learning-steps", "2h 1d", "2h 1d", ""},
		{"learning-steps", "none", "none", ""},
		{"learning-steps", "", "none", ""},
		{"learning-steps", "10", "", "must end in m (minutes), h (hours) or d (days)"},
		{"learning-steps", "1.5m", "", "positive whole number"},
		{"learning-steps", "0m", "", "positive whole number"},
		{"relearning-steps", "5m 20m", "5m 20m", ""},
		{"relearning-steps", "5x", "", "relearning-steps: step \"5x\""},
		{"new-limit", "50", "50", ""},
		{"new-limit", "-1", "", "new-limit must be a whole number between 0 and 9999"},
		{"review-limit", "1000", "1000", ""},
		{"review-limit", "lots", "", "review-limit must be a whole number"},
		{"day-start", "0", "0", ""},
		{"day-start", "24", "", "day-start must be a whole number between 0 and 23"},
		{"scheduler", "sm2", "sm2", ""},
		{"scheduler", "SM2", "sm2", ""},
		{"scheduler", "anki", "", "scheduler must be fsrs or sm2"},
		{"two-button", "on", "true", ""},
		{"two-button", "maybe", "", "two-button must be true or false"},
		{"leech-threshold", "0", "0", ""},
		{"leech-threshold", "-3", "", "leech-threshold must be a whole number between 0 and 99"},
		{"short-term", "false", "false", ""},
		{"fuzz", "no", "false", ""},
		{"weights", "default", "0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542", ""},
		{"weights", "[0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, 1.26, 0.29, 2.61]",
			"0.4,0.6,2.4,5.8,4.93,0.94,0.86,0.01,1.49,0.14,0.94,2.18,0.05,0.34,1.26,0.29,2.61", ""},
		{"weights", "1 2 3", "", "want 21 numbers (or 17 or 19 from older FSRS versions), got 3"},
		{"weights", "1 2 x", "", "value 3 (\"x\") is not a number"},
		{"colour", "blue", "", `unknown setting "colour" (known: retention, max-interval,`},
	}
	for _, tt := range tests {
		t.Run(tt.key+"="+tt.value, func(t *testing.T) {
			c := DefaultConfig()
			before := c.ToMap()
			err := c.Set(tt.key, tt.value)
			if tt.want == "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Set error = %v, want one containing %q", err, tt.err)
				}
				if !maps.Equal(before, c.ToMap()) {
					t.Fatal("a refused Set changed the config")
				}
				return
			}
			if err != nil {
				t.Fatalf("Set: %v", err)
			}
			if got, _ := c.Get(tt.key); got != tt.want {
				t.Fatalf("Get = %q, want %q", got, tt.want)
			}
			if err := c.Validate(); err != nil {
				t.Fatalf("Validate after Set: %v", err)
			}
		})
	}
}

func TestConfigMapRoundTrip(t *testing.T) {
	c := DefaultConfig()
	for k, v := range map[string]string{
		"retention": "0.8", "learning-steps": "3m 1h", "relearning-steps": "none", "scheduler": "sm2",
		"day-start": "6", "two-button": "true", "weights": "0.4,0.9,2.3,10.9,4.93,0.94,0.86,0.01,1.49,0.14,0.94,2.18,0.05,0.34,1.26,0.29,2.61,0.8,0.4,0.3,0.5",
	} {
		if err := c.Set(k, v); err != nil {
			t.Fatal(err)
		}
	}
	m := c.ToMap()
	m["schema"] = "ignored: not a setting"
	back, err := ParseConfig(m)
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(back.ToMap(), c.ToMap()) {
		t.Errorf("round trip changed config:\n got  %v\n want %v", back.ToMap(), c.ToMap())
	}
	if back.RelearningSteps == nil || len(back.RelearningSteps) != 0 {
		t.Errorf("relearning steps = %#v, want empty", back.RelearningSteps)
	}
	// Missing keys keep their defaults.
	partial, err := ParseConfig(map[string]string{"new-limit": "5"})
	if err != nil || partial.NewLimit != 5 || partial.ReviewLimit != 200 || partial.Retention != 0.9 {
		t.Errorf("ParseConfig partial = %+v, %v", partial, err)
	}
	if _, err := ParseConfig(map[string]string{"retention": "2"}); err == nil ||
		!strings.Contains(err.Error(), "stored setting retention: retention must be between 0.70 and 0.99") {
		t.Errorf("bad stored value: %v", err)
	}
}

func TestConfigSelectsScheduler(t *testing.T) {
	c := DefaultConfig()
	s, err := c.NewScheduler()
	if _, ok := s.(*FSRS); err != nil || !ok {
		t.Fatalf("default scheduler = %T, %v", s, err)
	}
	if err := c.Set("scheduler", "sm2"); err != nil {
		t.Fatal(err)
	}
	s, err = c.NewScheduler()
	if _, ok := s.(*SM2); err != nil || !ok {
		t.Fatalf("sm2 scheduler = %T, %v", s, err)
	}
	bad := DefaultConfig()
	bad.Retention = 1.2
	bad.LearningSteps = []time.Duration{30 * time.Second}
	if _, err := bad.NewScheduler(); err == nil || !strings.Contains(err.Error(), "retention") || !strings.Contains(err.Error(), "30s") {
		t.Errorf("invalid config accepted or unclear: %v", err)
	}
}

func TestConfigWeightsReachScheduler(t *testing.T) {
	c := DefaultConfig()
	// FSRS-4.5 parameters are migrated, then clipped like ts-fsrs does.
	if err := c.Set("weights", "0.4 0.6 2.4 5.8 4.93 0.94 0.86 0.01 1.49 0.14 0.94 2.18 0.05 0.34 1.26 0.29 2.61"); err != nil {
		t.Fatal(err)
	}
	f, err := NewFSRS(c)
	if err != nil {
		t.Fatal(err)
	}
	w := f.Weights()
	if len(w) != 21 || w[4] != 6.81 || w[19] != 0.01 || w[20] != 0.5 {
		t.Errorf("effective weights = %v", w)
	}
}
