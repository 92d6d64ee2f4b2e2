package respond

import (
	"strings"
	"unicode"

	"github.com/aftersale/aftersale/internal/script"
)

// replyStopwords are frequent function words of the Latin-script template
// languages. A reply is long enough for a vote of function words to be
// reliable, unlike a one-line buyer message.
var replyStopwords = map[string][]string{
	"en": {"the", "and", "to", "you", "your", "we", "is", "of", "for", "it", "has", "have", "our", "with", "this", "please", "be", "are", "was", "can", "will", "not", "that", "on"},
	"de": {"und", "die", "der", "das", "sie", "ihre", "ihr", "wir", "ist", "nicht", "mit", "für", "bitte", "zu", "den", "dem", "uns", "ein", "eine", "wurde", "können", "auf", "es", "noch"},
	"fr": {"et", "le", "la", "les", "vous", "votre", "nous", "est", "pas", "de", "du", "des", "pour", "une", "un", "avec", "que", "qui", "sur", "dans", "merci", "été", "ne", "au"},
	"es": {"y", "el", "la", "los", "las", "su", "usted", "nos", "es", "no", "de", "del", "para", "una", "un", "con", "que", "por", "gracias", "pedido", "se", "lo", "ha", "en"},
	"it": {"e", "il", "la", "le", "lei", "suo", "sua", "ci", "è", "non", "di", "del", "della", "per", "una", "un", "con", "che", "grazie", "ordine", "stato", "può", "gli", "in"},
	"pt": {"e", "o", "a", "os", "você", "seu", "sua", "nós", "é", "não", "de", "do", "da", "para", "uma", "um", "com", "que", "obrigado", "pedido", "foi", "em", "no", "na"},
	"nl": {"en", "de", "het", "een", "u", "uw", "wij", "we", "is", "niet", "van", "voor", "met", "dat", "bestelling", "bedankt", "op", "te", "zijn", "wordt", "kunt", "nog", "om", "aan"},
}

var replyStopwordIndex = script.WordIndex(replyStopwords)

// DetectLanguage returns the ISO 639-1 code of a reply text (ja, zh, ko,
// or by function words en, de, fr, es, it, pt, nl), or "" when the text is
// too short or too mixed to tell. It is meant for seller replies of a few
// sentences, not for one-line buyer messages.
func DetectLanguage(text string) string {
	sc := script.Count(text)
	kana, han, hangul, latin := sc.Kana, sc.Han, sc.Hangul, sc.Other
	switch {
	case kana >= 5 && kana+han >= latin/3:
		return "ja"
	case han >= 5 && han >= latin/3:
		return "zh"
	case hangul >= 5 && hangul >= latin/3:
		return "ko"
	}
	score := map[string]float64{}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	for _, w := range words {
		langs := replyStopwordIndex[w]
		for _, l := range langs {
			score[l] += 1 / float64(len(langs))
		}
	}
	best, second := "", 0.0
	for _, l := range []string{"en", "de", "fr", "es", "it", "pt", "nl"} {
		v := score[l]
		switch {
		case best == "" || v > score[best]:
			if best != "" {
				second = score[best]
			}
			best = l
		case v > second:
			second = v
		}
	}
	if score[best] < 4 || score[best] < 2*second {
		return ""
	}
	return best
}

var langNames = map[string]string{
	"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
	"ja": "Japanese", "zh": "Chinese", "ko": "Korean", "pt": "Portuguese", "nl": "Dutch",
	"sv": "Swedish", "pl": "Polish", "tr": "Turkish", "ar": "Arabic",
}

// langName returns the English name of an ISO 639-1 code, or the code.
func langName(code string) string {
	if n, ok := langNames[code]; ok {
		return n
	}
	return code
}
