package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/aftersale/aftersale"
)

// DraftOutcome is what stats need about one draft: when the buyer's clock
// started, the deadline, and what became of the draft.
type DraftOutcome struct {
	DraftID      int64
	Account      string
	Case         aftersale.Case
	Action       string // the playbook action the draft was made with
	Language     string // the reply's language; "" for no reply
	State        aftersale.DraftState
	Received     time.Time // the clock's start: Deadline - ReplyWindow
	Deadline     time.Time // zero when unknown
	SentAt       time.Time // zero unless sent
	DecidedAt    time.Time // when it was rejected or marked no_response_needed; zero otherwise
	Edited       bool      // a person changed the body
	AutoApproved bool
	ApprovedBy   string
	RejectReason string // reason given for rejected and no_response_needed
}

// Outcomes returns one DraftOutcome per draft whose clock started at or
// after since (all drafts when since is zero), oldest first.
func (db *DB) Outcomes(ctx context.Context, since time.Time) ([]DraftOutcome, error) {
	q := `SELECT d.id, d.account, d.case_type, d.action, d.language, d.state, d.deadline, d.sent_at, d.edited, d.auto_approved,
	d.approved_by, d.reject_reason,
	(SELECT max(a.at) FROM audit a WHERE a.draft_id = d.id AND a.action IN ('reject', 'no_response_needed'))
FROM drafts d`
	var args []any
	if !since.IsZero() {
		q += " WHERE d.deadline >= ?"
		args = append(args, since.Add(ReplyWindow).UnixMilli())
	}
	q += " ORDER BY d.deadline, d.id"
	rows, err := db.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("reading draft outcomes: %w", err)
	}
	defer rows.Close()
	var out []DraftOutcome
	for rows.Next() {
		var o DraftOutcome
		var kase, state string
		var dl, sent, decided sql.NullInt64
		if err := rows.Scan(&o.DraftID, &o.Account, &kase, &o.Action, &o.Language, &state, &dl, &sent, &o.Edited, &o.AutoApproved,
			&o.ApprovedBy, &o.RejectReason, &decided); err != nil {
			return nil, fmt.Errorf("reading draft outcomes: %w", err)
		}
		o.Case, o.State = aftersale.Case(kase), aftersale.DraftState(state)
		o.Deadline, o.SentAt, o.DecidedAt = fromMS(dl), fromMS(sent), fromMS(decided)
		if !o.Deadline.IsZero() {
			o.Received = o.Deadline.Add(-ReplyWindow)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading draft outcomes: %w", err)
	}
	return out, nil
}
