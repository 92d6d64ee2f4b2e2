package respond

import "testing"

// TestSequencedReviewFamily: a review action marked as the first step and
// the seller's step after it is a review incentive in every language,
// whatever the seller's step is called; a sequence with no review action
// first, or the review left to the buyer after a fix, is not.
func TestSequencedReviewFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "Happy to sort it: just take the one-star review down first, then we get the new toaster out to you.", RuleReviewIncentive},
		{"en", "First update your feedback please. Then the courier collects the new frame on Monday.", RuleReviewIncentive},
		{"de", "Bitte löschen Sie zuerst die negative Bewertung, dann geht der neue Akku sofort in die Post.", RuleReviewIncentive},
		{"de", "Ändern Sie erst Ihre Rezension, danach kümmern wir uns um den Tausch.", RuleReviewIncentive},
		{"fr", "Merci de d'abord retirer votre avis négatif, ensuite nous préparons le colis de remplacement.", RuleReviewIncentive},
		{"fr", "Modifiez d'abord votre commentaire, puis le technicien passera chez vous.", RuleReviewIncentive},
		{"es", "Primero borre su valoración negativa y luego tramitamos la devolución completa.", RuleReviewIncentive},
		{"es", "Cambia antes tu opinión y después te mandamos la tapa nueva.", RuleReviewIncentive},
		{"it", "Per prima cosa modifichi la recensione, poi provvediamo alla sostituzione del frullatore.", RuleReviewIncentive},
		{"it", "Ci basta che cancelli prima il commento negativo, dopo organizziamo il ritiro.", RuleReviewIncentive},
		{"ja", "まずレビューを削除していただき、その後新しいケトルをお届けします。", RuleReviewIncentive},
		{"ja", "先に評価を変更してください。それから返金の手続きに入ります。", RuleReviewIncentive},
		{"zh", "请先删除差评，再给您补发一个新的杯盖。", RuleReviewIncentive},
		{"zh", "首先请修改一下评价，然后我们安排退款。", RuleReviewIncentive},
		// Near-misses: no review action first, or the review left free.
		{"en", "First we will send the new toaster, then you can update your review if you wish.", ""},
		{"en", "First remove the old filter, then fit the new one we sent free of charge.", ""},
		{"de", "Zuerst schicken wir Ihnen kostenlos einen neuen Akku, dann prüfen Sie bitte die Ladeanzeige.", ""},
		{"fr", "D'abord nous vous envoyons la pièce gratuite, ensuite vous pourrez la monter en deux minutes.", ""},
		{"es", "Primero le enviamos el repuesto gratis y luego las instrucciones de montaje.", ""},
		{"it", "Prima spediamo il ricambio gratuito, poi le mandiamo le istruzioni di montaggio.", ""},
		{"ja", "まず交換品を無料でお送りし、その後返品用のラベルをお送りします。", ""},
		{"zh", "我们先给您免费补发，然后再安排退货。", ""},
	})
}

// TestSoftReviewChangeWithValueFamily: a softly worded wish for a better
// review ("could come down", "bump it up", "reconsider your rating") in a
// reply that gives something of value is a review incentive, wherever the
// two stand (a P.S. included); a free replacement with no review wish,
// thanks for a review left, and permission after a fix are not.
func TestSoftReviewChangeWithValueFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "We have sent a free replacement lamp today.\n\nP.S. If it all works out, it would be lovely if that one-star rating could go up a little.", RuleReviewIncentive},
		{"en", "A £5 voucher is in the box for the trouble. Would you mind bumping the review up once the heater is running?", RuleReviewIncentive},
		{"en", "We refunded the postage in full. We'd be grateful if you could reconsider your rating.", RuleReviewIncentive},
		{"de", "Wir haben Ihnen einen Gutschein über 10 Euro beigelegt. Es wäre schön, wenn Sie Ihre Bewertung noch einmal überdenken könnten.", RuleReviewIncentive},
		{"fr", "Nous vous avons remboursé les frais de port. Pourriez-vous reconsidérer votre note ?", RuleReviewIncentive},
		{"es", "Le hemos enviado un regalo por las molestias. ¿Podría reconsiderar su valoración?", RuleReviewIncentive},
		{"it", "Le abbiamo rimborsato la spedizione. Potrebbe riconsiderare la sua recensione?", RuleReviewIncentive},
		{"ja", "お詫びにクーポンを同封しました。評価を見直していただけると嬉しいです。", RuleReviewIncentive},
		{"zh", "我们已经给您全额退款。希望您能重新考虑一下您的评价。", RuleReviewIncentive},
		// Near-misses.
		{"en", "We have sent a free replacement lamp today; it should arrive by Friday.", ""},
		{"en", "Thank you for the review you left last week. The spare bulb is on its way to you free of charge.", ""},
		{"de", "Wir haben Ihnen kostenlos ein neues Netzteil geschickt. Danke für Ihre Bewertung letzte Woche.", ""},
		{"fr", "Merci pour votre avis. Nous vous envoyons gratuitement une nouvelle lampe.", ""},
		{"es", "Gracias por su reseña. Le enviamos gratis una lámpara nueva.", ""},
		{"it", "Grazie per la sua recensione. Le spediamo gratuitamente una lampada nuova.", ""},
		{"ja", "レビューをありがとうございます。新しいランプを無料でお送りしました。", ""},
		{"zh", "感谢您的评价。我们已免费为您补发了新的台灯。", ""},
	})
}

// TestSecondReviewAskFamily: a review asked for with a word that it was
// asked before is a review ask again in every language; thanks for a
// review left are not.
func TestSecondReviewAskFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "Sorry to bother you, I asked before but could you leave a review for the blender when you have a moment?", RuleReviewAsk},
		{"en", "We already asked last week, but would you please write a short review of the rug?", RuleReviewAsk},
		{"de", "Wie schon gefragt: Könnten Sie uns bitte eine Bewertung für den Mixer hinterlassen?", RuleReviewAsk},
		{"fr", "Comme déjà demandé, pourriez-vous laisser un avis sur le mixeur ?", RuleReviewAsk},
		{"es", "Como ya le pedimos, ¿podría dejarnos una reseña de la batidora?", RuleReviewAsk},
		{"it", "Come già chiesto, potrebbe lasciare una recensione del frullatore?", RuleReviewAsk},
		{"ja", "先日もお願いしましたが、ミキサーのレビューをお願いできますでしょうか。", RuleReviewAsk},
		{"zh", "之前已经请您帮忙了，能否麻烦您为搅拌机写一条评价？", RuleReviewAsk},
		// Near-misses.
		{"en", "As you already asked, the refund went out today. Thank you for the review you left.", ""},
		{"de", "Vielen Dank für Ihre Bewertung. Wie schon gefragt, bestätigen wir die Rückerstattung.", ""},
		{"fr", "Merci pour votre avis sur le mixeur.", ""},
	})
}
