package respond

import (
	"regexp"
	"strings"

	"github.com/nyaruka/phonenumbers"
)

// National numbers without a trunk 0 (Spanish 612 34 56 78, Italian
// mobiles 333 123 4567, Chinese mobiles 138 0013 8000) look like any
// grouped digits; libphonenumber's metadata for the marketplaces of the
// reply's language tells them from tracking and reference numbers. Only a
// grouped run of 9 to 12 digits that the shape rules (looksLikePhone)
// did not accept is looked up, so a draft pays for it only when it holds
// such a run (about 10-50 µs each).

// phoneRegions are the regions whose numbering plans a reply in a
// language is checked against.
var phoneRegions = map[string][]string{
	"en": {"US", "GB", "CA", "AU", "IE"},
	"de": {"DE", "AT", "CH"},
	"fr": {"FR", "BE", "CA", "CH"},
	"es": {"ES", "MX"},
	"it": {"IT"},
	"ja": {"JP"},
	"zh": {"CN"},
}

// nationalPhone reports whether cand, a grouped digit run, is a valid
// phone number of one of the regions of lang.
func nationalPhone(cand, lang string) bool {
	digits := 0
	for i := 0; i < len(cand); i++ {
		if cand[i] >= '0' && cand[i] <= '9' {
			digits++
		}
	}
	if digits < 9 || digits > 12 || !strings.ContainsAny(cand, " -.") || dateRe.MatchString(cand) || zip4Re.MatchString(cand) {
		return false
	}
	for _, region := range phoneRegions[lang] {
		n, err := phonenumbers.Parse(cand, region)
		if err != nil || !phonenumbers.IsValidNumberForRegion(n, region) {
			continue
		}
		switch phonenumbers.GetNumberType(n) {
		case phonenumbers.MOBILE, phonenumbers.FIXED_LINE, phonenumbers.FIXED_LINE_OR_MOBILE, phonenumbers.TOLL_FREE, phonenumbers.UAN, phonenumbers.VOIP:
			return true
		}
	}
	return false
}

// numLabelRe ends in a label that names the digits after it as something
// other than a phone number: a part, article, model, serial, SKU, EAN,
// ISBN, reference, tracking, return, order, invoice, customer or case
// number ("part number is", "Artikelnummer", "Art.-Nr.", "référence",
// "número de pieza", "codice articolo", "品番は", "型号：", "货号"). At
// most a few words ("is", ":", "(") stand between the label and the
// number.
var numLabelRe = regexp.MustCompile(`(?i)(?:` +
	`\b(?:part|article|item|model|serial|product|reference|ref|catalog(?:ue)?|invoice|tracking|return|returns|rma|order|case|ticket|batch|lot|customer|account|parcel|shipment|consignment|waybill|voucher|claim)\s*(?:number|no\.?|nr\.?|#|code|id)|\b(?:sku|ean|isbn|upc|gtin|asin|mpn|rma|ref\.|reference|serial|model)` +
	// carriers, whose names label their tracking numbers
	`|\b(?:dhl|ups|fedex|gls|dpd|hermes|evri|tnt|usps|royal mail|parcelforce|yodel|colissimo|chronopost|la poste|mondial relay|seur|correos|mrw|nacex|brt|bartolini|sda|poste italiane|nexive|ems)\b|ヤマト運輸|佐川急便|日本郵便|ゆうパック|西濃運輸|顺丰|中通|圆通|韵达|申通|京东物流|邮政` +
	`|(?:artikel|bestell|teile|ersatzteil|bauteil|serien|sendungs|rücksende|retouren|retoure|kunden|modell|produkt|referenz|auftrags|rechnungs|vorgangs|ticket|fall|paket|tracking|chargen|los|typen|geräte|ean)-?nummer\p{L}*|\b(?:art|artikel|best|bestell|teile|ref|serien|modell|kunden|auftrags|rechnungs|sendungs|paket|retouren|vorgangs)\.?-?nr\.?|\bs/n\b|\bmodell\b|\btyp\b` +
	`|\bréf(?:érence)?\.?|\bnum[ée]ro\s+(?:de\s+|d['’])?(?:pi[eè]ce|s[ée]rie|article|commande|suivi|retour|mod[eè]le|lot|colis|r[ée]f[ée]rence|facture|dossier)|\bn[°º.]\s*(?:de\s+|di\s+)?(?:pi[eè]ce|pieza|s[ée]rie|article|art[íi]culo|articolo|commande|pedido|ordine|suivi|seguimiento|retour|devoluci[óo]n|reso|mod[eè]le|modelo|modello|lot|lote|lotto|colis|env[íi]o|spedizione|facture|factura|fattura|dossier|referencia|riferimento)|\bcod\.\s*(?:art|prod)\.?|\bcode\s+(?:article|produit|EAN)|\bmod[eè]le\b` +
	`|\bn[úu]mero\s+de\s+(?:pieza|serie|art[íi]culo|pedido|seguimiento|devoluci[óo]n|modelo|lote|referencia|factura|env[íi]o|caso)|\breferencia\b|\bc[óo]digo\s+(?:de\s+)?(?:art[íi]culo|producto|referencia|EAN)|\bmodelo\b` +
	`|\bnumero\s+(?:di\s+)?(?:serie|parte|articolo|ordine|tracking|tracciamento|spedizione|reso|modello|lotto|riferimento|fattura|pratica)|\bcodice\s+(?:articolo|prodotto|ricambio|EAN)|\briferimento\b|\bmatricola\b|\bmodello\b` +
	`|品番|型番|製品番号|商品番号|部品番号|シリアル(?:番号|ナンバー)|製造番号|注文番号|追跡番号|お問い合わせ番号|問い合わせ番号|伝票番号|管理番号|返品番号|JAN(?:コード)?|型式|型号|货号|编号|订单号|单号|序列号|零件号|批号|条码|商品码` +
	`)[^\d\n]{0,20}$`)

// numNounRe ends in a noun for a part, a batch or a parcel right before
// the digits ("spare parts 0228 5571", "Ersatzteil 0228-5571", "colis
// 6A 0123 4567", "pieza 0934-551", "pacco 0605 1234 5678", "包裹
// 7731 2209 8813"): only a colon or a space may stand between.
var numNounRe = regexp.MustCompile(`(?i)(?:\b(?:batch|parts?|spare parts?|parcel|package|shipment|consignment|ersatzteil\p{L}*|bauteil\p{L}*|teile?|sendung|charge|pi[eè]ces?(?: d[ée]tach[ée]es?)?|colis|piezas?|lote|paquete|env[íi]o|ricambi\p{L}*|pezz[oi]|lotto|pacco|spedizione)|部品|零件|配件|包裹|快递)[\s:：#]{0,3}$`)

// labelledNumber reports whether the candidate whose preceding text is
// ctx (up to 80 bytes) is labelled as a part, article, order or other
// reference number and has no phone word before it in its sentence.
func labelledNumber(cand, ctx string) bool {
	if strings.HasPrefix(cand, "+") || strings.HasPrefix(cand, "(") {
		return false
	}
	m := numLabelRe.FindStringIndex(ctx)
	if m == nil {
		m = numNounRe.FindStringIndex(ctx)
	}
	if m == nil {
		return false
	}
	if i := strings.LastIndexAny(ctx[:m[0]], ".!?\n。！？"); i >= 0 {
		ctx = ctx[i+1:] // "Call us any time. The part number is …": the cue of another sentence
	}
	return !phoneCtxRe.MatchString(ctx) && !callCueRe.MatchString(ctx)
}

// callCueRe: words beside a number, besides phoneCtxRe's, that make it a
// line to call even after a label ("our hotline (have your customer
// number ready): …", "ring us on", "dial", "Rufnummer", "appelez",
// "llame", "chiami", "フリーダイヤル", "热线", "拨打").
var callCueRe = regexp.MustCompile(`(?i)hotline|helpline|\bring\b|\bdial|\btext (?:us|me)\b|\bsms\b|\bfax\b|rufnummer|servicenummer|festnetz|\bappel|numéro vert|\bllam|\bchiam|numero verde|ダイヤル|热线|拨打|致电|来电`)

// fourGroups reports whether cand is three or more groups of exactly
// four digits not starting with a trunk 0 ("1234 5678 9012"): the way
// carriers and shops print tracking and reference numbers, and no
// marketplace's phone format.
func fourGroups(cand string) bool {
	if strings.HasPrefix(cand, "0") {
		return false
	}
	groups := strings.FieldsFunc(cand, func(r rune) bool { return r == ' ' || r == '-' || r == '.' })
	if len(groups) < 3 {
		return false
	}
	for _, g := range groups {
		if len(g) != 4 || strings.Trim(g, "0123456789") != "" {
			return false
		}
	}
	return true
}
