package respond

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Unfilled template fields are found by their shape, in the syntaxes
// sellers' tools use: {{name}}, [[name]], {name}, ${name}, {%name%}, %s,
// [NAME] and <NAME> in capitals, [Your Name] and <order id> naming a slot,
// masked values (XXX, $XX.XX, XXX-XXXXXXX-XXXXXXX, XX様), the Japanese
// blank name 〇〇様 and slot brackets 【追跡番号】 or [物流单号]. Brackets
// that hold anything else are text: a product title "Brush Heads [4-pack]",
// a heading line 【ご注文について】, "[at]" in a disguised address.
var (
	// placeholderCandRe finds the candidates; bracketed ones are judged by
	// isSlotName.
	placeholderCandRe = guardAlt(`\{\{[^{}\n]{1,80}\}\}|\[\[[^\[\]\n]{1,80}\]\]|\$\{[^{}\n]{1,40}\}|\{%[^%\n]{1,40}%\}` +
		`|\{\s*[\p{L}_][\p{L}\p{N}_.]{0,30}\s*\}` +
		`|%(?:\d\$)?[sd]\b|%\([a-z_]+\)[sd]` +
		`|\[[^\[\]\n]{1,40}\]|［[^［］\n]{1,30}］|<[^<>\n@/=]{1,40}>|【[^【】\n]{1,20}】` +
		`|X{3}-X{7}-X{7}|[$€£¥]\s?X+(?:[.,]X+)?|X+[.,]XX\s?(?:€|EUR|USD|GBP|円|元)|\bX{3,}\b|\bx{3,}\b|X{2,}(?:様|さま|さん|先生|女士|小姐)` +
		`|[〇○◯●×△□]{2,}|某某`)

	// slotWordRe: words that name a template slot, as the whole content
	// of the brackets or a word in it ("Your Name", "INSERT DATE",
	// "NOMBRE_CLIENTE", "Sendungsnummer").
	slotWordRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:your|insert|enter|buyer|customer|client[ea]?|kunde|kunden|käufer|acheteur|comprador|acquirente|name|nom|nombre|nome|vorname|prénom|prenom|date|datum|fecha|data|number|num|nummer|numéro|numero|número|order|bestellung|commande|pedido|ordine|tracking|sendung|suivi|seguimiento|tracciamento|carrier|versanddienstleister|transporteur|transportista|corriere|amount|betrag|montant|importe|importo|address|adresse|direcci[oó]n|indirizzo|signature|unterschrift|link|url|answer|antwort|réponse|respuesta|risposta|placeholder|todo|tbd)(?:[^\p{L}]|$)` +
		`|(?i)\p{L}(?:name|nummer|datum|betrag|adresse)(?:[^\p{L}]|$)`)
	// slotNounRe: the ends of CJK slot names (追跡番号, 物流单号, お名前,
	// 金额, 承运商).
	slotNounRe    = regexp.MustCompile(`(?:番号|号码|单号|編號|编号|号|名前|氏名|姓名|名|日付|日期|日時|时间|時間|金額|金额|価格|价格|住所|地址|URL|链接|リンク|承运商|快递公司|運送会社|配送業者|商品名)$`)
	htmlTagNameRe = regexp.MustCompile(`(?i)^/?(?:a|b|i|u|p|br|hr|div|span|font|strong|em|h[1-6]|table|tr|td|th|ul|ol|li|img|center|style|html|body|head|small|big|mark|sup|sub)\b`)
)

// findPlaceholders returns the spans of unfilled template fields in text.
func findPlaceholders(text string) [][]int {
	var out [][]int
	for _, sp := range placeholderCandRe.FindAllStringIndex(text, -1) {
		if isPlaceholder(text, sp[0], sp[1]) {
			out = append(out, sp)
		}
	}
	return out
}

func isPlaceholder(text string, start, end int) bool {
	m := text[start:end]
	switch {
	case strings.HasPrefix(m, "[[") || strings.HasPrefix(m, "{{") || strings.HasPrefix(m, "${") || strings.HasPrefix(m, "{%") || strings.HasPrefix(m, "%"):
		return true
	case strings.HasPrefix(m, "{"):
		// {name}, but not a lone brace pair in prose such as "{ }".
		return true
	case strings.HasPrefix(m, "["), strings.HasPrefix(m, "［"):
		inner := trimBrackets(m)
		return isSlotName(inner) || isCJKOnly(inner)
	case strings.HasPrefix(m, "<"):
		inner := trimBrackets(m)
		return !htmlTagNameRe.MatchString(inner) && isSlotName(inner)
	case strings.HasPrefix(m, "【"):
		// A heading stands alone on its line; a slot names a value.
		inner := trimBrackets(m)
		return slotNounRe.MatchString(inner) && !aloneOnLine(text, start, end)
	case strings.HasPrefix(m, "某"):
		return true
	case strings.ContainsAny(m, "〇○◯●×△□"):
		return !nextToKanjiNumeral(text, start, end)
	}
	// XXX masks: not a clothing size (XXL, XXX-Large).
	rest := text[end:]
	if strings.HasPrefix(rest, "-L") || strings.HasPrefix(rest, "L") || strings.HasPrefix(rest, " Large") {
		return false
	}
	return true
}

func trimBrackets(m string) string {
	_, n := utf8.DecodeRuneInString(m)
	_, k := utf8.DecodeLastRuneInString(m)
	return strings.TrimSpace(m[n : len(m)-k])
}

// isSlotName reports whether the text inside brackets names a template
// slot: capitals (with underscores or spaces, no digits unless an
// underscore shows it is an identifier) of at least four letters, or a
// slot word.
func isSlotName(s string) bool {
	if s == "" {
		return false
	}
	if slotWordRe.MatchString(s) {
		return true
	}
	letters, digits, under := 0, 0, strings.Contains(s, "_")
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case r == '_' || r == ' ' || r == '-':
		default:
			return false
		}
	}
	return letters >= 4 && (digits == 0 || under)
}

// isCJKOnly reports whether s is a short run of Han or kana characters
// ([承运商]): Japanese and Chinese text uses 【】 or 「」 for titles, so
// ASCII brackets around a CJK word are a template field.
func isCJKOnly(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) && r != 'ー' {
			return false
		}
		n++
	}
	return n > 0 && n <= 12
}

// aloneOnLine reports whether text[start:end] is the only thing on its
// line, white space aside.
func aloneOnLine(text string, start, end int) bool {
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	le := strings.IndexByte(text[end:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += end
	}
	return strings.TrimSpace(text[ls:start]) == "" && strings.TrimSpace(text[end:le]) == ""
}

// nextToKanjiNumeral reports whether the run of circles at text[start:end]
// is part of a number written in kanji (二〇〇五年), where 〇 is zero.
func nextToKanjiNumeral(text string, start, end int) bool {
	const numerals = "〇一二三四五六七八九十百千万"
	r, _ := utf8.DecodeLastRuneInString(text[:start])
	n, _ := utf8.DecodeRuneInString(text[end:])
	return strings.ContainsRune(numerals, r) || strings.ContainsRune(numerals, n) && !strings.ContainsRune(text[start:end], '○')
}
