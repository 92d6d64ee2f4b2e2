package store

import (
	"fmt"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/google/go-cmp/cmp"
)

// TestOrdersAgreesWithOrder checks that Orders returns what Order returns
// for every known id, over more ids than one query takes, with unknown,
// empty and repeated ids.
func TestOrdersAgreesWithOrder(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	var known, ids []string
	for i := range ordersChunk + 30 {
		id := fmt.Sprintf("302-%07d-%07d", i, i)
		ids = append(ids, id)
		if i%3 == 0 {
			continue // unknown
		}
		o := aftersale.Order{ID: id, Status: aftersale.StatusShipped, Channel: aftersale.ChannelFBM, Marketplace: "Amazon.de",
			PurchaseDate: c.Now().Add(-time.Duration(i) * time.Hour), ProductName: "Bottle", ASIN: "B07XJ8C8F5",
			Quantity: 1 + i%4, Currency: "EUR", ItemValue: aftersale.Money(100 * i), Tracking: fmt.Sprint("T", i)}
		if i%5 == 0 {
			o.DeliveryDate, o.Status = c.Now(), aftersale.StatusDelivered
		}
		if _, err := db.UpsertOrder(ctx, o); err != nil {
			t.Fatal(err)
		}
		known = append(known, id)
	}
	ids = append(ids, "", ids[1], ids[2], "302-9999999-9999999")
	got, err := db.Orders(ctx, ids)
	if err != nil {
		t.Fatalf("Orders: %v", err)
	}
	if len(got) != len(known) {
		t.Errorf("Orders returned %d orders, want %d", len(got), len(known))
	}
	for _, id := range known {
		want, err := db.Order(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got[id]); diff != "" {
			t.Errorf("Orders()[%s] differs from Order (-want +got):\n%s", id, diff)
		}
	}
	empty, err := db.Orders(ctx, nil)
	if err != nil || len(empty) != 0 {
		t.Errorf("Orders(nil) = %v, %v; want an empty map, nil", empty, err)
	}
}

// BenchmarkOrders reads 100 orders (the drafter's batch) per op, with
// Orders and, for comparison, with Order one by one.
func BenchmarkOrders(b *testing.B) {
	db := MustOpenTest(b)
	ctx := b.Context()
	ids := make([]string, 100)
	for i := range ids {
		ids[i] = fmt.Sprintf("302-%07d-%07d", i, i)
		if _, err := db.UpsertOrder(ctx, aftersale.Order{ID: ids[i], Status: aftersale.StatusShipped, Tracking: "T"}); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("batch", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.Orders(ctx, ids); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("one_by_one", func(b *testing.B) {
		for b.Loop() {
			for _, id := range ids {
				if _, err := db.Order(ctx, id); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// TestHasMessageIDsAgrees checks HasMessageIDs against HasMessageID, with
// angle brackets, white space, other accounts, empty and repeated ids, and
// more ids than one query takes.
func TestHasMessageIDsAgrees(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	ids := []string{"", "  ", "<>", "nope@x", "<nope@x>"}
	for i := range ordersChunk + 20 {
		m := buyerMsg("a@marketplace.amazon.de", "", c.Now())
		m.MessageID = fmt.Sprintf("m%d@marketplace.amazon.de", i)
		if i%4 != 0 {
			addMessage(t, db, m)
		}
		ids = append(ids, m.MessageID, "<"+m.MessageID+">", " "+m.MessageID+" ")
	}
	ids = append(ids, ids[7], ids[8])
	for _, account := range []string{"shop", "other"} {
		got, err := db.HasMessageIDs(ctx, account, ids)
		if err != nil {
			t.Fatalf("HasMessageIDs(%s): %v", account, err)
		}
		n := 0
		for _, id := range ids {
			want, err := db.HasMessageID(ctx, account, id)
			if err != nil {
				t.Fatal(err)
			}
			if got[id] != want {
				t.Errorf("HasMessageIDs(%s)[%q] = %v, HasMessageID %v", account, id, got[id], want)
			}
			if want {
				n++
			}
		}
		if account == "shop" && n == 0 {
			t.Errorf("no id of %s is stored: the test checks nothing", account)
		}
	}
}

// BenchmarkHasMessageIDs checks the 50 Message-IDs of a poller batch per
// op against 5,000 stored messages, at once and, for comparison, one by
// one.
func BenchmarkHasMessageIDs(b *testing.B) {
	c := newClock()
	db := openClock(b, c)
	ctx := b.Context()
	var ids []string
	for i := range 5000 {
		m := buyerMsg("a@marketplace.amazon.de", "", c.Now())
		m.MessageID = fmt.Sprintf("m%d@marketplace.amazon.de", i)
		addMessage(b, db, m)
		if i%100 == 0 {
			ids = append(ids, m.MessageID, "new"+m.MessageID)
		}
	}
	b.Run("batch", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.HasMessageIDs(ctx, "shop", ids); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("one_by_one", func(b *testing.B) {
		for b.Loop() {
			for _, id := range ids {
				if _, err := db.HasMessageID(ctx, "shop", id); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
