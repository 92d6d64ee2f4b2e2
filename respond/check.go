package respond

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aftersale/aftersale"
)

// Rule names of Check findings. They are stored with drafts and shown to
// sellers, so they never change.
const (
	RuleLink             = "link"
	RuleEmail            = "email_address"
	RulePhone            = "phone_number"
	RuleOffAmazon        = "off_amazon_contact"
	RuleOffAmazonPayment = "off_amazon_payment"
	RuleOffAmazonMention = "off_amazon_mention"
	RuleReviewAsk        = "review_ask"
	RuleReviewIncentive  = "review_incentive"
	RuleReviewMention    = "review_mention"
	RuleFeedbackRequest  = "feedback_removal_request"
	RuleMarketing        = "marketing"
	RulePlaceholder      = "placeholder"
	RuleEmoji            = "emoji"
	RuleHTML             = "html"
	RuleLanguageMismatch = "language_mismatch"
	RuleMissingOrderID   = "missing_order_id"
	RuleBlankLines       = "blank_lines"
)

// Rules lists every rule with its severity, in the order Check reports
// them.
func Rules() []aftersale.Finding {
	b, w := aftersale.SeverityBlock, aftersale.SeverityWarn
	return []aftersale.Finding{
		{Rule: RuleLink, Severity: b, Detail: "links and web addresses other than allowed amazon.* ones, also written as \"example dot com\""},
		{Rule: RuleEmail, Severity: b, Detail: "email addresses, also written as \"name at gmail dot com\""},
		{Rule: RulePhone, Severity: b, Detail: "phone numbers, international and local"},
		{Rule: RuleOffAmazon, Severity: b, Detail: "asking the buyer to contact or buy outside Amazon (WhatsApp, WeChat, \"email us directly\", the seller's own website or contact form ...)"},
		{Rule: RuleOffAmazonPayment, Severity: b, Detail: "asking the buyer to pay or be paid outside Amazon (PayPal, bank transfer, IBAN, \"pay us directly\" ...)"},
		{Rule: RuleReviewAsk, Severity: b, Detail: "asking for a positive review or stars, for a review, a rating or kind words only when satisfied, for praise to be posted again, or to write to the seller before reviewing"},
		{Rule: RuleReviewIncentive, Severity: b, Detail: "anything of value (refund, replacement, gift, discount ...) offered with, for, before or after writing, changing or removing a review, in one sentence or across sentences"},
		{Rule: RuleMarketing, Severity: b, Detail: "marketing, coupons and promotion"},
		{Rule: RulePlaceholder, Severity: b, Detail: "unfilled template fields: {{name}}, [[name]], {name}, [NAME], <NAME>, %s, XXX, 〇〇様, 【追跡番号】"},
		{Rule: RuleFeedbackRequest, Severity: w, Detail: "asking to update or remove a review or feedback, tied to nothing: allowed only politely, once per order, after the problem is solved"},
		{Rule: RuleOffAmazonMention, Severity: w, Detail: "an outside channel or payment method named only to decline it or to explain Amazon's rules"},
		{Rule: RuleReviewMention, Severity: w, Detail: "any other mention of reviews or feedback"},
		{Rule: RuleEmoji, Severity: w, Detail: "emojis and emoticons"},
		{Rule: RuleHTML, Severity: w, Detail: "HTML tags, entities or Markdown styling"},
		{Rule: RuleLanguageMismatch, Severity: w, Detail: "the reply is in another language than the buyer's"},
		{Rule: RuleMissingOrderID, Severity: w, Detail: "no order id in the reply"},
		{Rule: RuleBlankLines, Severity: w, Detail: "more than two blank lines in a row"},
	}
}

// Issue is a Check finding with where it was found.
type Issue struct {
	aftersale.Finding
	// Offset and End are the byte span of the finding in the text; both
	// are -1 for findings about the whole text (missing order id,
	// language).
	Offset, End int
	// Line and Column (in characters) are 1-based; 0 for whole-text
	// findings.
	Line, Column int
}

// CheckOptions refine CheckText.
type CheckOptions struct {
	// BuyerLanguage is the language the buyer wrote in (ISO 639-1). When
	// set, a reply that clearly reads as another language gets a
	// language_mismatch warning. Empty turns the rule off.
	BuyerLanguage string
}

// Check runs the Amazon Communication Guidelines checks (docs/amazon.md, "Communication Guidelines")
// on a reply body and returns the findings without positions; see
// CheckText.
func Check(body string, s Settings) []aftersale.Finding {
	return Findings(CheckText(body, CheckOptions{}, s))
}

// CheckLang is Check plus the language_mismatch warning against the
// buyer's language buyerLang.
func CheckLang(body, buyerLang string, s Settings) []aftersale.Finding {
	return Findings(CheckText(body, CheckOptions{BuyerLanguage: buyerLang}, s))
}

// Findings drops the positions of issues.
func Findings(is []Issue) []aftersale.Finding {
	if len(is) == 0 {
		return nil
	}
	out := make([]aftersale.Finding, len(is))
	for i, x := range is {
		out[i] = x.Finding
	}
	return out
}

// CheckText runs the Amazon Communication Guidelines checks on a reply
// text, in every template language (en, de, fr, es, it, ja, zh); Rules
// lists them and docs/policy.md explains each. Block findings: links other
// than the allowed amazon.* domains (with or without scheme, spelled out),
// email addresses, phone numbers, asking the buyer to contact or pay
// outside Amazon, asks for a positive review or for reviews only from
// happy buyers, anything of value tied to writing, changing or removing a
// review, marketing, unfilled template fields. Warn findings: an outside
// channel named only to decline it, a neutral note that feedback may be
// updated, other mentions of reviews, emojis and emoticons, HTML or
// Markdown styling, a reply in another language than o.BuyerLanguage, no
// order id, more than two blank lines in a row. Order ids, tracking
// numbers, dates, times, amounts and postcodes are not phone numbers.
// Issues come in rule order, then text order.
func CheckText(text string, o CheckOptions, s Settings) []Issue {
	c := &checker{text: text}
	c.contact(s)
	c.offAmazon()
	c.offAmazonShapes()
	c.reviews()
	c.marketing()
	for _, sp := range findPlaceholders(text) {
		c.add(RulePlaceholder, block, sp, "unfilled template field %s: replace it with the real value before sending", text[sp[0]:sp[1]])
	}
	c.style()
	if want := normLang(o.BuyerLanguage); want != "" {
		if got := DetectLanguage(text); got != "" && got != want {
			c.add(RuleLanguageMismatch, warn, nil, "the reply reads as %s but the buyer wrote %s: reply in the buyer's language", langName(got), langName(want))
		}
	}
	if findOrderIDs(text, 1) == nil {
		c.add(RuleMissingOrderID, warn, nil, "no order id (3-7-7 digits) in the reply")
	}
	if sp := blankLinesRe.FindStringIndex(text); sp != nil {
		c.add(RuleBlankLines, warn, sp, "more than two blank lines in a row")
	}
	return c.issues
}

const (
	block = aftersale.SeverityBlock
	warn  = aftersale.SeverityWarn
)

type checker struct {
	text   string
	issues []Issue
	// bodyContact is the first e-mail address or phone number in the
	// text above the sign-off, or nil.
	bodyContact []int
	found       map[matcher][][]int // see hits
	sents       [][]int             // see sentences
	values      [][]int             // offers of value (valueRe, less notValueRe)
	refused     [][]int             // see refusals
}

// sentences returns the sentence spans of the text (sentenceSpans), once.
func (c *checker) sentences() [][]int {
	if c.sents == nil {
		c.sents = sentenceSpans(c.text)
	}
	return c.sents
}

// add records a finding at byte span sp (nil for the whole text).
func (c *checker) add(rule string, sev aftersale.Severity, sp []int, format string, args ...any) {
	is := Issue{Finding: aftersale.Finding{Rule: rule, Severity: sev, Detail: fmt.Sprintf(format, args...)}, Offset: -1, End: -1}
	if sp != nil {
		is.Offset, is.End = sp[0], sp[1]
		is.Line, is.Column = position(c.text, sp[0])
	}
	c.issues = append(c.issues, is)
}

// addOnce is add, unless a finding of the rule was already added.
func (c *checker) addOnce(rule string, sev aftersale.Severity, sp []int, format string, args ...any) {
	for _, is := range c.issues {
		if is.Rule == rule {
			return
		}
	}
	c.add(rule, sev, sp, format, args...)
}

// position returns the 1-based line and column (in characters) of byte
// offset off in s.
func position(s string, off int) (line, col int) {
	before := s[:off]
	line = strings.Count(before, "\n") + 1
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	return line, utf8.RuneCountInString(before) + 1
}

const tlds = `(?:com|net|org|info|biz|shop|store|online|site|io|co\.uk|co|eu|de|at|ch|uk|fr|it|es|nl|be|pl|se|jp|cn|us|ca|au|mx|br|in|ly|me|tv|gl|gd|app|dev|xyz|top|link|page|ai|cc|ru|pt|ie|kr|tw|hk|nz|club)`

var (
	schemeLinkRe = guard(`(?i)\b(?:https?://|www\.)[^\s<>"')\]]+`)
	// bareDomainRe finds host names without a scheme (example.com/shop).
	bareDomainRe = guard(`(?i)\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+` + tlds + `\b(?:/[^\s<>"')\]]*)?`)
	// obfLinkRe finds host names written to dodge filters: "example dot
	// com", "example[.]com", "example (dot) com", "example punkt de",
	// "example . com", "exampleドットcom". The loose words "point" and
	// "punto" ("point de vue", "punto de vista") are judged by
	// obfLinkLoose.
	obfLinkRe = guard(`(?i)\b([a-z0-9][a-z0-9-]{1,62})(\s*[(\[{<]\s*(?:dot|punkt|point|punto|\.)\s*[)\]}>]\s*|\s+(?:dot|punkt)\s+|\s*(?:ドット|点|點)\s*|[ \t]+\.[ \t]*|\s+(?:point|punto)\s+)(` + tlds + `)\b`)
	emailRe   = guard(`(?i)[a-z0-9._%+-]+(?:@|＠)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}`)
	// altAtEmailRe finds addresses with a stand-in for the @ that the
	// reply asks to replace ("service#shop.cn (replace # with @)").
	altAtEmailRe = guard(`(?i)\b[a-z0-9][a-z0-9._%+-]*[#＃★☆][a-z0-9-]+(?:\.[a-z0-9-]+)*\.` + tlds + `\b`)
	// obfEmailRe finds "name at gmail dot com", "name (at) gmail.com",
	// "name [at] web [dot] de", "name arroba gmail punto com".
	obfEmailRe = guard(`(?i)\b([a-z0-9][a-z0-9._%+-]*)\s*(?:[(\[{<]\s*(?:at|@|ät|arroba|arobase|chiocciola)\s*[)\]}>]|\s(?:at|ät|arroba|arobase|chiocciola)\s|\s@\s|アットマーク|艾特)\s*([a-z0-9-]+(?:\s*(?:\.|[(\[{<]\s*(?:dot|punkt|point|punto|\.)\s*[)\]}>]|\s(?:dot|punkt|point|punto)\s)\s*[a-z0-9-]+)*?)\s*(?:\.|[(\[{<]\s*(?:dot|punkt|point|punto|\.)\s*[)\]}>]|\s(?:dot|punkt|point|punto)\s|ドット)\s*(` + tlds + `)\b`)

	// Spans that look numeric but are not phone numbers: masked before
	// the phone scan (order ids, tracking numbers after their label,
	// amounts with a currency) or rejected when a whole candidate matches
	// (dates, ZIP+4 codes).
	orderIDRe  = guard(`\b\d{3}-\d{7}-\d{7}\b`)
	trackingRe = guard(`(?i:tracking|sendungs|paket|suivi|seguimiento|tracciamento|rastreamento|追跡|运单|跟踪)[^\n\d]{0,30}[\dA-Z][\dA-Z \-]{6,40}`)
	moneyRe    = guard(`(?i)(?:[€$£¥]|\b(?:eur|usd|gbp|jpy|chf|cad|aud|sek|pln|inr|mxn|brl|cny|rmb)\b)\s?\d[\d.,']*|\d[\d.,']*\s?(?:[€$£¥円元]|\b(?:eur|euro|usd|gbp|chf)\b)`)
	dateRe     = regexp.MustCompile(`^(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}[-./]\d{1,2}[-./]\d{1,2})\.?$`)
	// phoneCandRe finds runs of digits with the separators phone numbers
	// use; each run is then judged by looksLikePhone.
	phoneCandRe = regexp.MustCompile(`\+?\(?\d[\d\-./() ]{4,}\d`)
	phoneCtxRe  = guardAlt(`(?i)(?:phone|call\b|tel\b|tel\.|tél|telephone|mobile|cell|whats ?app|telefon|handy|anrufen|téléphone|portable|teléfono|móvil|telefono|cellulare|電話|携帯|电话|手机|联系方式)`)
	nanpRe      = regexp.MustCompile(`^\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}$`)
	zip4Re      = regexp.MustCompile(`^\d{5}-\d{4}$`)

	blankLinesRe = guard(`\n(?:[ \t]*\n){3,}`)
)

// contact finds links, email addresses and phone numbers.
func (c *checker) contact(s Settings) {
	text := c.text
	// Email addresses first, so their domains are not reported as links.
	emails := emailRe.FindAllStringIndex(text, -1)
	masked := maskSpans(text, emails)
	var obfEmails [][]int
	for _, m := range obfEmailRe.FindAllStringSubmatchIndex(masked, -1) {
		host := strings.ToLower(masked[m[4]:m[5]] + "." + masked[m[6]:m[7]])
		host = strings.Join(strings.Fields(host), "")
		if isAmazonHost(host) || strings.HasSuffix(host, ".amazon") {
			continue // "log in at amazon dot de" names Amazon, not an address
		}
		if strings.HasPrefix(host, "www.") || strings.HasPrefix(masked[m[1]:], "/") {
			continue // "found at www.shop.com", "sign up at shop.com/news": a web address
		}
		obfEmails = append(obfEmails, m[:2])
	}
	obfEmails = append(obfEmails, altAtEmailRe.FindAllStringIndex(masked, -1)...)
	masked = maskSpans(masked, obfEmails)

	seenLinks := map[string]bool{}
	linkSpans := schemeLinkRe.FindAllStringIndex(masked, -1)
	for _, sp := range linkSpans {
		l := strings.TrimRight(masked[sp[0]:sp[1]], ".,;:!?")
		if !linkAllowed(l, s.AllowedLinkDomains) && !seenLinks[l] {
			seenLinks[l] = true
			c.add(RuleLink, block, sp, "link %q: only links to allowed amazon.* domains may be sent", l)
		}
	}
	masked = maskSpans(masked, linkSpans)
	var bare [][]int
	if dotLetter(masked) {
		bare = bareDomainRe.FindAllStringIndex(masked, -1)
	}
	for _, sp := range bare {
		l := strings.TrimRight(masked[sp[0]:sp[1]], ".,;:!?")
		if isAmazonHost(hostOf(l)) && (!strings.Contains(l, "/") || linkAllowed(l, s.AllowedLinkDomains)) {
			continue // "Amazon.de" in running text names the marketplace; a path is a link
		}
		if !seenLinks[l] {
			seenLinks[l] = true
			c.add(RuleLink, block, sp, "web address %q: no links to other sites", l)
		}
	}
	masked = maskSpans(masked, bare)
	for _, m := range obfLinkRe.FindAllStringSubmatchIndex(masked, -1) {
		label, tld := strings.ToLower(masked[m[2]:m[3]]), strings.ToLower(masked[m[6]:m[7]])
		if label == "amazon" || isAmazonHost(label+"."+tld) {
			continue
		}
		switch sep := strings.ToLower(strings.TrimSpace(masked[m[4]:m[5]])); {
		case (sep == "point" || sep == "punto") && wordTLD[tld] && nextIsLower(masked[m[1]:]) && !slashNextRe.MatchString(masked[m[1]:]):
			continue // "point de vue", "punto de vista": words, not a domain
		case sep == "." && masked[m[6]:m[7]] != tld:
			continue // "order . It arrived": a stray space, not a domain
		}
		l := masked[m[0]:m[1]]
		if !seenLinks[l] {
			seenLinks[l] = true
			c.add(RuleLink, block, m[:2], "web address %q written to avoid filters: no links to other sites", l)
		}
	}
	for _, sp := range emails {
		c.add(RuleEmail, block, sp, "email address %q: remove it; buyers write to you through Amazon's messages", text[sp[0]:sp[1]])
	}
	for _, sp := range obfEmails {
		c.add(RuleEmail, block, sp, "email address %q written to avoid filters: remove it; buyers write to you through Amazon's messages", text[sp[0]:sp[1]])
	}
	noMail := maskSpans(text, append(append([][]int{}, emails...), obfEmails...))
	phones := findPhonesWide(noMail)
	for _, sp := range findSpokenPhones(noMail) {
		if !overlapsAny(sp, phones) {
			phones = append(phones, sp)
		}
	}
	sort.Slice(phones, func(i, j int) bool { return phones[i][0] < phones[j][0] })
	for _, sp := range phones {
		c.add(RulePhone, block, sp, "phone number %q: remove it; buyers reach you through Amazon's messages", strings.TrimSpace(text[sp[0]:sp[1]]))
	}
	// An address or number in the text (not in the sign-off) invites the
	// buyer to use it.
	sig := signatureStart(text)
	for _, list := range [][][]int{emails, obfEmails, phones} {
		for _, sp := range list {
			if sp[0] < sig && c.bodyContact == nil {
				c.bodyContact = sp
			}
		}
	}
}

// wordTLD are top-level domains that are also words after "point" or
// "punto" ("point de vue", "punto in comune").
var wordTLD = map[string]bool{"de": true, "es": true, "it": true, "in": true, "at": true, "be": true, "co": true, "me": true, "se": true, "us": true, "eu": true}

// slashNextRe: a spelled-out path after a spelled-out domain ("velo point
// fr slash notices").
var slashNextRe = regexp.MustCompile(`^\s*(?:/|slash\b|barre\b|schrägstrich\b|barra\b)`)

// dotLetter reports whether s has a '.' directly followed by an ASCII
// letter or a non-ASCII byte. Every match of bareDomainRe has one (the dot
// before its top-level domain, whose first letter (?i) may also match as
// the long s or the Kelvin sign), so a text without one has no bare domain
// and the costly expression is not run (TestDotLetterNecessary).
func dotLetter(s string) bool {
	for i := strings.IndexByte(s, '.'); i >= 0 && i+1 < len(s); {
		if c := s[i+1]; c >= utf8.RuneSelf || 'a' <= c|0x20 && c|0x20 <= 'z' {
			return true
		}
		j := strings.IndexByte(s[i+1:], '.')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// nextIsLower reports whether the first non-space character of s is a
// lower-case letter.
func nextIsLower(s string) bool {
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		return unicode.IsLower(r)
	}
	return false
}

// offAmazonRes are requests to contact or pay the seller outside Amazon's
// messaging, per language. Amazon's own customer service ("Amazon
// customer service can help you directly") is not matched: every pattern
// names the seller ("us", "uns", "nous" ...) or an outside channel.
var offAmazonRes = []*guardedAlt{
	// Outside channels and payment services, in any language.
	guardAlt(`(?i)\b(?:whats\s?app|we\s?chat|weixin|telegram|viber|skype|kakao\s?talk|facebook|messenger|instagram|pay\s?pal|venmo|zelle|cash\s?app|western union|moneygram|alipay|bizum|satispay|revolut|bitcoin|crypto|ebay|etsy|shopify|aliexpress|temu|cdiscount)\b|微信|支付宝|钉钉|淘宝|天猫|京东|楽天市場|ヤフーショッピング|ＬＩＮＥ|ライン(?:で|にて|ID)`),
	guardAlt(`\bLINE(?:\s*ID|で|にて|の|から|公式)|\bQQ\b|\bIBAN\b|(?i)\bline\s*(?:id|account|app)\b|\badd (?:me|us) on line\b|友だち追加|友達追加|(?:加|添加)(?:我们|我)?(?:为)?好友`),
	// Asking for the buyer's own contact details, or to call them.
	guardAlt(`(?i)\b(?:send|give|leave|share|tell|provide)\s+(?:us|me)?\s*(?:with\s+)?your\s+(?:private\s+|personal\s+|mobile\s+|cell\s+)?(?:phone|mobile|cell|telephone|whats\s?app|e-?mail|contact)(?:\s*(?:number|address|details))?|\bsend us your number\b|\b(?:we|i|our\s+\p{L}+)\s+(?:can|could|will|would|shall|'ll|’ll)\s+(?:give\s+you\s+a\s+call|call\s+you|ring\s+you|phone\s+you)\b` +
		`|\b(?:senden|schicken|geben|nennen|hinterlassen|teilen)\s+sie\s+(?:uns\s+)?(?:bitte\s+)?ihre\s+(?:telefon|handy|mobil)nummer|\brufen\s+wir\s+sie\s+(?:gern\s+|gerne\s+)?(?:an|zurück)\b|\b(?:envoyez|donnez|laissez|communiquez|indiquez)(?:-nous)?\s+votre\s+(?:numéro\s+de\s+(?:téléphone|portable)|adresse\s+e-?mail)|\bnous\s+vous\s+(?:appellerons|rappellerons|appelons)\b|\b(?:envíe|mande|facilite|indique|déje|díga)(?:nos)?\s+su\s+(?:número\s+de\s+(?:teléfono|móvil|whatsapp)|correo)|\ble\s+(?:llamamos|llamaremos)\b|\b(?:ci\s+)?(?:invii|mandi|lasci|indichi|comunichi)\s+il\s+suo\s+(?:numero\s+di\s+(?:telefono|cellulare)|indirizzo\s+e-?mail)|\bla\s+(?:chiamiamo|chiameremo|richiameremo)\b|お電話番号を(?:お知らせ|教えて|ご連絡)|お電話(?:いたします|させていただきます)|(?:留下|提供|告诉我们|发给我们|发送)(?:一下)?您的(?:电话|手机|微信|邮箱)|给您打电话`),
	// English.
	guardAlt(`(?i)\b(?:e-?mail|mail|write to|text|message|whatsapp|ping)\s+us\s+(?:directly|at|on|via|privately)\b|\bcontact\s+us\s+(?:directly|privately|outside|by (?:e-?mail|phone)|via (?:e-?mail|phone)|on\s+\S+|at\s+(?:our|\S+@|\+))|\breach\s+us\s+(?:directly|at\s+(?:our|\+|\S+@)|on\s+\S+)|\bcall\s+us\b|\b(?:our|my)\s+(?:private |personal |own )?(?:e-?mail(?: address)?|phone(?: number)?|mobile(?: number)?|whatsapp(?: number)?|website|web ?site|web ?shop|online shop)\b|\bour\s+(?:own\s+)?(?:site|homepage|web\s?page|app)\b|\b(?:outside(?: of)?|bypass(?:ing)?)\s+amazon\b|\boff[- ]amazon\b|\b(?:bank|wire) transfer\b|\bbank (?:account|details)\b|\bsend (?:us )?(?:an? )?e-?mail to\b|\bpay (?:us )?directly\b`),
	// The seller's own website, web shop or contact form, without an address.
	guardAlt(`(?i)\bour (?:own |official |brand(?:'s|’s)? |company(?:'s|’s)? )?(?:online |web ?|e-?)(?:store|shop|site)\b|\bour (?:own|official|brand(?:'s|’s)?|company(?:'s|’s)?|brand|company) (?:store|shop|site|website|web ?site|homepage)\b|\bcontact form\b` +
		`|\bunser(?:em|en|er|e)? (?:eigenen? |offiziellen? )?(?:online-?shop|webshop|internetshop|internetseite|webseite|website|homepage)\b|\bkontaktformular\p{L}*` +
		`|\bnotre (?:propre )?(?:site(?: marchand| officiel| internet| web)?|e-?boutique|boutique (?:en ligne|officielle|web)|page web|e-?shop)\b|\bformulaire de contact\b` +
		`|\bnuestra (?:propia )?(?:tienda (?:online|en línea|web|oficial)|web|página(?: web)?)(?:[^\p{L}]|$)|\bnuestro (?:propio )?(?:sitio|portal|e-?shop|shop online)\b|\bformulario de contacto\b` +
		`|\bnostr[oa] (?:propri[oa] )?(?:sito|shop online|negozio online|e-?shop|webshop|portale|pagina web|homepage)\b|\bmodulo di contatto\b` +
		`|(?:当店|弊社|私ども|自社|ショップ)(?:の)?(?:公式)?(?:オンラインショップ|ネットショップ|ホームページ|ウェブサイト|サイト|HP|直営店|通販サイト)|お問い合わせフォーム|問い合わせフォーム` +
		`|(?:我们的|我们|本店|我司|本公司)(?:的)?(?:官网|官方网站|网站|独立站|网店|官方商城|商城|淘宝店|天猫店)|独立站|联系表单|联系表格|在线表单|官方网站`),
	// German.
	guardAlt(`(?i)\b(?:schreiben|mailen|kontaktieren)\s+sie\s+uns\s+(?:direkt|privat|per\s+(?:e-?mail|mail|whatsapp|telefon)|unter|an\b|über\s+(?:whatsapp|e-?mail|unsere))|\brufen\s+sie\s+uns\b|\bunsere\s+(?:e-?mail(?:-adresse)?|telefonnummer|handynummer|whatsapp-nummer|webseite|website|homepage)\b|\baußerhalb\s+von\s+amazon\b|\bper\s+(?:e-?mail|überweisung)\s+an\s+uns\b|\b(?:bank)?überweisung\s+(?:an|auf)\s+unser|\bkontonummer\b|\bbankverbindung\b|\bdirekt\s+(?:bei|an)\s+uns\s+(?:bestellen|kaufen|zahlen|bezahlen|schreiben)`),
	// French.
	guardAlt(`(?i)(?:écrivez|envoyez|contactez|appelez)-nous\b|\bcontacter\s+directement\b|\bnous\s+contacter\s+(?:directement|à|au|par\s+(?:e-?mail|mail|téléphone|whatsapp))|\bnotre\s+(?:adresse\s+(?:e-?mail|mail|électronique)|numéro\s+de\s+(?:téléphone|portable|whatsapp)|site(?:\s+web|\s+internet)?|boutique\s+en\s+ligne)\b|\b(?:en\s+dehors|hors)\s+d['’]amazon\b|\bvirement\s+bancaire\b|\bpar\s+virement\b|\bcoordonnées\s+bancaires\b|\bRIB\b|\bpayer\s+directement\b`),
	// Spanish.
	guardAlt(`(?i)(?:escríbanos|escribanos|contáctenos|contactenos|llámenos|llamenos|envíenos\s+un\s+(?:correo|e-?mail|mensaje\s+(?:a|por)))\b|\bcontacte\s+con\s+nosotros\s+(?:directamente|en|al|por)\b|\bnuestro\s+(?:correo(?:\s+electrónico)?|e-?mail|teléfono|número\s+de\s+(?:teléfono|móvil|whatsapp)|sitio\s+web|página\s+web|whatsapp)\b|\bfuera\s+de\s+amazon\b|\btransferencia\s+bancaria\b|\bpor\s+transferencia\b|\bdatos\s+bancarios\b|\bpagar(?:nos)?\s+directamente\b`),
	// Italian.
	guardAlt(`(?i)\b(?:scriveteci|contattateci|chiamateci)\b|\bci\s+(?:scriva|contatti|chiami|invii\s+un['’ ]?e-?mail)\s*(?:direttamente|a\b|al\b|all['’]|via|per\s+(?:e-?mail|telefono)|su)?|\b(?:il\s+)?nostro\s+(?:indirizzo\s+e-?mail|numero\s+di\s+(?:telefono|cellulare|whatsapp)|sito(?:\s+web|\s+internet)?|negozio\s+online)\b|\b(?:al\s+di\s+)?fuori\s+da(?:\s+|\s*l\s*)?amazon\b|\bbonifico(?:\s+bancario)?\b|\bcoordinate\s+bancarie\b|\bpagare\s+direttamente\b`),
	// Japanese.
	guardAlt(`直接(?:当店|弊社|私ども)?(?:に|へ|まで)?(?:ご)?(?:連絡|メール|お電話|電話|ご連絡)|(?:メール|電話|携帯|お電話)(?:で|にて)(?:直接)?(?:ご)?連絡|(?:当店|弊社|私ども)の(?:電話番号|メールアドレス|ホームページ|ウェブサイト)|(?:電話番号|メールアドレス)[はを:：]|(?:メールアドレス|電話番号)\s*\S*\s*まで|までご連絡ください|お電話ください|(?:Amazon|アマゾン)(?:外|以外|を通さず|を介さず)|(?:銀行)?振(?:り)?込(?:み)?|口座番号|公式サイト`),
	// Chinese.
	guardAlt(`直接联系我们|私下联系|私聊|加我|加我们|联系电话|我们的电话|我们的邮箱|邮箱地址|发邮件到|(?:亚马逊|Amazon)(?:以外|之外)|站外|绕过(?:亚马逊|Amazon)|转账|我们的官网|本店官网`),
}

// hereNextRe: the words after "write to us" keep the buyer in this
// thread.
var hereNextRe = regexp.MustCompile(`(?i)^[^.!?\n]*?(?:\b(?:ici|here|hier|qui|in this (?:thread|message|conversation)|dans cette (?:conversation|messagerie)|par la messagerie|via (?:la )?messagerie|über (?:die |das )?amazon|por la mensajería|a través de amazon|tramite (?:la )?messaggistica|on amazon|sur amazon|su amazon|through amazon)\b|aquí|ここ|这里|此处)`)

// offAmazon finds requests to contact or pay outside Amazon.
func (c *checker) offAmazon() {
	var spans [][]int
	for _, re := range offAmazonRes {
		spans = append(spans, re.FindAllStringIndex(c.text, -1)...)
	}
	sortSpans(spans)
	last := -1
	for _, sp := range spans {
		if sp[0] < last {
			continue // overlaps the previous finding
		}
		last = sp[1]
		name := strings.TrimSpace(c.text[sp[0]:sp[1]])
		if !offAmazonRes[0].MatchString(name) && !offAmazonRes[1].MatchString(name) && hereNextRe.MatchString(c.text[sp[1]:]) {
			continue // "écrivez-nous ici", "escríbanos aquí": on Amazon's messages
		}
		if contactFormRe.MatchString(name) && c.amazonSentence(sp) {
			continue // Amazon's own contact form
		}
		if c.refusedAt(sp) {
			c.addOnce(RuleOffAmazonMention, warn, sp, "%q is named in a refusal or an explanation of Amazon's rules: fine, as long as the reply keeps the buyer on Amazon's messages and payments", name)
			continue
		}
		if c.seenOn(sp) {
			c.addOnce(RuleOffAmazonMention, warn, sp, "%q is named as where something was seen, with no invitation to contact you there: fine, as long as the reply keeps the buyer on Amazon's messages", name)
			continue
		}
		c.add(offAmazonRule(name), block, sp, "%q: never ask the buyer to contact or pay you outside Amazon; keep the conversation and any payment on Amazon", name)
	}
	if sp := c.bodyContact; sp != nil {
		c.addOnce(RuleOffAmazon, block, sp, "%q in the reply invites the buyer to contact you outside Amazon: ask them to reply to this message instead", strings.TrimSpace(c.text[sp[0]:sp[1]]))
	}
}

// contactFormRe: a contact form, which is the seller's unless the
// sentence names Amazon.
var contactFormRe = regexp.MustCompile(`(?i)contact form|kontaktformular|formulaire de contact|formulario de contacto|modulo di contatto|問い合わせフォーム|联系表单|联系表格|在线表单`)

// amazonSentence reports whether the sentence holding sp names Amazon.
func (c *checker) amazonSentence(sp []int) bool {
	for _, s := range c.sentences() {
		if s[0] <= sp[0] && sp[0] < s[1] {
			return within(c.hits(amazonNameRe), s[0], s[1])
		}
	}
	return false
}

func sortSpans(spans [][]int) {
	for i := 1; i < len(spans); i++ {
		for j := i; j > 0 && (spans[j][0] < spans[j-1][0] || spans[j][0] == spans[j-1][0] && spans[j][1] > spans[j-1][1]); j-- {
			spans[j], spans[j-1] = spans[j-1], spans[j]
		}
	}
}

// uw wraps alternatives so they match only as whole words, also for words
// that start or end with non-ASCII letters (RE2's \b is ASCII-only).
func uw(alts string) string {
	return `(?:^|[^\p{L}\p{N}_])(?:` + alts + `)(?:[^\p{L}\p{N}_]|$)`
}

var marketingRe = guardAlt(`(?i)discount codes?|promo(?:tion)?(?:al)? codes?|\bpromo\b|\bpromotions?\b|coupons?|\d+\s?% off|visit our (?:amazon )?(?:store|shop|website|site)|our other products|check out our|newsletter|follow us|\bsale\b|\bspecial offer` +
	`|rabattcode|gutscheincode|besuchen sie unseren (?:shop|store|amazon-shop)|unsere anderen produkte|folgen sie uns|\bangebot des tages` +
	`|code promo|code de réduction|bon de réduction|\d+\s?% de réduction|visitez notre (?:boutique|magasin|site)|nos autres (?:produits|articles)|suivez-nous|\bsoldes\b|offre spéciale` +
	`|código (?:de descuento|promocional)|cupón|\d+\s?% de descuento|visite nuestra tienda|nuestros otros productos|síganos|oferta especial|\brebajas\b|\bpromoción` +
	`|codice (?:sconto|promozionale)|buono sconto|\d+\s?% di sconto|visit(?:ate|i) il nostro negozio|i nostri altri prodotti|seguiteci|offerta speciale|\bpromozione|\bsaldi\b` +
	`|クーポン|割引コード|プロモーションコード|セール|キャンペーン|\d+\s?[%％]\s?(?:オフ|OFF|割引)|他の商品もぜひ|ストアをご覧|フォローして|メルマガ|新商品のご案内` +
	`|优惠券|折扣码|优惠码|促销|打折|店铺其他|其他产品|关注我们|新品上市|限时优惠`)

var (
	htmlTagRe    = guard(`(?i)</?(?:a|b|i|u|p|br|hr|div|span|font|strong|em|h[1-6]|table|tr|td|th|ul|ol|li|img|center|style|html|body|head|small|big|mark|sup|sub)\b[^<>]*>`)
	htmlEntityRe = guard(`&(?:nbsp|amp|lt|gt|quot|apos|euro|#\d{2,5}|#x[0-9a-fA-F]{2,4});`)
	markdownRe   = guard(`\*\*[^*\n]+\*\*|__[^_\n]+__|(?m)^#{1,6}\s+\S`)
	emoticonRe   = guard(`(?:^|\s)(?:[:;=]-?[)(DPp]|\^_?\^|<3|xD|XD|m\(_ _\)m|\(\^[_o-]?\^\))(?:[\s.,!?]|$)`)
)

// style finds emojis, emoticons and HTML or Markdown styling.
func (c *checker) style() {
	if sp, e := findEmojis(c.text); e != "" {
		c.add(RuleEmoji, warn, sp, "emojis %q: Amazon does not allow emojis", e)
	} else if sp := emoticonRe.FindStringIndex(c.text); sp != nil {
		c.add(RuleEmoji, warn, sp, "emoticon %q: Amazon does not allow emojis", strings.TrimSpace(c.text[sp[0]:sp[1]]))
	}
	var spans [][]int
	for _, re := range []*guarded{htmlTagRe, htmlEntityRe, markdownRe} {
		spans = append(spans, re.FindAllStringIndex(c.text, -1)...)
	}
	if len(spans) > 0 {
		sortSpans(spans)
		var found []string
		for _, sp := range spans {
			if len(found) < 5 {
				found = append(found, c.text[sp[0]:sp[1]])
			}
		}
		c.add(RuleHTML, warn, spans[0], "HTML or styling %q: send plain text only", strings.Join(found, " "))
	}
}

// maskSpans replaces the given byte spans with spaces of the same length.
func maskSpans(s string, spans [][]int) string {
	if len(spans) == 0 {
		return s
	}
	b := []byte(s)
	for _, sp := range spans {
		for i := sp[0]; i < sp[1]; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// maskSpansWith replaces the bytes of the given spans with c.
func maskSpansWith(s string, spans [][]int, c byte) string {
	if len(spans) == 0 {
		return s
	}
	b := []byte(s)
	for _, sp := range spans {
		for i := sp[0]; i < sp[1]; i++ {
			b[i] = c
		}
	}
	return string(b)
}

// findOrderIDs returns the spans of orderIDRe's matches in s (at most n
// of them, all when n < 0), as orderIDRe.FindAllStringIndex does, without
// running the regexp: the expression has a fixed length, so the leftmost
// matches are found by trying each position (TestFindOrderIDsAgrees).
func findOrderIDs(s string, n int) [][]int {
	const size = 3 + 1 + 7 + 1 + 7
	var out [][]int
	for i := 0; i+size <= len(s) && (n < 0 || len(out) < n); {
		d := strings.IndexByte(s[i:], '-')
		if d < 0 {
			break
		}
		start := i + d - 3 // the first '-' of a match is its fourth byte
		if start < i {
			i += d + 1
			continue
		}
		if start+size <= len(s) && isOrderIDAt(s, start) {
			out = append(out, []int{start, start + size})
			i = start + size
			continue
		}
		i += d + 1
	}
	return out
}

// isOrderIDAt reports whether \b\d{3}-\d{7}-\d{7}\b matches at s[i:].
func isOrderIDAt(s string, i int) bool {
	if i > 0 && isWordByte(s[i-1]) || i+19 < len(s) && isWordByte(s[i+19]) {
		return false
	}
	for k := range 19 {
		c := s[i+k]
		if k == 3 || k == 11 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// isPhoneByte reports whether c may be part of a match of phoneCandRe.
func isPhoneByte(c byte) bool {
	return c >= '0' && c <= '9' || c == '+' || c == '(' || c == ')' || c == '-' || c == '.' || c == '/' || c == ' '
}

// phoneCands returns the spans of phoneCandRe's matches in s (at most n,
// all when n < 0), as phoneCandRe.FindAllStringIndex does. A match is made
// of isPhoneByte bytes only and the expression has no assertions, so the
// matches are those of the regexp run on each maximal run of such bytes
// that is long enough (six bytes, two digits): short runs cost no regexp
// call (TestPhoneCandsAgrees).
func phoneCands(s string, n int) [][]int {
	var out [][]int
	for i := 0; i < len(s) && (n < 0 || len(out) < n); {
		if !isPhoneByte(s[i]) {
			i++
			continue
		}
		j, digits := i, 0
		for ; j < len(s) && isPhoneByte(s[j]); j++ {
			if s[j] >= '0' && s[j] <= '9' {
				digits++
			}
		}
		if j-i >= 6 && digits >= 2 {
			left := -1
			if n >= 0 {
				left = n - len(out)
			}
			for _, sp := range phoneCandRe.FindAllStringIndex(s[i:j], left) {
				out = append(out, []int{i + sp[0], i + sp[1]})
			}
		}
		i = j
	}
	return out
}

// maskRe replaces every match of re with 'x' (keeping byte offsets), so
// that the masked text no longer looks like digits.
func maskRe(s string, re *guarded) string {
	return re.ReplaceAllStringFunc(s, func(m string) string { return strings.Repeat("x", len(m)) })
}

// findPhones returns the byte spans of phone numbers in text.
// findPhonesWide is findPhones that also reads numbers written in
// full-width digits and separators (０３－１２３４－５６７８, common in
// Japanese and Chinese text): they are folded to ASCII for the scan and
// the spans mapped back to text.
func findPhonesWide(text string) [][]int {
	folded, at := foldWidth(text)
	if at == nil {
		return findPhones(text)
	}
	spans := findPhones(folded)
	for _, sp := range spans {
		sp[0], sp[1] = at[sp[0]], at[sp[1]]
	}
	return spans
}

// foldWidth maps full-width digits, plus signs, hyphens, brackets, dots,
// slashes and the ideographic space to their ASCII forms. at[i] is the
// offset in s of the folded string's byte i (and at[len] = len(s)); at is
// nil when s has nothing to fold.
func foldWidth(s string) (folded string, at []int) {
	if !strings.ContainsFunc(s, wideFoldable) {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	at = make([]int, 0, len(s)+1)
	for i, r := range s {
		if wideFoldable(r) {
			if r == '\u3000' {
				r = ' '
			} else {
				r -= 0xFEE0
			}
			b.WriteByte(byte(r))
			at = append(at, i)
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:]) // 1 for a byte that is not UTF-8
		b.WriteString(s[i : i+n])
		for j := range n {
			at = append(at, i+j)
		}
	}
	at = append(at, len(s))
	return b.String(), at
}

// wideFoldable reports whether foldWidth folds r.
func wideFoldable(r rune) bool {
	switch {
	case r >= '０' && r <= '９':
		return true
	case r == '＋', r == '－', r == '（', r == '）', r == '．', r == '／', r == '\u3000':
		return true
	}
	return false
}

func findPhones(text string) [][]int {
	// Masking only turns characters into "x", so it never creates a
	// candidate: when none is left once order ids are masked, the costlier
	// tracking and money masks are skipped (the result is the same).
	masked := maskSpansWith(text, findOrderIDs(text, -1), 'x')
	if phoneCands(masked, 1) == nil {
		return nil
	}
	for _, re := range []*guarded{trackingRe, moneyRe} {
		masked = maskRe(masked, re)
	}
	var out [][]int
	seen := map[string]bool{}
	lang := "" // of the text, looked up for the first grouped run the shapes reject
	for _, sp := range phoneCands(masked, -1) {
		start, end := sp[0], sp[1]
		// Trim unbalanced brackets and separators at the edges.
		for start < end && strings.ContainsRune(".-/) ", rune(masked[start])) {
			start++
		}
		cand := strings.TrimRight(masked[start:end], "(-./ ")
		end = start + len(cand)
		if cand == "" {
			continue
		}
		// A run glued to letters or other digits is part of a code
		// (tracking numbers like 1Z999AA10123456784, ASINs, SKUs).
		if start > 0 && isWordByte(masked[start-1]) || end < len(masked) && isWordByte(masked[end]) {
			continue
		}
		if seen[cand] {
			continue
		}
		ctx := masked[max(0, start-40):start]
		if labelledNumber(cand, masked[max(0, start-80):start]) || fourGroups(cand) && !phoneCtxRe.MatchString(ctx) {
			continue // "part number 0228-5571-903", "1234 5678 9012"
		}
		phone := looksLikePhone(cand, phoneCtxRe.MatchString(ctx))
		if !phone && strings.ContainsAny(cand, " -.") && !strings.HasPrefix(cand, "0") {
			if lang == "" {
				lang = DetectLanguage(text)
			}
			phone = nationalPhone(cand, lang)
		}
		if phone {
			seen[cand] = true
			out = append(out, []int{start, end})
		}
	}
	return out
}

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// looksLikePhone judges one candidate run of digits and separators.
// International numbers (+49 ..., 0049 ...) and bracketed area codes are
// phones at 7-15 digits; national numbers need a trunk 0 and separators
// (030 1234567, 0171-1234567, 07700 900123, 090-1234-5678) or the North
// American 3-3-4 shape. A plain digit string is a phone only beside a word
// like "phone" or "call", because tracking and reference numbers look the
// same.
func looksLikePhone(cand string, phoneContext bool) bool {
	digits := 0
	for _, r := range cand {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	hasSep := strings.ContainsAny(cand, " -./()")
	switch {
	case digits < 7 || digits > 15:
		return false
	case phoneContext:
		return true
	case strings.HasPrefix(cand, "+"):
		return true
	case strings.HasPrefix(cand, "00") && digits >= 9:
		return true
	case strings.HasPrefix(cand, "("):
		return true
	case zip4Re.MatchString(cand), dateRe.MatchString(cand):
		return false
	case nanpRe.MatchString(cand):
		return true
	case hasSep && strings.HasPrefix(cand, "0") && digits >= 8 && digits <= 13:
		return true
	}
	return false
}

// linkAllowed reports whether link points to an allowed amazon.* domain.
func linkAllowed(link string, allowed []string) bool {
	host := hostOf(link)
	if !isAmazonHost(host) {
		return false
	}
	for _, d := range allowed {
		d = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(d), "."))
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

func hostOf(link string) string {
	l := link
	if !strings.Contains(strings.ToLower(l), "://") {
		l = "http://" + l
	}
	u, err := url.Parse(l)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// isAmazonHost reports whether host is amazon.<tld> or a subdomain of it
// (www.amazon.de, sellercentral.amazon.co.uk), and not a look-alike such
// as amazon.de.evil.com.
var amazonHostRe = regexp.MustCompile(`^(?:[a-z0-9-]+\.)*` + aftersale.MarketplaceDomainPattern + `$`)

func isAmazonHost(host string) bool { return amazonHostRe.MatchString(host) }

// findEmojis returns the emojis in s, concatenated, and the span from the
// first to the last.
func findEmojis(s string) ([]int, string) {
	var b strings.Builder
	first, last := -1, -1
	for i, r := range s {
		if isEmoji(r) {
			if first < 0 {
				first = i
			}
			last = i + utf8.RuneLen(r)
			b.WriteRune(r)
		}
	}
	if first < 0 {
		return nil, ""
	}
	return []int{first, last}, b.String()
}

func isEmoji(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || // pictographs, emoticons, transport, flags
		r >= 0x2600 && r <= 0x27BF || // miscellaneous symbols, dingbats
		r >= 0x2B50 && r <= 0x2B55 || // stars and circles
		r == 0xFE0F // emoji presentation selector
}
