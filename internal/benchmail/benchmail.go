// Package benchmail generates the buyer mail the benchmarks, load and soak
// tests feed through the pipeline, so that every stage is measured on the
// same messages.
package benchmail

import (
	"bytes"
	"fmt"
	"strings"
)

// Bodies are the buyer texts, in rotation: the common cases in five
// languages, a thank-you and a pre-sale question.
var Bodies = []string{
	"Hi, I ordered the wrong size. Can I return it for a refund?",
	"Where is my package? The tracking has not changed for a week.",
	"Please cancel my order, I bought it by mistake.",
	"The bottle arrived dented. Could you send a replacement?",
	"Bitte stornieren Sie meine Bestellung, ich habe mich vertan.",
	"Does this come with a charger? Thanks.",
	"I need to change the delivery address to 12 Main Street, Springfield.",
	"Le colis est arrivé cassé, je voudrais un remboursement.",
	"Ho ricevuto il prodotto sbagliato, potete aiutarmi?",
	"¿Dónde está mi pedido? No ha llegado todavía.",
	"Thanks, all good, it arrived today!",
	"注文した商品がまだ届きません。確認していただけますか？",
}

// OrderID is the order of message i (four messages per order).
func OrderID(i int) string { return fmt.Sprintf("302-%07d-%07d", i/4, i%10000000) }

// Mail is buyer message i in Amazon's current relay template, about 1 KB;
// every 4th message continues an earlier thread (same relay alias).
func Mail(i int) []byte {
	alias := fmt.Sprintf("b%014d", i/4)
	order := OrderID(i)
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: \"Buyer %d - Amazon Marketplace\" <%s@marketplace.amazon.de>\r\n", i, alias)
	fmt.Fprintf(&b, "To: shop@seller.example\r\nSubject: Inquiry from Amazon customer Buyer %d (Order: %s)\r\n", i, order)
	fmt.Fprintf(&b, "Message-ID: <bench-%d@marketplace.amazon.de>\r\nDate: Tue, 04 Mar 2025 09:%02d:02 +0000\r\n", i, i%60)
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	fmt.Fprintf(&b, "Order ID: %s\r\n\r\n#  ASIN        Product Name\r\n1  B07XJ8C8F5  Stainless steel bottle 750 ml\r\n\r\n", order)
	fmt.Fprintf(&b, "Message:\r\n%s\r\n\r\nView message\r\nReport suspicious activity\r\n", Bodies[i%len(Bodies)])
	b.WriteString("This service is provided by Amazon. " + strings.Repeat("Amazon retains all messages for two years. ", 8) + "\r\n")
	return b.Bytes()
}
