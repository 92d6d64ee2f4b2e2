package respond

import (
	"testing"
)

// TestFullWidthPhone: a phone number in full-width digits and separators
// blocks like its ASCII form, and its span points at the full-width text;
// full-width order ids and postcodes stay allowed.
func TestFullWidthPhone(t *testing.T) {
	var s Settings
	for _, tt := range []struct {
		text, want string // want: the phone span's text, "" for none
	}{
		{"ご不明点は０３－５５５５－０１２３までお電話ください。", "０３－５５５５－０１２３"},
		{"请拨打客服热线（０２１）６２３４－５６７８，我们会为您处理。", "（０２１）６２３４－５６７８"},
		{"请拨打＋８６　１３８　００００　１２３４。", "＋８６　１３８　００００　１２３４"},
		{"ご注文番号２５０－６６１８２７４－３３９０５１８の件でご連絡いたしました。", ""},
		{"お届け先は〒１５０－０００１ 東京都渋谷区で承りました。", ""},
		{"Call us on 020 7946 0123 today.", "020 7946 0123"},
	} {
		var got string
		for _, is := range CheckText(tt.text, CheckOptions{}, s) {
			if is.Rule == RulePhone && is.Offset >= 0 {
				got = tt.text[is.Offset:is.End]
			}
		}
		if got != tt.want {
			t.Errorf("CheckText(%q): phone %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestFoldWidth: the folded string and the offsets back into the text.
func TestFoldWidth(t *testing.T) {
	in := "a１－\u3000b\xff９"
	folded, at := foldWidth(in)
	if folded != "a1- b\xff9" {
		t.Fatalf("folded %q", folded)
	}
	want := []int{0, 1, 4, 7, 10, 11, 12, 15}
	if len(at) != len(want) {
		t.Fatalf("at %v, want %v", at, want)
	}
	for i := range want {
		if at[i] != want[i] {
			t.Fatalf("at %v, want %v", at, want)
		}
	}
	if f, at := foldWidth("plain 123"); f != "plain 123" || at != nil {
		t.Errorf("nothing to fold: %q %v", f, at)
	}
}
