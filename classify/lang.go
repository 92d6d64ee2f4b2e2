package classify

import (
	"slices"

	"github.com/abadojack/whatlanggo"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/script"
)

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
	return languageOf(text, fold(text), marketplace)
}

// languageOf is detectLanguage given folded, which is fold(text).
func languageOf(text, folded, marketplace string) string {
	fallback := aftersale.MarketplaceLanguage(marketplace)
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
	if code := stopwordVote(folded); code != "" {
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

// stopwordLangs are the languages of stopwords, in the order stopwordVote
// prefers them on a tie.
var stopwordLangs = []string{"en", "de", "fr", "es", "it", "pt", "nl"}

// stopwordIndex maps each stopword to the indexes in stopwordLangs of the
// languages that use it.
var stopwordIndex = func() map[string][]int {
	idx := map[string][]int{}
	for w, langs := range script.WordIndex(stopwords) {
		for _, l := range langs {
			idx[w] = append(idx[w], slices.Index(stopwordLangs, l))
		}
	}
	return idx
}()

// stopwordVote returns the language whose function words occur most often
// in folded text, if it has at least two hits and beats the runner-up by
// at least two hits or by half; otherwise "".
func stopwordVote(folded string) string {
	var score [7]float64 // by stopwordLangs
	for _, s := range segmentsDigits(folded, nil, false) {
		if s.cjk {
			continue
		}
		langs := stopwordIndex[s.text]
		for _, l := range langs {
			score[l] += 1 / float64(len(langs)) // a word shared by three languages counts a third each
		}
	}
	best, second := -1, 0.0
	for l, v := range score {
		switch {
		case best < 0 || v > score[best]:
			if best >= 0 {
				second = score[best]
			}
			best = l
		case v > second:
			second = v
		}
	}
	if b := score[best]; b >= 2 && (b-second >= 2 || b >= 1.5*second) {
		return stopwordLangs[best]
	}
	return ""
}
