-- 0001: the first collection schema. Times are unix milliseconds (0 = never).

CREATE TABLE notes (
	id           INTEGER PRIMARY KEY,
	path         TEXT NOT NULL UNIQUE,
	title        TEXT NOT NULL DEFAULT '',
	video_id     TEXT NOT NULL DEFAULT '',
	content_hash TEXT NOT NULL DEFAULT '',
	imported_at  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE cards (
	id             TEXT PRIMARY KEY,
	note_id        INTEGER NOT NULL REFERENCES notes(id),
	type           TEXT NOT NULL,
	question       TEXT NOT NULL,
	answer         TEXT NOT NULL,
	choices        TEXT NOT NULL DEFAULT '[]', -- JSON array
	key            INTEGER NOT NULL DEFAULT -1,
	kind           TEXT NOT NULL DEFAULT '',
	score          REAL NOT NULL DEFAULT 0,
	siblings       TEXT NOT NULL DEFAULT '',
	subject        TEXT NOT NULL DEFAULT '',
	fact_answer    TEXT NOT NULL DEFAULT '',
	value          TEXT NOT NULL DEFAULT '',
	sentence       TEXT NOT NULL DEFAULT '',
	heading        TEXT NOT NULL DEFAULT '', -- "A › B"
	line           INTEGER NOT NULL DEFAULT 0,
	t              INTEGER NOT NULL DEFAULT -1,
	url            TEXT NOT NULL DEFAULT '',
	cue            TEXT NOT NULL DEFAULT '',
	position       INTEGER NOT NULL DEFAULT 0, -- note order, for new cards
	content_hash   TEXT NOT NULL DEFAULT '',   -- of the generated fields, to tell updated from unchanged
	-- memory state
	state          INTEGER NOT NULL DEFAULT 0,
	step           INTEGER NOT NULL DEFAULT 0,
	stability      REAL NOT NULL DEFAULT 0,
	difficulty     REAL NOT NULL DEFAULT 0,
	due            INTEGER NOT NULL DEFAULT 0,
	last_review    INTEGER NOT NULL DEFAULT 0,
	reps           INTEGER NOT NULL DEFAULT 0,
	lapses         INTEGER NOT NULL DEFAULT 0,
	scheduled_days INTEGER NOT NULL DEFAULT 0,
	elapsed_days   INTEGER NOT NULL DEFAULT 0,
	ease           REAL NOT NULL DEFAULT 0,
	-- queue flags
	suspended      INTEGER NOT NULL DEFAULT 0,
	buried_until   INTEGER NOT NULL DEFAULT 0,
	orphaned       INTEGER NOT NULL DEFAULT 0,
	leech          INTEGER NOT NULL DEFAULT 0
);

-- The queues read only active cards; partial indexes keep them small and let
-- NextCard seek straight to the first due card of each queue.
CREATE INDEX cards_due ON cards(state, due) WHERE suspended = 0 AND orphaned = 0;
CREATE INDEX cards_new ON cards(position) WHERE state = 0 AND suspended = 0 AND orphaned = 0;
CREATE INDEX cards_note ON cards(note_id, orphaned);
CREATE INDEX cards_siblings ON cards(siblings);

-- Append-only review log. prev holds the card's state before the answer (JSON)
-- so the last answer can be undone.
CREATE TABLE revlog (
	id             INTEGER PRIMARY KEY,
	card_id        TEXT NOT NULL REFERENCES cards(id),
	reviewed_at    INTEGER NOT NULL,
	rating         INTEGER NOT NULL,
	state_before   INTEGER NOT NULL,
	elapsed_days   INTEGER NOT NULL DEFAULT 0,
	scheduled_days INTEGER NOT NULL DEFAULT 0,
	stability      REAL NOT NULL DEFAULT 0,
	difficulty     REAL NOT NULL DEFAULT 0,
	due            INTEGER NOT NULL DEFAULT 0,
	duration_ms    INTEGER NOT NULL DEFAULT 0,
	typed          TEXT NOT NULL DEFAULT '',
	verdict        TEXT NOT NULL DEFAULT '',
	source         TEXT NOT NULL DEFAULT 'review',
	prev           TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX revlog_card ON revlog(card_id, reviewed_at);
CREATE INDEX revlog_time ON revlog(reviewed_at);

CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

CREATE TABLE quizzes (
	id         TEXT PRIMARY KEY,
	created_at INTEGER NOT NULL,
	spec       TEXT NOT NULL DEFAULT '{}',
	card_ids   TEXT NOT NULL DEFAULT '[]'
);
