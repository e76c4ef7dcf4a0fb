package answer

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Quantity is a number read from text: a single value (Lo == Hi) or a range,
// with the hedge that qualified it and the unit that followed it.
type Quantity struct {
	Lo, Hi  float64
	Hedge   string // "about", "close to", ...; empty when exact
	Unit    string // canonical unit ("%", "$", "km") or the words after the number
	Ordinal bool   // "17th", "seventeenth"
}

// Approx reports whether the quantity was hedged.
func (q Quantity) Approx() bool { return q.Hedge != "" }

// IsRange reports whether the quantity spans two values.
func (q Quantity) IsRange() bool { return q.Lo != q.Hi }

var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "several": 3, "few": 3,
}

var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}

var scales = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"quadrillion": 1e15, "quintillion": 1e18, "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6,
	"bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12, "mil": 1e6, "mio": 1e6, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
	"hundreds": 1e2,
	// the Indian system, as Indian notes and learners count money and people
	"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7,
}

// fractions are denominators written as words: "three quarters", "a third".
var fractions = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
	"tenth": 10, "tenths": 10,
}

// hedges qualify a number without changing it. Longest first so that
// "just over" wins over "just".
var hedges = []string{
	"just under", "just over", "just below", "just above", "well under", "well over", "well below",
	"well above", "more than", "less than", "fewer than",
	"at least", "at most", "up to", "close to", "in excess of", "upwards of", "an estimated",
	"estimated", "about", "approximately", "approx", "around", "roughly", "some", "nearly", "almost",
	"over", "under", "below", "above", "circa", "c", "just", "only", "almost", "ca", "near", "on the order of",
	"potentially", "perhaps", "maybe", "possibly",
}

// currencyCodes are the words that may open an amount in place of its
// currency's sign ("USD 5 billion", "Rs 500 crore"), by the unit they stand for.
var currencyCodes = map[string]string{
	"usd": "$", "eur": "€", "gbp": "£", "inr": "₹", "rs": "₹", "jpy": "¥", "cny": "¥", "rmb": "¥",
}

// currencySigns are the signs written before an amount, each its own
// currency's unit. "¥" stands for the yen and the yuan alike, as notes
// write it.
var currencySigns = map[string]bool{
	"$": true, "€": true, "£": true, "₹": true, "¥": true, "₩": true, "₽": true, "₺": true,
	"₦": true, "₱": true, "₪": true, "₫": true, "₴": true,
}

// units maps unit words to a canonical form so "kilometres" = "km".
var units = map[string]string{
	"%": "%", "percent": "%", "pct": "%", "per cent": "%", "percentage": "%",
	"km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
	"mi": "mi", "mile": "mi", "miles": "mi", "m": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
	"kg": "kg", "kilogram": "kg", "kilograms": "kg", "t": "t", "ton": "t", "tons": "t", "tonnes": "t", "tonne": "t",
	"$": "$", "dollar": "$", "dollars": "$", "usd": "$", "€": "€", "euro": "€", "euros": "€", "£": "£", "pound": "£", "pounds": "£",
	"rupee": "₹", "rupees": "₹", "inr": "₹", "buck": "$", "bucks": "$", "₹": "₹",
	"¥": "¥", "yen": "¥", "yuan": "¥", "renminbi": "¥", "₩": "₩", "₽": "₽", "ruble": "₽", "rubles": "₽",
	"rouble": "₽", "roubles": "₽", "₺": "₺", "lira": "₺", "₦": "₦", "naira": "₦", "₱": "₱", "₪": "₪",
	"shekel": "₪", "shekels": "₪", "₫": "₫", "₴": "₴", "hryvnia": "₴", "hryvnias": "₴",
	"mp": "MP", "megapixel": "MP", "megapixels": "MP",
	"year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month", "months": "month",
	"day": "day", "days": "day", "week": "week", "weeks": "week", "hour": "hour", "hours": "hour",
	"light-year": "ly", "light-years": "ly", "light year": "ly", "light years": "ly", "ly": "ly", "lightyears": "ly",
	"nautical": "nmi", "nm": "nm", "nanometer": "nm", "nanometers": "nm", "nanometre": "nm", "nanometres": "nm",
	"fortnight": "fortnight", "fortnights": "fortnight",
	"ft": "ft", "foot": "ft", "feet": "ft", "lb": "lb", "lbs": "lb", "kilo": "kg", "kilos": "kg",
	"kms": "km", "kgs": "kg",
	// a population counted by another word for its people
	"people": "people", "persons": "people", "inhabitants": "people", "residents": "people",
	"decade": "decade", "decades": "decade", "millennium": "millennium", "millennia": "millennium", "century": "century", "centuries": "century",
	"minute": "minute", "minutes": "minute", "min": "minute",
	"mins": "minute", "second": "second", "seconds": "second", "sec": "second", "secs": "second",
	"hr": "hour", "hrs": "hour", "h": "hour", "wk": "week", "wks": "week", "mo": "month", "mos": "month",
	"kb": "KB", "kilobyte": "KB", "kilobytes": "KB", "mb": "MB", "megabyte": "MB", "megabytes": "MB",
	"gb": "GB", "gigabyte": "GB", "gigabytes": "GB", "tb": "TB", "terabyte": "TB", "terabytes": "TB",
	"pb": "PB", "petabyte": "PB", "petabytes": "PB",
	"cm": "cm", "centimeter": "cm", "centimeters": "cm", "centimetre": "cm", "centimetres": "cm",
	"mm": "mm", "millimeter": "mm", "millimeters": "mm", "millimetre": "mm", "millimetres": "mm",
	"inch": "inch", "inches": "inch", "yard": "yd", "yards": "yd", "yd": "yd",
	"gram": "g", "grams": "g", "gramme": "g", "grammes": "g", "mg": "mg", "milligram": "mg",
	"milligrams": "mg", "oz": "oz", "ounce": "oz", "ounces": "oz",
	"l": "l", "liter": "l", "liters": "l", "litre": "l", "litres": "l", "ml": "ml", "milliliter": "ml",
	"milliliters": "ml", "millilitre": "ml", "millilitres": "ml",
	"w": "W", "watt": "W", "watts": "W", "kw": "kW", "kilowatt": "kW", "kilowatts": "kW",
	// areas: "square kilometres" is read as two words (see areaUnit)
	"km2": "km²", "km²": "km²", "sqkm": "km²", "mi2": "mi²", "mi²": "mi²", "m2": "m²", "m²": "m²",
	"ha": "ha", "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre",
}

// speedUnit is the unit of speed that words ws open on ("miles per
// hour", "km an hour", "mph"), or "".
func speedUnit(ws []string) string {
	if len(ws) >= 2 && units[ws[0]] == "km" && (ws[1] == "h" || ws[1] == "hr") {
		return "km/h" // "km/h", its slash read as a space
	}
	if len(ws) == 1 || len(ws) > 1 && ws[1] != "per" && ws[1] != "an" && ws[1] != "a" {
		switch ws[0] {
		case "mph":
			return "mph"
		case "kph", "kmh", "km/h":
			return "km/h"
		}
		return ""
	}
	if len(ws) < 3 || ws[2] != "hour" {
		return ""
	}
	switch units[ws[0]] {
	case "mi":
		return "mph"
	case "km":
		return "km/h"
	}
	return ""
}

// areaUnit is the unit of area that words ws open on ("square
// kilometres", "sq mi"), or "".
func areaUnit(ws []string) string {
	if len(ws) < 2 || ws[0] != "square" && ws[0] != "sq" {
		return ""
	}
	switch u := units[ws[1]]; u {
	case "km", "mi", "m", "ft":
		return u + "²"
	}
	return ""
}

var (
	isoDash     = regexp.MustCompile(`(\d)\s*[-–—]\s*(\d)`)
	digitSuffix = regexp.MustCompile(`^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn|trn|th|st|nd|rd|s)$`)
	plainNumber = regexp.MustCompile(`^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$`)
)

// quantityWords prepares text for number reading: folded words with a range
// dash turned into "to" and word hyphens into spaces ("three-quarters").
func quantityWords(s string) []string {
	s = Fold(s)
	if strings.ContainsAny(s, "-–—") && strings.ContainsAny(s, "0123456789") { // the pattern needs a dash and digits; most answers have neither
		s = isoDash.ReplaceAllString(s, "$1 to $2")
	}
	s = strings.ReplaceAll(s, "-", " ")
	s = strings.ReplaceAll(s, "~", " about ")
	return unglue(words(s, true))
}

// unglue parts a unit written onto its figure from it ("5km" → "5 km"),
// as people type and some notes write it. ws is returned as it is when
// none is, which is nearly always.
func unglue(ws []string) []string {
	var out []string
	for i, w := range ws {
		k := len(w)
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			for k > 0 && (w[k-1] < '0' || w[k-1] > '9') {
				k--
			}
		}
		if unit := w[k:]; unit != "" && glueUnits[unit] {
			if out == nil {
				out = append(make([]string, 0, len(ws)+1), ws[:i]...)
			}
			out = append(out, w[:k], unit)
			continue
		}
		if out != nil {
			out = append(out, w)
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// glueUnits are the units written onto a figure ("5km", "10kg") that
// unglue parts from it. "m" is not one: "5m" is five million (see
// digitSuffix), as figures in notes and typed answers mean it.
var glueUnits = map[string]bool{
	"km": true, "kms": true, "mi": true, "kg": true, "kgs": true, "t": true, "nm": true,
	"ly": true, "yr": true, "yrs": true, "pct": true, "ft": true, "lb": true, "lbs": true,
	"hr": true, "hrs": true, "min": true, "mins": true, "kb": true, "mb": true, "gb": true, "tb": true,
	"cm": true, "mm": true, "mg": true, "oz": true, "ml": true, "w": true, "kw": true,
}

// number reads one number starting at ws[i] and returns it with the index
// after it; ok is false when ws[i] does not start a number.
func number(ws []string, i int) (v float64, next int, ordinal bool, ok bool) {
	total, current := 0.0, 0.0
	seen := false
	// the amount the last scale word added, when the word before this one
	// was it: a larger scale right after multiplies it ("14 lakh crore"
	// is 14 × 100,000 × 10,000,000, "two thousand million" two billion)
	lastAdded, lastScale := 0.0, 0.0
	figures := false // the number so far is written in figures ("3", not "three")
	j := i
	for ; j < len(ws); j++ {
		w := ws[j]
		digit := w != "" && w[0] >= '0' && w[0] <= '9' // both patterns below start with a digit
		if digit && isPlainNumber(w) {
			if seen {
				break
			}
			f, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
			if err != nil {
				break
			}
			current, seen, figures = f, true, true
			continue
		}
		if m := digitSuffixMatch(w, digit); m != nil {
			if seen {
				break
			}
			f, _ := strconv.ParseFloat(m[1], 64)
			switch m[2] {
			case "th", "st", "nd", "rd":
				return f, j + 1, true, true
			case "s": // "1960s", "1000s": keep the number, it is approximate
				current, seen = f, true
				continue
			}
			current, seen = f*scales[m[2]], true
			j++
			break
		}
		if n, isSmall := smallNumbers[w]; isSmall {
			if seen && current != 0 && !wordsAdd(current, n) {
				break // "two three-year blocks", "twenty thirty": two numbers
			}
			current += n
			seen = true
			continue
		}
		if d, isFrac := fractions[w]; isFrac && !seen && j > i && (ws[j-1] == "a" || ws[j-1] == "an") {
			current, seen = 1/d, true // "a third", "a quarter"
			continue
		}
		if n, isOrd := ordinalWords[w]; isOrd && !(seen && fractions[w] != 0) {
			if seen && (figures || current != 0 && !wordsAdd(current, n)) {
				break // "3-second", "ten second": a figure, then a word of its own
			}
			return total + current + n, j + 1, true, true
		}
		if d, isFrac := fractions[w]; isFrac {
			num := current
			if num == 0 {
				num = 1
			}
			current = num / d
			seen = true
			continue
		}
		// a two-letter scale ("1.2 bn") counts only after a figure: a
		// bare "bn" or "mn" is more likely a word of something else
		if sc, isScale := scales[w]; isScale && (len(w) > 2 || seen && len(w) == 2) {
			if !seen {
				if j > i && (ws[j-1] == "a" || ws[j-1] == "one") {
					current = 1
				} else if strings.HasSuffix(w, "s") { // "thousands of"
					current = 1
				} else {
					break
				}
			}
			if current == 0 && lastScale != 0 && sc > lastScale {
				total += lastAdded*sc - lastAdded
				lastAdded, lastScale = lastAdded*sc, sc
				continue
			}
			if current == 0 {
				current = 1
			}
			if sc == 100 {
				current *= 100
			} else {
				lastAdded, lastScale = current*sc, sc
				total += lastAdded
				current = 0
			}
			seen = true
			continue
		}
		if (w == "a" || w == "an") && !seen && j+1 < len(ws) {
			nx := ws[j+1]
			if _, ok := scales[nx]; ok {
				continue
			}
			if _, ok := fractions[nx]; ok {
				continue
			}
			if nx == "dozen" {
				continue
			}
			break
		}
		// "one point four billion": the digits spoken after "point" are
		// the decimals, one word each ("two point seven five" is 2.75)
		if w == "point" && seen && !figures && current == math.Trunc(current) {
			decimals, k := []byte("0."), j+1
			for ; k < len(ws); k++ {
				d, isDigit := smallNumbers[ws[k]]
				if !isDigit || d > 9 {
					break
				}
				decimals = append(decimals, byte('0'+d))
			}
			if k == j+1 {
				break
			}
			// read as figures, so that 2.75 said is the 2.75 written
			frac, _ := strconv.ParseFloat(string(decimals), 64)
			current, _ = strconv.ParseFloat(strconv.FormatFloat(current+frac, 'f', len(decimals)-2, 64), 64)
			j = k - 1
			continue
		}
		if w == "and" && seen && j+1 < len(ws) {
			if _, ok := smallNumbers[ws[j+1]]; ok && current >= 100 {
				continue
			}
		}
		if w == "half" && seen { // "half a million" handled via fractions; "one and a half" rare
			break
		}
		if (w == "a" || w == "an") && seen && j+1 < len(ws) {
			if _, ok := scales[ws[j+1]]; ok && current < 1 { // "half a million"
				continue
			}
		}
		break
	}
	if !seen {
		return 0, i, false, false
	}
	return total + current, j, false, true
}

// wordsAdd reports whether number words n after current add up to one
// number: units after tens ("twenty three"), tens or units after hundreds
// ("a hundred twenty"); "two three" and "twenty thirty" are two numbers.
func wordsAdd(current, n float64) bool {
	return current >= 20 && math.Mod(current, 10) == 0 && n < 10 || current >= 100 && math.Mod(current, 100) == 0 && n < 100
}

// ParseQuantity reads text that is essentially a number: optional hedge, a
// number or a range of two, then optional unit words. "close to 90 million",
// "90-95%", "$2.45 trillion", "three thousand kilometers", "17th".
func ParseQuantity(s string) (Quantity, bool) {
	if !mayHoldQuantity(s) {
		return Quantity{}, false
	}
	return parseQuantity(quantityWords(withoutPowers(s)))
}

// withoutPowers writes the powers in s as plain figures: "10^3" → "1000",
// "9 x 10^7" and "9×10^7" → "90000000", "1e-10" → "0.0000000001", so that
// a power is read as the number it is, not as its base (which made
// "10^99 years" match "10^100 years"). s is returned as it is when it holds
// none, which is nearly always.
func withoutPowers(s string) string {
	if !strings.Contains(s, "^") && !sciNotation(s) {
		return s
	}
	return powerPattern.ReplaceAllStringFunc(s, func(m string) string {
		sub := powerPattern.FindStringSubmatch(m)
		var v float64
		switch {
		case sub[4] != "": // 1.5e-10
			mant, err1 := strconv.ParseFloat(sub[4], 64)
			exp, err2 := strconv.Atoi(sub[5])
			if err1 != nil || err2 != nil {
				return m
			}
			v = mant * math.Pow(10, float64(exp))
		default: // [mant x] base ^ exp
			base, err1 := strconv.ParseFloat(sub[2], 64)
			exp, err2 := strconv.ParseFloat(strings.Replace(sub[3], "−", "-", 1), 64)
			if err1 != nil || err2 != nil {
				return m
			}
			v = math.Pow(base, exp)
			if sub[1] != "" {
				mant, err := strconv.ParseFloat(sub[1], 64)
				if err != nil {
					return m
				}
				v *= mant
			}
		}
		if math.IsInf(v, 0) || math.IsNaN(v) || v == 0 {
			return m
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	})
}

// powerPattern matches "[m x|×|*] b^e" and "me±x" (scientific notation).
var powerPattern = regexp.MustCompile(`(?:(\d+(?:\.\d+)?)\s*[x×*]\s*)?(\d+(?:\.\d+)?)\^\s*([-−]?\d+(?:\.\d+)?)|\b(\d+(?:\.\d+)?)[eE]([-+]?\d+)\b`)

// sciNotation reports whether s holds a figure in scientific notation
// ("9e7", "1.5E-10"): a digit, "e", then a digit or a sign and a digit.
func sciNotation(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] != 'e' && s[i] != 'E' || s[i-1] < '0' || s[i-1] > '9' {
			continue
		}
		n := s[i+1]
		if (n == '-' || n == '+') && i+2 < len(s) {
			n = s[i+2]
		}
		if n >= '0' && n <= '9' {
			return true
		}
	}
	return false
}

// moneyScale is the scale ws[i] stands for after a sum of money, or 0:
// "$32t" and "270t dollars" are trillions (not tonnes), "$5mm" millions
// (as finance writes them, not millimetres). unit is the currency read
// before the figure, if any.
func moneyScale(ws []string, i int, unit string) float64 {
	if i >= len(ws) || ws[i] != "t" && ws[i] != "mm" {
		return 0
	}
	if !isCurrency(unit) && (i+1 >= len(ws) || !isCurrency(units[ws[i+1]])) {
		return 0
	}
	if ws[i] == "t" {
		return 1e12
	}
	return 1e6
}

// isCurrency reports whether the canonical unit u is a currency.
func isCurrency(u string) bool { return currencySigns[u] }

// parseQuantity is ParseQuantity of text split by quantityWords.
func parseQuantity(ws []string) (Quantity, bool) {
	var q Quantity
	i := 0
	// leading currency and hedges, in any order
	for i < len(ws) {
		if currencySigns[ws[i]] {
			q.Unit = ws[i]
			i++
			continue
		}
		if ws[i] == "us" && i+1 < len(ws) && ws[i+1] == "$" { // "US$": "US" alone is the country
			q.Unit = "$"
			i += 2
			continue
		}
		if c, ok := currencyCodes[ws[i]]; ok && i+1 < len(ws) {
			q.Unit = c
			i++
			continue
		}
		if h, n := hedgeAt(ws, i); n > 0 {
			if q.Hedge != "" {
				q.Hedge += " "
			}
			q.Hedge += h
			i += n
			continue
		}
		if ws[i] == "between" || ws[i] == "from" {
			i++
			continue
		}
		break
	}
	lo, next, ord, ok := number(ws, i)
	if !ok {
		return Quantity{}, false
	}
	if next < len(ws) && scales[ws[next]] > 0 && digitSuffix.MatchString(ws[i]) {
		// "22k crore": a scale after a figure that has one of its own
		lo *= scales[ws[next]]
		next++
	}
	if sc := moneyScale(ws, next, q.Unit); sc > 0 {
		lo *= sc
		next++
	}
	q.Lo, q.Hi, q.Ordinal = lo, lo, ord
	i = next
	if i+2 < len(ws) && units[ws[i]] != "" && (ws[i+1] == "to" || ws[i+1] == "and" || ws[i+1] == "or") {
		// "4.8% to 7.8%": the unit given after both ends of a range
		if _, n2, _, ok2 := number(ws, i+2); ok2 && n2 < len(ws) && units[ws[n2]] == units[ws[i]] {
			ws = append(ws[:i:i], ws[i+1:]...)
		}
	}
	if i+2 < len(ws) && ws[i] == "and" && (ws[i+1] == "a" || ws[i+1] == "an") && fractions[ws[i+2]] > 0 && lo == math.Trunc(lo) {
		// "two and a half years": a whole number and a part, not a range
		lo += 1 / fractions[ws[i+2]]
		i += 3
		if i < len(ws) && scales[ws[i]] > 0 {
			lo *= scales[ws[i]] // "two and a half million"
			i++
		}
		q.Lo, q.Hi = lo, lo
	}
	if i+1 < len(ws) && (ws[i] == "to" || ws[i] == "and" || ws[i] == "or") {
		if hi, n2, _, ok2 := number(ws, i+1); ok2 {
			// "90 to 95 million": the scale of the second applies to the first
			if hi >= 1000 && lo > 0 && lo < hi/100 {
				for _, sc := range []float64{1e3, 1e6, 1e9, 1e12} {
					if lo*sc <= hi && hi < lo*sc*100 {
						lo *= sc
						break
					}
				}
			}
			q.Lo, q.Hi = lo, hi
			i = n2
		}
	}
	if q.Lo > q.Hi {
		q.Lo, q.Hi = q.Hi, q.Lo
	}
	rest := ws[i:]
	if len(rest) > 0 {
		if u := speedUnit(rest); u != "" {
			if q.Unit == "" {
				q.Unit = u
			}
		} else if u := areaUnit(rest); u != "" {
			if q.Unit == "" {
				q.Unit = u
			}
		} else if len(rest) == 1 && rest[0] == "in" && q.Unit == "" {
			q.Unit = "inch" // "10 in": the word ends the figure, so it is no preposition
		} else if u, ok := units[rest[0]]; ok {
			if q.Unit == "" || u == "%" {
				q.Unit = u
			}
		} else if q.Unit == "" {
			q.Unit = strings.Join(rest, " ")
		}
	}
	return q, true
}

// numberWords are the words that number reads as (part of) a number
// without a digit: any number it reads holds one of them or a word
// opening on a digit.
var numberWords = func() map[string]bool {
	out := map[string]bool{}
	for _, m := range []map[string]float64{smallNumbers, ordinalWords, scales, fractions} {
		for w := range m {
			out[w] = true
		}
	}
	return out
}()

// mayHoldQuantity is a cheap test that ParseQuantity cannot succeed: no
// word of s opens on a digit or is a number word. Most answers are names
// and phrases, and this spares them the full reading (quantityWords
// splits the same words: its dashes and tildes part words anyway).
func mayHoldQuantity(s string) bool {
	if isASCII(s) { // EachWord's reading, with its buffer kept on the stack
		var stack [64]byte
		for i := 0; ; {
			w, next, ok := asciiAppendWord(stack[:0], s, i)
			if !ok {
				return false
			}
			if isDigitByte(w[0]) || numberWords[string(w)] {
				return true
			}
			i = next
		}
	}
	found := false
	EachWord(s, func(w []byte) bool {
		found = len(w) > 0 && (isDigitByte(w[0]) || numberWords[string(w)])
		return !found
	})
	return found
}

// hedgeWords are the hedges split into words once.
var hedgeWords = func() [][]string {
	out := make([][]string, len(hedges))
	for i, h := range hedges {
		out[i] = strings.Fields(h)
	}
	return out
}()

func hedgeAt(ws []string, i int) (string, int) {
	for hi, h := range hedges {
		hw := hedgeWords[hi]
		if i+len(hw) > len(ws) {
			continue
		}
		match := true
		for k, w := range hw {
			if ws[i+k] != w {
				match = false
				break
			}
		}
		if match {
			return h, len(hw)
		}
	}
	return "", 0
}

// hedgesByFirst are the hedges by their first byte, in hedges' order:
// StripHedge tries only those that can open the text (most answers open
// on a digit, which none does, and trying all forty was most of its time).
var hedgesByFirst = func() (by [256][]string) {
	for _, h := range hedges {
		by[h[0]] = append(by[h[0]], h)
	}
	return by
}()

// StripHedge removes a leading hedge ("about", "close to") from s.
func StripHedge(s string) string {
	if isASCII(s) {
		// the words joined at once, the hedges cut off as prefixes: no
		// slice of words and no string for each (describe strips every
		// answer)
		j := asciiJoinWords(s)
		for cut := true; cut && j != ""; {
			cut = false
			for _, h := range hedgesByFirst[j[0]] {
				if rest, ok := strings.CutPrefix(j, h); ok && (rest == "" || rest[0] == ' ') {
					j, cut = strings.TrimPrefix(rest, " "), true
					break
				}
			}
		}
		return j
	}
	return stripHedgeWords(Words(s))
}

// stripHedgeWords is StripHedge of text split into words.
func stripHedgeWords(ws []string) string {
	i := 0
	for i < len(ws) {
		_, n := hedgeAt(ws, i)
		if n == 0 {
			break
		}
		i += n
	}
	return strings.Join(ws[i:], " ")
}

// isPlainNumber is plainNumber.MatchString(w) without the regular
// expression: digits, either all of them or grouped by commas in threes
// after one to three, then perhaps a decimal part.
func isPlainNumber(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	if i < len(w) && w[i] == ',' {
		if i > 3 {
			return false
		}
		for i < len(w) && w[i] == ',' {
			j := i + 1
			for j < len(w) && w[j] >= '0' && w[j] <= '9' {
				j++
			}
			if j-i-1 != 3 {
				return false
			}
			i = j
		}
	}
	if i < len(w) && w[i] == '.' {
		j := i + 1
		for j < len(w) && w[j] >= '0' && w[j] <= '9' {
			j++
		}
		if j == i+1 {
			return false
		}
		i = j
	}
	return i == len(w)
}

func digitSuffixMatch(w string, digit bool) []string {
	if !digit {
		return nil
	}
	return digitSuffix.FindStringSubmatch(w)
}
