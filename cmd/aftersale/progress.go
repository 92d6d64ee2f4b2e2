package main

import (
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// stderrIsTerminal says whether progress lines go to w; tests replace it.
var stderrIsTerminal = isTerminal

// progress is a progress line on standard error while long work runs
// (progressbar), only when standard error is a terminal: a script or a
// log never sees it. The zero value (nil) does nothing.
type progress struct{ bar *progressbar.ProgressBar }

// newProgress starts a progress line of total steps (bytes when bytes is
// set); nil when standard error is not a terminal.
func (e *env) newProgress(total int64, what string, bytes bool) *progress {
	if !stderrIsTerminal(e.stderr) || total <= 0 {
		return nil
	}
	opts := []progressbar.Option{progressbar.OptionSetWriter(e.stderr), progressbar.OptionSetDescription(what),
		progressbar.OptionSetWidth(30), progressbar.OptionThrottle(100 * time.Millisecond), progressbar.OptionShowCount(),
		progressbar.OptionClearOnFinish(), progressbar.OptionSetPredictTime(true), progressbar.OptionSetRenderBlankState(true)}
	if bytes {
		opts = append(opts, progressbar.OptionShowBytes(true))
	}
	return &progress{progressbar.NewOptions64(total, opts...)}
}

// Add counts n more steps done.
func (p *progress) Add(n int) {
	if p != nil {
		p.bar.Add(n)
	}
}

// Reader counts the bytes read from r.
func (p *progress) Reader(r io.Reader) io.Reader {
	if p == nil {
		return r
	}
	return io.TeeReader(r, p.bar)
}

// Done clears the line.
func (p *progress) Done() {
	if p != nil {
		p.bar.Finish()
	}
}
