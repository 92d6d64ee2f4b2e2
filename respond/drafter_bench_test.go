package respond

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/internal/benchmail"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/store"
)

// Benchmarks of the drafting stage without a mail server: the messages are
// stored, parsed and classified by the real packages before the timer
// starts, then Drafter.RunOnce drafts them all (as in the mailbox package's
// BenchmarkDovecotIngest, whose draft_msg/s this isolates).

// benchOrder is the seller's record of the order of message i, for some
// messages only (the others draft with [[placeholders]]).
func benchOrder(i int) (aftersale.Order, bool) {
	if i%3 == 0 {
		return aftersale.Order{}, false
	}
	base := time.Date(2025, 2, 20, 10, 0, 0, 0, time.UTC)
	o := aftersale.Order{
		ID:           benchmail.OrderID(i),
		Channel:      aftersale.ChannelFBM,
		Marketplace:  "Amazon.de",
		PurchaseDate: base,
		ProductName:  "Stainless steel bottle 750 ml",
		ASIN:         "B07XJ8C8F5",
		Quantity:     1,
		Currency:     "EUR",
		ItemValue:    1999,
	}
	switch i % 5 {
	case 0, 1:
		o.Status, o.ShipDate, o.Carrier, o.Tracking = aftersale.StatusShipped, base.AddDate(0, 0, 1), "DHL", fmt.Sprintf("00340434161%09d", i)
	case 2:
		o.Status, o.ShipDate, o.DeliveryDate = aftersale.StatusDelivered, base.AddDate(0, 0, 1), base.AddDate(0, 0, 3)
	case 3:
		o.Status = aftersale.StatusUnshipped
	default:
		o.Status, o.Channel = aftersale.StatusShipped, aftersale.ChannelFBA
	}
	return o, true
}

// seedClassified stores n buyer messages (with orders for some), parses
// and classifies them, leaving them for the drafter.
func seedClassified(tb testing.TB, db *store.DB, cl *classify.Classifier, n int) {
	tb.Helper()
	ctx := context.Background()
	at := time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)
	raws := make([]store.RawMessage, n)
	for i := range raws {
		raws[i] = store.RawMessage{Account: "bench", Folder: "INBOX", UIDValidity: 1, UID: uint32(i + 1),
			Raw: benchmail.Mail(i), InternalDate: at.Add(time.Duration(i) * time.Second)}
		if o, ok := benchOrder(i); ok {
			if _, err := db.UpsertOrder(ctx, o); err != nil {
				tb.Fatal(err)
			}
		}
	}
	res, err := db.InsertRawMessages(ctx, raws)
	if err != nil {
		tb.Fatal(err)
	}
	ps := make([]store.Parsed, n)
	for i, r := range res {
		m, err := mailbox.Parse(raws[i].Raw)
		ps[i] = store.Parsed{ID: r.ID, Message: m, Err: err}
	}
	if err := db.SaveParsedBatch(ctx, ps); err != nil {
		tb.Fatal(err)
	}
	w := classify.NewWorker(db, cl, classify.WorkerOptions{Batch: 500}, nil)
	for {
		k, err := w.RunOnce(ctx)
		if err != nil {
			tb.Fatal(err)
		}
		if k == 0 {
			break
		}
	}
}

// benchNow is the fixed clock of the drafting benchmarks and tests.
var benchNow = time.Date(2025, 3, 4, 12, 0, 0, 0, time.UTC)

// BenchmarkDrafterRunOnce drafts 2,000 classified messages per op and
// reports draft_msg/s; the store, parse and classify set-up is untimed.
func BenchmarkDrafterRunOnce(b *testing.B) {
	const n = 2000
	cl, err := classify.New(classify.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var total, cpu time.Duration
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		db := store.MustOpenTestOptions(b, store.Options{Now: func() time.Time { return benchNow }})
		seedClassified(b, db, cl, n)
		d := NewDrafter(db, Settings{SellerName: "Bench Shop", SellerLanguage: "en"}, nil)
		d.now = func() time.Time { return benchNow }
		b.StartTimer()
		t, c := time.Now(), cpuTime()
		made, err := d.RunOnce(ctx)
		total += time.Since(t)
		cpu += cpuTime() - c
		if err != nil || made != n {
			b.Fatalf("RunOnce = %d, %v; want %d", made, err, n)
		}
	}
	b.ReportMetric(float64(b.N*n)/total.Seconds(), "draft_msg/s")
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N*n), "cpu_µs/msg")
}

// cpuTime is the user and system CPU time of the process so far: on a
// shared machine it varies less than wall-clock time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkBuildDraft is the CPU part of drafting one message (decide,
// render, check), without the store.
func BenchmarkBuildDraft(b *testing.B) {
	const n = 200
	cl, err := classify.New(classify.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	db := store.MustOpenTestOptions(b, store.Options{Now: func() time.Time { return benchNow }})
	seedClassified(b, db, cl, n)
	pend, err := db.Undrafted(ctx, 0)
	if err != nil {
		b.Fatal(err)
	}
	ins := make([]Input, len(pend))
	for i, p := range pend {
		o, err := db.Order(ctx, p.Message.OrderID())
		if err != nil {
			o = aftersale.Order{}
		}
		ins[i] = Input{Message: p.Message, Class: p.Classification, Order: o, Now: benchNow}
	}
	s := Settings{SellerName: "Bench Shop", SellerLanguage: "en"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := BuildDraft(ins[i%len(ins)], s); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
