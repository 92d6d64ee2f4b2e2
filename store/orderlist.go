package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/aftersale/aftersale"
)

// OrderFilter selects orders for ListOrders; zero fields select all.
type OrderFilter struct {
	Status      aftersale.OrderStatus
	Marketplace string // e.g. "amazon.de", any case
	Limit       int    // at most this many; 0: all
}

// ListOrders returns the stored orders f selects, the most recently
// updated first (then by id), and how many match in all (Limit aside).
func (db *DB) ListOrders(ctx context.Context, f OrderFilter) ([]aftersale.Order, int, error) {
	var where []string
	var args []any
	if f.Status != "" {
		where, args = append(where, "status = ?"), append(args, string(f.Status))
	}
	if f.Marketplace != "" {
		where, args = append(where, "lower(marketplace) = lower(?)"), append(args, f.Marketplace)
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	var total int
	if err := db.r.QueryRowContext(ctx, "SELECT count(*) FROM orders"+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("listing orders: %w", err)
	}
	q := "SELECT " + orderColumns + " FROM orders" + cond + " ORDER BY updated_at DESC, id"
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := db.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("listing orders: %w", err)
	}
	defer rows.Close()
	var out []aftersale.Order
	for rows.Next() {
		o, err := scanOrder(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("listing orders: %w", err)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("listing orders: %w", err)
	}
	return out, total, nil
}
