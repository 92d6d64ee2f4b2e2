package classify

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aftersale/aftersale"
)

// A buyer often names a second request only as the fallback of the first
// ("change the address to …, and if you can't, just cancel it") or adds it
// on ("Where is my parcel? Also, please change the address"). Read as a
// whole, such a message is dominated by one request and the other barely
// moves the model, so the clause after the marker (and, for an add-on, the
// text before it) is read on its own as well. When that clause is clearly
// another request, it becomes the secondary case and the message needs a
// person (the playbook: mixed requests are flagged).

// fallbackMarkers introduce an alternative request, per language. Latin
// markers match whole words of the folded text; CJK markers match anywhere.
var fallbackMarkers = []string{
	// en
	"otherwise", "or else", "if not", "if you can't", "if you cannot", "if you can not", "if you're unable",
	"if you are unable", "if that's not possible", "if that is not possible", "if it's not possible",
	"if it is not possible", "if that's impossible", "failing that", "if that doesn't work", "if too late",
	"if it's too late", "if it is too late", "if it has already shipped", "if it's already shipped", "else",
	// de
	"sonst", "ansonsten", "andernfalls", "falls nicht", "wenn nicht", "wenn das nicht geht", "falls das nicht geht",
	"falls das nicht möglich", "wenn das nicht möglich", "wenn es schon zu spät", "falls es schon versendet",
	// fr
	"sinon", "autrement", "si ce n'est pas possible", "si ce n'est pas faisable", "si vous ne pouvez pas",
	"si c'est trop tard", "si c'est impossible",
	// es
	"si no", "de lo contrario", "en caso contrario", "si no es posible", "si no pueden", "si no puede",
	"si es demasiado tarde",
	// it
	"altrimenti", "se no", "se non è possibile", "se non potete", "se non può", "se è troppo tardi",
	// ja
	"無理なら", "無理であれば", "無理な場合", "できなければ", "出来なければ", "できない場合", "難しければ", "難しい場合",
	"不可能なら", "でなければ", "間に合わなければ", "間に合わない場合",
	// zh
	"否则", "不然", "要不然", "如果不行", "如果不能", "不行的话", "如果来不及", "如果已经发货",
}

// addonMarkers add a second request ("Where is my parcel? Also, please
// change the address"). The model tends to read such a message as the
// added request alone, so both the clause after the marker and the text
// before it are read on their own.
var addonMarkers = []string{
	"also", "additionally", "in addition", "one more thing", "außerdem", "ausserdem", "zusätzlich",
	"aussi", "en plus", "par ailleurs", "además", "también", "inoltre", "anche", "另外", "还有", "それと", "あと、",
}

// fallbackMinProb is the least probability the model must give the
// fallback clause's own case for it to count as a second request.
const fallbackMinProb = 0.6

// fallbackRequest returns the case of a clearly different request made as
// the fallback of the first ("…, otherwise cancel"), or "" when there is
// none. It reads folded, the buyer's text folded (fold). It reuses s, so
// the caller must be done with s's earlier results.
func (c *Classifier) fallbackRequest(folded string, first aftersale.Case, s *scratch) aftersale.Case {
	for _, clause := range fallbackClauses(folded) {
		fs := s.x.features(clause)
		var p []float64
		p, s.known = c.model.probs(fs, s.probs, s.known)
		i, _ := top2(p)
		k := aftersale.Cases()[i]
		if k != first && strong(k) && p[i] >= fallbackMinProb {
			return k
		}
	}
	return ""
}

// fallbackClauses returns, for every fallback or add-on marker in folded
// text, the words after it up to the end of its sentence, and for an
// add-on marker also the text before it.
// eitherMarkers join two alternative requests ("either send it to … or
// just cancel it"): both sides are read on their own, as for an add-on.
var eitherMarkers = []string{
	"or just", "or simply", "or alternatively", "or you can just", "oder einfach", "oder aber", "ou alors", "ou bien",
	"ou simplement", "o bien", "o simplemente", "oppure", "o semplicemente", "もしくは", "または", "或者", "要么",
}

func fallbackClauses(folded string) []string {
	var out []string
	add := func(cl string) {
		if clauseLongEnough(cl) && !slices.Contains(out, cl) {
			out = append(out, cl)
		}
	}
	var pairs bytePairs
	pairs.add(folded)
	for _, set := range []struct {
		markers []string
		addon   bool
	}{{fallbackMarkers, false}, {addonMarkers, true}, {eitherMarkers, true}} {
		for _, m := range set.markers {
			if !pairs.mayContain(m) {
				continue // m is not in folded
			}
			for from := 0; from < len(folded); {
				i := strings.Index(folded[from:], m)
				if i < 0 {
					break
				}
				start, end := from+i, from+i+len(m)
				from = end
				if !markerBoundary(folded, start, end, m) {
					continue
				}
				add(sentenceRest(folded[end:]))
				if set.addon {
					add(strings.TrimSpace(strings.TrimRight(folded[:start], " ,，、")))
				}
			}
		}
	}
	return out
}

// markerBoundary reports whether the Latin marker folded[start:end] stands
// as whole words; CJK markers always do.
func markerBoundary(folded string, start, end int, m string) bool {
	r, _ := utf8.DecodeRuneInString(m)
	if isCJK(r) {
		return true
	}
	if start > 0 {
		if p, _ := utf8.DecodeLastRuneInString(folded[:start]); unicode.IsLetter(p) || unicode.IsDigit(p) || p == '\'' {
			return false
		}
	}
	if end < len(folded) {
		if n, _ := utf8.DecodeRuneInString(folded[end:]); unicode.IsLetter(n) || unicode.IsDigit(n) {
			return false
		}
	}
	return true
}

// sentenceRest returns s up to the first sentence end.
func sentenceRest(s string) string {
	if i := strings.IndexAny(s, ".!?\n。！？；;"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(strings.TrimLeft(s, " ,，、:："))
}

// clauseLongEnough: two words, or three CJK characters, say something.
func clauseLongEnough(s string) bool {
	cjk, words := 0, len(strings.Fields(s))
	for _, r := range s {
		if isCJK(r) {
			cjk++
		}
	}
	return words >= 2 || cjk >= 3
}
