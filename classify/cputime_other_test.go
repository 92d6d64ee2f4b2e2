//go:build !unix

package classify

import "time"

// processCPU is not available here; benchmarks then omit per-CPU-second
// metrics.
func processCPU() (time.Duration, bool) { return 0, false }
