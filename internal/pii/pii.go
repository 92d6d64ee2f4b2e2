package pii

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The placeholders Scrub writes.
const (
	Name    = "<name>"
	Address = "<address>"
	Email   = "<email>"
	Phone   = "<phone>"
	Order   = "<order>"
	URL     = "<url>"
	Number  = "<number>"
)

// Placeholders lists every placeholder Scrub writes.
func Placeholders() []string { return []string{Name, Address, Email, Phone, Order, URL, Number} }

// Known is personal data the caller already has about a message; each
// occurrence of it in the text is replaced, whatever its context.
type Known struct {
	Names     []string // buyer's names: display name, signature, the order's recipient
	Addresses []string // addresses, e.g. the new shipping address the classifier extracted; one line or several
	Emails    []string // e-mail addresses, such as the relay alias
	OrderIDs  []string
}

// Scrub returns text with the personal data described in the package
// comment replaced by placeholders. Line breaks are kept.
func Scrub(text string, k Known) string {
	if text == "" {
		return ""
	}
	s := newScrubber(text)
	s.known(k)
	s.re(emailRe, Email)
	s.re(obfuscatedEmailRe, Email)
	s.re(urlRe, URL)
	s.orderIDs()
	for _, re := range earlyPostcodeRes {
		s.re(re, Address)
	}
	s.re(ibanRe, Number)
	s.dates()
	s.numbers()
	s.addresses()
	s.names()
	return s.finish()
}

// scrubber holds the text being scrubbed. Replaced spans become private-use
// runes (one per placeholder), so later passes neither match inside a
// placeholder nor mistake one for a word.
type scrubber struct {
	t      string
	masked []string // dates masked while numbers are scrubbed
}

// Each placeholder is written as one private-use rune while scrubbing.
var marks = map[string]rune{Name: '\uE000', Address: '\uE001', Email: '\uE002', Phone: '\uE003', Order: '\uE004', URL: '\uE005', Number: '\uE006'}

const dateMark = '\uE010' // followed by the date's index, e.g. "\uE010" + "0" + "\uE011"
const dateEnd = '\uE011'

func isMark(r rune) bool { return r >= '\uE000' && r <= '\uE011' }

func newScrubber(text string) *scrubber {
	// Text that already holds placeholders (a correction imported from
	// another install) keeps them: they become marks too.
	for _, p := range Placeholders() {
		text = strings.ReplaceAll(text, p, string(marks[p]))
	}
	return &scrubber{t: text}
}

func (s *scrubber) finish() string {
	t := s.t
	for i, d := range s.masked {
		t = strings.Replace(t, string(dateMark)+itoa(i)+string(dateEnd), d, 1)
	}
	// One placeholder for a run of the same kind: "<name> <name>" is one
	// name, an address over three lines one address.
	for _, p := range Placeholders() {
		t = runRes[p].ReplaceAllLiteralString(t, string(marks[p]))
	}
	for _, p := range Placeholders() {
		t = strings.ReplaceAll(t, string(marks[p]), p)
	}
	return t
}

// runRes match a run of one placeholder's marks.
var runRes = func() map[string]*regexp.Regexp {
	res := map[string]*regexp.Regexp{}
	for _, p := range Placeholders() {
		m := string(marks[p])
		res[p] = regexp.MustCompile(m + `(?:[ \t]*[,;]?[ \t]*\n?[ \t]*` + m + `)+`)
	}
	return res
}()

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

// re replaces every match of re with placeholder p.
func (s *scrubber) re(re *regexp.Regexp, p string) {
	s.t = re.ReplaceAllLiteralString(s.t, string(marks[p]))
}

// replaceSpans replaces the byte ranges [i,j) of spans (sorted, not
// overlapping) with placeholder p.
func (s *scrubber) replaceSpans(spans [][2]int, p string) {
	if len(spans) == 0 {
		return
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		if sp[0] < last {
			continue
		}
		b.WriteString(s.t[last:sp[0]])
		b.WriteRune(marks[p])
		last = sp[1]
	}
	b.WriteString(s.t[last:])
	s.t = b.String()
}

// known replaces the caller's known values, longest first.
func (s *scrubber) known(k Known) {
	for _, a := range k.Addresses {
		for _, line := range strings.Split(a, "\n") {
			if line = strings.TrimSpace(line); utf8.RuneCountInString(line) >= 4 {
				s.literal(line, Address, false)
			}
		}
	}
	for _, e := range k.Emails {
		if e = strings.TrimSpace(e); e != "" {
			s.literal(e, Email, false)
			if local, _, ok := strings.Cut(e, "@"); ok && len(local) >= 6 {
				s.literal(local, Email, true) // a relay alias quoted without its domain
			}
		}
	}
	for _, id := range k.OrderIDs {
		if id = strings.TrimSpace(id); id != "" {
			s.literal(id, Order, false)
		}
	}
	var parts []string
	for _, n := range k.Names {
		n = cleanKnownName(n)
		if n == "" {
			continue
		}
		parts = append(parts, n)
		for _, w := range strings.FieldsFunc(n, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '.' || r == ',' }) {
			if nameWorthy(w) {
				parts = append(parts, w)
			}
		}
	}
	slices.SortFunc(parts, func(a, b string) int { return len(b) - len(a) })
	for _, p := range parts {
		s.literal(p, Name, true)
	}
}

// cleanKnownName drops what Amazon's relay adds to a display name
// ("Sabine - Amazon Marketplace").
func cleanKnownName(n string) string {
	n = strings.TrimSpace(n)
	for _, suffix := range []string{"- Amazon Marketplace", "- Amazon", "via Amazon"} {
		if i := strings.Index(strings.ToLower(n), strings.ToLower(suffix)); i >= 0 {
			n = strings.TrimSpace(n[:i])
		}
	}
	n = strings.Trim(n, `"' `)
	if strings.ContainsRune(n, '@') {
		return ""
	}
	return n
}

// nameWorthy reports whether a part of a known name is worth replacing on
// its own: two letters or more (one Han character is a Chinese surname, too
// common a character to replace alone), and not a word every text has.
func nameWorthy(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 {
		return false
	}
	return !notNameWords[strings.ToLower(w)]
}

// literal replaces every case-insensitive occurrence of v. With word set,
// an occurrence inside a longer word is kept (letters or digits on either
// side), except in CJK text, which has no spaces between words.
func (s *scrubber) literal(v, p string, word bool) {
	re, err := regexp.Compile(`(?i)` + regexp.QuoteMeta(v))
	if err != nil {
		return
	}
	cjk := isCJKString(v)
	var spans [][2]int
	for _, m := range re.FindAllStringIndex(s.t, -1) {
		if word && !cjk && (wordRuneBefore(s.t, m[0]) || wordRuneAfter(s.t, m[1])) {
			continue
		}
		spans = append(spans, [2]int{m[0], m[1]})
	}
	s.replaceSpans(spans, p)
}

// wordRuneBefore reports whether the rune before t[i] continues a word:
// a letter or digit of a spaced script (Han and kana have no spaces
// between words, so a name or number may touch them).
func wordRuneBefore(t string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return wordRune(r)
}

// wordRuneAfter is wordRuneBefore for the rune at t[j].
func wordRuneAfter(t string, j int) bool {
	if j >= len(t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[j:])
	return wordRune(r)
}

func wordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !isCJK(r) || isMark(r)
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || r == 'ー'
}

func isCJKString(s string) bool {
	for _, r := range s {
		if isCJK(r) {
			return true
		}
	}
	return false
}

// d matches an ASCII or full-width digit.
const d = `[0-9０-９]`

var (
	emailRe           = regexp.MustCompile(`[\p{L}\p{N}._%+\-]+\s?[@＠]\s?[\p{L}\p{N}.\-]+\.[\p{L}]{2,}`)
	obfuscatedEmailRe = regexp.MustCompile(`(?i)[\p{L}\p{N}._%+\-]+\s*[\(\[\{]\s*(?:at|chez|arroba|chiocciola|ät)\s*[\)\]\}]\s*[\p{L}\p{N}\-]+(?:\s*(?:[\(\[\{]\s*(?:dot|punkt|point|punto)\s*[\)\]\}]|\.)\s*[\p{L}]{2,})+`)
	urlRe             = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"']+`)
	orderRe           = regexp.MustCompile(d + `{3}\s?[-－‐‑]\s?` + d + `{7}\s?[-－‐‑]\s?` + d + `{7}`)
	// earlyPostcodeRes are postcodes that look like phone numbers: Japan
	// (〒123-4567), Brazil (12345-678), Portugal (1234-567 and the town).
	earlyPostcodeRes = []*regexp.Regexp{
		regexp.MustCompile(`〒\s?` + d + `{3}[-－]` + d + `{4}`),
		regexp.MustCompile(`(?i)(?:cep[:\s]*)?\b\d{5}-\d{3}\b`),
		regexp.MustCompile(`\b\d{4}-\d{3}\s+\p{Lu}[\p{L}'’\-]*`),
	}
	ibanRe = regexp.MustCompile(`\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b`)
	// Dates are kept: they are no personal data and the classifier reads
	// them ("ordered on 12.03.2025").
	dateRe = regexp.MustCompile(`\b(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})\b`)
	// numberRunRe is a candidate phone number or long number: digits with
	// the separators people write in them.
	numberRunRe = regexp.MustCompile(`(?:\+|＋)?(?:\(` + d + `{1,5}\)\s?)?` + d + `(?:` + d + `|[ \-./()（）－]` + d + `){5,24}`)
	// alnumIDRe is a tracking or account number mixing letters and digits.
	alnumIDRe = regexp.MustCompile(`[A-Za-z0-9]{10,34}`)
)

// orderIDs replaces 3-7-7 order ids not part of a longer digit run.
func (s *scrubber) orderIDs() {
	var spans [][2]int
	for _, m := range orderRe.FindAllStringIndex(s.t, -1) {
		if digitBefore(s.t, m[0]) || digitAfter(s.t, m[1]) {
			continue
		}
		spans = append(spans, [2]int{m[0], m[1]})
	}
	s.replaceSpans(spans, Order)
}

func digitBefore(t string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return i > 0 && unicode.IsDigit(r)
}

func digitAfter(t string, j int) bool {
	r, _ := utf8.DecodeRuneInString(t[j:])
	return j < len(t) && unicode.IsDigit(r)
}

// dates masks dates so the number pass keeps them. A date written right
// after a letter ("芝田1-4-17") is a block number of an address, not a date.
func (s *scrubber) dates() {
	var b strings.Builder
	last := 0
	for _, m := range dateRe.FindAllStringIndex(s.t, -1) {
		if r, _ := utf8.DecodeLastRuneInString(s.t[:m[0]]); m[0] > 0 && unicode.IsLetter(r) {
			continue
		}
		b.WriteString(s.t[last:m[0]])
		s.masked = append(s.masked, s.t[m[0]:m[1]])
		b.WriteString(string(dateMark) + itoa(len(s.masked)-1) + string(dateEnd))
		last = m[1]
	}
	b.WriteString(s.t[last:])
	s.t = b.String()
}

// numbers replaces phone numbers (<phone>) and other runs of seven digits
// or more (<number>); shorter numbers (quantities, prices, house numbers,
// postcodes) stay for the address pass.
func (s *scrubber) numbers() {
	var phones, others [][2]int
	for _, m := range numberRunRe.FindAllStringIndex(s.t, -1) {
		i, j := m[0], m[1]
		if wordRuneBefore(s.t, i) || wordRuneAfter(s.t, j) {
			continue // part of a word such as a tracking number
		}
		v := s.t[i:j]
		n := countDigits(v)
		if n < 7 || n > 20 {
			continue
		}
		if looksLikePrice(v) {
			continue
		}
		switch {
		case isPhone(v, n):
			phones = append(phones, [2]int{i, j})
		default:
			others = append(others, [2]int{i, j})
		}
	}
	s.replaceSpans(phones, Phone)
	s.replaceSpans(others, Number)
	var ids [][2]int
	for _, m := range alnumIDRe.FindAllStringIndex(s.t, -1) {
		if !wordRuneBefore(s.t, m[0]) && !wordRuneAfter(s.t, m[1]) && countDigits(s.t[m[0]:m[1]]) >= 8 {
			ids = append(ids, [2]int{m[0], m[1]})
		}
	}
	s.replaceSpans(ids, Number)
}

func countDigits(v string) int {
	n := 0
	for _, r := range v {
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// looksLikePrice: "1.299,00" or "12,345.67" (decimals after the last
// separator, at most nine digits).
func looksLikePrice(v string) bool {
	i := strings.LastIndexAny(v, ".,")
	return i >= 0 && len(v)-i-1 == 2 && countDigits(v) <= 9 && !strings.ContainsAny(v, " ()+-/")
}

// isPhone: written with a leading + or 0, with separators between digit
// groups, or a Chinese mobile number (11 digits starting with 1).
func isPhone(v string, n int) bool {
	v = strings.TrimSpace(v)
	r, _ := utf8.DecodeRuneInString(v)
	if r == '+' || r == '＋' || r == '(' || r == '0' || r == '０' {
		return true
	}
	if strings.ContainsAny(v, " -./()（）－") {
		return n <= 15
	}
	return n == 11 && (r == '1' || r == '１')
}
