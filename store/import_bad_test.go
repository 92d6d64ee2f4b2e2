package store

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
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
		{"2 MB header line", strings.Repeat("x", 2<<20) + "\n302-1234567-7654321\n", `line 1 is longer than 64 KiB (it starts "xxxx`},
		{"2 MB cell", "order_id,status,product\n302-1234567-7654321,shipped," + strings.Repeat("x", 2<<20) + "\n", `line 2 is longer than 64 KiB (it starts "302-1234567-7654321,shipped,xxx`},
		{"2 MB tsv cell after blank lines", "\n\namazon-order-id\tproduct-name\n302-1234567-7654321\t" + strings.Repeat("y", 2<<20) + "\n", "line 4 is longer than 64 KiB"},
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
		{"9 KiB cell", "order_id,status,product\n302-1234567-7654321,shipped," + strings.Repeat("x", 9<<10) + "\n302-1234567-7654322,shipped,x\n302-1234567-765432,shipped,x\n", 1, []int{2, 4}},
		{"9 KiB tsv cell", "amazon-order-id\tproduct-name\n302-1234567-7654321\t" + strings.Repeat("y", 9<<10) + "\n302-1234567-7654322\tok\n", 1, []int{2}},
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

// countingReader yields n bytes of b after head and counts what was read.
type countingReader struct {
	head string
	b    byte
	n    int64
	read int64
}

func (r *countingReader) Read(p []byte) (int, error) {
	if r.head != "" {
		k := copy(p, r.head)
		r.head = r.head[k:]
		r.read += int64(k)
		return k, nil
	}
	if r.n == 0 {
		return 0, io.EOF
	}
	k := int(min(int64(len(p)), r.n))
	for i := range p[:k] {
		p[i] = r.b
	}
	r.n -= int64(k)
	r.read += int64(k)
	return k, nil
}

// TestImportOrdersLimits: the file is streamed; a 200 MB line is refused
// after reading a small part of it; a file over MaxFileBytes is refused
// whole; a bad value is quoted to at most 200 bytes; at most 100 row
// errors are kept while Skipped counts all.
func TestImportOrdersLimits(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	for _, head := range []string{"order_id,status,product\n302-1111111-1111111,Shipped,", "amazon-order-id\tproduct-name\n302-1111111-1111111\t"} {
		r := &countingReader{head: head, b: 'x', n: 200 << 20}
		_, err := db.ImportOrders(ctx, r, "big.txt")
		if !errors.Is(err, aftersale.ErrInvalid) || !strings.Contains(err.Error(), "line 2 is longer than 64 KiB") || len(err.Error()) > 400 {
			t.Errorf("a 200 MB line: %.500v; want line 2 refused, the error under 400 bytes", err)
		}
		if r.read > 1<<20 {
			t.Errorf("a 200 MB line: %d bytes read before refusing it, want at most 1 MiB", r.read)
		}
	}

	small := "order_id,status\n" + strings.Repeat("302-1111111-1111111,Shipped\n", 100)
	_, err := db.ImportOrdersWith(ctx, strings.NewReader(small), "small.csv", ImportOptions{MaxFileBytes: 1000})
	if !errors.Is(err, aftersale.ErrInvalid) || !strings.Contains(err.Error(), "larger than 1000 bytes (max_file_size)") {
		t.Errorf("a 2,816-byte file with a 1,000-byte limit: %v; want refused", err)
	}
	if res, err := db.ImportOrdersWith(ctx, strings.NewReader(small), "small.csv", ImportOptions{MaxFileBytes: int64(len(small))}); err != nil || res.Created != 1 {
		t.Errorf("a file exactly at the limit: %+v, %v; want imported", res, err)
	}
	if n := orderCount(t, db); n != 1 {
		t.Errorf("%d orders stored, want 1 (from the file within the limit)", n)
	}

	long := strings.Repeat("9", 8000)
	bad := "order_id,status,ship_date,value\n" +
		"302-2222222-2222221,Shipped," + long + ",1\n" +
		"302-2222222-2222222," + long + ",,1\n" +
		"302-2222222-2222223,Shipped,,€" + long + "\n"
	res, err := db.ImportOrders(ctx, strings.NewReader(bad), "bad.csv")
	if err != nil || res.Skipped != 3 {
		t.Fatalf("ImportOrders(bad values) = %+v, %v; want 3 rows skipped", res, err)
	}
	for _, e := range res.Errors {
		if msg := e.Error(); len(msg) > 320 || !strings.Contains(msg, "… (8000 bytes)") && !strings.Contains(msg, "bytes)") {
			t.Errorf("row error of %d bytes: %.400s; want the value quoted to 200 bytes", len(msg), msg)
		}
	}

	var many strings.Builder
	many.WriteString("order_id,status\n")
	for i := range 150 {
		fmt.Fprintf(&many, "bad-%d,Shipped\n", i)
	}
	res, err = db.ImportOrders(ctx, strings.NewReader(many.String()), "many.csv")
	if err != nil || res.Rows != 150 || res.Skipped != 150 || len(res.Errors) != MaxImportRowErrors || res.Errors[99].Line != 101 {
		t.Errorf("150 bad rows: rows %d, skipped %d, %d errors kept, %v; want 150, 150, 100 (up to line 101)", res.Rows, res.Skipped, len(res.Errors), err)
	}
}
