package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/aftersale/aftersale"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// jsonText encodes v for a *_json column; nil slices become "[]".
func jsonText[T any](v []T) string {
	if len(v) == 0 {
		return "[]"
	}
	b, err := json.Marshal(v)
	if err != nil {
		// Slices of strings and plain structs always marshal.
		panic(fmt.Sprintf("store: encoding %T: %v", v, err))
	}
	return string(b)
}

// fromJSON decodes a *_json column into a slice; "[]" and "" give nil.
func fromJSON[T any](s string, what string) ([]T, error) {
	if s == "" || s == "[]" {
		return nil, nil
	}
	var v []T
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return nil, fmt.Errorf("decoding %s: %w", what, err)
	}
	return v, nil
}

// sqliteCode returns the extended SQLite result code of err, or 0.
func sqliteCode(err error) int {
	var e *sqlite.Error
	if errors.As(err, &e) {
		return e.Code()
	}
	return 0
}

// constraintErr maps constraint violations onto the sentinel errors: a
// unique or primary-key violation is aftersale.ErrConflict, a missing
// foreign-key parent is aftersale.ErrNotFound, a row a trigger refuses
// (RAISE(ABORT), such as a draft for not buyer mail) is
// aftersale.ErrInvalid. Other errors are returned unchanged.
func constraintErr(err error) error {
	switch sqliteCode(err) {
	case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
		return fmt.Errorf("%w: %v", aftersale.ErrConflict, err)
	case sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
		return fmt.Errorf("%w: %v", aftersale.ErrNotFound, err)
	case sqlite3.SQLITE_CONSTRAINT_TRIGGER:
		return fmt.Errorf("%w: %v", aftersale.ErrInvalid, err)
	}
	return err
}

// bool01 encodes a boolean column.
func bool01(b bool) int {
	if b {
		return 1
	}
	return 0
}

// limitArg turns a caller's limit into an SQLite LIMIT value; 0 or less
// means no limit.
func limitArg(n int) int {
	if n <= 0 {
		return -1
	}
	return n
}

// querier is what *sql.DB and *sql.Tx have in common.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// queryAll runs q (on the read pool, or in a transaction) and scans every
// row with scan. Errors are returned as they are; callers add what they
// were listing.
func queryAll[T any](ctx context.Context, db querier, scan func(scanner) (T, error), q string, args ...any) ([]T, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
