package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/schollz/progressbar/v3"

	"github.com/recall-srs/recall/notes"
)

// errNoNotes is returned when paths held no readable note.
var errNoNotes = errors.New("no notes read")

// noteFiles expands paths into note files: a folder contributes its *.md
// files (recursively, sorted), a file is taken as given.
func noteFiles(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("read notes: %w", err)
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".md") {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read notes in %s: %w", p, err)
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}

// eachNote parses the notes under paths (files, or folders searched
// recursively for *.md) on every core and hands work's result for each
// note to emit, in file order. Only a bounded window of results is held at
// once, so a large corpus streams in little memory. Files that cannot be
// read as notes get a one-line warning on warn and are skipped. A path
// that does not exist is an error; so is reading no note at all
// (errNoNotes). progress, when not nil, makes a bar for the number of
// files, advanced as each is read (warnings clear it first).
func eachNote(paths []string, warn io.Writer, work func(*notes.Note) any, emit func(any), progress func(files int) *progressbar.ProgressBar) error {
	files, err := noteFiles(paths)
	if err != nil {
		return err
	}
	bar := progressbar.DefaultSilent(int64(len(files)))
	if progress != nil {
		bar = progress(len(files))
	}
	defer bar.Finish()
	type result struct {
		v    any
		warn []string
	}
	slots := make([]chan result, len(files))
	for i := range slots {
		slots[i] = make(chan result, 1)
	}
	workers := runtime.GOMAXPROCS(0)
	window := make(chan struct{}, 4*workers+16)
	next := make(chan int)
	go func() {
		for i := range files {
			window <- struct{}{}
			next <- i
		}
		close(next)
	}()
	for w := 0; w < workers; w++ {
		go func() {
			for i := range next {
				var r result
				src, err := os.ReadFile(files[i])
				if err != nil {
					r.warn = append(r.warn, fmt.Sprintf("%s: %v", files[i], unwrapPathError(err)))
					slots[i] <- r
					continue
				}
				n, warns, err := notes.Parse(files[i], src)
				for _, w := range warns {
					r.warn = append(r.warn, w.String())
				}
				if err != nil {
					r.warn = append(r.warn, err.Error()+" (skipped)")
				} else {
					r.v = work(n)
				}
				slots[i] <- r
			}
		}()
	}
	read := 0
	for i := range slots {
		r := <-slots[i]
		<-window
		if len(r.warn) > 0 {
			bar.Clear()
		}
		for _, w := range r.warn {
			fmt.Fprintln(warn, "recall: warning: "+w)
		}
		bar.Add(1)
		if r.v != nil {
			read++
			emit(r.v)
		}
	}
	if read == 0 {
		return fmt.Errorf("%w from %s", errNoNotes, strings.Join(paths, ", "))
	}
	return nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
