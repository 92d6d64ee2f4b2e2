package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/aftersale/aftersale"
)

// kindError is a refusal that callers tell apart with errors.Is; it
// unwraps to the sentinel of its kind (ErrConflict, ErrInvalid).
type kindError struct {
	msg  string
	kind error
}

func (e *kindError) Error() string { return e.msg }
func (e *kindError) Unwrap() error { return e.kind }

var (
	// ErrWrongState: the draft's state does not allow the change (a
	// compare-and-set found another state). Wraps aftersale.ErrConflict.
	ErrWrongState error = &kindError{"wrong state", aftersale.ErrConflict}
	// ErrChanged: the draft is at another revision than the one named.
	// Wraps aftersale.ErrConflict.
	ErrChanged error = &kindError{"changed", aftersale.ErrConflict}
)

// recordView records in tx that viewer was shown revision rev of draft id.
func recordView(ctx context.Context, tx *sql.Tx, id int64, viewer string, rev int, at time.Time) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO draft_views (draft_id, viewer, revision, at) VALUES (?, ?, ?, ?)
ON CONFLICT (draft_id, viewer) DO UPDATE SET revision = excluded.revision, at = excluded.at`, id, viewer, rev, at.UnixMilli())
	if err != nil {
		return fmt.Errorf("recording who saw draft %d: %w", id, err)
	}
	return nil
}

// ShowDraft returns draft id with its tasks and records, in the same
// transaction, that viewer was shown this revision of it: the first
// showing of a revision sets ShownAt (a needs_human draft can then be
// approved) and is audited. Returns ErrNotFound if it does not exist and
// ErrInvalid without a viewer.
func (db *DB) ShowDraft(ctx context.Context, id int64, viewer string) (aftersale.Draft, error) {
	op := fmt.Sprintf("showing draft %d", id)
	if strings.TrimSpace(viewer) == "" {
		return aftersale.Draft{}, fmt.Errorf("%s: no viewer given: %w", op, aftersale.ErrInvalid)
	}
	var d aftersale.Draft
	err := db.inTx(ctx, op, func(tx *sql.Tx) error {
		var err error
		if d, err = getDraft(ctx, tx, id); err != nil {
			return err
		}
		now := db.now()
		if d.ShownAt.IsZero() {
			if _, err := tx.ExecContext(ctx, "UPDATE drafts SET shown_at = ? WHERE id = ?", now.UnixMilli(), id); err != nil {
				return err
			}
			d.ShownAt = now
			if err := audit(ctx, tx, id, now, viewer, "shown", fmt.Sprintf("revision %d", d.Revision)); err != nil {
				return err
			}
		}
		return recordView(ctx, tx, id, viewer, d.Revision, now)
	})
	if err != nil {
		return aftersale.Draft{}, err
	}
	return d, nil
}

// ShownRevision returns the revision of draft id that viewer was shown
// last (ShowDraft, or their own edit), or 0 when never.
func (db *DB) ShownRevision(ctx context.Context, id int64, viewer string) (int, error) {
	var rev int
	err := db.r.QueryRowContext(ctx, "SELECT revision FROM draft_views WHERE draft_id = ? AND viewer = ?", id, viewer).Scan(&rev)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("reading who saw draft %d: %w", id, err)
	}
	return rev, nil
}

// Listed is a draft with what a list shows of its buyer message.
type Listed struct {
	aftersale.Draft
	Marketplace string // of the buyer message, e.g. amazon.de
	Buyer       string // the buyer's name
	Subject     string // the buyer message's subject
}

// ListDrafts returns the drafts matching f as Drafts does, each with its
// message's marketplace, buyer name and subject, in one query (plus one
// for the tasks).
func (db *DB) ListDrafts(ctx context.Context, f DraftFilter) ([]Listed, error) {
	where, args := db.draftWhere(f)
	if mp := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(f.Marketplace)), "amazon."); mp != "" {
		where = append(where, "(lower(m.marketplace) = ? OR lower(m.marketplace) = ?)")
		args = append(args, mp, "amazon."+mp)
	}
	q := "SELECT " + draftCols + ", COALESCE(m.marketplace, ''), COALESCE(m.buyer_name, ''), COALESCE(m.subject, '')" +
		" FROM drafts d LEFT JOIN messages m ON m.id = d.message_id"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY d.deadline IS NULL, d.deadline, d.id LIMIT ?"
	args = append(args, limitArg(f.Limit))
	rows, err := db.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("listing drafts: %w", err)
	}
	defer rows.Close()
	var out []Listed
	var ds []aftersale.Draft
	for rows.Next() {
		var l Listed
		d, err := scanDraft(extraScanner{rows, []any{&l.Marketplace, &l.Buyer, &l.Subject}})
		if err != nil {
			return nil, fmt.Errorf("listing drafts: %w", err)
		}
		out = append(out, l)
		ds = append(ds, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing drafts: %w", err)
	}
	if err := loadTasks(ctx, db.r, ds); err != nil {
		return nil, fmt.Errorf("listing drafts: %w", err)
	}
	for i := range out {
		out[i].Draft = ds[i]
	}
	return out, nil
}

// extraScanner scans the columns of scanDraft followed by extra ones.
type extraScanner struct {
	s     scanner
	extra []any
}

func (e extraScanner) Scan(dest ...any) error { return e.s.Scan(append(dest, e.extra...)...) }

// ResolveSendUnknown records what a person found out about draft id, left
// in send_unknown by a crash during its send: with sent, that it went out
// (the draft becomes sent and gets its sent-log row, with note as the
// SMTP reply); otherwise that it did not (the draft goes back to
// approved, same outgoing Message-ID, and the sender sends it). Returns
// ErrWrongState from any other state, ErrNotFound if it does not exist,
// ErrInvalid without by.
func (db *DB) ResolveSendUnknown(ctx context.Context, id int64, by string, sent bool, note string) error {
	op := fmt.Sprintf("resolving draft %d", id)
	if strings.TrimSpace(by) == "" {
		return fmt.Errorf("%s: no actor given: %w", op, aftersale.ErrInvalid)
	}
	if sent {
		if note == "" {
			note = "confirmed sent by " + by
		}
		err := db.inTx(ctx, op, func(tx *sql.Tx) error {
			from, err := draftState(ctx, tx, id)
			if err != nil {
				return err
			}
			if from != aftersale.DraftSendUnknown {
				return fmt.Errorf("draft is %s, not send_unknown: %w", from, ErrWrongState)
			}
			return audit(ctx, tx, id, db.now(), by, "resolve", "sent")
		})
		if err != nil {
			return err
		}
		return db.MarkSent(ctx, id, aftersale.SentReply{SMTPReply: note, Verdict: "resolved"})
	}
	return db.inTxDurable(ctx, op, func(tx *sql.Tx) error {
		from, err := draftState(ctx, tx, id)
		if err != nil {
			return err
		}
		if from != aftersale.DraftSendUnknown {
			return fmt.Errorf("draft is %s, not send_unknown: %w", from, ErrWrongState)
		}
		now := db.now()
		if err := cas(ctx, tx, id, from, aftersale.DraftApproved, "next_attempt = NULL, updated_at = ?", now.UnixMilli()); err != nil {
			return err
		}
		return audit(ctx, tx, id, now, by, "resolve", "not sent: back to approved")
	})
}

// Redraft is the outcome of a reclassification for ReclassifyDraft: the
// new classification and, when the draft is written again, its new
// content (nil: the draft stays as it is).
type Redraft struct {
	Class aftersale.Classification
	Draft *aftersale.Draft
}

// redraftable are the states whose draft a reclassification writes again:
// nothing was sent or is being sent.
var redraftable = []aftersale.DraftState{aftersale.DraftProposed, aftersale.DraftApproved, aftersale.DraftFailed,
	aftersale.DraftRejected, aftersale.DraftNoResponseNeeded}

// Redraftable reports whether a reclassification writes a draft in state s
// again (ReclassifyDraft); in the other states (sending, sent,
// send_unknown) only the classification changes.
func Redraftable(s aftersale.DraftState) bool {
	for _, r := range redraftable {
		if s == r {
			return true
		}
	}
	return false
}

// ReclassifyDraft replaces the classification of draft id's message with
// the one fn makes, in one transaction: fn gets the draft and the current
// classification as they are there and returns the new ones. The old
// classification is kept in the message's classification history, with by
// and when. When fn returns a draft (only for a Redraftable state) it
// replaces the draft's case, action, texts, findings, placeholders,
// reasons and tasks; the draft becomes proposed (or no_response_needed
// when the new draft says so), loses any approval and edit mark, counts as
// not shown, and its revision goes up by one. The audit records by, the
// old and the new case. It returns the draft as stored.
//
// Returns ErrNotFound if the draft or its classification does not exist,
// ErrWrongState when fn returns a draft for a state that cannot be
// redrafted, ErrInvalid without by or for an invalid classification.
func (db *DB) ReclassifyDraft(ctx context.Context, id int64, by string, fn func(aftersale.Draft, aftersale.Classification) (Redraft, error)) (aftersale.Draft, error) {
	op := fmt.Sprintf("reclassifying draft %d", id)
	if strings.TrimSpace(by) == "" {
		return aftersale.Draft{}, fmt.Errorf("%s: no actor given: %w", op, aftersale.ErrInvalid)
	}
	var out aftersale.Draft
	err := db.inTx(ctx, op, func(tx *sql.Tx) error {
		d, err := getDraft(ctx, tx, id)
		if err != nil {
			return err
		}
		old, err := scanClassification(tx.QueryRowContext(ctx,
			"SELECT "+classificationCols+" FROM classifications c WHERE c.message_id = ?", d.MessageID))
		if err != nil {
			return fmt.Errorf("reading classification of message %d: %w", d.MessageID, notFound(err))
		}
		r, err := fn(d, old)
		if err != nil {
			return err
		}
		now := db.now()
		r.Class.MessageID = d.MessageID
		args, err := classificationArgs(r.Class, now)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO classification_history (message_id, case_type, secondary, sub_reason,
	confidence, needs_human, reasons_json, language, notice, facts_json, classifier_version, classified_at, origin,
	replaced_at, replaced_by)
SELECT message_id, case_type, secondary, sub_reason, confidence, needs_human, reasons_json, language, notice,
	facts_json, classifier_version, classified_at, origin, ?, ? FROM classifications WHERE message_id = ?`,
			now.UnixMilli(), by, d.MessageID); err != nil {
			return fmt.Errorf("keeping the old classification: %w", err)
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM classifications WHERE message_id = ?", d.MessageID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, insertClassificationSQL, args...); err != nil {
			return constraintErr(err)
		}
		detail := fmt.Sprintf("case %s -> %s", caseLabel(old), caseLabel(r.Class))
		if r.Draft != nil {
			if !Redraftable(d.State) {
				return fmt.Errorf("draft is %s and cannot be written again: %w", d.State, ErrWrongState)
			}
			if err := redraft(ctx, tx, d, *r.Draft, now); err != nil {
				return err
			}
			detail += fmt.Sprintf("; redrafted as %s, revision %d", r.Draft.Action, d.Revision+1)
		} else {
			detail += "; draft unchanged"
		}
		if err := audit(ctx, tx, id, now, by, "reclassify", detail); err != nil {
			return err
		}
		out, err = getDraft(ctx, tx, id)
		return err
	})
	return out, err
}

// caseLabel is "case" or "case/sub_reason", with "(not buyer mail)".
func caseLabel(c aftersale.Classification) string {
	s := string(c.Case)
	if c.SubReason != "" {
		s += "/" + string(c.SubReason)
	}
	if c.Origin == aftersale.OriginNotBuyer {
		s += " (not buyer mail)"
	}
	return s
}

// redraft replaces the content of draft d with n's in tx.
func redraft(ctx context.Context, tx *sql.Tx, d, n aftersale.Draft, now time.Time) error {
	if !n.Case.Valid() {
		return fmt.Errorf("new draft case %q: %w", n.Case, aftersale.ErrInvalid)
	}
	state := aftersale.DraftProposed
	if n.State == aftersale.DraftNoResponseNeeded {
		state = n.State
	}
	reject := ""
	if state == aftersale.DraftNoResponseNeeded && len(n.Reasons) > 0 {
		reject = n.Reasons[0]
	}
	res, err := tx.ExecContext(ctx, `UPDATE drafts SET state = ?, case_type = ?, action = ?, order_id = ?, language = ?,
	seller_language = ?, to_addr = ?, subject = ?, body = ?, seller_body = ?, needs_human = ?, reasons_json = ?,
	findings_json = ?, placeholders_json = ?, shown_at = NULL, outgoing_id = '', approved_by = '', approved_at = NULL,
	auto_approved = 0, override_reason = '', reject_reason = ?, last_error = '', attempts = 0, next_attempt = NULL,
	edited = 0, revision = revision + 1, updated_at = ?
WHERE id = ? AND state = ?`,
		string(state), string(n.Case), n.Action, n.OrderID, n.Language, n.SellerLanguage, n.To, n.Subject, n.Body,
		n.SellerBody, bool01(n.NeedsHuman), jsonText(n.Reasons), jsonText(n.Findings), jsonText(n.Placeholders),
		reject, now.UnixMilli(), d.ID, string(d.State))
	if err != nil {
		return fmt.Errorf("writing the new draft: %w", err)
	}
	if k, _ := res.RowsAffected(); k == 0 {
		return fmt.Errorf("draft is no longer %s: %w", d.State, ErrWrongState)
	}
	// The text before a person's first edit belongs to the old draft.
	if _, err := tx.ExecContext(ctx, "DELETE FROM draft_originals WHERE draft_id = ?", d.ID); err != nil {
		return fmt.Errorf("writing the new draft: %w", err)
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM tasks WHERE draft_id = ? AND done = 0", d.ID); err != nil {
		return fmt.Errorf("replacing the tasks: %w", err)
	}
	for _, t := range n.Tasks {
		if t.OrderID == "" {
			t.OrderID = n.OrderID
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO tasks (draft_id, order_id, kind, description, due, done) VALUES (?, ?, ?, ?, ?, ?)",
			d.ID, t.OrderID, string(t.Kind), t.Description, ms(t.Due), bool01(t.Done)); err != nil {
			return fmt.Errorf("replacing the tasks: %w", err)
		}
	}
	return nil
}

// ClassificationHistory returns the earlier classifications of message
// id, oldest first, each with who replaced it (ReplacedBy) and when.
func (db *DB) ClassificationHistory(ctx context.Context, id int64) ([]ReplacedClassification, error) {
	rows, err := db.r.QueryContext(ctx, "SELECT "+classificationCols+`, c.replaced_at, c.replaced_by
FROM classification_history c WHERE c.message_id = ? ORDER BY c.id`, id)
	if err != nil {
		return nil, fmt.Errorf("reading the classification history of message %d: %w", id, err)
	}
	defer rows.Close()
	var out []ReplacedClassification
	for rows.Next() {
		var r classRow
		var rc ReplacedClassification
		var at sql.NullInt64
		if err := rows.Scan(append(r.dest(), &at, &rc.ReplacedBy)...); err != nil {
			return nil, fmt.Errorf("reading the classification history of message %d: %w", id, err)
		}
		if rc.Classification, err = r.decode(); err != nil {
			return nil, err
		}
		rc.ReplacedAt = fromMS(at)
		out = append(out, rc)
	}
	return out, rows.Err()
}

// ReplacedClassification is a classification a person replaced.
type ReplacedClassification struct {
	aftersale.Classification
	ReplacedAt time.Time
	ReplacedBy string
}

// OriginalBody returns the body of draft id as the drafter wrote it: the
// text before a person's first edit, else the body now. Returns
// ErrNotFound if the draft does not exist.
func (db *DB) OriginalBody(ctx context.Context, id int64) (string, error) {
	var body string
	err := db.r.QueryRowContext(ctx, `SELECT COALESCE(o.body, d.body) FROM drafts d
LEFT JOIN draft_originals o ON o.draft_id = d.id WHERE d.id = ?`, id).Scan(&body)
	if err != nil {
		return "", fmt.Errorf("reading the original text of draft %d: %w", id, notFound(err))
	}
	return body, nil
}
