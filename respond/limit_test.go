package respond

import (
	"errors"
	"testing"
	"text/template"
	"time"
)

// TestExecLimitedStopsAtDeadline: a template still writing when its
// render time is up stops with ErrRenderLimit.
func TestExecLimitedStopsAtDeadline(t *testing.T) {
	set := template.Must(template.New("t").Parse("{{range 10}}x{{end}}"))
	_, err := execLimited(set, "t", nil, time.Now().Add(-time.Second))
	if !errors.Is(err, ErrRenderLimit) {
		t.Fatalf("execLimited past its deadline = %v, want ErrRenderLimit", err)
	}
	if out, err := execLimited(set, "t", nil, time.Time{}); err != nil || out != "xxxxxxxxxx" {
		t.Fatalf("execLimited = %q, %v", out, err)
	}
}
