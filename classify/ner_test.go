package classify

import (
	"testing"

	"github.com/aftersale/aftersale"
)

func TestNERNameFallback(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		// Signed without a closing the sign-off rules know.
		{"Hi, my parcel never came and the tracking says delivered.\nI checked with my neighbours.\nSarah Johnson", "Sarah Johnson"},
		{"where is my order? it is late\nPlease help", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := nerName(tt.text); got != tt.want {
			t.Errorf("nerName(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestClassifyUsesNERWithoutDisplayName(t *testing.T) {
	c := mustNew(t)
	m := aftersale.Message{
		Sender:    aftersale.SenderBuyer,
		Subject:   "Order delivery inquiry from Amazon customer (Order: 112-6630917-2285413)",
		BuyerText: "Hello, the tracking says my package was delivered yesterday but it is not here. Can you check with the carrier?\nJessica Miller",
	}
	cl, err := c.Classify(t.Context(), m)
	if err != nil {
		t.Fatal(err)
	}
	if cl.Facts.BuyerName != "Jessica Miller" {
		t.Errorf("BuyerName = %q, want Jessica Miller", cl.Facts.BuyerName)
	}
}
