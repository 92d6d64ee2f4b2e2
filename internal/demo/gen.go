//go:build ignore

// gen writes the demo's sample buyer mails (mail/*.eml), the order and
// shipment reports (orders.tsv, shipments.tsv) and the manifest
// (samples.tsv) from the tables below, so that order ids stay consistent and
// every non-UTF-8 mail is really encoded in the charset it declares.
//
// Run from this directory: go run gen.go
package main

import (
	"bytes"
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"log"
	"math/big"
	"mime/quotedprintable"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// ---------------------------------------------------------------- orders

type order struct {
	id, mkt, channel, status, product, sku, asin string
	qty                                          int
	cur, price                                   string
	purchased                                    string // RFC 3339
	level                                        string
	city, state, postal, country                 string
	// shipment confirmation (FBM only); empty carrier = no shipment row
	shipDate, carrierCode, carrierName, tracking, shipMethod string
}

var orders = []order{
	{id: "113-4829156-7730241", mkt: "Amazon.com", channel: "Merchant", status: "Unshipped", product: "Stainless Steel Insulated Water Bottle 750 ml, Midnight Blue", sku: "WB-750-BLU", asin: "B0C4K7W2QX", qty: 1, cur: "USD", price: "24.99", purchased: "2026-11-23T19:42:10+00:00", level: "Standard", city: "Chicago", state: "IL", postal: "60614", country: "US"},
	{id: "302-5518472-1190356", mkt: "Amazon.de", channel: "Merchant", status: "Shipped", product: "Silikon-Backmatten 3er-Set, antihaft, 40 x 30 cm", sku: "BM-SET3", asin: "B09T3R8MZL", qty: 1, cur: "EUR", price: "14.99", purchased: "2026-11-18T08:15:44+00:00", level: "Standard", city: "Augsburg", state: "Bayern", postal: "86150", country: "DE",
		shipDate: "2026-11-20T14:05:00+00:00", carrierCode: "DHL", carrierName: "DHL Paket", tracking: "00340434161094015902", shipMethod: "Paket"},
	{id: "203-7741092-5583120", mkt: "Amazon.co.uk", channel: "Merchant", status: "Unshipped", product: "Bamboo Desk Organiser with 5 Compartments", sku: "DO-BAM5", asin: "B0BX9Q4N2T", qty: 1, cur: "GBP", price: "39.99", purchased: "2026-11-24T06:58:31+00:00", level: "Standard", city: "Leeds", state: "West Yorkshire", postal: "LS6 2AB", country: "GB"},
	{id: "114-2096385-4417052", mkt: "Amazon.com", channel: "Merchant", status: "Unshipped", product: "Cast Iron Dutch Oven 6 Qt, Enameled, Cherry Red", sku: "DO-CI6-RED", asin: "B0B7RZ1M4P", qty: 1, cur: "USD", price: "89.00", purchased: "2026-11-24T21:10:02+00:00", level: "SecondDay", city: "Austin", state: "TX", postal: "78704", country: "US"},
	{id: "112-6630917-2285413", mkt: "Amazon.com", channel: "Amazon", status: "Shipped", product: "Wireless Ergonomic Mouse, 2.4 GHz, Silent Click", sku: "MS-ERG-24", asin: "B0CJ5V8T1K", qty: 1, cur: "USD", price: "32.99", purchased: "2026-11-15T12:30:55+00:00", level: "Expedited", city: "Denver", state: "CO", postal: "80205", country: "US"},
	{id: "304-8827164-6601935", mkt: "Amazon.de", channel: "Merchant", status: "Shipped", product: "LED Schreibtischlampe dimmbar mit USB-Ladeanschluss", sku: "LMP-LED-USB", asin: "B0BN6W3H8D", qty: 1, cur: "EUR", price: "45.90", purchased: "2026-11-16T17:22:09+00:00", level: "Standard", city: "Köln", state: "Nordrhein-Westfalen", postal: "50667", country: "DE",
		shipDate: "2026-11-18T10:41:00+00:00", carrierCode: "DHL", carrierName: "DHL Paket", tracking: "00340434161094022271", shipMethod: "Paket"},
	{id: "171-3390482-9045126", mkt: "Amazon.fr", channel: "Merchant", status: "Unshipped", product: "Coussin de méditation en sarrasin, Ø 35 cm, gris", sku: "ZF-35-GRY", asin: "B0CM2H7Y5R", qty: 1, cur: "EUR", price: "29.95", purchased: "2026-11-18T09:03:27+00:00", level: "Standard", city: "Lyon", state: "Rhône", postal: "69003", country: "FR"},
	{id: "204-1187290-3326647", mkt: "Amazon.co.uk", channel: "Merchant", status: "Shipped", product: "Electric Milk Frother, Handheld, Stainless Steel", sku: "MF-HH-SS", asin: "B0B1D9L6GX", qty: 1, cur: "GBP", price: "12.49", purchased: "2026-11-17T20:11:48+00:00", level: "Standard", city: "Bristol", state: "", postal: "BS8 1TH", country: "GB",
		shipDate: "2026-11-18T15:20:00+00:00", carrierCode: "Royal Mail", carrierName: "Royal Mail", tracking: "RM482019375GB", shipMethod: "Tracked 48"},
	{id: "405-7712038-4459126", mkt: "Amazon.it", channel: "Merchant", status: "Shipped", product: "Set di 6 bicchieri in vetro borosilicato, 350 ml", sku: "BIC-BORO-6", asin: "B0BQ8T2K7N", qty: 1, cur: "EUR", price: "27.50", purchased: "2026-11-17T11:47:36+00:00", level: "Standard", city: "Bologna", state: "BO", postal: "40121", country: "IT"},
	{id: "406-2251837-9903412", mkt: "Amazon.es", channel: "Amazon", status: "Shipped", product: "Funda para portátil 15,6 pulgadas, impermeable, azul marino", sku: "FUN-156-NVY", asin: "B0C1L4P9ZD", qty: 1, cur: "EUR", price: "19.99", purchased: "2026-11-19T16:25:13+00:00", level: "Standard", city: "Valencia", state: "Valencia", postal: "46001", country: "ES"},
	{id: "250-6618274-3390518", mkt: "Amazon.co.jp", channel: "Amazon", status: "Shipped", product: "電気ケトル 1.0L 温度調節機能付き ホワイト", sku: "KT-10-WHT", asin: "B0BZ3X6Q1M", qty: 1, cur: "JPY", price: "4980", purchased: "2026-11-19T02:14:50+00:00", level: "Standard", city: "横浜市", state: "神奈川県", postal: "220-0012", country: "JP"},
	{id: "503-0927461-8815207", mkt: "Amazon.co.jp", channel: "Merchant", status: "Shipped", product: "組み立て式 木製本棚 3段 ナチュラル", sku: "SH-3D-NAT", asin: "B0C8M5T2RW", qty: 1, cur: "JPY", price: "12800", purchased: "2026-11-16T05:33:18+00:00", level: "Standard", city: "大阪市", state: "大阪府", postal: "530-0001", country: "JP",
		shipDate: "2026-11-18T01:00:00+00:00", carrierCode: "Yamato Transport", carrierName: "ヤマト運輸", tracking: "482910376652", shipMethod: "宅急便"},
	{id: "111-9043726-5518820", mkt: "Amazon.com", channel: "Merchant", status: "Shipped", product: "Cordless Handheld Vacuum, 120W, Grey", sku: "VAC-120-GRY", asin: "B0BF2W7N3J", qty: 1, cur: "USD", price: "59.99", purchased: "2026-10-26T15:02:44+00:00", level: "Standard", city: "Portland", state: "OR", postal: "97214", country: "US",
		shipDate: "2026-10-28T18:30:00+00:00", carrierCode: "USPS", carrierName: "USPS", tracking: "9400111899223344556677", shipMethod: "Ground Advantage"},
	{id: "305-4471923-6628104", mkt: "Amazon.de", channel: "Merchant", status: "Shipped", product: "Thermo-Frühstücksbox aus Edelstahl, 1,2 l", sku: "BB-TH-12", asin: "B0BW5K3R8P", qty: 1, cur: "EUR", price: "22.95", purchased: "2026-10-30T07:49:21+00:00", level: "Standard", city: "Hamburg", state: "Hamburg", postal: "20095", country: "DE",
		shipDate: "2026-10-31T11:15:00+00:00", carrierCode: "Hermes", carrierName: "Hermes", tracking: "H1002470013658201", shipMethod: "Paket S"},
	{id: "113-5580241-9917763", mkt: "Amazon.com", channel: "Merchant", status: "Shipped", product: "Memory Foam Seat Cushion for Office Chair, Black", sku: "CUSH-MF-BLK", asin: "B0C3T9V1XK", qty: 1, cur: "USD", price: "34.99", purchased: "2026-11-08T13:17:05+00:00", level: "Standard", city: "Phoenix", state: "AZ", postal: "85004", country: "US"},
	{id: "114-8872036-1204457", mkt: "Amazon.com", channel: "Merchant", status: "Shipped", product: "Bluetooth Kitchen Scale with App, 5 kg", sku: "KS-BT-5", asin: "B0BV7P4L2C", qty: 1, cur: "USD", price: "27.99", purchased: "2026-11-09T22:40:12+00:00", level: "Standard", city: "Columbus", state: "OH", postal: "43215", country: "US",
		shipDate: "2026-11-10T16:00:00+00:00", carrierCode: "UPS", carrierName: "UPS", tracking: "1Z999AA10123456784", shipMethod: "UPS Ground"},
	{id: "202-3318406-7742519", mkt: "Amazon.co.uk", channel: "Merchant", status: "Shipped", product: "Yoga Mat 6 mm, Non-Slip, Purple", sku: "YM-6-PUR", asin: "B0C5R8N4WD", qty: 1, cur: "GBP", price: "21.99", purchased: "2026-11-12T18:05:39+00:00", level: "Standard", city: "Manchester", state: "", postal: "M1 4BT", country: "GB",
		shipDate: "2026-11-13T12:10:00+00:00", carrierCode: "Royal Mail", carrierName: "Royal Mail", tracking: "RM317604882GB", shipMethod: "Tracked 48"},
	{id: "112-7719364-0052836", mkt: "Amazon.com", channel: "Merchant", status: "Shipped", product: "Smart Robot Vacuum with LiDAR Mapping", sku: "RV-LIDAR-01", asin: "B0CK9D3F6T", qty: 1, cur: "USD", price: "279.00", purchased: "2026-11-02T10:55:03+00:00", level: "Standard", city: "Raleigh", state: "NC", postal: "27601", country: "US",
		shipDate: "2026-11-04T17:45:00+00:00", carrierCode: "UPS", carrierName: "UPS", tracking: "1Z999AA10123459012", shipMethod: "UPS Ground"},
	{id: "402-6610375-2284913", mkt: "Amazon.fr", channel: "Amazon", status: "Shipped", product: "Théière en fonte japonaise 0,8 L avec infuseur", sku: "TH-FONTE-08", asin: "B0BR4J7K2S", qty: 1, cur: "EUR", price: "38.90", purchased: "2026-11-20T19:28:41+00:00", level: "Expedited", city: "Nantes", state: "Loire-Atlantique", postal: "44000", country: "FR"},
	{id: "111-3375018-6649205", mkt: "Amazon.com", channel: "Merchant", status: "Shipped", product: "Electric Standing Desk Frame, Dual Motor, Black", sku: "DESK-DM-BLK", asin: "B0C6H2R9VL", qty: 1, cur: "USD", price: "349.00", purchased: "2026-10-22T14:12:30+00:00", level: "Standard", city: "San Jose", state: "CA", postal: "95112", country: "US",
		shipDate: "2026-10-24T20:00:00+00:00", carrierCode: "FedEx", carrierName: "FedEx", tracking: "794612345678", shipMethod: "FedEx Home Delivery"},
	{id: "114-6650283-3371940", mkt: "Amazon.com", channel: "Merchant", status: "Shipped", product: "Men's Down Jacket, Hooded, Black, Size L", sku: "JKT-DWN-BLK-L", asin: "B0CF7N2Q8H", qty: 1, cur: "USD", price: "79.99", purchased: "2026-11-10T03:44:19+00:00", level: "Standard", city: "Seattle", state: "WA", postal: "98104", country: "US"},
	{id: "205-9914273-5530864", mkt: "Amazon.co.uk", channel: "Amazon", status: "Shipped", product: "Ceramic Plant Pot Set of 3 with Drainage, White", sku: "POT-CER-3", asin: "B0BL3M8V6Y", qty: 1, cur: "GBP", price: "24.99", purchased: "2026-11-21T10:09:57+00:00", level: "Standard", city: "Edinburgh", state: "", postal: "EH3 9DR", country: "GB"},
	{id: "403-8126650-7719325", mkt: "Amazon.es", channel: "Merchant", status: "Shipped", product: "Cafetera italiana de aluminio, 6 tazas", sku: "CAF-IT-6", asin: "B0BJ6T1W9C", qty: 1, cur: "EUR", price: "21.90", purchased: "2026-11-22T09:41:26+00:00", level: "Standard", city: "Sevilla", state: "Sevilla", postal: "41001", country: "ES",
		shipDate: "2026-11-24T08:30:00+00:00", carrierCode: "Correos", carrierName: "Correos", tracking: "PK4F6B0712345670128001B", shipMethod: "Paq Estándar"},
	// Orders no sample mail mentions, so that imports see other statuses.
	{id: "304-1122334-5566778", mkt: "Amazon.de", channel: "Merchant", status: "Cancelled", product: "Silikon-Backmatten 3er-Set, antihaft, 40 x 30 cm", sku: "BM-SET3", asin: "B09T3R8MZL", qty: 1, cur: "EUR", price: "14.99", purchased: "2026-11-21T12:00:08+00:00", level: "Standard", city: "Leipzig", state: "Sachsen", postal: "04109", country: "DE"},
	{id: "113-0457718-2093364", mkt: "Amazon.com", channel: "Merchant", status: "Pending", product: "Stainless Steel Insulated Water Bottle 750 ml, Midnight Blue", sku: "WB-750-BLU", asin: "B0C4K7W2QX", qty: 2, cur: "USD", price: "49.98", purchased: "2026-11-26T07:31:45+00:00", level: "Standard", city: "Boston", state: "MA", postal: "02118", country: "US"},
}

func findOrder(id string) *order {
	for i := range orders {
		if orders[i].id == id {
			return &orders[i]
		}
	}
	return nil
}

// ---------------------------------------------------------------- locales

type locale struct {
	orderLabel, productLabel, messageLabel string
	footer                                 []string
	tail                                   string
}

var locales = map[string]locale{
	"en": {"Order ID:", "Product Name", "Message:", []string{"View message", "Resolve case", "Report suspicious"},
		"This message was sent through Amazon Buyer-Seller Messaging. Reply to this e-mail to answer the buyer; Amazon relays your reply and keeps a copy to help resolve disputes."},
	"de": {"Bestellnummer:", "Produktname", "Nachricht:", []string{"Nachricht anzeigen", "Fall lösen", "Verdächtige Nachricht melden"},
		"Diese Nachricht wurde über den Käufer-Verkäufer-Nachrichtenservice von Amazon gesendet. Antworten Sie auf diese E-Mail, um dem Käufer zu antworten."},
	"fr": {"Numéro de commande :", "Nom du produit", "Message :", []string{"Afficher le message", "Résoudre le cas", "Signaler un message suspect"},
		"Ce message a été envoyé via la messagerie acheteur-vendeur d'Amazon. Répondez à cet e-mail pour répondre à l'acheteur."},
	"es": {"N.º de pedido:", "Nombre del producto", "Mensaje:", []string{"Ver mensaje", "Resolver caso", "Notificar mensaje sospechoso"},
		"Este mensaje se ha enviado a través del servicio de mensajería entre compradores y vendedores de Amazon. Responde a este correo electrónico para contestar al comprador."},
	"it": {"Numero ordine:", "Nome prodotto", "Messaggio:", []string{"Visualizza messaggio", "Risolvi caso", "Segnala messaggio sospetto"},
		"Questo messaggio è stato inviato tramite il servizio di messaggistica tra acquirente e venditore di Amazon. Rispondi a questa e-mail per rispondere all'acquirente."},
	"ja": {"注文番号:", "商品名", "メッセージ:", []string{"メッセージを表示", "ケースを解決", "不審なメッセージを報告"},
		"このメッセージはAmazonの購入者・出品者間メッセージサービスを通じて送信されました。このメールに返信すると、購入者に返信できます。"},
}

// relayBody is the current plain-text relay template.
func relayBody(lang, orderID, buyerText string) string {
	l := locales[lang]
	var b strings.Builder
	if orderID != "" {
		o := findOrder(orderID)
		fmt.Fprintf(&b, "%s %s\n\n", l.orderLabel, orderID)
		if o != nil {
			fmt.Fprintf(&b, "#\tASIN\t%s\n1\t%s\t%s\n\n", l.productLabel, o.asin, o.product)
		}
	}
	fmt.Fprintf(&b, "%s\n\n%s\n\n", l.messageLabel, strings.TrimSpace(buyerText))
	for _, f := range l.footer {
		b.WriteString(f + "\n")
	}
	b.WriteString("\n" + l.tail + "\n")
	return b.String()
}

// olderBody is the 2016-era template with Begin/End message markers.
func olderBody(orderID, buyerText, tld string) string {
	o := findOrder(orderID)
	mp := map[string]string{"com": "ATVPDKIKX0DER", "co.uk": "A1F83G8C2ARO7P"}[tld]
	return fmt.Sprintf(`Order ID %s:
1 of %s [ASIN: %s]

------------- Begin message -------------

%s

------------- End message -------------

For your information: to help arbitrate disputes and keep buyers and sellers safe, Amazon retains all messages sent through Amazon.%s for two years, including your reply to the message above. Amazon uses filtering technology to protect buyers and sellers from possible fraud; messages that fail the filtering are not transmitted.

Was this e-mail suspicious? Report it to us.

To mark this message as no response needed, click here:
https://sellercentral.amazon.%s/gp/communication-manager/no-response-needed.html?msg=A%s&mp=%s

[commMgrTok:A%s]
`, orderID, o.product, o.asin, strings.TrimSpace(buyerText), tld, tld, token(orderID, 13), mp, token(orderID+"tok", 13))
}

// ---------------------------------------------------------------- encoding

var charsets = map[string]encoding.Encoding{
	"UTF-8":        unicode.UTF8,
	"ISO-8859-1":   charmap.ISO8859_1,
	"windows-1252": charmap.Windows1252,
	"ISO-2022-JP":  japanese.ISO2022JP,
	"Shift_JIS":    japanese.ShiftJIS,
	"GB2312":       simplifiedchinese.GBK, // GB2312 is a subset of GBK; check() refuses non-GB2312 bytes
	"GBK":          simplifiedchinese.GBK,
}

func encode(cs, s string) []byte {
	enc, ok := charsets[cs]
	if !ok {
		log.Fatalf("no encoder for %s", cs)
	}
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		log.Fatalf("encode %q as %s: %v", s, cs, err)
	}
	if cs == "GB2312" {
		for i := 0; i < len(b); i++ {
			if b[i] >= 0x80 {
				if b[i] < 0xA1 || i+1 >= len(b) || b[i+1] < 0xA1 {
					log.Fatalf("%q is not in GB2312", s)
				}
				i++
			}
		}
	}
	return b
}

// words encodes s as RFC 2047 B words in charset cs, each word at most 75
// characters and each self-contained (for ISO-2022-JP: ends in ASCII).
func words(cs, s string) string {
	if isASCII(s) {
		return s
	}
	prefix := "=?" + cs + "?B?"
	maxRaw := (75 - len(prefix) - 2) / 4 * 3
	var out []string
	runes := []rune(s)
	for len(runes) > 0 {
		n := len(runes)
		for n > 1 && len(encode(cs, string(runes[:n]))) > maxRaw {
			n--
		}
		out = append(out, prefix+base64.StdEncoding.EncodeToString(encode(cs, string(runes[:n])))+"?=")
		runes = runes[n:]
	}
	return strings.Join(out, "\r\n ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func crlf(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\n", "\r\n")
}

// body returns the transfer-encoded body of text in charset cs.
func body(cs, cte, text string) string {
	raw := encode(cs, crlf(text))
	switch cte {
	case "quoted-printable":
		var b bytes.Buffer
		w := quotedprintable.NewWriter(&b)
		w.Write(raw)
		w.Close()
		return b.String()
	case "base64":
		return b64(raw)
	case "7bit", "8bit":
		return string(raw)
	}
	log.Fatalf("unknown transfer encoding %s", cte)
	return ""
}

func b64(raw []byte) string {
	s := base64.StdEncoding.EncodeToString(raw)
	var b strings.Builder
	for len(s) > 76 {
		b.WriteString(s[:76] + "\r\n")
		s = s[76:]
	}
	b.WriteString(s + "\r\n")
	return b.String()
}

// ---------------------------------------------------------------- mails

type part struct {
	ctype, cs, cte, text string
	raw                  []byte // binary attachment when set
	filename             string
}

type mail struct {
	file     string
	lang     string // ISO 639-1 of the buyer's text
	date     string // RFC 5322
	fromName string // display name; UTF-8, encoded with hdrCS
	fromAddr string
	subject  string // UTF-8, encoded with hdrCS
	hdrCS    string // charset for encoded words
	extra    []string
	parts    []part // one part = single-part mail; two text parts = alternative; with raw = mixed
	alt      bool

	// manifest
	charset, wantCase, sub, notice, orderID, note string
	needsHuman                                    bool
}

func msgID(file string) string {
	h := sha1.Sum([]byte(file))
	x := hex.EncodeToString(h[:])
	return fmt.Sprintf("<0100019a%s-%s-%s-%s-%s-000000@email.amazonses.com>", x[:8], x[8:16], x[16:20], x[20:24], x[24:36])
}

// alias returns a stable 15-character lowercase alphanumeric relay alias.
func alias(who string) string { return token(who, 15) }

func token(seed string, n int) string {
	h := sha1.Sum([]byte(seed))
	v := new(big.Int).SetBytes(h[:])
	s := strings.ToLower(v.Text(36))
	for len(s) < n {
		s += "0"
	}
	return s[:n]
}

func relay(name, tld string) string { return alias(name+tld) + "@marketplace.amazon." + tld }

func (m mail) render() []byte {
	var h []string
	h = append(h, "Date: "+m.date)
	from := "<" + m.fromAddr + ">"
	if m.fromName != "" {
		if isASCII(m.fromName) {
			from = fmt.Sprintf("%q <%s>", m.fromName, m.fromAddr)
		} else {
			from = words(m.hdrCS, m.fromName) + " <" + m.fromAddr + ">"
		}
	}
	h = append(h, "From: "+from)
	h = append(h, "To: seller@example.com")
	h = append(h, "Message-ID: "+msgID(m.file))
	h = append(h, "Subject: "+words(m.hdrCS, m.subject))
	h = append(h, m.extra...)
	h = append(h, "MIME-Version: 1.0")

	var b strings.Builder
	textPart := func(p part) (string, string) {
		ct := fmt.Sprintf("Content-Type: %s; charset=%s", p.ctype, p.cs)
		return ct + "\r\nContent-Transfer-Encoding: " + p.cte, body(p.cs, p.cte, p.text)
	}
	switch {
	case len(m.parts) == 1:
		ph, pb := textPart(m.parts[0])
		h = append(h, ph)
		b.WriteString(strings.Join(h, "\r\n") + "\r\n\r\n" + pb)
	default:
		boundary := "----=_Part_" + token(m.file, 12)
		sub := "mixed"
		if m.alt {
			sub = "alternative"
		}
		h = append(h, fmt.Sprintf("Content-Type: multipart/%s;\r\n\tboundary=\"%s\"", sub, boundary))
		b.WriteString(strings.Join(h, "\r\n") + "\r\n\r\n")
		for _, p := range m.parts {
			b.WriteString("--" + boundary + "\r\n")
			if p.raw != nil {
				fmt.Fprintf(&b, "Content-Type: %s; name=\"%s\"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"%s\"\r\n\r\n", p.ctype, p.filename, p.filename)
				b.WriteString(b64(p.raw))
				continue
			}
			ph, pb := textPart(p)
			b.WriteString(ph + "\r\n\r\n" + pb)
			if !strings.HasSuffix(pb, "\r\n") {
				b.WriteString("\r\n")
			}
		}
		b.WriteString("--" + boundary + "--\r\n")
	}
	out := b.String()
	if !strings.HasSuffix(out, "\r\n") {
		out += "\r\n"
	}
	return []byte(out)
}

func plain(cs, cte, text string) []part {
	return []part{{ctype: "text/plain", cs: cs, cte: cte, text: text}}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;").Replace(s)
}

// relayHTML is the HTML version of the current template.
func relayHTML(lang, orderID, asin, product, buyerText string) string {
	l := locales[lang]
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Amazon</title></head>\n<body style=\"font-family:Arial,sans-serif\">\n")
	if orderID != "" {
		fmt.Fprintf(&b, "<p>%s <b>%s</b></p>\n", l.orderLabel, orderID)
	}
	fmt.Fprintf(&b, "<table border=\"0\" cellpadding=\"4\">\n<tr><th>#</th><th>ASIN</th><th>%s</th></tr>\n<tr><td>1</td><td>%s</td><td>%s</td></tr>\n</table>\n", l.productLabel, asin, htmlEscape(product))
	fmt.Fprintf(&b, "<p><b>%s</b></p>\n", l.messageLabel)
	for _, para := range strings.Split(strings.TrimSpace(buyerText), "\n\n") {
		fmt.Fprintf(&b, "<p>%s</p>\n", strings.ReplaceAll(htmlEscape(para), "\n", "<br>\n"))
	}
	fmt.Fprintf(&b, "<p><a href=\"https://sellercentral.amazon.com/messaging/inbox\">%s</a> | <a href=\"https://sellercentral.amazon.com/messaging/inbox\">%s</a> | <a href=\"https://sellercentral.amazon.com/messaging/report\">%s</a></p>\n", l.footer[0], l.footer[1], l.footer[2])
	fmt.Fprintf(&b, "<p style=\"font-size:11px;color:#666\">%s</p>\n</body></html>\n", htmlEscape(l.tail))
	return b.String()
}

func tinyJPEG() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 16, 12))
	for y := 0; y < 12; y++ {
		for x := 0; x < 16; x++ {
			img.Set(x, y, color.RGBA{uint8(200 - x*5), uint8(180 - y*6), 160, 255})
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 60}); err != nil {
		log.Fatal(err)
	}
	return b.Bytes()
}

func mails() []mail {
	en := func(id, text string) string { return relayBody("en", id, text) }
	var ms []mail

	ms = append(ms, mail{
		file: "01-address-change-new-address-en.eml", lang: "en", date: "Tue, 24 Nov 2026 14:32:07 +0000",
		fromName: "Anna - Amazon Marketplace", fromAddr: relay("Anna", "com"), hdrCS: "UTF-8",
		subject: "Inquiry from Amazon customer Anna (Order: 113-4829156-7730241)",
		parts: plain("UTF-8", "quoted-printable", en("113-4829156-7730241", `Hi there,

I just realized I placed this order with my old address. I moved last month — could you please send the water bottle to my new address instead?

Anna Becker
1420 Maple Avenue, Apt 3B
Evanston, IL 60201
United States

Thanks so much, and sorry for the trouble!
Anna`)),
		charset: "UTF-8", wantCase: "address_change", orderID: "113-4829156-7730241",
		note: "new address given in the message; order not shipped",
	})

	ms = append(ms, mail{
		file: "02-address-change-shipped-de-latin1.eml", lang: "de", date: "Sat, 21 Nov 2026 09:12:44 +0100",
		fromName: "Jürgen - Amazon Marketplace", fromAddr: relay("Jürgen", "de"), hdrCS: "ISO-8859-1",
		subject: "Anfrage von Amazon-Kunde Jürgen (Bestellung: 302-5518472-1190356)",
		parts: plain("ISO-8859-1", "quoted-printable", relayBody("de", "302-5518472-1190356", `Guten Tag,

ich bin letzte Woche umgezogen und habe vergessen, die Lieferadresse zu ändern. Können Sie die Backmatten bitte an meine neue Adresse schicken?

Jürgen Müller
Schloßstraße 12
80331 München

Vielen Dank und freundliche Grüße
Jürgen Müller`)),
		charset: "ISO-8859-1", wantCase: "address_change", orderID: "302-5518472-1190356",
		note: "new address given; order already shipped, item value below a typical reship threshold",
	})

	ms = append(ms, mail{
		file: "03-cancel-unofficial-en-gb.eml", lang: "en", date: "Tue, 24 Nov 2026 07:20:15 +0000",
		fromName: "Oliver - Amazon Marketplace", fromAddr: relay("Oliver", "co.uk"), hdrCS: "UTF-8",
		subject: "Inquiry from Amazon customer Oliver (Order: 203-7741092-5583120)",
		parts: plain("UTF-8", "base64", en("203-7741092-5583120", `Hello,

I'm afraid I ordered the wrong organiser by mistake – I wanted the larger one with 7 compartments. Could you please cancel this order before it is dispatched? I'll place a new order for the right one.

Many thanks,
Oliver`)),
		charset: "UTF-8", wantCase: "cancel_order", orderID: "203-7741092-5583120",
		note: "unofficial cancellation inside an Inquiry: point to Your Orders > Request Cancellation",
	})

	ms = append(ms, mail{
		file: "04-cancel-official-en.eml", lang: "en", date: "Wed, 25 Nov 2026 03:05:51 +0000",
		fromName: "Rachel - Amazon Marketplace", fromAddr: relay("Rachel", "com"), hdrCS: "UTF-8",
		subject: "Order cancellation request from Amazon customer Rachel (Order: 114-2096385-4417052)",
		parts: plain("UTF-8", "7bit", `Hello,

The buyer has sent a cancellation request for the order below. If the order has not shipped, please cancel it in Seller Central under Manage Orders and choose the cancellation reason "Buyer Cancelled". If the order has already shipped, please let the buyer know.

Buyer Cancellation Request for Order ID:
114-2096385-4417052

Reason for cancellation: Found a better price
Buyer comment: Please cancel, I found the same pot locally. Thank you!

#	ASIN	Product Name
1	B0B7RZ1M4P	Cast Iron Dutch Oven 6 Qt, Enameled, Cherry Red

Sincerely,
Amazon Services
`),
		charset: "UTF-8", wantCase: "cancel_order", notice: "cancellation_request", orderID: "114-2096385-4417052",
		note: "official Buyer Cancellation Request notice; order not shipped: cancel task",
	})

	fbaText := `Hello,

My order was supposed to arrive on Monday but the tracking page hasn't updated in four days. Can you tell me where my mouse is and when I can expect it?

Thank you,
Jessica`
	o5 := findOrder("112-6630917-2285413")
	ms = append(ms, mail{
		file: "05-where-is-my-order-fba-en-multipart.eml", lang: "en", date: "Mon, 23 Nov 2026 18:47:02 +0000",
		fromName: "Jessica - Amazon Marketplace", fromAddr: relay("Jessica", "com"), hdrCS: "UTF-8",
		subject: "Order delivery inquiry from Amazon customer  (Order: 112-6630917-2285413)",
		alt:     true,
		parts: []part{
			{ctype: "text/plain", cs: "UTF-8", cte: "base64", text: en("112-6630917-2285413", fbaText)},
			{ctype: "text/html", cs: "UTF-8", cte: "quoted-printable", text: relayHTML("en", o5.id, o5.asin, o5.product, fbaText)},
		},
		charset: "UTF-8", wantCase: "shipping_inquiry", orderID: "112-6630917-2285413",
		note: "FBA order: point to Amazon customer service; buyer name only in the display name (subject has an empty name)",
	})

	ms = append(ms, mail{
		file: "06-where-is-my-order-fbm-de.eml", lang: "de", date: "Fri, 20 Nov 2026 16:03:29 +0100",
		fromName: "Sabine - Amazon Marketplace", fromAddr: relay("Sabine", "de"), hdrCS: "UTF-8",
		subject: "Anfrage von Amazon-Kunde Sabine (Bestellung: 304-8827164-6601935)",
		parts: plain("UTF-8", "base64", relayBody("de", "304-8827164-6601935", `Hallo,

meine Bestellung sollte laut Amazon bis gestern ankommen, ist aber immer noch nicht da. Können Sie mir bitte sagen, wo sich das Paket gerade befindet? Eine Sendungsnummer habe ich nicht gefunden.

Viele Grüße
Sabine Weber`)),
		charset: "UTF-8", wantCase: "shipping_inquiry", orderID: "304-8827164-6601935",
		note: "FBM, tracking on record (DHL)",
	})

	ms = append(ms, mail{
		file: "07-where-is-my-order-fbm-unshipped-fr-cp1252.eml", lang: "fr", date: "Wed, 25 Nov 2026 10:16:38 +0100",
		fromName: "Camille - Amazon Marketplace", fromAddr: relay("Camille", "fr"), hdrCS: "windows-1252",
		subject: "Demande de renseignements de la part du client Amazon Camille (Commande : 171-3390482-9045126)",
		parts: plain("windows-1252", "quoted-printable", relayBody("fr", "171-3390482-9045126", `Bonjour,

J’ai commandé ce coussin il y a une semaine (29,95 €) et il n’est toujours pas expédié. Pouvez-vous me dire quand il partira et quand je peux espérer le recevoir ? C’est un cadeau pour le 5 décembre.

Merci d’avance,
Camille Lefèvre`)),
		charset: "windows-1252", wantCase: "shipping_inquiry", orderID: "171-3390482-9045126",
		note: "FBM, not shipped, no tracking on record: say when it ships and flag",
	})

	ms = append(ms, mail{
		file: "08-return-unwanted-en-gb-older-template.eml", lang: "en", date: "Thu, 19 Nov 2026 21:55:10 +0000",
		fromName: "Harriet - Amazon Marketplace", fromAddr: relay("Harriet", "co.uk"), hdrCS: "ISO-8859-1",
		subject: "Return policy inquiry from Amazon customer Harriet (Order: 204-1187290-3326647)",
		parts: plain("ISO-8859-1", "8bit", olderBody("204-1187290-3326647", `Hi,

The frother arrived yesterday and works fine, but I've changed my mind - I no longer need it as I was given one as a gift. How do I send it back? It's unopened. It only cost £12.49 so I'm not sure it's worth the postage...

Kind regards,
Harriet`, "co.uk")),
		charset: "ISO-8859-1", wantCase: "return_unwanted", orderID: "204-1187290-3326647",
		note: "older Begin/End message template, raw 8bit Latin-1 body; cheap item: offer refund without return",
	})

	ms = append(ms, mail{
		file: "09-damaged-it.eml", lang: "it", date: "Fri, 20 Nov 2026 12:40:03 +0100",
		fromName: "Giulia - Amazon Marketplace", fromAddr: relay("Giulia", "it"), hdrCS: "UTF-8",
		subject: "Richiesta dal cliente Amazon Giulia (Ordine: 405-7712038-4459126)",
		parts: plain("UTF-8", "quoted-printable", relayBody("it", "405-7712038-4459126", `Buongiorno,

il pacco è arrivato oggi ma la scatola era ammaccata e due dei sei bicchieri sono rotti. Gli altri quattro sembrano a posto. Cosa posso fare? Preferirei ricevere due bicchieri sostitutivi.

Grazie,
Giulia Romano`)),
		charset: "UTF-8", wantCase: "return_dissatisfied", sub: "damaged", orderID: "405-7712038-4459126",
		note: "damaged in transit; FBM shipped, no tracking on record",
	})

	ms = append(ms, mail{
		file: "10-wrong-colour-es.eml", lang: "es", date: "Mon, 23 Nov 2026 11:08:56 +0100",
		fromName: "Javier - Amazon Marketplace", fromAddr: relay("Javier", "es"), hdrCS: "UTF-8",
		subject: "Consulta del cliente de Amazon Javier (Pedido: 406-2251837-9903412)",
		parts: plain("UTF-8", "base64", relayBody("es", "406-2251837-9903412", `Hola,

Pedí la funda en azul marino y me ha llegado en gris. En la página del producto se veía claramente azul. ¿Me podéis enviar la del color correcto o tengo que devolverla?

Un saludo,
Javier`)),
		charset: "UTF-8", wantCase: "return_dissatisfied", sub: "wrong_item", orderID: "406-2251837-9903412",
		note: "wrong colour; FBA order",
	})

	ms = append(ms, mail{
		file: "11-defective-ja-iso2022jp.eml", lang: "ja", date: "Sun, 22 Nov 2026 20:31:17 +0900",
		fromName: "佐藤 - Amazon Marketplace", fromAddr: relay("佐藤", "co.jp"), hdrCS: "ISO-2022-JP",
		subject: "Amazonのお客様 佐藤 様からのお問い合わせ (注文番号: 250-6618274-3390518)",
		parts: plain("ISO-2022-JP", "7bit", relayBody("ja", "250-6618274-3390518", `お世話になっております。

先日購入した電気ケトルですが、届いてから一度も電源が入りません。コンセントを変えても同じです。
初期不良だと思いますので、交換か返金をお願いできますでしょうか。

よろしくお願いいたします。
佐藤 花子`)),
		charset: "ISO-2022-JP", wantCase: "return_dissatisfied", sub: "defective", orderID: "250-6618274-3390518",
		note: "does not power on; FBA order, JPY",
	})

	ms = append(ms, mail{
		file: "12-missing-parts-ja-sjis.eml", lang: "ja", date: "Thu, 19 Nov 2026 13:22:40 +0900",
		fromName: "鈴木 - Amazon Marketplace", fromAddr: relay("鈴木", "co.jp"), hdrCS: "Shift_JIS",
		subject: "Amazonのお客様 鈴木 様からのお問い合わせ (注文番号: 503-0927461-8815207)",
		parts: plain("Shift_JIS", "base64", relayBody("ja", "503-0927461-8815207", `こんにちは。

本棚が届きましたが、組み立て用のネジが4本足りません。説明書ではネジは24本ですが、袋には20本しか入っていませんでした。
不足分のネジを送っていただけますか。

鈴木 一郎`)),
		charset: "Shift_JIS", wantCase: "return_dissatisfied", sub: "missing_parts", orderID: "503-0927461-8815207",
		note: "four screws missing; FBM shipped (Yamato tracking)",
	})

	ms = append(ms, mail{
		file: "13-never-arrived-en-older-template.eml", lang: "en", date: "Sat, 21 Nov 2026 23:14:09 +0000",
		fromName: "Marcus - Amazon Marketplace", fromAddr: relay("Marcus", "com"), hdrCS: "UTF-8",
		subject: "Inquiry from Amazon customer Marcus (Order: 111-9043726-5518820)",
		parts: plain("UTF-8", "7bit", olderBody("111-9043726-5518820", `Hello,

I ordered this vacuum almost a month ago and it still hasn't arrived. The tracking number hasn't shown any movement since November 2. I've checked with my neighbours and the front desk. At this point I think the package is lost. What can you do?

Marcus`, "com")),
		charset: "UTF-8", wantCase: "return_dissatisfied", sub: "not_received", orderID: "111-9043726-5518820",
		note: "older template with NRN link and commMgrTok; shipped 2026-10-28 (USPS), long overdue",
	})

	ms = append(ms, mail{
		file: "14-refund-status-de-cp1252.eml", lang: "de", date: "Tue, 24 Nov 2026 19:26:52 +0100",
		fromName: "Katrin - Amazon Marketplace", fromAddr: relay("Katrin", "de"), hdrCS: "windows-1252",
		subject: "Anfrage von Amazon-Kunde Katrin (Bestellung: 305-4471923-6628104)",
		parts: plain("windows-1252", "quoted-printable", relayBody("de", "305-4471923-6628104", `Sehr geehrte Damen und Herren,

ich habe die Brotdose vor zwei Wochen zurückgeschickt (Rücksendung „unbeschädigt, originalverpackt“). Laut Sendungsverfolgung ist sie am 16.11. bei Ihnen angekommen. Wann bekomme ich mein Geld zurück? Bisher ist keine Erstattung auf meinem Konto eingegangen – es geht um 22,95 €.

Mit freundlichen Grüßen
Katrin Schulz`)),
		charset: "windows-1252", wantCase: "refund_status", orderID: "305-4471923-6628104",
		note: "return arrived 16.11.; a refund notice for this order follows in 18-refund-initiated",
	})

	ms = append(ms, mail{
		file: "15-negative-review-threat-en.eml", lang: "en", date: "Wed, 25 Nov 2026 15:59:33 +0000",
		fromName: "Derek - Amazon Marketplace", fromAddr: relay("Derek", "com"), hdrCS: "UTF-8",
		subject: "Inquiry from Amazon customer Derek (Order: 113-5580241-9917763)",
		parts: plain("UTF-8", "quoted-printable", en("113-5580241-9917763", `This cushion went completely flat after one week of use. Total waste of money. I want a full refund or I'm leaving a 1-star review and telling everyone to stay away from your store. Your product photos are misleading.

Derek`)),
		charset: "UTF-8", wantCase: "negative_review", orderID: "113-5580241-9917763",
		note: "review threat tied to a refund demand; the reply must not tie anything to the review",
	})

	ms = append(ms, mail{
		file: "16-return-request-defective-notice-en.eml", lang: "en", date: "Mon, 23 Nov 2026 08:02:11 +0000",
		fromName: "Amazon.com", fromAddr: "order-update@amazon.com", hdrCS: "UTF-8",
		subject: "Return authorization request for order # 114-8872036-1204457",
		parts: plain("UTF-8", "quoted-printable", `Dear Seller,

A buyer has requested to return an item from the order below. The request was authorized automatically because it falls within Amazon's return policy. Please review the details and process the refund once you receive the item.

Order ID: # 114-8872036-1204457
Return Merchandise Authorization (RMA) ID: DkV7Rq3LxRMA
Request received: November 23, 2026

Order Item	ASIN	SKU	Return Quantity	Return Reason	Customer’s Comment
Bluetooth Kitchen Scale with App, 5 kg	B0BV7P4L2C	KS-BT-5	1	Item defective or doesn't work	Display stays blank even with new batteries.

You can view this return in Seller Central under Manage Returns.

Sincerely,
Amazon Services
`),
		charset: "UTF-8", wantCase: "return_dissatisfied", sub: "defective", notice: "return_request", orderID: "114-8872036-1204457",
		note: "reason code 'Item defective or doesn't work'; header uses a typographic apostrophe",
	})

	ms = append(ms, mail{
		file: "17-return-request-unwanted-notice-en-gb.eml", lang: "en", date: "Sun, 22 Nov 2026 17:44:26 +0000",
		fromName: "Amazon.co.uk", fromAddr: "order-update@amazon.co.uk", hdrCS: "UTF-8",
		subject: "Return authorisation request for order # 202-3318406-7742519",
		parts: plain("UTF-8", "7bit", `Dear Seller,

A buyer has requested a return authorisation for the order below. Please respond to the request within 24 hours in Manage Returns.

Order ID: # 202-3318406-7742519

Order Item	ASIN	SKU	Return Quantity	Return Reason	Customer's Comment
Yoga Mat 6 mm, Non-Slip, Purple	B0C5R8N4WD	YM-6-PUR	1	No longer needed	

Kind regards,
Amazon Services Europe
`),
		charset: "UTF-8", wantCase: "return_unwanted", notice: "return_request", orderID: "202-3318406-7742519",
		note: "reason code 'No longer needed', empty customer comment, UK spelling",
	})

	ms = append(ms, mail{
		file: "18-refund-initiated-notice.eml", lang: "en", date: "Wed, 25 Nov 2026 09:30:00 +0000",
		fromName: "Amazon Payments", fromAddr: "do-not-reply@amazon.com", hdrCS: "UTF-8",
		subject: "Refund initiated for order 305-4471923-6628104",
		parts: plain("UTF-8", "quoted-printable", `Hello,

A refund has been initiated for order 305-4471923-6628104 on Amazon.de.

Refund amount: EUR 22.95
Refund reason: Customer return
Refund date: 25 November 2026

Item: Thermo-Frühstücksbox aus Edelstahl, 1,2 l
SKU: BB-TH-12
ASIN: B0BW5K3R8P
Quantity: 1

The amount will be returned to the buyer's original payment method. This notice is for your records; no action is required.

Amazon Services
`),
		charset: "UTF-8", wantCase: "returned_goods", notice: "refund", orderID: "305-4471923-6628104",
		note: "refund notice, no reply; gives the refund fact behind 14-refund-status",
	})

	ms = append(ms, mail{
		file: "19-atoz-claim-notice.eml", lang: "en", date: "Thu, 26 Nov 2026 06:12:48 +0000",
		fromName: "Amazon A-to-z Guarantee", fromAddr: "atoz-guarantee-no-reply@amazon.com", hdrCS: "UTF-8",
		subject: "A-to-z Guarantee Claim for Order 112-7719364-0052836",
		parts: plain("UTF-8", "quoted-printable", `Dear Seller,

A buyer has filed an A-to-z Guarantee claim for the following order:

Order ID: 112-7719364-0052836
Item: Smart Robot Vacuum with LiDAR Mapping
Claim reason: Item not received
Claim amount: USD 279.00
Buyer comment: The tracking has not changed for two weeks and the package never came. I want my money back.

Please respond to this claim by November 29, 2026 by selecting "Represent to Amazon" on the claim in Seller Central, or refund the buyer. If you do not respond, the claim may be decided in the buyer's favour and will count toward your Order Defect Rate.

Sincerely,
Amazon A-to-z Guarantee Team
`),
		charset: "UTF-8", wantCase: "return_dissatisfied", sub: "not_received", notice: "atoz_claim", orderID: "112-7719364-0052836", needsHuman: true,
		note: "A-to-z claim: always needs human and urgent (respond_claim task); expensive FBM order",
	})

	ms = append(ms, mail{
		file: "20-out-of-office-auto-reply.eml", lang: "en", date: "Wed, 25 Nov 2026 08:01:03 +0000",
		fromName: "Oliver - Amazon Marketplace", fromAddr: relay("Oliver", "co.uk"), hdrCS: "UTF-8",
		subject: "Automatic reply: RE: Inquiry from Amazon customer Oliver (Order: 203-7741092-5583120)",
		extra: []string{
			"In-Reply-To: <reply-203-7741092-5583120.1@seller.example.com>",
			"References: " + msgID("03-cancel-unofficial-en-gb.eml") + " <reply-203-7741092-5583120.1@seller.example.com>",
			"Auto-Submitted: auto-replied",
			"X-Autoreply: yes",
			"Precedence: auto_reply",
		},
		parts: plain("UTF-8", "7bit", `Thank you for your email. I am out of the office until Tuesday 1 December with limited access to email. I will reply as soon as I can after my return.

Oliver
`),
		charset: "UTF-8", wantCase: "other", notice: "auto_reply", orderID: "203-7741092-5583120",
		note: "RFC 3834 auto-reply to our reply on 03's thread: no response needed",
	})

	ms = append(ms, mail{
		file: "21-thank-you-fr.eml", lang: "fr", date: "Tue, 24 Nov 2026 17:35:21 +0100",
		fromName: "Élodie - Amazon Marketplace", fromAddr: relay("Élodie", "fr"), hdrCS: "UTF-8",
		subject: "Demande de renseignements de la part du client Amazon Élodie (Commande : 402-6610375-2284913)",
		parts: plain("UTF-8", "quoted-printable", relayBody("fr", "402-6610375-2284913", `Bonjour,

Je viens de recevoir la théière, elle est magnifique et très bien emballée. Merci beaucoup pour la rapidité !

Bonne journée,
Élodie`)),
		charset: "UTF-8", wantCase: "other", orderID: "402-6610375-2284913",
		note: "thank-you, no question: no response needed",
	})

	o22 := findOrder("113-4829156-7730241")
	ms = append(ms, mail{
		file: "22-presale-question-html-only-en.eml", lang: "en", date: "Thu, 26 Nov 2026 02:48:15 +0000",
		fromName: "Mike - Amazon Marketplace", fromAddr: relay("Mike", "com"), hdrCS: "UTF-8",
		subject: "Product details inquiry from Amazon customer Mike",
		parts: []part{{ctype: "text/html", cs: "UTF-8", cte: "quoted-printable", text: relayHTML("en", "", o22.asin, o22.product, `Hi, is this bottle dishwasher safe, and does the lid also fit the 1 liter version? I'd like to order two before Christmas.

Thanks,
Mike`)}},
		charset: "UTF-8", wantCase: "other", orderID: "",
		note: "pre-sale product question, no order id, HTML only; threaded by alias",
	})

	ms = append(ms, mail{
		file: "23-legal-threat-en.eml", lang: "en", date: "Wed, 25 Nov 2026 22:07:44 +0000",
		fromName: "Karen - Amazon Marketplace", fromAddr: relay("Karen", "com"), hdrCS: "UTF-8",
		subject: "Inquiry from Amazon customer Karen (Order: 111-3375018-6649205)",
		parts: plain("UTF-8", "base64", en("111-3375018-6649205", `I am writing for the last time. The desk motor burned out after three weeks and started to smoke while my son was in the room. This is a serious safety issue.

If I do not receive a full refund of $349 within 48 hours, I will file a complaint with the Consumer Product Safety Commission and my attorney will take this to small claims court. I have kept the desk and photos as evidence.

Karen Mitchell`)),
		charset: "UTF-8", wantCase: "return_dissatisfied", sub: "defective", orderID: "111-3375018-6649205", needsHuman: true,
		note: "legal threat and safety issue: needs human; expensive FBM order (FedEx tracking)",
	})

	ms = append(ms, mail{
		file: "24-wrong-size-zh-gb2312.eml", lang: "zh", date: "Mon, 23 Nov 2026 03:26:30 +0000",
		fromName: "李伟 - Amazon Marketplace", fromAddr: relay("李伟", "com"), hdrCS: "GB2312",
		subject: "Inquiry from Amazon customer 李伟 (Order: 114-6650283-3371940)",
		parts: plain("GB2312", "base64", en("114-6650283-3371940", `你好，

我订的是L码的羽绒服，但是收到的是S码，穿不上。请问可以换成L码吗？还是需要我先退货？

谢谢！
李伟`)),
		charset: "GB2312", wantCase: "return_dissatisfied", sub: "wrong_item", orderID: "114-6650283-3371940",
		note: "wrong size; Chinese text in the English .com template; FBM shipped, no tracking on record",
	})

	ms = append(ms, mail{
		file: "25-where-is-my-order-unknown-zh-gbk.eml", lang: "zh", date: "Tue, 24 Nov 2026 05:51:12 +0000",
		fromName: "陈喆 - Amazon Marketplace", fromAddr: relay("陈喆", "com"), hdrCS: "GBK",
		subject: "Shipping inquiry from Amazon customer 陈喆 (Order: 113-7208816-4402917)",
		parts: plain("GBK", "base64", en("113-7208816-4402917", `您好，

我的订单已经下了十天了，到现在还没有收到，也查不到物流信息。请帮我查一下包裹现在在哪里，大概什么时候能到？

陈喆`)),
		charset: "GBK", wantCase: "shipping_inquiry", orderID: "113-7208816-4402917",
		note: "order missing from orders.tsv and shipments.tsv (unknown-order path); 喆 is GBK-only",
	})

	ms = append(ms, mail{
		file: "26-photo-only-en-gb.eml", lang: "", date: "Sun, 22 Nov 2026 12:18:05 +0000",
		fromName: "Sophie - Amazon Marketplace", fromAddr: relay("Sophie", "co.uk"), hdrCS: "UTF-8",
		subject: "Inquiry from Amazon customer Sophie (Order: 205-9914273-5530864)",
		parts: []part{
			{ctype: "text/plain", cs: "UTF-8", cte: "7bit", text: relayBody("en", "205-9914273-5530864", "")},
			{ctype: "image/jpeg", raw: tinyJPEG(), filename: "IMG_2041.jpg"},
		},
		charset: "UTF-8", wantCase: "other", orderID: "205-9914273-5530864", needsHuman: true,
		note: "photo attachment and no text: a person must look (FBA order)",
	})

	ms = append(ms, mail{
		file: "27-cancel-official-shipped-es.eml", lang: "es", date: "Tue, 24 Nov 2026 10:44:57 +0100",
		fromName: "Lucía - Amazon Marketplace", fromAddr: relay("Lucía", "es"), hdrCS: "UTF-8",
		subject: "Solicitud de cancelación de pedido del cliente de Amazon Lucía (Pedido: 403-8126650-7719325)",
		parts: plain("UTF-8", "quoted-printable", `Hola:

El comprador ha enviado una solicitud de cancelación para el pedido siguiente. Si el pedido aún no se ha enviado, cancélalo en Seller Central desde Gestionar pedidos y selecciona el motivo "Cancelado por el comprador". Si ya se ha enviado, informa al comprador.

Solicitud de cancelación del comprador para el pedido con ID:
403-8126650-7719325

Motivo de la cancelación: Ya no lo necesito
Comentario del comprador: Lo he pedido dos veces por error, por favor cancelad este.

#	ASIN	Nombre del producto
1	B0BJ6T1W9C	Cafetera italiana de aluminio, 6 tazas

Atentamente,
Amazon Services
`),
		charset: "UTF-8", wantCase: "cancel_order", notice: "cancellation_request", orderID: "403-8126650-7719325",
		note: "official cancellation request (Spanish) but the order already shipped (Correos tracking): explain, refuse delivery",
	})

	return ms
}

// ---------------------------------------------------------------- output

func state(id string) string {
	if id == "" {
		return "none"
	}
	o := findOrder(id)
	if o == nil {
		return "unknown"
	}
	ch := map[string]string{"Amazon": "FBA", "Merchant": "FBM"}[o.channel]
	s := fmt.Sprintf("%s %s %s %s %s", ch, o.status, o.mkt, o.cur, o.price)
	if o.tracking != "" {
		s += " tracking " + o.carrierCode
	}
	return s
}

func main() {
	if err := os.MkdirAll("mail", 0o755); err != nil {
		log.Fatal(err)
	}
	old, _ := filepath.Glob("mail/*.eml")
	for _, f := range old {
		os.Remove(f)
	}
	var man strings.Builder
	man.WriteString("file\tlanguage\tcharset\tcase\tsub_reason\tnotice\tneeds_human\torder_id\torder_state\tnote\n")
	for _, m := range mails() {
		if err := os.WriteFile(filepath.Join("mail", m.file), m.render(), 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Fprintf(&man, "%s\t%s\t%s\t%s\t%s\t%s\t%t\t%s\t%s\t%s\n", m.file, m.lang, m.charset, m.wantCase, m.sub, m.notice, m.needsHuman, m.orderID, state(m.orderID), m.note)
	}
	if err := os.WriteFile("samples.tsv", []byte(man.String()), 0o644); err != nil {
		log.Fatal(err)
	}

	cols := []string{"amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date", "order-status",
		"fulfillment-channel", "sales-channel", "order-channel", "ship-service-level", "product-name",
		"sku", "asin", "item-status", "quantity", "currency", "item-price", "item-tax", "shipping-price",
		"shipping-tax", "gift-wrap-price", "gift-wrap-tax", "item-promotion-discount",
		"ship-promotion-discount", "ship-city", "ship-state", "ship-postal-code", "ship-country",
		"promotion-ids", "cpf", "is-business-order", "purchase-order-number", "price-designation"}
	var ob strings.Builder
	ob.WriteString(strings.Join(cols, "\t") + "\n")
	for i, o := range orders {
		updated := o.purchased
		if o.shipDate != "" {
			updated = o.shipDate
		}
		itemStatus := o.status
		if o.status == "Pending" {
			itemStatus = "Unshipped"
		}
		tax, ship := "", "0.00"
		if o.cur == "JPY" {
			ship = "0"
		}
		row := []string{o.id, fmt.Sprintf("%d", 4100+i), o.purchased, updated, o.status,
			o.channel, o.mkt, "", o.level, o.product,
			o.sku, o.asin, itemStatus, fmt.Sprintf("%d", o.qty), o.cur, o.price, tax, ship,
			"", "", "", "", "", o.city, o.state, o.postal, o.country,
			"", "", "false", "", ""}
		if len(row) != len(cols) {
			log.Fatalf("order %s: %d fields, want %d", o.id, len(row), len(cols))
		}
		ob.WriteString(strings.Join(row, "\t") + "\n")
	}
	if err := os.WriteFile("orders.tsv", []byte(ob.String()), 0o644); err != nil {
		log.Fatal(err)
	}

	var sb strings.Builder
	sb.WriteString("order-id\torder-item-id\tquantity\tship-date\tcarrier-code\tcarrier-name\ttracking-number\tship-method\n")
	for i, o := range orders {
		if o.carrierCode == "" {
			continue
		}
		fmt.Fprintf(&sb, "%s\t%014d\t%d\t%s\t%s\t%s\t%s\t%s\n", o.id, 52840000000000+int64(i)*7919, o.qty, o.shipDate, o.carrierCode, o.carrierName, o.tracking, o.shipMethod)
	}
	if err := os.WriteFile("shipments.tsv", []byte(sb.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}
