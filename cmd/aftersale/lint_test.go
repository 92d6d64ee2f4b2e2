package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// noConfig keeps the CLI from finding a config file of the machine.
func noConfig(t *testing.T) {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("AFTERSALE_CONFIG", "")
	t.Setenv("HOME", dir)
	t.Setenv("XDG_CONFIG_HOME", dir)
}

func TestLint(t *testing.T) {
	noConfig(t)
	dir := t.TempDir()
	write := func(name, text string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", "Hallo Anna,\n\nvielen Dank für Ihre Nachricht zur Bestellung 302-1234567-7654321. Ihre Bestellung wurde am 6. März mit DHL versandt.\n\nMit freundlichen Grüßen\nLindenhof\n")
	bad := write("bad.txt", "Dear Anna,\n\nAbout order 302-1234567-7654321:\nplease email us directly at anna at gmail dot com.\n")
	tmpl := write("shipping_tracking.tmpl", "Thank you for your message about order {{.Fact \"order_id\"}}.\n\nIt was shipped with {{.Fact \"carrier\"}}.\n")

	tests := []struct {
		name     string
		args     []string
		stdin    string
		wantCode int
		want     []string
	}{
		{"clean file", []string{"lint", "--lang", "de", good}, "", 0, []string{good + ": ok"}},
		{"blocked file", []string{"lint", bad}, "", 1, []string{
			bad + ":4:8: [block] off_amazon_contact:",
			bad + ":4:29: [block] email_address:",
		}},
		{"template actions ignored", []string{"lint", tmpl}, "", 0, []string{tmpl + ": ok"}},
		{"stdin", []string{"lint", "--lang", "ja", "-"}, "田中 様\n\nご注文（注文番号：302-1234567-7654321）の件、LINEで直接ご連絡ください。\n", 1,
			[]string{"<stdin>:3:", "[block] off_amazon_contact"}},
		{"language mismatch warns", []string{"lint", "--lang", "fr", good}, "", 0, []string{"[warn] language_mismatch"}},
		{"bad lang", []string{"lint", "--lang", "german", good}, "", 2, nil},
		{"no args", []string{"lint"}, "", 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(t.Context(), tt.args, strings.NewReader(tt.stdin), &out, &errb)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.wantCode, out.String(), errb.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
		})
	}
}

func TestLintJSON(t *testing.T) {
	noConfig(t)
	var out, errb bytes.Buffer
	in := "Hola, Carmen:\n\nsobre el pedido 302-1234567-7654321, llámenos al +34 612 345 678 😊\n"
	code := run(t.Context(), []string{"lint", "--json", "--lang", "es", "-"}, strings.NewReader(in), &out, &errb)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %s", code, errb.String())
	}
	var got struct {
		Version int `json:"version"`
		Files   []struct {
			File     string `json:"file"`
			Blocked  bool   `json:"blocked"`
			Findings []struct {
				Rule, Severity string
				Line, Column   int
				Offset, End    int
				Text           string
			} `json:"findings"`
		} `json:"files"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out.String())
	}
	if got.Version != 1 || len(got.Files) != 1 || got.Files[0].File != "<stdin>" || !got.Files[0].Blocked {
		t.Fatalf("got %+v, want one blocked <stdin> file in version 1", got)
	}
	rules := map[string]string{}
	for _, f := range got.Files[0].Findings {
		rules[f.Rule] = f.Severity
		if f.Line != 3 || f.Column < 1 || f.Offset < 0 {
			t.Errorf("finding %+v: want a position on line 3", f)
		}
		if f.End <= f.Offset || f.End > len(in) || f.Text != in[f.Offset:f.End] {
			t.Errorf("finding %+v: want the span's text", f)
		}
	}
	want := map[string]string{"phone_number": "block", "off_amazon_contact": "block", "emoji": "warn"}
	for r, sev := range want {
		if rules[r] != sev {
			t.Errorf("rule %s severity %q, want %q (all: %v)", r, rules[r], sev, rules)
		}
	}
}
