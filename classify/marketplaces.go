package classify

import (
	"slices"
	"strings"
)

// Marketplaces returns the Amazon marketplace domains whose language is
// known (amazon.de, amazon.co.jp ...), sorted.
func Marketplaces() []string {
	out := make([]string, 0, len(marketLang))
	for m := range marketLang {
		out = append(out, m)
	}
	slices.Sort(out)
	return out
}

// NormMarketplace returns marketplace as a domain such as amazon.de:
// "DE", "amazon.de", "www.amazon.de" and "marketplace.amazon.de" alike,
// and "" when it is not a known marketplace.
func NormMarketplace(marketplace string) string {
	m := strings.ToLower(strings.TrimSpace(marketplace))
	m = strings.TrimPrefix(strings.TrimPrefix(m, "marketplace."), "www.")
	if _, ok := marketLang[m]; ok {
		return m
	}
	if _, ok := marketLang["amazon."+m]; ok {
		return "amazon." + m
	}
	return ""
}
