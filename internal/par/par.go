// Package par runs the independent steps of a batch (parsing, classifying,
// rendering) on every available core.
package par

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

// Panic is what For panics with when a call panicked on one of its
// goroutines: the original value and the stack where it happened. For
// re-panics on the caller's goroutine, where a worker's supervisor can
// recover it; a panic on a goroutine of For's own would end the process.
type Panic struct {
	Value any
	Stack []byte
}

func (p *Panic) Error() string { return fmt.Sprintf("%v", p.Value) }

// For calls f(0) … f(n-1) on up to GOMAXPROCS goroutines and returns when
// all calls have returned. f must be safe for concurrent use; calls for
// different i run in any order. If a call panics, no further calls start
// and For panics with a *Panic on the caller's goroutine once the calls in
// progress have returned.
func For(n int, f func(int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var (
		next   atomic.Int64
		wg     sync.WaitGroup
		once   sync.Once
		caught *Panic
	)
	for range workers {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					once.Do(func() { caught = &Panic{Value: r, Stack: debug.Stack()} })
					next.Store(int64(n)) // start nothing more
				}
			}()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		})
	}
	wg.Wait()
	if caught != nil {
		panic(caught)
	}
}
