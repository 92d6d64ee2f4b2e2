package classify

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/aftersale/aftersale"
)

// orderIDs returns m.OrderIDs followed by any other order ids in the
// subject and text (full-width digits and dashes included), without
// duplicates.
func orderIDs(m aftersale.Message) []string {
	out := slices.Clone(m.OrderIDs)
	for i, s := range []string{m.Subject, m.Text, m.BuyerText} {
		if i == 2 && strings.Contains(m.Text, s) {
			continue // the buyer's words are inside Text, already scanned
		}
		for _, id := range aftersale.OrderIDs(s) {
			if !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

// addressMarkers introduce a new shipping address, per language.
var addressMarkers = newCues(
	"new address", "correct address", "new shipping address", "ship it to", "send it to", "deliver it to",
	"ship to", "send to", "deliver to", "right address", "address is", "address should be", "should go to",
	"soll an", "sollte an", "doit aller à", "devrait aller à", "debería ir a", "tiene que ir a", "dovrebbe andare a", "deve andare a",
	"neue adresse", "neue anschrift", "richtige adresse", "korrekte adresse", "lieferadresse", "bitte an",
	"nouvelle adresse", "bonne adresse", "adresse correcte", "adresse de livraison", "envoyer à",
	"nueva dirección", "dirección correcta", "dirección de envío", "enviar a", "mi dirección es", "dirección es",
	"nueva direccion", "direccion correcta", "mi direccion es", "direccion es", "mon adresse est", "adresse est",
	"meine adresse ist", "adresse ist", "il mio indirizzo è", "indirizzo è", "my address is", "我的地址", "住所：",
	"nuovo indirizzo", "indirizzo corretto", "indirizzo giusto", "indirizzo di spedizione", "spedire a",
	"新しい住所", "正しい住所", "お届け先", "送り先", "住所は",
	"新地址", "正确地址", "正确的地址", "收货地址", "寄到", "地址是",
)

var (
	// postcodeRe finds the postcodes of the marketplaces we serve: US ZIP
	// (+4), UK, Canada, 5-digit EU codes, Japan (〒123-4567), China (6 digits).
	postcodeRe = regexp.MustCompile(`(?i)\b\d{5}(?:-\d{4})?\b|\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b|\b[a-z]\d[a-z]\s?\d[a-z]\d\b|〒?\s?\d{3}-\d{4}\b|\b\d{6}\b`)
	// streetRe finds a street line: a number next to a street word.
	streetRe = regexp.MustCompile(`(?i)\b\d+[a-z]?,?\s+(?:[\p{L}'.-]+\s+){0,3}(?:st|street|rd|road|ave|avenue|lane|ln|drive|dr|way|blvd|court|ct|place|pl|terrace|close|crescent|square)\b|\p{L}*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring)\s*\d+|\b(?:rue|avenue|boulevard|chemin|allée|impasse)\b|\b(?:calle|avenida|plaza|paseo|carrer|camino|ronda|travesía|rúa|glorieta)\b|\b(?:av|avda|avd)\.\s|\b(?:quai|cours)\s+\p{Lu}|\b(?:largo|vicolo|strada)\s+\p{Lu}|\bc/\s?\p{L}|\b(?:via|viale|piazza|corso)\b|[都道府県市区町村丁目番地号]|[省市区县路街号]`)
)

// hasPostcode is postcodeRe.MatchString(s), run only when s has a digit,
// which every postcode does.
func hasPostcode(s string) bool {
	return strings.ContainsAny(s, "0123456789") && postcodeRe.MatchString(s)
}

// newAddress returns the shipping address the buyer gave: the lines after a
// marker such as "new address:" up to a blank line (at most 6), or else the
// first block of 2-6 lines that has a postcode and a street. "" if none.
func newAddress(text string) string {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, line := range lines {
		v := newView(line)
		hit := addressMarkers.hits(v)
		if len(hit) == 0 {
			continue
		}
		// The address may follow the marker on the same line.
		var block []string
		rest := afterMarker(line)
		if rest == "" {
			low := strings.ToLower(line)
			for _, h := range hit {
				if j := strings.Index(low, h); j >= 0 && len(low) == len(line) {
					after := strings.Trim(line[j+len(h):], "はが是为: ：、。,")
					if isCJK([]rune(h)[0]) || copulaRe.MatchString(after) || strings.HasSuffix(h, " is") || strings.HasSuffix(h, " es") ||
						strings.HasSuffix(h, " est") || strings.HasSuffix(h, " è") || strings.HasSuffix(h, " ist") {
						rest = copulaRe.ReplaceAllString(after, "") // "my address is …", "住所は…"
					}
					break
				}
			}
		}
		if rest != "" && looksAddressy(rest) {
			block = append(block, rest)
		}
		for _, l := range lines[i+1:] {
			t := strings.TrimSpace(l)
			if t == "" {
				if len(block) == 0 {
					continue
				}
				break
			}
			if len(block) >= 6 || isClosing(t) {
				break
			}
			block = append(block, t)
		}
		if addr := strings.Join(block, "\n"); len(block) > 0 && looksAddressy(addr) {
			return trimAddress(addr)
		}
	}
	// No marker: a block with a postcode and a street.
	var block []string
	check := func() string {
		a := strings.Join(block, "\n")
		if len(block) >= 2 && len(block) <= 6 && hasPostcode(a) && streetRe.MatchString(a) && !aftersale.HasOrderID(a) {
			return a
		}
		return ""
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || isClosing(t) {
			if a := check(); a != "" {
				return a
			}
			block = block[:0]
			continue
		}
		block = append(block, t)
	}
	return check()
}

// copulaRe is the verb between an address marker and the address ("my
// address is", "mi dirección es", "mon adresse est", "indirizzo è").
var copulaRe = regexp.MustCompile(`(?i)^(?:is|es|est|è|ist|now|ahora|maintenant|ora|jetzt)\s+(?:(?:now|ahora|maintenant|ora|jetzt)\s+)?`)

// afterMarker returns what follows the first ':' (or '：') in line.
func afterMarker(line string) string {
	if i := strings.IndexAny(line, ":："); i >= 0 {
		return strings.TrimSpace(strings.TrimLeft(line[i:], ":："))
	}
	return ""
}

func looksAddressy(s string) bool {
	return hasPostcode(s) || streetRe.MatchString(s)
}

// isClosing reports whether a line is a sign-off, which ends an address block.
func isClosing(t string) bool {
	return closingRe.MatchString(t)
}

var closingRe = regexp.MustCompile(`(?i)^(?:thanks?|thank you|many thanks|regards|best|best regards|kind regards|cheers|sincerely|danke|vielen dank|mit freundlichen grüßen|mfg|viele grüße|lg|gruß|grüße|merci|cordialement|bien à vous|gracias|saludos|un saludo|atentamente|grazie|cordiali saluti|saluti|distinti saluti|よろしくお願いします|よろしくお願いいたします|谢谢|感谢)[\s,.!]*$`)

// signOffName returns the buyer's name from a sign-off: a closing line
// followed by one line of one to three capitalised words ("Thanks,\nJohn
// Smith"), or the same on one line ("Regards, John"). We do not run prose's
// named-entity recogniser: the relay's display name already carries the
// buyer's first name (docs/amazon.md, "Relay addresses and senders"), and
// NER costs 230 ms and 40 MB to load for a fallback that also tags
// "Please" as a person (docs/dependencies.md, "prose").
func signOffName(text string) string {
	lines := strings.Split(strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n")), "\n")
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-4; i-- {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if isClosing(t) && i+1 < len(lines) {
			if n := strings.TrimSpace(lines[i+1]); isName(n) {
				return n
			}
		}
		if j := strings.IndexByte(t, ','); j > 0 && isClosing(t[:j]) {
			if n := strings.TrimSpace(t[j+1:]); isName(n) {
				return n
			}
		}
	}
	return ""
}

// isName accepts one to three words, each starting with an upper-case letter
// and made of letters, hyphens, apostrophes or a trailing dot.
func isName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		rs := []rune(w)
		if !unicode.IsUpper(rs[0]) {
			return false
		}
		for _, r := range rs {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '.' {
				return false
			}
		}
	}
	return true
}

// partialAddress returns the part of a new address the buyer gave when no
// whole address was read: a corrected house number ("14 not 41, Maple
// Close", "23 statt 32, Friesenweg"), a street and number without a
// postcode ("Adesso abito a Firenze, Via dei Serragli 80", "I live at 7
// Orchard Road", "je suis maintenant au 8 rue des Lilas") or a Chinese or
// Japanese ward and block ("大阪市北区梅田1-2-3"). The reply echoes it for
// the buyer to confirm instead of asking for the address again. A city
// alone ("I'm in Bristol now") is no address: "".
func partialAddress(text string) string {
	for _, part := range strings.FieldsFunc(text, func(r rune) bool {
		return r == '\n' || r == '?' || r == '？' || r == '!' || r == '！' || r == '。'
	}) {
		for _, p := range strings.Split(part, ". ") {
			p = strings.TrimSpace(p)
			if p == "" || aftersale.HasOrderID(p) || trackingWordRe.MatchString(p) {
				continue
			}
			if m := houseFixRe.FindStringSubmatchIndex(p); m != nil {
				// The right number and what follows it: "14 not 41, Maple
				// Close" is "14, Maple Close".
				var num string
				if m[2] >= 0 {
					num = p[m[2]:m[3]]
				} else {
					num = p[m[4]:m[5]]
				}
				return trimAddress(num + p[m[1]:])
			}
			if m := cjkPartialRe.FindString(p); m != "" {
				return trimAddress(m)
			}
			if loc := streetRe.FindStringIndex(p); loc != nil && numberNear(p, loc) {
				start := loc[0]
				if m := houseNumberRe.FindStringIndex(p[:start]); m != nil {
					start = m[0] // "8 rue des Lilas": the number before the street word
				}
				if i := strings.LastIndexAny(p[:start], ":："); i >= 0 {
					start = i + 1
				}
				return trimAddress(strings.TrimLeft(p[start:], ":： "))
			}
		}
	}
	return ""
}

var (
	// houseFixRe reads a corrected house number: "14 not 41", "23 statt
	// 32", "le 3 et non le 30", "el 15, no el 51", "9 e non 90", "not 41
	// but 14".
	houseFixRe = regexp.MustCompile(`(?i)\b(\d{1,4}[a-z]?)\s*,?\s+(?:not|instead of|rather than|statt|anstatt|nicht|et non|et pas|au lieu de|y no|no|en vez de|en lugar de|e non|invece di|non)\s+(?:(?:le|el|il|la|the|der|die)\s+)?(?:n[°º.]\s*)?\d{1,4}[a-z]?\b|\bnot\s+\d{1,4}[a-z]?\s*,?\s+but\s+(\d{1,4}[a-z]?)\b`)
	// cjkPartialRe is a Chinese or Japanese city or ward with a block
	// number, without a postcode or a road word.
	cjkPartialRe = regexp.MustCompile(`\p{Han}{1,5}(?:市|区)\p{Han}{0,8}[0-9０-９]+(?:[-−－の][0-9０-９]+)*(?:号|番地?|丁目)?`)
	// trackingWordRe finds a tracking or parcel number, whose digits are
	// no house number.
	trackingWordRe = regexp.MustCompile(`(?i)\b(?:tracking|sendungsnummer|suivi|seguimiento|tracciamento)\b|追跡|单号|快递单`)
)

// numberNear reports whether a street word at loc in p has a house number
// within 25 bytes before or after it ("Via dei Serragli 80", "7 Orchard
// Road").
func numberNear(p string, loc []int) bool {
	lo, hi := max(loc[0]-25, 0), min(loc[1]+25, len(p))
	return strings.ContainsAny(p[lo:hi], "0123456789")
}
