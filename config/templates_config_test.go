package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConfigTemplatesDir checks that [seller] templates_dir is loaded with
// the config and that a broken override is reported at load time with the
// config's and the template's file:line.
func TestConfigTemplatesDir(t *testing.T) {
	dir := t.TempDir()
	tdir := filepath.Join(dir, "templates")
	if err := os.MkdirAll(filepath.Join(tdir, "de"), 0o755); err != nil {
		t.Fatal(err)
	}
	tmpl := filepath.Join(tdir, "de", "shipping_tracking.tmpl")
	write := func(text string) {
		t.Helper()
		if err := os.WriteFile(tmpl, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfgText := "[store]\npath = \"x.db\"\n\n[seller]\nname = \"Lindenhof\"\ntemplates_dir = \"templates\"\n"
	cfgPath := filepath.Join(dir, "aftersale.toml")

	write("Ihre Bestellung {{.Fact \"order_id\"}} ist mit {{.Fact \"carrier\"}} unterwegs ({{.Fact \"tracking\"}}, {{.Date \"expected_delivery\"}}).")
	cfg, err := Parse(cfgPath, []byte(cfgText))
	if err != nil {
		t.Fatalf("Parse with a good override: %v", err)
	}
	if cfg.TemplatesDir != tdir || cfg.Templates == nil || len(cfg.Templates.Overrides()) != 1 {
		t.Fatalf("TemplatesDir %q Templates %v, want %q with one override", cfg.TemplatesDir, cfg.Templates, tdir)
	}
	if cfg.RespondSettings().Templates != cfg.Templates {
		t.Error("respondSettings does not pass the loaded templates on")
	}

	write("Ihre Bestellung\n{{.Fact \"order_id\"}\n")
	_, err = Parse(cfgPath, []byte(cfgText))
	var ce Errors
	if !errors.As(err, &ce) {
		t.Fatalf("Parse with a broken override = %v, want Errors", err)
	}
	for _, want := range []string{cfgPath + ":6: seller.templates_dir: ", tmpl + ":2:"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error:\n%v\nwant it to contain %q", err, want)
		}
	}

	_, err = Parse(cfgPath, []byte(strings.Replace(cfgText, "\"templates\"", "\"no-such-dir\"", 1)))
	if err == nil || !strings.Contains(err.Error(), "seller.templates_dir") {
		t.Errorf("missing templates_dir error = %v, want a seller.templates_dir error", err)
	}
}
