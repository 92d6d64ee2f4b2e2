package respond

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersale/aftersale"
)

// TestTemplateFromReply: a seller's edited tracking reply becomes a
// template that passes LoadTemplates and writes the seller's wording for
// another order, with that order's facts.
func TestTemplateFromReply(t *testing.T) {
	s := testSettings()
	for _, lang := range []string{"en", "de", "ja"} {
		t.Run(lang, func(t *testing.T) {
			in := Input{Message: buyerMsg("Wo ist mein Paket?", "Wo ist mein Paket?"),
				Class: aftersale.Classification{Case: aftersale.CaseShippingInquiry, Language: lang}, Order: order(fbm, shipped), Now: now}
			d := Decide(in, s)
			if d.Action != "shipping_tracking" {
				t.Fatalf("action = %s", d.Action)
			}
			r, err := Render(d, in, lang, s)
			if err != nil {
				t.Fatal(err)
			}
			// The seller adds a sentence naming the tracking number again to
			// the paragraph that gives it; "{{" is literal text.
			var edited string
			for _, p := range strings.Split(r.Body, "\n\n") {
				if strings.Contains(p, in.Order.Tracking) {
					edited = strings.Replace(r.Body, p, p+" Ref {{x}} "+in.Order.Tracking+".", 1)
					break
				}
			}

			src, err := TemplateFromReply(edited, d, lang, s)
			if err != nil {
				t.Fatalf("TemplateFromReply = %v", err)
			}
			for _, gone := range []string{in.Order.Tracking, testOrderID, "Anna"} {
				if strings.Contains(src, gone) {
					t.Errorf("the template keeps the order fact %q:\n%s", gone, src)
				}
			}
			for _, want := range []string{`{{.Fact "tracking"}}`, `{{.Date "ship_date"}}`, `{{"{{"}}x}}`} {
				if !strings.Contains(src, want) {
					t.Errorf("the template lacks %s:\n%s", want, src)
				}
			}
			dir := t.TempDir()
			if err := os.MkdirAll(filepath.Join(dir, lang), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, lang, d.Action+".tmpl"), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			tpl, err := LoadTemplates(dir)
			if err != nil {
				t.Fatalf("LoadTemplates(the saved override) = %v", err)
			}
			s2 := s
			s2.Templates = tpl
			other := in
			other.Order = order(fbm, shipped, func(o *aftersale.Order) { o.ID, o.Tracking = "302-7777777-1111111", "JJD000390012345678" })
			other.Message.OrderIDs = []string{other.Order.ID}
			got, err := Render(Decide(other, s2), other, lang, s2)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(got.Body, "Ref {{x}} JJD000390012345678.") || strings.Contains(got.Body, in.Order.Tracking) {
				t.Errorf("the override for another order:\n%s", got.Body)
			}
		})
	}
}

func TestTemplateFromReplyRefuses(t *testing.T) {
	s := testSettings()
	in := Input{Message: buyerMsg("x", "where is it"), Class: aftersale.Classification{Case: aftersale.CaseShippingInquiry},
		Order: order(fbm, shipped), Now: now}
	d := Decide(in, s)
	r, err := Render(d, in, "en", s)
	if err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{
		"greeting changed": strings.Replace(r.Body, "Dear Anna,", "Hi Anna!", 1),
		"closing changed":  strings.Replace(r.Body, "Kind regards,", "Cheers,", 1),
		"only the layout":  "Dear Anna,\n\nKind regards,\nLindenhof Living\nCustomer service\n",
	} {
		if _, err := TemplateFromReply(body, d, "en", s); !errors.Is(err, aftersale.ErrInvalid) {
			t.Errorf("%s: TemplateFromReply = %v, want ErrInvalid", name, err)
		}
	}
	if _, err := TemplateFromReply(r.Body, d, "nl", s); !errors.Is(err, aftersale.ErrInvalid) {
		t.Errorf("a language without a layout: %v, want ErrInvalid", err)
	}
	if _, err := TemplateFromReply(r.Body, Decision{NoResponse: true}, "en", s); !errors.Is(err, aftersale.ErrInvalid) {
		t.Errorf("a no-response decision: %v, want ErrInvalid", err)
	}
}
