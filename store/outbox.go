package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/aftersale/aftersale"
)

// ClaimOutboxExcept is ClaimOutbox restricted to drafts whose account is
// not in skip: the sender passes the accounts that reached their rate
// limit, so their drafts wait (without an attempt counted) while other
// accounts' drafts go out. Returns ErrNotFound when nothing is due.
func (db *DB) ClaimOutboxExcept(ctx context.Context, skip []string) (aftersale.Draft, error) {
	var d aftersale.Draft
	err := db.inTxDurable(ctx, "claiming outbox", func(tx *sql.Tx) error {
		now := db.now()
		args := []any{now.UnixMilli()}
		except := ""
		if len(skip) > 0 {
			except = "AND account NOT IN (" + placeholders(len(skip)) + ")"
			for _, a := range skip {
				args = append(args, a)
			}
		}
		var id int64
		err := tx.QueryRowContext(ctx, `UPDATE drafts SET state = 'sending', updated_at = ?1
WHERE id = (SELECT id FROM drafts WHERE state = 'approved' AND (next_attempt IS NULL OR next_attempt <= ?1)
	`+except+`
	ORDER BY approved_at, id LIMIT 1) AND state = 'approved'
RETURNING id`, args...).Scan(&id)
		if err != nil {
			return notFound(err)
		}
		if err := audit(ctx, tx, id, now, ActorSender, "claim", ""); err != nil {
			return err
		}
		d, err = getDraft(ctx, tx, id)
		return err
	})
	if err != nil {
		return aftersale.Draft{}, err
	}
	return d, nil
}

// MarkSendUnknown moves draft id from sending to send_unknown with reason
// as LastError: the sender cannot tell whether the server took the
// message (e.g. the connection died after the final "." of DATA). A person
// resolves it; it is never resent automatically. Returns ErrConflict when
// the draft is not sending, ErrNotFound if it does not exist.
func (db *DB) MarkSendUnknown(ctx context.Context, id int64, reason string) error {
	return db.inTxDurable(ctx, fmt.Sprintf("marking draft %d send_unknown", id), func(tx *sql.Tx) error {
		from, err := draftState(ctx, tx, id)
		if err != nil {
			return err
		}
		if from != aftersale.DraftSending {
			return fmt.Errorf("draft is %s, not sending: %w", from, aftersale.ErrConflict)
		}
		now := db.now()
		if err := cas(ctx, tx, id, from, aftersale.DraftSendUnknown, "attempts = attempts + 1, last_error = ?, updated_at = ?",
			reason, now.UnixMilli()); err != nil {
			return err
		}
		return audit(ctx, tx, id, now, ActorSender, "send_unknown", reason)
	})
}

// AccountActivity is one account's recent sending, for rate limits.
type AccountActivity struct {
	InWindow int       // replies sent after the window start
	Last     time.Time // the latest send at or after the earlier of the two bounds
}

// SentActivity returns, per account, how many replies the sent log holds
// after windowStart and the latest send at or after min(windowStart,
// lastSince). Accounts without any such send are absent.
func (db *DB) SentActivity(ctx context.Context, windowStart, lastSince time.Time) (map[string]AccountActivity, error) {
	from := windowStart
	if lastSince.Before(from) {
		from = lastSince
	}
	rows, err := db.r.QueryContext(ctx, `SELECT account, sum(sent_at > ?), max(sent_at) FROM sent_log
WHERE sent_at >= ? GROUP BY account`, windowStart.UnixMilli(), from.UnixMilli())
	if err != nil {
		return nil, fmt.Errorf("reading sent activity: %w", err)
	}
	defer rows.Close()
	out := map[string]AccountActivity{}
	for rows.Next() {
		var a string
		var v AccountActivity
		var last sql.NullInt64
		if err := rows.Scan(&a, &v.InWindow, &last); err != nil {
			return nil, fmt.Errorf("reading sent activity: %w", err)
		}
		v.Last = fromMS(last)
		out[a] = v
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading sent activity: %w", err)
	}
	return out, nil
}
