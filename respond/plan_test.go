package respond

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// TestParagraphsPassPolicyCheck renders every plan paragraph in every
// template language, with every sample fact set and with and without a
// keep offer, and runs the policy check on it: no paragraph may hold a
// link, a contact, a review ask or marketing. Placeholders (a partial
// refund the seller fills in) and the order id, which the action's own
// template carries, are the only findings allowed.
func TestParagraphsPassPolicyCheck(t *testing.T) {
	s := testSettings()
	for _, lang := range Languages() {
		set := builtin.sets[lang]
		for _, name := range Paragraphs() {
			if set.Lookup(name) == nil {
				t.Errorf("%s: no paragraph %q", lang, name)
				continue
			}
			for _, facts := range sampleFacts {
				for _, plan := range samplePlans {
					var b bytes.Buffer
					data := tmplData{facts: facts, lang: lang, signature: "Seller", plan: plan}
					if err := set.ExecuteTemplate(&b, name, data); err != nil {
						t.Fatalf("%s/%s: %v", lang, name, err)
					}
					text := strings.TrimSpace(b.String())
					if text == "" {
						t.Errorf("%s/%s renders nothing", lang, name)
					}
					for _, f := range CheckLang(text, lang, s) {
						if f.Rule != RulePlaceholder && f.Rule != RuleMissingOrderID {
							t.Errorf("%s/%s: %+v\n%s", lang, name, f, text)
						}
					}
				}
			}
		}
	}
}

// TestGoldensCoverEveryParagraph: every paragraph appears in at least one
// decision-table row, so the golden files show it in every language.
func TestGoldensCoverEveryParagraph(t *testing.T) {
	used := map[string]bool{}
	for _, tc := range decideCases {
		for _, p := range Decide(tc.input(), tc.settingsFor()).Plan.Paragraphs {
			used[p] = true
		}
	}
	for _, p := range Paragraphs() {
		if !used[p] {
			t.Errorf("paragraph %q is in no decision-table row (decide_test.go)", p)
		}
	}
}

// TestPlanVocabulary: the plan's words are the ones reply scenarios use.
func TestPlanVocabulary(t *testing.T) {
	offers := []string{"replacement", "send_parts", "refund", "partial_refund", "keep_with_refund", "return",
		"cancel_via_amazon", "cancel", "reorder", "reship_new_address", "tracking", "amazon_support", "refund_info"}
	requests := []string{"photo", "symptom", "missing_part", "reason", "address", "address_confirmation", "variant",
		"order_id", "keep_item"}
	for _, o := range Offers() {
		if !slices.Contains(offers, string(o)) {
			t.Errorf("offer %q is not in the scenario vocabulary", o)
		}
	}
	for _, r := range Requests() {
		if !slices.Contains(requests, string(r)) {
			t.Errorf("request %q is not in the scenario vocabulary", r)
		}
	}
	if len(Offers()) != len(offers) || len(Requests()) != len(requests) {
		t.Errorf("%d offers and %d requests, want %d and %d", len(Offers()), len(Requests()), len(offers), len(requests))
	}
}
