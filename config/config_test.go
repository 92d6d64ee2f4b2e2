package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestExampleConfigIsValidAndInSync(t *testing.T) {
	repoCopy, err := os.ReadFile(filepath.Join("..", "configs", "aftersale.example.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if string(repoCopy) != Example() {
		t.Fatalf("configs/aftersale.example.toml differs from config.Example(); run: make docs")
	}
	cfg, err := Parse("example.toml", []byte(Example()))
	if err != nil {
		t.Fatalf("example config: %v", err)
	}
	if got, want := len(cfg.Accounts), 1; got != want {
		t.Fatalf("accounts = %d, want %d", got, want)
	}
	a := cfg.Accounts[0]
	if a.TLS != "tls" || a.Port != 993 || a.PollInterval != time.Minute || a.MaxMessageBytes != 25<<20 {
		t.Errorf("account = %+v", a)
	}
	if a.StartFrom.IsZero() {
		t.Errorf("start_from 7d not applied")
	}
	if got := cfg.ReshipThreshold["EUR"]; got != 3000 {
		t.Errorf("reship_threshold EUR = %d, want 3000", got)
	}
	if cfg.SMTP.Password.Env != "AFTERSALE_SMTP_PASSWORD" {
		t.Errorf("smtp password = %v", cfg.SMTP.Password)
	}
}

func TestConfigErrorsHaveLines(t *testing.T) {
	tests := []struct {
		name string
		toml string
		want []string // each must appear in the error text
	}{
		{
			name: "unknown key",
			toml: "[store]\npath = \"x.db\"\npaht = \"y\"\n",
			want: []string{"cfg.toml:3:1: store.paht: unknown setting"},
		},
		{
			name: "wrong type",
			toml: "[[account]]\nname = \"a\"\nport = \"993\"\n",
			want: []string{"cfg.toml:3:"},
		},
		{
			name: "syntax error",
			toml: "[store]\npath = \"x.db\n",
			want: []string{"cfg.toml:2:"},
		},
		{
			name: "inline password and bad tls",
			toml: "[[account]]\nname = \"a\"\nhost = \"h\"\nusername = \"u\"\ntls = \"ssl\"\npassword = \"hunter2\"\n",
			want: []string{"cfg.toml:5: account[0].tls: \"ssl\" is not one of tls, starttls, plain",
				"cfg.toml:6: account[0].password: passwords are never written in the config"},
		},
		{
			name: "second account errors point at the second block",
			toml: "[[account]]\nname = \"a\"\nhost = \"h\"\nusername = \"u\"\npassword_env = \"P\"\n\n[[account]]\nname = \"a\"\nhost = \"h\"\nusername = \"u\"\npassword_env = \"P\"\npoll_interval = \"soon\"\n",
			want: []string{"cfg.toml:8: account[1].name: account name \"a\" is used twice",
				"cfg.toml:12: account[1].poll_interval: \"soon\" is not a positive duration"},
		},
		{
			name: "two password sources",
			toml: "[smtp]\nhost = \"h\"\nfrom = \"a@b.example\"\nusername = \"u\"\npassword_env = \"X\"\npassword_file = \"f\"\n",
			want: []string{"smtp.password_file: set only one of"},
		},
		{
			name: "bad seller values",
			toml: "[seller]\nlanguage = \"english\"\nreship_threshold = { EUR = \"cheap\" }\n[log]\nlevel = \"loud\"\n",
			want: []string{"cfg.toml:2: seller.language", "cfg.toml:3: seller.reship_threshold.EUR", "cfg.toml:5: log.level"},
		},
		{
			name: "smtp from is not an address",
			toml: "[smtp]\nhost = \"h\"\nfrom = \"support\"\n",
			want: []string{"cfg.toml:3: smtp.from"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("cfg.toml", []byte(tt.toml))
			if err == nil {
				t.Fatal("Parse succeeded, want errors")
			}
			var ce Errors
			if !errors.As(err, &ce) {
				t.Fatalf("error %T is not Errors: %v", err, err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("errors:\n%v\nwant one containing %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "hunter2") {
				t.Errorf("error text leaks the password: %v", err)
			}
		})
	}
}

func TestSecretResolve(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "pw")
	if err := os.WriteFile(f, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("AFTERSALE_TEST_PW", "envpw")
	tests := []struct {
		s    Secret
		want string
	}{
		{Secret{File: f}, "s3cret"},
		{Secret{Env: "AFTERSALE_TEST_PW"}, "envpw"},
		{Secret{Command: []string{"echo", "cmdpw"}}, "cmdpw"},
	}
	for _, tt := range tests {
		got, err := tt.s.Resolve(t.Context())
		if err != nil || got != tt.want {
			t.Errorf("%v.Resolve() = %q, %v; want %q", tt.s, got, err, tt.want)
		}
		if strings.Contains(tt.s.String(), tt.want) {
			t.Errorf("String() %q reveals the secret", tt.s.String())
		}
	}
	if _, err := (Secret{Env: "AFTERSALE_TEST_UNSET_VAR"}).Resolve(t.Context()); err == nil {
		t.Error("unset env var resolved without error")
	}
}

func TestParseStartFrom(t *testing.T) {
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Time
		bad  bool
	}{
		{"", time.Time{}, false},
		{"all", time.Time{}, false},
		{"new", now, false},
		{"7d", now.Add(-7 * 24 * time.Hour), false},
		{"48h", now.Add(-48 * time.Hour), false},
		{"2026-11-01", time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), false},
		{"yesterday", time.Time{}, true},
	}
	for _, tt := range tests {
		got, err := parseStartFrom(tt.in, now)
		if (err != nil) != tt.bad || !got.Equal(tt.want) {
			t.Errorf("parseStartFrom(%q) = %v, %v; want %v (error %v)", tt.in, got, err, tt.want, tt.bad)
		}
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"25MB": 25 << 20, "512KB": 512 << 10, "1000": 1000, "2 GiB": 2 << 30} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
}

func TestSecretWarnings(t *testing.T) {
	dir := t.TempDir()
	loose := filepath.Join(dir, "imap-password")
	if err := os.WriteFile(loose, []byte("x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(loose, 0o644); err != nil {
		t.Fatal(err)
	}
	cfgPath := filepath.Join(dir, "a.toml")
	conf := "[[account]]\nname = \"a\"\nhost = \"h\"\nusername = \"u\"\npassword_file = \"imap-password\"\n"
	if err := os.WriteFile(cfgPath, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	ws := cfg.SecretWarnings()
	if len(ws) != 1 || !strings.Contains(ws[0], "account[0].password_file") || !strings.Contains(ws[0], "chmod 600") {
		t.Fatalf("SecretWarnings = %q, want one about account[0].password_file", ws)
	}
	if err := os.Chmod(loose, 0o600); err != nil {
		t.Fatal(err)
	}
	if ws := cfg.SecretWarnings(); len(ws) != 0 {
		t.Errorf("SecretWarnings after chmod 600 = %q, want none", ws)
	}
}

// TestConfigHolidays: [seller] holidays are dates, sorted and without
// duplicates, and reach the drafter's settings.
func TestConfigHolidays(t *testing.T) {
	c, err := Parse("c.toml", []byte("[seller]\nholidays = [\"2026-12-25\", \"2026-12-24\", \"2026-12-25\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2026-12-24", "2026-12-25"}
	if got := c.RespondSettings().Holidays; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("Holidays = %q, want %q", got, want)
	}
}
