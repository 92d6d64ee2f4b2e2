package respond

import "testing"

// TestRegretRefusalFamily: a way to pay or a channel named in a sentence
// of regret or inability, in a negative imperative, or again as the
// buyer's own detail after a refusal is a refusal in every language (a
// warning); the same name in an invitation blocks, and a way to pay
// blocks as off_amazon_payment.
func TestRegretRefusalFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "We regret that we will not be able to send the refund to your Venmo account; it goes back to your card through Amazon.", ""},
		{"en", "Please do not send card or bank details in these messages. Amazon has already refunded the full amount.", ""},
		{"en", "We can't take payment by bank transfer. We have asked Amazon to delete the message that showed your IBAN.", ""},
		{"en", "We can't take payment by bank transfer. We will send the refund to your bank account directly tomorrow.", RuleOffAmazonPayment},
		{"en", "Unfortunately we have no way of paying refunds into a Zelle account; Amazon returns the money to your card.", ""},
		{"en", "Please refrain from posting your IBAN here; Amazon refunds the order by itself.", ""},
		{"en", "Amazon sends every refund back to the original payment method, so Venmo is not involved.", ""},
		{"en", "Thanks for sending your IBAN, but we don't need it; Amazon refunds by itself.", ""},
		{"en", "Thanks for sending your WhatsApp number; we'll message you there tonight.", RuleOffAmazon},
		{"en", "Amazon removed your earlier message, so add us on WhatsApp.", RuleOffAmazon},
		{"de", "Vielen Dank für Ihre WhatsApp-Nummer. Warum nicht, wir schreiben Ihnen dort.", RuleOffAmazon},
		{"de", "Wir haben Amazon gebeten, Ihre Nachricht mit der IBAN zu löschen.", ""},
		{"es", "Gracias por su IBAN, pero no lo necesitamos: Amazon hace el reembolso.", ""},
		{"it", "Grazie per l'IBAN, ma non ci serve: Amazon rimborsa da sé.", ""},
		{"fr", "Nous avons demandé à Amazon de supprimer le message contenant votre RIB.", ""},
		{"en", "To speed things up, just pay the small difference via Venmo and we ship today.", RuleOffAmazonPayment},
		{"en", "Sorry, Telegram is not a channel we can use for these orders.", ""},
		{"en", "Message us on Telegram and we will sort it out faster.", RuleOffAmazon},
		{"en", "We're sorry for the wait; we can refund you by Venmo today.", RuleOffAmazonPayment},
		{"de", "Leider ist es uns nicht möglich, die Erstattung per PayPal vorzunehmen; Amazon zahlt den Betrag auf Ihr Zahlungsmittel zurück.", ""},
		{"de", "Wir bedauern, keine Zahlung per Überweisung annehmen zu können. Die Gutschrift läuft über Amazon.", ""},
		{"de", "Überweisen Sie den Restbetrag einfach per PayPal, dann versenden wir sofort.", RuleOffAmazonPayment},
		{"fr", "Nous regrettons de ne pas pouvoir vous rembourser par virement ; Amazon recrédite votre moyen de paiement d'origine.", ""},
		{"fr", "Merci de ne pas nous transmettre vos coordonnées bancaires ici.", ""},
		{"fr", "Nous regrettons de ne pouvoir accepter de paiement par PayPal.", ""},
		{"fr", "Vous pouvez régler la différence par PayPal et nous expédions demain.", RuleOffAmazonPayment},
		{"es", "Sentimos no poder devolverle el importe por Bizum; Amazon lo abona en su tarjeta.", ""},
		{"es", "No podemos aceptar pagos por transferencia bancaria. Amazon ya ha emitido el reembolso a su tarjeta.", ""},
		{"es", "Si lo prefiere, páguenos la diferencia por Bizum y se lo enviamos hoy.", RuleOffAmazonPayment},
		{"it", "Ci dispiace non poter effettuare il rimborso con PayPal: Amazon lo accredita sul metodo di pagamento originale.", ""},
		{"it", "La preghiamo di non inviarci le sue coordinate bancarie tramite questi messaggi.", ""},
		{"it", "Può fare un bonifico per la differenza e spediamo subito.", RuleOffAmazonPayment},
		{"ja", "申し訳ありませんが、PayPalでのご返金はいたしかねます。返金はAmazonを通じて行われます。", ""},
		{"ja", "口座番号はお送りいただかなくても問題ございません。返金はAmazonが行います。", ""},
		{"ja", "恐れ入りますが、WeChatでのご相談はお受けしておりません。", ""},
		{"ja", "差額はPayPalでお支払いください。", RuleOffAmazonPayment},
		{"zh", "很抱歉，我们无法通过支付宝为您退款，退款会由亚马逊退回原支付方式。", ""},
		{"zh", "非常抱歉，我们没办法通过支付宝为您退款。", ""},
		{"zh", "差价请通过支付宝转给我们，我们今天就发货。", RuleOffAmazonPayment},
		{"zh", "请加我们的微信，方便沟通。", RuleOffAmazon},
	})
}

// TestLabelledNumberFamily: a digit group labelled as a part, article,
// model, serial, order or other reference number, and tracking numbers
// printed in groups of four, are not phone numbers in any language; the
// same digits beside a phone word or with a country code are.
func TestLabelledNumberFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "The replacement filter has part number 0417-2290-655 printed on its rim.", ""},
		{"en", "Your return reference is 0381 44 2917 and the label is attached.", ""},
		{"en", "The carrier's tracking number is 5521 8804 1937 6620.", ""},
		{"en", "S/N: 0419-552-7780 is printed on the box.", ""},
		{"en", "Call us any time. Our number is 0161 496 0725.", RulePhone},
		{"en", "The parts 0228 5571 and the screws are in the spare bag.", ""},
		{"en", "Send a photo of the parts you got to (555) 014-7781 and we'll check.", RulePhone},
		{"es", "SEUR: 0012 3456 7890 12, entrega el jueves.", ""},
		{"it", "Il pacco BRT 0605 1234 5678 arriva giovedì.", ""},
		{"ja", "佐川急便のお問い合わせ番号は 3601-2345-6789 です。", ""},
		{"zh", "中通快递 7731 2209 8813 4455 已发出。", ""},
		{"en", "The serial no. 0662-118-4453 is on the sticker under the base.", ""},
		{"en", "For the fitting, call our workshop on 0161 496 0725.", RulePhone},
		{"en", "Reference: +44 161 496 0725 is our service line.", RulePhone},
		{"de", "Die Ersatzdichtung hat die Artikelnummer 3350-1187-42.", ""},
		{"de", "Bitte geben Sie bei der Rücksendung die Art.-Nr. 0891 22 4410 an.", ""},
		{"de", "Die Artikel-Nr.: 0891-2244-107 steht auf dem Etikett.", ""},
		{"de", "Rufen Sie uns unter Tel. 0891 22 4410 an.", RulePhone},
		{"de", "Unsere Hotline (bitte die Kundennummer bereithalten): 0800 330 4412.", RulePhone},
		{"fr", "La référence de la pièce est 0452-7731-09, elle figure sur la notice.", ""},
		{"fr", "Le numéro de série 0715 338 2291 est gravé sous l'appareil.", ""},
		{"fr", "Vous pouvez nous appeler au téléphone 04 52 77 31 09.", RulePhone},
		{"es", "El número de pieza es 0934-551-2870 y viene en la caja.", ""},
		{"es", "La referencia del artículo es 6128 4410 7732.", ""},
		{"es", "Su nº de devolución es 0912 447 2081.", ""},
		{"es", "Llámenos al teléfono 612 44 10 77 y lo vemos.", RulePhone},
		{"it", "Il codice articolo 0382 5517 209 è stampato sull'etichetta.", ""},
		{"it", "Il numero di serie 3471-228-9904 si trova sul retro.", ""},
		{"it", "Cod. art. 0391 6620 118, colore nero.", ""},
		{"it", "Ci chiami al cellulare 347 122 8990.", RulePhone},
		{"ja", "品番は0452-7731-09です。説明書の裏面に記載しております。", ""},
		{"ja", "お電話は03-5512-7731までお願いいたします。", RulePhone},
		{"zh", "该配件的型号为 0755-8831-2209，请核对。", ""},
		{"zh", "货号：1380-0138-0013。", ""},
		{"zh", "请拨打电话 0755-8831-2209 联系我们。", RulePhone},
	})
}

// TestCompletedRemedyPermissionFamily: after a remedy that is already
// done, a permission to update or remove the review left to the buyer,
// also in the informal forms, only warns; a review action that the
// remedy follows from, or asked for beside an offer, still blocks.
func TestCompletedRemedyPermissionFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "We're glad the new kettle reached you safely. If you feel the issue is solved, you can update your review; that is entirely your decision.", ""},
		{"en", "Once you have updated your review, we will send the new kettle.", RuleReviewIncentive},
		{"de", "Schön, dass der Ersatz angekommen ist. Wenn du magst, kannst du deine Bewertung anpassen, das ist ganz deine Entscheidung.", ""},
		{"de", "Sobald du deine Bewertung geändert hast, schicken wir den Ersatz los.", RuleReviewIncentive},
		{"fr", "Nous sommes ravis que le remplacement soit bien arrivé. Si tu le souhaites, tu peux modifier ton avis, c'est ta décision.", ""},
		{"fr", "Nous sommes heureux que la pièce de remplacement vous soit bien parvenue. Si vous le souhaitez, vous pouvez modifier votre avis, c'est votre choix.", ""},
		{"fr", "Dès que tu auras modifié ton avis, nous enverrons le remplacement.", RuleReviewIncentive},
		{"es", "Nos alegra que el repuesto haya llegado sin problemas. Si quieres, puedes cambiar tu reseña, la decisión es tuya.", ""},
		{"es", "Primero actualiza tu reseña y después te enviamos la sustitución.", RuleReviewIncentive},
		{"es", "Te enviamos un regalo. Te pedimos que reconsideres tu valoración.", RuleReviewIncentive},
		{"it", "Siamo contenti che il ricambio sia arrivato. Se vuoi, puoi modificare la tua recensione, è una tua decisione.", ""},
		{"it", "Siamo contenti che il rimborso sia andato a buon fine. Se ritiene il problema risolto, può aggiornare la recensione, ma la scelta è sua.", ""},
		{"it", "Non appena avrai modificato la recensione, ti spediremo il ricambio.", RuleReviewIncentive},
		{"ja", "交換品が無事に届いたとのこと、安心いたしました。問題が解決したとお感じでしたら、レビューを更新していただくことも可能です。ご判断はお客様にお任せいたします。", ""},
		{"ja", "レビューを削除していただいたら、交換品を発送いたします。", RuleReviewIncentive},
		{"zh", "很高兴换货已经顺利送达。如果您认为问题已解决，可以更新您的评价，这完全由您决定。", ""},
		{"zh", "您先把差评删除，之后我们再给您寄新的。", RuleReviewIncentive},
	})
}

// TestHonestMentionsFamily: thanks for a review already left, a review
// left open to any opinion, Amazon's own cancellation path, a bracketed
// product title, the marketplace named as the store, and Amazon's path
// offered "instead" of a channel the buyer asked about raise no block.
func TestHonestMentionsFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "Thank you for the review you left last week; we passed your comments on to our packing team.", ""},
		{"en", "You are welcome to leave a review, positive or negative, once you have tried the lamp.", ""},
		{"en", "To cancel, open Your Orders on Amazon and choose \"Cancel items\"; Amazon handles it from there.", ""},
		{"en", "The \"Desk Lamp [Black, 2-pack]\" you ordered left our warehouse today.", ""},
		{"en", "As your order was placed on Amazon.co.uk, the refund is handled by Amazon.co.uk.", ""},
		{"en", "You asked whether we could refund via PayPal. Instead, the refund goes back through Amazon to your card.", ""},
		{"en", "You asked about WhatsApp. Instead of Amazon's messages, please write to us there.", RuleOffAmazon},
		{"en", "Feel free to post a review, good or bad, whenever you like.", ""},
		{"en", "If you like the lamp, feel free to leave a five-star review.", RuleReviewAsk},
		{"de", "Vielen Dank für Ihre Bewertung, die Sie letzte Woche abgegeben haben.", ""},
		{"de", "Sie fragten nach einer Erstattung per PayPal. Stattdessen erfolgt die Erstattung über Amazon auf Ihre Karte.", ""},
		{"fr", "Vous êtes libre de laisser un avis, positif ou négatif, après avoir essayé l'article.", ""},
		{"fr", "Vous nous avez demandé un remboursement par PayPal. Le remboursement passera plutôt par Amazon, sur votre carte.", ""},
		{"es", "Gracias por la reseña que nos dejó; la hemos compartido con el almacén.", ""},
		{"es", "Para cancelar, vaya a Mis pedidos en Amazon.es y elija \"Cancelar productos\".", ""},
		{"it", "Il suo ordine su Amazon.it è stato spedito oggi.", ""},
		{"it", "Può lasciare una recensione, positiva o negativa che sia, quando vuole.", ""},
		{"ja", "先日はレビューを投稿していただき、誠にありがとうございました。", ""},
		{"zh", "感谢您之前留下的评价，我们已转告仓库同事。", ""},
	})
}
