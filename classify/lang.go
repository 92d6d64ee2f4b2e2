package classify

import (
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
	vote := latinVote(folded)
	if code := vote.decided(); code != "" {
		return code
	}
	info := whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: detectable})
	code := ""
	switch {
	case info.Lang >= 0 && info.Confidence == 0:
		// A tie at the top: whatlanggo ranks languages kept in a map, so
		// its pick would follow Go's random map order and the same mail
		// could get another language on the next run. The function-word
		// vote, which breaks ties in a fixed order, decides instead.
		code = vote.leader()
	case info.Lang >= 0:
		code = info.Lang.Iso6391()
	}
	if fallback != "" && (letters < minLetters || !info.IsReliable() && letters < 60) {
		return fallback
	}
	// Trigrams confuse close languages on a line or two ("necesito
	// factura a nombre de empresa" came out as Portuguese): when the
	// marketplace's language leads the function words and letters,
	// the trigram guess does not overrule it.
	if fallback != "" && code != fallback && vote.leads(fallback) {
		return fallback
	}
	if code == "" {
		return fallback
	}
	// Nor does it overrule a clear lead of the function words and letters
	// of another language (a German carrier notice with no marketplace
	// came out as Portuguese); against a marketplace's language the lead
	// must rest on two words at least.
	need := 1.0
	if fallback != "" {
		need = 2
	}
	if lead := vote.leader(); lead != "" && lead != code && vote.score(lead) >= need && vote.score(lead) >= 2*vote.score(code)+1 {
		return lead
	}
	return code
}

// stopwords are frequent function words (and the commonest words of a
// buyer's message: greetings, "order", "please", "thanks", with and
// without their diacritics, as phones often drop them) of the Latin-script
// languages of the marketplaces. Trigram detection is unreliable on the
// one-line messages buyers often send ("Quand vais-je recevoir mon
// remboursement ?" came out as English); a vote of function words is not.
var stopwords = map[string][]string{
	"en": {"the", "i", "my", "it", "is", "and", "to", "you", "was", "have", "not", "of", "for", "this", "when", "where", "please", "can", "did", "get", "do", "your", "a", "what", "with", "hello", "hi", "thanks", "order", "would", "but", "received"},
	"de": {"ich", "die", "der", "das", "und", "nicht", "ist", "mein", "meine", "bitte", "sie", "wann", "wo", "mit", "ein", "eine", "habe", "zu", "noch", "auf", "für", "den", "es", "wie", "kann", "ihre", "ihr", "wurde", "am", "um", "an", "dem", "von", "guten", "tag", "hallo", "danke", "vielen", "sehr", "geehrte", "bestellung", "paket", "aber", "auch", "schon", "leider", "heute", "gruß", "grüße"},
	"fr": {"je", "le", "la", "les", "mon", "ma", "mes", "est", "pas", "et", "vous", "de", "du", "un", "une", "pour", "où", "quand", "ai", "que", "qui", "ce", "il", "merci", "avec", "bonjour", "commande", "colis", "mais", "au", "en", "reçu", "cordialement"},
	"es": {"el", "la", "los", "las", "mi", "es", "no", "y", "que", "por", "de", "he", "lo", "un", "una", "para", "dónde", "cuándo", "con", "del", "me", "está", "todavía", "pedido", "gracias", "hola", "buenos", "días", "buenas", "necesito", "quiero", "muy", "pero", "en", "nombre", "saludos", "paquete", "recibido"},
	"it": {"il", "la", "le", "mi", "è", "non", "e", "che", "per", "ho", "di", "lo", "un", "una", "dove", "quando", "con", "del", "della", "sono", "ancora", "grazie", "ordine", "gli", "ma", "buongiorno", "salve", "pacco", "vorrei", "ricevuto", "cordiali", "saluti"},
	"pt": {"o", "a", "os", "meu", "minha", "é", "não", "e", "que", "por", "de", "um", "uma", "para", "onde", "quando", "com", "do", "da", "ainda", "obrigado", "obrigada", "pedido", "recebi", "você", "está", "olá", "bom", "dia", "encomenda", "gostaria", "preciso", "na", "no", "mas", "já", "cumprimentos"},
	"nl": {"de", "het", "een", "ik", "mijn", "is", "niet", "en", "van", "voor", "waar", "wanneer", "met", "nog", "bestelling", "bedankt", "dat", "heb", "u", "op", "te", "zijn", "maar", "om", "wat", "hallo", "goedendag", "graag", "alvast", "pakket", "groet", "vriendelijke", "ontvangen", "kunt"},
	"pl": {"nie", "jest", "się", "sie", "i", "w", "na", "z", "do", "to", "że", "ze", "mam", "proszę", "prosze", "czy", "dzień", "dzien", "dobry", "zamówienie", "zamowienie", "paczka", "paczki", "jak", "już", "juz", "dziękuję", "dziekuje", "mój", "moje", "moja", "kiedy", "gdzie", "pozdrawiam", "ale", "mi", "o"},
	"tr": {"ve", "bir", "bu", "ne", "mi", "için", "icin", "sipariş", "siparis", "siparişim", "siparisim", "lütfen", "lutfen", "merhaba", "değil", "degil", "ama", "çok", "cok", "var", "yok", "nasıl", "nasil", "ürün", "urun", "kargo", "teşekkürler", "tesekkurler", "iade", "istiyorum", "ederim", "hala", "hâlâ", "selamlar", "iyi", "günler", "gunler"},
	"sv": {"jag", "är", "och", "inte", "det", "en", "ett", "min", "mitt", "mina", "har", "att", "på", "för", "med", "hej", "tack", "beställning", "beställningen", "när", "var", "kan", "ni", "som", "vill", "om", "fick", "paketet", "hälsningar", "mvh", "i"},
}

// latinLangs are the languages the vote knows, in the order that breaks ties.
var latinLangs = [...]string{"en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "sv"}

// langIndex returns the index of l in latinLangs, or -1.
func langIndex(l string) int {
	for i, k := range latinLangs {
		if k == l {
			return i
		}
	}
	return -1
}

// stopwordIndex maps each stopword to the indexes in latinLangs of the
// languages that use it.
var stopwordIndex = func() map[string][]int {
	idx := map[string][]int{}
	for w, langs := range script.WordIndex(stopwords) {
		for _, l := range langs {
			idx[w] = append(idx[w], langIndex(l))
		}
	}
	return idx
}()

// letterLangs are letters only some of these languages write; a text that
// uses them is likely in one of them.
var letterLangs = func() map[rune][]int {
	byLetter := map[rune][]string{
		'ß': {"de"}, 'ä': {"de", "sv"}, 'ö': {"de", "sv", "tr"}, 'ü': {"de", "tr"},
		'ł': {"pl"}, 'ą': {"pl"}, 'ę': {"pl"}, 'ś': {"pl"}, 'ź': {"pl"}, 'ż': {"pl"}, 'ć': {"pl"}, 'ń': {"pl"},
		'ş': {"tr"}, 'ğ': {"tr"}, 'ı': {"tr"}, 'å': {"sv"},
		'ã': {"pt"}, 'õ': {"pt"}, 'ç': {"fr", "pt", "tr"}, 'ê': {"fr", "pt"}, 'â': {"fr", "pt", "tr"},
		'ñ': {"es"}, '¿': {"es"}, '¡': {"es"},
		'œ': {"fr"}, 'û': {"fr"}, 'î': {"fr"}, 'ù': {"fr", "it"}, 'ë': {"fr", "nl"}, 'ï': {"fr", "nl"},
		'ò': {"it"}, 'ì': {"it"},
	}
	m := map[rune][]int{}
	for r, ls := range byLetter {
		for _, l := range ls {
			m[r] = append(m[r], langIndex(l))
		}
	}
	return m
}()

// votes are the scores of latinVote, by index in latinLangs.
type votes [len(latinLangs)]float64

// latinVote scores each language by its function words in folded text (a
// word that several languages share counts for each in part) and by the
// letters only it (or a few languages) writes, each kind of letter once
// per word that holds it.
func latinVote(folded string) votes {
	var v votes
	for _, s := range segmentsDigits(folded, nil, false) {
		if s.cjk {
			continue
		}
		langs := stopwordIndex[s.text]
		for _, l := range langs {
			v[l] += 1 / float64(len(langs)) // a word shared by three languages counts a third each
		}
		seen := rune(0)
		for _, r := range s.text {
			if r < 0x80 || r == seen {
				continue // no ASCII letter tells a language
			}
			if ls := letterLangs[r]; len(ls) > 0 {
				seen = r
				for _, l := range ls {
					v[l] += 0.5 / float64(len(ls))
				}
			}
		}
	}
	return v
}

// score is the score of language code lang (0 for a language the vote
// does not know).
func (v *votes) score(lang string) float64 {
	if i := langIndex(lang); i >= 0 {
		return v[i]
	}
	return 0
}

// leader returns the language with the highest score ("" when none
// scored); ties go to the earlier language of latinLangs.
func (v *votes) leader() string {
	best := -1
	for i, s := range v {
		if s > 0 && (best < 0 || s > v[best]) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return latinLangs[best]
}

// runnerUp is the highest score of a language other than best.
func (v *votes) runnerUp(best string) float64 {
	b, second := langIndex(best), 0.0
	for i, s := range v {
		if i != b && s > second {
			second = s
		}
	}
	return second
}

// decided returns the leading language if it has a score of at least two
// and beats the runner-up by at least two or by half; otherwise "".
func (v *votes) decided() string {
	best := v.leader()
	if best == "" {
		return ""
	}
	b, second := v.score(best), v.runnerUp(best)
	if b >= 2 && (b-second >= 2 || b >= 1.5*second) {
		return best
	}
	return ""
}

// leads reports whether lang scores at least one and no other language
// scores as much.
func (v *votes) leads(lang string) bool {
	return v.score(lang) >= 1 && v.score(lang) > v.runnerUp(lang)
}
