-- 0004_sent_copies: the optional copy of each sent reply in the account's
-- IMAP Sent folder (mailbox.SentCopier, [[account]] sent_folder).
--
-- sent_log is append-only, so what was copied is kept beside it: one
-- sent_copies row per sent-log row once an attempt was made. A reply is
-- only copied if it was sent at or after the copier first ran for its
-- account (sent_copy_accounts.enabled_at): turning the feature on does not
-- file years of old replies into the Sent folder.

CREATE TABLE sent_copy_accounts (
	account    TEXT PRIMARY KEY, -- account name ([[account]] name)
	enabled_at INTEGER NOT NULL, -- unix ms UTC: first run of the copier; replies sent before are never copied
	last_error TEXT NOT NULL DEFAULT '', -- why the last pass failed for the whole account (login, folder); '' after a good pass
	error_at   INTEGER           -- unix ms UTC of last_error; NULL when there is none
) STRICT;

CREATE TABLE sent_copies (
	sent_id      INTEGER PRIMARY KEY REFERENCES sent_log (id), -- the reply copied
	account      TEXT NOT NULL,             -- account of the sent-log row
	folder       TEXT NOT NULL DEFAULT '',  -- folder it was copied to, '' until copied
	copied_at    INTEGER,                   -- unix ms UTC; NULL: not copied yet
	found        INTEGER NOT NULL DEFAULT 0, -- 1: already in the folder (an APPEND whose marking was lost, or a server that files sent mail itself), not appended again
	attempts     INTEGER NOT NULL DEFAULT 0, -- failed attempts
	last_error   TEXT NOT NULL DEFAULT '',  -- reason of the last failed attempt
	next_attempt INTEGER                    -- unix ms UTC: not retried before; NULL: at once
) STRICT;
