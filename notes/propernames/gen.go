//go:build ignore

// gen writes names.txt from SCOWL's American English list as Debian's
// wamerican package installs it: the words the list writes only with a
// capital (no possessives), so no common word is among them.
//
//	apt-get install wamerican && go run gen.go
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// dictPath is where wamerican puts the list; a path given as the first
// argument reads another copy.
var dictPath = "/usr/share/dict/american-english"

func main() {
	if len(os.Args) > 1 {
		dictPath = os.Args[1]
	}
	f, err := os.Open(dictPath)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var words []string
	lower := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.ContainsAny(w, "'’") {
			continue
		}
		words = append(words, w)
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	out, err := os.Create("names.txt")
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(out)
	seen := map[string]bool{}
	for _, word := range words {
		r, _ := utf8.DecodeRuneInString(word)
		low := strings.ToLower(word)
		if !unicode.IsUpper(r) || lower[low] || seen[low] {
			continue
		}
		seen[low] = true
		fmt.Fprintln(w, word)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := out.Close(); err != nil {
		log.Fatal(err)
	}
}
