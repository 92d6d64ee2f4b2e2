package store

import (
	"fmt"
	"io"
	"time"

	"github.com/aftersale/aftersale"
)

// ParseOrders reads an order file in any format ImportOrders accepts
// (package documentation) and returns its orders, in the order their ids
// first appear, as an import into an empty database would store them:
// several rows of one order merged, dates in UTC. Nothing is stored; it is
// for callers that need a file's orders without a database (reply
// scenarios). A malformed row is skipped and returned in the RowErrors.
// The error wraps aftersale.ErrInvalid when the file as a whole cannot be
// read, is over DefaultMaxImportFileBytes or has a line over
// MaxImportLineBytes, or its header is not recognised. now stands in for
// the import's time: a return_received cell that says yes without a date
// becomes now, as an import at now would store it.
func ParseOrders(r io.Reader, now time.Time) ([]aftersale.Order, []RowError, error) {
	p, err := parseOrderFile(&sizeCap{r: r, max: DefaultMaxImportFileBytes})
	if err != nil {
		return nil, nil, fmt.Errorf("reading orders: %w", err)
	}
	out := make([]aftersale.Order, 0, len(p.ids))
	for _, id := range p.ids {
		a := p.orders[id]
		o := a.o
		o.ID = id
		if a.receivedUndated && o.ReturnReceived.IsZero() {
			o.ReturnReceived = now
		}
		for _, t := range []*time.Time{&o.PurchaseDate, &o.ShipDate, &o.DeliveryDate, &o.LatestDelivery,
			&o.RefundDate, &o.ReturnReceived} {
			if !t.IsZero() {
				*t = t.UTC().Truncate(time.Millisecond)
			}
		}
		out = append(out, o)
	}
	return out, p.errs, nil
}
