//go:build ignore

// gen writes the classifier's evaluation corpus: one .eml per entry of
// messages.txt, in Amazon's relay and notice formats (docs/amazon.md:
// relay addresses, subjects, body layout, case-type rules) and in the entry's charset and transfer encoding, plus labels.csv.
// The messages were written for this corpus, separately from the training
// examples (classify/examples), and are never trained on.
//
// Run from the repository root after editing messages.txt:
//
//	go run classify/testdata/eval/gen.go
//
// The output is deterministic (fixed dates, ids derived from file names).
//
// messages.txt: '#' lines are comments; an entry starts with
//
//	== file | lang | tld | kind | enc | label | needs_human | buyer name
//
// followed by the buyer's text. kind is relay (current text template),
// topic:<Topic> (subject "<Topic> inquiry from Amazon customer ..."), html
// (HTML only), alt (multipart/alternative), old (2016 Begin/End message
// template), presale (no order id), reply (buyer's reply quoting the
// seller), cancel (official cancellation request notice), return:<reason
// code>, refund, atoz:<reason>, feedback, autoreply (Auto-Submitted header),
// ooo (an out-of-office text relayed without auto-reply headers). enc is utf8-qp, utf8-b64, utf8-8bit,
// latin1-qp, jis, sjis-b64 or gb-b64. In the text, {O} is the order id of
// the subject, {O2} a second order id, {OFW} the order id in full-width
// digits. label is case or case/sub_reason.
package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/csv"
	"fmt"
	"hash/fnv"
	"log"
	"mime"
	"mime/quotedprintable"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/width"
)

const dir = "classify/testdata/eval"

type entry struct {
	file, lang, tld, kind, enc, label, nh, name string
	text                                        string
	line                                        int
}

func main() {
	f, err := os.Open(filepath.Join(dir, "messages.txt"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var es []entry
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		if strings.HasPrefix(l, "#") && (len(es) == 0 || es[len(es)-1].text == "") {
			continue
		}
		if strings.HasPrefix(l, "== ") {
			p := strings.Split(strings.TrimPrefix(l, "== "), "|")
			if len(p) != 8 {
				log.Fatalf("messages.txt:%d: want 8 fields, got %d", n, len(p))
			}
			for i := range p {
				p[i] = strings.TrimSpace(p[i])
			}
			es = append(es, entry{file: p[0], lang: p[1], tld: p[2], kind: p[3], enc: p[4], label: p[5], nh: p[6], name: p[7], line: n})
			continue
		}
		if len(es) == 0 {
			continue
		}
		e := &es[len(es)-1]
		e.text += l + "\n"
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(dir, "mail")); err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "mail"), 0o755); err != nil {
		log.Fatal(err)
	}
	var rows [][]string
	seen := map[string]bool{}
	for i, e := range es {
		e.text = strings.TrimSpace(e.text)
		if seen[e.file] {
			log.Fatalf("messages.txt:%d: duplicate file %s", e.line, e.file)
		}
		seen[e.file] = true
		raw, ids := build(i, e)
		name := filepath.Join("mail", e.file+".eml")
		if err := os.WriteFile(filepath.Join(dir, name), raw, 0o644); err != nil {
			log.Fatal(err)
		}
		c, sub, _ := strings.Cut(e.label, "/")
		rows = append(rows, []string{filepath.ToSlash(name), c, sub, strings.Join(ids, ";"), e.lang, e.nh})
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"file", "case", "subreason", "order_id", "language", "needs_human"})
	w.WriteAll(rows)
	if err := os.WriteFile(filepath.Join(dir, "labels.csv"), b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %d messages\n", len(es))
}

func hash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// orderID derives a stable 3-7-7 id from the file name and a salt.
func orderID(file, salt string, tld string) string {
	h := hash(file + salt)
	prefix := map[string]int{"com": 111, "co.uk": 202, "de": 302, "fr": 402, "it": 403, "es": 404, "co.jp": 503, "ca": 701}[tld]
	if prefix == 0 {
		prefix = 114
	}
	prefix += int(h % 4)
	return fmt.Sprintf("%03d-%07d-%07d", prefix, (h>>8)%10000000, (h>>32)%10000000)
}

func asin(file string) string {
	const al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
	h := hash(file + "asin")
	b := []byte("B0")
	for i := 0; i < 8; i++ {
		b = append(b, al[h%uint64(len(al))])
		h /= uint64(len(al))
	}
	return string(b)
}

var products = []string{
	"Stainless Steel Insulated Water Bottle 750 ml, Midnight Blue",
	"Wireless Bluetooth Headphones, Over-Ear, 40h Battery",
	"Ceramic Pour-Over Coffee Dripper Set with Filters",
	"Kids' Waterproof Rain Jacket, Yellow, Size 8",
	"LED Desk Lamp with USB Charging Port, Dimmable",
	"Bamboo Cutting Board Set of 3",
	"Yoga Mat 6 mm Non-Slip with Carry Strap",
	"USB-C Fast Charger 65 W, 2 Ports",
	"Hardcover Notebook A5 Dotted, 2-Pack",
	"Men's Trail Running Shoes, Grey, EU 43",
	"Silicone Baking Mats, Set of 2",
	"Phone Case for Pixel 8, Clear",
}

func sellerDomain(tld string) string { return "brightgoods.example" }

var subjects = map[string]string{
	"com":   "Inquiry from Amazon customer %s (Order: %s)",
	"co.uk": "Inquiry from Amazon customer %s (Order: %s)",
	"ca":    "Demande de renseignements de la part du client Amazon %s (Commande : %s)",
	"de":    "Anfrage von Amazon-Kunde %s (Bestellung: %s)",
	"fr":    "Demande de renseignements de la part du client Amazon %s (Commande : %s)",
	"es":    "Consulta del cliente de Amazon %s (Pedido: %s)",
	"it":    "Richiesta dal cliente Amazon %s (Ordine: %s)",
	"co.jp": "Amazonのお客様 %s からのお問い合わせ (注文番号: %s)",
}

// markers are the localized "Order ID", "Message:" and footer lines of the
// current template, by marketplace.
var markers = map[string][3]string{
	"com":   {"Order ID", "Message:", "View message"},
	"co.uk": {"Order ID", "Message:", "View message"},
	"ca":    {"Numéro de commande", "Message :", "Afficher le message"},
	"de":    {"Bestellnummer", "Nachricht:", "Nachricht anzeigen"},
	"fr":    {"Numéro de commande", "Message :", "Afficher le message"},
	"es":    {"Número de pedido", "Mensaje:", "Ver mensaje"},
	"it":    {"Numero d'ordine", "Messaggio:", "Visualizza messaggio"},
	"co.jp": {"注文番号", "メッセージ:", "メッセージを表示"},
}

func fullWidth(s string) string { return width.Widen.String(s) }

func build(i int, e entry) ([]byte, []string) {
	o := orderID(e.file, "", e.tld)
	o2 := orderID(e.file, "2", e.tld)
	var ids []string
	hasOrder := e.kind != "presale"
	if hasOrder {
		ids = append(ids, o)
	}
	if strings.Contains(e.text, "{O2}") {
		ids = append(ids, o2)
	}
	if strings.Contains(e.text, "{OFW}") && !hasOrder {
		ids = append(ids, o)
	}
	text := strings.NewReplacer("{O}", o, "{O2}", o2, "{OFW}", fullWidth(o), "{N}", e.name).Replace(e.text)
	alias := fmt.Sprintf("%015x", hash(e.file+"alias"))[:15]
	alias = strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' && hash(e.file+string(r))%2 == 0 {
			return 'a' + (r - '0')
		}
		return r
	}, alias)
	relay := fmt.Sprintf("%s@marketplace.amazon.%s", alias, e.tld)
	product := products[hash(e.file)%uint64(len(products))]
	a := asin(e.file)
	mk := markers[e.tld]
	if mk[0] == "" {
		mk = markers["com"]
	}
	date := fmt.Sprintf("Tue, %d Mar 2025 %02d:%02d:%02d +0000", 4+i%20, 6+i%14, (i*7)%60, (i*13)%60)
	msgID := fmt.Sprintf("<%016x.eval@%s>", hash(e.file+"mid"), "amazon.example")

	from := fmt.Sprintf("%s - Amazon Marketplace", e.name)
	fromAddr := relay
	subject := fmt.Sprintf(subjects[e.tld], e.name, o)
	if subjects[e.tld] == "" {
		subject = fmt.Sprintf(subjects["com"], e.name, o)
	}
	var body, ctype string
	extra := ""
	kind, arg, _ := strings.Cut(e.kind, ":")
	switch kind {
	case "relay", "presale", "reply", "topic":
		if kind == "presale" {
			subject = fmt.Sprintf("Product details inquiry from Amazon customer %s", e.name)
			body = fmt.Sprintf("ASIN: %s\n%s\n\n%s\n%s\n\n%s\nReport suspicious message\n", a, product, mk[1], text, mk[2])
			break
		}
		if kind == "topic" {
			subject = fmt.Sprintf("%s inquiry from Amazon customer %s (Order: %s)", arg, e.name, o)
		}
		if kind == "reply" {
			subject = fmt.Sprintf("RE: Your order with Bright Goods (Order: %s)", o)
		}
		body = fmt.Sprintf("%s: %s\n\n#  ASIN  Product Name\n1  %s  %s\n\n%s\n%s\n\n%s\nResolve case\nReport suspicious message\n\nThis service is provided by Amazon. Sellers must reply through Amazon's messaging system.\n",
			mk[0], o, a, product, mk[1], text, mk[2])
	case "html", "alt":
		h := fmt.Sprintf(`<html><body><table><tr><td><b>%s:</b> %s</td></tr></table>
<table border="1"><tr><th>#</th><th>ASIN</th><th>Product Name</th></tr><tr><td>1</td><td>%s</td><td>%s</td></tr></table>
<p>%s</p>
<p>%s</p>
<p><a href="https://sellercentral.amazon.%s/messaging/reply?id=1">%s</a></p>
<p><a href="https://sellercentral.amazon.%s/messaging/resolve?id=1">Resolve case</a></p>
<p>This service is provided by Amazon.</p></body></html>
`, mk[0], o, a, product, mk[1], strings.ReplaceAll(htmlEscape(text), "\n", "<br>\n"), e.tld, mk[2], e.tld)
		if kind == "html" {
			body, ctype = h, "text/html"
			break
		}
		plain := fmt.Sprintf("%s: %s\n\n%s\n%s\n\n%s\n", mk[0], o, mk[1], text, mk[2])
		return multipart(e, from, fromAddr, subject, date, msgID, plain, h), ids
	case "old":
		body = fmt.Sprintf("Order ID %s:\n1 of %s [ASIN: %s]\n\n------------- Begin message -------------\n\n%s\n\n------------- End message -------------\n\nFor Your Information: To help arbitrate disputes and preserve trust and safety, we retain all messages buyers and sellers send through Amazon.%s for two years. This includes your response to the message below. Amazon uses filtering technology to protect buyers and sellers from possible fraud. Messages that fail this filtering will not be transmitted.\n\nWas this email helpful? Report suspicious.\n\nTo mark this message as no response needed, click here: https://sellercentral.amazon.%s/gp/communication-manager/no-response-needed.html?msg=A1B2C3D4E5&mp=ATVPDKIKX0DER\n\n[commMgrTok:AF9E104T7W2Q2]\n",
			o, product, a, text, e.tld, e.tld)
	case "cancel":
		subject = fmt.Sprintf("Order cancellation request from Amazon customer %s (Order: %s)", e.name, o)
		body = fmt.Sprintf("Hello,\n\n%s has sent a cancellation request for the order below.\n\n%s\n\nBuyer Cancellation Request for Order ID: %s\n\nIf the order has not shipped, please cancel it in Seller Central. If it has shipped, let the buyer know.\n", e.name, text, o)
	case "return":
		from, fromAddr = "Amazon.com", "order-update@amazon."+e.tld
		subject = fmt.Sprintf("Return authorization request for order # %s", o)
		if e.tld == "co.uk" {
			subject = fmt.Sprintf("Return authorisation request for order %s", o)
		}
		body = fmt.Sprintf("Dear Seller,\n\nAmazon customer %s has requested a return authorization for the following item:\n\nOrder ID: # %s\n\nOrder Item: %s\nASIN: %s\nSKU: BG-%04d\nReturn Quantity: 1\nReturn Reason: %s\nCustomer's Comment: %s\n\nThis return was authorized automatically under your return settings. Please review it in Manage Returns.\n\nSincerely,\nAmazon Services\n",
			e.name, o, product, a, hash(e.file)%10000, strings.ReplaceAll(arg, "'", "&#39;"), text)
	case "refund":
		from, fromAddr = "Amazon Payments", "do-not-reply@amazon."+e.tld
		subject = fmt.Sprintf("Refund initiated for order %s", o)
		body = fmt.Sprintf("Hello,\n\n%s\n\nOrder #: %s\nItem: %s\n\nThis is an automated message.\n", text, o, product)
	case "atoz":
		from, fromAddr = "Amazon A-to-z Guarantee", "atoz-guarantee-no-reply@amazon."+e.tld
		subject = fmt.Sprintf("A-to-z Guarantee Claim for Order %s", o)
		body = fmt.Sprintf("Dear Seller,\n\nA buyer has filed an A-to-z Guarantee claim.\n\nOrder ID: %s\nClaim reason: %s\nBuyer comments: %s\n\nPlease respond within 72 hours in Seller Central > Performance > A-to-z Guarantee Claims.\n", o, arg, text)
	case "feedback":
		from, fromAddr = "Amazon Seller Notification", "seller-notification@amazon."+e.tld
		subject = "Negative feedback received"
		body = fmt.Sprintf("Dear Seller,\n\nA buyer left feedback for order %s.\n\nRating: 1 out of 5\nComments: %s\n\nYou can respond publicly in Seller Central > Performance > Feedback.\n", o, text)
	case "autoreply":
		subject = "Automatic reply: Your order with Bright Goods (Order: " + o + ")"
		extra = "Auto-Submitted: auto-replied\r\nX-Autoreply: yes\r\n"
		body = text + "\n"
	case "ooo":
		subject = fmt.Sprintf("RE: Shipping update for your order (Order: %s)", o)
		body = text + "\n"
	default:
		log.Fatalf("messages.txt:%d: unknown kind %q", e.line, e.kind)
	}
	if ctype == "" {
		ctype = "text/plain"
	}
	var b bytes.Buffer
	cs, payload, cte := encodeBody(e, body)
	fmt.Fprintf(&b, "Return-Path: <bounces@amazon.example>\r\n")
	fmt.Fprintf(&b, "From: %s <%s>\r\n", encodeWord(e, from), fromAddr)
	fmt.Fprintf(&b, "To: seller@%s\r\n", sellerDomain(e.tld))
	fmt.Fprintf(&b, "Subject: %s\r\n", encodeWord(e, subject))
	fmt.Fprintf(&b, "Date: %s\r\nMessage-ID: %s\r\nMIME-Version: 1.0\r\n%s", date, msgID, extra)
	fmt.Fprintf(&b, "Content-Type: %s; charset=%s\r\nContent-Transfer-Encoding: %s\r\n\r\n", ctype, cs, cte)
	b.Write(payload)
	return b.Bytes(), ids
}

func multipart(e entry, from, fromAddr, subject, date, msgID, plain, html string) []byte {
	var b bytes.Buffer
	const bd = "=_bnd_aftersale_eval"
	fmt.Fprintf(&b, "From: %s <%s>\r\nTo: seller@%s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\nMIME-Version: 1.0\r\n",
		encodeWord(e, from), fromAddr, sellerDomain(e.tld), encodeWord(e, subject), date, msgID)
	fmt.Fprintf(&b, "Content-Type: multipart/alternative; boundary=\"%s\"\r\n\r\nThis is a multi-part message in MIME format.\r\n", bd)
	for _, p := range []struct{ ct, s string }{{"text/plain", plain}, {"text/html", html}} {
		cs, payload, cte := encodeBody(e, p.s)
		fmt.Fprintf(&b, "\r\n--%s\r\nContent-Type: %s; charset=%s\r\nContent-Transfer-Encoding: %s\r\n\r\n", bd, p.ct, cs, cte)
		b.Write(payload)
	}
	fmt.Fprintf(&b, "\r\n--%s--\r\n", bd)
	return b.Bytes()
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// charsetOf returns the MIME charset name and encoder of an enc value.
func charsetOf(enc string) (string, encoding.Encoding) {
	switch {
	case strings.HasPrefix(enc, "latin1"):
		return "iso-8859-1", charmap.ISO8859_1
	case enc == "jis":
		return "iso-2022-jp", japanese.ISO2022JP
	case strings.HasPrefix(enc, "sjis"):
		return "shift_jis", japanese.ShiftJIS
	case strings.HasPrefix(enc, "gb"):
		return "gb2312", simplifiedchinese.GBK // GB2312 text encodes identically in GBK
	}
	return "utf-8", nil
}

func mustEncode(e entry, enc encoding.Encoding, s string) []byte {
	if enc == nil {
		return []byte(s)
	}
	out, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		log.Fatalf("messages.txt:%d: encoding %s: %v", e.line, e.enc, err)
	}
	return out
}

func encodeBody(e entry, body string) (charset string, payload []byte, cte string) {
	cs, enc := charsetOf(e.enc)
	body = strings.ReplaceAll(body, "\n", "\r\n")
	raw := mustEncode(e, enc, body)
	switch {
	case strings.HasSuffix(e.enc, "-qp"):
		var b bytes.Buffer
		w := quotedprintable.NewWriter(&b)
		w.Write(raw)
		w.Close()
		return cs, b.Bytes(), "quoted-printable"
	case strings.HasSuffix(e.enc, "-b64"):
		s := base64.StdEncoding.EncodeToString(raw)
		var b bytes.Buffer
		for len(s) > 76 {
			b.WriteString(s[:76] + "\r\n")
			s = s[76:]
		}
		b.WriteString(s + "\r\n")
		return cs, b.Bytes(), "base64"
	case e.enc == "jis":
		return cs, raw, "7bit"
	}
	return cs, raw, "8bit"
}

// encodeWord RFC 2047-encodes a header value in the entry's charset when it
// is not plain ASCII.
func encodeWord(e entry, s string) string {
	ascii := true
	for _, r := range s {
		if r > 126 {
			ascii = false
		}
	}
	if ascii {
		return s
	}
	cs, enc := charsetOf(e.enc)
	raw := string(mustEncode(e, enc, s))
	if cs == "iso-8859-1" || cs == "utf-8" && strings.HasSuffix(e.enc, "-qp") {
		return mime.QEncoding.Encode(cs, raw)
	}
	return mime.BEncoding.Encode(cs, raw)
}
