package main

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/tick"
	"github.com/aftersale/aftersale/queue"
	"github.com/aftersale/aftersale/store"
)

// autoApproveSection is one [[auto_approve]] rule as written.
type autoApproveSection struct {
	Case            string   `toml:"case"`
	Channel         string   `toml:"channel"`
	RequireTracking bool     `toml:"require_tracking"`
	MinConfidence   *float64 `toml:"min_confidence"`
	AllowTasks      bool     `toml:"allow_tasks"`
}

// AutoApproveRule is one [[auto_approve]] rule, validated: the rule
// queue.AutoApprover applies.
type AutoApproveRule = queue.AutoRule

// autoActor is the approver recorded for auto-approvals (audit and sent log).
const autoActor = queue.AutoActor

// defaultAutoConfidence is min_confidence when a rule does not set it.
const defaultAutoConfidence = queue.DefaultAutoConfidence

func (v *validator) autoApprove(secs []autoApproveSection) []AutoApproveRule {
	var rules []AutoApproveRule
	for i, s := range secs {
		p := fmt.Sprintf("auto_approve[%d].", i)
		r := AutoApproveRule{RequireTracking: s.RequireTracking, AllowTasks: s.AllowTasks, MinConfidence: defaultAutoConfidence}
		c, err := aftersale.ParseCase(s.Case)
		if err != nil || s.Case == "" {
			v.errorf(p+"case", "%q is not a case name such as shipping_inquiry", s.Case)
		}
		r.Case = c
		switch strings.ToLower(s.Channel) {
		case "", "any":
		case "fba":
			r.Channel = aftersale.ChannelFBA
		case "fbm":
			r.Channel = aftersale.ChannelFBM
		default:
			v.errorf(p+"channel", "%q is not one of fba, fbm (or leave it out for any)", s.Channel)
		}
		if s.MinConfidence != nil {
			if *s.MinConfidence < 0 || *s.MinConfidence > 1 {
				v.errorf(p+"min_confidence", "%v is not between 0 and 1", *s.MinConfidence)
			}
			r.MinConfidence = *s.MinConfidence
		}
		rules = append(rules, r)
	}
	return rules
}

var rateRE = regexp.MustCompile(`^\s*(\d+)\s*/\s*(s|m|h|d|\d+[smhd])\s*$`)

// senderLimits reads [sender] allowed_recipient_domains, rate_limit
// ("30/h": at most 30 replies per account in any hour; s, m, h, d or e.g.
// "10m" as the window) and min_gap.
func (v *validator) senderLimits(c *Config, s senderSection) {
	for _, d := range s.AllowedRecipientDomains {
		d = strings.ToLower(strings.TrimSpace(d))
		if d == "" || strings.ContainsAny(d, "@*/ ") || !strings.Contains(d, ".") {
			v.errorf("sender.allowed_recipient_domains", "%q is not a domain name such as marketplace.amazon.de (exact names, no wildcards)", d)
			continue
		}
		c.RecipientDomains = append(c.RecipientDomains, d)
	}
	if s.AllowedRecipientDomains != nil && len(c.RecipientDomains) == 0 {
		v.errorf("sender.allowed_recipient_domains", "an empty list would refuse every reply; leave it out for Amazon's relay domains")
	}
	if s.RateLimit != "" {
		m := rateRE.FindStringSubmatch(s.RateLimit)
		n := 0
		if m != nil {
			n, _ = strconv.Atoi(m[1])
		}
		if m == nil || n < 1 {
			v.errorf("sender.rate_limit", "%q is not a rate like \"30/h\" (replies per account per s, m, h or d)", s.RateLimit)
		} else {
			unit := m[2]
			if len(unit) == 1 {
				unit = "1" + unit
			}
			w, err := parseDuration(unit)
			if err != nil || w <= 0 {
				v.errorf("sender.rate_limit", "%q is not a rate like \"30/h\"", s.RateLimit)
			}
			c.RateLimit, c.RateWindow = n, w
		}
	}
	if s.MinGap != "" {
		c.MinGap = v.duration("sender.min_gap", s.MinGap, 0)
	}
}

// autoApprover runs the queue's auto-approval in the daemon: the step
// between the drafter and the sender.
type autoApprover struct {
	a          *queue.AutoApprover
	interval   time.Duration
	log        *slog.Logger
	onApproved func() // e.g. the sender's Kick
	kick       chan struct{}
}

func newAutoApprover(db *store.DB, rules []AutoApproveRule, domain string, interval time.Duration, log *slog.Logger) *autoApprover {
	if interval <= 0 {
		interval = 5 * time.Second
	}
	q := queue.New(db, queue.Options{MessageIDDomain: domain})
	return &autoApprover{a: q.NewAutoApprover(rules, log), interval: interval, log: log, kick: make(chan struct{}, 1)}
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
	return tick.Loop(ctx, a.kick, a.interval, func(ctx context.Context) {
		if _, err := a.RunOnce(ctx); err != nil && ctx.Err() == nil {
			a.log.Warn("auto-approval pass failed", "component", "auto_approve", "err", err)
		}
	})
}

// RunOnce approves every proposed draft that a rule matches, wakes the
// sender when it approved any, and returns how many.
func (a *autoApprover) RunOnce(ctx context.Context) (int, error) {
	n, err := a.a.RunOnce(ctx)
	if n > 0 && a.onApproved != nil {
		a.onApproved()
	}
	return n, err
}
