package respond

// Cross-selling is found by its shape: another product presented for a
// later purchase, whatever the product is called. The shapes are a
// recommendation to the buyer ("you might like the …", "customers who own
// this also love …"), a product the seller has launched or also carries
// ("we've just brought out", "führen wir auch", "abbiamo appena
// lanciato la nuova linea"), something to add to a later order or the
// basket, goods from the same range, the seller's shop on Amazon, and
// multi-buy offers ("order any two, the third is on us"). A reply about
// the buyer's own item, a replacement or a spare part for the order names
// none of these shapes.
var crossSellRe = guardAlt(`(?i)\byou (?:might|may|could) (?:also |really )?(?:like|love|enjoy|fancy|be interested in) (?:the|our|a|an|these|this|some|one of)\b|\bcustomers who (?:own|bought|buy|have|purchased|ordered|love|like)\b[^.!?\n]{0,60}\b(?:also|too)\b[^.!?\n]{0,20}?\b(?:love|like|buy|bought|order|get|add|pick up|choose|grab|enjoy|use)\b|\b(?:many|most|other|lots of) (?:of our )?(?:customers|buyers|shoppers)\b[^.!?\n]{0,40}\b(?:also|too)\b[^.!?\n]{0,20}\b(?:love|like|buy|order|get|add|pick up|choose|grab)\b|\bwe(?:'ve|’ve| have)? (?:just |recently |now )?(?:brought out|launched|introduced)\b[^.!?\n]{0,40}\b(?:new|range|line|collection|series|model)\b|\b(?:just|newly|recently) (?:launched|brought out)\b|\bnew (?:line|range|collection)\b|\bworth (?:adding|ordering|buying|picking up)\b|\b(?:add|adding|include|including|pop|popping)\b[^.!?\n]{0,40}\b(?:to|in|into) your next (?:order|purchase)\b|\bfrom the same (?:range|collection|line|series|family)\b|\byou(?:'ll|’ll| will) (?:also )?(?:love|like|enjoy) our\b|\bwhy not (?:try|add|pick up|grab|order) (?:our|the matching|a matching|one of our)\b|\bpairs? (?:\p{L}+ )?with (?:our|the matching)\b|\bgoes (?:really |so )?(?:well|perfectly|nicely|beautifully) with (?:our|the matching)\b|\blimited[- ]time (?:offer|deal|discount|price)\b|\b(?:currently|now|is|are) on (?:offer|sale)\b|\bjoin our (?:community|club|vip|loyalty|facebook|group|fan)\p{L}*|\brefer a friend\b|\bour (?:amazon|brand) (?:store|shop|page|storefront)\b|\bany (?:two|three|four|\d+)\b[^.!?\n]{0,60}\b(?:on us|free|half[- ]price|on the house)\b|\b(?:the )?(?:second|third|fourth|2nd|3rd|4th) (?:one |pack |item |unit |pair |set |bottle |box )?(?:is |comes |will be )?(?:on us|on the house)\b` +
	`|\b(?:führen|verkaufen|haben|bieten|produzieren|fertigen) wir (?:\p{L}+ )?(?:auch|ebenfalls)\b|\bwir (?:haben|bieten|führen) (?:\p{L}+ )?(?:neu|jetzt auch)\b|\b(?:haben|hat) (?:gerade|soeben|kürzlich|neu) (?:\p{L}+ )*?(?:eingeführt|herausgebracht|lanciert|auf den markt gebracht)\b|\bneue[nrs]? (?:produktlinie|kollektion)\b|\bneu im sortiment\b|\b(?:ist|sind|gerade|derzeit|aktuell) im angebot\b|\bteil unserer (?:community|gemeinschaft)\b|\bfreunde werben\b|\bvielleicht (?:gefällt|interessiert) (?:ihnen|dich) (?:auch|ebenfalls)\b|\b(?:könnte|dürfte|könnten|dürften) ihnen (?:auch |ebenfalls )?gefallen\b|\bdas könnte sie (?:auch )?interessieren\b|\bkaufen\b[^.!?\n]{0,30}\b(?:direkt |gleich )?dazu\b|\baus (?:derselben|der gleichen) (?:serie|kollektion|reihe|linie)\b|\bin unserem amazon-?(?:shop|store)\b|\bunseren? amazon-?(?:shop|store)\b|\b(?:beim kauf von|ab) (?:zwei|drei|vier|\d+)\b[^.!?\n]{0,50}(?:gratis|geschenkt|kostenlos|umsonst|rabatt)|\b(?:das|der|die) (?:zweite|dritte|vierte) (?:\p{L}+ )?(?:ist |gibt es )?(?:gratis|geschenkt|umsonst|kostenlos)\b|\b(?:ihrer|ihre|die) nächsten? bestellung (?:\p{L}+ )?(?:hinzu|dazu)` +
	`|\bnous (?:venons de|avons) (?:\p{L}+ )?(?:lancer|lancé|sortir|sorti|présenter|présenté)\b|\bnouvel(?:le)? (?:gamme|collection|ligne)\b|\bvous (?:pourriez|pouvez|allez) (?:aussi |également )?(?:aimer|adorer|apprécier)\b|\bde la même (?:gamme|collection|série|ligne)\b|\b(?:pourrai(?:t|ent)|devrai(?:t|ent)) (?:aussi |également )?vous (?:plaire|intéresser)\b|\bvous aimerez (?:aussi|également)\b|\brejoignez notre (?:communauté|club|groupe)\b|\bparrainez\b|\bnos clients\b[^.!?\n]{0,60}\b(?:aussi|également)\b[^.!?\n]{0,20}?\b(?:achètent|choisissent|ajoutent|adorent|aiment|prennent)\b|\bajout\p{L}* (?:\p{L}+ )?(?:à|a) votre prochaine commande\b|\bnotre (?:boutique|magasin) (?:sur )?amazon\b|\ble (?:deuxième|troisième|quatrième) (?:\p{L}+ )?(?:est )?(?:offert|gratuit)\b|\bpour (?:deux|trois|\d+) (?:\p{L}+ )?achetés\b` +
	`|\b(?:acabamos de|hemos) (?:\p{L}+ )?(?:lanzar|lanzado|sacar|sacado|presentado)\b|\bnueva (?:línea|gama|colección)\b|\b(?:le|te) (?:podría|puede|va a) (?:gustar|encantar|interesar)\b|\bde la misma (?:línea|gama|colección|serie)\b|\b(?:está|están|ahora) en oferta\b|\bún(?:ase|ete) a nuestr[oa] (?:comunidad|club|grupo)\b|\btambién (?:le|te) (?:puede|podría|va a) (?:gustar|encantar|interesar)\b|\b(?:le|te) (?:encantará|gustará)n? (?:también|nuestr\p{L}*)|\bmuchos clientes\b[^.!?\n]{0,60}\btambién\b[^.!?\n]{0,20}?\b(?:compran|eligen|añaden|adoran|prefieren|piden)\b|\bañadir(?:lo|la|los|las)? (?:\p{L}+ )?a su (?:próximo pedido|próxima compra)\b|\bnuestra tienda (?:de |en )?amazon\b|\bel (?:segundo|tercero|tercer|cuarto) (?:\p{L}+ )?(?:es |sale |va )?(?:gratis|de regalo|por nuestra cuenta)\b|\bal comprar (?:dos|tres|cuatro|\d+)\b[^.!?\n]{0,50}(?:gratis|regalo|descuento|mitad)` +
	`|\babbiamo (?:appena |da poco |ora )?(?:lanciato|presentato|introdotto|aggiunto)\b|\b(?:la )?nuov[ae] (?:linea|linee|gamma|collezione)\b|\bpotrebbe(?:ro)? (?:anche )?(?:piacerle|piacerti|interessarle|interessarti)\b|\bdella stessa (?:linea|collezione|serie|gamma)\b|\b(?:è|sono|ora|adesso) in offerta\b|\bunisciti alla nostra (?:community|comunità)\b|\binvita un amico\b|\b(?:le|ti) piacer(?:à|anno) (?:anche|il nostro|la nostra|i nostri|le nostre)\b|\bmolti clienti\b[^.!?\n]{0,60}\banche\b[^.!?\n]{0,20}?\b(?:acquistano|comprano|scelgono|aggiungono|adorano|ordinano)\b|\baggiunger\p{L}* (?:\p{L}+ )?al prossimo ordine\b|\bil nostro negozio (?:su )?amazon\b|\bil (?:secondo|terzo|quarto) (?:\p{L}+ )?(?:è |lo )?(?:gratis|in omaggio|in regalo|offerto)\b` +
	`|新(?:シリーズ|商品|ライン|ラインナップ|コレクション)(?:を|が)?(?:発売|リリース|販売開始|登場)|新発売|発売しました|こちらもおすすめ|おすすめの(?:商品|アイテム)|あわせて(?:ご購入|お求め)|(?:一緒に|ご一緒に)いかが|も取り扱って(?:おります|います)|期間限定|セール中|同じシリーズの|(?:当店|弊社)の(?:Amazon|アマゾン)(?:ストア|ショップ)|次回のご注文(?:に|で|の際に)?(?:は)?(?:ぜひ|ご一緒に)|(?:2|3|２|３|二|三)(?:つ|個|点)目(?:が|は)?(?:無料|半額|プレゼント)|(?:多くの|他の)お客様(?:が|も)[^。！？\n]{0,30}(?:一緒に|あわせて|セットで)(?:ご購入|お買い求め|お使い)` +
	`|新品上市|推荐您?(?:购买|入手|试试|选购)|您(?:可能|也许)(?:也|还)?会喜欢|我们(?:还|也)(?:有卖|出售|销售|推出)|搭配我们的|限时(?:优惠|特价|折扣)|正在促销|加入我们的(?:会员|社群|粉丝群)|推出了?(?:全)?新(?:品|款|系列|产品)|刚(?:刚)?推出|我们(?:的)?亚马逊店铺|下次(?:购买|下单|订购)(?:时)?(?:可以)?(?:一起|顺便)|很多(?:顾客|客户|买家)[^。！？\n]{0,30}(?:也|一起)(?:买|购买|选)`)

// searchNameRe: a name to search for, written without quotes after
// "for", "nach", "pour", "por", "per" ("search for GreenGrain on Amazon").
var searchNameRe = guard(`(?:\b(?:for|nach|pour|por|per|up)|\b(?:type|enter|put|pop|tippen|geben|tapez|entrez|escriba|introduzca|digiti|inserisca)(?:\s+in)?)\s+\p{Lu}\p{Ll}[\p{L}\d]*`)

// ownOrderRe: the buyer's own order named in a search ("type your order
// number into the search bar").
var ownOrderRe = guardAlt(`(?i)\b(?:your|the) order(?:s| number| id)?\b|\byour orders\b|\bbestell(?:nummer|ungen|ung)\b|\bcommande\b|\bpedido\b|\bordine\b|注文|订单|` + `\d{3}-\d{7}-\d{7}`)

// searchTargetNamed reports whether the sentence sent tells the buyer to
// search Amazon for a name written without quotes (a capitalised word,
// not a code such as an EAN), other than their order.
func searchTargetNamed(sent string) bool {
	if ownOrderRe.MatchString(sent) {
		return false
	}
	for _, m := range searchNameRe.FindAllStringIndex(sent, -1) {
		w := sent[m[0]:m[1]]
		if !amazonNameRe.MatchString(w) {
			return true
		}
	}
	return false
}
