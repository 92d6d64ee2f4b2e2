-- 0008_audit_purge: the retention purge blanks audit details too.
--
-- An audit detail can hold a buyer's personal data: an SMTP server's
-- reply naming the relay alias it refused, a reason a person typed. Purge
-- blanks the details of a purged conversation's drafts and records when in
-- purged_at; who did what to which draft, and when, stays.

-- audit.purged_at: when the retention purge blanked the row's detail, unix
-- ms UTC; NULL = not purged.
ALTER TABLE audit ADD COLUMN purged_at INTEGER;

-- audit stays append-only for its facts. The one update allowed is the
-- purge's: detail blanked, purged_at set once, every other column
-- unchanged.
DROP TRIGGER audit_no_update;

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
WHEN NOT (
	OLD.purged_at IS NULL AND NEW.purged_at IS NOT NULL AND NEW.detail = ''
	AND NEW.id IS OLD.id AND NEW.draft_id IS OLD.draft_id AND NEW.at IS OLD.at
	AND NEW.actor IS OLD.actor AND NEW.action IS OLD.action
)
BEGIN
	SELECT RAISE(ABORT, 'audit is append-only: only the retention purge may blank a detail');
END;
