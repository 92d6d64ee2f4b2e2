// Package testutil holds helpers that tests of several packages share:
// polling for a condition and reading a Prometheus counter. It is imported
// by tests only.
package testutil

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// WaitFor polls cond every interval until it is true, returns an error, or
// ctx ends.
func WaitFor(ctx context.Context, interval time.Duration, cond func() (bool, error)) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		ok, err := cond()
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Counter returns the value of the counter name whose label value is
// label in g, or 0 when there is none.
func Counter(g prometheus.Gatherer, name, label string) (float64, error) {
	mfs, err := g.Gather()
	if err != nil {
		return 0, err
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetValue() == label {
					return m.GetCounter().GetValue(), nil
				}
			}
		}
	}
	return 0, nil
}
