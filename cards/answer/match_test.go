package answer

import (
	"testing"
	"unicode/utf8"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		typed, expected string
		want            Verdict
	}{
		// powers and scientific notation are the numbers they stand for
		{"10^3", "1,000", Correct},
		{"1000", "10^3", Correct},
		{"9e7", "90 million", Correct},
		{"9 x 10^7", "90 million", Correct},
		{"9×10^7", "90 million", Correct},
		{"1e-10 m", "10^-10 meters", Correct},
		{"10^99 years", "10^100 years", Wrong}, // once read as their base, 10
		{"10^100 years", "10^100 years", Correct},
		{"B2B", "B2B", Correct},
		// exact, case, punctuation, articles, accents
		{"Edi Rama", "Edi Rama", Correct},
		{"edi rama", "Edi Rama", Correct},
		{"great satan", "the Great Satan", Correct},
		{"The Great Satan!", "the Great Satan", Correct},
		{"Ataturk", "Atatürk", Correct},
		{"ocalan", "Öcalan", Correct},
		{"e-albania", "e-Albania", Correct},
		{"Iran’s intelligence services", "Iran's intelligence services", Correct},
		{"", "Edi Rama", Wrong},
		{"   ", "Edi Rama", Wrong},
		// other names of a country, acronyms with numerals and suffixes
		{"USA", "United States", Correct},
		{"the US", "United States of America", Correct},
		{"UK", "the United Kingdom", Correct},
		{"USSR", "Soviet Union", Correct},
		{"Soviet Union", "USSR", Correct},
		{"USA", "United Kingdom", Wrong},
		{"WWII", "World War II", Correct},
		{"WW2", "the Second World War", Correct}, // World War II, the acronym's name, numbered the other way
		{"WWI", "the Second World War", Wrong},
		{"ww1", "the First World War", Correct},
		{"Second World War", "WWII", Correct},
		{"world war one", "World War I", Correct},
		{"world war 2", "World War II", Correct},
		{"the First World War", "World War I", Correct},
		{"World War II", "the Second World War", Correct},
		{"first world war", "World War II", Wrong},
		{"Second Vatican Council", "Vatican Council II", Correct},
		{"Orrin 3", "the Third Orrin Accord", Wrong}, // the name's words differ
		{"Orrin Accord 3", "the Third Orrin Accord", Correct},
		{"Formula 1", "Formula One", Correct},
		{"crusade 1", "the First Crusade", Correct},
		{"second crusade", "the First Crusade", Wrong},
		{"WW2", "World War II", Correct},
		{"WW1", "World War II", Wrong},
		{"MLK", "Martin Luther King Jr.", Correct},
		{"N.A.T.O.", "NATO", Correct},
		{"U.S.A.", "the United States", Correct},
		{"Britain", "the United Kingdom", Correct},
		{"Holland", "the Netherlands", Correct},
		// an acronym inside a name gives all its letters; a name's small
		// words give theirs to an acronym written so
		{"VKTC", "the VK Trade Council", Correct},
		{"VTC", "the VK Trade Council", Correct}, // the first letters alone, as before
		{"kesh war 2", "KWII", Correct},          // a number ending the name, as the acronym writes it
		{"kesh war two", "KWII", Correct},
		{"kesh war 3", "KWII", Wrong},
		{"orrin yarn depot", "OYD", Correct},
		{"all kesh is vela", "AKIV", Correct},
		{"all kesh in vela", "AKIV", Correct},
		{"all kesh is orrin", "AKIV", Wrong},
		// one name spelt another way: close, as it may be another
		{"Usama Velt", "Osama Velt", Close},
		{"qeshari", "Keshary", Close},
		{"Tobin bin Kassim", "Tobin bin Qasim", Close},
		{"Ina Velt", "Ana Velt", Wrong}, // words under four letters are not read by sound
		{"Oren Velt", "Aran Velt", Close},
		{"Iraq", "Iran", Wrong},
		{"Orrin Velt", "Arran Velt", Close},
		{"Kesh Vetra", "Kesh Velaro", Wrong}, // consonants differ
		{"vetra", "Vela", Wrong},
		// a name with the first names the note leaves out: teachers take
		// it as right (a checker cannot tell which Gandhi the note meant)
		{"Mahatma Gandhi", "Gandhi", Correct},
		{"Mahatma Gandhi Nehru", "Gandhi", Wrong},
		{"Indira Gandhi", "Gandhi", Correct},
		{"Gandhi Indira", "Gandhi", Close}, // a word more after the name
		{"Tunku Abdul Rahman", "Rahman", Correct},
		{"John Horton Conway", "John Conway", Close}, // a middle name more may be another person's ("John Quincy Adams")
		{"Dwight Eisenhower", "US President Eisenhower", Correct},
		{"Michael Moore", "Filmmaker Michael Moore", Correct},
		{"apple inc", "Apple", Correct},
		// a letter out of place
		{"Ghandi", "Gandhi", Close},
		{"Hgandi", "Gandhi", Wrong},
		// partial names and titles
		{"Rama", "Edi Rama", Close},
		{"Edi Rama", "Prime Minister Edi Rama", Correct},
		{"Rama", "Prime Minister Edi Rama", Close},
		{"Khomeini", "Ayatollah Ruhollah Khomeini", Close},
		{"George W. Bush", "President George W. Bush", Correct},
		{"Bush", "President George W. Bush", Close},
		{"Obama", "President George W. Bush", Wrong},
		{"Lee Kuan Yew", "Lee Kuan Yew", Correct},
		{"Tunku Abdul Rahman", "Tunku Abdul Rahman", Correct},
		{"Raffles", "Sir Stamford Raffles", Close},
		{"Stamford Raffles", "Sir Stamford Raffles", Correct},
		// dotted initials
		{"US", "the U.S.", Correct},
		{"the U.S.", "the US", Correct},
		{"Washington DC", "Washington D.C.", Correct},
		{"JRR Tolkien", "J.R.R. Tolkien", Correct},
		{"World War I", "World War II", Wrong},
		{"Henry VII", "Henry VIII", Wrong},
		{"Civic War", "Civil War", Close},
		// typos
		{"Homeland Justise", "Homeland Justice", Close},
		{"Kettering", "Charles Kettering", Close},
		{"Charles Ketering", "Charles Kettering", Close},
		{"Albenia", "Albania", Close},
		{"Iraq", "Iran", Wrong},
		{"Notion", "Motion", Wrong}, // another first letter, another name
		{"Aprk", "Park", Close},
		{"Prak", "Park", Close}, // two letters swapped
		{"Alx", "Alex", Close},  // a letter left out
		{"Bars", "Bar", Close},
		{"Markets Corner", "Market Corner", Close}, // a plural
		{"Lina", "Lena", Close},                    // a vowel changed in a name: one name spelt two ways, as teachers took it
		{"Lina", "Luna", Close},
		{"Lisa", "Lina", Wrong}, // a consonant changed in a short word may be another name
		{"Singapur", "Singapore", Close},
		{"Slovakia", "Slovenia", Wrong},
		{"Eritrean National Defense Force", "Ethiopian National Defense Force", Wrong}, // a word changed, not a typo
		{"Ethiopia National Defense Forces", "Ethiopian National Defense Force", Close},
		{"Kim Jong Il", "Kim Jong Un", Wrong},
		{"Supervised Learning", "Unsupervised Learning", Wrong}, // the opposite
		{"European Union", "the EU", Correct},
		{"Ana Velt and Tobin Aster", "Velt and Aster", Correct},
		{"Ana Velt and Tobin Aster and Kesh", "Velt and Aster", Wrong},
		// one item of a list
		{"Vela", "Kesh to its west and Vela", Close},
		{"Kesh", "Kesh to its west and Vela", Close},
		{"Orrin", "Kesh to its west and Vela", Wrong},
		{"expelled the diplomats", "closed the embassy, expelled the diplomats", Close},
		// initials and shortened words of names
		{"Tobin Aster", "Tobin J. Aster", Correct}, // first name and surname: teachers took all five
		{"Aster", "Tobin J. Aster", Close},
		{"ana velt", "Ana Maren Velt", Correct}, // a middle name left out
		{"ana maren", "Ana Maren Velt", Wrong},  // no surname: "Martin Luther" is not "Martin Luther King"
		{"Open UI", "Open Kesh UI", Close},      // ends on an acronym: a thing's name, not a person's
		{"velt and aster", "Ana Velt and Tobin J. Aster", Close},
		{"ana velt and tobin aster", "Ana Velt and Tobin J. Aster", Correct},
		{"tobin aster iii", "Tobin Aster", Close},
		{"tobin aster", "Tobin Aster III", Correct}, // a generation left out
		{"the 4th estate", "Fourth Estate", Correct},
		{"fourth estate", "the 4th Estate", Correct},
		{"the 3rd estate", "Fourth Estate", Wrong},
		{"the 4nd estate", "Fourth Estate", Wrong},
		{"Tobin J. Aster", "Tobin Aster", Correct},
		{"T. Aster", "Tobin Aster", Close},
		{"S Corp", "C Corp", Wrong}, // another initial, not one left out
		{"Tobin K. Aster", "Tobin J. Aster", Wrong},
		{"K. Aster", "Tobin Aster", Wrong},
		{"Mount Orrin", "Mt. Orrin", Correct},
		{"World War", "World War I", Close},
		// the same words in another order are not a typo
		{"Iran and Iraq", "Iraq and Iran", Correct},
		{"Vela, Kesh", "Kesh and Vela", Correct},
		{"Vela and Orrin", "Kesh and Vela", Wrong},
		{"KeshNet and Vela Soft", "Vela-Soft and Kesh Net", Correct}, // the items written with or without spaces
		{"KeshNet and Orrin", "Kesh Net and Vela", Wrong},
		// a title opens a name; after its first word it is the name's own
		{"Vela Tree", "Vela General", Wrong},
		{"Vela General", "the Vela General", Correct},
		{"my Kesh", "Kesh", Correct}, // a possessive said as the note's "its"
		// a nickname for the name it stands for
		{"Robert Aster", "Bob Aster", Correct},
		{"Bob Aster", "Robert Aster", Correct},
		{"Bill Aster and Jim Velt", "Jim Velt and Bill Aster", Correct},
		{"Jeff Velt", "Ken Aster and Jeff Velt", Close},
		{"Dave", "David", Close},
		{"Dave Aster", "Robert Aster", Wrong},
		{"Orrin Shah", "Orrin Shah Velt", Wrong}, // the surname left out
		{"Velt", "General Ana Velt", Close},
		{"Ana Velt Jr", "Ana Velt", Close}, // perhaps the son ("Donald Trump Jr.")
		{"Sunni", "Shia", Wrong},
		{"Shia", "Sunni", Wrong},
		{"severd", "severed", Close},
		{"sever", "severed", Close}, // another form of the word
		{"improved shutter speed", "improvements in shutter speed", Correct},
		{"condemned the attack", "condemning the attack", Correct},
		// numbers and magnitudes
		{"90,000,000", "90 million", Correct},
		{"ninety million", "90 million", Correct},
		{"90m", "90 million", Correct},
		{"90 000 000", "90 million", Correct}, // grouped by spaces, as SI style writes figures
		{"90 000 0000", "90 million", Wrong},
		{"90 million", "close to 90 million", Close},
		{"close to 90 million", "close to 90 million", Correct},
		{"about 90 million", "close to 90 million", Correct},
		{"ninety million", "close to 90 million", Close},
		{"80 million", "close to 90 million", Wrong},
		{"2.8 million", "about 2.8 million", Close},
		{"2,800,000", "about 2.8 million", Close},
		{"two point eight million", "about 2.8 million", Close}, // decimals said aloud read as 2.8 million
		{"3000 km", "three thousand kilometers", Correct},
		{"3,000 kilometres", "three thousand kilometers", Correct},
		{"3000", "three thousand kilometers", Correct},
		{"3000 miles", "three thousand kilometers", Wrong},
		{"65 km", "65 kilometers", Correct},
		{"66 km", "65 kilometers", Wrong},
		// a unit written onto its figure, short scales, a decimal comma
		{"5km", "five kilometres", Correct},
		{"10kg", "10 kilograms", Correct},
		{"186mi", "300 km", Correct},
		{"1.2 bn", "1.2 billion", Correct},
		// decimals said aloud, one digit word each
		{"one point four billion", "1.4 billion", Correct},
		{"two point seven five", "2.75", Correct},
		{"zero point five percent", "0.5%", Correct},
		{"one point four billion", "14 billion", Wrong},
		{"one point", "1", Correct},
		{"$5bn", "5 billion dollars", Correct},
		{"90 mil", "90 million", Correct},
		{"2 mn", "2 million", Correct},
		{"1,5 million", "1.5 million", Correct},
		{"2,25", "2.25", Correct},
		{"1,500", "1500", Correct}, // a comma before three digits groups thousands
		{"1,5", "15", Wrong},
		{"1,5 million", "15 million", Wrong},
		// another unit of the same measure, converted
		{"186 miles", "300 kilometers", Correct},
		{"190 miles", "300 kilometers", Close},
		{"200 miles", "about 300 kilometers", Close},
		{"250 miles", "300 kilometers", Wrong},
		{"24 months", "two years", Correct},
		{"2 years", "18 months", Wrong},
		{"3 tonnes", "3,000 kg", Correct},
		{"5 km", "5 years", Wrong},
		{"10 m", "10 km", Wrong},
		{"6GB", "six gigabytes", Correct},
		{"2 TB", "2,000 gigabytes", Correct},
		{"two decades", "twenty years", Correct},
		{"90 minutes", "an hour and a half", Correct}, // a whole and a half of one unit
		{"90 minutes", "1.5 hours", Correct},
		{"1000 feet", "304 meters", Correct},
		{"950 feet", "304 meters", Close},
		{"1100 feet", "304 meters", Wrong},
		{"304 feet", "304 meters", Wrong},
		{"seven kilos", "seven pounds", Wrong}, // 15 lb
		{"3.2 kilos", "seven pounds", Correct},
		{"3 lbs", "1.36 kg", Correct},
		{"600 lbs", "600 pounds", Correct}, // the word names both weight and money
		{"600 dollars", "600 pounds", Wrong},
		{"600 lbs", "£600", Wrong},
		// the Indian system, currency codes, times and shares
		{"5 lakh", "500,000", Correct},
		{"1 crore", "10 million", Correct},
		{"500 crore", "5 billion", Correct},
		{"Rs 500 crore", "500 crore rupees", Correct},
		{"5 billion rupees", "500 crore rupees", Correct},
		// a currency's sign before the amount, as Indian, Japanese and Russian notes write it
		{"50 million", "₹50 million", Correct},
		{"Rs 5 crore", "₹50 million", Correct},
		{"$50 million", "₹50 million", Wrong},
		{"₹50 million", "50 million rupees", Correct},
		{"100,000", "₹1 lakh", Correct},
		{"50 million yen", "¥50 million", Correct},
		{"50 million dollars", "¥50 million", Wrong},
		{"₽3 billion", "3 billion rubles", Correct},
		{"USD 5 billion", "$5 billion", Correct},
		{"US$5 billion", "$5 billion", Correct},
		{"5 kms", "5 km", Correct},
		{"5 billion dollars", "€5 billion", Wrong},
		{"years", "two years", Wrong}, // a figure is asked, and none is given
		{"twice", "two times", Correct},
		{"a hundredfold", "100 times", Correct},
		{"3-fold", "three times", Correct},
		{".5 percent", "0.5%", Correct},
		{"50m", "50 meters", Correct}, // metres when metres are asked
		{"50m", "50 million", Correct},
		{"seven", "exactly 7", Correct},
		{"he resigned", "resigned from his post", Close},
		{"because it was portable", "its portability", Close}, // another form of the word
		{"3x", "three times", Correct},
		{"4x", "three times", Wrong},
		{"66%", "two-thirds", Correct}, // the fraction in words, as a whole percentage writes it
		{"60%", "two-thirds", Wrong},
		{"225000", "225,000", Correct},
		{"half a million", "over half a million", Close},
		{"500,000", "over half a million", Close},
		{"500 thousand", "over half a million", Close},
		{"5.45 million", "5.45 million", Correct},
		{"5.4 million", "5.45 million", Close}, // cut short to its figures
		{"5.3 million", "5.45 million", Wrong},
		{"$2.45 trillion", "$2.45 trillion", Correct},
		{"2.45 trillion dollars", "$2.45 trillion", Correct},
		{"2.45 trillion", "$2.45 trillion", Correct},
		{"$33 billion", "$33 billion", Correct},
		{"33bn", "$33 billion", Correct},
		{"$600 million", "$600 million", Correct},
		{"1.3 billion dollars", "$1.3 billion", Correct},
		{"nearly nine billion dollars", "nearly nine billion dollars", Correct},
		{"9 billion", "nearly nine billion dollars", Close},
		{"176.5 quintillion", "176.5 quintillion", Correct},
		{"a dozen", "12", Correct},
		// percentages, ranges, fractions
		{"90-95%", "90-95%", Correct},
		{"90 to 95 percent", "90-95%", Correct},
		{"92%", "90-95%", Close},
		{"80%", "90-95%", Wrong},
		{"15%", "about 15 percent", Close},
		{"about 15%", "about 15 percent", Correct},
		{"7.5%", "7.5 percent", Correct},
		{"three quarters", "approximately three-quarters", Close},
		{"75%", "approximately three-quarters", Close}, // a share as a percentage: the same number, hedge dropped
		{"75 percent", "three-quarters", Correct},
		{"3/4", "three-quarters", Correct}, // a fraction typed with a slash
		{"2/3", "nearly two-thirds", Close},
		{"3/5", "three-quarters", Wrong},
		{"0.15", "15 percent", Correct},
		{"15", "15 percent", Correct}, // the question asks for the percentage
		{"50%", "a third", Wrong},
		{"two-thirds", "66%", Correct},             // the fraction a whole percentage rounds
		{"about 5 million", "5.45 million", Close}, // a guess, said to be one
		{"5 million", "5.45 million", Close},       // rounded to its figures
		{"2 billion", "1.9 billion", Close},
		{"70%", "69%", Close},
		{"0.5%", "0.25%", Wrong},
		{"0.2%", "0.25%", Close},
		{"300 meters", "304 meters", Close},
		{"1 million", "1.4 million", Wrong}, // rounded, but too far off
		{"20th", "19th", Wrong},             // a rank is not rounded
		{"1.5", "1.5 billion", Close},       // the scale left out
		{"15", "15 lakh", Close},
		{"1500", "1.5 million", Wrong},
		{"9 out of 10", "90%", Correct},
		{"1 in 4", "a quarter", Correct},
		{"'66", "1966", Correct},
		{"nineteen sixty-four", "1964", Correct},
		{"nineteen ninety one", "1991", Correct},
		{"twenty twelve", "2012", Correct},
		{"eighteen oh five", "1805", Correct},
		{"nineteen twelve", "1921", Wrong},
		{"'67", "1966", Wrong},
		{"'66", "March 1966", Close},
		{"66", "1966", Correct},         // a year asked alone: the year written short
		{"66", "March 15, 1966", Close}, // a fuller date: the year, or a day
		{"in '66", "1966", Correct},
		{"67", "1966", Wrong},
		{"66", "the 1960s", Wrong},
		{"the end of 1852", "1852", Correct},
		{"end of 1852", "December 1852", Close},
		{"beginning of 1852", "early 1852", Correct},
		{"spring 1852", "March 1852", Close},
		{"summer 1853", "March 1852", Wrong},
		{"early 1852", "late 1852", Wrong}, // another part of the year
		{"1852", "late 1852", Close},       // less precise, as "1979" for "January 1979"
		{"1852/1853", "1852-53", Correct},  // the note's short range read in full
		{"1852", "1852-53", Close},
		{"480", "480 BC", Close}, // the era left out
		{"480 AD", "480 BC", Wrong},
		{"481", "480 BC", Wrong},
		// a share in words is a share rounded
		{"a third", "30%", Close},
		{"nearly half", "44%", Close},
		{"a quarter", "30%", Wrong},
		{"two-thirds", "78%", Wrong},
		{"33%", "30%", Wrong}, // a figure typed is read as typed
		{"half a percent", "0.5%", Correct},
		// the figure of other things, or of the same things described
		{"three Vs", "three Ks", Close},
		{"110 cities", "110 countries", Close},
		{"11 businesses", "11 different businesses", Correct},
		{"11 business", "11 businesses", Correct},
		{"300 people", "300 people killed", Correct},
		{"12 ships", "12 warships", Correct},
		{"300 dead", "300 people killed", Close},
		{"20 points", "20 minutes", Wrong}, // a count for a measure
		{"9 years", "9 seasons", Wrong},
		{"4,000 a month", "4,000 rupees", Close}, // a rate: the currency left out
		{"thirty per cent", "30%", Correct},
		{"half a year", "six months", Correct},
		{"half an hour", "45 minutes", Wrong},
		// vague counts are the span people mean
		{"a few years", "three years", Close},
		{"a few years", "six years", Close}, // teachers took five and six as a few
		{"a few years", "nine years", Wrong},
		{"few years", "five years", Close},
		// vague figures: the span they mean, inclusive
		{"most of them", "90%", Close},
		{"most", "40%", Wrong},
		{"the majority", "70%", Close},
		{"almost all", "98%", Close},
		{"almost all", "80%", Wrong},
		{"tens of thousands", "20,000", Close},
		{"tens of thousands", "200,000", Wrong},
		{"hundreds of billions", "$300 billion", Close},
		{"thousands", "2,500 holes", Close},
		{"decades", "30 years", Close},
		{"double digit", "15%", Close},
		{"double digits", "8%", Wrong},
		{"a decade", "ten years", Correct},
		{"a decade", "five years", Wrong},
		{"over a decade", "12 years", Close},
		{"$300", "a few hundred dollars", Close},
		{"a few hundred bucks", "several hundred dollars", Close},
		{"15 dys", "15 days", Close}, // a unit misspelt
		{"15 dogs", "15 days", Wrong},
		{"2019", "2018-2020", Close}, // within the span
		{"2021", "2018-2020", Wrong},
		{"1916", "1914 and 1918", Wrong},
		{"several hundred times", "400 times", Close},
		{"a couple of days", "two days", Close},
		{"a couple of days", "48 hours", Close},
		{"a few thousand", "9,000", Wrong},
		{"two millennia", "2,000 years", Correct},
		{"quadrupled", "four times", Correct},
		{"doubled", "three times", Wrong},
		{"100 PB", "100 petabytes", Correct},
		{"100 terabytes", "100 petabytes", Wrong},
		{"about 10 million", "9 million", Close}, // a guess within 10% of the larger figure
		{"about 10 million", "8.9 million", Wrong},
		{"over 100 billion", "120 billion", Close}, // a bound that holds, near the figure
		{"over half", "60%", Close},
		{"under 10%", "9%", Close},
		{"over 100 billion", "90 billion", Wrong}, // a bound that does not hold
		{"over 50 billion", "120 billion", Wrong}, // one that holds, too far off
		{"over 10%", "15%", Close},
		{"under $100", "$50", Close},
		{"under $100", "$40", Wrong},
		{"over a decade", "25 years", Wrong},
		{"less than 5 million", "3 million", Close},
		{"less than 10 million", "3 million", Wrong},
		{"three centuries", "300 years", Correct},
		{"GC", "garbage collection", Correct},
		{"kesh trade routes", "KTRs", Correct}, // a plural acronym
		{"KTRs", "Kesh trade routes", Correct},
		{"gc", "garbage collection", Wrong}, // an acronym of a phrase, only in capitals
		{"about 4 million", "5.45 million", Wrong},
		{"65%", "67%", Wrong},
		// numbers written another way in names; acronyms
		{"World War 1", "World War I", Correct},
		{"world war 2", "World War II", Correct},
		{"World War 2", "World War I", Wrong},
		{"Henry 8", "Henry VIII", Correct},
		{"WWI", "World War I", Correct},
		{"UN", "the United Nations", Correct},
		{"nato", "North Atlantic Treaty Organization", Correct},
		{"United Nations", "UN", Correct},
		{"European Union", "EU", Correct},
		{"in", "Indian Navy", Wrong}, // a small word is not an acronym
		{"er", "the emergency room", Wrong},
		{"EU", "UN", Wrong},
		// "the 1800s" is the 19th century
		{"19th century", "the 1800s", Correct},
		{"the 1800s", "19th century", Correct},
		{"1850", "the 1800s", Close},
		{"18th century", "the 1800s", Wrong},
		{"two-thirds", "nearly two-thirds", Close},
		{"a third", "a third", Correct},
		{"500,000 to 900,000", "500,000 to 900,000 deaths per year", Correct},
		{"700,000", "500,000 to 900,000 deaths per year", Close},
		{"50 to 100 years", "50 to 100 years", Correct},
		{"20%", "20%", Correct},
		{"20 percent", "20%", Correct},
		{"30%", "20%", Wrong},
		// rankings
		{"17th", "17th", Correct},
		{"17", "17th", Correct},
		{"seventeenth", "17th", Correct},
		{"18th", "17th", Wrong},
		{"140th", "140th", Correct},
		{"117", "117th", Correct},
		// dates
		{"15 July 2022", "July 15, 2022", Correct},
		{"July 15, 2022", "July 15, 2022", Correct},
		{"2022-07-15", "July 15, 2022", Correct},
		{"the sixties", "the 1960s", Correct},
		{"the early sixties", "the early 1960s", Correct},
		{"the sixties", "1965", Close},
		{"the seventies", "the 1960s", Wrong},
		{"15th of July 2022", "July 15, 2022", Correct},
		{"the 15th of July, 2022", "15 July 2022", Correct},
		{"15 of July 2022", "July 15, 2022", Wrong},
		{"15/07/2022", "July 15, 2022", Correct},
		{"07/15/2022", "July 15, 2022", Correct},
		{"July 2022", "July 15, 2022", Close},
		{"2022", "July 15, 2022", Close},
		{"16 July 2022", "July 15, 2022", Wrong},
		{"2021", "July 15, 2022", Wrong},
		{"1979", "January 1979", Close},
		// dates typed the short way
		{"the year 1854", "1854", Correct},
		{"in the year 1854", "1854", Correct},
		{"1914-18", "1914 to 1918", Correct},
		{"2005-06-15", "15 June 2005", Correct},
		{"2005/06/15", "15 June 2005", Correct},
		{"1914/18", "1914-1918", Correct},
		{"1914-16", "1914-1918", Wrong}, // 1916 is not an end the note gives
		{"1939-09", "September 1939", Correct},
		{"9/1939", "September 1939", Correct},
		{"10/1939", "September 1939", Wrong},
		{"03/01/1854", "1 March 1854", Correct}, // month first, as Americans write it
		{"01/03/1854", "1 March 1854", Correct}, // day first
		{"03/01/1854", "3 February 1854", Wrong},
		{"20 July", "20 July 1969", Close},
		{"21 July", "20 July 1969", Wrong},
		{"July", "July 1969", Wrong},
		{"jan 1979", "January 1979", Correct},
		{"January 1979", "January 1979", Correct},
		{"February 1979", "January 1979", Wrong},
		{"1978", "January 1979", Wrong},
		{"January 1979", "1979", Correct},
		{"1983", "1983", Correct},
		{"1984", "1983", Wrong},
		{"September 1980", "September 1980", Correct},
		{"sept 1980", "September 1980", Correct},
		{"2014 and 2016", "2014 and 2016", Correct},
		{"2014-2016", "2014 and 2016", Correct},
		{"2014", "2014 and 2016", Close},
		{"July and September 2022", "July and September 2022", Correct},
		{"July 2022", "July and September 2022", Close},
		{"2022", "July and September 2022", Close},
		{"1965", "mid-1960s", Close},
		{"1960s", "mid-1960s", Close},
		{"early 2000s", "2000", Close}, // the decade "2000s" names, not the 21st century
		{"1975", "mid-1960s", Wrong},
		{"395 AD", "395 AD", Correct},
		{"395", "395 AD", Correct},
		{"7th century", "7th century", Correct},
		{"seventh century", "7th century", Correct},
		{"August 9, 1965", "August 9, 1965", Correct},
		{"9 August 1965", "August 9, 1965", Correct},
		{"September 21 1965", "September 21, 1965", Correct},
		{"November 2, 1944", "November 2, 1944", Correct},
		{"2 November 1944", "November 2, 1944", Correct},
		{"1944", "November 2, 1944", Close},
		{"September", "September", Correct},
		// hedged and longer text answers
		{"severed diplomatic relations and expelled diplomats", "severed diplomatic relations with Iran and expelled all Iranian diplomats", Close},
		{"severed diplomatic relations with Iran and expelled all Iranian diplomats", "severed diplomatic relations with Iran and expelled all Iranian diplomats", Correct},
		{"declared war", "severed diplomatic relations with Iran and expelled all Iranian diplomats", Wrong},
		{"the salt mines closed and trade collapsed", "the collapse of the river trade and the loss of the salt mines", Close},
		{"the harvest failed", "the collapse of the river trade and the loss of the salt mines", Wrong},
		{"Vela National Defense Force", "Kesh National Defense Force", Wrong}, // a name with a word changed
		{"denied the allegations", "denied the allegations", Correct},
		{"denied allegations", "denied the allegations", Correct},
		{"denied it", "denied the allegations", Close},
		{"accepted the blame", "denied the allegations", Wrong},
		{"Middle East and Central Asia", "the Middle East and Central Asia", Correct},
		{"Central Asia and the Middle East", "the Middle East and Central Asia", Correct},
		{"Middle East", "the Middle East and Central Asia", Close},
		{"Southeast Europe", "Southeast Europe", Correct},
		{"Eastern Europe", "Southeast Europe", Wrong},
		{"collective defence", "collective defense", Close},
		{"troll farm", "troll farms", Correct}, // a plural left out or added: teachers take it
		{"roman elites", "the Roman elite", Correct},
		{"People's Mojahedin Organization of Iran", "People's Mojahedin Organization of Iran", Correct},
		{"Peoples Mujahedin Organisation of Iran", "People's Mojahedin Organization of Iran", Close},
		{"General Motors, DuPont and Standard Oil", "General Motors, DuPont, and Standard Oil of New Jersey", Close},
		{"DuPont", "General Motors, DuPont, and Standard Oil of New Jersey", Close},
		{"Ford", "General Motors, DuPont, and Standard Oil of New Jersey", Wrong},
		{"strangulation", "strangulation", Correct},
		{"strangled", "strangulation", Wrong},
		{"Camp Ashraf", "Camp Ashraf", Correct},
		{"Ashraf", "Camp Ashraf", Close},
		{"MEK", "People's Mojahedin Organization of Iran", Wrong},
		// session 22's blind sets
		{"open ai", "OpenAI", Correct}, // the same word, spaced
		{"xu jia yin", "Xu Jiayin", Correct},
		{"hundred year", "100-year", Correct},
		{"a 3rd", "a third", Correct},
		{"1000 km2", "1,000 square kilometers", Correct},
		{"386 sq miles", "1,000 square kilometers", Correct},
		{"1000 sq miles", "1,000 square kilometers", Wrong},
		{"about 220 million", "approximately 200 million inhabitants", Close}, // two estimates
		{"about 30 million", "around 40 million inhabitants", Wrong},
		{"around 2/3", "70%", Close},
		{"1960s", "late 1960s", Close},
		{"around 1962", "1962", Close}, // a guess
		{"1962ish", "1962", Close},
		{"around 1960", "1962", Close},
		{"around 1965", "1962", Wrong},
		{"around 1930", "about 1930", Correct}, // the note's estimate, not a guess
		{"1931", "about 1930", Close},
		{"all of 2022", "2022", Correct},
		{"navin jindal", "Naveen Jindal", Close}, // a slip in one word of the name
		{"do kwan", "Do Kwon", Close},
		{"key sarin", "Ki Sarin", Close}, // the surname alone is close too
		{"jane sarin", "Ki Sarin", Wrong},
		{"John Smith", "Jim Smith", Wrong}, // another first name
		{"pat campbell", "Patrick Campbell", Close},
		{"alistair crowley", "Aleister Crowley", Close},
		{"about 90%", "about 80%", Wrong}, // two estimates of a share ten points apart
		{"about 83%", "about 80%", Close},
		{"west vela", "Vela", Wrong}, // another place, not a fuller name
		{"Eritrean National Defense Force", "Ethiopian National Defense Force", Wrong},
		{"wall st", "Wall Street", Correct},
		{"st petersburg", "Saint Petersburg", Correct},
		{"us military", "The United States military", Correct},
		{"uk government", "the United Kingdom government", Correct},
		{"google's agent development kit", "Google ADK", Correct},
		{"edward white", "Justice Edward White", Correct},
		{"Bars", "Bar", Close},
		{"Markets Corner", "Market Corner", Close},
		{"nvidia, tsmc and broadcom", "Nvidia, Taiwan Semiconductor, and Broadcom", Close}, // two of the three
		{"nvidia and intel", "Nvidia, Taiwan Semiconductor, and Broadcom", Wrong},
		{"in 1958 i think", "1958", Correct}, // the words around an answer
		{"i think it was 1898", "1898", Correct},
		{"it was 1899", "1898", Wrong},
		{"maybe", "1958", Wrong},
		{"in 92", "1992", Correct},
		{"nov 99", "November 1999", Correct}, // a month and a short year
		// a figure of 31 or less after a month is its year when the note
		// gives no day
		{"jan 08", "January 2008", Correct},
		{"jan 09", "January 2008", Wrong},
		{"jan 08", "8 January 2008", Close},
		{"froze $2.2bn in grants and $60m in contracts", "froze $2.2 billion in grants and $60 million in contracts", Correct}, // scales glued on, spelt as the note spells them
		{"froze $2.2bn in grants and $90m in contracts", "froze $2.2 billion in grants and $60 million in contracts", Close},
		{"park yeon-mi", "Yeonmi Park", Correct}, // a name's parts hyphenated, in the other order
		{"co-operation", "cooperation", Correct},
		{"ordinary diff eq", "Ordinary Differential Equation", Correct}, // words cut short
		{"euro computer manufacturers assoc", "European Computer Manufacturers Association", Correct},
		{"aus", "Australia", Wrong}, // one word cut short opens many
		{"pat campbell", "Patrick Campbell", Close},
		{"world war", "World War II", Close}, // the number is the answer, no generation
		{"hugh everett", "Hugh Everett III", Correct},
		{"the us", "Washington", Close}, // a capital for its country
		{"moscow", "the Soviet Union", Wrong},
		{"14.56 lakh crore", "14.56 trillion", Correct}, // a larger scale after a scale multiplies it
		{"22 thousand crore", "220 billion", Correct},
		{"two thousand million", "2 billion", Correct},
		{"two million three hundred thousand", "2.3 million", Correct},
		{"taiwan govt", "The Taiwanese government", Correct}, // a people for its country
		{"Georgians", "Georgia", Correct},
		{"the chinese government", "the Taiwanese government", Wrong},
		{"3 nm", "three nautical miles", Correct}, // nautical miles, as sailors write them
		{"5 nm", "5 nanometres", Correct},
		{"about a year", "365 days", Close}, // converted, but typed as a guess
		{"a year", "365 days", Correct},
		{"strongly condemned the attack", "condemned the attack", Correct}, // how, added to what was done
		{"publicly condemned the attack", "condemned the attack", Correct},
		{"strongly condemned it", "condemned the attack", Close},
		{"strongly praised the attack", "condemned the attack", Wrong},
		{"temporarily closed the border", "closed the border", Close}, // an adverb that changes the answer
		{"4 million times", "only four million times", Correct},       // "only" stresses, it does not estimate
		{"just 5 people", "5 people", Correct},
		{"about 4 million times", "only four million times", Close},
		{"53.5 million ly", "53.5 million light-years", Correct},
		{"26000 ly", "around 26,000 light-years", Close},
		{"Tehran, Iran", "Tehran", Correct}, // the larger place it is in, after a comma
		{"Vela Bay, Kesh", "Vela Bay", Correct},
		{"Tehran, 1979", "Tehran", Close},
		{"about 200 million people", "approximately 200 million inhabitants", Correct}, // people by another word
		{"200 million residents", "200 million people", Correct},
		{"one fourth", "a quarter", Correct},
		{"three fourths", "75%", Correct},
		{"an eighth", "one-eighth", Correct},
		{"fourth", "4th", Correct},              // an ordinal, not a fraction
		{"9 Aug 65", "August 9, 1965", Correct}, // a day and a month, and the year by its last two digits
		{"Aug 9, '65", "August 9, 1965", Correct},
		{"the 9th of August 65", "August 9, 1965", Correct},
		{"15 jul 22", "July 15, 2022", Correct},
		{"Aug 10 65", "August 9, 1965", Wrong},
		{"9 Sep 65", "August 9, 1965", Wrong},
		{"9 Aug 65", "August 1965", Correct},
		{"may of 95", "May 1995", Correct},
		{"84-85", "1984-1985", Correct},
		{"84-86", "1984-1985", Wrong},
		{"ninety three", "1993", Correct},
		{"ninety four", "1993", Wrong},
		// a year among words that say what happened in it
		{"during the 2019 elections", "2019", Correct},
		{"Kesh Accord 1878", "1878", Correct},
		{"in 1905, the year of the flood", "1905", Correct},
		{"founded in 1943", "March 1943", Close},
		{"during the 2018 elections", "2019", Wrong},
		{"before 1979", "1979", Wrong},
		{"before the 1979 elections", "1979", Wrong},
		{"the 1979 or 1980 elections", "1979", Wrong},
		{"late in the 1979 season", "1979", Wrong},
		{"the 1979 elections", "1979-1980", Close}, // as "1979" is: one end of the span
		{"in March 1943", "March 1943", Correct},
		// parts of an hour, thousands of dollars, cents, glued units
		{"a quarter of an hour", "15 minutes", Correct},
		{"a third of an hour", "20 minutes", Correct},
		{"quarter of an hour", "25 minutes", Wrong},
		{"65 grand", "$65,000", Correct},
		{"$0.03", "3 cents", Correct},
		{"3 dollars", "3 cents", Wrong},
		{"3.5 cents", "3.5 cents per seat", Correct},
		{"$0.035 per seat", "3.5 cents per seat", Correct},
		{"12mp", "12 megapixels", Correct},
		{"12mp", "48 megapixels", Wrong},
		{"300 C", "300 degrees", Correct}, // the note names no scale
		{"300°F", "300 degrees", Correct},
		{"310 C", "300 degrees", Wrong},
		{"100 C", "212 F", Correct}, // converted
		{"212°F", "100 degrees Celsius", Correct},
		{"99 C", "212 F", Close},
		{"300 C", "300 F", Wrong},
		{"4.8-7.8%", "4.8% to 7.8%", Correct},
		// speeds, nanometres, fortnights, "x" for times, ranges converted
		{"100 miles per hour", "100 mph", Correct},
		{"160 km/h", "100 mph", Correct},
		{"100 km/h", "100 mph", Wrong},
		{"13.5nm", "13.5 nanometres", Correct},
		{"a fortnight", "two weeks", Correct},
		{"a fortnight", "ten days", Wrong},
		{"10x faster", "ten times faster", Correct},
		{"12x faster", "ten times faster", Wrong},
		{"1-2 years", "12 to 24 months", Correct},
		{"1-3 years", "12 to 24 months", Wrong},
		{"18 months", "1 to 2 years", Close},
		{"2.5 years", "two and a half years", Correct},
		{"a day", "24 hours", Correct},
		{"three months", "12 weeks", Correct}, // a month of four weeks, as people count
		{"three months", "13 weeks", Correct},
		{"three months", "10 weeks", Wrong},
		{"half of them", "50%", Correct},
		{"14h", "14 hours", Correct}, // of the one-letter units only "h" is glued
		{"50m", "50 million", Correct},
		{"6 wks", "six weeks", Correct},
		{"nine out of ten", "90%", Correct},
		{"eight out of ten", "90%", Wrong},
		{"the 4 Ds", "Four Ds", Correct},
		{"the 5 Ds", "Four Ds", Wrong},
		{"two thirds", "66%", Correct},
		{"a third", "30%", Close},
		{"most of them", "90%", Close},
		{"over a year", "18 months", Close}, // a bound that holds, once converted
		{"less than a year", "eight months", Close},
		{"over a year", "ten months", Wrong},
		{"over a year", "three years", Wrong},
		{"over three decades", "35 years", Close},
		{"an hour", "45 minutes", Wrong},
		{"a decade", "11 years", Close}, // a decade is a span
		{"22k crore", "22,000 crores", Correct},
		{"3-second", "five times", Wrong}, // not 3 + second
		{"23%", "23 people", Wrong},       // a share for a count
		{"80 guilds", "80%", Wrong},
		{"four times as fast", "three to four months", Wrong}, // a count in a span of time
		{"50%", "40 to 50 ships", Wrong},
		{"18-20 times", "20%", Wrong},
		{"45", "40 to 50 ships", Close},
		{"40-50", "45 ships", Close},
		{"five years", "two three-year blocks", Wrong}, // not two + three
		{"one hundred twenty three", "123", Correct},
		{"the twenty-first century", "21st century", Correct},
		{"$32t", "$32 trillion", Correct}, // "t" after money is trillions, not tonnes
		{"China", "the People's Republic of China", Correct},
		// words that say the same in what someone did
		{"cut diplomatic ties with Vela", "severed diplomatic relations with Vela", Correct},
		{"kicked out the Vela diplomats", "expelled all Vela diplomats", Correct},
		{"denounced the raid", "condemned the raid", Correct},
		{"put sanctions on Kesh", "imposed sanctions on Kesh", Correct},
		{"pulled out of the pact", "withdrew from the pact", Correct},
		{"declined to pay", "refused to pay", Correct},
		{"cut ties", "severed diplomatic relations with Vela", Close},
		{"expelled diplomats", "severed diplomatic relations with Vela", Wrong},
		{"cut taxes", "raised taxes", Wrong},
		// a meaning in the learner's own words
		{"movement of water through a membrane", "the movement of water across a membrane", Correct},
		{"a machine that makes proteins", "a molecular machine that builds proteins", Close},
		{"a molecular machine that produces proteins", "a molecular machine that builds proteins", Correct},
		{"a molecular machine that builds lipids", "a molecular machine that builds proteins", Wrong},
		{"a big cat native to Asia", "a large cat native to Asia", Correct},
		{"a large dog native to Asia", "a large cat native to Asia", Wrong},
		{"lets users share files", "allows users to share files", Correct},
		{"lets users delete files", "allows users to share files", Wrong},
		{"a spot where a ship is moored", "the place where a ship is moored", Correct},
		{"DPRK", "North Korea", Correct},
		{"the Republic of Korea", "South Korea", Correct},
		{"Burma", "Myanmar", Correct},
		// a place by its former name, or spelt as its country now spells it
		{"Bombay", "Mumbai", Close},
		{"Mumbai", "Bombay", Close},
		{"Peking", "Beijing", Close},
		{"Saigon", "Ho Chi Minh City", Close},
		{"Istanbul", "Constantinople", Close},
		{"Persia", "Iran", Close},
		{"Zaire", "DR Congo", Close},
		{"Petrograd", "Leningrad", Close}, // two former names of one city
		{"St Petersburg", "Leningrad", Close},
		{"Kiev", "Kyiv", Correct},
		{"Kyiv", "Kiev", Correct},
		{"Odessa", "Odesa", Correct},
		{"Bombay", "Kolkata", Wrong},
		{"Calcutta", "Mumbai", Wrong},
		{"Ceylon", "India", Wrong},
		// an event by the name its own time gave it
		{"the Great War", "World War I", Correct},
		{"Great War", "WWI", Correct},
		{"WW1", "the Great War", Correct},
		{"the Great War", "World War II", Wrong},
		{"Great War", "Great Wall", Wrong},
		{"6/91", "June 1991", Correct}, // a month and a two-digit year
		{"XVIII century", "the 18th century", Correct},
		{"270t dollars", "270 trillion dollars", Correct},
		{"$32trn", "$32 trillion", Correct},
		{"$5mm", "$5 million", Correct}, // finance's millions
		{"5mm", "$5 million", Wrong},    // millimetres
		{"32t", "32 tonnes", Correct},
		{"21st c.", "21st century", Correct},
		{"67%", "two-thirds", Correct},
		{"about 67%", "two-thirds", Close},
		{"60%", "two-thirds", Wrong},
		{"ana velt", "PM Velt", Correct},    // "PM" is a title
		{"Motors", "General Motors", Close}, // a title's word that is the name's own
		{"Petersburg", "St Petersburg", Close},
		{"general motors", "General Motors", Correct},
		{"Groves", "General Groves", Correct},
		{"two years", "two and a half years", Wrong},
		{"April '55", "April 1955", Correct},
		{"june 12", "June 1942", Wrong}, // the 12th of June
		{"24/8/40", "August 24, 1940", Correct},
		{"24/8/41", "August 24, 1940", Wrong},
		{"spain and the uk", "Britain and Spain", Correct},
		{"the Fed", "the Federal Reserve", Correct},
		{"France", "the French", Correct}, // a people for its country
		{"the ottomans", "the Ottoman Empire", Correct},
		{"season 1", "Season One", Correct},
		{"16 oz", "16-ounce", Correct},
		{"450 grams", "16-ounce", Correct},
		{"5cm", "50 millimeters", Correct},
		{"10 in", "10-inch", Correct},
		{"96W", "96-watt", Correct},
		{"20000 litres", "20,000 liters", Correct},
		{"radical candour", "Radical Candor", Correct}, // British spelling
		{"monetising innovation", "Monetizing Innovation", Correct},
		{"city centre", "the city center", Correct},
		{"Bell Laboratories", "Bell Labs", Correct},
		{"2021 or 2022", "2021", Close}, // one of two guesses
		{"2014/15", "2014", Close},
		{"2010 or 2020", "2010", Wrong},
		{"around 10 percent", "10%", Close}, // a guess
		{"Melanie Perkin", "Melanie Perkins", Close},
		// a negation left out or put in is the opposite, not a slip
		{"did sign the treaty", "did not sign the treaty", Wrong},
		{"signed the treaty", "never signed the treaty", Wrong},
		{"didn't sign the treaty", "signed the treaty", Wrong},
		{"did not sign the treaty", "didn't sign the treaty", Correct},                               // negated alike, spelt otherwise
		{"a stone platform where ships load", "a stone platform where ships load and unload", Close}, // partly, not misspelt
		{"DOD", "The Department of Defense", Correct},
		{"europe and america", "Europe and the United States", Correct},
		{"man group plc", "Man Group", Correct},
		{"jimmy carter", "President Carter", Correct},
		// the README's examples
		{"Kesh, Orrin and Vela", "Kesh, Vela, and Tobin", Close},
		{"Tobin Astor", "Tobin Aster", Close},
		{"Ana Vell", "Ana Velt", Close},
		{"kesh net", "KeshNet", Correct},
		{"Vela St", "Vela Street", Correct},
		{"the US fleet", "the United States fleet", Correct},
		{"Kesh's agent trade league", "Kesh ATL", Correct},
		{"Judge Ana Velt", "Ana Velt", Correct},
		{"salt mine", "salt mines", Correct},
		{"around 1962", "1960", Close},
		{"around 1962", "1964", Close},
		{"about 35 million", "around 40 million", Close},
		{"Investor Ana Velt", "Ana Velt", Correct},
		{"directors", "Director", Close}, // a title alone is the answer itself
		{"author", "an author", Correct},
		{"Kesh Traders Ltd", "Kesh Traders", Correct},
		{"Ana Velt", "Velt", Correct},
		{"1962 or 1963", "1962", Close},
		{"America", "the United States", Correct},
		// A. a bound on the other side, a sign dropped or turned round
		{"under 100,000", "over 100,000", Wrong},
		{"less than 100,000", "over 100,000", Wrong},
		{"at most 100,000", "over 100,000", Wrong},
		{"more than 1,000", "fewer than 1,000", Wrong},
		{"at least 1,000", "fewer than 1,000", Wrong},
		{"1,000 or more", "fewer than 1,000", Wrong}, // a bound written after the figure
		{"500 at most", "at least 500", Wrong},
		{"up to 500", "at least 500", Wrong},
		{"at least 500", "up to 500", Wrong},
		{"just under 3,000", "just over 3,000", Wrong},
		{"nearly 3,000", "just over 3,000", Wrong}, // nearly is just under
		{"over 3,000", "nearly 3,000", Wrong},
		{"over 90 million", "close to 90 million", Wrong},
		{"less than $5 billion", "more than $5 billion", Wrong},
		{"over 2 hours", "under 2 hours", Wrong},
		{"until 1990", "since 1990", Wrong},
		{"since 1990", "until 1990", Wrong},
		{"more than 1,000", "more than 1,000", Correct},
		{"over 100,000", "over 100,000", Correct},
		{"500 or more", "at least 500", Correct},
		{"nearly 90 million", "close to 90 million", Correct},
		{"under 200,000", "over 100,000", Wrong}, // may hold, but too far off
		{"120,000", "over 100,000", Close},       // a figure the note's bound holds
		{"900", "fewer than 1,000", Close},
		{"2,000", "fewer than 1,000", Wrong},
		{"over 100", "96", Wrong}, // a bound that does not hold
		{"more than 100", "96", Wrong},
		{"over 90", "96", Close},
		{"40°C", "-40°C", Wrong}, // a sign dropped
		{"89.2°C", "-89.2°C", Wrong},
		{"-40°C", "-40°C", Correct},
		{"minus 40", "-40°C", Correct},
		{"-40°F", "-40°C", Correct}, // where the scales meet
		{"3.4%", "-3.4%", Wrong},
		{"+3.4%", "-3.4%", Wrong},
		{"3.4% increase", "-3.4%", Wrong},
		{"5% increase", "-5%", Wrong},
		{"a 3.4% contraction", "-3.4%", Correct},
		{"down 3.4%", "a 3.4% decline", Correct},
		{"a 5% drop", "-5%", Correct},
		{"minus 5%", "-5%", Correct},
		{"up 12%", "rose 12%", Correct},
		{"12%", "rose 12%", Close}, // the way it went left out
		{"$2 billion", "-$2 billion", Wrong},
		{"-40,000", "40,000", Wrong},
		{"430 m above sea level", "430 m below sea level", Wrong},
		{"-430 m", "430 m below sea level", Correct},
		{"a surplus of $2 billion", "a deficit of $2 billion", Wrong},
		{"10 times less", "ten times", Wrong},
		{"10 times", "ten times", Correct},
		{"1914-1918", "1914-1918", Correct}, // a dash between figures is no sign
		// B. a year of two digits is of the 1900s or 2000s
		{"66", "1066", Wrong},
		{"'66", "1066", Wrong},
		{"in 66", "1066", Wrong},
		{"92", "1492", Wrong},
		{"Oct 92", "October 1492", Wrong},
		{"12/10/92", "12 October 1492", Wrong},
		{"15", "1815", Wrong},
		{"76", "476", Wrong},
		{"08", "1808", Wrong},
		{"84-85", "1484-1485", Wrong},
		{"92", "1992", Correct},
		{"Oct 92", "October 1992", Correct},
		{"12/10/92", "12 October 1992", Correct},
		{"08", "2008", Correct},
		{"66", "66 AD", Correct},
		{"20 July 19699", "20 July 1969", Wrong}, // no such year
		{"20 July", "20 July 1969", Close},
		// C. a part of a year, decade, century or month, a season
		{"December 1852", "early 1852", Wrong},
		{"November 1852", "early 1852", Wrong},
		{"February 1852", "early 1852", Correct},
		{"January 1852", "late 1852", Wrong},
		{"1 February 1852", "late 1852", Wrong},
		{"November 1852", "late 1852", Correct},
		{"January 1852", "mid-1852", Wrong},
		{"June 1852", "mid-1852", Correct},
		{"winter 1852", "July 1852", Wrong},
		{"summer 1852", "December 1852", Wrong},
		{"autumn 1852", "January 1852", Wrong},
		{"autumn 1852", "October 1852", Close},
		{"winter 1852", "January 1852", Close},
		{"the summer of 1969", "20 July 1969", Close},
		{"April 1852", "spring 1852", Correct}, // the note's season, a month of it
		{"August 1852", "spring 1852", Wrong},
		{"early 1930s", "1 September 1939", Wrong},
		{"mid-1930s", "1939", Wrong},
		{"late 1930s", "1931", Wrong},
		{"late 60s", "1962", Wrong},
		{"late 60s", "1968", Close},
		{"early 1930s", "1931", Close},
		{"1968", "the early 1960s", Wrong},
		{"1961", "the late 1960s", Wrong},
		{"1963", "the early 1960s", Close}, // a year on the line between two thirds is in both
		{"late July 2022", "2 July 2022", Wrong},
		{"early July 2022", "28 July 2022", Wrong},
		{"early July 2022", "2 July 2022", Close},
		{"early 19th century", "1805", Close},
		{"early 19th century", "1880", Wrong},
		{"the 1800s", "the 18th century", Wrong}, // the 1800s are the 19th
		{"the 1900s", "the 19th century", Wrong},
		{"the 2000s", "the 20th century", Wrong},
		{"the 1700s", "the 18th century", Correct},
		// D. names: another place or person, a part of a name
		{"Ireland", "Iceland", Wrong}, // another country a letter away
		{"Iceland", "Ireland", Wrong},
		{"Australia", "Austria", Wrong},
		{"Austria", "Australia", Wrong},
		{"Albenia", "Albania", Close}, // no country: a slip
		{"Equatorial Guinea", "Guinea", Wrong},
		{"Guinea-Bissau", "Guinea", Wrong},
		{"Northern Ireland", "Ireland", Wrong},
		{"Ireland", "Northern Ireland", Wrong},
		{"the Democratic Republic of the Congo", "the Republic of the Congo", Wrong},
		{"the Republic of the Congo", "the Democratic Republic of the Congo", Wrong},
		{"DRC", "the Democratic Republic of the Congo", Correct},
		{"Sudan", "South Sudan", Wrong},
		{"South Sudan", "Sudan", Wrong},
		{"Dominica", "the Dominican Republic", Wrong},
		{"York", "New York", Wrong},
		{"Mexico", "New Mexico", Wrong},
		{"Virginia", "West Virginia", Wrong},
		{"Mexico", "the Gulf of Mexico", Wrong}, // the country for a sea named after it
		{"Bosnia", "Bosnia and Herzegovina", Correct},
		{"London, Ontario", "London", Wrong}, // another London
		{"Paris, Texas", "Paris", Wrong},
		{"Dublin, Ohio", "Dublin", Wrong},
		{"Georgia, USA", "Georgia", Wrong},
		{"London, England", "London", Correct},
		{"Tehran, Iran", "Tehran", Correct},
		{"Vela Bay, Kesh", "Vela Bay", Correct}, // places recall does not know are taken as typed
		{"NSA", "NASA", Wrong},                  // capitals leave no room for a typo
		{"NASA", "the NSA", Wrong},
		{"nasa", "NASA", Correct},
		{"Sali Berisha or Edi Rama", "Edi Rama", Wrong}, // one of two names
		{"London or Paris", "Paris", Wrong},
		{"Paris or London", "Paris", Wrong},
		{"the sea", "the Black Sea", Wrong}, // the name's common noun alone
		{"Camp", "Camp David", Wrong},
		{"Los", "Los Angeles", Wrong},
		{"the House", "the White House", Wrong},
		{"the Great", "Alexander the Great", Wrong},
		{"Hormuz", "the Strait of Hormuz", Close},
		{"Franklin", "Franklin D. Roosevelt", Wrong}, // a first name alone
		{"Jefferson", "Jefferson Davis", Wrong},
		{"Nelson", "Nelson Mandela", Wrong},
		{"Edi", "Edi Rama", Wrong},
		{"Elon", "Elon Musk", Wrong},
		// a name written surname first: its first word is the surname
		{"Xi", "Xi Jinping", Close},
		{"mao", "Mao Zedong", Close},
		{"Jinping", "Xi Jinping", Close},
		// an organisation's name without its common noun is no first name
		{"Ambit Asset", "Ambit Asset Management", Close},
		{"Orrin Capital", "Orrin Capital Partners", Close},
		{"Mandela", "Nelson Mandela", Close}, // the surname alone
		{"Mandella", "Nelson Mandela", Close},
		{"Paul", "Pope John Paul II", Wrong}, // a numbered name without its number
		{"Henry", "Henry VIII", Wrong},
		{"Martin Luther", "Martin Luther King Jr.", Wrong},
		{"Martin Luther King", "Martin Luther", Wrong}, // another surname
		{"Martin Luther", "Martin Luther King", Wrong},
		{"Edi Rama Berisha", "Edi Rama", Wrong},
		{"Martin Luther King Sr.", "Martin Luther King Jr.", Wrong}, // another generation
		{"Martin Luther King Jr.", "Martin Luther King", Correct},   // a note may leave out "Jr."
		{"Donald Trump Jr.", "Donald Trump", Close},                 // perhaps the son
		{"John Quincy Adams", "John Adams", Close},                  // perhaps another person
		{"Tobin J. Aster", "Tobin Aster", Correct},                  // an initial is no other name
		{"ER", "Edi Rama", Wrong},                                   // two initials name many people
		{"UN", "the United Nations", Correct},
		{"the Social Democratic Party", "the Democratic Party", Wrong}, // a word more makes another body
		{"Bismarck", "Otto von Bismarck", Close},                       // a particle in small letters is of the name
		{"Otto Bismarck", "Otto von Bismarck", Correct},
		{"Assad", "Bashar al-Assad", Close},
		{"al", "Ayman al-Zawahiri", Wrong},
		{"V. Putin", "Vladimir Putin", Close},
		{"Teddy Roosevelt", "Theodore Roosevelt", Correct}, // a short form of two names, read as the note's
		{"Teddy Roosevelt", "Franklin Roosevelt", Wrong},
		{"Henry the 8th", "Henry VIII", Correct},
		{"Louis the Fourteenth", "Louis XIV", Correct},
		{"Henry the 7th", "Henry VIII", Wrong},
		// E. an action turned round, not done, or only meant; opposite words
		{"refused to impose a curfew", "imposed a curfew", Wrong},
		{"refused to condemn the attack", "condemned the attack", Wrong},
		{"failed to condemn the attack", "condemned the attack", Wrong},
		{"refused to sign the treaty", "signed the treaty", Wrong},
		{"declined to sign the treaty", "did not sign the treaty", Correct},
		{"refused to sign the treaty", "did not sign the treaty", Correct},
		{"considered imposing a curfew", "imposed a curfew", Wrong},
		{"threatened to expel the diplomats", "expelled the diplomats", Wrong},
		{"condoned the attack", "condemned the attack", Wrong}, // another verb, not a typo
		{"condemed the attack", "condemned the attack", Close},
		{"voted against the bill", "voted for the bill", Wrong},
		{"voted for the bill", "voted against the bill", Wrong},
		{"Kesh declared war on Vela", "declared war on Kesh", Wrong}, // the parties swapped
		{"earning more than you spend", "spending more than you earn", Wrong},
		{"spending less than you earn", "spending more than you earn", Wrong},
		{"a substance with a pH above 7", "a substance with a pH below 7", Wrong},
		{"pH > 7", "a substance with a pH below 7", Wrong},
		{"the maximum number of members needed to vote", "the minimum number of members needed to vote", Wrong},
		{"a market in which prices rise by 20% or more", "a market in which prices fall by 20% or more", Wrong},
		{"a market in which prices fall by 10% or more", "a market in which prices fall by 20% or more", Wrong},
		{"the process by which animals convert food into energy", "the process by which plants convert light into chemical energy", Wrong},
		{"a shortage of wheat", "a shortage of oil", Wrong}, // the note's words with another put in
		{"imposed sanctions on Iran", "imposed sanctions on Russia", Wrong},
		{"temporarily closed the border", "closed the border", Close}, // a word added is no word put in
		{"cut diplomatic ties", "severed diplomatic relations", Correct},
		{"hiked interest rates", "raised interest rates", Correct},
		{"slashed spending", "cut spending", Correct},
		{"supported the rebels", "backed the rebels", Correct},
		{"freed the prisoners", "released the prisoners", Correct},
		{"shut the border", "closed the border", Correct},
		{"sent troops to the border", "deployed troops to the border", Correct},
		{"opened the border", "closed the border", Wrong},
		// F. units, scales, ranks and counts
		{"100°F", "100°C", Wrong}, // the note's figure on another scale
		{"100 K", "100°C", Wrong},
		{"5,500 K", "5,500°C", Wrong},
		{"373 K", "100°C", Correct},
		{"212 F", "100 C", Correct},
		{"2 MHz", "2 GHz", Wrong}, // a prefix a thousand off
		{"2000 MHz", "2 GHz", Correct},
		{"0.5 MW", "500 kW", Correct},
		{"years", "a year", Wrong},
		{"weeks", "a week", Wrong},
		{"7 days", "a week", Correct},
		{"12 months", "a year", Correct},
		{"one year", "a year", Correct},
		{"a moth", "a month", Close},
		{"2.5 hours", "2 hours 30 minutes", Correct},
		{"150 minutes", "2 hours 30 minutes", Correct},
		{"two and a half hours", "2 hours 30 minutes", Correct},
		{"a year and a half", "18 months", Correct},
		{"hundreds of thousands", "tens of thousands", Wrong}, // spans that only touch
		{"tens of thousands", "hundreds of thousands", Wrong},
		{"thousands", "hundreds", Wrong},
		{"a few hundred", "several hundred", Close},
		{"one", "none", Wrong},
		{"0", "none", Correct},
		{"zero", "none", Correct},
		{"none", "zero", Correct},
		{"double", "twice as much", Correct},
		{"2x", "twice as much", Correct},
		{"second smallest", "second-largest", Wrong},
		{"third smallest", "third-largest", Wrong},
		{"the largest", "the second-largest", Wrong},
		{"second largest", "the largest", Wrong},
		{"second largest", "second-largest", Correct},
		{"5%", "fifth", Wrong},
		{"a fifth", "fifth", Wrong},
		{"5th from the bottom", "5th", Wrong},
		{"5th", "fifth", Correct},
		{"number one", "first", Correct},
		{"No. 5", "5th", Correct},
		{"8.300.000", "8.3 million", Correct}, // grouped by dots
		{"€200.000.000", "€200 million", Correct},
		{"fourty", "40", Close}, // a number word misspelt
		{"ninty", "90", Close},
		{"thirten", "13", Close},
		{"fourty", "50", Wrong},
		{"Sunday, July 20, 1969", "20 July 1969", Correct},
		{"20-07-1969", "20 July 1969", Correct},
		{"the twentieth of July 1969", "20 July 1969", Correct}, // a day in words
		{"July twentieth, 1969", "20 July 1969", Correct},
		{"the twenty-first of July 1969", "21 July 1969", Correct},
		{"July twenty first 1969", "20 July 1969", Wrong},
		{"the second of July", "2 July 1969", Close},
		{"7/20", "20 July 1969", Close}, // day and month in figures, either order
		{"20/7", "20 July 1969", Close},
		{"9/11", "September 11, 2001", Close},
		{"7/21", "20 July 1969", Wrong},
		{"7/20", "July 1969", Wrong}, // no day asked: a fraction or a stray figure
		{"nineteen fifties", "1950s", Correct},
		{"250", "between 200 and 300", Close}, // within the span
		{"5 million", "5.5 million", Close},   // half-way: rounded down as near as up
		{"6 million", "5.5 million", Close},
		{"5 million", "5.6 million", Wrong},
		{"14 km", "14.5 km", Close},
		{"2 km", "2.5 km", Wrong}, // a fifth off: more than rounding
		{"350", "between 200 and 300", Wrong},
	}
	for _, tt := range tests {
		got := Match(tt.typed, tt.expected)
		if got.Verdict != tt.want {
			t.Errorf("Match(%q, %q) = %s (%s), want %s", tt.typed, tt.expected, got.Verdict, got.Note, tt.want)
		}
		if got.Verdict != Correct && got.Note == "" {
			t.Errorf("Match(%q, %q) = %s with no note saying what differed", tt.typed, tt.expected, got.Verdict)
		}
	}
}

func TestParseQuantity(t *testing.T) {
	tests := []struct {
		in     string
		lo, hi float64
		hedge  string
		unit   string
	}{
		{"close to 90 million", 90e6, 90e6, "close to", ""},
		{"ninety million", 90e6, 90e6, "", ""},
		{"90m", 90e6, 90e6, "", ""},
		{"90,000,000", 90e6, 90e6, "", ""},
		{"about 2.8 million", 2.8e6, 2.8e6, "about", ""},
		{"90-95%", 90, 95, "", "%"},
		{"three thousand kilometers", 3000, 3000, "", "km"},
		{"one hundred and five", 105, 105, "", ""},
		{"half a million", 5e5, 5e5, "", ""},
		{"$2.45 trillion", 2.45e12, 2.45e12, "", "$"},
		{"500,000 to 900,000 deaths per year", 5e5, 9e5, "", "deaths per year"},
		{"between 90 and 95 million", 90e6, 95e6, "", ""},
		{"twenty-five", 25, 25, "", ""},
		{"17th", 17, 17, "", ""},
		{"three-quarters", 0.75, 0.75, "", ""},
		{"several thousand", 3000, 3000, "", ""},
		{"4.8% to 7.8%", 4.8, 7.8, "", "%"},            // the unit after both ends
		{"two and a half years", 2.5, 2.5, "", "year"}, // a part, not a range
		{"two and a half million people", 2.5e6, 2.5e6, "", "people"},
		{"between two and three years", 2, 3, "", "year"},
		{"60 miles per hour", 60, 60, "", "mph"},
		{"90 km an hour", 90, 90, "", "km/h"},
		{"5 km to 9 km", 5, 9, "", "km"},
		{"5% to 9 km", 5, 5, "", "%"}, // two units: no range
	}
	for _, tt := range tests {
		q, ok := ParseQuantity(tt.in)
		if !ok || q.Lo != tt.lo || q.Hi != tt.hi || q.Hedge != tt.hedge || q.Unit != tt.unit {
			t.Errorf("ParseQuantity(%q) = %+v, %v; want %v..%v hedge %q unit %q", tt.in, q, ok, tt.lo, tt.hi, tt.hedge, tt.unit)
		}
	}
	for _, in := range []string{"Edi Rama", "Article 5 of the treaty", "the Great Satan", ""} {
		if q, ok := ParseQuantity(in); ok {
			t.Errorf("ParseQuantity(%q) = %+v, want no quantity", in, q)
		}
	}
}

func TestParseDates(t *testing.T) {
	tests := []struct {
		in   string
		want []Date
	}{
		{"15 July 2022", []Date{{Year: 2022, Month: 7, Day: 15}}},
		{"July 15, 2022", []Date{{Year: 2022, Month: 7, Day: 15}}},
		{"2022-07-15", []Date{{Year: 2022, Month: 7, Day: 15}}},
		{"January 1979", []Date{{Year: 1979, Month: 1}}},
		{"1979", []Date{{Year: 1979}}},
		{"July and September 2022", []Date{{Year: 2022, Month: 7}, {Year: 2022, Month: 9}}},
		{"2014 and 2016", []Date{{Year: 2014}, {Year: 2016}}},
		{"mid-1960s", []Date{{Year: 1960, Decade: true, Qualifier: "mid"}}},
		{"early 2021", []Date{{Year: 2021, Qualifier: "early"}}},
		{"7th century", []Date{{Century: 7}}},
		{"395 AD", []Date{{Year: 395}}},
		{"500 BC", []Date{{Year: -500}}},
	}
	for _, tt := range tests {
		got, ok := ParseDates(tt.in)
		if !ok || len(got) != len(tt.want) {
			t.Errorf("ParseDates(%q) = %+v, %v; want %+v", tt.in, got, ok, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("ParseDates(%q)[%d] = %+v, want %+v", tt.in, i, got[i], tt.want[i])
			}
		}
	}
	for _, in := range []string{"Article 5", "90 million", "Edi Rama", "the 1960s crisis"} {
		if d, ok := ParseDates(in); ok {
			t.Errorf("ParseDates(%q) = %+v, want no date", in, d)
		}
	}
}

// FuzzMatch checks that Match never panics, always returns a known verdict,
// and that an answer always matches itself.
func FuzzMatch(f *testing.F) {
	for _, s := range [][2]string{
		{"ninety million", "close to 90 million"}, {"15 July 2022", "July 15, 2022"}, {"Rama", "Edi Rama"},
		{"90-95%", "90 to 95 percent"}, {"mid-1960s", "1965"}, {"$2.45 trillion", "2.45tn"}, {"", "x"},
		{"one hundred and a half", "1,000,000,000,000,000,000,000"}, {"7th century BC", "1/2/3"},
		{"3/4", "three-quarters"}, {"75%", "a quarter"}, {"UN", "the United Nations"}, {"World War 1", "World War I"}, {"19th century", "the 1800s"}, {"0/0", "1/0"},
		{"186mi", "300 kilometres"}, {"1,5 million", "1.5 million"}, {"Iran and Iraq", "Iraq and Iran"}, {"2,", "9,1"},
		{"jan 08", "January 2008"}, {"9 Aug 65", "August 9, 1965"}, {"ww1", "the First World War"}, {"during the 2019 elections", "2019"}, {"$0.03", "3 cents"}, {"65 grand", "$65,000"},
		{"Usama Velt", "Osama Velt"}, {"orrin yarn depot", "OYD"}, {"VKTC", "the VK Trade Council"}, {"a quarter of an hour", "15 minutes"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, typed, expected string) {
		if !utf8.ValidString(typed) || !utf8.ValidString(expected) {
			return
		}
		r := Match(typed, expected)
		switch r.Verdict {
		case Correct, Close, Wrong:
		default:
			t.Fatalf("Match(%q, %q) = unknown verdict %q", typed, expected, r.Verdict)
		}
		if Normalize(expected) != "" {
			if self := Match(expected, expected); self.Verdict != Correct {
				t.Fatalf("Match(%q, itself) = %v", expected, self)
			}
		}
	})
}

func TestMatchReason(t *testing.T) {
	const q = "Why did the Kesh salt trade decline?"
	tests := []struct {
		typed, expected string
		want            Verdict
	}{
		{"the mines filled with water after the storms", "the flooding of the salt mines", Close}, // Match says wrong
		{"the mines were flooded", "the flooding of the salt mines", Close},                       // by stem
		{"cheaper salt from Vela", "competition from cheaper Vela salt", Close},
		{"salt was expensive", "competition from cheaper Vela salt", Wrong}, // "salt" is the question's
		{"they were lazy", "they lacked skilled workers", Wrong},            // "they" says nothing
		{"the river froze", "the flooding of the salt mines", Wrong},
		{"Ana Velt", "Tobin Aster", Wrong},                // a name is not a reason
		{"1855", "1852", Wrong},                           // nor a date
		{"exactly 9 mines", "exactly 7 mines", Wrong},     // nor a figure, however stressed
		{"the salt was smuggled out", "smuggling", Close}, // a one-word reason, in a sentence
		{"the weather", "smuggling", Wrong},
		{"the flooding of the salt mines", "the flooding of the salt mines", Correct},
	}
	tests = append(tests, []struct {
		typed, expected string
		want            Verdict
	}{
		{"because K2s were scarce", "a lack of K2 ships", Close}, // "K2s" for "K2"
		{"in the 1850s", "a drought after 1850 ended", Wrong},    // a decade is not its first year
		// a word in common, and another reason
		{"a surplus of oil", "a shortage of oil", Wrong},
		{"too much oil", "a shortage of oil", Wrong},
		{"oil was abundant", "a shortage of oil", Wrong},
		{"a shortage of wheat", "a shortage of oil", Wrong},
		{"oil was scarce", "a shortage of oil", Close},
		{"falling interest rates", "rising interest rates", Wrong},
		{"interest rates went down", "rising interest rates", Wrong},
		{"interest rates went up", "rising interest rates", Close},
		{"light rainfall", "heavy rainfall", Wrong},
		{"no rainfall", "heavy rainfall", Wrong},
		{"lack of rainfall", "heavy rainfall", Wrong},
		{"economic growth", "economic decline and military overreach", Wrong},
		{"no military overreach", "economic decline and military overreach", Wrong},
		{"the economy declined", "economic decline and military overreach", Close},
		{"a long winter", "a long drought", Wrong},
		{"a short drought", "a long drought", Wrong},
		{"no rain fell in the hills for years", "a long drought in the northern hills", Close}, // a drought is no rain
	}...)
	for _, tt := range tests {
		if got := MatchReason(tt.typed, tt.expected, q); got.Verdict != tt.want {
			t.Errorf("MatchReason(%q, %q) = %v, want %v", tt.typed, tt.expected, got, tt.want)
		}
	}
}

func TestRepeatsQuestion(t *testing.T) {
	for _, tt := range []struct {
		typed, expected, question string
		want                      bool
	}{
		{"GDP", "gross domestic product", "What does GDP stand for?", true},
		{"the GDP", "gross domestic product", "What is GDP?", true},
		{"gross domestic product", "gross domestic product", "What does GDP stand for?", false},
		{"condemn", "condemned it", "Did Vela condemn or praise the raid?", false}, // the answer's own word
		{"Kesh", "Kesh", "Which is larger, Kesh or Vela?", false},
		{"1812", "1812", "During the War of _____, the Kesh fleet held the strait.", false},
	} {
		if got := RepeatsQuestion(tt.typed, tt.expected, tt.question); got != tt.want {
			t.Errorf("RepeatsQuestion(%q, %q, %q) = %v, want %v", tt.typed, tt.expected, tt.question, got, tt.want)
		}
	}
}

// TestMatchNotes: the note a verdict carries says why, in the learner's
// terms: a year inside a decade is not "less precise".
func TestMatchNotes(t *testing.T) {
	for _, tt := range []struct {
		typed, expected string
		want            Verdict
		note            string
	}{
		{"1995", "1990s", Close, "the note says only 1990s, which cannot confirm the year"},
		{"1965", "mid-1960s", Close, "the note says only mid-1960s, which cannot confirm the year"},
		{"1979", "January 1979", Close, "less precise: expected January 1979"},
		{"12 April 1961", "April 1961", Correct, "the note says only April 1961"},
		{"a stone platform where ships load", "a stone platform where ships load and unload", Close, "partly: expected a stone platform where ships load and unload"}, // no typo: a word left out
		{"navin jindal", "Naveen Jindal", Close, "small typo: expected Naveen Jindal"},
		{"did sign the treaty", "did not sign the treaty", Wrong, "the opposite: expected did not sign the treaty"},
	} {
		if got := Match(tt.typed, tt.expected); got.Verdict != tt.want || got.Note != tt.note {
			t.Errorf("Match(%q, %q) = %v %q, want %v %q", tt.typed, tt.expected, got.Verdict, got.Note, tt.want, tt.note)
		}
	}
}
