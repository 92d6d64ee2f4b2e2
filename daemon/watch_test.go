package daemon

import (
	"bytes"
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// ordersCSV holds one shipped order, with tracking.
var ordersCSV = "order_id,status,channel,marketplace,value,currency,ship_date,carrier,tracking,latest_delivery\n" +
	"302-1111111-2222222,Shipped,MFN,Amazon.de,24.99,EUR," + time.Now().AddDate(0, 0, -5).Format(time.DateOnly) +
	",DHL,00340434161234567890," + time.Now().AddDate(0, 0, 2).Format(time.DateOnly) + "\n"

func TestOrderWatcher(t *testing.T) {
	db := store.MustOpenTest(t)
	dir := t.TempDir()
	var logs bytes.Buffer
	w := newOrderWatcher(db, dir, time.Second, 0, slog.New(slog.NewTextHandler(&logs, nil)))
	ctx := t.Context()
	scan := func() {
		t.Helper()
		if err := w.scan(ctx); err != nil {
			t.Fatal(err)
		}
	}
	write := func(name, data string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("orders.csv", ordersCSV)
	scan() // first sight: may still be being written
	if _, err := db.Order(ctx, "302-1111111-2222222"); !errors.Is(err, aftersale.ErrNotFound) {
		t.Fatalf("imported on first sight: %v", err)
	}
	scan()
	if o, err := db.Order(ctx, "302-1111111-2222222"); err != nil || o.Tracking != "00340434161234567890" {
		t.Fatalf("after the second check: %+v, %v", o, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "processed", "orders.csv")); err != nil {
		t.Errorf("imported file not moved to processed/: %v", err)
	}

	// A second file of the same name gets a new name in processed/.
	write("orders.csv", ordersCSV)
	scan()
	scan()
	if ents, _ := os.ReadDir(filepath.Join(dir, "processed")); len(ents) != 2 {
		t.Errorf("processed/ has %d files, want 2", len(ents))
	}

	// Bad rows: the good ones are imported, the file goes to rejected/
	// with the bad rows listed in NAME.error, and bad rows are logged with
	// their lines.
	write("mixed.csv", "order_id,status\n303-1111111-2222222,shipped\nnot-an-order,shipped\n")
	scan()
	scan()
	if _, err := db.Order(ctx, "303-1111111-2222222"); err != nil {
		t.Errorf("good row of a file with bad rows not imported: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "mixed.csv")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("file with bad rows still in the folder: %v", err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "rejected", "mixed.csv.error")); err != nil ||
		!strings.Contains(string(b), "1 of 2 rows skipped") || !strings.Contains(string(b), `line 3: order_id "not-an-order" is not in 3-7-7 form`) {
		t.Errorf("rejected/mixed.csv.error = %q, %v; want the bad row with its line", b, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "rejected", "mixed.csv")); err != nil {
		t.Errorf("file with bad rows not in rejected/: %v", err)
	}
	if !strings.Contains(logs.String(), "line=3") {
		t.Errorf("bad row not logged with its line:\n%s", logs.String())
	}
}

// TestOrderWatcherRefusesHugeFiles: a file over max_file_size is refused
// unread, one with a 200 MB line after reading its start: each moves to
// rejected/ with the reason beside it, the log quotes at most 200 bytes
// of the line, and a new watcher (a restart) finds nothing to read again.
func TestOrderWatcherRefusesHugeFiles(t *testing.T) {
	db := store.MustOpenTest(t)
	dir := t.TempDir()
	var logs bytes.Buffer
	newWatcher := func() *orderWatcher {
		return newOrderWatcher(db, dir, time.Second, 1<<30, slog.New(slog.NewTextHandler(&logs, nil)))
	}
	w := newWatcher()
	ctx := t.Context()
	f, err := os.Create(filepath.Join(dir, "huge-line.csv"))
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("order_id,status,product\n302-1111111-1111111,Shipped,")
	line := bytes.Repeat([]byte("x"), 1<<20)
	for range 200 {
		f.Write(line)
	}
	f.WriteString("\n")
	f.Close()
	w.scan(ctx)
	w.scan(ctx)
	if err := os.WriteFile(filepath.Join(dir, "too-big.csv"), []byte(ordersCSV+strings.Repeat("#", 2<<20)), 0o600); err != nil {
		t.Fatal(err)
	}
	w.maxBytes = 1 << 20 // too-big.csv is 2 MiB
	w.scan(ctx)
	w.scan(ctx)
	for name, want := range map[string]string{
		"huge-line.csv": "not imported: importing orders from huge-line.csv: line 2 is longer than 64 KiB",
		"too-big.csv":   "is larger than [orders] max_file_size (1048576 bytes)",
	} {
		if _, err := os.Stat(filepath.Join(dir, name)); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s still in the folder: %v", name, err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "rejected", name+".error"))
		if err != nil || !strings.Contains(string(b), want) || len(b) > 1000 {
			t.Errorf("rejected/%s.error = %.1000q, %v; want %q, short", name, b, err, want)
		}
	}
	for _, l := range strings.Split(logs.String(), "\n") {
		if len(l) > 1000 {
			t.Errorf("log line of %d bytes: %.300s", len(l), l)
		}
	}
	if n := orderCount(t, db); n != 0 {
		t.Errorf("%d orders imported from refused files", n)
	}
	// A restart reads neither again.
	logs.Reset()
	w = newWatcher()
	w.scan(ctx)
	w.scan(ctx)
	if logs.Len() != 0 {
		t.Errorf("a restarted watcher acted on the rejected files:\n%s", logs.String())
	}
}

// orderCount returns the number of stored orders.
func orderCount(t *testing.T, db *store.DB) int {
	t.Helper()
	n := 0
	for _, id := range []string{"302-1111111-2222222", "302-1111111-1111111"} {
		if _, err := db.Order(t.Context(), id); err == nil {
			n++
		}
	}
	return n
}
