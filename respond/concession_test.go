package respond

import (
	"testing"

	"github.com/aftersale/aftersale"
)

// checkMentionCases runs scopeCase tables: a case that does not block must
// warn off_amazon_mention, one that blocks must be off_amazon_contact or
// off_amazon_payment.
func checkMentionCases(t *testing.T, tests map[string][]scopeCase) {
	t.Helper()
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
			if tt.block && got[RuleOffAmazon] != block && got[RuleOffAmazonPayment] != block {
				t.Errorf("%s: Check(%q) = %+v, want off_amazon_contact or off_amazon_payment", lang, tt.text, fs)
			}
		}
	}
}

// TestConcessionRefusal checks, per language, a channel named in a
// clause of understanding ("I get that", "Ich verstehe", "Je comprends",
// "Entiendo", "Capisco", "分かりますが", "我理解") and then refused: it
// only warns. Understanding followed by an invitation still blocks.
func TestConcessionRefusal(t *testing.T) {
	checkMentionCases(t, map[string][]scopeCase{
		"en": {
			{"I completely get that Zelle is quicker for you, but refunds for this order can only go through Amazon.", false},
			{"I can see PayPal would suit you better, but we are not able to take payments outside Amazon.", false},
			{"I get that WhatsApp is handier, so message us there with the photos.", true},
		},
		"de": {
			{"Ich verstehe, dass PayPal für Sie einfacher wäre, aber wir können nur über Amazon erstatten.", false},
			{"Ich verstehe gut, dass WhatsApp schneller ist, aber Amazon erlaubt uns keinen Kontakt außerhalb dieser Nachrichten.", false},
			{"Ich verstehe, dass WhatsApp schneller ist, also schicken Sie die Fotos bitte per WhatsApp.", true},
		},
		"fr": {
			{"Je comprends que PayPal serait plus simple pour vous, mais nous ne pouvons rembourser que via Amazon.", false},
			{"Je comprends tout à fait que WhatsApp soit plus rapide, mais les règles d'Amazon nous l'interdisent.", false},
			{"Je comprends que WhatsApp soit plus rapide : ajoutez-nous sur WhatsApp et envoyez la photo.", true},
		},
		"es": {
			{"Entiendo que con PayPal le resultaría más rápido, pero no podemos reembolsar fuera de Amazon.", false},
			{"Comprendo que por WhatsApp sería más ágil, pero solo podemos atenderle aquí.", false},
			{"Entiendo que por Bizum es más cómodo, así que pague la diferencia por Bizum.", true},
		},
		"it": {
			{"Capisco che con PayPal sarebbe più comodo, ma possiamo rimborsare solo tramite Amazon.", false},
			{"Comprendo che WhatsApp sia più veloce, ma le regole di Amazon non ce lo consentono.", false},
			{"Capisco che WhatsApp sia più veloce, quindi ci scriva su WhatsApp con le foto.", true},
		},
		"ja": {
			{"PayPalのほうが便利なのは分かりますが、Amazon以外でのご返金はできかねます。", false},
			{"LINEのほうが早いのはわかりますが、Amazonの規約によりお受けできません。", false},
			{"LINEのほうが早いので、LINEで友だち追加をお願いいたします。", true},
		},
		"zh": {
			{"我理解用支付宝退款更方便，但是我们只能通过亚马逊退款。", false},
			{"我们完全理解微信沟通更快，但亚马逊不允许站外联系。", false},
			{"我理解微信更方便，请加我们的微信发照片。", true},
		},
	})
}

// TestReportedRequestRefusal checks, per language, the buyer's request
// for a channel reported ("you asked for", "Sie fragten nach", "vous nous
// demandiez", "nos pedía", "ci chiedeva", "お尋ねの", "您要求") and then
// declined: it only warns. A reported request answered with the channel
// still blocks.
func TestReportedRequestRefusal(t *testing.T) {
	checkMentionCases(t, map[string][]scopeCase{
		"en": {
			{"You had asked for our WhatsApp number to send the video; sadly Amazon's rules keep all contact in this thread.", false},
			{"You asked for our WhatsApp number, so here it is: message us there any time.", true},
		},
		"de": {
			{"Sie fragten nach unserer WhatsApp-Nummer: Leider erlauben die Amazon-Richtlinien nur Nachrichten hier.", false},
			{"Sie fragten nach WhatsApp, schreiben Sie uns dort gern direkt.", true},
		},
		"fr": {
			{"Vous me demandiez un contact WhatsApp : hélas, les règles d'Amazon ne le permettent pas.", false},
			{"Vous nous demandiez notre WhatsApp : écrivez-nous sur WhatsApp quand vous voulez.", true},
		},
		"es": {
			{"Nos pedía un contacto de WhatsApp; lamentablemente las normas de Amazon no lo permiten.", false},
			{"Nos pedía un contacto de WhatsApp: escríbanos por WhatsApp cuando quiera.", true},
		},
		"it": {
			{"Ci chiedeva un contatto WhatsApp, ma purtroppo le regole di Amazon non lo consentono.", false},
			{"Ci chiedeva un contatto WhatsApp: ci scriva su WhatsApp quando vuole.", true},
		},
		"ja": {
			{"お尋ねのLINEでのご連絡は、Amazonの規約によりお受けできません。", false},
			{"お尋ねの件、LINEで友だち追加をお願いいたします。", true},
		},
		"zh": {
			{"您要求通过微信联系，但亚马逊不允许站外联系。", false},
			{"您要求微信联系，请加我们的微信。", true},
		},
	})
}

// TestSeenOnChannel checks, per language, a channel named as where
// something was seen or posted, with no invitation: it only warns. The
// same place with a handle, an offer to follow or "you can" blocks.
func TestSeenOnChannel(t *testing.T) {
	checkMentionCases(t, map[string][]scopeCase{
		"en": {
			{"The picture you saw on Facebook shows the older model, which is why the colour differs.", false},
			{"The picture you saw on Instagram shows the older model; follow us there for the new one.", true},
			{"You can see more pictures on our Instagram.", true},
		},
		"de": {
			{"Das Bild, das Sie auf Instagram gesehen haben, zeigt das Vorjahresmodell.", false},
			{"Das Bild, das Sie auf Instagram gesehen haben, zeigt das alte Modell; folgen Sie uns dort für das neue.", true},
		},
		"fr": {
			{"La photo que vous avez vue sur Instagram montre l'ancien modèle.", false},
			{"La photo vue sur Instagram montre l'ancien modèle : suivez-nous sur Instagram @atelier.lune pour le nouveau.", true},
		},
		"es": {
			{"La foto que vio en Facebook corresponde al modelo anterior.", false},
			{"La foto que vio en Facebook es del modelo anterior; síganos en Facebook para ver el nuevo.", true},
		},
		"it": {
			{"La foto che ha visto su Instagram mostra il modello precedente.", false},
			{"La foto che ha visto su Instagram è del modello precedente: seguici su Instagram per il nuovo.", true},
		},
		"ja": {
			{"Instagramでご覧になった写真は、以前のモデルのものです。", false},
			{"Instagramでご覧になった写真は以前のモデルです。新しいモデルはInstagramをフォローしてご確認ください。", true},
		},
		"zh": {
			{"您在微信群里看到的照片是旧款，所以颜色不同。", false},
			{"您在Facebook上看到的照片是旧款，请关注我们的Facebook查看新款。", true},
		},
	})
}
