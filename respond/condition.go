package respond

// A review action made the condition of something the seller does is a
// deal whatever the seller gives: "once you've taken down the review,
// it'll go out tomorrow", "could you revise it, and as soon as you
// confirm you have done so, we will send the refund", "删除评价后我们就
// 给您发货". The value need not be a known word; the seller acting after
// the buyer's review action is enough. See docs/policy.md.

var (
	// condRe opens a condition or time clause.
	condRe = guardAlt(`(?i)\b(?:once|as soon as|after|the moment|sobald|nachdem|dès que|une fois que|une fois|après|una vez que|una vez|en cuanto|tan pronto como|después de|non appena|appena|dopo che|dopo aver|dopo|una volta che|una volta)\b`)
	// doneSoRe: a pronoun for the review action named before ("you have
	// done so", "das erledigt", "cela fait", "lo haya hecho", "fatto").
	doneSoRe = guardAlt(`(?i)\b(?:done so|done that|done this|did so|das (?:erledigt|getan|gemacht)|(?:cela|ça|c['’]est) fait|l['’]avez fait|lo (?:haya|ha) hecho|l['’]ha fatto|fatto ciò|fatto questo)\b`)
	// cjkCondActRe: a review action followed by "したら", "次第", "后".
	cjkCondActRe = guardAlt(`(?:削除|変更|修正|取り下げ|取り消|更新|編集|見直|书き直|書き直|删除|删掉|删了|修改|更改|撤销|撤回|撤掉|改成|改为|追评)[^。！？\n]{0,14}?(?:たら|次第|後|之后|以后|后)`)
	// sellerActRe: the seller (or the thing given) acts: "we will send",
	// "it'll go out", "wir senden", "nous enverrons", "le enviaremos",
	// "le invieremo", "発送いたします", "我们就会".
	sellerActRe = guardAlt(`(?i)\b(?:we|i|it|they|the \p{L}+)(?:'ll|’ll| will| shall| can then)\s+(?:\p{L}+\s+){0,2}?(?:send|ship|refund|process|issue|go out|dispatch|arrange|post|mail|credit|pay|release|reimburse|transfer|replace|deliver|be (?:sent|shipped|dispatched|refunded|issued|on its way|in the post))` +
		`|\bwir\s+(?:\p{L}+\s+){0,3}?(?:senden|schicken|erstatten|versenden|überweisen|veranlassen|bearbeiten|zahlen)\b|\b(?:senden|schicken|erstatten|versenden|überweisen|veranlassen|bearbeiten) wir\b|\bgeht\b[^.!?\n]{0,30}?\braus\b` +
		`|\bnous (?:vous )?(?:l['’]|le |la |les )?(?:enverrons|expédierons|rembourserons|procéderons|traiterons|verserons)|\b(?:je|nous) vous (?:l['’])?(?:enverrai|expédierai|rembourserai)|\b(?:partira|sera (?:envoyée?|expédiée?|remboursée?))\b` +
		`|\b(?:le |se lo |se la )?(?:enviaremos|mandaremos|reembolsaremos|devolveremos|procesaremos|tramitaremos)\b|\bsaldrá\b` +
		`|\b(?:le |glielo |gliela )?(?:invieremo|spediremo|rimborseremo|manderemo|procederemo|elaboreremo)\b|\bpartirà\b` +
		`|(?:発送|返金|送付|お送り|手配|交換)(?:いたします|します|させていただきます)|(?:我们|我)(?:就|会|将|马上|立即|立刻)[^。！？\n]{0,10}?(?:发|寄|退|补|安排|处理)`)
)

// conditionedReview reports a review action inside a condition or time
// clause (or named again by "done so" there) followed by the seller
// acting, later in the sentence or in the next one. A sentence that
// only permits or leaves the review to the buyer is left to incentives.
func (c *checker) conditionedReview(sents []reviewSentence) {
	spans := c.sentences()
	for i, sp := range spans {
		lo, hi := sp[0], sp[1]
		s := sents[i]
		if s.refused || s.neutral {
			continue
		}
		end := -1 // where the condition clause ends
		for _, cj := range c.hits(cjkCondActRe) {
			if cj[0] >= lo && cj[1] <= hi && (s.review || i > 0 && sents[i-1].review) {
				end = cj[1]
				break
			}
		}
		if end < 0 {
			for _, cd := range c.hits(condRe) {
				if cd[0] < lo || cd[0] >= hi {
					continue
				}
				stop := min(hi, cd[1]+90)
				if (s.review || i > 0 && sents[i-1].review) && within(c.hits(changeActRe), cd[1], stop) && c.changeOfReview(cd[1], stop, s.review) ||
					(s.change || i > 0 && (sents[i-1].change || sents[i-1].review && within(c.hits(changeActRe), lo, cd[0]))) && within(c.hits(doneSoRe), cd[1], stop) {
					end = cd[1]
					break
				}
			}
		}
		if end < 0 {
			continue
		}
		if within(c.hits(permissionRe), lo, end) && !within(c.hits(requestRe), lo, lo+(end-lo)) {
			continue
		}
		act := within(c.hits(sellerActRe), end, hi) || i+1 < len(spans) && within(c.hits(sellerActRe), spans[i+1][0], spans[i+1][1])
		if act {
			c.add(RuleReviewIncentive, block, sp, "makes a review action the condition of what the seller does: %q; offer the remedy unconditionally and ask nothing about the review in the same message", c.text[lo:hi])
			return
		}
	}
}

// changeOfReview reports whether the change verb in text[lo:hi] acts on
// a review: a review word there, a pronoun ("take it down"), or the
// sentence names one.
func (c *checker) changeOfReview(lo, hi int, sentReview bool) bool {
	return sentReview || within(c.hits(reviewWordRe), lo, hi) || within(c.hits(pronounActRe), lo, hi)
}
