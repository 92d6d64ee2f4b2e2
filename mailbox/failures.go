package mailbox

import "sync"

// failureRun counts a loop's consecutive failures and tells whether an
// error repeats the one before, so that a run of identical errors is
// logged once at Warn and then at Debug. It is safe for concurrent use.
type failureRun struct {
	mu   sync.Mutex
	n    int
	last string
}

// add counts err and returns the run's length and whether err has the
// same text as the failure before it.
func (f *failureRun) add(err error) (n int, repeat bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.n++
	repeat = f.last == err.Error()
	f.last = err.Error()
	return f.n, repeat
}

// reset ends the run and returns how many failures it had.
func (f *failureRun) reset() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := f.n
	f.n, f.last = 0, ""
	return n
}
