// Package notes reads study notes written in markdown (YAML front matter,
// [[wiki | links]], bullet lists with bold labels, YouTube timestamp anchors)
// and finds the facts in them that are worth learning.
//
// The package does no I/O: callers hand it the bytes of a note and its path.
package notes

// Note is one parsed markdown file.
type Note struct {
	Path    string            // path as given by the caller (used in messages and as identity fallback)
	Title   string            // front matter title, else first heading, else file name
	VideoID string            // front matter videoId; empty when absent
	Channel string            // target of the "From: [[channel]]" line
	Meta    map[string]string // every other front matter key
	// Sentences in document order. Tables and code blocks are kept in Blocks
	// but never produce sentences, so they are never mined for facts.
	Sentences []Sentence
	Blocks    []Block
	// Cards are the cards the writer wrote into the note in the syntax
	// of Anki, the Obsidian plugin or hashcards (see written.go), in
	// document order; their lines are not among the Sentences.
	Cards []WrittenCard
}

// InOrder calls sentence with the index of each of the note's sentences
// and card with each card written into it, in document order: a card
// comes before the sentences of later lines.
func (n *Note) InOrder(sentence func(i int), card func(c *WrittenCard)) {
	w := 0
	for i := range n.Sentences {
		for ; w < len(n.Cards) && n.Cards[w].Line < n.Sentences[i].Line; w++ {
			card(&n.Cards[w])
		}
		sentence(i)
	}
	for ; w < len(n.Cards); w++ {
		card(&n.Cards[w])
	}
}

// Block is a table or code block kept verbatim (not mined).
type Block struct {
	Kind    string   // "table" or "code"
	Heading []string // heading path the block sits under
	Line    int      // 1-based line of the block's first line
	Text    string
}

// Sentence is one sentence of clean text (links read as their label, anchors
// and other inline HTML removed).
type Sentence struct {
	Text    string
	Heading []string // heading path, outermost first: ["The Cyber Attacks", "Impact of the Attacks"]
	Line    int      // 1-based line in the file where the sentence starts
	T       int      // seconds of the first timestamp anchor after it (or its paragraph's); -1 when none
	Label   string   // bold label of the enclosing list item ("Iran" for "**Iran:**"), nearest first
	Labels  []string // all bold labels from the outermost enclosing list item inward
	Block   string   // "paragraph", "item", "quote", "heading", "cell" (a data table's, as "Field: value") or "row" (its dated cell as a sentence: see dataTable)
	Links   []Link   // wiki links inside the sentence
	// LabelLen is the length of the bold label opening Text ("Iran:" in
	// "Iran: Denied the claims"); 0 when the sentence does not open with one.
	LabelLen int
	// Glossary is the kind of glossary a table's row comes from (a row is
	// read as "Term: meaning."), NoGlossary for any other sentence.
	Glossary GlossaryKind
	// TermLen is the length of a **bold** run that opens the sentence,
	// after an article at most (7, "Osmosis", of "**Osmosis** is the
	// movement ..."), 0 when none; Asked is set on the first sentence
	// under a heading asking what a term is ("What is a Product
	// Vision?"). Either way the writer marks a term the sentence may
	// define. (Small numbers, which sit in the padding after Glossary: a
	// note of the corpus has a hundred sentences, and a string here was 16
	// megabytes more to read the corpus.)
	TermLen uint16
	Asked   bool
}

// Link is a [[target | label]] wiki link; Label equals Target for [[target]].
type Link struct {
	Target string
	Label  string
}

// Kind is what a fact is about.
type Kind string

const (
	Population Kind = "population"
	Date       Kind = "date"
	Actor      Kind = "actor"
	Response   Kind = "response"
	Ranking    Kind = "ranking"
	Quantity   Kind = "quantity"
	Place      Kind = "place"
	Definition Kind = "definition"
	Cause      Kind = "cause"
	// Written is a card the writer wrote into the note (see written.go):
	// Subject is its question (a cloze's whole text), Answer its answer.
	Written Kind = "written"
)

// Fact is something a teacher would ask about, with the span that answers it.
type Fact struct {
	Kind     Kind     `json:"kind"`
	Subject  string   `json:"subject"`  // what the fact is about, resolved from context
	Answer   string   `json:"answer"`   // the exact answer span, as written in Sentence
	Value    string   `json:"value"`    // normalised value: "90000000", "2022-07-15", "2014/2016"; empty when none
	Sentence string   `json:"sentence"` // the clean sentence
	Start    int      `json:"-"`        // byte offset of Answer in Sentence
	LabelLen int      `json:"-"`        // length of the bold label opening Sentence ("Iran:"), 0 when none
	Label    string   `json:"-"`        // bold label of the list item Sentence is in ("Iran"), for each of its sentences; "" when none
	Heading  []string `json:"-"`        // heading path
	Note     string   `json:"note"`     // note path
	Title    string   `json:"title"`
	VideoID  string   `json:"video_id"`
	Line     int      `json:"line"`
	T        int      `json:"t"`   // seconds; -1 when the sentence has no time
	URL      string   `json:"url"` // https://www.youtube.com/watch?v=ID&t=Ns; empty without videoId
	// Cue is the text of the sentence that leads to the answer (the predicate
	// or the words before the span), used by cards to phrase questions.
	Cue string `json:"cue,omitempty"`
	// Reported is the share of the note's sentences that report what
	// someone says ("Aster explains that ..."): high in the notes of a
	// conversation, whose facts are more often views and anecdotes (see
	// talk.go).
	Reported float32 `json:"-"`
	// Terse is set on the facts of a note written in short lines (its
	// sentences average terseWords words or fewer), as learners write
	// their own notes: a short sentence there is the writer's style, not
	// a fragment leaning on the sentences around it.
	Terse bool `json:"-"`
	// TableField is set on the Definition a data table's cell gives of a
	// field no fact sheet is read for ("the depth of Kesh Harbour"; see
	// dataTable): the columns of the tables of talks are a talk's own
	// comparisons more often than a thing's fields ("the production tools
	// of the vector database").
	TableField bool `json:"-"`
	// Glossary is set on a Definition fact read from a glossary (see
	// glossary.go): Subject is the term and Answer all of its meaning.
	Glossary GlossaryKind `json:"glossary,omitempty"`
	// Form is how a Written fact's card asks; NotWritten for any other.
	Form CardForm `json:"form,omitempty"`
}

// GlossaryKind tells a list of terms from one of concepts (see glossary.go).
// It is a byte, which Fact holds in the padding after Reported: Generate
// copies facts whole, and a string kind made every Fact 16 bytes larger.
type GlossaryKind uint8

const (
	NoGlossary       GlossaryKind = iota
	GlossaryTerms                 // "Key terms", "Vocabulary", a "Term | Definition" table
	GlossaryConcepts              // "Key Concepts", "Core Concepts"
	GlossaryProse                 // a term defined in prose: opening its sentence in bold, or asked by the heading above
)

// String is "terms", "concepts", "prose" or "".
func (k GlossaryKind) String() string {
	switch k {
	case GlossaryTerms:
		return "terms"
	case GlossaryConcepts:
		return "concepts"
	case GlossaryProse:
		return "prose"
	}
	return ""
}

// MarshalText writes k as String does.
func (k GlossaryKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// HeadingPath joins a heading path for display: "A › B".
func HeadingPath(h []string) string {
	s := ""
	for i, p := range h {
		if i > 0 {
			s += " › "
		}
		s += p
	}
	return s
}
