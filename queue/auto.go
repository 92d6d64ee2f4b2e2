package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// AutoActor is the approver recorded for auto-approvals (audit and sent
// log).
const AutoActor = "auto"

// DefaultAutoConfidence is an AutoRule's MinConfidence when the config
// does not set it.
const DefaultAutoConfidence = 0.9

// AutoRule lets the daemon approve a draft without a person. A draft
// matches when its case is Case, and:
//   - Channel is empty or the order's channel (an unknown order never
//     matches a channel);
//   - with RequireTracking, the order has a tracking number on record;
//   - the classifier's confidence is at least MinConfidence;
//   - it has no seller tasks, unless AllowTasks.
//
// Whatever the rule, a draft is never auto-approved when it needs a
// human, has any policy finding (even a warning), has placeholders, was
// edited by a person, or has no reply text or recipient. All of it is
// checked inside the approving transaction, on the draft as it is there.
type AutoRule struct {
	Case            aftersale.Case
	Channel         aftersale.Channel
	RequireTracking bool
	MinConfidence   float64
	AllowTasks      bool
}

// mismatch returns why d does not satisfy r, or "".
func (r AutoRule) mismatch(d aftersale.Draft, cl aftersale.Classification, o aftersale.Order) string {
	switch {
	case r.Channel != "" && o.Channel != r.Channel:
		return fmt.Sprintf("order channel %q, rule wants %s", o.Channel, r.Channel)
	case r.RequireTracking && o.Tracking == "":
		return "no tracking number on record"
	case cl.Confidence < r.MinConfidence:
		return fmt.Sprintf("confidence %.2f below %.2f", cl.Confidence, r.MinConfidence)
	case !r.AllowTasks && len(d.Tasks) > 0:
		return "has seller tasks"
	}
	return ""
}

// AutoApprover applies auto-approval rules to proposed drafts. The
// daemon calls RunOnce from its worker loop. It is not safe for concurrent
// use.
type AutoApprover struct {
	q     *Queue
	rules []AutoRule
	log   *slog.Logger
	seen  map[int64]int // drafts judged not matching in this process, by the revision judged
	// beforeApprove, when set, runs between the rule check on the listed
	// draft and the approving transaction (tests race a person there).
	beforeApprove func(aftersale.Draft)
}

// NewAutoApprover returns an AutoApprover of q's drafts; log may be nil.
func (q *Queue) NewAutoApprover(rules []AutoRule, log *slog.Logger) *AutoApprover {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &AutoApprover{q: q, rules: rules, log: log.With("component", "auto_approve"), seen: map[int64]int{}}
}

// RunOnce approves every proposed draft that a rule matches and returns
// how many it approved.
func (a *AutoApprover) RunOnce(ctx context.Context) (int, error) {
	if len(a.rules) == 0 {
		return 0, nil
	}
	drafts, err := a.q.db.Drafts(ctx, store.DraftFilter{States: []aftersale.DraftState{aftersale.DraftProposed}})
	if err != nil {
		return 0, err
	}
	// Forget the drafts that are no longer proposed, so that seen holds
	// at most the proposed drafts of a long-running daemon.
	proposed := make(map[int64]bool, len(drafts))
	for _, d := range drafts {
		proposed[d.ID] = true
	}
	maps.DeleteFunc(a.seen, func(id int64, _ int) bool { return !proposed[id] })
	n := 0
	for _, d := range drafts {
		if rev, ok := a.seen[d.ID]; ok && rev == d.Revision {
			continue
		}
		rule, why, err := a.match(ctx, d)
		if err != nil {
			return n, err
		}
		if rule < 0 {
			a.seen[d.ID] = d.Revision
			if why != "" {
				a.log.Debug("not auto-approved", "draft_id", d.ID, "case", d.Case, "reason", why)
			}
			continue
		}
		if a.beforeApprove != nil {
			a.beforeApprove(d)
		}
		// The rule is checked again inside the approving transaction, on
		// the draft as it is there: a person may have edited it since.
		_, err = a.q.approve(ctx, d.ID, autoApproval(d.Revision),
			func(cur aftersale.Draft) string { return a.check(ctx, cur) })
		var r *Refusal
		if errors.As(err, &r) || errors.Is(err, aftersale.ErrConflict) || errors.Is(err, aftersale.ErrInvalid) {
			// A person acted first, or a rule no longer holds.
			a.seen[d.ID] = d.Revision
			a.log.Info("auto-approval skipped", "draft_id", d.ID, "err", err)
			continue
		}
		if err != nil {
			return n, err
		}
		n++
		a.log.Info("draft auto-approved", "draft_id", d.ID, "case", d.Case, "order_id", d.OrderID, "rule", rule)
	}
	return n, nil
}

// check returns why d, as it is inside the approving transaction, may not
// be auto-approved, or "".
func (a *AutoApprover) check(ctx context.Context, d aftersale.Draft) string {
	i, why, err := a.match(ctx, d)
	switch {
	case err != nil:
		return err.Error()
	case i < 0 && why == "":
		return "no rule for case " + string(d.Case)
	}
	return why
}

// match returns the index of the first rule d satisfies, or -1 and why the
// first rule for its case did not match ("" when no rule names the case).
func (a *AutoApprover) match(ctx context.Context, d aftersale.Draft) (int, string, error) {
	switch {
	case d.NeedsHuman:
		return -1, "needs a human", nil
	case len(d.Findings) > 0:
		return -1, "has policy findings", nil
	case len(d.Placeholders) > 0:
		return -1, "has placeholders", nil
	case d.Edited:
		return -1, "edited by a person", nil
	}
	cl, err := a.q.db.Classification(ctx, d.MessageID)
	if err != nil && !errors.Is(err, aftersale.ErrNotFound) {
		return -1, "", err
	}
	if cl.NeedsHuman {
		return -1, "classification needs a human", nil
	}
	var o aftersale.Order
	if d.OrderID != "" {
		if o, err = a.q.db.Order(ctx, d.OrderID); err != nil && !errors.Is(err, aftersale.ErrNotFound) {
			return -1, "", err
		}
	}
	why := ""
	for i, r := range a.rules {
		if r.Case != d.Case {
			continue
		}
		reason := r.mismatch(d, cl, o)
		if reason == "" {
			return i, "", nil
		}
		if why == "" {
			why = reason
		}
	}
	return -1, why, nil
}

// autoApproval is the store approval of an auto-approval of revision rev.
func autoApproval(rev int) store.Approval {
	return store.Approval{By: AutoActor, Auto: true, Revision: rev}
}
