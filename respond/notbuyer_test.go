package respond

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// otherMail is a newsletter from an ordinary sender.
func otherMail(i int) aftersale.Message {
	return aftersale.Message{Account: "shop", MessageID: fmt.Sprintf("news-%d@shop.example", i), FromAddr: "news@shop.example",
		Subject: "Where is your order? Track it in our app", Text: "Track your parcel.", Sender: aftersale.SenderOther}
}

func notBuyerClass(n aftersale.Notice) aftersale.Classification {
	return aftersale.Classification{Case: aftersale.CaseOther, Confidence: 1, Notice: n, Origin: aftersale.OriginNotBuyer,
		NeedsHuman: n == aftersale.NoticePhishing, Reasons: []string{"not buyer mail"}}
}

// TestDrafterNotBuyerMail: not buyer mail gets no draft row at all, leaves
// the drafter's work list for good (a new drafter on the same database
// finds nothing), and does not hold up a buyer's message behind more than
// one batch of it.
func TestDrafterNotBuyerMail(t *testing.T) {
	e := newEnv(t)
	const many = drafterBatch + drafterBatch/2
	for i := range many {
		n := aftersale.NoticeNotBuyer
		switch i % 10 {
		case 3:
			n = aftersale.NoticeDeliveryFailure
		case 7:
			n = aftersale.NoticePhishing
		}
		e.seed(otherMail(i), notBuyerClass(n))
	}
	buyerID := e.seed(buyerMsg("Where is my order?", "Where is it?"),
		aftersale.Classification{Case: aftersale.CaseShippingInquiry, Confidence: 0.9, Language: "en"})

	n, err := e.drafter().RunOnce(e.ctx)
	if err != nil || n != 1 {
		t.Fatalf("RunOnce = %d, %v; want 1 draft (the buyer's), nil", n, err)
	}
	ds, err := e.db.Drafts(e.ctx, store.DraftFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 || ds[0].MessageID != buyerID {
		t.Errorf("drafts = %d (first for message %d), want exactly the buyer's", len(ds), ds[0].MessageID)
	}
	if pend, err := e.db.Undrafted(e.ctx, 0); err != nil || len(pend) != 0 {
		t.Errorf("Undrafted = %d messages, %v; want none", len(pend), err)
	}
	// A restart: a new drafter over the same database drafts nothing.
	if n, err := e.drafter().RunOnce(e.ctx); err != nil || n != 0 {
		t.Errorf("RunOnce after a restart = %d, %v; want 0, nil", n, err)
	}
	s, err := e.db.Stats(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.NotBuyer != many || s.Phishing != many/10 || s.Drafts[aftersale.DraftNoResponseNeeded] != 0 || s.Drafts[aftersale.DraftProposed] != 1 {
		t.Errorf("Stats: not buyer %d phishing %d drafts %v; want %d, %d, one proposed", s.NotBuyer, s.Phishing, s.Drafts, many, many/10)
	}
}

func TestBuildDraftRefusesNotBuyerMail(t *testing.T) {
	_, err := BuildDraft(Input{Message: otherMail(1), Class: notBuyerClass(aftersale.NoticeNotBuyer), Now: now}, testSettings())
	if !errors.Is(err, aftersale.ErrInvalid) {
		t.Errorf("BuildDraft(not buyer mail) = %v, want ErrInvalid", err)
	}
}

// directMail is a buyer's own mail about testOrderID.
func directMail(text string) aftersale.Message {
	return aftersale.Message{Account: "shop", MessageID: "lena-1@mail.example.org", FromName: "Lena K", FromAddr: "lena.k@example.org",
		Subject: "Order " + testOrderID, Text: text, OrderIDs: []string{testOrderID}, Sender: aftersale.SenderOther}
}

var directClass = aftersale.Classification{Case: aftersale.CaseShippingInquiry, Confidence: 0.9, Language: "en",
	Origin: aftersale.OriginDirect, NeedsHuman: true, Reasons: []string{"direct mail"}}

// TestDirectBuyerMail: a buyer's own mail on an account that takes direct
// buyer mail is drafted like relayed mail, to the sender's address, and
// always needs a human who is told it is not Amazon's relay. The sender
// sends it there only for accounts that take direct buyer mail.
func TestDirectBuyerMail(t *testing.T) {
	e := newEnv(t)
	if _, err := e.db.UpsertOrder(e.ctx, order(fbm, shipped)); err != nil {
		t.Fatal(err)
	}
	cl := directClass
	cl.NeedsHuman, cl.Reasons = false, nil // Decide flags it whatever the classifier said
	id := e.seed(directMail("Hello, where is my parcel? It has not arrived."), cl)
	if n, err := e.drafter().RunOnce(e.ctx); err != nil || n != 1 {
		t.Fatalf("RunOnce = %d, %v; want 1, nil", n, err)
	}
	d := e.draftFor(id)
	if d.To != "lena.k@example.org" || d.State != aftersale.DraftProposed || d.Action != ActionShippingTracking || !d.NeedsHuman {
		t.Errorf("draft to %q state %s action %s needs_human %v; want to the sender, proposed, %s, needs_human",
			d.To, d.State, d.Action, d.NeedsHuman, ActionShippingTracking)
	}
	if !strings.Contains(strings.Join(d.Reasons, "\n"), "lena.k@example.org, not through Amazon's relay") {
		t.Errorf("reasons %q; want one saying it is not Amazon's relay", d.Reasons)
	}
	if strings.Contains(strings.Join(d.Reasons, "\n"), "no Amazon relay address") {
		t.Errorf("reasons %q; the reply has an address", d.Reasons)
	}
	if err := e.db.ApproveDraft(e.ctx, d.ID, store.Approval{By: "anna", Reviewed: true, OutgoingID: NewOutgoingID("shop.example")}); err != nil {
		t.Fatal(err)
	}

	// Without the account's direct_buyer_mail the sender refuses the address.
	sink := startSink(t)
	refusing := e.sender(sinkMailer(sink))
	if _, err := refusing.RunOnce(e.ctx); err != nil {
		t.Fatal(err)
	}
	if got := e.draft(d.ID); got.State != aftersale.DraftFailed || !strings.Contains(got.LastError, "not an Amazon relay domain") || len(sink.Messages()) != 0 {
		t.Fatalf("without direct_buyer_mail: state %s last error %q, %d sent; want failed, refused, none sent", got.State, got.LastError, len(sink.Messages()))
	}
	if err := e.db.ApproveDraft(e.ctx, d.ID, store.Approval{By: "anna", Reviewed: true, OutgoingID: NewOutgoingID("shop.example")}); err != nil {
		t.Fatal(err)
	}
	s := NewSender(e.db, sinkMailer(sink), SenderOptions{From: "service@shop.example", Now: e.clock.Now, DirectBuyerMail: []string{"shop"}}, nil)
	if n, err := s.RunOnce(e.ctx); err != nil || n != 1 {
		t.Fatalf("Sender.RunOnce = %d, %v; want 1, nil", n, err)
	}
	if msgs := sink.Messages(); len(msgs) != 1 || strings.Join(msgs[0].To, ",") != "lena.k@example.org" {
		t.Errorf("sink got %d messages (%v), want one to lena.k@example.org", len(msgs), msgs)
	}
}

// TestDirectRecipientChecked: the sender's exception for direct buyer mail
// covers the sender's own address of mail classified as direct, nothing
// else.
func TestDirectRecipientChecked(t *testing.T) {
	e := newEnv(t)
	if _, err := e.db.UpsertOrder(e.ctx, order(fbm, shipped)); err != nil {
		t.Fatal(err)
	}
	s := NewSender(e.db, sinkMailer(startSink(t)), SenderOptions{From: "service@shop.example", Now: e.clock.Now, DirectBuyerMail: []string{"shop"}}, nil)
	m := directMail("Where is my parcel?")
	directID := e.seed(m, directClass)
	m.MessageID = "lena-2@mail.example.org"
	amazonID := e.seed(m, aftersale.Classification{Case: aftersale.CaseShippingInquiry, Confidence: 0.9, Language: "en"})
	for _, tt := range []struct {
		name string
		msg  int64
		to   string
		ok   bool
	}{
		{"direct, to the sender", directID, "Lena.K@example.org", true},
		{"direct, to someone else", directID, "mallory@example.org", false},
		{"not classified as direct", amazonID, "lena.k@example.org", false},
	} {
		d := aftersale.Draft{ID: 1, MessageID: tt.msg, Account: "shop", To: tt.to}
		if why := s.checkRecipient(e.ctx, d); (why == "") != tt.ok {
			t.Errorf("%s: checkRecipient = %q, want allowed %v", tt.name, why, tt.ok)
		}
	}
	d := aftersale.Draft{ID: 1, MessageID: directID, Account: "elsewhere", To: "lena.k@example.org"}
	if why := s.checkRecipient(e.ctx, d); why == "" {
		t.Error("an account without direct_buyer_mail: checkRecipient allowed the sender's address")
	}
}

// TestDecideDirectThanks: a buyer's own thank-you needs no reply, and no
// task to tick anything in Seller Central: Amazon never saw it.
func TestDecideDirectThanks(t *testing.T) {
	in := Input{Message: directMail("Thank you, it arrived!"), Now: now,
		Class: aftersale.Classification{Case: aftersale.CaseOther, Confidence: 0.9, Language: "en", Origin: aftersale.OriginDirect}}
	dec := Decide(in, testSettings())
	if !dec.NoResponse || len(dec.Tasks) != 0 || !dec.NeedsHuman {
		t.Errorf("Decide(direct thanks) = no response %v, tasks %+v, needs_human %v; want no response, no task, needs_human",
			dec.NoResponse, dec.Tasks, dec.NeedsHuman)
	}
	in.Message.Text, in.Message.BuyerText = "Do you ship to Austria?", "Do you ship to Austria?"
	if dec := Decide(in, testSettings()); !dec.NoResponse || !dec.Owed || !dec.NeedsHuman || dec.Action != ActionOtherReply {
		t.Errorf("Decide(direct question) = no response %v, owed %v, needs human %v, action %s; want no draft, kept for a person (%s)",
			dec.NoResponse, dec.Owed, dec.NeedsHuman, dec.Action, ActionOtherReply)
	}
}
