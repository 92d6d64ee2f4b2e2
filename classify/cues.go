package classify

import (
	"slices"
	"strings"

	"github.com/aftersale/aftersale"
)

// A cue is a keyword or phrase. Latin-script cues match whole words in
// order ("sue" does not match "issue"); a trailing '*' on a word matches
// any word starting with it ("kaputt*" matches "kaputte"). Cues containing
// CJK characters match as substrings, since those scripts have no spaces.
type cue struct {
	raw   string
	toks  []string // folded words; "x*" = prefix
	cjk   bool
	runes []uint16 // a CJK cue's runes, as runeBit
}

// cueSet is a list of cues indexed by their first word.
type cueSet struct {
	cues    []cue
	byFirst map[string][]int // exact first word -> cue indexes
	id      int32            // in cueIndex; -1 when made after init
	prefix  [256][]int       // cues whose first word is a prefix ("kaputt*"), by its first byte
	pairs   wordFilter       // the first two bytes (pairBit) of those prefixes
	short   [256]bool        // those with a one-byte prefix, by that byte
	cjk     []int
}

func newCues(phrases ...string) *cueSet {
	s := &cueSet{byFirst: map[string][]int{}}
	for _, p := range phrases {
		f := fold(p)
		c := cue{raw: p}
		for _, r := range f {
			if isCJK(r) {
				c.cjk = true
				break
			}
		}
		if !c.cjk {
			for _, part := range strings.Fields(f) {
				base, prefix := strings.CutSuffix(part, "*")
				segs := segmentsDigits(base, nil, false)
				for i, sg := range segs {
					tok := sg.text
					if prefix && i == len(segs)-1 {
						tok += "*"
					}
					c.toks = append(c.toks, tok)
				}
			}
		} else {
			c.raw = f
			c.runes = runeBits(f)
		}
		i := len(s.cues)
		s.cues = append(s.cues, c)
		switch {
		case c.cjk:
			s.cjk = append(s.cjk, i)
		case len(c.toks) == 0:
		case strings.HasSuffix(c.toks[0], "*"):
			b := c.toks[0][0]
			s.prefix[b] = append(s.prefix[b], i)
			if p := strings.TrimSuffix(c.toks[0], "*"); len(p) >= 2 {
				s.pairs.setBit(pairBit(p))
			} else {
				s.short[b] = true
			}
		default:
			s.byFirst[c.toks[0]] = append(s.byFirst[c.toks[0]], i)
		}
	}
	s.id = cueIndex.register(s.byFirst)
	return s
}

// view is a message's text prepared once for all cue sets.
type view struct {
	folded string      // NFKC, lower case
	words  []string    // non-CJK words with digits kept
	first  []int32     // cueIndex.id of each word
	cjk    bool        // the text has CJK characters
	runes  *wordFilter // with cjk: the runeBit of every rune of folded
}

func newView(text string) view {
	v := view{folded: fold(text)}
	for _, s := range segmentsDigits(v.folded, nil, false) {
		if !s.cjk {
			v.words = append(v.words, s.text)
			v.first = append(v.first, cueIndex.id(s.text))
		} else {
			v.cjk = true
		}
	}
	if v.cjk {
		v.runes = new(wordFilter)
		v.runes.addRunes(v.folded)
	}
	return v
}

// hits returns the cues of s found in v, in the order they were listed.
func (s *cueSet) hits(v view) []string {
	var found []int
	s.scan(v, func(i int) bool {
		if !slices.Contains(found, i) {
			found = append(found, i)
		}
		return true
	})
	slices.Sort(found)
	out := make([]string, len(found))
	for k, i := range found {
		out[k] = s.cues[i].raw
	}
	return out
}

// count returns how many distinct cues of s occur in v.
func (s *cueSet) count(v view) int {
	return len(s.hits(v))
}

// any reports whether any cue of s occurs in v.
func (s *cueSet) any(v view) bool {
	found := false
	s.scan(v, func(int) bool { found = true; return false })
	return found
}

// scan calls hit for every match (a cue may be reported more than once)
// until hit returns false.
func (s *cueSet) scan(v view, hit func(int) bool) {
	if v.cjk {
		for _, i := range s.cjk {
			if v.runes.hasAll(s.cues[i].runes) && strings.Contains(v.folded, s.cues[i].raw) && !hit(i) {
				return
			}
		}
	}
	for pos, w := range v.words {
		var byFirst []int
		switch {
		case s.id < 0 || pos >= len(v.first):
			byFirst = s.byFirst[w]
		case v.first[pos] >= 0:
			for _, post := range cueIndex.postings[v.first[pos]] {
				if post.set == s.id {
					byFirst = post.items
					break
				}
			}
		}
		for _, i := range byFirst {
			if s.cues[i].matchAt(v.words, pos) && !hit(i) {
				return
			}
		}
		if w == "" {
			continue
		}
		if !s.short[w[0]] && (len(w) < 2 || !s.pairs.mayHave(pairBit(w))) {
			continue // no prefix of s starts w
		}
		for _, i := range s.prefix[w[0]] {
			if s.cues[i].matchAt(v.words, pos) && !hit(i) {
				return
			}
		}
	}
}

// matchAt reports whether c's words occur in words starting at pos.
func (c cue) matchAt(words []string, pos int) bool {
	if pos+len(c.toks) > len(words) {
		return false
	}
	for j, t := range c.toks {
		w := words[pos+j]
		if p, ok := strings.CutSuffix(t, "*"); ok {
			if !strings.HasPrefix(w, p) {
				return false
			}
		} else if w != t {
			return false
		}
	}
	return true
}

// Risk cues (classifier step 3): any hit makes the message needs_human.
var (
	legalCues = newCues(
		// en
		"lawyer*", "attorney*", "solicitor*", "sue", "suing", "sued", "lawsuit", "legal action",
		"legal steps", "court", "small claims", "trading standards", "consumer protection",
		"report you to the police", "police",
		// de
		"anwalt*", "anwält*", "rechtsanwalt*", "verklag*", "klage", "gericht*", "rechtliche schritte",
		"verbraucherzentrale", "anzeige erstatten", "strafanzeige", "polizei",
		// fr
		"avocat*", "tribunal", "poursuites", "poursuivre en justice", "mise en demeure", "porter plainte",
		"action en justice", "justice", "association de consommateurs", "répression des fraudes",
		// es
		"abogad*", "demandar*", "demanda judicial", "denunciar*", "denuncia", "tribunales", "juzgado",
		"acciones legales", "medidas legales", "vía judicial", "oficina del consumidor",
		// it
		"avvocat*", "denunci*", "tribunale", "vie legali", "azioni legali", "querela", "codacons",
		"carabinieri",
		// ja
		"弁護士", "訴え", "訴訟", "裁判", "法的措置", "警察", "消費者センター", "消費生活センター",
		// zh
		"律师", "起诉", "法院", "消协", "消费者协会", "报警", "法律途径", "诉讼", "12315",
	)
	atozCues = newCues(
		"a-to-z", "a to z", "atoz", "a-z claim", "a-z guarantee", "a z claim", "guarantee claim",
		"chargeback", "charge back", "charge-back", "dispute the charge", "dispute with my bank",
		"dispute with paypal", "paypal dispute", "credit card company", "call my bank", "contact my bank",
		"a-bis-z", "a bis z", "a-z-garantie", "rückbuchung", "zurückbuchen", "zurückbuchung", "lastschrift zurück",
		"garantie a à z", "garantie de a à z", "a à z", "rétrofacturation", "opposition bancaire", "faire opposition",
		"garantía de la a a la z", "de la a a la z", "garantía a-z", "contracargo", "reclamación a-z",
		"garanzia dalla a alla z", "dalla a alla z", "garanzia a-z",
		"マーケットプレイス保証", "aからzまで", "a-z保証", "チャージバック",
		"亚马逊商城交易保障", "a-z索赔", "拒付", "信用卡争议",
	)
	abuseCues = newCues(
		"fuck*", "fck*", "shit*", "bullshit", "idiot*", "moron*", "stupid", "asshole*", "bastard*",
		"crap", "crappy", "scam*", "scammer*", "fraud*", "thief", "thieves", "rip off", "ripoff",
		"scheiß*", "scheiss*", "arschloch", "betrug", "betrüger*", "verarsch*", "abzock*",
		"merde", "putain", "connard*", "escroc*", "arnaque*", "voleur*", "voleurs",
		"mierda", "joder", "cabrón", "cabron", "estafa*", "ladrón", "ladrones", "idiota*",
		"cazzo", "merda", "vaffanculo", "truffa*", "truffator*", "ladro", "ladri", "stronz*",
		"詐欺", "ふざけるな", "ふざけんな", "泥棒", "バカ", "馬鹿",
		"骗子", "诈骗", "混蛋", "他妈", "妈的", "坑人",
		"piece of garbage", "piece of junk", "piece of crap", "bunch of clowns", "clowns", "incompetent*", "pathetic",
		"liar*", "crook*", "cheat*", "disgrace*", "unfähig*", "lügner*", "saftladen", "drecks*", "verbrecher*",
		"incompétent*", "menteur*", "bande d'incapables", "incompetente*", "mentiros*", "sinvergüenza*",
		"incompetenti", "bugiard*", "vergognatevi", "詐欺師", "ゴミ", "最悪の店", "垃圾", "骗人", "无耻",
	)
	// complainCues threaten to complain about the seller to Amazon or to
	// the public: a person answers those.
	complainCues = newCues(
		"report you", "report this seller", "report your shop", "report your store", "report to amazon", "complain to amazon",
		"bei amazon melden", "an amazon melden", "melde sie", "melde euch", "bei amazon beschweren",
		"signaler à amazon", "vous signaler", "me plaindre à amazon", "denunciarles", "reportar a amazon", "quejarme a amazon",
		"segnalare ad amazon", "segnalarvi", "segnalerò", "lamentarmi con amazon", "amazonに報告", "amazonに通報", "amazonに苦情",
		"向亚马逊投诉", "投诉你们", "举报你们",
	)
	// A buyer offering to change or remove a review in exchange for
	// something (Amazon forbids any such deal, so a person answers): a
	// review word, a change of it, something of value and a condition,
	// all in one message.
	reviewWordCues = newCues(
		"review*", "feedback", "rating*", "star", "stars", "bewertung*", "rezension*", "stern*", "avis", "commentaire*",
		"évaluation*", "étoile*", "reseña*", "opinión", "valoración*", "comentario*", "estrella*", "recension*",
		"valutazion*", "stell*", "レビュー", "評価", "星", "评价", "评论", "差评", "好评", "星级",
	)
	reviewChangeCues = newCues(
		"remove", "delete", "take down", "take it down", "take the", "take my", "change my", "update my", "revise", "edit my", "raise my",
		"withdraw", "retract", "modify", "entfernen", "entferne", "löschen", "lösche", "ändern", "ändere", "anpassen", "zurückziehen",
		"retirer", "retire", "supprimer", "supprime", "modifier", "modifie", "changer", "quitar", "quito", "eliminar", "elimino",
		"borrar", "borro", "cambiar", "cambio", "modificar", "rimuovere", "rimuovo", "togliere", "tolgo", "cancellare", "cancello",
		"modificare", "modifico", "cambiare", "削除", "消し", "変更", "修正", "取り下げ", "删除", "删掉", "修改", "撤销", "改成", "改为",
	)
	reviewValueCues = newCues(
		"refund*", "money back", "replacement", "new one", "discount", "compensation", "voucher", "gift card", "for free",
		"erstattung", "rückerstattung", "geld zurück", "ersatz", "gutschein", "rabatt", "rembours*", "remplacement", "réduction",
		"reembolso", "devolución del dinero", "reemplazo", "descuento", "rimborso", "sostituzione", "sconto", "返金", "交換", "割引",
		"退款", "换货", "补偿", "折扣",
	)
	reviewConditionCues = newCues(
		"if", "once", "as soon as", "the moment", "when", "in exchange", "in return", "provided", "only after", "no refund", "until",
		"wenn", "sobald", "falls", "im gegenzug", "dafür", "si", "dès que", "en échange", "quand", "cuando", "en cuanto",
		"a cambio", "se", "appena", "in cambio", "quando", "なら", "たら", "れば", "代わりに", "如果", "只要", "的话", "就",
	)
	// reviewThreatCues say a bad review or feedback was left or is threatened.
	reviewThreatCues = newCues(
		"bad review", "negative review", "bad feedback", "negative feedback", "1 star", "one star", "1-star",
		"one-star", "zero stars", "0 stars", "leave feedback", "leave a review", "write a review",
		"review accordingly", "rate accordingly", "terrible review", "honest review", "warn other buyers",
		"warn others",
		"schlechte bewertung", "negative bewertung", "1 stern", "einen stern", "ein stern", "bewertung abgeben",
		"entsprechend bewerten", "negatives feedback", "schlechtes feedback", "andere käufer warnen",
		"mauvais avis", "avis négatif", "mauvaise note", "mauvaise évaluation", "une étoile", "1 étoile",
		"évaluation négative", "laisser un avis", "commentaire négatif",
		"mala reseña", "reseña negativa", "mala valoración", "valoración negativa", "una estrella", "1 estrella",
		"mala opinión", "opinión negativa", "mala calificación",
		"recensione negativa", "pessima recensione", "brutta recensione", "feedback negativo", "una stella",
		"1 stella", "valutazione negativa",
		"悪い評価", "低評価", "星1", "星ひとつ", "星一つ", "評価1", "悪いレビュー", "最低評価", "レビューに書",
		"差评", "一星", "1星", "负面评价", "负评",
	)
)

// Sub-reason cues for return_dissatisfied, per language. subCues is in
// priority order: on equal hit counts the earlier sub-reason wins (a parcel
// that never arrived cannot also be broken).
var subCues = []struct {
	sub  aftersale.SubReason
	cues *cueSet
}{
	{aftersale.SubNotReceived, newCues(
		"never arrived", "never received", "not received", "haven't received", "havent received",
		"have not received", "didn't receive", "didnt receive", "did not receive", "never got", "didn't get",
		"didnt get", "did not get", "not arrived", "hasn't arrived", "hasnt arrived", "has not arrived",
		"not yet arrived", "still hasn't arrived", "still waiting", "lost", "package is missing", "parcel is missing", "package missing", "marked as delivered",
		"says delivered", "shows delivered", "shows as delivered", "delivered but", "not delivered",
		"never came", "never showed up", "stolen", "no package", "not been delivered",
		"nicht angekommen", "nie angekommen", "nicht erhalten", "nie erhalten", "nicht bekommen", "nie bekommen",
		"verloren", "als zugestellt", "zugestellt aber", "nicht geliefert", "kein paket", "paket fehlt", "sendung fehlt",
		"jamais reçu*", "pas reçu*", "rien reçu*", "jamais arrivé*", "pas arrivé*", "toujours pas reçu", "perdu", "indiqué comme livré",
		"marqué comme livré", "livré mais", "jamais été livré", "pas été livré", "jamais été reçu",
		"no he recibido", "nunca llegó", "nunca ha llegado", "no ha llegado", "no llegó", "perdido",
		"aparece como entregado", "figura como entregado", "entregado pero", "no recibí", "todavía no ha llegado",
		"non ho ricevuto", "mai arrivato", "mai arrivata", "non è arrivato", "non è arrivata", "perso", "smarrito",
		"risulta consegnato", "consegnato ma", "mai ricevuto", "non ancora arrivato",
		"届いていない", "届いてない", "届かない", "届いておりません", "届きません", "受け取っていない", "受け取っていません",
		"未着", "紛失", "配達済みになって", "配達完了になって", "まだ届",
		"没收到", "没有收到", "未收到", "还没到", "还没有到", "丢了", "丢件", "显示已签收", "显示签收", "一直没到", "没到货",
	)},
	{aftersale.SubWrongItem, newCues(
		"wrong item", "wrong product", "wrong colour", "wrong color", "wrong size", "wrong model", "wrong one",
		"wrong version", "different item", "different product", "different colour", "different color",
		"not what i ordered", "not the one i ordered", "not what i bought", "sent me the wrong", "received the wrong",
		"falsche*", "falscher*", "falsches", "nicht das was ich bestellt", "andere farbe", "anderen artikel",
		"anderes produkt", "nicht bestellt",
		"mauvais article", "mauvaise couleur", "mauvaise taille", "mauvais produit", "mauvais modèle", "pas le bon",
		"pas la bonne", "pas ce que j'ai commandé", "autre article", "autre couleur",
		"equivocad*", "incorrect*", "no es lo que pedí", "otro producto", "otro color", "otra talla",
		"sbagliat*", "non è quello che ho ordinato", "diverso da quello", "altro colore", "altro articolo",
		"違う商品", "間違った", "間違い", "別の商品", "色が違", "サイズが違", "注文したものと違", "注文した物と違", "異なる商品",
		"发错", "寄错", "不是我买的", "不是我订的", "颜色不对", "尺码不对", "尺寸不对", "型号不对", "发成了", "错发",
		// Sizes and colours that differ from the order.
		"andere größe", "falsche größe", "statt", "anstatt", "anderer artikel", "ganz anderer",
		"au lieu d", "erreur de taille", "la couleur ne correspond", "autre couleur que", "pas du tout l'article",
		"en otro color", "talla equivocada", "otro producto distinto", "el color no es",
		"colore sbagliato", "il colore non è", "taglia sbagliata", "misura ricevuta non corrisponde", "articolo completamente diverso", "è arrivata una",
		"サイズ違い", "色が違", "と違う商品", "全く違", "届いたのは",
		"收到的是", "寄来的是", "根本不是", "颜色发错", "和图片上的不一样", "尺码不对",
	)},
	{aftersale.SubMissingParts, newCues(
		"missing part*", "missing piece*", "parts missing", "pieces missing", "part is missing", "piece is missing",
		"parts are missing", "pieces are missing", "not included", "wasn't included", "was not included",
		"is missing", "are missing", "was missing", "were missing", "missing the", "missing a", "missing one",
		"incomplete", "only one of the", "only got one", "only received one", "no screws", "no charger", "no cable",
		"fehlt", "fehlen", "fehlend*", "nicht dabei", "nicht enthalten", "unvollständig", "nicht im paket",
		"il manque", "manqu*", "pas inclus", "incomplet*", "n'était pas dans",
		"falta", "faltan", "faltaba", "faltaban", "no venía", "no incluye", "incomplet*",
		"manca", "mancano", "mancava", "mancavano", "mancant*", "non incluso", "incomplet*",
		"足りない", "入っていない", "入ってない", "入っていません", "欠品", "部品がない", "付属品がない", "不足",
		"少了", "缺少", "缺件", "没有配件", "少一个", "配件不全", "漏发", "少发",
	)},
	{aftersale.SubDamaged, newCues(
		"damaged", "damage", "broken", "broke", "cracked", "crack", "scratched", "scratch*", "dent*",
		"smashed", "shattered", "crushed", "torn", "ripped", "leaking", "leaked", "bent", "chipped", "stained",
		"kaputt*", "beschädig*", "zerbrochen", "gebrochen", "zerkratzt", "kratzer*", "delle*", "gerissen",
		"zersprungen", "ausgelaufen", "riss", "zerdrückt", "in pieces", "ruined", "verbogen", "eingedrückt", "zerquetscht",
		"cassé*", "casse", "endommag*", "abîm*", "abim*", "rayé*", "rayure*", "fissur*", "brisé*", "écrasé*",
		"tordu*", "déchiré*",
		"roto", "rota", "rotos", "rotas", "dañad*", "daño*", "rayad*", "agrietad*", "golpead*", "aplastad*",
		"quebrad*", "estropead*", "abollad*", "rajad*",
		"rotto", "rotta", "rotti", "rotte", "danneggiat*", "graffiat*", "ammaccat*", "crepat*", "spaccat*",
		"distrutt*", "rovinat*", "piegat*", "schiacciat*",
		"破損", "壊れ", "割れ", "傷", "へこみ", "凹み", "ひび", "破れ", "汚れ",
		"坏了", "破损", "损坏", "摔坏", "碎了", "破了", "划痕", "刮花", "裂", "压坏", "变形",
	)},
	{aftersale.SubDefective, newCues(
		"defective", "doesn't work", "doesnt work", "does not work", "not working", "stopped working",
		"won't turn on", "wont turn on", "will not turn on", "won't charge", "wont charge", "doesn't charge",
		"faulty", "malfunction*", "dead on arrival", "doa", "no longer works", "quit working", "poor quality",
		"doesn't fit", "does not fit", "not as described", "doesn't turn on", "won't work", "dead", "died", "dies",
		"broke down", "stopped", "flicker*", "leak*", "keeps turning off", "turns off", "overheat*",
		"defekt*", "funktioniert nicht", "geht nicht", "fehlerhaft", "lädt nicht", "funktioniert nicht mehr",
		"lässt sich nicht", "schlechte qualität", "nicht wie beschrieben", "kaputt gegangen", "flacker*", "undicht",
		"schaltet sich ab", "geht aus",
		"défectueu*", "ne fonctionne pas", "ne marche pas", "ne fonctionne plus", "ne marche plus",
		"ne s'allume pas", "en panne", "ne charge pas", "mauvaise qualité", "non conforme",
		"defectuos*", "no funciona", "no enciende", "no carga", "dejó de funcionar", "deja de funcionar",
		"averiad*", "mala calidad", "no corresponde",
		"difettos*", "non funziona", "non si accende", "non carica", "smesso di funzionare", "guast*",
		"non funzionante", "pessima qualità", "non corrisponde",
		"不良", "動かない", "動きません", "電源が入らず", "作動しない", "動作しない", "故障", "電源が入らない", "使えない", "充電できない",
		"不能用", "用不了", "不工作", "故障", "质量问题", "开不了机", "无法使用", "没反应", "充不了电", "不好用", "失灵",
	)},
}

// subReason picks the return_dissatisfied sub-reason with the most cue
// hits; SubNone when no cue is present.
func subReason(v view) aftersale.SubReason {
	best, bestN := aftersale.SubNone, 0
	for _, s := range subCues {
		if n := s.cues.count(v); n > bestN {
			best, bestN = s.sub, n
		}
	}
	return best
}

// concepts are multilingual keyword groups that become model features
// ("this text mentions a refund"). They let what the model learns from the
// many English examples carry over to the languages with few examples.
var concepts = []struct {
	name string
	cues *cueSet
}{
	{"refund", newCues("refund*", "money back", "reimburs*", "my money", "rebate*", "compensation", "restitution",
		"credit me back", "credited back", "entschädigung", "dédommag*", "compensación", "indennizzo", "払い戻し", "退还", "erstatt*", "rückerstatt*", "geld zurück",
		"gutschrift", "rembours*", "reembols*", "devuelto el dinero", "mi dinero", "rimbors*", "i miei soldi", "soldi",
		"返金", "退款", "退钱", "到账")},
	{"return", newCues("return", "returning", "returned", "send it back", "send back", "sent back", "sent it back",
		"ship it back", "shipped it back", "zurückschick*", "zurücksend*", "zurückgeschickt", "rücksendung", "retoure",
		"zurückgeben", "retourn*", "renvoy*", "renvoi*", "retour", "rendre", "devolver", "devolución", "devuelto",
		"devolví", "devolverlo", "restituire", "restituito", "reso", "rimandare", "rispedito", "返品", "返送", "退货",
		"寄回", "退回", "退掉")},
	{"cancel", newCues("cancel*", "stornier*", "storno", "abbrechen", "annul*", "cancelar*", "cancelación",
		"cancelen", "cancelo", "cancellare", "キャンセル", "取り消", "取消")},
	{"address", newCues("address", "adress", "adresse", "anschrift", "lieferadresse", "postcode", "zip code",
		"postleitzahl", "code postal", "dirección", "direccion", "código postal", "indirizzo", "cap", "住所",
		"お届け先", "郵便番号", "地址", "邮编", "moved", "moving", "umgezogen", "déménagé", "mudado", "trasferito",
		"引っ越", "搬家", "house number", "apartment", "flat", "hausnummer", "appartement", "piso", "interno",
		"部屋番号", "门牌")},
	{"track", newCues("tracking", "track", "where is", "wheres", "where's", "when will", "shipped", "dispatched",
		"eta", "estimated arrival", "how soon", "expect my order", "lieferzeit", "délai de livraison", "plazo de entrega",
		"tempi di consegna", "到着予定", "预计",
		"courier", "carrier", "delivery date", "on its way", "sendungsnummer", "sendungsverfolgung", "wo ist",
		"wo bleibt", "wann", "versendet", "verschickt", "versand", "suivi", "où est", "quand", "expédié*", "transporteur",
		"seguimiento", "dónde está", "cuándo", "cuando", "enviado", "transportista", "tracciamento", "dov'è", "quando",
		"spedito", "corriere", "追跡", "いつ", "発送", "配送状況", "快递", "物流", "什么时候", "发货", "单号", "在哪")},
	{"review", newCues("review*", "feedback", "rating", "rated", "star", "stars", "bewertung", "rezension", "stern*",
		"avis", "évaluation", "étoile*", "commentaire", "reseña*", "valoración", "opinión", "estrella*", "recensione",
		"stella", "stelle", "評価", "レビュー", "星", "评价", "差评", "好评", "complaint", "complain", "beschwer*",
		"grievance", "opinion",
		"réclamation", "queja", "reclamo", "苦情", "クレーム", "投诉")},
	{"thanks", newCues("thank*", "thanks", "thx", "danke", "vielen dank", "merci", "gracias", "grazie", "ありがとう",
		"谢谢", "感谢")},
	{"presale", newCues("invoice", "receipt", "vat", "rechnung", "quittung", "facture", "factura", "fattura", "領収書",
		"請求書", "发票", "compatible", "kompatibel", "compatibile", "対応して", "适用", "in stock", "auf lager",
		"en stock", "disponible", "disponibile", "在庫", "再入荷", "补货", "warranty", "garantie", "garantía",
		"garanzia", "保証", "保修", "out of the office", "out of office", "nicht im büro", "absent du bureau",
		"fuera de la oficina", "fuori ufficio", "不在", "不在办公室", "payment", "pay", "bezahlen", "payer", "pagar",
		"pagare", "支払", "付款", "account", "konto", "compte", "cuenta", "アカウント", "账户", "账号", "newsletter",
		"subscription", "membership", "password", "passwort", "mot de passe", "contraseña", "パスワード", "密码")},
	{"unwanted", newCues("changed my mind", "no longer need", "don't need", "dont need", "do not need",
		"don't want", "dont want", "not need", "by mistake", "by accident", "anders überlegt", "nicht mehr",
		"brauche es nicht", "changé d'avis", "plus besoin", "n'en veux plus", "cambiado de opinión", "ya no",
		"no lo quiero", "no me hace falta", "cambiato idea", "non mi serve", "non lo voglio", "serve più",
		"気が変わ", "不要", "必要なく", "不想要", "不需要", "改变主意", "改主意")},
	{"arrived", newCues("received", "arrived", "delivered", "came", "got it", "erhalten", "angekommen", "geliefert",
		"bekommen", "kam", "reçu", "arrivé*", "livré*", "recibido", "recibí", "llegó", "entregado", "ricevuto",
		"arrivato", "arrivata", "consegnato", "届きました", "届いた", "届いて", "受け取", "到货", "收到", "签收", "到了")},
}

// conceptNames of the sub-reason cues, which are features too.
func init() {
	for _, s := range subCues {
		concepts = append(concepts, struct {
			name string
			cues *cueSet
		}{"sub:" + string(s.sub), s.cues})
	}
	concepts = append(concepts, struct {
		name string
		cues *cueSet
	}{"threat:review", reviewThreatCues})
}
