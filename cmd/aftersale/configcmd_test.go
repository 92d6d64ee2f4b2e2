package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConfigCheckWarnsLooseSecret: "config check" accepts a password file
// others can read, with a warning on stderr.
func TestConfigCheckWarnsLooseSecret(t *testing.T) {
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
	_, errOut, code := cli(t, "config", "check", cfgPath)
	if code != 0 || !strings.Contains(errOut, "readable by group or others") {
		t.Errorf("config check: exit %d, stderr %q; want 0 and the warning", code, errOut)
	}
}
