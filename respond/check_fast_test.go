package respond

import (
	"slices"
	"strings"
	"testing"

	"github.com/aftersale/aftersale/internal/benchmail"
)

// fastCheckTexts are the guarded-expression texts plus number and domain
// shapes around the edges of the hand-written scanners.
func fastCheckTexts(t testing.TB) []string {
	t.Helper()
	return append(guardTexts(t),
		"302-1234567-7654321", "x302-1234567-7654321", "302-1234567-7654321x", "302-1234567-76543210",
		"1302-1234567-7654321", "302-1234567-7654321-1234567", "-302-1234567-7654321-", "302-1234567-765432",
		"302-1234567-7654321302-1234567-7654321", "302-1234567-7654321 302-1234567-7654321",
		"é302-1234567-7654321é", "_302-1234567-7654321", "12-3-302-1234567-7654321", "--302-1234567-7654321",
		"call +49 (0)30 123-4567.", "+(1) 555 0100 99", "12 34 56", "1.2.3.4.5.6", "(((( 1 2 ))))", "tel 0171/1234567",
		"a 1234567 b 7654321", "1      2", "++123456", "1-2-3-4-5-6-7-8-9-0-1-2-3-4-5-6",
		"shop.com", "SHOP.COM", "x.\u017fhop", "x.\u212a", "end.", "a. b", ".de", "a.1b", "a.é", "no dots here",
		"versand.de/x", "order.It arrived", "1.5 kg",
	)
}

// TestFindOrderIDsAgrees checks the order id scanner against orderIDRe.
func TestFindOrderIDsAgrees(t *testing.T) {
	for _, s := range fastCheckTexts(t) {
		checkOrderIDs(t, s)
	}
}

// TestPhoneCandsAgrees checks phoneCands against phoneCandRe.
func TestPhoneCandsAgrees(t *testing.T) {
	for _, s := range fastCheckTexts(t) {
		checkPhoneCands(t, s)
	}
}

// TestDotLetterNecessary checks that every text bareDomainRe matches in
// passes dotLetter, and that dotLetter rejects most of the corpus.
func TestDotLetterNecessary(t *testing.T) {
	texts := fastCheckTexts(t)
	rejected := 0
	for _, s := range texts {
		checkDotLetter(t, s)
		if !dotLetter(s) {
			rejected++
		}
	}
	if rejected == 0 {
		t.Errorf("dotLetter rejected none of %d texts", len(texts))
	}
}

func checkOrderIDs(t *testing.T, s string) {
	t.Helper()
	if got, want := findOrderIDs(s, -1), orderIDRe.Regexp.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("findOrderIDs(%q) = %v, orderIDRe %v", s, got, want)
	}
	if got, want := findOrderIDs(s, 1) != nil, orderIDRe.Regexp.MatchString(s); got != want {
		t.Errorf("findOrderIDs(%q, 1) found %v, orderIDRe matches %v", s, got, want)
	}
}

func checkPhoneCands(t *testing.T, s string) {
	t.Helper()
	if got, want := phoneCands(s, -1), phoneCandRe.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("phoneCands(%q) = %v, phoneCandRe %v", s, got, want)
	}
	if got, want := phoneCands(s, 1) != nil, phoneCandRe.MatchString(s); got != want {
		t.Errorf("phoneCands(%q, 1) found %v, phoneCandRe matches %v", s, got, want)
	}
}

func checkDotLetter(t *testing.T, s string) {
	t.Helper()
	if !dotLetter(s) && bareDomainRe.Regexp.MatchString(s) {
		t.Errorf("dotLetter(%q) = false, but bareDomainRe matches", s)
	}
}

// TestDecideGuardsAgree checks the prefilters of Decide's expressions on
// buyer texts (the guard corpus holds replies).
func TestDecideGuardsAgree(t *testing.T) {
	texts := append(slices.Clone(benchmail.Bodies),
		"I will file an A-to-z claim", "A-Z-Garantie beantragt", "a to z", "atoz", "my LAWYER will call", "attorneys",
		"legal action", "I will sue you", "see you in court", "small claims", "mein Anwalt", "rechtliche Schritte", "Klage",
		"mon avocat", "mi abogado", "il mio avvocato", "弁護士に相談します", "律师", "起诉", "法院", "訴訟",
		"Thanks!", "thank you", "THX", "Cheers", "Danke", "vielen Dank", "Merci", "gracias", "grazie", "obrigado", "bedankt", "tack",
		"ありがとう", "有難う", "谢谢", "感谢", "多谢", "thankful", "\u212aLAGE", "ſue you")
	for _, s := range texts {
		for _, g := range []*guarded{riskRe, thanksRe} {
			for _, v := range []string{s, strings.ToUpper(s), "x " + s + " y"} {
				if got, want := g.MatchString(v), g.Regexp.MatchString(v); got != want {
					t.Errorf("guarded %q matching %q = %v, plain regexp %v", g.String(), v, got, want)
				}
			}
		}
	}
}

// FuzzFastCheckAgrees checks the scanners that stand in for regexps in
// CheckText on arbitrary text.
func FuzzFastCheckAgrees(f *testing.F) {
	for _, s := range fastCheckTexts(f) {
		if len(s) < 400 {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkOrderIDs(t, s)
		checkPhoneCands(t, s)
		checkDotLetter(t, s)
	})
}

// BenchmarkCheckDrafts is CheckLang on the bodies the drafting benchmark
// produces (one per language and case of benchmail.Bodies).
func BenchmarkCheckDrafts(b *testing.B) {
	bodies := []string{
		"Dear Buyer 1,\n\nThank you for your message about order 302-0000000-0000001.\n\nYour order was shipped on 21 February 2025 with DHL. The tracking number is 00340434161000000001. You can also follow the parcel under Your Orders with \"Track package\".\n\nWe are sorry for the wait and thank you for your patience.\n\nKind regards,\nBench Shop\n",
		"Hallo Buyer 4,\n\nvielen Dank für Ihre Nachricht zur Bestellung 302-0000001-0000004.\n\nDürfen wir fragen, warum Sie stornieren möchten? Vielleicht können wir Ihnen ja noch helfen. Leider wurde Ihre Bestellung bereits versandt.\n\nMöchten Sie den Artikel „Stainless steel bottle 750 ml“ vielleicht doch behalten?\n\nMit freundlichen Grüßen\nBench Shop\n",
		"Hola, Buyer 9:\n\nGracias por su mensaje sobre el pedido 302-0000002-0000009.\n\nSu pedido se envió con [[carrier]]. El número de seguimiento es [[tracking]] y la fecha de entrega prevista es el [[expected delivery]].\n\nUn cordial saludo,\nBench Shop\n",
		"Buyer 11 様\n\nご注文（注文番号：302-0000002-0000011）についてご連絡いただき、誠にありがとうございます。\n\n当店の記録では、2025年2月21日にDHLにて発送しており、追跡番号は 00340434161000000011 でございます。\n\nBench Shop\n",
	}
	langs := []string{"en", "de", "es", "ja"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		CheckLang(bodies[i%len(bodies)], langs[i%len(langs)], Settings{})
		i++
	}
}
