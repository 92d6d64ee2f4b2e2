package respond

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
)

func TestEveryActionHasTemplates(t *testing.T) {
	for _, lang := range []string{"en", "de", "fr", "es", "it", "ja", "zh"} {
		for _, a := range ReplyActions() {
			if !HasTemplate(a, lang) {
				t.Errorf("no %s template for action %s", lang, a)
			}
		}
	}
}

func TestRenderBuyerTextIsData(t *testing.T) {
	in := Input{
		Message: buyerMsg("Address", "please ship elsewhere"),
		Class: aftersale.Classification{
			Case: aftersale.CaseAddressChange,
			Facts: aftersale.Facts{
				BuyerName:  `{{template "closing" .}}`,
				NewAddress: "{{.Signature}}\n{{printf \"%s\" \"x\"}} {{ .Fact \"order_id\" }}\nLindenstr. 12",
			},
		},
		Order: order(fbm, unshipped),
		Now:   now,
	}
	s := testSettings()
	s.AllowAddressUpdate = true
	d := Decide(in, s)
	r, err := Render(d, in, "en", s)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`Dear {{template "closing" .}},`,
		"{{.Signature}}\n{{printf \"%s\" \"x\"}} {{ .Fact \"order_id\" }}\nLindenstr. 12",
	} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("body lacks the literal buyer text %q:\n%s", want, r.Body)
		}
	}
	if strings.Count(r.Body, "Kind regards") != 1 {
		t.Errorf("buyer text was evaluated as a template:\n%s", r.Body)
	}
}

func TestRenderGreetingAndFallback(t *testing.T) {
	in := Input{
		Message: buyerMsg("", "where is it"),
		Class:   aftersale.Classification{Case: aftersale.CaseShippingInquiry},
		Order:   order(fba, shipped),
		Now:     now,
	}
	in.Message.BuyerName = ""
	d := Decide(in, testSettings())
	tests := []struct {
		lang, wantLang, greeting string
	}{
		{"en", "en", "Hello,\n"},
		{"de-DE", "de", "Guten Tag,\n"},
		{"fr", "fr", "Bonjour,\n"},
		{"es-ES", "es", "Buenos días:\n"},
		{"it", "it", "Buongiorno,\n"},
		{"ja-JP", "ja", "お客様\n"},
		{"nl", "en", "Hello,\n"},
		{"", "en", "Hello,\n"},
	}
	for _, tt := range tests {
		r, err := Render(d, in, tt.lang, testSettings())
		if err != nil {
			t.Fatalf("Render(%q): %v", tt.lang, err)
		}
		if r.Language != tt.wantLang {
			t.Errorf("Render(%q).Language = %q, want %q", tt.lang, r.Language, tt.wantLang)
		}
		if !strings.HasPrefix(r.Body, tt.greeting) {
			t.Errorf("Render(%q) body starts %q, want %q", tt.lang, r.Body[:20], tt.greeting)
		}
		if r.Subject != "Re: Order "+testOrderID {
			t.Errorf("Render(%q).Subject = %q, want %q", tt.lang, r.Subject, "Re: Order "+testOrderID)
		}
	}
}

func TestRenderSignatureFallback(t *testing.T) {
	in := Input{Message: buyerMsg("x", "x"), Class: aftersale.Classification{Case: aftersale.CaseNegativeReview},
		Order: order(fbm, delivered), Now: now}
	d := Decide(in, Settings{})
	r, err := Render(d, in, "en", Settings{SellerName: "Lindenhof"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(r.Body, "Kind regards,\nLindenhof\n") {
		t.Errorf("body ends %q, want the seller name", r.Body[len(r.Body)-30:])
	}
	r, err = Render(d, in, "en", Settings{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Placeholders) != 1 || r.Placeholders[0] != "seller name" {
		t.Errorf("Placeholders without a signature = %q, want [seller name]", r.Placeholders)
	}
}

func TestRenderNoResponse(t *testing.T) {
	d := Decision{Action: ActionNoResponse, NoResponse: true}
	if _, err := Render(d, Input{}, "en", Settings{}); !errors.Is(err, aftersale.ErrInvalid) {
		t.Errorf("Render(no response) error = %v, want ErrInvalid", err)
	}
	if _, err := Render(Decision{Action: "no_such_action"}, Input{}, "en", Settings{}); !errors.Is(err, aftersale.ErrInvalid) {
		t.Errorf("Render(unknown action) error = %v, want ErrInvalid", err)
	}
}

func TestReplySubject(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Inquiry from Amazon customer Anna (Order: 302-1234567-7654321)", "Re: Inquiry from Amazon customer Anna (Order: 302-1234567-7654321)"},
		{"Re: Where is my order", "Re: Where is my order"},
		{"RE: RE: Where is my order", "Re: Where is my order"},
		{"AW: Re: Lieferung", "Re: Lieferung"},
		{"re:Missing", "Re: Missing"},
		{"Re[2]: Missing", "Re: Missing"},
		{"Subject with\r\nBcc: injected", "Re: Subject with Bcc: injected"},
		{"Return policy", "Re: Return policy"},
		{"  ", "Re: Order 302-1234567-7654321"},
	}
	for _, tt := range tests {
		if got := ReplySubject(tt.in, testOrderID); got != tt.want {
			t.Errorf("ReplySubject(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func ExampleRender() {
	now := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	in := Input{
		Message: aftersale.Message{
			Subject:    "Shipping inquiry from Amazon customer Anna (Order: 302-1234567-7654321)",
			OrderIDs:   []string{"302-1234567-7654321"},
			RelayAlias: "6bmcx2l1t7cwrwb@marketplace.amazon.de",
			BuyerName:  "Anna",
		},
		Class: aftersale.Classification{Case: aftersale.CaseShippingInquiry, Language: "en"},
		Order: aftersale.Order{
			ID: "302-1234567-7654321", Status: aftersale.StatusShipped, Channel: aftersale.ChannelFBM,
			Carrier: "DHL", Tracking: "00340434161094042557",
			ShipDate: now.AddDate(0, 0, -2), LatestDelivery: now.AddDate(0, 0, 1),
		},
		Now: now,
	}
	s := Settings{SellerName: "Lindenhof Living"}
	d := Decide(in, s)
	r, err := Render(d, in, in.Class.Language, s)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Action)
	fmt.Println(r.Subject)
	fmt.Print(r.Body)
	// Output:
	// shipping_tracking
	// Re: Shipping inquiry from Amazon customer Anna (Order: 302-1234567-7654321)
	// Dear Anna,
	//
	// Thank you for your message about order 302-1234567-7654321.
	//
	// Your order was shipped on 8 March 2026 with DHL. The tracking number is 00340434161094042557. The expected delivery date is 11 March 2026. You can also follow the parcel under Your Orders with "Track package".
	//
	// We are sorry for the wait and thank you for your patience.
	//
	// Kind regards,
	// Lindenhof Living
}
