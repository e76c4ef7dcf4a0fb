package notes

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// corpusDir unpacks ../shared/corpus into a temporary folder once per test
// binary (tar with xz), or skips when the corpus or tar is missing.
// RECALL_CORPUS_DIR names an already unpacked copy.
var (
	corpusOnce sync.Once
	corpusPath string
	corpusErr  string
)

// TestMain removes the unpacked corpus when the tests are done.
func TestMain(m *testing.M) {
	code := m.Run()
	if corpusPath != "" {
		os.RemoveAll(corpusPath)
	}
	os.Exit(code)
}

func corpusDir(tb testing.TB) string {
	if d := os.Getenv("RECALL_CORPUS_DIR"); d != "" {
		return d
	}
	shared := sharedDir(tb)
	corpusOnce.Do(func() {
		archive := filepath.Join(shared, "corpus", "tubegraph-10k.tar.xz")
		if _, err := os.Stat(archive); err != nil {
			corpusErr = "corpus not found: " + err.Error()
			return
		}
		dir, err := os.MkdirTemp("", "recall-corpus-")
		if err != nil {
			corpusErr = err.Error()
			return
		}
		if out, err := exec.Command("tar", "-xJf", archive, "-C", dir).CombinedOutput(); err != nil {
			corpusErr = "unpack corpus: " + err.Error() + ": " + string(out)
			return
		}
		corpusPath = dir
	})
	if corpusErr != "" {
		tb.Skip(corpusErr)
	}
	return corpusPath
}

func corpusFiles(tb testing.TB) []string {
	var files []string
	err := filepath.WalkDir(corpusDir(tb), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return files
}

// TestCorpus reads every real note of the corpus on every core: no panic,
// no hang, and (almost) every page is read.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus test skipped in -short mode")
	}
	files := corpusFiles(t)
	if len(files) < 10000 {
		t.Fatalf("corpus has %d notes, want 10000", len(files))
	}
	var read, skipped, facts atomic.Int64
	var wg sync.WaitGroup
	next := make(chan string)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range next {
				src, err := os.ReadFile(p)
				if err != nil {
					t.Error(err)
					continue
				}
				n, _, err := Parse(p, src)
				if err != nil {
					skipped.Add(1)
					continue
				}
				read.Add(1)
				facts.Add(int64(len(Extract(n))))
			}
		}()
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
	t.Logf("read %d notes, skipped %d, %d facts", read.Load(), skipped.Load(), facts.Load())
	if read.Load() < int64(len(files))*99/100 {
		t.Errorf("read only %d of %d notes", read.Load(), len(files))
	}
}

// BenchmarkCorpus measures parsing plus extraction over the whole corpus
// held in memory, on GOMAXPROCS goroutines; it reports MB/s over all cores.
// Run: go test ./notes -run '^$' -bench Corpus -benchtime 1x -cpu 1,2
func BenchmarkCorpus(b *testing.B) {
	files := corpusFiles(b)
	srcs := make([][]byte, len(files))
	var total int64
	for i, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs[i] = src
		total += int64(len(src))
	}
	b.SetBytes(total)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var next atomic.Int64
		var wg sync.WaitGroup
		for w := 0; w < runtime.GOMAXPROCS(0); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					k := int(next.Add(1)) - 1
					if k >= len(srcs) {
						return
					}
					if n, _, err := Parse(files[k], srcs[k]); err == nil {
						Extract(n)
					}
				}
			}()
		}
		wg.Wait()
	}
}
