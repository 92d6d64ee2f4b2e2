package terminput

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestReaderLines: off a terminal, a key is the first non-blank character
// of the next non-blank line, lower-cased, and a line is trimmed.
func TestReaderLines(t *testing.T) {
	k := New(strings.NewReader("\n  Approve\nwrong tracking number  \ns"))
	if c, err := k.Key(); err != nil || c != 'a' {
		t.Fatalf("Key = %q, %v; want a", c, err)
	}
	if l, err := k.Line(); err != nil || l != "wrong tracking number" {
		t.Fatalf("Line = %q, %v", l, err)
	}
	if c, err := k.Key(); err != nil || c != 's' {
		t.Fatalf("Key = %q, %v; want s (last line without a newline)", c, err)
	}
	if _, err := k.Key(); err != io.EOF {
		t.Fatalf("Key at the end = %v, want io.EOF", err)
	}
	if _, err := k.Line(); err != io.EOF {
		t.Fatalf("Line at the end = %v, want io.EOF", err)
	}
}

// TestEdit: the text comes back as the editor left it.
func TestEdit(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the editor is a shell script")
	}
	script := filepath.Join(t.TempDir(), "ed.sh")
	if err := os.WriteFile(script, []byte("#!/bin/sh\necho edited >> \"$1\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("VISUAL", script)
	got, err := Edit(context.Background(), "hello\n")
	if err != nil || got != "hello\nedited\n" {
		t.Fatalf("Edit = %q, %v", got, err)
	}
}
