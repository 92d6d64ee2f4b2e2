package respond

import (
	"testing"
)

// TestMarketingCategory checks promotion by its shape in every language,
// and that Amazon's own coupons stated as facts of the order, the word
// "new" in a replacement and everyday uses of "follow" or "search" are not
// marketing.
func TestMarketingCategory(t *testing.T) {
	tests := map[string][]struct {
		text string
		want bool
	}{
		"en": {
			{"We also sell matching pillowcases in the same linen.", true},
			{"You might also like the travel version of this kettle.", true},
			{"Type \"Lindenhof Living\" into the Amazon search bar to see every colour.", true},
			{"Order three candles and get the fourth one free this week.", true},
			{"Spend over $60 in our shop and save $10.", true},
			{"Follow us on TikTok for styling ideas.", true},
			{"Search for our brand on Google to find the manual.", true},
			{"If the page does not load, search Google for the carrier's name and your tracking number.", false},
			{"Join our mailing list for early access to the spring range.", true},
			{"Your refund is $18.20 because a $3.79 Amazon coupon was applied when you ordered.", false},
			{"We will send you our new model of the lid, which fixes the hinge.", false},
			{"To reorder in the right size, search for the item on Amazon and choose size L.", false},
			{"Please follow the steps in the manual such as resetting the timer.", false},
			{"As a thank-you, code LOYAL gives you fifteen percent off your next purchase.", true},
			{"The same lamp shade also comes in grey, available from us as well.", true},
			{"The replacement will arrive before your next order ships.", false},
			{"Sorry, we cannot send a discount for your next order through Amazon messages.", false},
			{"We can't refund the shipping, but here is a code for your next order.", true},
		},
		"de": {
			{"Wir führen auch passende Kissenbezüge in allen Farben.", true},
			{"Suchen Sie bei Amazon einfach nach „Lindenhof“, dort finden Sie alles.", true},
			{"Der Betrag ist geringer, weil ein Amazon-Gutschein über 5 € abgezogen wurde.", false},
			{"Mit dem Code TREUE erhalten Sie fünfzehn Prozent Rabatt auf Ihren nächsten Einkauf.", true},
		},
		"fr": {
			{"Découvrez notre nouvelle collection de plaids sur notre boutique Amazon.", true},
			{"Achetez deux coussins, le troisième est offert.", true},
			{"Le remboursement tient compte du coupon Amazon appliqué à votre commande.", false},
			{"Pour vous remercier, une remise de quinze pour cent sur votre prochaine commande.", true},
		},
		"es": {
			{"También vendemos fundas a juego en otros colores.", true},
			{"Busque «Lindenhof» en Amazon y verá toda la gama.", true},
			{"El importe es menor porque se aplicó un cupón de Amazon en su compra.", false},
		},
		"it": {
			{"Vendiamo anche le federe coordinate nello stesso tessuto.", true},
			{"Cerchi «Lindenhof» su Amazon per vedere tutti i colori.", true},
			{"L'importo è inferiore perché è stato applicato un coupon Amazon di 3 €.", false},
		},
		"ja": {
			{"次回のご注文で使える割引コードをお送りします。", true},
			{"3点以上のご購入で送料が無料になります。", true},
			{"当店の他の商品もぜひご覧ください。", true},
			{"ご注文時にAmazonクーポン（300円）が適用されたため、返金額は2,700円です。", false},
			{"引き続きフォローさせていただきます。", false},
		},
		"zh": {
			{"下次购物时可以使用这个优惠码。", true},
			{"本店现在买二送一，欢迎选购。", true},
			{"您可以在亚马逊搜索“林登家居”查看所有新品。", true},
			{"因为下单时使用了亚马逊优惠券，所以退款金额是实际支付的金额。", false},
			{"我们会尽快为您补发新品。", false},
		},
	}
	for lang, cases := range tests {
		for _, tt := range cases {
			fs := Check(wrap(tt.text), Settings{})
			got := rules(fs)[RuleMarketing] == block
			if got != tt.want {
				t.Errorf("%s: Check(%q) marketing = %v, want %v (%+v)", lang, tt.text, got, tt.want, fs)
			}
		}
	}
}
