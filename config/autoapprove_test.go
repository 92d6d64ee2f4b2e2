package config

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/aftersale/aftersale"
)

func TestAutoApproveAndSenderConfig(t *testing.T) {
	cfg, err := Parse("/etc/aftersale/a.toml", []byte(`
[sender]
allowed_recipient_domains = ["marketplace.amazon.de", "Relay.Shop.Example"]
rate_limit = "30/h"
min_gap = "10s"

[[auto_approve]]
case = "shipping_inquiry"
channel = "fbm"
require_tracking = true
min_confidence = 0.95

[[auto_approve]]
case = "refund_status"
`))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"marketplace.amazon.de", "relay.shop.example"}, cfg.RecipientDomains); diff != "" {
		t.Errorf("RecipientDomains (-want +got):\n%s", diff)
	}
	if cfg.RateLimit != 30 || cfg.RateWindow != time.Hour || cfg.MinGap != 10*time.Second {
		t.Errorf("rate %d/%v gap %v, want 30/1h gap 10s", cfg.RateLimit, cfg.RateWindow, cfg.MinGap)
	}
	want := []AutoApproveRule{
		{Case: aftersale.CaseShippingInquiry, Channel: aftersale.ChannelFBM, RequireTracking: true, MinConfidence: 0.95},
		{Case: aftersale.CaseRefundStatus, MinConfidence: DefaultAutoConfidence},
	}
	if diff := cmp.Diff(want, cfg.AutoApprove); diff != "" {
		t.Errorf("AutoApprove (-want +got):\n%s", diff)
	}
	// Off by default.
	cfg, err = Parse("a.toml", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.AutoApprove) != 0 || cfg.RateLimit != 0 || cfg.RecipientDomains != nil {
		t.Errorf("defaults: auto %v rate %d domains %v; want none", cfg.AutoApprove, cfg.RateLimit, cfg.RecipientDomains)
	}
}

func TestAutoApproveConfigErrors(t *testing.T) {
	tests := []struct{ toml, want string }{
		{"[sender]\nrate_limit = \"lots\"\n", "a.toml:2: sender.rate_limit: \"lots\" is not a rate"},
		{"[sender]\nrate_limit = \"0/h\"\n", "a.toml:2: sender.rate_limit"},
		{"[sender]\nmin_gap = \"soon\"\n", "a.toml:2: sender.min_gap"},
		{"[sender]\nallowed_recipient_domains = [\"*.amazon.de\"]\n", "a.toml:2: sender.allowed_recipient_domains: \"*.amazon.de\""},
		{"[sender]\nallowed_recipient_domains = []\n", "would refuse every reply"},
		{"[[auto_approve]]\ncase = \"where_is_it\"\n", "a.toml:2: auto_approve[0].case"},
		{"[[auto_approve]]\ncase = \"shipping_inquiry\"\nchannel = \"drone\"\n", "a.toml:3: auto_approve[0].channel"},
		{"[[auto_approve]]\ncase = \"shipping_inquiry\"\nmin_confidence = 2\n", "a.toml:3: auto_approve[0].min_confidence"},
		{"[[auto_approve]]\nchannel = \"fbm\"\n", "auto_approve[0].case"},
	}
	for _, tt := range tests {
		_, err := Parse("a.toml", []byte(tt.toml))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", tt.toml, err, tt.want)
		}
	}
}
