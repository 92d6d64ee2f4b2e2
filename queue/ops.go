package queue

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// Normalize returns an edited reply text as it is stored: Unix line ends,
// one final newline.
func Normalize(body string) string {
	return strings.TrimRight(strings.ReplaceAll(body, "\r\n", "\n"), "\n") + "\n"
}

// EditResult is what Edit did.
type EditResult struct {
	Draft   aftersale.Draft // the draft as stored
	Changed bool            // false: the text was the same, nothing stored
}

// Edit replaces the reply of draft id with body (normalised) and checks
// it again against the messaging policy, in the buyer's language (a reply
// edited into another language is flagged), and for placeholders. With
// revision not 0, a draft at another revision is refused (ErrChanged): the
// text was edited from an older one. An approved draft goes back to
// proposed and must be approved again; a needs-human draft must be read
// again. by counts as having seen the new revision.
//
// Refusals: ErrEmpty (no text, or only the greeting and signature),
// ErrChanged, ErrWrongState (only proposed and approved drafts can be
// edited), ErrNoReply (a draft without a reply).
func (q *Queue) Edit(ctx context.Context, id int64, body, by string, revision int) (EditResult, error) {
	const op = "edit"
	body = Normalize(body)
	d, err := q.db.Draft(ctx, id)
	if err != nil {
		return EditResult{}, err
	}
	if body == d.Body && (revision == 0 || revision == d.Revision) {
		return EditResult{Draft: d}, nil
	}
	m, cl, _, err := q.context(ctx, d)
	if err != nil {
		return EditResult{}, err
	}
	original, err := q.db.OriginalBody(ctx, id)
	if err != nil {
		return EditResult{}, err
	}
	// The buyer's language, so a reply edited into another language is
	// flagged (language_mismatch).
	lang := d.Language
	if cl.Language != "" || m.Marketplace != "" {
		lang = respond.BuyerLanguage(cl.Language, m.Marketplace)
	}
	s := q.opts.Settings
	out, err := q.db.EditDraft(ctx, id, by, func(cur aftersale.Draft) (store.DraftText, error) {
		if revision > 0 && cur.Revision != revision {
			r := refuse(ErrChanged, op, cur)
			r.Want = revision
			return store.DraftText{}, r
		}
		if cur.State == aftersale.DraftNoResponseNeeded || cur.Body == "" && cur.To == "" {
			return store.DraftText{}, refuse(ErrNoReply, op, cur)
		}
		if EmptyReply(body, original) {
			return store.DraftText{}, refuse(ErrEmpty, op, cur)
		}
		return store.DraftText{Body: body, Findings: respond.CheckLang(body, lang, s), Placeholders: respond.FindPlaceholders(body)}, nil
	})
	if err != nil {
		return EditResult{}, translate(err, op, id, func() (aftersale.Draft, error) { return q.db.Draft(ctx, id) })
	}
	return EditResult{Draft: out, Changed: true}, nil
}

// EmptyReply reports whether body says nothing: empty, blanks only, or
// only paragraphs that are the greeting (first paragraph) or the closing
// and signature (last paragraph) of original, the reply as drafted, when
// original has text between them.
func EmptyReply(body, original string) bool {
	ps := paragraphs(body)
	if len(ps) == 0 {
		return true
	}
	op := paragraphs(original)
	if len(op) < 3 {
		return false
	}
	frame := map[string]bool{op[0]: true, op[len(op)-1]: true}
	for _, p := range ps {
		if !frame[p] {
			return false
		}
	}
	return true
}

// paragraphs splits s at blank lines, each paragraph with its spaces
// collapsed; blank ones are left out.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Approval is a person's decision to send a draft.
type Approval struct {
	By string // who approves; required
	// Reviewed: the person has read the draft (a needs-human draft not
	// shown to anyone needs it).
	Reviewed bool
	// Override is why blocking policy findings are overridden; required
	// when there are any. It is logged.
	Override string
	// Revision is the revision approved. 0 means the one By was shown
	// last (View, or their own Edit), and the current one when By was
	// never shown the draft.
	Revision int
}

// Approve approves draft id for sending: its outgoing Message-ID is fixed
// here. Every rule is checked inside the approving transaction, on the
// draft as it is there. Refusals: ErrChanged (the draft changed since the
// revision approved), ErrWrongState (only proposed and failed drafts),
// ErrNeedsReview, ErrPlaceholders, ErrBlocked, ErrEmpty, ErrNoRecipient.
// It returns the approved draft.
func (q *Queue) Approve(ctx context.Context, id int64, a Approval) (aftersale.Draft, error) {
	rev := a.Revision
	if rev == 0 {
		var err error
		if rev, err = q.db.ShownRevision(ctx, id, a.By); err != nil {
			return aftersale.Draft{}, err
		}
	}
	return q.approve(ctx, id, store.Approval{By: a.By, Reviewed: a.Reviewed, Override: a.Override, Revision: rev}, nil)
}

// approve runs the approval with the queue's rules (and, for an
// auto-approval, rule) as the store's in-transaction check.
func (q *Queue) approve(ctx context.Context, id int64, sa store.Approval, rule func(aftersale.Draft) string) (aftersale.Draft, error) {
	const op = "approve"
	original, err := q.db.OriginalBody(ctx, id)
	if err != nil {
		return aftersale.Draft{}, err
	}
	want := sa.Revision
	sa.Revision = 0 // checked below, as a Refusal
	sa.OutgoingID = respond.NewOutgoingID(q.opts.MessageIDDomain)
	var approved aftersale.Draft
	sa.Check = func(d aftersale.Draft) error {
		if want > 0 && d.Revision != want {
			r := refuse(ErrChanged, op, d)
			r.Want = want
			return r
		}
		if d.State != aftersale.DraftProposed && d.State != aftersale.DraftFailed {
			return refuse(ErrWrongState, op, d)
		}
		if err := approvable(d, sa, original, op); err != nil {
			return err
		}
		if rule != nil {
			if why := rule(d); why != "" {
				r := refuse(ErrNotAuto, op, d)
				r.Why = why
				return r
			}
		}
		approved = d
		return nil
	}
	err = q.db.ApproveDraft(ctx, id, sa)
	if err != nil {
		return aftersale.Draft{}, translate(err, op, id, func() (aftersale.Draft, error) { return q.db.Draft(ctx, id) })
	}
	approved.State, approved.OutgoingID, approved.ApprovedBy, approved.AutoApproved = aftersale.DraftApproved, sa.OutgoingID, sa.By, sa.Auto
	return approved, nil
}

// approvable checks d against the approval rules; original is its text
// as drafted.
func approvable(d aftersale.Draft, a store.Approval, original, op string) error {
	if d.Body == "" && d.To == "" && d.State == aftersale.DraftNoResponseNeeded {
		return refuse(ErrNoReply, op, d)
	}
	if d.NeedsHuman && (a.Auto || d.ShownAt.IsZero() && !a.Reviewed) {
		return refuse(ErrNeedsReview, op, d)
	}
	blocked := aftersale.Blocking(d.Findings) && (a.Auto || strings.TrimSpace(a.Override) == "")
	if len(d.Placeholders) > 0 {
		r := refuse(ErrPlaceholders, op, d)
		r.Placeholders = d.Placeholders
		if blocked {
			r.Rules = blockingRules(d.Findings)
		}
		return r
	}
	if blocked {
		r := refuse(ErrBlocked, op, d)
		r.Rules = blockingRules(d.Findings)
		return r
	}
	if EmptyReply(d.Body, original) {
		return refuse(ErrEmpty, op, d)
	}
	if strings.TrimSpace(d.To) == "" {
		return refuse(ErrNoRecipient, op, d)
	}
	return nil
}

// Reject moves draft id to rejected (from proposed, failed or
// send_unknown): nothing is sent. reason is required. Refusals:
// ErrWrongState.
func (q *Queue) Reject(ctx context.Context, id int64, by, reason string) error {
	err := q.db.RejectDraft(ctx, id, by, reason)
	return translate(err, "reject", id, func() (aftersale.Draft, error) { return q.db.Draft(ctx, id) })
}

// NoResponseNeeded marks the message of draft id as needing no reply
// (from proposed): nothing is sent and aftersale's clock stops. Amazon's
// does not: the seller also ticks "No response needed" in Seller Central,
// which has no API for it. Refusals: ErrWrongState.
func (q *Queue) NoResponseNeeded(ctx context.Context, id int64, by, reason string) error {
	if reason == "" {
		reason = "no response needed"
	}
	err := q.db.MarkNoResponseNeeded(ctx, id, by, reason)
	return translate(err, "no_response_needed", id, func() (aftersale.Draft, error) { return q.db.Draft(ctx, id) })
}

// Resolve records what a person found out about draft id, which a crash
// left in send_unknown (the send may or may not have gone out): with sent,
// that it went out (it is recorded in the sent log, note as the server's
// reply); otherwise that it did not (it goes back to approved, with the
// same Message-ID, and the sender sends it). Refusals: ErrWrongState.
func (q *Queue) Resolve(ctx context.Context, id int64, by string, sent bool, note string) error {
	err := q.db.ResolveSendUnknown(ctx, id, by, sent, note)
	return translate(err, "resolve", id, func() (aftersale.Draft, error) { return q.db.Draft(ctx, id) })
}

// Resolved says what became of draft id after Resolve with sent.
func Resolved(id int64, sent bool) string {
	if sent {
		return fmt.Sprintf("draft %d recorded as sent", id)
	}
	return fmt.Sprintf("draft %d is approved again; the daemon sends it shortly", id)
}

// IsRefusal reports whether err is a Refusal (an operation refused by the
// queue's rules, as opposed to a failure).
func IsRefusal(err error) bool {
	var r *Refusal
	return errors.As(err, &r)
}
