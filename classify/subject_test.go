package classify

import "testing"

// TestSubjectTopicLocalized: the relay's generic subject, in each
// marketplace language, leaves only the topic before it (if any), never
// the buyer's name or the order id.
func TestSubjectTopicLocalized(t *testing.T) {
	tests := []struct{ subject, want string }{
		{"Inquiry from Amazon customer Sam (Order: 111-2345678-9012345)", ""},
		{"Shipping inquiry from Amazon customer Sam (Order: 111-2345678-9012345)", "Shipping"},
		{"Versandanfrage von Amazon-Kunde Jens (Bestellung: 302-2345678-9012345)", "Versand"},
		{"Vraag van Amazon-klant Sanne (Bestelling: 408-2345678-9012345)", ""},
		{"Zapytanie od klienta Amazon Ewa (Zamówienie: 407-2345678-9012345)", ""},
		{"Amazon müşterisi Can tarafından gönderilen soru (Sipariş: 406-2345678-9012345)", ""},
		{"Förfrågan från Amazon-kund Lars (Beställning: 409-2345678-9012345)", ""},
		{"Pergunta do cliente da Amazon Ana (Pedido: 701-2345678-9012345)", ""},
		{"RE: Leveransfråga (Order: 409-2345678-9012345)", "Leveransfråga"},
	}
	for _, tt := range tests {
		if got := subjectTopic(tt.subject); got != tt.want {
			t.Errorf("subjectTopic(%q) = %q, want %q", tt.subject, got, tt.want)
		}
	}
}
