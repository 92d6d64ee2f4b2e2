package classify

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/mailbox"
)

func TestLoadCSV(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []Sample
		wantErr bool
	}{
		{"columns by name", "id,label,text\n1,cancel_order,\"cancel it, please\"\n2,not_received,where is it\n",
			[]Sample{{Text: "cancel it, please", Label: "cancel_order", Source: "line 2"}, {Text: "where is it", Label: "not_received", Source: "line 3"}}, false},
		{"bom and case", "\ufeffText,Label\nhi,other\n", []Sample{{Text: "hi", Label: "other", Source: "line 2"}}, false},
		{"language column", "text,label,language\nhallo,other,DE\n", []Sample{{Text: "hallo", Label: "other", Source: "line 2", Language: "de"}}, false},
		{"missing label column", "text,intent\nhi,other\n", nil, true},
		{"unknown label", "text,label\nhi,greeting\n", nil, true},
		{"short row", "text,x,label\nhi\n", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := LoadCSV(strings.NewReader(tt.in))
			if (err != nil) != tt.wantErr {
				t.Fatalf("LoadCSV() error = %v, wantErr %v", err, tt.wantErr)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("LoadCSV() = %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i].Text != tt.want[i].Text || got[i].Label != tt.want[i].Label || got[i].Source != tt.want[i].Source || got[i].Language != tt.want[i].Language {
					t.Errorf("LoadCSV()[%d] = %v, want %v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestParseLabel(t *testing.T) {
	tests := []struct {
		in      string
		c       aftersale.Case
		sub     aftersale.SubReason
		wantErr bool
	}{
		{"shipping_inquiry", aftersale.CaseShippingInquiry, "", false},
		{"not_received", aftersale.CaseReturnDissatisfied, aftersale.SubNotReceived, false},
		{"return_dissatisfied/damaged", aftersale.CaseReturnDissatisfied, aftersale.SubDamaged, false},
		{"return_dissatisfied/broken", "", "", true},
		{"nonsense", "", "", true},
	}
	for _, tt := range tests {
		c, sub, err := ParseLabel(tt.in)
		if (err != nil) != tt.wantErr || c != tt.c || sub != tt.sub {
			t.Errorf("ParseLabel(%q) = %q, %q, %v; want %q, %q, err %v", tt.in, c, sub, err, tt.c, tt.sub, tt.wantErr)
		}
	}
}

func TestEvaluateAndWriteText(t *testing.T) {
	c := mustNew(t)
	samples := []Sample{
		{Text: "Please cancel my order, I bought it by mistake", Label: "cancel_order", Language: "en"},
		{Text: "where is my parcel, when will it arrive?", Label: "shipping_inquiry", Language: "en"},
		{Text: "The package says delivered but I never received it", Label: "not_received", Language: "en"},
	}
	r := Evaluate(context.Background(), c, samples)
	if r.Total != 3 {
		t.Fatalf("Total = %d, want 3", r.Total)
	}
	if r.Correct != 3 || r.Accuracy != 1 || r.MacroF1 != 1 {
		t.Errorf("Correct, Accuracy, MacroF1 = %d, %v, %v; want 3, 1, 1", r.Correct, r.Accuracy, r.MacroF1)
	}
	if r.SubReason != (Ratio{Correct: 1, Checked: 1, Rate: 1}) {
		t.Errorf("SubReason = %+v, want 1 of 1", r.SubReason)
	}
	if r.Language != (Ratio{Correct: 3, Checked: 3, Rate: 1}) {
		t.Errorf("Language = %+v, want 3 of 3", r.Language)
	}
	if len(r.PerLanguage) != 1 || r.PerLanguage[0] != (LanguageScore{Language: "en", N: 3, Accuracy: 1, MacroF1: 1}) {
		t.Errorf("PerLanguage = %+v, want en: 3 samples, accuracy 1, macro-F1 1", r.PerLanguage)
	}
	var b bytes.Buffer
	if err := r.WriteText(&b); err != nil {
		t.Fatalf("WriteText: %v", err)
	}
	for _, want := range []string{"precision", "cancel_order", "macro-F1 1.000", "confusion"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("WriteText output lacks %q:\n%s", want, b.String())
		}
	}
}

func TestLoadFolderErrors(t *testing.T) {
	const head = "file,case,subreason,order_id,language,needs_human\n"
	tests := []struct {
		name   string
		labels string
		want   string
	}{
		{"missing column", "file,case,subreason,order_id,language\na.eml,other,,,en\n", `lacks column "needs_human"`},
		{"unknown case", head + "a.eml,greeting,,,en,false\n", "unknown case"},
		{"unknown sub-reason", head + "a.eml,return_dissatisfied,broken,,en,false\n", "unknown sub-reason"},
		{"bad needs_human", head + "a.eml,other,,,en,maybe\n", "needs_human"},
		{"outside the folder", head + "../a.eml,other,,,en,false\n", "inside the folder"},
		{"missing eml", head + "b.eml,other,,,en,false\n", "b.eml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "a.eml"), []byte("Subject: hi\r\n\r\nthanks\r\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, LabelsFile), []byte(tt.labels), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadFolder(dir, mailbox.Parse)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("LoadFolder() error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestEvaluateFacts checks the folder-only scores: order ids, language and
// needs_human precision and recall.
func TestEvaluateFacts(t *testing.T) {
	yes, no := true, false
	msg := func(text string, ids ...string) *aftersale.Message {
		return &aftersale.Message{Sender: aftersale.SenderBuyer, Text: text, BuyerText: text, OrderIDs: ids}
	}
	samples := []Sample{
		{Label: "cancel_order", Message: msg("Please cancel my order, I ordered it by mistake", "111-2222222-3333333"),
			Language: "en", OrderIDs: []string{"111-2222222-3333333"}, CheckOrderIDs: true, NeedsHuman: &no, Source: "a"},
		{Label: "return_dissatisfied/not_received", Message: msg("Never arrived. I will sue you and my lawyer will call."),
			Language: "en", CheckOrderIDs: true, NeedsHuman: &yes, Source: "b"},
		{Label: "shipping_inquiry", Message: msg("Wo ist mein Paket? Ich warte seit einer Woche.", "302-1111111-2222222"),
			Language: "de", OrderIDs: []string{"302-1111111-2222222", "302-9999999-9999999"}, CheckOrderIDs: true, NeedsHuman: &yes, Source: "c"},
	}
	r := Evaluate(context.Background(), mustNew(t), samples)
	if r.OrderIDs != (Ratio{Correct: 2, Checked: 3, Rate: 2.0 / 3}) {
		t.Errorf("OrderIDs = %+v, want 2 of 3", r.OrderIDs)
	}
	if r.Language != (Ratio{Correct: 3, Checked: 3, Rate: 1}) {
		t.Errorf("Language = %+v, want 3 of 3", r.Language)
	}
	h := r.NeedsHumanScore
	if h.TP != 1 || h.FN != 1 || h.FP != 0 || h.Recall != 0.5 || h.Precision != 1 {
		t.Errorf("NeedsHumanScore = %+v, want tp 1, fn 1, fp 0", h)
	}
	if len(r.Misses) != 1 || r.Misses[0].Source != "c" {
		t.Errorf("Misses = %+v, want only c", r.Misses)
	}
	if len(r.PerLanguage) != 2 || r.PerLanguage[0].Language != "de" || r.PerLanguage[1].N != 2 {
		t.Errorf("PerLanguage = %+v, want de (1) and en (2)", r.PerLanguage)
	}
}
