package respond

import (
	"testing"

	"github.com/aftersale/aftersale"
)

// TestThanksForReviewNoAsk checks, per language, thanks for a review
// already left that praises what it says ("your tip will help other
// buyers") and a review left entirely to the buyer: neither asks, so
// neither is a review_ask. A request to tell other buyers, or to post
// praise as a review, still blocks.
func TestThanksForReviewNoAsk(t *testing.T) {
	tests := map[string][]struct {
		text  string
		block bool
	}{
		"en": {
			{"We just read your review of the kettle. Your tip about descaling it monthly will surely help other buyers.", false},
			{"Feel free to leave a review if you like.", false},
			{"So glad you love the kettle! Please tell other buyers how much you like it.", true},
		},
		"de": {
			{"Wir haben gerade Ihre Bewertung der Laterne gelesen. Ihr Tipp mit den Akkus hilft anderen Käufern sicher weiter.", false},
			{"Schön, dass Ihnen die Laterne gefällt! Bitte erzählen Sie es anderen Käufern in einer Bewertung.", true},
		},
		"fr": {
			{"Nous venons de lire votre avis sur la lampe. Votre remarque sur l'autonomie aidera sûrement d'autres clients.", false},
			{"Ravis que la lampe vous plaise ! Faites-le savoir aux autres clients avec un avis.", true},
		},
		"es": {
			{"Acabamos de leer su reseña de la lámpara. Su comentario sobre la batería ayudará seguro a otros compradores.", false},
			{"¡Nos alegra que le guste la lámpara! Por favor, cuénteselo a otros compradores en una reseña.", true},
		},
		"it": {
			{"Abbiamo appena letto la sua recensione della lampada. Il suo consiglio sulla batteria aiuterà di sicuro altri acquirenti.", false},
			{"Siamo felici che la lampada le piaccia! Per favore lo racconti agli altri acquirenti con una recensione.", true},
		},
		"ja": {
			{"レビューを拝見しました。電池についてのご指摘は、他のお客様の参考になると思います。", false},
			{"気に入っていただけて嬉しいです！ぜひ他のお客様のためにレビューをお願いします。", true},
		},
		"zh": {
			{"我们刚看到您的评价。您提到的充电方法，对其他买家也很有帮助。", false},
			{"很高兴您喜欢这款灯！请给其他买家写个好评吧。", true},
		},
	}
	for lang, cases := range tests {
		for _, tt := range cases {
			fs := Check(wrap(tt.text), Settings{})
			got := rules(fs)
			if tt.block && got[RuleReviewAsk] != block {
				t.Errorf("%s: Check(%q) = %+v, want a review_ask block", lang, tt.text, fs)
			}
			if !tt.block && aftersale.Blocking(fs) {
				t.Errorf("%s: Check(%q) = %+v, want no block", lang, tt.text, fs)
			}
		}
	}
}
