package par

import (
	"errors"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
)

func TestForCallsEach(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 1000} {
		seen := make([]atomic.Int32, n)
		For(n, func(i int) { seen[i].Add(1) })
		for i := range seen {
			if got := seen[i].Load(); got != 1 {
				t.Fatalf("For(%d): f(%d) called %d times, want 1", n, i, got)
			}
		}
	}
}

// TestForPanicReachesCaller: a panic in a call surfaces on the caller's
// goroutine (where a supervisor can recover it) with the original value
// and the stack of the call that panicked.
func TestForPanicReachesCaller(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	}
	boom := errors.New("boom")
	var p *Panic
	func() {
		defer func() {
			r := recover()
			var ok bool
			if p, ok = r.(*Panic); !ok {
				t.Fatalf("recovered %T %v, want *par.Panic", r, r)
			}
		}()
		For(100, func(i int) {
			if i == 42 {
				panicker(boom)
			}
		})
	}()
	if p.Value != boom {
		t.Errorf("Panic.Value = %v, want %v", p.Value, boom)
	}
	if !strings.Contains(string(p.Stack), "panicker") {
		t.Errorf("Panic.Stack does not name the panicking function:\n%s", p.Stack)
	}
	if p.Error() != "boom" {
		t.Errorf("Panic.Error() = %q, want %q", p.Error(), "boom")
	}
}

//go:noinline
func panicker(v any) { panic(v) }
