-- 0009_queue: draft revisions, which revision each person saw, and the
-- classifications a person replaced.

-- drafts.revision counts the versions of a draft's text: 1 as drafted, +1
-- for every edit and every redraft after a reclassification. An approval
-- names the revision it approves and is refused when the draft changed.
ALTER TABLE drafts ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;

-- draft_views: the newest revision of each draft each person was shown
-- (queue show, queue review), so that an approval without an explicit
-- revision approves what that person saw, or is refused.
CREATE TABLE draft_views (
	draft_id INTEGER NOT NULL REFERENCES drafts (id), -- the draft shown
	viewer   TEXT NOT NULL,                           -- who was shown it
	revision INTEGER NOT NULL,                        -- drafts.revision shown
	at       INTEGER NOT NULL,                        -- unix ms UTC
	PRIMARY KEY (draft_id, viewer)
) STRICT;

-- classification_history: a message's earlier classifications, kept when
-- a person reclassifies it (the current one stays in classifications).
-- facts_json holds the buyer's personal data: the purge blanks it.
CREATE TABLE classification_history (
	id                 INTEGER PRIMARY KEY,
	message_id         INTEGER NOT NULL REFERENCES messages (id), -- the message classified
	case_type          TEXT NOT NULL,             -- aftersale.Case
	secondary          TEXT NOT NULL DEFAULT '',  -- optional second aftersale.Case
	sub_reason         TEXT NOT NULL DEFAULT '',  -- aftersale.SubReason of return_dissatisfied
	confidence         REAL NOT NULL,             -- 0..1
	needs_human        INTEGER NOT NULL,          -- 1: a person must read it
	reasons_json       TEXT NOT NULL DEFAULT '[]', -- JSON array
	language           TEXT NOT NULL DEFAULT '',  -- ISO 639-1
	notice             TEXT NOT NULL DEFAULT '',  -- aftersale.Notice
	facts_json         TEXT NOT NULL DEFAULT '{}', -- aftersale.Facts; '{}' once purged
	classifier_version TEXT NOT NULL,             -- who produced it: a classifier version, or "person"
	classified_at      INTEGER NOT NULL,          -- unix ms UTC
	origin             TEXT NOT NULL DEFAULT '',  -- aftersale.Origin
	replaced_at        INTEGER NOT NULL,          -- when a person replaced it, unix ms UTC
	replaced_by        TEXT NOT NULL              -- who replaced it
) STRICT;

CREATE INDEX classification_history_message ON classification_history (message_id);
