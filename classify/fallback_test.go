package classify

import (
	"testing"

	"github.com/aftersale/aftersale"
)

// TestFallbackRequest: a second request made only as the fallback of the
// first ("…, otherwise cancel"), or added on ("Also, …"), is the secondary
// case and needs a person; a clause that asks for nothing new changes
// nothing.
func TestFallbackRequest(t *testing.T) {
	c := mustNew(t)
	tests := []struct {
		name      string
		text      string
		want      aftersale.Case
		secondary aftersale.Case
	}{
		{"en address else cancel", "I need the shipping address changed to 12 Elm Road, Leeds LS6 2AB and if you can't do that then just cancel the whole thing.",
			aftersale.CaseAddressChange, aftersale.CaseCancelOrder},
		{"en cancel otherwise return", "Please cancel my order, I ordered it by mistake. If it has already shipped I will return it when it arrives because I no longer need it.",
			aftersale.CaseCancelOrder, aftersale.CaseReturnUnwanted},
		{"de address sonst storno", "Bitte ändern Sie die Lieferadresse auf Hauptstraße 5, 10115 Berlin. Falls das nicht geht, stornieren Sie bitte die Bestellung.",
			aftersale.CaseAddressChange, aftersale.CaseCancelOrder},
		{"fr address sinon annuler", "Pouvez-vous changer l'adresse de livraison pour le 3 rue des Lilas, 69003 Lyon ? Sinon, merci d'annuler la commande.",
			aftersale.CaseAddressChange, aftersale.CaseCancelOrder},
		{"ja address else cancel", "お届け先住所を東京都港区1-2-3に変更してください。無理ならキャンセルをお願いします。",
			aftersale.CaseAddressChange, aftersale.CaseCancelOrder},
		{"zh address else cancel", "请把收货地址改成上海市浦东新区世纪大道100号，如果不行的话请帮我取消订单。",
			aftersale.CaseAddressChange, aftersale.CaseCancelOrder},
		{"en second request with also", "Where is my parcel? It was due on Monday. Also, I need to change the delivery address to 5 High Street, Bath BA1 1AA.",
			aftersale.CaseShippingInquiry, aftersale.CaseAddressChange},
		{"de second request with außerdem", "Wo bleibt mein Paket? Es sollte am Montag kommen. Außerdem möchte ich die Bestellung stornieren, wenn es nicht bis Freitag da ist.",
			aftersale.CaseShippingInquiry, aftersale.CaseCancelOrder},
		{"en either address or cancel", "The parcel is going to my old flat. Either send it to 4 Mill Lane, York YO1 7HH or just cancel it and I will order again.",
			aftersale.CaseAddressChange, aftersale.CaseCancelOrder},
		{"also without a new request", "Please cancel my order, I ordered it by mistake. I also apologise for the trouble.",
			aftersale.CaseCancelOrder, ""},
		{"fallback asks nothing new", "Where is my order? It should have arrived on Monday. Otherwise everything was fine, thanks.",
			aftersale.CaseShippingInquiry, ""},
		{"marker inside a word", "Where is my parcel? Elsewhere in town people got theirs already.",
			aftersale.CaseShippingInquiry, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cl := classify(t, c, buyer(tt.text))
			// Which of two requests comes first is the model's call; both
			// must be there.
			swapped := tt.secondary != "" && cl.Case == tt.secondary && cl.Secondary == tt.want
			if (cl.Case != tt.want || cl.Secondary != tt.secondary) && !swapped {
				t.Fatalf("Classify(%q) = %s secondary %q (%q); want %s secondary %q", tt.text, cl.Case, cl.Secondary, cl.Reasons, tt.want, tt.secondary)
			}
			if tt.secondary != "" && !cl.NeedsHuman {
				t.Errorf("Classify(%q).NeedsHuman = false with secondary %s; want true", tt.text, cl.Secondary)
			}
		})
	}
}

func TestFallbackClauses(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"change it, otherwise cancel the order. thanks", []string{"cancel the order"}},
		{"elsewhere it is fine", nil},
		{"否则取消订单。谢谢", []string{"取消订单"}},
		{"sonst ok", nil},
		{"where is it? also, cancel the order. thanks", []string{"cancel the order", "where is it?"}},
		{"where is it? 另外请取消订单", []string{"请取消订单", "where is it?"}},
	}
	for _, tt := range tests {
		got := fallbackClauses(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("fallbackClauses(%q) = %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("fallbackClauses(%q) = %q, want %q", tt.in, got, tt.want)
			}
		}
	}
}
