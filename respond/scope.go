package respond

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A forbidden channel or payment method (WhatsApp, PayPal, "outside
// Amazon", "our e-mail address") may be named to decline it: "we cannot
// talk on WhatsApp", "thank you for offering PayPal; Amazon's rules
// only allow payment through Amazon". Such a mention keeps the buyer on
// Amazon and only warns; the same name anywhere else blocks.

// ackRe: the reply takes up something the buyer proposed or asked for.
var ackRe = guardAlt(`(?i)\bthank(?:s| you)\b(?:\s+[\p{L}'’]+){0,7}?\s+for\s+(?:[\p{L}'’]+\s+){0,3}?(?:offer\p{L}*|suggest\p{L}*|propos\p{L}*|asking|the idea|mentioning)|\bwe (?:understand|appreciate)\b|\byou (?:mentioned|suggested|asked|offered|proposed|would prefer|'d prefer|’d prefer|would like|'d like|’d like)\b|\byour (?:suggestion|proposal|request|offer)\b|\byou(?:'d|’d) (?:prefer|like)\b|\bI (?:\p{L}+ly |do |can )?(?:understand|know|realise|realize|see|get|appreciate)\b|\bwe (?:\p{L}+ly |do |can )?(?:get|see|know)\b|\bthank(?:s| you) for (?:sending|sharing|giving)\b|\bwe (?:also )?(?:spotted|found)\b|\byou (?:wanted|wondered|tried)\b|\byou also (?:wrote|messaged|contacted|tried|asked|mentioned|sent|reached)\b|\bwe (?:noticed|saw|have seen)\b|\byou(?:'d|’d| would) rather\b|\byou(?:'re|’re| are| had| have)? (?:also )?(?:ask|request)(?:ed|ing)? (?:us |me )?(?:whether|if|about|for)\b|\byou (?:wrote|asked us)\b` +
	`|\bdank\p{L}* für ihr\p{L}* (?:angebot|vorschlag|anfrage|idee)|\b(?:ich|wir) (?:\p{L}+ )?(?:verstehe|verstehen|weiß|wissen)\b|\b(?:ich|wir) (?:kann|können) (?:\p{L}+ )?(?:verstehen|nachvollziehen)\b|\bverständlich(?:erweise)?\b|\bihr\p{L}* (?:wunsch|vorschlag|angebot)\b|\bsie (?:schlagen|schlugen|möchten|würden|hätten|haben)\b|\bsie\b[^.!?\n]{0,40}?\b(?:angeboten|vorgeschlagen|gefragt|gebeten|gewünscht|geschrieben)\b|\bwir haben gesehen\b|\bsie (?:wollten|fragten|baten|wünschten|hatten|fragen|bitten)\b|\b(?:ihnen|sie)\b[^.!?\n]{0,40}?\blieber\b` +
	`|\bmerci\b(?:\s+[\p{L}'’]+){0,3}?\s+(?:pour|de)\s+(?:votre|la|cette)\s+(?:proposition|suggestion|offre|demande)|\b(?:je|nous) (?:\p{L}+ )?(?:comprends|comprenons|conçois|savons|sais)\b|\bvous (?:proposez|suggérez|souhaitez|préféreriez|aimeriez)\b|\bvotre (?:proposition|suggestion|demande)\b|\bvous (?:nous )?avez (?:\p{L}+ )?(?:demandé|proposé|écrit|suggéré)|\bnous avons (?:vu|remarqué|noté)\b|\bvous (?:nous |me )?(?:souhaitiez|vouliez|demandiez|préférez|aviez demandé|réclamiez)\b|\bvous (?:nous |me )?demandez\b` +
	`|\bgracias por (?:su|la|esta) (?:propuesta|sugerencia|oferta)|\b(?:entiendo|comprendo|entendemos|comprendemos)\b|\b(?:sé|sabemos) que\b|\bnos (?:propone|sugiere)\b|\ble resultar\p{L}+|\bsu (?:propuesta|sugerencia)\b|\b(?:nos|me) (?:preguntó|pregunta|preguntas|propuso|propones|sugirió|escribió|pidió|pides|pedía|pedías|preguntaba|preguntabas|solicitó|solicitaba)(?:[^\p{L}]|$)|\b(?:usted )?(?:quería|quisiera)\b|\bhemos (?:visto|notado)\b|\bpreferir[íi]a\b` +
	`|\b(?:grazie|ringrazi\p{L}*)\b(?:\s+[\p{L}'’]+){0,3}?\s+per\s+(?:la|averci|aver|la sua)\s+(?:propost|suggeri|offert|chiest|richiest)\p{L}*|\b(?:capisco|comprendo|comprendiamo|capiamo)\b|\b(?:so|sappiamo) che\b|\b(?:ci|mi) (?:propone|proponi|suggerisce|chiede|chiedi|chiedeva|chiedevi|domandava)\b|\bla sua (?:proposta|richiesta)\b|\bci ha (?:\p{L}+ )?(?:chiesto|proposto|suggerito|scritto)\b|\babbiamo (?:visto|notato)\b|\bpreferirebbe\b` +
	`|ご提案|ご希望|ご要望|ご質問|とのこと|お申し出|いただきましたが|いただいたようですが|ようですが|(?:分か|わか)りますが|(?:分か|わか)っておりますが|理解しておりますが|承知しておりますが|お尋ね|ご依頼|您提到|您希望|您更希望|您问|您询问|我们看到您|我们注意到您|我们理解|您建议|您想|您提出|您的建议|您说|我(?:们)?(?:完全|很|非常)?(?:理解|明白|知道)|您要求|您索要|您想要|您请求`)

// enumRe starts a clause that lists examples of the clause before ("we
// cannot accept other payments, such as PayPal").
var enumRe = guard(`(?i)^\s*(?:such as|like|e\.g\.|for example|including|wie\b|zum beispiel|z\. ?b\.|comme\b|par exemple|como\b|por ejemplo|come\b|ad esempio|per esempio|例如|比如|譬如|如)`)

// infClauseRe: a clause that continues the clause before with an
// infinitive ("it is not possible, unfortunately, to refund via PayPal",
// "es ist nicht möglich, per PayPal zu erstatten", "die Erstattung per
// PayPal vorzunehmen", "de vous rembourser par PayPal", "di pagare con
// PayPal"), so it takes up the refusal of that clause.
var infClauseRe = regexp.MustCompile(`(?i)^\s*(?:to|de|d['’]|di|a|para)\s|\bzu \p{L}+en\b|\b(?:an|auf|aus|ab|bei|ein|mit|nach|vor|vorzu|zurück|über|weiter|vorzu)zu\p{L}+en\b|\b\p{L}+zu(?:nehmen|geben|bieten|senden|schicken|zahlen|führen|stellen|lassen|weisen|wickeln)\b`)

// possibleEndRe: a clause that ends in what is (not) possible or allowed
// ("it is not possible", "es ist uns nicht möglich", "no nos es
// posible"), which an infinitive clause after it continues.
var possibleEndRe = regexp.MustCompile(`(?i)(?:\b(?:possible|able|allowed|permitted|möglich|erlaubt|gestattet|gelingt|autorisée?s?|permise?s?|posible|permitido|possibile|consentito|permesso)|できません|不能|无法)\s*$`)

// refusedAt reports whether the match at sp is named in a refusal or an
// explanation of Amazon's rules: a refusal in its clause (or in the clause
// before, when its clause lists examples), or the buyer's proposal taken
// up in its sentence (before or after the name: Japanese puts the verb
// last) and declined after it, in the next sentence, or in the sentence
// before when its own sentence asks nothing.
func (c *checker) refusedAt(sp []int) bool {
	sents := c.sentences()
	si := sentenceAt(sents, sp[0])
	if si < 0 {
		return false
	}
	s := sents[si]
	cls := clauseSpans(c.text[s[0]:s[1]])
	for k, cl := range cls {
		lo, hi := s[0]+cl[0], s[0]+cl[1]
		if sp[0] < lo || sp[0] >= hi {
			continue
		}
		if c.declinesChannel(lo, hi) {
			return true
		}
		if k > 0 && c.declinesChannel(s[0]+cls[k-1][0], s[0]+cls[k-1][1]) {
			prev := c.text[s[0]+cls[k-1][0] : s[0]+cls[k-1][1]]
			if enumRe.MatchString(c.text[lo:hi]) || infClauseRe.MatchString(c.text[lo:hi]) && possibleEndRe.MatchString(prev) {
				return true
			}
		}
	}
	if c.contrasted(sp) {
		return true
	}
	if c.removedDetail(sp, s, cls) {
		return true
	}
	if si > 0 && c.buyersOwnAgain(sp, s) {
		for _, p := range sents[:si] {
			if c.declinesChannel(p[0], p[1]) {
				return true
			}
		}
	}
	if within(c.hits(ackRe), s[0], s[1]) || c.thanksForChannel(sp, s, cls) {
		next := func(lo, hi int) bool {
			return c.declinesChannel(lo, hi) || within(c.hits(allHereRe), lo, hi) || c.insteadAmazon(lo, hi)
		}
		if next(sp[0], s[1]) || si+1 < len(sents) && next(sents[si+1][0], sents[si+1][1]) {
			return true
		}
		// Declined in the sentence before ("Amazon does not allow
		// refunds outside its platform. You asked about PayPal."), when
		// the channel's own sentence asks nothing.
		if si > 0 && c.declines(sents[si-1][0], sents[si-1][1]) && !within(c.hits(askRe), s[0], s[1]) {
			return true
		}
	}
	return false
}

// buyerOwnRe ends in a possessive of the buyer's ("your", "Ihre",
// "vos", "sus", "i suoi", "您的", "お客様の") with at most two words
// before the channel.
var buyerOwnRe = regexp.MustCompile(`(?i)(?:\b(?:your|ihre[nmrs]?|deine[nmrs]?|votre|vos|tes|ton|ta|su|sus|tu|tus|suo|sua|suoi|sue|tuo|tua|tuoi)\s+(?:[\p{L}'’-]+\s+){0,2}|您的|你的|お客様の|お客さまの)$`)

// buyersOwnAgain reports whether the channel at sp, in sentence s, is the
// buyer's own detail named again in a sentence that asks nothing of the
// buyer and has the seller do nothing with it ("I've asked Amazon to
// remove the message with your bank details"); refusedAt then wants a
// sentence before it to have declined a channel.
func (c *checker) buyersOwnAgain(sp, s []int) bool {
	before := c.text[max(s[0], sp[0]-40):sp[0]]
	for len(before) > 0 && !utf8.RuneStart(before[0]) {
		before = before[1:]
	}
	return buyerOwnRe.MatchString(before) && !within(c.hits(askRe), s[0], s[1]) && !within(c.hits(toUsRe), s[0], s[1]) && !within(c.hits(sellerActRe), s[0], s[1])
}

// removeRe: deleting or removing something ("remove", "löschen",
// "supprimer", "eliminar", "cancellare", "rimuovere", "削除", "删除").
var removeRe = guardAlt(`(?i)\b(?:remov|delet|eras)\p{L}*|\blösch\p{L}*|\bentfern\p{L}*|\bsupprim\p{L}*|\beffac\p{L}*|\belimin\p{L}*|\bborr[ae]\p{L}*|\bcancell\p{L}*|\brimuov\p{L}*|削除|删除`)

// removedDetail reports whether the channel at sp is a detail the buyer
// sent that is being removed, in a clause with a removal verb, in a
// sentence that names Amazon and asks nothing ("We have asked Amazon to
// delete the message with your IBAN", "Wir haben Amazon gebeten, Ihre
// Nachricht mit der IBAN zu löschen").
func (c *checker) removedDetail(sp, s []int, cls [][]int) bool {
	if !within(c.hits(amazonNameRe), s[0], s[1]) || within(c.hits(askRe), s[0], s[1]) || within(c.hits(toUsRe), s[0], s[1]) {
		return false
	}
	for _, cl := range cls {
		lo, hi := s[0]+cl[0], s[0]+cl[1]
		if sp[0] >= lo && sp[0] < hi {
			return within(c.hits(removeRe), lo, hi)
		}
	}
	return false
}

// paymentNameRe: the matched channel is a way to pay (PayPal, a bank
// transfer, an IBAN, "pay us directly", "振込", "转账") rather than a
// way to talk; asking the buyer to use one is off_amazon_payment.
var paymentNameRe = regexp.MustCompile(`(?i)pay\s?pal|venmo|zelle|cash\s?app|western union|moneygram|alipay|bizum|satispay|revolut|bitcoin|crypto|\bIBAN\b|\b(?:bank|wire) transfer|\bbank (?:account|details)|\bpay (?:us )?directly|überweisung|kontonummer|bankverbindung|virement|\bRIB\b|coordonnées bancaires|payer directement|transferencia|datos bancarios|pagar(?:nos)? directamente|bonifico|coordinate bancarie|pagare direttamente|振(?:り)?込|口座番号|支付宝|转账`)

// offAmazonRule returns the rule of a request to go outside Amazon that
// names name: off_amazon_payment for a way to pay, off_amazon_contact
// otherwise.
func offAmazonRule(name string) string {
	if paymentNameRe.MatchString(name) {
		return RuleOffAmazonPayment
	}
	return RuleOffAmazon
}

// contrastBeforeRe ends in a contrast that sets the channel after it
// aside ("rather than by", "statt per", "plutôt que par", "en lugar de",
// "anziché su", "而不是通过"); contrastAfterRe starts with one that
// follows the channel ("LINEではなく", "PayPalでのお支払いではなく").
var (
	contrastBeforeRe = regexp.MustCompile(`(?i)(?:\b(?:rather than|instead of|in place of|statt|anstatt|anstelle von|plutôt que|au lieu de|en lugar de|en vez de|anziché|invece di|invece che|piuttosto che)|而不是|而非|不是(?:通过|用|在))\s*(?:[\p{L}'’]+\s+){0,2}\p{Han}{0,4}$`)
	contrastAfterRe  = regexp.MustCompile(`^(?:[^\p{P}\s]{0,12}?(?:ではなく|じゃなく)|はなく)`) // "LINEで" may be the match
)

// contrasted reports whether the channel at sp is named as what the
// seller does not use: right after "rather than" and its kin, or right
// before "ではなく".
func (c *checker) contrasted(sp []int) bool {
	before := c.text[max(0, sp[0]-60):sp[0]]
	for len(before) > 0 && !utf8.RuneStart(before[0]) {
		before = before[1:]
	}
	after := c.text[sp[1]:min(len(c.text), sp[1]+60)]
	for len(after) > 0 && !utf8.ValidString(after) {
		after = after[:len(after)-1]
	}
	return contrastBeforeRe.MatchString(before) || contrastAfterRe.MatchString(after)
}

// thanksForChannel reports whether the channel at sp is named in a
// thank-you in its clause or the one before ("thank you for your WeChat
// ID", "谢谢您提供微信号");
// refusedAt then wants it declined after it in the sentence or in the
// next one. s is the sentence and cls its clauses.
func (c *checker) thanksForChannel(sp, s []int, cls [][]int) bool {
	for k, cl := range cls {
		lo, hi := s[0]+cl[0], s[0]+cl[1]
		if sp[0] >= lo && sp[0] < hi {
			if k > 0 {
				lo = s[0] + cls[k-1][0] // "Vielen Dank, dass Sie uns Ihre WhatsApp-Nummer …"
			}
			return within(c.hits(replyThanksRe), lo, hi)
		}
	}
	return false
}

// declines reports whether text[lo:hi] refuses or explains Amazon's
// rules.
func (c *checker) declines(lo, hi int) bool {
	return within(c.refusals(), lo, hi) || within(c.hits(amazonRuleRe), lo, hi)
}

// channelNegRe: a negated verb around a channel ("please do not pay by
// PayPal", "die IBAN brauchen wir nicht"); channelNegNotRe: idioms that
// negate nothing ("don't hesitate to", "no problem", "warum nicht").
var (
	channelNegRe    = guardAlt(`(?i)无需|不必|\b(?:do not|don't|don’t|never|no need to|no need for|not necessary|not needed|unnecessary|pas besoin|prefer not|rather not|not to (?:use|contact|write|message|pay|send|call)|not an? (?:channel|method|way|service|platform|app)|not (?:something|an option|available|possible|allowed|permitted|offered|supported|involved|used|needed|required|accepted)|refrain from|avoid (?:sending|sharing|posting|using)|(?:isn't|isn’t|aren't|aren’t|is no longer|are no longer) (?:something|an option|available|possible|allowed|permitted|offered|supported))\b|\b(?:nicht|kein\p{L}*|niemals)\b|\bverzichten sie\b|\bévitez\b|\bevite\b|\beviti\b|避免|\bne\b[^.!?\n]*?\b(?:pas|jamais|plus)\b|\bno (?:nos |le |me |lo |la |se )?(?:es necesario|hace falta|envíe|mande|pague|use|utilice|facilite|comparta|escriba|contacte|llame|enviar|mandar|pagar|usar|utilizar|compartir|escribir|contactar|llamar)\b|\bno (?:nos |le |lo |la |se )?\p{L}+[aei]mos\b|\bnon (?:ci |le |lo |la |si )?\p{L}+iamo\b|\bnunca\b|\bnon (?:ci |mi |le |si )?(?:è necessario|serve|invii|mandi|paghi|usi|utilizzi|condivida|scriva|contatti|chiami|invia\p{L}*|manda\p{L}*|paga\p{L}*|usa\p{L}*|utilizza\p{L}*|condivider\p{L}*|scriver\p{L}*|contattar\p{L}*|chiamar\p{L}*|fornir\p{L}*|comunicar\p{L}*)\b|不要|请勿|不用|不需要|不使用|不通过|不提供|不接受|不支持|(?:行って|使用して|利用して|対応して|受け付けて|お受けして|承って|ご利用いただいて)(?:おりません|いません)|ないでください|(?:なくて|なくても)(?:大丈夫|結構|問題ございません|問題ありません|構いません)|不要です|必要ありません|必要はございません|必要はありません`)
	channelNegNotRe = guardAlt(`(?i)\b(?:do not|don't|don’t) (?:hesitate|forget|worry)|zögern sie nicht|n['’]hésitez pas|no dude|non esiti|\b(?:why not|no problem|warum nicht|kein problem|pourquoi pas|pas de problème|por qué no|ningún problema|perché no|nessun problema)\b`)
)

// onlyHereRe: the conversation stays in this thread or on Amazon ("we
// can only write to you here", "nous ne pouvons échanger que via Amazon",
// "只能通过亚马逊").
var onlyHereRe = guardAlt(`(?i)\b(?:only|nur|ausschließlich|uniquement|seulement|solo|solamente|únicamente|soltanto|unicamente)\b[^.!?\n]*?(?:\b(?:here|hier|ici|qui|in this (?:thread|chat|conversation)|amazon)\b|aqu[ií])|\bne\b[^.!?\n]*?\bque\b[^.!?\n]*?\b(?:ici|amazon)\b|(?:只能|仅能|只可以)[^。！？\n]*?(?:亚马逊|Amazon|这里)|(?:Amazon|アマゾン)[^。！？\n]*?のみ` +
	// "must go through Amazon"
	`|\b(?:must|have to|has to|need to|needs to|müssen|muss|doi(?:t|vent)|deben?|dev(?:e|ono))\b[^.!?\n]*?\b(?:through|via|on|within|über|bei|par|sur|por|a través de|en|tramite|su) amazon\b|(?:Amazon|アマゾン)を(?:通じて|通して|介して)[^。！？\n]*?必要|必须(?:通过|在)(?:亚马逊|Amazon)`)

// insteadRe: what the seller does in place of the buyer's wish ("the
// refund goes through Amazon instead", "stattdessen", "plutôt", "en su
// lugar", "invece", "代わりに", "而是"); with Amazon named in the same
// sentence it declines a channel the buyer asked about.
var insteadRe = guardAlt(`(?i)\binstead\b|\bstatt ?dessen\b|\bplutôt\b|\bà la place\b|\ben cambio\b|\ben su lugar\b|\ben lugar de eso\b|\binvece\b|\bal suo posto\b|代わりに|かわりに|而是|改为|改由`)

// insteadAmazon reports whether text[lo:hi] puts Amazon's path in place
// of something ("instead" and Amazon named) and asks nothing of the
// buyer.
func (c *checker) insteadAmazon(lo, hi int) bool {
	return within(c.hits(insteadRe), lo, hi) && within(c.hits(amazonNameRe), lo, hi) && !within(c.hits(askRe), lo, hi) && !within(c.hits(toUsRe), lo, hi)
}

// allHereRe: every question is handled in this thread or on Amazon ("we
// answer every question here", "nous traitons toutes les demandes ici",
// "すべてこちらのAmazonメッセージで"). It declines a channel only after
// the buyer's wish for it has been taken up.
var allHereRe = guardAlt(`(?i)\bwe(?:'ll|’ll| will| can) (?:handle|continue|deal with|sort|answer|take care of)\b[^.!?\n]*?\bhere\b|\b(?:all|every|everything)\b[^.!?\n]*?\b(?:here|amazon)\b|\balle[ns]?\b[^.!?\n]*?\b(?:hier|amazon)\b|\b(?:toutes?|tous)\b[^.!?\n]*?\b(?:ici|amazon)\b|\b(?:todas?|todos)\b[^.!?\n]*?(?:aquí|\bamazon\b)|\btutt[eio]\b[^.!?\n]*?\b(?:qui|amazon)\b|(?:すべて|全て)[^。！？\n]*?(?:こちら|Amazon|アマゾン)|(?:所有|一切)[^。！？\n]*?(?:亚马逊|Amazon|这里)`)

// declinesChannel is declines, a negated verb, or "only here" in
// text[lo:hi].
func (c *checker) declinesChannel(lo, hi int) bool {
	return c.declines(lo, hi) || within(c.hits(onlyHereRe), lo, hi) || within(c.hits(channelNegRe), lo, hi) && !within(c.hits(channelNegNotRe), lo, hi)
}

// clauseSpans returns the spans of the clauses of sent (see clauses).
func clauseSpans(sent string) [][]int {
	var out [][]int
	last := 0
	for _, sp := range clauseSepRe.FindAllStringIndex(sent, -1) {
		out = append(out, []int{last, sp[0]})
		last = sp[1]
	}
	return append(out, []int{last, len(sent)})
}

// signatureStart returns the byte offset where the sign-off block begins:
// the last paragraph, when it has several lines and a short first line
// ("Kind regards,"); len(text) when there is none.
func signatureStart(text string) int {
	t := strings.TrimRight(text, " \t\n")
	i := strings.LastIndex(t, "\n\n")
	if i < 0 {
		return len(text)
	}
	para := t[i+2:]
	first, rest, ok := strings.Cut(para, "\n")
	if !ok || strings.TrimSpace(rest) == "" || len([]rune(strings.TrimSpace(first))) > 40 {
		return len(text)
	}
	return i + 2
}

// seenRe: something seen, posted or found somewhere ("the photo you saw
// on Instagram", "auf Facebook gesehen", "vu sur Instagram", "visto en
// Facebook", "visto su Instagram", "Instagramで見た", "在微信上看到").
var seenRe = guardAlt(`(?i)\b(?:saw|seen|spotted|came across|noticed|posted|shared|published|featured|taken|read|found)\b|\b(?:gesehen|entdeckt|gefunden|gelesen|gepostet|geteilt|veröffentlicht|sahen|sahst)\b|\b(?:vu|vue|vus|vues|aperçu|aperçue|trouvé|trouvée|lu|publié|publiée|partagé|partagée)\b|\b(?:vio|viste|visto|vista|encontró|encontraste|leyó|publicad[oa]|compartid[oa])\b|\b(?:vedeva|trovato|trovata|letto|pubblicat[oa]|condivis[oa])\b|見た|見かけ|ご覧になった|ご覧いただいた|掲載|投稿|看到|发布|发的|刊登`)

// seenPlaceBeforeRe ends in a preposition of place with at most one word
// after it, before a channel ("on", "auf", "sur", "en", "su", "在");
// seenPlaceAfterRe starts with one after a channel ("で", "に", "上").
var (
	seenPlaceBeforeRe = regexp.MustCompile(`(?i)(?:\b(?:on|in|from|auf|bei|sur|dans|en|su|sul|sulla)\s+(?:[\p{L}'’]+\s+)?|(?:在|于))$`)
	seenPlaceAfterRe  = regexp.MustCompile(`^\s*(?:で|に|上)`)
)

// ourBeforeRe ends in the seller's possessive ("our", "unser", "notre",
// "nuestro", "nostro", "当店の", "我们的") with at most one word after it.
var ourBeforeRe = regexp.MustCompile(`(?i)(?:\b(?:our|unser\p{L}*|notre|nos|nuestr[oa]s?|nostr[oaie])\s+(?:[\p{L}'’-]+\s+)?|(?:当店|弊社|私ども)の|我们的)$`)

// inviteRe: an invitation to go to a channel ("follow", "find us", "you
// can", "folgen Sie", "suivez", "síganos", "seguici", "フォロー", "关注").
var inviteRe = guardAlt(`(?i)\b(?:follow|find us|join|add us|message us|dm us|visit|check out|you can|you could|feel free)\b|\b(?:folgen|besuchen|finden sie|sie können)\b|\b(?:suivez|retrouvez|rejoignez|vous pouvez)\b|\b(?:s[íi]g(?:a|ue|an)nos|visít\p{L}*|puede|puedes)\b|\b(?:seguici|ci segua|visiti|può|puoi)\b|フォロー|友だち|友達|できます|关注|您可以|可以`)

// handleRe: a handle, a long number or a link.
var handleRe = regexp.MustCompile(`(?i)(?:^|\s)[@＠][\p{L}\d_.]{2,}|\d[\d \-]{4,}\d|https?://|www\.|\.(?:com|de|fr|es|it|jp|cn|net|org)\b`)

// seenOn reports whether the channel at sp is named as where something
// was seen or happened ("the photo you saw on Instagram was taken by a
// customer"): a seeing or posting verb in its sentence, the channel after
// a preposition of place and not the seller's own, and nothing in the
// sentence or the next one invites the buyer there (no request, no
// "follow" or "you can", no handle, number or link). A way to pay never
// qualifies.
func (c *checker) seenOn(sp []int) bool {
	if paymentNameRe.MatchString(c.text[sp[0]:sp[1]]) {
		return false
	}
	sents := c.sentences()
	si := sentenceAt(sents, sp[0])
	if si < 0 {
		return false
	}
	s := sents[si]
	if !within(c.hits(seenRe), s[0], s[1]) {
		return false
	}
	before := c.text[max(s[0], sp[0]-40):sp[0]]
	for len(before) > 0 && !utf8.RuneStart(before[0]) {
		before = before[1:]
	}
	if ourBeforeRe.MatchString(before) || !seenPlaceBeforeRe.MatchString(before) && !seenPlaceAfterRe.MatchString(c.text[sp[1]:min(s[1], sp[1]+8)]) {
		return false
	}
	hi := s[1]
	if si+1 < len(sents) {
		hi = sents[si+1][1]
	}
	for _, re := range []matcher{askRe, toUsRe, inviteRe} {
		if within(c.hits(re), s[0], hi) {
			return false
		}
	}
	return !handleRe.MatchString(c.text[s[0]:hi])
}

// sentenceAt returns the index of the sentence span holding offset off,
// or -1 when none does.
func sentenceAt(sents [][]int, off int) int {
	for i, s := range sents {
		if s[0] <= off && off < s[1] {
			return i
		}
	}
	return -1
}
