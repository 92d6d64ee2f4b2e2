package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestLockDaemon: one holder at a time; the second attempt is refused
// naming the holder's pid and host; after Release the lock can be taken
// again and the new holder is recorded.
func TestLockDaemon(t *testing.T) {
	path := filepath.Join(t.TempDir(), "aftersale.db")
	started := time.Date(2027, 2, 28, 9, 0, 0, 0, time.UTC)
	l, err := LockDaemon(path, started)
	if err != nil {
		t.Fatal(err)
	}
	host, _ := os.Hostname()
	_, err = LockDaemon(path, started.Add(time.Minute))
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second LockDaemon = %v, want ErrLocked", err)
	}
	for _, want := range []string{fmt.Sprintf("pid %d", os.Getpid()), "on host " + host, "since 2027-02-28T09:00:00Z", path} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %q", err, want)
		}
	}
	if fi, err := os.Stat(LockPath(path)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("lock file: %v, %v; want mode 0600", fi, err)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	l2, err := LockDaemon(path, started.Add(time.Hour))
	if err != nil {
		t.Fatalf("LockDaemon after Release = %v", err)
	}
	defer l2.Release()
	if _, err := LockDaemon(path, started); err == nil || !strings.Contains(err.Error(), "since 2027-02-28T10:00:00Z") {
		t.Errorf("third LockDaemon = %v, want the second holder named", err)
	}
}
