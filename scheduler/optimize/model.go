package optimize

import (
	"math"

	"github.com/recall-srs/recall/scheduler"
)

// NParams is the number of FSRS-6 parameters.
const NParams = 21

// Params are the FSRS-6 weights w0..w20.
type Params [NParams]float64

// DefaultParams are FSRS-6's defaults (the benchmark's median over 10k
// collections), as the scheduler uses them.
var DefaultParams = Params(scheduler.DefaultParameters)

// Limits of the memory state.
const (
	SMin = 0.001
	SMax = 36500.0
	DMin = 1.0
	DMax = 10.0
)

// Clamp applies the reference's parameter bounds. relearningSteps > 1 lowers
// the ceiling of w17 and w18 so that a lapse followed by that many same-day
// Good answers cannot end above the pre-lapse stability.
func (w Params) Clamp(relearningSteps int) Params {
	lo := [NParams]float64{0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0.01, 0.1}
	hi := [NParams]float64{100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8}
	for i := range w {
		if math.IsNaN(w[i]) {
			w[i] = DefaultParams[i]
		}
		w[i] = min(max(w[i], lo[i]), hi[i])
	}
	if relearningSteps > 1 {
		v := -(math.Log(w[11]) + math.Log(math.Exp2(w[13])-1) + 0.3*w[14]) / float64(relearningSteps)
		// ts-fsrs's form (the scheduler's): fsrs-rs differs only when v < 0.01.
		c := min(max(math.Sqrt(max(v, 0)), 0.01), 2)
		w[17] = min(w[17], c)
		w[18] = min(w[18], c)
	}
	return w
}

// Memory is a replayed memory state.
type Memory struct{ S, D float64 }

// model caches what one parameter vector needs at every step.
type model struct {
	w      Params
	decay  float64
	factor float64 // 0.9^(-1/decay) - 1
	ew8    float64 // exp(w8)
	d0e    float64 // w4 - exp(3 w5) + 1: D0(Easy) unclamped, the mean-reversion target
}

func newModel(w Params) *model {
	m := &model{w: w, decay: w[20], ew8: math.Exp(w[8])}
	m.factor = math.Pow(0.9, -1/m.decay) - 1
	m.d0e = w[4] - math.Exp(3*w[5]) + 1
	return m
}

// Retrievability is R(t, S) = (1 + F t / S)^-decay.
func (m *model) r(t, s float64) float64 {
	return math.Pow(1+m.factor*t/s, -m.decay)
}

func (m *model) init(g int) Memory {
	s := min(max(m.w[g-1], SMin), SMax)
	d := min(max(m.w[4]-math.Exp(m.w[5]*float64(g-1))+1, DMin), DMax)
	return Memory{s, d}
}

// step is one answer g after t days on state st (section 3 of ALGORITHM.md).
func (m *model) step(st Memory, t float64, g int) Memory {
	w := &m.w
	s, d := st.S, st.D
	var ns float64
	switch {
	case t == 0:
		sinc := math.Exp(w[17]*(float64(g)-3+w[18])) * math.Pow(s, -w[19])
		if g >= 2 && sinc < 1 {
			sinc = 1
		}
		ns = s * sinc
	case g == 1:
		r := m.r(t, s)
		sf := w[11] * math.Pow(d, -w[12]) * (math.Pow(s+1, w[13]) - 1) * math.Exp(w[14]*(1-r))
		ns = min(sf, s/math.Exp(w[17]*w[18]))
	default:
		r := m.r(t, s)
		hb := 1.0
		if g == 2 {
			hb = w[15]
		} else if g == 4 {
			hb = w[16]
		}
		ns = s * (1 + m.ew8*(11-d)*math.Pow(s, -w[9])*(math.Exp(w[10]*(1-r))-1)*hb)
	}
	dd := -w[6] * float64(g-3)
	dp := d + dd*(10-d)/9
	nd := w[7]*m.d0e + (1-w[7])*dp
	return Memory{min(max(ns, SMin), SMax), min(max(nd, DMin), DMax)}
}

// Replay returns the memory state after each of the reviews (same-day ones included).
func Replay(w Params, reviews []Review, out []Memory) []Memory {
	m := newModel(w)
	out = out[:0]
	var st Memory
	for i, rv := range reviews {
		if i == 0 {
			st = m.init(int(rv.Rating))
		} else {
			st = m.step(st, float64(rv.T), int(rv.Rating))
		}
		out = append(out, st)
	}
	return out
}

// Retrievability is the FSRS-6 forgetting curve for parameters w.
func Retrievability(w Params, t, s float64) float64 {
	f := math.Pow(0.9, -1/w[20]) - 1
	return math.Pow(1+f*t/s, -w[20])
}

// Interval is the real-valued number of days until R falls to retention.
func Interval(w Params, s, retention float64) float64 {
	f := math.Pow(0.9, -1/w[20]) - 1
	return s / f * (math.Pow(retention, -1/w[20]) - 1)
}

// grad is a derivative with respect to every parameter.
type grad [NParams]float64

// dmem is a memory state with its forward-mode derivatives.
type dmem struct {
	S, D   float64
	dS, dD grad
}

// rGrad returns R(t, S) and its partials with respect to S and w20.
func (m *model) rGrad(t, s float64) (r, drds, drdw20 float64) {
	u := 1 + m.factor*t/s
	r = math.Pow(u, -m.decay)
	drds = m.decay * r / u * m.factor * t / (s * s)
	dfdd := (m.factor + 1) * math.Log(0.9) / (m.decay * m.decay)
	drdw20 = r * (-math.Log(u) - m.decay/u*t/s*dfdd)
	return
}

func (m *model) initGrad(g int) dmem {
	var st dmem
	st.S = m.w[g-1]
	if st.S < SMin || st.S > SMax {
		st.S = min(max(st.S, SMin), SMax)
	} else {
		st.dS[g-1] = 1
	}
	e := math.Exp(m.w[5] * float64(g-1))
	st.D = m.w[4] - e + 1
	if st.D < DMin || st.D > DMax {
		st.D = min(max(st.D, DMin), DMax)
	} else {
		st.dD[4] = 1
		st.dD[5] = -float64(g-1) * e
	}
	return st
}

// stepGrad is step with derivatives: the local partials of the new state
// with respect to the old state and the parameters are written out by hand
// and chained forward (dS' = pS dS + pD dD + local terms).
func (m *model) stepGrad(st *dmem, t float64, g int) {
	w := &m.w
	s, d := st.S, st.D
	var ns, pS, pD float64
	var loc [NParams]float64 // local partials of ns with respect to w
	switch {
	case t == 0:
		k := float64(g) - 3 + w[18]
		sinc := math.Exp(w[17]*k) * math.Pow(s, -w[19])
		if g >= 2 && sinc < 1 {
			ns, pS = s, 1
		} else {
			ns = s * sinc
			pS = (1 - w[19]) * sinc
			loc[17] = ns * k
			loc[18] = ns * w[17]
			loc[19] = -ns * math.Log(s)
		}
	case g == 1:
		r, drds, drdw20 := m.rGrad(t, s)
		p := w[11] * math.Pow(d, -w[12])
		s1w := math.Pow(s+1, w[13])
		q := s1w - 1
		x := math.Exp(w[14] * (1 - r))
		sf := p * q * x
		cap := s / math.Exp(w[17]*w[18])
		if sf <= cap {
			ns = sf
			dsfdr := -w[14] * sf
			pS = p*x*w[13]*s1w/(s+1) + dsfdr*drds
			pD = -w[12] * sf / d
			loc[11] = sf / w[11]
			loc[12] = -sf * math.Log(d)
			loc[13] = p * x * s1w * math.Log(s+1)
			loc[14] = sf * (1 - r)
			loc[20] = dsfdr * drdw20
		} else {
			ns = cap
			pS = cap / s
			loc[17] = -cap * w[18]
			loc[18] = -cap * w[17]
		}
	default:
		r, drds, drdw20 := m.rGrad(t, s)
		h, b := 1.0, 1.0
		if g == 2 {
			h = w[15]
		} else if g == 4 {
			b = w[16]
		}
		core := m.ew8 * (11 - d) * math.Pow(s, -w[9]) // without h and b
		base := core * h * b
		e := math.Exp(w[10] * (1 - r))
		a := base * (e - 1)
		ns = s * (1 + a)
		dadr := -base * e * w[10]
		pS = (1 + a) + s*(-w[9]*a/s+dadr*drds)
		pD = -s * a / (11 - d)
		loc[8] = s * a
		loc[9] = -s * a * math.Log(s)
		loc[10] = s * base * e * (1 - r)
		loc[20] = s * dadr * drdw20
		if g == 2 {
			loc[15] = s * core * b * (e - 1)
		} else if g == 4 {
			loc[16] = s * core * h * (e - 1)
		}
	}
	dd := -w[6] * float64(g-3)
	dp := d + dd*(10-d)/9
	nd := w[7]*m.d0e + (1-w[7])*dp

	if ns < SMin || ns > SMax {
		st.S = min(max(ns, SMin), SMax)
		st.dS = grad{}
	} else {
		st.S = ns
		for i := range st.dS {
			st.dS[i] = pS*st.dS[i] + pD*st.dD[i] + loc[i]
		}
	}
	if nd < DMin || nd > DMax {
		st.D = min(max(nd, DMin), DMax)
		st.dD = grad{}
	} else {
		st.D = nd
		qD := (1 - w[7]) * (1 - dd/9)
		for i := range st.dD {
			st.dD[i] *= qD
		}
		st.dD[4] += w[7]
		st.dD[5] += w[7] * (-3 * math.Exp(3*w[5]))
		st.dD[6] += (1 - w[7]) * (-float64(g - 3)) * (10 - d) / 9
		st.dD[7] += m.d0e - dp
	}
}
