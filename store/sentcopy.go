package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/aftersale/aftersale"
)

// SentCopy is a sent-log row waiting to be copied to its account's IMAP
// Sent folder (mailbox.SentCopier), with the thread headers of the draft
// it sent.
type SentCopy struct {
	Reply      aftersale.SentReply
	InReplyTo  string   // Message-ID the reply answered, without angle brackets
	References []string // References of the reply, oldest first
	Attempts   int      // failed attempts so far
	LastError  string   // reason of the last failed attempt
}

// SentCopyRecord is what is recorded about the copy of one sent-log row.
type SentCopyRecord struct {
	SentID      int64
	Account     string
	Folder      string    // folder it was copied to, "" until copied
	CopiedAt    time.Time // zero: not copied yet
	Found       bool      // it was already in the folder and was not appended again
	Attempts    int       // failed attempts
	LastError   string
	NextAttempt time.Time // zero: at once
}

// StartSentCopies records now as the time copying to the Sent folder was
// enabled for account, unless it already was, and returns the recorded
// time. Only replies sent at or after it are copied (PendingSentCopies):
// enabling the feature does not file the account's whole history. The
// time is kept when the feature is turned off, so turning it on again
// later also copies what was sent in between (retention bounds how far
// back that goes: purged replies are never copied).
func (db *DB) StartSentCopies(ctx context.Context, account string) (time.Time, error) {
	if account == "" {
		return time.Time{}, fmt.Errorf("starting sent copies: empty account name: %w", aftersale.ErrInvalid)
	}
	if _, err := db.w.ExecContext(ctx, "INSERT INTO sent_copy_accounts (account, enabled_at) VALUES (?, ?) ON CONFLICT (account) DO NOTHING",
		account, db.now().UnixMilli()); err != nil {
		return time.Time{}, fmt.Errorf("starting sent copies of account %s: %w", account, err)
	}
	var at sql.NullInt64
	if err := db.w.QueryRowContext(ctx, "SELECT enabled_at FROM sent_copy_accounts WHERE account = ?", account).Scan(&at); err != nil {
		return time.Time{}, fmt.Errorf("starting sent copies of account %s: %w", account, err)
	}
	return fromMS(at), nil
}

// SetSentCopyError records why the last copying pass of account failed as
// a whole (login refused, folder missing, server unreachable), or clears
// it when reason is "". The account must have been started
// (StartSentCopies); otherwise ErrNotFound.
func (db *DB) SetSentCopyError(ctx context.Context, account, reason string) error {
	var at any
	if reason != "" {
		at = db.now().UnixMilli()
	}
	res, err := db.w.ExecContext(ctx, "UPDATE sent_copy_accounts SET last_error = ?, error_at = ? WHERE account = ?",
		reason, at, account)
	if err != nil {
		return fmt.Errorf("recording the sent-copy error of account %s: %w", account, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("recording the sent-copy error of account %s: %w", account, aftersale.ErrNotFound)
	}
	return nil
}

// PendingSentCopies returns up to limit (0: no limit) sent-log rows of
// account still to be copied, oldest first: sent at or after the time
// StartSentCopies recorded (none before it was called), not purged by the
// retention (their body is gone), not copied yet, with fewer than
// maxAttempts failed attempts (0: no bound) and no later next attempt.
func (db *DB) PendingSentCopies(ctx context.Context, account string, maxAttempts, limit int) ([]SentCopy, error) {
	if maxAttempts <= 0 {
		maxAttempts = -1
	}
	q := `SELECT s.id, s.draft_id, s.account, s.message_id, s.to_addr, s.subject, s.body, s.order_id, s.case_type,
	s.approved_by, s.auto_approved, s.verdict, s.smtp_reply, s.sent_at,
	d.in_reply_to, d.references_json, COALESCE(c.attempts, 0), COALESCE(c.last_error, '')
FROM sent_copy_accounts a
JOIN sent_log s ON s.account = a.account AND s.sent_at >= a.enabled_at
JOIN drafts d ON d.id = s.draft_id
LEFT JOIN sent_copies c ON c.sent_id = s.id
WHERE a.account = ? AND s.purged_at IS NULL AND c.copied_at IS NULL
	AND (? < 0 OR COALESCE(c.attempts, 0) < ?)
	AND (c.next_attempt IS NULL OR c.next_attempt <= ?)
ORDER BY s.sent_at, s.id
LIMIT ?`
	scan := func(s scanner) (SentCopy, error) {
		var c SentCopy
		var kase, refs string
		var at sql.NullInt64
		r := &c.Reply
		if err := s.Scan(&r.ID, &r.DraftID, &r.Account, &r.MessageID, &r.To, &r.Subject, &r.Body, &r.OrderID, &kase,
			&r.ApprovedBy, &r.AutoApproved, &r.Verdict, &r.SMTPReply, &at,
			&c.InReplyTo, &refs, &c.Attempts, &c.LastError); err != nil {
			return SentCopy{}, err
		}
		r.Case, r.SentAt = aftersale.Case(kase), fromMS(at)
		var err error
		if c.References, err = fromJSON[string](refs, "references_json"); err != nil {
			return SentCopy{}, fmt.Errorf("sent reply %d: %w", r.ID, err)
		}
		return c, nil
	}
	out, err := queryAll(ctx, db.r, scan, q, account, maxAttempts, maxAttempts, db.now().UnixMilli(), limitArg(limit))
	if err != nil {
		return nil, fmt.Errorf("listing sent replies of account %s to copy: %w", account, err)
	}
	return out, nil
}

// MarkSentCopied records that sent-log row sentID is in folder: appended
// now, or found already there (found). Marking a row already marked
// changes nothing. Returns ErrNotFound if the row does not exist.
func (db *DB) MarkSentCopied(ctx context.Context, sentID int64, folder string, found bool) error {
	now := db.now().UnixMilli()
	res, err := db.w.ExecContext(ctx, `INSERT INTO sent_copies (sent_id, account, folder, copied_at, found)
SELECT id, account, ?, ?, ? FROM sent_log WHERE id = ?
ON CONFLICT (sent_id) DO UPDATE SET folder = excluded.folder, copied_at = excluded.copied_at,
	found = excluded.found, next_attempt = NULL
WHERE sent_copies.copied_at IS NULL`, folder, now, bool01(found), sentID)
	if err != nil {
		return fmt.Errorf("marking sent reply %d copied to %s: %w", sentID, folder, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		if _, err := db.SentCopyRecord(ctx, sentID); err != nil {
			return fmt.Errorf("marking sent reply %d copied to %s: %w", sentID, folder, err)
		}
	}
	return nil
}

// MarkSentCopyFailed records a failed attempt to copy sent-log row sentID:
// Attempts+1, the reason, and no new attempt before next. Returns
// ErrNotFound if the row does not exist and ErrConflict if it is already
// copied.
func (db *DB) MarkSentCopyFailed(ctx context.Context, sentID int64, reason string, next time.Time) error {
	res, err := db.w.ExecContext(ctx, `INSERT INTO sent_copies (sent_id, account, attempts, last_error, next_attempt)
SELECT id, account, 1, ?, ? FROM sent_log WHERE id = ?
ON CONFLICT (sent_id) DO UPDATE SET attempts = sent_copies.attempts + 1, last_error = excluded.last_error,
	next_attempt = excluded.next_attempt
WHERE sent_copies.copied_at IS NULL`, reason, ms(next), sentID)
	if err != nil {
		return fmt.Errorf("recording failed copy of sent reply %d: %w", sentID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		r, err := db.SentCopyRecord(ctx, sentID)
		if err != nil {
			return fmt.Errorf("recording failed copy of sent reply %d: %w", sentID, err)
		}
		return fmt.Errorf("recording failed copy of sent reply %d: copied to %s already: %w", sentID, r.Folder, aftersale.ErrConflict)
	}
	return nil
}

// SentCopyRecord returns what is recorded about the copy of sent-log row
// sentID; a row with no attempt yet gives a record with only SentID and
// Account. Returns ErrNotFound if the sent-log row does not exist.
func (db *DB) SentCopyRecord(ctx context.Context, sentID int64) (SentCopyRecord, error) {
	var r SentCopyRecord
	var copied, next sql.NullInt64
	err := db.r.QueryRowContext(ctx, `SELECT s.id, s.account, COALESCE(c.folder, ''), c.copied_at, COALESCE(c.found, 0),
	COALESCE(c.attempts, 0), COALESCE(c.last_error, ''), c.next_attempt
FROM sent_log s LEFT JOIN sent_copies c ON c.sent_id = s.id WHERE s.id = ?`, sentID).
		Scan(&r.SentID, &r.Account, &r.Folder, &copied, &r.Found, &r.Attempts, &r.LastError, &next)
	if err != nil {
		return SentCopyRecord{}, fmt.Errorf("reading the copy record of sent reply %d: %w", sentID, notFound(err))
	}
	r.CopiedAt, r.NextAttempt = fromMS(copied), fromMS(next)
	return r, nil
}
