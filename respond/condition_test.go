package respond

import "testing"

// TestConditionedReviewFamily checks, per language, that a review action
// made the condition of anything the seller then does blocks as
// review_incentive even when what is given is no known value word, and
// that a permission left to the buyer after a finished fix does not.
func TestConditionedReviewFamily(t *testing.T) {
	checkReviewCases(t, map[string][]reviewCase{
		"en": {
			{"A new lamp is waiting here for you. Once you have taken down the two-star review, it will go out the same day.", RuleReviewIncentive},
			{"Could you revise your review? As soon as you confirm you have done so, we will ship the spare part.", RuleReviewIncentive},
			{"After you update your feedback, we'll send the new cover.", RuleReviewIncentive},
			{"The new cover arrived yesterday. If you feel the matter is settled, you may update your feedback; that is entirely up to you.", ""},
		},
		"de": {
			{"Sobald Sie die Bewertung gelöscht haben, senden wir Ihnen das Ersatzteil.", RuleReviewIncentive},
			{"Der Ersatz ist angekommen. Wenn Sie möchten, können Sie Ihre Bewertung anpassen; das liegt ganz bei Ihnen.", ""},
		},
		"fr": {
			{"Dès que vous aurez supprimé votre avis, nous vous enverrons la pièce.", RuleReviewIncentive},
		},
		"es": {
			{"En cuanto elimine su reseña, le enviaremos la pieza nueva.", RuleReviewIncentive},
		},
		"it": {
			{"Non appena avrà rimosso la recensione, le invieremo il pezzo nuovo.", RuleReviewIncentive},
		},
		"ja": {
			{"レビューを削除していただいたら、すぐに新しい部品を発送いたします。", RuleReviewIncentive},
		},
		"zh": {
			{"您删除评价后，我们就马上给您寄新的配件。", RuleReviewIncentive},
		},
	})
}

// TestTakenUpWishFamily checks that a channel or payment the buyer wished
// for, taken up with "I understand / I know / thank you for sending" and
// refused or kept on Amazon, only warns, while an invitation still blocks.
func TestTakenUpWishFamily(t *testing.T) {
	checkScopeCases(t, map[string][]scopeCase{
		"en": {
			{"I understand you'd prefer the refund by bank transfer, but we aren't permitted to pay outside Amazon.", false},
			{"I know WhatsApp would be quicker for you, but we can only help through Amazon's messages, so we'll handle it here.", false},
			{"We also spotted your message on Facebook. To keep everything in one place, we'll deal with it here.", false},
			{"I understand you'd prefer WhatsApp, so message us there on +44 7700 900123.", true},
		},
	})
}
