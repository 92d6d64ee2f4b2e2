package queue

import (
	"fmt"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// CaseFilter returns the case named s for a filter: "" is every case, a
// name that is not a case is an *InvalidValue.
func CaseFilter(s string) (aftersale.Case, error) {
	if s == "" {
		return "", nil
	}
	return ParseCase(s)
}

// BadSince is a --since value that is neither a duration nor a date.
type BadSince struct{ Value string }

func (e *BadSince) Error() string {
	return fmt.Sprintf("--since %q is not a duration like 24h or 7d, or a date like 2026-11-01", e.Value)
}

// SentQuery is a filter of the sent log as a person types it: Since and
// Case are text, the rest is the store's filter as it is.
type SentQuery struct {
	Since string // a duration back from now (24h, 7d) or a date (2026-11-01, UTC); "" is all time
	Case  string // a case name; "" is every case
	store.SentFilter
}

// Filter returns the store's filter for sq at now, reading a duration with
// parse (config.ParseDuration's forms): a *BadSince or an *InvalidValue
// when Since or Case is not valid.
func (sq SentQuery) Filter(now time.Time, parse func(string) (time.Duration, error)) (store.SentFilter, error) {
	f := sq.SentFilter
	if sq.Since != "" {
		if d, err := parse(sq.Since); err == nil {
			f.Since = now.Add(-d)
		} else if t, err := time.Parse("2006-01-02", sq.Since); err == nil {
			f.Since = t
		} else {
			return f, &BadSince{sq.Since}
		}
	}
	c, err := CaseFilter(sq.Case)
	f.Case = c
	return f, err
}
