package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersale/aftersale/report"
)

// TestOrdersImportJSONListShow: import says "1 row" and prints JSON on
// request; list and show find the order; no progress line off a terminal.
func TestOrdersImportJSONListShow(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	csv := filepath.Join(t.TempDir(), "orders.csv")
	if err := os.WriteFile(csv, []byte(ordersCSV+"bad-id,Shipped\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errs, code := cli(t, "--db", db, "orders", "import", csv)
	if code != 1 || !strings.Contains(out, "csv, 2 rows: 1 new order, 0 updated, 1 skipped") || !strings.Contains(errs, "1 row skipped") {
		t.Errorf("orders import: exit %d\n%s%s", code, out, errs)
	}
	if strings.Contains(errs, "importing") {
		t.Errorf("orders import printed a progress line off a terminal:\n%s", errs)
	}
	out, errs, code = cli(t, "--db", db, "orders", "import", "--json", csv)
	var imp report.Imports
	if err := json.Unmarshal([]byte(out), &imp); err != nil || code != 1 {
		t.Fatalf("orders import --json: exit %d, %v\n%s%s", code, err, out, errs)
	}
	if f := imp.Files; imp.Version != 1 || len(f) != 1 || f[0].Rows != 2 || f[0].Skipped != 1 || f[0].Updated != 0 || len(f[0].Errors) != 1 || f[0].Errors[0].Line != 3 {
		t.Errorf("orders import --json = %+v", imp)
	}

	out = mustCLI(t, "--db", db, "orders", "list")
	if !strings.Contains(out, "ORDER") || !strings.Contains(out, "302-1111111-2222222  shipped") {
		t.Errorf("orders list:\n%s", out)
	}
	if out := mustCLI(t, "--db", db, "orders", "list", "--status", "canceled"); !strings.HasPrefix(out, "No orders.") {
		t.Errorf("orders list --status canceled:\n%s", out)
	}
	if _, errs, code := cli(t, "--db", db, "orders", "list", "--status", "lost"); code != exitUsage || !strings.Contains(errs, "shipped, delivered") {
		t.Errorf("orders list --status lost: exit %d, %s", code, errs)
	}
	var list struct {
		Total  int              `json:"total"`
		Orders []map[string]any `json:"orders"`
	}
	if err := json.Unmarshal([]byte(mustCLI(t, "--db", db, "orders", "list", "--json")), &list); err != nil || list.Total != 1 || list.Orders[0]["order_id"] != "302-1111111-2222222" {
		t.Errorf("orders list --json = %+v, %v", list, err)
	}
	if out := mustCLI(t, "--db", db, "orders", "show", "302-1111111-2222222"); !strings.Contains(out, "DHL") {
		t.Errorf("orders show:\n%s", out)
	}
	if _, errs, code := cli(t, "--db", db, "orders", "show", "302-0000000-0000000"); code != 1 || !strings.Contains(errs, "not found") || !strings.Contains(errs, "orders list") {
		t.Errorf("orders show of an unknown order: exit %d, %s", code, errs)
	}
}

// TestProgressOnATerminalOnly: a long import shows a progress line on a
// terminal's standard error, and nothing anywhere else.
func TestProgressOnATerminalOnly(t *testing.T) {
	e := &env{stderr: io.Discard}
	if p := e.newProgress(100, "x", false); p != nil {
		t.Errorf("progress off a terminal = %v, want none", p)
	}
	var p *progress // nil: every method is a no-op
	p.Add(1)
	p.Done()
	defer func(f func(io.Writer) bool) { stderrIsTerminal = f }(stderrIsTerminal)
	stderrIsTerminal = func(io.Writer) bool { return true }
	db := filepath.Join(t.TempDir(), "a.db")
	csv := filepath.Join(t.TempDir(), "orders.csv")
	if err := os.WriteFile(csv, []byte(ordersCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	_, errs, code := cli(t, "--db", db, "orders", "import", csv)
	if code != 0 || !strings.Contains(errs, "importing "+csv) {
		t.Errorf("orders import on a terminal: exit %d, stderr %q, want a progress line", code, errs)
	}
}
