package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/report"
)

func newOrdersCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "orders",
		Short: "Import order reports and look orders up",
	}
	cmd.AddCommand(newOrdersImportCmd(e), newOrdersListCmd(e), newOrdersShowCmd(e))
	return cmd
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
			cfg, err := e.config(false)
			if err != nil {
				return err
			}
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			track := func(name string, size int64, r io.Reader) (io.Reader, func()) {
				p := e.newProgress(size, "importing "+name, true)
				return p.Reader(r), p.Done
			}
			each := func(i report.Import) { i.WriteText(e.stdout, e.stderr) }
			if asJSON {
				each = nil
			}
			is, bad, err := report.ImportOrderFiles(ctx, db, args, report.ImportOptionsFor(cfg), track, each)
			if err != nil {
				return err
			}
			if asJSON {
				if err := writeJSON(e.stdout, is); err != nil {
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
			f, err := report.OrderFilter(status, mkt, limit)
			if err != nil {
				return err
			}
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			os, total, err := db.ListOrders(ctx, f)
			if err != nil {
				return err
			}
			l := report.OrderList{Version: report.JSONVersion, Total: total, Orders: os}
			if asJSON {
				return writeJSON(e.stdout, l)
			}
			return l.WriteText(e.stdout)
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
				return writeJSON(e.stdout, map[string]any{"version": jsonVersion, "order": report.OrderJSON(o)})
			}
			printOrder(e.stdout, o)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (schema version 1)")
	return cmd
}
