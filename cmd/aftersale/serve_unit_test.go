package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale/internal/par"
	"github.com/aftersale/aftersale/store"
)

// TestReloadChangesLogLevel: a SIGHUP reload applies the config's new log
// level to the running process, unless AFTERSALE_LOG_LEVEL or --log-level
// fixed it.
func TestReloadChangesLogLevel(t *testing.T) {
	tests := []struct {
		name      string
		envLevel  string
		wantDebug bool
	}{
		{"from config", "", true},
		{"fixed by the environment", "warn", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("AFTERSALE_LOG_LEVEL", tt.envLevel)
			if tt.envLevel == "" {
				os.Unsetenv("AFTERSALE_LOG_LEVEL")
			}
			dir := t.TempDir()
			cfgPath := filepath.Join(dir, "aftersale.toml")
			write := func(level string) {
				t.Helper()
				conf := "[store]\npath = \"aftersale.db\"\n\n[log]\nlevel = \"" + level + "\"\n"
				if err := os.WriteFile(cfgPath, []byte(conf), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			write("info")
			cfg, err := LoadConfig(cfgPath)
			if err != nil {
				t.Fatalf("LoadConfig: %v", err)
			}
			var logs bytes.Buffer
			e := &env{stderr: &logs, cfg: cfg, now: time.Now}
			log := e.logger()
			log.Debug("before reload")

			s := newService(cfg, store.MustOpenTest(t), log, time.Now)
			s.setLevel = e.setConfigLevel
			write("debug")
			if _, _, ok := s.reload(log); !ok {
				t.Fatalf("reload failed:\n%s", logs.String())
			}
			log.Debug("after reload")

			out := logs.String()
			if strings.Contains(out, "before reload") {
				t.Errorf("a debug line was logged at level info:\n%s", out)
			}
			if got := strings.Contains(out, "after reload"); got != tt.wantDebug {
				t.Errorf("debug line after reloading with level debug logged = %v, want %v:\n%s", got, tt.wantDebug, out)
			}
			if got := strings.Contains(out, "log level changed"); got != tt.wantDebug {
				t.Errorf("\"log level changed\" logged = %v, want %v:\n%s", got, tt.wantDebug, out)
			}
		})
	}
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
