package respond

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersale/aftersale"
)

// reviewCase is a reply body and the review rule it must raise: a block
// rule, a warning rule, or "" for no review finding that blocks.
type reviewCase struct {
	text string
	rule string
}

// TestReviewLinkage checks, per language, that value offered with a
// review action blocks as review_incentive (conditioned, in sequence, as
// a courtesy beside the offer, across sentences), and that a neutral note
// after the problem is solved, a declined trade, or thanks for a review
// do not block.
func TestReviewLinkage(t *testing.T) {
	tests := map[string][]reviewCase{
		"en": {
			{"As soon as your 2-star rating is gone we will transfer the refund.", RuleReviewIncentive},
			{"Step one: delete the feedback about the late parcel. Step two: we post you a fresh kettle at no cost.", RuleReviewIncentive},
			{"A new blender jug goes out to you tomorrow, free of charge. We would simply ask that you edit your review so it mentions our help.", RuleReviewIncentive},
			{"We can refund 25% of the price. It would mean a lot if you could revise the rating you gave.", RuleReviewIncentive},
			{"Anyone who writes a review of the grinder gets a free bag of beans from us.", RuleReviewIncentive},
			{"Your review is the only one-star rating we have. Could you take it down? We will send a spare lid for free.", RuleReviewIncentive},
			{"Your replacement arrived yesterday and works well, we are glad to hear. If you feel we have solved the problem, it is possible to update the feedback you left; there is no obligation.", RuleFeedbackRequest},
			{"You offered to change your rating for a free cable, but we cannot trade anything for a review. The new cable ships today regardless of what you write.", ""},
			{"Many thanks for the five-star review and the photo of the garden bench!", RuleReviewMention},
			{"We are sorry to read your review and have passed it on to our workshop.", RuleReviewMention},
			{"Thank you for sharing your feedback. We will send a free replacement tomorrow.", RuleReviewMention},
			{"A new fan ships tomorrow at no cost. Once it is there, it would be great if you could bump your rating up.", RuleReviewIncentive},
			{"We have read the problem you raised in your review and will send a free replacement.", RuleReviewMention},
		},
		"de": {
			{"Sobald Sie die Bewertung gelöscht haben, überweisen wir Ihnen den vollen Betrag zurück über Amazon.", RuleReviewIncentive},
			{"Wir senden Ihnen gratis einen neuen Deckel. Wir bitten Sie nur, vorher Ihre Rezension zu überarbeiten.", RuleReviewIncentive},
			{"Der Ersatzakku ist inzwischen angekommen. Falls Sie möchten, können Sie Ihre Bewertung aktualisieren – das bleibt ganz Ihnen überlassen.", RuleFeedbackRequest},
			{"Einen Gutschein gegen eine geänderte Bewertung dürfen wir Ihnen leider nicht anbieten; die Erstattung erhalten Sie unabhängig davon.", ""},
		},
		"fr": {
			{"Nous vous rembourserons intégralement dès que votre avis d'une étoile aura été supprimé.", RuleReviewIncentive},
			{"Un nouveau moulin vous est offert. En échange, pourriez-vous revoir votre évaluation ?", RuleReviewIncentive},
			{"Le moulin de remplacement est bien arrivé. Si vous estimez que le problème est réglé, vous pouvez mettre à jour votre avis, à votre discrétion.", RuleFeedbackRequest},
			{"Nous ne pouvons offrir aucun cadeau en échange d'un avis modifié, mais le remboursement est déjà effectué.", ""},
		},
		"es": {
			{"Le devolveremos el importe completo en cuanto borre la valoración de una estrella.", RuleReviewIncentive},
			{"Primero cambie su reseña, por favor; luego le mandamos una funda nueva sin coste.", RuleReviewIncentive},
			{"Nos alegra que la funda nueva ya haya llegado. Si lo desea, puede actualizar su reseña; es totalmente opcional.", RuleFeedbackRequest},
			{"No podemos ofrecerle un reembolso a cambio de eliminar su opinión, según las normas de Amazon.", ""},
		},
		"it": {
			{"Le rimborseremo la spedizione non appena avrà tolto la recensione negativa.", RuleReviewIncentive},
			{"Le mandiamo in omaggio un secondo cuscino. Le chiediamo solo di modificare la sua valutazione.", RuleReviewIncentive},
			{"Il cuscino sostitutivo è già arrivato. Se lo desidera, può aggiornare la sua recensione: la decisione è solo sua.", RuleFeedbackRequest},
			{"Non possiamo offrire sconti in cambio di una recensione modificata; il rimborso è già stato emesso.", ""},
		},
		"ja": {
			{"低評価のレビューを削除していただけましたら、代金を全額返金いたします。", RuleReviewIncentive},
			{"代わりの商品を無料でお送りします。お手数ですが、先にレビューを修正していただけますと幸いです。", RuleReviewIncentive},
			{"交換品が届いたとのこと、安心いたしました。問題が解決したとお感じでしたら、評価を更新することも可能です。お客様のご判断にお任せいたします。", RuleFeedbackRequest},
			{"レビューの変更と引き換えに返金することはできません。返金はすでに完了しております。", ""},
		},
		"zh": {
			{"只要您把差评改成好评，我们就给您全额退款。", RuleReviewIncentive},
			{"我们会免费给您补发一个新杯子。麻烦您先把评价删掉，删掉后我们马上发货。", RuleReviewIncentive},
			{"很高兴换货已经收到。如果您认为问题已解决，可以选择更新之前的评价，完全由您决定。", RuleFeedbackRequest},
			{"我们不能以退款或赠品换取修改评价，退款已经办理完成。", ""},
		},
	}
	for lang, cases := range tests {
		for _, tt := range cases {
			fs := Check(wrap(tt.text), Settings{})
			got := rules(fs)
			switch tt.rule {
			case "":
				if aftersale.Blocking(fs) {
					t.Errorf("%s: Check(%q) = %+v, want no block", lang, tt.text, fs)
				}
			default:
				if _, ok := got[tt.rule]; !ok {
					t.Errorf("%s: Check(%q) = %+v, want %s", lang, tt.text, fs, tt.rule)
				}
				if tt.rule != RuleReviewIncentive && aftersale.Blocking(fs) {
					t.Errorf("%s: Check(%q) = %+v, want no block", lang, tt.text, fs)
				}
			}
		}
	}
}

// TestReviewIncentiveSpan checks that a review_incentive finding quotes
// the review ask and the value, and spans both.
func TestReviewIncentiveSpan(t *testing.T) {
	text := wrap("We will ship a new lamp for free. First, please remove your review.")
	for _, is := range CheckText(text, CheckOptions{}, Settings{}) {
		if is.Rule != RuleReviewIncentive {
			continue
		}
		got := text[is.Offset:is.End]
		if !strings.HasPrefix(got, "We will ship") || !strings.HasSuffix(got, "your review.") {
			t.Errorf("span = %q, want both sentences", got)
		}
		if !strings.Contains(is.Detail, "free") || !strings.Contains(is.Detail, "remove your review") {
			t.Errorf("Detail = %q, want the value and the ask quoted", is.Detail)
		}
		return
	}
	t.Fatalf("no review_incentive finding for %q", text)
}

// TestGoldenDraftsPass checks every draft the product writes (every
// template and language in testdata/*.golden): none may be blocked, except
// for the [[placeholders]] the product leaves for facts it does not know.
func TestGoldenDraftsPass(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.golden"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	drafts := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, part := range strings.Split(string(b), "--- ")[1:] {
			lang, rest, _ := strings.Cut(part, "\n")
			_, body, _ := strings.Cut(rest, "\n\n") // after the Subject line
			drafts++
			for _, is := range CheckText(body, CheckOptions{BuyerLanguage: lang}, corpusSettings) {
				if is.Severity == aftersale.SeverityBlock && is.Rule != RulePlaceholder {
					t.Errorf("%s (%s): %s %q: %s", filepath.Base(f), lang, is.Rule, body[is.Offset:is.End], is.Detail)
				}
			}
		}
	}
	if drafts < 7*len(files) {
		t.Errorf("checked %d drafts in %d files, want 7 languages each", drafts, len(files))
	}
}

// TestPositiveReviewFamily checks, per language, asks for praise without
// the usual words: a rating or kind words asked of a buyer who is happy,
// and praise already given asked to be posted again elsewhere (as seller
// feedback, on the product page). Honest replies stay unblocked: thanks
// for a review with no ask, a refund with no review in it, and a neutral
// invitation to leave feedback after the problem is solved.
func TestPositiveReviewFamily(t *testing.T) {
	tests := map[string][]reviewCase{
		"en": {
			{"Glad you like it! Please also check the care instructions in the listing.", ""},
			{"Glad the new one works! Please feel free to contact us with any feedback.", ""},
			{"Glad you like it! Please share your thoughts on the product page.", RuleReviewAsk},
			{"Loved your purchase? Let others know!", RuleReviewAsk},
			{"If you love it, spread the word with a review on Amazon!", RuleReviewAsk},
			{"Would you share your positive experience with other shoppers?", RuleReviewAsk},
			{"We'd be grateful for top marks if you're pleased with the service.", RuleReviewAsk},
			{"If you are satisfied with our solution, we would be grateful if you could consider updating your feedback.", RuleFeedbackRequest},
			{"We're glad to hear the new one works! If you feel like it, you can leave a review.", ""},
			{"We hope you enjoy the new kettle. Thank you again for your review and your patience.", ""},
			{"Please rate your experience with us once the parcel arrives, whether good or bad.", ""},
			{"We would appreciate it if you took a moment to leave honest feedback about your purchase.", ""},
			{"We're thrilled the blender works for you. Would you consider giving it a rating on Amazon?", RuleReviewAsk},
			{"If our service made you smile, a short review would brighten our week.", RuleReviewAsk},
			{"You said such nice things about the mug in your message; feel free to post them as a review too!", RuleReviewAsk},
			{"Happy with your order? Tell other buyers on Amazon!", RuleReviewAsk},
			{"Enjoying your new headphones? We'd love to hear your thoughts in a review!", RuleReviewAsk},
			{"We are glad you like the lamp. If anything goes wrong, just reply to this message.", ""},
			{"Thank you for your kind words about our packaging; we will pass them to the warehouse team.", ""},
			{"Since you're satisfied with the partial refund, we will close the case.", ""},
			{"If the new kettle makes your mornings easier, a few kind words on the product page would mean the world to us.", RuleReviewAsk},
			{"So glad the lamp arrived safely! Since you're happy with it, would you mind rating it on Amazon?", RuleReviewAsk},
			{"Thank you for your lovely message about the blanket. Could you post those same words as seller feedback as well?", RuleReviewAsk},
			{"Your kind note made our day; it would be wonderful if you shared it on the product page too.", RuleReviewAsk},
			{"Pleased with the repair? Then a rating from you would help a small workshop like ours.", RuleReviewAsk},
			{"We are delighted you love the grinder; a rating from you would mean a lot to our small team.", RuleReviewAsk},
			{"Thank you for the 5-star review of the desk lamp; we are glad it lights up your workspace.", RuleReviewMention},
			{"Your refund of 12.40 EUR has been issued to your card. We are sorry again for the trouble.", ""},
			{"Now that the problem is solved, you may leave feedback about your experience if you wish.", RuleReviewMention},
			{"Whatever your experience was, you are welcome to leave an honest review on Amazon.", RuleReviewMention},
		},
		"de": {
			{"Es freut uns, dass Ihnen die Jacke gefällt. Bitte beachten Sie die Pflegehinweise auf der Produktseite.", ""},
			{"Über die Bestnote würden wir uns freuen, wenn alles passt.", RuleReviewAsk},
			{"Wir hoffen, dass Ihnen das neue Gerät gefällt. Bei Fragen sind wir hier für Sie da.", ""},
			{"Es freut uns, dass Sie zufrieden sind. Über eine Bewertung würden wir uns sehr freuen.", RuleReviewAsk},
			{"Wenn Ihnen der Rucksack gefällt, lassen Sie es doch andere Kunden wissen!", RuleReviewAsk},
			{"Es freut uns, dass Ihnen der Ersatz gefällt. Bei Fragen schreiben Sie uns gern hier.", ""},
			{"Wenn Sie mit dem Wasserkocher zufrieden sind, freuen wir uns über ein paar nette Worte auf der Produktseite.", RuleReviewAsk},
			{"Schön, dass Ihnen die Lampe gefällt! Dürfen wir Sie bitten, das genauso auch als Verkäuferbewertung zu schreiben?", RuleReviewAsk},
			{"Ihr Lob freut uns sehr – vielleicht mögen Sie es auch in einer Rezension auf Amazon wiederholen?", RuleReviewAsk},
			{"Vielen Dank für Ihre 5-Sterne-Bewertung, das freut das ganze Team.", RuleReviewMention},
			{"Nachdem das Problem gelöst ist, können Sie gern eine Bewertung abgeben, wenn Sie möchten.", RuleReviewMention},
		},
		"fr": {
			{"Ravis que la veste vous plaise ! Merci de consulter le guide des tailles sur la page du produit.", ""},
			{"Si tout vous convient, une note maximale nous ferait plaisir.", RuleReviewAsk},
			{"Nous espérons que le nouvel article vous plaira. N'hésitez pas à nous écrire ici.", ""},
			{"Nous sommes ravis que la chaise vous plaise. Un petit avis sur Amazon nous aiderait beaucoup.", RuleReviewAsk},
			{"Si le sac vous plaît, dites-le aux autres clients sur Amazon !", RuleReviewAsk},
			{"Nous sommes ravis que la lampe vous plaise. Bonne journée !", ""},
			{"Si le moulin vous donne satisfaction, quelques mots gentils sur la page du produit nous feraient très plaisir.", RuleReviewAsk},
			{"Ravis que la lampe vous plaise ! Pourriez-vous écrire la même chose dans une évaluation vendeur ?", RuleReviewAsk},
			{"Votre message si aimable nous touche ; pourriez-vous le partager aussi en commentaire sur Amazon ?", RuleReviewAsk},
			{"Merci beaucoup pour votre avis 5 étoiles sur la lampe.", RuleReviewMention},
			{"Le problème étant réglé, vous pouvez laisser un avis si vous le souhaitez.", RuleReviewMention},
		},
		"es": {
			{"Si todo ha ido bien, le agradeceríamos la máxima puntuación.", RuleReviewAsk},
			{"Esperamos que disfrute de su nueva lámpara. Un saludo.", ""},
			{"Nos alegra que esté satisfecho. ¿Le importaría dejar una valoración?", RuleReviewAsk},
			{"Si le gusta la mochila, cuénteselo a otros compradores.", RuleReviewAsk},
			{"Nos alegra que le guste la lámpara. Quedamos a su disposición.", ""},
			{"Si está contento con la funda, unas palabras amables en la página del producto nos ayudarían mucho.", RuleReviewAsk},
			{"¡Qué bien que le guste la lámpara! ¿Podría dejar ese mismo comentario como valoración del vendedor?", RuleReviewAsk},
			{"Sus palabras nos alegran el día; ¿podría repetirlas también en una reseña en Amazon?", RuleReviewAsk},
			{"Muchas gracias por su valoración de 5 estrellas.", RuleReviewMention},
			{"Ya resuelto el problema, puede dejar una opinión si lo desea.", RuleReviewMention},
		},
		"it": {
			{"Se tutto è andato bene, ci farebbe piacere il massimo dei voti.", RuleReviewAsk},
			{"Speriamo che il nuovo prodotto le piaccia. Cordiali saluti.", ""},
			{"Siamo contenti che sia soddisfatto. Ci lascerebbe una recensione?", RuleReviewAsk},
			{"Se lo zaino le piace, lo racconti agli altri clienti!", RuleReviewAsk},
			{"Siamo felici che la lampada le piaccia. Restiamo a disposizione.", ""},
			{"Se il cuscino le piace, qualche parola gentile nella pagina del prodotto ci farebbe felici.", RuleReviewAsk},
			{"Siamo felici che la lampada le piaccia! Potrebbe scrivere lo stesso anche come feedback venditore?", RuleReviewAsk},
			{"Le sue parole ci hanno fatto piacere; potrebbe ripeterle anche in una recensione su Amazon?", RuleReviewAsk},
			{"Grazie mille per la recensione a 5 stelle sulla lampada.", RuleReviewMention},
			{"Ora che il problema è risolto, può lasciare una recensione se lo desidera.", RuleReviewMention},
		},
		"ja": {
			{"問題なければ、最高評価をいただけると嬉しいです。", RuleReviewAsk},
			{"新しい商品を気に入っていただければ幸いです。", ""},
			{"気に入っていただけましたら、ぜひレビューでお聞かせください。", RuleReviewAsk},
			{"気に入っていただけて嬉しいです。今後ともよろしくお願いいたします。", ""},
			{"商品を気に入っていただけましたら、商品ページに一言ご感想をいただけると励みになります。", RuleReviewAsk},
			{"お褒めの言葉をありがとうございます。同じ内容を出品者評価にも書いていただけませんか。", RuleReviewAsk},
			{"ご満足いただけたようで何よりです。よろしければ星をつけていただけると嬉しいです。", RuleReviewAsk},
			{"星5つのレビューをいただき、ありがとうございます。", RuleReviewMention},
			{"問題が解決いたしましたので、よろしければ評価を残していただくことも可能です。", RuleReviewMention},
		},
		"zh": {
			{"如果没问题的话，麻烦给个满分。", RuleReviewAsk},
			{"希望您喜欢新的杯子，祝您生活愉快。", ""},
			{"很高兴您满意，麻烦给个评价吧。", RuleReviewAsk},
			{"很高兴您喜欢这款台灯，祝您使用愉快。", ""},
			{"如果您对杯子满意，麻烦在商品页面写几句好话。", RuleReviewAsk},
			{"感谢您的夸奖！能否把这段话也发到卖家反馈里？", RuleReviewAsk},
			{"很高兴您喜欢这款台灯，方便的话请给我们打个分。", RuleReviewAsk},
			{"感谢您给出的五星评价，我们很开心。", RuleReviewMention},
			{"问题已经解决，如果您愿意，可以留下评价。", RuleReviewMention},
		},
	}
	checkReviewCases(t, tests)
}

// TestValueRevisitFamily checks, per language, that something of value
// beside a request to look at, reconsider or let a review reflect the
// solution blocks whatever words join them, and that a gift or voucher
// given as thanks for a review or a shared experience blocks.
func TestValueRevisitFamily(t *testing.T) {
	tests := map[string][]reviewCase{
		"en": {
			{"The new unit has arrived, we hope. Thank you for your review.", ""},
			{"We have refunded you and ask for your understanding about the review.", ""},
			{"Please don't worry about the review; we have already sent a replacement.", ""},
			{"We kindly ask for your patience while we look into your review. A replacement is on its way.", ""},
			{"As a thank-you for sharing the photos, we have included a free spare filter.", ""},
			{"As a small thank-you for your patience, we will refund the shipping costs.", ""},
			{"Should you decide to amend your feedback, we'd be happy to add a voucher.", RuleReviewIncentive},
			{"We'd like to make it right: a full refund, and in return maybe you could revisit your rating.", RuleReviewIncentive},
			{"We have refunded the order in full. We also read your feedback and improved the packaging.", ""},
			{"Your review helped us find a fault in the batch, so we have sent replacements to all buyers.", ""},
			{"We are very sorry. A replacement has been sent, and your review has been shared with our team.", ""},
			{"Thank you for giving us the chance to fix this. The refund has been processed today.", ""},
			{"We will refund you as soon as we see an updated review.", RuleReviewIncentive},
			{"The manager approved your refund. It is paid out when the two-star review is no longer on the product page.", RuleReviewIncentive},
			{"Your refund was issued yesterday; the review you left is no longer on our list of open cases.", ""},
			{"A new case is on the way at no cost. It would be nice to see the review updated afterwards.", RuleReviewIncentive},
			{"We have sent you a new cable. Perhaps you could soften your review a little?", RuleReviewIncentive},
			{"Leave a review with a photo and get a free phone strap!", RuleReviewIncentive},
			{"Thank you for your feedback on the size chart; we have updated the listing.", ""},
			{"Could you send a photo of the label? We will then send a replacement free of charge.", ""},
			{"We are sorry for the poor experience. As a thank-you for your patience, we have added a free cleaning cloth.", ""},
			{"The refund has been issued. Perhaps you could reconsider the two stars now?", RuleReviewIncentive},
			{"We'll reimburse the shipping. We trust your review will show how quickly we solved it.", RuleReviewIncentive},
			{"We'd like to offer you a 20% voucher for your kind feedback.", RuleReviewIncentive},
			{"We will refund you in full. In return we would ask you to reflect this in your review.", RuleReviewIncentive},
			{"Happy customers get 10% off their next order when they leave a review.", RuleReviewIncentive},
			{"We've refunded you in full. We read your review and passed it to our quality team.", ""},
			{"A replacement ships today. Please let us know your feedback once you have tried it.", ""},
			{"Thank you for the honest review. You are right that the lid was too tight, and we have sent a new one at no cost.", ""},
			{"We have refunded you. Could you tell us more about the problem you described in your review, so we can fix the design?", ""},
			{"We cannot offer a gift card for a review, but the replacement is on its way.", ""},
			{"As a thank-you for sharing your experience, we would like to send you a 15 EUR gift card.", RuleReviewIncentive},
			{"We have refunded the full amount. We kindly ask you to take another look at the review.", RuleReviewIncentive},
			{"A replacement is on its way. It would be only fair if your review then reflected the solution.", RuleReviewIncentive},
			{"We will refund you in full, and we hope your rating will reflect how we handled this.", RuleReviewIncentive},
			{"To thank you for your honest opinion, here is a 10% discount on your next order.", RuleReviewIncentive},
			{"We have issued a full refund. We are sorry the lamp arrived broken.", ""},
			{"Thank you for telling us about your experience with the kettle. A replacement ships tomorrow at no cost.", ""},
		},
		"de": {
			{"Wir lassen Ihnen ein neues Gerät zukommen. Bitte überdenken Sie danach Ihre Bewertung.", RuleReviewIncentive},
			{"Den Kaufpreis erstatten wir gern. Entfernen Sie bitte zuerst Ihre 2-Sterne-Bewertung, danach buchen wir die Erstattung.", RuleReviewIncentive},
			{"Vielen Dank für Ihre 5-Sterne-Bewertung. Die Erstattung der Versandkosten ist bereits gebucht.", ""},
			{"Im Gegenzug wäre es schön, wenn Sie Ihre Bewertung überdenken. Den Betrag erstatten wir heute.", RuleReviewIncentive},
			{"Wenn Sie mit dem Ersatz zufrieden sind, können Sie Ihre Bewertung gern aktualisieren.", RuleFeedbackRequest},
			{"Vielen Dank für Ihre ehrliche Bewertung. Wir haben Ihnen einen neuen Deckel geschickt.", ""},
			{"Vielen Dank für Ihr Feedback. Der Ersatz ist bereits unterwegs.", ""},
			{"Wir erstatten Ihnen 10 Euro. Vielleicht mögen Sie Ihre Bewertung danach noch einmal überdenken.", RuleReviewIncentive},
			{"Wir schicken Ihnen gratis einen neuen Akku. Eine angepasste Bewertung wäre sehr nett.", RuleReviewIncentive},
			{"Ihre Erstattung ist veranlasst. Ihr Feedback haben wir an die Produktion weitergegeben.", ""},
			{"Vielen Dank für Ihre Rezension. Wir haben Ihnen den Betrag erstattet.", ""},
			{"Als Dankeschön dafür, dass Sie Ihre Erfahrung geteilt haben, senden wir Ihnen einen Gutschein über 10 Euro.", RuleReviewIncentive},
			{"Die Erstattung ist veranlasst. Wir bitten Sie freundlich, sich Ihre Bewertung noch einmal anzusehen.", RuleReviewIncentive},
			{"Ein Ersatzgerät ist unterwegs. Es wäre nur fair, wenn Ihre Rezension dann auch die Lösung widerspiegelt.", RuleReviewIncentive},
			{"Die Erstattung ist veranlasst. Es tut uns leid, dass der Deckel gebrochen war.", ""},
		},
		"fr": {
			{"Nous vous rembourserons dès que votre avis n'est plus visible sur la fiche du produit.", RuleReviewIncentive},
			{"Nous vous faisons parvenir un nouvel article. Pourriez-vous ensuite revoir votre avis ?", RuleReviewIncentive},
			{"Nous vous renvoyons un article neuf. Ce serait gentil de revoir votre note ensuite.", RuleReviewIncentive},
			{"Si le remplacement vous convient, vous pouvez mettre à jour votre avis si vous le souhaitez.", RuleFeedbackRequest},
			{"Nous vous remboursons 10 €. Peut-être pourriez-vous jeter un œil à votre avis ensuite ?", RuleReviewIncentive},
			{"Nous vous offrons un bon d'achat de 15 € en remerciement de votre avis.", RuleReviewIncentive},
			{"Le remboursement est fait. Nous avons transmis votre avis à notre atelier.", ""},
			{"Merci pour votre avis honnête ; nous vous avons remboursé les frais de port.", ""},
			{"Pour vous remercier d'avoir partagé votre expérience, nous vous offrons un bon d'achat de 10 €.", RuleReviewIncentive},
			{"Le remboursement a été effectué. Nous vous prions de bien vouloir jeter un nouveau coup d'œil à votre avis.", RuleReviewIncentive},
			{"Un moulin de remplacement part demain ; il serait juste que votre évaluation reflète ensuite la solution.", RuleReviewIncentive},
			{"Le remboursement a été effectué. Nous sommes désolés pour ce désagrément.", ""},
		},
		"es": {
			{"Le devolvemos el dinero hoy mismo. ¿Sería posible que echara un nuevo vistazo a su opinión?", RuleReviewIncentive},
			{"Gracias por avisarnos. Le enviamos un reemplazo sin coste; no es necesario devolver el artículo.", ""},
			{"Gracias por su comentario. Le hemos enviado un reemplazo y esperamos que esta vez todo esté bien.", ""},
			{"Le reembolsamos 10 €. Quizás podría echar otro vistazo a su reseña.", RuleReviewIncentive},
			{"Le enviaremos un cargador nuevo sin coste; le agradeceríamos que su reseña lo reflejara.", RuleReviewIncentive},
			{"Hemos emitido el reembolso. Gracias por su opinión, nos ayuda a mejorar.", ""},
			{"Gracias por su reseña; le hemos enviado un repuesto sin coste.", ""},
			{"Como agradecimiento por compartir su experiencia, le enviamos un cupón de 10 €.", RuleReviewIncentive},
			{"Ya le hemos reembolsado el importe. Le pedimos amablemente que vuelva a mirar su reseña.", RuleReviewIncentive},
			{"Le enviaremos una funda nueva; sería justo que su valoración reflejara después la solución.", RuleReviewIncentive},
			{"Ya le hemos reembolsado el importe. Sentimos mucho las molestias.", ""},
		},
		"it": {
			{"Le rimborsiamo l'intero importo. Sarebbe possibile rivedere la sua valutazione?", RuleReviewIncentive},
			{"La ringraziamo per la segnalazione; le abbiamo già inviato un prodotto sostitutivo gratuito.", ""},
			{"Grazie per il suo feedback: abbiamo già spedito un prodotto sostitutivo.", ""},
			{"Le rimborsiamo 10 €. Magari potrebbe riguardare la sua recensione.", RuleReviewIncentive},
			{"Le rimborsiamo subito; ci farebbe piacere se la sua recensione tenesse conto della soluzione.", RuleReviewIncentive},
			{"Grazie per la sua recensione; le abbiamo rimborsato la spedizione.", ""},
			{"Per ringraziarla di aver condiviso la sua esperienza, le regaliamo un buono da 10 €.", RuleReviewIncentive},
			{"Il rimborso è stato emesso. Le chiediamo gentilmente di dare un'altra occhiata alla sua recensione.", RuleReviewIncentive},
			{"Le spediremo un cuscino sostitutivo; sarebbe giusto che la sua recensione poi rispecchiasse la soluzione.", RuleReviewIncentive},
			{"Il rimborso è stato emesso. Ci scusiamo per il disagio.", ""},
		},
		"ja": {
			{"返金いたしました。レビューの件、ご理解いただけますと幸いです。", ""},
			{"全額返金させていただきます。その上で、評価についてご一考いただけますと幸いです。", RuleReviewIncentive},
			{"お客様のレビューを拝見し、新しい商品をお送りしました。", ""},
			{"ご意見ありがとうございます。代替品を無料で発送いたしました。", ""},
			{"返金いたしました。お手数ですが、評価を見直していただけないでしょうか。", RuleReviewIncentive},
			{"新しい商品を無料でお送りします。その際、レビューの内容を更新していただけると助かります。", RuleReviewIncentive},
			{"返金手続きが完了しました。レビューでご指摘いただいた点は改善いたします。", ""},
			{"レビューを拝見しました。代わりの商品を無料でお送りいたします。", ""},
			{"ご感想をお寄せいただいたお礼に、500円分のギフト券をお送りします。", RuleReviewIncentive},
			{"全額返金いたしました。つきましては、レビューをもう一度ご覧いただけますと幸いです。", RuleReviewIncentive},
			{"交換品をお送りします。解決後の状況をレビューに反映していただければ幸いです。", RuleReviewIncentive},
			{"全額返金いたしました。ご迷惑をおかけし申し訳ございません。", ""},
		},
		"zh": {
			{"我们给您寄一个新的，麻烦您把差评改一下。", RuleReviewIncentive},
			{"已为您退款。关于您的评价，希望您能理解我们的处境。", ""},
			{"我们给您全额退款，您看评价这边能不能帮忙处理一下？", RuleReviewIncentive},
			{"我们看到了您的评价，已经为您安排了退款。", ""},
			{"晒图好评后联系客服领取小礼品。", RuleReviewIncentive},
			{"感谢您的反馈，我们已经为您补发了新的配件。", ""},
			{"已为您退款。能不能请您重新考虑一下您的评价？", RuleReviewIncentive},
			{"我们会免费给您补发，也希望您能更新一下评价。", RuleReviewIncentive},
			{"退款已完成。您在评价中提到的问题我们会改进。", ""},
			{"看到您的评价后，我们已为您免费补发一个新杯子。", ""},
			{"为感谢您分享使用体验，我们送您一张50元的礼品卡。", RuleReviewIncentive},
			{"退款已经完成。麻烦您再看一下您的评价。", RuleReviewIncentive},
			{"我们会给您补发新品，希望您的评价能体现我们的解决方案。", RuleReviewIncentive},
			{"退款已经完成，给您带来不便，非常抱歉。", ""},
		},
	}
	checkReviewCases(t, tests)
}

// checkReviewCases runs reviewCase tables: rule "" wants no block, a
// warning rule wants that warning and no block.
func checkReviewCases(t *testing.T, tests map[string][]reviewCase) {
	t.Helper()
	for lang, cases := range tests {
		for _, tt := range cases {
			fs := Check(wrap(tt.text), Settings{})
			got := rules(fs)
			if tt.rule != "" {
				if _, ok := got[tt.rule]; !ok {
					t.Errorf("%s: Check(%q) = %+v, want %s", lang, tt.text, fs, tt.rule)
				}
			}
			if sev := got[tt.rule]; (tt.rule == "" || sev == warn) && aftersale.Blocking(fs) {
				t.Errorf("%s: Check(%q) = %+v, want no block", lang, tt.text, fs)
			}
		}
	}
}

// TestWholeReplies checks whole letters in several languages: honest
// replies that mention a review, a refund and a declined channel do not
// block; a replacement beside a wish about the review does.
func TestWholeReplies(t *testing.T) {
	cases := []struct {
		text  string
		block bool
	}{
		{"Hello Tom,\n\nthank you for your honest 2-star review of the desk lamp (order 114-2233445-5566778). We are sorry the switch failed after a week. We have sent a replacement today free of charge, and you don't need to return the faulty one.\n\nIf the new lamp works well, we'd be glad to hear from you here. If not, just reply and we will refund you in full.\n\nBest wishes,\nLumen Home", false},
		{"Hi Sara,\n\nwe saw your feedback about the late delivery. The parcel was delayed at the carrier's hub; we are sorry for the wait. As it has now arrived, there is nothing else you need to do. If you feel we have handled this well, you may update your feedback, but that is completely up to you.\n\nRegards,\nNordic Socks", false},
		{"Sehr geehrter Herr Braun,\n\nvielen Dank für Ihre Nachricht und Ihre Bewertung. Es tut uns leid, dass die Tasse beschädigt ankam. Wir haben Ihnen bereits eine neue Tasse geschickt; die beschädigte müssen Sie nicht zurücksenden.\n\nMit freundlichen Grüßen\nKeramik Nord", false},
		{"Bonjour Madame Leroy,\n\nnous avons bien lu votre avis et nous sommes désolés pour ce désagrément. Le remboursement intégral a été effectué aujourd'hui. Nous ne pouvons malheureusement pas échanger par WhatsApp, mais nous restons à votre disposition ici.\n\nCordialement,\nMaison Lumière", false},
		{"Estimada Sra. Ruiz:\n\nGracias por su mensaje. Lamentamos que la funda no encaje. Le hemos enviado otra talla sin coste. Si la nueva le queda bien, no necesita hacer nada más.\n\nUn saludo,\nFundas Sol", false},
		{"Gentile Sig. Rossi,\n\nci scusiamo per il ritardo. Il rimborso è già stato emesso e dovrebbe comparire sul suo conto entro pochi giorni. Se ha altre domande, ci scriva pure qui.\n\nCordiali saluti,\nCasa Verde", false},
		{"山田様\n\nこの度はご迷惑をおかけし、誠に申し訳ございません。レビューを拝見し、すぐに代替品を手配いたしました。明日発送予定です。ご不明な点がございましたら、こちらのメッセージにご返信ください。\n\nよろしくお願いいたします。", false},
		{"王先生您好，\n\n非常抱歉给您带来不便。我们已经看到您的评价，并已为您办理全额退款，商品无需退回。如有其他问题，请直接在这里回复我们。\n\n祝好", false},
		{"Hello Tom,\n\nwe are sorry about the lamp. We will send a replacement today. Once it has arrived and you are happy, we'd really appreciate it if your review could show the whole story.\n\nBest wishes,\nLumen Home", true},
		{"Sehr geehrter Herr Braun,\n\nwir senden Ihnen kostenlos eine neue Tasse. Wir würden uns freuen, wenn Sie danach Ihre Sternebewertung noch einmal überprüfen.\n\nMit freundlichen Grüßen\nKeramik Nord", true},
		{"王先生您好，\n\n我们马上为您补发。收到以后如果满意的话，麻烦您把评价改一下，谢谢！\n\n祝好", true},
	}
	for _, c := range cases {
		fs := Check(c.text, Settings{})
		if got := aftersale.Blocking(fs); got != c.block {
			var rs []string
			for _, f := range fs {
				if f.Severity == aftersale.SeverityBlock {
					rs = append(rs, f.Rule+": "+f.Detail)
				}
			}
			t.Errorf("Check(%.60q…) blocked %v %v, want %v", c.text, got, rs, c.block)
		}
	}
}
