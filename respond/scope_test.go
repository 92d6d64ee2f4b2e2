package respond

import (
	"testing"

	"github.com/aftersale/aftersale"
)

// scopeCase is a reply body naming an outside channel or payment method,
// and whether it invites the buyer to use it (block) or declines it
// (off_amazon_mention, a warning).
type scopeCase struct {
	text  string
	block bool
}

// TestRefusalScope checks, per language, that a channel named inside a
// refusal or an explanation of Amazon's rules only warns, and the same
// name in an invitation blocks.
func TestRefusalScope(t *testing.T) {
	tests := map[string][]scopeCase{
		"en": {
			{"We can't continue this on Telegram, but we are glad to help right here.", false},
			{"Thanks for suggesting a video call on Skype. Amazon's guidelines keep all buyer contact inside its messaging, so please send the pictures here.", false},
			{"We are unable to take payment through Venmo; please order the spare part on Amazon.", false},
			{"Unfortunately we cannot refund you via PayPal outside Amazon; the refund goes back to your original payment method.", false},
			{"Amazon does not allow this order to be changed, so just pay the difference via PayPal to our account.", true},
			{"To save time, message us on WhatsApp with the photos.", true},
			{"The spare filter can be paid by bank transfer, and we ship it the same day.", true},
			{"Please do not send any payment by PayPal; Amazon refunds you automatically.", false},
			{"Don't hesitate to message us on WhatsApp for a faster answer.", true},
		},
		"de": {
			{"Ein Gespräch über WhatsApp dürfen wir leider nicht anbieten; schreiben Sie uns gern hier.", false},
			{"Danke für Ihren Vorschlag, per PayPal zu zahlen. Nach den Amazon-Richtlinien ist das nicht erlaubt.", false},
			{"Schicken Sie die Fotos bitte per WhatsApp, dann geht es schneller.", true},
			{"Ihre IBAN brauchen wir nicht, die Erstattung läuft über Amazon.", false},
		},
		"fr": {
			{"Nous ne pouvons pas échanger avec vous sur WhatsApp ; écrivez-nous simplement ici.", false},
			{"Merci pour votre proposition de payer par PayPal. Les règles d'Amazon nous l'interdisent.", false},
			{"Pour aller plus vite, ajoutez-nous sur WhatsApp et envoyez la photo.", true},
		},
		"es": {
			{"No podemos atenderle por WhatsApp; las normas de Amazon lo impiden.", false},
			{"Gracias por su propuesta de pagar por Bizum, pero no podemos aceptar pagos fuera de Amazon.", false},
			{"Para ir más rápido, pague la diferencia por Bizum y se lo enviamos hoy.", true},
			{"Entendemos que le resulte más fácil pagar por Bizum, pero Amazon solo permite pagos en su web.", false},
		},
		"it": {
			{"Non possiamo proseguire su WhatsApp: le regole di Amazon lo vietano.", false},
			{"La ringraziamo per la proposta di pagare con PayPal, ma non possiamo accettare pagamenti al di fuori di Amazon.", false},
			{"Può pagare la cover con PayPal e gliela spediamo domani.", true},
			{"Capiamo che una chiamata su Skype sarebbe più comoda, però possiamo risponderle solo qui.", false},
		},
		"ja": {
			{"LINEでのご連絡はAmazonの規約により、お受けできません。", false},
			{"PayPalでのお支払いをご提案いただきましたが、Amazon以外でのお支払いはできかねます。", false},
			{"お手数ですが、LINEで友だち追加をお願いいたします。", true},
		},
		"zh": {
			{"根据亚马逊的规定，我们不能通过微信与您联系，请直接在这里回复。", false},
			{"您提到想用支付宝付款，但亚马逊不允许站外付款。", false},
			{"请加我们的微信，发照片给我们。", true},
		},
	}
	for lang, cases := range tests {
		for _, tt := range cases {
			fs := Check(wrap(tt.text), Settings{})
			got := rules(fs)
			if blocked := aftersale.Blocking(fs); blocked != tt.block {
				t.Errorf("%s: Check(%q) = %+v, blocked %v, want %v", lang, tt.text, fs, blocked, tt.block)
			}
			if !tt.block && got[RuleOffAmazonMention] != warn {
				t.Errorf("%s: Check(%q) = %+v, want an off_amazon_mention warning", lang, tt.text, fs)
			}
			if tt.block && got[RuleOffAmazon] != block {
				t.Errorf("%s: Check(%q) = %+v, want off_amazon_contact", lang, tt.text, fs)
			}
		}
	}
}
