package classify

import (
	"testing"

	"github.com/aftersale/aftersale"
)

// TestAttachmentEvidence: when the buyer wrote nothing (or a note of a few
// words), a telling attachment name decides the case, always for a person
// to check; anything else about the message stays as it was.
func TestAttachmentEvidence(t *testing.T) {
	c := mustNew(t)
	tests := []struct {
		text        string
		attachments []string
		want        aftersale.Case
		sub         aftersale.SubReason
		fromFile    bool // the verdict rests on the attachment
	}{
		{"", []string{"Widerrufsformular.pdf"}, aftersale.CaseReturnUnwanted, "", true},
		{"", []string{"modulo_recesso_firmato.pdf"}, aftersale.CaseReturnUnwanted, "", true},
		{"", []string{"formularz_odstąpienia_od_umowy.pdf"}, aftersale.CaseReturnUnwanted, "", true},
		{"", []string{"cayma_formu.docx"}, aftersale.CaseReturnUnwanted, "", true},
		// A picture without a telling name may show anything: a person looks.
		{"", []string{"IMG_20250301_101112.jpg"}, aftersale.CaseOther, "", false},
		{"", []string{"(image/heic)"}, aftersale.CaseOther, "", false},
		{"", []string{"scatola_rotta.jpg"}, aftersale.CaseReturnDissatisfied, aftersale.SubDamaged, true},
		{"", []string{"quote.xlsx"}, aftersale.CaseOther, "", false},
		{"", nil, aftersale.CaseOther, "", false},
		{"Formular anbei.", []string{"Widerruf.pdf"}, aftersale.CaseReturnUnwanted, "", true},
		{"Thank you so much!", []string{"IMG_4431.jpg"}, aftersale.CaseOther, "", false},
		// Words that tell the case decide it, whatever is attached.
		{"Where is my parcel? It was due last Tuesday and the tracking has not moved since.", []string{"return_form.pdf"}, aftersale.CaseShippingInquiry, "", false},
	}
	for _, tt := range tests {
		m := buyer(tt.text)
		m.Attachments = tt.attachments
		if tt.text == "" {
			m.Flags = []string{aftersale.FlagNoBuyerText}
			m.Text = "Message from Amazon customer Sam:\n\nTo reply, respond to this e-mail."
		}
		cl := classify(t, c, m)
		if cl.Case != tt.want || cl.SubReason != tt.sub {
			t.Errorf("%q with %q: %s/%s, want %s/%s (reasons %q)", tt.text, tt.attachments, cl.Case, cl.SubReason, tt.want, tt.sub, cl.Reasons)
		}
		if got := hasReason(cl.Reasons, "read from the attachment's name alone"); got != tt.fromFile {
			t.Errorf("%q with %q: reasons %q, want the attachment named as the evidence: %v", tt.text, tt.attachments, cl.Reasons, tt.fromFile)
		}
		if tt.fromFile && (!cl.NeedsHuman || cl.Confidence >= DefaultMinConfidence) {
			t.Errorf("%q with %q: needs_human %v confidence %.2f, want a person to check a low-confidence verdict", tt.text, tt.attachments, cl.NeedsHuman, cl.Confidence)
		}
	}
}
