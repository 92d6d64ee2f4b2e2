package respond

import "testing"

// TestCrossSellShapeFamily: another product offered for a later purchase
// is marketing by its shape (a recommendation, a launch, "we also carry",
// a bundle, the shop or brand to search on Amazon) in every language; a
// reply about the buyer's own item, a replacement or a spare part is not.
func TestCrossSellShapeFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "Glad the kettle works. You may also enjoy the pour-over stand we make to go with it.", RuleMarketing},
		{"en", "People who bought this tent also tend to pick up our groundsheet. Customers who own the tent also love the footprint mat we sell.", RuleMarketing},
		{"en", "We've just brought out a lightweight range of trekking poles in the same colours.", RuleMarketing},
		{"en", "The refill pads might be worth adding to your next order.", RuleMarketing},
		{"en", "If you order any three tins together, the fourth tin is on us.", RuleMarketing},
		{"en", "Simply type Lumora into the Amazon search box to see our lamps.", RuleMarketing},
		{"en", "You would like the refund sent to your card, and that is where it will go.", ""},
		{"en", "The replacement lid from the same batch is on its way, and a spare gasket for your cooker is included.", ""},
		{"en", "You can find the spare blade by entering the EAN 4006381333931 into the Amazon search bar.", ""},
		{"en", "The replacement just arrived at the depot and will reach you tomorrow.", ""},
		{"en", "Some customers who bought this model also reported the hinge fault, and the replacement has the new hinge.", ""},
		{"en", "Have you tried our reset steps? Why not try holding the button for ten seconds?", ""},
		{"es", "Muchos clientes también nos han escrito por el mismo fallo; el repuesto ya está en camino.", ""},
		{"de", "Passend dazu führen wir übrigens auch eine Thermohülle in drei Farben.", RuleMarketing},
		{"de", "Wir haben gerade eine neue Produktlinie mit Glasdeckeln auf den Markt gebracht.", RuleMarketing},
		{"de", "Suchen Sie auf Amazon einfach nach Kochwerk, dann sehen Sie alle Pfannen.", RuleMarketing},
		{"de", "Viele Kunden kaufen den Ständer gleich dazu.", RuleMarketing},
		{"de", "Das Ersatzteil für Ihren Bräter aus derselben Lieferung ist unterwegs.", ""},
		{"fr", "Nous venons de lancer une nouvelle gamme de housses assorties à votre coussin.", RuleMarketing},
		{"fr", "Vous pourriez aussi aimer le plateau en chêne de la même collection.", RuleMarketing},
		{"fr", "La pièce de rechange pour votre cafetière part demain.", ""},
		{"es", "Acabamos de lanzar una nueva línea de fundas a juego con su funda de tablet.", RuleMarketing},
		{"es", "Le podría interesar el soporte de la misma colección.", RuleMarketing},
		{"es", "Le enviamos hoy la pieza de repuesto para su licuadora.", ""},
		{"it", "Sa che abbiamo appena lanciato una nuova collezione di tovaglie?", RuleMarketing},
		{"it", "Per vederle basta cercare il nostro marchio su Amazon.", RuleMarketing},
		{"it", "Potrebbe anche piacerle il coperchio della stessa linea.", RuleMarketing},
		{"it", "Il pezzo di ricambio per la sua caffettiera partirà domani.", ""},
		{"ja", "このたび新シリーズを発売しました。", RuleMarketing},
		{"ja", "Amazonで「コモレビ」と検索していただくと、他のカップもご覧いただけます。", RuleMarketing},
		{"ja", "交換用の部品は明日発送いたします。", ""},
		{"zh", "我们刚刚推出了新系列的保温杯。", RuleMarketing},
		{"zh", "请在亚马逊搜索我们的店铺查看更多款式。", RuleMarketing},
		{"zh", "替换的配件明天发出。", ""},
		{"en", "If the grinder suits you, you'll love our ceramic burr upgrade kit.", RuleMarketing},
		{"en", "Look up Lumora on Amazon to see the rest of the range.", RuleMarketing},
		{"en", "Look up your order on Amazon under Your Orders to print the label.", ""},
		{"fr", "Tapez « Lumora » dans Amazon pour voir nos lampes.", RuleMarketing},
		{"en", "The spare filter is included, and the kettle pairs well with any mains socket.", ""},
		{"de", "Vielleicht gefällt Ihnen auch unsere Kaffeedose aus Edelstahl.", RuleMarketing},
		{"fr", "Notre moulin en bois pourrait aussi vous plaire.", RuleMarketing},
		{"es", "También le podría interesar nuestro molinillo manual.", RuleMarketing},
		{"it", "Le piaceranno anche i nostri barattoli ermetici.", RuleMarketing},
		{"ja", "こちらもおすすめの商品です。", RuleMarketing},
		{"ja", "お手入れには中性洗剤のご使用をおすすめします。", ""},
		{"zh", "您可能也会喜欢我们的磨豆机。", RuleMarketing},
		{"en", "Our travel mugs are currently on sale, by the way.", RuleMarketing},
		{"en", "The options on offer are a refund or a replacement.", ""},
		{"de", "Unsere Thermoskannen sind gerade im Angebot.", RuleMarketing},
		{"de", "Im Angebot enthalten ist auch der Versand des Ersatzteils.", ""},
		{"es", "Nuestros termos están en oferta esta semana.", RuleMarketing},
		{"it", "I nostri thermos sono in offerta questa settimana.", RuleMarketing},
		{"en", "Join our community of home baristas for tips and offers.", RuleMarketing},
	})
}

// TestCallInviteFamily: an invitation to phone the seller, with no number
// written, or a number to be found on the invoice, is off-Amazon contact
// in every language; a refusal of a call is not.
func TestCallInviteFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "The easiest fix is to give our workshop a buzz tomorrow morning.", RuleOffAmazon},
		{"en", "Feel free to ring us whenever you like and we'll talk you through it.", RuleOffAmazon},
		{"en", "Our service number is printed on the delivery note in the parcel.", RuleOffAmazon},
		{"en", "We can't take phone calls, so please keep writing to us here.", ""},
		{"de", "Rufen Sie bitte Ihren Paketdienst an, falls die Sendung nicht ankommt.", ""},
		{"fr", "Appelez le transporteur si le colis n'arrive pas.", ""},
		{"de", "Rufen Sie uns am besten morgen kurz an, dann klären wir das.", RuleOffAmazon},
		{"de", "Unsere Nummer steht auf der Rechnung im Paket.", RuleOffAmazon},
		{"fr", "Le plus simple : appelez-nous demain matin.", RuleOffAmazon},
		{"fr", "Notre numéro figure sur la facture jointe au colis.", RuleOffAmazon},
		{"es", "Lo más rápido es que nos llame mañana; llámenos cuando quiera.", RuleOffAmazon},
		{"es", "No dude en llamarnos si lo prefiere.", RuleOffAmazon},
		{"de", "Ruf uns einfach kurz an, dann erklären wir es dir.", RuleOffAmazon},
		{"ja", "弊社までお電話いただければすぐにご案内します。", RuleOffAmazon},
		{"zh", "欢迎致电我们的客服热线。", RuleOffAmazon},
		{"it", "Ci chiami pure domani mattina e risolviamo subito.", RuleOffAmazon},
		{"it", "Il nostro numero è stampato sulla fattura nella scatola.", RuleOffAmazon},
		{"es", "El número de pieza es 0934-551-2870 y viene en la caja.", ""},
		{"ja", "お手数ですが、お電話いただけますと幸いです。", RuleOffAmazon},
		{"zh", "方便的话给我们打个电话。", RuleOffAmazon},
		{"en", "It would be quicker to talk it through on the phone tomorrow.", RuleOffAmazon},
		{"en", "We can't go through this on the phone, but we'll explain every step here.", ""},
		{"de", "Gern können wir das Problem auch per Videoanruf anschauen.", RuleOffAmazon},
		{"fr", "Nous pourrions en parler plus simplement par téléphone.", RuleOffAmazon},
		{"es", "Sería más fácil hablarlo por teléfono.", RuleOffAmazon},
		{"it", "Sarebbe più semplice sentirci al telefono.", RuleOffAmazon},
		{"ja", "お電話でご説明いたします。", RuleOffAmazon},
		{"zh", "我们可以视频通话看看问题。", RuleOffAmazon},
	})
}

// TestChatAndDomainFamily: a chat with the seller's people or on a bare
// domain under a newer top-level domain is a link and off-Amazon contact;
// Amazon's own chat is not.
func TestChatAndDomainFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "Open lampcare.support and press the chat button at the bottom.", RuleLink},
		{"en", "Open lampcare.support and press the chat button at the bottom.", RuleOffAmazon},
		{"en", "Our engineers are on live chat every afternoon.", RuleOffAmazon},
		{"de", "Unser Live-Chat ist werktags von 9 bis 17 Uhr besetzt.", RuleOffAmazon},
		{"en", "Amazon's live chat can help you with the return label.", ""},
		{"fr", "Notre chat en direct est ouvert du lundi au vendredi.", RuleOffAmazon},
		{"fr", "Le service client d'Amazon propose un chat en direct.", ""},
		{"es", "Nuestro chat en vivo le atiende de 9 a 18 h.", RuleOffAmazon},
		{"it", "La nostra chat dal vivo è attiva tutti i giorni.", RuleOffAmazon},
		{"ja", "当店のチャットでご相談ください。", RuleOffAmazon},
		{"zh", "请通过我们的在线客服咨询。", RuleOffAmazon},
		{"en", "Thanks.Support for the lamp ends in 2027.", ""},
	})
}

// TestOffAmazonValueFamily: cards, cash or cheques sent outside Amazon as
// a refund or compensation are off_amazon_payment in every language.
func TestOffAmazonValueFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "Keep the jacket and we'll post you a prepaid Mastercard worth $15 for the trouble.", RuleOffAmazonPayment},
		{"en", "We can reimburse you in cash if you prefer.", RuleOffAmazonPayment},
		{"en", "We can't send cash or cheques; the refund goes back through Amazon.", ""},
		{"en", "The refund goes back to your Visa card within three days.", ""},
		{"de", "Als Entschädigung schicken wir Ihnen eine Prepaid-Karte über 20 Euro.", RuleOffAmazonPayment},
		{"fr", "Nous vous remboursons la différence en espèces.", RuleOffAmazonPayment},
		{"es", "Le devolvemos la diferencia en efectivo.", RuleOffAmazonPayment},
		{"it", "Le rimborsiamo la differenza in contanti.", RuleOffAmazonPayment},
		{"ja", "差額は現金書留でお送りします。", RuleOffAmazonPayment},
		{"zh", "我们会给您寄一张购物卡作为补偿。", RuleOffAmazonPayment},
		{"en", "The refund of $15 has been issued through Amazon to your card.", ""},
		{"de", "Den Betrag erstatten wir Ihnen gern in bar zurück.", RuleOffAmazonPayment},
		{"fr", "Nous vous envoyons une carte cadeau par courrier.", RuleOffAmazonPayment},
		{"es", "Le mandamos una tarjeta regalo por correo.", RuleOffAmazonPayment},
		{"it", "Le spediamo un buono regalo per posta.", RuleOffAmazonPayment},
		{"en", "Your refund went back to your Amazon gift card balance.", ""},
	})
}

// TestReviewReaskFamily: a review asked for a second time, and review
// gating, are review asks in every language; thanks for a review given
// is not.
func TestReviewReaskFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "A review of the blender still hasn't appeared, so could you write one when you have a moment?", RuleReviewAsk},
		{"en", "Sorry to ask again, but would you mind leaving a review for the blender?", RuleReviewAsk},
		{"en", "Thank you once again for your review of the blender.", ""},
		{"de", "Dürfen wir Sie erneut um eine Bewertung des Mixers bitten?", RuleReviewAsk},
		{"fr", "Nous nous permettons de vous demander à nouveau un avis sur le mixeur.", RuleReviewAsk},
		{"es", "Le pedimos de nuevo una reseña de la batidora.", RuleReviewAsk},
		{"it", "Le chiediamo di nuovo di lasciare una recensione del frullatore.", RuleReviewAsk},
		{"ja", "改めてレビューの投稿をお願いできますでしょうか。", RuleReviewAsk},
		{"zh", "再次麻烦您为搅拌机留下评价。", RuleReviewAsk},
		{"it", "Se è contenta del frullatore, ci farebbe piacere una recensione.", RuleReviewAsk},
		{"es", "Si está satisfecho con la batidora, le agradeceríamos una reseña.", RuleReviewAsk},
		{"it", "Ci piacerebbe leggere la sua recensione. Se invece qualcosa non va, ci scriva prima qui.", RuleReviewAsk},
		{"de", "Wir freuen uns über eine Bewertung. Falls etwas nicht stimmt, schreiben Sie uns bitte zuerst.", RuleReviewAsk},
		{"fr", "Merci d'avance pour votre avis. En cas de souci, contactez-nous d'abord.", RuleReviewAsk},
		{"en", "Just a gentle nudge: could you leave a review of the blender?", RuleReviewAsk},
		{"en", "If something is wrong, please message us rather than leaving a negative review.", RuleReviewAsk},
		{"es", "Volvemos a pedirle una reseña de la batidora, si tiene un momento.", RuleReviewAsk},
		{"it", "Torniamo a chiederle una recensione del frullatore.", RuleReviewAsk},
		{"es", "Si estás contento con la batidora, nos encantaría una reseña.", RuleReviewAsk},
		{"it", "Se sei soddisfatto del frullatore, lasciaci una recensione.", RuleReviewAsk},
		{"de", "Wenn du zufrieden bist, freuen wir uns über eine Bewertung.", RuleReviewAsk},
		{"de", "Vielen Dank nochmals für Ihre Bewertung.", ""},
		{"ja", "改めてレビューへのお礼を申し上げます。", ""},
		{"zh", "再次感谢您的评价。", ""},
		{"en", "Once again sorry for the delay, and feel free to leave a review.", ""},
		{"fr", "Toutes nos excuses à nouveau ; vous pouvez laisser un avis si vous le souhaitez.", ""},
	})
}
