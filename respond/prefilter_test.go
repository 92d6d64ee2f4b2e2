package respond

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"testing"
)

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		expr string
		want []string
	}{
		{`(?i)coupon|promo code`, []string{fold("coupon"), fold("promo code")}},
		{`(?i)\bvisit our (?:store|shop)`, []string{fold("visit our ")}},
		{`\d+% off`, []string{fold("% off")}},
		{`(?i)sale|\d+`, nil},                 // one branch has no literal
		{`a?b?`, nil},                         // nothing required
		{`クーポン|优惠券`, []string{"クーポン", "优惠券"}}, // CJK literals
		{`(?:ab){2,}`, []string{fold("ab")}},
	}
	for _, tt := range tests {
		p, err := syntax.Parse(tt.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		got := requiredLiterals(p.Simplify())
		if !slices.Equal(got, tt.want) {
			t.Errorf("requiredLiterals(%q) = %q, want %q", tt.expr, got, tt.want)
		}
	}
}

// TestGuardedAgreesWithRegexp checks that the prefilter never changes a
// result, for every guarded expression of the checker, on the lint corpus
// and on case-folding traps.
func TestGuardedAgreesWithRegexp(t *testing.T) {
	var texts []string
	for _, dir := range []string{"bad", "good"} {
		for _, c := range readLintCases(t, dir) {
			texts = append(texts, c.text)
		}
	}
	texts = append(texts,
		"Use the ſale code KELVIN \u212a now", "VISIT OUR STORE", "Visit Our Shop", "WhatsApp me",
		"PROMO", "besuchen Sie unseren Shop", "クーポンをどうぞ", "")
	all := append([]*guarded{marketingRe, obfLinkRe, obfEmailRe, phoneCtxRe, reviewWordRe, positiveReviewRe,
		changeReviewRe, incentiveRe, conditionRe, satisfiedRe}, offAmazonRes...)
	for _, g := range all {
		plain := regexp.MustCompile(g.String())
		for _, s := range texts {
			if got, want := g.FindAllStringIndex(s, -1), plain.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("guarded %q on %q = %v, plain regexp %v", g.String(), s, got, want)
			}
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	body := "Dear Anna,\n\nThank you for your message about order 302-1234567-7654321.\n\nYour order was shipped on 6 March 2026 with DHL. The tracking number is 00340434161094042557. The expected delivery date is 9 March 2026. You can also follow the parcel under Your Orders with \"Track package\".\n\nWe are sorry for the wait and thank you for your patience.\n\nKind regards,\nLindenhof Living\nCustomer service\n"
	b.ReportAllocs()
	for b.Loop() {
		CheckLang(body, "en", Settings{})
	}
}

func TestRequiredClauses(t *testing.T) {
	p, err := syntax.Parse(`(?i)\b(?:e-?mail|text)\s+us\s+(?:directly|at)\b`, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	got := requiredClauses(p.Simplify())
	want := [][]string{{fold("mail"), fold("text")}, {fold("us")}, {fold("directly"), fold("at")}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("requiredClauses = %q, want %q", got, want)
	}
}
