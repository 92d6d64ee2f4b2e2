// Package tick runs the daemon's periodic loops: a step at start (or after
// a first delay), then whenever it is kicked or its interval has passed
// since the last step, until the context is done.
package tick

import (
	"context"
	"time"
)

// Loop calls step at once, then whenever kick fires or interval has passed
// since the last step, until ctx is done. It returns nil. A nil kick means
// the interval alone.
func Loop(ctx context.Context, kick <-chan struct{}, interval time.Duration, step func(context.Context)) error {
	return LoopAfter(ctx, kick, 0, interval, step)
}

// LoopAfter is Loop with the first step after first instead of at once.
func LoopAfter(ctx context.Context, kick <-chan struct{}, first, interval time.Duration, step func(context.Context)) error {
	timer := time.NewTimer(first)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-kick:
		case <-timer.C:
		}
		step(ctx)
		if !timer.Stop() {
			select {
			case <-timer.C:
			default:
			}
		}
		timer.Reset(interval)
	}
}
