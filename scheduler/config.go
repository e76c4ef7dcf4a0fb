package scheduler

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Config holds every study setting. The store persists it as key/value
// text (ToMap, ParseConfig); `recall config get|set` goes through Get and
// Set, which validate and explain what is allowed.
type Config struct {
	Retention       float64         // desired retention, 0.70-0.99
	MaxInterval     int             // days, 1-36500
	LearningSteps   []time.Duration // whole minutes; empty: no learning steps
	RelearningSteps []time.Duration
	NewLimit        int    // new cards per study day
	ReviewLimit     int    // reviews per study day
	DayStart        int    // local hour (0-23) at which a study day starts
	Scheduler       string // "fsrs" or "sm2"
	TwoButton       bool   // answer with Again/Good only
	LeechThreshold  int    // lapses that make a leech; 0 turns it off
	ShortTerm       bool   // FSRS same-day (learning step) scheduling
	Fuzz            bool   // spread review intervals a little
	// Weights are the FSRS parameters as set by the user (21 values, or 17
	// or 19 from older FSRS versions); nil means the FSRS-6 defaults.
	Weights []float64
}

// Scheduler names accepted by the "scheduler" setting.
const (
	SchedulerFSRS = "fsrs"
	SchedulerSM2  = "sm2"
)

// Limits of the desired retention.
const (
	MinRetention = 0.70
	MaxRetention = 0.99
)

// DefaultConfig returns the defaults: Anki's and ts-fsrs's where they have one.
func DefaultConfig() Config {
	return Config{
		Retention:       0.90,
		MaxInterval:     36500,
		LearningSteps:   []time.Duration{time.Minute, 10 * time.Minute},
		RelearningSteps: []time.Duration{10 * time.Minute},
		NewLimit:        20,
		ReviewLimit:     200,
		DayStart:        4,
		Scheduler:       SchedulerFSRS,
		TwoButton:       false,
		LeechThreshold:  8,
		ShortTerm:       true,
		Fuzz:            true,
	}
}

// setting describes one key: how to read, write and explain it.
type setting struct {
	key  string
	help string
	get  func(c *Config) string
	set  func(c *Config, v string) error
}

var settings = []setting{
	{"retention", "desired probability of recall at review time (0.70-0.99)",
		func(c *Config) string { return strconv.FormatFloat(c.Retention, 'f', -1, 64) },
		func(c *Config, v string) error {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil || !inRetention(f) {
				return fmt.Errorf("retention must be between %.2f and %.2f, got %q", MinRetention, MaxRetention, v)
			}
			c.Retention = f
			return nil
		}},
	{"max-interval", "longest interval in days (1-36500)",
		func(c *Config) string { return strconv.Itoa(c.MaxInterval) },
		intSetter("max-interval", 1, 36500, func(c *Config) *int { return &c.MaxInterval })},
	{"learning-steps", `steps for new cards, like "1m 10m" (units m, h, d; "none" for no steps)`,
		func(c *Config) string { return FormatSteps(c.LearningSteps) },
		func(c *Config, v string) error {
			s, err := ParseSteps(v)
			if err != nil {
				return fmt.Errorf("learning-steps: %w", err)
			}
			c.LearningSteps = s
			return nil
		}},
	{"relearning-steps", `steps after a lapse, like "10m" ("none" for no steps)`,
		func(c *Config) string { return FormatSteps(c.RelearningSteps) },
		func(c *Config, v string) error {
			s, err := ParseSteps(v)
			if err != nil {
				return fmt.Errorf("relearning-steps: %w", err)
			}
			c.RelearningSteps = s
			return nil
		}},
	{"new-limit", "new cards introduced per study day (0-9999)",
		func(c *Config) string { return strconv.Itoa(c.NewLimit) },
		intSetter("new-limit", 0, 9999, func(c *Config) *int { return &c.NewLimit })},
	{"review-limit", "reviews shown per study day (0-99999)",
		func(c *Config) string { return strconv.Itoa(c.ReviewLimit) },
		intSetter("review-limit", 0, 99999, func(c *Config) *int { return &c.ReviewLimit })},
	{"day-start", "local hour at which a new study day starts (0-23)",
		func(c *Config) string { return strconv.Itoa(c.DayStart) },
		intSetter("day-start", 0, 23, func(c *Config) *int { return &c.DayStart })},
	{"scheduler", "scheduling algorithm: fsrs or sm2",
		func(c *Config) string { return c.Scheduler },
		func(c *Config, v string) error {
			v = strings.ToLower(v)
			if v != SchedulerFSRS && v != SchedulerSM2 {
				return fmt.Errorf("scheduler must be fsrs or sm2, got %q", v)
			}
			c.Scheduler = v
			return nil
		}},
	{"two-button", "answer with Again and Good only (true or false)",
		func(c *Config) string { return strconv.FormatBool(c.TwoButton) },
		boolSetter("two-button", func(c *Config) *bool { return &c.TwoButton })},
	{"leech-threshold", "lapses after which a card is tagged leech and suspended (0 = never, up to 99)",
		func(c *Config) string { return strconv.Itoa(c.LeechThreshold) },
		intSetter("leech-threshold", 0, 99, func(c *Config) *int { return &c.LeechThreshold })},
	{"short-term", "FSRS schedules learning steps within the day (true or false)",
		func(c *Config) string { return strconv.FormatBool(c.ShortTerm) },
		boolSetter("short-term", func(c *Config) *bool { return &c.ShortTerm })},
	{"fuzz", "spread review intervals slightly, deterministically per card (true or false)",
		func(c *Config) string { return strconv.FormatBool(c.Fuzz) },
		boolSetter("fuzz", func(c *Config) *bool { return &c.Fuzz })},
	{"weights", `FSRS parameters: 21 numbers separated by commas or spaces (17 or 19 from older FSRS are migrated), or "default"`,
		func(c *Config) string {
			w := c.Weights
			if w == nil {
				w = DefaultWeights()
			}
			parts := make([]string, len(w))
			for i, x := range w {
				parts[i] = strconv.FormatFloat(x, 'f', -1, 64)
			}
			return strings.Join(parts, ",")
		},
		func(c *Config, v string) error {
			w, err := ParseWeights(v)
			if err != nil {
				return err
			}
			c.Weights = w
			return nil
		}},
}

func inRetention(f float64) bool {
	// A small slack so that 0.7 and 0.99 typed by hand are accepted whatever
	// their binary representation.
	return f >= MinRetention-1e-12 && f <= MaxRetention+1e-12
}

func intSetter(key string, lo, hi int, field func(*Config) *int) func(*Config, string) error {
	return func(c *Config, v string) error {
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || n < lo || n > hi {
			return fmt.Errorf("%s must be a whole number between %d and %d, got %q", key, lo, hi, v)
		}
		*field(c) = n
		return nil
	}
}

func boolSetter(key string, field func(*Config) *bool) func(*Config, string) error {
	return func(c *Config, v string) error {
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "true", "on", "yes", "1":
			*field(c) = true
		case "false", "off", "no", "0":
			*field(c) = false
		default:
			return fmt.Errorf("%s must be true or false, got %q", key, v)
		}
		return nil
	}
}

func lookup(key string) (*setting, error) {
	k := strings.ToLower(strings.TrimSpace(key))
	for i := range settings {
		if settings[i].key == k {
			return &settings[i], nil
		}
	}
	return nil, fmt.Errorf("unknown setting %q (known: %s)", key, strings.Join(Keys(), ", "))
}

// Keys lists the setting names in a stable order.
func Keys() []string {
	out := make([]string, len(settings))
	for i, s := range settings {
		out[i] = s.key
	}
	return out
}

// Help explains a setting and its allowed values.
func Help(key string) string {
	s, err := lookup(key)
	if err != nil {
		return ""
	}
	return s.help
}

// Get returns a setting's value as text.
func (c *Config) Get(key string) (string, error) {
	s, err := lookup(key)
	if err != nil {
		return "", err
	}
	return s.get(c), nil
}

// Set validates value and stores it; on error c is unchanged and the
// message names the allowed values.
func (c *Config) Set(key, value string) error {
	s, err := lookup(key)
	if err != nil {
		return err
	}
	next := c.clone()
	if err := s.set(&next, strings.TrimSpace(value)); err != nil {
		return err
	}
	*c = next
	return nil
}

func (c *Config) clone() Config {
	n := *c
	n.LearningSteps = slices.Clone(c.LearningSteps)
	n.RelearningSteps = slices.Clone(c.RelearningSteps)
	n.Weights = slices.Clone(c.Weights)
	return n
}

// ToMap encodes every setting as text, for storage.
func (c Config) ToMap() map[string]string {
	m := make(map[string]string, len(settings))
	for _, s := range settings {
		m[s.key] = s.get(&c)
	}
	return m
}

// ParseConfig decodes stored settings over the defaults. Keys that are not
// settings are ignored (the store may keep other things beside them); a bad
// value is an error naming its key.
func ParseConfig(m map[string]string) (Config, error) {
	c := DefaultConfig()
	for _, s := range settings {
		v, ok := m[s.key]
		if !ok {
			continue
		}
		if err := s.set(&c, v); err != nil {
			return DefaultConfig(), fmt.Errorf("stored setting %s: %w", s.key, err)
		}
	}
	return c, nil
}

// Validate checks a Config built in code.
func (c Config) Validate() error {
	var errs []error
	if !inRetention(c.Retention) {
		errs = append(errs, fmt.Errorf("retention must be between %.2f and %.2f, got %v", MinRetention, MaxRetention, c.Retention))
	}
	if c.MaxInterval < 1 || c.MaxInterval > 36500 {
		errs = append(errs, fmt.Errorf("max-interval must be between 1 and 36500, got %d", c.MaxInterval))
	}
	for _, steps := range [][]time.Duration{c.LearningSteps, c.RelearningSteps} {
		for _, d := range steps {
			if d < time.Minute || d%time.Minute != 0 {
				errs = append(errs, fmt.Errorf("step %v must be a positive whole number of minutes", d))
			}
		}
	}
	if c.DayStart < 0 || c.DayStart > 23 {
		errs = append(errs, fmt.Errorf("day-start must be between 0 and 23, got %d", c.DayStart))
	}
	if c.Scheduler != SchedulerFSRS && c.Scheduler != SchedulerSM2 {
		errs = append(errs, fmt.Errorf("scheduler must be fsrs or sm2, got %q", c.Scheduler))
	}
	if c.NewLimit < 0 || c.ReviewLimit < 0 || c.LeechThreshold < 0 {
		errs = append(errs, errors.New("limits and leech threshold must not be negative"))
	}
	if c.Weights != nil {
		if err := checkWeights(c.Weights); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// NewScheduler returns the scheduler the configuration selects.
func (c Config) NewScheduler() (Scheduler, error) {
	if c.Scheduler == SchedulerSM2 {
		return NewSM2(c)
	}
	return NewFSRS(c)
}

// ParseSteps reads steps like "1m 10m", "1m,10m" or "2h 1d". "none" or an
// empty string means no steps.
func ParseSteps(v string) ([]time.Duration, error) {
	v = strings.TrimSpace(v)
	if v == "" || strings.EqualFold(v, "none") {
		return []time.Duration{}, nil
	}
	var out []time.Duration
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == ',' }) {
		unit := f[len(f)-1]
		n, err := strconv.Atoi(f[:len(f)-1])
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("step %q must be a positive whole number followed by m, h or d", f)
		}
		var d time.Duration
		switch unit {
		case 'm':
			d = time.Minute
		case 'h':
			d = time.Hour
		case 'd':
			d = 24 * time.Hour
		default:
			return nil, fmt.Errorf("step %q must end in m (minutes), h (hours) or d (days)", f)
		}
		if n > 365*24*60 {
			return nil, fmt.Errorf("step %q is longer than a year", f)
		}
		out = append(out, time.Duration(n)*d)
	}
	return out, nil
}

// FormatSteps writes steps the way ParseSteps reads them.
func FormatSteps(steps []time.Duration) string {
	if len(steps) == 0 {
		return "none"
	}
	parts := make([]string, len(steps))
	for i, d := range steps {
		m := int(d / time.Minute)
		switch {
		case m%1440 == 0:
			parts[i] = strconv.Itoa(m/1440) + "d"
		case m%60 == 0:
			parts[i] = strconv.Itoa(m/60) + "h"
		default:
			parts[i] = strconv.Itoa(m) + "m"
		}
	}
	return strings.Join(parts, " ")
}

// ParseWeights reads FSRS parameters separated by commas and/or spaces
// (brackets allowed, as copied from Anki); "default" means nil.
func ParseWeights(v string) ([]float64, error) {
	v = strings.Trim(strings.TrimSpace(v), "[]")
	if v == "" || strings.EqualFold(v, "default") {
		return nil, nil
	}
	fields := strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' })
	w := make([]float64, 0, len(fields))
	for i, f := range fields {
		x, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return nil, fmt.Errorf("weights: value %d (%q) is not a number", i+1, f)
		}
		w = append(w, x)
	}
	if err := checkWeights(w); err != nil {
		return nil, err
	}
	return w, nil
}

func checkWeights(w []float64) error {
	switch len(w) {
	case 17, 19, 21:
	default:
		return fmt.Errorf("weights: want 21 numbers (or 17 or 19 from older FSRS versions), got %d", len(w))
	}
	for i, x := range w {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Errorf("weights: value %d is not a finite number", i+1)
		}
	}
	return nil
}
