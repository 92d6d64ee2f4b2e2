package mailbox

import "testing"

func TestBuyerText(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want      string
		inMarkers bool
	}{
		{"empty", "", "", false},
		{"no markers", "  Where is my order?  \n", "Where is my order?", false},
		{"message marker", "Order ID: 1\nMessage:\nHello\nthere\n\nView message\nmore", "Hello\nthere", true},
		{"text on marker line", "Message: Hello there\nResolve case", "Hello there", true},
		{"french space before colon", "Message :\nBonjour\nCe service est fourni", "Bonjour", true},
		{"german", "Nachricht:\nHallo\n[Nachricht anzeigen]", "Hallo", true},
		{"japanese", "メッセージ：\nこんにちは\nメッセージを表示", "こんにちは", true},
		{"chinese 消息", "消息:\n你好\n查看消息", "你好", true},
		{"no footer", "Mensaje:\nHola\n", "Hola", true},
		{"photo only", "Message:\n\nView message\n", "", true},
		{"old template", "Order ID 1:\n------------- Begin message -------------\n\nHi\n\n------------- End message -------------\nfooter", "Hi", true},
		{"old template without end", "------------- Begin message -------------\nHi\n", "Hi", true},
		{"quotes not stripped inside markers", "Message:\nyes\n> earlier\nView message", "yes\n> earlier", true},
		{"on wrote", "Thanks!\n\nOn Mon, Mar 3, 2025 at 10:00 AM Shop <s@x> wrote:\n> old", "Thanks!", false},
		{"on wrote wrapped", "Thanks!\nOn Mon, Mar 3, 2025 at 10:00 AM Shop Name <shop@example.com>\nwrote:\n> old", "Thanks!", false},
		{"interleaved quote", "> question?\nanswer\n> question 2?\nanswer 2", "answer\nanswer 2", false},
		{"signature", "Body\n-- \nSig", "Body", false},
		{"original message", "Ok\n-----Original Message-----\nFrom: x", "Ok", false},
		{"outlook block", "Fine\n\nFrom: Shop <s@x>\nSent: Monday\nTo: me\n", "Fine", false},
		{"am schrieb", "Gut\nAm 01.03.2025 um 10:00 schrieb Shop:\n> alt", "Gut", false},
		{"le a écrit", "Oui\nLe lun. 3 mars 2025, Shop a écrit :\n> ancien", "Oui", false},
		{"only a quote", "> all quoted", "> all quoted", false},
		{"only wrapper", "Order ID: 123-4567890-1234567\n------\nView message", "", false},
		{"label below the buyer's words is theirs", "Hello,\nI got this error message:\nE42\nThanks", "Hello,\nI got this error message:\nE42\nThanks", false},
		{"decoration only", "=====\n*****\n-----", "", false},
		{"invalid utf-8", "Message:\n\xff\xfe hi\nView message", "\xff\xfe hi", true},
		{"carriage returns kept as text", "Message:\nhi\r\nthere", "hi\r\nthere", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, in, _ := buyerText(tt.text)
			if got != tt.want || in != tt.inMarkers {
				t.Errorf("buyerText(%q) = %q, %v; want %q, %v", tt.text, got, in, tt.want, tt.inMarkers)
			}
		})
	}
}

func TestNoBuyerTextFlag(t *testing.T) {
	m, err := Parse([]byte("From: a@marketplace.amazon.com\r\nSubject: photo\r\n\r\nMessage:\r\n\r\nView message\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !m.HasFlag(FlagNoBuyerText) || m.BuyerText != "" {
		t.Errorf("Parse(photo only) Flags = %q, BuyerText = %q; want %q and empty", m.Flags, m.BuyerText, FlagNoBuyerText)
	}
	// The classifier reads nothing then, never Amazon's wrapper.
	if got := m.ClassifyText(); got != "" {
		t.Errorf("ClassifyText() = %q, want \"\"", got)
	}
}

// The wrappers below are written for this test, one per marketplace
// language and layout; each holds the buyer's words "want".
func TestBuyerTextWrappers(t *testing.T) {
	tests := []struct {
		name, text, want string
		inMarkers        bool
	}{
		{
			name: "en current layout, product table",
			text: `Order ID: 111-2223334-4445556

#	ASIN	Product Name
1	B0ABCDEFGH	Stainless Steel Coffee Grinder, 200 g

Message:

Hi, the grinder stopped turning after two days. Can I get a new one?

View message: https://sellercentral.amazon.com/messaging/thread?id=1
Resolve case: https://sellercentral.amazon.com/messaging/thread?id=1&resolve=1
Report suspicious activity: https://sellercentral.amazon.com/messaging/report?id=1

This service is provided by Amazon so buyers and sellers can reach each other.
© 2026 Amazon.com, Inc. or its affiliates.`,
			want:      "Hi, the grinder stopped turning after two days. Can I get a new one?",
			inMarkers: true,
		},
		{
			name: "de label between rules, order block above",
			text: `Bestellnummer: 302-1112223-3334445
Artikel: Kaffeemühle Edelstahl
ASIN: B0ABCDEFGH
Menge: 1

------------------------------------------------------------
Nachricht von Amazon-Kunde Jonas:

Guten Tag, die Mühle ist angekommen, aber der Deckel fehlt.
Viele Grüße
Jonas
------------------------------------------------------------

Sie können dem Käufer antworten, indem Sie auf diese E-Mail antworten.
https://sellercentral-europe.amazon.com/messaging/inbox
© 2026 Amazon.com, Inc. oder verbundene Unternehmen.`,
			want:      "Guten Tag, die Mühle ist angekommen, aber der Deckel fehlt.\nViele Grüße\nJonas",
			inMarkers: true,
		},
		{
			name: "fr older layout, localized markers",
			text: `Numéro de commande 403-1112223-3334445 :
1 x Moulin à café [ASIN: B0ABCDEFGH]

~~~~~~~~~ Début du message ~~~~~~~~~

Bonjour, je voudrais annuler ma commande, je me suis trompée de modèle.

~~~~~~~~~ Fin du message ~~~~~~~~~

Nous conservons ces messages pendant deux ans pour régler les litiges.
[commMgrTok:QWERTY12345]`,
			want:      "Bonjour, je voudrais annuler ma commande, je me suis trompée de modèle.",
			inMarkers: true,
		},
		{
			name: "es title, fields and rules, no marker",
			text: `Amazon Marketplace · Mensajes entre comprador y vendedor
==============================
Comprador: Lucía
Número de pedido: 171-1112223-3334445
Nombre del producto: Molinillo de café (B0ABCDEFGH)
==============================

Hola, ¿cuándo llega mi pedido? Ya han pasado diez días.

==============================
No cambies el asunto cuando respondas.
Informar de actividad sospechosa: https://sellercentral-europe.amazon.com/messaging/report?x=2`,
			want: "Hola, ¿cuándo llega mi pedido? Ya han pasado diez días.",
		},
		{
			name: "it customer service for a buyer",
			text: `Gentile venditore,

il Servizio clienti di Amazon ti scrive per conto di un cliente.

Numero ordine: 404-1112223-3334445
ASIN: B0ABCDEFGH
Motivo: prodotto danneggiato

Commenti del cliente:
Il cliente dice che il macinino è arrivato con il coperchio rotto e chiede un rimborso.

Ti chiediamo di rispondere al cliente entro 24 ore rispondendo a questa e-mail.

Cordiali saluti,
Servizio clienti Amazon`,
			want:      "Il cliente dice che il macinino è arrivato con il coperchio rotto e chiede un rimborso.",
			inMarkers: true,
		},
		{
			name: "ja label with full-width colon",
			text: `注文番号：503-1112223-3334445
商品名：コーヒーミル

購入者からのメッセージ：
商品がまだ届きません。いつ発送されますか？

このメールは役に立ちましたか？
© 2026 Amazon.com, Inc.`,
			want:      "商品がまだ届きません。いつ発送されますか？",
			inMarkers: true,
		},
		{
			name: "zh label",
			text: `订单编号：112-1112223-3334445

买家留言：
你好，我想把收货地址改成上海市。

举报可疑活动`,
			want:      "你好，我想把收货地址改成上海市。",
			inMarkers: true,
		},
		{
			name: "tr footer of several lines",
			text: `Sipariş numarası: 406-1112223-3334445

Mesaj:

Merhaba, ürün kırık geldi. İade etmek istiyorum.

Şüpheli etkinliği bildir: https://sellercentral.amazon.com.tr/messaging/report?x=3
Bu e-posta yararlı mıydı? Evet / Hayır`,
			want:      "Merhaba, ürün kırık geldi. İade etmek istiyorum.",
			inMarkers: true,
		},
		{
			name: "pl fields without a marker",
			text: `Numer zamówienia: 408-1112223-3334445
Ilość: 1

Dzień dobry, czy mogę zmienić adres dostawy?

Zgłoś podejrzaną aktywność`,
			want: "Dzień dobry, czy mogę zmienić adres dostawy?",
		},
		{
			name: "sv label, reply footer",
			text: `Beställningsnummer: 406-1112223-3334445
------------------------------
Meddelande från Amazon-kunden Nils:
Hej! Kan jag byta till en större storlek?
------------------------------
Svara köparen genom att svara på det här e-postmeddelandet.`,
			want:      "Hej! Kan jag byta till en större storlek?",
			inMarkers: true,
		},
		{
			name: "nl older layout",
			text: `Bestelnummer 406-1112223-3334445:
===== Begin bericht =====
Goedemiddag, het pakket is nooit aangekomen.
===== Einde bericht =====
Verdachte activiteit melden: https://www.amazon.nl/gp/help/reports/x`,
			want:      "Goedemiddag, het pakket is nooit aangekomen.",
			inMarkers: true,
		},
		{
			name: "pt current layout",
			text: `Número do pedido: 701-1112223-3334445

Mensagem:

Olá, gostaria de devolver o produto, não preciso mais dele.

Ver mensagem: https://sellercentral.amazon.com.br/messaging/thread?x=4
Este serviço é fornecido pela Amazon para facilitar a comunicação.`,
			want:      "Olá, gostaria de devolver o produto, não preciso mais dele.",
			inMarkers: true,
		},
		{
			name: "markers in another order: order block below the label",
			text: `Message:
Order ID: 111-2223334-4445556
ASIN: B0ABCDEFGH

Hello, where is my parcel? Reason: I need it for a birthday.

View message`,
			want:      "Hello, where is my parcel? Reason: I need it for a birthday.",
			inMarkers: true,
		},
		{
			name: "label with the words on the same line",
			text: `Order ID: 111-2223334-4445556
Message from Amazon customer Ana: Please cancel, I ordered twice.
Reply to this email to answer the buyer.`,
			want:      "Please cancel, I ordered twice.",
			inMarkers: true,
		},
		{
			name: "attachment list inside the buyer's words",
			text: `[Message]
The box was crushed, see the photos.
Attachment(s): box1.jpg, box2.jpg
------
Report suspicious activity`,
			want:      "The box was crushed, see the photos.",
			inMarkers: true,
		},
		{
			name: "reason written by the buyer stays",
			text: "Reason: it arrived broken\nPlease refund.\n[commMgrTok:XYZ1234567]",
			want: "Reason: it arrived broken\nPlease refund.",
		},
		{
			name: "footer above the buyer's words is dropped, not cut",
			text: "Please do not change the subject line when you reply.\n\nWhere is my order?\n\nWas this email helpful?",
			want: "Where is my order?",
		},
		{
			name:      "a label naming Amazon below a greeting",
			text:      "Hello LUMORA,\n\nMessage from Amazon customer Ana:\nIs the lamp dimmable?\n\nReply to this email to answer the buyer.",
			want:      "Is the lamp dimmable?",
			inMarkers: true,
		},
		{
			name:      "a line only Amazon writes ends nothing",
			text:      "Message:\nPlease look it up in your Seller Central.\nThe lamp is broken.\nView message",
			want:      "The lamp is broken.",
			inMarkers: true,
		},
		{
			name:      "html table converted cell by cell",
			text:      "Order ID:\n111-2223334-4445556\n#\nASIN\nProduct Name\n1\nB0ABCDEFGH\nMessage:\nWhere is it?\nView message",
			want:      "Where is it?",
			inMarkers: true,
		},
		{
			name: "original message is no marker",
			text: "Thanks, got it.\n\n----- Original Message -----\nFrom: Shop\nMessage: your parcel left today",
			want: "Thanks, got it.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, in, empty := buyerText(tt.text)
			if got != tt.want || in != tt.inMarkers || empty {
				t.Errorf("buyerText() = %q, %v, empty %v; want %q, %v, false", got, in, empty, tt.want, tt.inMarkers)
			}
		})
	}
}

func TestBuyerTextEmpty(t *testing.T) {
	for _, text := range []string{
		"Message:\n\nView message",
		"----- Begin message -----\n\n----- End message -----",
		"Order ID: 111-2223334-4445556\nAttachment(s): photo.jpg\nReport suspicious activity",
	} {
		if got, _, empty := buyerText(text); got != "" || !empty {
			t.Errorf("buyerText(%q) = %q, empty %v; want \"\", true", text, got, empty)
		}
	}
}
