package notes

import (
	"strconv"
	"strings"
	"testing"
)

// TestGlossaryHeading: a heading that is a glossary's label and nothing
// else names a glossary; one that says more heads prose.
func TestGlossaryHeading(t *testing.T) {
	T, C := GlossaryTerms, GlossaryConcepts
	for h, want := range map[string]GlossaryKind{
		"Key terms": T, "Glossary": T, "Definitions": T, "2. Vocabulary:": T, "Key Concepts": C,
		"Terms and Definitions": T, "Key Concepts & Definitions": T, "Terminology": T, "Core Concepts": C,
		"Key Concepts in Deep Learning": NoGlossary, "Problem Definition": NoGlossary, "The Terms of the Treaty": NoGlossary,
		"Terms": NoGlossary, "Organelles": NoGlossary, "The Definition of Life": NoGlossary,
	} {
		if got := glossaryHeading(h); got != want {
			t.Errorf("glossaryHeading(%q) = %q, want %q", h, got, want)
		}
	}
}

// TestExtractGlossary: in a glossary section each item or sentence that
// pairs a term with its meaning gives a definition fact of the term (a
// label with a colon or a dash, a plain "Term: meaning", "A term is a
// ..."), and a sentence about something else gives none; outside a
// glossary the same lines give no glossary fact. Parsed from markdown.
func TestExtractGlossary(t *testing.T) {
	src := []byte(`---
title: Harbour terms
---
# Harbour terms

## Key terms
- **Quay**: a stone platform where ships load and unload.
- **Bollard** – a short post that a ship's rope is tied to.
- Berth: the place where a ship is moored.
- A lighter is a flat-bottomed barge that carries goods from ships to the quay.
- Wharfage refers to the fee a port charges for goods crossing its quay.
- This is the most important idea of the unit.
- When a ship is moored, the crew rests.
- A crucial element is the tide.
- Dredging is similar to digging.
- **Lock**: a chamber whose gates are built of:

## Docks
- **Slipway**: a ramp on which ships are built.
`)
	n, _, err := Parse("harbour.md", src)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range Extract(n) {
		if f.Glossary == GlossaryTerms {
			if f.Kind != Definition {
				t.Errorf("glossary fact of kind %s: %+v", f.Kind, f)
			}
			got[f.Subject] = f.Answer
		}
	}
	want := map[string]string{
		"Quay":     "a stone platform where ships load and unload",
		"Bollard":  "a short post that a ship's rope is tied to",
		"Berth":    "the place where a ship is moored",
		"lighter":  "a flat-bottomed barge that carries goods from ships to the quay",
		"Wharfage": "the fee a port charges for goods crossing its quay",
	}
	sameDefinitions(t, got, want)
	// the sentence's other reading ("X is a Y" of any section, about the
	// heading) gives way to the glossary's
	for _, f := range Extract(n) {
		if f.Kind == Definition && strings.HasPrefix(f.Sentence, "A lighter") && f.Glossary == NoGlossary {
			t.Errorf("the lighter's sentence keeps a definition about %q: %q", f.Subject, f.Answer)
		}
	}
}

// TestExtractGlossaryTable: a two-column table under a glossary heading,
// or headed "Term | Definition" anywhere, gives a definition fact per row,
// at the row's line; a table of more columns, or of other headers outside
// a glossary, gives none.
func TestExtractGlossaryTable(t *testing.T) {
	src := []byte(`---
title: Harbour tables
---
# Harbour tables

## Vocabulary

| Word | Sense |
|---|---|
| Berth | the place where a ship is moored |
| Quay | a stone platform where ships load and unload |

## Tolls

| Term | Definition |
|---|---|
| Wharfage | the fee a port charges for goods crossing its quay |

| Ship | Tonnage |
|---|---|
| Vela | a barge of 300 tons |

| Term | Definition | Since |
|---|---|---|
| Pilotage | guiding ships into the harbour | 1201 |
`)
	n, _, err := Parse("tables.md", src)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range Extract(n) {
		if f.Glossary == GlossaryTerms {
			got[f.Subject] = f.Answer + " @" + strconv.Itoa(f.Line)
		}
	}
	want := map[string]string{
		"Berth":    "the place where a ship is moored @10",
		"Quay":     "a stone platform where ships load and unload @11",
		"Wharfage": "the fee a port charges for goods crossing its quay @17",
	}
	if len(got) != len(want) {
		t.Errorf("glossary facts %v, want %v", got, want)
	}
	for term, w := range want {
		if got[term] != w {
			t.Errorf("%s: %q, want %q", term, got[term], w)
		}
	}
	if len(n.Blocks) != 4 {
		t.Errorf("%d tables kept as blocks, want 4", len(n.Blocks))
	}
}

// TestExtractProseTerm: outside a glossary, a sentence that defines the
// term it opens on in bold (after an article at most) gives a definition
// of the term (GlossaryProse), in a paragraph or a list item, first in
// its paragraph or not, and so does the first sentence under a heading
// asking what the term is; a plural term's kind may go without an
// article when a relative clause says which ("small sacs that carry");
// a bold word that does not open the sentence, a verb that is no copula,
// a label before a colon, a judgement or an adverb after "are", or a
// later sentence under the heading gives none.
func TestExtractProseTerm(t *testing.T) {
	src := []byte(`---
title: Cell transport
---
# Cell transport

## Membranes
**Osmosis** is the movement of water across a membrane. **Diffusion** is the spread of particles from high to low concentration.
The **mitochondrion** is the organelle that releases energy from glucose.
Water crosses by **osmosis** and is the solvent of the cell.
**Kesh** was founded in 1201 by Ana Velt.
**Neuroplasticity** refers to the brain's ability to change.

## Organelles
- **Ribosomes** are the small structures that build proteins.
- **Important:** the exam is a test of the whole unit.
- **Lysosomes** matter because they digest waste.
- **Vesicles** are small sacs that carry proteins.
- **Enzymes** are important for digestion.
- **Cilia** are often found on cells that line the airways.

## What is a Vacuole?
A vacuole is a sac that stores water and nutrients in a cell.
A lysosome is a sac of enzymes that digest waste.

### What is it for?
It is the cell's store.
`)
	checkProseTerms(t, "cells.md", src, map[string]string{
		"Osmosis":         "the movement of water across a membrane",
		"Diffusion":       "the spread of particles from high to low concentration",
		"mitochondrion":   "the organelle that releases energy from glucose",
		"Neuroplasticity": "the brain's ability to change",
		"Ribosomes":       "the small structures that build proteins",
		"vacuole":         "a sac that stores water and nutrients in a cell",
		"Vesicles":        "small sacs that carry proteins",
	})
}

// checkProseTerms parses the note src and checks that its glossary facts
// are all terms defined in prose (Definition facts), with the meanings
// want gives.
func checkProseTerms(t *testing.T, path string, src []byte, want map[string]string) {
	t.Helper()
	n, _, err := Parse(path, src)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range Extract(n) {
		if f.Glossary != NoGlossary {
			if f.Glossary != GlossaryProse || f.Kind != Definition {
				t.Errorf("%s fact of kind %s: %+v", f.Glossary, f.Kind, f)
			}
			got[f.Subject] = f.Answer
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d definitions, want %d: %v", len(got), len(want), got)
	}
	for term, meaning := range want {
		if got[term] != meaning {
			t.Errorf("%s: got %q, want %q", term, got[term], meaning)
		}
	}
}

// TestAskedTerm: a heading asking what a term is names the term; one
// asking anything else names none.
func TestAskedTerm(t *testing.T) {
	for h, want := range map[string]string{
		"What is a Product Vision?": "Product Vision", "What are Emulsifiers?": "Emulsifiers",
		"what is the Glymphatic System?": "Glymphatic System", "What is Osmosis": "",
		"What is it?": "", "Why Pydantic AI?": "", "What is the most important thing in a startup?": "",
	} {
		if got := askedTerm(h); got != want {
			t.Errorf("askedTerm(%q) = %q, want %q", h, got, want)
		}
	}
}

// TestSectionNamedTerm: the first sentence under a heading that is a term
// alone defines the term when it opens on it with a copula and an
// article; a later sentence, another subject, a verb that is no copula or
// a heading that is no term gives none.
func TestSectionNamedTerm(t *testing.T) {
	src := []byte(`---
title: The brain
---
# The brain

## Neuroplasticity
Neuroplasticity is the brain's ability to change its structure and make new connections.
Neuroplasticity is a process that slows with age.

## Gradient Descent (GD)
Gradient descent is an optimization algorithm that lowers a loss step by step.

### The Kesh Method
The Kesh method is a way of learning names by walking through a house.

## Myelin
Myelin improves with sleep.

## Overview of the cortex
The cortex is the outer layer of the brain.

## Synapses
The brain holds trillions of them. A synapse is a junction between two neurons.

## Key Takeaways
Key takeaways are a summary of the lecture.
`)
	checkProseTerms(t, "brain.md", src, map[string]string{
		"Neuroplasticity":  "the brain's ability to change its structure and make new connections",
		"Gradient descent": "an optimization algorithm that lowers a loss step by step",
		"Kesh method":      "a way of learning names by walking through a house",
	})
}

func TestSectionTerm(t *testing.T) {
	for h, want := range map[string]string{
		"Neuroplasticity": "Neuroplasticity", "Gradient Descent (GD)": "Gradient Descent", "The Relative Value Model": "Relative Value Model",
		"Myelin:": "Myelin", "What is a Product Vision?": "Product Vision", "Why Pydantic AI?": "",
		"Origins, Spread and Decline": "", "1201": "", "How the Kesh Method Works in Six Short Steps": "",
	} {
		if got := sectionTerm(h); got != want {
			t.Errorf("sectionTerm(%q) = %q, want %q", h, got, want)
		}
	}
}

// sameDefinitions reports where got, the definitions read (subject →
// answer), differs from want: a subject missing or defined otherwise, or
// one defined that want lacks.
func sameDefinitions(t *testing.T, got, want map[string]string) {
	t.Helper()
	for subject, answer := range want {
		if got[subject] != answer {
			t.Errorf("%q: defined as %q, want %q", subject, got[subject], answer)
		}
	}
	for subject := range got {
		if _, ok := want[subject]; !ok {
			t.Errorf("unwanted definition of %q: %q", subject, got[subject])
		}
	}
}
