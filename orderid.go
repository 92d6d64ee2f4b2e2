package aftersale

import (
	"strings"
	"unicode/utf8"
)

// Amazon order ids are three, seven and seven digits joined by hyphens:
// 302-5518472-1190356 (docs/amazon.md, "Order ids"). Buyers also write them with
// full-width digits and hyphens (Japanese and Chinese input methods) or
// with a typographic dash; ScanOrderIDs finds those and returns the ASCII
// form.

// orderIDLen is the length of an order id in ASCII.
const orderIDLen = 3 + 1 + 7 + 1 + 7

// orderDigit returns the value of r when it is an ASCII or full-width
// digit.
func orderDigit(r rune) (byte, bool) {
	switch {
	case r >= '0' && r <= '9':
		return byte(r), true
	case r >= '０' && r <= '９':
		return byte(r-'０') + '0', true
	}
	return 0, false
}

// isOrderDash reports whether r is a hyphen an order id can be written
// with: ASCII, full-width, the Unicode hyphens, figure and en dash, minus.
func isOrderDash(r rune) bool {
	switch r {
	case '-', '－', '‐', '‑', '‒', '–', '−', '﹣':
		return true
	}
	return false
}

// hasOrderDash reports cheaply whether s may hold an order id at all.
func hasOrderDash(s string) bool {
	if strings.IndexByte(s, '-') >= 0 {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ContainsAny(s, "－‐‑‒–−﹣")
		}
	}
	return false
}

// ScanOrderIDs calls fn, left to right, with the byte span s[i:j] of every
// order id in s that is not part of a longer run of digits, and its ASCII
// form.
func ScanOrderIDs(s string, fn func(i, j int, id string)) {
	if !hasOrderDash(s) {
		return
	}
	var id [orderIDLen]byte
	prevDigit := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		_, digit := orderDigit(r)
		if !digit || prevDigit {
			prevDigit = digit
			i += size
			continue
		}
		if j, ok := orderIDAt(s, i, &id); ok {
			fn(i, j, string(id[:]))
			i = j // s[j:] starts with no digit: orderIDAt checked
			continue
		}
		prevDigit = true
		i += size
	}
}

// orderIDAt matches an order id starting at s[i:], a digit that follows no
// digit; it returns the end of the match.
func orderIDAt(s string, i int, id *[orderIDLen]byte) (int, bool) {
	k := 0
	for _, group := range [...]int{3, 7, 7} {
		if k > 0 {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isOrderDash(r) {
				return 0, false
			}
			id[k] = '-'
			k++
			i += size
		}
		for range group {
			r, size := utf8.DecodeRuneInString(s[i:])
			d, ok := orderDigit(r)
			if !ok {
				return 0, false
			}
			id[k] = d
			k++
			i += size
		}
	}
	if r, _ := utf8.DecodeRuneInString(s[i:]); i < len(s) {
		if _, ok := orderDigit(r); ok {
			return 0, false
		}
	}
	return i, true
}

// OrderIDs returns the order ids in texts (see ScanOrderIDs) in ASCII, in
// order of appearance, without duplicates.
func OrderIDs(texts ...string) []string {
	var out []string
	for _, t := range texts {
		ScanOrderIDs(t, func(_, _ int, id string) {
			for _, o := range out {
				if o == id {
					return
				}
			}
			out = append(out, id)
		})
	}
	return out
}

// HasOrderID reports whether s holds an order id (see ScanOrderIDs).
func HasOrderID(s string) bool {
	found := false
	ScanOrderIDs(s, func(int, int, string) { found = true })
	return found
}
