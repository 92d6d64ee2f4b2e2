package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// Backup writes a consistent copy of the database to dest with VACUUM INTO,
// while the daemon keeps running (it reads one snapshot; writers are not
// blocked in WAL mode). dest must not exist; it is created with mode 0600
// because it holds buyers' personal data. The copy is checked with PRAGMA
// quick_check before Backup returns; on any failure dest is removed.
func (db *DB) Backup(ctx context.Context, dest string) error {
	f, err := os.OpenFile(dest, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("backup to %s: file exists; choose a new name", dest)
		}
		return fmt.Errorf("backup to %s: %w", dest, err)
	}
	f.Close()
	if err := db.backup(ctx, dest); err != nil {
		os.Remove(dest)
		return fmt.Errorf("backup to %s: %w", dest, err)
	}
	return nil
}

func (db *DB) backup(ctx context.Context, dest string) error {
	// A connection of its own, so a daemon's writer is not held up.
	c, err := sql.Open("sqlite", dsn(db.path, false))
	if err != nil {
		return err
	}
	defer c.Close()
	if _, err := c.ExecContext(ctx, "VACUUM INTO ?", dest); err != nil {
		return err
	}
	b, err := sql.Open("sqlite", "file:"+dest+"?_pragma=query_only(1)")
	if err != nil {
		return err
	}
	defer b.Close()
	var res string
	if err := b.QueryRowContext(ctx, "PRAGMA quick_check").Scan(&res); err != nil {
		return fmt.Errorf("checking the copy: %w", err)
	}
	if res != "ok" {
		return fmt.Errorf("checking the copy: %s", res)
	}
	return nil
}

// createPrivate creates the database file with mode 0600 when it does not
// exist yet, so buyers' personal data is readable by its owner only
// (SQLite gives the -wal and -shm files the same mode). An existing file
// keeps its mode.
func createPrivate(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return f.Close()
}
