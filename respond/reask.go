package respond

// A review may be asked for once per order; asking again is a review ask
// that blocks. The shape is a review named in a sentence that repeats an
// earlier request ("we'd like to ask once more", "I wanted to remind you
// again", "erneut bitten", "à nouveau", "de nuevo", "di nuovo", "改めて",
// "再次") or follows one up ("we still haven't seen a review", "following
// up on our request"), with a request in that sentence. Thanks for a
// review already given and a review named only as the buyer's own words
// ("as you wrote in your review") ask nothing and stay out.

// repeatAskRe: a request made again, or a follow-up on one.
var repeatAskRe = guardAlt(`(?i)\b(?:ask|asking|request|remind|reminding|check|invite|inviting)\p{L}* (?:\p{L}+ ){0,3}?(?:once more|one more time|again|a second time|once again)\b|\b(?:once more|one more time|once again|a second time)\b|\bstill (?:haven't|hasn't|have not|not|hadn't|waiting|hoping|looking forward)\b|\bfollow(?:ing)?[- ]up on (?:our|my) (?:\p{L}+ )?(?:message|note|request|e-?mail|reminder)\b|\b(?:another|second|friendly|gentle|quick|small|final|last) reminder\b` +
	`|\b(?:erneut|nochmals|noch einmal|nochmal|ein weiteres mal|ein zweites mal|erinnern|erinnerung)\b|\bimmer noch (?:keine|nicht)\b` +
	`|à nouveau\b|\b(?:de nouveau|encore une fois|une nouvelle fois|une seconde fois|relance\p{L}*|rappel\p{L}*)\b|\btoujours pas\b` +
	`|\b(?:de nuevo|otra vez|nuevamente|una vez más|recordatorio|record(?:arle|amos|ar))\b|\bsigue sin\b` +
	`|\b(?:di nuovo|nuovamente|ancora una volta|un['’]altra volta|promemoria|ricordar(?:le|ti)|sollecit\p{L}*)\b|\bancora non\b` +
	`|改めて|再度|もう一度|再び|まだ(?:レビュー|評価|ご投稿)|リマインド` +
	`|再次|再一次|又一次|再提醒|还没有(?:留下|写|发表)?(?:评价|评论)|尚未(?:留下)?(?:评价|评论)`)

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
		if !within(c.hits(repeatAskRe), lo, hi) || !c.asksIn(lo, hi) && !within(c.hits(wishRe), lo, hi) {
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
