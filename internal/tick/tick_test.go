package tick

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

// TestLoop: a step at once, one per kick, none after ctx is done; the
// loop returns nil.
func TestLoop(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	kick := make(chan struct{})
	steps := make(chan int, 10)
	var n atomic.Int32
	done := make(chan error, 1)
	go func() {
		done <- Loop(ctx, kick, time.Hour, func(context.Context) { steps <- int(n.Add(1)) })
	}()
	if got := <-steps; got != 1 {
		t.Fatalf("first step = %d, want 1 at once", got)
	}
	kick <- struct{}{}
	if got := <-steps; got != 2 {
		t.Fatalf("step after a kick = %d, want 2", got)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Loop = %v, want nil", err)
	}
	if got := n.Load(); got != 2 {
		t.Errorf("%d steps, want 2", got)
	}
}

// TestLoopAfterWaitsFirst: with a first delay nothing runs before it, and
// the interval repeats the step.
func TestLoopAfterWaitsFirst(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	steps := make(chan struct{}, 10)
	go LoopAfter(ctx, nil, time.Hour, time.Millisecond, func(context.Context) { steps <- struct{}{} })
	select {
	case <-steps:
		t.Fatal("a step ran before the first delay")
	default:
	}
	cancel()

	ctx2, cancel2 := context.WithCancel(context.Background())
	defer cancel2()
	go LoopAfter(ctx2, nil, time.Millisecond, time.Millisecond, func(context.Context) { steps <- struct{}{} })
	<-steps
	<-steps // repeated by the interval, no kick
}
