package mailbox

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file judges single lines of Amazon's relay wrapper by their shape:
// a rule of dashes, a decorated "Begin message" marker, a "Message from
// Amazon customer X:" label, an "Order ID: …" field, a footer. The words
// are listed for every marketplace language (en, de, fr, es, it, pt, nl,
// pl, sv, tr, ja, zh) as concepts ("message", "begin", "end", "this
// e-mail", "buyer", …); a rule is a combination of concepts, never one
// spelling of one template, so that Amazon rewording or reordering its
// wrapper does not turn the wrapper into buyer text.

// lineKind is what one line of a mail is, judged by its shape alone.
type lineKind uint8

const (
	lineBuyer  lineKind = iota // nothing recognised: the buyer's words
	lineBlank                  // empty or spaces
	lineRule                   // decoration only: "-----", "=====", "*****", "____"
	lineBegin                  // a decorated marker before the buyer's words: "--- Begin message ---", "[Message]"
	lineLabel                  // a label line before the buyer's words: "Message:", "Nachricht von Amazon-Kunde Petra:"
	lineEnd                    // a decorated marker after the buyer's words: "--- End message ---"
	lineField                  // a header field or product row: "Order ID: …", "ASIN: …", "1 x Lamp [ASIN: B0…]"
	lineAttach                 // Amazon's list of attached files: "Attachment(s): IMG_1.png"
	lineFooter                 // a footer line: "View message", "Report suspicious activity", "© Amazon", a Seller Central link
	// lineWrapper: a line only Amazon writes ("… in Seller Central", "Amazon
	// EU S.à r.l.", "sent through Amazon …") that is dropped wherever it
	// is but, as a buyer might write something like it, ends nothing.
	lineWrapper
)

// wline is one line prepared for the rules: folded (NFKC, lower case),
// its words (runs of letters and digits; a run of CJK characters is one
// word), and the words joined by single spaces with a space at each end,
// so that a phrase is found with strings.Contains(" "+phrase+" ").
type wline struct {
	raw    string
	folded string
	words  []string
	padded string
	cjk    bool   // holds Han, Kana or Hangul characters
	mask   uint64 // the vocabs whose single words or prefixes it holds (maskOf)
}

// maxWrapperLine is the longest line judged: longer ones are the buyer's
// (Amazon's wrapper lines are far shorter), which bounds the work on
// hostile input.
const maxWrapperLine = 2000

func newWline(raw string) *wline {
	if len(raw) > maxWrapperLine {
		return &wline{raw: raw}
	}
	l := &wline{raw: raw, folded: foldLine(raw)}
	l.words = words(l.folded)
	l.padded = " " + strings.Join(l.words, " ") + " "
	l.mask = maskOf(l.words)
	if !isASCIIString(l.folded) {
		for _, r := range l.folded {
			if isCJKRune(r) {
				l.cjk = true
				break
			}
		}
	}
	return l
}

// foldLine is NFKC and lower case, with typographic apostrophes made
// plain.
func foldLine(s string) string {
	if isASCIIString(s) {
		return strings.ToLower(s)
	}
	return strings.ToLower(strings.NewReplacer("’", "'", "‘", "'", "´", "'").Replace(norm.NFKC.String(s)))
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// words splits folded text into runs of letters, digits and combining
// marks.
func words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func isCJKRune(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// vocab is one concept in every language: single words (exact, or a
// prefix when written with a trailing "*"), phrases of several words, and
// substrings for scripts written without spaces.
type vocab struct {
	bit      uint64 // this concept's bit in wline.mask
	words    map[string]bool
	prefixes []string
	phrases  []string // " w1 w2 " as in wline.padded
	cjk      []string
}

// The single words and prefixes of every vocab, by the vocabs' bits, so
// that a line's words are looked up once for all concepts (wline.mask).
var (
	conceptWords    = map[string]uint64{}
	conceptPrefixes []conceptPrefix
	conceptBits     uint
)

type conceptPrefix struct {
	prefix string
	bit    uint64
}

func newVocab(list ...string) *vocab {
	if conceptBits == 64 {
		panic("mailbox: more than 64 vocabularies")
	}
	v := &vocab{bit: 1 << conceptBits, words: map[string]bool{}}
	conceptBits++
	for _, s := range list {
		f := foldLine(s)
		hasCJK := false
		for _, r := range f {
			if isCJKRune(r) {
				hasCJK = true
				break
			}
		}
		if hasCJK {
			// A substring match is already a prefix match.
			v.cjk = append(v.cjk, strings.TrimSuffix(f, "*"))
			continue
		}
		if p, ok := strings.CutSuffix(f, "*"); ok {
			v.prefixes = append(v.prefixes, p)
			conceptPrefixes = append(conceptPrefixes, conceptPrefix{p, v.bit})
			continue
		}
		ws := words(f)
		switch len(ws) {
		case 0:
		case 1:
			v.words[ws[0]] = true
			conceptWords[ws[0]] |= v.bit
		default:
			v.phrases = append(v.phrases, " "+strings.Join(ws, " ")+" ")
		}
	}
	return v
}

// maskOf returns the bits of the concepts whose single words or prefixes
// are among ws.
func maskOf(ws []string) uint64 {
	var m uint64
	for _, w := range ws {
		m |= conceptWords[w]
		for _, p := range conceptPrefixes {
			if strings.HasPrefix(w, p.prefix) {
				m |= p.bit
			}
		}
	}
	return m
}

// in reports whether the line holds the concept.
func (v *vocab) in(l *wline) bool {
	if l.mask&v.bit != 0 {
		return true
	}
	for _, p := range v.phrases {
		if strings.Contains(l.padded, p) {
			return true
		}
	}
	if l.cjk {
		for _, s := range v.cjk {
			if strings.Contains(l.folded, s) {
				return true
			}
		}
	}
	return false
}

// isWord reports whether w alone is one of the concept's single words.
func (v *vocab) isWord(w string) bool {
	if v.words[w] {
		return true
	}
	for _, p := range v.prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	for _, s := range v.cjk {
		if w == s {
			return true
		}
	}
	return false
}

var (
	// vMessage: "message" and the words Amazon uses for the buyer's text
	// ("Customer's comments" when customer service writes for a buyer).
	vMessage = newVocab(
		"message", "messages", "nachricht", "nachrichten", "messaggio", "messaggi", "mensaje", "mensajes",
		"mensagem", "mensagens", "wiadomość", "wiadomosc", "wiadomości", "meddelande", "meddelandet", "meddelanden",
		"bericht", "berichten", "mesaj", "mesajı", "mesajlar", "mesajlari", "メッセージ", "留言", "消息", "訊息", "讯息", "信息",
		"comment", "comments", "kommentar", "kommentare", "kommentarer", "anmerkung", "anmerkungen", "commentaire", "commentaires",
		"comentario", "comentarios", "comentário", "comentários", "commento", "commenti", "opmerking", "opmerkingen",
		"komentarz", "komentarze", "yorum", "yorumu", "yorumlar", "yorumları", "コメント", "评论", "評論", "备注", "備註")
	vBegin = newVocab("begin", "beginning", "start", "beginn", "anfang", "début", "debut", "inicio", "comienzo", "inizio",
		"início", "początek", "poczatek", "början", "borjan", "başlangıç", "başlangıcı", "baslangic", "開始", "开始", "ここから")
	vEnd = newVocab("end", "ende", "fin", "final", "fine", "fim", "einde", "eind", "koniec", "slut", "son", "sonu",
		"終了", "終わり", "ここまで", "结束", "結束")
	// vNotMarker: words of quote headers that look like markers
	// ("----- Original Message -----", "--- Forwarded message ---").
	vNotMarker = newVocab("original", "originale", "ursprüngliche", "ursprungliche", "origine", "forwarded", "weitergeleitete",
		"transféré", "reenviado", "inoltrato", "encaminhada", "doorgestuurd", "oorspronkelijk", "przekazana", "oryginalna",
		"vidarebefordrat", "ursprungligt", "iletilen", "orijinal", "転送", "元のメッセージ", "转发", "原始邮件", "原始消息")

	// The footer concepts.
	vView = newVocab("view", "anzeigen", "ansehen", "afficher", "voir", "ver", "visualizza", "visualizzare", "vedi",
		"bekijken", "bekijk", "weergeven", "wyświetl", "zobacz", "visa", "görüntüle", "表示", "見る", "查看", "检视")
	vResolve = newVocab("resolve", "resolved", "lösen", "schließen", "abschließen", "résoudre", "resolver", "risolvi", "risolvere",
		"oplossen", "rozwiąż", "lös", "çöz", "解決", "解决")
	vCase = newVocab("case", "fall", "cas", "litige", "caso", "zaak", "sprawę", "sprawa", "zgłoszenie", "ärende", "ärendet",
		"talebi", "talep", "ケース", "案例", "问题", "個案")
	vReport = newVocab("report", "melden", "signaler", "signalez", "denunciar", "informar", "segnala", "segnalare", "meld",
		"zgłoś", "rapportera", "bildir", "報告", "报告", "举报", "通報", "検举")
	vSuspicious = newVocab("suspicious", "questionable", "verdächtig*", "fragwürdig*", "suspect*", "douteu*", "sospech*",
		"dudos*", "sospett*", "suspeit*", "verdacht*", "podejrzan*", "misstänkt*", "şüpheli", "不審", "疑わしい", "可疑")
	vDemonstrative = newVocab("this", "dieser", "diese", "dieses", "ce", "cet", "cette", "este", "esta", "questo", "questa",
		"deze", "dit", "ta", "ten", "tego", "denna", "detta", "här", "bu", "この", "此", "本", "该", "該")
	vService = newVocab("service", "dienst", "servicio", "servizio", "serviço", "servico", "usługa", "tjänst", "tjänsten",
		"hizmet", "サービス", "服务", "服務")
	vProvided = newVocab("provided", "offered", "bereitgestellt", "angeboten", "fourni", "proposé", "proporcionado",
		"ofrecido", "fornito", "offerto", "fornecido", "oferecido", "aangeboden", "geleverd", "udostępniana",
		"zapewniana", "świadczona", "tillhandahålls", "erbjuds", "sağlanmaktadır", "sağlanır", "sunulmaktadır", "提供")
	vReplyVerb = newVocab("reply", "respond", "answer", "antworten", "antworte", "beantworten", "répondre", "répondez",
		"responde", "responda", "responder", "contesta", "contestar", "rispondi", "rispondere", "rispondendo", "beantwoord",
		"antwoorden", "antwoord", "odpowiedz", "odpowiedzieć", "odpowiadając", "svara", "yanıtla", "yanıtlayın",
		"yanıtlamak", "cevapla", "返信", "回复", "答复", "回覆")
	vThisEmail = newVocab("this email", "this e-mail", "this mail", "diese e-mail", "dieser e-mail", "diese email",
		"cet e-mail", "cet email", "ce courriel", "cette e-mail", "este correo", "este e-mail", "este email",
		"questa e-mail", "questa email", "questa mail", "deze e-mail", "deze mail", "ten e-mail", "tego e-maila",
		"ta wiadomość e-mail", "det här e-postmeddelandet", "detta e-postmeddelande", "denna e-post", "det här mejlet",
		"bu e-posta", "bu e-postayı", "bu e-postaya", "bu postayı", "このメール", "このeメール", "本邮件", "此邮件",
		"这封邮件", "此電子郵件")
	vParty = newVocab("buyer", "buyers", "customer", "customers", "käufer", "kunde", "kunden", "acheteur", "acheteurs",
		"client", "clients", "comprador", "compradores", "cliente", "clientes", "acquirente", "acquirenti", "koper", "kopers",
		"klant", "klanten", "kupujący", "kupującemu", "kupującego", "klient", "klienta", "köpare", "köparen", "kund",
		"kunden", "alıcı", "alıcıya", "alıcılar", "müşteri", "müşteriye", "購入者", "お客様", "买家", "客户", "顧客", "買家")
	vHelpful = newVocab("helpful", "useful", "hilfreich", "nützlich", "utile", "útil", "nuttig", "pomocny", "pomocna",
		"przydatny", "przydatna", "hjälp", "användbart", "yararlı", "faydalı", "役に立ち*", "役立ち", "有帮助", "有用", "有幫助")
	vSubject = newVocab("subject", "betreff", "betreffzeile", "objet", "asunto", "oggetto", "assunto", "onderwerp",
		"onderwerpregel", "temat", "tematu", "ämne", "ämnesrad", "ämnesraden", "konu", "konusunu", "件名", "主题", "主旨", "標題")
	vChange = newVocab("change", "modify", "alter", "ändern", "modifiez", "modifier", "changez", "changer", "cambie",
		"cambies", "cambiar", "modifiques", "modifique", "modificar", "modificare", "modifichi", "alterar", "altere",
		"mude", "wijzig", "wijzigen", "verander", "zmieniaj", "zmień", "zmieniać", "ändra", "değiştir*", "変更", "更改", "修改")
	vTwoYears = newVocab("two years", "2 years", "zwei jahre", "2 jahre", "deux ans", "2 ans", "dos años", "2 años",
		"due anni", "2 anni", "dois anos", "2 anos", "twee jaar", "2 jaar", "dwa lata", "2 lata", "två år", "2 år",
		"iki yıl", "2 yıl", "2年", "两年", "二年", "兩年")
	vRights = newVocab("all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
		"tutti i diritti riservati", "todos os direitos reservados", "alle rechten voorbehouden", "wszelkie prawa zastrzeżone",
		"med ensamrätt", "alla rättigheter förbehållna", "tüm hakları saklıdır", "無断転載", "版权所有", "版權所有", "保留所有权利")
	vNoResponse = newVocab("no response needed", "no reply needed", "keine antwort erforderlich", "ne nécessitant pas de réponse",
		"aucune réponse nécessaire", "no requiere respuesta", "nessuna risposta necessaria", "não requer resposta",
		"nenhuma resposta necessária", "geen antwoord nodig", "nie wymaga odpowiedzi", "inget svar behövs", "inget svar krävs",
		"yanıt gerekmiyor", "yanıt gerektirmez", "返信不要", "无需回复", "無需回覆")
	vSellerCentral = newVocab("seller central", "sellercentral", "セラーセントラル", "卖家平台", "卖家中心")
	vAmazon        = newVocab("amazon", "amazon.com", "アマゾン", "亚马逊", "亞馬遜")
	// vAmazonEntity: the legal names in Amazon's footers.
	vAmazonEntity = newVocab("amazon.com, inc", "amazon.com inc", "amazon eu s.à r.l", "amazon eu sarl", "amazon eu s.a.r.l",
		"amazon services europe", "amazon services llc", "amazon.com services llc", "amazon japan g.k", "amazon japan",
		"amazon.co.uk ltd", "amazon online", "amazon seller services", "アマゾンジャパン合同会社", "亚马逊公司")
	// vSent and vVia: "sent through Amazon …".
	vSent = newVocab("sent", "delivered", "forwarded", "gesendet", "versendet", "zugestellt", "weitergeleitet", "envoyé",
		"envoyée", "transmis", "enviado", "enviada", "inviato", "inviata", "enviada", "verzonden", "verstuurd",
		"wysłane", "wysłana", "skickat", "skickad", "gönderildi", "gönderilmiştir", "送信", "发送", "発送されたメッセージ", "寄送")
	vVia = newVocab("via", "through", "über", "durch", "par", "por", "tramite", "attraverso", "pela", "pelo",
		"door", "przez", "genom", "aracılığıyla", "üzerinden", "を通じて", "経由", "通过")
	// vBuyerOnly and vSeller: "buyers and sellers" in Amazon's footers
	// (a buyer writes "I", not "the buyer").
	vBuyerOnly = newVocab("buyer", "buyers", "käufer", "käufern", "acheteur", "acheteurs", "comprador", "compradores",
		"acquirente", "acquirenti", "koper", "kopers", "kupujący", "kupujących", "köpare", "köparen", "köpar", "alıcı", "alıcılar",
		"alıcılar ile", "購入者", "买家", "買家")
	vSeller = newVocab("seller", "sellers", "verkäufer", "verkäufern", "vendeur", "vendeurs", "vendedor", "vendedores",
		"venditore", "venditori", "verkoper", "verkopers", "sprzedawca", "sprzedawcy", "sprzedawców", "säljare", "säljaren",
		"satıcı", "satıcılar", "出品者", "卖家", "賣家")
	// vWrote: "The buyer wrote:" as a label.
	vWrote = newVocab("wrote", "writes", "says", "said", "schrieb", "schreibt", "écrit", "escribió", "escribe", "scrive",
		"ha scritto", "schreef", "schrijft", "napisał", "napisała", "pisze", "skrev", "skriver", "yazdı", "yazıyor",
		"書きました", "写道", "寫道")

	// The labels of Amazon's header fields, each compared with the whole
	// label of a "label: value" line (see isField).
	vOrderLabel = newLabelSet("order", "order id", "order number", "order no", "order #", "amazon order id", "amazon order number",
		"bestellung", "bestellnummer", "bestell-nr", "bestellnr", "amazon-bestellnummer", "auftragsnummer",
		"commande", "numéro de commande", "n° de commande", "no de commande", "n de commande", "id de commande",
		"pedido", "número de pedido", "n.º de pedido", "nº de pedido", "no. de pedido", "id del pedido", "número do pedido", "n.º do pedido", "id do pedido",
		"ordine", "ordine #", "numero ordine", "numero d'ordine", "numero dell'ordine", "n. ordine", "id ordine",
		"bestelling", "bestelnummer", "bestel-id", "ordernummer", "order-id",
		"zamówienie", "numer zamówienia", "nr zamówienia", "id zamówienia",
		"beställning", "beställnings-id", "beställningsnummer", "ordernr",
		"sipariş", "sipariş numarası", "sipariş no", "sipariş kimliği",
		"注文番号", "注文id", "注文", "オーダー番号", "订单编号", "订单号", "订单号码", "订单", "訂單編號", "訂單號碼")
	vItemLabel = newLabelSet("item", "items", "item name", "product", "product name", "product title", "title", "asin", "sku", "seller sku",
		"artikel", "artikelname", "artikelbezeichnung", "produkt", "produktname", "produkttitel",
		"article", "articles", "produit", "nom du produit", "titre du produit", "artículo", "articulo", "producto", "nombre del producto",
		"articolo", "prodotto", "nome prodotto", "nome del prodotto", "produto", "nome do produto", "product", "productnaam",
		"artykuł", "przedmiot", "nazwa produktu", "produktnamn", "varunamn", "ürün", "ürün adı", "ürün ismi",
		"商品", "商品名", "商品名称", "商品名稱", "产品", "产品名称", "出品者sku",
		"artikelnummer", "marketplace", "marktplatz", "place de marché", "mercado", "marktplaats")
	vDateLabel = newLabelSet("order date", "purchase date", "date ordered", "bestelldatum", "kaufdatum", "date de commande",
		"date d'achat", "fecha de pedido", "fecha del pedido", "fecha de compra", "data dell'ordine", "data ordine",
		"data di acquisto", "data do pedido", "data da compra", "besteldatum", "data zamówienia", "data zakupu",
		"beställningsdatum", "köpdatum", "sipariş tarihi", "satın alma tarihi", "注文日", "購入日", "订单日期", "下单日期", "購買日期")
	vQuantityLabel = newLabelSet("quantity", "qty", "menge", "anzahl", "quantité", "cantidad", "quantità", "quantidade",
		"aantal", "hoeveelheid", "ilość", "antal", "kvantitet", "adet", "miktar", "数量", "個数")
	vPartyLabel = newLabelSet("buyer", "buyer name", "customer", "customer name", "käufer", "käufername", "kunde", "kundenname",
		"acheteur", "nom de l'acheteur", "client", "comprador", "nombre del comprador", "acquirente", "nome acquirente",
		"nome do comprador", "cliente", "koper", "naam koper", "klant", "kupujący", "nazwa kupującego", "klient",
		"köpare", "köparens namn", "kund", "alıcı", "alıcı adı", "müşteri", "購入者", "購入者名", "お客様", "买家", "买家姓名",
		"买家名称", "客户", "買家")
	vReasonLabel = newLabelSet("reason", "reason for contact", "contact reason", "topic", "grund", "grund der kontaktaufnahme",
		"kontaktgrund", "motif", "motif du contact", "raison du contact", "motivo", "motivo del contacto", "motivo del contatto",
		"motivo do contato", "motivo do contacto", "reden", "reden van contact", "powód", "powód kontaktu", "anledning",
		"kontaktorsak", "neden", "iletişim nedeni", "お問い合わせ理由", "理由", "联系原因", "聯絡原因")
)

// labelSet is a set of field labels, each kept as its words joined by
// single spaces (so "N° de commande" and "n de commande" are one label).
type labelSet map[string]bool

func newLabelSet(list ...string) labelSet {
	s := labelSet{}
	for _, l := range list {
		s[strings.Join(words(foldLine(l)), " ")] = true
	}
	return s
}

var (
	// decoration is what markers and rules are drawn with.
	decoration = "-=*_~#+|•·.:：<>[](){}【】〔〕「」『』«»“”\"'／/\\ \t"

	// footerStartRe: footer link texts at the start of a line, also when
	// an HTML conversion glued two links together ("View messageResolve
	// case").
	footerStartRe = regexp.MustCompile(`^[\[*•|>\s-]*(?:view message|resolve case|report suspicious|nachricht anzeigen|fall (?:lösen|abschließen)|` +
		`afficher le message|voir le message|résoudre le cas|visualizza (?:il )?messaggio|risolvi (?:il )?caso|ver (?:el )?mensaje|` +
		`resolver (?:el )?caso|ver mensagem|bericht (?:weergeven|bekijken)|zaak oplossen|wyświetl wiadomość|visa meddelande|` +
		`mesajı görüntüle|talebi çöz|メッセージを(?:表示|見る)|查看(?:消息|留言|信息))`)
	sellerLinkRe  = regexp.MustCompile(`(?i)(?:https?://)?(?:[a-z0-9-]+\.)*(?:sellercentral[a-z-]*\.amazon\.[a-z.]+|amazon\.[a-z.]+/(?:gp/(?:help|communication-manager)|messaging/|hz/))|commmgrtok`)
	orderIDLineRe = regexp.MustCompile(`\b[0-9]{3}-[0-9]{7}-[0-9]{7}\b`)
	asinWordRe    = regexp.MustCompile(`\bB0[A-Z0-9]{8}\b`)
	urlRe         = regexp.MustCompile(`(?i)\b(?:https?://|www\.)\S+`)
	fileNameRe    = regexp.MustCompile(`(?i)^[^\s,;]{1,120}\.(?:png|jpe?g|gif|heic|heif|webp|bmp|tiff?|pdf|docx?|xlsx?|txt|csv|mp4|mov|m4v|avi|zip)$`)
	quantityRe    = regexp.MustCompile(`^[0-9]{1,5}(?:\s*(?:x|×|pcs?|stk|st|pz|szt|adet|個|件))?$`)
)

// kindOf judges one line by its shape alone. A label (lineLabel) and a
// title are only wrapper in context; extract decides that.
func kindOf(l *wline) lineKind {
	t := strings.TrimSpace(l.raw)
	switch {
	case t == "":
		return lineBlank
	case len(l.raw) > maxWrapperLine:
		return lineBuyer
	case isRule(t):
		return lineRule
	}
	if isFooter(l, t) {
		return lineFooter
	}
	if isAmazonLine(l) {
		return lineWrapper
	}
	if k, ok := markerKind(t); ok {
		return k
	}
	switch {
	case isAttach(t):
		return lineAttach
	case isField(l, t):
		return lineField
	case isLabel(l, t):
		return lineLabel
	}
	return lineBuyer
}

// ruleRunes draw rules; a rule is at least minRule of them and nothing
// else but spaces.
const (
	ruleRunes = "-=*_~#+•·"
	minRule   = 4
)

func isRule(t string) bool {
	n := 0
	for _, r := range t {
		switch {
		case strings.ContainsRune(ruleRunes, r):
			n++
		case r == ' ' || r == '\t':
		default:
			return false
		}
	}
	return n >= minRule
}

// strongDecoration marks a line as a drawn marker rather than a sentence.
const strongDecoration = "-=*_~#[]<>【】〔〕«»|"

// markerKind recognises a marker line: a few words naming the message,
// its beginning or its end, decorated with rules or brackets
// ("------------- Begin message -------------", "*** Nachricht ***",
// "[Message]", "===== Fin du message ====="), or bare when every word is
// a marker word ("Message", "Message:", "End of message").
func markerKind(t string) (lineKind, bool) {
	core := strings.Trim(t, decoration)
	if core == "" || len(core) > 160 {
		return 0, false
	}
	i := strings.Index(t, core)
	deco := t[:i] + t[i+len(core):]
	decorated := strings.ContainsAny(deco, strongDecoration)
	c := newWline(core)
	if len(c.words) == 0 || len(c.words) > 6 || utf8.RuneCountInString(core) > 40 || vNotMarker.in(c) {
		return 0, false
	}
	msg, begin, end := vMessage.in(c), vBegin.in(c), vEnd.in(c)
	if !decorated {
		// Bare: every word must be a marker word or a filler.
		if !msg {
			return 0, false
		}
		for _, w := range c.words {
			if !vMessage.isWord(w) && !vBegin.isWord(w) && !vEnd.isWord(w) && !vParty.isWord(w) && !markerFillers[w] {
				return 0, false
			}
		}
	}
	switch {
	case end && (msg || len(c.words) <= 2):
		return lineEnd, true
	case begin && (msg || len(c.words) <= 2), msg:
		return lineBegin, true
	}
	return 0, false
}

// markerFillers are the small words of marker phrases ("End of the
// message", "Beginn der Nachricht", "Début du message").
var markerFillers = map[string]bool{
	"of": true, "the": true, "your": true, "der": true, "die": true, "das": true, "des": true, "du": true, "de": true,
	"del": true, "la": true, "le": true, "el": true, "di": true, "da": true, "do": true, "dla": true, "van": true,
	"het": true, "av": true, "för": true, "från": true, "from": true, "von": true, "dal": true, "della": true, "dello": true,
	"new": true, "neue": true, "nouveau": true, "nuevo": true, "nuovo": true, "nieuw": true, "nowa": true, "ny": true, "yeni": true,
}

// isLabel: a short line ending in a colon that names the message
// ("Message from Amazon customer Rajesh:", "Customer's comments:",
// "Nachricht von Amazon-Kunde Petra:"). Whether it really starts the
// buyer's words depends on what comes before it (extract).
func isLabel(l *wline, t string) bool {
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") {
		return false
	}
	if len(l.words) == 0 || len(l.words) > 10 || utf8.RuneCountInString(t) > 80 || hasURL(t) {
		return false
	}
	return (vMessage.in(l) || vWrote.in(l) && vBuyerOnly.in(l)) && !vNotMarker.in(l)
}

// inlineLabel splits a label with the buyer's words on the same line
// ("Message: Hello there", "Message from Amazon customer Petra: Hello")
// into those words. The label must start with a message word or name the
// buyer or Amazon.
func inlineLabel(t string) (string, bool) {
	i := strings.IndexAny(t, ":：")
	if i <= 0 {
		return "", false
	}
	label := newWline(t[:i])
	if len(label.words) == 0 || len(label.words) > 8 || !vMessage.in(label) || vNotMarker.in(label) || hasURL(t[:i]) {
		return "", false
	}
	if !vMessage.isWord(label.words[0]) && !vParty.in(label) && !vAmazon.in(label) {
		return "", false
	}
	_, size := utf8.DecodeRuneInString(t[i:])
	return strings.TrimSpace(t[i+size:]), true
}

// isFooter recognises the lines after the buyer's words: links into
// Seller Central, "View message", "Resolve case", "Report suspicious
// activity", "Reply to this email to answer the buyer", "Was this email
// helpful?", "Do not change the subject line", "This service is provided
// by Amazon…", the two-year retention notice, "no response needed",
// copyright and rights-reserved lines, the commMgrTok token.
func isFooter(l *wline, t string) bool {
	if (strings.Contains(l.folded, "amazon") || strings.Contains(l.folded, "commmgrtok")) && sellerLinkRe.MatchString(t) ||
		footerStartRe.MatchString(l.folded) || vRights.in(l) || vNoResponse.in(l) {
		return true
	}
	if strings.Contains(t, "©") && (strings.HasPrefix(t, "©") || vAmazon.in(l)) {
		return true
	}
	if (strings.HasPrefix(l.folded, "(c) ") || strings.HasPrefix(l.folded, "copyright ")) && vAmazon.in(l) {
		return true
	}
	short := wordsWithoutURLs(t) <= 8
	first := ""
	if len(l.words) > 0 {
		first = l.words[0]
	}
	lead := func(vs ...*vocab) bool {
		if l.cjk {
			return true
		}
		for _, v := range vs {
			if v.isWord(first) {
				return true
			}
		}
		return false
	}
	switch {
	case short && vView.in(l) && vMessage.in(l) && lead(vView, vMessage):
		return true
	case short && vResolve.in(l) && vCase.in(l) && lead(vResolve, vCase):
		return true
	case short && vReport.in(l) && vSuspicious.in(l) && lead(vReport, vSuspicious):
		return true
	case vReplyVerb.in(l) && vThisEmail.in(l) && (vParty.in(l) || vAmazon.in(l)):
		return true
	case vThisEmail.in(l) && vHelpful.in(l):
		return true
	case vSubject.in(l) && vChange.in(l):
		return true
	case vTwoYears.in(l) && vMessage.in(l):
		return true
	case thisService(l) && (vAmazon.in(l) || vProvided.in(l)):
		return true
	}
	return false
}

// isAmazonLine recognises lines only Amazon writes: about Seller Central,
// naming one of Amazon's companies, about "buyers and sellers", or "sent
// through Amazon …".
func isAmazonLine(l *wline) bool {
	if vSellerCentral.in(l) || vAmazonEntity.in(l) {
		return true
	}
	if !vAmazon.in(l) {
		return false
	}
	if vBuyerOnly.in(l) && vSeller.in(l) {
		return true
	}
	return len(l.words) <= 10 && vSent.in(l) && vVia.in(l) && (l.cjk || len(l.words) > 0 && vSent.isWord(l.words[0]))
}

// thisService finds "this service" (a demonstrative followed by the word
// for service) in the line.
func thisService(l *wline) bool {
	for i := 0; i+1 < len(l.words); i++ {
		if vDemonstrative.isWord(l.words[i]) && vService.isWord(l.words[i+1]) {
			return true
		}
	}
	if l.cjk {
		for _, s := range []string{"このサービス", "本服务", "此服务", "该服务", "本服務", "此服務", "該服務"} {
			if strings.Contains(l.folded, s) {
				return true
			}
		}
	}
	return false
}

// wordsWithoutURLs counts the words of t outside URLs.
func wordsWithoutURLs(t string) int {
	if !hasURL(t) {
		return len(words(t))
	}
	return len(words(urlRe.ReplaceAllString(t, " ")))
}

// hasURL reports whether t holds a link (urlRe), cheaply.
func hasURL(t string) bool {
	lt := strings.ToLower(t)
	return (strings.Contains(lt, "http") || strings.Contains(lt, "www.")) && urlRe.MatchString(t)
}

// isAttach: "Attachment(s): IMG_3372.png, scan.pdf" — a short label and
// nothing but file names.
func isAttach(t string) bool {
	label, value, ok := cutLabel(t)
	if !ok || len(words(label)) > 4 {
		return false
	}
	n := 0
	for _, f := range strings.FieldsFunc(value, func(r rune) bool { return r == ',' || r == ';' }) {
		if !fileNameRe.MatchString(strings.TrimSpace(f)) {
			return false
		}
		n++
	}
	return n > 0
}

// cutLabel splits "label: value" at the first colon; the label must be a
// few words and must not be a URL scheme.
func cutLabel(t string) (label, value string, ok bool) {
	i := strings.IndexAny(t, ":：")
	if i <= 0 {
		return "", "", false
	}
	label = strings.TrimSpace(t[:i])
	_, size := utf8.DecodeRuneInString(t[i:])
	value = strings.TrimSpace(t[i+size:])
	if label == "" || strings.HasPrefix(value, "//") || len(words(foldLine(label))) > 6 {
		return "", "", false
	}
	return label, value, true
}

// isField recognises Amazon's header fields and product rows: "Order ID:
// 111-…", "Bestellnummer 303-…:", "ASIN: B0…", "Quantity: 1", "Buyer:
// Petra", "Reason for contact: …", the table head "# ASIN Product name"
// and its rows "1 B0… Lamp", "1 x Lamp [ASIN: B0…]". Each label is
// checked against what its value must look like, so that a buyer's
// "Order: please cancel it" stays the buyer's.
func isField(l *wline, t string) bool {
	f, _ := fieldKind(l, t)
	return f
}

// fieldKind is isField, and reports whether the field is a reason
// ("Reason for contact: …"), which Amazon writes but a buyer may too.
func fieldKind(l *wline, t string) (field, reason bool) {
	if label, value, ok := cutLabel(t); ok && value != "" {
		lw := strings.Join(words(foldLine(strings.TrimLeft(label, "#*•->·− \t"))), " ")
		switch {
		case vOrderLabel[lw]:
			return orderIDLineRe.MatchString(value), false
		case vItemLabel[lw]:
			return value != "" && !strings.HasSuffix(value, "?"), false
		case vQuantityLabel[lw]:
			return quantityRe.MatchString(foldLine(value)), false
		case vPartyLabel[lw]:
			n := len(words(foldLine(value)))
			return n > 0 && n <= 4, false
		case vReasonLabel[lw]:
			return value != "", true
		case vDateLabel[lw]:
			return strings.ContainsAny(value, "0123456789"), false
		}
	}
	// A label alone, its value on the next line (an HTML table converted
	// cell by cell), or a value alone: an order id or an ASIN.
	bare := strings.Join(words(foldLine(strings.Trim(t, "#*•->·−:： \t"))), " ")
	if vOrderLabel[bare] || vItemLabel[bare] || vQuantityLabel[bare] || vPartyLabel[bare] || vDateLabel[bare] {
		return true, false
	}
	if v := strings.Trim(t, " \t:：#()[]"); v != "" && (orderIDLineRe.FindString(v) == v || asinWordRe.FindString(v) == v) {
		return true, false
	}
	if loc := orderIDLineRe.FindStringIndex(t); loc != nil {
		before := strings.Join(words(foldLine(t[:loc[0]])), " ")
		after := strings.Trim(t[loc[1]:], " \t:：)")
		if vOrderLabel[before] && after == "" {
			return true, false
		}
	}
	if asinWordRe.MatchString(t) {
		lt := strings.ToLower(t)
		if strings.Contains(lt, "[asin") || strings.Contains(lt, "(asin") || t[0] >= '0' && t[0] <= '9' || t[0] == '#' {
			return true, false
		}
	}
	hasASIN := false
	for _, w := range l.words {
		if w == "asin" {
			hasASIN = true
			break
		}
	}
	return hasASIN && len(l.words) <= 8 && !strings.ContainsAny(t, "?!") && !strings.HasSuffix(t, "."), false
}

// isTitle: a short heading naming Amazon or Seller Central ("Amazon
// Marketplace - Buyer-Seller Messaging", "Dear Amazon Seller,"). It is
// only wrapper above the buyer's first words.
func isTitle(l *wline, t string) bool {
	return len(l.words) <= 8 && (vAmazon.in(l) || vSellerCentral.in(l)) && !hasURL(t) &&
		!strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "？")
}
