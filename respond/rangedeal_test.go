package respond

import "testing"

// TestRangeDealFamily: a deal on the seller's range, the same item as a
// cheaper pair or set, and matching goods back in stock are marketing;
// a replacement back in stock for the buyer's own order is not.
func TestRangeDealFamily(t *testing.T) {
	runFamily(t, []familyCase{
		{"en", "This week there is 20% off all our candles, by the way.", RuleMarketing},
		{"en", "Buy 3, get 4 on every tea tin in the shop until Sunday.", RuleMarketing},
		{"en", "We also make this mug as a set of four, which works out much cheaper.", RuleMarketing},
		{"en", "Good news too: the matching cushion covers are back in stock.", RuleMarketing},
		{"de", "Diesen Monat gibt es Rabatt auf alle unsere Seifen.", RuleMarketing},
		{"de", "Kaufen Sie 2, bekommen Sie 3 bei allen Kerzen.", RuleMarketing},
		{"fr", "Ce mois-ci, une offre sur tous nos savons : achetez 2, recevez 3.", RuleMarketing},
		{"es", "Ahora hay descuento en todas nuestras velas aromáticas.", RuleMarketing},
		{"es", "Compra 3 y llévate 4 en cualquier taza de la tienda.", RuleMarketing},
		{"it", "Questo mese c'è uno sconto su tutti i nostri saponi.", RuleMarketing},
		{"it", "Compri 2 e prendi 3 su tutte le candele.", RuleMarketing},
		{"ja", "今月は全商品セール中です。", RuleMarketing},
		{"ja", "このマグはペアでお得にお求めいただけます。", RuleMarketing},
		{"zh", "这款杯子成对购买更划算。", RuleMarketing},
		// Near-misses.
		{"en", "The replacement kettle is back in stock, so it ships today free of charge.", ""},
		{"en", "All our parcels are sent tracked, so you can follow yours in Your Orders.", ""},
		{"de", "Alle unsere Pakete werden versichert verschickt.", ""},
		{"fr", "Tous nos colis sont suivis.", ""},
		{"es", "Todos nuestros envíos van con seguimiento.", ""},
		{"it", "Tutti i nostri pacchi sono tracciati.", ""},
		{"ja", "全商品、追跡番号付きで発送しております。", ""},
		{"zh", "所有商品均提供物流跟踪。", ""},
	})
}
