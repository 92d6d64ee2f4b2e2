package store

import (
	"context"
	"fmt"

	"github.com/aftersale/aftersale"
)

// Classified is a stored message with its classification.
type Classified struct {
	Message        aftersale.Message
	Classification aftersale.Classification
}

// NotBuyerFilter selects not buyer mail for NotBuyerMail. Zero fields do
// not filter.
type NotBuyerFilter struct {
	Account  string
	Phishing bool // only mail classified as possible phishing
	Limit    int  // 0 means no limit
}

// MarkNoDraft records that the drafter is done with the messages ids,
// which are not buyer mail (origin not_buyer_mail) and so never get a
// draft: Undrafted no longer returns them, also after a restart. Messages
// that are not classified as not buyer mail, or that the drafter is done
// with already, are left alone; n is how many were marked.
func (db *DB) MarkNoDraft(ctx context.Context, ids []int64) (n int, err error) {
	if len(ids) == 0 {
		return 0, nil
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("marking %d messages done without a draft: %w", len(ids), err)
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `UPDATE messages SET drafted = 1
WHERE id = ? AND drafted = 0 AND EXISTS (
	SELECT 1 FROM classifications c WHERE c.message_id = messages.id AND c.origin = 'not_buyer_mail')`)
	if err != nil {
		return 0, fmt.Errorf("marking %d messages done without a draft: %w", len(ids), err)
	}
	defer st.Close()
	for _, id := range ids {
		res, err := st.ExecContext(ctx, id)
		if err != nil {
			return 0, fmt.Errorf("marking message %d done without a draft: %w", id, err)
		}
		k, _ := res.RowsAffected()
		n += int(k)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("marking %d messages done without a draft: %w", len(ids), err)
	}
	return n, nil
}

// NotBuyerMail returns the messages classified as not buyer mail (origin
// not_buyer_mail, possible phishing included) with their classifications,
// newest first.
func (db *DB) NotBuyerMail(ctx context.Context, f NotBuyerFilter) ([]Classified, error) {
	q := "SELECT " + messageCols + ", " + classificationCols + ` FROM classifications c
JOIN messages m ON m.id = c.message_id
WHERE c.origin = 'not_buyer_mail'`
	var args []any
	if f.Account != "" {
		q += " AND m.account = ?"
		args = append(args, f.Account)
	}
	if f.Phishing {
		q += " AND c.notice = ?"
		args = append(args, string(aftersale.NoticePhishing))
	}
	q += " ORDER BY c.message_id DESC LIMIT ?"
	args = append(args, limitArg(f.Limit))
	rows, err := db.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("listing not buyer mail: %w", err)
	}
	defer rows.Close()
	var out []Classified
	for rows.Next() {
		var c classRow
		m, err := scanMessage(rows, c.dest()...)
		if err != nil {
			return nil, fmt.Errorf("listing not buyer mail: %w", err)
		}
		cl, err := c.decode()
		if err != nil {
			return nil, fmt.Errorf("listing not buyer mail: message %d: %w", m.ID, err)
		}
		out = append(out, Classified{Message: m, Classification: cl})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing not buyer mail: %w", err)
	}
	return out, nil
}
