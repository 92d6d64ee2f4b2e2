package store

import (
	"fmt"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
)

func TestListOrders(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	for _, o := range []aftersale.Order{
		{ID: "302-0000000-0000001", Status: aftersale.StatusShipped, Marketplace: "amazon.de"},
		{ID: "302-0000000-0000002", Status: aftersale.StatusCanceled, Marketplace: "amazon.de"},
		{ID: "302-0000000-0000003", Status: aftersale.StatusShipped, Marketplace: "amazon.fr"},
	} {
		c.Add(time.Minute)
		if _, err := db.UpsertOrder(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	ids := func(os []aftersale.Order) (out []string) {
		for _, o := range os {
			out = append(out, o.ID[len(o.ID)-1:])
		}
		return out
	}
	for _, tc := range []struct {
		f     OrderFilter
		want  string
		total int
	}{
		{OrderFilter{}, "[3 2 1]", 3},
		{OrderFilter{Status: aftersale.StatusShipped}, "[3 1]", 2},
		{OrderFilter{Marketplace: "Amazon.DE", Limit: 1}, "[2]", 2},
	} {
		got, total, err := db.ListOrders(ctx, tc.f)
		if err != nil {
			t.Fatal(err)
		}
		if g := fmt.Sprint(ids(got)); g != tc.want || total != tc.total {
			t.Errorf("ListOrders(%+v) = %s of %d, want %s of %d", tc.f, g, total, tc.want, tc.total)
		}
	}
}
