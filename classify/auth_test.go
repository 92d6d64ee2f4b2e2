package classify

import (
	"slices"
	"testing"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/mailbox"
)

// TestAuthFailedNeedsHuman: mail whose sender authentication failed keeps its
// case but needs a human, with the results in a plain reason, on every
// path of Classify (model verdict, structured notice).
func TestAuthFailedNeedsHuman(t *testing.T) {
	c := mustNew(t)
	const want = "sender authentication failed: dkim=fail spf=fail — may be forged; check in Seller Central before replying"
	failed := aftersale.Auth{Verdict: aftersale.AuthFailed, Detail: "dkim=fail spf=fail"}

	plain := buyer("Hello, where is my parcel? The tracking has not changed for a week. When will it arrive?")
	forged := plain
	forged.Auth, forged.Flags = failed, []string{aftersale.FlagAuthFailed}
	clPlain, clForged := classify(t, c, plain), classify(t, c, forged)
	if clPlain.NeedsHuman || slices.Contains(clPlain.Reasons, want) {
		t.Fatalf("unflagged message: needs_human %v reasons %q; want neither (the test message must be a clear one)", clPlain.NeedsHuman, clPlain.Reasons)
	}
	if !clForged.NeedsHuman || !slices.Contains(clForged.Reasons, want) {
		t.Errorf("flagged message: needs_human %v reasons %q; want needs_human with %q", clForged.NeedsHuman, clForged.Reasons, want)
	}
	if clForged.Case != clPlain.Case || clForged.Confidence != clPlain.Confidence {
		t.Errorf("flagged message: %s %.2f, want the unflagged verdict %s %.2f", clForged.Case, clForged.Confidence, clPlain.Case, clPlain.Confidence)
	}

	notice := aftersale.Message{ID: 8, Sender: aftersale.SenderAmazon, FromAddr: "do-not-reply@amazon.com",
		Subject: "Refund initiated for order 204-1111111-2222222", Text: "We have processed a refund.", Flags: []string{aftersale.FlagAuthFailed}, Auth: failed}
	if cl := classify(t, c, notice); cl.Notice != aftersale.NoticeRefund || !cl.NeedsHuman || !slices.Contains(cl.Reasons, want) {
		t.Errorf("flagged notice: notice %q needs_human %v reasons %q; want refund, needs_human with %q", cl.Notice, cl.NeedsHuman, cl.Reasons, want)
	}

	// Straight from the parser: a forged relay mail whose receiving server
	// recorded the failure.
	raw := "Authentication-Results: mx.seller.example; dkim=fail header.d=marketplace.amazon.com; spf=fail smtp.mailfrom=marketplace.amazon.com\r\n" +
		"From: \"Sam - Amazon Marketplace\" <s4mx2m7q1w8z5tq@marketplace.amazon.com>\r\n" +
		"Subject: Inquiry from Amazon customer Sam (Order: 305-1234567-7654321)\r\nMessage-ID: <f@evil.example>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\nMessage:\r\nWhere is my parcel?\r\n\r\nView message\r\n"
	m, err := mailbox.Parse([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if cl := classify(t, c, m); !cl.NeedsHuman || !slices.Contains(cl.Reasons, want) {
		t.Errorf("parsed forged mail (flags %v): needs_human %v reasons %q; want %q", m.Flags, cl.NeedsHuman, cl.Reasons, want)
	}
}

// TestRelayViaReplyToNeedsHuman: a buyer's alias only in Reply-To (From is
// neither the alias nor Amazon) keeps its case but needs a person, so no
// auto-approval ever answers a stranger who borrowed a buyer's address.
func TestRelayViaReplyToNeedsHuman(t *testing.T) {
	c := mustNew(t)
	m := buyer("Where is my order? It was due on Monday.")
	m.FromAddr, m.ReplyTo = "news@promo.example", "k3v9x2m7q1w8z5t@marketplace.amazon.de"
	m.Flags = []string{aftersale.FlagRelayViaReplyTo}
	cl := classify(t, c, m)
	if cl.Case != aftersale.CaseShippingInquiry || !cl.NeedsHuman || !hasReason(cl.Reasons, "the buyer's relay address is only in Reply-To") {
		t.Errorf("Classify = %s needs_human %v %q; want shipping_inquiry, needs_human with the Reply-To reason", cl.Case, cl.NeedsHuman, cl.Reasons)
	}
}

// TestRisksTyped: each risk cue is a typed risk beside its reason.
func TestRisksTyped(t *testing.T) {
	c := mustNew(t)
	tests := []struct {
		text string
		risk aftersale.Risk
	}{
		{"The parcel never came. My lawyer will contact you next week.", aftersale.RiskLegal},
		{"Still no parcel. I will open an A-to-z claim if it does not arrive.", aftersale.RiskAtoZ},
		{"Where is my parcel, you scammers?", aftersale.RiskAbuse},
	}
	for _, tt := range tests {
		cl := classify(t, c, buyer(tt.text))
		if !cl.HasRisk(tt.risk) || !cl.NeedsHuman {
			t.Errorf("Classify(%q): risks %v needs_human %v; want %s", tt.text, cl.Risks, cl.NeedsHuman, tt.risk)
		}
	}
	if cl := classify(t, c, buyer("Hello, where is my parcel? The tracking has not changed for a week.")); len(cl.Risks) != 0 {
		t.Errorf("plain question: risks %v, want none", cl.Risks)
	}
}
