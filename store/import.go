package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/notes"
)

// NoteImport is one note read afresh and the cards generated from it.
type NoteImport struct {
	Path    string
	Title   string
	VideoID string
	Hash    string // content hash of the file; unchanged hashes are skipped next time
	Cards   []cards.Card
}

// ImportSummary counts what an import did.
type ImportSummary struct {
	Notes       int      `json:"notes"`     // notes read (parsed or skipped)
	Skipped     int      `json:"skipped"`   // notes whose content hash was unchanged
	Added       int      `json:"added"`     // new cards
	Updated     int      `json:"updated"`   // cards whose wording changed (history kept)
	Unchanged   int      `json:"unchanged"` // cards kept as they were
	Orphaned    int      `json:"orphaned"`  // cards no longer generated (kept, hidden)
	OrphanedIDs []string `json:"orphaned_ids,omitempty"`
}

// ImportRequest is everything one import stores, in one transaction.
type ImportRequest struct {
	Now     time.Time
	Changed []NoteImport // notes read afresh, in note order
	// Seen holds every note path found (changed and skipped). A note stored
	// under one of Roots but no longer seen has its cards orphaned.
	Seen  []string
	Roots []string // the paths given to import; a directory ends in "/"
	// Progress, when set, is called after each changed note is stored.
	Progress func(done int)
}

// NoteHashes returns the content hash stored for each note path.
func (db *DB) NoteHashes(ctx context.Context) (map[string]string, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT path, content_hash FROM notes`)
	if err != nil {
		return nil, describe(db.path, err)
	}
	defer rows.Close()
	m := map[string]string{}
	for rows.Next() {
		var p, h string
		if err := rows.Scan(&p, &h); err != nil {
			return nil, err
		}
		m[p] = h
	}
	return m, rows.Err()
}

// CardHash fingerprints what a generator produced for a card, so that an
// import can tell a changed wording from an unchanged card.
func CardHash(c cards.Card) string {
	h, _ := appendCardHash(nil, &c, notes.HeadingPath(c.Fact.Heading))
	return h
}

// appendCardHash is CardHash with a scratch buffer the caller keeps between
// cards and the card's heading path, which the caller stores too: the
// fields are laid out in buf (each followed by a zero byte) and hashed at
// once, which allocates nothing but the result.
func appendCardHash(buf []byte, c *cards.Card, heading string) (string, []byte) {
	f := &c.Fact
	buf = buf[:0]
	field := func(s string) { buf = append(append(buf, s...), 0) }
	field(string(c.Type))
	field(c.Question)
	field(c.Answer)
	for i, ch := range c.Choices {
		if i > 0 {
			buf = append(buf, 1)
		}
		buf = append(buf, ch...)
	}
	buf = append(buf, 0)
	buf = append(strconv.AppendInt(buf, int64(c.Key), 10), 0)
	field(string(c.Kind))
	buf = append(strconv.AppendFloat(buf, c.Score, 'g', -1, 64), 0)
	field(c.Siblings)
	field(f.Subject)
	field(f.Answer)
	field(f.Value)
	field(f.Sentence)
	field(heading)
	buf = append(strconv.AppendInt(buf, int64(f.Line), 10), 0)
	buf = append(strconv.AppendInt(buf, int64(f.T), 10), 0)
	field(f.URL)
	field(f.Cue)
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:16]), buf
}

// Import stores the result of reading notes: added cards, updated wording
// (memory and history kept), orphaned cards (kept, hidden). It is one
// transaction: a failure leaves the collection as it was.
func (db *DB) Import(ctx context.Context, req ImportRequest) (ImportSummary, error) {
	var sum ImportSummary
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		sum, err = importTx(ctx, tx, req)
		return err
	})
	if err != nil {
		return ImportSummary{}, describe(db.path, err)
	}
	return sum, nil
}

// cardColumnsList are the generated columns of a new card, in the order
// insertArgs appends them.
const cardColumnsList = `id, note_id, type, question, answer, choices, key, kind, score, siblings,
	subject, fact_answer, value, sentence, heading, line, t, url, cue, position, content_hash`

// cardColumnCount is the number of columns in cardColumnsList.
var cardColumnCount = strings.Count(cardColumnsList, ",") + 1

// insertBatch is how many new cards one INSERT statement adds: one
// statement per row spends more in database/sql and the driver than SQLite
// spends storing the row.
const insertBatch = 64

// importCacheKiB is the page cache size of the import transaction, in the
// negative KiB form of PRAGMA cache_size (256 MiB).
const importCacheKiB = -262144

// insertCardsSQL is an INSERT of n rows of cardColumnsList.
func insertCardsSQL(n int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", cardColumnCount), ", ") + ")"
	return "INSERT INTO cards (" + cardColumnsList + ") VALUES " + strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
}

// preparedCard is what the SQL loop needs of a card beyond the card itself,
// computed on another goroutine while SQLite works.
type preparedCard struct {
	dup     bool // made already by this note or an earlier one: the first wins
	hash    string
	choices string // JSON array
	heading string
}

// prepareNotes computes the hash and column values of every card of changed,
// one note at a time, in order, until done is closed. made collects the
// card IDs seen; the caller may read it once it has received every note.
func prepareNotes(changed []NoteImport, done <-chan struct{}) (prepared <-chan []preparedCard, made map[string]struct{}) {
	out := make(chan []preparedCard, 64)
	made = map[string]struct{}{}
	go func() {
		defer close(out)
		var buf []byte
		for _, n := range changed {
			prep := make([]preparedCard, len(n.Cards))
			for i := range n.Cards {
				c := &n.Cards[i]
				p := &prep[i]
				if _, p.dup = made[c.ID]; p.dup || c.ID == "" {
					continue
				}
				made[c.ID] = struct{}{}
				p.heading = notes.HeadingPath(c.Fact.Heading)
				p.hash, buf = appendCardHash(buf, c, p.heading)
				p.choices, buf = choicesJSON(buf, c.Choices)
			}
			select {
			case out <- prep:
			case <-done:
				return
			}
		}
	}()
	return out, made
}

// choicesJSON is json.Marshal of choices ("[]" for none), written by hand
// for the common case of plain ASCII that needs no escaping.
func choicesJSON(buf []byte, choices []string) (string, []byte) {
	if len(choices) == 0 {
		return "[]", buf
	}
	buf = append(buf[:0], '[')
	for i, ch := range choices {
		for k := 0; k < len(ch); k++ {
			if b := ch[k]; b < 0x20 || b >= 0x80 || b == '"' || b == '\\' || b == '<' || b == '>' || b == '&' {
				js, _ := json.Marshal(choices) // a []string always marshals
				return string(js), buf
			}
		}
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(append(append(buf, '"'), ch...), '"')
	}
	buf = append(buf, ']')
	return string(buf), buf
}

func importTx(ctx context.Context, tx *sql.Tx, req ImportRequest) (sum ImportSummary, err error) {
	prep := func(q string) (*sql.Stmt, error) { return tx.PrepareContext(ctx, q) }
	// A page cache that holds the cards of a large import: SQLite then
	// does not spill dirty pages to the WAL half-way and read them back to
	// build the indexes. Pages are allocated only as they are used.
	var cache int64
	if err := tx.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&cache); err != nil {
		return sum, err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA cache_size = %d`, importCacheKiB)); err != nil {
		return sum, err
	}
	defer tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA cache_size = %d`, cache))
	// The next position is read when the first new card needs one: max
	// over all cards reads the whole table (no index covers every card).
	nextPos := int64(-1)
	var hadCards bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM cards)`).Scan(&hadCards); err != nil {
		return sum, err
	}
	// Into an empty collection, building the secondary indexes once at the
	// end is cheaper than keeping them up to date row by row. DDL is
	// transactional in SQLite, so a failure still leaves nothing behind.
	if !hadCards {
		idx, err := dropCardIndexes(ctx, tx)
		if err != nil {
			return sum, err
		}
		defer func() {
			if err == nil {
				err = recreate(ctx, tx, idx)
			}
		}()
	}
	// A note is looked up, then inserted or updated: an upsert with
	// RETURNING costs SQLite a temporary table per note.
	selNote, err := prep(`SELECT id FROM notes WHERE path = ?`)
	if err != nil {
		return sum, err
	}
	defer selNote.Close()
	insNote, err := prep(`INSERT INTO notes (path, title, video_id, content_hash, imported_at) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return sum, err
	}
	defer insNote.Close()
	updNote, err := prep(`UPDATE notes SET title = ?, video_id = ?, content_hash = ?, imported_at = ? WHERE id = ?`)
	if err != nil {
		return sum, err
	}
	defer updNote.Close()
	storeNote := func(n *NoteImport, now int64) (int64, error) {
		var id int64
		err := selNote.QueryRowContext(ctx, n.Path).Scan(&id)
		switch {
		case err == nil:
			_, err = updNote.ExecContext(ctx, n.Title, n.VideoID, n.Hash, now, id)
			return id, err
		case !errors.Is(err, sql.ErrNoRows):
			return 0, err
		}
		res, err := insNote.ExecContext(ctx, n.Path, n.Title, n.VideoID, n.Hash, now)
		if err != nil {
			return 0, err
		}
		return res.LastInsertId()
	}
	noteCards, err := prep(`SELECT id, content_hash, orphaned FROM cards WHERE note_id = ?`)
	if err != nil {
		return sum, err
	}
	defer noteCards.Close()
	byID, err := prep(`SELECT note_id, content_hash, orphaned FROM cards WHERE id = ?`)
	if err != nil {
		return sum, err
	}
	defer byID.Close()
	insCards, err := prep(insertCardsSQL(insertBatch))
	if err != nil {
		return sum, err
	}
	defer insCards.Close()
	updCard, err := prep(`UPDATE cards SET note_id = ?, type = ?, question = ?, answer = ?, choices = ?, key = ?,
		kind = ?, score = ?, siblings = ?, subject = ?, fact_answer = ?, value = ?, sentence = ?, heading = ?,
		line = ?, t = ?, url = ?, cue = ?, content_hash = ?, orphaned = 0 WHERE id = ?`)
	if err != nil {
		return sum, err
	}
	defer updCard.Close()
	orphan, err := prep(`UPDATE cards SET orphaned = 1 WHERE id = ?`)
	if err != nil {
		return sum, err
	}
	defer orphan.Close()

	type existing struct {
		hash     string
		orphaned bool
	}
	now := req.Now.UnixMilli()
	var gone []string // cards of changed notes that may be orphaned
	// New cards are added in note order (their positions), insertBatch rows
	// per statement.
	batch := make([]any, 0, insertBatch*cardColumnCount)
	var batchIDs []string
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		st, n := insCards, len(batch)/cardColumnCount
		if n < insertBatch {
			var err error
			if st, err = prep(insertCardsSQL(n)); err != nil {
				return err
			}
			defer st.Close()
		}
		if _, err := st.ExecContext(ctx, batch...); err != nil {
			return fmt.Errorf("add cards %s to %s: %w", batchIDs[0], batchIDs[len(batchIDs)-1], err)
		}
		batch, batchIDs = batch[:0], batchIDs[:0]
		return nil
	}
	done := make(chan struct{})
	defer close(done)
	prepared, made := prepareNotes(req.Changed, done)
	for i := range req.Changed {
		n, pc := &req.Changed[i], <-prepared
		noteID, err := storeNote(n, now)
		if err != nil {
			return sum, fmt.Errorf("store note %s: %w", n.Path, err)
		}
		var old map[string]existing
		if hadCards {
			old = map[string]existing{}
			rows, err := noteCards.QueryContext(ctx, noteID)
			if err != nil {
				return sum, err
			}
			for rows.Next() {
				var id string
				var e existing
				if err := rows.Scan(&id, &e.hash, &e.orphaned); err != nil {
					rows.Close()
					return sum, err
				}
				old[id] = e
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return sum, err
			}
		}
		for i := range n.Cards {
			c, p := &n.Cards[i], &pc[i]
			if c.ID == "" {
				return sum, fmt.Errorf("note %s: a card has no ID", n.Path)
			}
			if p.dup {
				continue // the generator repeated itself; the first wins
			}
			h := p.hash
			e, ok := old[c.ID]
			sameNote := ok
			if !ok && hadCards {
				// The card may have moved here from another note.
				var otherNote int64
				err := byID.QueryRowContext(ctx, c.ID).Scan(&otherNote, &e.hash, &e.orphaned)
				switch {
				case err == nil:
					ok = true
				case !errors.Is(err, sql.ErrNoRows):
					return sum, err
				}
			}
			if ok && sameNote && e.hash == h && !e.orphaned {
				sum.Unchanged++
				continue
			}
			f := &c.Fact
			if ok {
				if _, err := updCard.ExecContext(ctx, noteID, string(c.Type), c.Question, c.Answer, p.choices,
					int64(c.Key), string(c.Kind), c.Score, c.Siblings, f.Subject, f.Answer, f.Value, f.Sentence,
					p.heading, int64(f.Line), int64(f.T), f.URL, f.Cue, h, c.ID); err != nil {
					return sum, fmt.Errorf("update card %s of %s: %w", c.ID, n.Path, err)
				}
				sum.Updated++
				continue
			}
			if nextPos < 0 {
				if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(position), -1) + 1 FROM cards`).Scan(&nextPos); err != nil {
					return sum, err
				}
			}
			batch = append(batch, c.ID, noteID, string(c.Type), c.Question, c.Answer, p.choices,
				int64(c.Key), string(c.Kind), c.Score, c.Siblings, f.Subject, f.Answer, f.Value, f.Sentence,
				p.heading, int64(f.Line), int64(f.T), f.URL, f.Cue, nextPos, h)
			batchIDs = append(batchIDs, c.ID)
			nextPos++
			sum.Added++
			if len(batchIDs) == insertBatch {
				if err := flush(); err != nil {
					return sum, err
				}
			}
		}
		for id, e := range old {
			if !e.orphaned {
				gone = append(gone, id)
			}
		}
		if req.Progress != nil {
			req.Progress(1)
		}
	}
	if err := flush(); err != nil {
		return sum, err
	}
	// Orphan at the end: a card may have moved to a note read later. Every
	// note was received, so made is complete and no longer written.
	sort.Strings(gone)
	for _, id := range gone {
		if _, ok := made[id]; ok {
			continue
		}
		if _, err := orphan.ExecContext(ctx, id); err != nil {
			return sum, err
		}
		sum.Orphaned++
		sum.OrphanedIDs = append(sum.OrphanedIDs, id)
	}

	// Notes that vanished from the imported directories lose their cards to
	// the orphan list; notes seen but skipped count as unchanged.
	if len(req.Roots) > 0 || len(req.Seen) > 0 {
		if _, err := tx.ExecContext(ctx, `CREATE TEMP TABLE IF NOT EXISTS import_seen (path TEXT PRIMARY KEY)`); err != nil {
			return sum, err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM import_seen`); err != nil {
			return sum, err
		}
		ins, err := prep(`INSERT OR IGNORE INTO import_seen (path) VALUES (?)`)
		if err != nil {
			return sum, err
		}
		for _, p := range req.Seen {
			if _, err := ins.ExecContext(ctx, p); err != nil {
				ins.Close()
				return sum, err
			}
		}
		ins.Close()
		changed := make(map[string]bool, len(req.Changed))
		for _, n := range req.Changed {
			changed[n.Path] = true
		}
		var skippedCards int
		// CROSS JOIN fixes the order: seen paths, their notes, then an
		// index-only count of each note's cards.
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM import_seen s CROSS JOIN notes n CROSS JOIN cards c
			WHERE n.path = s.path AND c.note_id = n.id AND c.orphaned = 0`).Scan(&skippedCards); err != nil {
			return sum, err
		}
		if len(req.Seen) > 0 {
			// Active cards of every seen note, minus what this import added or rewrote.
			sum.Unchanged = skippedCards - sum.Added - sum.Updated
		}
		for _, root := range req.Roots {
			cond := "n.path = ?"
			if strings.HasSuffix(root, "/") {
				cond = "instr(n.path, ?) = 1"
			}
			rows, err := tx.QueryContext(ctx, `SELECT c.id FROM notes n CROSS JOIN cards c
				WHERE `+cond+` AND n.path NOT IN (SELECT path FROM import_seen)
				AND c.note_id = n.id AND c.orphaned = 0 ORDER BY c.id`, root)
			if err != nil {
				return sum, err
			}
			var ids []string
			for rows.Next() {
				var id string
				if err := rows.Scan(&id); err != nil {
					rows.Close()
					return sum, err
				}
				ids = append(ids, id)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return sum, err
			}
			for _, id := range ids {
				if _, err := orphan.ExecContext(ctx, id); err != nil {
					return sum, err
				}
			}
			sum.Orphaned += len(ids)
			sum.OrphanedIDs = append(sum.OrphanedIDs, ids...)
		}
		if _, err := tx.ExecContext(ctx, `DROP TABLE import_seen`); err != nil {
			return sum, err
		}
	}
	return sum, nil
}

// dropCardIndexes drops the cards table's own indexes and returns the SQL
// that makes them again.
func dropCardIndexes(ctx context.Context, tx *sql.Tx) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'cards' AND sql IS NOT NULL`)
	if err != nil {
		return nil, err
	}
	var names, defs []string
	for rows.Next() {
		var n, d string
		if err := rows.Scan(&n, &d); err != nil {
			rows.Close()
			return nil, err
		}
		names, defs = append(names, n), append(defs, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, n := range names {
		if _, err := tx.ExecContext(ctx, `DROP INDEX "`+n+`"`); err != nil {
			return nil, err
		}
	}
	return defs, nil
}

func recreate(ctx context.Context, tx *sql.Tx, defs []string) error {
	for _, d := range defs {
		if _, err := tx.ExecContext(ctx, d); err != nil {
			return fmt.Errorf("rebuild index: %w", err)
		}
	}
	return nil
}

// Orphans lists the orphaned cards.
func (db *DB) Orphans(ctx context.Context) ([]*StoredCard, error) {
	return db.queryCards(ctx, `SELECT `+cardColumns+` FROM cards c JOIN notes n ON n.id = c.note_id
		WHERE c.orphaned = 1 ORDER BY n.path, c.position`)
}

// PruneSummary counts what Prune deleted.
type PruneSummary struct {
	Cards   int `json:"cards"`
	Reviews int `json:"reviews"`
	Notes   int `json:"notes"`
}

// Prune deletes orphaned cards with their review history, and notes left
// without cards that are no longer on disk (their hash is cleared by import).
// It is the only way history is ever deleted.
func (db *DB) Prune(ctx context.Context) (PruneSummary, error) {
	var s PruneSummary
	err := db.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM revlog WHERE card_id IN (SELECT id FROM cards WHERE orphaned = 1)`)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		s.Reviews = int(n)
		if res, err = tx.ExecContext(ctx, `DELETE FROM cards WHERE orphaned = 1`); err != nil {
			return err
		}
		n, _ = res.RowsAffected()
		s.Cards = int(n)
		if res, err = tx.ExecContext(ctx, `DELETE FROM notes WHERE NOT EXISTS (SELECT 1 FROM cards c WHERE c.note_id = notes.id)`); err != nil {
			return err
		}
		n, _ = res.RowsAffected()
		s.Notes = int(n)
		return nil
	})
	if err != nil {
		return PruneSummary{}, describe(db.path, err)
	}
	return s, nil
}
