package store

import (
	"context"
	"fmt"
)

// Checkpoint copies the write-ahead log into the database file and
// truncates the log (PRAGMA wal_checkpoint(TRUNCATE)). SQLite's automatic
// checkpoints are passive: while the workers and the CLI keep reading, the
// log can be copied but never restarted, and the -wal file only grows. The
// daemon calls Checkpoint periodically. busy reports that a reader kept the
// log from being truncated this time; that is not an error.
func (db *DB) Checkpoint(ctx context.Context) (busy bool, err error) {
	var b, logFrames, done int
	if err := db.w.QueryRowContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)").Scan(&b, &logFrames, &done); err != nil {
		return false, fmt.Errorf("checkpointing %s: %w", db.path, err)
	}
	return b != 0, nil
}
