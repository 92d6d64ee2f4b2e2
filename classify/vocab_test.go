package classify

import (
	"strings"
	"testing"
)

// TestUnknownLanguageNeedsHuman: a buyer writing in a language the
// examples do not cover (a Hungarian, Finnish, Czech, Greek or Arabic
// buyer on any marketplace) is put in front of a person, whatever case the
// model guessed; the covered languages are not.
func TestUnknownLanguageNeedsHuman(t *testing.T) {
	c := mustNew(t)
	flagged := []string{
		"Jó napot, a csomagom még mindig nem érkezett meg, mikorra várhatom?",
		"Hyvää päivää, pakettini ei ole vieläkään saapunut, milloin voin odottaa sitä?",
		"Dobrý den, můj balík stále nedorazil, kdy ho mohu očekávat?",
		"Καλησπέρα, το δέμα μου δεν έχει φτάσει ακόμα, πότε να το περιμένω;",
		"مرحبا، طلبي لم يصل بعد، متى يمكنني أن أتوقع وصوله؟",
	}
	for _, text := range flagged {
		cl := classify(t, c, buyer(text))
		if !cl.NeedsHuman || !hasReason(cl.Reasons, "the classifier knows only") {
			t.Errorf("Classify(%q) = %s needs_human %v %q; want needs_human for unknown words", text, cl.Case, cl.NeedsHuman, cl.Reasons)
		}
	}
	covered := []string{
		"Hello, my parcel still hasn't arrived, when can I expect it?",
		"Hallo, mein Paket ist immer noch nicht angekommen, wann kann ich damit rechnen?",
		"Bonjour, mon colis n'est toujours pas arrivé, quand puis-je l'attendre ?",
		"Hola, mi paquete todavía no ha llegado, ¿cuándo puedo esperarlo?",
		"Ciao, il mio pacco non è ancora arrivato, quando posso aspettarmelo?",
		"ok",
	}
	for _, text := range covered {
		cl := classify(t, c, buyer(text))
		if hasReason(cl.Reasons, "the classifier knows only") {
			t.Errorf("Classify(%q) reasons %q; want no unknown-words flag in a covered language", text, cl.Reasons)
		}
	}
}

func hasReason(reasons []string, prefix string) bool {
	for _, r := range reasons {
		if strings.HasPrefix(r, prefix) {
			return true
		}
	}
	return false
}
