package classify

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/store"
)

// storeMessages inserts and parses one buyer message per text.
func storeMessages(t *testing.T, db *store.DB, texts ...string) []int64 {
	t.Helper()
	ctx := context.Background()
	var ids []int64
	for i, text := range texts {
		uid := uint32(100 + i)
		id, inserted, err := db.InsertRawMessage(ctx, store.RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 1, UID: uid,
			Raw: []byte("Subject: test\r\n\r\n" + text), InternalDate: time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)})
		if err != nil || !inserted {
			t.Fatalf("InsertRawMessage(uid %d) = %v, %v", uid, inserted, err)
		}
		m := aftersale.Message{Sender: aftersale.SenderBuyer, Text: text, BuyerText: text, Subject: "Inquiry from Amazon customer",
			MessageID: fmt.Sprintf("m%d@test", uid), RelayAlias: "abc@marketplace.amazon.de", Marketplace: "amazon.de",
			OrderIDs: []string{"302-1234567-1234567"}}
		if err := db.SaveParsed(ctx, id, m, nil); err != nil {
			t.Fatalf("SaveParsed(%d): %v", id, err)
		}
		ids = append(ids, id)
	}
	return ids
}

func TestWorkerRunOnce(t *testing.T) {
	db := store.MustOpenTest(t)
	ids := storeMessages(t, db, "Bitte stornieren Sie meine Bestellung", "Wo ist mein Paket?", "Danke!")
	var woke atomic.Int32
	w := NewWorker(db, mustNew(t), WorkerOptions{Batch: 2, LearnTemplate: learnTemplate(db), OnClassified: func() { woke.Add(1) }}, nil)
	ctx := context.Background()

	n, err := w.RunOnce(ctx)
	if err != nil || n != 2 {
		t.Fatalf("RunOnce = %d, %v; want 2, nil", n, err)
	}
	n, err = w.RunOnce(ctx)
	if err != nil || n != 1 {
		t.Fatalf("second RunOnce = %d, %v; want 1, nil", n, err)
	}
	n, err = w.RunOnce(ctx)
	if err != nil || n != 0 {
		t.Fatalf("third RunOnce = %d, %v; want 0, nil", n, err)
	}
	if got := woke.Load(); got != 2 {
		t.Errorf("OnClassified called %d times, want 2", got)
	}
	cl, err := db.Classification(ctx, ids[0])
	if err != nil {
		t.Fatalf("Classification(%d): %v", ids[0], err)
	}
	if cl.Case != aftersale.CaseCancelOrder || cl.Version != Version || cl.Language != "de" {
		t.Errorf("stored classification = %s, version %q, language %q; want cancel_order, %q, de", cl.Case, cl.Version, cl.Language, Version)
	}
}

func TestWorkerRunStopsAndKicks(t *testing.T) {
	db := store.MustOpenTest(t)
	classified := make(chan struct{}, 10)
	w := NewWorker(db, mustNew(t), WorkerOptions{Interval: time.Hour, LearnTemplate: learnTemplate(db), OnClassified: func() {
		select {
		case classified <- struct{}{}:
		default:
		}
	}}, nil)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()

	// The interval is an hour, so only the kick can make the worker see
	// the new message.
	ids := storeMessages(t, db, "Where is my parcel?")
	w.Kick()
	w.Kick() // never blocks
	select {
	case <-classified:
	case <-time.After(10 * time.Second):
		t.Fatal("worker did not classify after Kick")
	}
	if _, err := db.Classification(context.Background(), ids[0]); err != nil {
		t.Errorf("Classification(%d): %v", ids[0], err)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil on cancel", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}

// TestWorkerPanicOnOneMessage: a classifier panic on one message does not
// stop the batch; that message is saved as other/needs_human with the
// reason, the others are classified normally.
func TestWorkerPanicOnOneMessage(t *testing.T) {
	db := store.MustOpenTest(t)
	ids := storeMessages(t, db, "Bitte stornieren Sie meine Bestellung", "poison", "Wo ist mein Paket?")
	w := NewWorker(db, mustNew(t), WorkerOptions{LearnTemplate: learnTemplate(db)}, nil)
	real := w.classify
	w.classify = func(c *Classifier, ctx context.Context, m aftersale.Message) (aftersale.Classification, error) {
		if m.BuyerText == "poison" {
			panic("index out of range")
		}
		return real(c, ctx, m)
	}
	ctx := context.Background()
	if n, err := w.RunOnce(ctx); err != nil || n != 3 {
		t.Fatalf("RunOnce = %d, %v; want 3, nil", n, err)
	}
	cl, err := db.Classification(ctx, ids[1])
	if err != nil {
		t.Fatalf("Classification(%d): %v", ids[1], err)
	}
	if cl.Case != aftersale.CaseOther || !cl.NeedsHuman || len(cl.Reasons) != 1 || len(cl.Facts.OrderIDs) != 1 {
		t.Errorf("poisoned message: %+v; want other, needs_human, one reason, the order id kept", cl)
	}
	for _, id := range []int64{ids[0], ids[2]} {
		cl, err := db.Classification(ctx, id)
		if err != nil || cl.Case == aftersale.CaseOther {
			t.Errorf("Classification(%d) = %s, %v; want a real case", id, cl.Case, err)
		}
	}
}

// TestWorkerDropsLearnedTemplate: the worker learns a wrapper it has no
// shape rule for from the stored mail of twenty buyers, and classifies
// the next message on the buyer's words alone, which it saves.
func TestWorkerDropsLearnedTemplate(t *testing.T) {
	db := store.MustOpenTest(t)
	ctx := context.Background()
	wrap := func(n int, words string) string {
		return fmt.Sprintf("Weitergeleitet vom Postdienst des Marktplatzes, Vorgang %d\r\n"+
			"Antworten erreichen den Absender ohne Umweg über das Kundenkonto\r\n\r\n%s\r\n\r\n"+
			"Diese Zustellung wurde automatisch erzeugt und archiviert.\r\n", 700+n, words)
	}
	says := []string{"Wo ist mein Paket?", "Die Lampe flackert.", "Kann ich die Farbe noch ändern?", "Danke, alles angekommen.",
		"Der Deckel fehlt.", "Wann kommt die Erstattung?"}
	store1 := func(uid int, alias, words string) int64 {
		raw := []byte(fmt.Sprintf("From: Jo - Amazon Marketplace <%s@marketplace.amazon.de>\r\nSubject: Anfrage\r\n"+
			"Message-ID: <w%d@test>\r\n\r\n%s", alias, uid, wrap(uid, words)))
		id, _, err := db.InsertRawMessage(ctx, store.RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 1, UID: uint32(uid), Raw: raw})
		if err != nil {
			t.Fatal(err)
		}
		m, err := mailbox.Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SaveParsed(ctx, id, m, nil); err != nil {
			t.Fatal(err)
		}
		return id
	}
	for i := range 20 {
		store1(i+1, fmt.Sprintf("buyer%02dabcdefgh", i), says[i%len(says)]+fmt.Sprintf(" (%c)", 'a'+i))
	}
	id := store1(21, "newbuyerabcdefg", "Bitte stornieren Sie meine Bestellung, ich habe mich vertan.")
	w := NewWorker(db, mustNew(t), WorkerOptions{Batch: 50, LearnTemplate: learnTemplate(db)}, nil)
	if n, err := w.RunOnce(ctx); err != nil || n != 21 {
		t.Fatalf("RunOnce = %d, %v; want 21", n, err)
	}
	m, err := db.Message(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if m.BuyerText != "Bitte stornieren Sie meine Bestellung, ich habe mich vertan." {
		t.Errorf("stored buyer text = %q, want only the buyer's words", m.BuyerText)
	}
	cl, err := db.Classification(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if cl.Case != aftersale.CaseCancelOrder {
		t.Errorf("case = %s, want cancel_order", cl.Case)
	}
}

// learnTemplate is the daemon's template learner over db
// (mailbox.TemplateLearner), for WorkerOptions.LearnTemplate.
func learnTemplate(db *store.DB) func(context.Context) (Template, error) {
	l := mailbox.NewTemplateLearner(db)
	return func(ctx context.Context) (Template, error) { return l.Learn(ctx) }
}
