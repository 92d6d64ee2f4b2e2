package store

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"

	"github.com/aftersale/aftersale"
)

// utf16LE encodes s as UTF-16 little endian with a byte order mark, as
// Excel saves "Unicode Text".
func utf16LE(s string) string {
	b := []byte{0xff, 0xfe}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

// TestImportOrdersBadFiles: files that are no order report at all are
// refused as a whole with "line 1" and a hint at what they are; damaged
// rows are skipped with their own line numbers; a UTF-16 export is read.
func TestImportOrdersBadFiles(t *testing.T) {
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte("order_id,status\n302-1234567-7654321,shipped\n"))
	w.Close()
	whole := []struct {
		name, in, want string
	}{
		{"binary garbage", "\x00\x01\x02\xff\xfe\x89PNG\r\n\x1a\n", "line 1: this is not a text file (it contains NUL bytes)"},
		{"gzip", gz.String(), "line 1: this is not a text file (gzip-compressed)"},
		{"xlsx", "PK\x03\x04\x14\x00\x06\x00rest of the zip", "line 1: this is not a text file (a zip archive or .xlsx spreadsheet)"},
		{"xls", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "line 1: this is not a text file (an .xls spreadsheet)"},
		{"semicolon separated", "order_id;status\n302-1234567-7654321;shipped\n", `line 1: unrecognised header (the columns are separated by ";": use tabs or commas)`},
		{"pipe separated", "order_id|status\n302-1234567-7654321|shipped\n", `line 1: unrecognised header (the columns are separated by "|"`},
		{"2 MB header line", strings.Repeat("x", 2<<20) + "\n302-1234567-7654321\n", "line 1: unrecognised header"},
		{"header after blank lines", "\r\n\r\n\r\nid,status\n", "line 4: unrecognised header"},
		{"tsv without an order column", "id\tstatus\n", "line 1: unrecognised tab-separated header"},
		{"html page", "<!DOCTYPE html>\n<html><body>Sign in</body></html>\n", "line 1: unrecognised header"},
	}
	wholeDB := MustOpenTest(t) // nothing is stored from these files
	for _, tt := range whole {
		t.Run(tt.name, func(t *testing.T) {
			db := wholeDB
			res, err := db.ImportOrders(t.Context(), strings.NewReader(tt.in), "f.txt")
			if !errors.Is(err, aftersale.ErrInvalid) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("ImportOrders = %+v, %v; want ErrInvalid containing %q", res, err, tt.want)
			}
			if n := orderCount(t, db); n != 0 {
				t.Errorf("%d orders stored from a refused file", n)
			}
		})
	}

	rows := []struct {
		name    string
		in      string
		created int
		lines   []int
	}{
		{"2 MB cell", "order_id,status,product\n302-1234567-7654321,shipped," + strings.Repeat("x", 2<<20) + "\n302-1234567-765432,shipped,x\n", 1, []int{3}},
		{"NUL in an id", "order_id,status\n302-1234567-7654321\x00x,shipped\n302-1234567-7654322,shipped\n", 1, []int{2}},
		{"multi-line quoted cell", "order_id,status,product\n302-1234567-7654321,shipped,\"a\nb\nc\"\n302-1234567-765432,shipped,x\n", 1, []int{5}},
		{"unterminated quote", "order_id,status\n302-1234567-7654321,shipped\n302-1234567-7654322,\"shipped\n", 1, []int{3}},
		{"wrong field count", "amazon-order-id\torder-status\n302-1234567-7654321\tShipped\textra\n302-1234567-7654322\n", 0, []int{2, 3}},
		{"utf-16 order report", utf16LE("amazon-order-id\torder-status\r\n302-1234567-7654321\tShipped\r\n302-1234567-76543\tShipped\r\n"), 1, []int{3}},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			db := MustOpenTest(t)
			res, err := db.ImportOrders(t.Context(), strings.NewReader(tt.in), "f.txt")
			if err != nil {
				t.Fatalf("ImportOrders: %v", err)
			}
			var lines []int
			for _, e := range res.Errors {
				lines = append(lines, e.Line)
			}
			if res.Created != tt.created || !equalInts(lines, tt.lines) {
				t.Errorf("ImportOrders = %+v (error lines %v); want %d created, errors at %v", res, lines, tt.created, tt.lines)
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
