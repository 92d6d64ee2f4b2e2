-- 0001_init: the initial schema.
--
-- Conventions for every table:
--   * times are INTEGER unix milliseconds UTC; NULL means unknown or unset;
--   * booleans are INTEGER 0/1;
--   * *_json columns hold a JSON array (or object) as TEXT, '[]' when empty;
--   * money is INTEGER hundredths of the row's currency unit;
--   * enum-like TEXT columns hold the aftersale package's constant values.

-- IMAP position per (account, folder).
CREATE TABLE cursors (
	account     TEXT NOT NULL,    -- configured account name
	folder      TEXT NOT NULL,    -- IMAP folder name
	uidvalidity INTEGER NOT NULL, -- IMAP UIDVALIDITY the position belongs to
	last_uid    INTEGER NOT NULL, -- highest UID stored under uidvalidity
	updated_at  INTEGER NOT NULL, -- unix ms UTC
	PRIMARY KEY (account, folder)
) STRICT;

-- Every fetched mail. The raw bytes are stored before parsing; the parsed
-- columns are filled by SaveParsed (parsed_at not NULL afterwards).
CREATE TABLE messages (
	id               INTEGER PRIMARY KEY,
	account          TEXT NOT NULL,              -- configured account name
	folder           TEXT NOT NULL,              -- IMAP folder
	uidvalidity      INTEGER NOT NULL,           -- IMAP UIDVALIDITY
	uid              INTEGER NOT NULL,           -- IMAP UID under uidvalidity
	raw              BLOB NOT NULL,              -- RFC 5322 bytes as fetched (header only when truncated)
	size             INTEGER NOT NULL,           -- bytes in raw
	truncated        INTEGER NOT NULL DEFAULT 0, -- 1: over the size limit, raw is the header only
	internal_date    INTEGER,                    -- IMAP INTERNALDATE, unix ms UTC
	fetched_at       INTEGER NOT NULL,           -- when the daemon stored it, unix ms UTC
	parsed_at        INTEGER,                    -- when SaveParsed ran, unix ms UTC; NULL = not parsed yet
	parser_version   INTEGER NOT NULL DEFAULT 0, -- mailbox parser version that filled the parsed columns
	parse_error      TEXT NOT NULL DEFAULT '',   -- non-empty when parsing failed (row is flagged)
	message_id       TEXT NOT NULL DEFAULT '',   -- Message-ID header without angle brackets
	in_reply_to_json TEXT NOT NULL DEFAULT '[]', -- In-Reply-To ids, JSON array
	references_json  TEXT NOT NULL DEFAULT '[]', -- References ids oldest first, JSON array
	from_name        TEXT NOT NULL DEFAULT '',   -- display name of From
	from_addr        TEXT NOT NULL DEFAULT '',   -- address of From, lower-case
	reply_to         TEXT NOT NULL DEFAULT '',   -- Reply-To address
	to_json          TEXT NOT NULL DEFAULT '[]', -- To addresses, JSON array
	subject          TEXT NOT NULL DEFAULT '',   -- decoded Subject
	date             INTEGER,                    -- Date header, unix ms UTC
	text             TEXT NOT NULL DEFAULT '',   -- whole decoded text
	buyer_text       TEXT NOT NULL DEFAULT '',   -- the buyer's own words inside Amazon's template
	order_ids_json   TEXT NOT NULL DEFAULT '[]', -- 3-7-7 order ids, subject first, JSON array
	order_id         TEXT NOT NULL DEFAULT '',   -- first of order_ids_json, '' if none
	relay_alias      TEXT NOT NULL DEFAULT '',   -- buyer's alias@marketplace.amazon.<tld>
	marketplace      TEXT NOT NULL DEFAULT '',   -- marketplace domain, e.g. amazon.de
	buyer_name       TEXT NOT NULL DEFAULT '',   -- buyer's name
	asins_json       TEXT NOT NULL DEFAULT '[]', -- ASINs mentioned, JSON array
	attachments_json TEXT NOT NULL DEFAULT '[]', -- attachment file names, JSON array
	sender           TEXT NOT NULL DEFAULT '' CHECK (sender IN ('', 'buyer', 'amazon', 'other')), -- aftersale.SenderKind
	auto_reply       INTEGER NOT NULL DEFAULT 0, -- 1: RFC 3834 auto-reply
	flags_json       TEXT NOT NULL DEFAULT '[]', -- parse warnings, JSON array
	thread_key       TEXT NOT NULL DEFAULT '',   -- aftersale.Message.ThreadKey(): relay alias|order id
	UNIQUE (account, folder, uidvalidity, uid)
) STRICT;

CREATE INDEX messages_message_id ON messages (account, message_id) WHERE message_id <> '';
CREATE INDEX messages_thread ON messages (thread_key) WHERE parsed_at IS NOT NULL;
CREATE INDEX messages_unparsed ON messages (id) WHERE parsed_at IS NULL;

-- The classifier's verdict, one per message.
CREATE TABLE classifications (
	message_id         INTEGER PRIMARY KEY REFERENCES messages (id), -- the message classified
	case_type          TEXT NOT NULL,             -- aftersale.Case
	secondary          TEXT NOT NULL DEFAULT '',  -- optional second aftersale.Case
	sub_reason         TEXT NOT NULL DEFAULT '',  -- aftersale.SubReason of return_dissatisfied
	confidence         REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1), -- calibrated, 0..1
	needs_human        INTEGER NOT NULL,          -- 1: a person must read it
	reasons_json       TEXT NOT NULL DEFAULT '[]', -- why needs_human / rule hits, JSON array
	language           TEXT NOT NULL DEFAULT '',  -- ISO 639-1 of the buyer's text
	notice             TEXT NOT NULL DEFAULT '',  -- aftersale.Notice that decided it
	facts_json         TEXT NOT NULL DEFAULT '{}', -- aftersale.Facts, JSON object
	classifier_version TEXT NOT NULL,             -- classifier version that produced it
	classified_at      INTEGER NOT NULL           -- unix ms UTC
) STRICT;

-- What the seller's records say about each order; imports merge facts.
CREATE TABLE orders (
	id                     TEXT PRIMARY KEY CHECK (length(id) = 19), -- 3-7-7 Amazon order id
	status                 TEXT NOT NULL DEFAULT '',  -- aftersale.OrderStatus
	channel                TEXT NOT NULL DEFAULT '',  -- aftersale.Channel: fba or fbm
	marketplace            TEXT NOT NULL DEFAULT '',  -- sales channel, e.g. Amazon.de
	purchase_date          INTEGER,                   -- unix ms UTC
	product_name           TEXT NOT NULL DEFAULT '',
	sku                    TEXT NOT NULL DEFAULT '',
	asin                   TEXT NOT NULL DEFAULT '',
	quantity               INTEGER NOT NULL DEFAULT 0, -- units in the order
	currency               TEXT NOT NULL DEFAULT '',  -- ISO 4217
	item_value             INTEGER NOT NULL DEFAULT 0, -- item price total, hundredths of currency
	ship_date              INTEGER,                   -- unix ms UTC
	delivery_date          INTEGER,                   -- actual delivery, unix ms UTC
	latest_delivery        INTEGER,                   -- promised latest delivery, unix ms UTC
	carrier                TEXT NOT NULL DEFAULT '',
	tracking               TEXT NOT NULL DEFAULT '',  -- carrier tracking number
	refund_amount          INTEGER NOT NULL DEFAULT 0, -- hundredths of currency
	refund_date            INTEGER,                   -- unix ms UTC
	return_received        INTEGER,                   -- returned item back at the seller, unix ms UTC
	buyer_requested_cancel INTEGER NOT NULL DEFAULT 0, -- 1: is-buyer-requested-cancellation
	source                 TEXT NOT NULL DEFAULT '',  -- file the facts came from last
	created_at             INTEGER NOT NULL,          -- unix ms UTC
	updated_at             INTEGER NOT NULL           -- last merge, unix ms UTC
) STRICT;

-- One reply draft per buyer message. Every state change is a
-- compare-and-set on state.
CREATE TABLE drafts (
	id                INTEGER PRIMARY KEY,
	message_id        INTEGER NOT NULL UNIQUE REFERENCES messages (id), -- the buyer message answered
	account           TEXT NOT NULL,              -- account the reply is sent from
	case_type         TEXT NOT NULL,              -- aftersale.Case
	action            TEXT NOT NULL DEFAULT '',   -- playbook action name
	order_id          TEXT NOT NULL DEFAULT '',   -- 3-7-7 order id, '' if none (the order may be unknown)
	language          TEXT NOT NULL DEFAULT '',   -- ISO 639-1 of body
	seller_language   TEXT NOT NULL DEFAULT '',   -- ISO 639-1 of seller_body
	to_addr           TEXT NOT NULL DEFAULT '',   -- buyer's relay alias
	subject           TEXT NOT NULL DEFAULT '',
	body              TEXT NOT NULL DEFAULT '',   -- reply in the buyer's language
	seller_body       TEXT NOT NULL DEFAULT '',   -- the same reply in the seller's language
	in_reply_to       TEXT NOT NULL DEFAULT '',   -- Message-ID answered, without angle brackets
	references_json   TEXT NOT NULL DEFAULT '[]', -- References of the reply, JSON array
	state             TEXT NOT NULL CHECK (state IN ('proposed', 'approved', 'sending', 'sent', 'failed',
	                                                 'rejected', 'no_response_needed', 'send_unknown')),
	needs_human       INTEGER NOT NULL DEFAULT 0, -- 1: a person must read it before approval
	reasons_json      TEXT NOT NULL DEFAULT '[]', -- why a person must read it, JSON array
	findings_json     TEXT NOT NULL DEFAULT '[]', -- policy findings, JSON array of aftersale.Finding
	placeholders_json TEXT NOT NULL DEFAULT '[]', -- facts still to fill in, JSON array
	shown_at          INTEGER,                    -- first displayed to a person, unix ms UTC
	outgoing_id       TEXT NOT NULL DEFAULT '',   -- Message-ID of the reply, fixed at approval
	approved_by       TEXT NOT NULL DEFAULT '',
	approved_at       INTEGER,                    -- unix ms UTC
	auto_approved     INTEGER NOT NULL DEFAULT 0, -- 1: approved by the auto-approval policy
	override_reason   TEXT NOT NULL DEFAULT '',   -- why blocking findings were overridden
	reject_reason     TEXT NOT NULL DEFAULT '',
	last_error        TEXT NOT NULL DEFAULT '',   -- last send error
	attempts          INTEGER NOT NULL DEFAULT 0, -- send attempts that failed temporarily
	next_attempt      INTEGER,                    -- earliest next send, unix ms UTC; NULL = now
	deadline          INTEGER,                    -- Amazon's 24-hour reply deadline, unix ms UTC
	created_at        INTEGER NOT NULL,           -- unix ms UTC
	updated_at        INTEGER NOT NULL,           -- unix ms UTC
	sent_at           INTEGER,                    -- unix ms UTC
	edited            INTEGER NOT NULL DEFAULT 0, -- 1: a person changed the body
	CHECK (state NOT IN ('approved', 'sending', 'sent', 'send_unknown') OR outgoing_id <> '')
) STRICT;

CREATE INDEX drafts_state ON drafts (state, next_attempt);
CREATE INDEX drafts_deadline ON drafts (deadline);
CREATE UNIQUE INDEX drafts_outgoing_id ON drafts (outgoing_id) WHERE outgoing_id <> '';

-- Seller tasks beside a draft: Seller Central work with no API.
CREATE TABLE tasks (
	id          INTEGER PRIMARY KEY,
	draft_id    INTEGER NOT NULL REFERENCES drafts (id), -- the draft that promises or needs it
	order_id    TEXT NOT NULL DEFAULT '',  -- 3-7-7 order id, '' if none
	kind        TEXT NOT NULL,             -- aftersale.TaskKind
	description TEXT NOT NULL DEFAULT '',  -- what to do, in the seller's words
	due         INTEGER,                   -- unix ms UTC; NULL = no deadline
	done        INTEGER NOT NULL DEFAULT 0 -- 1: done
) STRICT;

CREATE INDEX tasks_draft ON tasks (draft_id);

-- Append-only log of sent replies: at most one per draft and per
-- outgoing Message-ID.
CREATE TABLE sent_log (
	id            INTEGER PRIMARY KEY,
	draft_id      INTEGER NOT NULL UNIQUE REFERENCES drafts (id), -- the draft sent
	account       TEXT NOT NULL,              -- account it was sent from
	message_id    TEXT NOT NULL UNIQUE,       -- outgoing Message-ID, without angle brackets
	to_addr       TEXT NOT NULL,              -- recipient (relay alias)
	subject       TEXT NOT NULL DEFAULT '',
	body          TEXT NOT NULL DEFAULT '',   -- the text sent
	order_id      TEXT NOT NULL DEFAULT '',   -- 3-7-7 order id, '' if none
	case_type     TEXT NOT NULL DEFAULT '',   -- aftersale.Case
	approved_by   TEXT NOT NULL DEFAULT '',
	auto_approved INTEGER NOT NULL DEFAULT 0, -- 1: auto-approved
	verdict       TEXT NOT NULL DEFAULT '',   -- policy verdict at send time: ok, warn, override: ...
	smtp_reply    TEXT NOT NULL DEFAULT '',   -- the SMTP server's final reply
	sent_at       INTEGER NOT NULL            -- unix ms UTC
) STRICT;

CREATE INDEX sent_log_sent_at ON sent_log (sent_at);

CREATE TRIGGER sent_log_no_update BEFORE UPDATE ON sent_log
BEGIN
	SELECT RAISE(ABORT, 'sent_log is append-only');
END;

CREATE TRIGGER sent_log_no_delete BEFORE DELETE ON sent_log
BEGIN
	SELECT RAISE(ABORT, 'sent_log is append-only');
END;

-- Who did what to a draft, and when. Append-only.
CREATE TABLE audit (
	id       INTEGER PRIMARY KEY,
	draft_id INTEGER NOT NULL REFERENCES drafts (id), -- the draft acted on
	at       INTEGER NOT NULL,          -- unix ms UTC
	actor    TEXT NOT NULL,             -- user name, "auto", or the worker ("drafter", "sender")
	action   TEXT NOT NULL,             -- e.g. create, approve, reject, edit, claim, sent, send_failed
	detail   TEXT NOT NULL DEFAULT ''   -- free text, never a message body
) STRICT;

CREATE INDEX audit_draft ON audit (draft_id, at);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
	SELECT RAISE(ABORT, 'audit is append-only');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
	SELECT RAISE(ABORT, 'audit is append-only');
END;
