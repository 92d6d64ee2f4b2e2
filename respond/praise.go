package respond

import (
	"regexp"
	"strings"
	"unicode"
)

// Asks for praise are found by what they do, not by the words "positive
// review": a review, a rating or kind words asked of a buyer who is
// happy (in the sentence or the one before), and praise the buyer has
// already given asked to be posted again as a review or on the product
// page. Thanks for praise with nothing asked, and an invitation that is
// neither conditioned on satisfaction nor asks for kind words, do not
// block.

var (
	// buyerHappyRe: the buyer is (or is supposed to be) happy with the
	// item or the service: "since you're happy with it", "if the kettle
	// makes life easier", "Schön, dass Ihnen die Lampe gefällt",
	// "気に入っていただけましたら", "很高兴您喜欢".
	buyerHappyRe = guardAlt(`(?i)\byou(?:'re|’re| are| were| seem| sound| have been|'ve been|’ve been)? (?:so |really |very |truly |clearly )?(?:happy|satisfied|pleased|delighted|thrilled|enjoying|loving)\b|\byou (?:really |clearly |truly )?(?:love|like|enjoy)\b|\b(?:if|since|now that|once)\b[^.!?\n]{0,50}?\b(?:makes|made|helps|helped|works well|brightens|satisfied|easier|better|enjoy\p{L}*|love|loved)\b` +
		`|\b(?:wenn|falls|sofern|da|nachdem)\b[^.!?\n]{0,60}?\b(?:zufrieden|gefällt|gefallen|begeistert|überzeugt|hilft|erleichtert)|\b(?:ihnen|sie)\b[^.!?\n]{0,40}?\b(?:gefällt|zufrieden sind|begeistert sind)` +
		`|\bvous (?:plaise|plaît|donne satisfaction|donne entière satisfaction|satisfait|aimez|appréciez)|\bvous (?:êtes|soyez|étiez) (?:\p{L}+ )?(?:satisfait|content|ravi|enchanté)\p{L}*` +
		`|\ble (?:guste|gusta|encanta|encante|agrada|agrade)\b|\b(?:está|esté|quedó|ha quedado|queda) (?:\p{L}+ )?(?:content|satisfech|encantad)\p{L}*` +
		`|\b(?:le|gli|ti) (?:piace|piaccia|è piaciut\p{L}*|sia piaciut\p{L}*)|\b(?:è|sia|fosse) (?:\p{L}+ )?(?:soddisfatt|content)\p{L}*` +
		`|\b(?:glad|happy|pleased|delighted|thrilled|great to hear|good to hear)\b (?:that |to (?:hear|read|see|know) (?:that )?)?(?:the|your|it|you|this)\b[^.!?\n]{0,40}?\b(?:works|is working|fits|suits|love|like|enjoy|satisfied|happy|pleased|helps|does the job)\b` +
		`|\bif (?:everything|all) (?:is|was|went|works|worked|has gone|arrived) (?:fine|well|ok|okay|good|smoothly|to plan|in order)|\bwenn alles (?:passt|in ordnung ist|gut (?:ist|war|gelaufen ist)|geklappt hat|funktioniert)|\bsi\b[^.!?\n]{0,40}?\bvous convient\b|\bsi tout (?:vous convient|est en ordre|s['’]est bien passé|va bien|fonctionne)|\bsi todo (?:ha ido bien|está bien|fue bien|funciona|le parece bien)|\bse tutto (?:è andato bene|va bene|funziona|è in ordine)` +
		`|問題(?:が)?なければ|問題ございませんでしたら|如果(?:一切|没有?问题|都好)|没问题的话` +
		`|ご満足|気に入|お喜び|喜んでいただけ|您(?:很|非常|对[^。！？，\n]{0,12})?(?:满意|喜欢)|满意的话|喜欢的话`)

	// praiseRe: kind words or praise, given or asked for.
	praiseRe = guardAlt(`(?i)\b(?:kind|nice|lovely|warm|sweet|good|positive|glowing|generous|wonderful) (?:words?|message|note|comments?|remarks?|lines|things|experience)\b|\b(?:a few|some) (?:kind |nice |good )?words\b|\bcompliments?\b|\bpraise\b|\bthe same words\b` +
		`|\blob\p{L}*|\b(?:nette|freundliche|liebe|lobende|schöne|warme|paar) worte\b|\bkompliment\p{L}*` +
		`|\bmots? (?:gentils?|aimables?|sympathiques?|chaleureux)|\b(?:message|mot) (?:si )?(?:aimable|gentil|chaleureux)|\bcompliments?\b|\bquelques mots\b|\béloges?\b` +
		`|\bpalabras (?:amables|bonitas|positivas)|\b(?:sus|tus|unas) (?:amables |bonitas )?palabras\b|\belogios?\b|\bcumplidos?\b` +
		`|\bparol[ae] (?:gentil[ei]|belle|positive|carin[ae])|\b(?:le sue|qualche|due) parol[ae]\b|\bcomplimenti\b|\belogi\b` +
		`|お褒め|褒めの言葉|嬉しいお言葉|温かいお言葉|ありがたいお言葉|一言|ご感想|夸奖|好话|赞美|表扬|夸赞|几句`)

	// repostRe: the same words (again) somewhere else.
	repostRe = guardAlt(`(?i)\b(?:the same|same words|same thing|those words|these words|as well|too|also|again|once more|repeat\p{L}*|cop(?:y|ying)|past(?:e|ing)|re-?post\p{L}*|cross-?post\p{L}*)\b|\b(?:genauso|ebenso|auch|ebenfalls|wiederhol\p{L}*|dasselbe|denselben|dieselbe|das gleiche|den gleichen|die gleiche|noch einmal|nochmal|erneut|kopier\p{L}*)\b|\b(?:la même chose|les mêmes|le même|la même|aussi|également|répét\p{L}*|reprendre|de nouveau|à nouveau|copier|recopier|coller)\b|\b(?:mismo|misma|también|repetir\p{L}*|lo mismo|otra vez|de nuevo|copiar|copie|pegar)\b|\b(?:stesso|stessa|lo stesso|anche|ripet\p{L}*|di nuovo|nuovamente|copiare|copi|incollare)\b|同じ|にも|でも|もう一度|再度|コピー|転載|也|同样|同樣|相同|这段话|这些话|这段|复制|再发|转发`)

	// copyReviewRe: a review copied or posted a second time ("paste it
	// into your seller feedback", "the same comment", "denselben Text",
	// "le même avis", "el mismo texto", "lo stesso commento", "同じ内容",
	// "这段好评", "复制"). Asked of a review the buyer already gave it is a
	// review ask even where the sentence reads as a change request.
	copyReviewRe = guardAlt(`(?i)\b(?:cop(?:y|ying)|past(?:e|ing)|re-?post\p{L}*|cross-?post\p{L}*|(?:the )?same (?:review|comment|words|text|feedback|rating|post)s?)\b|\b(?:kopier\p{L}*|(?:denselben|den gleichen) (?:text|kommentar)|(?:dieselbe|die gleiche) (?:bewertung|rezension))\b|\b(?:copier|recopier|coller|(?:le même|la même) (?:avis|commentaire|texte|évaluation))\b|\b(?:copiar|copie|pegar|(?:el mismo|la misma) (?:texto|comentario|reseña|opinión|valoración))\b|\b(?:copiare|copi|incollare|(?:lo stesso|la stessa) (?:testo|commento|recensione))\b|同じ内容|同じレビュー|同じコメント|同じ文章|コピー|転載|这段好评|这条好评|同样的(?:评价|内容|评论)|相同的(?:评价|内容|评论)|复制`)

	// reviewedRe: the buyer reviewed or rated, said with a verb.
	reviewedRe = guardAlt(`(?i)\b(?:review(?:ed|ing)|rated|rating us)\b|\b(?:bewertet|rezensiert)\b|\b(?:évalué|noté)\b|\b(?:valorad[oa]|reseñad[oa]|calificad[oa])\b|\b(?:recensit[oa]|valutat[oa])\b`)

	// ratingPlace: a rating or other buyers, where praise is posted;
	// productPage: the product page, where praise is posted only when
	// something is written there.
	ratingPlace   = `(?i)\b(?:other|fellow|future) (?:buyers|customers|shoppers)\b|\bspread the word\b|\bandere[n]? (?:kunden|käufer\p{L}*)|\b(?:aux )?autres (?:clients|acheteurs)\b|\b(?:a )?otros (?:clientes|compradores)\b|\b(?:agli )?altri (?:clienti|acquirenti)\b|他のお客様|其他(?:买家|顾客)|\b(?:rate|rating) (?:it|us|the|your)\b|星を|打分|打个分|评分|打星`
	productPage   = `(?i)\bproduct (?:page|listing)\b|\blisting\b|\bproduktseite\b|\bpage (?:du|de) (?:produit|l['’]article)\b|\bfiche produit\b|\bp[áa]gina del (?:producto|artículo)\b|\bpagina (?:del prodotto|dell['’]articolo)\b|\bscheda (?:del )?prodotto\b|商品ページ|商品詳細|商品页面|商品页|产品页面`
	ratingPlaceRe = guardAlt(ratingPlace)
	productPageRe = guardAlt(productPage)
	// reviewPlaceRe is either.
	reviewPlaceRe = guardAlt(ratingPlace + `|` + productPage)

	// othersRe: telling other buyers, which is a review ask in itself.
	othersRe = guardAlt(`(?i)\b(?:tell|let) (?:other|fellow|future) (?:buyers|customers|shoppers)\b|\bspread the word\b|\blet (?:everyone|others|people) know\b|\btell (?:everyone|your friends)\b|\bweitersagen\b|\bfaites-le savoir\b|\bcorra la voz\b|\bpassaparola\b|\bandere[n]? (?:kunden|käufer\p{L}*)|\bautres (?:clients|acheteurs)\b|\botros (?:clientes|compradores)\b|\baltri (?:clienti|acquirenti)\b|他のお客様|其他(?:买家|顾客)`)

	// wishRe: a wish that asks without "please": "would mean the world",
	// "we would be thrilled", "freuen wir uns", "nous ferait plaisir",
	// "励みになります", "希望".
	wishRe = guardAlt(`(?i)\b(?:would|could) (?:really |truly |so |also |then |now |therefore |only )?(?:mean|help|make|brighten|support|encourage|motivate|be (?:so |very |really |truly |only |then |now )?(?:great|wonderful|lovely|nice|fair|amazing|fantastic|appreciated|helpful|kind))\b|\bwe(?:'d|’d| would) be (?:so |very |really )?(?:thrilled|delighted|grateful|happy|glad|honou?red)\b|\bwe (?:hope|trust)\b|\bhopefully\b|\bit(?:'s|’s| is) only fair\b|\b(?:would|do) you mind\b` +
		`|\b(?:freuen|freut) (?:wir uns|uns)\b|\bwürde(?:n)? uns\b|\b(?:würden wir uns|wir würden uns)\b|\bwäre(?:n)? (?:\p{L}+ )?(?:schön|toll|fair|nett|wunderbar|dankbar)\b|\bwir hoffen\b|\bmögen sie\b|\bvielleicht\b` +
		`|\bnous (?:ferai(?:en)?t|fera|ferait) (?:très |grand )?plaisir|\bserai(?:t|ent) (?:\p{L}+ )?(?:juste|ravis|heureux|reconnaissants|formidable)|\bnous espérons\b|\bça nous aiderait\b|\bnous aiderai(?:en)?t\b` +
		`|\bnos (?:ayudaría\p{L}*|encantaría|alegraría|gustaría)|\bser[íi]a (?:\p{L}+ )?(?:justo|genial|estupendo|de gran ayuda)|\besperamos\b|\bagradecer[íi]amos\b` +
		`|\bci (?:farebbe|farebbero|aiuterebbe\p{L}*)|\bsarebbe (?:\p{L}+ )?(?:giusto|bello|fantastico|di grande aiuto|corretto|opportuno|equo)|\bsperiamo\b|\bci piacerebbe\b` +
		`|励みになります|嬉しいです|嬉しく思います|幸いです|助かります|願っております|希望|方便的话|期待`)

	// askRe: a polite request, without the words that only order events
	// ("then", "once"), which requestRe also counts.
	askRe = guardAlt(`(?i)\b(?:please|kindly|perhaps you|maybe you|if you could|would it be possible|wäre es möglich|serait-il possible|ser[íi]a posible|sarebbe possibile|we (?:would |'d |’d )?(?:kindly |only |just )?ask|ask you|would you|could you|can you|will you|(?:would|we'd|we’d) appreciate|appreciate it|be grateful|would love|'d love|’d love|one (?:small )?(?:thing|favou?r)|quick favou?r)\b` +
		`|\bbitte\b|\bbitten\b|\bwürden sie\b|\bkönnten sie\b|\bdürfen wir sie\b|\bmerci de\b|\bveuillez\b|\bvous (?:prions|demandons|serions reconnaissants)|\bpourriez-vous|\bpouvez-vous` +
		`|\bpor favor\b|\ble (?:pedimos|pediríamos|rogamos)\b|\bpodría\b|\ble agradecer\p{L}*|\bper favore\b|\bla preghiamo\b|\ble (?:chiediamo|chiederemmo)\b|\bpotrebbe\b|\bgentilmente\b` +
		`|お願い|幸い|ください|いただけますでしょうか|いただけませんか|いただけないでしょうか|いただけますか|いただけると|いただければ|可能でしょうか|请|麻烦|希望您|能否|可否|能不能|可不可以|帮忙|您看`)

	// toUsRe: feedback sent to the seller, not a review ("let us know
	// your feedback", "お知らせください").
	toUsRe = guardAlt(`(?i)\b(?:let us know|tell us|send us|write to us|share with us|get back to us|contact us|reach (?:out|us)|get in touch|reply (?:to this|here)|respond (?:to this|here))\b|\b(?:lassen sie uns|teilen sie uns|schreiben sie uns|sagen sie uns|geben sie uns bescheid)\b|(?:faites|dites|envoyez|écrivez)-nous\b|\b(?:háganos|díganos|envíenos|escríbanos|cuéntenos)\b|\bci (?:faccia sapere|dica|scriva|invii|racconti)\b|お知らせ|教えて|告诉我们|联系我们|发给我们|反馈给我们|\b(?:kontaktieren sie uns|melden sie sich|contactez-nous|revenez vers nous|contáctenos|póngase en contacto|ci contatti|contattarci)\b|ご連絡ください|お問い合わせ|联系客服`)
)

// praiseAsks reports review asks that need no "positive" word: a review,
// a rating or kind words asked of a happy buyer, and praise asked to be
// posted again as a review or on the product page. It skips sentences
// positiveAsks has already reported.
func (c *checker) praiseAsks(sents []reviewSentence) {
	text := c.text
	for i, s := range sents {
		lo, hi := s.at[0], s.at[1]
		// gave: the sentence before names a review the buyer gave
		// ("Thank you for your review of the lamp.", "Thanks for
		// reviewing the kettle").
		gave := i > 0 && !sents[i-1].change && !sents[i-1].refused &&
			(sents[i-1].review || within(c.hits(reviewedRe), sents[i-1].at[0], sents[i-1].at[1]))
		copied := gave && within(c.hits(copyReviewRe), lo, hi)
		if s.change && !copied || s.refused || c.reported(RuleReviewAsk, lo, hi) || c.refusalScoped(lo, hi) {
			// Updating a review after a solved problem is judged by
			// incentives: Amazon allows it politely, tied to nothing.
			continue
		}
		place := s.review || within(c.hits(ratingPlaceRe), lo, hi) || within(c.hits(othersRe), lo, hi) ||
			within(c.hits(productPageRe), lo, hi) && (within(c.hits(praiseRe), lo, hi) || within(c.hits(writeActRe), lo, hi))
		if !place || within(c.hits(toUsRe), lo, hi) {
			continue
		}
		sent := text[lo:hi]
		asks := c.asksIn(lo, hi) || within(c.hits(wishRe), lo, hi) || s.write || within(c.hits(othersRe), lo, hi)
		question := endsAsQuestion(sent)
		if !asks && !question {
			continue
		}
		if c.thanksForPraise(lo, hi) && !within(c.hits(askRe), lo, hi) && !question {
			continue // "we hope you enjoy it, and thank you for your review"
		}
		if gave && within(c.hits(wroteRe), lo, hi) && !within(c.hits(askRe), lo, hi) && !question {
			continue // "您提到的清洗方法，对其他买家也很有参考价值": praise for a review already left
		}
		var prevHappy, prevPraise bool
		if i > 0 {
			p := sents[i-1].at
			prevHappy = within(c.hits(buyerHappyRe), p[0], p[1]) || satisfiedQuestion(text[p[0]:p[1]])
			prevPraise = within(c.hits(praiseRe), p[0], p[1])
		}
		happy := c.happyIn(lo, hi)
		praise := within(c.hits(praiseRe), lo, hi)
		repost := within(c.hits(repostRe), lo, hi) && (prevPraise || prevHappy || praise || gave) || copied
		permissionOnly := !within(c.hits(requestRe), lo, hi) && !within(c.hits(wishRe), lo, hi) && within(c.hits(permissionRe), lo, hi)
		switch {
		case permissionOnly && (s.neutral || within(c.hits(neutralReviewRe), lo, hi)):
			// "if you'd like to, you are welcome to leave feedback; it is entirely up to you",
			// "feel free to leave a review, good or bad, whenever you like"
		case praise && !s.review && !within(c.hits(reviewPlaceRe), lo, hi):
			// kind words with nowhere to post them
		case happy, praise, repost, (prevHappy || prevPraise) && !permissionOnly:
			c.add(RuleReviewAsk, block, s.at, "asks a happy buyer for a review, a rating or kind words: %q; ask every buyer alike for an honest review, or not at all", sent)
		}
	}
}

// ifYouLikeRe ends in "if" right before "you like": a permission ("feel
// free to leave a review if you like"), not a happy buyer.
var ifYouLikeRe = regexp.MustCompile(`(?i)\bif\s+$`)

// happyIn reports whether text[lo:hi] says the buyer is happy, leaving
// out "if you like".
func (c *checker) happyIn(lo, hi int) bool {
	for _, sp := range c.hits(buyerHappyRe) {
		if sp[0] >= lo && sp[0] < hi && !ifYouLikeRe.MatchString(c.text[max(lo, sp[0]-4):sp[0]]) {
			return true
		}
	}
	return false
}

// thanksForPraise reports whether text[lo:hi] thanks the buyer for a
// review or kind words already given: a thank-you shortly before the
// first review word, place or praise in it, or anywhere in a CJK
// sentence (where the thanks come last).
func (c *checker) thanksForPraise(lo, hi int) bool {
	var t []int
	for _, sp := range c.hits(replyThanksRe) {
		if sp[0] >= lo && sp[0] < hi {
			t = sp
			break
		}
	}
	if t == nil {
		return false
	}
	first := hi
	for _, re := range []matcher{reviewWordRe, reviewPlaceRe, praiseRe} {
		for _, sp := range c.hits(re) {
			if sp[0] >= lo && sp[0] < hi {
				first = min(first, sp[0])
				break
			}
		}
	}
	return t[0] <= first && first-t[1] <= 60 || first < t[0] && isCJK(c.text[lo:hi])
}

// isCJK reports whether s has a Han, Hiragana or Katakana letter.
func isCJK(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			return true
		}
	}
	return false
}

// reported reports whether a finding of rule starts in [lo, hi).
func (c *checker) reported(rule string, lo, hi int) bool {
	for _, is := range c.issues {
		if is.Rule == rule && is.Offset >= lo && is.Offset < hi {
			return true
		}
	}
	return false
}

// endsAsQuestion reports whether sent ends as a question.
func endsAsQuestion(sent string) bool {
	return strings.HasSuffix(sent, "?") || strings.HasSuffix(sent, "？")
}

// wroteRe: what the buyer wrote in a review already left ("what you
// wrote", "your tip", "Ihr Hinweis", "votre remarque", "su comentario",
// "il suo consiglio", "ご指摘", "您提到的", "書いてくださった内容").
var wroteRe = guardAlt(`(?i)\byou (?:wrote|mentioned|described|shared|pointed out)\b|\byour (?:tip|note|hint|remark|point|observation|comment)\b|\b(?:dein|ihr) (?:hinweis|tipp|kommentar)\b|\b(?:votre|ta|ton) (?:remarque|conseil|astuce|commentaire)\b|\b(?:su|tu) (?:comentario|consejo|observación)\b|\bil (?:suo|tuo) (?:commento|consiglio|suggerimento)\b|ご指摘|\bwhat you (?:wrote|said|shared)\b|\bsie (?:geschrieben|erwähnt|beschrieben)|\bvous avez (?:écrit|mentionné|partagé|décrit)|\b(?:usted )?(?:escribió|mencionó|compartió|describió)\b|\bha (?:scritto|menzionato|condiviso|descritto)\b|您提到的|您写的|您分享的|您所说的|您提及的|書いてくださった|書いていただいた|お書きいただいた|ご紹介いただいた|触れていただいた`)
