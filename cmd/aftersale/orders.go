package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/report"
	"github.com/aftersale/aftersale/store"
)

func newOrdersCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "orders",
		Short: "Import order reports and look orders up",
	}
	cmd.AddCommand(newOrdersImportCmd(e), newOrdersListCmd(e), newOrdersShowCmd(e))
	return cmd
}

// importJSON is one file of "orders import --json".
type importJSON struct {
	File    string `json:"file"`
	Format  string `json:"format"`
	Rows    int    `json:"rows"`
	Created int    `json:"created"`
	Updated int    `json:"updated"`
	Skipped int    `json:"skipped"`
	Errors  []struct {
		Line  int    `json:"line"`
		Error string `json:"error"`
	} `json:"errors"`
}

func newOrdersImportCmd(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "import FILE...",
		Short: "Import Seller Central order reports, shipment confirmations or a plain CSV",
		Long: `Import order facts so drafts can use them. Accepted files, recognised by
their header row:

  - Seller Central order reports (tab-separated "All Orders" flat files,
    columns amazon-order-id, order-status, fulfillment-channel, item-price ...)
  - shipment-confirmation files (order-id, carrier-name, tracking-number,
    ship-date ...), which add carrier and tracking
  - a plain CSV: order_id,status,channel,marketplace,value,currency,
    ship_date,delivery_date,carrier,tracking,refund_amount,refund_date,
    product,purchase_date (only order_id is required)

Importing again is safe: facts are merged per order. A bad row is reported
with its line number and skipped; the rest is imported (the first 100 bad
rows are listed). A file larger than [orders] max_file_size (default 100MB)
or with a line over 64 KiB is refused as a whole; a row with a cell over
8 KiB is skipped. On a terminal a progress line shows how far the import
is. --json prints {"version", "files": [{"file", "format", "rows",
"created", "updated", "skipped", "errors": [{"line", "error"}]}]}.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			opts := store.ImportOptions{}
			if cfg, err := e.config(false); err != nil {
				return err
			} else if cfg != nil {
				opts.MaxFileBytes = cfg.OrdersMaxFileBytes
			}
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			bad := 0
			files := []importJSON{}
			for _, name := range args {
				f, err := os.Open(name)
				if err != nil {
					return err
				}
				var size int64
				if fi, err := f.Stat(); err == nil {
					size = fi.Size()
				}
				p := e.newProgress(size, "importing "+name, true)
				res, err := db.ImportOrdersWith(ctx, p.Reader(f), name, opts)
				p.Done()
				f.Close()
				if err != nil {
					return err // names the file
				}
				j := importJSON{File: name, Format: res.Format, Rows: res.Rows, Created: res.Created, Updated: res.Updated, Skipped: res.Skipped}
				j.Errors = make([]struct {
					Line  int    `json:"line"`
					Error string `json:"error"`
				}, len(res.Errors))
				for i, re := range res.Errors {
					j.Errors[i].Line, j.Errors[i].Error = re.Line, re.Err.Error()
				}
				files = append(files, j)
				bad += res.Skipped
				if asJSON {
					continue
				}
				fmt.Fprintf(e.stdout, "%s: %s, %s: %s, %d updated, %d skipped\n", name, res.Format,
					report.Count(res.Rows, "row", "rows"), report.Count(res.Created, "new order", "new orders"), res.Updated, res.Skipped)
				for _, re := range res.Errors {
					fmt.Fprintf(e.stderr, "%s:%d: %v\n", name, re.Line, re.Err)
				}
				if more := res.Skipped - len(res.Errors); more > 0 {
					fmt.Fprintf(e.stderr, "%s: ... and %d more bad rows\n", name, more)
				}
			}
			if asJSON {
				if err := writeJSON(e.stdout, struct {
					Version int          `json:"version"`
					Files   []importJSON `json:"files"`
				}{jsonVersion, files}); err != nil {
					return err
				}
			}
			if bad > 0 {
				return fmt.Errorf("%s skipped; the other rows were imported", report.Count(bad, "row", "rows"))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print what was imported as JSON (schema version 1)")
	return cmd
}

func newOrdersListCmd(e *env) *cobra.Command {
	var (
		status, mkt string
		limit       int
		asJSON      bool
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the stored orders, the most recently updated first",
		Long: `List the stored orders, the most recently updated first: ORDER, STATUS,
CHANNEL, MKT, PURCHASED, SHIPPED, DELIVERED (dates UTC) and PRODUCT.
"orders show ORDER-ID" prints everything known about one.`,
		Example: "  aftersale orders list\n  aftersale orders list --status canceled --marketplace amazon.de\n  aftersale orders list --json --limit 0",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			f := store.OrderFilter{Marketplace: mkt, Limit: limit}
			if status != "" {
				s, err := aftersale.ParseOrderStatus(status)
				if err != nil || s == aftersale.StatusUnknown {
					return usagef("--status %q is not one of pending, unshipped, partially_shipped, shipped, delivered, canceled, returned", status)
				}
				f.Status = s
			}
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			os, total, err := db.ListOrders(ctx, f)
			if err != nil {
				return err
			}
			if asJSON {
				out := struct {
					Version int              `json:"version"`
					Total   int              `json:"total"`
					Orders  []map[string]any `json:"orders"`
				}{jsonVersion, total, []map[string]any{}}
				for _, o := range os {
					out.Orders = append(out.Orders, orderJSON(o))
				}
				return writeJSON(e.stdout, out)
			}
			if len(os) == 0 {
				fmt.Fprintln(e.stdout, "No orders. Import Seller Central order reports with \"aftersale orders import FILE\".")
				return nil
			}
			tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ORDER\tSTATUS\tCHANNEL\tMKT\tPURCHASED\tSHIPPED\tDELIVERED\tPRODUCT")
			day := func(t time.Time) string {
				if t.IsZero() {
					return "-"
				}
				return t.UTC().Format("2006-01-02")
			}
			for _, o := range os {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", o.ID, orDash(string(o.Status)), orDash(string(o.Channel)),
					orDash(strings.TrimPrefix(strings.ToLower(o.Marketplace), "amazon.")), day(o.PurchaseDate), day(o.ShipDate), day(o.DeliveryDate), truncate(orDash(o.ProductName), 40))
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			if total > len(os) {
				fmt.Fprintf(e.stdout, "%d of %s shown; --limit 0 shows all.\n", len(os), report.Count(total, "order", "orders"))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&status, "status", "", "only orders in this status (shipped, canceled, ...)")
	cmd.Flags().StringVar(&mkt, "marketplace", "", "only orders of this marketplace (amazon.de, ...)")
	cmd.Flags().IntVar(&limit, "limit", 50, "show at most this many (0: all)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (schema version 1)")
	return cmd
}

func newOrdersShowCmd(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ORDER-ID",
		Short: "Print what is known about an order",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			o, err := db.Order(ctx, args[0])
			if errors.Is(err, aftersale.ErrNotFound) {
				return hintError{fmt.Errorf("order %s not found", args[0]), "\"aftersale orders list\" lists the stored orders"}
			} else if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(e.stdout, map[string]any{"version": jsonVersion, "order": orderJSON(o)})
			}
			printOrder(e.stdout, o)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (schema version 1)")
	return cmd
}

// orderJSON is an order in orders list and show --json.
func orderJSON(o aftersale.Order) map[string]any {
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
