package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersale/aftersale"
)

// orderCount returns the number of stored orders.
func orderCount(t *testing.T, db *DB) int {
	t.Helper()
	var n int
	if err := db.r.QueryRowContext(t.Context(), "SELECT count(*) FROM orders").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// FuzzImportOrders imports arbitrary bytes as an order file, twice, into
// one database: it never panics; a whole-file error imports nothing and
// wraps ErrInvalid unless the transaction failed; every row error names a
// line of the file, reads "line N: ..." and stays short; the counts add up; importing
// the same file again changes nothing; the database stays consistent.
func FuzzImportOrders(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	csvs, _ := filepath.Glob(filepath.Join("testdata", "*.csv"))
	for _, file := range append(files, csvs...) {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(""))
	f.Add([]byte("\xef\xbb\xbforder_id,status\n302-1234567-7654321,shipped\n"))
	f.Add([]byte("order_id;status\n302-1234567-7654321;shipped\n"))
	f.Add([]byte("order_id,value,currency\n302-1234567-7654321,\"12,50\",EUR\n302-1234567-7654321,\"unterminated\n"))
	f.Add([]byte("amazon-order-id\tquantity\titem-price\n302-1234567-7654321\t-1\t1e999\n302-1234567-7654321\t99999999999999999999\tNaN\n"))
	f.Add([]byte("order-id\tship-date\tcarrier-code\n302-1234567-7654321\t2024-02-30\tDHL\n"))
	f.Add([]byte("\xff\xfeo\x00r\x00d\x00e\x00r\x00_\x00i\x00d\x00\n\x00"))
	db := MustOpenTest(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		before := orderCount(t, db)
		res, err := db.ImportOrders(t.Context(), bytes.NewReader(data), "fuzz.txt")
		if err != nil {
			if !errors.Is(err, aftersale.ErrInvalid) {
				t.Fatalf("ImportOrders error %v does not wrap ErrInvalid", err)
			}
			if after := orderCount(t, db); after != before {
				t.Fatalf("failed import changed the order count %d -> %d", before, after)
			}
			return
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		if len(res.Errors) != min(res.Skipped, MaxImportRowErrors) || res.Skipped > res.Rows || res.Created+res.Updated > res.Rows-res.Skipped {
			t.Fatalf("counts do not add up: %+v", res)
		}
		for _, e := range res.Errors {
			if e.Line < 1 || e.Line > lines {
				t.Fatalf("row error at line %d of a %d-line file: %v", e.Line, lines, e)
			}
			if !strings.HasPrefix(e.Error(), "line ") {
				t.Fatalf("row error %q does not start with its line", e.Error())
			}
			if len(e.Error()) > 1000 {
				t.Fatalf("row error of %d bytes: bad values are quoted to 200 bytes", len(e.Error()))
			}
		}
		if after := orderCount(t, db); after != before+res.Created {
			t.Fatalf("order count %d -> %d, want +%d created", before, after, res.Created)
		}
		again, err := db.ImportOrders(t.Context(), bytes.NewReader(data), "fuzz.txt")
		if err != nil {
			t.Fatalf("second import failed: %v", err)
		}
		if again.Created != 0 || again.Updated != 0 {
			t.Fatalf("importing the same file again changed %d/%d orders (first %+v)", again.Created, again.Updated, res)
		}
		if again.Rows != res.Rows || again.Skipped != res.Skipped {
			t.Fatalf("second import read %+v, first %+v", again, res)
		}
	})
}
