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
