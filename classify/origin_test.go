package classify

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// TestOrigin: mail that did not come through Amazon gets the not_buyer_mail
// verdict (case other, confidence 1, the reason first), whatever it says;
// what it is stays in the notice. Mail relayed from a buyer and Amazon's
// own mail keep the zero origin.
func TestOrigin(t *testing.T) {
	c := mustNew(t)
	tests := []struct {
		name   string
		m      aftersale.Message
		origin aftersale.Origin
		notice aftersale.Notice
		human  bool
	}{
		{"personal mail", aftersale.Message{Sender: aftersale.SenderOther, FromAddr: "aunt.mia@example.org", Subject: "Sunday",
			Text: "Hi, where did you put the photos from Sunday? I want to change the address on the invitation, it is wrong."},
			aftersale.OriginNotBuyer, aftersale.NoticeNotBuyer, false},
		{"newsletter", aftersale.Message{Sender: aftersale.SenderOther, FromAddr: "news@shop.example", Subject: "Your refund, your return: our new policy",
			Text: "Returns are free this month. Track your refund in the app."}, aftersale.OriginNotBuyer, aftersale.NoticeNotBuyer, false},
		{"no sender at all", aftersale.Message{Subject: "hello", Text: "cancel my order"}, aftersale.OriginNotBuyer, aftersale.NoticeNotBuyer, false},
		{"bounce", aftersale.Message{Sender: aftersale.SenderOther, FromAddr: "mailer-daemon@mx.example.net", Subject: "Delivery Status Notification (Failure)",
			Text: "Your message could not be delivered. Where is my order 302-1234567-1234567?"}, aftersale.OriginNotBuyer, aftersale.NoticeDeliveryFailure, false},
		{"auto-reply", aftersale.Message{Sender: aftersale.SenderOther, FromAddr: "bob@example.com", Subject: "Out of office", AutoReply: true,
			Text: "I am away until Monday."}, aftersale.OriginNotBuyer, aftersale.NoticeAutoReply, false},
		{"Amazon's cancellation subject from elsewhere", aftersale.Message{Sender: aftersale.SenderOther, FromAddr: "orders@shop.example",
			Subject: "Order cancellation request from Amazon customer Max (Order: 302-1234567-1234567)", Text: "Please cancel."},
			aftersale.OriginNotBuyer, aftersale.NoticeNotBuyer, false},
		{"phishing", aftersale.Message{Sender: aftersale.SenderOther, FromName: "Amazon Seller Central", FromAddr: "alert@seller-verify.example",
			Subject: "Your payout is on hold", Text: "Log in within 24 hours or your account will be suspended."},
			aftersale.OriginNotBuyer, aftersale.NoticePhishing, true},
		{"relayed buyer", aftersale.Message{Sender: aftersale.SenderBuyer, FromAddr: "k3v9x2mq8z1tq4b@marketplace.amazon.de", RelayAlias: "k3v9x2mq8z1tq4b@marketplace.amazon.de",
			Subject: "Inquiry from Amazon customer Anna", Text: "Where is my order? It has not arrived.", BuyerText: "Where is my order? It has not arrived."},
			aftersale.OriginAmazon, aftersale.NoticeNone, false},
		{"Amazon notice", aftersale.Message{Sender: aftersale.SenderAmazon, FromAddr: "seller-notification@amazon.de", Subject: "Sold, ship now: 302-1234567-1234567",
			Text: "Please ship the order."}, aftersale.OriginAmazon, aftersale.NoticeOrderUpdate, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cl := classify(t, c, tt.m)
			if cl.Origin != tt.origin || cl.Notice != tt.notice || cl.NeedsHuman != tt.human {
				t.Errorf("origin %q notice %q needs_human %v; want %q %q %v (reasons %q)", cl.Origin, cl.Notice, cl.NeedsHuman,
					tt.origin, tt.notice, tt.human, cl.Reasons)
			}
			if tt.origin != aftersale.OriginNotBuyer {
				return
			}
			if cl.Case != aftersale.CaseOther || cl.Confidence != 1 || cl.Secondary != "" || cl.Facts.BuyerName != "" {
				t.Errorf("case %s confidence %.2f secondary %q buyer %q; want other, 1, none, none", cl.Case, cl.Confidence, cl.Secondary, cl.Facts.BuyerName)
			}
			if len(cl.Reasons) == 0 || cl.Reasons[0] != notBuyerReason {
				t.Errorf("reasons %q; want %q first", cl.Reasons, notBuyerReason)
			}
		})
	}
}

// TestClassifyDirect: an account's direct buyer mail is read as the
// buyer's own words, needs a human, and says why; a bounce, an
// auto-reply or phishing stays not buyer mail; relayed mail is classified
// as Classify does.
func TestClassifyDirect(t *testing.T) {
	c := mustNew(t)
	ctx := context.Background()
	direct := aftersale.Message{Sender: aftersale.SenderOther, FromAddr: "lena.k@example.org", Subject: "Order 302-1234567-1234567",
		Text: "Hello, where is my order 302-1234567-1234567? The tracking has not changed for a week. When will it arrive?"}
	cl, err := c.ClassifyDirect(ctx, direct)
	if err != nil {
		t.Fatal(err)
	}
	if cl.Origin != aftersale.OriginDirect || cl.Case != aftersale.CaseShippingInquiry || !cl.NeedsHuman || cl.Notice != aftersale.NoticeNone {
		t.Errorf("direct mail: origin %q case %s needs_human %v notice %q; want direct_buyer, shipping_inquiry, true, none",
			cl.Origin, cl.Case, cl.NeedsHuman, cl.Notice)
	}
	if !slices.ContainsFunc(cl.Reasons, func(r string) bool {
		return strings.Contains(r, "lena.k@example.org") && strings.Contains(r, "not relayed by Amazon")
	}) {
		t.Errorf("reasons %q; want one naming the sender and that Amazon did not relay it", cl.Reasons)
	}
	if got := classify(t, c, direct); got.Origin != aftersale.OriginNotBuyer {
		t.Errorf("Classify(the same mail) origin %q, want not_buyer_mail", got.Origin)
	}
	for _, m := range []aftersale.Message{
		{Sender: aftersale.SenderOther, FromAddr: "postmaster@mx.example.net", Subject: "Undeliverable: order 302-1234567-1234567", Text: "could not be delivered"},
		{Sender: aftersale.SenderOther, FromAddr: "lena.k@example.org", Subject: "Automatic reply: order 302-1234567-1234567", Text: "I am away", AutoReply: true},
		{Sender: aftersale.SenderOther, FromAddr: "service@amazon-payments.example", Subject: "Order 302-1234567-1234567 refund", Text: "Confirm your card"},
	} {
		cl, err := c.ClassifyDirect(ctx, m)
		if err != nil || cl.Origin != aftersale.OriginNotBuyer {
			t.Errorf("ClassifyDirect(%q from %s) origin %q, %v; want not_buyer_mail", m.Subject, m.FromAddr, cl.Origin, err)
		}
	}
	relayed := aftersale.Message{Sender: aftersale.SenderBuyer, FromAddr: "k3v9x2mq8z1tq4b@marketplace.amazon.de", RelayAlias: "k3v9x2mq8z1tq4b@marketplace.amazon.de",
		Subject: "Inquiry from Amazon customer Anna", Text: "Please cancel my order.", BuyerText: "Please cancel my order."}
	a, err := c.ClassifyDirect(ctx, relayed)
	if err != nil {
		t.Fatal(err)
	}
	if b := classify(t, c, relayed); a.Origin != aftersale.OriginAmazon || a.Case != b.Case || a.NeedsHuman != b.NeedsHuman {
		t.Errorf("ClassifyDirect(relayed) = %s/%q/%v, Classify = %s/%q/%v; want the same, origin \"\"", a.Case, a.Origin, a.NeedsHuman, b.Case, b.Origin, b.NeedsHuman)
	}
}

// TestWorkerDirectBuyerMail: only an account that takes direct buyer mail,
// and only for mail naming an order id in the orders table, gets direct
// buyer mail; the rest stays not buyer mail, and says why.
func TestWorkerDirectBuyerMail(t *testing.T) {
	db := store.MustOpenTest(t)
	ctx := context.Background()
	const known, unknown = "302-1234567-1234567", "302-7654321-7654321"
	if _, err := db.UpsertOrder(ctx, aftersale.Order{ID: known, Status: aftersale.StatusShipped}); err != nil {
		t.Fatal(err)
	}
	store1 := func(account string, uid uint32, order string) int64 {
		t.Helper()
		id, _, err := db.InsertRawMessage(ctx, store.RawMessage{Account: account, Folder: "INBOX", UIDValidity: 1, UID: uid,
			Raw: []byte("Subject: x\r\n\r\nx"), InternalDate: time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		text := "Hello, where is my order " + order + "? It has not arrived yet."
		m := aftersale.Message{Sender: aftersale.SenderOther, FromAddr: "lena.k@example.org", Subject: "My order", Text: text,
			OrderIDs: []string{order}}
		if err := db.SaveParsed(ctx, id, m, nil); err != nil {
			t.Fatal(err)
		}
		return id
	}
	shopKnown := store1("shop", 1, known)
	shopUnknown := store1("shop", 2, unknown)
	otherKnown := store1("amazon-only", 1, known)
	w := NewWorker(db, mustNew(t), WorkerOptions{DirectBuyerMail: []string{"shop"}, LearnTemplate: learnTemplate(db)}, nil)
	if n, err := w.RunOnce(ctx); err != nil || n != 3 {
		t.Fatalf("RunOnce = %d, %v; want 3, nil", n, err)
	}
	get := func(id int64) aftersale.Classification {
		t.Helper()
		cl, err := db.Classification(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return cl
	}
	if cl := get(shopKnown); cl.Origin != aftersale.OriginDirect || !cl.NeedsHuman || cl.Case != aftersale.CaseShippingInquiry {
		t.Errorf("known order, opted-in account: origin %q needs_human %v case %s; want direct_buyer, true, shipping_inquiry", cl.Origin, cl.NeedsHuman, cl.Case)
	}
	cl := get(shopUnknown)
	if cl.Origin != aftersale.OriginNotBuyer || !slices.ContainsFunc(cl.Reasons, func(r string) bool { return strings.Contains(r, "names no order id in your orders") }) {
		t.Errorf("unknown order, opted-in account: origin %q reasons %q; want not_buyer_mail saying the order is unknown", cl.Origin, cl.Reasons)
	}
	if cl := get(otherKnown); cl.Origin != aftersale.OriginNotBuyer || len(cl.Reasons) != 1 {
		t.Errorf("account without direct_buyer_mail: origin %q reasons %q; want not_buyer_mail with one reason", cl.Origin, cl.Reasons)
	}
}
