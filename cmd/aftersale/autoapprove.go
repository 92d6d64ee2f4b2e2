package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/loop"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// autoActor is the approver recorded for auto-approvals (audit and sent log).
const autoActor = "auto"

// autoApprover applies the auto-approval rules to new drafts: it is the
// daemon's step between the drafter and the sender.
type autoApprover struct {
	db         *store.DB
	rules      []AutoApproveRule
	domain     string // of the outgoing Message-IDs
	log        *slog.Logger
	interval   time.Duration
	onApproved func() // e.g. the sender's Kick
	kick       chan struct{}
	seen       map[int64]bool // drafts already judged (not matching) in this process
}

func newAutoApprover(db *store.DB, rules []AutoApproveRule, domain string, interval time.Duration, log *slog.Logger) *autoApprover {
	if interval <= 0 {
		interval = 5 * time.Second
	}
	return &autoApprover{db: db, rules: rules, domain: domain, interval: interval,
		log: log.With("component", "auto_approve"), kick: make(chan struct{}, 1), seen: map[int64]bool{}}
}

// Kick asks Run to look at the queue now. It never blocks.
func (a *autoApprover) Kick() {
	select {
	case a.kick <- struct{}{}:
	default:
	}
}

// Run applies the rules every interval (or on Kick) until ctx is
// cancelled; it returns nil on a clean stop.
func (a *autoApprover) Run(ctx context.Context) error {
	l := loop.Loop{Interval: a.interval, Kick: a.kick, Log: a.log, Failed: "auto-approval pass failed", MaxBackoff: time.Minute}
	return l.Run(ctx, func(ctx context.Context) (time.Duration, error) {
		_, err := a.RunOnce(ctx)
		return 0, err
	})
}

// RunOnce approves every proposed draft that a rule matches and returns
// how many it approved.
func (a *autoApprover) RunOnce(ctx context.Context) (int, error) {
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
		err = a.db.ApproveDraft(ctx, d.ID, store.Approval{By: autoActor, Auto: true, OutgoingID: respond.NewOutgoingID(a.domain)})
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
	if n > 0 && a.onApproved != nil {
		a.onApproved()
	}
	return n, nil
}

// match returns the index of the first rule d satisfies, or -1 and why the
// first rule for its case did not match ("" when no rule names the case).
func (a *autoApprover) match(ctx context.Context, d aftersale.Draft) (int, string, error) {
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
func ruleMismatch(r AutoApproveRule, d aftersale.Draft, cl aftersale.Classification, o aftersale.Order) string {
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
