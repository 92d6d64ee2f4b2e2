package queue

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// testClock is the fixture's clock; tests move it.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *testClock) Add(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }

// fix is a store with buyer mail drafted as the daemon drafts it.
type fix struct {
	t     *testing.T
	db    *store.DB
	q     *Queue
	clock *testClock
	uid   uint32
	s     respond.Settings
}

// t0 is the fixture's "now"; every date is relative to it.
var t0 = time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)

func newFix(t *testing.T) *fix {
	t.Helper()
	c := &testClock{t: t0}
	db := store.MustOpenTestOptions(t, store.Options{Now: c.Now})
	s := respond.Settings{SellerName: "Example Store", SellerLanguage: "en"}
	return &fix{t: t, db: db, clock: c, s: s,
		q: New(db, Options{Settings: s, MessageIDDomain: "shop.example"})}
}

// msg describes a buyer message of the fixture.
type msg struct {
	text, lang, market, alias string
	kase                      aftersale.Case
	order                     aftersale.Order // ID "" for none
	conf                      float64
}

// draft stores m as received an hour ago, classified, with its order,
// drafts it with respond.BuildDraft and returns the draft's id.
func (f *fix) draft(m msg) int64 {
	f.t.Helper()
	ctx := context.Background()
	if m.lang == "" {
		m.lang = "de"
	}
	if m.market == "" {
		m.market = "amazon.de"
	}
	if m.conf == 0 {
		m.conf = 0.95
	}
	f.uid++
	if m.alias == "-" {
		m.alias = ""
	} else if m.alias == "" {
		m.alias = fmt.Sprintf("buyer%d@marketplace.amazon.de", f.uid)
	}
	at := f.clock.Now().Add(-time.Hour)
	raw := fmt.Sprintf("Subject: Frage\r\nMessage-ID: <m%d@marketplace.amazon.de>\r\n\r\n%s\r\n", f.uid, m.text)
	id, _, err := f.db.InsertRawMessage(ctx, store.RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 1, UID: f.uid,
		Raw: []byte(raw), InternalDate: at})
	if err != nil {
		f.t.Fatal(err)
	}
	pm := aftersale.Message{ID: id, Account: "shop", MessageID: fmt.Sprintf("m%d@marketplace.amazon.de", f.uid),
		FromName: "Erika - Amazon Marketplace", FromAddr: m.alias, RelayAlias: m.alias, BuyerName: "Erika",
		Subject: "Frage zu einer Bestellung", Date: at, Text: m.text, BuyerText: m.text, Marketplace: m.market,
		Sender: aftersale.SenderBuyer}
	if m.order.ID != "" {
		pm.OrderIDs = []string{m.order.ID}
		if _, err := f.db.UpsertOrder(ctx, m.order); err != nil {
			f.t.Fatal(err)
		}
	}
	if err := f.db.SaveParsed(ctx, id, pm, nil); err != nil {
		f.t.Fatal(err)
	}
	cl := aftersale.Classification{MessageID: id, Case: m.kase, Confidence: m.conf, Language: m.lang, Version: "test",
		Facts: aftersale.Facts{OrderIDs: pm.OrderIDs}}
	if err := f.db.SaveClassification(ctx, cl); err != nil {
		f.t.Fatal(err)
	}
	d, err := respond.BuildDraft(respond.Input{Message: pm, Class: cl, Order: m.order, Now: f.clock.Now()}, f.s)
	if err != nil {
		f.t.Fatal(err)
	}
	did, err := f.db.CreateDraft(ctx, d)
	if err != nil {
		f.t.Fatal(err)
	}
	return did
}

// shipped is an FBM order shipped two days before the clock, with tracking.
func (f *fix) shipped(id string) aftersale.Order {
	return aftersale.Order{ID: id, Status: aftersale.StatusShipped, Channel: aftersale.ChannelFBM, Marketplace: "amazon.de",
		Carrier: "DHL", Tracking: "00340434161234567890", ShipDate: f.clock.Now().Add(-48 * time.Hour),
		PurchaseDate: f.clock.Now().Add(-72 * time.Hour), Currency: "EUR", ItemValue: 2499}
}

// where is a shipping inquiry in German about a shipped order.
func (f *fix) where() int64 {
	f.t.Helper()
	id := fmt.Sprintf("302-%07d-1234567", 1000000+f.uid+1)
	return f.draft(msg{text: "Hallo, wo ist mein Paket? Ich warte schon seit Tagen. Bestellung " + id,
		kase: aftersale.CaseShippingInquiry, order: f.shipped(id)})
}

func (f *fix) get(id int64) aftersale.Draft {
	f.t.Helper()
	d, err := f.db.Draft(context.Background(), id)
	if err != nil {
		f.t.Fatal(err)
	}
	return d
}

// refused fails the test unless err is a *Refusal with code.
func refused(t *testing.T, what string, err, code error) {
	t.Helper()
	var r *Refusal
	if !errors.As(err, &r) || !errors.Is(err, code) {
		t.Errorf("%s = %v, want a refusal %v", what, err, code)
	}
}
