package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDemoRefusesAForeignDirectory: "demo --dir" on a directory holding
// files the demo did not make exits 2 and leaves them; before, the demo
// emptied whatever directory it was given.
func TestDemoRefusesAForeignDirectory(t *testing.T) {
	dir := t.TempDir()
	precious := filepath.Join(dir, "thesis.tex")
	if err := os.WriteFile(precious, []byte("years of work"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, errs, code := cli(t, "demo", "--once", "--dir", dir)
	if code != exitUsage || !strings.Contains(errs, "did not make") || !strings.Contains(errs, "hint: ") {
		t.Errorf("demo --dir on a foreign directory: exit %d, stderr %q; want exit 2 saying why", code, errs)
	}
	if b, err := os.ReadFile(precious); err != nil || string(b) != "years of work" {
		t.Errorf("the file in the refused directory: %q, %v", b, err)
	}
}
