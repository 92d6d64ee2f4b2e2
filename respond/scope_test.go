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
	checkMentionCases(t, tests)
}

// TestRefusalPhrasings checks, per language, refusals that name the
// channel in thanks followed by "we cannot", in a request not to use it,
// or in a contrast ("rather than", "statt", "plutôt que", "en lugar de",
// "anziché", "ではなく", "而不是"): they only warn. An invitation to use
// the channel still blocks, also beside a contrast.
func TestRefusalPhrasings(t *testing.T) {
	tests := map[string][]scopeCase{
		"en": {
			{"We're not allowed to refer you to our website, so here is the answer directly.", false},
			{"We don't do WhatsApp, sorry; please stay in this thread.", false},
			{"There's no need to call us on WhatsApp; we answer here within a day.", false},
			{"Amazon does not let us use LINE with buyers, so we'll continue here.", false},
			{"We'd rather not switch to WeChat; let's continue here.", false},
			{"Sorry, we can't take payment via Venmo.", false},
			{"We understand you would prefer PayPal. Unfortunately all payments must go through Amazon.", false},
			{"WhatsApp is not something we can use; Amazon requires all messages to stay here.", false},
			{"We cannot accept payment outside Amazon, such as bank transfer.", false},
			{"Thank you for offering to pay by PayPal; that is not possible, but you can reorder on Amazon.", false},
			{"We prefer not to use WhatsApp; please keep writing here.", false},
			{"Please do not contact us on Instagram, we only answer via Amazon.", false},
			{"Rather than using PayPal, we'll refund you through Amazon.", false},
			{"Thanks for the WhatsApp number! We'll message you there tonight.", true},
			{"Add us on WeChat rather than waiting for Amazon.", true},
			{"Thank you for your WeChat ID, but we can only help you through Amazon messages.", false},
			{"Please don't send your bank details here; the refund goes back to your card automatically.", false},
			{"We will keep everything in this thread rather than by Instagram DM.", false},
			{"Instead of LINE, please simply reply to this message with the photo.", false},
			{"Thanks for the Telegram handle. Unfortunately we are not allowed to use it.", false},
			{"Instead of waiting for Amazon, just add us on WhatsApp and we will sort it out.", true},
			{"Rather than writing here, send the photos to our WhatsApp.", true},
		},
		"de": {
			{"Vielen Dank, dass Sie uns Ihre WhatsApp-Nummer geben wollten. Leider ist das über Amazon nicht erlaubt.", false},
			{"Statt über PayPal erstatten wir Ihnen den Betrag über Amazon.", false},
			{"Schreiben Sie uns lieber direkt per WhatsApp, das geht schneller als hier.", true},
			{"Wir können leider nicht über WhatsApp kommunizieren.", false},
			{"Bitte kontaktieren Sie uns nicht über WhatsApp, sondern hier.", false},
			{"Statt per WhatsApp antworten wir Ihnen gern direkt hier.", false},
			{"Danke für Ihre WhatsApp-Nummer, wir dürfen aber nur über Amazon schreiben.", false},
			{"Bitte senden Sie uns Ihre Bankverbindung nicht, die Erstattung läuft über Amazon.", false},
			{"Anstatt hier zu schreiben, schicken Sie uns die Fotos einfach per WhatsApp.", true},
		},
		"fr": {
			{"Merci d'avoir proposé WhatsApp ; malheureusement, Amazon ne nous le permet pas.", false},
			{"Plutôt que sur Instagram, nous restons à votre disposition ici.", false},
			{"Pour un suivi plus rapide, contactez-nous plutôt sur WhatsApp.", true},
			{"Désolés, nous n'utilisons pas WhatsApp avec nos clients.", false},
			{"Merci de ne pas nous écrire sur WhatsApp ; restons ici.", false},
			{"Plutôt que par WhatsApp, répondez-nous simplement ici.", false},
			{"Merci pour votre identifiant WeChat, mais nous ne pouvons échanger que via Amazon.", false},
			{"Au lieu de PayPal, le remboursement passera par Amazon.", false},
			{"Au lieu d'attendre, envoyez-nous la photo sur WhatsApp.", true},
		},
		"es": {
			{"Gracias por ofrecernos su WhatsApp; lamentablemente Amazon no lo permite.", false},
			{"En lugar de por Telegram, le atendemos aquí mismo.", false},
			{"Mejor escríbanos por WhatsApp en vez de aquí.", true},
			{"Lo sentimos, no usamos WhatsApp con los clientes.", false},
			{"Le rogamos que no nos escriba por WhatsApp.", false},
			{"En lugar de WhatsApp, responda simplemente a este mensaje.", false},
			{"Gracias por su número de WhatsApp, pero solo podemos hablar por Amazon.", false},
			{"Por favor, no nos envíe sus datos bancarios; Amazon le reembolsa automáticamente.", false},
			{"En vez de esperar, escríbanos por WhatsApp y lo resolvemos hoy.", true},
		},
		"it": {
			{"Grazie per averci dato il suo numero WhatsApp; purtroppo Amazon non lo consente.", false},
			{"Invece che su Telegram, le rispondiamo qui.", false},
			{"Per favore, non ci invii i suoi dati bancari: il rimborso passa da Amazon.", false},
			{"Le conviene più scriverci su WhatsApp invece che qui.", true},
			{"Ci dispiace, non usiamo WhatsApp con i clienti.", false},
			{"La preghiamo di non scriverci su WhatsApp.", false},
			{"Anziché su WhatsApp, le rispondiamo volentieri qui.", false},
			{"Grazie per il suo contatto Telegram, ma possiamo scriverle solo tramite Amazon.", false},
			{"Invece di PayPal, il rimborso verrà effettuato tramite Amazon.", false},
			{"Invece di aspettare, ci mandi le foto su WhatsApp.", true},
		},
		"ja": {
			{"LINEのIDをお送りいただきありがとうございます。恐れ入りますが、Amazonの規約上ご利用いただけません。", false},
			{"WhatsAppは利用できませんので、こちらでご連絡ください。", false},
			{"こちらではなく、LINEでご連絡いただけますか。", true},
			{"申し訳ございませんが、LINEでのやり取りは行っておりません。", false},
			{"WhatsAppでのご連絡はご遠慮ください。", false},
			{"LINEではなく、このメッセージに直接ご返信ください。", false},
			{"WeChatのIDをお知らせいただきありがとうございます。ただ、Amazonのメッセージ以外ではご対応できません。", false},
			{"PayPalでのお支払いではなく、Amazonを通じて返金いたします。", false},
			{"お急ぎでしたら、LINEで写真をお送りください。", true},
		},
		"zh": {
			{"感谢您提供WhatsApp号码，不过按照亚马逊的规定我们无法使用。", false},
			{"微信就不用了，我们在这里继续沟通即可。", false},
			{"不要在这里沟通了，直接加我们微信吧。", true},
			{"抱歉，我们不使用微信与买家沟通。", false},
			{"请不要通过微信联系我们。", false},
			{"请直接在这里回复，而不是通过微信。", false},
			{"谢谢您提供微信号，但我们只能通过亚马逊消息沟通。", false},
			{"请不要把银行账户信息发给我们，退款会通过亚马逊自动处理。", false},
			{"如果着急，请加我们的微信发照片。", true},
		},
	}
	checkScopeCases(t, tests)
}

// TestOwnSiteInvitation checks, per language, that inviting the buyer to
// the seller's own website, web shop or contact form blocks without any
// address written out, and that Amazon's own pages and a carrier's
// tracking page do not.
func TestOwnSiteInvitation(t *testing.T) {
	tests := map[string][]scopeCase{
		"en": {
			{"You can also find us on eBay under the same name.", true},
			{"Our webshop has the spare part in stock.", true},
			{"You can download the manual from our company website.", true},
			{"You can also order spare parts directly from our online store.", true},
			{"For faster help, please fill in the contact form on our web page.", true},
			{"The manual is on our brand website under Downloads.", true},
			{"Spare bulbs are cheaper in our own shop.", true},
		},
		"de": {
			{"Sie finden uns auch auf eBay unter demselben Namen.", true},
			{"Sie können das Ersatzteil auch über unsere Website bestellen.", true},
			{"Ersatzteile bekommen Sie auch direkt in unserem Onlineshop.", true},
			{"Nutzen Sie gern das Kontaktformular auf unserer Internetseite.", true},
		},
		"fr": {
			{"Vous pouvez aussi passer commande sur notre site internet.", true},
			{"Vous trouverez les pièces détachées sur notre site marchand.", true},
			{"Utilisez le formulaire de contact de notre site pour nous écrire.", true},
		},
		"es": {
			{"También puede escribirnos a través del formulario de contacto.", true},
			{"Puede comprar los repuestos en nuestra tienda online.", true},
			{"Rellene el formulario de contacto de nuestra web, por favor.", true},
		},
		"it": {
			{"Può anche ordinare direttamente sul nostro sito web.", true},
			{"Può acquistare i ricambi nel nostro shop online.", true},
			{"Compili il modulo di contatto sul nostro portale.", true},
		},
		"ja": {
			{"公式LINEを友だち追加していただければ、写真もすぐに確認できます。", true},
			{"当店ホームページからもご注文いただけます。", true},
			{"当店の公式オンラインショップでもご購入いただけます。", true},
			{"弊社ホームページのお問い合わせフォームからご連絡ください。", true},
		},
		"zh": {
			{"您可以添加我们为好友，方便发送照片。", true},
			{"您也可以在我们的网店下单。", true},
			{"您也可以在我们的独立站直接购买配件。", true},
			{"请通过我们官网的联系表单联系我们。", true},
		},
	}
	checkScopeCases(t, tests)
	// Amazon's pages, the seller's Amazon shop and the carrier's site.
	for _, text := range []string{
		"You can find the manual on the product page on Amazon.",
		"Please use the Contact Seller button on Amazon if anything else comes up.",
		"Thank you for buying from our shop; the parcel left today.",
		"Sie finden die Anleitung auf der Produktseite bei Amazon.",
		"Vous pouvez suivre le colis sur le site du transporteur.",
		"Puede seguir el paquete en la web del transportista.",
		"Può seguire il pacco sul sito del corriere.",
		"配送状況は配送業者のサイトでご確認いただけます。",
		"您可以在亚马逊的商品页面查看说明书。",
	} {
		if fs := Check(wrap(text), Settings{}); aftersale.Blocking(fs) {
			t.Errorf("Check(%q) = %+v, want no block", text, fs)
		}
	}
}

// checkScopeCases runs scopeCase tables: a case that blocks must be
// off_amazon_contact; one that does not must not block (a channel the
// checker does not know by name, such as LINE in English, raises no
// warning either).
func checkScopeCases(t *testing.T, tests map[string][]scopeCase) {
	t.Helper()
	for lang, cases := range tests {
		for _, tt := range cases {
			fs := Check(wrap(tt.text), Settings{})
			got := rules(fs)
			if blocked := aftersale.Blocking(fs); blocked != tt.block {
				t.Errorf("%s: Check(%q) = %+v, blocked %v, want %v", lang, tt.text, fs, blocked, tt.block)
			}
			if tt.block && got[RuleOffAmazon] != block && got[RuleOffAmazonPayment] != block {
				t.Errorf("%s: Check(%q) = %+v, want off_amazon_contact or off_amazon_payment", lang, tt.text, fs)
			}
		}
	}
}
