package main

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestForgedRelayMailNeverAutoApproved runs two relay mails about the same
// order through the daemon (serve --once: IMAP, parse, classify, draft,
// auto-approve, send) under an auto-approval rule that covers both: the
// genuine one (DKIM pass, recorded by the account's own server, named in
// authserv_id) is approved and sent; the forged one (DKIM and SPF fail by
// the account's server, under a passing field of another server on top,
// which authserv_id makes the poller ignore) is stored, drafted as
// needs_human with the reason, and never approved or sent.
func TestForgedRelayMailNeverAutoApproved(t *testing.T) {
	e := newE2E(t)
	cfg, err := os.ReadFile(e.cfg)
	if err != nil {
		t.Fatal(err)
	}
	withAuth := strings.Replace(string(cfg), "poll_interval = \"2s\"\n", "poll_interval = \"2s\"\nauthserv_id = \"mx.seller.example\"\n", 1) +
		"\n[[auto_approve]]\ncase = \"shipping_inquiry\"\nallow_tasks = true\nmin_confidence = 0.0\n"
	if err := os.WriteFile(e.cfg, []byte(withAuth), 0o600); err != nil {
		t.Fatal(err)
	}
	const (
		genuineAlias = "k3v9x2mq8z1tq4b@marketplace.amazon.de"
		forgedAlias  = "f0rg3dmq8z1tq4b@marketplace.amazon.de"
	)
	genuine := "Authentication-Results: mx.seller.example; dkim=pass header.d=marketplace.amazon.de; spf=pass smtp.mailfrom=amazonses.com\r\n" + buyerMail
	forged := "Authentication-Results: relay.elsewhere.example; dkim=pass header.d=marketplace.amazon.de; spf=pass\r\n" +
		"Authentication-Results: mx.seller.example; dkim=fail header.d=marketplace.amazon.de; spf=fail smtp.mailfrom=marketplace.amazon.de\r\n" +
		strings.NewReplacer(genuineAlias, forgedAlias, "<buyer-msg-1@", "<forged-1@").Replace(buyerMail)
	for _, m := range []string{genuine, forged} {
		if err := e.imap.Append(t.Context(), "INBOX", []byte(m), time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	mustCLI(t, "--config", e.cfg, "serve", "--once")

	q := e.queue(t, "--all")
	if len(q.Drafts) != 2 {
		t.Fatalf("queue has %d drafts, want 2 (both mails stored and drafted): %+v", len(q.Drafts), q.Drafts)
	}
	const reason = "sender authentication failed: dkim=fail spf=fail — may be forged; check in Seller Central before replying"
	for _, d := range q.Drafts {
		switch d.To {
		case genuineAlias:
			if d.NeedsHuman || !d.AutoApproved {
				t.Errorf("genuine mail: draft %d state %s needs_human %v auto %v reasons %q; want auto-approved (the rule covers it)",
					d.ID, d.State, d.NeedsHuman, d.AutoApproved, d.Reasons)
			}
		case forgedAlias:
			if !d.NeedsHuman || d.AutoApproved || d.ApprovedBy != "" || d.State != "proposed" {
				t.Errorf("forged mail: draft %d state %s needs_human %v auto %v approved by %q; want proposed, needs_human, never approved",
					d.ID, d.State, d.NeedsHuman, d.AutoApproved, d.ApprovedBy)
			}
			if !slices.Contains(d.Reasons, reason) {
				t.Errorf("forged mail: reasons %q, want %q", d.Reasons, reason)
			}
		default:
			t.Errorf("draft %d to %q, want one of the two aliases", d.ID, d.To)
		}
	}
	for _, m := range e.sink.Messages() {
		if slices.Contains(m.To, forgedAlias) {
			t.Errorf("a reply went to the forged sender %v", m.To)
		}
	}
	// The auto-approver runs again on the next pass: still nothing for
	// the forged mail.
	mustCLI(t, "--config", e.cfg, "serve", "--once")
	for _, d := range e.queue(t, "--all").Drafts {
		if d.To == forgedAlias && (d.State != "proposed" || d.AutoApproved) {
			t.Errorf("forged mail after a second pass: state %s auto %v, want proposed", d.State, d.AutoApproved)
		}
	}
}
