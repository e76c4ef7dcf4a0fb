package answer

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Date is a calendar date at some precision: a year, a month of a year, a
// day, or a decade or century. Zero fields are unknown.
type Date struct {
	Year, Month, Day int
	Decade           bool   // "1960s": Year is the decade's first year
	Century          int    // "7th century"
	Qualifier        string // "early", "mid", "late"
}

// Precision orders dates by how much they say: century < decade < year < month < day.
func (d Date) Precision() int {
	switch {
	case d.Day > 0:
		return 5
	case d.Month > 0:
		return 4
	case d.Year != 0 && !d.Decade:
		return 3
	case d.Decade:
		return 2
	case d.Century != 0:
		return 1
	}
	return 0
}

func (d Date) String() string {
	switch {
	case d.Century != 0:
		return fmt.Sprintf("%d century", d.Century)
	case d.Decade:
		return strings.TrimSpace(d.Qualifier + " " + strconv.Itoa(d.Year) + "s")
	case d.Day > 0 && d.Year != 0:
		return fmt.Sprintf("%d %s %d", d.Day, monthNames[d.Month-1], d.Year)
	case d.Day > 0:
		return fmt.Sprintf("%d %s", d.Day, monthNames[d.Month-1])
	case d.Month > 0 && d.Year != 0:
		return fmt.Sprintf("%s %d", monthNames[d.Month-1], d.Year)
	case d.Month > 0:
		return monthNames[d.Month-1]
	}
	return strings.TrimSpace(d.Qualifier + " " + strconv.Itoa(d.Year))
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var months = map[string]int{}

func init() {
	for i, m := range monthNames {
		l := strings.ToLower(m)
		months[l] = i + 1
		months[l[:3]] = i + 1
	}
	months["sept"] = 9
}

var (
	isoDate   = regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	slashDate = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b`)
	yearRe    = regexp.MustCompile(`^\d{1,4}$`)
	decadeRe  = regexp.MustCompile(`^(\d{2,4})s$`)
	dayRe     = regexp.MustCompile(`^(\d{1,2})(st|nd|rd|th)?$`)
)

// dateFiller words may sit between date parts without making the text more
// than a date.
var dateFiller = map[string]bool{
	"and": true, "to": true, "or": true, "between": true, "from": true, "of": true, "the": true,
	"in": true, "on": true, "by": true, "until": true, "through": true, "ad": true, "ce": true,
	"around": true, "about": true, "circa": true, "c": true, "approximately": true, "since": true,
}

var qualifiers = map[string]string{"early": "early", "mid": "mid", "middle": "mid", "late": "late"}

// centuryInWords is the century that words ws[i:] name in words, and how
// many words name it before "century": "eighteenth century", "XVIII
// century" (as many languages write it) or "twenty-first century" (read
// as "twenty first"); c is 0 when they name none.
func centuryInWords(ws []string, i int) (c, n int) {
	if o, n := ordinalInWords(ws, i); o > 0 && i+n < len(ws) && ws[i+n] == "century" {
		return o, n
	}
	if r := romanValue(ws[i]); r > 0 && i+1 < len(ws) && (ws[i+1] == "century" || ws[i+1] == "centuries") {
		return r, 1
	}
	return 0, 0
}

// dayInWords is the day of the month that ws[i:] writes as an ordinal in
// words ("ninth", "twenty first", read from "twenty-first"), and how many
// words write it; 0 when they write none.
func dayInWords(ws []string, i int) (day, n int) {
	if o, n := ordinalInWords(ws, i); o > 0 && o <= 31 {
		return o, n
	}
	return 0, 0
}

// ordinalInWords is the ordinal that ws[i:] writes in words, one word
// ("ninth", "eighteenth") or tens and a unit ("twenty first", as
// "twenty-first" is read), and how many words write it; 0 when none.
func ordinalInWords(ws []string, i int) (o, n int) {
	if v, ok := ordinalWords[ws[i]]; ok {
		return int(v), 1
	}
	if tens := smallNumbers[ws[i]]; tens >= 20 && int(tens)%10 == 0 && i+1 < len(ws) {
		if v, ok := ordinalWords[ws[i+1]]; ok && v < 10 {
			return int(tens + v), 2
		}
	}
	return 0, 0
}

// ParseDates reads text that is only one or more dates: "15 July 2022",
// "July 15, 2022", "2022-07-15", "July and September 2022", "2014 and 2016",
// "mid-1960s", "395 AD", "7th century". ok is false when any word is not part
// of a date, so "Article 5" or "90 million" are not dates.
func ParseDates(s string) ([]Date, bool) {
	if !mayHoldDate(s) || strings.Contains(s, "^") {
		return nil, false // "10^3" is a power, not the years 10 and 3
	}
	f := Fold(s)
	digits := strings.ContainsAny(f, "0123456789")
	if digits && digitSepDigit(f) { // both patterns need a separator between digits: "2022-07-15", "15/07/2022"
		f = isoDate.ReplaceAllStringFunc(f, func(m string) string {
			p := isoDate.FindStringSubmatch(m)
			mo, _ := strconv.Atoi(p[2])
			if mo < 1 || mo > 12 {
				return m
			}
			return p[3] + " " + monthNames[mo-1] + " " + p[1]
		})
		f = slashDate.ReplaceAllStringFunc(f, func(m string) string {
			p := slashDate.FindStringSubmatch(m)
			a, _ := strconv.Atoi(p[1])
			b, _ := strconv.Atoi(p[2])
			day, mo := a, b // day first unless that cannot be
			if mo > 12 && day <= 12 {
				day, mo = b, a
			}
			if mo < 1 || mo > 12 {
				return m
			}
			return strconv.Itoa(day) + " " + monthNames[mo-1] + " " + p[3]
		})
	}
	f = strings.ReplaceAll(f, "-", " ")
	ws := Words(f)
	var out []Date
	var cur Date
	pending := false
	qual := ""
	bc := false
	flush := func() {
		if pending {
			out = append(out, cur)
		}
		cur, pending = Date{}, false
	}
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if q, ok := qualifiers[w]; ok {
			qual = q
			continue
		}
		if m, ok := months[w]; ok {
			if pending && (cur.Month != 0 || cur.Year != 0) {
				flush()
			}
			cur.Month, pending = m, true
			cur.Qualifier, qual = qual, ""
			continue
		}
		// the word patterns all start with a digit
		digit := w != "" && w[0] >= '0' && w[0] <= '9'
		if m := matchIf(digit, decadeRe, w); m != nil {
			flush()
			y, _ := strconv.Atoi(m[1])
			if y < 100 { // "the 60s"
				y += 1900
			}
			out = append(out, Date{Year: y, Decade: true, Qualifier: qual})
			qual = ""
			continue
		}
		if m := matchIf(digit, dayRe, w); m != nil && m[2] != "" && i+1 < len(ws) && (ws[i+1] == "century" || ws[i+1] == "centuries") {
			flush()
			c, _ := strconv.Atoi(m[1])
			out = append(out, Date{Century: c, Qualifier: qual})
			qual = ""
			i++
			continue
		}
		if c, n := centuryInWords(ws, i); c > 0 {
			flush()
			out = append(out, Date{Century: c, Qualifier: qual})
			qual = ""
			i += n
			continue
		}
		// "the ninth of November", "November twenty-first": a day in words,
		// beside its month as a day in figures must be
		if d, n := dayInWords(ws, i); d > 0 {
			next := i + n
			nextIsMonth := next < len(ws) && months[ws[next]] != 0 ||
				next+1 < len(ws) && ws[next] == "of" && months[ws[next+1]] != 0
			if (pending && cur.Month != 0 && cur.Day == 0 && cur.Year == 0) || nextIsMonth {
				if nextIsMonth && pending {
					flush()
				}
				cur.Day, pending = d, true
				i = next - 1
				continue
			}
		}
		if m := matchIf(digit, dayRe, w); m != nil {
			n, _ := strconv.Atoi(m[1])
			// "5 May", and "5th of May" (the "of" is passed over as a filler)
			nextIsMonth := i+1 < len(ws) && months[ws[i+1]] != 0 ||
				i+2 < len(ws) && ws[i+1] == "of" && m[2] != "" && months[ws[i+2]] != 0
			if n >= 1 && n <= 31 && ((pending && cur.Month != 0 && cur.Day == 0 && cur.Year == 0) || nextIsMonth) {
				if nextIsMonth && pending {
					flush()
				}
				cur.Day, pending = n, true
				continue
			}
		}
		if digit && yearRe.MatchString(w) {
			y, _ := strconv.Atoi(w)
			if y == 0 {
				return nil, false
			}
			if pending && cur.Year != 0 {
				flush()
			}
			cur.Year, pending = y, true
			if cur.Qualifier == "" {
				cur.Qualifier = qual
			}
			qual = ""
			flush()
			continue
		}
		if w == "bc" || w == "bce" {
			bc = true
			continue
		}
		if w == "century" || w == "centuries" {
			continue
		}
		if dateFiller[w] {
			continue
		}
		return nil, false
	}
	flush()
	if len(out) == 0 {
		return nil, false
	}
	// "July and September 2022": months without a year take the next year given.
	for i := len(out) - 1; i >= 0; i-- {
		if out[i].Year == 0 && out[i].Century == 0 {
			for j := i + 1; j < len(out); j++ {
				if out[j].Year != 0 {
					out[i].Year = out[j].Year
					break
				}
			}
		}
	}
	if bc {
		for i := range out {
			out[i].Year = -out[i].Year
		}
	}
	return out, true
}

// contains reports whether precise date t lies within coarser date d,
// and within the part of it d's qualifier names ("December 1852" is not
// in "early 1852", nor 1961 in "the late 1960s": see holdsPart).
func (d Date) contains(t Date) bool {
	return d.within(t) && d.holdsPart(t)
}

// within is contains without d's qualifier.
func (d Date) within(t Date) bool {
	switch {
	case d.Century != 0:
		y := t.Year
		if t.Century != 0 {
			return t.Century == d.Century
		}
		if t.Decade {
			// the decade's years are the century's: "the 1800s" are of
			// the 19th, not the 18th that ends in 1800
			return y >= (d.Century-1)*100 && y < d.Century*100
		}
		return y > (d.Century-1)*100 && y <= d.Century*100+1
	case d.Decade:
		return t.Year >= d.Year && t.Year < d.Year+10
	}
	if d.Year != 0 && t.Year != d.Year {
		return false
	}
	if d.Month != 0 && t.Month != d.Month {
		return false
	}
	if d.Day != 0 && t.Day != d.Day {
		return false
	}
	return true
}

// seasons are the months of each season, as the northern hemisphere
// has them (winter holds December and the January and February of the
// same year: a note's "winter 1852" is read no finer).
var seasons = map[string][3]int{
	"spring": {3, 4, 5}, "summer": {6, 7, 8}, "autumn": {9, 10, 11}, "fall": {9, 10, 11}, "winter": {12, 1, 2},
}

// holdsPart reports whether t lies in the part of d its qualifier names:
// the first, middle or last third of a year, decade, century, month
// ("early", "mid", "late"), or the months of a season. A date that
// overlaps the part is in it (1963 is early and mid 1960s); one whose
// time is unknown is, and so is any date when d names no part.
func (d Date) holdsPart(t Date) bool {
	if months, ok := seasons[d.Qualifier]; ok {
		return t.Month == 0 || t.Month == months[0] || t.Month == months[1] || t.Month == months[2]
	}
	k, ok := thirds[d.Qualifier]
	if !ok {
		return true
	}
	lo, hi, ok1 := d.span()
	tlo, thi, ok2 := t.span()
	if !ok1 || !ok2 {
		return true
	}
	plo, phi := lo+k*(hi-lo)/3, lo+(k+1)*(hi-lo)/3
	const eps = 1e-9
	return tlo < phi-eps && thi > plo+eps
}

// thirds are the thirds of a time the qualifiers name, from the first.
var thirds = map[string]float64{"early": 0, "mid": 1, "late": 2}

// span is the time d covers, from lo up to hi, in years (a month is a
// twelfth of one, a day a thirty-first of its month), its qualifier
// left out; ok is false for a date without a year of the era (a month
// alone, a year before Christ).
func (d Date) span() (lo, hi float64, ok bool) {
	switch {
	case d.Century > 0 && d.Year == 0:
		return float64((d.Century-1)*100 + 1), float64(d.Century*100 + 1), true
	case d.Year <= 0:
		return 0, 0, false
	case d.Decade:
		return float64(d.Year), float64(d.Year + 10), true
	case d.Month == 0:
		return float64(d.Year), float64(d.Year + 1), true
	}
	lo = float64(d.Year) + float64(d.Month-1)/12
	if d.Day == 0 {
		return lo, lo + 1.0/12, true
	}
	day := 1.0 / 12 / 31
	return lo + float64(d.Day-1)*day, lo + float64(d.Day)*day, true
}

// same reports whether two dates say the same thing at the same precision.
func (d Date) same(t Date) bool {
	return d.Year == t.Year && d.Month == t.Month && d.Day == t.Day && d.Decade == t.Decade && d.Century == t.Century
}

// sameIn reports whether d and t are the same date in the same part of it:
// a part said on one side only counts ("1960s" for "mid-1960s", which
// matchDates grades as less precise), another part does not ("early 1852"
// for "late 1852").
func (d Date) sameIn(t Date) bool {
	return d.same(t) && (d.Qualifier == t.Qualifier || d.Qualifier == "" || t.Qualifier == "")
}

// monthStems are the first three letters of every month word ParseDates knows.
var monthStems = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// mayHoldDate is a cheap test that ParseDates cannot succeed: every date it
// reads has a digit, a month word or "century". It answers true (read it)
// for text it cannot judge cheaply: non-ASCII, or an apostrophe, which
// Words removes inside a word. Most answers are names and phrases, and this
// spares them the full parse.
func mayHoldDate(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c == '\'' || c >= '0' && c <= '9' {
			return true
		}
	}
	// lower-cased on the stack when short (most answers): names have
	// capitals, and strings.ToLower would allocate a copy of each
	var stack [64]byte
	var l []byte
	if len(s) <= len(stack) {
		l = stack[:len(s)]
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			l[i] = c
		}
	} else {
		l = []byte(strings.ToLower(s))
	}
	if bytes.Contains(l, []byte("centur")) {
		return true
	}
	for _, m := range monthStems {
		if bytes.Contains(l, []byte(m)) {
			return true
		}
	}
	return false
}

// digitSepDigit reports whether s holds a digit, a dash, slash or dot,
// and a digit in a row, as isoDate and slashDate match.
func digitSepDigit(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if c := s[i]; (c == '-' || c == '/' || c == '.') && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) {
			return true
		}
	}
	return false
}

// matchIf runs re on w only when cond holds.
func matchIf(cond bool, re *regexp.Regexp, w string) []string {
	if !cond {
		return nil
	}
	return re.FindStringSubmatch(w)
}
