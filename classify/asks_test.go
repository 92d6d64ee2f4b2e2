package classify

import (
	"context"
	"testing"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

type asksCase struct {
	name    string
	text    string
	attach  []string
	asks    []aftersale.Ask
	given   aftersale.Given
	symptom bool // Given.Symptom is set (its text is not compared)
	reason  bool // Given.Reason is set
	// declined is Given.Declined; complaint is Given.Complaint, compared
	// only when set.
	declined  []aftersale.Ask
	complaint aftersale.SubReason
}

// asksCases are buyer messages per template language with what they ask
// for and the facts they give. Symptom and Reason hold the buyer's
// sentence; the table only says whether one was found.
var asksCases = []asksCase{
	// en
	{name: "en/missing screws, send them", text: "Hi, the shelf arrived but four screws are missing. Could you send them to me?",
		asks: []aftersale.Ask{aftersale.AskSendParts}, given: aftersale.Given{MissingPart: "screws", MissingCount: 4}},
	{name: "en/missing cable named, no ask", text: "The package was missing the power cable.",
		given: aftersale.Given{MissingPart: "power cable"}},
	{name: "en/parts missing, unnamed", text: "Some parts are missing from the box, please send them.",
		asks: []aftersale.Ask{aftersale.AskSendParts}},
	{name: "en/wrong size, exchange for L", text: "I ordered size L but received size M. Can I exchange it for the L?",
		asks:  []aftersale.Ask{aftersale.AskReplacement},
		given: aftersale.Given{Ordered: "L", Received: "M", Wanted: "L"}},
	{name: "en/refund not replacement", text: "The mug arrived cracked. I don't want a replacement, just a refund please. Photo attached.",
		asks: []aftersale.Ask{aftersale.AskRefund}, given: aftersale.Given{Photo: true}, symptom: true, declined: []aftersale.Ask{aftersale.AskReplacement}},
	{name: "en/flat cushion, refund or 1 star", text: "This cushion went completely flat after one week of use. I want a full refund or I'm leaving a 1-star review.",
		asks: []aftersale.Ask{aftersale.AskRefund}, symptom: true},
	{name: "en/photo as attachment", text: "The lamp is damaged, see attached.", attach: []string{"IMG_2041.JPG"},
		given: aftersale.Given{Photo: true}},
	{name: "en/video attachment", text: "It makes a loud rattling noise.", attach: []string{"clip.mov"},
		given: aftersale.Given{Photo: true, Video: true}, symptom: true},
	{name: "en/defective only", text: "The item is defective. What can you do?"},
	{name: "en/cancel with reason", text: "Please cancel my order, I ordered it by mistake.",
		asks: []aftersale.Ask{aftersale.AskCancel}, reason: true},
	{name: "en/cancel without reason", text: "Please cancel my order.", asks: []aftersale.Ask{aftersale.AskCancel}},
	{name: "en/where is it", text: "Where is my parcel? When will it arrive?",
		asks: []aftersale.Ask{aftersale.AskDeliveryDate, aftersale.AskTracking}},
	{name: "en/new address", text: "I moved last week. Please ship it to my new address:\n12 Oak Street\nSpringfield, IL 62704",
		asks: []aftersale.Ask{aftersale.AskNewAddress}},
	{name: "en/keep for partial refund", text: "It's not what I expected. I could keep it if you give me a partial refund.",
		asks: []aftersale.Ask{aftersale.AskPartialRefund}, given: aftersale.Given{Keep: "yes"}},
	{name: "en/will not keep", text: "I changed my mind and don't want to keep it. How do I return it?",
		asks: []aftersale.Ask{aftersale.AskReturn}, given: aftersale.Given{Keep: "no"}, reason: true},
	{name: "en/send two more", text: "The instructions say there should be 8 shelf pins but I only got 6. Please send two more shelf pins.",
		asks: []aftersale.Ask{aftersale.AskSendParts}, given: aftersale.Given{MissingPart: "shelf pins", MissingCount: 2}},
	{name: "en/rather money back than a new one", text: "The shade is dented on one side. I'd rather have my money back than a new one.",
		asks: []aftersale.Ask{aftersale.AskRefund}, symptom: true, declined: []aftersale.Ask{aftersale.AskReplacement}},
	{name: "en/symptom in other words", text: "The headphones crackle in the left ear and the right side keeps cutting out.", symptom: true},
	{name: "en/address inline after a question", text: "Could you send it to my new address? 221 Elm Street, Apt 4, Austin, TX 78701.",
		asks: []aftersale.Ask{aftersale.AskNewAddress}},
	{name: "en/changed mind is no symptom", text: "It works fine, but I've changed my mind - I no longer need it. How do I return it?",
		asks: []aftersale.Ask{aftersale.AskReturn}, reason: true},
	{name: "es/por error is no symptom", text: "Lo he pedido dos veces por error, por favor cancelad uno.",
		asks: []aftersale.Ask{aftersale.AskCancel}, reason: true},
	{name: "en/only one of two arrived", text: "I ordered two but only one arrived in the package. Please send the other one.",
		asks: []aftersale.Ask{aftersale.AskSendParts}},
	{name: "en/no cord inside, post one", text: "Box arrived, but no power cord inside. Can't use it without. Please post one out to me asap.",
		asks: []aftersale.Ask{aftersale.AskSendParts}, given: aftersale.Given{MissingPart: "power cord"}, symptom: true},
	{name: "en/photo sent before", text: "I already sent a photo in my previous message. The frame is bent at the corner.",
		given: aftersale.Given{Photo: true}, symptom: true},
	{name: "en/invoice", text: "Could you send me an invoice for my company?", asks: []aftersale.Ask{aftersale.AskInvoice}},

	// de
	{name: "de/missing screws", text: "Hallo, beim Regal fehlen 2 Schrauben. Könnten Sie mir die bitte nachschicken?",
		asks: []aftersale.Ask{aftersale.AskSendParts}, given: aftersale.Given{MissingPart: "schrauben", MissingCount: 2}},
	{name: "de/no power supply in the parcel", text: "Im Paket war kein Netzteil dabei. Könnten Sie mir das fehlende Netzteil zuschicken?",
		asks: []aftersale.Ask{aftersale.AskSendParts}, given: aftersale.Given{MissingPart: "netzteil"}},
	{name: "de/wrong colour, send the ordered one", text: "Ich habe die Hülle in Blau bestellt, bekommen habe ich sie in Grün. Können Sie mir bitte die blaue schicken?",
		asks: []aftersale.Ask{aftersale.AskReplacement}, given: aftersale.Given{Ordered: "blau", Received: "grün"}},
	{name: "de/wrong colour, exchange", text: "Ich habe die Hülle in Blau bestellt, geliefert wurde sie in Grün. Können Sie sie umtauschen?",
		asks: []aftersale.Ask{aftersale.AskReplacement}, given: aftersale.Given{Ordered: "blau", Received: "grün"}},
	{name: "de/defect described, refund", text: "Der Wasserkocher schaltet sich nach zwei Sekunden ab. Ich möchte mein Geld zurück.",
		asks: []aftersale.Ask{aftersale.AskRefund}, symptom: true},
	{name: "de/photo attached", text: "Die Vase kam zerbrochen an, Fotos anbei.", given: aftersale.Given{Photo: true}, symptom: true},
	{name: "de/no refund, replacement", text: "Keine Erstattung bitte, ich hätte gern einen Ersatz.",
		asks: []aftersale.Ask{aftersale.AskReplacement}, declined: []aftersale.Ask{aftersale.AskRefund}},
	{name: "de/cancel", text: "Bitte stornieren Sie meine Bestellung, ich habe es woanders günstiger gefunden.",
		asks: []aftersale.Ask{aftersale.AskCancel}, reason: true},

	// fr
	{name: "fr/missing part", text: "Bonjour, il manque une vis dans le colis. Pouvez-vous me l'envoyer ?",
		asks: []aftersale.Ask{aftersale.AskSendParts}, given: aftersale.Given{MissingPart: "vis", MissingCount: 1}},
	{name: "fr/defect, refund, photo", text: "L'appareil ne s'allume pas. Je souhaite un remboursement. Photo en pièce jointe.",
		asks: []aftersale.Ask{aftersale.AskRefund}, given: aftersale.Given{Photo: true}, symptom: true},
	{name: "fr/wrong size, exchange", text: "J'ai commandé une taille M et j'ai reçu une taille S. Est-il possible de l'échanger ?",
		asks: []aftersale.Ask{aftersale.AskReplacement}, given: aftersale.Given{Ordered: "M", Received: "S"}},
	{name: "fr/no partial refund", text: "Je ne veux pas le garder, je veux le retourner.",
		asks: []aftersale.Ask{aftersale.AskReturn}, given: aftersale.Given{Keep: "no"}},

	// es
	{name: "es/wrong colour, right one or return", text: "Pedí la funda en azul marino y me ha llegado en gris. ¿Me podéis enviar la del color correcto o tengo que devolverla?",
		asks: []aftersale.Ask{aftersale.AskReplacement, aftersale.AskReturn}, given: aftersale.Given{Ordered: "azul marino", Received: "gris"}},
	{name: "es/missing pieces named", text: "Faltan dos tornillos en la caja. ¿Me los podéis mandar?",
		asks: []aftersale.Ask{aftersale.AskSendParts}, given: aftersale.Given{MissingPart: "tornillos", MissingCount: 2}},
	{name: "es/defect, refund", text: "La batería no carga desde el primer día. Quiero un reembolso.",
		asks: []aftersale.Ask{aftersale.AskRefund}, symptom: true},
	{name: "es/photo", text: "Os adjunto una foto del golpe.", given: aftersale.Given{Photo: true}},

	// it
	{name: "it/missing part, send", text: "Buongiorno, nella confezione manca il telecomando. Potete inviarmelo?",
		asks: []aftersale.Ask{aftersale.AskSendParts}, given: aftersale.Given{MissingPart: "telecomando"}},
	{name: "it/wrong size, exchange", text: "Ho ordinato la taglia 42 ma è arrivata la 40. Vorrei cambiarla con la taglia 42.",
		asks: []aftersale.Ask{aftersale.AskReplacement}, given: aftersale.Given{Ordered: "42", Wanted: "42"}},
	{name: "it/defect, photo", text: "Il frullatore non si accende. Allego una foto.",
		given: aftersale.Given{Photo: true}, symptom: true},
	{name: "it/will not keep, word order", text: "Ho cambiato idea, vorrei restituire il prodotto. Non lo voglio tenere.",
		asks: []aftersale.Ask{aftersale.AskReturn}, given: aftersale.Given{Keep: "no"}, reason: true},
	{name: "it/can I have the blue one", text: "Ho ordinato il set blu ma mi è arrivato quello grigio. Posso avere quello blu?",
		asks: []aftersale.Ask{aftersale.AskReplacement}, given: aftersale.Given{Ordered: "blu", Received: "grigio"}},
	{name: "it/refund", text: "È arrivato rotto, vorrei il rimborso.", asks: []aftersale.Ask{aftersale.AskRefund}, symptom: true},

	// ja
	{name: "ja/missing screws, send", text: "本棚が届きましたが、組み立て用のネジが4本足りません。不足分のネジを送っていただけますか。",
		asks: []aftersale.Ask{aftersale.AskSendParts}, given: aftersale.Given{MissingPart: "ネジ", MissingCount: 4}},
	{name: "ja/kettle never powers on, exchange or refund", text: "届いてから一度も電源が入りません。初期不良だと思いますので、交換か返金をお願いできますでしょうか。",
		asks: []aftersale.Ask{aftersale.AskReplacement, aftersale.AskRefund}, symptom: true},
	{name: "ja/refund not exchange", text: "商品が割れていました。交換ではなく返金をお願いします。写真を添付します。",
		asks: []aftersale.Ask{aftersale.AskRefund}, given: aftersale.Given{Photo: true}, symptom: true, declined: []aftersale.Ask{aftersale.AskReplacement}},
	{name: "ja/wrong size", text: "Lサイズを注文したのにSサイズが届きました。Lサイズに交換してください。",
		asks: []aftersale.Ask{aftersale.AskReplacement}, given: aftersale.Given{Ordered: "L", Received: "S", Wanted: "L"}},
	{name: "ja/part named in the next sentence", text: "部品が一つ入っていませんでした。引き出しの取っ手です。送っていただけますでしょうか。",
		asks: []aftersale.Ask{aftersale.AskSendParts}, given: aftersale.Given{MissingPart: "引き出しの取っ手"}},
	{name: "ja/turntable does not turn", text: "電子レンジのターンテーブルが回りません。返金を希望します。",
		asks: []aftersale.Ask{aftersale.AskRefund}, symptom: true},
	{name: "ja/cancel", text: "間違えて注文してしまいました。キャンセルをお願いします。",
		asks: []aftersale.Ask{aftersale.AskCancel}, reason: true},

	// zh
	{name: "zh/wrong size, exchange to L", text: "我订的是L码的羽绒服，但是收到的是S码，穿不上。请问可以换成L码吗？还是需要我先退货？",
		asks: []aftersale.Ask{aftersale.AskReplacement, aftersale.AskReturn}, given: aftersale.Given{Ordered: "L", Received: "S", Wanted: "L"}},
	{name: "zh/missing screws", text: "收到货了，但是少了两个螺丝，能补发吗？",
		asks: []aftersale.Ask{aftersale.AskSendParts}, given: aftersale.Given{MissingPart: "螺丝", MissingCount: 2}},
	{name: "zh/part in brackets", text: "少发了一个配件（遥控器），请补发给我。",
		asks: []aftersale.Ask{aftersale.AskSendParts}, given: aftersale.Given{MissingPart: "遥控器", MissingCount: 1}},
	{name: "zh/wrong colour, refund only", text: "颜色不对，我买的是白色，收到的是灰色。我要退款。",
		asks: []aftersale.Ask{aftersale.AskRefund}, given: aftersale.Given{Ordered: "白色", Received: "灰色"}},
	{name: "zh/refund not exchange", text: "杯子碎了，不要换货，我要退款。附上照片。",
		asks: []aftersale.Ask{aftersale.AskRefund}, given: aftersale.Given{Photo: true}, symptom: true, declined: []aftersale.Ask{aftersale.AskReplacement}},
	{name: "zh/defect described", text: "充电器插上以后没反应，充不了电。", symptom: true},

	// Refusals, everyday fault descriptions and wrong items in other words.
	{name: "en/no replacement, money back", text: "The teapot lid is chipped. No replacement please, just my money back.",
		asks: []aftersale.Ask{aftersale.AskRefund}, symptom: true, declined: []aftersale.Ask{aftersale.AskReplacement}, complaint: aftersale.SubDamaged},
	{name: "en/refund threat is no refusal", text: "If I don't get a refund today I will leave one star. The fan rattles.",
		asks: []aftersale.Ask{aftersale.AskRefund}, symptom: true},
	{name: "en/refund not received is no refusal", text: "I have not received a refund yet for the blender I sent back.", reason: false},
	{name: "en/dead on arrival", text: "The radio was dead on arrival.", symptom: true, complaint: aftersale.SubDefective},
	{name: "de/kein Ersatz", text: "Die Pumpe ist undicht. Kein Ersatz bitte, ich möchte es zurückgeben.",
		asks: []aftersale.Ask{aftersale.AskReturn}, symptom: true, declined: []aftersale.Ask{aftersale.AskReplacement}},
	{name: "de/display bleibt dunkel", text: "Das Display bleibt dunkel, egal was ich mache.", symptom: true},
	{name: "de/keeps it", text: "Der Deckel hat eine Delle, ich behalte den Topf aber.", symptom: true, given: aftersale.Given{Keep: "yes"}},
	{name: "fr/pas d'échange", text: "La lampe est arrivée cassée. Pas d'échange, je veux être remboursée.",
		asks: []aftersale.Ask{aftersale.AskRefund}, symptom: true, declined: []aftersale.Ask{aftersale.AskReplacement}},
	{name: "fr/écran reste noir", text: "L'écran reste noir depuis le premier jour.", symptom: true},
	{name: "es/no da señales de vida", text: "El ventilador no da señales de vida.", symptom: true},
	{name: "es/wrong item, money back", text: "Me enviaron una sartén en lugar de la olla. Quiero que me devolváis el dinero.",
		asks: []aftersale.Ask{aftersale.AskRefund}, complaint: aftersale.SubWrongItem},
	{name: "it/mancano dei pezzi", text: "Nella scatola dello scaffale mancano dei pezzi.", complaint: aftersale.SubMissingParts},
	{name: "it/non dà segni di vita", text: "Il tostapane non dà segni di vita.", symptom: true},
	{name: "ja/交換は不要", text: "加湿器から水が漏れます。交換は不要です。返金をお願いします。",
		asks: []aftersale.Ask{aftersale.AskRefund}, symptom: true, declined: []aftersale.Ask{aftersale.AskReplacement}},
	{name: "ja/うんともすんとも", text: "スピーカーがうんともすんとも言いません。", symptom: true},
	{name: "zh/一点反应都没有", text: "剃须刀按开关一点反应都没有。", symptom: true},
	{name: "ja/no longer needed, return", text: "不要になったので返品したいです。", asks: []aftersale.Ask{aftersale.AskReturn}, reason: true},
	{name: "zh/不用给我换新的", text: "盖子漏水，不用给我换新的，退款就行。", asks: []aftersale.Ask{aftersale.AskRefund}, symptom: true,
		declined: []aftersale.Ask{aftersale.AskReplacement}},
	{name: "es/only three instead of four", text: "Solo venían tres toallas en lugar de cuatro.",
		given: aftersale.Given{MissingPart: "toallas", MissingCount: 1}, complaint: aftersale.SubMissingParts},
	{name: "de/Austausch möchte ich nicht", text: "Die Lampe flackert. Einen Austausch möchte ich nicht, bitte erstatten Sie mir das Geld.",
		asks: []aftersale.Ask{aftersale.AskRefund}, symptom: true, declined: []aftersale.Ask{aftersale.AskReplacement}},
	{name: "it/niente sostituzione", text: "Il coperchio perde. Niente sostituzione, vorrei il rimborso.",
		asks: []aftersale.Ask{aftersale.AskRefund}, symptom: true, declined: []aftersale.Ask{aftersale.AskReplacement}},
	{name: "en/refund, no wish to wait", text: "Please process my refund, I don't want to wait any longer.",
		asks: []aftersale.Ask{aftersale.AskRefund}},
	{name: "es/received a colour not ordered", text: "Las sábanas que recibí son grises, no blancas como pedí.",
		given: aftersale.Given{Received: "grises"}, complaint: aftersale.SubWrongItem},
}

func TestReadAsks(t *testing.T) {
	for _, tc := range asksCases {
		t.Run(tc.name, func(t *testing.T) {
			m := aftersale.Message{Text: tc.text, BuyerText: tc.text, Attachments: tc.attach, Sender: aftersale.SenderBuyer}
			asks, g := ReadAsks(m)
			if diff := cmp.Diff(tc.asks, asks, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("asks (-want +got):\n%s", diff)
			}
			if (g.Symptom != "") != tc.symptom {
				t.Errorf("symptom %q, want found = %v", g.Symptom, tc.symptom)
			}
			if (g.Reason != "") != tc.reason {
				t.Errorf("reason %q, want found = %v", g.Reason, tc.reason)
			}
			if diff := cmp.Diff(tc.declined, g.Declined, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("declined (-want +got):\n%s", diff)
			}
			if tc.complaint != aftersale.SubNone && g.Complaint != tc.complaint {
				t.Errorf("complaint %q, want %q", g.Complaint, tc.complaint)
			}
			g.Symptom, g.Reason, g.Declined, g.Complaint = "", "", nil, aftersale.SubNone
			if diff := cmp.Diff(tc.given, g); diff != "" {
				t.Errorf("given (-want +got):\n%s", diff)
			}
		})
	}
}

// TestClassifyReadsAsks: Classify puts the asks into the facts of a buyer
// message and leaves Amazon's notices alone.
func TestClassifyReadsAsks(t *testing.T) {
	c := mustNew(t)
	buyer := aftersale.Message{
		Subject: "Inquiry from Amazon customer Anna (Order: 302-1234567-1234567)", OrderIDs: []string{"302-1234567-1234567"},
		Text: "Es fehlen 2 Schrauben, bitte nachschicken.", BuyerText: "Es fehlen 2 Schrauben, bitte nachschicken.",
		Sender: aftersale.SenderBuyer, RelayAlias: "6bmcx2l1t7cwrwb@marketplace.amazon.de", Marketplace: "amazon.de",
	}
	cl, err := c.Classify(context.Background(), buyer)
	if err != nil {
		t.Fatal(err)
	}
	if !cl.Facts.Has(aftersale.AskSendParts) || cl.Facts.Given.MissingPart != "schrauben" {
		t.Errorf("facts %+v, want send_parts and the screws", cl.Facts)
	}
	notice := aftersale.Message{
		Subject: "Return authorization request for order # 114-8872036-1204457", FromAddr: "order-update@amazon.com",
		Sender: aftersale.SenderAmazon, OrderIDs: []string{"114-8872036-1204457"},
		Text: "A buyer has requested to return an item. Please process the refund once you receive the item.\n" +
			"Return reason: Item defective or doesn't work",
	}
	cl, err = c.Classify(context.Background(), notice)
	if err != nil {
		t.Fatal(err)
	}
	if len(cl.Facts.Asks) > 0 || !cl.Facts.Given.Zero() {
		t.Errorf("notice facts %+v: Amazon's boilerplate asks nothing", cl.Facts)
	}
}

func TestInlineAddress(t *testing.T) {
	for text, want := range map[string]string{
		"Could you send it to my new address? 221 Elm Street, Apt 4, Austin, TX 78701.": "221 Elm Street, Apt 4, Austin, TX 78701",
		"Neue Adresse: Lindenstraße 12, 10115 Berlin":                                   "Lindenstraße 12, 10115 Berlin",
		"No address here, just order 302-1234567-1234567.":                              "",
	} {
		if got := inlineAddress(text); got != want {
			t.Errorf("inlineAddress(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestReadAsksPhotoOnly: a relayed message with a photo and no words of the
// buyer reads the photo and nothing from Amazon's template around it.
func TestReadAsksPhotoOnly(t *testing.T) {
	m := aftersale.Message{
		Text:        "Order ID: 205-9914273-5530864\n\nMessage:\n\nView message\nReply to this e-mail to answer the buyer; Amazon relays your reply.",
		Attachments: []string{"IMG_2041.jpg"}, Flags: []string{mailbox.FlagNoBuyerText}, Sender: aftersale.SenderBuyer,
	}
	asks, g := ReadAsks(m)
	if len(asks) > 0 || !cmp.Equal(g, aftersale.Given{Photo: true}) {
		t.Errorf("asks %q given %+v, want a photo and nothing else", asks, g)
	}
}

// TestReadAsksNoComplaint: words that only look like a complaint name
// none: a refund paid to another account, an exchange the buyer's own
// mistake calls for.
func TestReadAsksNoComplaint(t *testing.T) {
	for _, text := range []string{
		"My refund went to my gift card balance instead of my credit card. Can it be moved?",
		"I picked the large jug but meant the small one, my mistake, I didn't read properly. Can I swap it?",
	} {
		_, g := ReadAsks(aftersale.Message{Text: text, BuyerText: text, Sender: aftersale.SenderBuyer})
		if g.Complaint != aftersale.SubNone {
			t.Errorf("ReadAsks(%q).Complaint = %q, want none", text, g.Complaint)
		}
	}
}
