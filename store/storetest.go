package store

import (
	"context"
	"path/filepath"
	"testing"
)

// MustOpenTest opens a fresh database in a temporary directory for a test
// or benchmark. The clock is time.Now; use OpenTestAt for a fixed clock.
// On cleanup it runs PRAGMA integrity_check and foreign_key_check and fails
// the test if either reports a problem, then closes the database.
func MustOpenTest(tb testing.TB) *DB {
	tb.Helper()
	return MustOpenTestOptions(tb, Options{})
}

// MustOpenTestOptions is MustOpenTest with options (e.g. an injected clock).
func MustOpenTestOptions(tb testing.TB, opts Options) *DB {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "aftersale.db")
	ctx := context.Background()
	db, err := Open(ctx, path, opts)
	if err != nil {
		tb.Fatalf("store.Open(%s) = %v", path, err)
	}
	tb.Cleanup(func() {
		if err := db.Check(ctx); err != nil {
			tb.Errorf("database consistency: %v", err)
		}
		if err := db.Close(); err != nil {
			tb.Errorf("closing database: %v", err)
		}
	})
	return db
}
