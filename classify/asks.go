package classify

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aftersale/aftersale"
)

// ReadAsks reads what a buyer's message asks for (a replacement, a refund,
// the missing parts, ...) and the facts it already gives (the symptom, the
// missing part, a photo, the variant, the reason), so that a reply answers
// the request and never asks for what the buyer told. It reads the buyer's
// own words (Message.ClassifyText, quoted older mail left out) in any of
// the template languages (en, de, fr, es, it, ja, zh) and the message's
// attachments. It is pure and does not log.
//
// Asks come back in the order of aftersale.Asks. An ask that the buyer
// negates ("no refund, please send a new one", "返金ではなく交換") is not
// one.
func ReadAsks(m aftersale.Message) ([]aftersale.Ask, aftersale.Given) {
	text := stripQuoted(m.ClassifyText())
	if m.HasFlag(aftersale.FlagNoBuyerText) {
		text = "" // Amazon's template with nothing from the buyer (a photo only): its boilerplate says nothing
	}
	ss := sentences(text)
	var g aftersale.Given
	g.Photo, g.Video = attachedMedia(m.Attachments)
	if mediaSaid.anyIn(ss) || mediaShape(ss) {
		g.Photo = true
		if videoWord.anyIn(ss) && !g.Video && len(m.Attachments) == 0 {
			g.Video = true
		}
	}
	g.Symptom = symptomSentence(ss)
	g.MissingPart, g.MissingCount = missingPart(ss)
	if g.MissingPart == "" {
		g.MissingPart, g.MissingCount = countedPieces(ss, text+"\n"+m.Subject)
	}
	g.Reason = firstSentence(ss, reasonCues)
	g.Keep = keepWish(ss)
	g.Ordered, g.Received, g.Wanted = variants(ss)
	var subject string // the buyer's own subject, not a reply's
	if !m.HasFlag(aftersale.FlagNoBuyerText) && !replySubjectRe.MatchString(m.Subject) {
		subject = m.Subject
		elsewhere(&g, sentences(subject))
	}

	missing := missingIn(ss) || g.MissingPart != ""
	has := map[aftersale.Ask]bool{}
	declined := map[aftersale.Ask]bool{}
	for _, k := range askCues {
		asserted, neg := k.cues.assertedNegatedIn(ss)
		switch {
		case asserted:
			has[k.ask] = true
		case neg && declinable[k.ask]:
			declined[k.ask] = true
		}
	}
	if replacementRefused(ss) {
		// "a new one is no use to me", "ich brauche keinen neuen", "不用再寄了"
		delete(has, aftersale.AskReplacement)
		declined[aftersale.AskReplacement] = true
	}
	if g.Reason == "" {
		g.Reason = reasonLine(text)
	}
	if g.Reason == "" {
		g.Reason = alreadySentence(ss)
	}
	v := newView(text)
	g.Complaint = complaintOf(v, ss, g)
	if g.Complaint == aftersale.SubNone && subject != "" {
		g.Complaint = complaintOf(newView(subject), sentences(subject), g)
	}
	if brokenOnlyRefund(ss) {
		has[aftersale.AskPartialRefund] = true // "a refund for the broken glasses only"
	}
	if (g.Complaint == aftersale.SubDamaged || g.Complaint == aftersale.SubDefective) && !missing {
		// "two of the six cups arrived broken: just refund those two",
		// "¿me podéis mandar esos dos cuencos?": the money or new units
		// for the pieces counted or pointed at, not the whole order.
		switch {
		case piecesRefund(ss):
			has[aftersale.AskPartialRefund] = true
			delete(has, aftersale.AskRefund)
		case piecesSend(ss) && !declined[aftersale.AskReplacement] && !has[aftersale.AskReplacement] && !replacementNoun.anyIn(ss):
			// "send replacements for the two broken ones" asks for a
			// replacement in its own word; "send those two" for the pieces.
			has[aftersale.AskSendParts] = true
			delete(has, aftersale.AskReplacement)
		}
	}
	if partialOverlapsRefund(ss) && !fullRefundCues.assertedIn(ss) {
		delete(has, aftersale.AskRefund) // "a partial refund" is not the whole price
	}
	if missing && (sendCues.assertedIn(ss) || sendPartsCues.assertedIn(ss) || piecesSend(ss)) {
		has[aftersale.AskSendParts] = true
	}
	if g.Wanted != "" && !declined[aftersale.AskReplacement] {
		has[aftersale.AskReplacement] = true
	}
	if !missing && !declined[aftersale.AskReplacement] && sendAnother(ss) {
		// "Por favor, enviadme otra", "schicken Sie mir bitte ein neues"
		has[aftersale.AskReplacement] = true
	}
	if !missing && !has[aftersale.AskRefund] && !declined[aftersale.AskReplacement] && (sendCues.assertedIn(ss) || haveCues.assertedIn(ss)) &&
		(g.Ordered != "" || g.Received != "" || wrongItemCues.any(v)) {
		// "I ordered blue and got green: please send me the blue one"
		has[aftersale.AskReplacement] = true
	}
	if g.Keep == "yes" && (has[aftersale.AskRefund] || discountWord.anyIn(ss)) {
		has[aftersale.AskPartialRefund] = true
	}
	var asks []aftersale.Ask
	for _, a := range aftersale.Asks() {
		if has[a] {
			asks = append(asks, a)
		} else if declined[a] {
			g.Declined = append(g.Declined, a)
		}
	}
	return asks, g
}

// elsewhere fills the facts the buyer's words leave empty from the
// sentences xs of the buyer's own subject ("Lid cracked on first use"): a
// reply never asks again for what the subject says; the asks stay those
// of the words.
func elsewhere(g *aftersale.Given, xs []*sent) {
	if len(xs) == 0 {
		return
	}
	if g.Symptom == "" {
		g.Symptom = symptomSentence(xs)
	}
	if g.MissingPart == "" {
		g.MissingPart, g.MissingCount = missingPart(xs)
	}
	if !g.Photo && mediaSaid.anyIn(xs) {
		g.Photo = true
	}
	if g.Ordered == "" && g.Received == "" && g.Wanted == "" {
		g.Ordered, g.Received, g.Wanted = variants(xs)
	}
	if g.Reason == "" {
		g.Reason = firstSentence(xs, reasonCues)
	}
}

// replySubjectRe finds the prefix of a reply's or a forward's subject:
// its words are the earlier sender's, often the seller's ("Re: Your
// damaged blender").
var replySubjectRe = regexp.MustCompile(`(?i)^\s*(?:re|aw|sv|wg|fw|fwd|tr|rv|r|rif|réf)\s*:|^\s*(?:回复|答复|转发|返信)\s*[:：]`)

// photoWordRe and attachWordRe find a photo and the verb that attaches it
// in the template languages: "Bilder hänge ich an", "je vous joins deux
// photos", "写真を添付".
var (
	photoWordRe  = regexp.MustCompile(`\b(?:photos?|pictures?|pics?|images?|bilder?|fotos?|screenshots?|videos?)\b|写真|画像|照片|图片|视频|動画`)
	attachWordRe = regexp.MustCompile(`\b(?:attach\p{L}*|join[st]?|joint\p{L}*|hänge\p{L}* \p{L}*\s?an|hänge an|anhang|angehängt|beigefügt|adjunt\p{L}*|alleg\p{L}*)\b|添付|附上|附件|附了`)
)

// mediaSeenRe finds a photo pointed at in passing: "as you can see in the
// picture", "come si vede dalla foto", "写真の通り", "如图".
var mediaSeenRe = regexp.MustCompile(`\b(?:see|seen|shown|visible|show|shows)\b[^.!?]{0,20}\b(?:in|on|from) (?:the|my|this|these) (?:photos?|pictures?|images?|video)\b|\b(?:si vede|si vedono|si nota|visibile|visto)\b[^.!?]{0,15}\b(?:dalla|dalle|nella|nelle|sulla|in) (?:foto|immagin\p{L}*|video)\b|\b(?:se ve|se ven|se aprecia|se nota|visible)\b[^.!?]{0,15}\b(?:en|de) (?:la|las) (?:fotos?|imágenes|imagen)\b|\b(?:on (?:le |la )?voit|visible|voyez)\b[^.!?]{0,15}\b(?:sur|dans) (?:la|les) (?:photos?|images?)\b|\b(?:sieht|sehen|sichtbar|erkennt|erkennen)\b[^.!?]{0,20}\b(?:auf|im) (?:dem|den) (?:fotos?|bildern?|video)\b|(?:写真|画像|動画)(?:の(?:通り|とおり|ように|様に)|で(?:分かる|わかる|確認)|を(?:ご覧|見て))|如图|见图|看图|(?:照片|图片|视频)(?:里|中|上)(?:可以)?(?:看|能看)`)

// mediaShape reports whether a sentence names a photo or video and the
// verb that attaches it, or points at one in passing.
func mediaShape(ss []*sent) bool {
	for _, s := range ss {
		if photoWordRe.MatchString(s.folded) && attachWordRe.MatchString(s.folded) || mediaSeenRe.MatchString(s.folded) {
			return true
		}
	}
	return false
}

// refuseReplacement are the words of a buyer who does not want another
// unit sent, beside the replacement cues a negation word refuses ("no
// replacement"): another one, a new one or a second shipment refused in
// the words of each template language.
var refuseReplacement = newPhrases(
	"no use to me", "of no use to me", "don't want another", "do not want another", "don't want a new one",
	"do not want a new one", "don't need another", "do not need another", "don't need a new one",
	"don't want one sent", "don't want it sent again", "don't want to wait for another", "do not want to wait for another",
	"don't want to wait for a new", "don't want to wait for a replacement", "no point sending another",
	"rather not wait for", "not wait for a swap", "not wait for a replacement", "not wait for another",
	"keinen neuen", "keine neue", "kein neues", "kein zweites", "keinen zweiten", "keine neue lieferung",
	"keine erneute", "nicht noch einen", "nicht noch eine", "nicht noch mal schicken", "nicht erneut",
	"pas d'un autre", "pas d'une autre", "pas un autre", "pas une autre", "pas d'autre", "pas d'un nouvel",
	"pas d'une nouvelle", "pas de nouvel", "pas de nouvelle", "pas de nouveau", "pas un nouvel", "pas de renvoi",
	"pas de réexpédition",
	"no quiero otro", "no quiero otra", "no necesito otro", "no necesito otra", "no me sirve otro", "no me sirve otra",
	"no quiero uno nuevo", "no quiero una nueva", "no quiero que me envíen otro", "no quiero que me mandéis otro",
	"no me mandéis otro", "no me enviéis otro", "no quiero un nuevo envío", "no quiero esperar otro",
	"non mi serve un altro", "non mi serve un'altra", "non voglio un altro", "non voglio un'altra",
	"non mi serve uno nuovo", "non voglio uno nuovo", "non mandatemi un altro", "non inviatemi un altro",
	"non voglio un nuovo invio", "non voglio aspettare un altro",
	"送られても困", "再送は不要", "再送不要", "再送は結構", "再送はいりません", "新しいものは不要", "新しいものはいりません",
	"もう一つは不要", "代わりは不要", "代わりの品は不要",
	"不用再寄", "不用再发", "别再寄", "别再发", "不要再寄", "不要再发", "不需要再寄", "不需要再发", "不用补发",
	"不要补发", "不用换新", "不要换新", "不用给我换", "不要给我换",
)

// anotherUnit are the words of one more unit of the item.
var anotherUnit = newPhrases("another", "another one", "a new one", "new one", "otro", "otra", "uno nuevo", "una nueva",
	"un autre", "une autre", "un nouveau", "une nouvelle", "un altro", "un'altra", "uno nuovo", "una nuova",
	"ein neues", "einen neuen", "eine neue", "noch einen", "noch eine", "noch eins", "ein anderes", "einen anderen",
	"もう一つ", "もう一台", "新しいもの", "新品", "別のもの", "另一个", "新的", "一个新的", "一台新的")

// sendAnother reports whether a sentence asks to send one more unit
// ("enviadme otra", "could you send me another", "新しいものを送って"),
// not negated.
func sendAnother(ss []*sent) bool {
	for _, s := range ss {
		one := []*sent{s}
		if !sendCues.assertedIn(one) {
			continue
		}
		for _, h := range anotherUnit.find(s) {
			if !negated(s, h) {
				return true
			}
		}
	}
	return false
}

// uselessAnotherRe reads another unit called useless: "sending me another
// one won't help", "a new one is of no use", "ein neues nützt mir nichts",
// "un autre ne servirait à rien", "otro no me sirve", "un altro non
// serve a niente".
var uselessAnotherRe = regexp.MustCompile(`\b(?:inutile de|pas la peine de|pas besoin de|no hace falta|no es necesario|no necesitáis|non serve|non è necessario|non c'è bisogno di|nicht nötig|unnötig|no need to|there's no need to|don't bother)\b[^.,;!?]{0,25}\b(?:another|une autre|un autre|otro|otra|un altro|un'altra|altro|altra|ein neues|einen neuen|eine neue|noch ein\p{L}*)\b|\b(?:another(?: one)?|a new one|new one|replacement|ein neues|einen neuen|eine neue|ersatz|un autre|une autre|un nouveau|une nouvelle|otro|otra|uno nuevo|una nueva|un altro|un'altra|uno nuovo|una nuova)\b[^.,;!?]{0,25}\b(?:won't help|will not help|wouldn't help|would not help|doesn't help|no use|no good|pointless|nützt (?:mir )?nichts|hilft (?:mir )?nicht|bringt (?:mir )?nichts|ne (?:me )?servirait à rien|ne (?:me )?sert à rien|ne m'aide pas|no me sirve|no sirve|no me ayuda|non (?:mi )?serve|non mi aiuta|inutile)`)

// replacementRefused reports whether the buyer refuses another unit in
// words the replacement cues do not negate.
func replacementRefused(ss []*sent) bool {
	if refuseReplacement.anyIn(ss) {
		return true
	}
	for _, s := range ss {
		if uselessAnotherRe.MatchString(s.folded) {
			return true
		}
	}
	return false
}

// alreadyRe reads a reason in other words: the buyer already has one, or
// got it elsewhere ("my sister already got me one", "ya lo compré en
// otra tienda", "近所の店で買ってしまいました", "已经在别的店买到了").
var alreadyRe = regexp.MustCompile(`\b(?:already had|had one already|have one already|had it already)\b|\b(?:avevo|ho|avevamo|abbiamo) già(?:\s|$)|\bj'en (?:ai|avais) déjà(?:\s|$)|\b(?:habe|hatte|haben|hatten) (?:schon|bereits) (?:einen|eine|eins|so einen|so eine)\b|\bya (?:tenía|tengo|teníamos|tenemos) (?:uno|una)\b|\b(?:already|ya|déjà|schon|bereits|già)(?:\s|\b)[^.!?,]{0,30}\b(?:got (?:me |us |him |her )?(?:one|it|a|another)|gave (?:me |us )?(?:one|it|a)|bought|have one|has one|have it|found (?:one|it|a)|purchased|gekauft|gefunden|woanders|bestellt|acheté|trouvé|commandé|ailleurs|compré|comprado|pedido|encontré|tengo uno|tengo una|comprato|trovato|ordinato|preso|altrove|ordered)\b|\b(?:got|bought|found|purchased) (?:it|one|the same)[^.!?]{0,20}\b(?:elsewhere|locally|in (?:a|the) (?:shop|store))\b|\b(?:otra tienda|otro sitio|un autre magasin|en magasin|altro negozio|in negozio|anderen laden|im laden)\b|(?:店で|お店で|他で|別の店|ほかの店)[^。]{0,15}(?:買|購入)|(?:もう|すでに|既に)[^。]{0,10}(?:買|持って|購入)|(?:别的店|别家|实体店|其他店)|已经(?:在[^，。]{0,6})?(?:买|有了)`)

// alreadySentence returns the first sentence that gives such a reason.
func alreadySentence(ss []*sent) string {
	for _, s := range ss {
		if alreadyRe.MatchString(s.folded) {
			return clip(s.orig, 200)
		}
	}
	return ""
}

// reasonLineRe reads the reason line of Amazon's cancellation request and
// of a buyer's form-like message ("Reason given by the buyer: No longer
// needed", "Motif indiqué par l'acheteur : Trouvé moins cher ailleurs",
// "Grund: ...", "Motivo: ...", "理由：...", "原因：...").
var reasonLineRe = regexp.MustCompile(`(?im)^[ \t]*(?:[^:：\n]{0,30}\b(?:reason|grund|motif|motivo|raison)\b[^:：\n]{0,40}|[^:：\n]{0,12}(?:理由|原因)[^:：\n]{0,12})[ \t]*[:：][ \t]*(\S[^\n]{1,150})$`)

// reasonLine returns the reason a reason line gives, "" if none.
func reasonLine(text string) string {
	if m := reasonLineRe.FindStringSubmatch(text); m != nil && !noReasonRe.MatchString(m[1]) {
		return clip(strings.TrimSpace(m[1]), 200)
	}
	return ""
}

// noReasonRe reads a reason line that gives none.
var noReasonRe = regexp.MustCompile(`(?i)^\s*(?:no reason|none|n/?a|-+|not (?:given|specified|provided)|keine(?:r)? (?:angabe|grund)|aucun|sans motif|non (?:précisé|spécifié|indicato|specificato)|ninguno|sin motivo|no (?:especificado|indicado)|nessuno|nessun motivo|なし|理由なし|无|没有)\b?`)

// complaintOf is what the buyer says went wrong: the return_dissatisfied
// sub-reason whose cues the text has most of, else a wrong item in other
// words ("instead of", "a completely different one", a variant received
// beside the words of what was ordered that is not the one ordered).
func complaintOf(v view, ss []*sent, g aftersale.Given) aftersale.SubReason {
	if c := subReason(v); c != aftersale.SubNone {
		return c
	}
	if g.MissingPart != "" {
		return aftersale.SubMissingParts
	}
	if wrongElseSent(ss) || (g.Received != "" && g.Ordered != g.Received && (g.Ordered != "" || orderedCues.anyIn(ss))) {
		return aftersale.SubWrongItem
	}
	if g.Symptom != "" && specificFault(ss) {
		return aftersale.SubDefective
	}
	return aftersale.SubNone
}

// wrongElseSent reports whether a sentence says that an item other than
// the one ordered came: wrongElse beside the words of receiving or
// sending ("you sent me a completely different shoe"; not "refunded to my
// gift card instead of my card").
func wrongElseSent(ss []*sent) bool {
	for _, s := range ss {
		if (len(receivedCues.find(s)) > 0 || len(sentPastCues.find(s)) > 0 || len(orderedCues.find(s)) > 0) &&
			(wrongElse.any(newView(s.orig)) || thisNotThatRe.MatchString(s.folded)) {
			return true
		}
	}
	return false
}

// thisNotThatRe reads "you sent me a phone case, not a charger", "ich habe
// eine Tasse bekommen, keine Kanne", "j'ai reçu un bol, pas une tasse",
// "me llegó un cable, no un cargador", "mi è arrivata una cover, non un
// caricatore": one thing received, then another one negated after a comma.
var thisNotThatRe = regexp.MustCompile(`\b(?:sent|got|received|delivered|bekommen|erhalten|geliefert|geschickt|reçu|envoyé|livré|recibido|llegó|enviado|mandado|ricevuto|arrivat[oa]|inviato|mandato)\b[^,;]{0,60},\s*(?:(?:not|and not|instead of|statt|pas|et non|no|y no|en vez de|non|e non|invece di)\s+(?:a|an|the|my|eine?n?|die|der|das|den|un|une|le|la|el|uno|una|il|lo)|keine?n?)\s+\p{L}`)

// weakFault are symptom cues too common to name a fault on their own
// ("I didn't read it properly").
var weakFault = map[string]bool{"keeps": true, "won't": true, "doesn't": true, "does not": true, "didn't": true,
	"can't": true, "cannot": true, "stopped": true, "display": true, "screen": true, "battery": true, "stuck": true,
	"weak": true, "split": true, "seam": true, "zipper": true, "loose": true, "static": true, "nicht mehr": true,
	"batterie": true, "akku": true, "écran": true, "pantalla": true, "schermo": true, "batería": true, "batteria": true,
	"画面": true, "电池": true, "屏幕": true}

// specificFault reports whether a sentence has a symptom cue that names a
// fault on its own, not negated.
func specificFault(ss []*sent) bool {
	for _, s := range ss {
		for _, h := range symptomCues.find(s) {
			if !negated(s, h) && !weakFault[s.folded[h.at:h.end]] {
				return true
			}
		}
	}
	return false
}

// sentPastCues say what the seller sent or what came, beside receivedCues.
var sentPastCues = newPhrases("sent", "shipped", "enviaron", "mandaron", "me han mandado", "me han enviado", "venía",
	"venían", "llegaron", "geschickt", "gesendet", "kam", "envoyé", "reçu", "inviato", "mandato", "arrivata", "arrivati",
	"届いた", "送られて", "发来", "寄来", "收到")

// wrongElse says an item other than the one ordered came.
var wrongElse = newCues("instead of the", "instead of a", "instead of my", "completely different", "totally different",
	"another model", "not the one", "not what i", "statt der", "statt des", "statt dem", "statt einem",
	"statt eines", "statt einer", "ganz anderen", "au lieu du", "au lieu de la",
	"au lieu des", "au lieu d'un", "au lieu d'une", "un autre modèle", "complètement différent", "en lugar de", "en vez de",
	"otro modelo", "completamente distint*", "completamente diferente", "un altro modello", "invece del", "invece della",
	"invece di", "al posto del", "al posto della", "completamente divers*",
	"no es el que", "no es la que", "no es lo que", "no son los que", "no son las que", "otra marca", "another brand",
	"different brand", "isn't the one", "is not the one", "isn't what i", "andere marke", "autre marque",
	"ce n'est pas celui", "ce n'est pas celle", "altra marca", "non è quello che", "non è quella che",
	"違うもの", "違う物", "別のもの", "不是我要的", "而不是")

// declinable are the remedies a buyer may refuse ("no replacement,
// please", "pas d'échange", "不要换货"): a refusal is kept (Given.Declined)
// so that the reply does not offer it.
var declinable = map[aftersale.Ask]bool{
	aftersale.AskReplacement: true, aftersale.AskRefund: true, aftersale.AskPartialRefund: true, aftersale.AskReturn: true,
}

// addAsks sets the facts ReadAsks reads for a buyer's message. Amazon's
// notices are left alone (their boilerplate asks nothing of the seller),
// except the official cancellation request, which carries the buyer's
// words. A new address is read when the buyer asks to deliver elsewhere.
func addAsks(cl *aftersale.Classification, m aftersale.Message) {
	if m.ParseErr != "" || (cl.Notice != aftersale.NoticeNone && cl.Notice != aftersale.NoticeCancellation) {
		return
	}
	cl.Facts.Asks, cl.Facts.Given = ReadAsks(m)
	if cl.Facts.NewAddress == "" && (cl.Facts.Has(aftersale.AskNewAddress) || cl.Case == aftersale.CaseAddressChange) {
		text := stripQuoted(m.ClassifyText())
		cl.Facts.NewAddress = newAddress(text)
		if cl.Facts.NewAddress == "" {
			cl.Facts.NewAddress = inlineAddress(text)
		}
		if cl.Facts.NewAddress == "" {
			// Part of an address ("14 not 41", "Via dei Serragli 80"):
			// echoed for the buyer to confirm, never asked again.
			cl.Facts.NewAddress = partialAddress(text)
		}
	}
	if cl.Facts.NewAddress == "" && cl.Case == aftersale.CaseShippingInquiry {
		// "it is on its way, but I am in Regensburg from tomorrow,
		// Prüfeninger Str. 48, 93049 Regensburg: can it go there?" — a
		// full address written out in a question about the parcel is
		// where the buyer wants it.
		if a := inlineAddress(stripQuoted(m.ClassifyText())); hasPostcode(a) && streetRe.MatchString(a) && !numberWordRe.MatchString(a) {
			cl.Facts.NewAddress = a // a street and a postcode, not a tracking number
		}
	}
}

// numberWordRe finds the word for a number (a tracking or order number)
// in the template languages: what looks like a postcode beside it is none.
var numberWordRe = regexp.MustCompile(`(?i)\b(?:number|tracking|nummer|numéro|número|numero)\b|番号|号码|单号|追跡`)

// wrongItemCues say the item that arrived is not the one ordered.
var wrongItemCues = func() *cueSet {
	for _, s := range subCues {
		if s.sub == aftersale.SubWrongItem {
			return s.cues
		}
	}
	panic("classify: no wrong-item cues")
}()

// inlineAddress finds an address written inside a sentence ("Could you
// send it to my new address? 221 Elm Street, Austin, TX 78701"): the
// first sentence with a postcode and a street, from whichever comes first
// (or from after a colon before them).
func inlineAddress(text string) string {
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '?' || r == '？' || r == '!' || r == '。' }) {
		p := strings.TrimSpace(part)
		street, post := streetRe.FindStringIndex(p), postcodeRe.FindStringIndex(p)
		if m := cjkAddressRe.FindStringIndex(p); m != nil && post == nil && !aftersale.HasOrderID(p) {
			return trimAddress(p[m[0]:m[1]]) // "广东省深圳市南山区科技路88号", "東京都渋谷区神宮前1-2-3"
		}
		shaped := false
		if street == nil && post != nil {
			street, shaped = namedStreet(p[:post[0]]), true
		}
		if street == nil || post == nil || aftersale.HasOrderID(p) {
			continue
		}
		start := min(street[0], post[0])
		if m := houseNumberRe.FindStringIndex(p[:start]); m != nil && !shaped {
			start = m[0] // "12 rue des Lilas": the number before the street word
		}
		if i := strings.LastIndexAny(p[:start], ":："); i >= 0 {
			_, n := utf8.DecodeRuneInString(p[i:])
			start = i + n
		}
		end := len(p)
		if i := strings.Index(p[post[0]:], ". "); i >= 0 {
			end = post[0] + i // "…, 53111 Bonn. Könnt ihr …": the next sentence is no address
		}
		return trimAddress(p[start:end])
	}
	return ""
}

// namedStreetRe is a street by its shape, without a street word: a house
// number before capitalised words ("14 Orchard Rise") or after them ("Am
// Hang 5").
var namedStreetRe = regexp.MustCompile(`\b\d+[a-z]?\s+(?:\p{Lu}[\p{L}'-]*\s*){1,3}|\b(?:\p{Lu}[\p{L}'.-]*\s+){1,3}\d+[a-z]?\b`)

// namedStreet returns the span of the last street read by shape in s, the
// text before a postcode, when it ends at most 30 bytes before the postcode.
func namedStreet(s string) []int {
	ms := namedStreetRe.FindAllStringIndex(s, -1)
	if len(ms) == 0 || len(s)-ms[len(ms)-1][1] > 30 {
		return nil
	}
	return ms[len(ms)-1]
}

// cjkAddressRe is a Chinese or Japanese address without a postcode: a
// province or prefecture, a city or ward, then a road or block and number.
var cjkAddressRe = regexp.MustCompile(`\p{Han}{1,4}(?:省|自治区|都|道|府|県)?\p{Han}{1,5}(?:市|区|県)\p{Han}{0,12}?(?:路|街|道|大道|巷|丁目|町)\s*[0-9０-９一二三四五六七八九十-]+(?:号|番地?|丁目)?(?:[0-9０-９-]+(?:号|室|楼|栋|单元)?)*|\p{Han}{2,3}(?:都|道|府|県)\p{Han}{1,6}?(?:市|区|郡)\p{Han}{0,8}?[0-9０-９]+(?:[-−－][0-9０-９]+)*`)

func isHiragana(r rune) bool { return unicode.Is(unicode.Hiragana, r) }

// houseNumberRe is a house number just before a street word ("12 rue").
var houseNumberRe = regexp.MustCompile(`\b\d+[a-z]?,?\s+$`)

// trimAddress drops the words around an address read inside a sentence:
// the copula before it ("是", "は") and the closing after it ("です", ".").
func trimAddress(a string) string {
	a = strings.TrimSpace(a)
	for _, p := range []string{"新地址是", "地址是", "地址为", "寄到", "发到", "送到", "是", "は", "为", "：", ":"} {
		a = strings.TrimPrefix(a, p)
	}
	if i := strings.LastIndex(a, ". "); i >= 0 && isClosing(strings.TrimSpace(a[i+2:])) {
		a = a[:i] // "…, 46001 Valencia. Gracias"
	}
	for _, s := range []string{"。", ".", "です", "でお願いします", "になります"} {
		a = strings.TrimSuffix(strings.TrimSpace(a), s)
	}
	return strings.TrimSpace(a)
}

// attachedMedia reports whether the attachment names include a photo or a
// video (by extension, or "(image/…)" for a part without a name).
func attachedMedia(names []string) (photo, video bool) {
	for _, n := range names {
		l := strings.ToLower(n)
		switch {
		case strings.HasPrefix(l, "(image/"), imageExtRe.MatchString(l):
			photo = true
		case strings.HasPrefix(l, "(video/"), videoExtRe.MatchString(l):
			photo, video = true, true
		}
	}
	return photo, video
}

var (
	imageExtRe = regexp.MustCompile(`\.(?:jpe?g|png|gif|heic|heif|webp|bmp|tiff?)$`)
	videoExtRe = regexp.MustCompile(`\.(?:mp4|mov|m4v|avi|3gp|wmv|webm|mkv)$`)
)

// sent is one sentence of the buyer's text: as written and folded, with
// the folded text's Latin-script words and their byte offsets.
type sent struct {
	orig   string
	folded string
	toks   []tok
	cjk    bool        // folded holds a CJK character (else no CJK phrase can match)
	runes  *wordFilter // with cjk: the runeBit of every rune of folded
}

type tok struct {
	w       string
	at, end int
	first   int32 // phraseIndex.id(w)
}

// sentences splits text at sentence ends and line breaks and folds each
// sentence (fold: NFKC, lower case).
func sentences(text string) []*sent {
	var out []*sent
	start := 0
	add := func(end int) {
		s := strings.TrimSpace(text[start:end])
		start = end
		if s == "" {
			return
		}
		f := fold(s)
		st := &sent{orig: s, folded: f, toks: words(f), cjk: strings.IndexFunc(f, isCJK) >= 0}
		if st.cjk {
			st.runes = new(wordFilter)
			st.runes.addRunes(f)
		}
		out = append(out, st)
	}
	for i, r := range text {
		switch r {
		case '\n', '!', '?', '。', '！', '？':
			add(i + utf8.RuneLen(r))
		case '.':
			// a full stop ends a sentence unless a digit follows (24.99)
			if j := i + 1; j >= len(text) || !isDigitByte(text[j]) {
				add(j)
			}
		}
	}
	add(len(text))
	return out
}

// words returns the Latin-script words of folded text with their offsets;
// apostrophes inside a word belong to it ("doesn't"), except after a
// French or Italian elision, which is a word of its own ("l'" "envoyer",
// "un'" "altra").
func words(f string) []tok {
	var out []tok
	start := -1
	flush := func(end int) {
		if start >= 0 {
			w := strings.Trim(f[start:end], "'")
			if i := strings.IndexByte(w, '\''); i > 0 && elisions[w[:i]] && len(w) > i+2 {
				out = append(out, tok{w: w[:i+1], at: start, end: start + i + 1, first: phraseIndex.id(w[:i+1])})
				out = append(out, tok{w: w[i+1:], at: start + i + 1, end: end, first: phraseIndex.id(w[i+1:])})
			} else if w != "" {
				out = append(out, tok{w: w, at: start, end: end, first: phraseIndex.id(w)})
			}
			start = -1
		}
	}
	for i, r := range f {
		switch {
		case isCJK(r):
			flush(i)
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || (r == '\'' && start >= 0):
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
	}
	flush(len(f))
	return out
}

// elisions are the French and Italian words that lose their vowel before
// another word.
var elisions = map[string]bool{
	"l": true, "d": true, "m": true, "j": true, "n": true, "s": true, "t": true, "c": true, "qu": true,
	"un": true, "dell": true, "nell": true, "all": true, "dall": true, "sull": true, "quell": true,
}

// phrases is a list of cue phrases. A Latin-script phrase matches whole
// words in order, a trailing '*' on its last word any word starting so;
// a phrase with CJK characters matches as a substring.
//
// Latin phrases are indexed by their first word (exactly, or by the first
// two bytes of a one-word prefix pattern), so that find looks at each token
// once instead of trying every phrase at every token.
type phrases struct {
	exact    map[string][][]string // by first word
	prefix   map[string][][]string // one-word "word*" phrases, by prefixKey
	cjk      []string
	cjkRunes [][]uint16 // the runeBit of each rune of each cjk phrase
	keys     prefixKeys // the keys of prefix
	id       int32      // in phraseIndex; -1 when made after init
}

// prefixKey is the index key of a prefix pattern or the first bytes of a
// token: at most two bytes.
func prefixKey(s string) string { return s[:min(len(s), 2)] }

func newPhrases(ps ...string) *phrases {
	p := &phrases{exact: map[string][][]string{}, prefix: map[string][][]string{}}
	seen := make(map[string]bool, len(ps))
	for _, s := range ps {
		f := fold(s)
		if seen[f] {
			continue // a phrase listed twice would only match twice
		}
		seen[f] = true
		if strings.IndexFunc(f, isCJK) >= 0 {
			p.cjk = append(p.cjk, f)
			p.cjkRunes = append(p.cjkRunes, runeBits(f))
			continue
		}
		var ws []string
		for _, t := range words(f) {
			ws = append(ws, t.w)
		}
		if strings.HasSuffix(f, "*") && len(ws) > 0 {
			ws[len(ws)-1] += "*"
		}
		if len(ws) == 0 {
			continue
		}
		if pre, ok := strings.CutSuffix(ws[0], "*"); ok {
			k := prefixKey(pre)
			p.prefix[k] = append(p.prefix[k], ws)
			p.keys.add(k)
			continue
		}
		p.exact[ws[0]] = append(p.exact[ws[0]], ws)
	}
	p.id = phraseIndex.register(p.exact)
	return p
}

// hit is a match in a sentence's folded text, as byte offsets.
type hit struct{ at, end int }

// find returns every match of p in s, in no particular order.
func (p *phrases) find(s *sent) []hit {
	var out []hit
	for k, c := range p.cjk {
		if !s.cjk {
			break
		}
		if !s.runes.hasAll(p.cjkRunes[k]) {
			continue // a rune of c is not in s
		}
		for off := 0; ; {
			i := strings.Index(s.folded[off:], c)
			if i < 0 {
				break
			}
			out = append(out, hit{off + i, off + i + len(c)})
			off += i + len(c)
		}
	}
	try := func(i int, cands [][]string) {
		for _, ws := range cands {
			if matchWords(s.toks, i, ws) {
				out = append(out, hit{s.toks[i].at, s.toks[i+len(ws)-1].end})
			}
		}
	}
	for i, t := range s.toks {
		switch {
		case p.id < 0:
			try(i, p.exact[t.w])
		case t.first >= 0:
			for _, post := range phraseIndex.postings[t.first] {
				if post.set == p.id {
					try(i, post.items)
					break
				}
			}
		}
		if len(p.prefix) == 0 {
			continue
		}
		// A prefix pattern shorter than two bytes is keyed by itself.
		for n := min(len(t.w), 2); n >= 0; n-- {
			if p.keys.mayHave(t.w[:n]) {
				try(i, p.prefix[t.w[:n]])
			}
		}
	}
	return out
}

func matchWords(toks []tok, i int, ws []string) bool {
	if i+len(ws) > len(toks) {
		return false
	}
	for j, w := range ws {
		t := toks[i+j].w
		if p, ok := strings.CutSuffix(w, "*"); ok {
			if !strings.HasPrefix(t, p) {
				return false
			}
		} else if t != w {
			return false
		}
	}
	return true
}

// anyIn reports whether any sentence has a match.
func (p *phrases) anyIn(ss []*sent) bool {
	for _, s := range ss {
		if len(p.find(s)) > 0 {
			return true
		}
	}
	return false
}

// assertedIn reports whether any sentence has a match that is not negated.
func (p *phrases) assertedIn(ss []*sent) bool {
	for _, s := range ss {
		for _, h := range p.find(s) {
			if !negated(s, h) {
				return true
			}
		}
	}
	return false
}

// assertedNegatedIn reports whether any sentence has a match that is not
// negated or is negated in a condition ("if I don't get a refund, ..."
// asks for one), and whether any has one that is refused: negated in a
// sentence that is neither a condition nor about what has not come yet
// ("I have not received a refund").
func (p *phrases) assertedNegatedIn(ss []*sent) (asserted, refused bool) {
	for _, s := range ss {
		for _, h := range p.find(s) {
			one := []*sent{s}
			if !negated(s, h) || conditionWords.anyIn(one) {
				return true, refused
			}
			if !notRefusal.anyIn(one) {
				refused = true
			}
		}
	}
	return false, refused
}

// conditionWords make a negated ask a condition or threat, which asks
// for it: "if I don't get a refund", "wenn ich nicht mein Geld
// zurückbekomme", "如果不退款".
var conditionWords = newPhrases("if", "unless", "wenn", "falls", "si no", "si je", "si vous", "si on", "se non", "もし", "なければ", "如果", "要是")

// notRefusal are the words of a sentence whose negation refuses nothing:
// a condition or threat, or something not received yet.
var notRefusal = newPhrases("if", "unless", "otherwise", "or else", "yet", "still", "received", "receive", "got", "get",
	"wenn", "falls", "sonst", "noch", "erhalten", "bekommen", "zurückbekomme", "zurückbekommen",
	"si", "sinon", "toujours", "encore", "reçu", "reçue", "recevoir",
	"de lo contrario", "todavía", "aún", "recibido", "recibí", "recibir",
	"se", "altrimenti", "ancora", "ricevuto", "ricevere",
	"もし", "なければ", "ないと", "まだ", "届いて", "如果", "否则", "不然", "还没", "没收到")

// firstSentence returns the first sentence (as written, at most 200
// characters) with a match of p; "" if none.
func firstSentence(ss []*sent, p *phrases) string {
	for _, s := range ss {
		for _, h := range p.find(s) {
			if !negated(s, h) {
				return clip(s.orig, 200)
			}
		}
	}
	return ""
}

// vagueFault are symptom cues that say only that the item does not work:
// alone ("Doesn't work.", "Il ne marche pas votre projecteur.") they
// describe nothing, so the reply still asks what happens.
var vagueFault = newPhrases("doesn't work", "does not work", "didn't work", "not working", "won't work", "doesnt work",
	"ne marche pas", "ne fonctionne pas", "ne marche plus", "ne fonctionne plus", "marche pas",
	"funktioniert nicht", "geht nicht", "funktioniert nicht mehr", "no funciona", "no funcionan",
	"non funziona", "non funzionano", "動かな", "動きませ", "使えな", "使えませ", "不能用", "用不了", "不工作", "坏了")

// vagueFiller are the words that may stand beside a vague fault without
// describing anything ("it just doesn't work at all").
var vagueFiller = map[string]bool{
	"it": true, "this": true, "that": true, "the": true, "thing": true, "item": true, "product": true, "just": true,
	"at": true, "all": true, "anymore": true, "properly": true, "still": true, "simply": true, "my": true, "your": true,
	"es": true, "das": true, "der": true, "die": true, "ding": true, "gerät": true, "einfach": true, "überhaupt": true,
	"mehr": true, "leider": true, "il": true, "elle": true, "ça": true, "ca": true, "le": true, "la": true, "votre": true,
	"du": true, "tout": true, "plus": true, "produit": true, "appareil": true, "no": true, "lo": true, "el": true,
	"nada": true, "más": true, "producto": true, "non": true, "per": true, "niente": true, "affatto": true,
	"più": true, "prodotto": true, "articolo": true, "a": true, "doesn't": true, "work": true,
}

// symptomSentence returns the first sentence that describes what is
// wrong: one with a symptom cue beyond a vague "doesn't work", or a vague
// one with words of its own beside it ("doesn't work when it is cold"); ""
// if none.
func symptomSentence(ss []*sent) string {
	for _, s := range ss {
		for _, h := range symptomCues.find(s) {
			if negated(s, h) {
				continue
			}
			if !vagueOnly(s) {
				return clip(s.orig, 200)
			}
		}
	}
	return ""
}

// vagueOnly reports whether a sentence says no more than that the item
// does not work: a vague fault cue, and besides it only filler words
// and the product's name (at most two other words; in Chinese and
// Japanese at most six other characters).
func vagueOnly(s *sent) bool {
	hs := vagueFault.find(s)
	if len(hs) == 0 {
		return false
	}
	for _, h := range symptomCues.find(s) {
		covered := false
		for _, v := range hs {
			if v.at <= h.at && h.end <= v.end || h.at <= v.at && v.end <= h.end {
				covered = true
				break
			}
		}
		if !covered && !weakFault[s.folded[h.at:h.end]] {
			return false // another cue names the fault
		}
	}
	if s.cjk {
		rest := s.folded
		for _, v := range hs {
			rest = strings.Replace(rest, s.folded[v.at:v.end], "", 1)
		}
		n := 0
		for _, r := range rest {
			if isCJK(r) {
				n++
			}
		}
		return n <= 6
	}
	other := 0
	for _, t := range s.toks {
		in := false
		for _, v := range hs {
			if t.at >= v.at && t.end <= v.end {
				in = true
			}
		}
		if !in && !vagueFiller[t.w] {
			other++
		}
	}
	return other <= 2
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// Negation: a Latin-script match is negated by one of these words among
// the three words before it ("I don't want a refund", "pas de
// remboursement", "no quiero reembolso"), a CJK match by what follows it
// in Japanese ("返金ではなく") or precedes it in Chinese ("不要退款").
var (
	negWords = map[string]bool{
		"no": true, "not": true, "don't": true, "dont": true, "never": true, "without": true, "instead": true, "than": true,
		"kein": true, "keine": true, "keinen": true, "nicht": true, "statt": true, "anstatt": true, "ohne": true,
		"pas": true, "sans": true, "lieu": true, "plutôt": true, "jamais": true,
		"sin": true, "nunca": true, "lugar": true, "vez": true,
		"non": true, "senza": true, "invece": true, "anziché": true, "piuttosto": true,
		"nothing": true, "keinerlei": true, "rien": true, "aucun": true, "aucune": true, "nada": true, "ningún": true,
		"ninguna": true, "niente": true, "nessun": true, "nessuna": true,
	}
	// wishAfter and negAfter: German, French and Italian put the
	// negation after the verb ("einen Austausch möchte ich nicht", "la
	// sostituzione non la voglio", "un échange, je n'en veux pas").
	wishAfter = map[string]bool{"möchte": true, "möchten": true, "will": true, "wünsche": true, "brauche": true,
		"benötige": true, "veux": true, "voudrais": true, "souhaite": true, "voglio": true, "vorrei": true, "desidero": true}
	negAfter = map[string]bool{"nicht": true, "pas": true, "non": true}
	// refusalBefore refuse what follows them further off than three words.
	refusalBefore = newPhrases("don't bother", "do not bother", "no need", "there's no need", "don't need", "do not need",
		"kein bedarf", "nicht nötig", "pas besoin", "pas la peine", "no hace falta", "no necesito", "non serve",
		"non c'è bisogno", "non ho bisogno", "non mi serve", "non mi servono", "no me hace falta", "no me sirve", "n'ai pas besoin", "ai pas besoin", "not interested", "nicht interessiert", "kein interesse", "pas intéressé",
		"pas intéressée", "no me interesa", "no quiero que", "non mi interessa", "non sono interessat*")
	jaNegAfter  = []string{"ではなく", "じゃなく", "は不要", "は結構", "はいりません", "は要りません", "は必要ありません", "は希望しません", "は望みません"}
	zhNegBefore = []string{"不要", "不想", "不用", "无需", "不需要", "不是要", "别", "不"}
	zhNegClause = []string{"不要", "不想", "不用", "无需", "不需要"}
)

func negated(s *sent, h hit) bool {
	before, after := s.folded[:h.at], s.folded[h.end:]
	if r, _ := utf8.DecodeRuneInString(s.folded[h.at:]); isCJK(r) {
		for _, n := range jaNegAfter {
			if strings.HasPrefix(after, n) {
				return true
			}
		}
		for _, n := range zhNegBefore {
			if strings.HasSuffix(before, n) {
				return true
			}
		}
		// "不用给我换新的": a refusal earlier in the same clause.
		if strings.ContainsFunc(s.folded, func(r rune) bool { return unicode.Is(unicode.Hiragana, r) }) {
			return false // Japanese: "不要になったので返品したい" refuses nothing
		}
		clause := before[strings.LastIndexAny(before, ",，、;；")+1:]
		for _, n := range zhNegClause {
			if strings.Contains(clause, n) {
				return true
			}
		}
		return false
	}
	for _, r := range refusalBefore.find(s) {
		if r.end <= h.at && !strings.ContainsAny(s.folded[r.end:h.at], ",;:") {
			return true // "don't bother sending a replacement", "no need for a new one"
		}
	}
	wish, neg := false, false
	n, crossed, tail := 0, false, 0
	prev := h.end
	for _, t := range s.toks {
		if t.at < h.end {
			continue
		}
		if strings.ContainsAny(s.folded[prev:t.at], ",;:") {
			if neg {
				break // the negation's clause ended
			}
			crossed = true
		}
		prev = t.end
		if neg {
			tail++ // words after the negation
		}
		if n++; n > 5 {
			break
		}
		wish = wish || wishAfter[t.w]
		neg = neg || negAfter[t.w]
	}
	// Across a comma the negation refuses the ask only when it closes its
	// clause ("un échange, je n'en veux pas"), not when it has an object
	// of its own ("remboursé, je ne veux pas d'un nouvel envoi").
	if wish && neg && (!crossed || tail == 0) {
		return true
	}
	n = 0
	for i := len(s.toks) - 1; i >= 0 && n < 3; i-- {
		if s.toks[i].end > h.at {
			continue
		}
		if strings.ContainsAny(s.folded[s.toks[i].end:h.at], ",;:") {
			break // another clause: "... möchte ich nicht, bitte erstatten Sie"
		}
		if negWords[s.toks[i].w] {
			return true
		}
		n++
	}
	return false
}

// askCues are the phrases that ask for each remedy or piece of
// information, in the template languages. send_parts needs a missing-part
// context as well (ReadAsks).
var askCues = []struct {
	ask  aftersale.Ask
	cues *phrases
}{
	{aftersale.AskReplacement, newPhrases(
		"replacement", "replace it", "replace the", "replace this", "replace my", "replace them", "exchange", "exchanged",
		"swap", "send me the right", "send me the correct", "send the right", "send the correct", "send me a new",
		"send a new", "send another", "send me another", "new one", "another one", "right one", "correct one",
		"right size", "right colour", "right color", "correct size", "correct colour", "correct color", "correct item",
		"right item", "resend", "re-send", "reship", "send it again",
		"ersatz", "ersatzes", "ersatzlieferung", "ersatzgerät", "ersatzartikel", "austausch*", "umtausch*", "tauschen", "ersetzen",
		"ein neues", "eine neue", "einen neuen", "richtige farbe", "richtige größe", "richtigen artikel", "den richtigen",
		"die richtige", "das richtige", "neu zusenden", "erneut senden",
		"remplacement", "remplacer", "remplacé", "échange", "échanger", "échangé", "un nouveau", "une nouvelle",
		"un autre exemplaire", "un nouvel exemplaire", "un nouvel article", "le bon article", "la bonne couleur", "la bonne taille", "le bon modèle", "la bonne pointure",
		"cambio", "cambiar", "cambiarlo", "cambiarla", "cambiármelo", "cambiármela", "cambien", "cambiéis", "reemplazo", "reemplazar",
		"sustitución", "sustituir", "reponer", "reposición", "uno nuevo", "una nueva", "otra unidad", "otro envío",
		"color correcto", "talla correcta", "modelo correcto", "la correcta", "el correcto", "tamaño correcto",
		"sostituzione", "sostituire", "sostituirlo", "sostituirla", "sostitutiv*", "sostituto", "sostituti", "in sostituzione",
		"cambiare", "cambiarlo", "cambiarla", "scambio",
		"uno nuovo", "una nuova", "quello giusto", "quella giusta", "il colore giusto", "la taglia giusta",
		"la misura giusta", "il modello giusto",
		"交換", "取り替え", "取替", "取りかえ", "新しいもの", "新品を送", "新しい商品", "代わりの商品", "代替品",
		"正しい商品", "正しいサイズ", "正しい色", "送り直", "再送", "再発送",
		"换货", "换一个", "换一件", "换个", "换成", "更换", "调换", "补发一个", "补发一件", "重新发", "重发",
		"再发一个", "寄一个新的", "发一个新的", "换新的", "换一下", "想换", "可以换", "能换", "帮我换", "换吗", "正确的",
	)},
	{aftersale.AskRefund, newPhrases(
		"refund", "refunded", "refunding", "money back", "reimburse*", "my money", "full refund",
		"erstattung", "rückerstattung", "erstatten", "zurückerstatten", "geld zurück", "mein geld", "rückzahlung",
		"gutschrift", "gutschreiben", "kaufpreis", "erstattet", "erstattung des", "zurücküberweis*", "zurückzahl*",
		"rembours*", "mon argent", "récupérer mon argent",
		"reembols*", "devolución del dinero", "devuelvan el dinero", "devolver el dinero", "mi dinero",
		"devolverme el dinero", "devolvedme el dinero", "devolváis el dinero", "devolváis el importe", "devuelvan el importe",
		"devolverme el importe", "devolución del importe", "el importe", "reintegr*", "abonen", "abonéis",
		"devolvéis el dinero", "devuelven el dinero", "devolveréis el dinero", "devolverán el dinero", "devuelve el dinero",
		"el dinero de vuelta", "devolvéis el importe", "devuelven el importe", "devolveréis el importe",
		"rendre mon argent", "rendez mon argent", "me rendre l'argent", "ridate i soldi", "restituite i soldi",
		"restituirete i soldi", "ridarete i soldi",
		"rimbors*", "i miei soldi", "soldi indietro", "restituzione dei soldi", "restituzione del denaro",
		"restituire i soldi", "ridarmi i soldi", "riavere i soldi", "rivoglio i soldi", "i soldi indietro", "ridatemi i soldi", "restituzione dell'importo", "restituirmi l'importo",
		"返金", "払い戻し", "お金を返して", "代金を返して",
		"退款", "退钱", "把钱退", "钱退给我", "退我钱", "退还货款", "退回货款",
	)},
	{aftersale.AskPartialRefund, newPhrases(
		"partial refund", "partial", "discount", "price reduction", "reduce the price", "part of the money",
		"some money back", "compensation",
		"teilerstattung", "teilrückerstattung", "teilweise erstattung", "teilweise erstatten", "preisnachlass",
		"nachlass", "rabatt", "teil des geldes", "entschädigung",
		"remboursement partiel", "rembourser une partie", "geste commercial", "réduction", "remise", "dédommagement",
		"reembolso parcial", "reembolsar una parte", "descuento", "rebaja", "compensación", "parte del dinero",
		"rimborso parziale", "rimborsare una parte", "sconto", "parte dei soldi", "risarcimento", "indennizzo",
		"一部返金", "部分返金", "一部ご返金", "一部の返金", "値引き", "減額", "差額",
		"部分退款", "退一部分", "退部分", "补偿", "便宜一点", "折扣", "补差价", "退点钱",
		// The money for the broken or missing pieces only.
		"refund the broken", "refund for the broken", "refund of the broken", "refund for the damaged",
		"refund the damaged", "broken ones refunded", "broken pieces refunded", "refund for those", "refund for the ones",
		"für die kaputten", "für die zerbrochenen", "für die beschädigten", "die kaputten erstattet",
		"des pièces cassées", "pour les pièces cassées", "pour celles qui sont cassées", "pour ceux qui sont cassés",
		"de las piezas rotas", "por las piezas rotas", "de los rotos", "de las rotas", "por los rotos", "por las rotas",
		"dei pezzi rotti", "per i pezzi rotti", "di quelli rotti", "per quelli rotti", "delle parti rotte",
		"壊れた分", "割れた分", "破損した分", "坏的部分", "破损的部分", "碎的部分", "坏了的那", "碎了的那",
	)},
	{aftersale.AskReturn, newPhrases(
		"return it", "return the", "return this", "return them", "to return", "return label", "return instructions",
		"how do i return", "how can i return", "send it back", "send back", "send them back", "ship it back",
		"returning", "a return", "return policy", "return authorization",
		"zurücksenden", "zurückschicken", "zurückgeben", "rücksendung", "retoure", "retournieren", "zurück senden",
		"zurück schicken", "rücksendeetikett",
		"schicke es zurück", "schicke ihn zurück", "schicke sie zurück", "schicken es zurück", "gebe es zurück",
		"je le renvoie", "je la renvoie", "je les renvoie", "lo devuelvo", "la devuelvo", "los devuelvo",
		"lo rimando indietro", "la rimando indietro", "lo rimando", "la rimando",
		"retourner", "retour", "le renvoyer", "la renvoyer", "les renvoyer", "étiquette de retour",
		"devolver", "devolverlo", "devolverla", "devolverlos", "devolverlas", "devolución", "etiqueta de devolución",
		"restituire", "restituirlo", "restituirla", "reso", "rendere", "rimandare", "rispedire", "rispedirlo",
		"etichetta di reso",
		"返品", "返送",
		"退货", "退回", "寄回", "退掉", "退换",
	)},
	{aftersale.AskCancel, newPhrases(
		"cancel*", "stornier*", "storno", "annul*", "cancelar*", "cancelación", "cancelen", "anular*", "annullare",
		"annullate", "annullarlo", "cancellare l'ordine", "cancellate l'ordine", "disdire",
		"キャンセル", "取り消", "取消",
	)},
	{aftersale.AskNewAddress, newPhrases(
		"new address", "change the address", "change my address", "change the delivery address",
		"change the shipping address", "different address", "wrong address", "update the address", "ship it to",
		"send it to", "deliver it to", "i moved", "we moved", "i have moved", "i've moved", "we have moved",
		"neue adresse", "neue anschrift", "adresse ändern", "lieferadresse ändern", "andere adresse",
		"falsche adresse", "umgezogen",
		"nouvelle adresse", "changer l'adresse", "modifier l'adresse", "mauvaise adresse", "autre adresse",
		"déménagé",
		"nueva dirección", "cambiar la dirección", "modificar la dirección", "dirección incorrecta",
		"otra dirección", "me he mudado", "nos hemos mudado", "me mudé",
		"nuovo indirizzo", "cambiare l'indirizzo", "modificare l'indirizzo", "indirizzo sbagliato",
		"altro indirizzo", "mi sono trasferit*", "ci siamo trasferiti",
		"住所変更", "住所を変更", "新しい住所", "お届け先の変更", "お届け先を変更", "住所が間違", "引っ越",
		"修改地址", "更改地址", "改地址", "新地址", "地址写错", "地址错了", "换地址", "搬家",
	)},
	{aftersale.AskDeliveryDate, newPhrases(
		"when will", "when can i expect", "when does it arrive", "when do i get", "delivery date", "how long",
		"expected delivery", "eta", "arrive by", "arrive in time",
		"wann", "liefertermin", "lieferdatum", "wie lange",
		"quand", "date de livraison", "combien de temps", "délai",
		"cuándo", "fecha de entrega", "cuánto tarda", "plazo de entrega",
		"quando arriva", "quando arriverà", "data di consegna", "quanto tempo", "tempi di consegna",
		"いつ届", "いつ頃", "到着予定", "お届け予定", "何日",
		"什么时候", "何时", "几天", "多久", "预计",
	)},
	{aftersale.AskTracking, newPhrases(
		"tracking", "track", "where is", "where's", "wheres", "shipped yet", "has it shipped",
		"sendungsnummer", "sendungsverfolgung", "wo ist", "wo bleibt",
		"suivi", "numéro de suivi", "où est", "où en est",
		"seguimiento", "número de seguimiento", "dónde está",
		"tracciamento", "numero di tracking", "dov'è", "dove si trova",
		"追跡", "お問い合わせ番号", "配送状況", "どこに",
		"单号", "物流", "在哪", "到哪", "发货了吗",
	)},
	{aftersale.AskInvoice, newPhrases(
		"invoice", "receipt", "rechnung", "quittung", "facture", "factura", "fattura", "ricevuta",
		"領収書", "請求書", "インボイス", "发票", "收据",
	)},
	{aftersale.AskHowTo, newPhrases(
		"how do i use", "how to use", "how do i set", "how to set up", "how does it work", "how do i connect",
		"wie benutze", "wie funktioniert", "wie stelle ich", "wie richte ich",
		"comment utiliser", "comment fonctionne", "comment l'utiliser",
		"cómo se usa", "cómo funciona", "cómo usar",
		"come si usa", "come funziona", "come usare",
		"使い方", "使用方法", "設定方法", "どうやって使",
		"怎么用", "如何使用", "使用方法", "怎么安装",
	)},
}

var (
	// fullRefundCues say the whole price, beside a partial refund cue.
	fullRefundCues = newPhrases("full refund", "refund in full", "whole amount", "volle erstattung", "vollständige erstattung",
		"remboursement complet", "remboursement intégral", "reembolso completo", "reembolso total", "rimborso completo",
		"rimborso totale", "全額返金", "全额退款")
	partialCues  = newPhrases("partial", "teil*", "partiel", "parcial", "parziale", "一部", "部分")
	discountWord = newPhrases("discount", "rabatt", "nachlass", "réduction", "remise", "descuento", "rebaja", "sconto",
		"値引き", "折扣", "优惠")

	// sendCues ask to send something; with a missing part they ask for it.
	sendCues = newPhrases(
		"send me", "send the", "send them", "send it", "send those", "send over", "ship me", "ship the", "mail me",
		"could you send", "can you send", "please send", "post me", "post one", "post it", "post them", "send one",
		"mail one", "ship one", "post the", "mail the", "send the other", "post the other", "ship the other",
		"schicken sie", "senden sie", "zusenden", "zuschicken", "schicken", "senden", "schickt",
		"envoyer", "me faire parvenir", "expédier", "envoyez", "renvoyer",
		"enviar", "enviarme", "enviarlo", "enviarla", "enviarlos", "enviarlas", "enviármelo", "enviármela",
		"enviármelos", "enviármelas", "mandar", "mandarme", "mandármelo", "mandármela", "mandármelos", "me envíen",
		"envíen", "envíenme", "envíe", "envíes", "me enviéis", "mandéis", "mandáis", "enviáis", "me lo mandáis", "me la mandáis", "me los mandáis", "me las mandáis", "me manden", "mándenme", "enviad", "enviadme", "mandadme",
		"inviar*", "mandare", "mandarmi", "mandarlo", "mandarla", "mandarli", "mandarle", "mandarmelo", "mandarmela", "spedir*", "mi inviate", "mi mandate", "inviatemi", "mandatemi", "inviatel*",
		"送って", "送付", "お送り", "発送して", "送っていただ", "送ってもら",
		"寄给我", "发给我", "寄过来", "发过来", "寄一下", "补给我", "补上", "再寄", "发一下", "寄一", "给我补", "补一个", "补个", "补一下",
	)
	// haveCues ask for something to be had; after a wrong variant, the
	// right one ("Posso avere quello blu?").
	haveCues = newPhrases("can i have the", "could i have the", "may i have the", "can i get the", "could i get the",
		"i'd like the", "i would like the", "i want the", "hätte gern die", "hätte gern den", "hätte gern das",
		"hätte gerne die", "hätte gerne den", "hätte gerne das", "puis-je avoir", "pourrais-je avoir", "puedo tener",
		"posso avere", "potrei avere", "のものが欲しい", "の方が欲しい")
	sendPartsCues = newPhrases("nachsenden", "nachschicken", "nachliefern", "nachlieferung", "補充", "补发", "补寄",
		"missing parts sent", "send the missing", "send me the missing")

	// mediaSaid: the buyer says a photo or video is attached.
	mediaSaid = newPhrases(
		"attached", "attaching", "i attach", "attach a photo", "see photo", "see the photo", "see picture",
		"see the picture", "see attachment", "enclosed", "here is a photo", "here's a photo", "here are photos",
		"here are some photos", "in the photo", "in the picture", "photos show", "photo shows", "sent a photo",
		"sent photos", "sent the photo", "sent the photos", "sent you a photo", "sent you photos", "sent pictures",
		"sent a picture", "already sent a", "photo in my previous", "photos in my previous",
		"foto geschickt", "fotos geschickt", "foto gesendet", "fotos gesendet", "bild geschickt",
		"envoyé une photo", "envoyé des photos", "envoyé la photo", "envié una foto", "envié fotos", "mandé una foto",
		"mandé fotos", "inviato una foto", "inviato le foto", "mandato una foto", "mandato le foto",
		"写真を送りました", "写真をお送りしました", "写真を送付しました", "发了照片", "发过照片", "已经发了照片",
		"anbei", "im anhang", "angehängt", "beigefügt", "auf dem foto", "auf den fotos", "auf dem bild",
		"ci-joint", "ci-jointe", "ci-joints", "pièce jointe", "pièces jointes", "photos jointes", "photo jointe", "en pj", "je joins", "sur la photo",
		"adjunto", "adjunta", "adjuntas", "adjuntos", "adjuntado", "adjuntada", "en la foto", "en las fotos",
		"in allegato", "allego", "allegata", "allegato", "allegate", "allegati", "nella foto", "nelle foto",
		"添付", "写真をお送りします", "写真を送ります", "画像を送ります",
		"附上", "附件", "附图", "见图", "如图", "照片如下", "图片如下", "上传了",
	)
	videoWord = newPhrases("video*", "vidéo*", "vídeo*", "動画", "ビデオ", "视频")

	missingCues = newPhrases(
		"missing", "not included", "wasn't included", "was not included", "weren't included", "were not included",
		"incomplete", "only one of", "only got", "only received", "no screws", "only one arrived", "only one came",
		"came without", "didn't come with", "did not come with",
		"wasn't in the box", "not in the box", "no power cord", "no cable", "no charger", "no remote",
		"only 1 arrived", "only one was in", "only one in the", "one of the two", "the second one is",
		"fehlt", "fehlen", "fehlte", "fehlten", "fehlend*", "nicht dabei", "nicht enthalten", "unvollständig",
		"war kein", "war keine", "waren keine", "lag kein", "lag keine", "lagen keine",
		"il manque", "manqu*", "pas inclus", "incomplet*",
		"falta", "faltan", "faltaba", "faltaban", "no venía", "no venían", "no incluye", "incomplet*",
		"manca", "mancano", "mancava", "mancavano", "mancant*", "non incluso", "incomplet*",
		"足りな", "足りま", "入っていな", "入ってな", "入っていませ", "欠品", "不足", "ありませんでした",
		"少了", "缺少", "缺件", "缺了", "漏发", "少发", "没有配", "少一", "没放", "没装", "没有附", "没附",
		"入っていなかった", "付いていな", "ついていな", "同梱されていな", "見当たりませ", "見当たらな", "同梱されていま", "付いていま", "ついていま", "付属していな", "付属していま",
	)
	// absentCues say that something is not there ("the hex key isn't in
	// the bag", "one leg has no bolts", "there was no remote"): a missing
	// part only when a part is named after or before them (missingPart),
	// never "there's no tracking number".
	absentCues = newPhrases("there was no", "there's no", "there is no", "there were no",
		"isn't in the box", "isn't in the bag", "isn't in the package", "wasn't in the bag", "wasn't in the package",
		"wasn't in the parcel", "weren't in the bag", "weren't in the package", "aren't in the box", "aren't in the bag",
		"isn't in it", "wasn't in it", "weren't in it", "aren't in it", "not in the bag", "not in it", "not inside",
		"has no", "had no", "have no", "came with no", "comes with no", "came without any", "without any",
		"nicht im beutel", "nicht drin", "war nicht dabei", "waren nicht dabei", "hat keine", "hat keinen",
		"pas dans le sachet", "pas dans le carton", "pas dans la boîte", "pas dans le colis", "n'y était pas", "n'y étaient pas",
		"no estaba", "no estaban", "no venía en", "no trae", "no traía", "sin los", "sin las",
		"non c'era", "non c'erano", "non era nella", "non erano nella", "non ha i", "non ha le", "senza i", "senza le",
		"wasn't in", "weren't in", "isn't in", "aren't in", "was not in", "were not in", "is not in", "are not in",
		"nicht im karton", "nicht im paket", "nicht in der packung", "nicht in der verpackung", "nicht in der schachtel",
		"without", "ohne", "sans", "sin", "senza",
		"n'y avait pas", "n'y a pas", "n'y avait aucun*", "n'y a aucun*", "no viene", "no vienen", "no vino", "no vinieron",
		"no incluía", "no traen", "non c'è", "non ci sono", "non conteneva",
		"里没有", "里面没有", "没在里面", "不在里面", "没有在里面", "没放进", "没装进", "没有附", "都没有", "全没有",
	)
)

// brokenOnlyRefundRe reads a refund asked for the broken or damaged
// pieces only: a refund word, then "for/of the" and the broken ones
// ("remboursée pour les verres cassés", "reembolso de las piezas rotas",
// "Erstattung für die kaputten Teller").
var brokenOnlyRefundRe = regexp.MustCompile(`(?:refund\p{L}*|rembours\p{L}*|reembols\p{L}*|rimbors\p{L}*|erstatt\p{L}*)\s+(?:[\p{L}']+\s+){0,3}?(?:for|pour|por|per|für|of|des|de|dei|delle|degli|del|(?:the|les|las|los|i|gli|le|die|den)\s+(?:[0-9]+|two|three|four|deux|trois|quatre|dos|tres|cuatro|due|tre|quattro|zwei|drei|vier))\s+(?:(?:the|les|las|los|i|gli|le|die|den)\s+)?(?:[\p{L}']+\s+){0,2}?(?:broken|damaged|cracked|smashed|chipped|cassé\p{L}*|abîmé\p{L}*|fêlé\p{L}*|rot[oa]s|rott[ie]|dañad\p{L}*|kaputt\p{L}*|zerbrochen\p{L}*|beschädigt\p{L}*)\b|(?:割れた|壊れた|破損した)[^。]{0,10}(?:分|ぶん)[^。]{0,6}返金|(?:坏|碎|破损)[^。]{0,8}(?:部分|那几|的那)[^。]{0,6}退`)

// brokenOnlyRefund reports whether a sentence asks the money back for the
// broken pieces only.
func brokenOnlyRefund(ss []*sent) bool {
	for _, s := range ss {
		if brokenOnlyRefundRe.MatchString(s.folded) {
			return true
		}
	}
	return false
}

// replacementNoun are the words for a replacement as a thing sent
// ("send replacements for the two broken ones"): a replacement asked in
// its own word, not pieces.
var replacementNoun = newPhrases("replacements", "replacement", "ersatz", "ersatzteile", "remplacement", "remplacements",
	"reemplazo", "reemplazos", "sostituto", "sostituti", "交換品", "代替品", "替换品")

// piecesCountRe is a count of pieces, or pieces pointed at, in the
// template languages: "those two", "the 2", "ces deux", "die zwei",
// "esos dos", "quei due", "2枚", "两个".
const piecesCountRe = `(?:(?:(?:for|of|pour|für|de|des|por|per|dei|delle)\s+)?(?:(?:the|those|these|ces|les|die|diese|den|esos|esas|estos|estas|los|las|quei|quelle|questi|queste|i|le|gli)\s+)?(?:[1-9][0-9]?(?:\s|$|[.,;!?])|(?:two|three|four|five|deux|trois|quatre|cinq|zwei|drei|vier|fünf|dos|tres|cuatro|cinco|due|tre|quattro|cinque)\b)|\b(?:those|these|them only|ceux-là|celles-là|ceux-ci|celles-ci|diese beiden|die beiden|beide|esos|esas|esas dos|quelli|quelle)\b)`

var (
	// piecesRefundRe is the money back asked for pieces counted or
	// pointed at: "refund me for those two", "das Geld für die zwei
	// Tassen", "me rembourser ces deux-là", "割れた2枚分を返金", "那两个退款".
	piecesRefundRe = regexp.MustCompile(`\b(?:refund\p{L}*|money back|rembours\p{L}*|reembols\p{L}*|devolv\p{L}* el dinero|rimbors\p{L}*|erstatt\p{L}*|geld)\s+(?:[\p{L}'-]+\s+){0,3}?` + piecesCountRe +
		`|(?:[0-9０-９]+|[一二三四五两])(?:枚|個|つ|本|個分|枚分|个|只|件|块)[^。]{0,8}(?:返金|退款|退钱)|(?:返金|退款|退钱)[^。]{0,6}(?:那|这)?(?:[0-9]+|[一二三四五两])(?:枚|個|つ|本|个|只|件|块)`)
	// piecesSendRe is new pieces asked for, counted or pointed at:
	// "could you send those two", "mandar esos dos cuencos", "割れた2枚
	// だけ送って", "补寄那两个".
	piecesSendRe = regexp.MustCompile(`\b(?:send|ship|post|replace|schick\p{L}*|send\p{L}*|ersetz\p{L}*|envoy\p{L}*|renvoy\p{L}*|rempla\p{L}*|envi\p{L}*|mand\p{L}*|repon\p{L}*|reemplaz\p{L}*|spedi\p{L}*|invi\p{L}*|mandat\p{L}*|sostitu\p{L}*)\s+(?:(?:me|us|me the|nous|moi|mir|uns|nos|ci|mi)\s+)?(?:[\p{L}'-]+\s+){0,2}?` + piecesCountRe +
		`|\b(?:send|ship|post|schick\p{L}*|send\p{L}*|envoy\p{L}*|envi\p{L}*|mand\p{L}*|spedi\p{L}*|invi\p{L}*)\s+(?:[\p{L}'-]+\s+){0,3}?(?:que faltan|faltantes|missing ones|fehlenden|manquant\p{L}*|che mancano|mancanti)\b` +
		`|(?:[2-9２-９]|[二三四五两])(?:枚|個|つ|本|个|只|件|块)[^。]{0,6}(?:送って|送っていただ|お送り|再送|補充)|(?:补寄|补发|寄|发)[^。]{0,4}(?:(?:那|这)[一二三四五两]?|[2-9]|[二三四五两])(?:个|只|件|块)`)
)

// piecesRefund reports whether a sentence asks the money back for pieces
// counted or pointed at.
func piecesRefund(ss []*sent) bool {
	for _, s := range ss {
		if piecesRefundRe.MatchString(s.folded) {
			return true
		}
	}
	return false
}

// piecesSend reports whether a sentence asks for new pieces, counted or
// pointed at.
func piecesSend(ss []*sent) bool {
	for _, s := range ss {
		if piecesSendRe.MatchString(s.folded) {
			return true
		}
	}
	return false
}

// partialOverlapsRefund reports whether a refund cue is part of a partial
// refund ("partial refund", "Teilerstattung", "一部返金").
func partialOverlapsRefund(ss []*sent) bool {
	for _, s := range ss {
		if len(partialCues.find(s)) > 0 && len(askCues[1].cues.find(s)) > 0 {
			return true
		}
	}
	return false
}

// symptomCues describe what is wrong with an item: more than "it is
// defective" or "there is a problem".
var symptomCues = newPhrases(
	"doesn't work", "does not work", "didn't work", "not working", "won't work", "stopped working", "stops working",
	"no longer works", "won't turn on", "wont turn on", "doesn't turn on", "does not turn on", "won't switch on",
	"doesn't switch on", "never turns on", "never powers on", "won't power on", "no power", "won't charge",
	"doesn't charge", "not charging", "won't hold a charge", "turns off", "shuts off", "switches off",
	"won't connect", "doesn't connect", "can't connect", "won't pair", "doesn't pair", "no sound", "no picture",
	"blank", "black screen", "flicker*", "noise", "noisy", "rattl*", "buzz*", "beep*", "leak*", "overheat*",
	"too hot", "gets hot", "doesn't heat", "won't heat", "smell*", "smoke", "sparks", "error message", "error code",
	"shows an error", "fell apart",
	"came apart", "falling apart", "broke", "broken", "cracked", "torn", "ripped", "smashed", "went flat", "goes flat",
	"gone flat", "is flat", "completely flat", "flattened", "deflat*", "lost its shape", "sagg*", "peel*", "faded",
	"stitching", "seam", "zipper", "came off", "fell off", "loose", "wobbl*", "bent", "dented", "scratched",
	"stained", "dead pixel", "battery", "drains", "won't close", "doesn't close", "won't open", "stuck", "jammed",
	"freez*", "display", "screen", "doesn't fit", "does not fit", "doesn't stick", "won't stick", "not cold",
	"doesn't cool", "doesn't spin", "won't start", "doesn't start", "crackl*", "cutting out", "cuts out", "keeps cutting",
	"drops out", "disconnect*", "static", "hiss*", "distort*", "muffled", "frayed", "pilling", "shrank", "shrunk",
	"rust*", "mould*", "mold*", "flaking", "chipped", "squeak*", "grind*", "vibrat*", "burnt", "burned", "melted",
	"split", "snapped", "warped", "suction", "stopped", "keeps", "won't", "doesn't", "does not", "didn't", "can't",
	"cannot", "no longer works", "no longer turns", "no longer charges", "paler", "faded", "discolou*", "discolor*", "smaller than", "bigger than", "thinner than",
	"lumpy", "sticky", "uncomfortable", "itchy", "came loose", "falls apart", "wobbles",
	"funktioniert nicht", "geht nicht", "lässt sich nicht", "schaltet sich", "lädt nicht", "kein strom",
	"keine reaktion", "reagiert nicht", "verbindet sich nicht", "kein ton", "kein bild", "bildschirm", "display",
	"flacker*", "geräusch*", "rattert", "piept", "undicht", "tropft", "läuft aus", "ausgelaufen", "überhitzt",
	"wird heiß", "wird nicht warm", "heizt nicht", "riecht", "geruch", "rauch*", "fehlermeldung", "kaputt*",
	"gebrochen", "zerbrochen", "gerissen", "riss", "kratzer", "delle", "verbogen", "locker", "wackelt", "klemmt",
	"platt", "verliert luft", "naht", "reißverschluss", "akku", "batterie", "abgebrochen", "löst sich",
	"blättert ab", "verfärbt", "startet nicht", "springt nicht an", "nicht mehr", "knackt", "knistert", "rauscht",
	"bricht ab", "hört auf", "saugt nicht", "heizt nicht", "geht aus", "geht nach", "wackelt", "rostet", "schimmel*",
	"blasser", "kleiner als", "größer als",
	"ne fonctionne pas", "ne fonctionne plus", "ne marche pas", "ne marche plus", "ne s'allume pas",
	"ne s'allume plus", "ne charge pas", "ne se connecte pas", "s'éteint", "aucun son", "écran", "clignot*",
	"bruit*", "fuit", "fuite", "chauffe", "surchauffe", "odeur", "fumée", "message d'erreur", "code erreur", "cassé*", "fissur*",
	"déchir*", "rayé*", "rayure*", "ébréch*", "fêlé*", "tordu*", "bosse*", "dégonfl*", "aplati*", "couture", "fermeture éclair",
	"batterie", "bloqué*", "coincé*", "se décolle", "décousu*", "ne démarre pas", "grésille", "grésill*", "crépit*", "se coupe", "coupe", "s'arrête",
	"a lâché", "ont lâché", "lâché", "rendu l'âme",
	"ne chauffe plus", "n'aspire plus", "plus pâle", "plus petit que", "rouille", "moisi*",
	"no funciona", "no enciende", "no se enciende", "no carga", "no conecta", "no se conecta", "se apaga",
	"no hace nada", "sin sonido", "pantalla", "parpade*", "ruido*", "pierde agua", "gotea", "fuga",
	"se calienta", "no calienta", "olor", "humo", "mensaje de error", "código de error", "roto", "rota", "rotos", "rotas", "rajad*",
	"agrietad*", "rayad*", "rasgad*", "descosid*", "torcid*", "abollad*", "se desinfla", "desinflad*",
	"costura", "cremallera", "batería", "atascad*", "se despega", "se rompió", "dejó de funcionar",
	"no arranca", "se corta", "chisporrotea", "deja de", "dejó de", "no calienta", "no aspira", "más pálido",
	"más pequeño que", "óxido", "oxidad*", "moho",
	"non funziona", "non si accende", "non carica", "non si collega", "non si connette", "si spegne",
	"nessun suono", "schermo", "display", "lampeggi*", "rumor*", "perde acqua", "perde", "perdita", "gocciola",
	"si surriscalda", "non scalda", "odore", "fumo", "messaggio di errore", "codice di errore", "rotto", "rotta", "rotti", "crepat*",
	"graffiat*", "strappat*", "scucit*", "piegat*", "ammaccat*", "sgonfi*", "cucitura", "cerniera",
	"batteria", "bloccat*", "si stacca", "smesso di funzionare", "non parte", "si interrompe", "gracchia", "smette di",
	"non scalda", "non aspira", "più chiaro", "più piccolo", "ruggine", "muffa",
	"電源が入らな", "電源が入りませ", "電源が入らず", "動かな", "動きませ", "作動しな", "充電できな", "充電されな",
	"接続できな", "つながらな", "音が出な", "画面", "表示", "点滅", "異音", "音がす", "水漏れ", "漏れ", "熱くな",
	"温まらな", "沸かな", "におい", "臭い", "煙", "エラー", "壊れ", "割れ", "ひび", "傷", "破れ", "曲が", "へこ",
	"凹", "しぼ", "ぺちゃんこ", "潰れ", "縫い目", "ファスナー", "バッテリー", "電池", "剥が", "取れ", "外れ",
	"使えな", "使えませ", "点かな", "つかな", "付かな", "反応しな", "反応がな", "反応しませ", "途切れ", "雑音", "ノイズ",
	"止まっ", "止まる", "錆", "カビ", "色が薄", "回らな", "回りませ", "動かず", "聞こえな", "映らな",
	"不能用", "用不了", "开不了机", "开不了", "不开机", "无法开机", "打不开", "充不了电", "充不进电", "连不上",
	"连接不上", "没声音", "没有声音", "屏幕", "黑屏", "闪烁", "噪音", "异响", "声音很大", "漏水", "漏", "发烫",
	"过热", "不加热", "不热", "有味道", "异味", "冒烟", "报错", "坏了", "破了", "裂", "碎", "划痕", "刮花", "变形",
	"凹", "瘪", "塌", "没气", "漏气", "开线", "拉链", "电池", "卡住", "脱落", "掉色", "起球", "没反应", "不工作",
	"失灵", "不亮", "不转", "不能加热", "不能烧水", "不能充电", "不能开机", "不能启动", "不能连接", "不能工作", "无法加热",
	"无法充电", "无法连接", "无法启动", "不出水", "不制冷", "不出风", "很吵", "断断续续", "杂音", "卡顿", "断开", "停止",
	"没用了", "生锈", "发霉", "掉漆", "颜色比", "坏掉", "就坏",
	// Everyday descriptions of a fault: a dead unit, a screen or light
	// that stays dark, a sound it makes, a part that will not move.
	"dead on arrival", "doa", "is dead", "was dead", "arrived dead", "completely dead", "died", "dies", "nothing happens",
	"does nothing", "did nothing", "no response", "no reaction", "unresponsive", "no sign of life", "no signs of life",
	"stays black", "stays dark", "stays blank", "stays off", "stays cold", "remains black", "remains dark", "goes dark",
	"goes black", "no light", "lights up", "light comes on", "never worked", "hasn't worked", "has never worked", "quit working",
	"gave up", "gives up", "packed up", "clicking", "clicks", "humming", "whistl*", "screech*",
	"squeal*", "knocking", "thumping", "scraping", "won't hold", "doesn't hold", "lasts only", "only lasts",
	"no suction", "weak", "uneven", "inaccurate", "wrong reading", "wrong readings", "gibberish", "garbled",
	"dripping", "drips", "seeps", "spills", "fogs up", "condensation", "trips the", "blew a fuse", "blows the fuse",
	"smells", "stinks", "reeks", "pulls to one side", "falls over", "tips over", "collapsed", "collapses",
	"lost all its air", "loses air", "lost air", "won't inflate", "doesn't inflate", "punctured", "hole in", "holes in",
	"defective because", "stuck on", "glitch*", "reboot*", "restarts", "resets", "crash*", "overheats",
	// A part that came away or gave way, said with the part and a
	// failure verb ("the bristles fell out", "der Deckel ist gesprungen",
	// "la poignée s'est détachée", "毛が抜けた", "毛掉了").
	"fell out", "falls out", "falling out", "fall out", "came out", "come out", "comes out", "coming out",
	"tore", "has torn", "burst", "popped", "shattered", "detached", "came undone", "came unstuck", "come off",
	"comes off", "coming off", "unravel*", "gave out", "gave way", "shedding", "sheds", "never heats", "won't light",
	"doesn't light", "gesprungen", "zersprungen", "abgefallen", "fällt ab", "fallen ab", "fällt aus", "fallen aus",
	"ausgefallen", "sich gelöst", "abgelöst", "abgegangen", "geht ab", "ausgerissen", "aufgeplatzt", "geplatzt", "durchgebrannt",
	"détaché*", "se détache", "tombé*", "tombent", "tombe", "arraché*", "s'arrache", "décollé*", "explosé", "brisé*",
	"se défait", "défait*", "se cayó", "se cayeron", "se cae", "se caen", "se soltó", "se soltaron", "se suelta*",
	"cayeron", "se despegó", "despegad*", "se desprend*", "desprendid*", "se salió", "se salen", "se rompe", "se rompieron",
	"reventó", "reventad*", "staccat*", "si staccano", "caduto", "caduta", "caduti", "cadute", "cadono",
	"spaccat*", "incrinat*", "esplos*", "scollat*", "si scolla", "si sfilacci*", "sfilacciat*",
	"毛が抜け", "抜け落ち", "落ちて", "落ちた", "落ちま", "糸が切れ", "紐が切れ", "ベルトが切れ", "ほつれ", "裂け", "折れ", "剥がれ", "点きませ", "温まりませ",
	"电流声", "滋滋", "嗡嗡", "就断", "断连", "掉线", "断线", "掉了", "掉毛", "断了", "断掉", "裂开", "开胶", "松了", "松动", "脱线", "破洞", "爆了", "折了",
	"tot", "ist tot", "gibt keinen mucks", "keinen mucks", "kein mucks", "keinerlei reaktion", "nichts passiert",
	"passiert nichts", "tut sich nichts", "tut nichts", "bleibt dunkel", "bleibt schwarz", "bleibt kalt", "bleibt aus",
	"leuchtet nicht", "kein licht", "brummt", "summt", "klappert", "quietscht", "pfeift", "klickt", "schleift",
	"hält nicht", "hält keine", "ungenau", "falsche werte", "leckt", "verliert wasser",
	"fliegt die sicherung", "löst den fi", "stinkt", "luft verloren", "loch", "hängt sich auf", "stürzt ab", "startet neu",
	"ne fait rien", "rien ne se passe", "il ne se passe rien", "aucune réaction", "ne réagit pas", "ne réagit plus",
	"reste noir", "reste éteint", "reste froid", "reste bloqué", "ne s'allume", "ne chauffe pas", "ne tient pas",
	"ne tient plus", "claque*", "cliquet*", "grince*", "siffle*", "vibre", "n'aspire", "aspire mal", "n'affiche",
	"imprécis*", "goutte", "coule", "disjonct*", "sent le", "pue", "troué*", "trou", "se dégonfle", "redémarre",
	"ne marche", "ne fonctionne", "mort", "morte",
	"no suena", "no se oye", "no da señales de vida", "no hace nada", "no responde", "no reacciona", "sin respuesta",
	"se queda negra", "se queda negro", "se queda en negro", "sigue negra", "no se ilumina", "no da luz", "no enciende",
	"no calienta", "no aguanta", "aguanta poco", "dura poco", "chirría", "pita", "hace un ruido", "hace ruido",
	"vibra", "no aspira", "no marca bien", "marca mal", "impreciso", "gotea", "salta el diferencial",
	"huele", "apesta", "agujero", "pincha*", "se reinicia", "se cuelga", "muerto", "muerta", "no funcionan",
	"non dà segni di vita", "non da segni di vita", "non fa niente", "non succede niente", "non succede nulla",
	"nessuna reazione", "non risponde", "non reagisce", "resta nero", "resta nera", "rimane nero", "rimane nera",
	"resta spento", "resta spenta", "resta freddo", "non si illumina", "non fa luce", "non tiene", "dura poco",
	"cigola", "fischia", "ronza", "vibra", "fa un rumore", "fa rumore", "non aspira", "impreciso", "imprecisa",
	"gocciola", "salta la corrente", "puzza", "buco", "bucat*", "si riavvia", "si blocca", "morto", "morta",
	"non funzionano",
	"うんともすんとも", "反応しません", "反応がありません", "反応が無", "何も起こらな", "何も起きな", "真っ暗", "真っ黒",
	"暗いまま", "黒いまま", "つかない", "点かない", "光らな", "点灯しな", "音がしな", "鳴らな", "温かくならな",
	"冷えな", "持たな", "すぐ切れ", "ガタガタ", "カタカタ", "ガリガリ", "キーキー", "ブーン", "変な音",
	"振動", "吸わな", "吸引力", "数値が", "不正確", "水が漏", "ポタポタ", "ブレーカー", "焦げ", "におう",
	"しか出", "出てこな", "出ません", "冷たい風", "穴が", "空気が抜け", "再起動", "フリーズ", "固まる", "使い物にならな", "初期不良", "故障して", "壊れて",
	"一点反应都没有", "一点反应", "毫无反应", "没有任何反应", "没有反应", "没动静", "一直是黑", "一直黑",
	"不亮", "不发光", "不响", "不出声", "不加热", "不保温", "不制热", "不能用了", "用不了了", "乱码", "不准",
	"显示错误", "数字乱跳", "咔咔", "嗡嗡", "吱吱", "响声", "声音大", "震动", "吸力", "滴水", "渗水", "跳闸",
	"烧焦", "有臭味", "臭", "破洞", "有洞", "漏了", "死机", "重启", "自动关机", "续航", "没电", "充电慢", "发热",
)

// reasonCues give the reason for a cancellation or return.
var reasonCues = newPhrases(
	"by mistake", "by accident", "accidentally", "ordered the wrong", "wrong size", "too small", "too big",
	"too large", "doesn't fit", "does not fit", "cheaper", "better price", "no longer need", "don't need",
	"do not need", "not needed", "changed my mind", "takes too long", "too long", "too late", "in time",
	"ordered twice", "duplicate", "elsewhere", "gift", "not compatible", "doesn't suit", "don't like",
	"didn't like", "do not like", "because",
	"versehentlich", "aus versehen", "falsch bestellt", "zu klein", "zu groß", "passt nicht", "günstiger",
	"billiger", "nicht mehr", "anders überlegt", "dauert zu lange", "zu spät", "doppelt bestellt", "woanders",
	"gefällt mir nicht", "weil", "da ich", "brauche ich nicht", "benötige",
	"par erreur", "par accident", "trop petit", "trop grand", "ne me va pas", "moins cher", "plus besoin",
	"changé d'avis", "trop long", "trop tard", "en double", "ailleurs", "ne me plaît pas", "parce que",
	"por error", "por equivocación", "sin querer", "demasiado pequeño", "demasiado grande", "más barato",
	"ya no", "cambiado de opinión", "tarda demasiado", "demasiado tarde", "duplicado", "dos veces",
	"en otro sitio", "no me gusta", "porque", "ya que", "no lo necesito",
	"per errore", "per sbaglio", "troppo piccolo", "troppo grande", "più economico", "non mi serve",
	"cambiato idea", "troppo tempo", "troppo tardi", "due volte", "altrove", "non mi piace", "perché",
	"poiché", "dato che", "non serve più",
	"間違えて", "誤って", "間違って", "サイズが合わ", "小さすぎ", "大きすぎ", "安く", "不要に", "必要なくな",
	"いらなくな", "気が変わ", "間に合わ", "二重", "重複", "他で購入", "別の店", "気に入らな", "注文ミス", "誤注文",
	"使わなくな", "必要がなくな",
	"买错", "拍错", "下错", "错买", "尺码不合适", "太小", "太大", "更便宜", "不需要", "不想要", "不要了",
	"改变主意", "改主意", "太慢", "太久", "来不及", "重复", "买了两", "别处", "不喜欢", "因为", "由于",
	// Reasons in other words: found elsewhere, no longer needed, too late.
	"regalato", "regalata", "regalo", "offert", "offerte", "m'en offrir", "on m'a offert", "geschenkt", "geschenk",
	"regalado", "regalada", "regalaron", "gifted", "プレゼント", "もらった", "頂いた", "礼物", "送了我", "送我了",
	"found it", "found one", "found the same", "bought one", "bought another", "already have one", "already bought",
	"already got one", "got one already", "same day", "smaller than", "bigger than", "larger than",
	"schon gekauft", "bereits gekauft", "habe schon eins", "habe schon einen", "kleiner als", "größer als", "widerruf*",
	"déjà acheté", "j'en ai déjà", "plus petit que", "plus grand que", "droit de rétractation",
	"ya compré", "ya tengo uno", "ya tengo una", "más pequeño de", "más pequeña de", "más pequeño que", "derecho de desistimiento",
	"già comprato", "ne ho già", "più piccol*", "più grande di", "diritto di recesso", "recesso",
	"もう買った", "既に購入", "すでに購入", "もう持って", "思ったより小さ", "思ったより大き",
	"已经买了", "已经有了", "比想象", "七天无理由", "found a better", "locally", "in a shop", "in store", "anymore",
	"any more", "too expensive", "too late", "arrive too late", "won't arrive in time", "wrong one", "as a gift",
	"nicht mehr nötig", "woanders gefunden", "günstiger gefunden", "im laden", "zu teuer", "kommt zu spät",
	"trouvé moins cher", "trouvé ailleurs", "en magasin", "trop cher", "arrivera trop tard", "n'en ai plus besoin",
	"encontrado más barato", "lo encontré", "en una tienda", "demasiado caro", "llegará tarde", "ya no me hace falta",
	"trovato a meno", "trovato altrove", "in negozio", "troppo caro", "arriverà tardi", "non mi serve più",
	"他で安く", "店で買", "高すぎ", "もう必要", "在别的地方", "在实体店", "太贵", "已经不需要", "用不上",
	// A size outgrown since the order.
	"outgrown", "outgrew", "grew", "has grown", "have grown", "no longer fits", "no longer fit", "won't fit",
	"passt nicht mehr", "passen nicht mehr", "rausgewachsen", "herausgewachsen", "gewachsen",
	"ne va plus", "ne lui va plus", "ne me va plus", "a grandi", "ont grandi",
	"ya no le queda", "ya no le quedan", "ya no le vale", "ha crecido", "han crecido",
	"non gli va più", "non le va più", "non mi va più", "è cresciuto", "è cresciuta", "sono cresciuti",
	"サイズアウト", "大きくなって", "成長して", "长大了", "长高了", "穿不下",
)

// Keep wishes: "no" phrases say the buyer will not keep the item, "yes"
// phrases that they would.
var (
	keepNo = newPhrases(
		"don't want to keep", "do not want to keep", "won't keep", "will not keep", "not keep it",
		"not interested in keeping", "refuse the delivery", "refuse the package", "refuse the parcel",
		"will refuse", "just want to return", "only want to return", "no partial", "don't want a partial",
		"don't want a discount", "full refund only",
		"nicht behalten", "will ihn nicht", "will es nicht", "annahme verweigern", "verweigere die annahme",
		"keine teilerstattung", "kein rabatt",
		"pas le garder", "pas la garder", "refuser le colis", "refuser la livraison", "pas de remboursement partiel",
		"no quiero quedármelo", "no quiero quedármela", "no quiero quedarme", "rechazar el paquete",
		"rechazaré", "no quiero descuento", "no quiero un reembolso parcial",
		"non voglio tenerlo", "non voglio tenerla", "non lo terrò", "rifiutare il pacco", "rifiuterò",
		"non voglio uno sconto",
		"受け取り拒否", "受取拒否", "手元に残すつもりはありません", "値引きは不要", "一部返金は不要",
		"不想留", "不要留", "拒收", "不要部分退款", "不要优惠",
	)
	keepYes = newPhrases(
		"keep it", "keep the item", "keep the product", "keep this", "keep them", "i'd keep", "i would keep", "happy to keep", "could keep",
		"i'll keep", "i will keep", "i'm keeping", "i am keeping", "keeping it",
		"behalten", "würde ihn behalten", "würde es behalten", "behalte", "behalten wir",
		"garder", "je le garde", "je la garde", "je les garde", "je vais le garder", "je vais la garder",
		"quedármelo", "quedármela", "me lo quedo", "me la quedo", "quedarme con", "quedar con",
		"tenerlo", "tenerla", "tenere", "lo tengo", "lo terrei", "la terrei", "lo terrò", "la terrò", "li terrò", "me los quedo",
		"手元に残", "そのまま使", "このまま使",
		"留下", "留着", "可以留",
	)
)

// keepNoRe reads a buyer who will not keep the item by the shape of the
// sentence: no wish, intention or plan to keep it ("I have no wish to hang
// on to it", "behalten will ich es auf keinen Fall", "je n'ai aucune envie
// de le garder", "no me lo voy a quedar", "non ho intenzione di tenerlo",
// "手元に残すつもりはない", "不打算留着").
var keepNoRe = regexp.MustCompile(`\b(?:no (?:wish|intention|desire|plans?)|not (?:planning|going|intending|wanting)|(?:don't|do not|won't|will not) (?:intend|plan|wish|be)|have no (?:need|use))\b[^.!?]{0,15}\b(?:keep\p{L}*|hang on to|hang onto|hold on to|hold onto)\b|\bbehalten (?:will|möchte|werde|wollen|möchten|werden) (?:ich|wir) (?:es |ihn |sie |das )?(?:auf keinen fall|nicht|keinesfalls)|\b(?:auf keinen fall|keinesfalls) (?:be)?halten|\b(?:aucune envie|pas l'intention|pas envie|ne compte pas|ne vais pas|ne veux surtout pas)\b[^.!?]{0,15}\bgarder\b|\bno (?:me |nos )?(?:lo |la |los |las )?(?:voy a|vamos a|pienso|quiero|tengo intención de) quedar\p{L}*|\bno (?:voy a|pienso) quedárme\p{L}*|\bnon (?:ho intenzione|ho voglia|intendo|penso|voglio|ho alcuna intenzione)\b[^.!?]{0,15}\btener\p{L}*|(?:手元に残す|残す|置いておく|持っておく)つもりは(?:ない|ありません|ございません)|(?:手元に)?残しません|不(?:打算|准备|会|想要)留|不留了`)

func keepWish(ss []*sent) string {
	if keepNo.anyIn(ss) {
		return "no"
	}
	for _, s := range ss {
		if keepNoRe.MatchString(s.folded) {
			return "no" // "I have no wish to hang on to it", "no me lo voy a quedar"
		}
	}
	yes := false
	for _, s := range ss {
		for _, h := range keepYes.find(s) {
			if negated(s, h) {
				return "no" // "non lo voglio tenere", "I don't want to keep it"
			}
			yes = true
		}
	}
	if yes {
		return "yes"
	}
	return ""
}

// Missing parts: the phrase naming the part, and how many.
var (
	// genericParts name no particular part: the reply must ask which.
	genericParts = map[string]bool{
		"part": true, "parts": true, "piece": true, "pieces": true, "something": true, "items": true, "item": true,
		"accessories": true, "accessory": true, "components": true, "component": true, "bits": true, "stuff": true,
		"things": true, "thing": true, "bobs": true,
		"teil": true, "teile": true, "zubehör": true, "etwas": true, "bauteile": true, "sachen": true, "dinger": true, "kram": true,
		"pièce": true, "pièces": true, "accessoires": true, "accessoire": true, "éléments": true, "quelque": true,
		"trucs": true, "truc": true, "choses": true, "machins": true, "bidules": true, "trucmuches": true,
		"pieza": true, "piezas": true, "accesorios": true, "accesorio": true, "algo": true, "partes": true, "cosas": true, "cosillas": true,
		"pezzo": true, "pezzi": true, "accessori": true, "componenti": true, "parti": true, "qualcosa": true, "cose": true, "roba": true,
		"部品": true, "付属品": true, "パーツ": true, "もの": true, "物": true,
		"配件": true, "零件": true, "东西": true, "部件": true,
		"hardware": true, "fittings": true, "fixings": true, "contents": true, "kleinteile": true, "befestigungsmaterial": true,
		"quincaillerie": true, "visserie": true, "herrajes": true, "tornillería": true, "ferramenta": true, "minuteria": true,
		"小物": true, "五金件": true, "小零件": true, "些零件": true, "一些零件": true,
	}
	numberWords = map[string]int{
		"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
		"ein": 1, "eine": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
		"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "dix": 10,
		"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "ocho": 8, "diez": 10,
		"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "otto": 8, "dieci": 10,
	}
	// stopWords may stand between a missing cue and the part's name.
	stopWords = map[string]bool{
		"the": true, "a": true, "an": true, "its": true, "my": true, "all": true, "of": true, "any": true, "some": true,
		"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "alle": true, "noch": true, "leider": true, "mir": true,
		"le": true, "la": true, "les": true, "l'": true, "de": true, "du": true, "toutes": true, "tous": true, "y": true, "il": true,
		"el": true, "los": true, "las": true, "me": true, "nos": true,
		"lo": true, "i": true, "gli": true, "mi": true, "ci": true,
		"dei": true, "degli": true, "delle": true, "alcuni": true, "alcune": true, "qualche": true,
		"del": true, "unos": true, "unas": true, "algunos": true, "algunas": true, "einige": true, "paar": true,
		"few": true, "couple": true, "several": true, "dello": true, "della": true, "nello": true, "nella": true,
		"nelle": true, "negli": true, "al": true, "alla": true, "au": true, "aux": true, "im": true, "vom": true,
		"his": true, "her": true, "their": true, "ses": true, "son": true, "sa": true, "leur": true, "leurs": true,
		"mes": true, "mon": true, "ma": true, "sus": true, "su": true, "suoi": true, "sue": true, "suo": true, "sua": true,
		"seine": true, "seinen": true, "seiner": true, "ihre": true, "ihren": true, "ihrer": true, "meine": true, "meinen": true,
	}
	missingBefore = newPhrases("missing", "il manque", "manque", "manquent", "il manquait", "manquait", "manquaient", "falta", "faltan", "faltaba", "faltaban",
		"manca", "mancano", "mancava", "mancavano", "es fehlen", "es fehlt", "fehlt", "fehlen", "fehlte", "fehlten", "fehlend*",
		"non ha", "no trae", "no traía", "no tenía", "n'a pas de", "n'avait pas de", "n'y avait pas de", "n'y a pas de",
		"n'y avait aucun", "n'y avait aucune", "n'y a aucun", "n'y a aucune", "no viene", "no vienen", "no vino", "no vinieron",
		"no venía", "no venían", "no incluye", "no incluía", "no traen", "non c'era", "non c'erano", "non c'è", "non ci sono",
		"non ci sono", "non conteneva", "no", "without", "ohne", "sans", "sin", "senza", "kein", "keine", "keinen")
	missingAfter = newPhrases("is missing", "are missing", "was missing", "were missing", "fehlt", "fehlen", "fehlte",
		"fehlten", "manque", "manquent", "manquait", "manquaient", "falta", "faltan", "manca", "mancano",
		"wasn't included", "weren't included", "was not included", "were not included", "not included",
		"nicht dabei", "nicht enthalten", "n'était pas", "n'étaient pas", "no venía", "no venían", "non c'era",
		"non c'erano", "not in the box", "wasn't in the box", "was not in the box", "weren't in the box",
		"were not in the box", "not in the package", "nicht im paket", "nicht im karton", "no estaba en la caja",
		"missing", "isn't in the", "wasn't in the", "weren't in the", "aren't in the", "isn't in it", "wasn't in it",
		"did not come with", "didn't come with", "did not come", "didn't come", "never came", "weren't included", "wasn't included",
		"weren't in it", "aren't in it", "not inside", "war nicht dabei", "waren nicht dabei", "nicht drin",
		"n'y était pas", "n'y étaient pas", "no estaba", "no estaban", "non era nella", "non erano nella",
		"non c'era nella scatola", "mancante", "mancanti", "manquant", "manquants", "manquante", "manquantes", "que falta", "que faltan",
		"que faltaba", "che manca", "che mancano")
	jaMissingRe = regexp.MustCompile(`([\p{Katakana}ー\p{Han}]{1,8})(?:が|は)?(?:([0-9]+)(?:本|個|つ|枚|点|セット))?(?:足り|入って|不足|ありませ|欠品|なかった|無かった|入っていな|同梱されて|付いてい|ついてい|付属してい|見当たら)`)
	zhMissingRe = regexp.MustCompile(`(?:少发了|少发|漏发了|漏发|少了|缺少了|缺少|缺了|没有)([0-9一二两三四五六七八九十]*)(?:个|颗|根|只|件|套|块|条|片|支)?([\p{Han}]{1,6}?)(?:[(（]([\p{Han}]{1,6})[)）])?(?:[,，。!！?？.\s、(（]|$|了|的|呢|吗|和|及|与|跟|还有)`)
	// jaKanaPartRe reads a part whose name holds kana between its kanji
	// or katakana ("棚受け", "留め具", "取り付けネジ") before the words
	// that say it is not there.
	jaKanaPartRe = regexp.MustCompile(`(?:^|[、。\s])([\p{Han}\p{Katakana}ー][\p{Han}\p{Katakana}ー\p{Hiragana}]{0,9}?)(?:が|は)(?:([0-9]+)(?:本|個|つ|枚|点|セット))?(?:見当たら|見当たり|入っていな|入ってな|入っていませ|付いていな|ついていな|付いていませ|同梱されていな|同梱されていませ|足りな|足りませ)`)
	// zhAbsentRe reads a part named before the words that say it is not
	// in the parcel: "遥控器没在里面", "说明书不在盒子里".
	zhAbsentRe = regexp.MustCompile(`([\p{Han}]{1,6}?)(?:没在里面|不在里面|没有在里面|没在盒子里|不在盒子里|没放进去|没装进去|找不到|没找到|没有(?:[，。,.!！]|$)|一[个颗根只件套块条片支]都没有|一[个颗根只件套块条片支]也没有|全都没有|都没有|全没有)`)
	// zhConnectives may open the clause before a part's name.
	zhConnectives = []string{"但是", "可是", "不过", "就是", "而且", "还有", "另外", "但", "可", "却"}
	// jaNamedRe reads a short sentence that names the part after one that
	// says a part is missing: "引き出しの取っ手です。"
	jaNamedRe = regexp.MustCompile(`^(?:それは|不足しているのは|足りないのは|入っていないのは)?([\p{Han}\p{Katakana}\p{Hiragana}ー]{1,16}?)(?:です|でした|になります)[。.]?$`)
	// moreOfRe reads "send (me) two more shelf pins", "zwei weitere
	// Schrauben", "deux vis de plus" is left to the cues.
	moreOfRe = regexp.MustCompile(`(?:send|ship|mail|need|schicken|senden)(?: me| mir| sie| uns)? ([0-9]+|one|two|three|four|five|six|zwei|drei|vier) (?:more|extra|additional|weitere|zusätzliche) ([a-zäöüß][a-zäöüß-]*(?: [a-zäöüß-]+)?)`)
	// shouldBeRe reads "there should be 8 shelf pins but", "it says 24
	// screws but".
	shouldBeRe = regexp.MustCompile(`(?:should be|should have|says|said|supposed to be|listed) ([0-9]+|one|two|three|four|five|six|eight|ten) ([a-z][a-z-]*(?: [a-z-]+)?) but`)
	// onlyInsteadRe reads "only three towels instead of four", "nur zwei
	// Tassen statt vier".
	onlyInsteadRe = regexp.MustCompile(`(?:only|just|solo|sólo|nur|seulement|soltanto)\s+(?:[\p{L}']+\s+){0,2}?([0-9]+|[\p{L}]+)\s+([\p{L}-]+)\s+(?:instead of|rather than|en lugar de|en vez de|statt|anstatt|au lieu de|invece di|anziché|al posto di)\s+([0-9]+|[\p{L}]+)`)
	onlyGotRe     = regexp.MustCompile(`(?:only got|only received|got only|received only|only had|there were only) ([0-9]+)`)
	// namedAfterColonRe reads "one part is missing: the handle".
	namedAfterColonRe = regexp.MustCompile(`[:：]\s*(?:the |a |an |der |die |das |le |la |les |el |los |las |il |lo |gli )?([\p{L}][\p{L} -]{1,30})$`)
)

// gotOfRe reads how many of a part came ("only had 3 of the hooks", "nur
// 3 der Haken", "que 3 des crochets", "solo venían 5 de los ganchos",
// "solo 3 dei ganci"); packOfRe reads how many the pack holds ("pack of
// 4", "4er-Pack", "lot de 4", "el pack es de 6", "confezione da 4").
var (
	gotOfRe  = regexp.MustCompile(`\b(?:only|just|nur|que|seulement|solo|sólo|soltanto)\s+(?:[\p{L}']+\s+){0,2}?([0-9]+|one|two|three|four|five|ein|eine|zwei|drei|vier|fünf|un|une|deux|trois|quatre|cinq|uno|una|dos|tres|cuatro|cinco|due|tre|quattro|cinque)\s+(?:of the|of my|der|von den|des|de los|de las|dei|degli|delle)\s+([\p{L}'-]+(?:\s+[\p{L}'-]+)?)`)
	packOfRe = regexp.MustCompile(`\b(?:pack|set|box|pack is|set is|lot|pack|paquete|juego|confezione|set)\s+(?:(?:of|de|da|di|von|es de|è da)\s+)?([0-9]+)\b|\b([0-9]+)(?:-|\s)?(?:er-?)?(?:pack|set|packung|pcs|count|piece set)\b|([0-9]+)\s*(?:個入り|個セット|个装|只装|件套)`)
)

// packJoiners end a part's name read by gotOfRe ("3 of the hooks in the box").
var packJoiners = map[string]bool{"and": true, "und": true, "et": true, "y": true, "e": true, "or": true, "but": true,
	"in": true, "im": true, "dans": true, "en": true, "nel": true, "nella": true, "were": true, "came": true, "arrived": true,
	"waren": true, "kamen": true, "drin": true, "dabei": true, "there": true, "inside": true, "étaient": true, "venían": true, "erano": true, "sind": true}

// countedAgainstPack returns the part the buyer got fewer of than the pack
// holds, and how many are missing: "only had 3 of the hooks, it says pack
// of 4" is one hook.
func countedAgainstPack(ss []*sent) (string, int) {
	var all []string
	for _, s := range ss {
		all = append(all, s.folded)
	}
	text := strings.Join(all, " ")
	g, p := gotOfRe.FindStringSubmatch(text), packOfRe.FindStringSubmatch(text)
	if g == nil || p == nil {
		return "", 0
	}
	want := 0
	for _, d := range p[1:] {
		if d != "" {
			want, _ = strconv.Atoi(d)
		}
	}
	got := countWord(g[1])
	part := strings.Fields(g[2])
	if len(part) == 2 && (stopWords[part[1]] || isVerbish(part[1]) || packJoiners[part[1]]) {
		part = part[:1] // "the hooks and": the first word names the part
	}
	name := strings.Join(part, " ")
	if want <= got || got <= 0 || genericParts[lastWord(name)] || notPart(name) {
		return "", 0
	}
	if n := want - got; n == 1 && strings.HasSuffix(name, "s") && !strings.HasSuffix(name, "ss") && g[1] != "" && g[1][0] >= '0' && g[1][0] <= '9' && strings.Contains(g[0], " of ") {
		return strings.TrimSuffix(name, "s"), 1 // one of "the hooks" is "hook"
	}
	return name, want - got
}

// onlyNoRe reads a part said absent beside the one that came: "there's
// only the front guard, no rear one", "only the left pedal, no right
// pedal"; m[1] is the noun of what came, m[2] the part, m[3] "one" when
// the part is named by the noun of what came.
var onlyNoRe = regexp.MustCompile(`\bonly (?:the |a |an |one )?(?:[\p{L}'-]+ )?([\p{L}'-]+),\s*(?:but\s+)?(?:there (?:is|was|are|were)\s+)?no\s+([\p{L}'-]+)(?:\s+(one))?\b`)

// jaHasQuestion reports whether the Japanese match m in folded is a
// question whether the item has something ("機能はついていますか"), not a
// statement that it lacks it.
func jaHasQuestion(folded, m string) bool {
	i := strings.Index(folded, m)
	if i < 0 {
		return false
	}
	rest := folded[i+len(m):]
	for _, q := range []string{"ますか", "ますでしょうか", "るか", "るでしょうか", "ますよね"} {
		if strings.HasPrefix(rest, q) {
			return true
		}
	}
	return false
}

// neededWords make "falta" say that something is needed, not missing
// ("si hace falta", "no hace falta").
var neededWords = map[string]bool{"hace": true, "haga": true, "hacía": true, "hará": true, "hacen": true, "hacer": true, "haría": true}

// missingIn reports whether a sentence says something is missing: a
// missing cue that is not "hacer falta" (to be needed).
func missingIn(ss []*sent) bool {
	for _, s := range ss {
		for _, h := range missingCues.find(s) {
			j := tokIndexBefore(s.toks, h.at)
			if j >= 0 && neededWords[s.toks[j].w] {
				continue
			}
			return true
		}
	}
	return false
}

// absentFromRe reads a part said to be absent from the parcel, by the
// shape of the sentence: "the allen wrench was nowhere in the box", "the
// hex key wasn't inside", "la télécommande ne se trouvait pas dans le
// carton", "el cargador no estaba dentro", "il telecomando non c'era",
// "die Fernbedienung war nicht im Paket".
var absentFromRe = regexp.MustCompile(`(?:^|[\s,;:])((?:[\p{L}'-]+\s+){0,2}[\p{L}'-]+)\s+(?:(?:was|were|is|are)(?:n't|\s+not|\s+nowhere)\s+(?:to be found\s+)?(?:in|inside|included|there)\b|(?:ne|n')\s*(?:se\s+)?(?:trouvait|trouvaient|était|étaient|est|sont|figurait|figuraient|y\s+était|y\s+étaient)\s+pas\b|no\s+(?:estaba|estaban|venía|venían|viene|vienen|está|están)\s+(?:dentro|en|incluid)|non\s+(?:c'era|c'erano|era|erano|è|sono)\b|(?:war|waren|ist|sind)\s+nicht\s+(?:im|in|dabei|drin|enthalten|beigelegt))`)

// cannotFindRe reads a part the buyer cannot find in the parcel: "I
// can't find the hinges", "no encuentro las patas", "las patas no
// aparecen", "je ne trouve pas la notice", "non trovo le viti", "ich
// finde die Schrauben nicht", "ネジが見つかりません", "找不到螺丝".
var cannotFindRe = regexp.MustCompile(`(?:can't|cannot|couldn't|could not|can not) find (?:the |any |a |an )?((?:[\p{L}'-]+\s+)?[\p{L}'-]+)|no encuentro (?:el |la |los |las |ningún |ninguna )?((?:[\p{L}-]+\s+)?[\p{L}-]+)|je ne trouve pas (?:le |la |les |l')?((?:[\p{L}-]+\s+)?[\p{L}-]+)|non trovo (?:il |la |i |le |gli |l')?((?:[\p{L}-]+\s+)?[\p{L}-]+)|(?:^|\s)((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+(?:no aparecen?|n'apparai\p{L}*|sont introuvables|est introuvable|non si trova(?:no)?|sind nirgends|ist nirgends|nirgends zu finden|war nirgends|waren nirgends)|([\p{Han}\p{Katakana}ー]{1,8})(?:が|は)?見つかりません|(?:找不到|没找到)([\p{Han}]{1,6})`)

// tooFewRe reads "vier Schrauben zu wenig", "two screws short".
var tooFewRe = regexp.MustCompile(`\b([0-9]+|one|two|three|four|five|six|ein|eine|zwei|drei|vier|fünf|sechs)\s+([\p{L}-]+)\s+(?:zu wenig|too few|short)\b`)

// trimPart drops the articles, possessives and count words before a part
// read by shape: "the allen wrench" is "allen wrench".
func trimPart(p string) string {
	f := strings.Fields(p)
	for len(f) > 0 && (stopWords[f[0]] || isVerbish(f[0]) || numberWords[f[0]] > 0 || strings.HasSuffix(f[0], "'")) {
		f = f[1:]
	}
	for i, w := range f {
		if isVerbish(w) || stopWords[w] {
			f = f[i+1:]
			break
		}
	}
	return strings.Join(f, " ")
}

// countOfRe reads "only had 2 of the 4 metal brackets", "nur 2 von 4
// Regalböden", "seulement 3 sur 4 pieds", "solo 2 de las 4 patas", "solo
// 2 delle 4 gambe": the count received, the count due and the part.
var countOfRe = regexp.MustCompile(`(?:only|just|nur|seulement|que|solo|sólo|soltanto|solamente)\b[^.,;!?]{0,30}?\b([0-9]+|one|two|three|four|five|six|ein|eine|zwei|drei|vier|un|une|deux|trois|quatre|uno|una|dos|tres|cuatro|due|tre|quattro)\s+(?:of the|of|out of|von den|von|sur les|sur|de los|de las|de|delle|dei|degli|di|su)\s+([0-9]+|two|three|four|five|six|eight|ten|zwei|drei|vier|fünf|sechs|acht|zehn|deux|trois|quatre|cinq|six|huit|dix|dos|tres|cuatro|cinco|seis|ocho|diez|due|tre|quattro|cinque|sei|otto|dieci)\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)`)

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// notParts are nouns that follow "no" or "there's no" without naming a
// part that could be in the box: a tracking number, an answer, an idea.
var notParts = map[string]bool{
	"quiero": true, "want": true, "will": true, "möchte": true, "veux": true, "voglio": true, "be": true, "been": true,
	"seem": true, "seems": true, "appear": true, "appears": true,
	"tracking": true, "number": true, "idea": true, "reply": true, "response": true, "answer": true, "update": true,
	"updates": true, "news": true, "information": true, "info": true, "way": true, "sign": true, "word": true,
	"refund": true, "money": true, "time": true, "email": true, "message": true, "confirmation": true, "contact": true,
	"record": true, "problem": true, "issue": true, "need": true, "point": true, "reason": true, "change": true,
	"movement": true, "delivery": true, "one": true, "longer": true, "matter": true, "doubt": true, "luck": true,
	"sendungsnummer": true, "sendungsverfolgung": true, "antwort": true, "rückmeldung": true, "ahnung": true,
	"nachricht": true, "lieferung": true, "suivi": true, "réponse": true, "nouvelles": true,
	"numéro": true, "livraison": true, "seguimiento": true, "respuesta": true, "noticias": true, "número": true,
	"entrega": true, "tracciamento": true, "risposta": true, "notizie": true, "numero": true, "consegna": true,
	"物流": true, "单号": true, "回复": true, "消息": true, "反应": true, "声音": true, "动静": true, "信息": true,
	"追跡": true, "返信": true, "連絡": true, "反応": true, "收到": true, "到货": true, "包裹": true, "快递": true,
	"parcel": true, "package": true, "order": true, "courier": true, "driver": true, "mailbox": true,
	"problems": true, "problème": true, "problema": true, "probleme": true, "frais": true, "retard": true, "cost": true,
	"charge": true, "extra": true, "delay": true, "paket": true, "bestellung": true, "colis": true, "commande": true,
	"paquete": true, "pedido": true, "pacco": true, "ordine": true, "costo": true, "coste": true, "kosten": true,
	"i": true, "we": true, "you": true, "it": true, "ich": true, "je": true, "yo": true, "io": true,
	// What follows "without", "sans", "sin", "senza", "ohne" when it is
	// no part: a verb ("without having", "sin querer", "sans attendre")
	// or a word of the message's story ("without further notice").
	"having": true, "being": true, "further": true, "notice": true, "warning": true, "asking": true, "waiting": true,
	"querer": true, "abrir": true, "usar": true, "avisar": true, "saber": true, "esperar": true,
	"attendre": true, "ouvrir": true, "utiliser": true, "prévenir": true, "aprire": true, "usare": true, "avvisare": true,
	"aspettare": true, "warten": true, "öffnen": true, "vorwarnung": true, "reembolso": true, "remboursement": true,
	"rimborso": true, "erstattung": true, "geld": true, "dinero": true, "argent": true, "soldi": true,
	"success": true, "results": true, "result": true, "erfolg": true, "succès": true, "éxito": true, "successo": true,
	"退款": true, "返金": true,
	// What follows "no" when it is a wish, not a part: "I have no wish to".
	"wish": true, "intention": true, "desire": true, "plan": true, "plans": true, "envie": true, "intenzione": true,
	"voglia": true, "intención": true, "ganas": true, "lust": true, "absicht": true,
	// Words that follow a lack and name nothing in the box: "no viene
	// nada", "non c'è nessun problema", "no vino el repartidor".
	"nothing": true, "nada": true, "rien": true, "niente": true, "nulla": true, "nichts": true, "nessun": true,
	"nessuno": true, "nessuna": true, "ninguno": true, "ninguna": true, "aucun": true, "aucune": true,
	"repartidor": true, "mensajero": true, "transportista": true, "livreur": true, "transporteur": true,
	"corriere": true, "fattorino": true, "kurier": true, "bote": true, "zusteller": true, "paketbote": true,
	"办法": true, "问题": true, "必要": true, "时间": true, "效果": true, "变化": true, "意义": true, "区别": true, "人": true,
}

// notPart reports whether a phrase read as a missing part names none. A
// Chinese or Japanese phrase names none when it holds such a word
// ("开关一点反应").
func notPart(p string) bool {
	for _, w := range strings.Fields(p) {
		if notParts[w] {
			return true
		}
	}
	if strings.IndexFunc(p, isCJK) >= 0 {
		for k := range notParts {
			if strings.IndexFunc(k, isCJK) >= 0 && strings.Contains(p, k) {
				return true
			}
		}
		for _, k := range []string{"什么", "一点", "任何", "消息", "动静"} {
			if strings.Contains(p, k) {
				return true
			}
		}
	}
	return notParts[p]
}

// missingPart returns the missing part the buyer names, as written (lower
// case), and the count when given; ("", 0) when only "parts" are said to
// be missing.
func missingPart(ss []*sent) (string, int) {
	if p, n := countedAgainstPack(ss); p != "" {
		return p, n
	}
	if p, n := shortfall(ss); p != "" {
		return p, n // "only one panel was in the package": the rest of it
	}
	for i, s := range ss {
		if m := onlyNoRe.FindStringSubmatch(s.folded); m != nil && !notPart(m[2]) && !genericParts[m[2]] {
			if m[3] != "" {
				return m[2] + " " + m[1], 0 // "only the front guard, no rear one": the rear guard
			}
			return m[2], 0
		}
		if m := onlyInsteadRe.FindStringSubmatch(s.folded); m != nil {
			if got, want := countWord(m[1]), countWord(m[3]); got > 0 && want > got && !genericParts[m[2]] {
				return m[2], want - got // "solo venían tres toallas en lugar de cuatro"
			}
		}
		if m := absentFromRe.FindStringSubmatch(s.folded); m != nil {
			if p := trimPart(m[1]); p != "" && !genericParts[lastWord(p)] && !notPart(p) {
				return p, 0 // "the allen wrench was nowhere in the box"
			}
		}
		if m := zhAbsentRe.FindStringSubmatch(s.folded); m != nil {
			p := m[1]
			for _, c := range zhConnectives {
				p = strings.TrimPrefix(p, c)
			}
			if p != "" && !genericParts[p] && !notPart(p) {
				return p, 0 // 遥控器没在里面
			}
		}
		if m := cannotFindRe.FindStringSubmatch(s.folded); m != nil {
			var p string
			for _, g := range m[1:] {
				if g != "" {
					p = g
					break
				}
			}
			if p = trimPart(p); p != "" && !allGeneric(strings.Fields(p)) && !notPart(p) {
				return p, 0 // "no encuentro las patas", "找不到锅盖"
			}
		}
		if m := tooFewRe.FindStringSubmatch(s.folded); m != nil && !genericParts[m[2]] && !notPart(m[2]) {
			return m[2], countWord(m[1]) // "vier Schrauben zu wenig"
		}
		if m := countOfRe.FindStringSubmatch(s.folded); m != nil {
			if got, want := countWord(m[1]), countWord(m[2]); want > got && got >= 0 && !genericParts[lastWord(m[3])] && !notPart(m[3]) {
				return m[3], want - got // "the box only had 2 of the 4 metal brackets"
			}
		}
		gated := missingIn([]*sent{s}) || len(absentCues.find(s)) > 0
		if gated {
			if p, n := missingLatin(s); p != "" && !notPart(p) {
				return p, n
			}
		}
		if p, n := noneOfShape(s); p != "" {
			return p, n // "no wooden dowels at all", "the manual lists 12 dowels (part F)"
		}
		if m := zhNoneRe.FindStringSubmatch(s.folded); m != nil && !genericParts[m[1]] && !notPart(m[1]) {
			return m[1], 0 // "没有遥控器。"
		}
		if !gated {
			continue
		}
		if m := jaKanaPartRe.FindStringSubmatch(s.folded); m != nil && !genericParts[m[1]] && !notPart(m[1]) && strings.ContainsFunc(m[1], isHiragana) {
			n, _ := strconv.Atoi(m[2])
			if i := strings.LastIndex(m[1], "の"); i >= 0 && i+len("の") < len(m[1]) {
				return m[1][i+len("の"):], n // "組み立て用のネジ" is "ネジ"
			}
			return m[1], n // "棚受けが見当たりません", "留め具が入っていません"
		}
		if m := jaMissingRe.FindStringSubmatch(s.folded); m != nil && !jaHasQuestion(s.folded, m[0]) {
			part := strings.TrimSuffix(strings.TrimSuffix(m[1], "の"), "が")
			if !genericParts[part] && part != "" {
				n, _ := strconv.Atoi(m[2])
				return part, n
			}
		}
		if m := zhMissingRe.FindStringSubmatch(s.folded); m != nil {
			part := strings.TrimPrefix(m[2], "些")
			if genericParts[part] && m[3] != "" {
				part = m[3] // 少发了一个配件（遥控器）
			}
			if part != "" && !genericParts[part] && !notPart(part) && !zhClassifier(part) {
				if strings.HasPrefix(m[2], "些") {
					return part, 0
				}
				return part, zhNumber(m[1])
			}
		}
		if m := namedAfterColonRe.FindStringSubmatch(strings.TrimRight(s.folded, ".!。")); m != nil {
			if p := strings.TrimSpace(m[1]); !genericParts[p] {
				return p, 0
			}
		}
		// The part named in the next sentence: "部品が一つ入っていませんでした。引き出しの取っ手です。"
		if i+1 < len(ss) {
			if m := jaNamedRe.FindStringSubmatch(ss[i+1].folded); m != nil && !genericParts[m[1]] {
				return m[1], 0
			}
		}
	}
	return "", 0
}

// piecesRe reads a count of pieces ("6 pieces missing", "faltan 4
// piezas", "il manque 3 pièces", "mancano 5 pezzi", "es fehlen 4 Teile",
// "3ピース足りない", "少了5片"); setRe says the product is made of such
// pieces (a puzzle, or a set counted in pieces).
var (
	piecesRe = regexp.MustCompile(`(?i)\b([0-9]+|two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|fünf|sechs|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|seis|due|tre|quattro|cinque|sei)\s+(pieces|pcs|piezas|pièces|pezzi|pezzetti|teile|puzzleteile)\b|([0-9]+)\s*(ピース)|(?:少了|缺了|缺少|少)([0-9一二两三四五六七八九十]+)(片|块)`)
	setRe    = regexp.MustCompile(`(?i)puzzle|jigsaw|rompecabezas|casse-tête|パズル|拼图|\b[0-9]+\s*(?:pieces|pcs|piezas|pièces|pezzi|teile)\b|[0-9]+\s*(?:ピース|片装)`)
)

// countedPieces returns the pieces counted missing in a product made of
// pieces: the count names what is missing, so the reply need not ask.
func countedPieces(ss []*sent, text string) (string, int) {
	if !setRe.MatchString(text) {
		return "", 0
	}
	for _, s := range ss {
		if !missingIn([]*sent{s}) && len(absentCues.find(s)) == 0 {
			continue
		}
		m := piecesRe.FindStringSubmatch(s.folded)
		switch {
		case m == nil:
		case m[1] != "":
			return m[2], countWord(m[1])
		case m[3] != "":
			n, _ := strconv.Atoi(m[3])
			return m[4], n
		default:
			return m[6], zhNumber(m[5])
		}
	}
	return "", 0
}

// noneRe reads a part said to be absent by the shape of the clause,
// without a missing cue: "no wooden dowels at all", "but no hinges", "not
// a single screw"; listedRe reads the count the manual or the listing
// gives for a part the buyer did not get: "the manual lists 12 dowels
// (part F)", "it should come with 4 feet, but".
var (
	noneRe   = regexp.MustCompile(`(?:^|[\s,;(])(?:no|not a single|not one|kein einziger|keine einzige|pas une? seule?|ni un solo|ni una sola|nemmeno un[oa]?|neanche un[oa]?)\s+((?:[\p{L}'-]+\s+){0,2}?[\p{L}'-]+)\s+(?:at all|whatsoever|überhaupt|du tout|en absoluto|per niente|in the box|in the bag|in the package|in the parcel|included)\b|\bbut (?:there (?:was|were|is|are) )?no\s+((?:[\p{L}'-]+\s+){0,2}?[\p{L}'-]+)(?:\s*[,.;!?]|\s+at all|$)`)
	listedRe = regexp.MustCompile(`\b(?:lists?|listed|shows?|says|said|states?|mentions?|should (?:be|have|contain|come with|include)|supposed to (?:be|have|contain|come with|include)|comes? with|came with|includes?|contains?)\s+([0-9]+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s*(?:\([^)]{1,20}\))?\s*(?:,\s*)?(?:but|yet|while|and i|and we|and there|and only|and none|and not)\b`)
	zhNoneRe = regexp.MustCompile(`(?:^|[，,。、]|但是|可是|不过|盒子里|箱子里|包装里|里面)没有([\p{Han}]{2,6})[。！!.]?$`)
)

// trailingPlace is a place word after a part's name ("no cord inside").
var trailingPlace = regexp.MustCompile(`\s+(?:inside|there|anywhere|either|included|in it)$`)

// noneOfShape returns the part read by noneRe or listedRe, and the count
// listedRe gives ("", 0 when neither reads a named part).
func noneOfShape(s *sent) (string, int) {
	folded := s.folded
	if m := noneRe.FindStringSubmatch(folded); m != nil {
		p := m[1]
		if p == "" {
			p = m[2]
		}
		if !notPart(p) {
			if p = trimPart(trailingPlace.ReplaceAllString(p, "")); p != "" && !allGeneric(strings.Fields(p)) && !notPart(p) {
				return p, 0
			}
		}
	}
	if m := listedRe.FindStringSubmatch(folded); m != nil {
		if p := trimPart(m[2]); p != "" && !allGeneric(strings.Fields(p)) && !notPart(p) && (missingIn([]*sent{s}) || len(absentCues.find(s)) > 0 || strings.Contains(folded, "none") || strings.Contains(folded, "only")) {
			return p, 0
		}
	}
	return "", 0
}

// missingLatin reads "four screws are missing", "missing the power cable",
// "es fehlen 2 Schrauben", "il manque une vis", "faltan dos tornillos",
// "mancano 4 viti".
func missingLatin(s *sent) (string, int) {
	// After the cue: "missing (the) X", "es fehlen 2 X", "il manque une X".
	for _, h := range missingBefore.find(s) {
		i := tokIndexAt(s.toks, h.end)
		n := 0
		var part []string
		prev := h.end
		for ; i < len(s.toks) && len(part) < 3; i++ {
			w := s.toks[i].w
			if strings.ContainsAny(s.folded[prev:s.toks[i].at], ",;:()") {
				break // another clause: "the hardware is missing, can't finish"
			}
			prev = s.toks[i].end
			if v, ok := numberWords[w]; ok && len(part) == 0 && n == 0 {
				n = v
				continue
			}
			if d, err := strconv.Atoi(w); err == nil && len(part) == 0 && n == 0 {
				n = d
				continue
			}
			if stopWords[w] && len(part) == 0 {
				continue
			}
			if stopWords[w] || isVerbish(w) {
				break
			}
			part = append(part, w)
			if len(part) >= 1 && !nounContinues(w) {
				break
			}
		}
		if p := strings.Join(part, " "); p != "" && !genericParts[part[len(part)-1]] && !genericParts[part[0]] {
			return p, n
		} else if p != "" {
			return "", 0 // "mancano dei pezzi": parts, none named
		}
	}
	// "send two more shelf pins", "8 shelf pins but I only got 6"
	if m := moreOfRe.FindStringSubmatch(s.folded); m != nil {
		if p := strings.TrimSpace(m[2]); !genericParts[p] {
			n, err := strconv.Atoi(m[1])
			if err != nil {
				n = numberWords[m[1]]
			}
			return p, n
		}
	}
	if m := shouldBeRe.FindStringSubmatch(s.folded); m != nil {
		if p := strings.TrimSpace(m[2]); !genericParts[p] {
			n := 0
			if g := onlyGotRe.FindStringSubmatch(s.folded); g != nil {
				want, _ := strconv.Atoi(m[1])
				got, _ := strconv.Atoi(g[1])
				n = max(want-got, 0)
			}
			return p, n
		}
	}
	// Before the cue: "(four) screws are missing", "die Schrauben fehlen".
	for _, h := range missingAfter.find(s) {
		j := tokIndexBefore(s.toks, h.at)
		var part []string
		n := 0
		for k := j; k >= 0 && k > j-4; k-- {
			w := s.toks[k].w
			if v, ok := numberWords[w]; ok {
				n = v
				break
			}
			if d, err := strconv.Atoi(w); err == nil {
				n = d
				break
			}
			if stopWords[w] || isVerbish(w) {
				break
			}
			part = append([]string{w}, part...)
			if len(part) == 2 {
				break
			}
		}
		if len(part) > 0 && !allGeneric(part) {
			return strings.Join(part, " "), n
		}
	}
	return "", 0
}

// vagueAdjuncts qualify a generic part without naming one ("small parts").
var vagueAdjuncts = map[string]bool{"small": true, "other": true, "spare": true, "extra": true, "little": true,
	"some": true, "few": true, "several": true, "kleine": true, "petites": true, "petits": true, "pequeñas": true,
	"pequeños": true, "piccoli": true, "piccole": true}

// allGeneric reports whether a part's words name no particular part:
// generic nouns ("parts", "bits") with at most vague words before them.
// "drill bits" names one.
func allGeneric(part []string) bool {
	if !genericParts[part[len(part)-1]] {
		return false
	}
	for _, w := range part[:len(part)-1] {
		if !genericParts[w] && !vagueAdjuncts[w] {
			return false
		}
	}
	return true
}

// isVerbish reports words that end a part's name.
func isVerbish(w string) bool {
	switch w {
	case "is", "are", "was", "were", "and", "but", "in", "from", "with", "for", "to", "so", "und", "aber", "im",
		"et", "mais", "dans", "pour", "e", "ma", "nel", "nella", "per", "y", "pero", "en", "para", "con", "please", "bitte",
		"s'il", "por", "favor", "box", "package", "parcel", "paket", "karton", "colis", "boîte", "caja",
		"paquete", "scatola", "pacco", "have", "had", "has", "hat", "haben", "ist", "sind", "war", "waren", "est", "sont",
		"es", "son", "è", "sono", "i've", "i", "we", "ich", "je", "yo", "io":
		return true
	}
	return false
}

// nounContinues reports whether a part's name may go on after word w: a
// noun adjunct such as "power" in "power cable".
func nounContinues(w string) bool {
	switch w {
	case "power", "usb", "charging", "wall", "remote", "allen", "hex", "glass", "rubber", "metal", "plastic", "screw",
		"mounting", "wall-mount", "instruction", "spare", "ac", "dc", "hdmi", "lightning", "type", "cable", "phone",
		// Sides and positions name which of a pair or set: "rear mudguard".
		"rear", "front", "left", "right", "top", "bottom", "upper", "lower", "back", "side", "inner", "outer", "middle", "centre", "center":
		return true
	}
	return false
}

func tokIndexAt(toks []tok, at int) int {
	for i, t := range toks {
		if t.at >= at {
			return i
		}
	}
	return len(toks)
}

func tokIndexBefore(toks []tok, at int) int {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].end <= at {
			return i
		}
	}
	return -1
}

// countWord reads a count written in digits or as a number word; 0 if
// neither.
func countWord(w string) int {
	if n, err := strconv.Atoi(w); err == nil {
		return n
	}
	return numberWords[w]
}

func zhNumber(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return map[string]int{"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}[s]
}

// Variants: sizes and colours, and the words that say whether the buyer
// ordered, received or wants one.
var (
	sizeRe = regexp.MustCompile(`(?:size|größe|gr\.|taille|talla|taglia|misura|サイズ|尺码|尺寸|码数)\s*(?:は|が|是|:|：)?\s*((?:[0-9]?x{0,3}[sml]|x{1,3}l|[0-9]{1,3}(?:[.,][05])?))(?:[^a-z0-9]|$)` +
		`|(?:^|[^a-z0-9])((?:[0-9]?x{0,3}[sml]|x{1,3}l|[0-9]{2,3}))\s*(?:码|号|サイズ|size\b)`)
	// sizeAnchors are substrings every match of sizeRe holds (its size
	// words and the CJK size suffixes): without one, sizeRe is not run,
	// which spares its backtracking on most sentences.
	sizeAnchors  = []string{"size", "größe", "gr.", "taille", "talla", "taglia", "misura", "サイズ", "尺", "码", "号"}
	letterSizeRe = regexp.MustCompile(`^(?:[0-9]?x{0,3}[sml]|x{1,3}l)$`)
	// upperSizeRe finds a clothing size written as one in capitals ("the
	// L", "an XL"), in the text as written.
	upperSizeRe = regexp.MustCompile(`(?:^|[^\p{L}\p{N}])(XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)(?:[^\p{L}\p{N}]|$)`)
	colours     = newPhrases(
		"black", "white", "red", "blue", "navy", "navy blue", "dark blue", "light blue", "green", "yellow", "pink",
		"purple", "grey", "gray", "brown", "beige", "orange", "silver", "gold", "khaki", "cream",
		"schwarz", "weiß", "weiss", "rot", "blau", "dunkelblau", "marineblau", "hellblau", "grün", "gelb", "rosa",
		"lila", "violett", "grau", "braun", "silber",
		"noir", "noire", "blanc", "blanche", "rouge", "bleu", "bleue", "bleu marine", "vert", "verte", "jaune",
		"rose", "violet", "violette", "gris", "grise", "marron", "argenté", "doré",
		"negro", "negra", "negros", "negras", "blanco", "blanca", "blancos", "blancas", "grises", "rojos", "rojas", "azules",
		"verdes", "rojo", "roja", "azul", "azul marino", "verde", "amarillo", "amarilla",
		"morado", "morada", "marrón", "naranja", "plateado", "dorado",
		"nero", "nera", "bianco", "bianca", "rosso", "rossa", "blu", "azzurro", "azzurra", "blu scuro", "giallo",
		"gialla", "viola", "grigio", "grigia", "marrone", "arancione", "argento",
		"ブラック", "ホワイト", "レッド", "ブルー", "ネイビー", "グリーン", "イエロー", "ピンク", "パープル", "グレー",
		"ブラウン", "ベージュ", "オレンジ", "シルバー", "ゴールド", "黒色", "白色", "赤色", "青色", "紺色", "緑色",
		"黄色", "紫色", "灰色", "茶色",
		"黑色", "白色", "红色", "蓝色", "藏青色", "深蓝色", "浅蓝色", "海军蓝", "绿色", "粉色", "粉红色", "紫色",
		"棕色", "咖啡色", "米色", "橙色", "银色", "金色", "黑的", "白的", "红的", "蓝的",
	)
	orderedCues = newPhrases("ordered", "order", "bought", "purchased", "chose", "selected", "bestellt", "gekauft",
		"commandé", "commandée", "acheté", "pedí", "pedido", "compré", "ordinato", "ordinata", "comprato", "comprata",
		"注文", "購入", "订的", "订了", "买的", "买了", "下单", "拍的", "选的")
	receivedCues = newPhrases("received", "got", "arrived", "came", "sent me", "delivered", "you sent", "erhalten",
		"bekommen", "geliefert", "angekommen", "geschickt", "reçu", "reçue", "arrivé", "arrivée", "livré", "envoyé",
		"recibido", "recibí", "llegado", "llegó", "enviado", "mandado", "ricevuto", "ricevuta", "arrivato",
		"arrivata", "consegnato", "inviato", "mandato", "届い", "届き", "送られて", "收到", "寄来", "发来", "发的是",
		"到的是", "寄的是")
	wantedCues = newPhrases("exchange", "swap", "replace", "want", "need", "would like", "instead", "please send",
		"send me", "umtauschen", "tauschen", "möchte", "hätte gern", "brauche", "stattdessen", "échanger",
		"voudrais", "souhaite", "besoin", "à la place", "cambiar", "quiero", "quisiera", "necesito", "en su lugar",
		"cambiare", "vorrei", "voglio", "ho bisogno", "invece", "交換", "ほしい", "欲しい", "希望", "代わり", "换成",
		"换", "想要")
)

// findSizes is sizeRe.FindAllStringSubmatchIndex(folded, -1), run only
// when folded holds one of sizeAnchors.
func findSizes(folded string) [][]int {
	for _, a := range sizeAnchors {
		if strings.Contains(folded, a) {
			return sizeRe.FindAllStringSubmatchIndex(folded, -1)
		}
	}
	return nil
}

// findUpperSizes is upperSizeRe.FindAllStringSubmatchIndex(orig, -1), run
// only when orig has an 'S', 'M' or 'L' that no ASCII letter or digit
// follows: every size upperSizeRe finds ends so.
func findUpperSizes(orig string) [][]int {
	for i := 0; i < len(orig); i++ {
		if c := orig[i]; c == 'S' || c == 'M' || c == 'L' {
			if i+1 == len(orig) || !isASCIIAlnum(orig[i+1]) {
				return upperSizeRe.FindAllStringSubmatchIndex(orig, -1)
			}
		}
	}
	return nil
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// variants reads the sizes and colours the buyer names and whether each
// is what they ordered, received or want: the role word nearest to it in
// its sentence decides (after it in Japanese, whose verbs come last).
func variants(ss []*sent) (ordered, received, wanted string) {
	for _, s := range ss {
		var vs []hit
		for _, m := range findSizes(s.folded) {
			if m[2] >= 0 {
				vs = append(vs, hit{m[2], m[3]})
			} else if m[4] >= 0 {
				vs = append(vs, hit{m[4], m[5]})
			}
		}
		for _, m := range findUpperSizes(s.orig) {
			at := len(fold(s.orig[:m[2]]))
			v := hit{at, at + len(fold(s.orig[m[2]:m[3]]))}
			if !slices.ContainsFunc(vs, func(o hit) bool { return o.at < v.end && v.at < o.end }) {
				vs = append(vs, v)
			}
		}
		vs = append(vs, longest(colours.find(s))...)
		if len(vs) == 0 {
			continue
		}
		// A slice, not a map: on equal distances the earlier role wins, the
		// same on every run.
		roles := [...]struct {
			name string
			hs   []hit
		}{{"ordered", orderedCues.find(s)}, {"received", receivedCues.find(s)}, {"wanted", wantedCues.find(s)}}
		ja := strings.ContainsFunc(s.folded, func(r rune) bool { return unicode.Is(unicode.Hiragana, r) })
		slices.SortFunc(vs, func(a, b hit) int { return a.at - b.at })
		for _, v := range vs {
			role, best := "", 1<<30
			for _, r := range roles {
				name := r.name
				for _, h := range r.hs {
					var d int
					switch {
					case h.end <= v.at:
						d = v.at - h.end
						if ja {
							d += 1000 // a Japanese verb follows its object
						}
					case h.at >= v.end:
						d = h.at - v.end
						if !ja {
							d += 1000
						}
					default:
						continue
					}
					if d < best {
						role, best = name, d
					}
				}
			}
			val := strings.TrimSpace(s.folded[v.at:v.end])
			if letterSizeRe.MatchString(val) {
				val = strings.ToUpper(val) // "l" was folded from "L"
			}
			switch role {
			case "ordered":
				if ordered == "" {
					ordered = val
				}
			case "received":
				if received == "" {
					received = val
				}
			case "wanted":
				if wanted == "" {
					wanted = val
				}
			}
		}
	}
	if wanted == "" {
		for _, s := range ss {
			if m := swapSizeRe.FindStringSubmatch(s.folded); m != nil {
				wanted = m[1] // "could I swap it for the large"
				break
			}
		}
	}
	return ordered, received, wanted
}

// swapSizeRe reads a size named by its word in an exchange ("swap it for
// the large", "change it to a medium").
var swapSizeRe = regexp.MustCompile(`\b(?:swap|exchange|change|switch|trade)\s+(?:it|this|them|that|one)?\s*(?:for|to|into)\s+(?:a|an|the)?\s*(small|medium|large|extra[- ]large|x-?large|extra[- ]small|x-?small)\b`)

// longest drops hits contained in a longer one ("navy" in "navy blue").
func longest(hs []hit) []hit {
	var out []hit
	for i, h := range hs {
		inside := false
		for j, o := range hs {
			if i != j && o.at <= h.at && h.end <= o.end && (o.end-o.at) > (h.end-h.at) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, h)
		}
	}
	return out
}

// A shortfall: fewer of a part came than belong in the box, said by the
// count that came ("only ONE panel was in the package", "just one bracket
// in the box", "nur 6 statt 8 Dübel", "il n'y avait qu'une seule étagère",
// "solo venía una rueda", "c'era solo una mensola", "ダボが4個しか入って
// おらず", "只有一个把手"). The part and how many came are given, so the
// reply need not ask which part is missing.
var (
	countAlt     = `(` + countAltBare + `)`
	countAltBare = `(?:[0-9]+|one|two|three|four|five|six|ein|eine|einen|zwei|drei|vier|fünf|sechs|un|une|deux|trois|quatre|cinq|six|uno|una|un|dos|tres|cuatro|cinco|seis|una|due|tre|quattro|cinque|sei)`
	// shortLatinRe: "only/just (had|got|came with)? N X", "n'y avait
	// qu'(une seule) X", "ne contenait qu'une X", "solo venía/había N X",
	// "c'era solo N X", "nur N X".
	shortLatinRe = regexp.MustCompile(`\b(?:only|just|nur|solo|sólo|solamente|soltanto|seulement)\s+(?:(?:had|got|received|came with|came|found|was|were|there was|there were|venía|venían|había|vino|llegó|llegaron|traía|trae|c'era|c'erano|waren|war|lag|lagen|ist|sind)\s+)?(?:the\s+)?(` + countAltBare + `|a single|one single|a)\s+(?:seule?s?\s+|single\s+|einzige[nrs]?\s+)?([\p{L}'-]+)|qu'\s*` + countAlt + `\s+(?:seule?s?\s+)?([\p{L}'-]+)|(?:venía|venían|había|vino|llegó|llegaron|traía|c'era|c'erano|war|waren|lag|lagen)\s+(?:solo|sólo|solamente|soltanto|nur)\s+` + countAlt + `\s+([\p{L}'-]+)`)
	// shortCountStattRe: "nur 6 statt 8 Dübel", "solo 4 invece di 8 viti".
	shortCountStattRe = regexp.MustCompile(`\b(?:only|just|nur|solo|sólo|seulement|soltanto)\s+` + countAlt + `\s+(?:statt|anstatt|instead of|rather than|au lieu de|en lugar de|en vez de|invece di|anziché)\s+` + countAlt + `\s+([\p{L}'-]+)`)
	// shortContextRe says the count is of what came in the parcel, or that
	// the rest is wanted: a container, an inclusion, "the other one".
	shortContextRe = regexp.MustCompile(`\b(?:box|package|packet|parcel|carton|bag|kit|pack|inside|included|in it|came|arrived|other one|other ones|the rest|the second|the third|the fourth|missing|short|karton|paket|packung|schachtel|dabei|beigelegt|lag|lagen|drin|fehl\p{L}*|zweiten|anderen|restlichen|colis|carton|boîte|paquet|sachet|dedans|contenait|l'autre|les autres|deuxième|manqu\p{L}*|caja|paquete|bolsa|dentro|venía|venían|traía|la otra|el otro|las otras|los otros|falta\p{L}*|scatola|pacco|confezione|dentro|c'era|c'erano|l'altra|l'altro|le altre|gli altri|manca\p{L}*|mancan\p{L}*)\b`)
	// shortJaRe: "ダボが4個しか入っておらず", "取っ手が1個しか入っていません".
	shortJaRe = regexp.MustCompile(`([\p{Han}\p{Katakana}ー]{1,8})(?:が|は)([0-9]+|[一二三四五六七八九十]+)(?:個|本|枚|つ|脚|組|セット|点|袋)しか`)
	// shortZhRe: "只有一个把手", "只收到三条腿", "里面只装了两块板".
	shortZhRe = regexp.MustCompile(`(?:只有|只收到|只来了|只发了|只装了|只寄了|只给了|只放了)([0-9]+|[一两二三四五六七八九十]+)(?:个|条|块|片|只|根|颗|张|把|套|支|件|枚)([\p{Han}]{1,4})`)
	// shortZhContextRe: the rest is missing or wanted.
	shortZhContextRe = regexp.MustCompile(`少|缺|补|还差|另一|其他|其余|箱子|包装|盒`)
	shortJaContextRe = regexp.MustCompile(`入って|不足|足り|届|同梱|残り|もう`)
)

// shortfall returns the part of which fewer came than belong, and how
// many are missing when the buyer says how many belong (0 otherwise).
func shortfall(ss []*sent) (string, int) {
	var all []string
	for _, s := range ss {
		all = append(all, s.folded)
	}
	text := strings.Join(all, " ")
	for _, s := range ss {
		f := s.folded
		if m := shortCountStattRe.FindStringSubmatch(f); m != nil {
			if p := m[3]; !genericParts[p] && !notPart(p) {
				if got, want := countWord(m[1]), countWord(m[2]); want > got {
					return p, want - got
				}
				return p, 0
			}
		}
		if m := onlyInsteadRe.FindStringSubmatch(f); m != nil {
			if got, want := countWord(m[1]), countWord(m[3]); got > 0 && want > got && !genericParts[m[2]] {
				return m[2], want - got // "solo venían tres toallas en lugar de cuatro"
			}
		}
		if m := shortLatinRe.FindStringSubmatch(f); m != nil && shortContextRe.MatchString(text) {
			var p string
			for _, i := range []int{2, 4, 6} {
				if m[i] != "" {
					p = m[i]
					break
				}
			}
			if p != "" && !genericParts[p] && !notPart(p) && !shortNotPart[p] && !isVerbish(p) && !stopWords[p] {
				return p, 0
			}
		}
		if m := shortJaRe.FindStringSubmatch(f); m != nil && shortJaContextRe.MatchString(text) {
			p := m[1]
			if i := strings.LastIndex(p, "の"); i >= 0 {
				p = p[i+len("の"):]
			}
			if p != "" && !genericParts[p] && !notPart(p) {
				return p, 0
			}
		}
		if m := shortZhRe.FindStringSubmatch(f); m != nil && shortZhContextRe.MatchString(text) {
			if p := m[2]; !genericParts[p] && !notPart(p) {
				return p, 0
			}
		}
	}
	return "", 0
}

// zhClassifier reports whether p is a measure word alone ("少了一个": one
// of something, named elsewhere or not at all).
func zhClassifier(p string) bool {
	return utf8.RuneCountInString(p) == 1 && strings.Contains("个颗根只件套块条片支张把", p)
}

// shortNotPart are words after "only N" that count no part: time, money,
// stars, the order itself.
var shortNotPart = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "hour": true, "hours": true,
	"minute": true, "minutes": true, "year": true, "years": true, "time": true, "times": true, "star": true, "stars": true,
	"use": true, "uses": true, "wash": true, "washes": true, "dollar": true, "dollars": true, "euro": true, "euros": true,
	"pound": true, "pounds": true, "tag": true, "tage": true, "woche": true, "wochen": true, "monat": true, "monate": true,
	"mal": true, "stunde": true, "stunden": true, "jour": true, "jours": true, "semaine": true, "semaines": true,
	"mois": true, "fois": true, "heure": true, "heures": true, "día": true, "días": true, "semana": true, "semanas": true,
	"mes": true, "meses": true, "vez": true, "veces": true, "hora": true, "horas": true, "giorno": true, "giorni": true,
	"settimana": true, "settimane": true, "mese": true, "mesi": true, "volta": true, "volte": true, "ora": true, "ore": true,
	"item": true, "unit": true, "size": true, "colour": true, "color": true, "more": true, "other": true, "mehr": true,
	"de": true, "di": true, "of": true, "and": true, "or": true, "e": true, "y": true, "et": true, "und": true,
	// Verbs after "only one": what came is counted, not named.
	"arrived": true, "came": true, "turned": true, "showed": true, "works": true, "worked": true, "work": true, "fits": true,
	"left": true, "remains": true, "kam": true, "kamen": true, "angekommen": true, "funktioniert": true, "arrivé": true,
	"arrivée": true, "marche": true, "fonctionne": true, "llegó": true, "vino": true, "funciona": true, "arrivato": true,
	"arrivata": true, "funziona": true,
}
