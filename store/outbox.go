package store

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"time"

	"github.com/aftersale/aftersale"
)

// ClaimOutboxExcept is ClaimOutbox restricted to drafts whose account is
// not in skip: the sender passes the accounts that reached their rate
// limit, so their drafts wait (without an attempt counted) while other
// accounts' drafts go out. Returns ErrNotFound when nothing is due.
func (db *DB) ClaimOutboxExcept(ctx context.Context, skip []string) (aftersale.Draft, error) {
	return db.ClaimOutboxWith(ctx, ClaimFilter{Skip: skip})
}

// ClaimFilter narrows and widens what ClaimOutboxWith may claim.
type ClaimFilter struct {
	// Skip are accounts whose drafts wait (rate limits).
	Skip []string
	// Due are drafts whose retry is due whatever their NextAttempt says:
	// the caller timed their backoff on a monotonic clock, which a step
	// of the wall clock does not move.
	Due []int64
	// MaxWait is the longest backoff the caller ever sets (0: none). A
	// NextAttempt further ahead of now than that was written by a clock
	// that has since gone back, and is due now rather than after the step.
	MaxWait time.Duration
}

// ClaimOutboxWith moves the oldest approved draft that is due to sending
// and returns it, as ClaimOutbox does. A draft is due when its
// NextAttempt is unset or not after now (by Options.Now), more than
// f.MaxWait ahead of now, or its id is in f.Due; drafts of f.Skip accounts
// are left. The claim is synced to disk before it returns. Returns
// ErrNotFound when nothing is due.
func (db *DB) ClaimOutboxWith(ctx context.Context, f ClaimFilter) (aftersale.Draft, error) {
	var d aftersale.Draft
	err := db.inTxDurable(ctx, "claiming outbox", func(tx *sql.Tx) error {
		now := db.now()
		args := []any{now.UnixMilli()}
		due := "next_attempt IS NULL OR next_attempt <= ?1"
		if f.MaxWait > 0 {
			args = append(args, now.Add(f.MaxWait).UnixMilli())
			due += fmt.Sprintf(" OR next_attempt > ?%d", len(args))
		}
		if len(f.Due) > 0 {
			due += " OR id IN (" + placeholders(len(f.Due)) + ")"
			for _, id := range f.Due {
				args = append(args, id)
			}
		}
		except := ""
		if len(f.Skip) > 0 {
			except = "AND account NOT IN (" + placeholders(len(f.Skip)) + ")"
			for _, a := range f.Skip {
				args = append(args, a)
			}
		}
		var id int64
		err := tx.QueryRowContext(ctx, `UPDATE drafts SET state = 'sending', updated_at = ?1
WHERE id = (SELECT id FROM drafts WHERE state = 'approved' AND (`+due+`)
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
	InWindow int       // replies sent after the window start, up to now
	First    time.Time // the earliest of those
	Last     time.Time // the latest send at or after the earlier of the two bounds, up to now
	// Ahead counts replies dated after now: the clock went back since
	// they were sent (or was ahead then). They are not in InWindow or
	// Last; AheadLast is the latest of them.
	Ahead     int
	AheadLast time.Time
}

// SentActivity returns, per account, how many replies the sent log holds
// after windowStart and up to now, and the latest send at or after
// min(windowStart, lastSince) and up to now; replies dated after now are
// counted apart (Ahead). Accounts without any such send are absent.
func (db *DB) SentActivity(ctx context.Context, windowStart, lastSince, now time.Time) (map[string]AccountActivity, error) {
	from := windowStart
	if lastSince.Before(from) {
		from = lastSince
	}
	rows, err := db.r.QueryContext(ctx, `SELECT account,
	sum(sent_at > ?1 AND sent_at <= ?3), min(CASE WHEN sent_at > ?1 AND sent_at <= ?3 THEN sent_at END),
	max(CASE WHEN sent_at <= ?3 THEN sent_at END), sum(sent_at > ?3), max(sent_at)
FROM sent_log WHERE sent_at >= ?2 GROUP BY account`, windowStart.UnixMilli(), from.UnixMilli(), now.UnixMilli())
	if err != nil {
		return nil, fmt.Errorf("reading sent activity: %w", err)
	}
	defer rows.Close()
	out := map[string]AccountActivity{}
	for rows.Next() {
		var a string
		var v AccountActivity
		var first, last, newest sql.NullInt64
		if err := rows.Scan(&a, &v.InWindow, &first, &last, &v.Ahead, &newest); err != nil {
			return nil, fmt.Errorf("reading sent activity: %w", err)
		}
		v.First, v.Last = fromMS(first), fromMS(last)
		if v.Ahead > 0 {
			v.AheadLast = fromMS(newest)
		}
		out[a] = v
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading sent activity: %w", err)
	}
	return out, nil
}

// OutboxAccount is one account's approved drafts, for the sender's
// account of what waits and why.
type OutboxAccount struct {
	Approved int       // drafts approved and not yet claimed
	Due      int       // of them, due now by ClaimOutboxWith's rule (without Due ids)
	NextDue  time.Time // the earliest NextAttempt after now, within maxWait; zero if none
	// Beyond counts NextAttempts more than maxWait ahead of now: written
	// by a clock that has since gone back. They are due (and in Due).
	Beyond int
}

// Outbox returns the approved drafts per account: how many are due at now
// (NextAttempt unset, not after now, or more than maxWait ahead when
// maxWait > 0) and when the next waiting one is. Accounts without an
// approved draft are absent.
func (db *DB) Outbox(ctx context.Context, now time.Time, maxWait time.Duration) (map[string]OutboxAccount, error) {
	beyond := int64(math.MaxInt64)
	if maxWait > 0 {
		beyond = now.Add(maxWait).UnixMilli()
	}
	rows, err := db.r.QueryContext(ctx, `SELECT account, count(*),
	sum(next_attempt IS NULL OR next_attempt <= ?1 OR next_attempt > ?2),
	min(CASE WHEN next_attempt > ?1 AND next_attempt <= ?2 THEN next_attempt END),
	sum(COALESCE(next_attempt > ?2, 0))
FROM drafts WHERE state = 'approved' GROUP BY account`, now.UnixMilli(), beyond)
	if err != nil {
		return nil, fmt.Errorf("reading the outbox: %w", err)
	}
	defer rows.Close()
	out := map[string]OutboxAccount{}
	for rows.Next() {
		var a string
		var v OutboxAccount
		var next sql.NullInt64
		if err := rows.Scan(&a, &v.Approved, &v.Due, &next, &v.Beyond); err != nil {
			return nil, fmt.Errorf("reading the outbox: %w", err)
		}
		v.NextDue = fromMS(next)
		out[a] = v
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the outbox: %w", err)
	}
	return out, nil
}
