package classify

import (
	"regexp"
	"strings"

	"github.com/aftersale/aftersale"
)

// noticeResult is the verdict of a structured notice (classifier step 1).
type noticeResult struct {
	notice     aftersale.Notice
	c          aftersale.Case
	sub        aftersale.SubReason
	reason     string // Amazon's return reason code text, as found
	needsHuman bool
	why        []string
	// useModel asks step 2 to classify text (when set, else the whole
	// buyer text) anyway and keep the notice: a return request with a
	// reason code we do not know.
	useModel bool
	text     string
}

var (
	// Subject lines of the official buyer cancellation request, relayed
	// from the buyer's alias (docs/amazon.md, "Subjects"), anchored at the
	// start after RE:/AW:/TR:.
	cancelSubjectRe = regexp.MustCompile(`(?i)^(?:(?:re|aw|fw|fwd|tr|rv|r)\s*:\s*)*(?:order cancellation request|solicitud de cancelación de pedido|demande d'annulation de (?:la )?commande|stornierungsanfrage|richiesta di cancellazione dell'ordine|richiesta di annullamento dell'ordine|注文キャンセルリクエスト|注文のキャンセルリクエスト|订单取消请求)`)
	autoSubjectRe   = regexp.MustCompile(`(?i)^(?:out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply|autoreply|abwesenheitsnotiz|automatische antwort|réponse automatique|absence|respuesta automática|fuera de la oficina|risposta automatica|fuori ufficio|自動返信|不在|自动回复)`)
	optOutRe        = regexp.MustCompile(`(?i)(?:buyer|customer) has (?:chosen|opted) to opt[- ]out|has opted out of|opted out of (?:receiving )?(?:non-critical )?messages`)
	// csRelayRe: Amazon customer service writing on a buyer's behalf
	// (docs/amazon.md, "Body layout"); the text is the buyer's request.
	csRelayRe = regexp.MustCompile(`(?i)this is amazon'?s customer service|dear amazon seller|reason for contact:|servizio clienti|motivo del contatto|motivo de contacto|grund der kontaktaufnahme|motif du contact|お問い合わせ(?:の)?理由|联系原因`)
)

// csRelayMatch and optOutMatch are csRelayRe.MatchString and
// optOutRe.MatchString without the regexp engine (literalMatcher).
var (
	csRelayMatch = literalMatchFunc(csRelayRe)
	optOutMatch  = literalMatchFunc(optOutRe)
)

// noticeKind is one kind of Amazon system mail, recognised by what its
// subject and body say rather than by one exact subject line: Amazon words
// its notices differently per marketplace, language and year.
type noticeKind struct {
	notice aftersale.Notice
	cues   *cueSet
}

// noticeKinds lists the kinds in priority order: on a tie the earlier one
// wins (a claim mentions a refund; a return request mentions the return).
// The cues are Amazon's notice vocabulary in the marketplace languages:
// the seller's Seller Central language decides the language of a notice,
// so a Chinese seller on amazon.de gets Chinese notices.
var noticeKinds = []noticeKind{
	{aftersale.NoticeAtoZ, newCues(
		"a-to-z", "a-z guarantee", "a to z guarantee", "guarantee claim", "claim received on order", "claim decision",
		"a-bis-z", "a-z-garantie", "garantieantrag", "garantie de a à z", "garantie a à z", "réclamation au titre de la garantie",
		"garantía de la a a la z", "garantía de la a a z", "reclamación de la garantía", "garanzia dalla a alla z", "garanzia dalla a alla z di amazon",
		"reclamo della garanzia", "マーケットプレイス保証", "a-to-z保証", "保証申請", "亚马逊商城交易保障", "a-to-z索赔", "交易保障索赔")},
	{aftersale.NoticeChargeback, newCues(
		"chargeback", "charge back", "charge-back", "rückbuchung", "rücklastschrift", "rétrofacturation", "contracargo",
		"riaddebito", "storno dell'addebito", "チャージバック", "拒付", "信用卡拒付", "退单索赔")},
	{aftersale.NoticeCancellation, newCues(
		"cancellation request", "requested to cancel", "requested the cancellation", "requested cancellation", "buyer cancellation",
		"stornierungsanfrage", "stornierungsantrag", "stornierung beantragt", "möchte die bestellung stornieren", "hat die stornierung",
		"demande d'annulation", "a demandé l'annulation", "a demandé d'annuler", "solicitud de cancelación", "ha solicitado la cancelación", "ha solicitado cancelar",
		"richiesta di cancellazione", "richiesta di annullamento", "ha richiesto la cancellazione", "ha richiesto l'annullamento",
		"キャンセルリクエスト", "キャンセル依頼", "キャンセルを依頼", "キャンセルのリクエスト", "取消请求", "请求取消", "申请取消订单", "要求取消")},
	{aftersale.NoticeReturnReceived, newCues(
		"return received", "return has been received", "returned item received", "returned items received", "received the return",
		"received your return", "return delivered", "return has been delivered", "return was delivered", "returned to you",
		"has been returned to", "arrived at our fulfillment center", "arrived at the fulfillment center", "customer return received",
		"fba customer return", "return processed at", "arrived at the warehouse", "retour ontvangen", "retour is ontvangen", "zwrot otrzymany", "zwrot został dostarczony", "retur mottagen", "returen har tagits emot", "devolução recebida", "iade alındı", "iade teslim", "rücksendung erhalten", "rücksendung eingegangen", "retoure eingegangen", "retoure erhalten",
		"rücksendung zugestellt", "rücksendung wurde zugestellt", "rücksendung ist eingegangen", "rücksendung ist bei", "im logistikzentrum eingegangen",
		"retour reçu", "retour a été reçu", "retour a été livré", "retour livré", "article retourné a été reçu", "reçu au centre de distribution",
		"devolución recibida", "devolución ha sido recibida", "hemos recibido la devolución", "devolución entregada", "devolución ha sido entregada",
		"reso ricevuto", "reso è stato ricevuto", "reso consegnato", "reso è stato consegnato", "abbiamo ricevuto il reso",
		"返品を受領", "返品受領", "フルフィルメントセンターに到着", "センターに到着", "倉庫に到着", "返品が届", "返品商品を受け取", "返品商品が到着", "返品が配達", "返品が倉庫に到着",
		"退货已收到", "已收到退货", "退货已送达", "退货已签收", "退货已到达", "退货入库",
		"delivered to your return address", "reached your return address", "an ihre rücksendeadresse zugestellt",
		"an die rücksendeadresse zugestellt", "livré à votre adresse de retour", "livré à l'adresse de retour",
		"entregado en su dirección de devolución", "entregado en la dirección de devolución", "consegnato al suo indirizzo di reso",
		"consegnato all'indirizzo di reso", "返送先住所に配達", "返送先に配達", "返品の受領", "返品商品の受領", "已送达您的退货地址", "送达退货地址")},
	{aftersale.NoticeReturnRequest, newCues(
		"return authorization", "return authorisation", "return request", "retourverzoek", "retouraanvraag", "prośba o zwrot", "wniosek o zwrot", "returförfrågan", "solicitação de devolução", "iade talebi", "requested a return", "requested to return", "return requested",
		"rücksendeanfrage", "rücksendegenehmigung", "rücksendung angefordert", "rücksendung beantragt", "antrag auf rücksendung", "rückgabeanfrage",
		"demande de retour", "demande d'autorisation de retour", "autorisation de retour", "a demandé un retour", "a demandé le retour",
		"solicitud de devolución", "solicitud de autorización de devolución", "autorización de devolución", "ha solicitado una devolución", "ha solicitado devolver",
		"richiesta di reso", "richiesta di autorizzazione al reso", "autorizzazione al reso", "ha richiesto il reso", "ha richiesto un reso",
		"返品リクエスト", "返品依頼", "返品承認", "返品の承認", "返品を依頼", "返品を希望", "退货请求", "退货申请", "申请退货", "退货授权", "要求退货")},
	{aftersale.NoticeRefund, newCues(
		"refund initiated", "refund issued", "refund processed", "refund has been issued", "refund has been processed", "refund has been initiated",
		"refund confirmation", "refund notification", "returnless refund", "we have refunded", "we've refunded", "has been refunded", "refunded to the buyer",
		"erstattung veranlasst", "erstattung eingeleitet", "erstattung erteilt", "erstattung bearbeitet", "erstattung wurde", "rückerstattung veranlasst",
		"rückerstattung eingeleitet", "rückerstattung erteilt", "rückerstattung wurde", "rückerstattung bearbeitet", "erstattungsbestätigung",
		"remboursement initié", "remboursement effectué", "remboursement émis", "remboursement a été", "remboursement traité", "confirmation de remboursement",
		"reembolso iniciado", "reembolso emitido", "reembolso procesado", "reembolso ha sido", "reembolso realizado", "confirmación de reembolso",
		"rimborso avviato", "rimborso emesso", "rimborso elaborato", "rimborso effettuato", "rimborso è stato", "conferma di rimborso",
		"返金が開始", "返金処理", "返金手続", "terugbetaling", "zwrot pieniędzy", "zwrot środków", "återbetalning", "reembolso iniciado", "para iadesi", "返金を実施", "返金されました", "返金が完了", "返金のお知らせ", "返金済み",
		"退款已发起", "已退款", "退款已处理", "退款通知", "退款已完成", "已发起退款", "退款成功")},
	{aftersale.NoticeFeedback, newCues(
		"seller feedback", "new feedback", "negative feedback", "feedback received", "received feedback", "received new feedback", "feedback notification",
		"feedback rating", "left feedback", "feedback manager", "verkäuferbewertung", "neue bewertung", "negative bewertung", "bewertung erhalten",
		"évaluation vendeur", "commentaire vendeur", "nouveau commentaire", "commentaire négatif", "nouvelle évaluation", "évaluation négative",
		"comentario del vendedor", "nuevo comentario", "comentario negativo", "valoración negativa", "nueva valoración",
		"feedback del venditore", "nuovo feedback", "feedback negativo", "valutazione negativa",
		"出品者評価", "評価が投稿", "新しい評価", "低い評価", "ネガティブな評価", "卖家反馈", "新的买家反馈", "差评", "负面反馈", "新反馈")},
	{aftersale.NoticeReviewAlert, newCues(
		"product review", "new review", "customer review", "critical review", "negative review", "review alert", "1-star review", "one-star review",
		"brand registry", "review was posted", "kundenrezension", "neue rezension", "produktrezension", "kritische rezension", "negative rezension",
		"avis client", "nouvel avis", "avis négatif", "avis critique", "reseña de cliente", "nueva reseña", "reseña negativa", "opinión de cliente",
		"recensione cliente", "nuova recensione", "recensione negativa", "カスタマーレビュー", "新しいレビュー", "低評価のレビュー", "レビューが投稿",
		"商品评论", "新评论", "买家评论", "负面评论", "差评提醒")},
	{aftersale.NoticeDeliveryFailure, newCues(
		"unable to deliver the message", "unable to deliver your message", "message could not be delivered", "not delivered to the buyer", "delivery failure",
		"nachricht konnte nicht zugestellt", "nachricht nicht zugestellt", "impossible de remettre", "n'avons pas pu remettre", "n'a pas pu être remis",
		"no pudimos entregar", "no se ha podido entregar", "non è stato possibile recapitare", "non abbiamo potuto recapitare",
		"メッセージを配信できません", "メッセージが配信されませんでした", "配信できませんでした", "无法送达", "无法发送您的消息", "消息未能送达")},
	{aftersale.NoticeOptOut, newCues(
		"opted out", "opt out", "opt-out", "chosen not to receive", "abgemeldet", "keine nachrichten", "se désabonner", "désinscrit",
		"ne souhaite pas recevoir", "ha optado por no recibir", "darse de baja", "ha scelto di non ricevere", "disiscritto",
		"受信を停止", "受信拒否", "选择不接收", "退订")},
	{aftersale.NoticePerformance, newCues(
		"account health", "performance notification", "policy violation", "policy warning", "listing removed", "listing has been removed",
		"late response", "response time", "contact response time", "order defect rate", "suspended", "deactivated", "deactivation", "at risk",
		"kontozustand", "leistungsbenachrichtigung", "richtlinienverstoß", "angebot entfernt", "gesperrt", "deaktiviert",
		"santé du compte", "notification de performance", "violation de la politique", "offre supprimée", "suspendu", "désactivé",
		"estado de la cuenta", "notificación de rendimiento", "infracción de la política", "anuncio eliminado", "suspendida", "desactivada",
		"stato dell'account", "notifica sulle prestazioni", "violazione delle norme", "offerta rimossa", "sospeso", "disattivato",
		"アカウント健全性", "パフォーマンス通知", "ポリシー違反", "出品が削除", "停止", "应对时间", "账户状况", "绩效通知", "违反政策", "商品已删除", "停用", "回复时间")},
	{aftersale.NoticeOrderUpdate, newCues(
		"sold, ship now", "sold ship now", "ship now", "ship today", "shipped today", "need to be shipped", "unshipped orders", "unshipped prime orders", "confirm shipment", "shipment confirmation", "order confirmation",
		"verkauft, jetzt versenden", "jetzt versenden", "heute versenden", "versandbestätigung", "vendu, expédiez", "expédiez maintenant", "à expédier",
		"vendido, envíe", "envíe ahora", "vendido, envía", "venduto, spedisci", "spedisci ora", "spedisci oggi",
		"出品商品が購入されました", "購入されました", "発送してください", "本日発送", "已售出", "请立即发货", "请发货", "待发货")},
	{aftersale.NoticeMarketing, newCues(
		"webinar", "prime day", "black friday", "cyber monday", "new feature", "grow your business", "save on", "limited time", "promotion",
		"newsletter", "seller university", "deals", "sign up", "register now", "jetzt anmelden", "angebote", "inscrivez-vous", "offres",
		"regístrese", "ofertas", "iscriviti", "offerte", "セミナー", "キャンペーン", "プライムデー", "研讨会", "促销", "会员日")},
}

// noticeSubjectWeight: a notice's subject names its kind more reliably
// than its body, which may mention refunds, returns or feedback in passing.
const noticeSubjectWeight = 3

// noticeBodyLen is how much of a notice's body is read for its kind: the
// opening says what happened; the footer is boilerplate.
const noticeBodyLen = 1500

// detectNotice recognises structured Amazon notices and machine mail
// (classifier step 1). ok is false for a buyer's message, which the model
// reads.
func detectNotice(m aftersale.Message) (noticeResult, bool) {
	subj := strings.TrimSpace(m.Subject)
	body := m.Text
	amazon := m.Sender == aftersale.SenderAmazon || isAmazonSystemAddr(m.FromAddr)
	buyer := m.Sender == aftersale.SenderBuyer || m.RelayAlias != ""

	switch {
	case m.AutoReply || autoSubjectRe.MatchString(subj):
		// RFC 3834: never answer an auto-reply.
		return noticeResult{notice: aftersale.NoticeAutoReply, c: aftersale.CaseOther}, true
	case strings.HasPrefix(strings.ToLower(m.FromAddr), "auto-communication@amazon."):
		return noticeResult{notice: aftersale.NoticeSellerCopy, c: aftersale.CaseOther}, true
	case (buyer || amazon) && (cancelSubjectRe.MatchString(subj) || containsLower(body, "buyer cancellation request for order id")):
		// Only from the buyer's relay alias or Amazon: the same subject
		// from anyone else is not Amazon's cancellation flow.
		return noticeResult{notice: aftersale.NoticeCancellation, c: aftersale.CaseCancelOrder}, true
	case amazon && csRelayMatch(body):
		// Amazon customer service relaying a buyer's request: the model
		// reads it like a buyer's message.
		return noticeResult{}, false
	case amazon:
		return amazonNotice(m), true
	case buyer:
		if containsLower(body, "opt") && optOutMatch(body) {
			return noticeResult{notice: aftersale.NoticeOptOut, c: aftersale.CaseOther}, true
		}
		return noticeResult{}, false
	case isBounce(m):
		return noticeResult{notice: aftersale.NoticeDeliveryFailure, c: aftersale.CaseOther}, true
	case imitatesAmazon(m):
		return noticeResult{notice: aftersale.NoticePhishing, c: aftersale.CaseOther, needsHuman: true,
			why: []string{"looks like Amazon but comes from " + domainOf(m.FromAddr) + ", which is not Amazon's: possible phishing; do not click its links"}}, true
	}
	return noticeResult{notice: aftersale.NoticeNotBuyer, c: aftersale.CaseOther}, true
}

// amazonNotice reads the kind of a mail from an Amazon system sender by
// scoring each kind's cues in the subject (weighted) and the opening of the
// body, and maps it to the playbook: returns received and refunds are
// returned_goods (a seller task), feedback and review alerts
// negative_review, claims need a person, return requests follow Amazon's
// reason code. A mail whose kind is not recognised stays other.
func amazonNotice(m aftersale.Message) noticeResult {
	head := m.Text
	if len(head) > noticeBodyLen {
		cut := noticeBodyLen
		for cut < len(head) && head[cut]&0xC0 == 0x80 {
			cut++
		}
		head = head[:cut]
	}
	sv, bv := newView(m.Subject), newView(head)
	best, bestScore := aftersale.NoticeSystem, 0
	for _, k := range noticeKinds {
		score := noticeSubjectWeight*k.cues.count(sv) + k.cues.count(bv)
		if score > bestScore {
			best, bestScore = k.notice, score
		}
	}
	switch best {
	case aftersale.NoticeAtoZ:
		return atozNotice(m.Text)
	case aftersale.NoticeChargeback:
		return noticeResult{notice: best, c: aftersale.CaseOther, needsHuman: true,
			why: []string{"chargeback: answer the bank's claim in Seller Central urgently"}}
	case aftersale.NoticeCancellation:
		return noticeResult{notice: best, c: aftersale.CaseCancelOrder}
	case aftersale.NoticeReturnReceived, aftersale.NoticeRefund:
		return noticeResult{notice: best, c: aftersale.CaseReturnedGoods}
	case aftersale.NoticeReturnRequest:
		return returnNotice(m.Text)
	case aftersale.NoticeFeedback, aftersale.NoticeReviewAlert:
		return noticeResult{notice: best, c: aftersale.CaseNegativeReview}
	}
	return noticeResult{notice: best, c: aftersale.CaseOther}
}

// isAmazonSystemAddr reports whether addr is an Amazon system sender
// (docs/amazon.md, "Relay addresses and senders"), anchored so that
// look-alike domains do not match.
func isAmazonSystemAddr(addr string) bool {
	addr = strings.ToLower(addr)
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return false
	}
	local, domain := addr[:at], addr[at+1:]
	if !amazonDomainRe.MatchString(domain) {
		return false
	}
	switch local {
	case "order-update", "seller-guarantee", "atoz-guarantee-no-reply", "do-not-reply", "donotreply",
		"auto-communication", "seller-answers", "auto-confirm", "payments-messages", "seller-performance",
		"seller-notification", "no-reply", "noreply":
		return true
	}
	return strings.HasPrefix(local, "community-help")
}

var amazonDomainRe = regexp.MustCompile(`^` + aftersale.MarketplaceDomainPattern + `$`)

func domainOf(addr string) string {
	if at := strings.LastIndexByte(addr, '@'); at >= 0 {
		return strings.ToLower(addr[at+1:])
	}
	return addr
}

// imitatesAmazon reports whether mail that is neither from Amazon nor from a
// buyer's relay alias pretends to be: a sender domain with "amazon" (or a
// common misspelling) in one of its labels, or a display name that starts
// with Amazon. Genuine Amazon addresses were recognised before.
func imitatesAmazon(m aftersale.Message) bool {
	d := domainOf(m.FromAddr)
	for _, label := range strings.FieldsFunc(d, func(r rune) bool { return r == '.' || r == '-' }) {
		switch {
		case strings.Contains(label, "amazon"), strings.Contains(label, "amaz0n"), strings.Contains(label, "arnazon"), label == "amzn":
			return true
		}
	}
	n := strings.ToLower(strings.TrimSpace(m.FromName))
	return strings.HasPrefix(n, "amazon") && !strings.Contains(n, "amazon marketplace")
}

// isBounce reports whether m is a delivery status notification or a
// non-delivery report (RFC 3464) from a mail server.
func isBounce(m aftersale.Message) bool {
	from := strings.ToLower(m.FromAddr)
	if strings.HasPrefix(from, "mailer-daemon@") || strings.HasPrefix(from, "postmaster@") {
		return true
	}
	lsubj := strings.ToLower(m.Subject)
	return containsAny(lsubj, deliveryFailures)
}

// returnReasons maps Amazon's return reason codes (docs/amazon.md, "Case-type
// rules") to a case. "No longer needed" and the other buyer-side reasons,
// and "Wrong size", read as unwanted, the rest as dissatisfied; that split
// is an inference. Codes past the documented list are our reading of the
// names.
var returnReasons = []struct {
	code string // as Amazon spells it; compared folded
	c    aftersale.Case
	sub  aftersale.SubReason
}{
	{"No longer needed", aftersale.CaseReturnUnwanted, ""},
	{"Item arrived too late", aftersale.CaseReturnUnwanted, ""},
	{"Better price available", aftersale.CaseReturnUnwanted, ""},
	{"Incompatible or not useful", aftersale.CaseReturnUnwanted, ""},
	{"Bought by mistake", aftersale.CaseReturnUnwanted, ""},
	{"Accidental order", aftersale.CaseReturnUnwanted, ""},
	{"Wrong size", aftersale.CaseReturnUnwanted, ""},
	{"Style not as expected", aftersale.CaseReturnUnwanted, ""},
	{"Didn't approve purchase", aftersale.CaseReturnUnwanted, ""},
	{"Performance or quality not adequate", aftersale.CaseReturnDissatisfied, aftersale.SubDefective},
	{"Inaccurate website description", aftersale.CaseReturnDissatisfied, aftersale.SubDefective},
	{"Not as described", aftersale.CaseReturnDissatisfied, aftersale.SubDefective},
	{"Product damaged, but shipping box OK", aftersale.CaseReturnDissatisfied, aftersale.SubDamaged},
	{"Product and shipping box both damaged", aftersale.CaseReturnDissatisfied, aftersale.SubDamaged},
	{"Item arrived damaged", aftersale.CaseReturnDissatisfied, aftersale.SubDamaged},
	{"Item defective or doesn't work", aftersale.CaseReturnDissatisfied, aftersale.SubDefective},
	{"Wrong item was sent", aftersale.CaseReturnDissatisfied, aftersale.SubWrongItem},
	{"Received wrong item", aftersale.CaseReturnDissatisfied, aftersale.SubWrongItem},
	{"Missing parts", aftersale.CaseReturnDissatisfied, aftersale.SubMissingParts},
	{"Missing parts or accessories", aftersale.CaseReturnDissatisfied, aftersale.SubMissingParts},
}

// reasonKinds read a reason code in any marketplace language by what it
// says: the buyer's side (no longer needed, by mistake, better price,
// incompatible, size) or the seller's (damaged, defective, wrong item,
// missing parts). Checked in this order: "wrong item" before "wrong size".
var reasonKinds = []struct {
	c    aftersale.Case
	sub  aftersale.SubReason
	cues *cueSet
}{
	{aftersale.CaseReturnDissatisfied, aftersale.SubWrongItem, newCues(
		"wrong item", "incorrect item", "different item", "received wrong", "wrong product", "falscher artikel", "falsches produkt", "falschen artikel",
		"falsche artikel", "anderer artikel", "mauvais article", "article erroné", "article incorrect", "article différent", "artículo equivocado",
		"artículo incorrecto", "producto equivocado", "producto incorrecto", "articolo sbagliato", "articolo errato", "prodotto sbagliato",
		"違う商品", "誤った商品", "間違った商品", "別の商品", "異なる商品", "发错", "错误的商品", "收到错误", "商品错误", "收到的商品不对")},
	{aftersale.CaseReturnDissatisfied, aftersale.SubMissingParts, newCues(
		"missing parts", "missing part", "parts missing", "accessories missing", "missing accessories", "fehlende teile", "teile fehlen", "unvollständig",
		"fehlendes zubehör", "pièces manquantes", "pièce manquante", "accessoires manquants", "incomplet", "faltan piezas", "piezas faltantes",
		"faltan accesorios", "incompleto", "parti mancanti", "accessori mancanti", "incompleto", "部品が不足", "付属品が不足", "欠品", "部品が足りない",
		"付属品が足りない", "缺少零件", "缺少配件", "缺件", "配件缺失", "零件缺失")},
	{aftersale.CaseReturnDissatisfied, aftersale.SubDamaged, newCues(
		"damaged", "broken", "cracked", "beschädigt", "kaputt", "zerbrochen", "endommagé", "abîmé", "cassé", "dañado", "roto", "danneggiato", "rotto",
		"破損", "壊れ", "傷", "割れ", "损坏", "破损", "坏了", "破裂")},
	{aftersale.CaseReturnDissatisfied, aftersale.SubDefective, newCues(
		"defective", "doesn't work", "does not work", "not working", "quality not adequate", "performance or quality", "not as described",
		"inaccurate website description", "materially different", "defekt", "funktioniert nicht", "mangelhaft", "qualität", "nicht wie beschrieben",
		"ungenaue beschreibung", "défectueux", "ne fonctionne pas", "qualité", "non conforme", "description inexacte", "defectuoso", "no funciona",
		"calidad", "no es como se describe", "descripción inexacta", "difettoso", "non funziona", "qualità", "non conforme", "descrizione inesatta",
		"不良", "動作しない", "作動しない", "故障", "品質", "説明と異なる", "説明と違", "有缺陷", "质量问题", "不工作", "无法使用", "故障", "与描述不符",
		"描述不准确", "性能或质量")},
	{aftersale.CaseReturnUnwanted, "", newCues(
		"no longer needed", "not needed", "no longer need", "changed mind", "changed my mind", "bought by mistake", "ordered by mistake", "accidental order",
		"better price", "incompatible", "not useful", "not compatible", "too large", "too small", "too big", "wrong size", "arrived too late",
		"style not as expected", "didn't approve", "unwanted", "nicht mehr benötigt", "versehentlich bestellt", "irrtümlich bestellt", "aus versehen",
		"besser* preis*", "günstiger* preis*", "anderswo günstiger", "woanders günstiger", "inkompatibel", "nicht kompatibel", "nicht nützlich", "zu groß", "zu klein", "falsche größe", "zu spät",
		"plus nécessaire", "plus besoin", "acheté par erreur", "commandé par erreur", "commande accidentelle", "meilleur prix", "incompatible",
		"pas utile", "trop grand", "trop petit", "mauvaise taille", "taille incorrecte", "arrivé trop tard", "ya no se necesita", "ya no lo necesito",
		"no se necesita", "comprado por error", "pedido por error", "mejor precio", "no es útil", "demasiado grande", "demasiado pequeño",
		"talla incorrecta", "llegó demasiado tarde", "non più necessario", "non serve più", "acquistato per errore", "ordinato per errore",
		"prezzo migliore", "incompatibile", "non utile", "troppo grande", "troppo piccolo", "taglia sbagliata", "arrivato troppo tardi",
		"不要になった", "不要", "間違えて注文", "誤って注文", "誤注文", "より安い", "互換性", "役に立たない", "サイズが大き", "サイズが小さ",
		"サイズが合わない", "到着が遅", "イメージと違", "不再需要", "不需要", "误购", "买错", "拍错", "下错单", "更低价格", "价格更低", "不兼容",
		"没用", "尺寸太大", "尺寸太小", "尺码不合适", "尺寸不合适", "到货太晚")},
}

// reasonLabelRe finds the "Return reason" field of a return request in the
// marketplace languages; the code follows on the same line or the next.
var reasonLabelRe = regexp.MustCompile(`(?i)(?:return reason|reason for (?:the )?return|rücksendegrund|grund (?:der|für die) rücksendung|rückgabegrund|motif du retour|raison du retour|motivo de (?:la )?devolución|motivo del reso|motivo della restituzione|返品理由|返品の理由|退货原因|退货理由)\s*[:：]?`)

// commentLabelRe finds the buyer's comment in a return request.
var commentLabelRe = regexp.MustCompile(`(?i)(?:customer'?s? comments?|buyer'?s? comments?|kommentar des (?:kunden|käufers)|kundenkommentar|commentaire du client|commentaire de l'acheteur|comentario del cliente|comentarios del cliente|commento del cliente|お客様のコメント|購入者のコメント|买家留言|买家备注|买家评论|客户留言)\s*[:：]?`)

// returnNotice reads the reason code of a return authorisation notice:
// after its localized "Return reason" label first, then anywhere in the
// text; an exact English code first, then the reason's words in any
// language. With no known reason, the buyer's comment (else the whole
// text) goes to the model, which decides between unwanted and
// dissatisfied.
func returnNotice(body string) noticeResult {
	r := noticeResult{notice: aftersale.NoticeReturnRequest}
	f := strings.NewReplacer("&amp;", "&", "\u00a0", " ", "&#39;", "'").Replace(body)
	comment := labelValue(commentLabelRe, f)
	search := []string{f}
	if reason := labelValue(reasonLabelRe, f); reason != "" {
		search = []string{reason, f}
	}
	for i, s := range search {
		fs := fold(s)
		best, bestAt := -1, len(fs)+1
		for k, rr := range returnReasons {
			if at := strings.Index(fs, fold(rr.code)); at >= 0 && (at < bestAt || at == bestAt && len(rr.code) > len(returnReasons[best].code)) {
				best, bestAt = k, at
			}
		}
		if best >= 0 {
			rr := returnReasons[best]
			r.c, r.sub, r.reason = rr.c, rr.sub, rr.code
			return r
		}
		if i == 0 && len(search) == 2 { // words of the reason field only
			v := newView(s)
			for _, k := range reasonKinds {
				if k.cues.any(v) {
					r.c, r.sub, r.reason = k.c, k.sub, strings.TrimSpace(s)
					return r
				}
			}
		}
	}
	r.useModel = true
	r.text = comment
	r.why = append(r.why, "return request with a reason code we do not know")
	return r
}

// labelValue returns the rest of the line after the first match of re, or
// the next non-empty line when that is empty (a table cell below its
// header).
func labelValue(re *regexp.Regexp, text string) string {
	loc := re.FindStringIndex(text)
	if loc == nil {
		return ""
	}
	rest := text[loc[1]:]
	line, after, _ := strings.Cut(rest, "\n")
	if v := strings.Trim(line, " \t|:："); v != "" {
		return v
	}
	for _, l := range strings.Split(after, "\n") {
		if v := strings.Trim(l, " \t|:："); v != "" {
			return v
		}
	}
	return ""
}

// atozNotice keeps the case the claim is about when the notice names it,
// else other. A-to-z claims are always needs_human and urgent (playbook:
// "Where Amazon's rules override the guide").
func atozNotice(body string) noticeResult {
	r := noticeResult{notice: aftersale.NoticeAtoZ, c: aftersale.CaseOther, needsHuman: true,
		why: []string{"A-to-z Guarantee claim: represent to Amazon urgently"}}
	v := newView(body)
	if reason := labelValue(claimReasonRe, body); reason != "" {
		v = newView(reason) // the claim's reason, not the boilerplate around it
	}
	switch {
	case atozRefund.any(v):
		r.c = aftersale.CaseRefundStatus
	case atozNotReceived.any(v):
		r.c, r.sub = aftersale.CaseReturnDissatisfied, aftersale.SubNotReceived
	case atozNotAsDescribed.any(v):
		r.c, r.sub = aftersale.CaseReturnDissatisfied, aftersale.SubDefective
		if sub := subReason(v); sub != aftersale.SubNone && sub != aftersale.SubNotReceived {
			r.sub = sub
		}
	}
	return r
}

// claimReasonRe finds the reason field of an A-to-z claim notice.
var claimReasonRe = regexp.MustCompile(`(?i)(?:claim reason|reason for (?:the )?claim|reason|grund|motif(?: de la réclamation)?|motivo(?: de la reclamación| del reclamo)?|申請理由|理由|索赔原因|原因)\s*[:：]`)

var (
	atozNotReceived = newCues("item not received", "not received", "never received", "did not receive", "didn't receive", "package not delivered",
		"nicht erhalten", "nicht angekommen", "nicht zugestellt", "non reçu", "non livré", "pas reçu", "no recibido", "no ha recibido", "non ricevuto", "non ha ricevuto",
		"未着", "届かない", "届いていない", "受け取っていない", "未收到", "没有收到")
	atozNotAsDescribed = newCues("not as described", "materially different", "defective", "damaged", "wrong item", "nicht wie beschrieben",
		"erheblich abweichend", "weicht erheblich", "abweich*", "defekt", "beschädigt", "non conforme", "défectueux", "endommagé", "no es como se describe", "defectuoso", "dañado",
		"non conforme alla descrizione", "difettoso", "danneggiato", "説明と異なる", "不良", "破損", "与描述不符", "有缺陷", "损坏")
	atozRefund = newCues("refund not received", "return refund", "did not receive a refund", "refund not issued", "no refund", "rückerstattung nicht erhalten", "keine erstattung", "keine rückerstattung",
		"remboursement non reçu", "reembolso no recibido", "rimborso non ricevuto", "返金されていない", "未收到退款")
)

var (
	// deliveryFailures are lower-cased fragments of bounce subjects and
	// Amazon's own delivery-failure notices (docs/amazon.md, "Body layout").
	deliveryFailures = []string{"we were unable to deliver the message", "we were unable to deliver your message",
		"delivery failure", "delivery status notification", "undeliverable", "undelivered mail", "could not be delivered",
		"couldn't be delivered", "returned mail", "mail delivery failed", "failure notice", "non remis", "non recapitabile",
		"no se puede entregar", "konnte nicht zugestellt werden", "unzustellbar", "配信不能", "退信", "无法投递"}
)

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
