package classify

import "strings"

// genericSubjectStarts begin the relay's generic subject in the
// marketplace languages that genericSubjectRe does not cover; from there
// to the end it names only the buyer and the order (lower case).
var genericSubjectStarts = []string{
	"vraag van amazon-klant", "bericht van amazon-klant",
	"zapytanie od klienta amazon", "wiadomość od klienta amazon",
	"amazon müşterisi",
	"förfrågan från amazon-kund", "fråga från amazon-kund", "meddelande från amazon-kund",
	"pergunta do cliente da amazon", "consulta do cliente da amazon", "mensagem do cliente da amazon",
	"mensagem de cliente da amazon",
}

// orderParens open the order part of a subject in those languages.
var orderParens = []string{"(bestelling", "(zamówienie", "(sipariş", "(beställning"}

// cutGenericSubject removes from s the generic subject parts of
// genericSubjectStarts and orderParens. It searches literally (a
// subject is read for every message): a subject whose lower case differs
// in length from it is left as it is.
func cutGenericSubject(s string) string {
	l := strings.ToLower(s)
	if len(l) != len(s) {
		return s
	}
	for _, m := range genericSubjectStarts {
		if i := strings.Index(l, m); i >= 0 {
			s, l = s[:i], l[:i]
		}
	}
	for _, m := range orderParens {
		for {
			i := strings.Index(l, m)
			if i < 0 {
				break
			}
			end := len(l)
			if j := strings.IndexByte(l[i:], ')'); j >= 0 {
				end = i + j + 1
			}
			s, l = s[:i]+s[end:], l[:i]+l[end:]
		}
	}
	return s
}
