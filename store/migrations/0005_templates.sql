-- 0005_templates: lines of Amazon's wrappers learned from the mailbox itself
-- (mailbox.TemplateLearner).
--
-- A line that recurs in the mail of many different buyers of one
-- marketplace (or in many notices of one Amazon sender) is Amazon's
-- wrapper, not a buyer's words. Candidate lines are counted per
-- contributor (a buyer's relay alias; for Amazon notices the order), so
-- that one buyer repeating a sentence never makes it template. Until a
-- line is learned only 64-bit hashes of it and of its contributors are
-- kept, never the text; a learned line keeps its normalised text (digits,
-- ids, names and links replaced), for display.
--
-- messages.buyer_text may be rewritten after parsing: before a message is
-- classified the learned lines of its source are dropped from it
-- (mailbox.Template.Apply).

-- messages.learned: 1 once the template learner has read the message.
ALTER TABLE messages ADD COLUMN learned INTEGER NOT NULL DEFAULT 0;

-- Parsed messages the learner has not read yet (Unlearned).
CREATE INDEX messages_unlearned ON messages (id) WHERE parsed_at IS NOT NULL AND learned = 0;

-- One row per source of wrappers.
CREATE TABLE template_sources (
	source       TEXT PRIMARY KEY, -- mailbox.TemplateSource: "relay:amazon.de", "amazon:order-update@amazon.com"
	contributors INTEGER NOT NULL  -- distinct contributors seen (rows of template_contributors)
) STRICT;

-- Which contributors a source has seen.
CREATE TABLE template_contributors (
	source      TEXT NOT NULL,    -- template_sources.source
	contributor INTEGER NOT NULL, -- 64-bit hash of the relay alias, or of the order of an Amazon notice
	PRIMARY KEY (source, contributor)
) STRICT, WITHOUT ROWID;

-- Candidate and learned lines, per source.
CREATE TABLE template_lines (
	source       TEXT NOT NULL,           -- template_sources.source
	line         INTEGER NOT NULL,        -- 64-bit hash of the normalised line (mailbox.TemplateKey)
	contributors INTEGER NOT NULL,        -- distinct contributors whose mail had the line
	text         TEXT NOT NULL DEFAULT '', -- the normalised line once learned; '' while a candidate
	learned_at   INTEGER,                 -- unix ms UTC when it became template; NULL: still a candidate
	PRIMARY KEY (source, line)
) STRICT, WITHOUT ROWID;

CREATE INDEX template_lines_learned ON template_lines (source) WHERE learned_at IS NOT NULL;

-- Which contributor had which candidate line; deleted once the line is
-- learned.
CREATE TABLE template_sightings (
	source      TEXT NOT NULL,    -- template_sources.source
	line        INTEGER NOT NULL, -- template_lines.line
	contributor INTEGER NOT NULL, -- template_contributors.contributor
	PRIMARY KEY (source, line, contributor)
) STRICT, WITHOUT ROWID;
