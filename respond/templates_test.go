package respond

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersale/aftersale"
)

// writeTree creates files (path relative to dir -> content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLoadTemplatesOverrides(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"en/shipping_tracking.tmpl": "Your parcel for order {{.Fact \"order_id\"}} travels with {{.Fact \"carrier\"}} ({{.Fact \"tracking\"}}), due {{.Date \"expected_delivery\"}}.",
		"en/address_confirm.tmpl":   "Order {{.Fact \"order_id\"}}: is this right?\n\n{{.Fact \"new_address\"}}",
		"nl/layout.tmpl":            "{{define \"greeting\"}}Beste {{.Fact \"buyer_name\"}},{{end}}{{define \"closing\"}}Met vriendelijke groet,\n{{.Signature}}{{end}}",
		"nl/shipping_tracking.tmpl": "Uw bestelling {{.Fact \"order_id\"}} is verzonden met {{.Fact \"carrier\"}}, trackingnummer {{.Fact \"tracking\"}}, verwacht op {{.Fact \"expected_delivery\"}}.",
		"README.md":                 "notes for the team",
	})
	tpl, err := LoadTemplates(dir)
	if err != nil {
		t.Fatalf("LoadTemplates: %v", err)
	}
	if got := len(tpl.Overrides()); got != 4 {
		t.Errorf("Overrides() = %q, want 4 files", tpl.Overrides())
	}
	s := testSettings()
	s.Templates = tpl
	in := Input{Message: buyerMsg("Where is it?", "Where?"), Class: aftersale.Classification{Case: aftersale.CaseShippingInquiry},
		Order: order(fbm, shipped), Now: now}
	d := Decide(in, s)
	tests := []struct{ lang, wantLang, want string }{
		{"en", "en", "Dear Anna,\n\nYour parcel for order " + testOrderID + " travels with DHL (00340434161094042557), due 12 March 2026.\n\nKind regards,"},
		{"nl", "nl", "Beste Anna,\n\nUw bestelling " + testOrderID + " is verzonden met DHL"},
		{"de", "de", "Ihre Bestellung wurde am 6. März 2026 mit DHL versandt."}, // built-in, untouched
	}
	for _, tt := range tests {
		r, err := Render(d, in, tt.lang, s)
		if err != nil {
			t.Fatalf("Render(%s): %v", tt.lang, err)
		}
		if r.Language != tt.wantLang || !strings.Contains(r.Body, tt.want) {
			t.Errorf("Render(%s) = %s:\n%s\nwant %s containing %q", tt.lang, r.Language, r.Body, tt.wantLang, tt.want)
		}
	}
	// An action the nl directory lacks falls back to English.
	in.Class.Case = aftersale.CaseNegativeReview
	d = Decide(in, s)
	if r, err := Render(d, in, "nl", s); err != nil || r.Language != "en" {
		t.Errorf("Render(review_resolve, nl) = %q, %v; want the English fallback", r.Language, err)
	}
	// The built-in set is not changed by loading overrides.
	if r, _ := Render(Decide(Input{Message: buyerMsg("x", "x"), Class: aftersale.Classification{Case: aftersale.CaseShippingInquiry},
		Order: order(fbm, shipped), Now: now}, testSettings()), in, "en", testSettings()); strings.Contains(r.Body, "travels with") {
		t.Errorf("built-in templates changed by an override:\n%s", r.Body)
	}
}

func TestLoadTemplatesBuyerTextIsData(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"en/address_confirm.tmpl": "Order {{.Fact \"order_id\"}}: is this right?\n\n{{.Fact \"new_address\"}}",
	})
	tpl, err := LoadTemplates(dir)
	if err != nil {
		t.Fatal(err)
	}
	s := testSettings()
	s.Templates, s.AllowAddressUpdate = tpl, true
	evil := "{{.Signature}} {{template \"closing\" .}}\nLindenstr. 12"
	in := Input{Message: buyerMsg("Address", "x"), Class: aftersale.Classification{Case: aftersale.CaseAddressChange,
		Facts: aftersale.Facts{NewAddress: evil}}, Order: order(fbm, unshipped), Now: now}
	r, err := Render(Decide(in, s), in, "en", s)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, evil) || strings.Count(r.Body, "Kind regards") != 1 {
		t.Errorf("buyer text was evaluated:\n%s", r.Body)
	}
}

func TestLoadTemplatesErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string // each must appear in one error, as file[:line]: msg
	}{
		{"syntax error with line", map[string]string{
			"de/shipping_tracking.tmpl": "Hallo\n\nIhre Sendung {{.Fact \"tracking\"}\n",
		}, []string{filepath.Join("de", "shipping_tracking.tmpl") + ":3:"}},
		{"unknown method found by execution", map[string]string{
			"fr/refund_issued.tmpl": "Merci.\n{{.Fact \"order_id\"}}\nMontant : {{.Amount}}\n",
		}, []string{filepath.Join("fr", "refund_issued.tmpl") + ":3:12: executing \"refund_issued\" at <.Amount>"}},
		{"unknown function", map[string]string{
			"en/review_resolve.tmpl": "{{upper .Fact \"order_id\"}}",
		}, []string{filepath.Join("en", "review_resolve.tmpl") + ":1:", "function \"upper\" not defined"}},
		{"error in a layout override", map[string]string{
			"es/layout.tmpl": "{{define \"greeting\"}}Hola,{{end}}\n{{define \"closing\"}}Saludos,\n{{.Firma}}{{end}}",
		}, []string{filepath.Join("es", "layout.tmpl") + ":3:"}},
		{"unknown template name", map[string]string{
			"en/shiping_tracking.tmpl": "typo",
		}, []string{filepath.Join("en", "shiping_tracking.tmpl") + `: unknown template "shiping_tracking"`}},
		{"template outside a language directory", map[string]string{
			"shipping_tracking.tmpl": "x",
		}, []string{"shipping_tracking.tmpl: templates belong in a language directory"}},
		{"bad language directory", map[string]string{
			"german/shipping_tracking.tmpl": "x",
		}, []string{"german: directory name is not a two-letter language code"}},
		{"new language without layout", map[string]string{
			"nl/shipping_tracking.tmpl": "Bestelling {{.Fact \"order_id\"}}",
		}, []string{filepath.Join("nl", "layout.tmpl") + `: no {{define "greeting"}}`}},
		{"sub-template missing in a new language", map[string]string{
			"sv/layout.tmpl":         "{{define \"greeting\"}}Hej,{{end}}{{define \"closing\"}}Hälsningar{{end}}",
			"sv/review_resolve.tmpl": "Tack.\n{{template \"item\" .}}",
		}, []string{filepath.Join("sv", "review_resolve.tmpl") + ":2:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, tt.files)
			_, err := LoadTemplates(dir)
			var tes TemplateErrors
			if !errors.As(err, &tes) {
				t.Fatalf("LoadTemplates error = %v (%T), want TemplateErrors", err, err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), filepath.Join(dir, w)) && !strings.Contains(err.Error(), w) {
					t.Errorf("errors:\n%v\nwant one containing %q", err, w)
				}
			}
			for _, te := range tes {
				if !strings.HasPrefix(te.File, dir) {
					t.Errorf("error %q does not name a file in %s", te, dir)
				}
			}
		})
	}
	if _, err := LoadTemplates(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("LoadTemplates(missing dir) succeeded, want an error")
	}
}
