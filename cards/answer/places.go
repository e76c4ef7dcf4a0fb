package answer

import (
	"slices"
	"strings"
)

// Places and the names of things: a few words of one name make another
// ("Northern Ireland", "Equatorial Guinea", "the Black Sea"), and a
// name a letter off may be another well-known one ("Iceland",
// "Ireland"). Names are compared as normalised (see comparable).

// countryNames are the countries of the world, normalised, with the
// nations of the United Kingdom: one of them typed for another is
// another country, however few letters apart ("Iceland" for
// "Ireland", "Austria" for "Australia", "Niger" for "Nigeria").
var countryNames = nameSet(`afghanistan, albania, algeria, andorra, angola, antigua and barbuda,
argentina, armenia, australia, austria, azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus,
belgium, belize, benin, bhutan, bolivia, bosnia and herzegovina, botswana, brazil, brunei, bulgaria,
burkina faso, burundi, cambodia, cameroon, canada, cape verde, central african republic, chad,
chile, china, colombia, comoros, costa rica, cote divoire, croatia, cuba, cyprus, czech republic,
democratic republic of congo, denmark, djibouti, dominica, dominican republic, ecuador, egypt,
el salvador, england, equatorial guinea, eritrea, estonia, eswatini, ethiopia, fiji, finland,
france, gabon, gambia, georgia, germany, ghana, greece, grenada, guatemala, guinea, guinea bissau,
guyana, haiti, honduras, hungary, iceland, india, indonesia, iran, iraq, ireland, israel, italy,
jamaica, japan, jordan, kazakhstan, kenya, kiribati, kosovo, kuwait, kyrgyzstan, laos, latvia,
lebanon, lesotho, liberia, libya, liechtenstein, lithuania, luxembourg, macedonia, madagascar,
malawi, malaysia, maldives, mali, malta, marshall islands, mauritania, mauritius, mexico,
micronesia, moldova, monaco, mongolia, montenegro, morocco, mozambique, myanmar, namibia, nauru,
nepal, netherlands, new zealand, nicaragua, niger, nigeria, north korea, north macedonia,
northern ireland, norway, oman, pakistan, palau, palestine, panama, papua new guinea, paraguay,
peru, philippines, poland, portugal, qatar, republic of congo, romania, russia, rwanda,
saint kitts and nevis, saint lucia, saint vincent, samoa, san marino, sao tome and principe,
saudi arabia, scotland, senegal, serbia, seychelles, sierra leone, singapore, slovakia, slovenia,
solomon islands, somalia, south africa, south korea, south sudan, soviet union, spain, sri lanka,
sudan, suriname, sweden, switzerland, syria, taiwan, tajikistan, tanzania, thailand, timor leste,
togo, tonga, trinidad and tobago, tunisia, turkey, turkmenistan, tuvalu, uganda, ukraine,
united arab emirates, united kingdom, united states, uruguay, uzbekistan, vanuatu, vatican city,
venezuela, vietnam, wales, yemen, zambia, zimbabwe`)

// regions are the states of the United States, the provinces and
// territories of Canada, the states and territories of Australia and the
// nations of the United Kingdom, each with the country it is in: the
// larger place a learner types after a city.
var regions = func() map[string]string {
	m := map[string]string{}
	for _, g := range []struct{ country, names string }{
		{"united states", `alabama, alaska, arizona, arkansas, california, colorado, connecticut,
delaware, florida, georgia, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana,
maine, maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska,
nevada, new hampshire, new jersey, new mexico, new york, north carolina, north dakota, ohio,
oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah,
vermont, virginia, washington, west virginia, wisconsin, wyoming`},
		{"canada", `alberta, british columbia, manitoba, new brunswick, newfoundland,
northwest territories, nova scotia, nunavut, ontario, prince edward island, quebec, saskatchewan,
yukon`},
		{"australia", `new south wales, northern territory, queensland, south australia, tasmania,
victoria, western australia`},
		{"united kingdom", `england, northern ireland, scotland, wales`},
	} {
		for n := range nameSet(g.names) {
			m[n] = g.country
		}
	}
	return m
}()

// cities are well-known cities that are no capital, by their country:
// the larger place typed after one must be it ("Sydney, Nova Scotia" is
// another Sydney).
var cities = map[string]string{
	"sydney": "australia", "melbourne": "australia", "new york": "united states", "los angeles": "united states",
	"chicago": "united states", "san francisco": "united states", "boston": "united states",
	"toronto": "canada", "montreal": "canada", "vancouver": "canada", "mumbai": "india", "bombay": "india",
	"kolkata": "india", "calcutta": "india", "shanghai": "china", "hong kong": "china", "istanbul": "turkey",
	"st petersburg": "russia", "rio de janeiro": "brazil", "sao paulo": "brazil", "barcelona": "spain",
	"milan": "italy", "naples": "italy", "venice": "italy", "florence": "italy", "munich": "germany",
	"hamburg": "germany", "frankfurt": "germany", "manchester": "united kingdom", "liverpool": "united kingdom",
	"edinburgh": "united kingdom", "glasgow": "united kingdom", "lyon": "france", "marseille": "france",
	"osaka": "japan", "kyoto": "japan", "karachi": "pakistan", "lagos": "nigeria",
	"johannesburg": "south africa", "cape town": "south africa", "geneva": "switzerland", "zurich": "switzerland",
	"dubai": "united arab emirates", "casablanca": "morocco", "alexandria": "egypt",
}

// moreCapitals are capitals that capitals (match.go) leaves out, by
// their country: a city typed with another larger place after it is
// another city ("Dublin, Ohio").
var moreCapitals = map[string]string{
	"dublin": "ireland", "vienna": "austria", "brussels": "belgium", "amsterdam": "netherlands",
	"lisbon": "portugal", "stockholm": "sweden", "oslo": "norway", "copenhagen": "denmark", "helsinki": "finland",
	"prague": "czech republic", "bucharest": "romania", "sofia": "bulgaria", "zagreb": "croatia",
	"reykjavik": "iceland", "bern": "switzerland", "bangkok": "thailand", "jakarta": "indonesia",
	"manila": "philippines", "kuala lumpur": "malaysia", "wellington": "new zealand", "santiago": "chile",
	"lima": "peru", "bogota": "colombia", "quito": "ecuador", "montevideo": "uruguay", "riga": "latvia",
	"vilnius": "lithuania", "tallinn": "estonia", "bratislava": "slovakia", "ljubljana": "slovenia",
	"beirut": "lebanon", "amman": "jordan", "doha": "qatar", "muscat": "oman", "tunis": "tunisia",
	"algiers": "algeria", "rabat": "morocco", "accra": "ghana", "dakar": "senegal", "kampala": "uganda",
	"kinshasa": "democratic republic of congo", "khartoum": "sudan", "tripoli": "libya", "kathmandu": "nepal",
	"ulaanbaatar": "mongolia", "tashkent": "uzbekistan", "astana": "kazakhstan",
}

// countryOfPlace is the country a normalised place name is in (a
// country is in itself), or "".
func countryOfPlace(p string) string {
	if c, _ := countryOf(p); countryNames[c] {
		if r, ok := regions[c]; ok && r == "united kingdom" {
			return r // "England": in the United Kingdom
		}
		return c
	}
	for _, m := range []map[string]string{capitals, moreCapitals, cities, regions} {
		if c, ok := m[p]; ok {
			return c
		}
	}
	return ""
}

// otherCountry reports whether normalised answers t and e are two
// different countries, or two different states or regions ("iceland"
// and "ireland", "guinea" and "equatorial guinea", "virginia" and "west
// virginia"), neither another name of the other.
func otherCountry(t, e string) bool {
	tc, _ := countryOf(t)
	ec, _ := countryOf(e)
	known := func(p string) bool { _, region := regions[p]; return countryNames[p] || region }
	return tc != ec && known(tc) && known(ec) && countryOfPlace(tc) != countryOfPlace(ec)
}

// otherLargerPlace reports whether typed is the note's place (e, as
// compared) with a larger place after a comma that it is not in
// ("London, Ontario" for "London", "Georgia, USA" for the country):
// another place of the same name. Places recall does not know are
// taken as typed ("Vela Bay, Kesh").
func otherLargerPlace(typed, e string) bool {
	head, rest, ok := strings.Cut(typed, ",")
	if !ok || comparable(head) != e {
		return false
	}
	r := comparable(rest)
	in, rin := countryOfPlace(e), countryOfPlace(r)
	if in == "" || rin == "" {
		return false
	}
	if countryNames[e] {
		return r != e // a country is in no other
	}
	return rin != in // "Tehran, Iran", "London, England", "Chicago, Illinois"
}

// placeQualifiers make another place or body of a name, added or left
// out ("West Virginia", "New York", "Northern Ireland", "Equatorial
// Guinea", "the Democratic Republic of the Congo"), where a first name
// makes the same person fuller.
var placeQualifiers = wordSet(`north northern south southern east eastern west western new old greater upper lower
central equatorial democratic`)

// otherQualifier reports whether normalised answers t and e are the
// same name but for a word of placeQualifiers one has and the other
// has not ("york" and "new york", "ireland" and "northern ireland").
func otherQualifier(t, e string) bool {
	tq, tr := qualified(t)
	eq, er := qualified(e)
	return tr != "" && tr == er && tq != eq
}

// qualified parts the words of normalised name s into its words of
// placeQualifiers and the rest, each joined in their order.
func qualified(s string) (qualifiers, rest string) {
	var q, r []string
	for _, w := range strings.Fields(s) {
		if placeQualifiers[w] {
			q = append(q, w)
		} else {
			r = append(r, w)
		}
	}
	return strings.Join(q, " "), strings.Join(r, " ")
}

// genericWords are the common nouns and articles that names of places,
// bodies and epithets are made with ("the Black Sea", "Camp David",
// "Los Angeles", "Alexander the Great"): typed alone they name nothing.
var genericWords = wordSet(`sea ocean river lake gulf bay strait channel sound mountain mountains mount island islands
isle peninsula desert valley canal cape coast bank camp house palace hall tower bridge square park street
city town state states republic kingdom empire union party council church cathedral university college
school company corporation army navy front movement league war battle treaty accord agreement act great
nations federation province county district region territory los las el la le les san santa sao saint
st fort port lord group management holdings partners capital ventures media labs studios
foundation institute inc ltd limited plc llc corp co`)

// onlyGeneric reports whether content words tc are all genericWords and
// ec, the note's, hold a word that is not: the name's common noun
// without the name ("the sea" for "the Black Sea").
func onlyGeneric(tc, ec []string) bool {
	if len(tc) == 0 {
		return false
	}
	for _, w := range tc {
		if !genericWords[w] && !particles[w] {
			return false // ("al" for "Ayman al-Zawahiri" is no name either)
		}
	}
	for _, w := range ec {
		if !genericWords[w] {
			return true
		}
	}
	return false
}

// endsGeneric reports whether name words ws end on a common noun of
// genericWords: the name of a place or body, not of a person ("the
// Democratic Party", "the Black Sea").
func endsGeneric(ws []string) bool {
	return len(ws) > 0 && genericWords[ws[len(ws)-1]]
}

// wordSet is the set of the words of text.
func wordSet(text string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(text) {
		m[w] = true
	}
	return m
}

// nameSet is the set of the names text lists, parted by commas, each of
// one word or more ("antigua and barbuda, argentina").
func nameSet(text string) map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Split(text, ",") {
		if n = strings.Join(strings.Fields(n), " "); n != "" {
			m[n] = true
		}
	}
	return m
}

// otherName grades the names that are another thing than the note's,
// however few letters or words apart: ok is false when typed (t as
// compared) is none of them. These are another country or region
// ("Iceland" for "Ireland", "Equatorial Guinea" for "Guinea"), a place
// with a qualifier put in or left out ("York" for "New York"), a place
// in another larger one ("London, Ontario"), a country for a place
// named after it ("Mexico" for "the Gulf of Mexico"), one of two names
// ("Sali Berisha or Edi Rama"), an acronym a letter off ("NSA" for
// "NASA"), and a generation other than the note's ("Martin Luther King
// Sr." for "Martin Luther King Jr.").
func otherName(typed, t, expected, e string) (Result, bool) {
	exp, name := strings.TrimSpace(expected), isName(expected)
	switch {
	case otherCountry(t, e), otherLargerPlace(typed, e), name && countryNamedIn(t, e):
		return Result{Wrong, "another place: expected " + exp}, true
	case name && otherQualifier(t, e):
		return Result{Wrong, "another name: expected " + exp}, true
	case name && oneOfTwo(t, e):
		return Result{Wrong, "one of two names: expected " + exp}, true
	case otherAcronym(t, e, typed, expected):
		return Result{Wrong, "another acronym: expected " + exp}, true
	case otherGeneration(t, e):
		return Result{Wrong, "another generation: expected " + exp}, true
	}
	return Result{}, false
}

// countryNamedIn reports whether normalised t is a country or region
// and e a place named after it, a word of geography or a qualifier
// added ("mexico" for "gulf of mexico" or "new mexico", "africa" is no
// country).
func countryNamedIn(t, e string) bool {
	if t == e || countryOfPlace(t) == "" {
		return false
	}
	ew := strings.Fields(e)
	tw := strings.Fields(t)
	if !inOrder(tw, ew) {
		return false
	}
	for _, w := range ew {
		if geoWords[w] || placeQualifiers[w] {
			return true
		}
	}
	return false
}

// geoWords are the words of geography that make a place of a country's
// name ("the Gulf of Mexico", "the Korean Peninsula").
var geoWords = wordSet(`sea ocean river lake gulf bay strait channel mountain mountains island islands peninsula
desert valley canal cape coast city basin`)

// oneOfTwo reports whether normalised t gives two answers, one of
// them e's, with "or" ("london or paris" for "Paris"): a hedge between
// two names is not the note's name.
func oneOfTwo(t, e string) bool {
	tw, ew := strings.Fields(t), strings.Fields(e)
	return slices.Contains(tw, "or") && !slices.Contains(ew, "or")
}

// otherAcronym reports whether typed and expected are two acronyms, or
// an acronym and a word, a letter or two apart ("NSA", "NASA"): short
// capitals leave no room for a typo.
func otherAcronym(t, e, typed, expected string) bool {
	if t == e || strings.Contains(t, " ") || strings.Contains(e, " ") || !isAcronym(typed) && !isAcronym(expected) {
		return false
	}
	return t+"s" != e && e+"s" != t // "NGOs" for "NGO" is the plural
}

// generation is the generation a normalised name ends on ("jr", "sr"),
// or "".
func generation(s string) string {
	ws := strings.Fields(s)
	if n := len(ws); n > 1 && (ws[n-1] == "jr" || ws[n-1] == "sr") {
		return ws[n-1]
	}
	return ""
}

// otherGeneration reports whether normalised names t and e end on two
// different generations ("martin luther king sr" for "martin luther
// king jr").
func otherGeneration(t, e string) bool {
	tg, eg := generation(t), generation(e)
	return tg != "" && eg != "" && tg != eg
}

// generationAdded reports whether typed gives a generation the note's
// name, of first name and surname only, leaves out ("Donald Trump Jr."
// for "Donald Trump": another person, perhaps). A note that gives a
// middle name gives the name in full, and may leave out "Jr." ("Martin
// Luther King").
func generationAdded(t, e string) bool {
	return generation(t) != "" && generation(e) == "" && len(content(e, true)) <= 2
}

// particles are the small words of names written in small letters
// ("Otto von Bismarck", "Bashar al-Assad", "Leonardo da Vinci").
var particles = wordSet(`von van de da di du del der den la le al el bin ibn ben dos das ter ten zu`)

// personName reports whether expected names a person: a name of two to
// four words, each a person's word (see personWord) or a particle, that
// is no known place and does not end on a common noun ("the Democratic
// Party").
func personName(expected string) bool {
	if !isName(expected) || listItems(expected) != nil {
		return false
	}
	ws := content(comparable(undot(expected)), true)
	if len(ws) < 2 || len(ws) > 4 || endsGeneric(ws) || countryOfPlace(strings.Join(ws, " ")) != "" {
		return false
	}
	for _, w := range strings.Fields(expected) {
		w = strings.Trim(w, ".,")
		if !personWord(w) && !particles[w] && !titles[strings.ToLower(w)] && !romanNumeral(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// PartOfPlace reports whether typed names only a part of the place
// expected names, one that is no name alone: "Kong" for "Hong Kong",
// "Aires" for "Buenos Aires". The place's own word after a common noun
// is ("Hormuz" for "the Strait of Hormuz"), and so is one of the
// places a note lists ("Vela" for "Kesh and Vela").
func PartOfPlace(typed, expected string) bool {
	if listItems(expected) != nil {
		return false
	}
	tc := content(comparable(undot(typed)), true)
	var own []string // the place's own words
	for _, w := range content(comparable(undot(expected)), true) {
		if !genericWords[w] {
			own = append(own, w)
		}
	}
	if len(own) < 2 || len(tc) >= len(own) {
		return false
	}
	for _, w := range tc {
		if !slices.Contains(own, w) {
			return false
		}
	}
	return true
}

// formerPlaceNames are places renamed in living memory or well known by
// an older name, each with the name it goes by now: "Bombay" typed for
// "Mumbai" (or the other way) names the right place by another of its
// names, which is close, not wrong; the note's own name is the one to
// learn, since a history note's "Constantinople" is not today's
// "Istanbul" in every sentence. Names a place shares with another
// ("Salisbury", "Gold Coast", "Canton", "Edo") are left out. A country's
// other name still in use beside the new one ("Burma", "Holland",
// "Swaziland") is sameCountry's instead, and correct.
var formerPlaceNames = map[string]string{
	"bombay": "mumbai", "calcutta": "kolkata", "madras": "chennai", "bangalore": "bengaluru",
	"poona": "pune", "benares": "varanasi", "gurgaon": "gurugram", "peking": "beijing",
	"nanking": "nanjing", "saigon": "ho chi minh city", "rangoon": "yangon",
	"batavia": "jakarta", "dacca": "dhaka", "constantinople": "istanbul", "smyrna": "izmir",
	"leningrad": "saint petersburg", "petrograd": "saint petersburg",
	"stalingrad": "volgograd", "tsaritsyn": "volgograd", "konigsberg": "kaliningrad",
	"danzig": "gdansk", "breslau": "wroclaw", "lemberg": "lviv", "pressburg": "bratislava",
	"tiflis": "tbilisi", "christiania": "oslo", "leopoldville": "kinshasa", "nur sultan": "astana",
	"new amsterdam": "new york", "ceylon": "sri lanka", "persia": "iran", "siam": "thailand",
	"zaire": "democratic republic of congo", "rhodesia": "zimbabwe", "formosa": "taiwan",
	"east pakistan": "bangladesh", "kampuchea": "cambodia", "dahomey": "benin",
	"upper volta": "burkina faso", "abyssinia": "ethiopia",
	"bechuanaland": "botswana", "nyasaland": "malawi",
}

// respeltPlaceNames are places whose name a country now spells another
// way, each with that spelling: "Kiev" for "Kyiv" is the same name.
var respeltPlaceNames = map[string]string{
	"kiev": "kyiv", "odessa": "odesa", "kharkov": "kharkiv", "lvov": "lviv", "st petersburg": "saint petersburg",
}

// placeNow is the name normalised place n goes by now (see
// formerPlaceNames, respeltPlaceNames and sameCountry), and how n
// names it: by a former name, another spelling, or as it is (n itself).
func placeNow(n string) (now string, former, respelt bool) {
	if p, ok := formerPlaceNames[n]; ok {
		return p, true, false
	}
	if p, ok := respeltPlaceNames[n]; ok {
		return p, false, p != n
	}
	c, _ := countryOf(n)
	return c, false, false
}

// otherPlaceName grades normalised t, typed for e, when it names e's
// place by another of its names: another spelling is correct ("Kiev"
// for "Kyiv"), a former name close ("Bombay" for "Mumbai", "Persia"
// for "Iran", the other way round, or another former name). ok is
// false for any other pair.
func otherPlaceName(t, e, expected string) (r Result, ok bool) {
	tn, tFormer, tRespelt := placeNow(t)
	en, eFormer, eRespelt := placeNow(e)
	if t == e || tn != en || !tFormer && !eFormer && !tRespelt && !eRespelt {
		return Result{}, false
	}
	exp := strings.TrimSpace(expected)
	if tFormer || eFormer {
		return Result{Close, "the place's other name: the note says " + exp}, true
	}
	return Result{Correct, "the note says " + exp}, true
}
