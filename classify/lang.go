package classify

import (
	"strings"

	"github.com/abadojack/whatlanggo"

	"github.com/aftersale/aftersale/internal/script"
)

// marketLang is each marketplace's default language (docs/amazon.md,
// "Relay addresses and senders", lists the marketplaces). Belgium defaults to French; the playbook is silent, and
// French is the more common language of Belgian Amazon buyers writing to
// foreign sellers.
var marketLang = map[string]string{
	"amazon.com": "en", "amazon.ca": "en", "amazon.co.uk": "en", "amazon.ie": "en", "amazon.com.au": "en",
	"amazon.in": "en", "amazon.sg": "en", "amazon.ae": "en",
	"amazon.de": "de", "amazon.fr": "fr", "amazon.com.be": "fr", "amazon.it": "it", "amazon.es": "es",
	"amazon.com.mx": "es", "amazon.com.br": "pt", "amazon.nl": "nl", "amazon.se": "sv", "amazon.pl": "pl",
	"amazon.com.tr": "tr", "amazon.sa": "ar", "amazon.eg": "ar", "amazon.co.jp": "ja", "amazon.cn": "zh",
}

// MarketplaceLanguage returns the default ISO 639-1 language of an Amazon
// marketplace domain ("amazon.de", "marketplace.amazon.de" or "www.amazon.de"),
// or "" when unknown.
func MarketplaceLanguage(marketplace string) string {
	m := strings.ToLower(strings.TrimSpace(marketplace))
	m = strings.TrimPrefix(m, "marketplace.")
	m = strings.TrimPrefix(m, "www.")
	return marketLang[m]
}

// detectable restricts whatlanggo to the languages of Amazon's marketplaces,
// which makes short texts far less likely to come out as, say, Tagalog.
var detectable = func() map[whatlanggo.Lang]bool {
	w := map[whatlanggo.Lang]bool{}
	for _, l := range []whatlanggo.Lang{whatlanggo.Eng, whatlanggo.Deu, whatlanggo.Fra, whatlanggo.Spa,
		whatlanggo.Ita, whatlanggo.Por, whatlanggo.Nld, whatlanggo.Swe, whatlanggo.Pol, whatlanggo.Tur,
		whatlanggo.Arb, whatlanggo.Jpn, whatlanggo.Cmn, whatlanggo.Kor, whatlanggo.Rus, whatlanggo.Hin} {
		w[l] = true
	}
	return w
}()

// minLetters is the length below which a Latin-script text is too short for
// trigram detection and the marketplace language is used instead.
const minLetters = 20

// detectLanguage returns the ISO 639-1 code of text. Kana means Japanese;
// Han without kana means Chinese; Hangul Korean. Latin text goes to
// whatlanggo; short or unreliable results fall back to the marketplace's
// language when there is one.
func detectLanguage(text, marketplace string) string {
	fallback := MarketplaceLanguage(marketplace)
	sc := script.Count(text)
	kana, han, hangul, letters := sc.Kana, sc.Han, sc.Hangul, sc.Other
	switch {
	case kana > 0 && kana+han >= letters/4:
		return "ja"
	case han > 0 && han >= letters/4:
		if fallback == "ja" && han < 4 {
			return "ja"
		}
		return "zh"
	case hangul > 0 && hangul >= letters/4:
		return "ko"
	}
	if letters == 0 {
		return fallback
	}
	if code := stopwordVote(text); code != "" {
		return code
	}
	info := whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: detectable})
	code := ""
	if info.Lang >= 0 {
		code = info.Lang.Iso6391()
	}
	if fallback != "" && (letters < minLetters || !info.IsReliable() && letters < 60) {
		return fallback
	}
	if code == "" {
		return fallback
	}
	return code
}

// stopwords are frequent function words of the Latin-script languages the
// playbook's templates cover. Trigram detection is unreliable on the one-line
// messages buyers often send ("Quand vais-je recevoir mon remboursement ?"
// came out as English); a vote of function words is not.
var stopwords = map[string][]string{
	"en": {"the", "i", "my", "it", "is", "and", "to", "you", "was", "have", "not", "of", "for", "this", "when", "where", "please", "can", "did", "get", "do", "your", "a", "what", "with"},
	"de": {"ich", "die", "der", "das", "und", "nicht", "ist", "mein", "meine", "bitte", "sie", "wann", "wo", "mit", "ein", "eine", "habe", "zu", "noch", "auf", "für", "den", "es", "wie", "kann"},
	"fr": {"je", "le", "la", "les", "mon", "ma", "mes", "est", "pas", "et", "vous", "de", "du", "un", "une", "pour", "où", "quand", "ai", "que", "qui", "ce", "il", "merci", "avec"},
	"es": {"el", "la", "los", "las", "mi", "es", "no", "y", "que", "por", "de", "he", "lo", "un", "una", "para", "dónde", "cuándo", "con", "del", "me", "está", "todavía", "pedido", "gracias"},
	"it": {"il", "la", "le", "mi", "è", "non", "e", "che", "per", "ho", "di", "lo", "un", "una", "dove", "quando", "con", "del", "della", "sono", "ancora", "grazie", "ordine", "gli", "ma"},
	"pt": {"o", "a", "os", "meu", "minha", "é", "não", "e", "que", "por", "de", "um", "uma", "para", "onde", "quando", "com", "do", "da", "ainda", "obrigado", "pedido", "recebi", "você", "está"},
	"nl": {"de", "het", "een", "ik", "mijn", "is", "niet", "en", "van", "voor", "waar", "wanneer", "met", "nog", "bestelling", "bedankt", "dat", "heb", "u", "op", "te", "zijn", "maar", "om", "wat"},
}

var stopwordIndex = script.WordIndex(stopwords)

// stopwordVote returns the language whose function words occur most often,
// if it has at least two hits and beats the runner-up by at least two hits
// or by half; otherwise "".
func stopwordVote(text string) string {
	score := map[string]float64{}
	for _, s := range segmentsDigits(fold(text), nil, false) {
		if s.cjk {
			continue
		}
		langs := stopwordIndex[s.text]
		for _, l := range langs {
			score[l] += 1 / float64(len(langs)) // a word shared by three languages counts a third each
		}
	}
	best, second := "", 0.0
	for _, l := range []string{"en", "de", "fr", "es", "it", "pt", "nl"} {
		switch v := score[l]; {
		case best == "" || v > score[best]:
			if best != "" {
				second = score[best]
			}
			best = l
		case v > second:
			second = v
		}
	}
	if b := score[best]; b >= 2 && (b-second >= 2 || b >= 1.5*second) {
		return best
	}
	return ""
}
