package store

import (
	"context"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// schemaDump returns every schema object's SQL and the user_version.
func schemaDump(t *testing.T, db *DB) string {
	t.Helper()
	rows, err := db.w.QueryContext(t.Context(),
		"SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var typ, name, sql string
		if err := rows.Scan(&typ, &name, &sql); err != nil {
			t.Fatal(err)
		}
		b.WriteString("-- " + typ + " " + name + "\n" + sql + ";\n\n")
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	v, err := db.SchemaVersion(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	b.WriteString("PRAGMA user_version = " + strconv.Itoa(v) + ";\n")
	return b.String()
}

func TestSchemaGolden(t *testing.T) {
	db := MustOpenTest(t)
	got := schemaDump(t, db)
	golden := filepath.Join("testdata", "schema.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("reading %s (run go test ./store -run TestSchemaGolden -update): %v", golden, err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("schema differs from %s (-want +got); if intended, add a migration and run with -update:\n%s", golden, diff)
	}
}

func TestMigrationsBookkeeping(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 || ms[0].name != "0001_init.sql" {
		t.Fatalf("migrations() = %v, want 0001_init.sql first", ms)
	}
	var n, maxV int
	if err := db.w.QueryRowContext(ctx, "SELECT count(*), max(version) FROM schema_migrations").Scan(&n, &maxV); err != nil {
		t.Fatal(err)
	}
	if n != len(ms) || maxV != len(ms) {
		t.Errorf("schema_migrations has %d rows up to %d, want %d", n, maxV, len(ms))
	}
	v, err := db.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v != LatestSchemaVersion() {
		t.Errorf("user_version = %d, want %d", v, LatestSchemaVersion())
	}
	// Opening again applies nothing.
	db2, err := Open(ctx, db.Path(), Options{})
	if err != nil {
		t.Fatalf("reopening: %v", err)
	}
	defer db2.Close()
	if err := db2.w.QueryRowContext(ctx, "SELECT count(*) FROM schema_migrations").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != len(ms) {
		t.Errorf("after reopening schema_migrations has %d rows, want %d", n, len(ms))
	}
}

// TestMigrationsStepwise migrates a database to each earlier version, then
// opens it with this binary: the result must equal a fresh database.
func TestMigrationsStepwise(t *testing.T) {
	fresh := schemaDump(t, MustOpenTest(t))
	for k := 0; k < LatestSchemaVersion(); k++ {
		path := filepath.Join(t.TempDir(), "old.db")
		ctx := context.Background()
		old, err := openAt(ctx, path, k)
		if err != nil {
			t.Fatalf("migrating to version %d: %v", k, err)
		}
		if v, _ := old.SchemaVersion(ctx); v != k {
			t.Errorf("database at version %d reports %d", k, v)
		}
		old.Close()
		db, err := Open(ctx, path, Options{})
		if err != nil {
			t.Fatalf("opening a version %d database: %v", k, err)
		}
		got := schemaDump(t, db)
		if err := db.Check(ctx); err != nil {
			t.Error(err)
		}
		db.Close()
		if diff := cmp.Diff(fresh, got); diff != "" {
			t.Errorf("schema after migrating from version %d differs from a fresh one (-fresh +got):\n%s", k, diff)
		}
	}
}

// openAt opens the writer only, migrated to version k.
func openAt(ctx context.Context, path string, k int) (*DB, error) {
	w, err := openWriter(path)
	if err != nil {
		return nil, err
	}
	db := &DB{w: w, now: time.Now, path: path}
	if err := db.migrate(ctx, k); err != nil {
		w.Close()
		return nil, err
	}
	return db, nil
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "new.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	newer := LatestSchemaVersion() + 1
	if _, err := db.w.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(newer)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err = Open(ctx, path, Options{})
	want := "database schema version " + strconv.Itoa(newer) + " is newer than this binary (" + strconv.Itoa(LatestSchemaVersion()) + "); upgrade aftersale"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Open(newer database) = %v, want an error containing %q", err, want)
	}
}

// TestCheckFindsDanglingRows checks that the consistency check run by
// MustOpenTest's cleanup reports a row whose parent is missing.
func TestCheckFindsDanglingRows(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	if err := db.Check(ctx); err != nil {
		t.Fatalf("Check(fresh) = %v", err)
	}
	// The writer is a single connection, so the pragma applies to the inserts.
	for _, q := range []string{
		"PRAGMA foreign_keys = OFF",
		"INSERT INTO tasks (draft_id, kind) VALUES (999, 'refund')",
		"PRAGMA foreign_keys = ON",
	} {
		if _, err := db.w.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Check(ctx); err == nil || !strings.Contains(err.Error(), "tasks") {
		t.Errorf("Check(dangling task) = %v, want an error naming tasks", err)
	}
	if _, err := db.w.ExecContext(ctx, "DELETE FROM tasks"); err != nil {
		t.Fatal(err)
	}
}

// TestOpenMustExist: with MustExist, a missing database is ErrNoDatabase
// naming the path, and nothing is created; an existing one opens.
func TestOpenMustExist(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "missing.db")
	_, err := Open(ctx, path, Options{MustExist: true})
	if !errors.Is(err, ErrNoDatabase) || err.Error() != "no database at "+path {
		t.Fatalf("Open(missing, MustExist) = %v; want ErrNoDatabase naming the path", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("Open(MustExist) created %s: %v", path, err)
	}
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(ctx, path, Options{MustExist: true})
	if err != nil {
		t.Fatalf("Open(existing, MustExist): %v", err)
	}
	db.Close()
}
