-- 0002_retention: the data-protection purge (store/purge.go).
--
-- Amazon's Data Protection Policy limits how long a seller keeps buyers'
-- personal data. Purge blanks it (names, addresses, subjects, raw and
-- decoded bodies, extracted facts) once a thread is past the retention
-- period and records when in purged_at; the rows, their ids, cases, states
-- and times stay for statistics.

-- messages.purged_at: when the retention purge blanked the row's personal
-- data, unix ms UTC; NULL = not purged.
ALTER TABLE messages ADD COLUMN purged_at INTEGER;

-- drafts.purged_at: when the purge blanked the draft's recipient, subject
-- and bodies, unix ms UTC; NULL = not purged.
ALTER TABLE drafts ADD COLUMN purged_at INTEGER;

-- sent_log.purged_at: when the purge blanked the row's recipient, subject
-- and body, unix ms UTC; NULL = not purged.
ALTER TABLE sent_log ADD COLUMN purged_at INTEGER;

-- sent_log stays append-only for its facts. The one update allowed is the
-- purge's: recipient, subject and body blanked, purged_at set once, every
-- other column unchanged.
DROP TRIGGER sent_log_no_update;

CREATE TRIGGER sent_log_no_update BEFORE UPDATE ON sent_log
WHEN NOT (
	OLD.purged_at IS NULL AND NEW.purged_at IS NOT NULL
	AND NEW.to_addr = '' AND NEW.subject = '' AND NEW.body = ''
	AND NEW.id IS OLD.id AND NEW.draft_id IS OLD.draft_id AND NEW.account IS OLD.account
	AND NEW.message_id IS OLD.message_id AND NEW.order_id IS OLD.order_id
	AND NEW.case_type IS OLD.case_type AND NEW.approved_by IS OLD.approved_by
	AND NEW.auto_approved IS OLD.auto_approved AND NEW.verdict IS OLD.verdict
	AND NEW.smtp_reply IS OLD.smtp_reply AND NEW.sent_at IS OLD.sent_at
)
BEGIN
	SELECT RAISE(ABORT, 'sent_log is append-only: only the retention purge may blank recipient, subject and body');
END;
