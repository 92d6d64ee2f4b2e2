package respond

import (
	"strings"
	"testing"
)

// familyCase is one reply of a family table: the rule it must raise as a
// block, or "" when it must raise no block at all.
type familyCase struct {
	lang, text, block string
}

// runFamily checks every case of a family table.
func runFamily(t *testing.T, cases []familyCase) {
	t.Helper()
	var s Settings
	for _, tt := range cases {
		var blocks []string
		for _, f := range Check(tt.text, s) {
			if f.Severity == block {
				blocks = append(blocks, f.Rule)
			}
		}
		got := strings.Join(blocks, ",")
		switch {
		case tt.block == "" && got != "":
			t.Errorf("[%s] %q: blocks %s, want none", tt.lang, tt.text, got)
		case tt.block != "" && !strings.Contains(","+got+",", ","+tt.block+","):
			t.Errorf("[%s] %q: blocks %q, want %s", tt.lang, tt.text, got, tt.block)
		}
	}
}

// TestRepostPraiseFamily: a review the buyer already gave, asked to be
// copied or posted again elsewhere (seller feedback, the store's rating,
// another order), is a review ask in every language; thanks for the
// review, or "the same problem" named after it, are not.
func TestRepostPraiseFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "Thank you for the lovely review of the lamp. Could you copy your kind words into a seller feedback too?", RuleReviewAsk},
		{"en", "Thanks for reviewing the kettle last week. The same comment as seller feedback would help us a lot.", RuleReviewAsk},
		{"en", "You left a great review on the product page. Would you mind pasting it into your seller feedback for this order as well?", RuleReviewAsk},
		{"en", "We saw your review of the first order. Could you post that review again for this order?", RuleReviewAsk},
		{"en", "Thank you for your review of the lamp. The same problem you describe has been fixed in the new batch.", ""},
		{"en", "Thank you for the kind words in your review. We have passed them on to the team.", ""},
		{"de", "Vielen Dank für Ihre tolle Bewertung der Lampe. Könnten Sie denselben Text auch als Verkäuferbewertung hinterlassen?", RuleReviewAsk},
		{"de", "Vielen Dank für Ihre Rezension. Es würde uns sehr helfen, wenn Sie sie auch als Verkäuferfeedback kopieren.", RuleReviewAsk},
		{"de", "Vielen Dank für Ihre Bewertung. Das gleiche Problem haben wir in der neuen Serie behoben.", ""},
		{"fr", "Merci pour votre avis sur la lampe. Pourriez-vous reprendre le même commentaire dans l'évaluation vendeur ?", RuleReviewAsk},
		{"fr", "Merci pour votre bel avis. Le copier aussi en évaluation du vendeur nous aiderait beaucoup.", RuleReviewAsk},
		{"es", "Gracias por su reseña de la lámpara. ¿Podría copiar el mismo texto como valoración del vendedor?", RuleReviewAsk},
		{"es", "Gracias por su opinión en la página del producto. Nos ayudaría mucho que publicara la misma opinión también como valoración del vendedor.", RuleReviewAsk},
		{"it", "Grazie per la sua recensione. Potrebbe copiare lo stesso commento anche nel feedback sul venditore?", RuleReviewAsk},
		{"it", "Grazie per la bella recensione sul prodotto. Ci farebbe piacere se la pubblicasse di nuovo come feedback venditore.", RuleReviewAsk},
		{"ja", "商品レビューをありがとうございました。同じ内容をストアの評価にもご投稿いただけますと幸いです。", RuleReviewAsk},
		{"ja", "素敵なレビューをありがとうございます。そのレビューを出品者評価にもコピーしていただけないでしょうか。", RuleReviewAsk},
		{"zh", "感谢您的好评！麻烦您把这段好评也发到店铺评价，谢谢。", RuleReviewAsk},
		{"zh", "谢谢您在商品页面留下的评价。能否将同样的评价内容复制到卖家反馈中？", RuleReviewAsk},
		{"zh", "谢谢您的评价。同样的问题我们已经在新批次中解决了。", ""},
	})
}

// TestNeutralPermissionAfterFixFamily: after a remedy that has happened
// (said in a subordinate clause too: "dass der Ersatz angekommen ist"), a
// note that the buyer may update or remove feedback, left to them ("Das
// liegt ganz bei Ihnen"), warns and does not block.
func TestNeutralPermissionAfterFixFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"de", "Schön, dass das Ersatzteil angekommen ist und das Gerät wieder läuft. Wenn Sie finden, dass wir Ihr Anliegen gelöst haben, können Sie Ihr Verkäuferfeedback aktualisieren. Das liegt ganz bei Ihnen.", ""},
		{"de", "Gut zu hören, dass die Erstattung gutgeschrieben wurde. Falls Sie möchten, können Sie Ihre Bewertung anpassen; das entscheiden selbstverständlich allein Sie.", ""},
		{"en", "Glad the replacement arrived safely. If you feel the issue is resolved, you can update your feedback; that is entirely your call.", ""},
		{"fr", "Ravis que le remplacement soit bien arrivé. Si vous le souhaitez, vous pouvez modifier votre évaluation ; c'est vous qui décidez.", ""},
		{"es", "Nos alegra que el reemplazo ya haya llegado. Si lo desea, puede actualizar su valoración; queda a su criterio.", ""},
		{"it", "Siamo lieti che la sostituzione sia arrivata. Se lo desidera, può aggiornare il suo feedback, come preferisce.", ""},
		{"zh", "很高兴换货已经收到了。如果您愿意，可以更新您的评价，您可以自行决定。", ""},
		{"en", "Should you decide to amend your feedback, we'd be happy to add a voucher.", RuleReviewIncentive},
		{"de", "Wenn Sie Ihre Bewertung anpassen, schicken wir Ihnen gern einen Gutschein. Das liegt ganz bei Ihnen.", RuleReviewIncentive},
	})
}

// TestDisclaimerAfterOpenOfferFamily: "it's up to you" in the next
// sentence does not undo an offer still to come in the review sentence.
func TestDisclaimerAfterOpenOfferFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "If you update your review, we will gladly send you a voucher. It is entirely up to you.", RuleReviewIncentive},
		{"fr", "Si vous modifiez votre avis, nous vous enverrons un bon d'achat. C'est vous qui décidez.", RuleReviewIncentive},
		{"es", "Si actualiza su reseña, le enviaremos un cupón. Queda a su criterio.", RuleReviewIncentive},
		{"zh", "如果您修改评价，我们会送您一张优惠券。完全由您决定。", RuleReviewIncentive},
	})
}

// TestMarketingShapeFamily: promotion without a coupon word (matching
// products, bundles, a new collection, "search for us", follows) blocks in
// every language; an Amazon coupon explained as why a refund is smaller,
// a declined code and a brand-new replacement ("新品") do not.
func TestMarketingShapeFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "Pair it with our matching lid, sold as a bundle with the pan.", RuleMarketing},
		{"en", "Since you like the mat, have a look at our cork blocks: just search for our brand here on Amazon.", RuleMarketing},
		{"en", "The refund is €3 lower than the price because the Amazon coupon you used was deducted.", ""},
		{"en", "We are not able to offer a discount code; the refund of £12 has been issued.", ""},
		{"de", "Unsere neue Herbstkollektion ist gerade erschienen.", RuleMarketing},
		{"de", "Schauen Sie sich gern auch unsere passenden Kissenbezüge an.", RuleMarketing},
		{"fr", "Découvrez aussi nos housses assorties dans notre boutique Amazon.", RuleMarketing},
		{"es", "Echa un vistazo a nuestros bloques a juego: búscanos como \"Prana\" aquí en Amazon.", RuleMarketing},
		{"es", "Síguenos en Instagram para ver más ideas.", RuleMarketing},
		{"it", "Dia un'occhiata anche ai nostri cuscini abbinati: ci cerchi su Amazon come \"Casa Bella\".", RuleMarketing},
		{"ja", "当店の新作コレクションもぜひご覧ください。", RuleMarketing},
		{"zh", "欢迎关注我们的新品系列，搜索我们的品牌即可找到。", RuleMarketing},
		{"zh", "退款金额少了5元，是因为您下单时使用的亚马逊优惠券已扣除。", ""},
		{"zh", "我们已为您寄出一件全新的新品，预计三天内送达。", ""},
	})
}

// TestChannelRefusalFamily: a channel the buyer asked about, declined in
// the next sentence or by Amazon's rule, or said to be unneeded, is a
// refusal in every language; an invitation to use it blocks.
func TestChannelRefusalFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "Please don't post your bank details in this chat; there's no need for a bank transfer. Your refund was issued this morning.", ""},
		{"en", "You asked whether we could refund you through PayPal. Unfortunately Amazon does not allow refunds outside its platform.", ""},
		{"es", "Nos preguntas si podemos devolverte el dinero por Bizum. Lo sentimos, Amazon no nos permite hacer reembolsos fuera de su plataforma.", ""},
		{"de", "Sie fragen, ob wir per PayPal erstatten können. Das ist leider nicht möglich, Amazon erlaubt Erstattungen nur über die Plattform.", ""},
		{"fr", "Vous nous demandez si nous pouvons vous rembourser par PayPal. Malheureusement, Amazon ne le permet pas.", ""},
		{"it", "Ci chiedi se possiamo rimborsarti con PayPal. Purtroppo Amazon non lo consente.", ""},
		{"ja", "LINEでのご連絡をご希望とのことですが、Amazonの規約によりこちらのメッセージでのみ対応しております。", ""},
		{"zh", "您问能否通过微信联系我们。很抱歉，根据亚马逊的规定，我们只能在这里沟通。", ""},
		{"en", "For faster help, message us on WhatsApp at the number on our packaging.", RuleOffAmazon},
		{"de", "Für schnellere Hilfe schreiben Sie uns am besten über WhatsApp.", RuleOffAmazon},
		{"fr", "Pour aller plus vite, contactez-nous sur WhatsApp.", RuleOffAmazon},
		{"es", "Para ir más rápido, escríbanos por WhatsApp.", RuleOffAmazon},
		{"it", "Per fare prima, ci scriva su WhatsApp.", RuleOffAmazon},
		{"ja", "お急ぎの場合はLINEでご連絡ください。", RuleOffAmazon},
		{"zh", "如需更快处理，请加我们的微信。", RuleOffAmazon},
		{"es", "Nos preguntas por Bizum: claro, envíanos el pago por Bizum y te lo mandamos hoy.", RuleOffAmazonPayment},
	})
}

// TestIncentiveSoftFamily: value tied to a review softly, in sequence or
// across sentences — a fairness wish after a refund, "a little
// something", a warranty extension as thanks for an updated review — in
// every language; a free replacement tied to nothing, and a neutral
// "positive or negative" invitation after it arrived, do not block.
func TestIncentiveSoftFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "We will refund half the price and you can keep the bag. We feel it would then be only fair for your review to reflect how we handled it.", RuleReviewIncentive},
		{"en", "We are happy to refund 30% of the price. We think it would only be fair if your review then reflected that.", RuleReviewIncentive},
		{"en", "A little something is on its way to you. Perhaps you could revisit your feedback once it arrives?", RuleReviewIncentive},
		{"en", "As a small thank-you for updating your review, we'd like to extend your warranty to three years.", RuleReviewIncentive},
		{"en", "We've sent a free replacement today; there is nothing you need to do. Thank you for your review last week.", ""},
		{"en", "Your replacement has been delivered. You are welcome to leave a review, positive or negative, about your experience.", ""},
		{"de", "Wir erstatten Ihnen 20 Euro. Im Anschluss wäre es schön, wenn Ihre Bewertung das auch widerspiegelt.", RuleReviewIncentive},
		{"de", "Als kleines Dankeschön für eine aktualisierte Bewertung verlängern wir Ihre Garantie um ein Jahr.", RuleReviewIncentive},
		{"fr", "Nous vous remboursons 15 euros. Il serait alors juste que votre avis reflète la solution trouvée.", RuleReviewIncentive},
		{"fr", "Un petit cadeau vous attend si vous mettez à jour votre commentaire.", RuleReviewIncentive},
		{"es", "Le reembolsamos el 30 %. Después, nos gustaría que su reseña reflejara la solución.", RuleReviewIncentive},
		{"es", "Le enviaremos un pequeño detalle como agradecimiento por actualizar su opinión.", RuleReviewIncentive},
		{"it", "Le rimborsiamo il 30%. Sarebbe poi corretto che la sua recensione rispecchiasse la soluzione.", RuleReviewIncentive},
		{"it", "Come ringraziamento per l'aggiornamento della recensione le invieremo un piccolo omaggio.", RuleReviewIncentive},
		{"ja", "返金させていただきます。その上で、レビューの内容を見直していただけますと幸いです。", RuleReviewIncentive},
		{"ja", "レビューを更新していただいたお礼に、保証期間を1年延長いたします。", RuleReviewIncentive},
		{"zh", "我们会给您退款50元，之后希望您能重新考虑一下评价。", RuleReviewIncentive},
		{"zh", "为感谢您更新评价，我们将为您延长一年保修。", RuleReviewIncentive},
	})
}

// TestDescribedRatingFamily: stars the buyer already gave, named with a
// word that only orders events ("the first tent"), ask nothing; the same
// stars asked of a happy buyer block.
func TestDescribedRatingFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "Thank you for your kind message. We're glad the five-star experience you described with the first tent continued with this one.", ""},
		{"en", "Thank you for the five-star rating you left last month; we're glad the kettle still works well.", ""},
		{"en", "Loved the tent? A five-star rating would make our day.", RuleReviewAsk},
	})
}

// TestUnneededChannelFamily: a channel called unneeded or unusable is
// declined, in every language.
func TestUnneededChannelFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "WhatsApp isn't something we can use for orders. Everything about your refund is handled here.", ""},
		{"de", "Eine Zahlung per Überweisung ist nicht nötig; die Erstattung läuft automatisch über Amazon.", ""},
		{"fr", "Inutile de nous envoyer un virement : le remboursement passe par Amazon.", ""},
		{"es", "No hace falta ninguna transferencia bancaria; el reembolso se hace por Amazon.", ""},
		{"it", "Non serve alcun bonifico: il rimborso avviene tramite Amazon.", ""},
		{"ja", "銀行振込の必要はございません。返金はAmazonを通じて行われます。", ""},
		{"zh", "无需银行转账，退款会通过亚马逊原路退回。", ""},
		{"en", "We can't refund through Amazon this time, so please send us your PayPal address.", RuleOffAmazonPayment},
	})
}

// TestSequencedDealFamily: a remedy that waits for a review to go, or a
// credit "in return" for removing it, blocks in every language; the same
// remedy "whatever your review says", and thanks for an update the buyer
// already made beside a refund already issued, do not.
func TestSequencedDealFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "We've issued a £10 credit. In return, we'd appreciate it if you could remove the one-star review.", RuleReviewIncentive},
		{"en", "Once you've had a chance to update your rating, we'll process the partial refund straight away.", RuleReviewIncentive},
		{"en", "Thank you for updating your review, that was kind of you. Your refund had already been issued last week.", ""},
		{"en", "Thank you in advance for updating your review. Your refund had already been issued last week.", RuleReviewIncentive},
		{"de", "Sobald die Bewertung entfernt ist, senden wir Ihnen einen neuen Mixer.", RuleReviewIncentive},
		{"de", "Wir senden Ihnen kostenlos einen neuen Mixer, unabhängig von Ihrer Bewertung.", ""},
		{"fr", "Dès que l'avis sera retiré, nous procéderons au remboursement.", RuleReviewIncentive},
		{"es", "En cuanto retire la valoración negativa, le enviamos el reembolso.", RuleReviewIncentive},
		{"it", "Non appena avrà rimosso la recensione, procederemo con il rimborso.", RuleReviewIncentive},
		{"ja", "レビューを削除していただき次第、返金の手続きを進めます。", RuleReviewIncentive},
		{"ja", "レビューの内容に関わらず、新しい商品を無料でお送りいたします。", ""},
		{"zh", "您把差评删掉之后，我们马上给您补发一个新的。", RuleReviewIncentive},
		{"zh", "无论您的评价如何，我们都会免费给您补发一个新的。", ""},
	})
}
