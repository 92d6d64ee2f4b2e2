// Package loop is the one worker loop of the daemon: a step at start (or
// after a first delay), then whenever it is kicked or its next due time
// comes, until the context is done. A failing step is retried with
// exponential backoff, and its error is logged rate-limited: the same
// error again within LogEvery is counted, not logged, and the count goes
// out with the next line logged (or with "recovered").
//
// It owns the timing and the logging of failures; what a step does
// (classifying, drafting, sending, purging…) belongs to its package.
package loop

import (
	"context"
	"log/slog"
	"time"
)

// Defaults for the zero values of Loop's fields.
const (
	DefaultMaxBackoff = 5 * time.Minute
	DefaultLogEvery   = time.Minute
)

// Step does one pass of a worker. next, when positive, is when the worker
// is next due (e.g. a file waiting to settle, a retry time), replacing
// Interval for this wait; zero means Interval. A non-nil error counts as a
// failure unless ctx is done.
type Step func(ctx context.Context) (next time.Duration, err error)

// Loop configures Run.
type Loop struct {
	// Interval is the wait between steps when nothing kicks the loop and
	// the step names no due time. It must be positive.
	Interval time.Duration
	// First is the wait before the first step; zero: at once.
	First time.Duration
	// Kick, when not nil, wakes the loop for a step now (a Kicker's C),
	// also during a backoff wait: kicks come from new work (mail stored,
	// a draft approved), which should not wait out a backoff; the timer
	// alone backs off.
	Kick <-chan struct{}
	// MaxBackoff caps the wait after failures in a row (Interval doubled
	// per failure); zero: DefaultMaxBackoff.
	MaxBackoff time.Duration
	// Log receives the failures (Warn) and the recovery (Info); nil: none.
	Log *slog.Logger
	// Failed is the message logged with a failure, e.g. "drafting failed".
	Failed string
	// LogEvery is the least time between two logs of the same error;
	// zero: DefaultLogEvery.
	LogEvery time.Duration

	// now and timer replace the clock in tests.
	now   func() time.Time
	timer func(time.Duration) (<-chan time.Time, func())
}

// Run calls step as configured until ctx is done, then returns nil. It
// blocks.
func (l Loop) Run(ctx context.Context, step Step) error {
	if l.Interval <= 0 {
		l.Interval = time.Minute
	}
	if l.MaxBackoff <= 0 {
		l.MaxBackoff = DefaultMaxBackoff
	}
	if l.now == nil {
		l.now = time.Now
	}
	if l.timer == nil {
		l.timer = func(d time.Duration) (<-chan time.Time, func()) {
			t := time.NewTimer(d)
			return t.C, func() { t.Stop() }
		}
	}
	lg := errLog{log: l.Log, msg: l.Failed, every: l.LogEvery, now: l.now}
	if lg.every <= 0 {
		lg.every = DefaultLogEvery
	}
	wait, failures := l.First, 0
	for {
		c, stop := l.timer(wait)
		select {
		case <-ctx.Done():
			stop()
			return nil
		case <-l.Kick:
			stop()
		case <-c:
		}
		next, err := step(ctx)
		switch {
		case ctx.Err() != nil:
			return nil
		case err != nil:
			failures++
			wait = Backoff(l.Interval, l.MaxBackoff, failures)
			lg.failed(err, failures, wait)
		default:
			lg.recovered(failures)
			failures = 0
			wait = l.Interval
			if next > 0 {
				wait = next
			}
		}
	}
}

// Backoff is the wait after failures failed steps in a row: interval
// doubled per failure, at most max.
func Backoff(interval, max time.Duration, failures int) time.Duration {
	d := interval
	for i := 0; i < failures && d < max; i++ {
		d *= 2
	}
	return min(d, max)
}

// errLog logs a loop's failures, the same error at most once per every.
type errLog struct {
	log        *slog.Logger
	msg        string
	every      time.Duration
	now        func() time.Time
	last       string    // the last error logged
	at         time.Time // when it was logged
	suppressed int       // the same error since then, not logged
}

func (e *errLog) failed(err error, failures int, retryIn time.Duration) {
	if e.log == nil {
		return
	}
	text, now := err.Error(), e.now()
	if text == e.last && now.Sub(e.at) < e.every && now.Sub(e.at) >= 0 {
		e.suppressed++
		return
	}
	attrs := []any{"err", err, "failures", failures, "retry_in", retryIn.String()}
	switch {
	case e.suppressed > 0 && text == e.last:
		attrs = append(attrs, "repeated", e.suppressed) // since it was last logged
	case e.suppressed > 0:
		attrs = append(attrs, "previous_error_repeated", e.suppressed)
	}
	e.log.Warn(e.msg, attrs...)
	e.last, e.at, e.suppressed = text, now, 0
}

func (e *errLog) recovered(failures int) {
	if e.log == nil || failures == 0 {
		return
	}
	attrs := []any{"failures", failures}
	if e.suppressed > 0 {
		attrs = append(attrs, "previous_error_repeated", e.suppressed)
	}
	e.log.Info("recovered after failing", attrs...)
	e.last, e.suppressed = "", 0
}

// Kicker wakes a Loop: Kick never blocks, and a pending kick absorbs
// further ones.
type Kicker struct{ c chan struct{} }

// NewKicker returns a Kicker; pass its C to Loop.Kick.
func NewKicker() *Kicker { return &Kicker{c: make(chan struct{}, 1)} }

// Kick asks for a step now. It never blocks.
func (k *Kicker) Kick() {
	select {
	case k.c <- struct{}{}:
	default:
	}
}

// C is the channel a Loop waits on.
func (k *Kicker) C() <-chan struct{} { return k.c }
