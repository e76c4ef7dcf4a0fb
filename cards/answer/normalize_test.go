package answer

import (
	"strings"
	"testing"
)

func TestEachWordIsWords(t *testing.T) {
	for _, s := range []string{
		"", "The Great Satan!", "Iran's 2.8 million, 90,000 people", "costs $5 or 10%", "’Atatürk’ – “quoted”",
		"ALL CAPS and Mixed-Case words's", "a,b.c 1,2.3 x'y '", "naïve café Ünïcödé", "trailing 5,", "€20 and £3",
	} {
		var got []string
		EachWord(s, func(w []byte) bool { got = append(got, string(w)); return true })
		if want := Words(s); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("EachWord(%q) = %q, want Words %q", s, got, want)
		}
	}
}

func TestAppendNormalizeIsNormalize(t *testing.T) {
	for _, s := range []string{"", "the", "The Great Satan!", "a $ sign", "An apple, the pear", "naïve café", "x the y"} {
		if got := string(AppendNormalize([]byte("keep:"), s)); got != "keep:"+Normalize(s) {
			t.Errorf("AppendNormalize(%q) = %q, want %q", s, got, "keep:"+Normalize(s))
		}
	}
}
