package classify

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/aftersale/aftersale"
)

var (
	urlRe   = regexp.MustCompile(`(?i)\b(?:https?://|www\.)\S+`)
	emailRe = regexp.MustCompile(`\S+@\S+\.\w+`)
)

// fold returns s in NFKC form, lower-cased, with typographic apostrophes
// made plain. Everything the classifier matches runs on folded text.
func fold(s string) string {
	if !isASCII(s) { // ASCII is in NFKC already
		s = norm.NFKC.String(s)
	}
	s = strings.ToLower(s)
	return plainApostrophes(s)
}

// apostropheVariants are what plainApostrophes replaces with "'".
var apostropheVariants = []string{"’", "‘", "`", "´", "&#39;", "&apos;"}

// apostropheStart holds the first bytes of apostropheVariants.
var apostropheStart = func() (t [256]bool) {
	for _, v := range apostropheVariants {
		t[v[0]] = true
	}
	return t
}()

// plainApostrophes returns s with every apostropheVariants replaced by a
// plain apostrophe, left to right; s itself when it has none.
func plainApostrophes(s string) string {
	i := 0
	for i < len(s) && !apostropheStart[s[i]] {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		n := 0
		for _, v := range apostropheVariants {
			if strings.HasPrefix(s[i:], v) {
				n = len(v)
				break
			}
		}
		if n == 0 {
			b.WriteByte(s[i])
			i++
			continue
		}
		b.WriteByte('\'')
		i += n
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// stripQuoted drops quoted lines ("> ...") and everything after a
// reply header, so that an older message quoted below the buyer's new words
// does not decide the case.
func stripQuoted(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, ">") {
			continue
		}
		if isReplyHeader(t) {
			break
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

func isReplyHeader(t string) bool {
	// Every header below starts with '-' or ends with ':', which lower
	// casing leaves as they are.
	if t == "" || t[0] != '-' && t[len(t)-1] != ':' {
		return false
	}
	l := strings.ToLower(t)
	switch {
	case strings.HasPrefix(l, "-----original message"),
		strings.HasPrefix(l, "----- original message"),
		strings.HasPrefix(l, "-----ursprüngliche nachricht"),
		strings.HasPrefix(l, "-------- message d'origine"),
		strings.HasPrefix(l, "-----mensaje original"),
		strings.HasPrefix(l, "-----messaggio originale"):
		return true
	case strings.HasPrefix(l, "on ") && strings.HasSuffix(l, "wrote:"),
		strings.HasPrefix(l, "am ") && strings.HasSuffix(l, "schrieb:"),
		strings.HasPrefix(l, "le ") && strings.HasSuffix(l, "a écrit :"),
		strings.HasPrefix(l, "le ") && strings.HasSuffix(l, "a écrit:"),
		strings.HasPrefix(l, "el ") && strings.HasSuffix(l, "escribió:"),
		strings.HasPrefix(l, "il ") && strings.HasSuffix(l, "ha scritto:"):
		return true
	}
	return false
}

// isCJK reports whether r belongs to a script written without spaces
// between words (Han, Hiragana, Katakana) or to Hangul, which the
// classifier also reads by characters.
func isCJK(r rune) bool {
	if r < cjkMin {
		return false // most text: no table lookups
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) || r == 'ー'
}

// cjkMin is the least rune isCJK accepts (the first Hangul Jamo).
const cjkMin = 0x1100

// segment is a run of text the tokenizer produced: a word in a spaced
// script, or a run of CJK characters.
type segment struct {
	text string
	cjk  bool
}

// segments splits folded text into words and CJK runs. Order ids become
// the word "ordid", URLs "url", e-mail addresses "email", and every digit
// run "0", so that numbers never act as features (the eval data warns that
// the same few order numbers recur within one label).
func segments(folded string, dst []segment) []segment {
	return segmentsDigits(folded, dst, true)
}

// segmentsDigits is segments with digit folding optional: cue matching keeps
// digits ("1 star" is a threat, "5 stars" is not).
func segmentsDigits(folded string, dst []segment, foldDigits bool) []segment {
	if aftersale.HasOrderID(folded) {
		var b strings.Builder
		last := 0
		aftersale.ScanOrderIDs(folded, func(i, j int, _ string) {
			b.WriteString(folded[last:i])
			b.WriteString(" ordid ")
			last = j
		})
		b.WriteString(folded[last:])
		folded = b.String()
	}
	if strings.Contains(folded, "http") || strings.Contains(folded, "www.") {
		folded = urlRe.ReplaceAllString(folded, " url ")
	}
	if strings.Contains(folded, "@") {
		folded = emailRe.ReplaceAllString(folded, " email ")
	}
	start := -1
	cjk := false
	flush := func(end int) {
		if start >= 0 {
			w := strings.Trim(folded[start:end], "'")
			if w != "" {
				if foldDigits && !cjk && isDigits(w) {
					w = "0"
				}
				dst = append(dst, segment{text: w, cjk: cjk})
			}
		}
		start = -1
	}
	for i, r := range folded {
		switch {
		case isCJK(r):
			if start >= 0 && !cjk {
				flush(i)
			}
			if start < 0 {
				start, cjk = i, true
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || (r == '\'' && start >= 0 && !cjk):
			if start >= 0 && cjk {
				flush(i)
			}
			if start < 0 {
				start, cjk = i, false
			}
		default:
			flush(i)
		}
	}
	flush(len(folded))
	return dst
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
