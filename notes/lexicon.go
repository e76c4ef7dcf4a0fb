package notes

import "strings"

// Small gazetteers of generic English words: no names, titles or phrases
// from any particular note.

var months = map[string]int{
	"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
	"August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
	"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
	"Oct": 10, "Nov": 11, "Dec": 12,
}

var numberWords = map[string]float64{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "thousand": 1000, "dozen": 12, "one": 1, "half": 0.5,
	"hundreds": 100, "thousands": 1000, "millions": 1e6, "billions": 1e9, "dozens": 12,
	"several": 0, "quarter": 0.25, "third": 1.0 / 3, "a": 1,
}

var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"quadrillion": 1e15, "quintillion": 1e18, "mln": 1e6, "bn": 1e9, "m": 1e6, "k": 1e3,
	// the Indian scales, which Indian notes write of rupees: "₹1 lakh", "₹500 crore"
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}

var fractions = map[string]float64{
	"half": 0.5, "a third": 1.0 / 3, "a quarter": 0.25, "one-third": 1.0 / 3, "two-thirds": 2.0 / 3,
	"one-quarter": 0.25, "three-quarters": 0.75, "one-half": 0.5, "one-fifth": 0.2, "a fifth": 0.2,
	"two-fifths": 0.4, "three-fifths": 0.6, "four-fifths": 0.8, "one-tenth": 0.1, "a tenth": 0.1,
}

// hedges are kept with the number they qualify ("close to 90 million").
var hedgeWords = set(`about around approximately roughly nearly almost over under some just only
	circa ca. estimated exactly precisely barely merely upwards`)

var hedgePhrases = []string{"close to", "more than", "less than", "fewer than", "as many as", "as much as",
	"as few as", "up to", "at least", "at most", "well over", "just over", "just under", "an estimated",
	"in excess of", "no more than", "no fewer than", "upwards of", "a total of"}

// units end a quantity ("65 kilometers"); the span stops after them.
var units = set(`percent per-cent % km kilometers kilometres kilometer kilometre miles mile meters metres
	meter metre m cm mm feet foot ft inches inch yards nautical light-years light-year parsecs au
	kg kilograms kilogram grams gram g tonnes tonne tons ton pounds lb lbs ounces
	years year months month weeks week days day hours hour minutes minute seconds second decades decade centuries
	dollars dollar euros euro rubles ruble roubles yen yuan pounds rupees francs marks pesos won guilders
	liters litres liter litre gallons barrels acres hectares square cubic degrees °c °f celsius fahrenheit mph km/h knots
	times fold watts megawatts gigawatts kilowatts volts bytes gigabytes terabytes nanometers nm
	calories kcal tokens`)

// IsUnit reports whether w (any case) is a unit of measure or of money
// that may follow a figure ("miles", "percent", "tonnes", "years").
func IsUnit(w string) bool { return units[strings.ToLower(w)] }

// populationNouns make a count a population ("170 million people").
var populationNouns = set(`people inhabitants residents citizens persons population populace souls nationals`)

// populationContext words in a sentence make a share or bare count a population.
var populationContext = set(`population populations inhabitants residents populace census ethnic community
	communities constitute constitutes constituted comprise comprises represent represents make makes
	account accounts adhering adhere demographic demographics citizens people majority minority`)

// reactionVerbs are base forms of verbs that tell how someone responded.
var reactionVerbs = set(`sever expel deny condemn impose sanction revoke agree refuse reject protest recall
	withdraw suspend ban respond retaliate declare announce issue invoke veto criticize criticise accuse
	demand threaten cut boycott welcome praise apologize apologise pledge promise blame denounce warn urge
	vow halt freeze block oppose recognize recognise abandon resign sue ground arrest deport downgrade lift
	approve ratify accept decline dismiss mobilize mobilise retreat surrender deploy counter evacuate
	break close terminate cancel postpone investigate summon dispute contest appeal negotiate pardon
	criticised embargo rescind repeal override overturn receive grant offer`)

// irregular maps irregular past forms to their base form.
var irregular = map[string]string{
	"cut": "cut", "withdrew": "withdraw", "withdrawn": "withdraw", "broke": "break", "broken": "break",
	"froze": "freeze", "frozen": "freeze", "led": "lead", "took": "take", "made": "make", "sent": "send",
	"gave": "give", "held": "hold", "became": "become", "began": "begin", "built": "build", "brought": "bring",
	"fled": "flee", "fought": "fight", "founded": "found", "won": "win", "lost": "lose", "left": "leave",
	"met": "meet", "ran": "run", "rose": "rise", "fell": "fall", "saw": "see", "set": "set", "sold": "sell",
	"bought": "buy", "spent": "spend", "sought": "seek", "struck": "strike", "told": "tell", "wrote": "write",
	"went": "go", "came": "come", "kept": "keep", "paid": "pay", "said": "say", "chose": "choose",
	"drew": "draw", "grew": "grow", "knew": "know", "threw": "throw", "overthrew": "overthrow",
	"forbade": "forbid", "undertook": "undertake", "oversaw": "oversee", "swore": "swear", "shot": "shoot",
	"split": "split", "spread": "spread", "put": "put", "beat": "beat", "hid": "hide", "stole": "steal",
	"wore": "wear", "bore": "bear", "bid": "bid", "laid": "lay", "read": "read", "led to": "lead",
}

// notVerbs are words ending in -ed that are not past-tense verbs.
var notVerbs = set(`red bed need seed speed feed breed shed hundred kindred indeed sacred naked wicked
	wretched rugged ragged aged beloved learned alleged supposed so-called advanced limited united
	detailed varied skilled armed`)

// stop words never start or continue a noun phrase answer.
var stopWords = set(`the a an of in on at to for from by with and or as than that which who whom whose
	is was were are be been being has had have it its their his her this these those into over under
	between among after before during while since until per but not no nor so if then there here also
	when where what how such both each either neither all any some most more less many much very
	can could would should will shall may might must do does did he she they we you i them him us our
	your my me about around against through across within without upon via`)

// sentence openers that are capitalised but are not names.
var capStop = set(`The A An In On At By For From With After Before During Despite Although Though While
	When Where However Meanwhile This That These Those It Its His Her Their They He She We Our As Since
	Until Under Over Between Among Following Unlike Like Because If Then Also Both Each Some Many Most
	Other Such One Another Several Only Even Later Finally Eventually Instead Thus Today Yet And Or But
	Within Without Through Throughout Around About Against Toward Towards Upon Into Once Here There
	Nevertheless Moreover Furthermore Additionally Still So Why How What Who Which Whose Although`)

// nameJoiners may sit between capitalised words of one name.
var nameJoiners = set(`of de von van der den la le du da di al el bin ibn y dos das des of the`)

var movementVerbs = set(`fled moved returned relocated airlifted exiled deported emigrated migrated settled
	traveled travelled sailed escaped retreated withdrew transferred evacuated`)

var locatedWords = set(`located situated lies lying based headquartered bordered nestled`)
