package mailbox

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/aftersale/aftersale"
)

func TestOrderIDs(t *testing.T) {
	tests := []struct {
		subject, body string
		want          []string
	}{
		{"", "", nil},
		{"(Order: 111-0944945-3989852)", "", []string{"111-0944945-3989852"}},
		{"Order 111-0944945-3989852", "see 222-0000000-0000000 and 111-0944945-3989852", []string{"111-0944945-3989852", "222-0000000-0000000"}},
		{"", "Order#302-1234567-7654321.", []string{"302-1234567-7654321"}},
		{"", "1302-1234567-7654321", nil}, // longer digit run before
		{"", "302-1234567-76543210", nil}, // longer digit run after
		{"", "302-123456-7654321", nil},   // 3-6-7
		{"", "302 1234567 7654321", nil},  // spaces are not dashes
		{"", "x302-1234567-7654321y", []string{"302-1234567-7654321"}},
		{"", "111-1111111-1111111\n222-2222222-2222222", []string{"111-1111111-1111111", "222-2222222-2222222"}},
	}
	for _, tt := range tests {
		got := aftersale.OrderIDs(tt.subject, tt.body)
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("OrderIDs(%q, %q) mismatch (-want +got):\n%s", tt.subject, tt.body, diff)
		}
	}
}

func TestASINs(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"[ASIN: B00GARDEN1]", []string{"B00GARDEN1"}},
		{"B07XJ8C8F5 and B07XJ8C8F5 again, B0CHAIR123", []string{"B07XJ8C8F5", "B0CHAIR123"}},
		{"XB07XJ8C8F5", nil}, // inside a word
		{"B07XJ8C8F5Z", nil}, // too long
		{"b07xj8c8f5", nil},  // lower case is not an ASIN
		{"B17XJ8C8F5", nil},  // must start with B0
	}
	for _, tt := range tests {
		got := asins(tt.text)
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("asins(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestRelayAndSystemAddresses(t *testing.T) {
	tests := []struct {
		addr        string
		relay, sys  bool
		marketplace string
	}{
		{"6bmcx2l1t7cwrwb@marketplace.amazon.co.uk", true, false, "amazon.co.uk"},
		{"qw2smy2gutcr61k@marketplace.amazon.com", true, false, "amazon.com"},
		{"abc+0f8fad5b-d9cb-469f-a165-70867728950e@marketplace.amazon.de", true, false, "amazon.de"},
		{"abc@marketplace.amazon.com.mx", true, false, "amazon.com.mx"},
		{"abc@marketplace.amazon.co.jp", true, false, "amazon.co.jp"},
		{"x@marketplace.amazon.de.evil.example", false, false, ""},
		{"x@marketplace.amazon.de.", false, false, ""},
		{"x@evilmarketplace.amazon.de", false, false, ""},
		{"x@marketplace-amazon.de", false, false, ""},
		{"x@marketplace.amazon.xyz", false, false, ""},
		{"x.y@marketplace.amazon.de", false, false, ""}, // aliases have no dots
		{"order-update@amazon.com", false, true, "amazon.com"},
		{"atoz-guarantee-no-reply@amazon.de", false, true, "amazon.de"},
		{"seller-performance@amazon.co.uk", false, true, "amazon.co.uk"},
		{"order-update@amazon.com.evil.example", false, false, ""},
		{"order-update@notamazon.com", false, false, ""},
		{"order-update@mail.amazon.com", false, false, ""},
	}
	for _, tt := range tests {
		if got := relayRe.MatchString(tt.addr); got != tt.relay {
			t.Errorf("relayRe.MatchString(%q) = %v, want %v", tt.addr, got, tt.relay)
		}
		if got := systemRe.MatchString(tt.addr); got != tt.sys {
			t.Errorf("systemRe.MatchString(%q) = %v, want %v", tt.addr, got, tt.sys)
		}
		if tt.relay || tt.sys {
			if got := marketplaceOf(tt.addr); got != tt.marketplace {
				t.Errorf("marketplaceOf(%q) = %q, want %q", tt.addr, got, tt.marketplace)
			}
		}
	}
}

func TestSenderAndBuyerName(t *testing.T) {
	tests := []struct {
		name      string
		header    string
		sender    aftersale.SenderKind
		buyerName string
		auto      bool
	}{
		{"relay display name", "From: \"Alisa - Amazon Marketplace\" <a1b2c3@marketplace.amazon.com>\r\nSubject: hi\r\n", aftersale.SenderBuyer, "Alisa", false},
		{"subject name", "From: a1b2c3@marketplace.amazon.com\r\nSubject: Inquiry from Amazon customer Veera Pavan K. Kotaru (Order: 111-7366207-0755439)\r\n", aftersale.SenderBuyer, "Veera Pavan K. Kotaru", false},
		{"subject name without space", "From: a1b2c3@marketplace.amazon.com\r\nSubject: Return policy inquiry from Amazon customer Sakina(Order: 111-1537220-5238650)\r\n", aftersale.SenderBuyer, "Sakina", false},
		{"empty subject name", "From: a1b2c3@marketplace.amazon.com\r\nSubject: Order delivery inquiry from Amazon customer  (Order: 114-5652017-6650426)\r\n", aftersale.SenderBuyer, "", false},
		{"system", "From: Amazon <payments-messages@amazon.fr>\r\nSubject: x\r\n", aftersale.SenderAmazon, "", false},
		{"other", "From: someone@example.org\r\nSubject: x\r\n", aftersale.SenderOther, "", false},
		{"no from", "Subject: x\r\n", aftersale.SenderUnknown, "", false},
		{"auto-submitted no", "From: a@example.org\r\nAuto-Submitted: no\r\nSubject: x\r\n", aftersale.SenderOther, "", false},
		{"auto-generated", "From: a@example.org\r\nAuto-Submitted: auto-generated; owner-email=\"x@y\"\r\nSubject: x\r\n", aftersale.SenderOther, "", true},
		{"x-autorespond", "From: a@example.org\r\nX-Autorespond: 1\r\nSubject: x\r\n", aftersale.SenderOther, "", true},
		{"precedence list", "From: a@example.org\r\nPrecedence: list\r\nSubject: x\r\n", aftersale.SenderOther, "", true},
		{"precedence first-class", "From: a@example.org\r\nPrecedence: first-class\r\nSubject: x\r\n", aftersale.SenderOther, "", false},
		{"out of office subject", "From: a@example.org\r\nSubject: Out of Office: back Monday\r\n", aftersale.SenderOther, "", true},
		{"chinese auto reply", "From: a@example.org\r\nSubject: =?UTF-8?B?6Ieq5Yqo5Zue5aSN?=: x\r\n", aftersale.SenderOther, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse([]byte(tt.header + "\r\nbody\r\n"))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if m.Sender != tt.sender {
				t.Errorf("Sender = %q, want %q", m.Sender, tt.sender)
			}
			if m.BuyerName != tt.buyerName {
				t.Errorf("BuyerName = %q, want %q", m.BuyerName, tt.buyerName)
			}
			if m.AutoReply != tt.auto {
				t.Errorf("AutoReply = %v, want %v (subject %q)", m.AutoReply, tt.auto, m.Subject)
			}
		})
	}
}

func TestThreadKeyUsesRelayAlias(t *testing.T) {
	m, err := Parse([]byte("From: X - Amazon Marketplace <abc123@marketplace.amazon.de>\r\nSubject: (Order: 302-1234567-7654321)\r\n\r\nhi\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m.ThreadKey(), "abc123@marketplace.amazon.de|302-1234567-7654321"; got != want {
		t.Errorf("ThreadKey() = %q, want %q", got, want)
	}
	if !strings.HasPrefix(m.ClassifyText(), "hi") {
		t.Errorf("ClassifyText() = %q, want the body", m.ClassifyText())
	}
}
