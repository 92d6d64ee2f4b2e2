package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/aftersale/aftersale"
)

// setMaxPages caps the database at its current size plus extra pages on
// the writer connection (the only one that writes: one writer, docs/dependencies.md).
func setMaxPages(t *testing.T, db *DB, extra int) {
	t.Helper()
	var pages int
	if err := db.w.QueryRowContext(t.Context(), "PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	var got int
	if err := db.w.QueryRowContext(t.Context(), fmt.Sprintf("PRAGMA max_page_count = %d", pages+extra)).Scan(&got); err != nil {
		t.Fatal(err)
	}
}

// TestDatabaseFull fills the database up (PRAGMA max_page_count, which
// makes SQLite fail exactly as on a full disk: SQLITE_FULL): the write that
// does not fit fails with a clear error naming the message, nothing of it
// is stored (the cursor did not advance, so the poller fetches it again),
// every other row is intact (integrity_check) and, once there is room
// again, the same write succeeds.
func TestDatabaseFull(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	small := RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 7, UID: 1, Raw: []byte("Subject: a\r\n\r\nsmall\r\n")}
	if _, _, err := db.InsertRawMessage(ctx, small); err != nil {
		t.Fatal(err)
	}
	setMaxPages(t, db, 2)

	big := RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 7, UID: 2, Raw: bytes.Repeat([]byte("x"), 1<<20)}
	_, _, err := db.InsertRawMessage(ctx, big)
	if err == nil {
		t.Fatal("InsertRawMessage into a full database succeeded")
	}
	if msg := err.Error(); !strings.Contains(msg, "database or disk is full") || !strings.Contains(msg, "uid 2 in shop/INBOX") {
		t.Errorf("error = %q; want it to say the database or disk is full and name the message", msg)
	}
	if c, err := db.Cursor(ctx, "shop", "INBOX"); err != nil || c.LastUID != 1 {
		t.Errorf("cursor after the failed insert = %+v, %v; want LastUID 1 (the message will be fetched again)", c, err)
	}
	if err := db.Check(ctx); err != nil {
		t.Errorf("database damaged by the failed write: %v", err)
	}
	// Other writes that need a new page fail the same way, and cleanly.
	orders := "order_id,product\n"
	for i := range 16 {
		orders += fmt.Sprintf("302-1234567-76543%02d,%s\n", 21+i, strings.Repeat("p", 4<<10))
	}
	if _, err := db.ImportOrders(ctx, strings.NewReader(orders), "o.csv"); err == nil ||
		!strings.Contains(err.Error(), "database or disk is full") {
		t.Errorf("ImportOrders into a full database = %v, want database or disk is full", err)
	}
	if _, err := db.Order(ctx, "302-1234567-7654321"); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("Order after the failed import = %v, want ErrNotFound (nothing half-imported)", err)
	}

	// Room again: the same message goes in.
	setMaxPages(t, db, 1<<20)
	id, inserted, err := db.InsertRawMessage(ctx, big)
	if err != nil || !inserted {
		t.Fatalf("InsertRawMessage after making room = %d, %v, %v; want inserted", id, inserted, err)
	}
	raw, err := db.Raw(ctx, id)
	if err != nil || !bytes.Equal(raw, big.Raw) {
		t.Errorf("Raw(%d) = %d bytes, %v; want the 1 MiB message", id, len(raw), err)
	}
	if c, _ := db.Cursor(ctx, "shop", "INBOX"); c.LastUID != 2 {
		t.Errorf("cursor = %+v, want LastUID 2", c)
	}
}

// TestDiskFullChild is the child process of TestDiskFull.
func TestDiskFullChild(t *testing.T) {
	path := os.Getenv("AFTERSALE_DISKFULL_DB")
	if path == "" {
		t.Skip("child of TestDiskFull")
	}
	ctx := context.Background()
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, _, err := db.InsertRawMessage(ctx, RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 7, UID: 1, Raw: []byte("Subject: a\r\n\r\nsmall\r\n")}); err != nil {
		t.Fatal(err)
	}
	// The file size limit is the disk: a write past it fails with EFBIG
	// (SIGXFSZ ignored) as a write to a full disk fails with ENOSPC;
	// SQLite reports it as "disk I/O error" (SQLITE_IOERR_WRITE) where
	// ENOSPC gives "database or disk is full" (SQLITE_FULL).
	signal.Ignore(syscall.SIGXFSZ)
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: 256 << 10, Max: old.Max}); err != nil {
		t.Fatal(err)
	}
	big := RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 7, UID: 2, Raw: bytes.Repeat([]byte("y"), 2<<20)}
	_, _, err = db.InsertRawMessage(ctx, big)
	if err == nil {
		t.Fatal("InsertRawMessage past the file size limit succeeded")
	}
	t.Logf("disk full: %v", err)
	if c, cerr := db.Cursor(ctx, "shop", "INBOX"); cerr != nil || c.LastUID != 1 {
		t.Errorf("cursor after the failed insert = %+v, %v; want LastUID 1", c, cerr)
	}
	// Space again.
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Fatal(err)
	}
	if _, inserted, err := db.InsertRawMessage(ctx, big); err != nil || !inserted {
		t.Fatalf("InsertRawMessage after the disk has room again = %v, %v", inserted, err)
	}
	if err := db.Check(ctx); err != nil {
		t.Errorf("check: %v", err)
	}
}

// TestDiskFull runs TestDiskFullChild in a child process whose file size
// limit (RLIMIT_FSIZE) stands in for a full disk: the insert fails with a
// clear error and advances nothing, the database stays consistent, and
// once writes fit again the same insert succeeds. The parent then reopens
// the file and checks it.
func TestDiskFull(t *testing.T) {
	if os.Getenv("AFTERSALE_DISKFULL_DB") != "" {
		t.Skip("running as the child")
	}
	path := filepath.Join(t.TempDir(), "full.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestDiskFullChild$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), "AFTERSALE_DISKFULL_DB="+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child failed: %v\n%s", err, out)
	}
	if !bytes.Contains(out, []byte("disk full: storing message uid 2 in shop/INBOX")) {
		t.Errorf("child did not report the failed insert naming the message:\n%s", out)
	}
	t.Logf("%s", bytes.TrimSpace(out))
	db, err := Open(t.Context(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Check(t.Context()); err != nil {
		t.Errorf("reopened database: %v", err)
	}
	if c, _ := db.Cursor(t.Context(), "shop", "INBOX"); c.LastUID != 2 {
		t.Errorf("cursor = %+v, want LastUID 2", c)
	}
}

// TestOpenUnusableFiles: a path that cannot hold a database gives a clear
// error and changes nothing.
func TestOpenUnusableFiles(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	junk := bytes.Repeat([]byte("not a database "), 512)
	if err := os.WriteFile(garbage, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, want string
	}{
		{"not a database", garbage, "file is not a database"},
		{"a directory", dir, "opening database " + dir},
		{"missing directory", filepath.Join(dir, "missing", "x.db"), "opening database " + filepath.Join(dir, "missing", "x.db")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, err := Open(t.Context(), tt.path, Options{})
			if err == nil {
				db.Close()
				t.Fatalf("Open(%s) succeeded", tt.path)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Open(%s) = %v, want it to contain %q", tt.path, err, tt.want)
			}
		})
	}
	if b, _ := os.ReadFile(garbage); !bytes.Equal(b, junk) {
		t.Errorf("Open changed the file that is not a database")
	}
}
