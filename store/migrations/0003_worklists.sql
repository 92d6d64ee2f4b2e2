-- 0003_worklists: constant-cost work lists for the classifier and the drafter.
--
-- Unclassified and Undrafted used to find their work with NOT EXISTS over
-- every message in id order: each batch re-read all the work already done,
-- which made ingesting a large mailbox quadratic. Two flags on messages,
-- kept by triggers whatever code inserts or deletes the rows, and partial
-- indexes over the rows still waiting make each batch cost what it returns.

-- messages.classified: 1 once the message has its classifications row.
ALTER TABLE messages ADD COLUMN classified INTEGER NOT NULL DEFAULT 0;

-- messages.drafted: 1 once the message has its drafts row.
ALTER TABLE messages ADD COLUMN drafted INTEGER NOT NULL DEFAULT 0;

UPDATE messages SET
	classified = EXISTS (SELECT 1 FROM classifications c WHERE c.message_id = messages.id),
	drafted = EXISTS (SELECT 1 FROM drafts d WHERE d.message_id = messages.id);

CREATE TRIGGER classifications_flag_insert AFTER INSERT ON classifications
BEGIN
	UPDATE messages SET classified = 1 WHERE id = NEW.message_id;
END;

CREATE TRIGGER classifications_flag_delete AFTER DELETE ON classifications
BEGIN
	UPDATE messages SET classified = 0 WHERE id = OLD.message_id;
END;

CREATE TRIGGER drafts_flag_insert AFTER INSERT ON drafts
BEGIN
	UPDATE messages SET drafted = 1 WHERE id = NEW.message_id;
END;

CREATE TRIGGER drafts_flag_delete AFTER DELETE ON drafts
BEGIN
	UPDATE messages SET drafted = 0 WHERE id = OLD.message_id;
END;

-- Parsed messages waiting for the classifier (Unclassified).
CREATE INDEX messages_unclassified ON messages (id) WHERE parsed_at IS NOT NULL AND classified = 0;

-- Classified messages waiting for the drafter (Undrafted).
CREATE INDEX messages_undrafted ON messages (id) WHERE classified = 1 AND drafted = 0;
