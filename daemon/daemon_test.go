package daemon

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersale/aftersale/config"
	"github.com/aftersale/aftersale/store"
)

// TestNewAssemblesWorkersFromConfig: the workers follow the config: a
// poller per account, the sender only with [smtp], the auto-approver only
// with rules, the order watcher only with watch_dir; the classifier,
// learner, drafter, purger and checkpointer always.
func TestNewAssemblesWorkersFromConfig(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "orders"), 0o700); err != nil {
		t.Fatal(err)
	}
	account := "[[account]]\nname = \"%s\"\nhost = \"127.0.0.1\"\nusername = \"u\"\npassword_env = \"P\"\n"
	tests := []struct {
		name, toml string
		want       string
	}{
		{"nothing configured", "", "classifier learner drafter purge checkpoint"},
		{"everything", strings.ReplaceAll(account, "%s", "a") + strings.ReplaceAll(account, "%s", "b") +
			"[smtp]\nhost = \"127.0.0.1\"\nfrom = \"s@shop.example\"\n" +
			"[[auto_approve]]\ncase = \"shipping_inquiry\"\n" +
			"[orders]\nwatch_dir = \"orders\"\n",
			"poller poller classifier learner drafter sender auto_approve purge checkpoint orders_watch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := config.Parse(filepath.Join(dir, "a.toml"), []byte(tt.toml))
			if err != nil {
				t.Fatal(err)
			}
			d, err := New(cfg, store.MustOpenTest(t), slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, w := range d.workers() {
				names = append(names, w.name)
			}
			if got := strings.Join(names, " "); got != tt.want {
				t.Errorf("workers = %s\nwant      %s", got, tt.want)
			}
		})
	}
}
