package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/aftersale/aftersale/daemon"
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

			s := daemon.NewService(cfg, store.MustOpenTest(t), log, time.Now)
			reloaded := make(chan struct{})
			s.SetLevel = func(level string) { e.setConfigLevel(level); close(reloaded) }
			ctx, cancel := context.WithCancel(t.Context())
			hup := make(chan os.Signal, 1)
			done := make(chan error, 1)
			go func() { done <- s.Serve(ctx, hup) }()
			write("debug")
			hup <- syscall.SIGHUP
			select {
			case <-reloaded:
			case err := <-done:
				t.Fatalf("Serve = %v before the reload:\n%s", err, logs.String())
			}
			log.Debug("after reload")
			cancel()
			if err := <-done; err != nil {
				t.Fatalf("Serve = %v", err)
			}

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
