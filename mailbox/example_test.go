package mailbox_test

import (
	"fmt"

	"github.com/aftersale/aftersale/mailbox"
)

func ExampleParse() {
	raw := "From: \"Anna - Amazon Marketplace\" <k3v9x2m7q1w8z5t@marketplace.amazon.de>\r\n" +
		"Subject: =?UTF-8?Q?Anfrage_zu_Bestellung_302-1234567-7654321?=\r\n" +
		"Message-ID: <abc@email.example>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n" +
		"\r\n" +
		"Bestellnummer: 302-1234567-7654321\r\n" +
		"Nachricht:\r\n" +
		"Bitte stornieren Sie meine Bestellung.\r\n" +
		"Nachricht anzeigen\r\n"
	m, err := mailbox.Parse([]byte(raw))
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(m.Sender, m.Marketplace, m.BuyerName)
	fmt.Println(m.RelayAlias)
	fmt.Println(m.OrderIDs)
	fmt.Println(m.BuyerText)
	// Output:
	// buyer amazon.de Anna
	// k3v9x2m7q1w8z5t@marketplace.amazon.de
	// [302-1234567-7654321]
	// Bitte stornieren Sie meine Bestellung.
}
