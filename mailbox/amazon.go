package mailbox

import (
	"regexp"
	"strings"

	"github.com/aftersale/aftersale"
)

// amazonTLDs are the marketplace domains (docs/amazon.md, "Relay addresses and
// senders"; cn included: it
// has no MX but appears in older mail).
const amazonTLDs = `(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|ie|com\.tr|ae|sa|eg|in|sg|co\.jp|com\.au|cn)`

var (
	// relayRe matches a buyer's anonymised relay address. It is anchored on
	// both ends so that look-alikes such as
	// x@marketplace.amazon.de.evil.example never match (docs/amazon.md).
	relayRe = regexp.MustCompile(`^[a-z0-9]+(\+[a-z0-9-]+)?@marketplace\.amazon\.` + amazonTLDs + `$`)

	// systemRe matches Amazon's own system senders (docs/amazon.md): any
	// local part at amazon.<tld> itself. Anchored like relayRe; sub-domains
	// are not accepted (our choice: no source lists any).
	systemRe = regexp.MustCompile(`^[a-z0-9][a-z0-9._+-]*@amazon\.` + amazonTLDs + `$`)

	orderIDRe = regexp.MustCompile(`[0-9]{3}-[0-9]{7}-[0-9]{7}`)
	asinRe    = regexp.MustCompile(`B0[A-Z0-9]{8}`)

	// buyerSubjectRe finds the buyer's name in Amazon's relay subjects:
	// "Inquiry from Amazon customer NAME (Order: ...)", "Shipping inquiry
	// from Amazon customer NAME (Order: ...)", "Message from Amazon customer
	// NAME (Order: ...)", and the French (amazon.ca) "... de la part du
	// client Amazon NAME" (docs/amazon.md, "Subjects").
	buyerSubjectRe = regexp.MustCompile(`(?i)(?:from amazon customer|de la part du client amazon)\s+([^()]*?)\s*(?:\(|$)`)

	marketplaceNameRe = regexp.MustCompile(`(?i)\s*[-–—]\s*amazon marketplace\s*$`)
)

// analyse fills the Amazon-specific and derived fields of p.m once the
// headers and text are read.
func (p *parser) analyse() {
	m := p.m
	switch {
	case relayRe.MatchString(m.FromAddr):
		m.RelayAlias = m.FromAddr
		m.Sender = aftersale.SenderBuyer
	case systemRe.MatchString(m.FromAddr):
		m.Sender = aftersale.SenderAmazon
	case relayRe.MatchString(m.ReplyTo):
		m.RelayAlias = m.ReplyTo
		m.Sender = aftersale.SenderBuyer
		p.flag(FlagRelayViaReplyTo)
	case m.FromAddr != "" || m.ReplyTo != "":
		m.Sender = aftersale.SenderOther
	}
	switch {
	case m.RelayAlias != "":
		m.Marketplace = marketplaceOf(m.RelayAlias)
	case m.Sender == aftersale.SenderAmazon:
		m.Marketplace = marketplaceOf(m.FromAddr)
	}

	if loc := marketplaceNameRe.FindStringIndex(m.FromName); loc != nil {
		m.BuyerName = strings.Trim(strings.TrimSpace(m.FromName[:loc[0]]), `"'`)
	}
	if m.BuyerName == "" {
		if sm := buyerSubjectRe.FindStringSubmatch(m.Subject); sm != nil {
			m.BuyerName = strings.TrimSpace(sm[1])
		}
	}

	m.OrderIDs = orderIDs(m.Subject, m.Text)
	m.ASINs = asins(m.Subject, m.Text)
	m.AutoReply = p.autoReply()

	bt, inMarkers, empty := buyerText(m.Text)
	m.BuyerText = bt
	if inMarkers && empty {
		p.flag(FlagNoBuyerText)
	}
}

// marketplaceOf returns "amazon.<tld>" for a relay or system address.
func marketplaceOf(addr string) string {
	_, domain, ok := strings.Cut(addr, "@")
	if !ok {
		return ""
	}
	i := strings.Index(domain, "amazon.")
	if i < 0 {
		return ""
	}
	return domain[i:]
}

// orderIDs returns every 3-7-7 order id (docs/amazon.md, "Order ids") in the texts, in
// order of appearance, deduplicated. A match that is part of a longer digit
// run is not an order id.
func orderIDs(texts ...string) []string {
	return findAll(orderIDRe, isDigit, texts)
}

// asins returns every ASIN (B0 followed by 8 upper-case alphanumerics) in
// the texts, deduplicated. A match inside a longer word is not an ASIN.
func asins(texts ...string) []string {
	return findAll(asinRe, isAlnum, texts)
}

func findAll(re *regexp.Regexp, glued func(byte) bool, texts []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range texts {
		for _, loc := range re.FindAllStringIndex(t, -1) {
			if loc[0] > 0 && glued(t[loc[0]-1]) || loc[1] < len(t) && glued(t[loc[1]]) {
				continue
			}
			s := t[loc[0]:loc[1]]
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAlnum(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// autoReplySubjects are subject prefixes of out-of-office replies, compared
// case-insensitively.
var autoReplySubjects = []string{
	"out of office", "automatic reply", "auto reply", "autoreply", "auto-reply",
	"abwesenheitsnotiz", "automatische antwort", "réponse automatique",
	"risposta automatica", "respuesta automática", "自动回复", "自動返信", "自動応答",
}

// autoReply applies RFC 3834 §5 (Auto-Submitted other than "no") and the
// de-facto markers X-Autoreply, X-Autorespond and Precedence
// auto_reply/bulk/junk/list, then well-known subject prefixes.
func (p *parser) autoReply() bool {
	h := &p.hdr
	if v := strings.ToLower(strings.TrimSpace(h.Get("Auto-Submitted"))); v != "" {
		v, _, _ = strings.Cut(v, ";")
		if strings.TrimSpace(v) != "no" {
			return true
		}
	}
	if strings.TrimSpace(h.Get("X-Autoreply")) != "" || strings.TrimSpace(h.Get("X-Autorespond")) != "" {
		return true
	}
	switch strings.ToLower(strings.TrimSpace(h.Get("Precedence"))) {
	case "auto_reply", "bulk", "junk", "list":
		return true
	}
	subj := strings.ToLower(p.m.Subject)
	for _, pre := range autoReplySubjects {
		if strings.HasPrefix(subj, pre) {
			return true
		}
	}
	return false
}
