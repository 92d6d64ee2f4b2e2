package respond

import (
	"strings"
)

// Marketing is found as a category, not a list of slogans: cross-selling
// ("we also sell", "our other …", "you might also like"), a brand or
// shop to search for on Amazon, multi-buy offers and promotions ("buy 2,
// get the 3rd free", "spend $50, save $10"), follows on social media,
// newsletters, the seller's store; and the coupon words of marketingRe.
// An Amazon coupon or promotion stated as a fact of the order ("a $5
// Amazon coupon was applied, so the refund is …") is not marketing.

// marketingCatRe finds promotion by its shape.
var marketingCatRe = guardAlt(`(?i)\bwe also (?:sell|offer|make|stock|carry|have (?:a|an|the|matching|other))\b|\b(?:pair|match|combine|complete)\p{L}* (?:it|them|this|that|the set|your \p{L}+) with our\b|\bour (?:matching|coordinating)\b|\bsold (?:together )?as a bundle\b|\bbundle (?:deal|offer|price|discount)\b|\bsearch for us\b|\bvisit our (?:amazon |brand )?(?:store|shop|storefront)\b|\b(?:also |too )?available (?:from|with) us\b|\bour (?:other|full|whole|entire|complete) (?:\p{L}+ )?(?:products?|items?|range|collection|line|models?|designs?|colou?rs?|styles?|essentials|accessories|sets?)\b|\bour (?:new|newest|latest|best-?selling) (?:\p{L}+ )?(?:range|collection|line|designs|arrivals|bestsellers?)\b|\b(?:check out|take a look at|have a look at|browse|discover|explore) (?:all )?(?:of )?our\b|\byou (?:might|may|will) also (?:like|love|need|enjoy)\b|\bstorefront\b|\bjust launched\b|\bnew (?:collection|arrivals|season)\b|\bspecial (?:price|deal|offer)\b|\bearly access\b|\bprivate sales?\b|\bthis (?:month|week)(?:'s|’s)? (?:promotion|special|deal|offer)|\bwe(?:'re|’re| are) (?:running|having|offering) (?:a |an )?(?:special|promotion|sale|deal|campaign)|\b(?:buy|order|purchase)\p{L}* (?:any )?(?:\d+|two|three|four)\b[^.!?\n]*?\b(?:get|and|receive)\b[^.!?\n]*?\b(?:free|off|half)\b|\b(?:2nd|second|3rd|third|4th|fourth) (?:one |item |pack |set |unit )?(?:is |comes )?(?:free|half[- ]price)\b|\b(?:\d|two|three) for the price of\b|\b(?:spend|orders? over)\b[^.!?\n]*?\d[^.!?\n]*?\b(?:save|off|free)\b|\bfind us (?:on|at|under)\b|\bmailing list\b|\bsign up for our\b|\bsubscribe to our\b|\bfollow (?:us|our)\b|\blike us on\b` +
	`|\bwir (?:haben|führen|verkaufen|bieten) auch\b|\bunser(?:e|en)? (?:\p{L}+ )?\p{L}+(?:kollektion|sortiment)\b|\bneuen? \p{L}*kollektion\b|\bschauen sie sich (?:gern(?:e)? )?(?:auch )?unsere\b|\bunsere(?:n)? passenden\b|\bim (?:set|bundle|doppelpack) (?:mit|günstiger)\b|\bunser(?:e|en)? (?:\p{L}+ )?(?:sortiment|kollektion|produktpalette)\b|\bunsere(?:n)? (?:anderen|weiteren|neuen) (?:produkte|artikel|modelle)\b|\bkaufen sie (?:\d+|zwei|drei)\b[^.!?\n]*?(?:gratis|kostenlos|geschenkt|umsonst|rabatt)|\bsonderpreis\b|\bnewsletter\b|\bfolgen sie uns\b|\bfinden sie uns (?:auch )?(?:auf|bei|unter)\b` +
	`|\bnous (?:vendons|proposons) (?:aussi|également)\b|\bnotre nouvelle (?:collection|gamme)\b|\btoute notre gamme\b|\bnotre gamme complète\b|\bnos (?:autres|nouveaux|nouvelles) (?:produits|articles|modèles|collections)\b|\bdécouvrez (?:aussi |également )?(?:notre|nos|toute)\b|\bnotre boutique amazon\b|\bjetez un (?:œil|oeil|coup d['’]œil|coup d['’]oeil) (?:à|a|aux) (?:notre|nos)\b|\bnos \p{L}+ assorti\p{L}*|\bventes? privées?\b|\bprix spécial\b|\b(?:achetez|pour l['’]achat de) (?:\d+|deux|trois)\b[^.!?\n]*?(?:offert|gratuit|moitié)|\bsuivez-nous\b|\babonnez-vous\b|\bnous trouver (?:aussi )?sur\b|\bretrouvez-nous\b` +
	`|\btambién (?:vendemos|tenemos|ofrecemos)\b|\bnuestr[oa]s? (?:otr[oa]s|nuev[oa]s) (?:productos|artículos|modelos|colecciones)\b|\bnuestra nueva colección\b|\btoda nuestra (?:gama|colección)\b|\bprecio especial\b|\bcompr(?:e|a|ando) (?:\d+|dos|tres)\b[^.!?\n]*?(?:gratis|regal|tercer|mitad)|\bsíg(?:a|ue)nos\b|\b(?:echa|eche|echen) un vistazo a (?:nuestr\p{L}*|toda)|\bbúsca?nos\b|\bbúsquenos\b|\bdescubr[ae] (?:también )?nuestr\p{L}*|\bnuestr[oa]s? \p{L}+ a juego\b|\bencuéntrenos\b|\bsuscr[ií]b` +
	`|\b(?:vendiamo|abbiamo|offriamo) anche\b|\bi nostri (?:altri|nuovi) (?:prodotti|articoli|modelli)\b|\bla nostra nuova collezione\b|\btutta la nostra (?:gamma|collezione)\b|\bnuove (?:fantasie|collezioni)\b|\bprezzo speciale\b|\b(?:acquisto|acquistando|compra|comprando) (?:di )?(?:\d+|due|tre)\b[^.!?\n]*?(?:omaggio|gratis|regalo|terzo|metà)|\bseguici\b|\b(?:dia|dai|date) un['’]occhiata (?:anche )?(?:a|ai|alle|al|alla|agli) nostr\p{L}*|\bci cerchi\b|\bcercateci\b|\bscopra (?:anche )?(?:i|le|la|il|gli) nostr\p{L}*|\bi nostri \p{L}+ abbinati\b|\bci trova (?:anche )?su\b|\biscriv` +
	`|(?:\d|[２-９]|二|三)(?:点|個|つ)以上(?:の)?(?:ご)?(?:購入|お買い上げ)|まとめ買い|当店の(?:他の)?商品|他の商品も|新作|特別価格|メールマガジン|セット販売|セット割|姉妹品|フォローして|フォローをお願い` +
	`|买[一二两三\d]+(?:件|个|套)?(?:即|就)?送|满\d+(?:美元|元|欧元|日元)?(?:再)?减|第[二三]件(?:半价|免费)|多买多送|全场|特价|订阅|关注我们|新品系列|新款系列|上新了|搭配购买|套装优惠|同系列|看看我们的`)

// rangeDealRe finds a deal by its shape: "buy 2, get 3" in any numbers,
// the same item offered as a pair or set that "works out cheaper", and
// matching goods back in stock.
var rangeDealRe = guardAlt(`(?i)\bbuy (?:\d+|two|three|four),? (?:and )?get (?:\d+|two|three|four|five)\b|\bwe (?:also )?(?:do|make|sell|offer|have) (?:the same|this|that|it|them|a|an) (?:\p{L}+ )?(?:as|in) (?:a )?(?:pair|set|bundle|twin-?pack|multi-?pack|two-?pack|double pack)\b|\b(?:cheaper|better value|less) than buying\b|\bworks? out (?:\p{L}+ ){0,3}?cheaper\b|\bmatching \p{L}+(?: \p{L}+)? (?:is|are) (?:now )?back in stock\b|\bback in stock (?:too|as well)\b` +
	`|\bkauf\p{L}* (?:sie )?(?:\d+|zwei|drei|vier),? (?:bekomm|erhalt|zahl|nimm)\p{L}* (?:sie )?(?:\d+|zwei|drei|vier|fünf)\b|\bim (?:doppelpack|set|paar)\b[^.!?\n]{0,40}\bgünstiger\b|\bgünstiger als (?:zwei|einzeln)|\bpassende\p{L}* [^.!?\n]{0,30}\bwieder (?:auf lager|verfügbar|erhältlich|da)\b` +
	`|\bachet\p{L}* (?:\d+|deux|trois|quatre),? (?:recev|obten|emport|pay|repart)\p{L}* (?:\d+|deux|trois|quatre|cinq)\b|\ben lot de (?:deux|trois|\d+)\b[^.!?\n]{0,40}\b(?:moins cher|économi)|\brevient (?:\p{L}+ )?moins cher\b|\bassorti\p{L}* [^.!?\n]{0,30}(?:de nouveau|à nouveau|de retour) (?:en stock|disponibles?)\b` +
	`|\bcompr\p{L}* (?:\d+|dos|tres|cuatro),? y (?:ll[eé]v|te llev|se llev|recib|pag)\p{L}* (?:\d+|dos|tres|cuatro|cinco)\b|\bsale (?:\p{L}+ )?más (?:barato|económico)\b|\ba juego [^.!?\n]{0,30}(?:de nuevo|otra vez|nuevamente) (?:en stock|disponibles?)\b` +
	`|\bcompr\p{L}* (?:\d+|due|tre|quattro),? (?:e )?(?:prend|paghi|porti|ricev)\p{L}* (?:\d+|due|tre|quattro|cinque)\b|\bcosta (?:\p{L}+ )?meno che comprar\p{L}*|\bin coppia\b[^.!?\n]{0,40}\b(?:conviene|risparmi)\p{L}*|\babbinat\p{L}* [^.!?\n]{0,30}(?:di nuovo|nuovamente) (?:disponibili|in magazzino)\b` +
	`|セットで(?:お得|お買い得|割安)|ペアで(?:お得|お買い得|割安)|お揃いの[^。！？\n]{0,20}再入荷|成对(?:购买)?更(?:划算|便宜|实惠)|(?:两件|套装)(?:购买)?更(?:划算|便宜|实惠)|配套的[^。！？\n]{0,20}(?:补货|到货|有货)了`)

// rangeAllRe names the seller's whole range ("all our soaps", "todos
// nuestros jabones", "全商品"); with a deal word in the same sentence it
// is a promotion.
var (
	rangeAllRe = guardAlt(`(?i)\b(?:all|every one) (?:of )?our \p{L}+|\bour (?:whole|entire) (?:range|shop|store)\b|\balle(?:n)? unsere(?:n|r)? \p{L}+|\bunser(?:em)? (?:ganzen|gesamten) sortiment\b|\b(?:tous|toutes) nos \p{L}+|\btod[oa]s nuestr[oa]s \p{L}+|\btutt[ie] (?:i |le )?nostr[ie] \p{L}+|全商品|全品|店内(?:全|すべて)|全店|本店所有|所有(?:的)?(?:产品|商品)`)
	dealWordRe = guardAlt(`(?i)\b(?:offers?|deals?|sale|discount\p{L}*|promo\p{L}*|\d+\s?% off|angebot\p{L}*|rabatt\p{L}*|aktion\p{L}*|offre\p{L}*|réduction\p{L}*|remise\p{L}*|soldes|ofertas?|descuentos?|promoci[oó]n\p{L}*|rebajas?|llévate|offert[ae]|sconto|sconti|promozion\p{L}*|saldi)\b|セール|割引|キャンペーン|特価|优惠|折扣|促销|特价|活动|[一二三四五六七八九\\d]折`)
)

// searchRe, searchTargetRe: "search «Brand» on Amazon", "Geben Sie bei
// Amazon „Marke“ in die Suche ein", "在亚马逊搜索“店名”".
var (
	searchRe       = guardAlt(`(?i)\bsearch\p{L}*|\bsuche\p{L}*|\bsuchen\b|\brecherch\p{L}*|\bbus[cq]\p{L}*|\bcerc\p{L}*|\blook\p{L}* (?:us )?up\b|\btyp(?:e|ing)\b|\beinge?tipp\p{L}*|\beingeben\b|\btap(?:ez|ant)\b|\bteclee\b|\btecleando\b|\bdigit(?:i|ando)\b|検索|搜索|搜|入力|输入`)
	searchTargetRe = guardAlt(`["“”«»„‚「」『』]|(?:^|[^\p{L}])['‘’]|['‘’](?:[^\p{L}]|$)|(?i)\b(?:our|unser\p{L}*|notre|nos|nuestr\p{L}*|nostr\p{L}*) (?:brand|brand name|shop|store|name|marke|markenname|laden|shop|boutique|marque|tienda|marca|marchio|negozio|nome)\b|当店|店名|我们的店|店铺`)
	// searchWhereRe: where a buyer is sent to search: Amazon or a web
	// search engine.
	searchWhereRe = guardAlt(`(?i)\b(?:amazon|google|bing|yahoo|duckduckgo)\b|アマゾン|亚马逊|グーグル|ヤフー|谷歌|百度`)
	amazonNameRe  = guardAlt(`(?i)\bamazon\b|アマゾン|亚马逊`)
	// couponFactRe: an Amazon coupon or deal stated as a fact of the
	// order ("the Amazon coupon applied at checkout", "亚马逊优惠券").
	couponFactRe = guardAlt(`(?i)\bamazon(?:'s|’s) [^.!?\n]{0,30}?\bpromotion\b|\b(?:recalculat|recalcul|neu berechn|ricalcol)\p{L}*|\bamazon[- ]?(?:coupon|gutschein|promotion|deal|lightning deal|blitzangebot)|\b(?:coupon|cupón|gutschein)\s+(?:de |d['’]|von )?amazon\b|\bcoupon amazon\b|amazonクーポン|amazonの(?:クーポン|セール)|亚马逊(?:的)?优惠券|\b(?:applied|deducted|used|redeemed|abgezogen|eingelöst|angewendet|appliqué|déduit|utilisé|aplic\p{L}*|descontad\p{L}*|applicat\p{L}*|detratt\p{L}*|scontat\p{L}*)\b|適用|差し引|使用了|抵扣|抵用`)
)

func (c *checker) marketing() {
	text := c.text
	var spans [][]int
	for _, sp := range marketingRe.FindAllStringIndex(text, -1) {
		spans = append(spans, sp)
	}
	spans = append(spans, c.hits(marketingCatRe)...)
	spans = append(spans, c.hits(crossSellRe)...)
	spans = append(spans, c.hits(rangeDealRe)...)
	if rangeAllRe.MatchString(text) {
		for _, sp := range c.hits(rangeAllRe) {
			if s := c.sentenceOf(sp); s != nil && within(c.hits(dealWordRe), s[0], s[1]) {
				spans = append(spans, sp)
			}
		}
	}
	if nextPurchaseRe.MatchString(text) {
		// A discount, code or voucher for a later purchase, in any words
		// ("zehn Prozent Rabatt auf Ihre nächste Bestellung"), unless its
		// own clause declines it.
		for _, sp := range c.hits(nextPurchaseRe) {
			s := c.sentenceOf(sp)
			if s != nil && within(c.hits(nextValueRe), s[0], s[1]) &&
				(within(c.hits(notRefusalRe), s[0], s[1]) || !c.clauseDeclines(s, sp)) {
				spans = append(spans, sp)
			}
		}
	}
	if searchRe.MatchString(text) && searchWhereRe.MatchString(text) {
		for _, s := range c.sentences() {
			sent := text[s[0]:s[1]]
			sp := searchRe.FindStringIndex(sent)
			if sp == nil || !searchWhereRe.MatchString(sent) {
				continue
			}
			// The name searched for is quoted or "our brand", close to the verb.
			lo, hi := max(0, sp[0]-60), min(len(sent), sp[1]+60)
			if searchTargetRe.MatchString(sent[lo:hi]) || searchTargetNamed(sent) {
				spans = append(spans, []int{s[0] + sp[0], s[0] + sp[1]})
			}
		}
	}
	if len(spans) == 0 {
		return
	}
	sortSpans(spans)
	last := -1
	for _, sp := range spans {
		if sp[0] < last {
			continue
		}
		last = sp[1]
		if c.orderFact(sp) || c.declinedPromotion(sp) {
			continue
		}
		c.add(RuleMarketing, block, sp, "promotion %q: a reply may only deal with this order; leave out other products, offers, coupons, brand searches and follows", strings.TrimSpace(text[sp[0]:sp[1]]))
	}
}

// orderFact reports whether the coupon or promotion word at sp is part
// of a sentence that states an Amazon coupon or deal as a fact of the
// order, and promotes nothing.
func (c *checker) orderFact(sp []int) bool {
	s := c.sentenceOf(sp)
	if s == nil {
		return false
	}
	lo, hi := s[0], s[1]
	named := within(c.hits(amazonNameRe), lo, hi)
	if !named {
		// "Amazon recalculates the discount. The difference is just the
		// promotion being recalculated."
		for _, p := range c.sentences() {
			if p[1] <= lo && lo-p[1] <= 2 {
				named = within(c.hits(amazonNameRe), p[0], p[1])
			}
		}
	}
	return within(c.hits(couponFactRe), lo, hi) && named && !within(c.hits(marketingCatRe), lo, hi) && !within(c.hits(crossSellRe), lo, hi) && !within(c.hits(nextPurchaseRe), lo, hi)
}

// nextPurchaseRe: a discount for a later purchase is marketing.
var nextPurchaseRe = guardAlt(`(?i)\bnext (?:order|purchase)|\bnächste[nmr]? (?:bestellung|einkauf|kauf)|\bprochaine commande|\bprochain achat|\bpróxima compra|\bprossimo (?:acquisto|ordine)|次回|下次`)

// nextValueRe: something of value a later purchase could get.
var nextValueRe = guardAlt(`(?i)\b(?:discount\p{L}*|percent|per cent|codes?|vouchers?|coupons?|rabatt\p{L}*|prozent|gutschein\p{L}*|réduction|remise|pour ?cent|bon d['’]achat|descuento|por ciento|cupón|código|sconto|per ?cento|buono|codice)\b|\d+\s?[%％]|割引|オフ|クーポン|ポイント|折扣|优惠|代金券|折`)

// notRefusalRe: "can't" or "don't" that refuses nothing ("we can't wait
// to", "don't miss").
var notRefusalRe = guardAlt(`(?i)\bcan(?:'t|’t|not) wait\b|\b(?:don't|don’t|do not|never) miss\b|\bverpassen sie nicht\b|\bne (?:manquez|ratez) pas\b|\bno (?:se )?pierda\b|\bnon perde\p{L}*|お見逃しなく|不要错过|\bkaum erwarten\b|\bne (?:pouvons|peux) (?:pas )?(?:qu['’])?attendre\b|\bno (?:podemos|puedo) esperar\b|\bnon vediamo l['’]ora\b|待ちきれ|迫不及待`)

// declinedPromotion reports whether the marketing word at sp is named in
// a refusal: the seller declines to send codes or offers ("we aren't
// able to send promotional codes through Amazon messages", "クーポンを
// お送りすることはできません", "we don't send coupons"). The refusal or
// negated verb must be in the word's own
// clause, and the sentence offers nothing for a later purchase nor
// promotes by its shape.
func (c *checker) declinedPromotion(sp []int) bool {
	s := c.sentenceOf(sp)
	if s == nil || within(c.hits(nextPurchaseRe), s[0], s[1]) || within(c.hits(marketingCatRe), s[0], s[1]) || within(c.hits(crossSellRe), s[0], s[1]) || within(c.hits(notRefusalRe), s[0], s[1]) {
		return false
	}
	return c.clauseDeclines(s, sp)
}

// sentenceOf returns the span of the sentence holding the start of sp,
// nil when none does.
func (c *checker) sentenceOf(sp []int) []int {
	for _, s := range c.sentences() {
		if s[0] <= sp[0] && sp[0] < s[1] {
			return s
		}
	}
	return nil
}

// clauseDeclines reports whether the clause of sentence s holding sp
// refuses or states Amazon's rule ("we aren't able to send codes", "Amazon
// does not allow").
func (c *checker) clauseDeclines(s, sp []int) bool {
	for _, cl := range clauseSpans(c.text[s[0]:s[1]]) {
		lo, hi := s[0]+cl[0], s[0]+cl[1]
		if sp[0] >= lo && sp[0] < hi {
			return within(c.refusals(), lo, hi) || within(c.hits(amazonRuleRe), lo, hi) || within(c.hits(channelNegRe), lo, hi) && !within(c.hits(channelNegNotRe), lo, hi)
		}
	}
	return false
}
