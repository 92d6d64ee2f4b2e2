-- 0009_learning: what the seller teaches aftersale.
--
-- corrections: a case a person gave a buyer message instead of the
-- classifier's, with the buyer's words (personal data replaced by
-- placeholders such as <name> and <address>), kept as a training example.
-- It holds no personal data, so the retention purge leaves it, and it
-- stays when its message is purged.
CREATE TABLE corrections (
	id          INTEGER PRIMARY KEY,
	message_id  INTEGER UNIQUE REFERENCES messages (id), -- the message corrected; NULL: imported from a file
	text        TEXT NOT NULL CHECK (text <> ''),        -- the buyer's words, personal data replaced by placeholders
	language    TEXT NOT NULL,                           -- ISO 639-1 of text
	marketplace TEXT NOT NULL DEFAULT '',                -- e.g. amazon.de; '' if unknown
	case_type   TEXT NOT NULL,                           -- aftersale.Case given by the person
	sub_reason  TEXT NOT NULL DEFAULT '',                -- return_dissatisfied only
	previous    TEXT NOT NULL DEFAULT '',                -- the classifier's case; '' for an import
	source      TEXT NOT NULL CHECK (source IN ('reclassify', 'import')),
	created_by  TEXT NOT NULL,                           -- who corrected or imported it
	created_at  INTEGER NOT NULL,                        -- unix ms UTC
	UNIQUE (language, case_type, sub_reason, text)
) STRICT;

-- corrections_state.generation changes with every insert, update and
-- delete of a correction: the daemon's learner compares it to see whether
-- it must train again (another process, the CLI, may have changed them).
CREATE TABLE corrections_state (
	id         INTEGER PRIMARY KEY CHECK (id = 1),
	generation INTEGER NOT NULL -- counts the changes to corrections
) STRICT;
INSERT INTO corrections_state (id, generation) VALUES (1, 0);

CREATE TRIGGER corrections_insert AFTER INSERT ON corrections BEGIN
	UPDATE corrections_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER corrections_update AFTER UPDATE ON corrections BEGIN
	UPDATE corrections_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER corrections_delete AFTER DELETE ON corrections BEGIN
	UPDATE corrections_state SET generation = generation + 1 WHERE id = 1;
END;

-- model_cache: the case model trained from the shipped examples and the
-- corrections, so that start-up loads it instead of training (seconds).
-- Only the newest is kept.
CREATE TABLE model_cache (
	key        TEXT PRIMARY KEY, -- hex SHA-256 of what the model was trained from (features, parameters, examples, corrections)
	version    TEXT NOT NULL,    -- the classifier version that trained it
	model      BLOB NOT NULL,    -- the encoded model (classify's model file format)
	created_at INTEGER NOT NULL  -- unix ms UTC
) STRICT;

-- draft_originals: a draft's body as the drafter wrote it, saved when a
-- person first edits it, so that stats can show what sellers change in
-- the replies. It is personal data like the body: the purge blanks it
-- with its draft.
CREATE TABLE draft_originals (
	draft_id INTEGER PRIMARY KEY REFERENCES drafts (id),
	body     TEXT NOT NULL -- the body before the first edit; '' once purged
) STRICT;

CREATE TRIGGER drafts_keep_original AFTER UPDATE OF body ON drafts
WHEN OLD.body <> NEW.body AND NEW.edited = 1 AND NEW.purged_at IS NULL
BEGIN
	INSERT OR IGNORE INTO draft_originals (draft_id, body) VALUES (OLD.id, OLD.body);
END;
