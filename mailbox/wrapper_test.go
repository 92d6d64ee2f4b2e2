package mailbox

import "testing"

// The wrapper lines below are written for these tests, in the marketplace
// languages, to exercise each shape rule; none is a copy of a real
// template.

func TestKindOf(t *testing.T) {
	tests := []struct {
		line string
		want lineKind
	}{
		// Rules.
		{"", lineBlank},
		{"   ", lineBlank},
		{"----------", lineRule},
		{"==========================", lineRule},
		{"* * * * *", lineRule},
		{"______________", lineRule},
		{"---", lineBuyer}, // too short to be drawn on purpose
		{"...", lineBuyer},

		// Decorated begin markers, in several languages and decorations.
		{"------ Begin message ------", lineBegin},
		{"***** Nachricht *****", lineBegin},
		{"[Message]", lineBegin},
		{"==== Début du message ====", lineBegin},
		{"--- Inizio del messaggio ---", lineBegin},
		{"<<< Meddelande >>>", lineBegin},
		{"~~~~ Wiadomość ~~~~", lineBegin},
		{"【メッセージ】", lineBegin},
		{"===== 消息开始 =====", lineBegin},
		{"-- Start bericht --", lineBegin},
		{"Message", lineBegin},  // bare: only marker words
		{"Message:", lineBegin}, // the current template's label
		{"Mensaje :", lineBegin},
		{"Mesaj:", lineBegin},
		{"メッセージ：", lineBegin},

		// End markers.
		{"------ End of message ------", lineEnd},
		{"***** Ende der Nachricht *****", lineEnd},
		{"==== Fin del mensaje ====", lineEnd},
		{"--- Koniec wiadomości ---", lineEnd},
		{"===== メッセージ終了 =====", lineEnd},
		{"-- Einde bericht --", lineEnd},
		{"[End]", lineEnd},

		// Quote headers are not markers.
		{"----- Original Message -----", lineBuyer},
		{"---------- Forwarded message ---------", lineBuyer},

		// Labels: a message word and a colon.
		{"Nachricht von Amazon-Kunde Jonas:", lineLabel},
		{"Mensagem do cliente Amazon Rita:", lineLabel},
		{"Customer's comments:", lineLabel},
		{"Commenti dell'acquirente:", lineLabel},
		{"Bericht van klant Sanne:", lineLabel},
		{"Müşteri mesajı:", lineBegin}, // bare: only marker and buyer words
		{"購入者からのメッセージ：", lineLabel},
		{"买家留言：", lineLabel},
		{"I got this error message:", lineLabel}, // a label by shape; extract checks what is above it

		// Header fields and product rows.
		{"Order ID: 123-4567890-1234567", lineField},
		{"Bestellnummer 123-4567890-1234567:", lineField},
		{"N.º de pedido: 123-4567890-1234567", lineField},
		{"Numero ordine: 123-4567890-1234567", lineField},
		{"Sipariş numarası: 123-4567890-1234567", lineField},
		{"Beställnings-ID: 123-4567890-1234567", lineField},
		{"订单编号：123-4567890-1234567", lineField},
		{"ASIN: B0ABCDEFGH", lineField},
		{"Menge: 2", lineField},
		{"Cantidad: 1", lineField},
		{"Quantité : 3", lineField},
		{"Aantal: 1", lineField},
		{"Käufer: Jonas", lineField},
		{"Kupujący: Jan", lineField},
		{"Produktname: Kaffeemühle aus Edelstahl", lineField},
		{"商品名：コーヒーミル", lineField},
		{"Reason for contact: parcel late", lineField},
		{"#\tASIN\tProduct name", lineField},
		{"2\tB0ABCDEFGH\tCoffee grinder", lineField},
		{"1 x Coffee grinder [ASIN: B0ABCDEFGH]", lineField},
		{"Bestelldatum: 3. März 2026", lineField},
		{"Marketplace: Amazon.de", lineField},
		// An HTML table converted cell by cell.
		{"Product Name", lineField},
		{"Order ID:", lineField},
		{"123-4567890-1234567", lineField},
		{"B0ABCDEFGH", lineField},

		// Attachment lists.
		{"Attachment(s): photo1.jpg, photo2.jpg", lineAttach},
		{"Anhänge: Rechnung.pdf", lineAttach},
		{"添付ファイル: 写真.png", lineAttach},

		// Footers, reworded.
		{"See the conversation: https://sellercentral.amazon.de/messaging/thread?x=1", lineFooter},
		{"Verdächtige Aktivität melden", lineFooter},
		{"Report suspicious activity here", lineFooter},
		{"Signaler une activité suspecte", lineFooter},
		{"Şüpheli etkinlik bildir", lineFooter},
		{"Was this e-mail helpful to you?", lineFooter},
		{"War diese E-Mail für Sie hilfreich?", lineFooter},
		{"Questa e-mail è stata utile?", lineFooter},
		{"Bu e-posta yararlı mıydı?", lineFooter},
		{"このメールは役に立ちましたか？", lineFooter},
		{"Bitte den Betreff beim Antworten nicht ändern.", lineFooter},
		{"Ne modifiez pas l'objet de cet e-mail.", lineFooter},
		{"Nie zmieniaj tematu tej wiadomości.", lineFooter},
		{"© 2026 Amazon.com, Inc. und verbundene Unternehmen", lineFooter},
		{"Tous droits réservés.", lineFooter},
		{"Para contestar al comprador, responde a este correo electrónico.", lineFooter},
		{"You can answer the customer by replying to this email.", lineFooter},
		{"Diese Nachricht wird zwei Jahre lang gespeichert.", lineFooter},
		{"To mark this as no response needed, open Seller Central.", lineFooter},
		{"This service is offered by Amazon so buyers and sellers can talk.", lineFooter},
		{"Den här tjänsten erbjuds av Amazon.", lineFooter},
		{"このサービスはAmazonが提供しています。", lineFooter},
		{"[commMgrTok:ABC123XYZ]", lineFooter},
		{"View messageResolve case", lineFooter}, // two links glued by an HTML conversion
		{"Manage your notification settings in Seller Central.", lineWrapper},
		{"Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg", lineWrapper},
		{"Amazon hilft Käufern und Verkäufern, miteinander in Kontakt zu bleiben.", lineWrapper},
		{"Sent through Amazon's buyer-seller messaging", lineWrapper},
		{"Envoyé via la messagerie Amazon", lineWrapper},
		{"The buyer wrote:", lineLabel},
		{"Le client a écrit :", lineBuyer}, // "client" may be anyone; only "buyer" words make it a label

		// A buyer's lines stay the buyer's.
		{"Where is my order?", lineBuyer},
		{"Order: please cancel it", lineBuyer},
		{"Quantity: I ordered two but got one", lineBuyer},
		{"Buyer: me, and I am very upset about this order", lineBuyer},
		{"Item: what does it weigh?", lineBuyer},
		{"Order date: yesterday, I think", lineBuyer},
		{"Shipping address: 12 Main St, Springfield", lineBuyer},
		{"Sent from my iPhone", lineBuyer},
		{"Please reply to this email asap", lineBuyer},
		{"I will report this to Amazon", lineBuyer},
		{"I want to report a suspicious charge on my card that appeared after this order arrived", lineBuyer},
		{"This service was terrible, the parcel came a week late.", lineBuyer},
		{"Amazon says it was delivered", lineBuyer}, // a title only above the buyer's words (extract)
		{"Message me when it ships, please.", lineBuyer},
		{"The end.", lineBuyer},
		{"My order 123-4567890-1234567 has not arrived.", lineBuyer},
		{"I bought B0ABCDEFGH but got the wrong colour", lineBuyer},
		{"See https://www.amazon.de/dp/B0ABCDEFGH for the right one", lineBuyer},
		{"It was sent by Amazon but arrived broken", lineBuyer},
		{"Amazon customer service told me to ask the seller", lineBuyer},
		{"My husband wrote:", lineBuyer},
	}
	for _, tt := range tests {
		if got := kindOf(newWline(tt.line)); got != tt.want {
			t.Errorf("kindOf(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func (k lineKind) String() string {
	return [...]string{"buyer", "blank", "rule", "begin", "label", "end", "field", "attach", "footer", "wrapper"}[k]
}

func TestFieldKindReason(t *testing.T) {
	for _, tt := range []struct {
		line          string
		field, reason bool
	}{
		{"Reason for contact: parcel late", true, true},
		{"Motivo: articolo difettoso", true, true},
		{"ASIN: B0ABCDEFGH", true, false},
		{"Hello", false, false},
	} {
		f, r := fieldKind(newWline(tt.line), tt.line)
		if f != tt.field || r != tt.reason {
			t.Errorf("fieldKind(%q) = %v, %v; want %v, %v", tt.line, f, r, tt.field, tt.reason)
		}
	}
}

func TestIsTitle(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Amazon Marketplace – Nachrichten zwischen Käufer und Verkäufer", true},
		{"amazon seller central", true},
		{"Dear Amazon Seller,", true},
		{"Did Amazon lose my parcel?", false},
		{"Amazon told me to contact you because the lamp I bought from your shop flickers", false},
	} {
		if got := isTitle(newWline(tt.line), tt.line); got != tt.want {
			t.Errorf("isTitle(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
