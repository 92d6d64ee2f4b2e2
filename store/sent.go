package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/aftersale/aftersale"
)

const sentCols = `id, draft_id, account, message_id, to_addr, subject, body, order_id, case_type,
	approved_by, auto_approved, verdict, smtp_reply, sent_at`

func scanSent(s scanner) (aftersale.SentReply, error) {
	var r aftersale.SentReply
	var kase string
	var at sql.NullInt64
	if err := s.Scan(&r.ID, &r.DraftID, &r.Account, &r.MessageID, &r.To, &r.Subject, &r.Body, &r.OrderID, &kase,
		&r.ApprovedBy, &r.AutoApproved, &r.Verdict, &r.SMTPReply, &at); err != nil {
		return aftersale.SentReply{}, err
	}
	r.Case, r.SentAt = aftersale.Case(kase), fromMS(at)
	return r, nil
}

// Sent returns rows of the sent log matching f, newest first, filtered in
// one query.
func (db *DB) Sent(ctx context.Context, f SentFilter) ([]aftersale.SentReply, error) {
	var where []string
	var args []any
	if !f.Since.IsZero() {
		where = append(where, "sent_at >= ?")
		args = append(args, f.Since.UnixMilli())
	}
	if f.Case != "" {
		where = append(where, "case_type = ?")
		args = append(args, string(f.Case))
	}
	if f.OrderID != "" {
		where = append(where, "order_id = ?")
		args = append(args, f.OrderID)
	}
	if f.Account != "" {
		where = append(where, "account = ?")
		args = append(args, f.Account)
	}
	if by := strings.TrimSpace(f.ApprovedBy); by != "" {
		where = append(where, "(lower(approved_by) = lower(?) OR (lower(?) = 'auto' AND auto_approved = 1))")
		args = append(args, by, by)
	}
	if b := strings.ToLower(strings.TrimSpace(f.Buyer)); b != "" {
		where = append(where, `(instr(lower(to_addr), ?) > 0 OR EXISTS (SELECT 1 FROM drafts d JOIN messages m ON m.id = d.message_id
	WHERE d.id = sent_log.draft_id AND instr(lower(m.buyer_name), ?) > 0))`)
		args = append(args, b, b)
	}
	q := "SELECT " + sentCols + " FROM sent_log"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY sent_at DESC, id DESC LIMIT ?"
	args = append(args, limitArg(f.Limit))
	out, err := queryAll(ctx, db.r, scanSent, q, args...)
	if err != nil {
		return nil, fmt.Errorf("listing sent replies: %w", err)
	}
	return out, nil
}

// SentReply returns row id of the sent log. Returns ErrNotFound if it does
// not exist.
func (db *DB) SentReply(ctx context.Context, id int64) (aftersale.SentReply, error) {
	r, err := scanSent(db.r.QueryRowContext(ctx, "SELECT "+sentCols+" FROM sent_log WHERE id = ?", id))
	if err != nil {
		return aftersale.SentReply{}, fmt.Errorf("reading sent reply %d: %w", id, notFound(err))
	}
	return r, nil
}

// audit appends one audit row inside tx.
func audit(ctx context.Context, tx *sql.Tx, draftID int64, at time.Time, actor, action, detail string) error {
	if actor == "" {
		actor = ActorSystem
	}
	_, err := tx.ExecContext(ctx, "INSERT INTO audit (draft_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)",
		draftID, at.UnixMilli(), actor, action, detail)
	if err != nil {
		return fmt.Errorf("recording audit %s: %w", action, err)
	}
	return nil
}

// Audit returns the recorded actions on draft draftID, oldest first.
func (db *DB) Audit(ctx context.Context, draftID int64) ([]AuditEntry, error) {
	rows, err := db.r.QueryContext(ctx, "SELECT at, actor, action, draft_id, detail FROM audit WHERE draft_id = ? ORDER BY at, id", draftID)
	if err != nil {
		return nil, fmt.Errorf("reading audit of draft %d: %w", draftID, err)
	}
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		var e AuditEntry
		var at sql.NullInt64
		if err := rows.Scan(&at, &e.Actor, &e.Action, &e.DraftID, &e.Detail); err != nil {
			return nil, fmt.Errorf("reading audit of draft %d: %w", draftID, err)
		}
		e.At = fromMS(at)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading audit of draft %d: %w", draftID, err)
	}
	return out, nil
}
