package classify_test

import (
	"context"
	"fmt"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/classify"
)

func Example() {
	c, err := classify.New(classify.Options{})
	if err != nil {
		panic(err)
	}
	m := aftersale.Message{
		Sender:      aftersale.SenderBuyer,
		Marketplace: "amazon.de",
		Subject:     "Inquiry from Amazon customer Jonas (Order: 302-1234567-7654321)",
		BuyerText:   "Hallo, das Paket ist heute angekommen, aber die Tasse ist zerbrochen. Was kann ich tun?",
		OrderIDs:    []string{"302-1234567-7654321"},
		BuyerName:   "Jonas",
	}
	cl, err := c.Classify(context.Background(), m)
	if err != nil {
		panic(err)
	}
	fmt.Println(cl.Case, cl.SubReason, cl.Language, cl.Facts.OrderIDs, cl.Facts.BuyerName)
	// Output: return_dissatisfied damaged de [302-1234567-7654321] Jonas
}
