package respond

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestPrefilter checks what the prefilter lets through: false means the
// regexp is not run at all, so every false must be a non-match.
func TestPrefilter(t *testing.T) {
	tests := []struct {
		expr, text string
		want       bool
	}{
		{`(?i)coupon|promo code`, "A COUPON for you", true},
		{`(?i)coupon|promo code`, "a promo\tcode", true}, // folded white space: a superset only
		{`(?i)coupon|promo code`, "no offers", false},
		{`(?i)\b(?:e-?mail|text)\s+us\s+(?:directly|at)\b`, "please E-Mail\n  us   directly", true},
		{`(?i)\b(?:e-?mail|text)\s+us\s+(?:directly|at)\b`, "email us", false},
		{`(?i)\b(?:e-?mail|text)\s+us\s+(?:directly|at)\b`, "us directly by email", false},
		{`(?i)\bvisit our (?:store|shop)`, "Visit our SHOP", true},
		{`(?i)\bvisit our (?:store|shop)`, "visit our site", false},
		{`\d+% off`, "20% off", true},
		{`\d+% off`, "% off", false},
		{`(?i)sale|\d+`, "item 5", true}, // a class is a set of literals
		{`(?i)sale|\d+`, "anything", false},
		{`(?i)sale|\w+`, "anything", true}, // a large class is unknown
		{`a?b?`, "", true},                 // nothing required
		{`クーポン|优惠券`, "クーポンをどうぞ", true},     // CJK literals
		{`クーポン|优惠券`, "クーポ", false},
		{`(?:ab){2,}`, "xAByy", true}, // case-sensitive: folded, a superset only
		{`(?:ab){2,}`, "xaxbyy", false},
		{`(?:ab){2,}`, "xabab", true},
		{`(?i)kelvin`, "\u212aelvin", true}, // Kelvin sign folds to K
		{`(?i)ſale`, "SALE", true},          // long s folds to S
		{`[ \t]+\.[ \t]*com`, "example\t . com", true},
		{`[ \t]+\.[ \t]*com`, "example.com", false},
		{`[€$]\s?\d`, "costs $5", true},
		{`[€$]\s?\d`, "costs 5 dollars", false},
		{"\ufffd", "a\xffb", true}, // invalid UTF-8 matches as U+FFFD
	}
	for _, tt := range tests {
		g := newGuarded(tt.expr)
		if got := g.possible(tt.text); got != tt.want {
			t.Errorf("guard(%q).possible(%q) = %v, want %v", tt.expr, tt.text, got, tt.want)
		}
		if g.possible(tt.text) == false && g.Regexp.MatchString(tt.text) {
			t.Errorf("guard(%q) rejects %q, which matches", tt.expr, tt.text)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hello World", "HELLO WORLD"},
		{"a \t\n\r\f b", "A B"},
		{"ſ\u212a", "SK"},
		{"Ärger über", fold("äRGER ÜBER")},
		{"a\xffb", "A\ufffdB"},
		{"\u00a0x", "\u00a0X"}, // not \s: kept
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// guardTexts are the texts of the guarded-expression equivalence tests:
// the lint corpus, upper-cased, with its white space changed, and sentence
// by sentence (as reviews runs them), and case-folding and white-space
// traps.
func guardTexts(t testing.TB) []string {
	t.Helper()
	var lint []string
	for _, dir := range []string{"bad", "good"} {
		files, err := filepath.Glob(filepath.Join("testdata", "lint", dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			_, text, _ := strings.Cut(string(b), "\n---\n")
			lint = append(lint, text)
		}
	}
	lint = append(lint,
		"Use the ſale code KELVIN \u212a now", "VISIT OUR STORE", "Visit Our Shop", "WhatsApp me",
		"PROMO", "besuchen Sie unseren Shop", "クーポンをどうぞ", "",
		"email\n\tus \r\n directly", "name (at) web [dot] de", "example\t.\tcom", "call  us", "20\u00a0% off",
		"a\xffb \xc3 amazon dot com", "Tel.: +49 30 1234567", "€ 12,50", "12 EUR", "[[name]]", "<b>bold</b> &amp;")
	var texts []string
	space := strings.NewReplacer(" ", "\n\t ", "\n", " \r\n")
	for _, s := range lint {
		texts = append(texts, s, strings.ToUpper(s), space.Replace(s))
		for _, sp := range sentenceSpans(s) {
			texts = append(texts, s[sp[0]:sp[1]])
		}
	}
	return texts
}

// TestGuardedAgreesWithRegexp checks that the prefilter never changes a
// result, for every guarded expression of the checker: a guarded method
// returns the regexp's result when the prefilter lets the text through, and
// no match otherwise, so it suffices that no rejected text matches.
func TestGuardedAgreesWithRegexp(t *testing.T) {
	texts := guardTexts(t)
	if raceEnabled {
		texts = sample(texts, 8)
	}
	rejected := 0
	for _, s := range texts { // each text folded once, for every expression
		for _, g := range allGuarded {
			if !g.possible(s) {
				rejected++
				if g.Regexp.MatchString(s) {
					t.Errorf("the prefilter of %q rejects %q, which matches", g.String(), s)
				}
			}
		}
	}
	if rejected < len(allGuarded)*len(texts)/2 {
		t.Errorf("the prefilters rejected %d of %d texts, want at least half", rejected, len(allGuarded)*len(texts))
	}
	// The methods themselves, on texts that match.
	plains := make([]*regexp.Regexp, len(allGuarded))
	for i, g := range allGuarded {
		plains[i] = regexp.MustCompile(g.String())
	}
	for _, s := range []string{"Mail us at shop dot com or call +49 30 1234567.", "Order 302-1234567-7654321, tracking number 1Z999AA10123456784.", "<b>5 stars</b> &amp; [[name]]"} {
		for i, g := range allGuarded {
			plain := plains[i]
			if got, want := g.FindAllStringSubmatchIndex(s, -1), plain.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("guarded %q on %q = %v, plain regexp %v", g.String(), s, got, want)
			}
			if got, want := g.ReplaceAllStringFunc(s, strings.ToUpper), plain.ReplaceAllStringFunc(s, strings.ToUpper); got != want {
				t.Errorf("guarded %q replacing in %q = %q, plain regexp %q", g.String(), s, got, want)
			}
		}
	}
}

// FuzzGuardedAgreesWithRegexp checks the prefilters on arbitrary text.
func FuzzGuardedAgreesWithRegexp(f *testing.F) {
	seeds, most := 0, 200
	if raceEnabled {
		most = 25
	}
	for _, s := range guardTexts(f) {
		if len(s) < 400 && seeds < most {
			f.Add(s)
			seeds++
		}
	}
	plains := make([]*regexp.Regexp, len(allGuarded))
	for i, g := range allGuarded {
		plains[i] = regexp.MustCompile(g.String())
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, g := range allGuarded {
			if got, want := g.FindAllStringSubmatchIndex(s, -1), plains[i].FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("guarded %q on %q = %v, plain regexp %v", g.String(), s, got, want)
			}
			if got, want := g.ReplaceAllStringFunc(s, strings.ToUpper), plains[i].ReplaceAllStringFunc(s, strings.ToUpper); got != want {
				t.Errorf("guarded %q replacing in %q = %q, plain regexp %q", g.String(), s, got, want)
			}
			if got, want := g.MatchString(s), plains[i].MatchString(s); got != want {
				t.Errorf("guarded %q matching %q = %v, plain regexp %v", g.String(), s, got, want)
			}
		}
	})
}

func BenchmarkCheck(b *testing.B) {
	body := "Dear Anna,\n\nThank you for your message about order 302-1234567-7654321.\n\nYour order was shipped on 6 March 2026 with DHL. The tracking number is 00340434161094042557. The expected delivery date is 9 March 2026. You can also follow the parcel under Your Orders with \"Track package\".\n\nWe are sorry for the wait and thank you for your patience.\n\nKind regards,\nLindenhof Living\nCustomer service\n"
	b.ReportAllocs()
	for b.Loop() {
		CheckLang(body, "en", Settings{})
	}
}

// BenchmarkCheckPolicyHeavy is CheckLang on a reply that exercises every
// analysis: a review action beside an offer, a declined channel, a coupon
// fact, a bracketed product title and a grouped number.
func BenchmarkCheckPolicyHeavy(b *testing.B) {
	body := "Dear Anna,\n\nThank you for your message about order 302-1234567-7654321 and the Linen Cushion Cover [2-pack].\n\nWe understand a chat on WhatsApp would be quicker, but Amazon's guidelines keep all contact in this thread. The refund of 18,20 EUR reflects the Amazon coupon applied at checkout. We will send you a new cover free of charge; it leaves our warehouse on 12.03.2026 with parcel number 1234 5678 9012.\n\nIf you feel we have solved the problem, it is possible to update the feedback you left. Could you also revise your 2-star review once the cover arrives?\n\nKind regards,\nLindenhof Living\nCustomer service\n"
	b.ReportAllocs()
	for b.Loop() {
		CheckLang(body, "en", Settings{})
	}
}

// sample returns every nth of texts.
func sample(texts []string, n int) []string {
	var out []string
	for i := 0; i < len(texts); i += n {
		out = append(out, texts[i])
	}
	return out
}
