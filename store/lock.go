package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// ErrLocked is returned (wrapped) by LockDaemon when another process holds
// the database's daemon lock.
var ErrLocked = errors.New("database is in use by another aftersale daemon")

// DaemonLock is the exclusive hold of one daemon process on a database:
// the lock file beside it (LockPath) locked with flock(2). The kernel
// drops the lock when the process ends, however it ends (SIGKILL, a power
// cut), so a crash leaves no stale lock behind.
type DaemonLock struct {
	f *os.File
}

// Holder is what a daemon writes into the lock file it holds.
type Holder struct {
	PID     int       `json:"pid"`
	Host    string    `json:"host"`
	Started time.Time `json:"started"` // when the lock was taken
}

// String is "pid 1234 on host vm since 2026-12-05T02:00:00Z"; the parts not
// known are left out.
func (h Holder) String() string {
	if h.PID == 0 {
		return "holder unknown"
	}
	s := fmt.Sprintf("pid %d", h.PID)
	if h.Host != "" {
		s += " on host " + h.Host
	}
	if !h.Started.IsZero() {
		s += " since " + h.Started.UTC().Format(time.RFC3339)
	}
	return s
}

// LockPath is the daemon lock file of the database at path.
func LockPath(path string) string { return path + ".lock" }

// LockDaemon takes the daemon lock of the database at path for this
// process, without waiting, and records the process id, the host name and
// started in the lock file (created mode 0600). Only one daemon may run
// on a database: a second one would move the first one's send in flight
// to send_unknown at its start-up. When another process (or another
// LockDaemon in this one) holds the lock it returns an error wrapping
// ErrLocked that names the holder. The database's directory is created
// first when it is missing. The caller must Release the lock.
func LockDaemon(path string, started time.Time) (*DaemonLock, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, fmt.Errorf("creating database directory: %w", err)
	}
	lp := LockPath(path)
	f, err := os.OpenFile(lp, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("locking database %s: %w", path, err)
	}
	if err := flock(f); err != nil {
		h := readHolder(f)
		f.Close()
		if errors.Is(err, errWouldBlock) {
			return nil, fmt.Errorf("database %s: %w (%s; lock file %s)", path, ErrLocked, h, lp)
		}
		return nil, fmt.Errorf("locking database %s: %w", path, err)
	}
	host, _ := os.Hostname()
	b, _ := json.Marshal(Holder{PID: os.Getpid(), Host: host, Started: started.UTC()})
	if err := f.Truncate(0); err == nil {
		_, err = f.WriteAt(append(b, '\n'), 0)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("locking database %s: writing %s: %w", path, lp, err)
	}
	return &DaemonLock{f: f}, nil
}

// readHolder reads the holder recorded in the lock file f. The holder
// writes it just after taking the lock, so an empty file is read again
// once after a moment.
func readHolder(f *os.File) Holder {
	var h Holder
	for try := 0; try < 2; try++ {
		buf := make([]byte, 512)
		n, _ := f.ReadAt(buf, 0)
		if err := json.Unmarshal([]byte(strings.TrimSpace(string(buf[:n]))), &h); err == nil && h.PID != 0 {
			return h
		}
		time.Sleep(50 * time.Millisecond)
	}
	return Holder{}
}

// Release drops the lock. The lock file stays; the next holder rewrites it.
func (l *DaemonLock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}
