package report

import (
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/recall-srs/recall/scheduler/stats"
)

// page is the self-contained report: inline CSS, inline SVG, no scripts and
// no outside resources, so it reads offline and prints.
var page = template.Must(template.New("report").Funcs(template.FuncMap{
	"pct":   pct,
	"tally": tally,
	"dur":   duration,
	"width": func(x float64) string { return fmt.Sprintf("%.0f%%", x*100) },
	"heading": func(title, h string) string {
		if h == "" {
			return "(top)"
		}
		return strings.TrimPrefix(h, title+" › ")
	},
	"oneDecimal": func(x float64) string { return fmt.Sprintf("%.1f", x) },
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>recall stats{{with .F.Note}} · {{.}}{{end}}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; color: #222; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; background: #fff; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
.sub { color: #666; margin-top: 0; }
.tiles { display: flex; flex-wrap: wrap; gap: .8rem; }
.tile { border: 1px solid #ddd; border-radius: 6px; padding: .5rem .9rem; min-width: 9rem; }
.tile b { display: block; font-size: 1.4rem; }
figure { margin: 1rem 0; break-inside: avoid; } figure svg { width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; break-inside: auto; } tr { break-inside: avoid; }
th, td { text-align: left; padding: .2rem .5rem; border-bottom: 1px solid #eee; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.bar { background: #eee; width: 8rem; height: .8rem; display: inline-block; vertical-align: middle; }
.bar span { background: #2e9e5b; height: 100%; display: block; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
</style>
</head>
<body>
<h1>recall stats{{with .F.Note}} · {{.}}{{end}}</h1>
<p class="sub">{{.F.Now.Format "Monday 2 January 2006, 15:04 MST"}}</p>

<div class="tiles">
<div class="tile">Today<b>{{.F.Today.Reviews}} reviews</b>{{.F.Today.Again}} again · {{.F.Today.New}} new · {{dur .F.Today.Seconds}}</div>
<div class="tile">Streak<b>{{.F.Streak.Current}} days</b>longest {{.F.Streak.Longest}}</div>
<div class="tile">Knowledge<b>≈ {{oneDecimal .F.Knowledge}} cards</b>of {{.F.CardsSeen}} seen{{with .F.AverageRecall}} · average recall {{pct .}}{{end}}</div>
<div class="tile">Cards<b>{{.F.Cards.Total}}</b>{{.F.Cards.New}} new · {{.F.Cards.Review}} review · {{.F.Cards.Leeches}} leeches</div>
</div>

{{range .Charts}}{{if eq .Name "retention"}}
<h2>True retention</h2>
<table>
<tr><th></th><th>young</th><th>mature</th><th>all</th></tr>
{{range $.Periods}}{{$r := index $.F.TrueRetention .}}<tr><td>{{.}}</td><td class="num">{{tally $r.Young}}</td><td class="num">{{tally $r.Mature}}</td><td class="num">{{tally $r.All}}</td></tr>
{{end}}</table>
<p>Desired retention: {{pct $.F.DesiredRetention}}. Only the first review of a card each day counts; Again fails, Hard, Good and Easy pass; mature cards had an interval of 21 days or more.</p>
{{end}}<figure id="chart-{{.Name}}" aria-label="{{.Title}}">
{{.SVG}}
</figure>
{{end}}

<h2>Cards</h2>
<table>
<tr><th>new</th><th>learning</th><th>young</th><th>mature</th><th>relearning</th><th>suspended</th><th>buried</th><th>orphaned</th><th>leeches</th></tr>
<tr>{{with .F.Cards}}<td class="num">{{.New}}</td><td class="num">{{.Learning}}</td><td class="num">{{.Young}}</td><td class="num">{{.Mature}}</td><td class="num">{{.Relearning}}</td><td class="num">{{.Suspended}}</td><td class="num">{{.Buried}}</td><td class="num">{{.Orphaned}}</td><td class="num">{{.Leeches}}</td>{{end}}</tr>
</table>

{{if .F.Notes}}<h2>Mastery by note (weakest first)</h2>
<table id="mastery-notes">
<tr><th>note</th><th>mastery</th><th></th><th>mature</th><th>cards</th></tr>
{{range .F.Notes}}<tr><td>{{.Title}}</td><td><span class="bar"><span style="width: {{width .Mastery}}"></span></span></td><td class="num">{{pct .Mastery}}</td><td class="num">{{pct .MatureShare}}</td><td class="num">{{.Cards}}</td></tr>
{{end}}</table>{{end}}

{{if .F.Headings}}<h2>Mastery by heading (weakest first)</h2>
<table id="mastery-headings">
<tr><th>note › heading</th><th>mastery</th><th></th><th>mature</th><th>cards</th></tr>
{{range .Headings}}<tr><td>{{.Title}} › {{heading .Title .Heading}}</td><td><span class="bar"><span style="width: {{width .Mastery}}"></span></span></td><td class="num">{{pct .Mastery}}</td><td class="num">{{pct .MatureShare}}</td><td class="num">{{.Cards}}</td></tr>
{{end}}</table>{{end}}

{{if .F.Hardest}}<h2>Hardest cards</h2>
<table id="hardest">
<tr><th>question</th><th>note</th><th>difficulty</th><th>lapses</th><th>recall now</th></tr>
{{range .F.Hardest}}<tr><td>{{.Question}}</td><td>{{.Title}}</td><td class="num">{{oneDecimal .Difficulty}}</td><td class="num">{{.Lapses}}</td><td class="num">{{pct .Retrievability}}</td></tr>
{{end}}</table>{{end}}
</body>
</html>
`))

// htmlChart is a chart ready for the page.
type htmlChart struct {
	Name, Title string
	SVG         template.HTML
}

// HTML writes the report as one self-contained page.
func HTML(w io.Writer, f stats.Figures) error {
	charts, err := Charts(f)
	if err != nil {
		return err
	}
	data := struct {
		F        stats.Figures
		Charts   []htmlChart
		Periods  []string
		Headings []stats.Mastery
	}{F: f, Periods: stats.Periods, Headings: f.Headings[:min(len(f.Headings), 50)]}
	for _, c := range charts {
		svg, err := c.SVG()
		if err != nil {
			return err
		}
		// The SVG comes from our own plot drawing, not from user text
		// (gonum escapes the labels it writes).
		data.Charts = append(data.Charts, htmlChart{Name: c.Name, Title: c.Title, SVG: template.HTML(svg)})
	}
	if err := page.Execute(w, data); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	return nil
}
