package report

import (
	"bytes"
	"fmt"
	"image/color"
	"io"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/recall-srs/recall/scheduler/stats"
)

// Chart is one drawn figure.
type Chart struct {
	Name  string // file name stem: reviews, calendar, retention, ...
	Title string
	Plot  *plot.Plot
}

// Chart size in the HTML page and the PNG files.
const (
	chartW = 16 * vg.Centimeter
	chartH = 7 * vg.Centimeter
)

var (
	blue  = color.RGBA{R: 0x3b, G: 0x75, B: 0xc4, A: 0xff}
	red   = color.RGBA{R: 0xd6, G: 0x45, B: 0x45, A: 0xff}
	green = color.RGBA{R: 0x2e, G: 0x9e, B: 0x5b, A: 0xff}
	gray  = color.RGBA{R: 0x88, G: 0x88, B: 0x88, A: 0xff}
)

// Charts builds every chart of the report.
func Charts(f stats.Figures) ([]Chart, error) {
	var out []Chart
	add := func(name, title string, build func(p *plot.Plot) error) error {
		p := plot.New()
		p.Title.Text = title
		p.X.Tick.Label.Font.Size = vg.Points(8)
		p.Y.Tick.Label.Font.Size = vg.Points(8)
		if err := build(p); err != nil {
			return fmt.Errorf("chart %s: %w", name, err)
		}
		out = append(out, Chart{Name: name, Title: title, Plot: p})
		return nil
	}
	steps := []error{
		add("reviews", fmt.Sprintf("Reviews per day, last %d days", len(f.ReviewsByDay)), func(p *plot.Plot) error {
			return reviewsChart(p, f.ReviewsByDay)
		}),
		add("calendar", "Calendar, last year", func(p *plot.Plot) error { return calendarChart(p, f.Heatmap) }),
		add("retention", fmt.Sprintf("True retention (desired %s)", pct(f.DesiredRetention)), func(p *plot.Plot) error {
			return retentionChart(p, f)
		}),
		add("forecast", fmt.Sprintf("Cards due, next %d days", len(f.Forecast)), func(p *plot.Plot) error {
			return forecastChart(p, f.Forecast)
		}),
		add("stability", "Stability (days)", func(p *plot.Plot) error { return binChart(p, f.Distributions.Stability, blue) }),
		add("difficulty", "Difficulty", func(p *plot.Plot) error { return binChart(p, f.Distributions.Difficulty, red) }),
		add("retrievability", "Retrievability now", func(p *plot.Plot) error {
			return binChart(p, f.Distributions.Retrievability, green)
		}),
	}
	for _, err := range steps {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func bar(vs plotter.Values, c color.Color, w vg.Length) (*plotter.BarChart, error) {
	b, err := plotter.NewBarChart(vs, w)
	if err != nil {
		return nil, err
	}
	b.Color = c
	b.LineStyle.Width = 0
	return b, nil
}

// dateTicks labels a daily x axis with a handful of dates.
func dateTicks(p *plot.Plot, dates []string, every int) {
	labels := make([]string, len(dates))
	for i, d := range dates {
		if i%every == 0 || i == len(dates)-1 {
			if t, err := time.Parse(time.DateOnly, d); err == nil {
				labels[i] = t.Format("2 Jan")
			}
		}
	}
	p.NominalX(labels...)
}

func reviewsChart(p *plot.Plot, days []stats.Day) error {
	all, again := make(plotter.Values, len(days)), make(plotter.Values, len(days))
	dates := make([]string, len(days))
	for i, d := range days {
		all[i], again[i], dates[i] = float64(d.Reviews), float64(d.Again), d.Date
	}
	w := max(chartW*0.8/vg.Length(max(len(days), 1)), 1)
	b1, err := bar(all, blue, w)
	if err != nil {
		return err
	}
	b2, err := bar(again, red, w)
	if err != nil {
		return err
	}
	p.Add(b1, b2)
	p.Legend.Add("reviews", b1)
	p.Legend.Add("again", b2)
	p.Legend.Top = true
	p.Y.Min = 0
	dateTicks(p, dates, max(len(days)/6, 1))
	return nil
}

// calendarGrid is the heatmap's week × weekday grid.
type calendarGrid struct {
	weeks int
	z     []float64 // weeks*7, NaN outside the period
}

func (g calendarGrid) Dims() (int, int)   { return g.weeks, 7 }
func (g calendarGrid) Z(c, r int) float64 { return g.z[c*7+r] }
func (g calendarGrid) X(c int) float64    { return float64(c) }
func (g calendarGrid) Y(r int) float64    { return float64(6 - r) } // Monday on top

// shades is a light-to-dark green palette, like a contribution calendar.
type shades []color.Color

func (s shades) Colors() []color.Color { return s }

func calendarChart(p *plot.Plot, days []stats.Day) error {
	if len(days) == 0 {
		return nil
	}
	last, err := time.Parse(time.DateOnly, days[len(days)-1].Date)
	if err != nil {
		return err
	}
	lastDow := (int(last.Weekday()) + 6) % 7
	weeks := (len(days)-1+6-lastDow)/7 + 1
	g := calendarGrid{weeks: weeks, z: make([]float64, weeks*7)}
	for i := range g.z {
		g.z[i] = -1 // outside the year: drawn as underflow (white)
	}
	peak := 1.0
	for i, d := range days {
		back := len(days) - 1 - i
		dow := (lastDow - back%7 + 7) % 7
		col := weeks - 1 - (back+6-lastDow)/7
		g.z[col*7+dow] = float64(d.Reviews)
		peak = max(peak, float64(d.Reviews))
	}
	h := plotter.NewHeatMap(g, shades{
		color.RGBA{0xeb, 0xed, 0xf0, 0xff}, color.RGBA{0x9b, 0xe9, 0xa8, 0xff},
		color.RGBA{0x40, 0xc4, 0x63, 0xff}, color.RGBA{0x30, 0xa1, 0x4e, 0xff}, color.RGBA{0x21, 0x6e, 0x39, 0xff},
	})
	h.Min, h.Max = 0, peak
	h.Underflow = color.White
	p.Add(h)
	names := []string{"Su", "Sa", "Fr", "Th", "We", "Tu", "Mo"}
	ticks := make([]plot.Tick, 7)
	for i, n := range names {
		ticks[i] = plot.Tick{Value: float64(i), Label: n}
	}
	p.Y.Tick.Marker = plot.ConstantTicks(ticks)
	var xt []plot.Tick
	for c := 0; c < weeks; c++ {
		// label the first week of each month with the month's name
		back := (weeks - 1 - c) * 7
		d := last.AddDate(0, 0, -back-lastDow)
		if d.Day() <= 7 {
			xt = append(xt, plot.Tick{Value: float64(c), Label: d.Format("Jan")})
		}
	}
	p.X.Tick.Marker = plot.ConstantTicks(xt)
	return nil
}

func retentionChart(p *plot.Plot, f stats.Figures) error {
	var young, mature, all plotter.Values
	for _, name := range stats.Periods {
		r := f.TrueRetention[name]
		for _, x := range []struct {
			t  stats.Tally
			vs *plotter.Values
		}{{r.Young, &young}, {r.Mature, &mature}, {r.All, &all}} {
			v := 0.0
			if x.t.Retention != nil {
				v = *x.t.Retention * 100
			}
			*x.vs = append(*x.vs, v)
		}
	}
	w := vg.Points(14)
	for i, s := range []struct {
		vs    plotter.Values
		c     color.Color
		label string
	}{{young, green, "young"}, {mature, blue, "mature"}, {all, gray, "all"}} {
		b, err := bar(s.vs, s.c, w)
		if err != nil {
			return err
		}
		b.Offset = vg.Length(i-1) * w
		p.Add(b)
		p.Legend.Add(s.label, b)
	}
	desired, err := plotter.NewLine(plotter.XYs{{X: -0.5, Y: f.DesiredRetention * 100}, {X: float64(len(stats.Periods)) - 0.5, Y: f.DesiredRetention * 100}})
	if err != nil {
		return err
	}
	desired.Color = red
	desired.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
	p.Add(desired)
	p.Legend.Add("desired", desired)
	p.Legend.Top = true
	p.Legend.Left = true
	p.Y.Min, p.Y.Max = 0, 100
	p.Y.Label.Text = "%"
	p.NominalX(stats.Periods...)
	return nil
}

func forecastChart(p *plot.Plot, due []stats.Due) error {
	vs := make(plotter.Values, len(due))
	dates := make([]string, len(due))
	for i, d := range due {
		vs[i], dates[i] = float64(d.Due), d.Date
	}
	b, err := bar(vs, blue, max(chartW*0.8/vg.Length(max(len(due), 1)), 1))
	if err != nil {
		return err
	}
	p.Add(b)
	p.Y.Min = 0
	dateTicks(p, dates, max(len(due)/6, 1))
	return nil
}

func binChart(p *plot.Plot, bins []stats.Bin, c color.Color) error {
	vs := make(plotter.Values, len(bins))
	labels := make([]string, len(bins))
	for i, b := range bins {
		vs[i], labels[i] = float64(b.Cards), b.Label
	}
	b, err := bar(vs, c, vg.Points(18))
	if err != nil {
		return err
	}
	p.Add(b)
	p.Y.Min = 0
	p.Y.Label.Text = "cards"
	p.NominalX(labels...)
	return nil
}

// SVG draws c as an SVG element for inline use (no XML prolog).
func (c Chart) SVG() ([]byte, error) {
	canvas := vgsvg.New(chartW, chartH)
	c.Plot.Draw(draw.New(canvas))
	var buf bytes.Buffer
	if _, err := canvas.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("draw %s: %w", c.Name, err)
	}
	out := buf.Bytes()
	if i := bytes.Index(out, []byte("<svg")); i > 0 {
		out = out[i:]
	}
	return out, nil
}

// PNG draws c as a PNG image.
func (c Chart) PNG(w io.Writer) error {
	canvas := vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(chartW, chartH), vgimg.UseDPI(144),
		vgimg.UseBackgroundColor(color.White))}
	c.Plot.Draw(draw.New(canvas))
	if _, err := canvas.WriteTo(w); err != nil {
		return fmt.Errorf("draw %s: %w", c.Name, err)
	}
	return nil
}
