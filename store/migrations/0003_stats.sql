-- 0003: aggregates of the review log for `recall stats`, kept up to date by
-- triggers so that the statistics of a collection with millions of answers
-- read a few thousand rows instead of the whole log.
--
-- History is bucketed in 15-minute UTC slots (reviewed_at / 900000): every
-- real time zone offset and day-start hour falls on a slot boundary, so the
-- slots fold into local study days for any zone without rereading revlog.
--
-- A row's contribution depends only on the card's earlier rows. Appending an
-- answer (RecordAnswer) and deleting a card's latest answer (UndoLast) are
-- applied exactly by the triggers; any other change to the log (a row
-- inserted before later ones, an update, a delete of older rows as in prune)
-- marks the aggregates stale and the store rebuilds them from revlog before
-- the next read (store.RebuildStats).

CREATE TABLE stats_slots (
	slot    INTEGER PRIMARY KEY, -- reviewed_at / 900000
	reviews INTEGER NOT NULL DEFAULT 0,
	again   INTEGER NOT NULL DEFAULT 0, -- rating 1
	new     INTEGER NOT NULL DEFAULT 0, -- state_before 0
	ms      INTEGER NOT NULL DEFAULT 0  -- duration_ms
);

-- Retention reviews (Anki's true retention: the card was in review, or had an
-- interval of at least a day) by slot, gap in slots since the card's previous
-- retention review (200 = none or farther: always the first of its day),
-- maturity (interval before the answer >= 21 days) and outcome (Again fails).
CREATE TABLE stats_retention (
	slot   INTEGER NOT NULL,
	gap    INTEGER NOT NULL,
	mature INTEGER NOT NULL,
	fail   INTEGER NOT NULL,
	n      INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (slot, gap, mature, fail)
) WITHOUT ROWID;

CREATE TABLE stats_meta (
	id    INTEGER PRIMARY KEY CHECK (id = 1),
	stale INTEGER NOT NULL DEFAULT 1 -- 1: rebuild from revlog before reading
);
INSERT INTO stats_meta (id, stale) VALUES (1, 1);

-- The interval before an answer is the card's scheduled_days kept in prev.
CREATE TRIGGER stats_revlog_insert AFTER INSERT ON revlog
WHEN (SELECT stale FROM stats_meta WHERE id = 1) = 0
BEGIN
	UPDATE stats_meta SET stale = 1 WHERE id = 1 AND EXISTS (
		SELECT 1 FROM revlog l WHERE l.card_id = NEW.card_id AND (l.reviewed_at, l.id) > (NEW.reviewed_at, NEW.id));
	INSERT INTO stats_slots (slot, reviews, again, new, ms)
		SELECT NEW.reviewed_at / 900000, 1, NEW.rating = 1, NEW.state_before = 0, NEW.duration_ms
		WHERE (SELECT stale FROM stats_meta WHERE id = 1) = 0
		ON CONFLICT (slot) DO UPDATE SET reviews = reviews + 1, again = again + excluded.again,
			new = new + excluded.new, ms = ms + excluded.ms;
	INSERT INTO stats_retention (slot, gap, mature, fail, n)
		SELECT NEW.reviewed_at / 900000,
			coalesce(min(NEW.reviewed_at / 900000 - (
				SELECT p.reviewed_at FROM revlog p
				WHERE p.card_id = NEW.card_id AND (p.reviewed_at, p.id) < (NEW.reviewed_at, NEW.id)
					AND (p.state_before = 2 OR (p.state_before <> 0 AND coalesce(json_extract(p.prev, '$.memory.scheduled_days'), 0) >= 1))
				ORDER BY p.reviewed_at DESC, p.id DESC LIMIT 1
			) / 900000, 200), 200),
			coalesce(json_extract(NEW.prev, '$.memory.scheduled_days'), 0) >= 21, NEW.rating = 1, 1
		WHERE (SELECT stale FROM stats_meta WHERE id = 1) = 0
			AND (NEW.state_before = 2 OR (NEW.state_before <> 0 AND coalesce(json_extract(NEW.prev, '$.memory.scheduled_days'), 0) >= 1))
		ON CONFLICT (slot, gap, mature, fail) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER stats_revlog_delete AFTER DELETE ON revlog
WHEN (SELECT stale FROM stats_meta WHERE id = 1) = 0
BEGIN
	UPDATE stats_meta SET stale = 1 WHERE id = 1 AND EXISTS (
		SELECT 1 FROM revlog l WHERE l.card_id = OLD.card_id AND (l.reviewed_at, l.id) > (OLD.reviewed_at, OLD.id));
	UPDATE stats_slots SET reviews = reviews - 1, again = again - (OLD.rating = 1),
		new = new - (OLD.state_before = 0), ms = ms - OLD.duration_ms
		WHERE slot = OLD.reviewed_at / 900000 AND (SELECT stale FROM stats_meta WHERE id = 1) = 0;
	UPDATE stats_retention SET n = n - 1
		WHERE (SELECT stale FROM stats_meta WHERE id = 1) = 0
			AND (OLD.state_before = 2 OR (OLD.state_before <> 0 AND coalesce(json_extract(OLD.prev, '$.memory.scheduled_days'), 0) >= 1))
			AND slot = OLD.reviewed_at / 900000
			AND gap = coalesce(min(OLD.reviewed_at / 900000 - (
				SELECT p.reviewed_at FROM revlog p
				WHERE p.card_id = OLD.card_id AND (p.reviewed_at, p.id) < (OLD.reviewed_at, OLD.id)
					AND (p.state_before = 2 OR (p.state_before <> 0 AND coalesce(json_extract(p.prev, '$.memory.scheduled_days'), 0) >= 1))
				ORDER BY p.reviewed_at DESC, p.id DESC LIMIT 1
			) / 900000, 200), 200)
			AND mature = (coalesce(json_extract(OLD.prev, '$.memory.scheduled_days'), 0) >= 21)
			AND fail = (OLD.rating = 1);
	DELETE FROM stats_slots WHERE slot = OLD.reviewed_at / 900000 AND reviews <= 0;
	DELETE FROM stats_retention WHERE slot = OLD.reviewed_at / 900000 AND n <= 0;
END;

CREATE TRIGGER stats_revlog_update AFTER UPDATE OF card_id, reviewed_at, rating, state_before, duration_ms, prev ON revlog
BEGIN
	UPDATE stats_meta SET stale = 1 WHERE id = 1;
END;
