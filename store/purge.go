package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/aftersale/aftersale"
)

// DefaultRetention is how long buyers' personal data is kept after a
// thread's last activity (its last message, its last reply sent, or the
// order's delivery, whichever is latest).
const DefaultRetention = 30 * 24 * time.Hour

// PurgeResult reports what Purge removed, or with dry run would remove.
type PurgeResult struct {
	Before   time.Time // threads whose last activity is before this are purged
	Threads  int       // conversations purged
	Messages int       // messages blanked
	Drafts   int       // drafts blanked
	Sent     int       // sent-log rows blanked
	Audit    int       // audit details blanked (of the drafts purged)
	// KeptOpen counts threads past retention that were kept because one
	// of their drafts still waits for a person or the sender (proposed,
	// approved, sending, failed or send_unknown). They are purged once the
	// draft is settled and the period has passed again.
	KeptOpen int
}

// openDraftStates are the states that keep a thread from being purged.
var openDraftStates = map[aftersale.DraftState]bool{
	aftersale.DraftProposed: true, aftersale.DraftApproved: true, aftersale.DraftSending: true,
	aftersale.DraftFailed: true, aftersale.DraftSendUnknown: true,
}

// purgeThread is one conversation considered by Purge.
type purgeThread struct {
	last     int64 // last activity, unix ms
	open     bool
	messages []int64
	drafts   []int64
	sent     []int64
}

// Purge removes buyers' personal data from every conversation (messages
// sharing a thread key; an unparsed message is its own) whose last
// activity is more than retention ago: raw and decoded bodies, names,
// addresses, subjects and extracted facts of its messages, the recipient,
// subject and bodies of its drafts (and their text before a person edited
// it), the descriptions of their tasks, and the recipient, subject and body
// of its sent-log rows, the drafts' last send error and the details of
// their audit entries (an SMTP reply naming the buyer's relay alias, a
// reason a person typed). What stays is anonymised: ids, Message-IDs (so a
// purged mail is never fetched again), order ids, cases, states, times,
// who did what and approved, and the SMTP reply to a sent reply, which the
// statistics need. A thread with an open draft is kept (KeptOpen).
// Corrections (SaveCorrection) hold no personal data and are never
// touched.
//
// With dryRun nothing is changed and the result tells what would go.
// Otherwise the purge runs in one transaction with SQLite's secure_delete
// on, so the old text is overwritten in the file rather than left in free
// pages, and the WAL is checkpointed afterwards.
func (db *DB) Purge(ctx context.Context, retention time.Duration, dryRun bool) (PurgeResult, error) {
	if retention <= 0 {
		return PurgeResult{}, fmt.Errorf("purging: retention %v is not positive: %w", retention, aftersale.ErrInvalid)
	}
	now := db.now()
	res := PurgeResult{Before: now.Add(-retention)}
	var q querier = db.r
	var tx *sql.Tx
	if !dryRun {
		if _, err := db.w.ExecContext(ctx, "PRAGMA secure_delete = ON"); err != nil {
			return res, fmt.Errorf("purging: %w", err)
		}
		var err error
		tx, err = db.w.BeginTx(ctx, nil)
		if err != nil {
			return res, fmt.Errorf("purging: %w", err)
		}
		defer tx.Rollback()
		q = tx
	}
	threads, err := purgeCandidates(ctx, q)
	if err != nil {
		return res, err
	}
	cut := res.Before.UnixMilli()
	var due []*purgeThread
	for _, t := range threads {
		if t.last >= cut {
			continue
		}
		if t.open {
			res.KeptOpen++
			continue
		}
		due = append(due, t)
		res.Threads++
		res.Messages += len(t.messages)
		res.Drafts += len(t.drafts)
		res.Sent += len(t.sent)
	}
	for _, t := range due {
		for _, id := range t.drafts {
			var n int
			if err := q.QueryRowContext(ctx, "SELECT count(*) FROM audit WHERE draft_id = ? AND purged_at IS NULL AND detail <> ''", id).Scan(&n); err != nil {
				return res, fmt.Errorf("purging: counting audit entries of draft %d: %w", id, err)
			}
			res.Audit += n
		}
	}
	if dryRun {
		return res, nil
	}
	at := now.UnixMilli()
	for _, t := range due {
		for _, id := range t.messages {
			if _, err := tx.ExecContext(ctx, `UPDATE messages SET raw = x'', size = 0, text = '', buyer_text = '',
	from_name = '', from_addr = '', reply_to = '', to_json = '[]', subject = '', relay_alias = '',
	buyer_name = '', attachments_json = '[]', thread_key = '', purged_at = ?
WHERE id = ? AND purged_at IS NULL`, at, id); err != nil {
				return res, fmt.Errorf("purging message %d: %w", id, err)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE classifications SET facts_json = '{}' WHERE message_id = ?`, id); err != nil {
				return res, fmt.Errorf("purging classification of message %d: %w", id, err)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE classification_history SET facts_json = '{}' WHERE message_id = ?`, id); err != nil {
				return res, fmt.Errorf("purging the classification history of message %d: %w", id, err)
			}
		}
		for _, id := range t.drafts {
			if _, err := tx.ExecContext(ctx, `UPDATE drafts SET to_addr = '', subject = '', body = '', seller_body = '',
	last_error = '', purged_at = ? WHERE id = ? AND purged_at IS NULL`, at, id); err != nil {
				return res, fmt.Errorf("purging draft %d: %w", id, err)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE audit SET detail = '', purged_at = ?
WHERE draft_id = ? AND purged_at IS NULL AND detail <> ''`, at, id); err != nil {
				return res, fmt.Errorf("purging audit entries of draft %d: %w", id, err)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE tasks SET description = '' WHERE draft_id = ?`, id); err != nil {
				return res, fmt.Errorf("purging tasks of draft %d: %w", id, err)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE draft_originals SET body = '' WHERE draft_id = ?`, id); err != nil {
				return res, fmt.Errorf("purging the original text of draft %d: %w", id, err)
			}
		}
		for _, id := range t.sent {
			if _, err := tx.ExecContext(ctx, `UPDATE sent_log SET to_addr = '', subject = '', body = '', purged_at = ?
WHERE id = ? AND purged_at IS NULL`, at, id); err != nil {
				return res, fmt.Errorf("purging sent-log row %d: %w", id, err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return res, fmt.Errorf("purging: %w", err)
	}
	if res.Messages > 0 {
		// Copy the overwritten pages into the database file and empty the
		// WAL, which still holds the old text. A busy checkpoint (readers
		// active) is retried by SQLite's own automatic checkpoints.
		if _, err := db.w.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
			return res, fmt.Errorf("purging: checkpoint: %w", err)
		}
	}
	return res, nil
}

// purgeCandidates groups every message not yet purged into its thread with
// the thread's last activity and whether a draft of it is open.
func purgeCandidates(ctx context.Context, q querier) ([]*purgeThread, error) {
	rows, err := q.QueryContext(ctx, `SELECT m.id, m.thread_key,
	COALESCE(m.internal_date, m.date, m.fetched_at), d.id, d.state, d.sent_at, d.updated_at, s.id, o.delivery_date
FROM messages m
LEFT JOIN drafts d ON d.message_id = m.id
LEFT JOIN sent_log s ON s.draft_id = d.id
LEFT JOIN orders o ON o.id = m.order_id AND m.order_id <> ''
WHERE m.purged_at IS NULL
ORDER BY m.id`)
	if err != nil {
		return nil, fmt.Errorf("purging: selecting messages: %w", err)
	}
	defer rows.Close()
	byKey := map[string]*purgeThread{}
	var out []*purgeThread
	for rows.Next() {
		var (
			id, at                     int64
			key                        string
			draftID, sentID            sql.NullInt64
			state                      sql.NullString
			sentAt, updated, delivered sql.NullInt64
		)
		if err := rows.Scan(&id, &key, &at, &draftID, &state, &sentAt, &updated, &sentID, &delivered); err != nil {
			return nil, fmt.Errorf("purging: selecting messages: %w", err)
		}
		k := key
		if k == "" {
			k = fmt.Sprintf("#%d", id)
		}
		t := byKey[k]
		if t == nil {
			t = &purgeThread{}
			byKey[k] = t
			out = append(out, t)
		}
		t.messages = append(t.messages, id)
		t.last = max(t.last, at)
		if delivered.Valid {
			t.last = max(t.last, delivered.Int64)
		}
		if draftID.Valid {
			t.drafts = append(t.drafts, draftID.Int64)
			if openDraftStates[aftersale.DraftState(state.String)] {
				t.open = true
			}
			if sentAt.Valid {
				t.last = max(t.last, sentAt.Int64)
			}
			if updated.Valid {
				t.last = max(t.last, updated.Int64)
			}
		}
		if sentID.Valid {
			t.sent = append(t.sent, sentID.Int64)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("purging: selecting messages: %w", err)
	}
	return out, nil
}
