package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/aftersale/aftersale"
)

// Stats are the facts about the database that `aftersale status`, the
// /metrics endpoint and `aftersale doctor` report. They are read from the
// database alone, so they are the same whether or not the daemon runs.
type Stats struct {
	SchemaVersion int
	Messages      int                          // every stored mail (ingested)
	ParseFailures int                          // stored mail whose parsing failed
	Unparsed      int                          // stored, not parsed yet
	Unclassified  int                          // parsed, no classification yet
	Classified    map[aftersale.Case]int       // classifications per case (every case present)
	NeedsHuman    int                          // classifications flagged needs_human
	Drafts        map[aftersale.DraftState]int // drafts per state (every state present)
	// OldestPending is when the buyer message of the oldest draft still
	// waiting for a person or the sender (proposed or approved) started
	// its 24-hour clock (the draft's deadline less ReplyWindow; its
	// creation when it has no deadline); zero when none waits.
	OldestPending time.Time
	Overdue       int // proposed or approved drafts past their 24-hour deadline
	Sent          int // rows in the sent log
	SentLate      int // sent replies that went out after the draft's deadline
	Purged        int // messages whose personal data the retention purge removed
	NotBuyer      int // not buyer mail (origin not_buyer_mail), never drafted; in Classified as other
	Phishing      int // of NotBuyer, look-alikes of Amazon (notice phishing): they need a look
	DirectBuyer   int // buyers' own mail to an account with direct_buyer_mail (origin direct_buyer)
	// SendFailures counts failed send attempts by kind: "temporary" (the
	// draft went back to approved for a retry) and "permanent" (it went to
	// failed), from the audit log.
	SendFailures map[string]int
	Cursors      []CursorInfo
	// SentCopies is the Sent-folder copying of each account that has it
	// enabled (sent_folder), by account name.
	SentCopies []SentCopyInfo
}

// SentCopyInfo is the state of one account's Sent-folder copies.
type SentCopyInfo struct {
	Account   string
	EnabledAt time.Time // replies sent before are never copied
	Copied    int       // copies filed (appended, or found already there)
	Pending   int       // replies sent since EnabledAt not copied yet (Failing included)
	Failing   int       // of Pending, those whose last attempt failed
	LastError string    // reason of the most recent failed attempt still pending; "" if none
	// Error is why the last pass failed for the whole account (login,
	// folder, connection), since ErrorAt; "" after a good pass.
	Error   string
	ErrorAt time.Time
}

// CursorInfo is the stored IMAP position of one (account, folder) and when
// the daemon last stored mail from it.
type CursorInfo struct {
	Account, Folder string
	Cursor
	UpdatedAt   time.Time // last cursor move
	LastFetched time.Time // newest stored mail of the account and folder; zero if none
}

// PendingStates are the draft states that still wait for a person or the
// sender; OldestPending and Overdue count drafts in them.
var PendingStates = []aftersale.DraftState{aftersale.DraftProposed, aftersale.DraftApproved}

// Stats reads the database's counts in one read transaction, so the numbers
// are consistent with one another.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	s := Stats{Classified: map[aftersale.Case]int{}}
	for _, c := range aftersale.Cases() {
		s.Classified[c] = 0
	}
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return s, fmt.Errorf("reading stats: %w", err)
	}
	defer tx.Rollback()
	now := ms(db.now())
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&s.SchemaVersion); err != nil {
		return s, fmt.Errorf("reading stats: schema version: %w", err)
	}
	var oldest sql.NullInt64
	var temp, perm int
	err = tx.QueryRowContext(ctx, `SELECT
	(SELECT count(*) FROM messages),
	(SELECT count(*) FROM messages WHERE parse_error <> ''),
	(SELECT count(*) FROM messages WHERE parsed_at IS NULL),
	(SELECT count(*) FROM messages WHERE parsed_at IS NOT NULL AND classified = 0),
	(SELECT count(*) FROM classifications WHERE needs_human = 1),
	(SELECT min(coalesce(deadline - ?, created_at)) FROM drafts WHERE state IN ('proposed', 'approved')),
	(SELECT count(*) FROM drafts WHERE state IN ('proposed', 'approved') AND deadline IS NOT NULL AND deadline < ?),
	(SELECT count(*) FROM sent_log),
	(SELECT count(*) FROM sent_log s JOIN drafts d ON d.id = s.draft_id
		WHERE d.deadline IS NOT NULL AND s.sent_at > d.deadline),
	(SELECT count(*) FROM messages WHERE purged_at IS NOT NULL),
	(SELECT count(*) FROM audit WHERE action = 'send_retry'),
	(SELECT count(*) FROM audit WHERE action = 'send_failed'),
	(SELECT count(*) FROM classifications WHERE origin = 'not_buyer_mail'),
	(SELECT count(*) FROM classifications WHERE origin = 'not_buyer_mail' AND notice = 'phishing'),
	(SELECT count(*) FROM classifications WHERE origin = 'direct_buyer')`, ReplyWindow.Milliseconds(), now).Scan(
		&s.Messages, &s.ParseFailures, &s.Unparsed, &s.Unclassified, &s.NeedsHuman,
		&oldest, &s.Overdue, &s.Sent, &s.SentLate, &s.Purged, &temp, &perm,
		&s.NotBuyer, &s.Phishing, &s.DirectBuyer)
	if err != nil {
		return s, fmt.Errorf("reading stats: %w", err)
	}
	s.OldestPending = fromMS(oldest)
	s.SendFailures = map[string]int{"temporary": temp, "permanent": perm}

	rows, err := tx.QueryContext(ctx, "SELECT case_type, count(*) FROM classifications GROUP BY case_type")
	if err != nil {
		return s, fmt.Errorf("reading stats: cases: %w", err)
	}
	for rows.Next() {
		var c string
		var n int
		if err := rows.Scan(&c, &n); err != nil {
			rows.Close()
			return s, fmt.Errorf("reading stats: cases: %w", err)
		}
		s.Classified[aftersale.Case(c)] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return s, fmt.Errorf("reading stats: cases: %w", err)
	}

	s.Drafts = map[aftersale.DraftState]int{}
	for _, st := range aftersale.DraftStates() {
		s.Drafts[st] = 0
	}
	rows, err = tx.QueryContext(ctx, "SELECT state, count(*) FROM drafts GROUP BY state")
	if err != nil {
		return s, fmt.Errorf("reading stats: drafts: %w", err)
	}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			rows.Close()
			return s, fmt.Errorf("reading stats: drafts: %w", err)
		}
		s.Drafts[aftersale.DraftState(st)] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return s, fmt.Errorf("reading stats: drafts: %w", err)
	}

	rows, err = tx.QueryContext(ctx, `SELECT c.account, c.folder, c.uidvalidity, c.last_uid, c.updated_at,
	(SELECT max(m.fetched_at) FROM messages m WHERE m.account = c.account AND m.folder = c.folder)
FROM cursors c ORDER BY c.account, c.folder`)
	if err != nil {
		return s, fmt.Errorf("reading stats: cursors: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var ci CursorInfo
		var updated, fetched sql.NullInt64
		if err := rows.Scan(&ci.Account, &ci.Folder, &ci.UIDValidity, &ci.LastUID, &updated, &fetched); err != nil {
			return s, fmt.Errorf("reading stats: cursors: %w", err)
		}
		ci.UpdatedAt, ci.LastFetched = fromMS(updated), fromMS(fetched)
		s.Cursors = append(s.Cursors, ci)
	}
	if err := rows.Err(); err != nil {
		return s, fmt.Errorf("reading stats: cursors: %w", err)
	}
	rows.Close()

	rows, err = tx.QueryContext(ctx, `SELECT a.account, a.enabled_at,
	(SELECT count(*) FROM sent_copies c WHERE c.account = a.account AND c.copied_at IS NOT NULL),
	(SELECT count(*) FROM sent_log l LEFT JOIN sent_copies c ON c.sent_id = l.id
		WHERE l.account = a.account AND l.sent_at >= a.enabled_at AND l.purged_at IS NULL AND c.copied_at IS NULL),
	(SELECT count(*) FROM sent_copies c WHERE c.account = a.account AND c.copied_at IS NULL AND c.attempts > 0),
	COALESCE((SELECT c.last_error FROM sent_copies c WHERE c.account = a.account AND c.copied_at IS NULL AND c.attempts > 0
		ORDER BY c.next_attempt DESC, c.sent_id DESC LIMIT 1), ''),
	a.last_error, a.error_at
FROM sent_copy_accounts a ORDER BY a.account`)
	if err != nil {
		return s, fmt.Errorf("reading stats: sent copies: %w", err)
	}
	for rows.Next() {
		var ci SentCopyInfo
		var enabled, errAt sql.NullInt64
		if err := rows.Scan(&ci.Account, &enabled, &ci.Copied, &ci.Pending, &ci.Failing, &ci.LastError, &ci.Error, &errAt); err != nil {
			return s, fmt.Errorf("reading stats: sent copies: %w", err)
		}
		ci.EnabledAt, ci.ErrorAt = fromMS(enabled), fromMS(errAt)
		s.SentCopies = append(s.SentCopies, ci)
	}
	if err := rows.Err(); err != nil {
		return s, fmt.Errorf("reading stats: sent copies: %w", err)
	}
	return s, nil
}
