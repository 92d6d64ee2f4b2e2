package mailbox

import (
	"regexp"
	"strings"
)

var (
	// Older relay template (amazon.md §2.3, 2016).
	beginMessageRe = regexp.MustCompile(`(?i)^\s*-{3,}\s*begin message\s*-{3,}\s*$`)
	endMessageRe   = regexp.MustCompile(`(?i)^\s*-{3,}\s*end message\s*-{3,}\s*$`)

	// messageMarkerRe is the localized "Message:" line of the current
	// template; the buyer's words may start on the same line.
	messageMarkerRe = regexp.MustCompile(`^\s*(?i:message|nachricht|messaggio|mensaje|mensagem|wiadomość|meddelande|bericht|メッセージ|留言|消息)\s*[:：]\s*(.*)$`)

	// footerRe matches the first footer line after the buyer's words: "View
	// message", "Resolve case", "Report suspicious", "This service…", and
	// localized forms. The localized spellings are our best reading of the
	// marketplaces' templates (amazon.md §2.3 calls them localized without
	// listing them), kept specific enough not to cut a buyer's sentence.
	footerRe = regexp.MustCompile(`(?i)^(view message|resolve case|report suspicious|this service\b|to mark this message as no response needed|` +
		`nachricht anzeigen|fall lösen|verdächtig.*melden|.*melden.*verdächtig|dieser (service|dienst)\b|` +
		`afficher le message|voir le message|résoudre le (cas|litige)|signaler .*suspect|ce service\b|` +
		`visualizza (il )?messaggio|risolvi (il )?caso|segnala .*sospett|questo servizio\b|` +
		`ver (el )?mensaje|resolver (el )?caso|(denunciar|informar de) .*sospechos|este servicio\b|` +
		`メッセージを(表示|見る)|不審な|このサービス|查看(消息|留言)|(报告|举报)可疑|此服务|` +
		`bericht (weergeven|bekijken)|deze service\b|wyświetl wiadomość|ta usługa\b|ver mensagem|este serviço\b|visa meddelande|denna tjänst\b)`)

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

// buyerText returns the buyer's own words in text. Inside Amazon's markers
// it returns what is between them (inMarkers=true, empty when the buyer
// wrote nothing, e.g. a photo only); otherwise the whole text without
// quoted earlier replies and signature.
func buyerText(text string) (s string, inMarkers, empty bool) {
	if text == "" {
		return "", false, false
	}
	lines := strings.Split(text, "\n")

	for i, l := range lines {
		if !beginMessageRe.MatchString(l) {
			continue
		}
		end := len(lines)
		for j := i + 1; j < len(lines); j++ {
			if endMessageRe.MatchString(lines[j]) {
				end = j
				break
			}
		}
		s = strings.TrimSpace(strings.Join(lines[i+1:end], "\n"))
		return s, true, s == ""
	}

	for i, l := range lines {
		sm := messageMarkerRe.FindStringSubmatch(l)
		if sm == nil {
			continue
		}
		end := len(lines)
		for j := i + 1; j < len(lines); j++ {
			if isFooter(lines[j]) {
				end = j
				break
			}
		}
		body := append([]string{sm[1]}, lines[i+1:end]...)
		s = strings.TrimSpace(strings.Join(body, "\n"))
		return s, true, s == ""
	}

	s = strings.TrimSpace(stripQuotes(lines))
	if s == "" {
		s = strings.TrimSpace(text)
	}
	return s, false, false
}

// isFooter reports whether line starts Amazon's footer, ignoring leading
// decoration such as "[", "*", "-" or bullets left by HTML conversion.
func isFooter(line string) bool {
	t := strings.TrimLeft(line, " \t[*-•>|#")
	return footerRe.MatchString(t)
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
