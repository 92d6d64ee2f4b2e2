package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/store"
)

func newOrdersCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "orders",
		Short: "Import order reports and look orders up",
	}
	cmd.AddCommand(newOrdersImportCmd(e), newOrdersShowCmd(e))
	return cmd
}

func newOrdersImportCmd(e *env) *cobra.Command {
	return &cobra.Command{
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
8 KiB is skipped.`,
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
			for _, name := range args {
				f, err := os.Open(name)
				if err != nil {
					return err
				}
				res, err := db.ImportOrdersWith(ctx, f, name, opts)
				f.Close()
				if err != nil {
					return fmt.Errorf("importing %s: %w", name, err)
				}
				fmt.Fprintf(e.stdout, "%s: %s, %d rows: %d new orders, %d updated, %d skipped\n",
					name, res.Format, res.Rows, res.Created, res.Updated, res.Skipped)
				for _, re := range res.Errors {
					fmt.Fprintf(e.stderr, "%s:%d: %v\n", name, re.Line, re.Err)
				}
				if more := res.Skipped - len(res.Errors); more > 0 {
					fmt.Fprintf(e.stderr, "%s: ... and %d more bad rows\n", name, more)
				}
				bad += res.Skipped
			}
			if bad > 0 {
				return fmt.Errorf("%d rows skipped; the other rows were imported", bad)
			}
			return nil
		},
	}
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
			if err != nil {
				return notFound("order", args[0], err)
			}
			if asJSON {
				day := func(t time.Time) string {
					if t.IsZero() {
						return ""
					}
					return t.UTC().Format(time.RFC3339)
				}
				out := map[string]any{
					"version": jsonVersion,
					"order": map[string]any{
						"order_id": o.ID, "status": o.Status, "channel": o.Channel, "marketplace": o.Marketplace,
						"purchase_date": day(o.PurchaseDate), "product": o.ProductName, "sku": o.SKU, "asin": o.ASIN,
						"quantity": o.Quantity, "currency": o.Currency, "item_value": o.ItemValue.String(),
						"ship_date": day(o.ShipDate), "delivery_date": day(o.DeliveryDate), "carrier": o.Carrier,
						"tracking": o.Tracking, "refund_amount": o.RefundAmount.String(), "refund_date": day(o.RefundDate),
						"return_received": day(o.ReturnReceived), "source": o.Source, "updated_at": day(o.UpdatedAt),
					},
				}
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(out)
			}
			printOrder(e.stdout, o)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (schema version 1)")
	return cmd
}
