package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/aftersale/aftersale"
)

// UpsertOrder merges the facts of o into the stored order o.ID, creating it
// if needed. Non-zero fields of o overwrite stored ones; zero fields never
// erase what is known (an empty tracking cell keeps the stored tracking).
// Returns created=true when the order did not exist, and ErrInvalid when
// o.ID is not a 3-7-7 order id.
func (db *DB) UpsertOrder(ctx context.Context, o aftersale.Order) (created bool, err error) {
	if err := o.Validate(); err != nil {
		return false, fmt.Errorf("storing order: %w", err)
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("storing order %s: %w", o.ID, err)
	}
	defer tx.Rollback()
	created, _, err = mergeOrder(ctx, tx, o, mergeAll, false, db.now())
	if err != nil {
		return false, fmt.Errorf("storing order %s: %w", o.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("storing order %s: %w", o.ID, err)
	}
	return created, nil
}

// Order returns the stored facts of order id. Returns ErrNotFound when the
// order is unknown.
func (db *DB) Order(ctx context.Context, id string) (aftersale.Order, error) {
	o, err := getOrder(ctx, db.r, id)
	if err != nil {
		return aftersale.Order{}, fmt.Errorf("reading order %s: %w", id, notFound(err))
	}
	return o, nil
}

// orderColumns are the columns scanOrder reads, in its order.
const orderColumns = `id, status, channel, marketplace, purchase_date, product_name,
	sku, asin, quantity, currency, item_value, ship_date, delivery_date, latest_delivery, carrier,
	tracking, refund_amount, refund_date, return_received, buyer_requested_cancel, source, updated_at`

func getOrder(ctx context.Context, q querier, id string) (aftersale.Order, error) {
	return scanOrder(q.QueryRowContext(ctx, `SELECT `+orderColumns+`
FROM orders WHERE id = ?`, id))
}

// scanOrder reads one row of orderColumns.
func scanOrder(row interface{ Scan(...any) error }) (aftersale.Order, error) {
	var o aftersale.Order
	var status, channel string
	var purchase, ship, delivery, latest, refund, returned, updated sql.NullInt64
	err := row.Scan(&o.ID, &status, &channel, &o.Marketplace, &purchase, &o.ProductName,
		&o.SKU, &o.ASIN, &o.Quantity, &o.Currency, &o.ItemValue, &ship, &delivery, &latest, &o.Carrier,
		&o.Tracking, &o.RefundAmount, &refund, &returned, &o.BuyerRequestedCancel, &o.Source, &updated)
	if err != nil {
		return aftersale.Order{}, err
	}
	o.Status, o.Channel = aftersale.OrderStatus(status), aftersale.Channel(channel)
	o.PurchaseDate, o.ShipDate, o.DeliveryDate = fromMS(purchase), fromMS(ship), fromMS(delivery)
	o.LatestDelivery, o.RefundDate, o.ReturnReceived = fromMS(latest), fromMS(refund), fromMS(returned)
	o.UpdatedAt = fromMS(updated)
	return o, nil
}

// ordersChunk is how many ids one query of Orders asks for (SQLite allows
// 32,766 parameters).
const ordersChunk = 500

// Orders returns the stored facts of the orders ids, keyed by id, as Order
// would return them, with one query per 500 distinct ids instead of one per
// id: the drafter reads the orders of a whole batch at once. Unknown ids
// (and "") are absent from the map; that is not an error.
func (db *DB) Orders(ctx context.Context, ids []string) (map[string]aftersale.Order, error) {
	out := make(map[string]aftersale.Order, len(ids))
	var want []any
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			want = append(want, id)
		}
	}
	for len(want) > 0 {
		chunk := want[:min(len(want), ordersChunk)]
		want = want[len(chunk):]
		if err := db.ordersChunk(ctx, chunk, out); err != nil {
			return nil, fmt.Errorf("reading %d orders: %w", len(chunk), err)
		}
	}
	return out, nil
}

func (db *DB) ordersChunk(ctx context.Context, ids []any, out map[string]aftersale.Order) error {
	q := `SELECT ` + orderColumns + ` FROM orders WHERE id IN (?` + strings.Repeat(",?", len(ids)-1) + `)`
	rows, err := db.r.QueryContext(ctx, q, ids...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		o, err := scanOrder(rows)
		if err != nil {
			return err
		}
		out[o.ID] = o
	}
	return rows.Err()
}

// mergeMode says how a status from the source is merged.
type mergeMode int

const (
	// mergeAll: a non-empty status overwrites the stored one (UpsertOrder,
	// the hand-written CSV).
	mergeAll mergeMode = iota
	// mergeForward: the status only moves forward in the order's life
	// (statusRank), so an older Amazon report or a shipment confirmation
	// never moves a delivered order back to shipped.
	mergeForward
)

// statusRank orders statuses along an order's life; canceled ranks with
// returned, as an end state.
func statusRank(s aftersale.OrderStatus) int {
	switch s {
	case aftersale.StatusPending:
		return 1
	case aftersale.StatusUnshipped:
		return 2
	case aftersale.StatusPartiallyShipped:
		return 3
	case aftersale.StatusShipped:
		return 4
	case aftersale.StatusDelivered:
		return 5
	case aftersale.StatusReturned, aftersale.StatusCanceled:
		return 6
	}
	return 0
}

// mergeOrder merges o into the stored order inside tx. It reports whether
// the order was created and whether stored facts changed; an unchanged
// order is not written (its updated_at and source stay).
// receivedUndated says the file marked the return as received without a
// date: the import's time stands in for it unless a date is stored already.
func mergeOrder(ctx context.Context, tx *sql.Tx, o aftersale.Order, mode mergeMode, receivedUndated bool, now time.Time) (created, changed bool, err error) {
	old, err := getOrder(ctx, tx, o.ID)
	switch {
	case err == sql.ErrNoRows:
		created = true
		old = aftersale.Order{ID: o.ID}
	case err != nil:
		return false, false, err
	}
	n := old
	if o.Status != "" {
		if mode == mergeAll || statusRank(o.Status) > statusRank(old.Status) {
			n.Status = o.Status
		}
	}
	setS := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	setT := func(dst *time.Time, v time.Time) {
		if !v.IsZero() {
			*dst = v.UTC().Truncate(time.Millisecond)
		}
	}
	if o.Channel != "" {
		n.Channel = o.Channel
	}
	setS(&n.Marketplace, o.Marketplace)
	setT(&n.PurchaseDate, o.PurchaseDate)
	setS(&n.ProductName, o.ProductName)
	setS(&n.SKU, o.SKU)
	setS(&n.ASIN, o.ASIN)
	if o.Quantity != 0 {
		n.Quantity = o.Quantity
	}
	setS(&n.Currency, o.Currency)
	if o.ItemValue != 0 {
		n.ItemValue = o.ItemValue
	}
	setT(&n.ShipDate, o.ShipDate)
	setT(&n.DeliveryDate, o.DeliveryDate)
	setT(&n.LatestDelivery, o.LatestDelivery)
	setS(&n.Carrier, o.Carrier)
	setS(&n.Tracking, o.Tracking)
	if o.RefundAmount != 0 {
		n.RefundAmount = o.RefundAmount
	}
	setT(&n.RefundDate, o.RefundDate)
	setT(&n.ReturnReceived, o.ReturnReceived)
	if receivedUndated && n.ReturnReceived.IsZero() {
		n.ReturnReceived = now.UTC().Truncate(time.Millisecond)
	}
	if o.BuyerRequestedCancel {
		n.BuyerRequestedCancel = true
	}
	if !created && canonOrder(n) == canonOrder(old) {
		return false, false, nil
	}
	setS(&n.Source, o.Source)
	nowMS := now.UnixMilli()
	_, err = tx.ExecContext(ctx, `INSERT INTO orders (id, status, channel, marketplace, purchase_date,
	product_name, sku, asin, quantity, currency, item_value, ship_date, delivery_date,
	latest_delivery, carrier, tracking, refund_amount, refund_date, return_received,
	buyer_requested_cancel, source, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET status = excluded.status, channel = excluded.channel,
	marketplace = excluded.marketplace, purchase_date = excluded.purchase_date,
	product_name = excluded.product_name, sku = excluded.sku, asin = excluded.asin,
	quantity = excluded.quantity, currency = excluded.currency, item_value = excluded.item_value,
	ship_date = excluded.ship_date, delivery_date = excluded.delivery_date,
	latest_delivery = excluded.latest_delivery, carrier = excluded.carrier,
	tracking = excluded.tracking, refund_amount = excluded.refund_amount,
	refund_date = excluded.refund_date, return_received = excluded.return_received,
	buyer_requested_cancel = excluded.buyer_requested_cancel, source = excluded.source,
	updated_at = excluded.updated_at`,
		n.ID, string(n.Status), string(n.Channel), n.Marketplace, ms(n.PurchaseDate),
		n.ProductName, n.SKU, n.ASIN, n.Quantity, n.Currency, int64(n.ItemValue), ms(n.ShipDate), ms(n.DeliveryDate),
		ms(n.LatestDelivery), n.Carrier, n.Tracking, int64(n.RefundAmount), ms(n.RefundDate), ms(n.ReturnReceived),
		bool01(n.BuyerRequestedCancel), n.Source, nowMS, nowMS)
	if err != nil {
		return false, false, err
	}
	return created, true, nil
}

// canonOrder normalises the times of o to milliseconds in UTC so that two
// orders with the same stored facts compare equal with ==.
func canonOrder(o aftersale.Order) aftersale.Order {
	for _, t := range []*time.Time{&o.PurchaseDate, &o.ShipDate, &o.DeliveryDate, &o.LatestDelivery,
		&o.RefundDate, &o.ReturnReceived, &o.UpdatedAt} {
		if t.IsZero() {
			*t = time.Time{}
		} else {
			*t = time.UnixMilli(t.UnixMilli()).UTC()
		}
	}
	return o
}
