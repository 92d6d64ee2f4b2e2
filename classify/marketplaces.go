package classify

import (
	"slices"
	"strings"

	"github.com/aftersale/aftersale"
)

// Marketplaces returns the Amazon marketplace domains whose language is
// known (amazon.de, amazon.co.jp ...), sorted: those of
// aftersale.Marketplaces.
func Marketplaces() []string {
	var out []string
	for _, mp := range aftersale.Marketplaces() {
		if mp.Language != "" {
			out = append(out, mp.Domain)
		}
	}
	slices.Sort(out)
	return out
}

// NormMarketplace returns marketplace as a domain such as amazon.de:
// "DE", "amazon.de", "www.amazon.de" and "marketplace.amazon.de" alike,
// and "" when it is not a known marketplace.
func NormMarketplace(marketplace string) string {
	if mp, ok := aftersale.LookupMarketplace(marketplace); ok {
		return mp.Domain
	}
	if mp, ok := aftersale.LookupMarketplace("amazon." + strings.ToLower(strings.TrimSpace(marketplace))); ok {
		return mp.Domain
	}
	return ""
}
