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
	if c.sequencedReview(sents) || c.softChangeWithValue(sents) {
		return
	}
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

// A review action put first in a sequence with the seller's step after
// it is a deal as well: "just remove the feedback first, then we go
// ahead with the shipment", "primero actualiza tu reseña y después te
// enviamos el repuesto", "まずレビューを削除していただき、その後発送します",
// "先删除差评，再给您补发". The seller's step need not be a known word.
var (
	// seqFirstRe marks a step as the first one.
	seqFirstRe = guardAlt(`(?i)\b(?:first|firstly|first of all|zuerst|erst|zunächst|vorher|d['’]abord|premièrement|en premier|primero|antes|prima|innanzitutto|per prima cosa)\b|まず|先に|首先|(?:^|[^\p{Han}])先(?:把|将|删|修|改|撤|更|追)`)
	// seqThenRe marks the step after it.
	seqThenRe = guardAlt(`(?i)\b(?:then|after that|afterwards|and next|dann|danach|anschließend|ensuite|puis|après quoi|après cela|después|luego|poi|dopo|in seguito|successivamente)\b|その後|それから|そのあと|次第|然后|之后|随后|(?:^|[，,、。]|[^\p{Han}])再(?:给|为|帮|发|寄|退|补|安排|处理|进行)`)
)

// sequencedReview reports a review action marked first with a step after
// it that is not the buyer's review again nor left to the buyer.
func (c *checker) sequencedReview(sents []reviewSentence) bool {
	spans := c.sentences()
	for i, sp := range spans {
		lo, hi := sp[0], sp[1]
		s := sents[i]
		if s.refused || s.neutral || !s.review && !(i > 0 && sents[i-1].review) {
			continue
		}
		if !within(c.hits(seqFirstRe), lo, hi) {
			continue
		}
		// The "then" step: in this sentence, or opening the next one.
		then, thenHi := -1, hi
		for _, t := range c.hits(seqThenRe) {
			if t[0] > lo && t[0] < hi {
				then = t[0]
				break
			}
			if i+1 < len(spans) && t[0] >= spans[i+1][0] && t[0] < spans[i+1][0]+12 {
				then, thenHi = t[0], spans[i+1][1]
				break
			}
		}
		if then < 0 || !within(c.hits(seqFirstRe), lo, then) {
			continue
		}
		// The review action comes before "then", the seller's step after.
		if !within(c.hits(changeActRe), lo, then) && !within(c.hits(cjkChangeRe), lo, then) && !within(c.hits(takeDownRe), lo, then) || !c.changeOfReview(lo, then, false) && !within(c.hits(cjkReviewRe), lo, then) {
			continue
		}
		if within(c.hits(reviewWordRe), then, thenHi) || within(c.hits(permissionRe), then, thenHi) {
			continue
		}
		c.add(RuleReviewIncentive, block, []int{lo, thenHi}, "makes a review action the first step of a deal: %q; offer the remedy unconditionally and ask nothing about the review in the same message", c.text[lo:thenHi])
		return true
	}
	return false
}

var (
	// cjkChangeRe: a review action in Japanese or Chinese.
	cjkChangeRe = guardAlt(`削除|変更|修正|取り下げ|取り消|更新|編集|見直|書き直|删除|删掉|删了|修改|更改|撤销|撤回|撤掉|改成|改为|追评`)
	// takeDownRe: "take the one-star review down".
	takeDownRe = guardAlt(`(?i)\btak\p{L}* (?:[\p{L}\d-]+ ){1,4}?down\b`)
	// cjkReviewRe: a review named in Japanese or Chinese.
	cjkReviewRe = guardAlt(`レビュー|評価|星|フィードバック|评价|评论|差评|好评|反馈|星`)
)

// A review change asked softly ("it would be great if that 2-star could
// come down", "bump it up", "reconsider your rating") in a reply that
// gives something of value is tied to it, wherever the two stand.
var softChangeRe = guardAlt(`(?i)\b(?:come|comes|go|goes|move|creep|nudge)\p{L}* (?:back )?(?:down|up)\b|\bbump\p{L}* (?:it |that |this |them |the \p{L}+ )?up\b|\breconsider\p{L}* (?:your|the|that|this|it|them)\b|\b(?:a|one|another|an extra) (?:\d|two|more)?[- ]?stars? (?:or two )?(?:more|higher)\b|\b(?:higher|better) (?:rating|score|star)` +
	`|\bnach oben (?:korrigier|setz|anpass)\p{L}*|\büberdenk\p{L}*|\b(?:anheb|erhöh|hochsetz|aufwert)\p{L}*` +
	`|\breconsidér\p{L}*|\bréévalu\p{L}*|\bà la hausse\b|\b(?:remonter|relever) (?:votre|la|cette|sa) (?:note|évaluation)` +
	`|\breconsider\p{L}* (?:su|tu|la|esa)\b|\bsub(?:ir|a|e|iera) (?:su|tu|la|esa) (?:valoraci[oó]n|nota|puntuaci[oó]n|calificaci[oó]n)` +
	`|\briconsider\p{L}*|\b(?:alzare|alzi|alzasse|rialzare|rialzi) (?:la|il|sua|quel)\b` +
	`|(?:評価|星|レビュー)[^。！？\n]{0,10}(?:見直|上げ|引き上げ|再考)|再考|重新考虑|(?:评分|评价|星级)[^。！？\n]{0,6}(?:调高|提高|改高)|(?:调高|提高|改高|加)[^。！？\n]{0,4}(?:评分|星级|几颗星)`)

// softChangeWithValue reports a soft review change in a reply that also
// gives or offers something of value.
func (c *checker) softChangeWithValue(sents []reviewSentence) bool {
	if !softChangeRe.MatchString(c.text) {
		return false
	}
	valued := false
	for _, s := range sents {
		if s.value != nil && !s.refused {
			valued = true
			break
		}
	}
	if !valued {
		return false
	}
	spans := c.sentences()
	for i, sp := range spans {
		lo, hi := sp[0], sp[1]
		s := sents[i]
		if s.refused || s.neutral || !s.review && !(i > 0 && sents[i-1].review) || !within(c.hits(softChangeRe), lo, hi) {
			continue
		}
		if within(c.hits(permissionRe), lo, hi) && !within(c.hits(requestRe), lo, hi) && !within(c.hits(wishRe), lo, hi) {
			continue
		}
		if c.thanksForDone(lo, hi) {
			continue
		}
		c.add(RuleReviewIncentive, block, sp, "asks for a better review in a reply that gives something of value: %q; offer the remedy unconditionally and ask nothing about the review in the same message", c.text[lo:hi])
		return true
	}
	return false
}
