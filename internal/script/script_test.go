package script

import "testing"

func TestCount(t *testing.T) {
	tests := []struct {
		text string
		want Counts
	}{
		{"", Counts{}},
		{"Hallo Welt", Counts{Other: 9}},
		{"ご注文ありがとうございます", Counts{Kana: 11, Han: 2}},
		{"谢谢您的订单", Counts{Han: 6}},
		{"감사합니다", Counts{Hangul: 5}},
		{"Order 123 注文", Counts{Other: 5, Han: 2}},
	}
	for _, tt := range tests {
		if got := Count(tt.text); got != tt.want {
			t.Errorf("Count(%q) = %+v, want %+v", tt.text, got, tt.want)
		}
	}
}

func TestWordIndex(t *testing.T) {
	idx := WordIndex(map[string][]string{"en": {"the", "in"}, "de": {"die", "in"}})
	if got := idx["the"]; len(got) != 1 || got[0] != "en" {
		t.Errorf(`idx["the"] = %q, want [en]`, got)
	}
	if got := idx["in"]; len(got) != 2 {
		t.Errorf(`idx["in"] = %q, want en and de`, got)
	}
}
