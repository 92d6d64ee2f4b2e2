package loop

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// fakeClock fires every timer at once and records the waits asked for;
// its time moves by each wait.
type fakeClock struct {
	t     time.Time
	waits []time.Duration
}

func (f *fakeClock) install(l *Loop) {
	l.now = func() time.Time { return f.t }
	l.timer = func(d time.Duration) (<-chan time.Time, func()) {
		f.waits = append(f.waits, d)
		f.t = f.t.Add(d)
		c := make(chan time.Time, 1)
		c <- f.t
		return c, func() {}
	}
}

// script runs the steps given, then cancels ctx.
func script(cancel context.CancelFunc, steps ...func() (time.Duration, error)) Step {
	i := 0
	return func(context.Context) (time.Duration, error) {
		if i == len(steps) {
			cancel()
			return 0, nil
		}
		i++
		return steps[i-1]()
	}
}

func fail(msg string) func() (time.Duration, error) {
	return func() (time.Duration, error) { return 0, errors.New(msg) }
}
func ok(next time.Duration) func() (time.Duration, error) {
	return func() (time.Duration, error) { return next, nil }
}

// TestBackoffAndNextDue: failures in a row double the wait up to
// MaxBackoff; a success goes back to Interval, or to the due time the
// step names.
func TestBackoffAndNextDue(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var clk fakeClock
	l := Loop{Interval: 5 * time.Second, MaxBackoff: 30 * time.Second, First: time.Second}
	clk.install(&l)
	err := l.Run(ctx, script(cancel, fail("a"), fail("a"), fail("a"), fail("a"), ok(0), ok(2*time.Second), fail("b")))
	if err != nil {
		t.Fatalf("Run = %v, want nil", err)
	}
	want := []time.Duration{time.Second, 10 * time.Second, 20 * time.Second, 30 * time.Second, 30 * time.Second, 5 * time.Second, 2 * time.Second, 10 * time.Second}
	if !equal(clk.waits, want) {
		t.Errorf("waits = %v, want %v", clk.waits, want)
	}
}

// TestRepeatedErrorLoggedOncePerInterval: the same error in a row is
// logged once per LogEvery with the count of the ones not logged; another
// error is logged at once; the recovery is logged with the failures.
func TestRepeatedErrorLoggedOncePerInterval(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var clk fakeClock
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	// Interval 1s, backoff cap 4s: failures at 0s, 2s, 6s, 10s, 14s, 18s,
	// 22s, so LogEvery 10s has passed at the fourth.
	l := Loop{Interval: time.Second, MaxBackoff: 4 * time.Second, Log: log, Failed: "step failed", LogEvery: 10 * time.Second}
	clk.install(&l)
	steps := []func() (time.Duration, error){}
	for range 6 {
		steps = append(steps, fail("database is locked"))
	}
	steps = append(steps, fail("disk full"), ok(0))
	l.Run(ctx, script(cancel, steps...))
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	want := []string{
		`level=WARN msg="step failed" err="database is locked" failures=1 retry_in=2s`,
		`level=WARN msg="step failed" err="database is locked" failures=4 retry_in=4s repeated=2`,
		`level=WARN msg="step failed" err="disk full" failures=7 retry_in=4s previous_error_repeated=2`,
		`level=INFO msg="recovered after failing" failures=7`,
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("log:\n%s\nwant:\n%s", buf.String(), strings.Join(want, "\n"))
	}
}

// TestKickAndStop: a step at once, one per kick, none after ctx is done;
// Run returns nil.
func TestKickAndStop(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	k := NewKicker()
	steps := make(chan int, 10)
	var n atomic.Int32
	done := make(chan error, 1)
	go func() {
		done <- Loop{Interval: time.Hour, Kick: k.C()}.Run(ctx, func(context.Context) (time.Duration, error) {
			steps <- int(n.Add(1))
			return 0, nil
		})
	}()
	if got := <-steps; got != 1 {
		t.Fatalf("first step = %d, want 1 at once", got)
	}
	k.Kick()
	if got := <-steps; got != 2 {
		t.Fatalf("step after a kick = %d, want 2", got)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
	if got := n.Load(); got != 2 {
		t.Errorf("%d steps, want 2", got)
	}
}

// TestFirstDelay: with First set nothing runs before it; the interval
// repeats the step without kicks.
func TestFirstDelay(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	steps := make(chan struct{}, 10)
	step := func(context.Context) (time.Duration, error) { steps <- struct{}{}; return 0, nil }
	go Loop{First: time.Hour, Interval: time.Millisecond}.Run(ctx, step)
	select {
	case <-steps:
		t.Fatal("a step ran before the first delay")
	default:
	}
	cancel()
	ctx2, cancel2 := context.WithCancel(context.Background())
	defer cancel2()
	go Loop{First: time.Millisecond, Interval: time.Millisecond}.Run(ctx2, step)
	<-steps
	<-steps
}

func TestBackoff(t *testing.T) {
	for _, tt := range []struct {
		failures int
		want     time.Duration
	}{{0, time.Second}, {1, 2 * time.Second}, {3, 8 * time.Second}, {10, time.Minute}, {1000, time.Minute}} {
		if got := Backoff(time.Second, time.Minute, tt.failures); got != tt.want {
			t.Errorf("Backoff(1s, 1m, %d) = %v, want %v", tt.failures, got, tt.want)
		}
	}
}

func equal(a, b []time.Duration) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestKickEndsBackoff: new work (a kick) is not held back by the backoff
// after a failure; only the timer backs off.
func TestKickEndsBackoff(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	k := NewKicker()
	l := Loop{Interval: time.Hour, Kick: k.C()}
	first := true
	l.timer = func(d time.Duration) (<-chan time.Time, func()) {
		c := make(chan time.Time, 1)
		if first { // the first step at once; every later wait never ends
			first = false
			c <- time.Time{}
		}
		return c, func() {}
	}
	steps := make(chan int, 10)
	n := 0
	go l.Run(ctx, func(context.Context) (time.Duration, error) {
		n++
		steps <- n
		return 0, errors.New("failing")
	})
	<-steps
	k.Kick()
	if got := <-steps; got != 2 {
		t.Fatalf("step after a kick during backoff = %d, want 2", got)
	}
}
