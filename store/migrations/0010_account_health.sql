-- 0010_account_health: each account's connection health, as the daemon's
-- poller last saw it, so that "aftersale status" shows a failing or
-- paused account without asking the running daemon.

CREATE TABLE account_health (
	account     TEXT PRIMARY KEY,          -- configured account name
	connected   INTEGER NOT NULL DEFAULT 0, -- 1: an IMAP session is open
	paused      INTEGER NOT NULL DEFAULT 0, -- 1: login refused or certificate untrusted; no attempts until restart or reload
	last_poll   INTEGER,                    -- end of the last successful check of all folders, unix ms UTC
	last_error  TEXT NOT NULL DEFAULT '',   -- the last error; '' after a successful check
	error_since INTEGER,                    -- when the current run of errors began, unix ms UTC; NULL without an error
	updated_at  INTEGER NOT NULL            -- when the poller last wrote this row, unix ms UTC
) STRICT;
