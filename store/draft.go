package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/aftersale/aftersale"
)

// ReplyWindow is Amazon's contact response time target (docs/amazon.md, "Contact Response Time").
const ReplyWindow = 24 * time.Hour

// Actors recorded in the audit log by the workers.
const (
	ActorDrafter = "drafter" // CreateDraft
	ActorSender  = "sender"  // ClaimOutbox, MarkSent, MarkSendFailed
	ActorSystem  = "system"  // RecoverSending, MarkShown
)

// CreateDraft stores d (state proposed, or no_response_needed when d.State
// says so) with its tasks and returns its id. d.Account defaults to the
// message's account. The deadline is computed here, whatever d.Deadline
// says: see Deadline. One draft per message: a second one returns
// ErrConflict. Returns ErrNotFound when the message does not exist and
// ErrInvalid when d fails Validate or asks for another state.
func (db *DB) CreateDraft(ctx context.Context, d aftersale.Draft) (int64, error) {
	if err := checkNewDraft(&d); err != nil {
		return 0, err
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("creating draft for message %d: %w", d.MessageID, err)
	}
	defer tx.Rollback()
	st := &draftStmts{tx: tx}
	defer st.close()
	id, err := db.createDraftTx(ctx, st, d)
	if err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("creating draft for message %d: %w", d.MessageID, err)
	}
	return id, nil
}

// checkNewDraft validates a draft for CreateDraft and sets its initial state.
func checkNewDraft(d *aftersale.Draft) error {
	if err := d.Validate(); err != nil {
		return fmt.Errorf("creating draft for message %d: %w", d.MessageID, err)
	}
	switch d.State {
	case "":
		d.State = aftersale.DraftProposed
	case aftersale.DraftProposed, aftersale.DraftNoResponseNeeded:
	default:
		return fmt.Errorf("creating draft for message %d: a new draft cannot be %s: %w", d.MessageID, d.State, aftersale.ErrInvalid)
	}
	for _, t := range d.Tasks {
		if t.Kind == "" {
			return fmt.Errorf("creating draft for message %d: task without a kind: %w", d.MessageID, aftersale.ErrInvalid)
		}
	}
	return nil
}

// createDraftTx inserts the checked draft d with its tasks and audit entry
// in tx, preparing the statements of st on first use.
func (db *DB) createDraftTx(ctx context.Context, st *draftStmts, d aftersale.Draft) (int64, error) {
	deadline, account, err := deadline(ctx, st, d.MessageID)
	if err != nil {
		return 0, fmt.Errorf("creating draft for message %d: %w", d.MessageID, notFound(err))
	}
	if d.Account == "" {
		d.Account = account
	}
	now := db.now().UnixMilli()
	ins, err := st.get(ctx, stmtInsertDraft)
	if err != nil {
		return 0, fmt.Errorf("creating draft for message %d: %w", d.MessageID, err)
	}
	var id int64
	err = ins.QueryRowContext(ctx,
		d.MessageID, d.Account, string(d.Case), d.Action, d.OrderID,
		d.Language, d.SellerLanguage, d.To, d.Subject, d.Body, d.SellerBody, trimID(d.InReplyTo), jsonText(trimIDs(d.References)),
		string(d.State), bool01(d.NeedsHuman), jsonText(d.Reasons), jsonText(d.Findings), jsonText(d.Placeholders),
		ms(deadline), now, now, d.RejectReason).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("creating draft for message %d: %w", d.MessageID, constraintErr(err))
	}
	for _, t := range d.Tasks {
		if t.OrderID == "" {
			t.OrderID = d.OrderID
		}
		task, err := st.get(ctx, stmtInsertTask)
		if err == nil {
			_, err = task.ExecContext(ctx, id, t.OrderID, string(t.Kind), t.Description, ms(t.Due), bool01(t.Done))
		}
		if err != nil {
			return 0, fmt.Errorf("creating draft for message %d: task %s: %w", d.MessageID, t.Kind, err)
		}
	}
	detail := "case " + string(d.Case)
	if d.State == aftersale.DraftNoResponseNeeded {
		detail += "; no response needed"
	}
	// As audit (sent.go) does, with a prepared statement.
	aud, err := st.get(ctx, stmtAudit)
	if err == nil {
		_, err = aud.ExecContext(ctx, id, db.now().UnixMilli(), ActorDrafter, "create", detail)
	}
	if err != nil {
		return 0, fmt.Errorf("creating draft for message %d: %w", d.MessageID, fmt.Errorf("recording audit %s: %w", "create", err))
	}
	return id, nil
}

// The statements of createDraftTx, indexes into draftSQL.
const (
	stmtMessage = iota
	stmtThread
	stmtInsertDraft
	stmtInsertTask
	stmtAudit
	stmtSavepoint
	stmtRollbackTo
	stmtRelease
	numDraftStmts
)

var draftSQL = [numDraftStmts]string{
	stmtMessage: "SELECT thread_key, account, date, internal_date, fetched_at FROM messages WHERE id = ?",
	// One row per parsed message of the thread (drafts.message_id is
	// unique), with its draft's state and sent time when it has one.
	stmtThread: `SELECT m.id, m.sender, m.date, m.internal_date, m.fetched_at, d.state, d.sent_at
FROM messages m LEFT JOIN drafts d ON d.message_id = m.id
WHERE m.thread_key = ? AND m.parsed_at IS NOT NULL`,
	stmtInsertDraft: `INSERT INTO drafts (message_id, account, case_type, action, order_id,
	language, seller_language, to_addr, subject, body, seller_body, in_reply_to, references_json,
	state, needs_human, reasons_json, findings_json, placeholders_json, deadline, created_at, updated_at, edited,
	reject_reason)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
RETURNING id`,
	stmtInsertTask: `INSERT INTO tasks (draft_id, order_id, kind, description, due, done)
VALUES (?, ?, ?, ?, ?, ?)`,
	stmtAudit:      "INSERT INTO audit (draft_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)",
	stmtSavepoint:  "SAVEPOINT draft",
	stmtRollbackTo: "ROLLBACK TO draft",
	stmtRelease:    "RELEASE draft",
}

// draftStmts are the statements of createDraftTx in one transaction,
// prepared on first use: a batch (CreateDrafts) parses each SQL text once
// instead of once per draft, and a single CreateDraft prepares only what
// it runs, as ExecContext would.
type draftStmts struct {
	tx    *sql.Tx
	stmts [numDraftStmts]*sql.Stmt
}

func (s *draftStmts) get(ctx context.Context, i int) (*sql.Stmt, error) {
	if s.stmts[i] == nil {
		st, err := s.tx.PrepareContext(ctx, draftSQL[i])
		if err != nil {
			return nil, err
		}
		s.stmts[i] = st
	}
	return s.stmts[i], nil
}

// exec runs statement i, which takes no arguments.
func (s *draftStmts) exec(ctx context.Context, i int) error {
	st, err := s.get(ctx, i)
	if err == nil {
		_, err = st.ExecContext(ctx)
	}
	return err
}

// close closes the prepared statements.
func (s *draftStmts) close() {
	for _, st := range s.stmts {
		if st != nil {
			st.Close()
		}
	}
}

// deadline computes the reply deadline of message id and returns it with
// the message's account.
//
// The rule (docs/amazon.md, "Contact Response Time"): the 24-hour clock
// runs, wall clock and weekends included, from the first unanswered buyer
// message of the thread (messages with the same ThreadKey). A buyer
// message is answered when its own draft is sent or no_response_needed, or
// when any reply of the thread was sent at or after the time it arrived.
// A message's time is its Date header when sane, else its IMAP
// INTERNALDATE, else when it was fetched (see receivedAt). The message
// being drafted always counts, whoever sent it. A message without a thread
// key (nothing readable) is a thread of its own.
//
// Only the columns the rule needs are read (not the message texts), in
// two queries: the message, and the thread joined with its drafts.
func deadline(ctx context.Context, st *draftStmts, id int64) (time.Time, string, error) {
	q, err := st.get(ctx, stmtMessage)
	if err != nil {
		return time.Time{}, "", err
	}
	var key, account string
	var date, idate, fetched sql.NullInt64
	if err := q.QueryRowContext(ctx, id).Scan(&key, &account, &date, &idate, &fetched); err != nil {
		return time.Time{}, "", err
	}
	var msgs []threadMsg
	answered := map[int64]bool{}
	var sent []time.Time
	if key != "" {
		q, err := st.get(ctx, stmtThread)
		if err != nil {
			return time.Time{}, "", err
		}
		rows, err := q.QueryContext(ctx, key)
		if err != nil {
			return time.Time{}, "", err
		}
		for rows.Next() {
			var m threadMsg
			var sender string
			var mdate, mint, mfetched, sentAt sql.NullInt64
			var state sql.NullString
			if err := rows.Scan(&m.ID, &sender, &mdate, &mint, &mfetched, &state, &sentAt); err != nil {
				rows.Close()
				return time.Time{}, "", err
			}
			m.Sender, m.Date, m.internal, m.FetchedAt = aftersale.SenderKind(sender), fromMS(mdate), fromMS(mint), fromMS(mfetched)
			msgs = append(msgs, m)
			switch aftersale.DraftState(state.String) {
			case aftersale.DraftSent, aftersale.DraftNoResponseNeeded:
				answered[m.ID] = true
			}
			if sentAt.Valid {
				sent = append(sent, fromMS(sentAt))
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return time.Time{}, "", err
		}
	}
	self := -1
	for i, m := range msgs {
		if m.ID == id {
			self = i
		}
	}
	if self < 0 { // not parsed, or no thread key: the message alone
		var m threadMsg
		m.Date, m.internal, m.FetchedAt = fromMS(date), fromMS(idate), fromMS(fetched)
		return m.receivedAt().Add(ReplyWindow), account, nil
	}
	first := msgs[self].receivedAt()
	for i, m := range msgs {
		if i == self || m.Sender != aftersale.SenderBuyer || answered[m.ID] {
			continue
		}
		at := m.receivedAt()
		replied := false
		for _, s := range sent {
			if !s.Before(at) {
				replied = true
				break
			}
		}
		if !replied && at.Before(first) {
			first = at
		}
	}
	return first.Add(ReplyWindow), account, nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// draftCols are the columns scanDraft reads, prefixed "d.".
const draftCols = `d.id, d.message_id, d.account, d.case_type, d.action, d.order_id, d.language,
	d.seller_language, d.to_addr, d.subject, d.body, d.seller_body, d.in_reply_to, d.references_json,
	d.state, d.needs_human, d.reasons_json, d.findings_json, d.placeholders_json, d.shown_at,
	d.outgoing_id, d.approved_by, d.approved_at, d.auto_approved, d.override_reason, d.reject_reason,
	d.last_error, d.attempts, d.next_attempt, d.deadline, d.created_at, d.updated_at, d.sent_at, d.edited, d.revision`

func scanDraft(s scanner) (aftersale.Draft, error) {
	var d aftersale.Draft
	var kase, state, refs, reasons, findings, ph string
	var shown, approved, next, dl, created, updated, sentAt sql.NullInt64
	err := s.Scan(&d.ID, &d.MessageID, &d.Account, &kase, &d.Action, &d.OrderID, &d.Language,
		&d.SellerLanguage, &d.To, &d.Subject, &d.Body, &d.SellerBody, &d.InReplyTo, &refs,
		&state, &d.NeedsHuman, &reasons, &findings, &ph, &shown,
		&d.OutgoingID, &d.ApprovedBy, &approved, &d.AutoApproved, &d.OverrideReason, &d.RejectReason,
		&d.LastError, &d.Attempts, &next, &dl, &created, &updated, &sentAt, &d.Edited, &d.Revision)
	if err != nil {
		return aftersale.Draft{}, err
	}
	d.Case, d.State = aftersale.Case(kase), aftersale.DraftState(state)
	d.ShownAt, d.ApprovedAt, d.NextAttempt = fromMS(shown), fromMS(approved), fromMS(next)
	d.Deadline, d.CreatedAt, d.UpdatedAt, d.SentAt = fromMS(dl), fromMS(created), fromMS(updated), fromMS(sentAt)
	if d.References, err = fromJSON[string](refs, "references_json"); err != nil {
		return aftersale.Draft{}, fmt.Errorf("draft %d: %w", d.ID, err)
	}
	if d.Reasons, err = fromJSON[string](reasons, "reasons_json"); err != nil {
		return aftersale.Draft{}, fmt.Errorf("draft %d: %w", d.ID, err)
	}
	if d.Findings, err = fromJSON[aftersale.Finding](findings, "findings_json"); err != nil {
		return aftersale.Draft{}, fmt.Errorf("draft %d: %w", d.ID, err)
	}
	if d.Placeholders, err = fromJSON[string](ph, "placeholders_json"); err != nil {
		return aftersale.Draft{}, fmt.Errorf("draft %d: %w", d.ID, err)
	}
	return d, nil
}

// getDraft reads draft id with its tasks.
func getDraft(ctx context.Context, q querier, id int64) (aftersale.Draft, error) {
	d, err := scanDraft(q.QueryRowContext(ctx, "SELECT "+draftCols+" FROM drafts d WHERE d.id = ?", id))
	if err != nil {
		return aftersale.Draft{}, notFound(err)
	}
	ds := []aftersale.Draft{d}
	if err := loadTasks(ctx, q, ds); err != nil {
		return aftersale.Draft{}, err
	}
	return ds[0], nil
}

// loadTasks fills the Tasks of ds in one query.
func loadTasks(ctx context.Context, q querier, ds []aftersale.Draft) error {
	if len(ds) == 0 {
		return nil
	}
	idx := map[int64]int{}
	ids := make([]any, len(ds))
	for i, d := range ds {
		idx[d.ID] = i
		ids[i] = d.ID
	}
	rows, err := q.QueryContext(ctx, "SELECT id, draft_id, order_id, kind, description, due, done FROM tasks WHERE draft_id IN ("+
		placeholders(len(ids))+") ORDER BY id", ids...)
	if err != nil {
		return fmt.Errorf("reading tasks: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var t aftersale.Task
		var kind string
		var due sql.NullInt64
		if err := rows.Scan(&t.ID, &t.DraftID, &t.OrderID, &kind, &t.Description, &due, &t.Done); err != nil {
			return fmt.Errorf("reading tasks: %w", err)
		}
		t.Kind, t.Due = aftersale.TaskKind(kind), fromMS(due)
		i := idx[t.DraftID]
		ds[i].Tasks = append(ds[i].Tasks, t)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reading tasks: %w", err)
	}
	return nil
}

// Draft returns draft id with its tasks. Returns ErrNotFound if it does
// not exist.
func (db *DB) Draft(ctx context.Context, id int64) (aftersale.Draft, error) {
	d, err := getDraft(ctx, db.r, id)
	if err != nil {
		return aftersale.Draft{}, fmt.Errorf("reading draft %d: %w", id, err)
	}
	return d, nil
}

// owedStates are the states in which a reply is still owed to the buyer.
var owedStates = []aftersale.DraftState{aftersale.DraftProposed, aftersale.DraftApproved,
	aftersale.DraftSending, aftersale.DraftFailed, aftersale.DraftSendUnknown}

// draftWhere returns the conditions on the drafts table (as d) that f
// sets, with their arguments: state, overdue, case and account.
func (db *DB) draftWhere(f DraftFilter) (where []string, args []any) {
	states := f.States
	if f.Overdue {
		if len(states) == 0 {
			states = owedStates
		}
		where = append(where, "d.deadline <= ?")
		args = append(args, db.now().UnixMilli())
	}
	if len(states) > 0 {
		where = append(where, "d.state IN ("+placeholders(len(states))+")")
		for _, s := range states {
			args = append(args, string(s))
		}
	}
	if f.Case != "" {
		where = append(where, "d.case_type = ?")
		args = append(args, string(f.Case))
	}
	if f.Account != "" {
		where = append(where, "d.account = ?")
		args = append(args, f.Account)
	}
	return where, args
}

// Drafts returns the drafts matching f, with their tasks, ordered by
// deadline (earliest first) then id. f.Overdue keeps drafts whose deadline
// has passed (by Options.Now); without f.States it then means the drafts
// that still owe a reply (proposed, approved, sending, failed,
// send_unknown).
func (db *DB) Drafts(ctx context.Context, f DraftFilter) ([]aftersale.Draft, error) {
	where, args := db.draftWhere(f)
	q := "SELECT " + draftCols + " FROM drafts d"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY d.deadline IS NULL, d.deadline, d.id LIMIT ?"
	args = append(args, limitArg(f.Limit))
	out, err := queryAll(ctx, db.r, scanDraft, q, args...)
	if err != nil {
		return nil, fmt.Errorf("listing drafts: %w", err)
	}
	if err := loadTasks(ctx, db.r, out); err != nil {
		return nil, fmt.Errorf("listing drafts: %w", err)
	}
	return out, nil
}

// MarkShown records that a person displayed draft id (the first time
// only); a needs_human draft can then be approved. Returns ErrNotFound if
// it does not exist.
func (db *DB) MarkShown(ctx context.Context, id int64) error {
	return db.inTx(ctx, fmt.Sprintf("marking draft %d shown", id), func(tx *sql.Tx) error {
		now := db.now()
		res, err := tx.ExecContext(ctx, "UPDATE drafts SET shown_at = ? WHERE id = ? AND shown_at IS NULL", now.UnixMilli(), id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			var one int
			if err := tx.QueryRowContext(ctx, "SELECT 1 FROM drafts WHERE id = ?", id).Scan(&one); err != nil {
				return notFound(err)
			}
			return nil // shown before
		}
		return audit(ctx, tx, id, now, ActorSystem, "shown", "")
	})
}

// ApproveDraft moves draft id from proposed or failed to approved and fixes
// its outgoing Message-ID (a.OutgoingID, required, unique). It refuses with
// ErrInvalid, naming the reason:
//   - an empty a.By or a.OutgoingID;
//   - a needs_human draft that was neither shown (MarkShown) nor a.Reviewed,
//     and any needs_human draft when a.Auto;
//   - a draft with blocking findings without a.Override (auto-approval
//     can never override);
//   - a draft with unfilled placeholders.
//
// The seller's rules beyond these (a reply text, a recipient, what an
// auto-approval rule promises) are the queue package's, passed as a.Check.
//
// With a.Revision set, a draft whose revision is another returns
// ErrChanged. a.Check, when set, runs inside the approving transaction on
// the draft as it is there, before the guards above; its error refuses the
// approval and is returned as it is.
//
// A draft in any other state (including already approved) returns
// ErrConflict, as does an OutgoingID already used. Returns ErrNotFound if
// the draft does not exist. The approval is recorded in the audit log.
func (db *DB) ApproveDraft(ctx context.Context, id int64, a Approval) error {
	op := fmt.Sprintf("approving draft %d", id)
	a.OutgoingID = trimID(a.OutgoingID)
	if strings.TrimSpace(a.By) == "" {
		return fmt.Errorf("%s: no approver given: %w", op, aftersale.ErrInvalid)
	}
	if a.OutgoingID == "" || !strings.Contains(a.OutgoingID, "@") || strings.ContainsAny(a.OutgoingID, " \t\r\n<>") {
		return fmt.Errorf("%s: outgoing message id %q is not id@domain: %w", op, a.OutgoingID, aftersale.ErrInvalid)
	}
	return db.inTx(ctx, op, func(tx *sql.Tx) error {
		d, err := getDraft(ctx, tx, id)
		if err != nil {
			return err
		}
		// Only proposed and failed: sending -> approved is the sender's
		// retry path, never an approval (that would send twice).
		if d.State != aftersale.DraftProposed && d.State != aftersale.DraftFailed {
			return fmt.Errorf("draft is %s, not proposed or failed: %w", d.State, ErrWrongState)
		}
		if a.Revision > 0 && d.Revision != a.Revision {
			return fmt.Errorf("draft is at revision %d, not %d: %w", d.Revision, a.Revision, ErrChanged)
		}
		if a.Check != nil {
			if err := a.Check(d); err != nil {
				return err
			}
		}
		if d.NeedsHuman && a.Auto {
			return fmt.Errorf("draft needs a person; it cannot be auto-approved: %w", aftersale.ErrInvalid)
		}
		if d.NeedsHuman && d.ShownAt.IsZero() && !a.Reviewed {
			return fmt.Errorf("draft needs a person to read it first (show it, or approve as reviewed): %w", aftersale.ErrInvalid)
		}
		if aftersale.Blocking(d.Findings) {
			if a.Auto {
				return fmt.Errorf("draft has blocking policy findings; auto-approval cannot override them: %w", aftersale.ErrInvalid)
			}
			if strings.TrimSpace(a.Override) == "" {
				return fmt.Errorf("draft has blocking policy findings (%s); approving needs an override reason: %w",
					findingRules(d.Findings), aftersale.ErrInvalid)
			}
		}
		if len(d.Placeholders) > 0 {
			return fmt.Errorf("draft has unfilled placeholders: %s: %w", strings.Join(d.Placeholders, ", "), aftersale.ErrInvalid)
		}
		now := db.now()
		override := ""
		if aftersale.Blocking(d.Findings) {
			override = strings.TrimSpace(a.Override)
		}
		err = cas(ctx, tx, id, d.State, aftersale.DraftApproved,
			"outgoing_id = ?, approved_by = ?, approved_at = ?, auto_approved = ?, override_reason = ?, next_attempt = NULL, updated_at = ?",
			a.OutgoingID, a.By, now.UnixMilli(), bool01(a.Auto), override, now.UnixMilli())
		if err != nil {
			return constraintErr(err)
		}
		var detail []string
		detail = append(detail, "outgoing_id "+a.OutgoingID, fmt.Sprintf("revision %d", d.Revision))
		if a.Auto {
			detail = append(detail, "auto")
		}
		if a.Reviewed {
			detail = append(detail, "reviewed")
		}
		if override != "" {
			detail = append(detail, "override: "+override)
		}
		return audit(ctx, tx, id, now, a.By, "approve", strings.Join(detail, "; "))
	})
}

func findingRules(fs []aftersale.Finding) string {
	var rules []string
	for _, f := range fs {
		if f.Severity == aftersale.SeverityBlock {
			rules = append(rules, f.Rule)
		}
	}
	return strings.Join(rules, ", ")
}

// RejectDraft moves draft id to rejected (from proposed, failed or
// send_unknown), recording by and reason. Returns ErrConflict from any
// other state, ErrNotFound if it does not exist, ErrInvalid without by.
func (db *DB) RejectDraft(ctx context.Context, id int64, by, reason string) error {
	return db.simpleTransition(ctx, id, aftersale.DraftRejected, by, "reject", reason)
}

// MarkNoResponseNeeded moves draft id from proposed to no_response_needed
// (the message needs no reply; remember to tick the box in Seller
// Central). The reason is stored as the draft's RejectReason. Returns
// ErrConflict from any other state, ErrNotFound if it does not exist.
func (db *DB) MarkNoResponseNeeded(ctx context.Context, id int64, by, reason string) error {
	return db.simpleTransition(ctx, id, aftersale.DraftNoResponseNeeded, by, "no_response_needed", reason)
}

func (db *DB) simpleTransition(ctx context.Context, id int64, to aftersale.DraftState, by, action, reason string) error {
	op := fmt.Sprintf("marking draft %d %s", id, to)
	if strings.TrimSpace(by) == "" {
		return fmt.Errorf("%s: no actor given: %w", op, aftersale.ErrInvalid)
	}
	return db.inTx(ctx, op, func(tx *sql.Tx) error {
		from, err := draftState(ctx, tx, id)
		if err != nil {
			return err
		}
		now := db.now()
		if err := cas(ctx, tx, id, from, to, "reject_reason = ?, updated_at = ?", reason, now.UnixMilli()); err != nil {
			return err
		}
		return audit(ctx, tx, id, now, by, action, reason)
	})
}

// UpdateDraftBody replaces the body, findings and placeholders of draft id
// as EditDraft does, whatever its revision.
func (db *DB) UpdateDraftBody(ctx context.Context, id int64, body string, findings []aftersale.Finding, placeholders []string, by string) error {
	_, err := db.EditDraft(ctx, id, by, func(aftersale.Draft) (DraftText, error) {
		return DraftText{Body: body, Findings: findings, Placeholders: placeholders}, nil
	})
	return err
}

// DraftText is a new text of a draft with its policy check.
type DraftText struct {
	Body         string
	Findings     []aftersale.Finding
	Placeholders []string
}

// EditDraft replaces the text of draft id with what fn makes of the draft
// as it is inside the editing transaction (fn checks the new text against
// the messaging policy and may refuse: its error is returned as it is),
// and marks it edited. The revision goes up by one, the draft counts as
// not shown again (a needs_human draft must be read again), and by is
// recorded as having seen the new revision (they wrote it). Only a
// proposed or approved draft can be edited; an approved one goes back to
// proposed and loses its approval (it must be approved again). It returns
// the draft as stored. Returns ErrConflict in any other state, ErrNotFound
// if it does not exist, ErrInvalid without by.
func (db *DB) EditDraft(ctx context.Context, id int64, by string, fn func(aftersale.Draft) (DraftText, error)) (aftersale.Draft, error) {
	op := fmt.Sprintf("editing draft %d", id)
	if strings.TrimSpace(by) == "" {
		return aftersale.Draft{}, fmt.Errorf("%s: no actor given: %w", op, aftersale.ErrInvalid)
	}
	var out aftersale.Draft
	err := db.inTx(ctx, op, func(tx *sql.Tx) error {
		d, err := getDraft(ctx, tx, id)
		if err != nil {
			return err
		}
		from := d.State
		if from != aftersale.DraftProposed && from != aftersale.DraftApproved {
			return fmt.Errorf("draft is %s, only proposed or approved drafts can be edited: %w", from, ErrWrongState)
		}
		t, err := fn(d)
		if err != nil {
			return err
		}
		now := db.now()
		sets := "body = ?, findings_json = ?, placeholders_json = ?, edited = 1, revision = revision + 1, shown_at = NULL, updated_at = ?"
		args := []any{t.Body, jsonText(t.Findings), jsonText(t.Placeholders), now.UnixMilli()}
		detail := fmt.Sprintf("revision %d", d.Revision+1)
		if from == aftersale.DraftProposed {
			res, err := tx.ExecContext(ctx, "UPDATE drafts SET "+sets+" WHERE id = ? AND state = ?",
				append(args, id, string(from))...)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n == 0 {
				return fmt.Errorf("draft is no longer %s: %w", from, aftersale.ErrConflict)
			}
		} else {
			sets += ", outgoing_id = '', approved_by = '', approved_at = NULL, auto_approved = 0, override_reason = ''"
			if err := cas(ctx, tx, id, from, aftersale.DraftProposed, sets, args...); err != nil {
				return err
			}
			detail += "; approval withdrawn"
		}
		if err := recordView(ctx, tx, id, by, d.Revision+1, now); err != nil {
			return err
		}
		if err := audit(ctx, tx, id, now, by, "edit", detail); err != nil {
			return err
		}
		out, err = getDraft(ctx, tx, id)
		return err
	})
	return out, err
}

// ClaimOutbox moves the oldest approved draft whose NextAttempt is due (by
// Options.Now) to sending and returns it. Each draft is claimed once, even
// with several callers or processes. The claim is synced to disk before
// it returns (synchronous FULL), so it survives a power cut. Returns
// ErrNotFound when nothing is due.
func (db *DB) ClaimOutbox(ctx context.Context) (aftersale.Draft, error) {
	return db.ClaimOutboxExcept(ctx, nil)
}

// MarkSent moves draft id from sending (or send_unknown, when a person
// confirms it went out) to sent and appends its sent_log row, in one
// transaction. Empty fields of r are filled from the draft; r.MessageID,
// if given, must be the draft's outgoing id (ErrInvalid otherwise). A zero
// r.SentAt means now. Synced to disk before it returns (synchronous FULL).
// Returns ErrConflict from any other state.
func (db *DB) MarkSent(ctx context.Context, id int64, r aftersale.SentReply) error {
	return db.inTxDurable(ctx, fmt.Sprintf("marking draft %d sent", id), func(tx *sql.Tx) error {
		d, err := getDraft(ctx, tx, id)
		if err != nil {
			return err
		}
		if d.State != aftersale.DraftSending && d.State != aftersale.DraftSendUnknown {
			return fmt.Errorf("draft is %s, not sending: %w", d.State, aftersale.ErrConflict)
		}
		r.MessageID = trimID(r.MessageID)
		if r.MessageID != "" && r.MessageID != d.OutgoingID {
			return fmt.Errorf("sent message id %q is not the approved %q: %w", r.MessageID, d.OutgoingID, aftersale.ErrInvalid)
		}
		now := db.now()
		if r.SentAt.IsZero() {
			r.SentAt = now
		}
		r.DraftID, r.MessageID = id, d.OutgoingID
		fill := func(dst *string, v string) {
			if *dst == "" {
				*dst = v
			}
		}
		fill(&r.Account, d.Account)
		fill(&r.To, d.To)
		fill(&r.Subject, d.Subject)
		fill(&r.Body, d.Body)
		fill(&r.OrderID, d.OrderID)
		if r.Case == "" {
			r.Case = d.Case
		}
		fill(&r.ApprovedBy, d.ApprovedBy)
		r.AutoApproved = r.AutoApproved || d.AutoApproved
		if err := cas(ctx, tx, id, d.State, aftersale.DraftSent, "sent_at = ?, last_error = '', updated_at = ?",
			r.SentAt.UnixMilli(), now.UnixMilli()); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO sent_log (draft_id, account, message_id, to_addr, subject, body,
	order_id, case_type, approved_by, auto_approved, verdict, smtp_reply, sent_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			r.DraftID, r.Account, r.MessageID, r.To, r.Subject, r.Body, r.OrderID, string(r.Case),
			r.ApprovedBy, bool01(r.AutoApproved), r.Verdict, r.SMTPReply, r.SentAt.UnixMilli())
		if err != nil {
			return fmt.Errorf("appending to sent log: %w", constraintErr(err))
		}
		actor := ActorSender
		if d.State == aftersale.DraftSendUnknown {
			actor = ActorSystem
		}
		return audit(ctx, tx, id, now, actor, "sent", "message_id "+r.MessageID)
	})
}

// MarkSendFailed records a failed send of draft id (which must be
// sending). A temporary failure puts it back to approved with Attempts+1,
// LastError reason and NextAttempt next; a permanent one moves it to
// failed with Attempts+1 and LastError, where a person may approve it
// again or reject it. Returns ErrConflict when the draft is not sending.
func (db *DB) MarkSendFailed(ctx context.Context, id int64, reason string, temporary bool, next time.Time) error {
	return db.inTxDurable(ctx, fmt.Sprintf("recording failed send of draft %d", id), func(tx *sql.Tx) error {
		from, err := draftState(ctx, tx, id)
		if err != nil {
			return err
		}
		now := db.now()
		to, action := aftersale.DraftFailed, "send_failed"
		var nextAt any
		if temporary {
			to, action, nextAt = aftersale.DraftApproved, "send_retry", ms(next)
		}
		if err := cas(ctx, tx, id, from, to, "attempts = attempts + 1, last_error = ?, next_attempt = ?, updated_at = ?",
			reason, nextAt, now.UnixMilli()); err != nil {
			return err
		}
		return audit(ctx, tx, id, now, ActorSender, action, reason)
	})
}

// RecoverSending moves every draft found in sending (the process stopped
// mid-send) to send_unknown, for a person to resolve: it is never re-sent
// automatically (at-most-once delivery). Call it at start-up, before the
// sender runs. Returns how many drafts it moved.
func (db *DB) RecoverSending(ctx context.Context) (int, error) {
	var n int
	err := db.inTx(ctx, "recovering interrupted sends", func(tx *sql.Tx) error {
		now := db.now()
		rows, err := tx.QueryContext(ctx, "UPDATE drafts SET state = 'send_unknown', updated_at = ? WHERE state = 'sending' RETURNING id",
			now.UnixMilli())
		if err != nil {
			return err
		}
		var ids []int64
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, id := range ids {
			if err := audit(ctx, tx, id, now, ActorSystem, "send_unknown", "found in sending at start-up"); err != nil {
				return err
			}
		}
		n = len(ids)
		return nil
	})
	return n, err
}

// Counts returns the number of drafts in each state; every state is
// present, with 0 when there are none.
func (db *DB) Counts(ctx context.Context) (map[aftersale.DraftState]int, error) {
	out := map[aftersale.DraftState]int{}
	for _, s := range aftersale.DraftStates() {
		out[s] = 0
	}
	rows, err := db.r.QueryContext(ctx, "SELECT state, count(*) FROM drafts GROUP BY state")
	if err != nil {
		return nil, fmt.Errorf("counting drafts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var s string
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			return nil, fmt.Errorf("counting drafts: %w", err)
		}
		out[aftersale.DraftState(s)] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("counting drafts: %w", err)
	}
	return out, nil
}

// draftState reads the state of draft id; ErrNotFound if it does not exist.
func draftState(ctx context.Context, tx *sql.Tx, id int64) (aftersale.DraftState, error) {
	var s string
	if err := tx.QueryRowContext(ctx, "SELECT state FROM drafts WHERE id = ?", id).Scan(&s); err != nil {
		return "", notFound(err)
	}
	return aftersale.DraftState(s), nil
}

// cas is the compare-and-set of every draft transition: it checks
// aftersale.CanTransition(from, to) and runs UPDATE drafts SET state = to,
// sets... WHERE id = ? AND state = from. A refused transition or zero
// updated rows return ErrConflict.
func cas(ctx context.Context, tx *sql.Tx, id int64, from, to aftersale.DraftState, sets string, args ...any) error {
	if !aftersale.CanTransition(from, to) {
		return fmt.Errorf("draft is %s and cannot become %s: %w", from, to, ErrWrongState)
	}
	q := "UPDATE drafts SET state = ?"
	if sets != "" {
		q += ", " + sets
	}
	q += " WHERE id = ? AND state = ?"
	all := append([]any{string(to)}, args...)
	all = append(all, id, string(from))
	res, err := tx.ExecContext(ctx, q, all...)
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("draft is no longer %s: %w", from, ErrWrongState)
	}
	return nil
}

// inTx runs fn in one write transaction, committing when it returns nil.
// Errors are prefixed with op.
func (db *DB) inTx(ctx context.Context, op string, fn func(*sql.Tx) error) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return db.finishTx(op, tx, fn)
}

// inTxDurable is inTx for the writes of the send path, which must be on
// disk before the caller goes on: the claim before the SMTP connection
// opens, the sent mark before the next claim. The transaction commits
// with synchronous=FULL, so SQLite syncs the write-ahead log at the commit
// (with NORMAL a power cut can undo the last commits: a lost claim would
// make the draft approved again, and the reply would be sent twice). The
// sync covers every commit before it in the log too. The writer
// connection is set back to NORMAL afterwards; if that fails it stays
// FULL, which is only slower.
func (db *DB) inTxDurable(ctx context.Context, op string, fn func(*sql.Tx) error) error {
	conn, err := db.w.Conn(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	defer conn.Close()
	// SQLite refuses to change the level inside a transaction.
	if _, err := conn.ExecContext(ctx, "PRAGMA synchronous = FULL"); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA synchronous = NORMAL")
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return db.finishTx(op, tx, fn)
}

// finishTx runs fn in tx and commits it when fn returns nil, else rolls it
// back. Errors are prefixed with op.
func (db *DB) finishTx(op string, tx *sql.Tx, fn func(*sql.Tx) error) error {
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if db.beforeCommit != nil {
		db.beforeCommit(op, tx)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
}
