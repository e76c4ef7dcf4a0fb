package notes

import "strings"

// Dates are found by a scanner over tokens rather than a regular
// expression: the expression needed for all the forms below ran on Go's
// slow NFA path and cost half of the extraction time.
//
// Forms: "July 15, 2022", "15 July 2022", "July and September 2022",
// "July 2022", "early 2021", "the late 1970s", "mid-1960s",
// "between 2014 and 2016", "1914–1918", "395 AD", "7th century",
// "spring 1945", "on July 20", "in September", "1983".

var qualifiers = set(`early mid late`)
var seasons = set(`spring summer autumn winter`)
var eras = set(`AD BC BCE CE`)
var centuryOrdinals = set(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
	thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first`)

func isDigits(s string, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isYear(s string) bool {
	if !isDigits(s, 4, 4) {
		return false
	}
	return s[0] == '1' || s[0] == '2' && s[1] == '0'
}

// isDay is "15", "15th", "3rd".
func isDay(s string) bool {
	if isOrdinal(s) {
		s = s[:len(s)-2]
	}
	return isDigits(s, 1, 2) && s != "0" && s != "00"
}

// isDecade is "1970s", "60s", "mid-1960s" (qualifier included in the token).
func isDecade(s string) bool {
	if i := strings.IndexByte(s, '-'); i > 0 && qualifiers[strings.ToLower(s[:i])] {
		s = s[i+1:]
	}
	return len(s) >= 4 && s[len(s)-1] == 's' && s[len(s)-2] == '0' && isDigits(s[:len(s)-1], 3, 4)
}

// isMonth is a month name; abbreviations count only before a number.
func (x *extractor) isMonth(i int) bool {
	t := x.tok(i)
	if months[t] == 0 {
		return false
	}
	if len(t) <= 4 && t != "June" && t != "July" && t != "May" {
		n := x.tok(i + 1)
		if n == "." {
			n = x.tok(i + 2)
		}
		return isDay(n) || isYear(n)
	}
	return true
}

func (x *extractor) dates(hasDigit bool) {
	n := len(x.toks)
	for i := 0; i < n; i++ {
		t := x.toks[i]
		if !t.word {
			continue
		}
		group, end := x.dateAt(i)
		if group == "" {
			continue
		}
		start := i
		// a qualifier before: "early 2021", "the late 1970s"
		if (group == "y" || group == "dec" || group == "my") && i > 0 && qualifiers[x.ltok(i-1)] {
			start = i - 1
			if group == "y" {
				group = "qy"
			}
		}
		a, b := x.toks[start].start, x.toks[end-1].end
		if x.overlaps(a, b) || !x.dateContextOK(group, a, b) {
			continue
		}
		x.add(Date, a, b, dateValue(group, x.text[a:b]))
		i = end - 1
	}
}

// dateAt reads a date starting at token i and returns its form and end token.
func (x *extractor) dateAt(i int) (string, int) {
	t := x.toks[i].s
	comma := func(k int) int {
		if x.tok(k) == "," {
			return k + 1
		}
		return k
	}
	switch {
	case x.isMonth(i):
		k := i + 1
		if x.tok(k) == "." {
			k++
		}
		if e := x.yearAfterMonth(k); e > 0 {
			return "my", e // "January 49 BC": a year, not a day
		}
		if d := x.tok(k); isDay(d) || strings.Contains(d, "-") && isDay(d[:strings.IndexByte(d, '-')]) {
			if e := x.yearAfterMonth(comma(k + 1)); e > 0 {
				return "mdy", e
			}
			if !strings.Contains(d, "-") {
				return "md", k + 1
			}
		}
		if c := x.tok(k); c == "and" || c == "to" || c == "or" || c == "through" || c == "until" || c == "-" || c == "–" {
			if x.isMonth(k+1) && months[x.tok(k+1)] > 0 {
				if y := comma(k + 2); isYear(x.tok(y)) {
					return "mmy", y + 1
				}
			}
		}
		if e := x.yearAfterMonth(comma(k)); e > 0 {
			return "my", e
		}
		if len(t) > 3 {
			return "mon", i + 1
		}
	case isDay(t) && x.isMonth(i+1) || isDay(t) && x.tok(i+1) == "of" && x.isMonth(i+2):
		k := i + 1
		if x.tok(k) == "of" {
			k++
		}
		if e := x.yearAfterMonth(comma(k + 1)); e > 0 {
			return "dmy", e
		}
	case isYear(t):
		k := i + 1
		if c := x.tok(k); c == "-" || c == "–" || c == "to" || c == "and" || c == "until" || c == "through" {
			if y2 := x.tok(k + 1); isYear(y2) && y2 > t {
				return "yr", k + 2
			}
		}
		if eras[x.tok(k)] {
			return "era", k + 1
		}
		return "y", k
	case (t == "Q1" || t == "Q2" || t == "Q3" || t == "Q4" || t == "H1" || t == "H2") && isYear(x.tok(i+1)):
		return "qy", i + 2
	case isQualifiedYear(t):
		return "qy", i + 1
	case isYearRange(t):
		return "yr", i + 1
	case isDecade(t):
		return "dec", i + 1
	case isDigits(t, 1, 4) && eras[x.tok(i+1)] && x.tok(i+1) != "CE" || (t == "AD" || t == "BC") && isDigits(x.tok(i+1), 1, 4):
		return "era", i + 2
	case isOrdinal(t) || centuryOrdinals[strings.ToLower(t)] || strings.HasSuffix(t, "-century"):
		k := i + 1
		if strings.HasSuffix(t, "-century") {
			k = i
		} else if x.tok(k) == "-" {
			k++
		}
		if x.tok(k) == "century" || k == i {
			k++
			if eras[x.tok(k)] {
				k++
			}
			return "cent", k
		}
	case seasons[strings.ToLower(t)]:
		k := i + 1
		if x.tok(k) == "of" {
			k++
		}
		if isYear(x.tok(k)) {
			return "season", k + 1
		}
	}
	return "", 0
}

// yearAfterMonth reads the year after a month (and its day) at token k
// and returns the token after it, or 0: a year of four digits ("July
// 1789"), one of the ancient world with its era ("15 March 44 BC", "August
// AD 410"), or, after a month, one of three digits ("24 August 410").
func (x *extractor) yearAfterMonth(k int) int {
	y := x.tok(k)
	switch {
	case isYear(y):
		return k + 1
	case isDigits(y, 1, 4) && eras[x.tok(k+1)]:
		return k + 2
	case (y == "AD" || y == "BC") && isDigits(x.tok(k+1), 1, 4):
		return k + 2
	case isDigits(y, 3, 3) && y[0] != '0':
		return k + 1
	}
	return 0
}

// isYearRange is one token "1914-1918", "1914–18".
func isYearRange(s string) bool {
	for _, sep := range []string{"-", "–"} {
		if a, b, ok := strings.Cut(s, sep); ok && isYear(a) {
			if isYear(b) && b > a || isDigits(b, 2, 2) && b > a[2:] {
				return true
			}
		}
	}
	return false
}

// isQualifiedYear is one token "mid-2017", "early-2021".
func isQualifiedYear(s string) bool {
	i := strings.IndexByte(s, '-')
	return i > 0 && qualifiers[strings.ToLower(s[:i])] && isYear(s[i+1:])
}
