package aftersale

import (
	"regexp"
	"slices"
	"testing"
)

func TestLookupMarketplace(t *testing.T) {
	tests := []struct {
		in             string
		lang, currency string
		ok             bool
	}{
		{"amazon.de", "de", "EUR", true},
		{" Amazon.DE ", "de", "EUR", true},
		{"www.amazon.co.jp", "ja", "JPY", true},
		{"marketplace.amazon.com.be", "fr", "EUR", true},
		{"amazon.cn", "zh", "CNY", true},
		{"amazon.de.evil.example", "", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		mp, ok := LookupMarketplace(tt.in)
		if ok != tt.ok || mp.Language != tt.lang || mp.Currency != tt.currency {
			t.Errorf("LookupMarketplace(%q) = %+v, %v; want language %q, currency %q, %v", tt.in, mp, ok, tt.lang, tt.currency, tt.ok)
		}
		if got := MarketplaceLanguage(tt.in); got != tt.lang {
			t.Errorf("MarketplaceLanguage(%q) = %q, want %q", tt.in, got, tt.lang)
		}
	}
}

func TestRelayDomains(t *testing.T) {
	rd := RelayDomains()
	if len(rd) != 22 || rd[0] != "marketplace.amazon.com" || slices.Contains(rd, "marketplace.amazon.cn") {
		t.Errorf("RelayDomains() = %v; want the 22 marketplaces with a relay, amazon.cn not among them", rd)
	}
}

func TestMarketplaceDomainPattern(t *testing.T) {
	re := regexp.MustCompile(`^` + MarketplaceDomainPattern + `$`)
	for _, mp := range Marketplaces() {
		if !re.MatchString(mp.Domain) {
			t.Errorf("pattern does not match %q", mp.Domain)
		}
	}
	for _, d := range []string{"amazon.de.evil.example", "amazon.example", "amazonxde", "amazon.com.de", "Amazon.de"} {
		if re.MatchString(d) {
			t.Errorf("pattern matches %q", d)
		}
	}
}
