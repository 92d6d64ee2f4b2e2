package respond

import (
	"testing"
)

// placeholderCase is a reply sentence and whether it holds an unfilled
// template field.
type placeholderCase struct {
	text string
	want bool
}

// TestPlaceholderShapes checks template fields in every common syntax, per
// language, and bracketed text that is not a field.
func TestPlaceholderShapes(t *testing.T) {
	tests := map[string][]placeholderCase{
		"en": {
			{"Hello {{first_name}}, your parcel is on its way.", true},
			{"Hello {customer}, your parcel is on its way.", true},
			{"It will arrive on [DELIVERY DATE].", true},
			{"The carrier is [CARRIER_NAME].", true},
			{"Best wishes,\n[Seller name]", true},
			{"Please use order <ORDER_NUMBER> when you write.", true},
			{"We refunded $XX.XX to your card.", true},
			{"Order XXX-XXXXXXX-XXXXXXX has been cancelled.", true},
			{"Your tracking number is XXXXXXXX.", true},
			{"Dear %s, thank you.", true},
			{"Hi ${buyer}, thanks.", true},
			{"The Lamp Shade [2-pack] ships today.", false},
			{"The Cushion Cover [Sage Green] ships today.", false},
			{"Open Your Account > Your Orders > Track package.", false},
			{"The jacket in size XXL is back in stock for your exchange.", false},
			{"The XXXL size fits chest 130 cm.", false},
		},
		"de": {
			{"Guten Tag {{Anrede}} {{Nachname}},", true},
			{"Ihre Sendungsnummer lautet [SENDUNGSNUMMER].", true},
			{"Die Lieferung kommt am [Datum einfügen].", true},
			{"Der Artikel „Filterkartusche [3er Set]“ ist unterwegs.", false},
		},
		"fr": {
			{"Bonjour {nom_client},", true},
			{"Votre colis <NUMERO_SUIVI> est en route.", true},
			{"Le remboursement de [MONTANT] € a été effectué.", true},
			{"Le lot [2 pièces] a été expédié.", false},
		},
		"es": {
			{"Hola [Nombre del cliente]:", true},
			{"Su pedido saldrá el [FECHA_ENVIO].", true},
			{"Le devolvimos XX,XX € ayer.", true},
			{"El juego de sábanas [Gris] ya está en camino.", false},
		},
		"it": {
			{"Gentile {{nome}},", true},
			{"Il corriere è [[corriere]].", true},
			{"Il suo ordine <ID_ORDINE> è partito.", true},
			{"Il set di pentole [5 pezzi] è stato spedito.", false},
		},
		"ja": {
			{"〇〇様\n\nお問い合わせありがとうございます。", true},
			{"お問い合わせ番号は【お問い合わせ番号】です。", true},
			{"配送業者は[配送業者]です。", true},
			{"XX様、ご連絡ありがとうございます。", true},
			{"【返品について】\nご返品はAmazonの注文履歴から承ります。", false},
			{"二〇〇五年創業の当店です。", false},
		},
		"zh": {
			{"尊敬的某某先生，您好！", true},
			{"您的运单号是【运单号】。", true},
			{"快递公司：[快递公司]", true},
			{"尊敬的XX女士：", true},
			{"【关于换货】\n请在亚马逊订单页面申请换货。", false},
		},
	}
	for lang, cases := range tests {
		for _, tt := range cases {
			got := findPlaceholders(tt.text) != nil
			if got != tt.want {
				t.Errorf("%s: findPlaceholders(%q) = %v, want %v", lang, tt.text, findPlaceholders(tt.text), tt.want)
			}
			blocked := rules(Check(wrap(tt.text), Settings{}))[RulePlaceholder] == block
			if blocked != tt.want {
				t.Errorf("%s: Check(%q) placeholder block = %v, want %v", lang, tt.text, blocked, tt.want)
			}
		}
	}
}
