package mailbox

import (
	"regexp"
	"strings"
)

var (
	// Quote headers of earlier replies, one line each.
	quoteHeaderRes = []*regexp.Regexp{
		regexp.MustCompile(`^On\b.*\bwrote:?\s*$`),
		regexp.MustCompile(`^Am\b.*\bschrieb\b.*$`),
		regexp.MustCompile(`^Le\b.*\ba écrit\s*:?\s*$`),
		regexp.MustCompile(`^El\b.*\bescribió\s*:?\s*$`),
		regexp.MustCompile(`^Il\b.*\bha scritto\s*:?\s*$`),
		regexp.MustCompile(`(?i)^-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|messaggio originale|mensaje original)\s*-{2,}`),
	}
	outlookFromRe = regexp.MustCompile(`^(From|Von|De|Da):\s`)
	outlookSentRe = regexp.MustCompile(`^(Sent|Date|Gesendet|Datum|Envoyé|Inviato|Enviado):\s`)
)

// extraction is what extract found in the text of a mail.
type extraction struct {
	text      string // the buyer's words
	inMarkers bool   // a marker or label before the buyer's words was found
	// closed: an end marker, a footer or a rule follows the buyer's words.
	// Text between a begin marker and such an end is the buyer's: it is
	// never learned from and never stripped as template.
	closed bool
	// empty: Amazon's wrapper was recognised but the buyer wrote nothing
	// (a photo only).
	empty bool
	// wrapper counts the lines dropped by shape (markers, fields,
	// footers, rules, titles, attachment lists).
	wrapper int
	// dropped are the lines known reported as template, in order.
	dropped []string
	// candidates are the lines that may be template: every line outside
	// a closed region that the shape rules did not recognise, above any
	// quoted earlier message.
	candidates []string
}

// buyerText returns the buyer's own words in text (see extract).
// inMarkers reports a marker or label before them; empty that Amazon's
// wrapper was recognised but holds no words of the buyer.
func buyerText(text string) (s string, inMarkers, empty bool) {
	ex := extract(text, nil)
	return ex.text, ex.inMarkers, ex.empty
}

// extract finds the buyer's words in the text of a mail by judging each
// line (kindOf):
//
//   - When a begin marker or a message label is found ("--- Begin
//     message ---", "[Message]", "Message:", "Nachricht von Amazon-Kunde
//     Petra:"; a label only directly below wrapper lines or at the top),
//     the buyer's words are the lines after it, up to an end marker, a
//     footer, or a rule below the first words. Only Amazon's attachment
//     list, rules, lines only Amazon writes (lineWrapper) and header
//     fields (an order block placed below the label; not a "Reason:"
//     line, which a buyer may write) are dropped from them.
//   - Otherwise every line recognised as wrapper is dropped (rules,
//     header fields but a reason, product rows, titles above the first
//     words, attachment lists, footers above the first words); the text is cut
//     at the first footer or end marker below the buyer's first words,
//     at a quoted earlier message ("On … wrote:", "-----Original
//     Message-----", an Outlook header block) and at a signature
//     separator, and lines quoted with ">" are dropped.
//
// known, when not nil, reports the lines learned as template (Template):
// they are dropped too, except between a begin marker and its end.
func extract(text string, known func(string) bool) extraction {
	var ex extraction
	if strings.TrimSpace(text) == "" {
		return ex
	}
	lines := strings.Split(text, "\n")
	ls := make([]*wline, len(lines))
	kinds := make([]lineKind, len(lines))
	for i, l := range lines {
		ls[i] = newWline(l)
		kinds[i] = kindOf(ls[i])
	}
	quote := len(lines) // first line of a quoted earlier message
	for i, l := range lines {
		if l == "-- " || l == "--" || isQuoteHeader(lines, i) {
			quote = i
			break
		}
	}

	// The begin marker or label, and whether a line is a title (wrapper
	// above the buyer's first words).
	begin, inline := -1, ""
	title := make([]bool, len(lines))
	header, prevWrapper := true, true
	for i := 0; i < quote && begin < 0; i++ {
		t := strings.TrimSpace(lines[i])
		k := kinds[i]
		switch {
		case k == lineBlank:
			continue
		case strings.HasPrefix(t, ">"):
			continue
		case k == lineBegin:
			begin = i
		case k == lineLabel && (prevWrapper || vAmazon.in(ls[i])):
			// A label naming Amazon ("Message from Amazon customer
			// Petra:") is the wrapper's wherever it is.
			begin = i
		case k == lineBuyer && prevWrapper:
			if rest, ok := inlineLabel(t); ok {
				begin, inline = i, rest
			}
		}
		if begin >= 0 {
			break
		}
		if k == lineBuyer || k == lineLabel {
			if header && isTitle(ls[i], t) {
				title[i] = true
			} else {
				header = false
			}
		}
		prevWrapper = k != lineBuyer && k != lineLabel || title[i]
	}

	var kept []string
	if begin >= 0 {
		ex.inMarkers = true
		ex.wrapper++
		end := len(lines)
		seen := inline != ""
		if seen {
			kept = append(kept, inline)
		}
		var region []int
		for j := begin + 1; j < len(lines); j++ {
			k := kinds[j]
			if k == lineEnd || k == lineFooter || k == lineRule && seen {
				end, ex.closed = j, true
				break
			}
			if k == lineAttach || k == lineRule || k == lineWrapper {
				ex.wrapper++
				continue
			}
			if k == lineField {
				// An order block below the label ("markers in another
				// order"); a reason the buyer may have written stays.
				if _, reason := fieldKind(ls[j], strings.TrimSpace(lines[j])); !reason {
					ex.wrapper++
					continue
				}
			}
			region = append(region, j)
			if k != lineBlank {
				seen = true
			}
		}
		// An open region (no end found) may run into a footer the shape
		// rules do not know: learn from it and strip what is known, up to
		// a quoted earlier message.
		inQuote := false
		for _, j := range region {
			if !ex.closed && !inQuote && (isQuoteHeader(lines, j) || lines[j] == "-- ") {
				inQuote = true
			}
			if !ex.closed && !inQuote && kinds[j] != lineBlank && !strings.HasPrefix(strings.TrimSpace(lines[j]), ">") {
				if known != nil && known(lines[j]) {
					ex.dropped = append(ex.dropped, lines[j])
					continue
				}
				ex.candidates = append(ex.candidates, lines[j])
			}
			kept = append(kept, lines[j])
		}
		for i := 0; i < len(lines); i++ {
			if i == begin {
				i = end
				continue
			}
			if i < len(lines) && (kinds[i] == lineBuyer || kinds[i] == lineLabel) && !title[i] {
				ex.candidates = append(ex.candidates, lines[i])
			}
		}
		ex.text = joinLines(kept)
		ex.empty = ex.text == ""
		return ex
	}

	seen, quoted := false, false
	cut := quote
	for i := 0; i < quote; i++ {
		t := strings.TrimSpace(lines[i])
		k := kinds[i]
		if strings.HasPrefix(t, ">") {
			quoted = true
			continue
		}
		if k == lineField {
			if _, reason := fieldKind(ls[i], t); reason {
				k = lineBuyer // "Reason: it arrived broken" may be the buyer's
			}
		}
		switch {
		case k == lineBlank:
			kept = append(kept, "")
		case title[i]:
			ex.wrapper++
		case k == lineBuyer || k == lineLabel:
			if known != nil && known(lines[i]) {
				ex.dropped = append(ex.dropped, lines[i])
				continue
			}
			ex.candidates = append(ex.candidates, lines[i])
			kept = append(kept, lines[i])
			seen = true
		case (k == lineFooter || k == lineEnd) && seen:
			cut = i
		default:
			ex.wrapper++
		}
		if cut < quote {
			break
		}
	}
	// What follows a footer is footer: learn from it too.
	for i := cut; i < quote; i++ {
		if kinds[i] == lineBuyer && !strings.HasPrefix(strings.TrimSpace(lines[i]), ">") {
			ex.candidates = append(ex.candidates, lines[i])
		}
	}
	ex.text = joinLines(kept)
	if ex.text == "" {
		if ex.wrapper > 0 || len(ex.dropped) > 0 {
			ex.empty = true
		} else if quoted || quote < len(lines) {
			// Only quoted text: keep it rather than nothing.
			ex.text = strings.TrimSpace(text)
		}
	}
	return ex
}

// joinLines joins lines, keeping at most one blank line in a row and none
// at either end.
func joinLines(lines []string) string {
	var b strings.Builder
	blank := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			blank = b.Len() > 0
			continue
		}
		if blank {
			b.WriteString("\n")
			blank = false
		}
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(l)
	}
	return strings.TrimSpace(b.String())
}

// stripQuotes cuts lines at the first quote header ("On … wrote:", "Am …
// schrieb", "Le … a écrit", "-----Original Message-----", an Outlook
// From:/Sent: block) or signature separator ("-- "), and drops lines
// starting with ">".
func stripQuotes(lines []string) string {
	var out []string
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		if l == "-- " || l == "--" {
			break
		}
		if isQuoteHeader(lines, i) {
			break
		}
		if strings.HasPrefix(t, ">") {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

func isQuoteHeader(lines []string, i int) bool {
	t := strings.TrimSpace(lines[i])
	for _, re := range quoteHeaderRes {
		if re.MatchString(t) {
			return true
		}
	}
	// Gmail wraps long "On <date>, <name> <addr>\nwrote:" lines.
	if strings.HasPrefix(t, "On ") && i+1 < len(lines) {
		if next := strings.TrimSpace(lines[i+1]); strings.HasSuffix(next, "wrote:") && len(next) < 80 {
			return true
		}
	}
	// Outlook: "From: …" followed within a few lines by "Sent: …".
	if outlookFromRe.MatchString(t) {
		for j := i + 1; j < len(lines) && j <= i+4; j++ {
			if outlookSentRe.MatchString(strings.TrimSpace(lines[j])) {
				return true
			}
		}
	}
	// An Outlook underscore rule directly above a From: line.
	if strings.HasPrefix(t, "__________") && i+1 < len(lines) && outlookFromRe.MatchString(strings.TrimSpace(lines[i+1])) {
		return true
	}
	return false
}
