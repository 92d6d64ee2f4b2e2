package respond

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/aftersale/aftersale"
)

// sigCanary is the seller's signature in FuzzRender: it reaches the reply
// only through {{.Signature}}, so buyer text that were evaluated as
// template source ("{{.Signature}}") would show up as an extra copy.
const sigCanary = "ZQXSIGCANARY"

// buyerFacts are the facts that carry buyer- or order-file-supplied text.
var buyerFacts = []string{FactBuyerName, FactNewAddress, FactProduct, FactCarrier, FactTracking}

// controlChar returns the first control character of s other than '\n'
// (C0, DEL, C1), or -1.
func controlChar(s string) rune {
	for _, r := range s {
		if r != '\n' && (r < 0x20 || r >= 0x7f && r <= 0x9f) {
			return r
		}
	}
	return -1
}

// FuzzRender feeds buyer-controlled text (name, subject, message, new
// address) and order-file text (product, carrier, tracking) through
// Decide and Render for every case and language: Render never panics and
// never fails for a reply decision, buyer text is never evaluated as a
// template, and neither the subject nor the body holds a control character
// other than '\n' (the subject none at all).
func FuzzRender(f *testing.F) {
	f.Add(uint8(0), uint8(0), uint8(0), "en", "Anna", "Inquiry from Amazon customer Anna (Order: 302-1234567-7654321)",
		"Please ship to my new address.", "Lindenstr. 12\n10115 Berlin", "Linen cushion", "DHL", "00340434161094042557")
	f.Add(uint8(2), uint8(1), uint8(2), "de", `{{template "closing" .}}`, "Re: {{.Signature}}", "{{.Signature}}",
		"{{.Signature}}\n{{printf \"%s\" \"x\"}}", "{{.Fact \"order_id\"}}", "[[carrier]]", "{{ .Date \"ship_date\" }}")
	f.Add(uint8(1), uint8(3), uint8(3), "ja", "\x1b[31mred\x1b[0m", "Subject\r\nBcc: evil@example.com", "a\x00b\rc\x07",
		"line1\r\nline2\rline3\x0b", "prod\u0085uct\u009b", "carrier\ttab", "\u202etracking")
	f.Add(uint8(6), uint8(4), uint8(4), "zh", "$(rm -rf /)", "`id`; echo pwned", "'; DROP TABLE drafts; --",
		"%s%s%s%n", "\xff\xfe invalid utf8", "<script>alert(1)</script>", "${HOME}")
	f.Add(uint8(7), uint8(5), uint8(1), "xx-YY", strings.Repeat("N", 500), strings.Repeat("Re: ", 200), strings.Repeat("x", 5000),
		"", "", "", "")
	f.Fuzz(func(t *testing.T, caseIdx, subIdx, orderIdx uint8, lang, name, subject, text, newAddr, product, carrier, tracking string) {
		cases := aftersale.Cases()
		subs := append([]aftersale.SubReason{aftersale.SubNone}, aftersale.SubReasons()...)
		orders := []aftersale.Order{
			{},
			order(fbm, aftersale.StatusUnshipped),
			order(fbm, aftersale.StatusShipped),
			order(fba, aftersale.StatusShipped),
			order(fbm, aftersale.StatusDelivered),
			order(fba, aftersale.StatusDelivered),
		}
		o := orders[int(orderIdx)%len(orders)]
		if o.Known() {
			o.ProductName, o.Carrier, o.Tracking = product, carrier, tracking
		}
		m := buyerMsg(subject, text)
		m.BuyerName = name
		in := Input{
			Message: m,
			Class: aftersale.Classification{
				Case: cases[int(caseIdx)%len(cases)], SubReason: subs[int(subIdx)%len(subs)],
				Confidence: 0.9, Language: lang,
				Facts: aftersale.Facts{BuyerName: name, NewAddress: newAddr},
			},
			Order: o,
			Now:   now,
		}
		s := testSettings()
		s.Signature = sigCanary
		s.AllowAddressUpdate = caseIdx&0x80 != 0
		d := Decide(in, s)
		r, err := Render(d, in, lang, s)
		if d.NoResponse {
			if !errors.Is(err, aftersale.ErrInvalid) {
				t.Fatalf("Render(no-response decision %s) = %v, want ErrInvalid", d.Action, err)
			}
			return
		}
		if err != nil {
			t.Fatalf("Render(%s, %q) = %v", d.Action, lang, err)
		}
		if c := controlChar(r.Body); c >= 0 {
			t.Fatalf("body holds control character %U:\n%q", c, r.Body)
		}
		if c := controlChar(r.Subject); c >= 0 || strings.Contains(r.Subject, "\n") {
			t.Fatalf("subject holds a control character or line break: %q", r.Subject)
		}
		if !utf8.ValidString(r.Body) || !utf8.ValidString(r.Subject) {
			t.Fatalf("output is not valid UTF-8: subject %q body %q", r.Subject, r.Body)
		}
		if !strings.HasPrefix(r.Subject, "Re: ") {
			t.Fatalf("subject %q does not start with Re:", r.Subject)
		}

		// The same decision with every buyer-supplied fact replaced by
		// plain text must show the signature as often: buyer text
		// holding template actions was not evaluated.
		for _, v := range []string{lang, name, subject, text, newAddr, product, carrier, tracking} {
			if strings.Contains(v, sigCanary) {
				return
			}
		}
		plain := d
		plain.Facts = map[string]string{}
		for k, v := range d.Facts {
			plain.Facts[k] = v
		}
		for _, k := range buyerFacts {
			if plain.Facts[k] != "" {
				plain.Facts[k] = "plain"
			}
		}
		base, err := Render(plain, in, lang, s)
		if err != nil {
			t.Fatalf("Render(plain facts) = %v", err)
		}
		if got, want := strings.Count(r.Body, sigCanary), strings.Count(base.Body, sigCanary); got != want {
			t.Fatalf("signature appears %d times, %d with plain facts: buyer text was evaluated:\n%s", got, want, r.Body)
		}
	})
}
