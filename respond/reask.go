package respond

// A review may be asked for once per order; asking again is a review ask
// that blocks. The shape is a review named in a sentence that repeats an
// earlier request ("we'd like to ask once more", "I wanted to remind you
// again", "erneut bitten", "à nouveau", "de nuevo", "di nuovo", "改めて",
// "再次") or follows one up ("we still haven't seen a review", "following
// up on our request"), or says it was asked before ("I know I already
// asked", "wie schon gefragt", "comme déjà demandé", "como ya te pedí",
// "come già chiesto", "先日もお願いしましたが", "之前已经请您"), with a
// request in that sentence. Thanks for a review already given and a
// review named only as the buyer's own words ("as you wrote in your
// review") ask nothing and stay out.

// repeatAskRe: a request made again, or a follow-up on one.
var repeatAskRe = guardAlt(`(?i)\b(?:ask|asking|request|requesting|remind|reminding|invite|inviting)\b[^.!?\n]{0,30}?\b(?:once more|one more time|again|a second time|once again)\b|\b(?:once more|one more time|once again|a second time)\b[^.!?\n]{0,20}?\b(?:ask|request|remind|invite)\p{L}*|\bstill (?:haven't|hasn't|haven’t|hasn’t|have not|has not|hadn't|hadn’t)\b|\bfollow(?:ing)?[- ]up on (?:our|my) (?:\p{L}+ )?(?:message|note|request|e-?mail|reminder)\b|\b(?:another|second|friendly|gentle|quick|small|final|last) (?:reminder|nudge)\b|\bin case you missed\b` +
	`|\b(?:erneut|nochmals|noch einmal|nochmal|ein weiteres mal|ein zweites mal)\b[^.!?\n]{0,40}?\b(?:bitten|fragen|erinnern)\b|\b(?:bitten|fragen|erinnern)\b[^.!?\n]{0,20}?\b(?:erneut|nochmals|noch einmal|nochmal)\b|\berinnerung\b|\bimmer noch (?:keine|nicht)\b` +
	`|\b(?:already|previously) (?:asked|requested|reached out)\b|\basked (?:you )?(?:before|previously|earlier|already|last (?:week|time|month))\b|\bas (?:i|we) (?:asked|requested) (?:before|earlier|previously|last)\b` +
	`|\bwie (?:schon|bereits) (?:gefragt|erbeten|gebeten)|\b(?:schon|bereits) (?:einmal |mal )?(?:gefragt|gebeten)\b` +
	`|\bdéjà (?:demandé|sollicité)|\b(?:demandé|sollicité) (?:précédemment|auparavant)\b` +
	`|\bya (?:te |le |les |os )?(?:pedí|pedimos|solicité|solicitamos|había pedido|habíamos pedido)` +
	`|\bgià (?:chiesto|richiesto)\b` +
	`|(?:先日|以前|前回|前にも|先般|先ほど)(?:も)?(?:お願い|お伺い)(?:しました|いたしました|した)|(?:すでに|既に)(?:一度)?お願い` +
	`|(?:之前|上次|此前|先前)(?:已经)?(?:请|麻烦|邀请|拜托)(?:过)?您|已经(?:请|麻烦|邀请)(?:过)?您` +
	`|\b(?:demand|sollicit|rappel|relanc)\p{L}*\b[^.!?\n]{0,30}?(?:à nouveau|\bde nouveau|\bencore une fois|\bune nouvelle fois|\bune seconde fois)\b|(?:à nouveau|\bde nouveau|\bencore une fois|\bune nouvelle fois)\b[^.!?\n]{0,20}?\b(?:demand|sollicit|rappel|relanc)\p{L}*|\btoujours pas\b` +
	`|\b(?:pedi|pid|solicit|record)\p{L}*\b[^.!?\n]{0,30}?\b(?:de nuevo|otra vez|nuevamente|una vez más)\b|\b(?:de nuevo|otra vez|nuevamente|una vez más)\b[^.!?\n]{0,20}?\b(?:pedi|pid|solicit|record)\p{L}*|\brecordatorio\b|\bsigue sin\b|\bvolv\p{L}* a (?:pedir|escribir|recordar|solicitar)\p{L}*` +
	`|\b(?:chied|ricord|sollecit)\p{L}*\b[^.!?\n]{0,30}?\b(?:di nuovo|nuovamente|ancora una volta|un['’]altra volta)\b|\b(?:di nuovo|nuovamente|ancora una volta)\b[^.!?\n]{0,20}?\b(?:chied|ricord|sollecit)\p{L}*|\bpromemoria\b|\bancora non\b|\btorn\p{L}* a (?:chieder|scriver|ricordar|sollecitar)\p{L}*` +
	`|(?:改めて|再度|もう一度|再び)[^。！？\n]{0,30}(?:お願い|お伺い)|まだ(?:レビュー|評価|ご投稿)|リマインド` +
	`|再次(?:麻烦|请|邀请|提醒|希望|恳请)|(?:麻烦|邀请|提醒|恳请)您?再次|再提醒|还没有(?:留下|写|发表)?(?:评价|评论)|尚未(?:留下)?(?:评价|评论)`)

// reasks reports a review asked for again.
func (c *checker) reasks(sents []reviewSentence) {
	if !repeatAskRe.MatchString(c.text) {
		return
	}
	for _, s := range sents {
		lo, hi := s.at[0], s.at[1]
		if !s.review || s.refused || c.refusalScoped(lo, hi) || c.reported(RuleReviewAsk, lo, hi) || c.reported(RuleReviewIncentive, lo, hi) {
			continue
		}
		if !within(c.hits(repeatAskRe), lo, hi) || !c.asksIn(lo, hi) && !within(c.hits(wishRe), lo, hi) && !c.asksAgain(lo, hi) {
			continue
		}
		if c.thanksForDone(lo, hi) || within(c.hits(inReviewRe), lo, hi) && !s.write {
			continue // thanks, or the buyer's own words
		}
		if within(c.hits(changeActRe), lo, hi) || within(c.hits(pronounActRe), lo, hi) || within(c.hits(lookRe), lo, hi) || within(c.hits(reflectRe), lo, hi) {
			continue // a change asked for is judged as one
		}
		sent := c.text[lo:hi]
		c.add(RuleReviewAsk, block, s.at, "asks for a review again: %q; a review may be asked for once per order", sent)
	}
}

// askVerbRe: a verb that asks or reminds, inside a repeatAskRe match
// ("we ask once more", "volvemos a pedirle", "torniamo a chiederle").
var askVerbRe = guardAlt(`(?i)\b(?:ask|request|remind|invit|pedi|pid|solicit|record|chied|ricord|sollecit|bitt|erinner|demand|rappel|relanc)`)

// asksAgain reports whether a repeatAskRe match in [lo, hi) asks by
// itself.
func (c *checker) asksAgain(lo, hi int) bool {
	for _, sp := range c.hits(repeatAskRe) {
		if sp[0] >= lo && sp[0] < hi && askVerbRe.MatchString(c.text[sp[0]:sp[1]]) {
			return true
		}
	}
	return false
}
