package respond

import (
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
