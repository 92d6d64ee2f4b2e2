package respond

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A phone number can be written in words to get past a digit scan: "oh
// two oh, seven nine four six", "null eins fünf eins …", "zéro six, douze,
// trente-quatre …", "zero sei, dodici trentaquattro …", "ゼロキュウゼロ…",
// "〇九〇の一二三四…", "一三八 零零一三 …". findSpokenPhones reads runs of
// number words (digits, "double"/"triple", teens, tens and their
// compounds in the seven languages) joined only by spaces and light
// separators. A run spelling 7 to 15 digits with at least three number
// words is a phone number when it spells 10 or more digits, or when its
// sentence has a phone word ("call", "ring", "dial", "anrufen",
// "appelez", "llámenos", "chiamateci", "電話", "拨打" …). Amounts, dates
// and counts spelled out are short runs and stay out.

// spokenMinDigits and spokenSureDigits: a run of at least spokenMinDigits
// digits is a phone beside a phone word; one of spokenSureDigits digits is
// a phone anywhere. spokenMinWords number words at least make a run.
const (
	spokenMinDigits  = 7
	spokenSureDigits = 10
	spokenMaxDigits  = 15
	spokenMinWords   = 3
)

// spokenCueRe: words near a number that make it a phone number.
var spokenCueRe = regexp.MustCompile(`(?i)phone|call|ring\b|dial|reach|text\s+(?:us|me|him|her)|whats\s?app|hotline|\bnumber|\btel\b|tel\.|` +
	`telefon|anruf|rufen|erreich|wählen|nummer|handy|` +
	`téléphon|appel|compos|joindre|numéro|portable|` +
	`tel[eé]fono|llam|marc|número|móvil|` +
	`chiam|contatt|numero|cellulare|squill|` +
	`電話|番号|ダイヤル|携帯|连线|电话|拨打|致电|来电|号码|手机|打给`)

// spokenWords maps number words to the digits they spell. Hyphenated and
// compound forms (twenty-one, dreiundzwanzig, trente-quatre, treinta y
// cuatro, trentaquattro, veintiuno) are read by spokenValue.
var spokenWords = func() map[string]string {
	m := map[string]string{}
	add := func(val string, words ...string) {
		for _, w := range words {
			m[w] = val
		}
	}
	add("0", "zero", "oh", "null", "zéro", "cero", "nought")
	add("1", "one", "eins", "un", "une", "uno")
	add("2", "two", "zwei", "zwo", "deux", "dos", "due")
	add("3", "three", "drei", "trois", "tres", "tre")
	add("4", "four", "vier", "quatre", "cuatro", "quattro")
	add("5", "five", "fünf", "fuenf", "cinq", "cinco", "cinque")
	add("6", "six", "sechs", "seis", "sei")
	add("7", "seven", "sieben", "sept", "siete", "sette")
	add("8", "eight", "acht", "huit", "ocho", "otto")
	add("9", "nine", "neun", "neuf", "nueve", "nove")
	add("10", "ten", "zehn", "dix", "diez", "dieci")
	add("11", "eleven", "elf", "onze", "once", "undici")
	add("12", "twelve", "zwölf", "zwoelf", "douze", "doce", "dodici")
	add("13", "thirteen", "dreizehn", "treize", "trece", "tredici")
	add("14", "fourteen", "vierzehn", "quatorze", "catorce", "quattordici")
	add("15", "fifteen", "fünfzehn", "quinze", "quince", "quindici")
	add("16", "sixteen", "sechzehn", "seize", "dieciséis", "sedici")
	add("17", "seventeen", "siebzehn", "diecisiete", "diciassette")
	add("18", "eighteen", "achtzehn", "dieciocho", "diciotto")
	add("19", "nineteen", "neunzehn", "diecinueve", "diciannove")
	add("20", "twenty", "zwanzig", "vingt", "veinte", "venti")
	add("30", "thirty", "dreißig", "dreissig", "trente", "treinta", "trenta")
	add("40", "forty", "vierzig", "quarante", "cuarenta", "quaranta")
	add("50", "fifty", "fünfzig", "cinquante", "cincuenta", "cinquanta")
	add("60", "sixty", "sechzig", "soixante", "sesenta", "sessanta")
	add("70", "seventy", "siebzig", "setenta", "settanta")
	add("80", "eighty", "achtzig", "ochenta", "ottanta")
	add("90", "ninety", "neunzig", "noventa", "novanta")
	return m
}()

// spokenRepeat: "double zero" is "00", "triple nine" is "999".
var spokenRepeat = map[string]int{"double": 2, "triple": 3, "doppel": 2, "doppio": 2, "doppia": 2, "doble": 2}

// German unit-und-tens ("vierunddreißig"), Italian and Spanish tens with a
// unit glued on ("trentaquattro", "ventuno", "veintidós", "dieciséis").
var (
	spokenDeRe = regexp.MustCompile(`^(ein|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun)und(zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$`)
	spokenItRe = regexp.MustCompile(`^(vent|trent|quarant|cinquant|sessant|settant|ottant|novant)a?(uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove)$`)
	spokenEsRe = regexp.MustCompile(`^veinti(uno|ún|un|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)$`)
)

var spokenItTens = map[string]string{"vent": "2", "trent": "3", "quarant": "4", "cinquant": "5", "sessant": "6", "settant": "7", "ottant": "8", "novant": "9"}

var spokenUnitFold = map[string]string{"ún": "1", "un": "1", "dós": "2", "trés": "3", "tré": "3", "séis": "6", "ein": "1"}

// spokenValue returns the digits a lower-case word spells, or "".
func spokenValue(w string) string {
	if v, ok := spokenWords[w]; ok {
		return v
	}
	unit := func(u string) string {
		if v, ok := spokenUnitFold[u]; ok {
			return v
		}
		return spokenWords[u]
	}
	if m := spokenDeRe.FindStringSubmatch(w); m != nil {
		return spokenWords[m[2]][:1] + unit(m[1])
	}
	if m := spokenItRe.FindStringSubmatch(w); m != nil {
		return spokenItTens[m[1]] + unit(m[2])
	}
	if m := spokenEsRe.FindStringSubmatch(w); m != nil {
		return "2" + unit(m[1])
	}
	if !strings.ContainsAny(w, "-‐") {
		return ""
	}
	// Hyphenated: digits one by one ("oh-two-oh") or a compound
	// ("twenty-one", "trente-quatre", "soixante-dix-huit",
	// "quatre-vingt-douze", "vingt-et-un").
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '‐' })
	allDigits := true
	var vals []string
	for i := 0; i < len(parts); i++ {
		p := parts[i]
		if p == "et" {
			allDigits = false
			continue
		}
		if p == "quatre" && i+1 < len(parts) && (parts[i+1] == "vingt" || parts[i+1] == "vingts") {
			vals = append(vals, "80")
			i++
			allDigits = false
			continue
		}
		v := spokenValue(p)
		if v == "" {
			return ""
		}
		if len(v) > 1 {
			allDigits = false
		}
		vals = append(vals, v)
	}
	if allDigits {
		return strings.Join(vals, "")
	}
	sum := 0
	for _, v := range vals {
		n := 0
		for _, c := range v {
			n = n*10 + int(c-'0')
		}
		sum += n
	}
	if sum >= 100 {
		return ""
	}
	return string([]byte{byte('0' + sum/10), byte('0' + sum%10)})
}

// spokenJoin: what may stand between two number words of one run.
func spokenJoin(gap string) bool {
	for _, r := range gap {
		switch r {
		case ' ', '\t', ',', '.', '/', '-', '–', '—', '(', ')', '\u00a0':
		default:
			return false
		}
	}
	return strings.Count(gap, ".") <= 1 && !strings.Contains(gap, "\n")
}

// findSpokenPhones returns the byte spans of phone numbers written in
// words (see the comment at the top of this file).
func findSpokenPhones(text string) [][]int {
	out := spokenLatin(text)
	if !isASCII(text) {
		out = append(out, spokenCJK(text)...)
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// spokenLatin reads runs of number words in the Latin-script languages.
func spokenLatin(text string) [][]int {
	type tok struct {
		start, end int
		val        string // digits, "" for a joiner word
		rep        int    // "double"/"triple"
	}
	var out [][]int
	var run []tok
	digits, words := 0, 0
	flush := func() {
		// Trailing joiners and repeat words are not part of the run.
		for len(run) > 0 && run[len(run)-1].val == "" {
			run = run[:len(run)-1]
		}
		if len(run) > 0 && words >= spokenMinWords && digits >= spokenMinDigits && digits <= spokenMaxDigits {
			sp := []int{run[0].start, run[len(run)-1].end}
			if digits >= spokenSureDigits || spokenCueRe.MatchString(text[sentenceStart(text, sp[0]):sentenceEnd(text, sp[1])]) {
				out = append(out, sp)
			}
		}
		run, digits, words = run[:0], 0, 0
	}
	prevEnd := 0
	pendingRep := 0
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !(r >= '0' && r <= '9') {
			i += n
			continue
		}
		start := i
		isNum := r >= '0' && r <= '9'
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if isNum && r >= '0' && r <= '9' || !isNum && (unicode.IsLetter(r) || (r == '-' || r == '‐') && i+n < len(text) && isLetterAt(text, i+n)) {
				i += n
				continue
			}
			break
		}
		w := text[start:i]
		var val string
		rep := 0
		joiner := false
		if isNum {
			if len(run) > 0 || pendingRep > 0 {
				val = w
			}
		} else {
			lw := strings.ToLower(w)
			val = spokenValue(lw)
			if val == "" {
				rep = spokenRepeat[lw]
				// "treinta y cuatro", "quarante et un": a joiner between tens and a unit.
				joiner = (lw == "y" || lw == "et" || lw == "und") && len(run) > 0 && len(run[len(run)-1].val) == 2 && run[len(run)-1].val[1] == '0'
			}
		}
		if len(run) > 0 && !spokenJoin(text[prevEnd:start]) {
			flush()
			pendingRep = 0
		}
		switch {
		case val != "" && !isNum || val != "" && isNum && len(run) > 0:
			if pendingRep > 0 {
				val = strings.Repeat(val, pendingRep)
				pendingRep = 0
			}
			if n := len(run); n > 0 && run[n-1].val == "" && n > 1 && len(val) == 1 {
				// "treinta y cuatro": the joiner folds the unit into the tens.
				prev := &run[n-2]
				prev.val = prev.val[:1] + val
				prev.end = i
				run = run[:n-1]
				prevEnd = i
				continue
			}
			run = append(run, tok{start, i, val, 0})
			digits += len(val)
			if !isNum {
				words++
			}
		case rep > 0:
			if len(run) == 0 {
				run = append(run, tok{start, i, "", rep})
			}
			pendingRep = rep
		case joiner:
			run = append(run, tok{start, i, "", 0})
		default:
			flush()
			pendingRep = 0
		}
		prevEnd = i
	}
	flush()
	return out
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// spokenKana are katakana readings of digits, longest first.
var spokenKana = []struct{ w, d string }{
	{"キュウ", "9"}, {"キュー", "9"}, {"ゼロ", "0"}, {"レイ", "0"}, {"マル", "0"},
	{"イチ", "1"}, {"ニー", "2"}, {"サン", "3"}, {"ヨン", "4"}, {"ゴー", "5"},
	{"ロク", "6"}, {"ナナ", "7"}, {"シチ", "7"}, {"ハチ", "8"},
	{"ニ", "2"}, {"シ", "4"}, {"ゴ", "5"}, {"ク", "9"},
}

// spokenHan are Han and other single-character digits.
var spokenHan = map[rune]byte{
	'〇': '0', '零': '0', '○': '0', '一': '1', '幺': '1', '二': '2', '三': '3', '四': '4',
	'五': '5', '六': '6', '七': '7', '八': '8', '九': '9',
}

// spokenCJK reads runs of Han digits and katakana digit readings.
func spokenCJK(text string) [][]int {
	var out [][]int
	start, end, digits, words := -1, -1, 0, 0
	flush := func() {
		if start >= 0 && words >= spokenMinWords && digits >= spokenMinDigits && digits <= spokenMaxDigits {
			sp := []int{start, end}
			if digits >= spokenSureDigits || spokenCueRe.MatchString(text[sentenceStart(text, sp[0]):sentenceEnd(text, sp[1])]) {
				out = append(out, sp)
			}
		}
		start, end, digits, words = -1, -1, 0, 0
	}
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if _, ok := spokenHan[r]; ok {
			if start < 0 {
				start = i
			}
			i += n
			end, digits, words = i, digits+1, words+1
			continue
		}
		if r >= 'ァ' && r <= 'ヺ' {
			matched := false
			for _, k := range spokenKana {
				if strings.HasPrefix(text[i:], k.w) {
					if start < 0 {
						start = i
					}
					i += len(k.w)
					end, digits, words = i, digits+1, words+1
					matched = true
					break
				}
			}
			if matched {
				continue
			}
			flush()
			i += n
			continue
		}
		if start >= 0 && r >= '0' && r <= '9' {
			i += n
			end, digits = i, digits+1
			continue
		}
		if start >= 0 && strings.ContainsRune(" 　、，,-－ー‐・の ノ()（）", r) {
			i += n
			continue
		}
		flush()
		i += n
	}
	flush()
	return out
}

// sentenceStart and sentenceEnd bound the sentence around a span: up to
// the previous or next full stop, question or exclamation mark or line
// break (Latin or CJK).
func sentenceStart(text string, at int) int {
	i := strings.LastIndexAny(text[:at], ".!?\n。！？")
	if i < 0 {
		return 0
	}
	_, n := utf8.DecodeRuneInString(text[i:])
	return i + n
}

func sentenceEnd(text string, at int) int {
	i := strings.IndexAny(text[at:], ".!?\n。！？")
	if i < 0 {
		return len(text)
	}
	return at + i
}

// overlapsAny reports whether span sp overlaps one of spans.
func overlapsAny(sp []int, spans [][]int) bool {
	for _, o := range spans {
		if sp[0] < o[1] && o[0] < sp[1] {
			return true
		}
	}
	return false
}
