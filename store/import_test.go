package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/google/go-cmp/cmp"
)

func importFile(t *testing.T, db *DB, name string) ImportResult {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := db.ImportOrders(t.Context(), f, name)
	if err != nil {
		t.Fatalf("ImportOrders(%s): %v", name, err)
	}
	return res
}

// summary is ImportResult with error lines only, for comparison.
type summary struct {
	Format                          string
	Rows, Created, Updated, Skipped int
	Lines                           []int
}

func summarise(r ImportResult) summary {
	s := summary{Format: r.Format, Rows: r.Rows, Created: r.Created, Updated: r.Updated, Skipped: r.Skipped}
	for _, e := range r.Errors {
		s.Lines = append(s.Lines, e.Line)
	}
	return s
}

func TestImportOrders(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	steps := []struct {
		file string
		want summary
	}{
		{"order_report.txt", summary{FormatOrderReport, 12, 6, 0, 4, []int{7, 8, 9, 14}}},
		{"shipment_confirmation.txt", summary{FormatShipmentConfirmation, 7, 1, 3, 2, []int{5, 6}}},
		{"orders.csv", summary{FormatCSV, 7, 2, 2, 3, []int{5, 6, 7}}},
		// Re-importing, in any order, changes nothing.
		{"order_report.txt", summary{FormatOrderReport, 12, 0, 0, 4, []int{7, 8, 9, 14}}},
		{"shipment_confirmation.txt", summary{FormatShipmentConfirmation, 7, 0, 0, 2, []int{5, 6}}},
		{"orders.csv", summary{FormatCSV, 7, 0, 0, 3, []int{5, 6, 7}}},
	}
	for i, s := range steps {
		c.Add(time.Minute)
		res := importFile(t, db, s.file)
		if diff := cmp.Diff(s.want, summarise(res)); diff != "" {
			t.Errorf("step %d ImportOrders(%s) (-want +got):\n%s\nerrors: %v", i, s.file, diff, res.Errors)
		}
	}

	get := func(id string) aftersale.Order {
		t.Helper()
		o, err := db.Order(ctx, id)
		if err != nil {
			t.Fatalf("Order(%s): %v", id, err)
		}
		return o
	}
	day := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v.UTC()
	}
	// The multi-item order: two live items summed, the cancelled one not;
	// shipped by the confirmation (the empty tracking cell kept the number),
	// delivered by the CSV.
	o := get("302-1111111-1000001")
	want := aftersale.Order{ID: "302-1111111-1000001", Status: aftersale.StatusDelivered, Channel: aftersale.ChannelFBA,
		Marketplace: "Amazon.de", PurchaseDate: day("2024-03-01T08:04:21Z"), ProductName: "Brass desk lamp",
		SKU: "LAMP-01", ASIN: "B0LAMP0001", Quantity: 3, Currency: "EUR", ItemValue: 4497,
		ShipDate: day("2024-03-05T00:00:00Z"), DeliveryDate: day("2024-03-08T00:00:00Z"), Carrier: "DHL",
		Tracking: "00340434161234567890", Source: "orders.csv", UpdatedAt: o.UpdatedAt}
	if diff := cmp.Diff(want, o); diff != "" {
		t.Errorf("order 1000001 (-want +got):\n%s", diff)
	}
	for _, tc := range []struct {
		id     string
		status aftersale.OrderStatus
		check  func(aftersale.Order) bool
	}{
		{"026-2222222-2000002", aftersale.StatusCanceled, func(o aftersale.Order) bool {
			return o.BuyerRequestedCancel && o.Currency == "GBP" && o.ItemValue == 1250 && o.Channel == aftersale.ChannelFBM &&
				o.PurchaseDate.Equal(day("2024-03-01T09:30:00Z"))
		}},
		{"114-3333333-3000003", aftersale.StatusCanceled, func(o aftersale.Order) bool { return !o.BuyerRequestedCancel }},
		{"171-4444444-4000004", aftersale.StatusPending, func(o aftersale.Order) bool {
			return o.ItemValue == 129900 && o.PurchaseDate.Equal(day("2017-06-17T08:04:21Z"))
		}},
		{"250-6666666-6000006", aftersale.StatusShipped, func(o aftersale.Order) bool {
			return o.Carrier == "Yamato Transport" && o.Tracking == "1234-5678-9012" && o.ItemValue == 198000 &&
				o.Quantity == 3 && o.ShipDate.Equal(day("2024-03-06T01:00:00Z"))
		}},
		{"503-7777777-7000007", aftersale.StatusDelivered, func(o aftersale.Order) bool {
			return o.ItemValue == 3180 && o.Carrier == "La Poste" && o.Channel == aftersale.ChannelFBM
		}},
		{"306-8888888-8000009", aftersale.StatusShipped, func(o aftersale.Order) bool {
			return o.ShipDate.Equal(day("2024-03-07T16:30:00Z")) && o.Carrier == "UPS"
		}},
		{"306-9999999-9000009", aftersale.StatusShipped, func(o aftersale.Order) bool {
			return o.ItemValue == 129900 && o.ProductName == "Lamp, brass" && o.Marketplace == "amazon.fr" && o.Tracking == "6A999"
		}},
		{"306-9999999-9000012", aftersale.StatusUnknown, func(o aftersale.Order) bool { return o.Source == "orders.csv" }},
	} {
		o := get(tc.id)
		if o.Status != tc.status || !tc.check(o) {
			t.Errorf("order %s = %+v, want status %q and the checked facts", tc.id, o, tc.status)
		}
	}
	for _, id := range []string{"406-5555555-5000006", "405-5555555-5000005", "306-8888888-8000008", "306-9999999-9000011"} {
		if _, err := db.Order(ctx, id); !errors.Is(err, aftersale.ErrNotFound) {
			t.Errorf("Order(%s) from a bad row: error = %v, want ErrNotFound", id, err)
		}
	}
}

func TestImportOrdersRowErrors(t *testing.T) {
	db := MustOpenTest(t)
	res := importFile(t, db, "order_report.txt")
	want := []string{
		`line 7: amazon-order-id "302-111-1" is not in 3-7-7 form`,
		`line 8: purchase-date "17/06/2017" is not a date`,
		"line 9: row has 5 fields, header has 34",
		`line 14: unknown order status "Exploded"`,
	}
	if len(res.Errors) != len(want) {
		t.Fatalf("got %d row errors, want %d: %v", len(res.Errors), len(want), res.Errors)
	}
	for i, e := range res.Errors {
		if !strings.HasPrefix(e.Error(), want[i]) {
			t.Errorf("error %d = %q, want prefix %q", i, e.Error(), want[i])
		}
		if i != 2 && !errors.Is(e, aftersale.ErrInvalid) {
			t.Errorf("error %d = %v, want it to wrap ErrInvalid", i, e)
		}
	}
}

func TestImportOrdersWholeFileErrors(t *testing.T) {
	db := MustOpenTest(t)
	for name, in := range map[string]string{
		"empty":       "",
		"blank":       "\r\n\r\n",
		"unknown tsv": "id\tstatus\n302-1111111-1111111\tShipped\n",
		"unknown csv": "id,status\n302-1111111-1111111,Shipped\n",
	} {
		if _, err := db.ImportOrders(t.Context(), strings.NewReader(in), name); !errors.Is(err, aftersale.ErrInvalid) {
			t.Errorf("ImportOrders(%s) error = %v, want ErrInvalid", name, err)
		}
	}
}

func TestUpsertOrderMerges(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	id := "028-1234567-7654321"
	created, err := db.UpsertOrder(ctx, aftersale.Order{ID: id, Status: aftersale.StatusShipped, Tracking: "T1", ItemValue: 999, Currency: "GBP"})
	if err != nil || !created {
		t.Fatalf("UpsertOrder(new) = %v, %v, want true, nil", created, err)
	}
	c.Add(time.Hour)
	created, err = db.UpsertOrder(ctx, aftersale.Order{ID: id, Status: aftersale.StatusDelivered, DeliveryDate: c.Now()})
	if err != nil || created {
		t.Fatalf("UpsertOrder(existing) = %v, %v, want false, nil", created, err)
	}
	o, _ := db.Order(ctx, id)
	if o.Status != aftersale.StatusDelivered || o.Tracking != "T1" || o.ItemValue != 999 || o.Currency != "GBP" ||
		!o.DeliveryDate.Equal(c.Now()) || !o.UpdatedAt.Equal(c.Now()) {
		t.Errorf("merged order = %+v", o)
	}
	if _, err := db.UpsertOrder(ctx, aftersale.Order{ID: "302-12"}); !errors.Is(err, aftersale.ErrInvalid) {
		t.Errorf("UpsertOrder(bad id) error = %v, want ErrInvalid", err)
	}
	if _, err := db.Order(ctx, "302-0000000-0000000"); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("Order(missing) error = %v, want ErrNotFound", err)
	}
}

func BenchmarkInsertRawMessage(b *testing.B) {
	db := MustOpenTest(b)
	ctx := b.Context()
	raw := bytes.Repeat([]byte("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\r\n"), 80) // ~4.6 KB
	b.SetBytes(int64(len(raw)))
	var uid uint32
	for b.Loop() {
		uid++
		if _, _, err := db.InsertRawMessage(ctx, RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 1, UID: uid, Raw: raw}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportOrders imports a fresh 1,000-order (2,000-row) report per
// iteration.
func BenchmarkImportOrders(b *testing.B) {
	db := MustOpenTest(b)
	ctx := b.Context()
	data, err := os.ReadFile(filepath.Join("testdata", "order_report.txt"))
	if err != nil {
		b.Fatal(err)
	}
	header, _, _ := strings.Cut(string(data), "\r\n")
	sample := strings.Split(string(data), "\r\n")[1]
	const orders = 1000
	for i := 0; b.Loop(); i++ {
		var sb strings.Builder
		sb.WriteString(header + "\r\n")
		for k := 0; k < orders; k++ {
			id := fmt.Sprintf("302-%07d-%07d", i, k)
			row := strings.Replace(sample, "302-1111111-1000001", id, 1)
			sb.WriteString(row + "\r\n" + row + "\r\n")
		}
		res, err := db.ImportOrders(ctx, strings.NewReader(sb.String()), "bench.txt")
		if err != nil || res.Created != orders {
			b.Fatalf("ImportOrders = %+v, %v", res, err)
		}
	}
}

// A return ticked off with "yes" is received at the import's time; the
// same file imported later keeps that day instead of moving it, and a
// dated cell still overwrites it.
func TestImportReturnReceivedYes(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	id := "302-7654321-1234567"
	file := "order_id,status,return_received\n" + id + ",returned,yes\n"
	if _, err := db.ImportOrders(ctx, strings.NewReader(file), "sheet.csv"); err != nil {
		t.Fatal(err)
	}
	first := c.Now().UTC().Truncate(time.Millisecond)
	o, err := db.Order(ctx, id)
	if err != nil || !o.ReturnReceived.Equal(first) {
		t.Fatalf("after yes: received %v (%v), want %v", o.ReturnReceived, err, first)
	}
	c.Add(48 * time.Hour)
	res, err := db.ImportOrders(ctx, strings.NewReader(file), "sheet.csv")
	if err != nil || res.Updated != 0 {
		t.Fatalf("import again = %+v, %v, want nothing updated", res, err)
	}
	if o, _ = db.Order(ctx, id); !o.ReturnReceived.Equal(first) {
		t.Errorf("import again: received %v, want %v kept", o.ReturnReceived, first)
	}
	day := c.Now().AddDate(0, 0, -1).UTC().Truncate(24 * time.Hour)
	dated := "order_id,return_received\n" + id + "," + day.Format("2006-01-02") + "\n"
	if _, err := db.ImportOrders(ctx, strings.NewReader(dated), "sheet.csv"); err != nil {
		t.Fatal(err)
	}
	if o, _ = db.Order(ctx, id); !o.ReturnReceived.Equal(day) {
		t.Errorf("dated import: received %v, want %v", o.ReturnReceived, day)
	}
}
