package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale/report"
)

// TestUnknownSubcommand: a mistyped subcommand, at any level, is a usage
// error (exit 2) naming the closest commands; a group alone prints its
// help and succeeds.
func TestUnknownSubcommand(t *testing.T) {
	t.Setenv("AFTERSALE_CONFIG", "")
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"queue", "lst"}, []string{`aftersale: queue: unknown command "lst"`, `hint: did you mean "aftersale queue list"?`}},
		{[]string{"queue", "aprove", "3"}, []string{`unknown command "aprove"`, `"aftersale queue approve"`}},
		{[]string{"qeue", "list"}, []string{`aftersale: unknown command "qeue"`, `"aftersale queue"`}},
		{[]string{"sent", "shwo"}, []string{`unknown command "shwo"`, `"aftersale sent show"`}},
		{[]string{"completion", "bsh"}, []string{`unknown command "bsh"`, `"aftersale completion bash"`}},
		{[]string{"orders", "zzzzzz"}, []string{`unknown command "zzzzzz"`, `hint: run "aftersale orders --help" for the commands`}},
	}
	for _, tt := range tests {
		out, errs, code := cli(t, tt.args...)
		if code != exitUsage || out != "" {
			t.Errorf("aftersale %v: exit %d, stdout %q; want exit 2 and no output", tt.args, code, out)
		}
		for _, w := range tt.want {
			if !strings.Contains(errs, w) {
				t.Errorf("aftersale %v: stderr %q lacks %q", tt.args, errs, w)
			}
		}
	}
	for _, args := range [][]string{{"queue"}, {"sent"}, {}} {
		out, errs, code := cli(t, args...)
		if code != exitOK || errs != "" || !strings.Contains(out, "Available Commands:") {
			t.Errorf("aftersale %v: exit %d, stderr %q, stdout %.80q; want the help and exit 0", args, code, errs, out)
		}
	}
}

// completions runs cobra's hidden completion request and returns the
// offered words (descriptions cut off).
func completions(t *testing.T, run func(args ...string) (string, string, int), args ...string) []string {
	t.Helper()
	out, errs, code := run(append([]string{"__complete"}, args...)...)
	if code != 0 {
		t.Fatalf("__complete %v: exit %d: %s", args, code, errs)
	}
	var words []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(l, ":") {
			break // the directive line
		}
		w, _, _ := strings.Cut(l, "\t")
		words = append(words, w)
	}
	return words
}

func hasAll(got []string, want ...string) bool {
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || g == w
		}
		if !found {
			return false
		}
	}
	return true
}

func TestShellCompletion(t *testing.T) {
	t.Setenv("AFTERSALE_CONFIG", "")
	for _, sh := range []string{"bash", "zsh", "fish"} {
		out, errs, code := cli(t, "completion", sh)
		if code != 0 || !strings.Contains(out, "aftersale") || errs != "" {
			t.Errorf("completion %s: exit %d, %d bytes, stderr %q", sh, code, len(out), errs)
		}
	}
	f := newQueueFix(t)
	run := func(args ...string) (string, string, int) { return f.run("", args...) }

	if got := completions(t, run, "queue", "list", "--case", ""); !hasAll(got, "cancel_order", "address_change", "other") {
		t.Errorf("--case completes %v", got)
	}
	if got := completions(t, run, "queue", "list", "--state", ""); !hasAll(got, "proposed", "approved", "send_unknown") {
		t.Errorf("--state completes %v", got)
	}
	if got := completions(t, run, "queue", "list", "--marketplace", ""); !hasAll(got, "amazon.de", "amazon.co.jp") {
		t.Errorf("--marketplace completes %v", got)
	}
	if got := completions(t, run, "sent", "list", "--case", ""); !hasAll(got, "refund_status") {
		t.Errorf("sent list --case completes %v", got)
	}

	// Draft ids: the drafts the queue shows, minus those already given.
	var waiting []string
	for _, id := range f.ids {
		d, err := f.db.Draft(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range report.WaitingStates {
			if d.State == s {
				waiting = append(waiting, strconv.FormatInt(id, 10))
			}
		}
	}
	if len(waiting) < 2 {
		t.Fatalf("fixture has %d waiting drafts", len(waiting))
	}
	got := completions(t, run, "queue", "approve", "")
	if len(got) != len(waiting) || !hasAll(got, waiting...) {
		t.Errorf("queue approve completes %v, want %v", got, waiting)
	}
	got = completions(t, run, "queue", "approve", waiting[0], "")
	if hasAll(got, waiting[0]) || len(got) != len(waiting)-1 {
		t.Errorf("queue approve %s completes %v: the given id again, or not the rest", waiting[0], got)
	}
	if got := completions(t, run, "queue", "list", "--account", ""); len(got) == 0 || got[0] == "" {
		t.Errorf("--account completes %v, want the drafts' accounts", got)
	}

	// Accounts from the config, even without a database; no database is
	// created by completing.
	dir := t.TempDir()
	cfg := filepath.Join(dir, "aftersale.toml")
	db := filepath.Join(dir, "missing.db")
	if err := os.WriteFile(cfg, []byte(minimalConfig(db)), 0o600); err != nil {
		t.Fatal(err)
	}
	run = func(args ...string) (string, string, int) {
		return cli(t, append([]string{"--config", cfg}, args...)...)
	}
	if got := completions(t, run, "queue", "list", "--account", ""); !hasAll(got, "shop-de") {
		t.Errorf("--account completes %v, want shop-de from the config", got)
	}
	if got := completions(t, run, "queue", "show", ""); len(got) != 0 {
		t.Errorf("queue show without a database completes %v, want nothing", got)
	}
	if _, err := os.Stat(db); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("completion created the database: %v", err)
	}
}

// minimalConfig is a valid config with one account, shop-de, and its
// database at db.
func minimalConfig(db string) string {
	return `[store]
path = "` + db + `"

[seller]
name = "Example Shop"

[[account]]
name = "shop-de"
host = "127.0.0.1"
port = 1143
tls = "plain"
username = "u"
password_env = "AFTERSALE_TEST_UNSET"

[smtp]
host = "127.0.0.1"
port = 1025
tls = "plain"
from = "shop@example.com"
`
}

// TestJSONLogDurations: the JSON log writes a duration as "1.5s", not as
// integer nanoseconds; the text log already does.
func TestJSONLogDurations(t *testing.T) {
	var buf bytes.Buffer
	e := &env{stderr: &buf, now: time.Now}
	e.logger().Info("held", "wait", 1500*time.Millisecond, "retry_in", 2*time.Minute)
	if got := buf.String(); !strings.Contains(got, `"wait":"1.5s"`) || !strings.Contains(got, `"retry_in":"2m0s"`) {
		t.Errorf("JSON log line %q: want durations as strings", got)
	}
}

// TestReadOnlyCommandsNeedADatabase: a command that reads the database
// reports a missing one and creates nothing; serve, migrate, demo and the
// importers create it.
func TestReadOnlyCommandsNeedADatabase(t *testing.T) {
	t.Setenv("AFTERSALE_CONFIG", "")
	dir := t.TempDir()
	missing := filepath.Join(dir, "typo", "aftersale.db")
	for _, args := range [][]string{
		{"queue", "list"},
		{"queue", "show", "1"},
		{"queue", "approve", "1"},
		{"queue", "review"},
		{"status"},
		{"stats"},
		{"sent", "list"},
		{"orders", "show", "111-0000000-0000000"},
		{"corrections", "list"},
		{"purge", "--dry-run"},
		{"backup", filepath.Join(dir, "b.db")},
		{"reparse", "--dry-run"},
	} {
		_, errs, code := cli(t, append([]string{"--db", missing}, args...)...)
		if code == 0 || !strings.Contains(errs, "no database at "+missing) {
			t.Errorf("aftersale --db MISSING %v: exit %d, stderr %q; want \"no database at %s\"", args, code, errs, missing)
		}
		if _, err := os.Stat(filepath.Dir(missing)); !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("aftersale --db MISSING %v created %s", args, filepath.Dir(missing))
		}
	}

	// doctor, with a config whose database path is mistyped.
	cfg := filepath.Join(dir, "aftersale.toml")
	if err := os.WriteFile(cfg, []byte(minimalConfig(missing)), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errs, _ := cli(t, "--config", cfg, "doctor")
	if !strings.Contains(out+errs, "no database at "+missing) {
		t.Errorf("doctor with a missing database: stdout %q stderr %q; want \"no database at %s\"", out, errs, missing)
	}
	if _, err := os.Stat(missing); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("doctor created %s", missing)
	}

	mustCLI(t, "--db", missing, "migrate")
	if _, err := os.Stat(missing); err != nil {
		t.Fatalf("migrate did not create the database: %v", err)
	}
	mustCLI(t, "--db", missing, "queue", "list")
}

// TestInvalidChoicesListValid: an unknown --case, --state or --marketplace
// is a usage error that lists the valid values, before any database is
// opened.
func TestInvalidChoicesListValid(t *testing.T) {
	t.Setenv("AFTERSALE_CONFIG", "")
	missing := filepath.Join(t.TempDir(), "missing.db")
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"queue", "list", "--case", "cancel"}, []string{`unknown case "cancel"`, "hint: one of address_change, cancel_order,", "refund_status, other"}},
		{[]string{"queue", "list", "--state", "proposed,sen"}, []string{`unknown state "sen"`, "sent, failed", "not_buyer_mail, phishing"}},
		{[]string{"queue", "list", "--marketplace", "amazon.xx"}, []string{`unknown marketplace "amazon.xx"`, "co.uk, de, fr"}},
		{[]string{"queue", "review", "--case", "x"}, []string{`unknown case "x"`}},
		{[]string{"sent", "list", "--case", "x"}, []string{`unknown case "x"`}},
		{[]string{"corrections", "list", "--case", "x"}, []string{`unknown case "x"`}},
	}
	for _, tt := range tests {
		_, errs, code := cli(t, append([]string{"--db", missing}, tt.args...)...)
		if code != exitUsage {
			t.Errorf("aftersale %v: exit %d, want 2", tt.args, code)
		}
		for _, w := range tt.want {
			if !strings.Contains(errs, w) {
				t.Errorf("aftersale %v: stderr %q lacks %q", tt.args, errs, w)
			}
		}
	}
	// Valid values pass the check (and then meet the missing database).
	for _, args := range [][]string{
		{"queue", "list", "--case", "cancel_order", "--state", "proposed,not_buyer_mail", "--marketplace", "Amazon.CO.UK"},
		{"queue", "list", "--marketplace", "de"},
	} {
		_, errs, _ := cli(t, append([]string{"--db", missing}, args...)...)
		if !strings.Contains(errs, "no database at") {
			t.Errorf("aftersale %v: stderr %q; want the valid values accepted", args, errs)
		}
	}
}
