package pii

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of a name: capitalised, an initial ("J."), or a name
// already replaced (a known first name before its surname).
const word = `(?:\x{E000}|\p{Lu}[\p{L}'’\-]*\.?)`

// particle joins the parts of a name ("van", "de", "von der").
const particle = `(?:van|von|der|den|de|del|della|di|da|do|dos|du|la|le|ten|ter|bin|al)`

// closings are the sign-offs a name follows ("Thanks, Tom").
const closings = `thanks(?: (?:a lot|again|in advance))?|thank you(?: (?:very much|in advance))?|many thanks|thx|regards|best|best regards|kind regards|warm regards|all the best|cheers|sincerely|yours sincerely|yours faithfully|yours truly|br|danke(?: schön| sehr| im voraus)?|vielen dank|mit freundlichen grüßen|freundliche grüße|mfg|viele grüße|liebe grüße|lg|vg|gruß|grüße|beste grüße|herzliche grüße|merci(?: beaucoup| d'avance)?|cordialement|bien cordialement|bien à vous|salutations|sincères salutations|amitiés|gracias|muchas gracias|saludos|un saludo|saludos cordiales|atentamente|cordialmente|grazie(?: mille)?|cordiali saluti|saluti|distinti saluti|un saluto|a presto|tack|mvh|hälsningar|groeten|met vriendelijke groet|bedankt|pozdrawiam|dziękuję|teşekkürler|saygılarımla|obrigado|obrigada|atenciosamente|abraços`

// nameRun is one to three name words, possibly joined by particles.
const nameRun = word + `(?:[ \t]+(?:` + particle + `[ \t]+)?` + word + `){0,2}`

var (
	// titleRe: a title before a name; the title stays.
	titleRe = regexp.MustCompile(`\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Hr|Fr|Monsieur|Madame|Mademoiselle|Mme|Mlle|M\.|Señor|Señora|Señorita|Sr|Sra|Srta|Don|Doña|Dña|Signor|Signora|Signorina|Sig|Sig\.ra|Sig\.na|Dott|Dott\.ssa|Ing|Avv|Heer|Mevrouw|Dhr|Mevr|Pan|Pani|Bay|Bayan|Sayın|Senhor|Senhora)\.?[ \t]+(` + nameRun + `)`)
	// greetingRe: a greeting at the start of a line, then the name.
	greetingRe = regexp.MustCompile(`(?m)^[ \t]*(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|moin|servus|guten (?:tag|morgen|abend)|liebe|lieber|sehr geehrte[rs]?|bonjour|bonsoir|salut|cher|chère|hola|buenos días|buenas tardes|estimado|estimada|querido|querida|ciao|salve|buongiorno|buonasera|gentile|gentili|caro|cara|hej|hallå|goedemorgen|goedendag|beste|dag|olá|oi|prezado|prezada|merhaba|dzień dobry|witam)[ \t,]+(` + nameRun + `)[ \t]*(?:[,!:;.]|$)`)
	// introRe: "my name is" and its translations, then the name.
	introRe = regexp.MustCompile(`(?i:\b(?:my name is|my name's|this is|i am|i'm|mein name ist|mein name lautet|ich heiße|je m'appelle|je suis|mon nom est|me llamo|mi nombre es|soy|mi chiamo|il mio nome è|sono|mijn naam is|ik ben|nazywam się|benim adım|adım|meu nome é|chamo-me|jag heter))[ \t]+(` + nameRun + `)`)
	// closingLineRe: a sign-off; the name follows on its line or below.
	closingLineRe = regexp.MustCompile(`(?i)^[ \t]*(?:` + closings + `)[ \t]*[,.!]*`)
	// endSignOffRe: a sign-off with the name at the end of a line of text.
	endSignOffRe = regexp.MustCompile(`(?i:\b(?:` + closings + `))[ \t]*[,.!]*[ \t]+(` + nameRun + `)[ \t]*[.!]?[ \t]*$`)
	// signatureRe: a line that is only a name (after the closing).
	signatureRe = regexp.MustCompile(`^[ \t]*(?:[-–—~][ \t]*)?(` + nameRun + `)[ \t]*[.!]?[ \t]*$`)
	// surnameRe: a capitalised word right after a replaced first name.
	surnameRe = regexp.MustCompile(`\x{E000}[ \t]+(\p{Lu}[\p{L}'’\-]+)`)
	// A name given with its first name, which the gazetteer knows.
	firstNameRe = regexp.MustCompile(`\p{Lu}[\p{L}'’\-]+`)
)

// Japanese and Chinese names, found by what surrounds them.
var (
	jaHonorificRe = regexp.MustCompile(`([\p{Han}\p{Katakana}ー]{1,6})(?:[ 　]?)(様|さま|さん|殿|君|くん|ちゃん|氏)`)
	jaIntroRe     = regexp.MustCompile(`([\p{Han}\p{Katakana}ー]{1,6}(?:[ 　][\p{Han}\p{Katakana}ー]{1,4})?)(?:と申します|ともうします)`)
	jaIamRe       = regexp.MustCompile(`私は([\p{Han}\p{Katakana}ー]{2,6})です`)
	cjkLabelRe    = regexp.MustCompile(`(?:氏名|お名前|名前|宛名|受取人|收件人|收货人|联系人|姓名|名字)[ \t]*[:：は是]?[ \t]*「?([\p{Han}\p{Katakana}ー]{2,10}(?:[ 　][\p{Han}\p{Katakana}ー]{1,6})?)`)
	zhHonorificRe = regexp.MustCompile(`([\p{Han}]{1,3})(先生|女士|小姐|老师|太太|同学)`)
	zhIntroRe     = regexp.MustCompile(`(?:我叫|我的名字是)([\p{Han}]{2,3})`)
	// jaCareOfRe: 「〜方」 (care of) after an address names its resident.
	jaCareOfRe = regexp.MustCompile(`\x{E001}[ 　]?([\p{Han}\p{Katakana}ー]{1,6})方`)
	zhIamRe    = regexp.MustCompile(`我是([\p{Han}]{2,3})`)
)

// names replaces names found by their context, then common first names.
func (s *scrubber) names() {
	for _, re := range []*regexp.Regexp{titleRe, greetingRe, introRe} {
		s.group(re, func(m string) bool { return !stopName(m) })
	}
	s.signOff()
	s.nameAboveAddress()
	s.firstNames()
	s.group(surnameRe, func(m string) bool { return !notNameWords[strings.ToLower(m)] })
	s.group(jaHonorificRe, func(m string) bool { return !jaNotName[m] && !jaNotNameSuffix(m) })
	s.group(jaIntroRe, func(string) bool { return true })
	s.group(jaIamRe, func(m string) bool { return !jaNotName[m] })
	s.group(cjkLabelRe, func(string) bool { return true })
	s.group(jaCareOfRe, func(string) bool { return true })
	s.group(zhHonorificRe, func(m string) bool { return zhName(m) })
	s.group(zhIntroRe, func(string) bool { return true })
	s.group(zhIamRe, func(m string) bool { return zhName(m) && !zhNotName[m] })
}

// group replaces the first submatch of every match of re that keep accepts.
// A candidate whose first word is not a name ends there: "Dear Anna Team"
// keeps "Team".
func (s *scrubber) group(re *regexp.Regexp, keep func(string) bool) {
	var spans [][2]int
	for _, m := range re.FindAllStringSubmatchIndex(s.t, -1) {
		i, j := m[2], m[3]
		if i < 0 {
			continue
		}
		i, j = trimName(s.t, i, j)
		if i >= j || !keep(s.t[i:j]) || !isCJKString(s.t[i:j]) && wordRuneAfter(s.t, j) {
			continue
		}
		spans = append(spans, [2]int{i, j})
	}
	s.replaceSpans(spans, Name)
}

// trimName cuts a candidate name at its first word that is not a name
// (a word every text has, "Team", "Amazon").
func trimName(t string, i, j int) (int, int) {
	end := i
	for k := i; k < j; {
		w := k
		for w < j {
			r, n := utf8.DecodeRuneInString(t[w:])
			if unicode.IsSpace(r) {
				break
			}
			w += n
		}
		tok := strings.TrimRight(t[k:w], ".,")
		if notNameWords[strings.ToLower(tok)] {
			break
		}
		end = w
		for w < j {
			r, n := utf8.DecodeRuneInString(t[w:])
			if !unicode.IsSpace(r) {
				break
			}
			w += n
		}
		k = w
	}
	for end > i && t[end-1] == '.' {
		end--
	}
	return i, end
}

// stopName reports whether a candidate is no name: empty, or a word such
// as "Sir", "Team", "Amazon".
func stopName(m string) bool {
	m = strings.TrimSpace(m)
	return m == "" || notNameWords[strings.ToLower(strings.Fields(m)[0])]
}

// signOff replaces the name in a sign-off ("Thanks, Tom", "Viele Grüße\nSabine
// Weber") and a signature line that ends the text.
func (s *scrubber) signOff() {
	lines := strings.Split(s.t, "\n")
	last := -1
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			last = i
			break
		}
	}
	for i, l := range lines {
		m := closingLineRe.FindStringIndex(l)
		if m == nil {
			continue
		}
		if rest := l[m[1]:]; strings.TrimSpace(rest) != "" {
			// The name on the closing's line.
			if sm := signatureRe.FindStringSubmatchIndex(rest); sm != nil && !stopName(rest[sm[2]:sm[3]]) {
				lines[i] = l[:m[1]] + rest[:sm[2]] + string(marks[Name]) + rest[sm[3]:]
			} else if cjkSignature(strings.TrimSpace(rest)) {
				lines[i] = l[:m[1]] + " " + string(marks[Name])
			}
			continue
		}
		// The name on the next one or two lines.
		for j := i + 1; j < len(lines) && j <= i+2; j++ {
			t := lines[j]
			if strings.TrimSpace(t) == "" {
				continue
			}
			if sm := signatureRe.FindStringSubmatchIndex(t); sm != nil && !stopName(t[sm[2]:sm[3]]) {
				lines[j] = t[:sm[2]] + string(marks[Name]) + t[sm[3]:]
			} else if cjkSignature(strings.TrimSpace(t)) {
				lines[j] = string(marks[Name])
			}
			break
		}
	}
	// A sign-off at the end of the text's last line.
	if last >= 0 {
		t := lines[last]
		if sm := endSignOffRe.FindStringSubmatchIndex(t); sm != nil && !stopName(t[sm[2]:sm[3]]) {
			lines[last] = t[:sm[2]] + string(marks[Name]) + t[sm[3]:]
		}
	}
	// A last line that is only a name is a signature.
	if last > 0 {
		t := lines[last]
		if sm := signatureRe.FindStringSubmatchIndex(t); sm != nil && !stopName(t[sm[2]:sm[3]]) && len(strings.Fields(t[sm[2]:sm[3]])) <= 3 {
			lines[last] = t[:sm[2]] + string(marks[Name]) + t[sm[3]:]
		} else if cjkSignature(strings.TrimSpace(t)) {
			lines[last] = string(marks[Name])
		}
	}
	s.t = strings.Join(lines, "\n")
}

// cjkSignature reports whether t is a Japanese or Chinese name on its own:
// two to five Han or Katakana characters (a space between family and given
// name allowed) that are not a closing word.
func cjkSignature(t string) bool {
	t = strings.TrimRight(t, "。.!！")
	n := 0
	for _, r := range t {
		switch {
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || r == 'ー' || r == marks[Name]:
			n++
		case r == ' ' || r == '　':
		default:
			return false
		}
	}
	return n >= 2 && n <= 5 && !cjkNotName[strings.ReplaceAll(strings.ReplaceAll(t, " ", ""), "　", "")]
}

// nameAboveAddress replaces a name-like line directly above an address
// line (the recipient of an address block).
func (s *scrubber) nameAboveAddress() {
	lines := strings.Split(s.t, "\n")
	for i := 0; i+1 < len(lines); i++ {
		if strings.TrimSpace(lines[i+1]) != string(marks[Address]) {
			continue
		}
		t := lines[i]
		if sm := signatureRe.FindStringSubmatchIndex(t); sm != nil && !stopName(t[sm[2]:sm[3]]) {
			lines[i] = t[:sm[2]] + string(marks[Name]) + t[sm[3]:]
		} else if cjkSignature(strings.TrimSpace(t)) {
			lines[i] = string(marks[Name])
		}
	}
	s.t = strings.Join(lines, "\n")
}

// firstNames replaces capitalised words that are common first names, with
// a capitalised word that follows (the surname).
func (s *scrubber) firstNames() {
	var spans [][2]int
	locs := firstNameRe.FindAllStringIndex(s.t, -1)
	for k := 0; k < len(locs); k++ {
		i, j := locs[k][0], locs[k][1]
		if wordRuneBefore(s.t, i) || wordRuneAfter(s.t, j) || !firstNames[strings.ToLower(s.t[i:j])] {
			continue
		}
		// The surname: the next word, capitalised, after one space.
		if k+1 < len(locs) {
			ni, nj := locs[k+1][0], locs[k+1][1]
			if gap := s.t[j:ni]; (gap == " " || gap == "\t") && !notNameWords[strings.ToLower(s.t[ni:nj])] && !wordRuneAfter(s.t, nj) {
				j = nj
				k++
			}
		}
		spans = append(spans, [2]int{i, j})
	}
	s.replaceSpans(spans, Name)
}

// zhName reports whether m starts with a common Chinese surname.
func zhName(m string) bool {
	r, _ := utf8.DecodeRuneInString(m)
	return strings.ContainsRune(zhSurnames, r)
}

// jaNotNameSuffix: words before 様 or さん that name a role, not a person
// ("ご担当者様", "お客様", "配達員さん").
func jaNotNameSuffix(m string) bool {
	for _, suf := range []string{"客", "者", "員", "店", "社", "長", "皆", "方", "屋", "局", "業者", "係"} {
		if strings.HasSuffix(m, suf) {
			return true
		}
	}
	return false
}
