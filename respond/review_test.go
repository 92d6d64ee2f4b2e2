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
