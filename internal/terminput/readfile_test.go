package terminput

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTextFromAFileOrStdin(t *testing.T) {
	name := filepath.Join(t.TempDir(), "reply.txt")
	if err := os.WriteFile(name, []byte("from the file"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got, err := Text(context.Background(), name, strings.NewReader("stdin"), "old"); err != nil || got != "from the file" {
		t.Errorf("Text(file) = %q, %v", got, err)
	}
	if got, err := Text(context.Background(), "-", strings.NewReader("stdin"), "old"); err != nil || got != "stdin" {
		t.Errorf("Text(-) = %q, %v", got, err)
	}
	if _, err := ReadFile(filepath.Join(t.TempDir(), "missing"), nil); err == nil {
		t.Error("ReadFile of a missing file: no error")
	}
}
