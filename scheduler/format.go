package scheduler

import (
	"strconv"
	"strings"
	"time"
)

// FormatInterval writes a duration compactly for answer buttons and
// listings: "<1m", "10m", "3h", "1.5h", "2d", "3.5mo", "1.2y". Months are 30
// days and years 365, as Anki shows them.
func FormatInterval(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	minutes := d.Minutes()
	days := d.Hours() / 24
	switch {
	case d < time.Minute:
		return "<1m"
	case d < time.Hour:
		return strconv.Itoa(int(minutes+0.5)) + "m"
	case d < 24*time.Hour:
		return oneDecimal(d.Hours()) + "h"
	case days < 30:
		return strconv.Itoa(int(days+0.5)) + "d"
	case days < 365:
		return oneDecimal(days/30) + "mo"
	}
	return oneDecimal(days/365) + "y"
}

// oneDecimal prints x with at most one decimal, dropping ".0".
func oneDecimal(x float64) string {
	s := strconv.FormatFloat(x, 'f', 1, 64)
	return strings.TrimSuffix(s, ".0")
}

// PreviewLine is the answer-button line, like
// "Again 10m · Hard 2d · Good 4d · Easy 9d"; with twoButton only Again
// and Good are shown.
func PreviewLine(p [4]Memory, now time.Time, twoButton bool) string {
	var parts []string
	for i, m := range p {
		r := Rating(i + 1)
		if twoButton && (r == Hard || r == Easy) {
			continue
		}
		parts = append(parts, r.String()+" "+FormatInterval(m.Due.Sub(now)))
	}
	return strings.Join(parts, " · ")
}
