package pii

import (
	"regexp"
	"strings"
	"unicode"
)

// cap is a capitalised word of a street name ("St." included); town is
// one of a town's name.
const (
	cap  = `\p{Lu}[\p{L}'’.\-]*`
	town = `\p{Lu}[\p{L}'’\-]*`
)

// place is a Han character that can be part of a place name: not one of
// the particles and verbs that surround an address in a sentence.
const place = `[^\P{Han}的是在我你他她们了和与或及到从把被给为址请寄送发改换往至去]`

var streetRes = []*regexp.Regexp{
	// English: "12 Main Street", "221B Baker St", "Flat 2, 10 Downing Street".
	regexp.MustCompile(`\b\d+[A-Za-z]?,?\s+(?:` + cap + `\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Boulevard|Blvd|Court|Ct|Place|Pl|Terrace|Close|Crescent|Square|Sq|Parkway|Pkwy|Highway|Hwy|Row|Gardens|Mews|Hill|Circle|Cir|Trail)\b\.?`),
	regexp.MustCompile(`\b\d+[A-Za-z]?,?\s+(?:[\p{L}'’.\-]+\s+){1,3}(?i:street|road|avenue|ave|lane|ln|boulevard|blvd|rd|terrace|crescent)\b\.?`),
	regexp.MustCompile(`(?i)\b(?:apt|apartment|flat|unit|suite|ste|po box|p\.o\. box|wohnung|whg\.?|appartement|appt|apto|piso|depto|dpto|interno|int|scala|escalera|esc|puerta|pta|étage|etage|bâtiment|bât|col|lgh|daire|d:|m\.)\.?\s*#?\s*\d+[a-z]?\b`),
	// German, Dutch, Swedish: a street word ending with its number.
	regexp.MustCompile(`(?i)\b[\p{L}\-]*(?:straße|strasse|str\.?|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|straat|laan|plein|gracht|kade|singel|dijk|gatan|vägen|gränd|torget)\s*\d+\s?[a-z]?(?:\s*[-/]\s*\d+[a-z]?)?\b`),
	regexp.MustCompile(`\b(?:Am|An der|An den|Auf der|Im|In der|Zum|Zur)\s+` + cap + `\s+\d+[a-z]?\b`),
	// French: "12 rue de la Paix", "3 bis avenue Victor Hugo".
	regexp.MustCompile(`\b\d+(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|av\.|boulevard|bd|chemin|allée|impasse|place|quai|route|cours|square|passage|résidence)\s+(?:(?:de|du|des|la|le|l'|d')\s*)*\p{L}[\p{L}'’\-]*(?:\s+(?:(?:de|du|des|la|le|l'|d')\s*)*\p{Lu}[\p{L}'’\-]*){0,3}`),
	// Spanish, Italian, Portuguese, Polish: the street word, its name, the number.
	regexp.MustCompile(`\b(?:Calle|C/|Rúa|Avda\.?|Avenida|Av\.|Plaza|Pza\.?|Paseo|Carrer|Camino|Ronda|Travesía|Glorieta|Via|Viale|V\.le|Piazza|P\.za|Corso|C\.so|Vicolo|Largo|Strada|Piazzale|Contrada|Rua|R\.|Travessa|Praça|Estrada|ul\.|ulica|al\.|aleja|os\.|osiedle)\s*(?:(?:de|del|dei|degli|delle|della|di|da|do|dos|das|la|las|los|el|San|Santa|Santo)\s+)*[\p{Lu}\d][\p{L}'’.\-]*(?:\s+(?:(?:de|del|di|da|do|la)\s+)?[\p{Lu}][\p{L}'’.\-]*){0,3},?\s*(?:n[ºo°.]*\s*)?\d+[A-Za-z]?(?:\s*[/-]\s*\d{1,3}[A-Za-z]?\b|\s*,\s*\d{1,3}\.?[ºª](?:\s?[A-Z]\b)?)*`),
	// Turkish: "Atatürk Caddesi No: 12/3", "Gül Sokak No 5".
	regexp.MustCompile(`\b` + cap + `\s+(?:Sokak|Sokağı|Sk\.|Sok\.|Caddesi|Cad\.|Cd\.|Mahallesi|Mah\.|Bulvarı|Blv\.)(?:\s+No\s*[:.]?\s*\d+[A-Za-z]?(?:/\d+)?)?`),
	// Japanese: prefecture, city or ward, district, then block numbers
	// ("2丁目8番1号" or "2-8-1"), then the building and room.
	regexp.MustCompile(`(?:〒\s?` + d + `{3}[-－]` + d + `{4}\s*)?(?:` + place + `{1,3}[都道府県])?` + place + `{1,6}[市区町村郡][\p{Han}\p{Katakana}ー0-9０-９]{0,12}?(?:(?:` + d + `+|[一二三四五六七八九十]+)丁目` + d + `*(?:番地?|[-－ー‐])?` + d + `*(?:号|[-－ー‐]` + d + `+)?|` + d + `+[-－‐]` + d + `+(?:[-－‐]` + d + `+)?)(?:[ 　]?[\p{Han}\p{Katakana}ーA-Za-z]+[ 　]?` + d + `+(?:号室|号|室)?)?`),
	// Chinese: province, city, district, road and number, building, room.
	regexp.MustCompile(`(?:` + place + `{2,3}省)?(?:` + place + `{2,4}市)?(?:` + place + `{1,4}[区县])?` + place + `{1,8}(?:路|街|道|巷|大道|胡同|弄)(?:[一二三四五六七八九十]+段)?` + d + `+号(?:院)?(?:` + d + `+(?:号楼|[栋幢号楼座]))?(?:` + d + `+单元)?(?:` + d + `+室?)?`),
	regexp.MustCompile(place + `{2,3}省` + place + `{2,4}市(?:` + place + `{1,4}[区县])?`),
	regexp.MustCompile(place + `{2,4}市` + place + `{1,4}[区县]`),
}

var postcodeRes = []*regexp.Regexp{
	// United States: "Springfield, IL 62704".
	regexp.MustCompile(`\b(?:` + town + `[ \t]){0,2}` + town + `,[ \t]*[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b`),
	regexp.MustCompile(`\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b`),
	// 5-digit postcodes with their town: "10115 Berlin", "75001 Paris".
	regexp.MustCompile(`\b(?:[A-Z]{1,2}-)?\d{5}\s+` + town + `(?:[ \-](?:(?:am|an|im|sur|de|del|di|la|le)\s+)?` + town + `){0,2}(?:\s*\([A-Z]{2}\))?`),
	// Netherlands "1012 AB Amsterdam", Poland "00-950 Warszawa", Sweden
	// "114 55 Stockholm", Portugal "1000-001 Lisboa".
	regexp.MustCompile(`\b\d{4}\s?[A-Z]{2}\b(?:\s+` + town + `)?`),
	regexp.MustCompile(`\b\d{2}-\d{3}\s+` + town),
	regexp.MustCompile(`\b\d{3}\s\d{2}\s+` + town),
	regexp.MustCompile(`\b\d{4}-\d{3}\s+` + town),
	// United Kingdom and Canada.
	regexp.MustCompile(`\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b`),
	regexp.MustCompile(`\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b`),
	// Japan and China.
	regexp.MustCompile(`〒\s?` + d + `{3}[-－]` + d + `{4}`),
	regexp.MustCompile(`(?:邮编|郵便番号)\s*[:：]?\s*` + d + `{3}[-－]?` + d + `{3,4}`),
}

var (
	betweenRe   = regexp.MustCompile(`\x{E001}[^\x{E001}\n]{1,40}\x{E001}`)
	postcode4Re = regexp.MustCompile(`\x{E001},?\s*(?:[A-Z]{1,2}-)?\d{4}\s+` + town + `(?:\s+` + town + `)?`)
)

// addressMarkerRe introduces an address; what follows on the line and the
// lines below (up to a blank line, at most six) are the address.
var addressMarkerRe = regexp.MustCompile(`(?i)(?:new (?:shipping |delivery )?address|correct address|right address|ship(?:ping)? (?:it )?to|deliver(?:y)? (?:it )?to|send (?:it )?to|my address(?: is)?|neue (?:liefer)?(?:adresse|anschrift)|richtige adresse|korrekte adresse|lieferadresse|meine adresse(?: lautet| ist)?|nouvelle adresse|bonne adresse|adresse correcte|adresse de livraison|mon adresse(?: est)?|nueva dirección|dirección correcta|dirección de envío|mi dirección(?: es)?|nuovo indirizzo|indirizzo corretto|indirizzo giusto|indirizzo di spedizione|il mio indirizzo(?: è)?|新しい住所|正しい住所|お届け先|送り先|住所|新地址|正确地址|正确的地址|收货地址|地址)\s*(?:is|ist|lautet|est|es|è|は|是)?\s*[:：]`)

// addresses replaces street addresses, postcodes with their town, and the
// lines after an address marker.
func (s *scrubber) addresses() {
	lines := strings.Split(s.t, "\n")
	for i := 0; i < len(lines); i++ {
		m := addressMarkerRe.FindStringIndex(lines[i])
		if m == nil {
			continue
		}
		if rest := lines[i][m[1]:]; strings.TrimSpace(rest) != "" && !onlyMarks(rest) {
			// The address is the rest of the sentence.
			n := addressEnd(rest)
			addr := strings.TrimRight(rest[:n], " \t　")
			lines[i] = lines[i][:m[1]] + leadingSpace(rest) + string(marks[Address]) + rest[len(addr):]
			continue
		}
		// The address is on the following lines.
		n := 0
		for j := i + 1; j < len(lines) && n < 6; j++ {
			t := strings.TrimSpace(lines[j])
			if t == "" {
				if n == 0 {
					continue
				}
				break
			}
			if closingLineRe.MatchString(t) {
				break
			}
			lines[j] = string(marks[Address])
			n++
			i = j
		}
	}
	s.t = strings.Join(lines, "\n")
	if !strings.ContainsFunc(s.t, unicode.IsDigit) {
		return // every street and postcode pattern has a number
	}
	for _, re := range streetRes {
		s.re(re, Address)
	}
	for _, re := range postcodeRes {
		s.reTown(re)
	}
	// What lies between two addresses on a line, if it is only a few
	// capitalised words or numbers ("<address>, Floor 9, Boston <address>"),
	// belongs to the address.
	for {
		t := betweenRe.ReplaceAllStringFunc(s.t, func(m string) string {
			if addressRest(m) {
				return string(marks[Address])
			}
			return m
		})
		if t == s.t {
			break
		}
		s.t = t
	}
	// A postcode of four digits and its town after a street address
	// ("Hauptplatz 9, 8010 Graz").
	s.re(postcode4Re, Address)
	s.absorbTails()
	// A line that is an address apart from a few capitalised words (the
	// town, the country, a district) is an address as a whole.
	lines = strings.Split(s.t, "\n")
	for i, l := range lines {
		if strings.ContainsRune(l, marks[Address]) && addressRest(l) {
			lines[i] = leadingSpace(l) + string(marks[Address])
		}
	}
	s.t = strings.Join(lines, "\n")
	// A short line with a number right above an address line belongs to
	// it (a building, a room, a floor).
	lines = strings.Split(s.t, "\n")
	for i := len(lines) - 1; i > 0; i-- {
		if strings.TrimSpace(lines[i]) == string(marks[Address]) && addressPart(lines[i-1]) {
			lines[i-1] = leadingSpace(lines[i-1]) + string(marks[Address])
		}
	}
	s.t = strings.Join(lines, "\n")
}

// addressRest reports whether what an address line holds besides its
// address marks is at most four capitalised words or numbers (district,
// town, state, country).
func addressRest(l string) bool {
	n := 0
	for _, w := range strings.FieldsFunc(l, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '#' || isMark(r)
	}) {
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '#' || notNameWords[strings.ToLower(w)] {
			return false
		}
		n++
	}
	return n <= 4
}

// tailRe is what may follow a street address on its line: towns,
// districts, state codes and postcodes, separated by commas, slashes or
// dashes ("<address>, Kadıköy / İstanbul", "<address>, Centro, Curitiba -
// PR").
var tailRe = regexp.MustCompile(`^(?:[ \t]*[,/\-–][ \t]*|[ \t]+)(` + town + `\.?|[A-Z]{2,5}|\d{3,5}(?:-\d{3,4})?|\x{E001})`)

// absorbTails extends every address over the town, state and postcode
// that follow it, up to five of them; a word such as "Thanks" or "Bitte"
// ends the tail.
func (s *scrubber) absorbTails() {
	mark := string(marks[Address])
	var b strings.Builder
	t := s.t
	for {
		i := strings.Index(t, mark)
		if i < 0 {
			b.WriteString(t)
			break
		}
		b.WriteString(t[:i+len(mark)])
		t = t[i+len(mark):]
		for n := 0; n < 5; n++ {
			m := tailRe.FindStringSubmatchIndex(t)
			if m == nil || notNameWords[strings.ToLower(t[m[2]:m[3]])] {
				break
			}
			t = t[m[1]:]
		}
	}
	s.t = b.String()
}

func leadingSpace(l string) string {
	return l[:len(l)-len(strings.TrimLeft(l, " \t"))]
}

// onlyMarks reports whether s holds nothing but placeholders, spaces and
// punctuation.
func onlyMarks(s string) bool {
	for _, r := range s {
		if !isMark(r) && !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			return false
		}
	}
	return true
}

// addressEndRe ends an address given after a marker on the same line: the
// end of a sentence, another placeholder, or the label of a phone number.
var addressEndRe = regexp.MustCompile(`(?i)[。！？!?]|[.;]\s+\p{Lu}|[.;]\s*$|[\x{E000}\x{E002}-\x{E006}]|\b(?:tel|tél|phone|mobile|telefon|teléfono|telefono|handy|cell)\b|電話|电话|手机|携帯`)

// addressEnd returns where the address that starts rest ends.
func addressEnd(rest string) int {
	if m := addressEndRe.FindStringIndex(rest); m != nil {
		return m[0]
	}
	return len(rest)
}

// reTown replaces the matches of a postcode pattern with an address,
// unless the word taken for the town is a common one ("02138 Thank you").
func (s *scrubber) reTown(re *regexp.Regexp) {
	var spans [][2]int
	for _, m := range re.FindAllStringIndex(s.t, -1) {
		v := s.t[m[0]:m[1]]
		if i := strings.LastIndexFunc(v, unicode.IsDigit); i >= 0 {
			// The word after the postcode, if the town follows it.
			if words := strings.Fields(v[i+1:]); len(words) > 0 && notNameWords[strings.ToLower(strings.Trim(words[0], ",."))] {
				continue
			}
		}
		spans = append(spans, [2]int{m[0], m[1]})
	}
	s.replaceSpans(spans, Address)
}

// addressPart reports whether l looks like a line of an address block: at
// most six words, a number among them, no sentence punctuation.
func addressPart(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && len(strings.Fields(t)) <= 6 && strings.ContainsFunc(t, unicode.IsDigit) &&
		!strings.ContainsAny(t, ".?!:;。？！") && !strings.ContainsFunc(t, isMark)
}
