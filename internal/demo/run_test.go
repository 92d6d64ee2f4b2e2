package demo

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestPrepareDir: the demo makes a new or empty directory its own, empties
// one it made before, and refuses, untouched, any other directory or a
// file.
func TestPrepareDir(t *testing.T) {
	base := t.TempDir()
	fresh := filepath.Join(base, "new")
	if err := PrepareDir(fresh); err != nil {
		t.Fatalf("PrepareDir(new) = %v", err)
	}
	if _, err := os.Stat(filepath.Join(fresh, MarkerFile)); err != nil {
		t.Errorf("no marker in a directory the demo made: %v", err)
	}
	// An earlier demo's directory is emptied.
	old := filepath.Join(fresh, "aftersale.db")
	if err := os.WriteFile(old, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := PrepareDir(fresh); err != nil {
		t.Fatalf("PrepareDir(the demo's) = %v", err)
	}
	if _, err := os.Stat(old); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the earlier demo's database is still there: %v", err)
	}
	empty := filepath.Join(base, "empty")
	if err := os.Mkdir(empty, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := PrepareDir(empty); err != nil {
		t.Errorf("PrepareDir(empty) = %v", err)
	}
	// A home directory, say: refused, nothing removed.
	home := filepath.Join(base, "home")
	precious := filepath.Join(home, "thesis.tex")
	if err := os.MkdirAll(home, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(precious, []byte("years of work"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := PrepareDir(home); !errors.Is(err, ErrNotDemoDir) {
		t.Errorf("PrepareDir(a directory with other files) = %v, want ErrNotDemoDir", err)
	}
	if _, err := os.Stat(precious); err != nil {
		t.Errorf("the refused directory lost its file: %v", err)
	}
	if _, err := os.Stat(filepath.Join(home, MarkerFile)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the refused directory got a marker: %v", err)
	}
	// An older demo's directory (no marker, only its files) is the
	// demo's; the same files beside another are not.
	older := filepath.Join(base, "older")
	for name, data := range map[string]string{"aftersale.toml": configHead + "\n[store]\n", "imap-password": "x", "aftersale.db": "x"} {
		if err := os.MkdirAll(older, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(older, name), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := PrepareDir(older); err != nil {
		t.Errorf("PrepareDir(an older demo's directory) = %v", err)
	}
	if err := os.WriteFile(filepath.Join(home, "aftersale.toml"), []byte(configHead+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := PrepareDir(home); !errors.Is(err, ErrNotDemoDir) {
		t.Errorf("PrepareDir(a demo config beside other files) = %v, want ErrNotDemoDir", err)
	}
	if err := PrepareDir(precious); !errors.Is(err, ErrNotDemoDir) {
		t.Errorf("PrepareDir(a file) = %v, want ErrNotDemoDir", err)
	}
}
