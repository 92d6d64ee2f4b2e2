package respond

import "testing"

func TestReasonClause(t *testing.T) {
	for _, tc := range []struct {
		text   string
		reason bool
	}{
		{"Ich möchte es zurückgeben, die Farbe passt nicht zum Sofa.", true},
		{"Vorrei restituirlo, non mi piace più.", true},
		{"想退货，尺寸和沙发不搭。", true},
		{"返品したいです、部屋に合いませんでした。", true},
		{"I'd like to return it please.", false},
		{"Unused, still in the box. I want to return it.", false},
		{"Je voudrais le retourner. Comment faire ?", false},
		{"Hola, quiero devolverlo. ¿Cómo lo hago?", false},
		{"没用过，想退货。", false},
	} {
		if got := reasonClause(tc.text); (got != "") != tc.reason {
			t.Errorf("reasonClause(%q) = %q, want a reason: %v", tc.text, got, tc.reason)
		}
	}
}
