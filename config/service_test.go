package config

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale/store"
)

func TestOpsConfig(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		toml    string
		wantErr string // "" for valid
		check   func(*Config) bool
	}{
		{"[http]\nlisten = \"9321\"\n", "", func(c *Config) bool { return c.HTTPListen == "127.0.0.1:9321" }},
		{"[http]\nlisten = \":9321\"\n", "", func(c *Config) bool { return c.HTTPListen == "127.0.0.1:9321" }},
		{"[http]\nlisten = \"0.0.0.0:80\"\n", "", func(c *Config) bool { return c.HTTPListen == "0.0.0.0:80" }},
		{"[http]\nlisten = \"localhost:x\"\n", "t.toml:2: http.listen", nil},
		{"", "", func(c *Config) bool {
			return c.Retention == 30*24*time.Hour && c.ShutdownGrace == 10*time.Second && c.HTTPListen == "" && c.OrdersWatchDir == "" &&
				c.OrdersMaxFileBytes == store.DefaultMaxImportFileBytes
		}},
		{"[orders]\nmax_file_size = \"5MB\"\n", "", func(c *Config) bool { return c.OrdersMaxFileBytes == 5<<20 }},
		{"[orders]\nmax_file_size = \"lots\"\n", "t.toml:2: orders.max_file_size", nil},
		{"[retention]\ndays = 0\n", "t.toml:2: retention.days", nil},
		{"[service]\nshutdown_grace = \"soon\"\n", "t.toml:2: service.shutdown_grace", nil},
		{"[orders]\nwatch_dir = \"nope\"\n", "t.toml:2: orders.watch_dir", nil},
		{"[orders]\nwatch_dir = \".\"\nwatch_interval = \"5s\"\n", "", func(c *Config) bool {
			return c.OrdersWatchDir == dir && c.OrdersWatchInterval == 5*time.Second
		}},
	}
	for _, tt := range tests {
		cfg, err := Parse(filepath.Join(dir, "t.toml"), []byte(tt.toml))
		switch {
		case tt.wantErr != "":
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%q: error = %v, want %q", tt.toml, err, tt.wantErr)
			}
		case err != nil:
			t.Errorf("%q: %v", tt.toml, err)
		case !tt.check(cfg):
			t.Errorf("%q: config = %+v", tt.toml, cfg)
		}
	}
}
