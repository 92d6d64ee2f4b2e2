package daemon

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aftersale/aftersale/internal/par"
	"github.com/aftersale/aftersale/internal/testutil"
	"github.com/aftersale/aftersale/store"
)

// waitFor polls cond every interval until it is true or ctx ends.
func waitFor(ctx context.Context, interval time.Duration, cond func() (bool, error)) error {
	return testutil.WaitFor(ctx, interval, cond)
}

func TestSupervisorRestartsPanickedWorker(t *testing.T) {
	var logs bytes.Buffer
	d := &Daemon{log: slog.New(slog.NewJSONHandler(&logs, nil)), restartDelay: time.Millisecond,
		obs: NewObserver(store.MustOpenTest(t), nil)}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var runs atomic.Int32
	w := worker{name: "classifier", run: func(ctx context.Context) error {
		if runs.Add(1) <= 2 {
			var m map[string]int
			m["bad message"]++ // panics: nil map
		}
		<-ctx.Done()
		return nil
	}}
	done := make(chan error, 1)
	go func() { done <- d.supervise(ctx, w) }()
	if err := waitFor(ctx, time.Millisecond, func() (bool, error) { return runs.Load() == 3, nil }); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("supervise after cancel = %v, want nil", err)
	}
	if n := strings.Count(logs.String(), "worker panicked; restarting it"); n != 2 {
		t.Errorf("logged %d panics, want 2:\n%s", n, logs.String())
	}
	if !strings.Contains(logs.String(), "runtime/debug.Stack") && !strings.Contains(logs.String(), "goroutine ") {
		t.Errorf("panic logged without its stack:\n%s", logs.String())
	}
	if got := testCounter(t, d.obs, "aftersale_worker_panics_total", "classifier"); got != 2 {
		t.Errorf("panic counter = %v, want 2", got)
	}
	// A worker's error still stops the daemon.
	boom := errors.New("boom")
	if err := d.supervise(t.Context(), worker{name: "x", run: func(context.Context) error { return boom }}); !errors.Is(err, boom) {
		t.Errorf("supervise(failing worker) = %v, want boom", err)
	}
}

// testCounter reads one labelled counter from the observer's registry.
func testCounter(t *testing.T, o *Observer, name, label string) float64 {
	t.Helper()
	v, err := testutil.Counter(o.reg, name, label)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestRunRecoveredParPanic: a panic on one of par.For's goroutines reaches
// the supervisor with the stack of the goroutine where it happened.
func TestRunRecoveredParPanic(t *testing.T) {
	stack, err := runRecovered(t.Context(), func(context.Context) error {
		par.For(4, func(i int) {
			if i == 3 {
				panicInStep()
			}
		})
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "step exploded") {
		t.Fatalf("runRecovered error = %v, want the panic value", err)
	}
	if !strings.Contains(string(stack), "panicInStep") {
		t.Errorf("stack does not show where the panic happened:\n%s", stack)
	}
}

//go:noinline
func panicInStep() { panic("step exploded") }
