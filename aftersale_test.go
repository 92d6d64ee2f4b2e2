package aftersale

import (
	"errors"
	"testing"
)

func TestParseOrderStatus(t *testing.T) {
	tests := map[string]OrderStatus{
		"Shipped": StatusShipped, "SHIPPED": StatusShipped, "Cancelled": StatusCanceled,
		"Canceled": StatusCanceled, "CANCELLED": StatusCanceled, "PartiallyShipped": StatusPartiallyShipped,
		"partially shipped": StatusPartiallyShipped, "PARTIALLY_SHIPPED": StatusPartiallyShipped,
		"Unshipped": StatusUnshipped, "Pending": StatusPending, "PendingAvailability": StatusPending,
		"InvoiceUnconfirmed": StatusShipped, "Delivered": StatusDelivered, "": StatusUnknown,
	}
	for in, want := range tests {
		got, err := ParseOrderStatus(in)
		if err != nil || got != want {
			t.Errorf("ParseOrderStatus(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseOrderStatus("lost in space"); !errors.Is(err, ErrInvalid) {
		t.Errorf("ParseOrderStatus(bad) error = %v, want ErrInvalid", err)
	}
}

func TestParseChannel(t *testing.T) {
	tests := map[string]Channel{"Amazon": ChannelFBA, "AFN": ChannelFBA, "fba": ChannelFBA,
		"Merchant": ChannelFBM, "MFN": ChannelFBM, "FBM": ChannelFBM, "": ChannelUnknown}
	for in, want := range tests {
		got, err := ParseChannel(in)
		if err != nil || got != want {
			t.Errorf("ParseChannel(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseChannel("drone"); !errors.Is(err, ErrInvalid) {
		t.Errorf("ParseChannel(bad) error = %v, want ErrInvalid", err)
	}
}

func TestParseMoney(t *testing.T) {
	tests := []struct {
		in   string
		want Money
		bad  bool
	}{
		{"12.99", 1299, false}, {"12,99", 1299, false}, {"1.299,00", 129900, false},
		{"1,299.00", 129900, false}, {"¥1980", 198000, false}, {"EUR 12.99", 1299, false},
		{"-5.5", -550, false}, {"0", 0, false}, {"", 0, false}, {"30", 3000, false},
		{"cheap", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseMoney(tt.in)
		if (err != nil) != tt.bad || got != tt.want {
			t.Errorf("ParseMoney(%q) = %d, %v; want %d (error %v)", tt.in, got, err, tt.want, tt.bad)
		}
	}
}

func TestMoneyFormat(t *testing.T) {
	tests := []struct {
		m    Money
		cur  string
		want string
	}{
		{1299, "EUR", "EUR 12.99"}, {198000, "JPY", "JPY 1980"}, {-550, "usd", "USD -5.50"}, {5, "", "0.05"},
	}
	for _, tt := range tests {
		if got := tt.m.Format(tt.cur); got != tt.want {
			t.Errorf("Money(%d).Format(%q) = %q, want %q", tt.m, tt.cur, got, tt.want)
		}
	}
}

func TestValidOrderID(t *testing.T) {
	for s, want := range map[string]bool{
		"302-1234567-1234567": true, "302-1234567-123456": false, "3021234567-1234567x": false,
		"abc-1234567-1234567": false, "": false, "302-1234567-12345678": false,
	} {
		if got := ValidOrderID(s); got != want {
			t.Errorf("ValidOrderID(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestDraftTransitions(t *testing.T) {
	allowed := map[[2]DraftState]bool{
		{DraftProposed, DraftApproved}: true, {DraftProposed, DraftRejected}: true,
		{DraftProposed, DraftNoResponseNeeded}: true, {DraftApproved, DraftSending}: true,
		{DraftApproved, DraftProposed}: true, {DraftSending, DraftSent}: true,
		{DraftSending, DraftFailed}: true, {DraftSending, DraftApproved}: true,
		{DraftSending, DraftSendUnknown}: true, {DraftFailed, DraftApproved}: true,
		{DraftFailed, DraftRejected}: true, {DraftSendUnknown, DraftSent}: true,
		{DraftSendUnknown, DraftRejected}: true,
		// A person found the reply did not go out (queue resolve --not-sent).
		{DraftSendUnknown, DraftApproved}: true,
	}
	for _, from := range DraftStates() {
		for _, to := range DraftStates() {
			if got, want := CanTransition(from, to), allowed[[2]DraftState{from, to}]; got != want {
				t.Errorf("CanTransition(%s, %s) = %v, want %v", from, to, got, want)
			}
		}
	}
	// A sent reply can never be sent again: sent is terminal.
	if !DraftSent.Terminal() || DraftProposed.Terminal() {
		t.Error("Terminal() wrong for sent or proposed")
	}
}

func TestThreadKey(t *testing.T) {
	a := Message{RelayAlias: "abc@marketplace.amazon.de", OrderIDs: []string{"302-1234567-1234567"}}
	b := Message{RelayAlias: "xyz@marketplace.amazon.de", OrderIDs: []string{"302-1234567-1234567"}}
	if a.ThreadKey() == b.ThreadKey() {
		t.Error("two buyers on one order id share a thread; threads are keyed by alias and order id")
	}
	pre := Message{RelayAlias: "abc@marketplace.amazon.de"}
	if pre.ThreadKey() != "abc@marketplace.amazon.de|" {
		t.Errorf("pre-sale ThreadKey = %q", pre.ThreadKey())
	}
}

func TestParseCase(t *testing.T) {
	for _, c := range Cases() {
		if got, err := ParseCase(string(c)); err != nil || got != c {
			t.Errorf("ParseCase(%q) = %q, %v", c, got, err)
		}
	}
	if _, err := ParseCase("refund"); !errors.Is(err, ErrInvalid) {
		t.Errorf("ParseCase(refund) error = %v", err)
	}
}
