package logging

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestJSONDurationsAndFixedLevel(t *testing.T) {
	t.Setenv("AFTERSALE_LOG_LEVEL", "")
	var buf bytes.Buffer
	l := New(&buf, "warn", "json", "")
	l.Info("hidden")
	l.SetConfigLevel("info")
	l.Info("held", "wait", 1500*time.Millisecond)
	if out := buf.String(); strings.Contains(out, "hidden") || !strings.Contains(out, `"wait":"1.5s"`) || !strings.Contains(out, `"to":"INFO"`) {
		t.Errorf("log:\n%s", out)
	}
	buf.Reset()
	l = New(&buf, "info", "json", "error")
	l.SetConfigLevel("debug")
	l.Warn("hidden")
	if buf.Len() != 0 {
		t.Errorf("a flag's level changed on reload:\n%s", buf.String())
	}
}
