package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUnsafeFileRefusedWhenItRunsCommands: a config file that others may
// write is refused when it runs a command (password_command,
// oauth2_token_command), and so is a command program that others may
// write; a config that runs nothing is still accepted.
func TestUnsafeFileRefusedWhenItRunsCommands(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string, mode os.FileMode) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil { // past the umask
			t.Fatal(err)
		}
		return p
	}
	withCommand := "[[account]]\nname = \"a\"\nhost = \"h\"\nusername = \"u\"\npassword_command = [\"true\"]\n"
	for _, mode := range []os.FileMode{0o666, 0o620, 0o602} {
		p := write("loose.toml", withCommand, mode)
		_, err := Load(p)
		if !errors.Is(err, ErrUnsafeFile) {
			t.Fatalf("Load of a %v config with password_command = %v, want ErrUnsafeFile", mode, err)
		}
		if !strings.Contains(err.Error(), "loose.toml:5: account[0].password_command: refused") || !strings.Contains(err.Error(), "chmod go-w") {
			t.Errorf("error = %v, want it at the password_command line with the fix", err)
		}
	}
	if _, err := Load(write("tight.toml", withCommand, 0o640)); err != nil {
		t.Errorf("Load of a 0640 config with password_command: %v", err)
	}
	oauth := "[[account]]\nname = \"a\"\nhost = \"h\"\nusername = \"u\"\noauth2_token_command = [\"true\"]\n"
	if _, err := Load(write("oauth.toml", oauth, 0o666)); !errors.Is(err, ErrUnsafeFile) {
		t.Errorf("Load of a 0666 config with oauth2_token_command = %v, want ErrUnsafeFile", err)
	}
	if _, err := Load(write("env.toml", "[[account]]\nname = \"a\"\nhost = \"h\"\nusername = \"u\"\npassword_env = \"P\"\n", 0o666)); err != nil {
		t.Errorf("Load of a 0666 config that runs nothing: %v", err)
	}
	prog := write("getpw", "#!/bin/sh\necho pw\n", 0o777)
	cfg := "[[account]]\nname = \"a\"\nhost = \"h\"\nusername = \"u\"\npassword_command = [\"" + prog + "\"]\n"
	if _, err := Load(write("prog.toml", cfg, 0o600)); !errors.Is(err, ErrUnsafeFile) || !strings.Contains(err.Error(), "the program "+prog) {
		t.Errorf("Load with a world-writable password program = %v, want ErrUnsafeFile naming it", err)
	}
}
