// Package report draws the figures of package scheduler/stats: as text for the
// terminal (line charts by asciigraph, bars and the calendar heatmap in block
// characters), as one self-contained HTML page with inline SVG charts, and as
// PNG files. Renderers only write to what they are given.
package report

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/guptarohit/asciigraph"

	"github.com/recall-srs/recall/scheduler/stats"
)

// MinWidth is the narrowest layout drawn; narrower terminals get this width.
const MinWidth = 40

// Text writes the report for a terminal width columns wide.
func Text(w io.Writer, f stats.Figures, width int) error {
	width = max(width, MinWidth)
	var b strings.Builder
	title := "recall stats · " + f.Now.Format("Mon 2 Jan 2006 15:04 MST")
	if f.Note != "" {
		title += " · note: " + f.Note
	}
	b.WriteString(title + "\n\n")

	t := f.Today
	fmt.Fprintf(&b, "Today      %d %s · %d again%s · %d new · %s\n", t.Reviews, plural(t.Reviews, "review"),
		t.Again, share(t.Again, t.Reviews), t.New, duration(t.Seconds))
	fmt.Fprintf(&b, "Streak     %d %s (longest %d)\n", f.Streak.Current, plural(f.Streak.Current, "day"), f.Streak.Longest)
	if f.AverageRecall != nil {
		fmt.Fprintf(&b, "Knowledge  ≈ %.1f cards remembered of %d seen (average recall %s)\n",
			f.Knowledge, f.CardsSeen, pct(*f.AverageRecall))
	} else {
		b.WriteString("Knowledge  no card studied yet\n")
	}

	section(&b, fmt.Sprintf("Reviews per day · last %d days", len(f.ReviewsByDay)))
	lineChart(&b, f.ReviewsByDay, width)

	section(&b, "Calendar · last year")
	heatmap(&b, f.Heatmap, width)

	section(&b, fmt.Sprintf("True retention · desired %s", pct(f.DesiredRetention)))
	retentionTable(&b, f, width)

	section(&b, fmt.Sprintf("Forecast · cards due per day, next %d days", len(f.Forecast)))
	forecast(&b, f.Forecast, width)

	section(&b, "Cards")
	c := f.Cards
	fmt.Fprintf(&b, "%d total · %d new · %d learning · %d relearning\n", c.Total, c.New, c.Learning, c.Relearning)
	fmt.Fprintf(&b, "%d review: %d young, %d mature\n", c.Review, c.Young, c.Mature)
	fmt.Fprintf(&b, "%d suspended · %d buried · %d orphaned · %d %s\n", c.Suspended, c.Buried, c.Orphaned, c.Leeches, plural(c.Leeches, "leech"))

	if f.CardsSeen > 0 {
		section(&b, "Stability (days)")
		bars(&b, f.Distributions.Stability, width)
		section(&b, "Difficulty")
		bars(&b, f.Distributions.Difficulty, width)
		section(&b, "Retrievability now")
		bars(&b, f.Distributions.Retrievability, width)
	}

	if len(f.Notes) > 0 {
		section(&b, "Mastery by note · weakest first")
		masteryTable(&b, f.Notes, false, width, 15)
	}
	if len(f.Headings) > 0 {
		section(&b, "Mastery by heading · weakest first")
		masteryTable(&b, f.Headings, true, width, 15)
	}
	if len(f.Hardest) > 0 {
		section(&b, "Hardest cards")
		for _, h := range f.Hardest {
			head := fmt.Sprintf("D %4.1f  lapses %2d  R %4s  ", h.Difficulty, h.Lapses, pct(h.Retrievability))
			b.WriteString(head + clip(h.Question, width-utf8.RuneCountInString(head)) + "\n")
		}
	}
	// Last guard for narrow terminals: no line wraps.
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		lines[i] = l
		if utf8.RuneCountInString(l) > width {
			lines[i] = string([]rune(l)[:width-1]) + "…"
		}
	}
	_, err := io.WriteString(w, strings.Join(lines, "\n"))
	return err
}

func section(b *strings.Builder, title string) {
	b.WriteString("\n" + title + "\n")
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	if strings.HasSuffix(word, "ch") {
		return word + "es"
	}
	return word + "s"
}

func share(part, whole int) string {
	if whole == 0 {
		return ""
	}
	return " (" + pct(float64(part)/float64(whole)) + ")"
}

func pct(x float64) string { return fmt.Sprintf("%.0f%%", x*100) }

func duration(sec int64) string {
	d := time.Duration(sec) * time.Second
	switch {
	case d >= time.Hour:
		return fmt.Sprintf("%dh %02dm", int(d.Hours()), int(d.Minutes())%60)
	case d >= time.Minute:
		return fmt.Sprintf("%dm %02ds", int(d.Minutes()), sec%60)
	}
	return fmt.Sprintf("%ds", sec)
}

// clip shortens s to n columns with an ellipsis.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if n <= 1 {
		return ""
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// pad left-aligns s in n columns, clipping it if needed.
func pad(s string, n int) string {
	s = clip(s, n)
	return s + strings.Repeat(" ", max(n-utf8.RuneCountInString(s), 0))
}

// lineChart draws reviews per day with asciigraph, with dates under the ends.
func lineChart(b *strings.Builder, days []stats.Day, width int) {
	if len(days) == 0 {
		return
	}
	series := make([]float64, len(days))
	again := make([]float64, len(days))
	peak := 0.0
	for i, d := range days {
		series[i], again[i] = float64(d.Reviews), float64(d.Again)
		peak = max(peak, series[i])
	}
	if peak == 0 {
		b.WriteString("no reviews in this period\n")
		return
	}
	// asciigraph draws the y labels in a column as wide as its largest label.
	label := len(fmt.Sprintf("%.0f", peak)) + 3
	// No taller than the peak, so that every row has its own whole-number label.
	plot := asciigraph.PlotMany([][]float64{series, again},
		asciigraph.Height(min(8, int(peak))), asciigraph.Width(width-label-1), asciigraph.LowerBound(0),
		asciigraph.Precision(0), asciigraph.YAxisValueFormatter(func(v float64) string {
			return fmt.Sprintf("%.0f", math.Round(v)+0) // +0 turns -0 into 0
		}))
	b.WriteString(plot + "\n")
	first, last := days[0].Date, days[len(days)-1].Date
	gap := max(width-len(first)-len(last)-label, 1)
	b.WriteString(strings.Repeat(" ", label) + first + strings.Repeat(" ", gap) + last + "\n")
	b.WriteString(strings.Repeat(" ", label) + "upper line: reviews · lower line: again\n")
}

// heatShades go from no review to the busiest days.
var heatShades = []rune{'·', '░', '▒', '▓', '█'}

// heatmap draws one column per week and one row per weekday, like Anki's
// calendar; it keeps the most recent weeks that fit in width.
func heatmap(b *strings.Builder, days []stats.Day, width int) {
	if len(days) == 0 {
		return
	}
	peak := 0
	for _, d := range days {
		peak = max(peak, d.Reviews)
	}
	last, _ := time.Parse(time.DateOnly, days[len(days)-1].Date)
	// Column of each day counted back from the week of the last day; weeks start on Monday.
	lastDow := (int(last.Weekday()) + 6) % 7
	weeks := (len(days)-1-lastDow+6)/7 + 1
	cols := min(weeks, width-4)
	grid := make([][]rune, 7)
	for r := range grid {
		grid[r] = []rune(strings.Repeat(" ", cols))
	}
	for i, d := range days {
		back := len(days) - 1 - i // days before the last day
		dow := (lastDow - back%7 + 7) % 7
		col := cols - 1 - (back+(6-lastDow))/7
		if col < 0 {
			continue
		}
		grid[dow][col] = shade(d.Reviews, peak)
	}
	names := []string{"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"}
	for r, row := range grid {
		b.WriteString(names[r] + "  " + string(row) + "\n")
	}
	fmt.Fprintf(b, "    less %s more · busiest day %d %s\n", string(heatShades), peak, plural(peak, "review"))
}

func shade(n, peak int) rune {
	if n <= 0 || peak <= 0 {
		return heatShades[0]
	}
	i := int(math.Ceil(float64(n) / float64(peak) * 4))
	return heatShades[min(max(i, 1), 4)]
}

// retentionTable shows pass/total beside each percentage when the width
// allows, else the percentages alone.
func retentionTable(b *strings.Builder, f stats.Figures, width int) {
	show, col := tally, 18
	if width < 10+3*19 {
		show, col = retentionOnly, 8
	}
	fmt.Fprintf(b, "%-10s %-*s %-*s %-*s\n", "", col, "young", col, "mature", col, "all")
	for _, p := range stats.Periods {
		r, ok := f.TrueRetention[p]
		if !ok {
			continue
		}
		fmt.Fprintf(b, "%-10s %-*s %-*s %-*s\n", p, col, show(r.Young), col, show(r.Mature), col, show(r.All))
	}
}

func tally(t stats.Tally) string {
	if t.Retention == nil {
		return "–"
	}
	return fmt.Sprintf("%5.1f%% (%d/%d)", *t.Retention*100, t.Pass, t.Pass+t.Fail)
}

func retentionOnly(t stats.Tally) string {
	if t.Retention == nil {
		return "–"
	}
	return fmt.Sprintf("%5.1f%%", *t.Retention*100)
}

// forecast draws vertical bars, one column per day, eight rows high.
func forecast(b *strings.Builder, due []stats.Due, width int) {
	peak := 0
	for _, d := range due {
		peak = max(peak, d.Due)
	}
	if peak == 0 {
		b.WriteString("nothing due\n")
		return
	}
	label := len(fmt.Sprint(peak))
	n := min(len(due), (width-label-2)/2) // two columns per day
	const rows = 6
	eighths := []rune(" ▁▂▃▄▅▆▇█")
	for r := rows - 1; r >= 0; r-- {
		switch r {
		case rows - 1:
			fmt.Fprintf(b, "%*d ┤", label, peak)
		case 0:
			fmt.Fprintf(b, "%*d ┤", label, 0)
		default:
			fmt.Fprintf(b, "%*s │", label, "")
		}
		var line strings.Builder
		for _, d := range due[:n] {
			h := float64(d.Due) / float64(peak) * rows * 8
			cell := int(math.Round(h)) - r*8
			switch {
			case cell >= 8:
				line.WriteString("█ ")
			case cell <= 0:
				if r == 0 && d.Due > 0 {
					line.WriteString("▁ ")
				} else {
					line.WriteString("  ")
				}
			default:
				line.WriteString(string(eighths[cell]) + " ")
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
	first, last := due[0].Date, due[n-1].Date
	gap := max(2*n-1-len(first)-len(last), 1)
	fmt.Fprintf(b, "%*s  %s%s%s\n", label, "", first, strings.Repeat(" ", gap), last)
	fmt.Fprintf(b, "%*s  %d due in %d days\n", label, "", sumDue(due[:n]), n)
}

func sumDue(due []stats.Due) int {
	n := 0
	for _, d := range due {
		n += d.Due
	}
	return n
}

// bars draws a horizontal bar per bin, scaled to the largest.
func bars(b *strings.Builder, bins []stats.Bin, width int) {
	peak, lw, cw := 0, 0, 0
	for _, bin := range bins {
		peak = max(peak, bin.Cards)
		lw = max(lw, utf8.RuneCountInString(bin.Label))
		cw = max(cw, len(fmt.Sprint(bin.Cards)))
	}
	room := max(width-lw-cw-3, 1)
	for _, bin := range bins {
		n := 0
		if peak > 0 {
			n = int(math.Round(float64(bin.Cards) / float64(peak) * float64(room)))
		}
		if n == 0 && bin.Cards > 0 {
			n = 1
		}
		fmt.Fprintf(b, "%s %*d %s\n", pad(bin.Label, lw), cw, bin.Cards, strings.Repeat("█", n))
	}
}

// masteryTable lists notes or headings with a mastery bar, at most limit rows.
func masteryTable(b *strings.Builder, ms []stats.Mastery, headings bool, width, limit int) {
	const barW = 10
	// name, bar, mastery, "  mature", share, card count and " cards" take nameW+40 columns.
	nameW := max(width-40, 10)
	for i, m := range ms {
		if i == limit {
			fmt.Fprintf(b, "… %d more\n", len(ms)-limit)
			break
		}
		name := m.Title
		if headings {
			h := m.Heading
			if h == "" {
				h = "(top)"
			}
			name = m.Title + " › " + strings.TrimPrefix(h, m.Title+" › ")
		}
		full := int(math.Round(m.Mastery * barW))
		bar := strings.Repeat("█", full) + strings.Repeat("░", barW-full)
		fmt.Fprintf(b, "%s %s %4s  mature %4s %4d %s\n", pad(name, nameW), bar, pct(m.Mastery), pct(m.MatureShare), m.Cards, plural(m.Cards, "card"))
	}
}
