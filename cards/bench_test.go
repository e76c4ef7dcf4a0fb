package cards

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/recall-srs/recall/notes"
)

// The speed target: generating cards adds at most 25% to the time of fact
// extraction on the same notes. Compare
//
//	go test ./cards -run '^$' -bench 'Corpus' -benchtime 1x
//
// BenchmarkCorpusExtract (parsed notes → facts) with BenchmarkCorpusGenerate
// (facts → cards) over the 10,000-note corpus, unpacked once into a
// temporary folder. Nothing here runs without -bench.

// The parsed notes are not kept: the import lets them go before it
// generates cards, and 10,000 of them alive would make every garbage
// collection during the benchmarks mark them again.
var corpus struct {
	once  sync.Once
	srcs  map[string][]byte
	facts []notes.Fact
	err   error
}

func loadCorpus(b *testing.B) []notes.Fact {
	corpus.once.Do(func() {
		archive, err := filepath.Abs(filepath.Join("..", "..", "shared", "corpus", "tubegraph-10k.tar.xz"))
		if err != nil {
			corpus.err = err
			return
		}
		dir, err := os.MkdirTemp("", "recall-corpus-")
		if err != nil {
			corpus.err = err
			return
		}
		defer os.RemoveAll(dir)
		if out, err := exec.Command("tar", "-xJf", archive, "-C", dir).CombinedOutput(); err != nil {
			corpus.err = err
			b.Logf("tar: %s", out)
			return
		}
		corpus.err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || filepath.Ext(p) != ".md" {
				return err
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if corpus.srcs == nil {
				corpus.srcs = map[string][]byte{}
			}
			corpus.srcs[p] = src
			n, _, err := notes.Parse(p, src)
			if err != nil {
				return nil // not a note: the corpus has a few
			}
			corpus.facts = append(corpus.facts, notes.Extract(n)...)
			return nil
		})
	})
	if corpus.err != nil {
		b.Fatalf("load corpus: %v", corpus.err)
	}
	return corpus.facts
}

// BenchmarkCorpusExtract is fact extraction as recall does it: note bytes
// parsed and mined for facts (file reading excluded).
func BenchmarkCorpusExtract(b *testing.B) {
	loadCorpus(b)
	n := 0
	reportCPU(b, func() {
		n = 0
		for p, src := range corpus.srcs {
			if note, _, err := notes.Parse(p, src); err == nil {
				n += len(notes.Extract(note))
			}
		}
	})
	b.ReportMetric(float64(n), "facts")
}

// BenchmarkCorpusMine is the mining step alone, on parsed notes.
func BenchmarkCorpusMine(b *testing.B) {
	loadCorpus(b)
	var ns []*notes.Note
	for p, src := range corpus.srcs {
		if n, _, err := notes.Parse(p, src); err == nil {
			ns = append(ns, n)
		}
	}
	reportCPU(b, func() {
		for _, note := range ns {
			notes.Extract(note)
		}
	})
}

func BenchmarkCorpusGenerate(b *testing.B) {
	facts := loadCorpus(b)
	n := 0
	reportCPU(b, func() { n = len(Generate(facts, Options{Seed: 1})) })
	b.ReportMetric(float64(n), "cards")
}

// BenchmarkCorpusEveryCard is `recall cards --min-score 0`: every card,
// each at the score the highest filtered run gives it.
func BenchmarkCorpusEveryCard(b *testing.B) {
	facts := loadCorpus(b)
	n := 0
	reportCPU(b, func() { n = len(Generate(facts, Options{Seed: 1, MinScore: -1})) })
	b.ReportMetric(float64(n), "cards")
}

func BenchmarkSharedExtract(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "notes", "*.md"))
	srcs := map[string][]byte{}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs[p] = src
	}
	reportCPU(b, func() {
		for p, src := range srcs {
			if n, _, err := notes.Parse(p, src); err == nil {
				notes.Extract(n)
			}
		}
	})
}

func BenchmarkSharedGenerate(b *testing.B) {
	facts := sharedFacts(b)
	reportCPU(b, func() { Generate(facts, Options{Seed: 1}) })
}

// cpuTime is the CPU time this process has used, user and system: on a
// shared machine wall time swings with other load, CPU time much less, so
// benchmarks report it as cpu-ms/op beside ns/op. System time is mostly
// page faults on fresh heap (costly on a virtual machine), so it is
// reported on its own too.
func cpuTime() (user, sys time.Duration) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, 0
	}
	return time.Duration(ru.Utime.Nano()), time.Duration(ru.Stime.Nano())
}

// reportCPU runs f b.N times and reports CPU milliseconds per op.
func reportCPU(b *testing.B, f func()) {
	b.ResetTimer()
	u0, s0 := cpuTime()
	for i := 0; i < b.N; i++ {
		f()
	}
	u1, s1 := cpuTime()
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) / float64(b.N) }
	b.ReportMetric(ms(u1-u0+s1-s0), "cpu-ms/op")
	b.ReportMetric(ms(s1-s0), "sys-ms/op")
}

// BenchmarkSharedCheck grades answers a learner might type to every card
// of the shared notes at --min-score 0.6 (the card's answer, in small
// letters, without its first or last word, and a wrong one: another
// card's answer of the same kind), one Check per op. The target is a
// grade that the learner does not wait for: well under a millisecond.
func BenchmarkSharedCheck(b *testing.B) {
	cs := Generate(sharedFacts(b), Options{Seed: 1, MinScore: 0.6})
	type try struct {
		c     Card
		typed string
	}
	var tries []try
	last := map[notes.Kind]string{}
	for _, c := range cs {
		if c.Type != QA && c.Type != Cloze {
			continue
		}
		tries = append(tries, try{c, c.Answer}, try{c, strings.ToLower(c.Answer)})
		if w := strings.Fields(c.Answer); len(w) > 1 {
			tries = append(tries, try{c, strings.Join(w[1:], " ")}, try{c, strings.Join(w[:len(w)-1], " ")})
		}
		if other, ok := last[c.Kind]; ok {
			tries = append(tries, try{c, other})
		}
		last[c.Kind] = c.Answer
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t := tries[i%len(tries)]
		Check(t.typed, t.c)
	}
}

// BenchmarkLongTable makes the cards of a note that is one table of
// 20,000 countries: each row a section of its own, so that what is read
// once a note or a section grows with the square of its size shows here
// (about 5 s before topics read large scopes through maps, half a second
// now).
func BenchmarkLongTable(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("# Lands\n\n| Country | Capital | Currency | Population |\n|---|---|---|---|\n")
	for i := range 20000 {
		fmt.Fprintf(&sb, "| Land%d | City%d | Coin%d | %d million |\n", i, i, i, 1+i%900)
	}
	n, _, err := notes.Parse("lands.md", []byte(sb.String()))
	if err != nil {
		b.Fatal(err)
	}
	facts := notes.Extract(n)
	cards := 0
	reportCPU(b, func() { cards = len(Generate(facts, Options{Seed: 1})) })
	b.ReportMetric(float64(cards), "cards")
}
