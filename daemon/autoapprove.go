package daemon

import (
	"context"
	"log/slog"
	"time"

	"github.com/aftersale/aftersale/config"
	"github.com/aftersale/aftersale/internal/loop"
	"github.com/aftersale/aftersale/queue"
	"github.com/aftersale/aftersale/store"
)

// AutoActor is the approver recorded for auto-approvals (audit and sent
// log).
const AutoActor = queue.AutoActor

// AutoApprover is the daemon's worker between the drafter and the sender:
// it runs the queue's auto-approval (the [[auto_approve]] rules, checked
// again inside the approving transaction) every interval or when kicked.
type AutoApprover struct {
	a        *queue.AutoApprover
	log      *slog.Logger
	interval time.Duration
	// OnApproved, when set, is called after a pass that approved a draft
	// (e.g. the sender's Kick). It must not block.
	OnApproved func()
	kick       chan struct{}
}

// NewAutoApprover returns the worker applying rules every interval (zero:
// 5s); domain is that of the outgoing Message-IDs it fixes at approval.
func NewAutoApprover(db *store.DB, rules []config.AutoApproveRule, domain string, interval time.Duration, log *slog.Logger) *AutoApprover {
	if interval <= 0 {
		interval = 5 * time.Second
	}
	qr := make([]queue.AutoRule, len(rules))
	for i, r := range rules {
		qr[i] = queue.AutoRule(r)
	}
	q := queue.New(db, queue.Options{MessageIDDomain: domain, Now: db.Now})
	log = log.With("component", "auto_approve")
	return &AutoApprover{a: q.NewAutoApprover(qr, log), interval: interval, log: log, kick: make(chan struct{}, 1)}
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
	n, err := a.a.RunOnce(ctx)
	if n > 0 && a.OnApproved != nil {
		a.OnApproved()
	}
	return n, err
}
