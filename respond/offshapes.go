package respond

import (
	"strings"
)

// Off-Amazon contact and value found by shape rather than by a channel's
// name: an invitation to phone the seller with no number written ("give
// our office a ring", "rufen Sie uns einfach an", "appelez-nous",
// "llámenos", "ci chiami", "お電話ください", "给我们打电话"), a number to be
// found elsewhere ("the number is printed on the invoice"), a chat with
// the seller's own people ("our live chat", "click the chat bubble"), and
// value sent outside Amazon's payments ("a prepaid Visa card by mail",
// cash, a cheque: off_amazon_payment). Each is a block unless it is named in a refusal
// (refusedAt), where it is off_amazon_mention.

// callInviteRe: an invitation to phone the seller.
var callInviteRe = guardAlt(`(?i)\b(?:give|drop) (?:us|me|our (?:\p{L}+ )?(?:office|team|shop|store|workshop|support|service|hotline|helpline|staff|technicians?)) a (?:ring|call|buzz|bell)\b|\b(?:call|ring|phone|telephone) (?:us|me|our (?:\p{L}+ )?(?:office|team|shop|store|workshop|hotline|helpline|support line|service line|technicians?))\b|\bfeel free to (?:call|ring|phone)\b|\b(?:(?:phone|telephone|office|contact|service|support|direct|our) number|hotline|helpline)\b[^.!?\n]{0,25}?\b(?:printed|listed|shown|written|given|found|is|are) (?:on|in) (?:the|your) (?:invoice|receipt|packing slip|delivery note|box|package|packaging|parcel|leaflet|insert|manual|label|card|bill)\b|\b(?:talk|chat|speak|go through|walk you through|run through)\b[^.!?\n]{0,30}\b(?:on|over|by) the (?:phone|telephone)\b|\b(?:phone|telephone) call (?:would be|is|might be|will be) (?:easier|quicker|best|faster|simpler)\b|\b(?:video ?call|zoom (?:call|meeting)|facetime|google meet|teams call)\b|\b(?:text|sms) us\b|\bsend (?:us|me) (?:a|an) (?:text|sms)\b` +
	`|\bruf(?:en sie|t)? (?:\p{L}+ ){0,3}?(?:uns|mich|bei uns|unser (?:büro|team)|unsere (?:hotline|werkstatt)|unseren (?:kundendienst|service)) (?:\p{L}+ ){0,4}?an\b|\b(?:melden sie sich|melde dich) (?:\p{L}+ )?telefonisch\b|\b(?:telefonisch|am telefon) (?:\p{L}+ )?(?:besprechen|klären|erklären|durchgehen)\b|\bvideo(?:anruf|telefonat|call)\b|\btelefonisch (?:erreichen sie uns|sind wir erreichbar)\b|\b(?:unsere nummer|telefonnummer|rufnummer|hotline)\b[^.!?\n]{0,30}\b(?:steht|finden sie|ist) (?:\p{L}+ )?(?:auf|in) (?:der|dem|ihrer|ihrem) (?:rechnung|lieferschein|verpackung|beipackzettel|anleitung|karton)` +
	`|\b(?:appelez|téléphonez)-(?:nous|moi)\b|\bpassez-nous un coup de fil\b|\b(?:appelez|contactez) (?:notre|nos) (?:service|bureau|équipe|atelier|standard|hotline|technicien)|\bnous (?:appeler|téléphoner|passer un coup de fil)\b|\b(?:en parler|discuter|vous expliquer|régler (?:cela|ça))\b[^.!?\n]{0,30}\bpar téléphone\b|\bappel vidéo\b|\ben visio\b|\b(?:notre numéro|le numéro de (?:téléphone|la hotline))\b[^.!?\n]{0,30}\b(?:figure|est indiqué|se trouve|est imprimé) sur (?:la|le|votre) (?:facture|bon de livraison|emballage|notice)` +
	`|\bll[aá]m(?:enos|anos|eme|ame|arnos)\b|\bdénos un toque\b|\b(?:hablarlo|hablar|explicarle|resolverlo|comentarlo)\b[^.!?\n]{0,30}\bpor teléfono\b|\bvideollamada\b|\b(?:nuestro (?:número|teléfono)|el (?:número de )?teléfono)\b[^.!?\n]{0,30}\b(?:figura|aparece|está|viene) (?:impreso )?en (?:la|el|su) (?:factura|albarán|embalaje|caja|manual)` +
	`|\bchiam(?:aci|ateci|arci)\b|\bci (?:chiami|telefoni|faccia una telefonata|dia un colpo di telefono)\b|\btelefonarci\b|\b(?:parlarne|sentirci|spiegarle|risolverlo)\b[^.!?\n]{0,30}\b(?:al|per) telefono\b|\bvideochiamata\b|\b(?:il nostro numero|il numero di telefono)\b[^.!?\n]{0,30}?(?:è|si trova|lo trova) (?:stampato )?(?:sulla|in|nella|sul) (?:fattura|bolla|confezione|scatola|manuale)` +
	`|お電話(?:を)?(?:ください|下さい|お待ちしております|いただけ|頂け)|(?:当店|弊社|私ども)(?:まで|へ)(?:お)?電話|担当(?:者)?まで(?:お)?電話|電話(?:を)?(?:して|かけて)(?:ください|下さい|いただ)|お電話で(?:ご説明|ご案内|お話)|ビデオ通話|電話番号(?:は|が)[^。！？\n]{0,10}(?:請求書|納品書|領収書|同梱|説明書)` +
	`|给我们打(?:个)?电话|电话(?:里|中)?沟通|视频通话|打电话给我们|(?:请|欢迎)?致电我们|(?:请|欢迎)拨打(?:我们|本店)|电话(?:号码)?(?:印在|写在|在)(?:发票|包装|说明书|收据)`)

// chatRe: a live chat or chat window.
var chatRe = guardAlt(`(?i)\blive[- ]?chat\b|\bchat (?:bubble|window|button|icon|widget)\b|\bchat (?:en direct|en ligne|en vivo|en línea|dal vivo)\b|\bchat online\b|チャット|在线客服|在线聊天`)

// ownChatRe: the seller's own chat or people ("our technicians run a
// live chat", "click the chat bubble on our page").
var ownChatRe = guardAlt(`(?i)\b(?:our|unser\p{L}*|notre|nos|nuestr\p{L}*|nostr\p{L}*)\b|\bclick\b|\bklicken\b|\bcliquez\b|\bhaga clic\b|\bclicca\b|当店|弊社|我们`)

// newTLDs are newer top-level domains that the link rule's list leaves
// out ("printfix.help"); newTLDRe finds addresses under them, lower case
// only.
var (
	newTLDs  = []string{"help", "support", "chat", "live", "tech", "team", "center", "services", "care", "guide", "email", "tools", "solutions", "repair"}
	newTLDRe = guard(`\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:` + strings.Join(newTLDs, "|") + `)\b(?:/[^\s<>"')\]]*)?`)
)

// hasNewTLD reports whether text has a '.' directly followed by one of
// newTLDs, which every match of newTLDRe has; a text without one is not
// searched with the costly expression.
func hasNewTLD(text string) bool {
	for i := strings.IndexByte(text, '.'); i >= 0; {
		rest := text[i+1:]
		for _, t := range newTLDs {
			if strings.HasPrefix(rest, t) {
				return true
			}
		}
		j := strings.IndexByte(rest, '.')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// offValueRe: value sent outside Amazon's payments.
var offValueRe = guardAlt(`(?i)\bprepaid (?:visa|master ?card|debit card|credit card|gift card|card)\b|\b(?:visa|master ?card|amex) (?:gift|prepaid) card\b|\b(?:gift ?cards?|vouchers?|gift certificates?)\b[^.!?\n]{0,40}\bby (?:mail|post|e-?mail|courier)\b|\bby (?:mail|post)\b[^.!?\n]{0,20}\b(?:gift ?card|voucher)|\b(?:in|with) cash\b|\b(?:send|post|mail|give) you (?:the |some )?(?:cash|a cheque|a check|a money order)\b|\b(?:cash|a cheque|a check|a money order) (?:by|in the|through the) (?:mail|post)\b` +
	`|\bprepaid-?(?:karte|kreditkarte)\b|\b(?:in |als )?bargeld\b|\bper post (?:einen|eine|ein) (?:gutschein|geschenkkarte|scheck)|\b(?:gutschein|geschenkkarte|wertgutschein)\p{L}*\b[^.!?\n]{0,30}\bper post\b|\bin bar (?:erstatt|auszahl|zurück|zahl|vergüt)\p{L}*|\bscheck\b` +
	`|\bcarte (?:prépayée|cadeau visa|visa prépayée)\b|\ben espèces\b|\bpar (?:courrier|la poste)\b[^.!?\n]{0,30}\b(?:carte cadeau|bon|chèque)\b|\bun chèque\b|\bcarte cadeau\b[^.!?\n]{0,30}\bpar (?:courrier|la poste)\b` +
	`|\btarjeta (?:prepago|regalo visa|visa prepago)\b|\ben efectivo\b|\bpor correo (?:postal )?(?:una|un) (?:tarjeta regalo|vale|cheque)\b|\bun cheque\b|\btarjeta regalo\b[^.!?\n]{0,30}\bpor correo\b` +
	`|\bcarta (?:prepagata|regalo visa)\b|\bin contanti\b|\bper posta (?:un|una) (?:buono|carta regalo|assegno)\b|\bun assegno\b|\b(?:buono|carta) regalo\b[^.!?\n]{0,30}\bper posta\b` +
	`|プリペイドカード|現金(?:で|を)(?:お送り|送|返金|お返し)|現金書留|(?:商品券|ギフトカード)を(?:郵送|お送り)|小切手` +
	`|预付卡|现金(?:返还|退还|退款|补偿)|(?:寄|邮寄)(?:给您)?(?:一张)?(?:礼品卡|购物卡|现金|支票)`)

// offAmazonShapes reports the shapes above as off_amazon_contact (calls,
// chats) or off_amazon_payment (value sent outside Amazon), and links
// under newer top-level domains.
func (c *checker) offAmazonShapes() {
	var tlds [][]int
	if hasNewTLD(c.text) {
		tlds = c.hits(newTLDRe)
	}
	for _, sp := range tlds {
		if c.reported(RuleLink, sp[0], sp[1]) || c.reported(RuleEmail, sp[0], sp[1]) || c.inEmail(sp) {
			continue
		}
		l := strings.TrimRight(c.text[sp[0]:sp[1]], ".,;:!?")
		c.addLink(sp, "web address %q: no links to other sites", l)
	}
	report := func(rule string, sp []int, what string) {
		name := strings.TrimSpace(c.text[sp[0]:sp[1]])
		if c.refusedAt(sp) {
			c.addOnce(RuleOffAmazonMention, warn, sp, "%q is named in a refusal or an explanation of Amazon's rules: fine, as long as the reply keeps the buyer on Amazon's messages and payments", name)
			return
		}
		c.add(rule, block, sp, "%q: "+what, name)
	}
	for _, sp := range c.hits(callInviteRe) {
		if c.reported(RuleOffAmazon, sp[0], sp[1]) || c.amazonSentence(sp) {
			continue // already found, or a call to Amazon's customer service
		}
		report(RuleOffAmazon, sp, "never ask the buyer to phone you; answer here in Amazon's messages")
	}
	for _, sp := range c.hits(chatRe) {
		s := c.sentenceOf(sp)
		if s == nil || c.amazonSentence(sp) || c.reported(RuleOffAmazon, s[0], s[1]) {
			continue
		}
		if within(c.hits(ownChatRe), s[0], s[1]) || c.reported(RuleLink, s[0], s[1]) {
			report(RuleOffAmazon, sp, "never send the buyer to a chat outside Amazon; answer here in Amazon's messages")
		}
	}
	for _, sp := range c.hits(offValueRe) {
		if c.reported(RuleOffAmazon, sp[0], sp[1]) || c.reported(RuleOffAmazonPayment, sp[0], sp[1]) {
			continue
		}
		report(RuleOffAmazonPayment, sp, "refunds and compensation go through Amazon (a refund or a concession on the order), never as cards, cash or cheques sent outside it")
	}
}

// inEmail reports whether sp lies inside an e-mail address finding.
func (c *checker) inEmail(sp []int) bool {
	for _, is := range c.issues {
		if is.Rule == RuleEmail && is.Offset <= sp[0] && sp[0] < is.End {
			return true
		}
	}
	return false
}

// addLink is add for a link finding, placed after the links already
// found and before every other finding (Check's rule order).
func (c *checker) addLink(sp []int, format string, args ...any) {
	n := len(c.issues)
	c.add(RuleLink, block, sp, format, args...)
	is := c.issues[n]
	for i := 0; i < n; i++ {
		if c.issues[i].Rule != RuleLink {
			copy(c.issues[i+1:], c.issues[i:n])
			c.issues[i] = is
			return
		}
	}
}
