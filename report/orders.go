package report

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// Import is one file of "orders import --json".
type Import struct {
	File    string        `json:"file"`
	Format  string        `json:"format"`
	Rows    int           `json:"rows"`
	Created int           `json:"created"`
	Updated int           `json:"updated"`
	Skipped int           `json:"skipped"`
	Errors  []ImportError `json:"errors"`
}

// ImportError is a bad row of an imported file.
type ImportError struct {
	Line  int    `json:"line"`
	Error string `json:"error"`
}

// Imports is "orders import --json".
type Imports struct {
	Version int      `json:"version"`
	Files   []Import `json:"files"`
}

// NewImport is what importing file gave.
func NewImport(file string, r store.ImportResult) Import {
	i := Import{File: file, Format: r.Format, Rows: r.Rows, Created: r.Created, Updated: r.Updated, Skipped: r.Skipped,
		Errors: []ImportError{}}
	for _, re := range r.Errors {
		i.Errors = append(i.Errors, ImportError{re.Line, re.Err.Error()})
	}
	return i
}

// WriteText prints what importing the file did to out ("FILE: FORMAT,
// N rows: ...") and each bad row to bad as FILE:LINE: error, with how many
// more were not listed.
func (i Import) WriteText(out, bad io.Writer) {
	fmt.Fprintf(out, "%s: %s, %s: %s, %d updated, %d skipped\n", i.File, i.Format,
		Count(i.Rows, "row", "rows"), Count(i.Created, "new order", "new orders"), i.Updated, i.Skipped)
	for _, e := range i.Errors {
		fmt.Fprintf(bad, "%s:%d: %s\n", i.File, e.Line, e.Error)
	}
	if more := i.Skipped - len(i.Errors); more > 0 {
		fmt.Fprintf(bad, "%s: ... and %d more bad rows\n", i.File, more)
	}
}

// OrderList is a page of stored orders and how many match in all.
type OrderList struct {
	Version int
	Total   int
	Orders  []aftersale.Order
}

// MarshalJSON is {"version", "total", "orders": [OrderJSON...]}.
func (l OrderList) MarshalJSON() ([]byte, error) {
	out := struct {
		Version int              `json:"version"`
		Total   int              `json:"total"`
		Orders  []map[string]any `json:"orders"`
	}{l.Version, l.Total, []map[string]any{}}
	for _, o := range l.Orders {
		out.Orders = append(out.Orders, OrderJSON(o))
	}
	return json.Marshal(out)
}

// WriteText prints a line an order: ORDER, STATUS, CHANNEL, MKT,
// PURCHASED, SHIPPED, DELIVERED (UTC dates) and PRODUCT.
func (l OrderList) WriteText(w io.Writer) error {
	if len(l.Orders) == 0 {
		_, err := fmt.Fprintln(w, "No orders. Import Seller Central order reports with \"aftersale orders import FILE\".")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ORDER\tSTATUS\tCHANNEL\tMKT\tPURCHASED\tSHIPPED\tDELIVERED\tPRODUCT")
	day := func(t time.Time) string {
		if t.IsZero() {
			return "-"
		}
		return t.UTC().Format("2006-01-02")
	}
	for _, o := range l.Orders {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", o.ID, orDash(string(o.Status)), orDash(string(o.Channel)),
			orDash(strings.TrimPrefix(strings.ToLower(o.Marketplace), "amazon.")), day(o.PurchaseDate), day(o.ShipDate), day(o.DeliveryDate),
			truncate(orDash(o.ProductName), 40))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if l.Total > len(l.Orders) {
		_, err := fmt.Fprintf(w, "%d of %s shown; --limit 0 shows all.\n", len(l.Orders), Count(l.Total, "order", "orders"))
		return err
	}
	return nil
}

// OrderJSON is an order in "orders list" and "orders show" --json.
func OrderJSON(o aftersale.Order) map[string]any {
	day := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format(time.RFC3339)
	}
	return map[string]any{
		"order_id": o.ID, "status": o.Status, "channel": o.Channel, "marketplace": o.Marketplace,
		"purchase_date": day(o.PurchaseDate), "product": o.ProductName, "sku": o.SKU, "asin": o.ASIN,
		"quantity": o.Quantity, "currency": o.Currency, "item_value": o.ItemValue.String(),
		"ship_date": day(o.ShipDate), "delivery_date": day(o.DeliveryDate), "carrier": o.Carrier,
		"tracking": o.Tracking, "refund_amount": o.RefundAmount.String(), "refund_date": day(o.RefundDate),
		"return_received": day(o.ReturnReceived), "source": o.Source, "updated_at": day(o.UpdatedAt),
	}
}

// ImportOrderFiles imports the files names into db, in order
// (store.ImportOrdersWith), and calls each with what each file gave. A
// file is read through track when it is set (a progress line over its
// size in bytes; done is called once the file is imported). It stops at
// the first file that cannot be opened or imported. Skipped counts the
// bad rows of all files.
func ImportOrderFiles(ctx context.Context, db *store.DB, names []string, opts store.ImportOptions,
	track func(name string, size int64, r io.Reader) (tracked io.Reader, done func()), each func(Import)) (is Imports, skipped int, err error) {
	is = Imports{Version: JSONVersion, Files: []Import{}}
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			return is, skipped, err
		}
		var r io.Reader = f
		done := func() {}
		if track != nil {
			var size int64
			if fi, err := f.Stat(); err == nil {
				size = fi.Size()
			}
			r, done = track(name, size, f)
		}
		res, err := db.ImportOrdersWith(ctx, r, name, opts)
		done()
		f.Close()
		if err != nil {
			return is, skipped, err // names the file
		}
		imp := NewImport(name, res)
		is.Files = append(is.Files, imp)
		skipped += res.Skipped
		if each != nil {
			each(imp)
		}
	}
	return is, skipped, nil
}

// OrderFilter is the filter of "orders list": orders in status ("": any)
// of marketplace mkt ("": any), at most limit (0: all).
func OrderFilter(status, mkt string, limit int) (store.OrderFilter, error) {
	f := store.OrderFilter{Marketplace: mkt, Limit: limit}
	if status != "" {
		s, err := aftersale.ParseOrderStatus(status)
		if err != nil || s == aftersale.StatusUnknown {
			return f, usagef("--status %q is not one of pending, unshipped, partially_shipped, shipped, delivered, canceled, returned", status)
		}
		f.Status = s
	}
	return f, nil
}
