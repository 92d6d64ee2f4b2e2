package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/aftersale/aftersale"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is the aftersale database: one SQLite file in WAL mode. Writes go
// through a single connection (one writer: SQLite's busy handler is unfair
// to a second one, docs/dependencies.md); reads use a separate pool of
// query-only connections. A DB is safe for concurrent use.
type DB struct {
	w    *sql.DB // the one writer connection; transactions BEGIN IMMEDIATE
	r    *sql.DB // readers, query_only
	now  func() time.Time
	path string
	// beforeCommit, when set (tests only), is called inside each inTx and
	// inTxDurable transaction just before it commits.
	beforeCommit func(op string, tx *sql.Tx)
}

// migration is one embedded schema file, e.g. migrations/0001_init.sql.
type migration struct {
	version int
	name    string
	sql     string
}

// dsn builds the modernc.org/sqlite DSN for path (docs/dependencies.md, "modernc.org/sqlite").
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Set("_txlock", "immediate")
		// After a checkpoint restarts the log, keep at most 64 MiB of it.
		q.Add("_pragma", "journal_size_limit(67108864)")
	}
	return "file:" + path + "?" + q.Encode()
}

// ErrNoDatabase is returned by Open with Options.MustExist when there is no
// database file at the path.
var ErrNoDatabase = errors.New("no database")

// NoDatabaseError is the error of Open with Options.MustExist when path does
// not exist; it matches ErrNoDatabase.
type NoDatabaseError struct{ Path string }

func (e *NoDatabaseError) Error() string        { return "no database at " + e.Path }
func (e *NoDatabaseError) Is(target error) bool { return target == ErrNoDatabase }

// Open opens (creating if needed, unless opts.MustExist) the database at
// path and applies every pending migration. It refuses a database whose
// schema is newer than this binary. The caller must Close the returned DB.
func Open(ctx context.Context, path string, opts Options) (*DB, error) {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	if opts.MustExist {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, &NoDatabaseError{Path: path}
		}
	}
	if err := createPrivate(path); err != nil {
		return nil, fmt.Errorf("opening database %s: %w", path, err)
	}
	w, err := openWriter(path)
	if err != nil {
		return nil, fmt.Errorf("opening database %s: %w", path, err)
	}
	db := &DB{w: w, now: now, path: path}
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("opening database %s: %w", path, err)
	}
	if err := db.migrate(ctx, -1); err != nil {
		w.Close()
		return nil, fmt.Errorf("opening database %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("opening database %s: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	db.r = r
	return db, nil
}

// openWriter opens the single-connection write pool.
func openWriter(path string) (*sql.DB, error) {
	w, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, err
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	return w, nil
}

// Close closes both connection pools.
func (db *DB) Close() error {
	var errs []error
	if db.r != nil {
		errs = append(errs, db.r.Close())
	}
	errs = append(errs, db.w.Close())
	return errors.Join(errs...)
}

// Now returns the current time by the database's clock (Options.Now): the
// clock of every time the store records and compares, and of the workers
// the daemon runs over it.
func (db *DB) Now() time.Time { return db.now() }

// Path returns the database file name.
func (db *DB) Path() string { return db.path }

// migrations returns the embedded migrations sorted by version.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration file %s: name must start with a positive number", base)
		}
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: versions must be 1, 2, 3, ... without gaps", m.name)
		}
	}
	return ms, nil
}

// LatestSchemaVersion is the schema version this binary migrates to.
func LatestSchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		return 0
	}
	return len(ms)
}

// SchemaVersion returns the database's schema version (PRAGMA user_version).
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := db.w.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("reading schema version: %w", err)
	}
	return v, nil
}

// migrate applies the pending migrations up to version target (-1: all),
// each in its own transaction with its schema_migrations row and PRAGMA
// user_version.
func (db *DB) migrate(ctx context.Context, target int) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if target < 0 || target > len(ms) {
		target = len(ms)
	}
	if _, err := db.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
	version    INTEGER PRIMARY KEY, -- migration number, 1, 2, ...
	name       TEXT NOT NULL,       -- migration file name
	applied_at INTEGER NOT NULL     -- unix milliseconds UTC
) STRICT`); err != nil {
		return fmt.Errorf("creating schema_migrations: %w", err)
	}
	cur, err := db.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	var booked int
	if err := db.w.QueryRowContext(ctx, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations").Scan(&booked); err != nil {
		return fmt.Errorf("reading schema_migrations: %w", err)
	}
	cur = max(cur, booked)
	if cur > len(ms) {
		return fmt.Errorf("database schema version %d is newer than this binary (%d); upgrade aftersale", cur, len(ms))
	}
	for _, m := range ms[min(cur, target):target] {
		if err := db.applyMigration(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

func (db *DB) applyMigration(ctx context.Context, m migration) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("applying migration %s: %w", m.name, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("applying migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
		m.version, m.name, ms(db.now())); err != nil {
		return fmt.Errorf("applying migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return fmt.Errorf("applying migration %s: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("applying migration %s: %w", m.name, err)
	}
	return nil
}

// ms encodes t as unix milliseconds UTC, the one time encoding of the
// schema. The zero time is stored as NULL.
func ms(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixMilli()
}

// fromMS decodes a nullable unix-milliseconds column; NULL is the zero time.
func fromMS(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.UnixMilli(n.Int64).UTC()
}

// notFound turns sql.ErrNoRows into aftersale.ErrNotFound.
func notFound(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return aftersale.ErrNotFound
	}
	return err
}
