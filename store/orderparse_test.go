package store

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
)

func TestParseOrders(t *testing.T) {
	csv := "order_id,status,channel,marketplace,value,currency,ship_date,delivery_date,carrier,tracking,refund_amount,refund_date,product,purchase_date,latest_delivery,return_received\n" +
		"302-1234567-1234567,shipped,fbm,amazon.de,24.99,EUR,2026-03-02,,DHL,00340434161234567890,,,Linen cover,2026-03-01,2026-03-06,\n" +
		"302-1234567-1234567,,,,,,,,,,,,,,,\n" +
		"bad-id,shipped,fbm,,,,,,,,,,,,,\n"
	os, errs, err := ParseOrders(strings.NewReader(csv), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) != 1 || errs[0].Line != 4 {
		t.Errorf("row errors %v, want line 4", errs)
	}
	if len(os) != 1 {
		t.Fatalf("orders %+v, want one", os)
	}
	o := os[0]
	want := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	if o.ID != "302-1234567-1234567" || o.Status != aftersale.StatusShipped || o.Channel != aftersale.ChannelFBM ||
		o.ItemValue != 2499 || o.Currency != "EUR" || !o.ShipDate.Equal(want) || o.ShipDate.Location() != time.UTC ||
		o.Tracking != "00340434161234567890" || o.LatestDelivery.IsZero() {
		t.Errorf("order %+v", o)
	}
	if _, _, err := ParseOrders(strings.NewReader(""), time.Now()); !errors.Is(err, aftersale.ErrInvalid) {
		t.Errorf("empty file: %v, want ErrInvalid", err)
	}
}

// A seller's sheet that only ticks a return off ("yes") stores the
// import's time as the day it was received; "no" stores nothing; anything
// else is a row error naming the column.
func TestParseOrdersReturnReceivedYes(t *testing.T) {
	now := time.Now().UTC().Truncate(time.Millisecond)
	day := now.AddDate(0, 0, -3).Format("2006-01-02")
	csv := "order_id,status,return_received\n" +
		"302-1234567-1234561,returned,yes\n" +
		"302-1234567-1234562,returned,no\n" +
		"302-1234567-1234563,returned," + day + "\n" +
		"302-1234567-1234564,returned,soon\n"
	os, errs, err := ParseOrders(strings.NewReader(csv), now)
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) != 1 || errs[0].Line != 5 || !strings.Contains(errs[0].Err.Error(), "return_received") {
		t.Errorf("row errors %v, want one on line 5 naming return_received", errs)
	}
	if len(os) != 3 {
		t.Fatalf("orders %+v, want three", os)
	}
	if !os[0].ReturnReceived.Equal(now) {
		t.Errorf("yes: received %v, want %v", os[0].ReturnReceived, now)
	}
	if !os[1].ReturnReceived.IsZero() {
		t.Errorf("no: received %v, want none", os[1].ReturnReceived)
	}
	if got := os[2].ReturnReceived.Format("2006-01-02"); got != day {
		t.Errorf("dated: received %s, want %s", got, day)
	}
}
