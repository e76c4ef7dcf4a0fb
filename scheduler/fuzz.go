package scheduler

import (
	"math"
	"strconv"
	"strings"
)

// Fuzz spreads intervals a little so that cards learnt together do not stay
// together forever. It is deterministic: the random number comes from the
// Alea generator (Johannes Baagøe, 2010) seeded with a string made of the
// review time, the repetition count and the memory state, exactly as ts-fsrs
// does, so a replay of the same history gives the same intervals and our
// intervals equal ts-fsrs's.

// FuzzRange is the window [lo, hi] a fuzzed interval is drawn from
// (ts-fsrs get_fuzz_range): about ±15% for short intervals, ±5% for long
// ones, never below 2 days, never beyond maxInterval, and past the days
// already elapsed when possible.
func FuzzRange(interval float64, elapsedDays, maxInterval int) (lo, hi int) {
	delta := 1.0
	for _, r := range [...]struct{ start, end, factor float64 }{
		{2.5, 7, 0.15},
		{7, 20, 0.1},
		{20, math.Inf(1), 0.05},
	} {
		delta += r.factor * math.Max(math.Min(interval, r.end)-r.start, 0)
	}
	interval = math.Min(interval, float64(maxInterval))
	l := math.Max(2, jsRound(interval-delta))
	h := math.Min(jsRound(interval+delta), float64(maxInterval))
	if interval > float64(elapsedDays) {
		l = math.Max(l, float64(elapsedDays)+1)
	}
	l = math.Min(l, h)
	return int(l), int(h)
}

// fuzzInterval applies fuzz to an already rounded interval, drawing the
// position in the window from u in [0, 1).
func fuzzInterval(interval, elapsedDays, maxInterval int, u float64) int {
	if float64(interval) < 2.5 {
		return interval
	}
	lo, hi := FuzzRange(float64(interval), elapsedDays, maxInterval)
	return int(math.Floor(u*float64(hi-lo+1) + float64(lo)))
}

// FuzzSeed is ts-fsrs's seed string for one review: review time in Unix
// milliseconds, the repetition count after this review and D*S before it,
// each formatted as JavaScript would print the number.
func FuzzSeed(reviewMs int64, repsAfter int, difficulty, stability float64) string {
	return strconv.FormatInt(reviewMs, 10) + "_" + strconv.Itoa(repsAfter) + "_" + jsNumber(difficulty*stability)
}

// jsNumber formats a float64 like JavaScript's Number.prototype.toString:
// the shortest digits that round-trip, in plain notation between 1e-6 and
// 1e21, exponent notation outside.
func jsNumber(x float64) string {
	switch {
	case x == 0:
		return "0"
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 1):
		return "Infinity"
	case math.IsInf(x, -1):
		return "-Infinity"
	}
	if a := math.Abs(x); a >= 1e-6 && a < 1e21 {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	s := strconv.FormatFloat(x, 'e', -1, 64) // like 1.5e-07
	mant, exp, _ := strings.Cut(s, "e")
	sign := exp[0]
	digits := exp[1:]
	for len(digits) > 1 && digits[0] == '0' {
		digits = digits[1:]
	}
	return mant + "e" + string(sign) + digits
}

// Alea is Baagøe's Alea pseudo-random generator as ts-fsrs ships it. Its
// state is three fractions and a carry held in float64, so the arithmetic
// below mirrors JavaScript's number semantics step by step.
type Alea struct {
	c, s0, s1, s2 float64
}

// NewAlea seeds a generator with a string, as alea(seed) in ts-fsrs.
func NewAlea(seed string) *Alea {
	m := mash{n: 4022871197}
	a := &Alea{c: 1}
	a.s0 = m.sum(" ")
	a.s1 = m.sum(" ")
	a.s2 = m.sum(" ")
	a.s0 -= m.sum(seed)
	if a.s0 < 0 {
		a.s0++
	}
	a.s1 -= m.sum(seed)
	if a.s1 < 0 {
		a.s1++
	}
	a.s2 -= m.sum(seed)
	if a.s2 < 0 {
		a.s2++
	}
	return a
}

// Next returns the next number in [0, 1).
func (a *Alea) Next() float64 {
	t := 2091639*a.s0 + a.c*2.3283064365386963e-10 // 2^-32
	a.s0 = a.s1
	a.s1 = a.s2
	a.c = toInt32(t)
	a.s2 = t - a.c
	return a.s2
}

// mash is Baagøe's string hash feeding Alea; n carries over between calls.
type mash struct{ n float64 }

func (m *mash) sum(data string) float64 {
	n := m.n
	// JavaScript strings are UTF-16; seeds are ASCII, where bytes and code
	// units coincide, so only other strings pay for the conversion.
	var units []uint16
	ascii := true
	for i := 0; i < len(data); i++ {
		if data[i] >= 0x80 {
			ascii = false
			units = utf16Units(data)
			break
		}
	}
	count := len(data)
	if !ascii {
		count = len(units)
	}
	for i := 0; i < count; i++ {
		if ascii {
			n += float64(data[i])
		} else {
			n += float64(units[i])
		}
		h := 0.02519603282416938 * n
		n = toUint32(h)
		h -= n
		h *= n
		n = toUint32(h)
		h -= n
		n += h * 4294967296
	}
	m.n = n
	return toUint32(n) * 2.3283064365386963e-10
}

func utf16Units(s string) []uint16 {
	out := make([]uint16, 0, len(s))
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			out = append(out, uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF)))
			continue
		}
		out = append(out, uint16(r))
	}
	return out
}

// toUint32 is JavaScript's ToUint32 (x >>> 0) on a finite number.
func toUint32(x float64) float64 {
	if x >= 0 && x < 1<<63 {
		// The values Alea produces are all here: truncating to uint64
		// and keeping the low 32 bits is ToUint32, without math.Mod.
		return float64(uint32(uint64(x)))
	}
	t := math.Mod(math.Trunc(x), 4294967296)
	if t < 0 {
		t += 4294967296
	}
	return t
}

// toInt32 is JavaScript's ToInt32 (x | 0) on a finite number.
func toInt32(x float64) float64 {
	t := toUint32(x)
	if t >= 2147483648 {
		t -= 4294967296
	}
	return t
}

// CardSeed turns a card's ID into the seed Next takes (64-bit FNV-1a), so
// that cards in the same state reviewed at the same moment get different
// fuzz while each card's own fuzz stays reproducible.
func CardSeed(id string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(id); i++ {
		h ^= uint64(id[i])
		h *= 1099511628211
	}
	return h
}
