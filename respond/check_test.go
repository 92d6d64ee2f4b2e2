package respond

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/aftersale/aftersale"
)

// wrap puts text into an otherwise clean reply that names the order.
func wrap(text string) string {
	return "Dear Anna,\n\nThank you for your message about order 302-1234567-7654321.\n\n" + text + "\n\nKind regards,\nLindenhof Living\n"
}

func rules(fs []aftersale.Finding) map[string]aftersale.Severity {
	out := map[string]aftersale.Severity{}
	for _, f := range fs {
		out[f.Rule] = f.Severity
	}
	return out
}

func TestCheckFlags(t *testing.T) {
	s := Settings{AllowedLinkDomains: []string{"amazon.de"}}
	block, warn := aftersale.SeverityBlock, aftersale.SeverityWarn
	tests := []struct {
		name string
		text string
		rule string
		sev  aftersale.Severity
	}{
		{"https link", "See https://example.com/help for details.", RuleLink, block},
		{"http link", "Manual: http://shop.example.org/manual.pdf", RuleLink, block},
		{"www link", "Visit www.lindenhof-living.com.", RuleLink, block},
		{"bare domain", "Our manuals are on lindenhof-living.de/manuals", RuleLink, block},
		{"amazon link not allowed", "Open https://www.amazon.com/gp/css/order-history", RuleLink, block},
		{"amazon look-alike", "Open https://amazon.de.evil.com/orders", RuleLink, block},
		{"short link without scheme", "The video is at tinyurl.com/lamp-setup now.", RuleLink, block},
		{"short link ly", "Watch it here: bit.ly/LampSetup2", RuleLink, block},
		{"domain starting with digits", "Follow the parcel on 17track.net please.", RuleLink, block},
		{"amazon storefront path", "See our range at amazon.com/shops/lindenhof", RuleLink, block},
		{"web address after at", "The size chart is at www.lindenhof-living.com/sizes.", RuleLink, block},
		{"spelled-out path", "La notice est sur lindenhof point fr slash aide.", RuleLink, block},
		{"email with a stand-in for at", "请发到 service#lindenhof.cn（把#换成@）。", RuleEmail, block},
		{"email", "Write to service@lindenhof-living.com please.", RuleEmail, block},
		{"email uppercase", "Mail: ANNA.BERG+shop@Example.CO.UK", RuleEmail, block},
		{"phone international plus", "Call us on +49 30 1234567.", RulePhone, block},
		{"phone international compact", "WhatsApp +4915112345678", RulePhone, block},
		{"phone 00 prefix", "Reach us at 0049 30 12345678.", RulePhone, block},
		{"phone german local", "Unsere Nummer: 030 1234567", RulePhone, block},
		{"phone german mobile dash", "Handy 0171-1234567", RulePhone, block},
		{"phone slash", "Erreichbar unter 030/12345678", RulePhone, block},
		{"phone us", "Call 555-123-4567 any time.", RulePhone, block},
		{"phone us parens", "Our line is (555) 123-4567.", RulePhone, block},
		{"phone uk mobile", "Ring 07700 900123 if needed.", RulePhone, block},
		{"phone french dots", "Appelez le 01.23.45.67.89", RulePhone, block},
		{"phone by context", "Our phone: 301234567", RulePhone, block},
		{"ask for the buyer's number", "Please send us your phone number and our technician will call you.", RuleOffAmazon, block},
		{"offer to call", "Our engineer can call you tomorrow morning.", RuleOffAmazon, block},
		{"our site", "The video is on our site under Help.", RuleOffAmazon, block},
		{"line mixed case", "Add us on Line to chat faster.", RuleOffAmazon, block},
		{"happy question then review ask", "Happy with the new lamp? Then please leave us a review.", RuleReviewAsk, block},
		{"positive review", "We would love a positive review!", RuleReviewAsk, block},
		{"five star", "Please leave us a 5-star rating.", RuleReviewAsk, block},
		{"remove feedback", "Could you please remove your negative feedback?", RuleFeedbackRequest, warn},
		{"change review", "Would you consider changing the review now?", RuleFeedbackRequest, warn},
		{"update feedback", "Please update your feedback.", RuleFeedbackRequest, warn},
		{"amazon's approved wording", "If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided here.", RuleFeedbackRequest, warn},
		{"removal tied to refund", "We have refunded you in full, so please remove your review.", RuleReviewIncentive, block},
		{"removal tied to reship", "Please delete the 1-star review and we will reship the item.", RuleReviewIncentive, block},
		{"refund for review", "We will refund you in full for an updated review.", RuleReviewIncentive, block},
		{"gift if review", "You get a gift card if you leave a review.", RuleReviewIncentive, block},
		{"review only when happy", "If you are happy, please leave a review.", RuleReviewAsk, block},
		{"german review change", "Könnten Sie Ihre Bewertung bitte ändern?", RuleFeedbackRequest, warn},
		{"german review change for voucher", "Wenn Sie Ihre Bewertung ändern, erhalten Sie einen Gutschein.", RuleReviewIncentive, block},
		{"german positive", "Wir freuen uns über eine positive Bewertung.", RuleReviewAsk, block},
		{"neutral review mention", "Thank you for your feedback.", RuleReviewMention, warn},
		{"discount code", "Use discount code SPRING10 next time.", RuleMarketing, block},
		{"coupon", "Here is a coupon for you.", RuleMarketing, block},
		{"promo", "Our promo ends soon.", RuleMarketing, block},
		{"percent off", "Get 20% off your next order.", RuleMarketing, block},
		{"visit store", "Visit our store for more cushions.", RuleMarketing, block},
		{"placeholder", "It was shipped with [[carrier]].", RulePlaceholder, block},
		{"emoji", "Thank you 😊", RuleEmoji, warn},
		{"three blank lines", "First.\n\n\n\nSecond.", RuleBlankLines, warn},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Check(wrap(tt.text), s)
			got, ok := rules(fs)[tt.rule]
			if !ok {
				t.Fatalf("Check(%q) = %+v, want a %s finding", tt.text, fs, tt.rule)
			}
			if got != tt.sev {
				t.Errorf("Check(%q) %s severity = %s, want %s", tt.text, tt.rule, got, tt.sev)
			}
		})
	}
}

// TestCheckNationalPhones checks national numbers without a trunk 0,
// which only the numbering plan of the reply's language tells from other
// digit groups.
func TestCheckNationalPhones(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Hola, Carmen:\n\nPara dudas sobre el pedido 302-1234567-7654321 estamos en el 622 45 67 89 por las mañanas.\n\nUn saludo\n", true},
		{"Gentile Luca,\n\nper l'ordine 302-1234567-7654321 può scriverci al 347 765 4321 anche su WhatsApp.\n\nCordiali saluti\n", true},
		{"您好，\n\n关于订单 302-1234567-7654321，如有问题请拨打 139 1234 5678 联系我们。\n\n客服\n", true},
		{"田中様\n\nご注文（302-1234567-7654321）の追跡番号は 1234-5678-9012 です。\n\nよろしくお願いいたします。\n", false},
		{"Gentile Luca,\n\nl'ordine 302-1234567-7654321 è partito con il numero di spedizione 123 456 789 012 345.\n\nCordiali saluti\n", false},
	}
	for _, tt := range tests {
		got := rules(Check(tt.text, Settings{}))[RulePhone] == block
		if got != tt.want {
			t.Errorf("Check(%q) phone = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestCheckClean lists text that must raise no finding at all: order ids,
// tracking numbers, dates, amounts, postcodes and allowed links are not
// phone numbers or links.
func TestCheckClean(t *testing.T) {
	s := Settings{AllowedLinkDomains: []string{"amazon.de", "amazon.co.uk"}}
	tests := []struct{ name, text string }{
		{"order id", "Your order 028-1234567-7654321 and 171-0000000-1111111 are linked."},
		{"ups tracking", "The tracking number is 1Z999AA10123456784."},
		{"dhl tracking digits", "Tracking: 00340434161094042557"},
		{"usps tracking", "Tracking number 9400 1118 9922 3100 0000 00"},
		{"dpd tracking spaced after label", "Sendungsnummer 0150 1234 5678 90"},
		{"fedex tracking bare", "Your parcel 794612345678 is on its way."},
		{"gls tracking bare", "Parcel number 12345678901."},
		{"iso date", "It was shipped on 2026-03-06."},
		{"german date", "Versand am 01.03.2026, Zustellung am 03.03.26."},
		{"us date", "Delivered 03/09/2026."},
		{"date range", "Between 01.03.2026 - 05.03.2026."},
		{"long date", "It arrives on 12 March 2026."},
		{"time", "Delivered at 14:35."},
		{"price", "We refunded EUR 1.299,00 and 19,99 € and $1,299.99."},
		{"bare price", "The item cost 0,99 and the set 1.249,00."},
		{"german postcode", "Lindenstr. 12, 10115 Berlin"},
		{"address lines", "Anna Berg\nLindenstr. 12\n10115 Berlin\nGermany"},
		{"us address", "12 Main St, Springfield, IL 62704"},
		{"zip plus four", "Boston, MA 02134-1234"},
		{"japanese postcode", "〒060-0001 札幌市"},
		{"uk postcode", "10 Downing Street, London SW1A 2AA"},
		{"asin", "The ASIN is B0C1234567 and the SKU LL-4711-0815."},
		{"quantities", "3 to 5 business days, 2 units, 30 days."},
		{"allowed amazon link", "See https://www.amazon.de/gp/css/order-history for your orders."},
		{"amazon mention", "Log in to Amazon.de and open Your Orders."},
		{"amazon marketplace name", "The return is handled by Amazon.co.uk for this order."},
		{"your orders path", `Go to Your Orders > Request cancellation, then "Return or replace items".`},
		{"decimal version", "Firmware 2.4.1 fixes it."},
		{"product dimensions", "The cover measures 45 x 45 cm."},
		{"carrier calls", "The carrier will call you on the number in your Amazon order to book a slot."},
		{"amazon emails the label", "Amazon will email the return label to your email address."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if fs := Check(wrap(tt.text), s); len(fs) != 0 {
				t.Errorf("Check(%q) = %+v, want no findings", tt.text, fs)
			}
		})
	}
}

func TestCheckMissingOrderID(t *testing.T) {
	fs := Check("Dear Anna,\n\nThank you.\n\nKind regards\n", Settings{})
	if rules(fs)[RuleMissingOrderID] != aftersale.SeverityWarn {
		t.Errorf("Check without order id = %+v, want a missing_order_id warning", fs)
	}
	if aftersale.Blocking(fs) {
		t.Errorf("a missing order id must only warn, got %+v", fs)
	}
}

func TestCheckNonAmazonAllowListIgnored(t *testing.T) {
	s := Settings{AllowedLinkDomains: []string{"example.com"}}
	fs := Check(wrap("See https://example.com/manual"), s)
	if rules(fs)[RuleLink] != aftersale.SeverityBlock {
		t.Errorf("Check with a non-Amazon allowed domain = %+v, want the link blocked", fs)
	}
}

func TestCheckEmailNotAlsoLink(t *testing.T) {
	fs := Check(wrap("Write to service@lindenhof-living.com"), Settings{})
	for _, f := range fs {
		if f.Rule == RuleLink {
			t.Errorf("email address also reported as link: %+v", f)
		}
	}
	if len(fs) != 2 || fs[0].Rule != RuleEmail || !strings.Contains(fs[0].Detail, "service@lindenhof-living.com") || fs[1].Rule != RuleOffAmazon {
		t.Errorf("Check = %+v, want an email finding naming the address and an off_amazon_contact one", fs)
	}
}

// TestCheckContactInSignature checks that an address or number in the
// sign-off is reported as such, and as an invitation only in the text.
func TestCheckContactInSignature(t *testing.T) {
	sig := "Dear Anna,\n\nYour order 302-1234567-7654321 was shipped today.\n\nKind regards,\nLindenhof Living\nservice@lindenhof-living.com | +49 30 1234567\n"
	got := rules(Check(sig, Settings{}))
	if got[RuleEmail] != block || got[RulePhone] != block {
		t.Errorf("Check(signature) = %v, want email_address and phone_number blocks", got)
	}
	if _, ok := got[RuleOffAmazon]; ok {
		t.Errorf("Check(signature) = %v, want no off_amazon_contact for a sign-off", got)
	}
	body := wrap("Please send the photos to service@lindenhof-living.com.")
	if got := rules(Check(body, Settings{})); got[RuleOffAmazon] != block {
		t.Errorf("Check(body) = %v, want off_amazon_contact", got)
	}
}

// lintCase is one file of testdata/lint: a reply text with the buyer's
// language and the rules Check must report for it, exactly.
type lintCase struct {
	path, lang string
	expect     []string
	text       string
}

func readLintCases(t *testing.T, dir string) []lintCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "lint", dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out []lintCase
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		head, text, ok := strings.Cut(string(b), "\n---\n")
		if !ok {
			t.Fatalf("%s: no --- line between header and text", f)
		}
		lc := lintCase{path: f, text: text}
		for _, line := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(line, ":")
			switch strings.TrimSpace(k) {
			case "lang":
				lc.lang = strings.TrimSpace(v)
			case "expect":
				lc.expect = strings.Fields(v)
			default:
				t.Fatalf("%s: unknown header line %q", f, line)
			}
		}
		sort.Strings(lc.expect)
		out = append(out, lc)
	}
	return out
}

var corpusSettings = Settings{AllowedLinkDomains: []string{"amazon.com", "amazon.co.uk", "amazon.de", "amazon.fr", "amazon.es", "amazon.it", "amazon.co.jp"}}

// TestCheckCorpus runs the policy check on the reply texts in
// testdata/lint/bad (each must be blocked) and testdata/lint/good (none
// may be blocked) and compares the rules found with the file's expect line.
func TestCheckCorpus(t *testing.T) {
	langs := map[string]map[string]int{"bad": {}, "good": {}}
	for _, dir := range []string{"bad", "good"} {
		for _, lc := range readLintCases(t, dir) {
			langs[dir][lc.lang]++
			t.Run(dir+"/"+filepath.Base(lc.path), func(t *testing.T) {
				is := CheckText(lc.text, CheckOptions{BuyerLanguage: lc.lang}, corpusSettings)
				seen := map[string]bool{}
				var got []string
				for _, x := range is {
					if !seen[x.Rule] {
						seen[x.Rule] = true
						got = append(got, x.Rule)
					}
					if x.Offset >= 0 && (x.Line < 1 || x.Column < 1 || x.End > len(lc.text)) {
						t.Errorf("finding %+v has a bad position", x)
					}
				}
				sort.Strings(got)
				if diff := cmp.Diff(lc.expect, got, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("rules (-want +got):\n%s\nfindings: %+v", diff, is)
				}
				blocked := aftersale.Blocking(Findings(is))
				if dir == "bad" && !blocked {
					t.Errorf("bad text not blocked: %+v", is)
				}
				if dir == "good" && blocked {
					t.Errorf("good text blocked: %+v", is)
				}
			})
		}
	}
	bad, good := 0, 0
	for _, n := range langs["bad"] {
		bad += n
	}
	for _, n := range langs["good"] {
		good += n
	}
	if bad < 60 || good < 30 {
		t.Errorf("corpus has %d bad and %d good texts, want at least 60 and 30", bad, good)
	}
	for _, l := range []string{"en", "de", "fr", "es", "it", "ja", "zh"} {
		if langs["bad"][l] < 5 || langs["good"][l] < 3 {
			t.Errorf("corpus language %s has %d bad and %d good texts, want at least 5 and 3", l, langs["bad"][l], langs["good"][l])
		}
	}
}
