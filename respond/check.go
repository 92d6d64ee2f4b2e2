package respond

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/aftersale/aftersale"
)

// Rule names of Check findings. They are stored with drafts and shown to
// sellers, so they never change.
const (
	RuleLink           = "link"
	RuleEmail          = "email_address"
	RulePhone          = "phone_number"
	RuleReviewAsk      = "review_ask"
	RuleReviewMention  = "review_mention"
	RuleMarketing      = "marketing"
	RulePlaceholder    = "placeholder"
	RuleEmoji          = "emoji"
	RuleMissingOrderID = "missing_order_id"
	RuleBlankLines     = "blank_lines"
)

var (
	schemeLinkRe = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"')\]]+`)
	// bareDomainRe finds host names without a scheme (example.com/shop).
	bareDomainRe = regexp.MustCompile(`(?i)\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|info|biz|shop|store|online|site|io|co|eu|de|at|ch|uk|fr|it|es|nl|be|pl|se|jp|cn|us|ca|au|mx|br|in)\b(?:/[^\s<>"')\]]*)?`)
	emailRe      = regexp.MustCompile(`(?i)[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}`)

	// Spans that look numeric but are not phone numbers: masked before
	// the phone scan (order ids, tracking numbers after their label,
	// amounts with a currency) or rejected when a whole candidate matches
	// (dates, ZIP+4 codes).
	orderIDRe  = regexp.MustCompile(`\b\d{3}-\d{7}-\d{7}\b`)
	trackingRe = regexp.MustCompile(`(?i:tracking|sendungs|paket|suivi|seguimiento|tracciamento|rastreamento|追跡|运单|跟踪)[^\n\d]{0,30}[\dA-Z][\dA-Z \-]{6,40}`)
	moneyRe    = regexp.MustCompile(`(?i)(?:[€$£¥]|\b(?:eur|usd|gbp|jpy|chf|cad|aud|sek|pln|inr|mxn|brl)\b)\s?\d[\d.,']*|\d[\d.,']*\s?(?:[€$£¥]|\b(?:eur|euro|usd|gbp|chf)\b)`)
	dateRe     = regexp.MustCompile(`^(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}[-./]\d{1,2}[-./]\d{1,2})\.?$`)
	// phoneCandRe finds runs of digits with the separators phone numbers
	// use; each run is then judged by looksLikePhone.
	phoneCandRe = regexp.MustCompile(`\+?\(?\d[\d\-./() ]{4,}\d`)
	phoneCtxRe  = regexp.MustCompile(`(?i)(?:phone|call\b|tel\b|tel\.|telephone|mobile|cell|whats ?app|telefon|handy|anrufen|téléphone|portable|teléfono|móvil|telefono|cellulare|電話|电话|手机)`)
	nanpRe      = regexp.MustCompile(`^\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}$`)
	zip4Re      = regexp.MustCompile(`^\d{5}-\d{4}$`)

	reviewWord   = `(?:\b(?:reviews?|feedback|ratings?|stars?|bewertung(?:en)?|rezension(?:en)?|avis|valoraci[oó]n|recensione|valutazione)\b|évaluation|reseñas?|レビュー|評価|评价|好评|差评)`
	reviewWordRe = regexp.MustCompile(`(?i)` + reviewWord)
	// positiveReviewRe: asking for a positive review is forbidden outright.
	positiveReviewRe = regexp.MustCompile(`(?i)(?:positive|good|great|5[- ]?stars?|five[- ]?stars?|fünf[- ]?sterne|5[- ]?sterne|positiv\w*|gute|bonne|buena|buona)\s+` + reviewWord + `|好评|五星`)
	// changeReviewRe: asking to remove or change a review or feedback.
	changeReviewRe = regexp.MustCompile(`(?i)\b(?:remov|delet|chang|updat|revis|edit|withdr[ae]w|tak\w* down|amend|reconsider|modif)\w*\s+(?:\w+\s+){0,3}` + reviewWord +
		`|` + reviewWord + `\s+(?:\w+\s+){0,3}(?:removed|deleted|changed|updated|revised|withdrawn|entfernen|löschen|ändern|anpassen|zurückziehen)` +
		`|(?:entfernen|löschen|ändern|anpassen)\s+(?:\w+\s+){0,3}` + reviewWord)
	// incentiveRe: anything of value that a review must never be tied to.
	incentiveRe      = regexp.MustCompile(`(?i)\b(?:refunds?|reship\w*|replacements?|discounts?|gifts?|gift cards?|vouchers?|free|compensation|money back|coupons?|rebates?|cashback|bonus|erstattung|rückerstattung|gutschein\w*|rabatt\w*|geschenk\w*|gratis|kostenlos|ersatz)\b|返现|退款|红包`)
	conditionRe      = regexp.MustCompile(`(?i)\b(?:for|if|in exchange|in return|once|after|when|wenn|falls|gegen|für|sobald)\b`)
	satisfiedRe      = regexp.MustCompile(`(?i)\bif you (?:are|were|feel) (?:\w+ )?(?:satisfied|happy|pleased)|wenn sie zufrieden`)
	marketingRe      = regexp.MustCompile(`(?i)discount codes?|promo(?:tion)?(?:al)? codes?|\bpromo\b|\bpromotions?\b|coupons?|\d+\s?% off|visit our (?:amazon )?(?:store|shop|website|site)|our other products|check out our|newsletter|follow us|rabattcode|gutscheincode|besuchen sie unseren (?:shop|store)|\bsale\b`)
	placeholderAnyRe = regexp.MustCompile(`\[\[[^\]\n]*\]\]`)
	blankLinesRe     = regexp.MustCompile(`\n(?:[ \t]*\n){3,}`)
	sentenceSplitRe  = regexp.MustCompile(`[.!?。！？\n]+`)
)

// Check runs the Amazon Communication Guidelines checks (amazon.md §2.6) on
// a reply body. Block findings: links other than the allowed amazon.*
// domains, email addresses, phone numbers, review or feedback asks
// (positive, changed/removed, tied to anything of value, or conditioned on
// satisfaction), marketing and coupons, unfilled [[placeholders]]. Warn
// findings: emojis, no order id, more than two blank lines in a row, any
// other mention of reviews or feedback. Order ids, tracking numbers, dates,
// times, amounts and postcodes are not phone numbers. Findings come in rule
// order, then text order.
func Check(body string, s Settings) []aftersale.Finding {
	var fs []aftersale.Finding
	add := func(rule string, sev aftersale.Severity, format string, args ...any) {
		fs = append(fs, aftersale.Finding{Rule: rule, Severity: sev, Detail: fmt.Sprintf(format, args...)})
	}
	block, warn := aftersale.SeverityBlock, aftersale.SeverityWarn

	// Email addresses first, so their domains are not reported as links.
	emails := emailRe.FindAllStringIndex(body, -1)
	noEmail := maskSpans(body, emails)

	seenLinks := map[string]bool{}
	linkSpans := schemeLinkRe.FindAllStringIndex(noEmail, -1)
	for _, sp := range linkSpans {
		l := strings.TrimRight(noEmail[sp[0]:sp[1]], ".,;:!?")
		if !linkAllowed(l, s.AllowedLinkDomains) && !seenLinks[l] {
			seenLinks[l] = true
			add(RuleLink, block, "link %q: only links to allowed amazon.* domains may be sent", l)
		}
	}
	for _, l := range bareDomainRe.FindAllString(maskSpans(noEmail, linkSpans), -1) {
		l = strings.TrimRight(l, ".,;:!?")
		if isAmazonHost(hostOf(l)) {
			continue // a mention of Amazon's own site is not a link elsewhere
		}
		if !seenLinks[l] {
			seenLinks[l] = true
			add(RuleLink, block, "web address %q: no links to other sites", l)
		}
	}
	for _, sp := range emails {
		add(RuleEmail, block, "email address %q: no email addresses", body[sp[0]:sp[1]])
	}
	for _, p := range findPhones(noEmail) {
		add(RulePhone, block, "phone number %q: no phone numbers", p)
	}

	reviewFound := false
	for _, sent := range sentenceSplitRe.Split(body, -1) {
		if !reviewWordRe.MatchString(sent) {
			continue
		}
		sent = strings.TrimSpace(sent)
		switch {
		case positiveReviewRe.MatchString(sent):
			add(RuleReviewAsk, block, "asks for a positive review or rating: %q", sent)
		case changeReviewRe.MatchString(sent):
			add(RuleReviewAsk, block, "asks to change or remove a review or feedback: %q", sent)
		case incentiveRe.MatchString(sent) && conditionRe.MatchString(sent):
			add(RuleReviewAsk, block, "ties a review or feedback to something of value: %q", sent)
		case satisfiedRe.MatchString(sent):
			add(RuleReviewAsk, block, "asks for a review only when satisfied: %q", sent)
		default:
			if !reviewFound {
				add(RuleReviewMention, warn, "mentions reviews or feedback: %q; never ask for or tie anything to one", sent)
			}
		}
		reviewFound = true
	}
	for _, m := range marketingRe.FindAllString(body, -1) {
		add(RuleMarketing, block, "marketing or coupon language %q: no promotion in buyer messages", m)
	}
	for _, p := range placeholderAnyRe.FindAllString(body, -1) {
		add(RulePlaceholder, block, "unfilled placeholder %s: fill it in before approval", p)
	}
	if e := findEmojis(body); e != "" {
		add(RuleEmoji, warn, "emojis %q: Amazon does not allow emojis", e)
	}
	if !orderIDRe.MatchString(body) {
		add(RuleMissingOrderID, warn, "no order id (3-7-7 digits) in the reply")
	}
	if blankLinesRe.MatchString(strings.ReplaceAll(body, "\r\n", "\n")) {
		add(RuleBlankLines, warn, "more than two blank lines in a row")
	}
	return fs
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

// maskRe replaces every match of re with 'x' (keeping byte offsets), so
// that the masked text no longer looks like digits.
func maskRe(s string, re *regexp.Regexp) string {
	return re.ReplaceAllStringFunc(s, func(m string) string { return strings.Repeat("x", len(m)) })
}

func findPhones(text string) []string {
	masked := text
	for _, re := range []*regexp.Regexp{orderIDRe, trackingRe, moneyRe} {
		masked = maskRe(masked, re)
	}
	var out []string
	seen := map[string]bool{}
	for _, sp := range phoneCandRe.FindAllStringIndex(masked, -1) {
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
		ctx := masked[max(0, start-40):start]
		if looksLikePhone(cand, phoneCtxRe.MatchString(ctx)) && !seen[cand] {
			seen[cand] = true
			out = append(out, strings.TrimSpace(text[start:end]))
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
// (030 1234567, 0171-1234567, 07700 900123) or the North American 3-3-4
// shape. A plain digit string is a phone only beside a word like "phone"
// or "call", because tracking and reference numbers look the same.
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
var amazonHostRe = regexp.MustCompile(`^(?:[a-z0-9-]+\.)*amazon\.(?:com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|ie|com\.tr|ae|sa|eg|in|sg|co\.jp|com\.au|cn)$`)

func isAmazonHost(host string) bool { return amazonHostRe.MatchString(host) }

// findEmojis returns the emojis in s, concatenated.
func findEmojis(s string) string {
	var b strings.Builder
	for _, r := range s {
		if isEmoji(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isEmoji(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || // pictographs, emoticons, transport, flags
		r >= 0x2600 && r <= 0x27BF || // miscellaneous symbols, dingbats
		r >= 0x2B50 && r <= 0x2B55 || // stars and circles
		r == 0xFE0F // emoji presentation selector
}
