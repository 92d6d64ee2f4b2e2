package queue

import (
	"errors"
	"testing"
	"time"

	"github.com/aftersale/aftersale/store"
)

func TestSentQueryFilter(t *testing.T) {
	now := time.Date(2026, 11, 5, 12, 0, 0, 0, time.UTC)
	f, err := SentQuery{Since: "24h", Case: "cancel_order", SentFilter: store.SentFilter{OrderID: "o", Limit: 3}}.Filter(now, time.ParseDuration)
	if err != nil || !f.Since.Equal(now.Add(-24*time.Hour)) || f.Case != "cancel_order" || f.OrderID != "o" || f.Limit != 3 {
		t.Fatalf("Filter = %+v, %v", f, err)
	}
	if f, err := (SentQuery{Since: "2026-11-01"}).Filter(now, time.ParseDuration); err != nil || !f.Since.Equal(time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)) || f.Case != "" {
		t.Errorf("a date = %+v, %v", f, err)
	}
	if f, err := (SentQuery{}).Filter(now, time.ParseDuration); err != nil || !f.Since.IsZero() {
		t.Errorf("nothing given = %+v, %v", f, err)
	}
	var bs *BadSince
	if _, err := (SentQuery{Since: "soon"}).Filter(now, time.ParseDuration); !errors.As(err, &bs) || err.Error() != `--since "soon" is not a duration like 24h or 7d, or a date like 2026-11-01` {
		t.Errorf("bad since = %v", err)
	}
	var iv *InvalidValue
	if _, err := (SentQuery{Case: "nope"}).Filter(now, time.ParseDuration); !errors.As(err, &iv) {
		t.Errorf("bad case = %v", err)
	}
}
