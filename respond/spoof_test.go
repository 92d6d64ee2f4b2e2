package respond

import (
	"strings"
	"testing"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/store"
)

// spoofMail is a buyer-style inquiry about the shipped test order with the
// given From (and extra header lines).
func spoofMail(from, extra string) []byte {
	return []byte("From: " + from + "\r\n" + extra +
		"To: shop@seller.example\r\nMessage-ID: <spoof-" + strings.NewReplacer("@", ".", " ", "", "\"", "", "<", "", ">", "").Replace(from) + "@evil.example>\r\n" +
		"Date: Tue, 10 Mar 2026 08:00:00 +0000\r\n" +
		"Subject: Shipping inquiry from Amazon customer Eve (Order: " + testOrderID + ")\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\nMessage:\r\nWhere is my parcel? Please reply.\r\nView message\r\n")
}

// TestForgedSenderNeverGetsAReply parses forged mail from look-alike
// domains and display-name spoofs with the real parser, stores it with
// the worst classification it could get (a confident shipping inquiry
// about a real order), drafts, approves and runs the sender: the message
// is never a buyer's, its draft has no recipient and needs a person, and
// nothing reaches the SMTP server. A genuine relay message, the control,
// is answered once, to its own alias.
func TestForgedSenderNeverGetsAReply(t *testing.T) {
	forged := []struct{ name, from, extra string }{
		{"relay domain as a sub-domain", "\"Eve - Amazon Marketplace\" <x@marketplace.amazon.com.evil.example>", ""},
		{"hyphenated look-alike", "x@marketplace-amazon.com", ""},
		{"look-alike tld", "k3v9x2m7q1w8z5t@marketplace.amazon.de.com", ""},
		{"upper case look-alike", "X@MARKETPLACE.AMAZON.DE.EVIL.EXAMPLE", ""},
		{"display-name spoof", "\"Amazon <k3v9x2m7q1w8z5t@marketplace.amazon.de>\" <x@evil.example>", ""},
		{"unquoted display-name spoof", "Amazon k3v9x2m7q1w8z5t@marketplace.amazon.de <x@evil.example>", ""},
		{"comment spoof", "x@evil.example (k3v9x2m7q1w8z5t@marketplace.amazon.de)", ""},
		{"quoted local part", "\"k3v9x2m7q1w8z5t@marketplace.amazon.de\"@evil.example", ""},
		{"cyrillic o homoglyph", "x@marketplace.amaz\u043en.de", ""},
		{"punycode homoglyph", "x@marketplace.xn--amazn-mye.de", ""},
		{"sub-domain of the relay", "x@evil.marketplace.amazon.de", ""},
		{"look-alike reply-to", "x@evil.example", "Reply-To: k3v9x2m7q1w8z5t@marketplace.amazon.de.evil.example\r\n"},
		{"encoded-word display-name spoof", "=?utf-8?q?k3v9x2m7q1w8z5t=40marketplace.amazon.de?= <x@evil.example>", ""},
	}
	e := newEnv(t)
	if _, err := e.db.UpsertOrder(e.ctx, order(fbm, aftersale.StatusShipped)); err != nil {
		t.Fatal(err)
	}
	seedRaw := func(raw []byte) int64 {
		t.Helper()
		m, err := mailbox.Parse(raw)
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		return e.seed(m, aftersale.Classification{Case: aftersale.CaseShippingInquiry, Confidence: 0.95, Language: "en"})
	}
	ids := map[int64]string{}
	for _, f := range forged {
		m, err := mailbox.Parse(spoofMail(f.from, f.extra))
		if err != nil {
			t.Fatalf("%s: Parse: %v", f.name, err)
		}
		if m.Sender == aftersale.SenderBuyer || m.RelayAlias != "" {
			t.Errorf("%s: parsed as sender %q with relay alias %q; want not a buyer", f.name, m.Sender, m.RelayAlias)
		}
		ids[seedRaw(spoofMail(f.from, f.extra))] = f.name
	}
	genuine := seedRaw(spoofMail("\"Anna - Amazon Marketplace\" <k3v9x2m7q1w8z5t@marketplace.amazon.de>", ""))

	if _, err := e.drafter().RunOnce(e.ctx); err != nil {
		t.Fatal(err)
	}
	for msgID, name := range ids {
		d := e.draftFor(msgID)
		if d.To != "" || !d.NeedsHuman {
			t.Errorf("%s: draft to %q, needs human %v; want no recipient and a person", name, d.To, d.NeedsHuman)
		}
		// Even a person approving it cannot make it go out.
		if err := e.db.ApproveDraft(e.ctx, d.ID, store.Approval{By: "anna", Reviewed: true, OutgoingID: NewOutgoingID("shop.example")}); err != nil {
			t.Logf("%s: approval refused: %v", name, err)
		}
	}
	gd := e.draftFor(genuine)
	if gd.To != "k3v9x2m7q1w8z5t@marketplace.amazon.de" {
		t.Fatalf("genuine message: draft to %q", gd.To)
	}
	if err := e.db.ApproveDraft(e.ctx, gd.ID, store.Approval{By: "anna", Reviewed: true, OutgoingID: NewOutgoingID("shop.example")}); err != nil {
		t.Fatal(err)
	}

	sink := startSink(t)
	n, err := e.sender(sinkMailer(sink)).RunOnce(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	msgs := sink.Messages()
	if n != 1 || len(msgs) != 1 || len(msgs[0].To) != 1 || msgs[0].To[0] != "k3v9x2m7q1w8z5t@marketplace.amazon.de" {
		t.Fatalf("sent %d, sink got %+v; want exactly the genuine reply", n, msgs)
	}
	for msgID, name := range ids {
		if d := e.draftFor(msgID); d.State == aftersale.DraftSent || d.State == aftersale.DraftSending {
			t.Errorf("%s: draft state %s", name, d.State)
		}
	}
}
