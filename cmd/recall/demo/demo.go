// Package demo holds the demo deck built into the binary: three short study
// notes written for recall in the same format as real notes (front matter,
// From line, headings, bullets with bold labels, timestamp anchors).
package demo

import "embed"

// Notes holds the demo notes (*.md at the root of the FS).
//
//go:embed *.md
var Notes embed.FS
