package respond

import (
	"bytes"
	"mime"
	"net/mail"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

func TestCapSubject(t *testing.T) {
	words := "Re: " + strings.Repeat("Anfrage zur Bestellung ", 5000)
	tests := []struct {
		name, in, want string
	}{
		{"short", "Re: Where is my order?", "Re: Where is my order?"},
		{"exactly 200", "Re: " + strings.Repeat("x", 196), "Re: " + strings.Repeat("x", 196)},
		{"on a word boundary", words, strings.TrimSpace(cutRunes(words, 199)[:strings.LastIndex(cutRunes(words, 199), " ")]) + "…"},
		{"one long word", "Re: " + strings.Repeat("x", 100000), "Re: " + strings.Repeat("x", 195) + "…"},
		{"Japanese", "Re: " + strings.Repeat("ご注文の商品について", 100), cutRunes("Re: "+strings.Repeat("ご注文の商品について", 100), 199) + "…"},
	}
	for _, tt := range tests {
		got := CapSubject(tt.in)
		if got != tt.want {
			t.Errorf("%s: CapSubject = %q, want %q", tt.name, got, tt.want)
		}
		if n := utf8.RuneCountInString(got); n > MaxSubjectChars || !utf8.ValidString(got) {
			t.Errorf("%s: CapSubject gave %d characters (valid UTF-8 %v), want at most %d", tt.name, n, utf8.ValidString(got), MaxSubjectChars)
		}
	}
}

func cutRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// TestSenderCapsLongSubject: a buyer subject of 100 KB makes a reply that
// goes out at the first attempt with its subject cut to 200 characters on
// a word boundary and folded (no header line over 78 bytes), the same
// subject in the sent log.
func TestSenderCapsLongSubject(t *testing.T) {
	for _, subject := range []string{
		strings.Repeat("Frage zur Lieferung ", 5000),
		strings.Repeat("配送についての質問", 5000),
		strings.Repeat("x", 100000),
	} {
		e := newEnv(t)
		sink := startSink(t)
		if _, err := e.db.UpsertOrder(e.ctx, order(fbm, shipped)); err != nil {
			t.Fatal(err)
		}
		m := buyerMsg(subject+" (Order: "+testOrderID+")", "Where is my parcel?")
		m.RelayAlias = "6bmcx2l1t7cwrwb@marketplace.amazon.de"
		m.MessageID = "long-subject@marketplace.amazon.de"
		id := e.seed(m, aftersale.Classification{Case: aftersale.CaseShippingInquiry, Confidence: 0.9, Language: "en"})
		if _, err := e.drafter().RunOnce(e.ctx); err != nil {
			t.Fatal(err)
		}
		d := e.draftFor(id)
		if err := e.db.ApproveDraft(e.ctx, d.ID, store.Approval{By: "anna", Reviewed: true, OutgoingID: NewOutgoingID("shop.example")}); err != nil {
			t.Fatal(err)
		}
		if n, err := e.sender(sinkMailer(sink)).RunOnce(e.ctx); err != nil || n != 1 {
			t.Fatalf("RunOnce = %d, %v; want the reply sent at once (draft %+v)", n, err, e.draft(d.ID).LastError)
		}
		msgs := sink.Messages()
		if len(msgs) != 1 {
			t.Fatalf("sink got %d messages", len(msgs))
		}
		head, _, _ := bytes.Cut(msgs[0].Data, []byte("\r\n\r\n"))
		for _, l := range strings.Split(string(head), "\r\n") {
			if len(l) > 78 {
				t.Errorf("header line of %d bytes: %.100s…", len(l), l)
			}
		}
		want := CapSubject(d.Subject)
		msg, err := mail.ReadMessage(bytes.NewReader(msgs[0].Data))
		if err != nil {
			t.Fatal(err)
		}
		got, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
		if err != nil || got != want {
			t.Errorf("sent Subject = %q, %v; want %q", got, err, want)
		}
		sent, err := e.db.Sent(e.ctx, store.SentFilter{})
		if err != nil || len(sent) != 1 || sent[0].Subject != want {
			t.Errorf("sent log subject = %v, %v; want %q", sent, err, want)
		}
		if !strings.HasSuffix(want, "…") || utf8.RuneCountInString(want) > MaxSubjectChars {
			t.Errorf("capped subject %q", want)
		}
	}
}
