package store

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
)

// clock is an injectable, settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock {
	return &clock{t: time.Date(2024, 3, 4, 9, 0, 0, 0, time.UTC)}
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// openClock opens a test database whose clock is c.
func openClock(t testing.TB, c *clock) *DB {
	t.Helper()
	return MustOpenTestOptions(t, Options{Now: c.Now})
}

// buyerMsg returns a parsed buyer message from alias about order.
func buyerMsg(alias, order string, date time.Time) aftersale.Message {
	m := aftersale.Message{
		MessageID:     fmt.Sprintf("%s.%d@marketplace.amazon.de", order, date.UnixNano()),
		FromName:      "Erika Mustermann - Amazon Marketplace",
		FromAddr:      alias,
		RelayAlias:    alias,
		To:            []string{"shop@example.com"},
		Subject:       "Frage zu Bestellung " + order,
		Date:          date,
		Text:          "Wo ist mein Paket?",
		BuyerText:     "Wo ist mein Paket?",
		Marketplace:   "amazon.de",
		Sender:        aftersale.SenderBuyer,
		ParserVersion: 1,
	}
	if order != "" {
		m.OrderIDs = []string{order}
	}
	return m
}

var uidSeq struct {
	sync.Mutex
	n uint32
}

func nextUID() uint32 {
	uidSeq.Lock()
	defer uidSeq.Unlock()
	uidSeq.n++
	return uidSeq.n
}

// addMessage stores m raw and parsed and returns its id.
func addMessage(t testing.TB, db *DB, m aftersale.Message) int64 {
	t.Helper()
	ctx := t.Context()
	raw := RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 7, UID: nextUID(),
		Raw: []byte("Subject: " + m.Subject + "\r\n\r\nbody\r\n"), InternalDate: m.Date}
	id, _, err := db.InsertRawMessage(ctx, raw)
	if err != nil {
		t.Fatalf("InsertRawMessage: %v", err)
	}
	if err := db.SaveParsed(ctx, id, m, nil); err != nil {
		t.Fatalf("SaveParsed(%d): %v", id, err)
	}
	return id
}

// addDraft stores a buyer message and a proposed draft for it.
func addDraft(t testing.TB, db *DB, mut func(*aftersale.Draft)) int64 {
	t.Helper()
	order := fmt.Sprintf("302-%07d-%07d", nextUID(), 1)
	mid := addMessage(t, db, buyerMsg(fmt.Sprintf("b%d@marketplace.amazon.de", nextUID()), order, db.now().Add(-time.Minute)))
	d := aftersale.Draft{
		MessageID: mid, Case: aftersale.CaseShippingInquiry, Action: "give_tracking", OrderID: order,
		Language: "de", To: "buyer@marketplace.amazon.de", Subject: "Re: Frage", Body: "Hallo, ...",
		InReplyTo: "<abc@marketplace.amazon.de>",
	}
	if mut != nil {
		mut(&d)
	}
	id, err := db.CreateDraft(t.Context(), d)
	if err != nil {
		t.Fatalf("CreateDraft: %v", err)
	}
	return id
}

var outSeq struct {
	sync.Mutex
	n int
}

func outgoingID() string {
	outSeq.Lock()
	defer outSeq.Unlock()
	outSeq.n++
	return fmt.Sprintf("r%d.test@aftersale.invalid", outSeq.n)
}

func approve(t testing.TB, db *DB, id int64) {
	t.Helper()
	if err := db.ApproveDraft(t.Context(), id, Approval{By: "anna", Reviewed: true, OutgoingID: outgoingID()}); err != nil {
		t.Fatalf("ApproveDraft(%d): %v", id, err)
	}
}

func state(t testing.TB, db *DB, id int64) aftersale.DraftState {
	t.Helper()
	d, err := db.Draft(t.Context(), id)
	if err != nil {
		t.Fatalf("Draft(%d): %v", id, err)
	}
	return d.State
}
