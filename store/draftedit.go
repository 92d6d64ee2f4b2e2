package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/aftersale/aftersale"
)

// DraftEdit is a draft with what a person did to its text: its body as the
// drafter wrote it and as it is now.
type DraftEdit struct {
	DraftID  int64
	Action   string // the playbook action (the template)
	Language string // the reply's language
	OrderID  string
	State    aftersale.DraftState
	// ApprovedBy is who approved it; "" when it is not approved, and for
	// an automatic approval.
	ApprovedBy string
	Edited     bool   // a person changed the body
	Original   string // the body before the first edit; "" unless edited, or once purged
	Body       string // the body now; "" once purged
}

// DraftEdits returns every draft whose clock started at or after since
// (all when since is zero), oldest first, with its text before and after
// a person edited it. The texts of purged drafts are empty.
func (db *DB) DraftEdits(ctx context.Context, since time.Time) ([]DraftEdit, error) {
	q := `SELECT d.id, d.action, d.language, d.order_id, d.state, d.auto_approved, d.approved_by, d.edited,
	COALESCE(o.body, ''), d.body
FROM drafts d LEFT JOIN draft_originals o ON o.draft_id = d.id`
	var args []any
	if !since.IsZero() {
		q += " WHERE d.deadline >= ?"
		args = append(args, since.Add(ReplyWindow).UnixMilli())
	}
	q += " ORDER BY d.deadline, d.id"
	rows, err := db.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("reading draft edits: %w", err)
	}
	defer rows.Close()
	var out []DraftEdit
	for rows.Next() {
		var e DraftEdit
		var state string
		var auto bool
		var by sql.NullString
		if err := rows.Scan(&e.DraftID, &e.Action, &e.Language, &e.OrderID, &state, &auto, &by, &e.Edited, &e.Original, &e.Body); err != nil {
			return nil, fmt.Errorf("reading draft edits: %w", err)
		}
		e.State = aftersale.DraftState(state)
		if !auto {
			e.ApprovedBy = by.String
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading draft edits: %w", err)
	}
	return out, nil
}
