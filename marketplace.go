package aftersale

import (
	"regexp"
	"strings"
)

// Marketplace is one Amazon marketplace: its domain, the buyer-seller relay
// domain buyers write from, the language buyers there write in by default
// and the currency of its orders. docs/amazon.md describes the sources.
type Marketplace struct {
	Domain   string // "amazon.de"
	Language string // default ISO 639-1 language of its buyers
	Currency string // ISO 4217 code of its orders
	// Relay is the buyer-seller messaging domain,
	// "marketplace.amazon.de"; "" for a marketplace without a mail
	// exchanger for it (amazon.cn, which appears in older mail only).
	Relay string
}

// marketplaces are Amazon's marketplaces, in the order Amazon lists them
// (Americas, Europe, Middle East and India, Asia-Pacific). Belgium
// defaults to French: it is the more common language of Belgian Amazon
// buyers writing to foreign sellers.
var marketplaces = []Marketplace{
	{"amazon.com", "en", "USD", "marketplace.amazon.com"},
	{"amazon.ca", "en", "CAD", "marketplace.amazon.ca"},
	{"amazon.com.mx", "es", "MXN", "marketplace.amazon.com.mx"},
	{"amazon.com.br", "pt", "BRL", "marketplace.amazon.com.br"},
	{"amazon.co.uk", "en", "GBP", "marketplace.amazon.co.uk"},
	{"amazon.de", "de", "EUR", "marketplace.amazon.de"},
	{"amazon.fr", "fr", "EUR", "marketplace.amazon.fr"},
	{"amazon.it", "it", "EUR", "marketplace.amazon.it"},
	{"amazon.es", "es", "EUR", "marketplace.amazon.es"},
	{"amazon.nl", "nl", "EUR", "marketplace.amazon.nl"},
	{"amazon.se", "sv", "SEK", "marketplace.amazon.se"},
	{"amazon.pl", "pl", "PLN", "marketplace.amazon.pl"},
	{"amazon.com.be", "fr", "EUR", "marketplace.amazon.com.be"},
	{"amazon.ie", "en", "EUR", "marketplace.amazon.ie"},
	{"amazon.com.tr", "tr", "TRY", "marketplace.amazon.com.tr"},
	{"amazon.ae", "en", "AED", "marketplace.amazon.ae"},
	{"amazon.sa", "ar", "SAR", "marketplace.amazon.sa"},
	{"amazon.eg", "ar", "EGP", "marketplace.amazon.eg"},
	{"amazon.in", "en", "INR", "marketplace.amazon.in"},
	{"amazon.sg", "en", "SGD", "marketplace.amazon.sg"},
	{"amazon.co.jp", "ja", "JPY", "marketplace.amazon.co.jp"},
	{"amazon.com.au", "en", "AUD", "marketplace.amazon.com.au"},
	{"amazon.cn", "zh", "CNY", ""},
}

var marketplaceByDomain = func() map[string]Marketplace {
	m := make(map[string]Marketplace, len(marketplaces))
	for _, mp := range marketplaces {
		m[mp.Domain] = mp
	}
	return m
}()

// Marketplaces returns every Amazon marketplace, amazon.com first.
func Marketplaces() []Marketplace {
	return append([]Marketplace(nil), marketplaces...)
}

// LookupMarketplace returns the marketplace of a domain: "amazon.de",
// "Amazon.de", "www.amazon.de" and "marketplace.amazon.de" all name the
// same one.
func LookupMarketplace(domain string) (Marketplace, bool) {
	d := strings.ToLower(strings.TrimSpace(domain))
	d = strings.TrimPrefix(d, "www.")
	d = strings.TrimPrefix(d, "marketplace.")
	mp, ok := marketplaceByDomain[d]
	return mp, ok
}

// MarketplaceLanguage returns the default language of the marketplace
// named by domain (see LookupMarketplace), or "" when it is unknown.
func MarketplaceLanguage(domain string) string {
	mp, _ := LookupMarketplace(domain)
	return mp.Language
}

// RelayDomains returns the buyer-seller relay domains of the marketplaces
// that have one ("marketplace.amazon.de"), in the order of Marketplaces.
func RelayDomains() []string {
	var out []string
	for _, mp := range marketplaces {
		if mp.Relay != "" {
			out = append(out, mp.Relay)
		}
	}
	return out
}

// MarketplaceDomainPattern is a regular expression, without anchors and
// case-sensitive, matching exactly the marketplace domains in lower case:
// `amazon\.(?:com|ca|…|cn)`. Callers anchor it so that look-alikes such
// as amazon.de.evil.example never match.
var MarketplaceDomainPattern = func() string {
	tlds := make([]string, len(marketplaces))
	for i, mp := range marketplaces {
		tlds[i] = regexp.QuoteMeta(strings.TrimPrefix(mp.Domain, "amazon."))
	}
	return `amazon\.(?:` + strings.Join(tlds, "|") + `)`
}()
