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
