package respond

import (
	"testing"

	"github.com/aftersale/aftersale"
)

// TestDeclinedWishFamily checks, per language, that a channel or payment
// method the buyer wished for, reported by the seller and declined in the
// sentence before or after, or declined by stating Amazon's rule, only
// warns; the same name offered as a way to continue blocks.
func TestDeclinedWishFamily(t *testing.T) {
	tests := map[string][]scopeCase{
		"en": {
			{"You wanted to know if we could pay you back through Venmo. Unfortunately, Amazon does not permit payments outside its own system.", false},
			{"We noticed you also messaged us on Facebook, but we answer every question here in Amazon's messages.", false},
			{"We understand you would rather have a phone call or a refund by PayPal, but Amazon permits neither.", false},
			{"Thank you for offering to send the video over Telegram. Amazon does not let sellers communicate outside its messaging service; please attach it to this message instead.", false},
			{"Amazon does not let us refund through PayPal. That is why we would like you to contact us on WhatsApp.", true},
			{"You asked whether you could pay by PayPal. Yes, just send the amount to our PayPal account.", true},
			{"We saw your message on Instagram. Please keep writing to us there.", true},
			{"You also can reach us on WhatsApp. We can't always answer quickly here.", true},
			{"Amazon does not allow refunds outside its platform. You asked about Venmo, and we can only refund the original payment.", false},
			{"Amazon does not allow refunds by PayPal. We saw your WhatsApp message, so please send the photos there.", true},
		},
		"de": {
			{"Sie haben gefragt, ob wir Ihnen das Geld per PayPal zurückzahlen können. Leider erlaubt Amazon keine Zahlungen außerhalb der Plattform.", false},
			{"Wir haben gesehen, dass Sie uns auch auf Instagram geschrieben haben, aber wir beantworten alle Fragen hier über Amazon.", false},
			{"Wir verstehen, dass Ihnen ein Anruf oder eine Erstattung über PayPal lieber wäre, doch Amazon erlaubt beides nicht.", false},
			{"Danke, dass Sie angeboten haben, die Fotos per WhatsApp zu schicken. Amazon gestattet uns keine Kommunikation außerhalb seines Nachrichtensystems; hängen Sie sie bitte hier an.", false},
			{"Sie haben nach PayPal gefragt. Schicken Sie den Betrag einfach an unser PayPal-Konto.", true},
			{"Sie wollten wissen, ob eine Zahlung per PayPal möglich ist. Das lassen die Amazon-Richtlinien nicht zu.", false},
		},
		"fr": {
			{"Vous nous avez demandé si nous pouvions vous rembourser par PayPal. Malheureusement, Amazon n'autorise pas les paiements en dehors de sa plateforme.", false},
			{"Nous avons vu que vous nous avez aussi écrit sur Instagram, mais nous traitons toutes les demandes ici sur Amazon.", false},
			{"Nous comprenons que vous préféreriez un appel ou un remboursement via PayPal, mais Amazon n'autorise ni l'un ni l'autre.", false},
			{"Merci d'avoir proposé d'envoyer les photos par WhatsApp. Amazon ne nous permet pas de communiquer en dehors de sa messagerie ; joignez-les ici.", false},
			{"Vous avez parlé de WhatsApp. Envoyez-nous les photos sur WhatsApp, ce sera plus rapide.", true},
			{"Vous souhaitiez être remboursé par PayPal. Les règles d'Amazon ne le permettent pas.", false},
		},
		"es": {
			{"Nos preguntó si podemos devolverle el dinero por Bizum. Lo sentimos, Amazon no permite reembolsos fuera de su plataforma.", false},
			{"Hemos visto que también nos escribió por Instagram, pero atendemos todas las consultas aquí en Amazon.", false},
			{"Entendemos que preferiría una llamada o un reembolso por PayPal, pero Amazon no permite ninguna de las dos cosas.", false},
			{"Gracias por ofrecerse a enviar las fotos por WhatsApp. Amazon no nos permite comunicarnos fuera de su sistema de mensajes; adjúntelas aquí, por favor.", false},
			{"Nos preguntó por Bizum. Puede pagarnos la diferencia por Bizum hoy mismo.", true},
			{"Usted nos pidió el reembolso por PayPal. Lamentablemente, Amazon no lo permite.", false},
		},
		"it": {
			{"Ci ha chiesto se possiamo rimborsarla tramite Satispay. Purtroppo Amazon non consente pagamenti al di fuori della sua piattaforma.", false},
			{"Abbiamo visto che ci ha scritto anche su Instagram, ma gestiamo tutte le richieste qui su Amazon.", false},
			{"Capiamo che preferirebbe una telefonata o un rimborso con PayPal, ma Amazon non consente né l'una né l'altro.", false},
			{"Grazie per essersi offerto di inviare le foto via WhatsApp. Amazon non ci permette di comunicare al di fuori della sua messaggistica; le alleghi qui.", false},
			{"Ci ha chiesto di PayPal. Può pagare la differenza con PayPal e spediamo domani.", true},
		},
		"ja": {
			{"PayPalで返金できるかとのご質問をいただきました。恐れ入りますが、Amazonの規約上、そのような返金はお受けできません。", false},
			{"InstagramでもDMをお送りいただいたようですが、お問い合わせはすべてこちらのAmazonメッセージで承っております。", false},
			{"お電話やPayPalでの返金をご希望かと存じますが、Amazonではいずれも認められておりません。", false},
			{"LINEで写真をお送りいただけるとのお申し出、ありがとうございます。Amazonのメッセージ以外でのやり取りは規約で禁止されておりますので、こちらに添付してください。", false},
			{"PayPalについてご質問をいただきました。差額はPayPalでお支払いください。", true},
		},
		"zh": {
			{"您问我们能否通过支付宝退款。抱歉，亚马逊不允许在平台以外退款。", false},
			{"我们看到您也在Instagram上联系了我们，但我们所有的问题都在亚马逊这里处理。", false},
			{"我们理解您更希望电话沟通或通过PayPal退款，但亚马逊两者都不允许。", false},
			{"感谢您提出通过微信发送照片。亚马逊不允许我们在其消息系统之外沟通，请直接在这里上传附件。", false},
			{"您问到了支付宝。请通过支付宝把差价转给我们。", true},
			{"亚马逊不允许在平台以外退款。您提到的支付宝我们也无法使用。", false},
		},
	}
	checkScopeCases(t, tests)
}

// TestDecoupledReviewFamily checks, per language, that a neutral word
// about the buyer's review beside a remedy that says the remedy does not
// depend on it, or Amazon's permitted wording after a replacement
// arrived, only warns; the same review action tied to the remedy by a
// condition, a sequence or a request blocks.
func TestDecoupledReviewFamily(t *testing.T) {
	tests := map[string][]reviewCase{
		"en": {
			{"As for your review, write whatever you honestly feel: the replacement ships either way.", ""},
			{"Either way, please remove the review once the refund arrives.", RuleReviewIncentive},
			{"Please write in your review whatever you think; we are sending the replacement either way.", ""},
			{"Please update your review; we are sending the replacement either way.", RuleReviewIncentive},
			{"If you update your review, we'll send the replacement either way.", RuleReviewIncentive},
			{"Now that the replacement has arrived, if you feel the issue is resolved, you may update or remove your original feedback; that is entirely your decision.", ""},
			{"Now that we have sent you the replacement, please update your review.", RuleReviewIncentive},
			{"Once you update your review, we will ship the replacement.", RuleReviewIncentive},
		},
		"de": {
			{"Zu Ihrer Bewertung: Schreiben Sie ganz, was Sie denken – der Ersatz wird so oder so verschickt.", ""},
			{"Der Ersatz kommt so oder so, aber bitte löschen Sie zuerst Ihre Bewertung.", RuleReviewIncentive},
			{"Bitte schreiben Sie in Ihrer Bewertung einfach, was Sie denken; der Ersatz wird so oder so verschickt.", ""},
			{"Da der Ersatz nun angekommen ist: Wenn Sie finden, dass das Problem gelöst ist, können Sie Ihre ursprüngliche Bewertung aktualisieren oder entfernen; das ist ganz Ihre Entscheidung.", ""},
			{"Wir haben Ihnen den Ersatz geschickt, bitte passen Sie jetzt Ihre Bewertung an.", RuleReviewIncentive},
		},
		"fr": {
			{"Pour votre avis, écrivez ce que vous pensez vraiment : le remplacement vous sera envoyé dans tous les cas.", ""},
			{"Maintenant que le remplacement est arrivé, si vous estimez que le problème est résolu, vous pouvez modifier ou retirer votre avis initial ; c'est entièrement votre décision.", ""},
			{"Nous vous avons envoyé le remplacement, merci de modifier votre avis maintenant.", RuleReviewIncentive},
		},
		"es": {
			{"Sobre su reseña, escriba lo que realmente piense: el reemplazo se envía de todos modos.", ""},
			{"Ahora que ha llegado el reemplazo, si considera que el problema está resuelto, puede actualizar o eliminar su valoración original; es totalmente su decisión.", ""},
			{"Ya le enviamos el reemplazo, por favor actualice su reseña ahora.", RuleReviewIncentive},
		},
		"it": {
			{"Quanto alla recensione, scriva ciò che pensa davvero: il prodotto sostitutivo viene spedito in ogni caso.", ""},
			{"Ora che la sostituzione è arrivata, se ritiene che il problema sia risolto, può aggiornare o rimuovere il suo feedback originale; è una sua decisione.", ""},
			{"Le abbiamo spedito la sostituzione, per favore aggiorni ora la sua recensione.", RuleReviewIncentive},
		},
		"ja": {
			{"レビューはお客様のご感想どおりにお書きください。交換品の発送とは一切関係ございません。", ""},
			{"交換品が届きましたので、問題が解決したとお感じでしたら、最初の評価を更新または削除していただくことも可能です。どうされるかはお客様のご判断です。", ""},
			{"交換品を発送いたしましたので、レビューの修正をお願いいたします。", RuleReviewIncentive},
		},
		"zh": {
			{"关于评价，按您的真实感受写就好，无论如何我们都会寄出换货。", ""},
			{"换货已经到了，如果您觉得问题已经解决，可以更新或删除原来的评价，这完全由您决定。", ""},
			{"我们已经给您补发了，请修改一下评价。", RuleReviewIncentive},
		},
	}
	checkReviewCases(t, tests)
}

// TestDescribedStarsFamily checks, per language, that stars or a rating
// the buyer already gave, mentioned with nothing asked, do not block,
// and that an ask for stars still does.
func TestDescribedStarsFamily(t *testing.T) {
	tests := map[string][]reviewCase{
		"en": {
			{"We're pleased the five-star experience you described has continued.", ""},
			{"If you enjoyed the lamp, a five-star review would mean a lot.", RuleReviewAsk},
		},
		"de": {
			{"Schön, dass das Fünf-Sterne-Erlebnis, das Sie beschrieben haben, angehalten hat.", ""},
			{"Wenn Ihnen die Lampe gefällt, freuen wir uns über eine Fünf-Sterne-Bewertung.", RuleReviewAsk},
		},
		"fr": {
			{"Nous sommes ravis que l'expérience cinq étoiles que vous avez décrite se soit poursuivie.", ""},
			{"Si la lampe vous plaît, merci de nous laisser cinq étoiles.", RuleReviewAsk},
		},
		"es": {
			{"Nos alegra que la experiencia de cinco estrellas que describió haya continuado.", ""},
			{"Si le gusta la lámpara, por favor déjenos cinco estrellas.", RuleReviewAsk},
		},
		"it": {
			{"Siamo felici che l'esperienza a cinque stelle che ha descritto sia continuata.", ""},
			{"Se la lampada le piace, ci lasci cinque stelle per favore.", RuleReviewAsk},
		},
		"ja": {
			{"星5つと書いていただいた通りの使い心地が続いているとのこと、嬉しく思います。", ""},
			{"気に入っていただけましたら、星5つのレビューをお願いいたします。", RuleReviewAsk},
		},
		"zh": {
			{"很高兴您所说的五星体验一直在延续。", ""},
			{"如果您喜欢这盏灯，请给我们五星好评。", RuleReviewAsk},
		},
	}
	checkReviewCases(t, tests)
}

// TestDeclinedPromotionFamily checks, per language, that declining to
// send promotions does not block as marketing, and that an offer next
// to a refusal of something else still does.
func TestDeclinedPromotionFamily(t *testing.T) {
	tests := map[string][]struct {
		text  string
		block bool
	}{
		"en": {
			{"We aren't able to send discount codes or special offers through Amazon messages.", false},
			{"We can't ship today, but here is a discount code for your next order: SAVE10.", true},
			{"We can't wait to send you a discount code with your next parcel.", true},
			{"We don't send coupons or newsletters through Amazon messages.", false},
			{"Don't miss our spring sale: 20% off everything in our store.", true},
			{"We are unable to refund the shipping, so please use our promo code SORRY10 instead.", true},
		},
		"de": {
			{"Rabattcodes oder Gutscheincodes dürfen wir über die Amazon-Nachrichten leider nicht verschicken.", false},
			{"Heute können wir nicht versenden, aber hier ist ein Rabattcode für Ihre nächste Bestellung.", true},
		},
		"fr": {
			{"Nous ne pouvons pas envoyer de codes promo ni d'offres spéciales via la messagerie Amazon.", false},
			{"Nous ne pouvons pas expédier aujourd'hui, mais voici un code promo pour votre prochaine commande.", true},
		},
		"es": {
			{"No podemos enviar códigos de descuento ni ofertas especiales a través de los mensajes de Amazon.", false},
			{"No podemos enviarlo hoy, pero aquí tiene un código de descuento para su próxima compra.", true},
		},
		"it": {
			{"Non possiamo inviare codici sconto né offerte speciali tramite i messaggi di Amazon.", false},
			{"Non possiamo spedire oggi, ma ecco un codice sconto per il suo prossimo acquisto.", true},
		},
		"ja": {
			{"Amazonのメッセージでクーポンやキャンペーンのご案内をお送りすることはできません。", false},
			{"本日は発送できませんが、次回使えるクーポンをお送りします。", true},
		},
		"zh": {
			{"我们不能通过亚马逊消息发送优惠码或促销信息。", false},
			{"今天无法发货，但这是您下次购物可用的优惠码。", true},
		},
	}
	for lang, cases := range tests {
		for _, tt := range cases {
			fs := Check(wrap(tt.text), Settings{})
			if blocked := aftersale.Blocking(fs); blocked != tt.block {
				t.Errorf("%s: Check(%q) = %+v, blocked %v, want %v", lang, tt.text, fs, blocked, tt.block)
			}
			if tt.block && rules(fs)[RuleMarketing] != block {
				t.Errorf("%s: Check(%q) = %+v, want marketing", lang, tt.text, fs)
			}
		}
	}
}
