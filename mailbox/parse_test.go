package mailbox

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// parsed is the part of aftersale.Message a fixture pins down.
type parsed struct {
	MessageID   string
	InReplyTo   []string
	References  []string
	FromName    string
	FromAddr    string
	ReplyTo     string
	To          []string
	Subject     string
	Date        string // RFC 3339, UTC; "" for none
	BuyerText   string
	OrderIDs    []string
	ASINs       []string
	RelayAlias  string
	Marketplace string
	BuyerName   string
	Sender      aftersale.SenderKind
	AutoReply   bool
	Attachments []string
	Flags       []string
	Auth        aftersale.Auth
	Err         bool
}

func project(m aftersale.Message, err error) parsed {
	p := parsed{
		MessageID: m.MessageID, InReplyTo: m.InReplyTo, References: m.References,
		FromName: m.FromName, FromAddr: m.FromAddr, ReplyTo: m.ReplyTo, To: m.To,
		Subject: m.Subject, BuyerText: m.BuyerText, OrderIDs: m.OrderIDs, ASINs: m.ASINs,
		RelayAlias: m.RelayAlias, Marketplace: m.Marketplace, BuyerName: m.BuyerName,
		Sender: m.Sender, AutoReply: m.AutoReply, Attachments: m.Attachments,
		Flags: m.Flags, Auth: m.Auth, Err: err != nil,
	}
	if !m.Date.IsZero() {
		p.Date = m.Date.Format(time.RFC3339)
	}
	return p
}

// authRelay is what the auth_*.eml relay fixtures parse to: they differ
// in the sender, the Message-ID, the date and the authentication results
// (failed: the results of a failed authentication, flagged FlagAuthFailed).
func authRelay(id, buyer, alias, date string, failed ...string) parsed {
	var flags []string
	var auth aftersale.Auth
	if len(failed) > 0 {
		flags = []string{FlagAuthFailed}
		auth = aftersale.Auth{Verdict: AuthFailed, Detail: failed[0]}
	}
	return parsed{
		MessageID: id,
		FromName:  buyer + " - Amazon Marketplace", FromAddr: alias,
		To:         []string{"shop@seller.example"},
		Subject:    "Inquiry from Amazon customer " + buyer + " (Order: 111-2223334-4445556)",
		Date:       date,
		BuyerText:  "Where is my parcel? It has not arrived yet.",
		OrderIDs:   []string{"111-2223334-4445556"},
		RelayAlias: alias, Marketplace: marketplaceOf(alias),
		BuyerName: buyer, Sender: aftersale.SenderBuyer,
		Flags: flags, Auth: auth,
	}
}

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestParseFixtures(t *testing.T) {
	const shop = "shop@seller.example"
	tests := []struct {
		file        string
		authServIDs []string // ParseOptions.AuthServIDs; nil: the topmost field
		want        parsed
		textHas     string // a substring the decoded Text must contain
		textLack    string // a substring it must not contain
	}{
		{
			file: "relay_current_de.eml",
			want: parsed{
				MessageID: "0102019a.k3v9@email.amazonses.com",
				FromName:  "Anna - Amazon Marketplace", FromAddr: "k3v9x2m7q1w8z5t@marketplace.amazon.de",
				To:        []string{shop},
				Subject:   "Anfrage von Amazon-Kunde Anna (Bestellung: 302-1234567-7654321)",
				Date:      "2025-03-04T09:15:02Z",
				BuyerText: "Hallo, die Flasche kam leider mit einer Delle an.\nKönnen Sie mir bitte einen Ersatz schicken? Grüße, Anna",
				OrderIDs:  []string{"302-1234567-7654321"}, ASINs: []string{"B07XJ8C8F5"},
				RelayAlias: "k3v9x2m7q1w8z5t@marketplace.amazon.de", Marketplace: "amazon.de",
				BuyerName: "Anna", Sender: aftersale.SenderBuyer,
			},
			textHas:  "Edelstahl Trinkflasche", // text/plain chosen over HTML
			textLack: "<p>",
		},
		{
			file: "relay_old_com.eml",
			want: parsed{
				MessageID:  "20160711180244.a1b2@marketplace.amazon.com",
				InReplyTo:  []string{"reply-1@shop.example"},
				References: []string{"first-0@shop.example", "reply-1@shop.example"},
				FromName:   "Josh - Amazon Marketplace", FromAddr: "qw2smy9gutcr61k@marketplace.amazon.com",
				To:        []string{"seller@shop.example"},
				Subject:   "RE: Your order shipped (Order: 111-0944945-3989852)",
				Date:      "2016-07-11T18:02:44Z",
				BuyerText: "Thanks for the tracking number. The box still has not arrived,\ncan you check with the carrier?",
				OrderIDs:  []string{"111-0944945-3989852"}, ASINs: []string{"B00GARDEN1"},
				RelayAlias: "qw2smy9gutcr61k@marketplace.amazon.com", Marketplace: "amazon.com",
				BuyerName: "Josh", Sender: aftersale.SenderBuyer,
			},
			textHas: "for two years",
		},
		{
			file: "relay_html_only.eml",
			want: parsed{
				MessageID: "html-only-1@email.amazonses.com",
				FromName:  "Cathy - Amazon Marketplace", FromAddr: "ab12cd34ef56gh7@marketplace.amazon.com",
				To:        []string{"seller@shop.example"},
				Subject:   "Return policy inquiry from Amazon customer Cathy (Order: 114-7863528-5212210)",
				Date:      "2025-03-05T20:00:00Z",
				BuyerText: "Hi, I ordered the wrong size & would like to return them.\nThanks!",
				OrderIDs:  []string{"114-7863528-5212210"}, ASINs: []string{"B08ABCDEF1"},
				RelayAlias: "ab12cd34ef56gh7@marketplace.amazon.com", Marketplace: "amazon.com",
				BuyerName: "Cathy", Sender: aftersale.SenderBuyer,
				Flags: []string{FlagHTMLOnly},
			},
			textHas:  "Wool socks, 3 pairs",
			textLack: "color:red", // style content dropped
		},
		{
			file: "relay_fr_latin1.eml",
			want: parsed{
				MessageID: "fr-1@marketplace.amazon.fr",
				FromName:  "Renée - Amazon Marketplace", FromAddr: "zx81yq2w3e4r5t6@marketplace.amazon.fr",
				To:         []string{"boutique@seller.example"},
				Subject:    "Demande de renseignements de la part du client Amazon Renée",
				Date:       "2025-03-06T07:30:00Z",
				BuyerText:  "Bonjour, je voudrais annuler ma commande, j'ai commandé par erreur.\nMerci d'avance.",
				OrderIDs:   []string{"405-1111111-2222222"},
				RelayAlias: "zx81yq2w3e4r5t6@marketplace.amazon.fr", Marketplace: "amazon.fr",
				BuyerName: "Renée", Sender: aftersale.SenderBuyer,
			},
			textHas: "Numéro de commande",
		},
		{
			file: "relay_jp_iso2022jp.eml",
			want: parsed{
				MessageID: "jp-1@marketplace.amazon.co.jp",
				FromName:  "山田 - Amazon Marketplace", FromAddr: "yamada0123456ab@marketplace.amazon.co.jp",
				To:         []string{shop},
				Subject:    "配送についての問い合わせ",
				Date:       "2025-03-07T01:00:00Z",
				BuyerText:  "商品がまだ届いていません。配送状況を教えてください。",
				OrderIDs:   []string{"250-1234567-1234567"},
				RelayAlias: "yamada0123456ab@marketplace.amazon.co.jp", Marketplace: "amazon.co.jp",
				BuyerName: "山田", Sender: aftersale.SenderBuyer,
			},
		},
		{
			file: "shift_jis.eml",
			want: parsed{
				MessageID: "sjis-1@mail.example.jp",
				FromName:  "佐藤", FromAddr: "sato@mail.example.jp",
				To:        []string{shop},
				Subject:   "返品について",
				Date:      "2025-03-07T02:00:00Z",
				BuyerText: "お世話になります。\n返品の手続きをお願いします。注文番号 503-7654321-7654321",
				OrderIDs:  []string{"503-7654321-7654321"},
				Sender:    aftersale.SenderOther,
			},
			textHas: "> 以前のメッセージ",
		},
		{
			// Labelled GB2312 but holding a GBK-only character (镕).
			file: "relay_cn_gb2312_gbk.eml",
			want: parsed{
				MessageID: "cn-1@marketplace.amazon.cn",
				FromName:  "王伟 - Amazon Marketplace", FromAddr: "wangwei12345678@marketplace.amazon.cn",
				To:         []string{shop},
				Subject:    "朱镕修改地址",
				Date:       "2025-03-08T01:00:00Z",
				BuyerText:  "朱镕您好，我想修改收货地址。",
				OrderIDs:   []string{"610-1234567-7654321"},
				RelayAlias: "wangwei12345678@marketplace.amazon.cn", Marketplace: "amazon.cn",
				BuyerName: "王伟", Sender: aftersale.SenderBuyer,
			},
		},
		{
			file: "big5.eml",
			want: parsed{
				MessageID: "big5-1@mail.example.tw",
				FromName:  "陳先生", FromAddr: "chen@mail.example.tw",
				To:        []string{shop},
				Subject:   "出貨詢問",
				Date:      "2025-03-08T02:00:00Z",
				BuyerText: "請問這個商品什麼時候出貨？",
				Sender:    aftersale.SenderOther,
			},
		},
		{
			file: "euc_kr.eml",
			want: parsed{
				MessageID: "euckr-1@mail.example.kr",
				FromName:  "김민수", FromAddr: "kim@mail.example.kr",
				To:        []string{shop},
				Subject:   "배송 문의",
				Date:      "2025-03-09T01:00:00Z",
				BuyerText: "배송이 언제 되나요? 주문번호 701-2345678-8765432",
				OrderIDs:  []string{"701-2345678-8765432"},
				Sender:    aftersale.SenderOther,
			},
		},
		{
			// windows-1252 QP; quoted reply and "-- " signature stripped.
			file: "windows1252_quote.eml",
			want: parsed{
				MessageID: "cp1252-1@mail.example.com",
				FromName:  "Tom “TB” Baker", FromAddr: "tom.baker@mail.example.com",
				To:        []string{shop, "support@seller.example"},
				Subject:   "Kettle – broken",
				Date:      "2025-03-10T10:00:00Z",
				BuyerText: "Hi,\n\nthe “premium” kettle – €49 – stopped working after a week.\n\nRegards,\nTom",
				Sender:    aftersale.SenderOther,
			},
			textHas: "Thank you for your order.",
		},
		{
			file: "relay_it_base64.eml",
			want: parsed{
				MessageID: "it-1@marketplace.amazon.it",
				FromName:  "Luca - Amazon Marketplace", FromAddr: "luca0a1b2c3d4e5@marketplace.amazon.it",
				To:         []string{"negozio@seller.example"},
				Subject:    "Richiesta dal cliente Amazon (Ordine: 404-3333333-4444444)",
				Date:       "2025-03-10T10:00:00Z",
				BuyerText:  "Il pacco è arrivato danneggiato, vorrei un rimborso.",
				OrderIDs:   []string{"404-3333333-4444444"},
				RelayAlias: "luca0a1b2c3d4e5@marketplace.amazon.it", Marketplace: "amazon.it",
				BuyerName: "Luca", Sender: aftersale.SenderBuyer,
			},
		},
		{
			// Plus-addressed relay alias; buyer text starts on the marker line.
			file: "relay_es_plus.eml",
			want: parsed{
				MessageID: "es-1@marketplace.amazon.es",
				FromName:  "Lucía - Amazon Marketplace", FromAddr: "lucia9z8y7x6w5v+a1b2c3d4-e5f6@marketplace.amazon.es",
				To:         []string{"tienda@seller.example"},
				Subject:    "Consulta del cliente de Amazon (Pedido: 171-5555555-6666666)",
				Date:       "2025-03-11T08:00:00Z",
				BuyerText:  "¿Cuándo llegará mi pedido?\nGracias.",
				OrderIDs:   []string{"171-5555555-6666666"},
				RelayAlias: "lucia9z8y7x6w5v+a1b2c3d4-e5f6@marketplace.amazon.es", Marketplace: "amazon.es",
				BuyerName: "Lucía", Sender: aftersale.SenderBuyer,
			},
		},
		{
			file: "bare_lf.eml",
			want: parsed{
				MessageID: "bare-lf-1@mail.example.org",
				FromName:  "Bare Sender", FromAddr: "bare@mail.example.org",
				To:        []string{shop},
				Subject:   "Bare LF question about order 123-4567890-1234567",
				Date:      "2025-03-11T10:00:00Z",
				BuyerText: "Does this lamp ship with a bulb?",
				OrderIDs:  []string{"123-4567890-1234567"},
				Sender:    aftersale.SenderOther,
			},
			textLack: "<p>",
		},
		{
			file: "missing_boundary.eml",
			want: parsed{
				MessageID: "cut-1@mail.example.org",
				FromAddr:  "cut@mail.example.org",
				To:        []string{shop},
				Subject:   "Cut off",
				Date:      "2025-03-11T11:00:00Z",
				BuyerText: "Please cancel order 222-3333333-4444444, I no longer need it.",
				OrderIDs:  []string{"222-3333333-4444444"},
				Sender:    aftersale.SenderOther,
				Flags:     []string{FlagTruncatedMultipart},
			},
		},
		{
			file: "nested_attachment.eml",
			want: parsed{
				MessageID: "nested-1@marketplace.amazon.co.uk",
				FromName:  "Photo Buyer - Amazon Marketplace", FromAddr: "photo1buyer2xyz@marketplace.amazon.co.uk",
				To:         []string{shop},
				Subject:    "Inquiry from Amazon customer Photo Buyer (Order: 203-9999999-8888888)",
				Date:       "2025-03-12T08:00:00Z",
				BuyerText:  "The glass arrived broken, photo attached.",
				OrderIDs:   []string{"203-9999999-8888888"},
				RelayAlias: "photo1buyer2xyz@marketplace.amazon.co.uk", Marketplace: "amazon.co.uk",
				BuyerName: "Photo Buyer", Sender: aftersale.SenderBuyer,
				Attachments: []string{"broken glass.jpg"},
			},
		},
		{
			file: "unknown_charset.eml",
			want: parsed{
				MessageID: "odd-1@mail.example.org",
				FromAddr:  "odd@mail.example.org",
				To:        []string{shop},
				Subject:   "Hello",
				Date:      "2025-03-12T09:00:00Z",
				BuyerText: "Where is my parcel? Order 333-4444444-5555555.",
				OrderIDs:  []string{"333-4444444-5555555"},
				Sender:    aftersale.SenderOther,
				Flags:     []string{FlagUnknownCharset},
			},
		},
		{
			file: "auto_reply.eml",
			want: parsed{
				MessageID: "ooo-1@marketplace.amazon.de",
				FromName:  "Max - Amazon Marketplace", FromAddr: "max1234567890ab@marketplace.amazon.de",
				To:         []string{shop},
				Subject:    "Automatic reply: Your order",
				Date:       "2025-03-12T10:00:00Z",
				BuyerText:  "I am out of the office until Monday.",
				RelayAlias: "max1234567890ab@marketplace.amazon.de", Marketplace: "amazon.de",
				BuyerName: "Max", Sender: aftersale.SenderBuyer, AutoReply: true,
			},
		},
		{
			file: "auto_reply_de.eml",
			want: parsed{
				MessageID: "ooo-2@mail.example.de",
				FromName:  "Kunde", FromAddr: "kunde@mail.example.de",
				To:        []string{shop},
				Subject:   "Abwesenheitsnotiz: Ihre Bestellung",
				Date:      "2025-03-12T10:05:00Z",
				BuyerText: "Ich bin bis 20.03. nicht erreichbar.",
				Sender:    aftersale.SenderOther, AutoReply: true,
			},
		},
		{
			file: "system_atoz.eml",
			want: parsed{
				MessageID: "atoz-1@amazon.com",
				FromName:  "Amazon.com", FromAddr: "atoz-guarantee-no-reply@amazon.com",
				To:          []string{"seller@shop.example"},
				Subject:     "A-to-z Guarantee Claim for Order 112-7446790-9716267",
				Date:        "2025-03-13T10:00:00Z",
				BuyerText:   "Hello,\n\nA buyer has filed an A-to-z Guarantee claim for order 112-7446790-9716267.\nPlease respond within 72 hours.",
				OrderIDs:    []string{"112-7446790-9716267"},
				Marketplace: "amazon.com", Sender: aftersale.SenderAmazon,
			},
		},
		{
			file: "system_refund_de.eml",
			want: parsed{
				MessageID: "refund-1@amazon.de",
				FromName:  "Amazon", FromAddr: "do-not-reply@amazon.de",
				To:          []string{shop},
				Subject:     "Refund initiated for order 302-7777777-1111111",
				Date:        "2025-03-13T11:00:00Z",
				BuyerText:   "A refund was initiated for order 302-7777777-1111111.",
				OrderIDs:    []string{"302-7777777-1111111"},
				Marketplace: "amazon.de", Sender: aftersale.SenderAmazon,
				AutoReply: true, // Precedence: bulk
			},
		},
		{
			// Look-alike domains in From and Reply-To must not match.
			file: "lookalike.eml",
			want: parsed{
				MessageID: "evil-1@evil.example",
				FromName:  "Eve - Amazon Marketplace", FromAddr: "x@marketplace.amazon.de.evil.example",
				ReplyTo:   "order-update@amazon.com.evil.example",
				To:        []string{shop},
				Subject:   "Inquiry from Amazon customer Eve (Order: 302-0000000-0000001)",
				Date:      "2025-03-13T12:00:00Z",
				BuyerText: "Please log in here to verify your account.",
				OrderIDs:  []string{"302-0000000-0000001"},
				BuyerName: "Eve", Sender: aftersale.SenderOther,
			},
		},
		{
			// Pre-sale question: no order id (a 4-7-7 number is none); the
			// buyer's name only in the subject.
			file: "presale_no_order.eml",
			want: parsed{
				MessageID: "presale-1@marketplace.amazon.co.uk",
				FromName:  "Amazon Marketplace", FromAddr: "presale123456789@marketplace.amazon.co.uk",
				To:         []string{shop},
				Subject:    "Product details inquiry from Amazon customer Sam",
				Date:       "2025-03-14T09:00:00Z",
				BuyerText:  "Is the chair suitable for someone of 120 kg? Order ref 1234-1234567-1234567 is not an order.",
				ASINs:      []string{"B0CHAIR123"},
				RelayAlias: "presale123456789@marketplace.amazon.co.uk", Marketplace: "amazon.co.uk",
				BuyerName: "Sam", Sender: aftersale.SenderBuyer,
			},
		},
		{
			file: "garbage.eml",
			want: parsed{
				Flags: []string{FlagHeaderError},
				Err:   true,
			},
			textHas: "ABCDEFG", // the bytes are kept as text for a person
		},
		{
			file: "reply_to_relay.eml",
			want: parsed{
				MessageID: "fwd-1@seller.example",
				FromName:  "Forwarder", FromAddr: "forward@seller.example",
				ReplyTo:    "replyto7alias8xx@marketplace.amazon.ca",
				To:         []string{shop},
				Subject:    "Fwd: Message from Amazon customer Kim (Order: 701-1212121-3434343)",
				Date:       "2025-03-14T10:00:00Z",
				BuyerText:  "Where is my order?",
				OrderIDs:   []string{"701-1212121-3434343"},
				RelayAlias: "replyto7alias8xx@marketplace.amazon.ca", Marketplace: "amazon.ca",
				BuyerName: "Kim", Sender: aftersale.SenderBuyer, Flags: []string{FlagRelayViaReplyTo},
			},
		},
		{
			file: "quotes_outlook_de.eml",
			want: parsed{
				MessageID: "quote-1@mail.example.de",
				InReplyTo: []string{"prev-7@seller.example"},
				FromName:  "Jens", FromAddr: "jens@mail.example.de",
				To:        []string{shop},
				Subject:   "AW: Ihre Bestellung 302-2468024-1357913",
				Date:      "2025-03-15T09:00:00Z",
				BuyerText: "Danke, passt so.",
				OrderIDs:  []string{"302-2468024-1357913"},
				Sender:    aftersale.SenderOther,
			},
		},
		{
			// A malformed line amid the header; a raw 8-bit Latin-1 subject.
			file: "header_error_latin1.eml",
			want: parsed{
				MessageID: "hdr-1@mail.example.de",
				FromName:  "Jörg", FromAddr: "joerg@mail.example.de",
				To:        []string{shop},
				Subject:   "Rückgabe",
				Date:      "2025-03-15T11:00:00Z",
				BuyerText: "Ich möchte die Ware zurücksenden.",
				Sender:    aftersale.SenderOther,
				Flags:     []string{FlagHeaderError},
			},
		},
		{
			// Order ids: subject first, deduplicated, quoted ones included.
			file: "quote_fr_multi_order.eml",
			want: parsed{
				MessageID: "fr-quote-1@mail.example.fr",
				FromName:  "Paul", FromAddr: "paul@mail.example.fr",
				To:        []string{shop},
				Subject:   "Commandes 405-1000000-2000000 et 405-3000000-4000000",
				Date:      "2025-03-15T11:00:00Z",
				BuyerText: "Les deux commandes 405-3000000-4000000 et 405-5000000-6000000 sont en retard.",
				OrderIDs:  []string{"405-1000000-2000000", "405-3000000-4000000", "405-5000000-6000000", "405-9999999-9999999"},
				Sender:    aftersale.SenderOther,
			},
		},
		{
			file: "windows1251_ru.eml",
			want: parsed{
				MessageID: "cp1251-1@mail.example.ru",
				FromName:  "Иван Петров",
				FromAddr:  "ivan@mail.example.ru",
				To:        []string{"shop@seller.example"},
				Subject:   "Где мой заказ?",
				Date:      "2025-03-17T05:00:00Z",
				BuyerText: "Здравствуйте!\nЗаказ 171-2345678-3456789 ещё не пришёл. Когда будет доставка?\n\nС уважением,\nИван",
				OrderIDs:  []string{"171-2345678-3456789"},
				Sender:    aftersale.SenderOther,
			},
		},
		{
			file: "relay_pl_iso8859_2.eml",
			want: parsed{
				MessageID:   "pl-1@marketplace.amazon.pl",
				FromName:    "Łukasz - Amazon Marketplace",
				FromAddr:    "lukasz123abc456@marketplace.amazon.pl",
				To:          []string{"sklep@seller.example"},
				Subject:     "Zapytanie od klienta Amazon Łukasz (Zamówienie: 407-1234567-1234567)",
				Date:        "2025-03-17T08:00:00Z",
				BuyerText:   "Dzień dobry, kubek przecieka. Proszę o zwrot pieniędzy.",
				OrderIDs:    []string{"407-1234567-1234567"},
				ASINs:       []string{"B09POLSKA1"},
				RelayAlias:  "lukasz123abc456@marketplace.amazon.pl",
				Marketplace: "amazon.pl",
				BuyerName:   "Łukasz",
				Sender:      aftersale.SenderBuyer,
			},
		},
		{
			file: "windows1250_cz.eml",
			want: parsed{
				MessageID: "cp1250-1@mail.example.cz",
				FromName:  "Petr Novak",
				FromAddr:  "petr@mail.example.cz",
				To:        []string{"shop@seller.example"},
				Subject:   "Poškozená zásilka",
				Date:      "2025-03-17T09:00:00Z",
				BuyerText: "Dobrý den,\nzásilka k objednávce 302-1111111-2222222 dorazila poškozená. Žádám o výměnu.",
				OrderIDs:  []string{"302-1111111-2222222"},
				Sender:    aftersale.SenderOther,
			},
		},
		{
			file: "relay_fr_iso8859_15.eml",
			want: parsed{
				MessageID:   "fr-2@marketplace.amazon.fr",
				FromName:    "Chloe - Amazon Marketplace",
				FromAddr:    "chloe0123456789@marketplace.amazon.fr",
				To:          []string{"boutique@seller.example"},
				Subject:     "Frais de port (Commande: 405-7777777-8888888) €",
				Date:        "2025-03-17T10:00:00Z",
				BuyerText:   "Bonjour, j'ai payé 25 € de frais de port en trop. Pouvez-vous me rembourser ?",
				OrderIDs:    []string{"405-7777777-8888888"},
				RelayAlias:  "chloe0123456789@marketplace.amazon.fr",
				Marketplace: "amazon.fr",
				BuyerName:   "Chloe",
				Sender:      aftersale.SenderBuyer,
			},
		},
		{
			file: "gb18030.eml",
			want: parsed{
				MessageID: "gb18030-1@mail.example.cn",
				FromName:  "李娜",
				FromAddr:  "lina@mail.example.cn",
				To:        []string{"shop@seller.example"},
				Subject:   "发票问题",
				Date:      "2025-03-18T01:00:00Z",
				BuyerText: "您好，订单 610-7654321-1234567 的发票抬头写错了：“𠀀记商行”。€",
				OrderIDs:  []string{"610-7654321-1234567"},
				Sender:    aftersale.SenderOther,
			},
		},
		{
			file: "relay_cn_gbk_html.eml",
			want: parsed{
				MessageID:   "cn-2@marketplace.amazon.cn",
				FromName:    "张敏 - Amazon Marketplace",
				FromAddr:    "zhangmin1234567@marketplace.amazon.cn",
				To:          []string{"shop@seller.example"},
				Subject:     "发票 (订单: 610-2222222-3333333)",
				Date:        "2025-03-18T02:00:00Z",
				BuyerText:   "请问可以开发票吗？谢谢。",
				OrderIDs:    []string{"610-2222222-3333333"},
				RelayAlias:  "zhangmin1234567@marketplace.amazon.cn",
				Marketplace: "amazon.cn",
				BuyerName:   "张敏",
				Sender:      aftersale.SenderBuyer,
				Flags:       []string{FlagHTMLOnly},
			},
		},
		{
			file: "mislabelled_latin1_is_utf8.eml",
			want: parsed{
				MessageID: "mislabel-1@mail.example.de",
				FromName:  "Sabine",
				FromAddr:  "sabine@mail.example.de",
				To:        []string{"shop@seller.example"},
				Subject:   "Rueckgabe",
				Date:      "2025-03-19T08:00:00Z",
				BuyerText: "Hallo, die Größe passt nicht. Können Sie mir die Rücksendung erklären? Bestellung 302-5555555-6666666",
				OrderIDs:  []string{"302-5555555-6666666"},
				Sender:    aftersale.SenderOther,
				Flags:     []string{FlagCharsetMislabelled},
			},
		},
		{
			file: "mislabelled_ascii_is_utf8.eml",
			want: parsed{
				MessageID: "mislabel-2@mail.example.es",
				FromName:  "Jose",
				FromAddr:  "jose@mail.example.es",
				To:        []string{"shop@seller.example"},
				Subject:   "Pedido",
				Date:      "2025-03-19T09:00:00Z",
				BuyerText: "¿Dónde está mi pedido 171-1212121-3434343? Gracias.",
				OrderIDs:  []string{"171-1212121-3434343"},
				Sender:    aftersale.SenderOther,
				Flags:     []string{FlagCharsetMislabelled},
			},
		},
		{
			file: "mislabelled_utf8_is_cp1252.eml",
			want: parsed{
				MessageID: "mislabel-3@mail.example.fr",
				FromName:  "Luc",
				FromAddr:  "luc@mail.example.fr",
				To:        []string{"shop@seller.example"},
				Subject:   "Colis abime",
				Date:      "2025-03-19T10:00:00Z",
				BuyerText: "Bonjour, la commande 405-1231231-4564564 est arrivée cassée. Merci de me répondre.",
				OrderIDs:  []string{"405-1231231-4564564"},
				Sender:    aftersale.SenderOther,
				Flags:     []string{FlagCharsetGuessed},
			},
		},
		{
			file: "rfc2231_attachment.eml",
			want: parsed{
				MessageID:   "rfc2231-1@mail.example.de",
				FromName:    "Jürgen Müller",
				FromAddr:    "juergen@mail.example.de",
				To:          []string{"shop@seller.example"},
				Subject:     "Rechnung für Bestätigung",
				Date:        "2025-03-20T08:00:00Z",
				BuyerText:   "Anbei die Rechnung zur Bestellung 302-9090909-1010101. Bitte korrigieren.",
				OrderIDs:    []string{"302-9090909-1010101"},
				Sender:      aftersale.SenderOther,
				Attachments: []string{"Rechnung für Bestellung.pdf"},
			},
		},
		{
			file: "system_delivery_failure.eml",
			want: parsed{
				MessageID:   "dsn-1@amazon.com",
				FromName:    "Amazon Seller Notifications",
				FromAddr:    "donotreply@amazon.com",
				To:          []string{"seller@shop.example"},
				Subject:     "Delivery failure: Your message to a buyer (Order: 111-2223334-4445556)",
				Date:        "2025-03-20T10:00:00Z",
				BuyerText:   "We were unable to deliver the message you sent to buyer for order 111-2223334-4445556.\nThe buyer has chosen to opt out of messages that are not required.",
				OrderIDs:    []string{"111-2223334-4445556"},
				Marketplace: "amazon.com",
				Sender:      aftersale.SenderAmazon,
				AutoReply:   true,
			},
		},
		{
			file: "system_return_uk.eml",
			want: parsed{
				MessageID: "ret-1@amazon.co.uk",
				FromName:  "Amazon.co.uk",
				FromAddr:  "order-update@amazon.co.uk",
				To:        []string{"shop@seller.example"},
				Subject:   "Return authorisation request for order # 203-1112223-3334445",
				Date:      "2025-03-20T11:00:00Z",
				// Amazon's fields are not the buyer's words; a reason may be.
				BuyerText:   "Return authorisation request for order # 203-1112223-3334445\nReason: Item defective or doesn't work",
				OrderIDs:    []string{"203-1112223-3334445"},
				ASINs:       []string{"B0UKRETURN"},
				Marketplace: "amazon.co.uk",
				Sender:      aftersale.SenderAmazon,
			},
		},
		{
			file: "auto_reply_x_autoreply.eml",
			want: parsed{
				MessageID:   "ooo-3@marketplace.amazon.de",
				FromName:    "Heike - Amazon Marketplace",
				FromAddr:    "heike12345678ab@marketplace.amazon.de",
				To:          []string{"shop@seller.example"},
				Subject:     "Re: Ihre Bestellung 302-3030303-4040404",
				Date:        "2025-03-21T08:00:00Z",
				BuyerText:   "Ich bin im Urlaub und lese keine E-Mails.",
				OrderIDs:    []string{"302-3030303-4040404"},
				RelayAlias:  "heike12345678ab@marketplace.amazon.de",
				Marketplace: "amazon.de",
				BuyerName:   "Heike",
				Sender:      aftersale.SenderBuyer,
				AutoReply:   true,
			},
		},
		{
			file: "auto_reply_precedence.eml",
			want: parsed{
				MessageID: "ooo-4@vendor.example",
				FromName:  "Help Desk",
				FromAddr:  "help@vendor.example",
				To:        []string{"shop@seller.example"},
				Subject:   "Ticket received",
				Date:      "2025-03-21T10:00:00Z",
				BuyerText: "Thank you for your email. We will get back to you soon.",
				Sender:    aftersale.SenderOther,
				AutoReply: true,
			},
		},
		{
			file: "relay_se_nested.eml",
			want: parsed{
				MessageID:   "se-1@marketplace.amazon.se",
				FromName:    "Erik - Amazon Marketplace",
				FromAddr:    "erik0987654321x@marketplace.amazon.se",
				To:          []string{"butik@seller.example"},
				Subject:     "Leveransfråga (Order: 526-1234567-7654321)",
				Date:        "2025-03-21T10:00:00Z",
				BuyerText:   "Hej! Paketet har inte kommit fram än. Kan ni kolla?",
				OrderIDs:    []string{"526-1234567-7654321"},
				RelayAlias:  "erik0987654321x@marketplace.amazon.se",
				Marketplace: "amazon.se",
				BuyerName:   "Erik",
				Sender:      aftersale.SenderBuyer,
				Attachments: []string{"(image/png)"},
			},
		},
		{
			file: "unknown_encoding.eml",
			want: parsed{
				MessageID: "uue-1@mail.example.org",
				FromAddr:  "old@mail.example.org",
				To:        []string{"shop@seller.example"},
				Subject:   "Old client",
				Date:      "2025-03-22T09:00:00Z",
				BuyerText: "begin 644 note.txt\n#86)C\n`\nend",
				Sender:    aftersale.SenderOther,
				Flags:     []string{FlagUnknownEncoding},
			},
		},
		{
			file: "system_seller_copy.eml",
			want: parsed{
				MessageID:   "copy-1@amazon.de",
				FromName:    "Amazon",
				FromAddr:    "auto-communication@amazon.de",
				To:          []string{"shop@seller.example"},
				Subject:     "Ihre Nachricht an einen Kaeufer (Bestellung: 302-6060606-7070707)",
				Date:        "2025-03-22T09:00:00Z",
				BuyerText:   "Dear customer,\nyour parcel for order 302-6060606-7070707 was shipped today.",
				OrderIDs:    []string{"302-6060606-7070707"},
				Marketplace: "amazon.de",
				Sender:      aftersale.SenderAmazon,
			},
		},
		// Sender authentication (auth.go). The relay mail below all reads
		// the same; only the Authentication-Results differ.
		{
			// Genuine relay mail: DKIM passes for the From domain (comments
			// with ';' inside are skipped); SPF passes for amazonses.com.
			file: "auth_pass_dkim.eml",
			want: authRelay("auth-pass-1@email.amazonses.com", "Dana", "d4n4x2m7q1w8z5t@marketplace.amazon.com", "2025-04-07T08:00:00Z"),
		},
		{
			// DKIM and SPF pass, but for the forger's own domain: DMARC
			// fails and decides.
			file: "auth_dmarc_fail.eml",
			want: authRelay("auth-dmarc-1@evil.example", "Erik", "e6r1kx2m7q1w8z5@marketplace.amazon.de", "2025-04-07T08:10:00Z",
				"dkim=pass(evil.example) spf=pass(evil.example) dmarc=fail"),
		},
		{
			// An Amazon system address: SPF fails, no DKIM signature.
			file: "auth_spf_fail_dkim_none.eml",
			want: parsed{
				MessageID: "auth-spf-1@amazon.co.uk",
				FromName:  "Amazon.co.uk", FromAddr: "order-update@amazon.co.uk",
				To:        []string{shop},
				Subject:   "Return authorisation request for order # 203-1112223-3334446",
				Date:      "2025-04-07T08:20:00Z",
				BuyerText: "Return authorisation request for order # 203-1112223-3334446\nReason: Item defective or doesn't work",
				OrderIDs:  []string{"203-1112223-3334446"}, Marketplace: "amazon.co.uk",
				Sender: aftersale.SenderAmazon,
				Flags:  []string{FlagAuthFailed},
				Auth:   aftersale.Auth{Verdict: AuthFailed, Detail: "dkim=none spf=fail dmarc=none"},
			},
		},
		{
			// The forger wrote a passing field; the receiving server's own,
			// on top, fails it. Only the topmost one is read.
			file: "auth_forged_below.eml",
			want: authRelay("auth-forged-1@evil.example", "Fay", "f0rg3dx2m7q1w8z@marketplace.amazon.com", "2025-04-07T08:30:00Z",
				"dkim=fail spf=softfail"),
		},
		{
			// No Authentication-Results (an ARC-Authentication-Results
			// field is another header): unknown, nothing flagged.
			file: "auth_missing.eml",
			want: authRelay("auth-missing-1@email.amazonses.com", "Gus", "g7u5x2m7q1w8z5t@marketplace.amazon.com", "2025-04-07T08:40:00Z"),
		},
		{
			// Without authserv_id the topmost field (a forwarder's pass)
			// is read ...
			file: "auth_servid_other.eml",
			want: authRelay("auth-servid-1@relay.forwarder.example", "Hal", "h4lx2m7q1w8z5tq@marketplace.amazon.de", "2025-04-07T08:50:00Z"),
		},
		{
			// ... with it, only the account's own server's field, matched
			// without regard to case; the forwarder's is ignored.
			file:        "auth_servid_other.eml",
			authServIDs: []string{"mx.seller.example"},
			want: authRelay("auth-servid-1@relay.forwarder.example", "Hal", "h4lx2m7q1w8z5tq@marketplace.amazon.de", "2025-04-07T08:50:00Z",
				"dkim=fail spf=fail"),
		},
		{
			// An unreadable topmost field is no evidence: unknown, and the
			// failing field below it is not read in its place.
			file: "auth_malformed.eml",
			want: authRelay("auth-malformed-1@email.amazonses.com", "Ivy", "i5yyx2m7q1w8z5t@marketplace.amazon.com", "2025-04-07T09:00:00Z"),
		},
		{
			// With authserv_id, the garbage field (no id) is skipped.
			file:        "auth_malformed.eml",
			authServIDs: []string{"mx.seller.example"},
			want: authRelay("auth-malformed-1@email.amazonses.com", "Ivy", "i5yyx2m7q1w8z5t@marketplace.amazon.com", "2025-04-07T09:00:00Z",
				"dkim=fail spf=fail"),
		},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		seen[tt.file] = true
		t.Run(tt.file, func(t *testing.T) {
			raw := readFixture(t, tt.file)
			m, err := ParseWith(raw, ParseOptions{AuthServIDs: tt.authServIDs})
			got := project(m, err)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Parse(%s) mismatch (-want +got):\n%s", tt.file, diff)
			}
			if m.ParserVersion != ParserVersion {
				t.Errorf("Parse(%s).ParserVersion = %d, want %d", tt.file, m.ParserVersion, ParserVersion)
			}
			if m.Size != len(raw) {
				t.Errorf("Parse(%s).Size = %d, want %d", tt.file, m.Size, len(raw))
			}
			if (err != nil) != (m.ParseErr != "") {
				t.Errorf("Parse(%s) err = %v but ParseErr = %q", tt.file, err, m.ParseErr)
			}
			if tt.textHas != "" && !strings.Contains(m.Text, tt.textHas) {
				t.Errorf("Parse(%s).Text = %q, want it to contain %q", tt.file, m.Text, tt.textHas)
			}
			if tt.textLack != "" && strings.Contains(m.Text, tt.textLack) {
				t.Errorf("Parse(%s).Text = %q, want no %q", tt.file, m.Text, tt.textLack)
			}
		})
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.eml"))
	for _, f := range files {
		if !seen[filepath.Base(f)] {
			t.Errorf("fixture %s has no row in TestParseFixtures", filepath.Base(f))
		}
	}
}

// FuzzParse checks that Parse never panics and that every input either
// parses or returns an error with ParseErr set.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.eml"))
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte(""))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=a\n\n--a\nContent-Type: multipart/mixed; boundary=a\n\n--a\n"))
	f.Add([]byte("Authentication-Results: mx; dkim=fail (((\nAuthentication-Results: ;;; spf===\nFrom: a@marketplace.amazon.de\n\nx"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := Parse(raw)
		if (err != nil) != (m.ParseErr != "") {
			t.Fatalf("Parse: err = %v but ParseErr = %q", err, m.ParseErr)
		}
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatalf("Parse recovered from a panic: %v", err)
		}
		if m.ParserVersion != ParserVersion {
			t.Fatalf("ParserVersion = %d", m.ParserVersion)
		}
		// The buyer's words are the mail's own, also once the lines
		// learned from it are dropped.
		ownLines(t, m.Text, m.BuyerText)
		s := TemplateCandidates(m)
		var lines []store.TemplateLine
		for _, c := range s.Lines {
			lines = append(lines, store.TemplateLine{Source: s.Source, Hash: c.Hash, Text: c.Text})
		}
		m2, _ := NewTemplate(lines).Apply(m)
		ownLines(t, m.Text, m2.BuyerText)
	})
}

// ownLines fails unless every line of buyer is part of text.
func ownLines(t *testing.T, text, buyer string) {
	t.Helper()
	for _, l := range strings.Split(buyer, "\n") {
		if !strings.Contains(text, l) {
			t.Fatalf("buyer text line %q is not in the text %q", l, text)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	for _, name := range []string{"relay_current_de.eml", "relay_html_only.eml", "relay_cn_gb2312_gbk.eml", "nested_attachment.eml"} {
		raw := readFixture(b, name)
		b.Run(strings.TrimSuffix(name, ".eml"), func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(raw); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestRepairMojibake(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"GrÃ¶ÃŸe", "Größe", true},              // UTF-8 read as windows-1252
		{"KÃ¶nnen Sie", "Können Sie", true},     // ISO-8859-1 reading
		{"â€œquotedâ€\u009d", "“quoted”", true}, // C1 control kept by a Latin-1 decoder
		{"Größe", "", false},                    // genuine Latin-1 text
		{"café Ãtre", "", false},                // "Ã" before a space is no UTF-8 lead
		{"plain ascii", "", false},
		{"Ã© and 日本", "", false}, // not all runes map back to one byte
	}
	for _, tt := range tests {
		got, ok := repairMojibake(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("repairMojibake(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
