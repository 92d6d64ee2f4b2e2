package config

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/aftersale/aftersale"
)

// autoApproveSection is one [[auto_approve]] rule as written.
type autoApproveSection struct {
	Case            string   `toml:"case"`
	Channel         string   `toml:"channel"`
	RequireTracking bool     `toml:"require_tracking"`
	MinConfidence   *float64 `toml:"min_confidence"`
	AllowTasks      bool     `toml:"allow_tasks"`
}

// AutoApproveRule lets the daemon approve a draft without a person. A
// draft matches when its case is Case, and:
//   - Channel is empty or the order's channel (an unknown order never
//     matches a channel);
//   - with RequireTracking, the order has a tracking number on record;
//   - the classifier's confidence is at least MinConfidence;
//   - it has no seller tasks, unless AllowTasks.
//
// Whatever the rule, a draft is never auto-approved when it needs a
// human, has any policy finding (even a warning), has placeholders, or was
// edited by a person; store.ApproveDraft enforces the first two again.
type AutoApproveRule struct {
	Case            aftersale.Case
	Channel         aftersale.Channel
	RequireTracking bool
	MinConfidence   float64
	AllowTasks      bool
}

// DefaultAutoConfidence is min_confidence when a rule does not set it.
const DefaultAutoConfidence = 0.9

func (v *validator) autoApprove(secs []autoApproveSection) []AutoApproveRule {
	var rules []AutoApproveRule
	for i, s := range secs {
		p := fmt.Sprintf("auto_approve[%d].", i)
		r := AutoApproveRule{RequireTracking: s.RequireTracking, AllowTasks: s.AllowTasks, MinConfidence: DefaultAutoConfidence}
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
			w, err := ParseDuration(unit)
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
