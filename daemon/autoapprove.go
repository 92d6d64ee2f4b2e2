package daemon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/config"
	"github.com/aftersale/aftersale/internal/loop"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// AutoActor is the approver recorded for auto-approvals (audit and sent
// log).
const AutoActor = "auto"

// AutoApprover is the daemon's worker between the drafter and the sender:
// it applies the [[auto_approve]] rules to new drafts.
//
// The rules themselves (match, ruleMismatch) are the seller's operations
// on drafts and belong to package queue; until it offers them, they are
// here, and this worker is the only caller.
type AutoApprover struct {
	db       *store.DB
	rules    []config.AutoApproveRule
	domain   string // of the outgoing Message-IDs
	log      *slog.Logger
	interval time.Duration
	// OnApproved, when set, is called after a pass that approved a draft
	// (e.g. the sender's Kick). It must not block.
	OnApproved func()
	kick       chan struct{}
	seen       map[int64]bool // drafts already judged (not matching) in this process
}

// NewAutoApprover returns the worker applying rules every interval (zero:
// 5s); domain is that of the outgoing Message-IDs it fixes at approval.
func NewAutoApprover(db *store.DB, rules []config.AutoApproveRule, domain string, interval time.Duration, log *slog.Logger) *AutoApprover {
	if interval <= 0 {
		interval = 5 * time.Second
	}
	return &AutoApprover{db: db, rules: rules, domain: domain, interval: interval,
		log: log.With("component", "auto_approve"), kick: make(chan struct{}, 1), seen: map[int64]bool{}}
}

// Kick asks Run to look at the queue now. It never blocks.
func (a *AutoApprover) Kick() {
	select {
	case a.kick <- struct{}{}:
	default:
	}
}

// Run applies the rules every interval (or on Kick) until ctx is
// cancelled; it returns nil on a clean stop.
func (a *AutoApprover) Run(ctx context.Context) error {
	l := loop.Loop{Interval: a.interval, Kick: a.kick, Log: a.log, Failed: "auto-approval pass failed", MaxBackoff: time.Minute}
	return l.Run(ctx, func(ctx context.Context) (time.Duration, error) {
		_, err := a.RunOnce(ctx)
		return 0, err
	})
}

// RunOnce approves every proposed draft that a rule matches and returns
// how many it approved.
func (a *AutoApprover) RunOnce(ctx context.Context) (int, error) {
	if len(a.rules) == 0 {
		return 0, nil
	}
	drafts, err := a.db.Drafts(ctx, store.DraftFilter{States: []aftersale.DraftState{aftersale.DraftProposed}})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, d := range drafts {
		if a.seen[d.ID] {
			continue
		}
		rule, why, err := a.match(ctx, d)
		if err != nil {
			return n, err
		}
		if rule < 0 {
			a.seen[d.ID] = true
			if why != "" {
				a.log.Debug("not auto-approved", "draft_id", d.ID, "case", d.Case, "reason", why)
			}
			continue
		}
		err = a.db.ApproveDraft(ctx, d.ID, store.Approval{By: AutoActor, Auto: true, OutgoingID: respond.NewOutgoingID(a.domain)})
		if errors.Is(err, aftersale.ErrConflict) || errors.Is(err, aftersale.ErrInvalid) {
			// A person acted first, or the store's own guard refused.
			a.seen[d.ID] = true
			a.log.Info("auto-approval skipped", "draft_id", d.ID, "err", err)
			continue
		}
		if err != nil {
			return n, err
		}
		n++
		a.log.Info("draft auto-approved", "draft_id", d.ID, "case", d.Case, "order_id", d.OrderID, "rule", rule)
	}
	if n > 0 && a.OnApproved != nil {
		a.OnApproved()
	}
	return n, nil
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
	cl, err := a.db.Classification(ctx, d.MessageID)
	if err != nil && !errors.Is(err, aftersale.ErrNotFound) {
		return -1, "", err
	}
	if cl.NeedsHuman {
		return -1, "classification needs a human", nil
	}
	var o aftersale.Order
	if d.OrderID != "" {
		if o, err = a.db.Order(ctx, d.OrderID); err != nil && !errors.Is(err, aftersale.ErrNotFound) {
			return -1, "", err
		}
	}
	why := ""
	for i, r := range a.rules {
		if r.Case != d.Case {
			continue
		}
		reason := ruleMismatch(r, d, cl, o)
		if reason == "" {
			return i, "", nil
		}
		if why == "" {
			why = reason
		}
	}
	return -1, why, nil
}

// ruleMismatch returns why d does not satisfy r, or "".
func ruleMismatch(r config.AutoApproveRule, d aftersale.Draft, cl aftersale.Classification, o aftersale.Order) string {
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
