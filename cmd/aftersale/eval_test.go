package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalCommand runs `aftersale eval` on a small folder and a small CSV
// written here, in text and JSON form.
func TestEvalCommand(t *testing.T) {
	dir := t.TempDir()
	eml := "From: \"Ann - Amazon Marketplace\" <a1b2c3d4e5f6g7h@marketplace.amazon.com>\r\n" +
		"To: seller@example.com\r\nSubject: Inquiry from Amazon customer Ann (Order: 111-2222222-3333333)\r\n" +
		"Message-ID: <1@example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Order ID: 111-2222222-3333333\r\n\r\nMessage:\r\nPlease cancel my order, I ordered it by mistake.\r\n\r\nView message\r\n"
	if err := os.WriteFile(filepath.Join(dir, "a.eml"), []byte(eml), 0o644); err != nil {
		t.Fatal(err)
	}
	labels := "file,case,subreason,order_id,language,needs_human\na.eml,cancel_order,,111-2222222-3333333,en,false\n"
	if err := os.WriteFile(filepath.Join(dir, "labels.csv"), []byte(labels), 0o644); err != nil {
		t.Fatal(err)
	}
	csvPath := filepath.Join(t.TempDir(), "s.csv")
	if err := os.WriteFile(csvPath, []byte("text,label\n\"where is my parcel, when will it arrive?\",shipping_inquiry\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	out, errs, code := cli(t, "eval", dir, "--misses")
	if code != 0 {
		t.Fatalf("eval %s: exit %d, stderr %q", dir, code, errs)
	}
	for _, want := range []string{"macro-F1 1.000", "order-id exact match 1.000 (1 of 1", "language accuracy 1.000",
		"needs_human precision", "confusion", "misses (0)"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval folder output lacks %q:\n%s", want, out)
		}
	}

	out, errs, code = cli(t, "eval", csvPath, "--json")
	if code != 0 {
		t.Fatalf("eval %s --json: exit %d, stderr %q", csvPath, code, errs)
	}
	var got struct {
		Version int     `json:"version"`
		Samples int     `json:"samples"`
		MacroF1 float64 `json:"macro_f1"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("eval --json output is not JSON: %v\n%s", err, out)
	}
	if got.Version != jsonVersion || got.Samples != 1 || got.MacroF1 != 1 {
		t.Errorf("eval --json = %+v, want version %d, 1 sample, macro-F1 1", got, jsonVersion)
	}

	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"eval", filepath.Join(dir, "missing.csv")}, 1, "missing.csv"},
		{[]string{"eval", dir, "--min-confidence", "2"}, 2, "--min-confidence"},
		{[]string{"eval"}, 2, "accepts 1 arg"},
	}
	for _, tt := range tests {
		_, errs, code := cli(t, tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.want) {
			t.Errorf("aftersale %v: exit %d, stderr %q; want exit %d containing %q", tt.args, code, errs, tt.code, tt.want)
		}
	}
}

// TestEvalLearnsTheTemplate: eval learns a wrapper the shape rules do not
// know from the folder's own messages (as the daemon does from stored
// mail) unless --learn=false.
func TestEvalLearnsTheTemplate(t *testing.T) {
	files := writeWrapped(t)
	dir := filepath.Dir(files[0])
	labels := "file,case,subreason,order_id,language,needs_human\n"
	for i, f := range files {
		c := "other"
		if i == len(files)-1 {
			c = "cancel_order"
		}
		labels += filepath.Base(f) + "," + c + ",,,en,false\n"
	}
	if err := os.WriteFile(filepath.Join(dir, "labels.csv"), []byte(labels), 0o644); err != nil {
		t.Fatal(err)
	}
	const note = "template: 3 lines learned from the folder, dropped from the buyer text of 21 messages"
	if out := mustCLI(t, "eval", dir); !strings.Contains(out, note) {
		t.Errorf("eval output lacks %q:\n%s", note, out)
	}
	if out := mustCLI(t, "eval", "--learn=false", dir); strings.Contains(out, "template:") {
		t.Errorf("eval --learn=false learned a template:\n%s", out)
	}
	var got struct {
		TemplateLines    int `json:"template_lines"`
		TemplateMessages int `json:"template_messages"`
	}
	if err := json.Unmarshal([]byte(mustCLI(t, "eval", "--json", dir)), &got); err != nil || got.TemplateLines != 3 || got.TemplateMessages != 21 {
		t.Errorf("eval --json template fields = %+v, %v; want 3 and 21", got, err)
	}
}
