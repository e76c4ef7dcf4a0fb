package notes

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

const sample = `---
title: A Sample Note
videoId: abcdefghijk
lang: en
---

From: [[somechannel]] <br/> 

Intro sentence about the [[Printing press | press]] here <a class="yt-timestamp" data-t="00:00:05">[00:00:05]</a>. Dr. Smith met the U.S. envoy on 3.5 occasions <a class="yt-timestamp" data-t="00:01:02">[00:01:02]</a>.

## Part One
### Detail
*   **Venice:**
    *   Held about 150 presses <a class="yt-timestamp" data-t="1:02:03">[01:02:03]</a>.
*   **Mainz:** Printed the first book <a class="yt-timestamp" data-t="02:10">[02:10]</a>.

| a | b |
|---|---|
| 1 | 2 |

` + "```\ncode here\n```\n"

func TestParse(t *testing.T) {
	n, warns, err := Parse("notes/sample.md", []byte(sample))
	if err != nil || len(warns) > 0 {
		t.Fatalf("Parse: %v %v", err, warns)
	}
	if n.Title != "A Sample Note" || n.VideoID != "abcdefghijk" || n.Channel != "somechannel" || n.Meta["lang"] != "en" {
		t.Errorf("header = %q %q %q %v", n.Title, n.VideoID, n.Channel, n.Meta)
	}
	type sent struct {
		Text    string
		Heading string
		Line, T int
		Label   string
	}
	var got []sent
	for _, s := range n.Sentences {
		got = append(got, sent{s.Text, HeadingPath(s.Heading), s.Line, s.T, s.Label})
	}
	want := []sent{
		{"Intro sentence about the press here.", "", 9, 5, ""},
		{"Dr. Smith met the U.S. envoy on 3.5 occasions.", "", 9, 62, ""},
		{"Venice:", "Part One › Detail", 13, -1, "Venice"},
		{"Held about 150 presses.", "Part One › Detail", 14, 3723, "Venice"},
		{"Mainz: Printed the first book.", "Part One › Detail", 15, 130, "Mainz"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences:\n got %+v\nwant %+v", got, want)
	}
	if len(n.Sentences) > 0 && !reflect.DeepEqual(n.Sentences[0].Links, []Link{{Target: "Printing press", Label: "press"}}) {
		t.Errorf("links = %+v", n.Sentences[0].Links)
	}
	if len(n.Blocks) != 2 || n.Blocks[0].Kind != "table" || n.Blocks[1].Kind != "code" {
		t.Errorf("blocks = %+v", n.Blocks)
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"It cost $2.5 million. Then it grew.", []string{"It cost $2.5 million.", "Then it grew."}},
		{"Sanctions by the U.S. followed. The U.S. The end.", []string{"Sanctions by the U.S. followed.", "The U.S.", "The end."}},
		{"Dr. Who met Mr. Smith, e.g. at home. Done.", []string{"Dr. Who met Mr. Smith, e.g. at home.", "Done."}},
		{`He said "stop." Then left.`, []string{`He said "stop."`, "Then left."}},
		{"President George W. Bush spoke. Yes!", []string{"President George W. Bush spoke.", "Yes!"}},
		{"The court ruled in Kesh Guild v. Aster. Done.", []string{"The court ruled in Kesh Guild v. Aster.", "Done."}},
		{"Line one\nLine two", []string{"Line one", "Line two"}},
		// a line wrapped at a width runs on where no sentence can end
		{"The quay was built in 1201 by\nOrrin Tarn, who came from\nVela.", []string{"The quay was built in 1201 by\nOrrin Tarn, who came from\nVela."}},
		{"The quay was built in 1201,\nOrrin Tarn said", []string{"The quay was built in 1201,\nOrrin Tarn said"}},
		{"The quay was built in Kesh\nThe guild paid", []string{"The quay was built in Kesh", "The guild paid"}},
		{"The end.# Title", []string{"The end.", "# Title"}},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range splitSentences(tt.in) {
			got = append(got, tt.in[sp.start:sp.end])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("split(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseWithoutFrontMatter(t *testing.T) {
	n, _, err := Parse("dir/my-note.md", []byte("# Heading Title\n\nSome text here."))
	if err != nil {
		t.Fatal(err)
	}
	if n.Title != "Heading Title" {
		t.Errorf("title = %q", n.Title)
	}
	n, _, err = Parse("dir/my-note.md", []byte("Just text."))
	if err != nil || n.Title != "my-note" {
		t.Errorf("title = %q, %v", n.Title, err)
	}
}

// TestParseTitleHeading checks that a first heading naming the note is
// taken as its title and left out of the heading paths, and that any
// other heading stays in them.
func TestParseTitleHeading(t *testing.T) {
	const fm = "---\ntitle: Kesh\n---\n"
	for _, tt := range []struct {
		name, src string
		want      []string // heading path of each sentence
	}{
		{"title repeated", fm + "# Kesh\n\nThe port opened.\n\n## Trade\n\nSalt sold well.\n", []string{"", "Trade"}},
		{"title in other case", fm + "# KESH\n\nThe port opened.\n\n## Trade\n\nSalt sold well.\n", []string{"", "Trade"}},
		{"text before it", fm + "The isle is small.\n\n# Kesh\n\nThe port opened.\n", []string{"", ""}},
		{"another first heading", fm + "# The Isle\n\nThe port opened.\n\n## Trade\n\nSalt sold well.\n", []string{"The Isle", "The Isle › Trade"}},
		{"title later", fm + "## Trade\n\nThe port opened.\n\n# Kesh\n\nSalt sold well.\n", []string{"Trade", "Kesh"}},
		{"no front matter", "# Kesh\n\nThe port opened.\n\n## Trade\n\nSalt sold well.\n", []string{"", "Trade"}},
	} {
		n, _, err := Parse("kesh.md", []byte(tt.src))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, s := range n.Sentences {
			got = append(got, HeadingPath(s.Heading))
		}
		if n.Title != "Kesh" || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: title %q, headings %q, want %q", tt.name, n.Title, got, tt.want)
		}
	}
}

func TestParseRepeatedArticle(t *testing.T) {
	body := "## A\n\nThe firm grew fast in 2011 <a class=\"yt-timestamp\" data-t=\"00:00:01\">[00:00:01]</a>. It lost money later on.# Title Again\n\n## A\n\nThe firm grew fast in 2011 <a class=\"yt-timestamp\" data-t=\"00:00:01\">[00:00:01]</a>.\n"
	want := []string{"The firm grew fast in 2011.", "It lost money later on."}
	if texts := sentenceTexts(t, body); !reflect.DeepEqual(texts, want) {
		t.Errorf("sentences = %q, want %q", texts, want)
	}
}

// sentenceTexts parses body as a note and gives its sentences' texts.
func sentenceTexts(t *testing.T, body string) []string {
	t.Helper()
	_, texts := parseSentences(t, "x.md", body)
	return texts
}

func TestParseBadInput(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		msg       string
	}{
		{"empty", "", 0, "empty file"},
		{"blank", "  \n\n", 0, "empty file"},
		{"not utf8", "---\ntitle: x\n---\n\nok\nbad \xff\xfe here\n", 6, "not UTF-8"},
		{"unclosed front matter", "---\ntitle: x\nvideoId: y\n\nbody text\n", 1, "broken front matter"},
		{"bad yaml", "---\ntitle: [unclosed\n---\n\nbody\n", 1, "broken front matter"},
		{"unterminated html", "Intro.\n\n<script>\nvar x;\n\nmore text\n", 3, "unterminated HTML"},
		{"unterminated comment", "Intro.\n\n<!-- draft\nmore text\n\nand more\n", 3, "unterminated HTML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Parse("bad.md", []byte(tt.src))
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want *ParseError", err)
			}
			if pe.Line != tt.line || !strings.Contains(pe.Msg, tt.msg) || pe.Path != "bad.md" {
				t.Errorf("err = %+v, want line %d msg %q", pe, tt.line, tt.msg)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

// TestParseLargeNote reads a generated 50 MB note.
func TestParseLargeNote(t *testing.T) {
	if testing.Short() {
		t.Skip("large note skipped in -short mode")
	}
	var b bytes.Buffer
	b.WriteString("---\ntitle: Big\nvideoId: bigbigbig01\n---\n\n")
	for i := 0; b.Len() < 50<<20; i++ {
		if i%50 == 0 {
			fmt.Fprintf(&b, "\n## Section %d\n\n", i)
		}
		fmt.Fprintf(&b, "*   **Item %d:** In %d, about %d people moved to the city <a class=\"yt-timestamp\" data-t=\"00:%02d:%02d\">[00:%02d:%02d]</a>. It grew by %d percent.\n", i, 1900+i%120, i*10, i/60%60, i%60, i/60%60, i%60, i%90)
	}
	n, _, err := Parse("big.md", b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Sentences) < 300000 {
		t.Errorf("read %d sentences from a 50 MB note", len(n.Sentences))
	}
	if last := n.Sentences[len(n.Sentences)-1]; last.Line < 300000 || last.T < 0 {
		t.Errorf("last sentence at line %d, time %d", last.Line, last.T)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(sample))
	f.Add([]byte("---\ntitle: x\n---\n\n*   **A:** B [[c | d]] <a class=\"yt-timestamp\" data-t=\"1:2:3:4]\">[x]</a>. e.g. U.S. 3.5%"))
	f.Add([]byte("[[a|b]] [[ | ]] [[x]] <a class=\"yt=\"yt-timestamp\" data-t=\"00:01\">[00:01]</a>.# T\n| a | b |\n|---|---|\n| [[x \\| y]] | <a class=\"yt-timestamp\" data-t=\"\"></a> |"))
	f.Add([]byte("In the mid-1960s, between 2014 and 2016, on July 15, 2022, the 7th century, 395 AD, close to 90 million, 90-95%."))
	// a dropped over-long response once made the scan loop forever
	f.Add([]byte("Albania did not invoke the article of the treaty that the members of the alliance had agreed to respect for many long years of peace and quiet"))
	// cards written into a note, in every syntax read
	f.Add([]byte(writtenNote))
	f.Add([]byte("#flashcards\nQ::A\nB:::C\n\nD\n?\n- e\n- f\n\n==g== h {{c1::i::j}} {{c2::}} `k::l`\nQ: m\nA: n\n"))
	// data tables, a row of things and a turned one
	f.Add([]byte("## T\n| Country | Capital | Speed |\n|---|---|---|\n| Vela | Kesh <a class=\"yt-timestamp\" data-t=\"00:01:02\">[00:01:02]</a> | Fast |\n| Tarn | [[a | b]] | - |\n\n| Feature | Kesh | Orrin |\n|---|---|---|\n| **Depth** | 12 m | |\n| | x | y |"))
	// timelines, of two columns and of more
	f.Add([]byte("| Year | Event |\n|---|---|\n| 1949 | NATO is founded |\n| 1989 | The Wall falls |\n| TBD | s |\n\n| Date | Event | Why |\n|---|---|---|\n| 14 July 1789 | A crowd storms it | x |\n| 3 | | |"))
	// timestamps as real pages garble them
	f.Add([]byte("A [[t | <a </a>]] b [[t | [00:01]]] (00:00:01-00:00:02) [00:01 | 00:02] `[[a|b]]` [00:01](#t=1) c <a class=\"yt=\"00:01\">[00:01]> d < a class=\"yt\" data-t=\"1]-. \\* e"))
	f.Fuzz(func(t *testing.T, src []byte) {
		n, _, err := Parse("fuzz.md", src)
		if err != nil {
			return
		}
		for _, fact := range Extract(n) {
			if fact.Start < 0 || fact.Start+len(fact.Answer) > len(fact.Sentence) || fact.Sentence[fact.Start:fact.Start+len(fact.Answer)] != fact.Answer {
				t.Fatalf("answer %q not at %d in %q", fact.Answer, fact.Start, fact.Sentence)
			}
		}
	})
}

func TestCleanSpaces(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Already clean.", "Already clean."},
		{"a b c", "a b c"},
		{" leading", "leading"},
		{"trailing ", "trailing"},
		{"two  spaces", "two spaces"},
		{"line\nbreak", "line break"},
		{"tab\there", "tab here"},
		{"attack .", "attack."},
		{"(aside )", "(aside)"},
		{"a ,b ;c :d !e ?f", "a,b;c:d!e?f"},
		{"  \n ", ""},
		{"x\r\n y", "x y"},
		{"in early 1994 , .", "in early 1994."},
		{"of design,,,.", "of design."},
		{"a, b,, c", "a, b, c"},
		{"1,000,000.", "1,000,000."},
		{"at Harvard ().", "at Harvard."},
		{"around \"2035\"().", "around \"2035\"."},
		{"strategies(, ().", "strategies."},
		{"a pact ( , ) with the duke", "a pact with the duke"},
		{"the duke (1201).", "the duke (1201)."},
		{"outside of the .NET Framework", "outside of the .NET Framework"}, // a dot that starts a word keeps its space
		{"a gap of .5 mm", "a gap of .5 mm"},
		{"at 5:30 p.m. .", "at 5:30 p.m."}, // an anchor stood between the dots
		{"and so on ...", "and so on..."},
		{"in 1201 .", "in 1201."},
	} {
		if got := cleanSpaces(tc.in); got != tc.want {
			t.Errorf("cleanSpaces(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCutPlainStamps(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		t        int
	}{
		{"The mnemonic for Pyogenes [00:06:06].", "The mnemonic for Pyogenes.", 366},
		{"Two stamps [01:02], [1:03:04].", "Two stamps,.", 62},
		{"A citation [1] stays.", "A citation [1] stays.", -1},
		{"A list [a] and a stamp [00:10].", "A list [a] and a stamp.", 10},
		{"No stamp at all.", "No stamp at all.", -1},
		{"It ran away when discovered [00:08:42 | 00:08:47 | 00:09:00].", "It ran away when discovered.", 522},
		{"Cut [07:04:08, 07:08:08] twice [1:02; 1:05].", "Cut twice.", 25448},
		{"A span [01:07:07-01:21:26] and a long one [01:06:26:06:35].", "A span and a long one.", 4027},
		{"In parentheses (00:31:50-00:31:57), (00:04:44, 00:05:10).", "In parentheses,.", 1910},
		{"A ratio (50:25:25), a verse (15:15), a time (9:30) and (an aside) stay.", "A ratio (50:25:25), a verse (15:15), a time (9:30) and (an aside) stay.", -1},
		{"Figures [1, 2] and [a | b] stay, and [1-2] too.", "Figures [1, 2] and [a | b] stay, and [1-2] too.", -1},
		{"A range [1:02 | see below] stays.", "A range [1:02 | see below] stays.", -1},
	} {
		got, tm := cutPlainStamps(tc.in, false)
		if got != tc.want || tm != tc.t {
			t.Errorf("cutPlainStamps(%q) = %q, %d; want %q, %d", tc.in, got, tm, tc.want, tc.t)
		}
	}
}

func TestCutLooseAnchors(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		t        int
	}{
		{`Next one in 1902 <a class="yt="00:12:22">.`, "Next one in 1902.", 742},
		{`He recalled it <a class="yt-timestamp" data-t="00:14:14]-.`, "He recalled it.", 854},
		{`A link <a href="x">stays</a>.`, `A link <a href="x">stays</a>.`, -1},
		{`Spaced out< a class="yt-timestamp" data-t="02:40">.`, "Spaced out.", 160},
		{`Twice <a class="yt="00:00:05">, <a class="yt="00:00:07">.`, "Twice,.", 5},
	} {
		got, tm := cutLooseAnchors(tc.in, false)
		if got != tc.want || tm != tc.t {
			t.Errorf("cutLooseAnchors(%q) = %q, %d; want %q, %d", tc.in, got, tm, tc.want, tc.t)
		}
	}
}

// TestLabelForms: labels written without their colon, or in bold inside a
// wiki link, read as labels; emphasis inside a link leaves no asterisks.
func TestLabelForms(t *testing.T) {
	tests := []struct {
		name, items string
		want        []string
		label       string // of the first sentence
		t           int    // time of the first sentence
	}{
		{
			"no colon",
			"*   **Tolls** The guild raised the harbour tolls in 1201 <a class=\"yt-timestamp\" data-t=\"00:01:00\">[00:01:00]</a>.\n*   **Aster** sailed north in 1203.\n",
			[]string{"Tolls: The guild raised the harbour tolls in 1201.", "Aster sailed north in 1203."},
			"Tolls", 60,
		},
		{
			"bold link",
			"*   [[harbour tolls | **Harbour Tolls**]]: The guild raised the tolls in 1201.\n*   See [[the guild | *the guild*]] for more on the harbour.\n",
			[]string{"Harbour Tolls: The guild raised the tolls in 1201.", "See the guild for more on the harbour."},
			"Harbour Tolls", -1,
		},
	}
	for _, tt := range tests {
		n, _, err := Parse("kesh.md", []byte("---\ntitle: Kesh\n---\n\n"+tt.items))
		if err != nil {
			t.Fatal(err)
		}
		if len(n.Sentences) != len(tt.want) {
			t.Fatalf("%s: got %d sentences, want %d", tt.name, len(n.Sentences), len(tt.want))
		}
		for i, s := range n.Sentences {
			if s.Text != tt.want[i] {
				t.Errorf("%s: sentence %d = %q, want %q", tt.name, i, s.Text, tt.want[i])
			}
		}
		if s := n.Sentences[0]; s.Label != tt.label || s.LabelLen < len(tt.label) || s.T != tt.t {
			t.Errorf("%s: label %q (%d bytes), time %d; want %q, %d", tt.name, s.Label, s.LabelLen, s.T, tt.label, tt.t)
		}
	}
}

// A timestamp written as a wiki link, inside its anchor or not, is no
// prose.
func TestParseStampLink(t *testing.T) {
	body := "## A\n\nThe guild could benefit from rising grain prices <a class=\"yt-timestamp\" data-t=\"00:39:52\">[[00:39:52]]</a>. The duke agreed [[00:40:10]].\n"
	want := []string{"The guild could benefit from rising grain prices.", "The duke agreed."}
	if texts := sentenceTexts(t, body); !reflect.DeepEqual(texts, want) {
		t.Errorf("sentences = %q, want %q", texts, want)
	}
}

// A note whose anchors read "MM:SS:00" (or "MM:SS:SS"), nine in ten of
// those past the first minute, or half when one of them cannot be hours,
// is read in minutes and seconds; more real "HH:MM:SS" anchors keep every
// anchor as written.
func TestMinuteStamps(t *testing.T) {
	anchor := func(v string) string { return `<a class="yt-timestamp" data-t="` + v + `">[` + v + `]</a>` }
	for _, tt := range []struct {
		name  string
		times []string
		want  []int
	}{
		{"minutes and seconds", []string{"01:36:00", "38:57:00", "40:19:00"}, []int{96, 2337, 2419}},
		{"hours, minutes and seconds", []string{"01:36:00", "01:38:12", "01:40:00"}, []int{5760, 5892, 6000}},
		{"two anchors are too few to tell", []string{"01:36:00", "38:57:00"}, []int{5760, 140220}},
		{"minutes and seconds written plainly", []string{"01:36", "38:57", "40:19"}, []int{96, 2337, 2419}},
		{"after the first seconds", []string{"00:00:04", "00:00:21", "01:36:00", "38:57:00", "40:19:00"}, []int{4, 21, 96, 2337, 2419}},
		{"a stray beside anchors that cannot be hours", []string{"00:00:04", "00:02:21", "01:36:00", "38:57:00", "40:19:00"}, []int{4, 141, 96, 2337, 2419}},
		{"half on the minute, all under ten hours", []string{"01:36:00", "01:38:12", "01:40:00", "01:41:17", "02:05:00", "02:07:45"},
			[]int{5760, 5892, 6000, 6077, 7500, 7665}},
		{"under half on the minute", []string{"01:36:00", "01:38:12", "11:40:00", "01:41:17", "02:05:00", "02:07:45", "02:09:51"},
			[]int{5760, 5892, 42000, 6077, 7500, 7665, 7791}},
		{"the seconds written twice", []string{"00:00:10", "04:04:04", "05:03:03", "07:08:08", "11:00:00"}, []int{10, 244, 303, 428, 660}},
		{"a stray anchor among ten, and plain minutes", []string{"03:21:00", "03:30:30", "03:40:40", "03:48:00", "04:13:58", "05:15:00", "06:03:00", "49:05", "07:15:00", "07:20:00", "08:59:00", "10:49:00"},
			[]int{201, 210, 220, 228, 15238, 315, 363, 2945, 435, 440, 539, 649}},
		{"true hours, some on the minute", []string{"01:02:00", "01:04:17", "01:07:07", "01:09:40", "01:12:00", "01:15:31", "01:18:00"},
			[]int{3720, 3857, 4027, 4180, 4320, 4531, 4680}},
	} {
		body := "## A\n\n"
		for i, v := range tt.times {
			body += fmt.Sprintf("Kesh built dock number %d %s.\n\n", i+1, anchor(v))
		}
		n, _, err := Parse("kesh.md", []byte("---\ntitle: Kesh\nvideoId: k1\n---\n"+body))
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		for _, s := range n.Sentences {
			got = append(got, s.T)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: times %v, want %v", tt.name, got, tt.want)
		}
	}
	// a time written as plain text is read as the note's anchors are
	for _, tt := range []struct {
		anchors []string
		want    int
	}{
		{[]string{"00:11:00", "04:47:00", "05:15:00"}, 61},
		{[]string{"00:11:07", "04:47:31", "05:15:12"}, 3660},
	} {
		body := "## A\n\nKesh built the first dock [01:01:00].\n\n"
		for i, v := range tt.anchors {
			body += fmt.Sprintf("Kesh built dock number %d %s.\n\n", i+2, anchor(v))
		}
		n, _, err := Parse("kesh.md", []byte("---\ntitle: Kesh\nvideoId: k1\n---\n"+body))
		if err != nil {
			t.Fatal(err)
		}
		if got := n.Sentences[0].T; got != tt.want {
			t.Errorf("plain [01:01:00] beside anchors %v: time %d, want %d", tt.anchors, got, tt.want)
		}
	}
}

// An Obsidian callout's marker is no prose, nor its title when its text
// goes on past the title's line: "[!TIP] Increase Exposure Hours" opens no
// sentence, and "[!NOTE] Ana Velt founded ..." is Ana Velt's sentence.
func TestParseCallouts(t *testing.T) {
	src := "# Kesh\n\n" +
		"> [!TIP] Increase Exposure Hours\n> The Kesh guild opened its second hall in 1210.\n\n" +
		"> [!NOTE] Ana Velt founded the Tarn market in 1215.\n\n" +
		"[!NOTE]\nOrrin Vela wrote the harbour rules in 1220.\n\n" +
		">[!info]- Related\n> The guild sold cloth in 1230.\n\n" +
		"> [!PRO TIP] Tobin Aster kept the books.\n\n" +
		"> [!quote|Velt] Ana Velt called the guild a family.\n\n" +
		"The [!NOTE] marker is only read at the start.\n"
	_, got := parseSentences(t, "kesh.md", src)
	want := []string{
		"The Kesh guild opened its second hall in 1210.",
		"Ana Velt founded the Tarn market in 1215.",
		"Orrin Vela wrote the harbour rules in 1220.",
		"The guild sold cloth in 1230.",
		"Tobin Aster kept the books.",
		"Ana Velt called the guild a family.",
		"The [!NOTE] marker is only read at the start.",
	}
	wantSentences(t, got, want)
}

func TestParseAnchorBrackets(t *testing.T) {
	const a = `<a class="yt-timestamp" data-t="00:02:14">00:02:14</a>`
	src := "# Kesh\n\n" +
		"Orrin Vela wrote under the alias \"Kesh Zone\" [" + a + "].\n\n" +
		"The guild sold cloth in 1230 [" + a + ", " + a + "]. Tobin kept the books [ " + a + " ].\n\n" +
		"Ana Velt said the guild was a family (" + a + ").\n\n" +
		"In Kesh code, 0 equals an empty array ([]) " + a + ".\n\n" +
		"The quay was rebuilt in 1240. " + a + ", " + a + "\n\n" + // commas only between anchors go
		"The duke taxed the quay in 1245 " + a + ", and the guild left.\n\n" + // a comma after one is prose
		"The guild's ships were both fast and light.\\[" + a + "\\]\n"
	n, got := parseSentences(t, "kesh.md", src)
	for _, s := range n.Sentences {
		if s.T != 134 {
			t.Errorf("%q: time %d, want 134", s.Text, s.T)
		}
	}
	want := []string{
		`Orrin Vela wrote under the alias "Kesh Zone".`,
		"The guild sold cloth in 1230.",
		"Tobin kept the books.",
		"Ana Velt said the guild was a family.",
		"In Kesh code, 0 equals an empty array ([]).", // brackets with no anchor in them are prose
		"The quay was rebuilt in 1240.",
		"The duke taxed the quay in 1245, and the guild left.",
		"The guild's ships were both fast and light.", // escaped brackets too
	}
	wantSentences(t, got, want)
}

// Quirks of notes written outside the pages the corpus comes from: a
// byte-order mark before the front matter, a one-line HTML comment (which
// goldmark closes on its own line without a closure line, and which once
// rejected the whole note as unterminated HTML), Windows line ends, and
// footnotes, whose references leave no text and whose definitions are not
// mined.
func TestParseEditorQuirks(t *testing.T) {
	src := "\xef\xbb\xbf---\r\ntitle: Vela Harbour\r\nvideoId: vela0000001\r\n---\r\n" +
		"# Vela Harbour\r\n\r\n## History\r\n" +
		"Orrin Tarn founded the harbour in 1201.\r\n<!-- check the year -->\r\n\r\n" +
		"The harbour closed in 1402 after the silt filled it[^1].\r\n\r\n" +
		"<!--\r\na comment of two lines\r\n-->\r\n" +
		"Ana Velt rebuilt it in 1410.\r\n\r\n" +
		"[^1]: Kesh chronicle, 1410.\r\n"
	n, got := parseSentences(t, "vela.md", src)
	if n.Title != "Vela Harbour" || n.VideoID != "vela0000001" {
		t.Errorf("title %q, video %q: the front matter was not read", n.Title, n.VideoID)
	}
	want := []string{
		"Orrin Tarn founded the harbour in 1201.",
		"The harbour closed in 1402 after the silt filled it.",
		"Ana Velt rebuilt it in 1410.",
	}
	wantSentences(t, got, want)
	if len(n.Sentences) == 3 && n.Sentences[2].Line != 16 {
		t.Errorf("line of %q = %d, want 16", n.Sentences[2].Text, n.Sentences[2].Line)
	}
}

// Obsidian's own syntax: tasks, highlights, embeds, comments, heading tags
// and display math are not prose, and none of their marks reach a sentence.
func TestParseObsidianSyntax(t *testing.T) {
	src := "# Kesh Trade\n\n%% private: check the dates %%\n## Founding #history #kesh/trade\n" +
		"- [ ] Orrin Tarn founded the Kesh guild in 1201.\n" +
		"- [x] The guild had ==about 400 members== by 1230.\n" +
		"- ![[map.png]] The map of Kesh was drawn in 1250.\n" +
		"- The toll rule `a %% b` was set in 1255.\n" +
		"- In 1260 the rule a == b held, and #1 was Tobin.\n\n" +
		"%%\nA block comment: the guild was dissolved in 1999.\n%%\n\n" +
		"$$\nE = mc^2 \\text{ in 1905}\n$$\n\n" +
		"```\nprintf(\"%%d\") %% in code\n```\n" +
		"Ana Velt became guild master in 1270.\n"
	n, got := parseSentences(t, "kesh.md", src)
	for _, s := range n.Sentences {
		if !slices.Equal(s.Heading, []string{"Founding"}) {
			t.Errorf("%q: heading %q, want [Founding]", s.Text, s.Heading)
		}
	}
	want := []string{
		"Orrin Tarn founded the Kesh guild in 1201.",
		"The guild had about 400 members by 1230.",
		"The map of Kesh was drawn in 1250.",
		"The toll rule a %% b was set in 1255.",
		"In 1260 the rule a == b held, and #1 was Tobin.",
		"Ana Velt became guild master in 1270.",
	}
	wantSentences(t, got, want)
	if len(n.Sentences) == len(want) && n.Sentences[5].Line != 22 {
		t.Errorf("line of %q = %d, want 22", n.Sentences[5].Text, n.Sentences[5].Line)
	}
}

// A superscript is a power ("10<sup>3</sup>" reads "10^3", not "103"),
// unless it is a reference mark: a number in brackets, or a number put
// after a word or a stop.
func TestParseSuperscripts(t *testing.T) {
	src := "# Kesh\n\nOrrin Tarn died in Kesh.<sup>1</sup> The Kesh quay is 10<sup>3</sup> metres long.\n\n" +
		"Ana Velt founded the Kesh market in 1262<sup>[2]</sup>. The bell weighs 2 tonnes<sup>2</sup>.\n\n" +
		"Orrin Tarn died in 1255<sup>1</sup>. The vat holds 3000<sup>2</sup> litres.\n\n" +
		"Water is H<sub>2</sub>O, and the area is 5 m<sup>2</sup>.\n"
	_, got := parseSentences(t, "kesh.md", src)
	want := []string{
		"Orrin Tarn died in Kesh.",
		"The Kesh quay is 10^3 metres long.",
		"Ana Velt founded the Kesh market in 1262.",
		"The bell weighs 2 tonnes.",
		"Orrin Tarn died in 1255.",
		"The vat holds 3000^2 litres.",
		"Water is H2O, and the area is 5 m^2.",
	}
	wantSentences(t, got, want)
}

// parseSentences parses src as the note at path and returns it with the
// texts of its sentences.
func parseSentences(t *testing.T, path, src string) (*Note, []string) {
	t.Helper()
	n, _, err := Parse(path, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range n.Sentences {
		got = append(got, s.Text)
	}
	return n, got
}

// wantSentences fails t unless the sentences parsed are want.
func wantSentences(t *testing.T, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("sentences:\n%q\nwant\n%q", got, want)
	}
}

// A list indented under a paragraph with no blank line between is the
// paragraph's text to markdown; its markers do not open sentences.
func TestParseIndentedListUnderParagraph(t *testing.T) {
	src := "# Kesh\n\nThe guild invests in two things:\n    *   **Cloth**: The guild sold cloth to Tarn in 1230.\n    -   Ana Velt kept the books from 1240.\n"
	_, got := parseSentences(t, "kesh.md", src)
	want := []string{
		"The guild invests in two things:",
		"Cloth: The guild sold cloth to Tarn in 1230.",
		"Ana Velt kept the books from 1240.",
	}
	wantSentences(t, got, want)
}

func TestAnchorLabel(t *testing.T) {
	for _, tc := range []struct {
		inner, target, stamp string
		ok                   bool
	}{
		{`t | <a class="yt-timestamp" data-t="00:59:03">[00:59:03]</a>`, "t", "00:59:03", true},
		{`t | <a class="yt-timestamp">[00:01:02]</a>`, "t", "[00:01:02]", true}, // no data-t: the label
		{`t | <a </a>`, "", "", false}, // the only ">" is the closing tag's
		{`t | <a class="yt-timestamp" data-t="1">sleep</a>`, "", "", false},
		{`t | label`, "", "", false},
	} {
		target, stamp, ok := anchorLabel([]byte(tc.inner))
		if string(target) != tc.target || string(stamp) != tc.stamp || ok != tc.ok {
			t.Errorf("anchorLabel(%q) = %q, %q, %v; want %q, %q, %v", tc.inner, target, stamp, ok, tc.target, tc.stamp, tc.ok)
		}
	}
}
