package respond

import (
	"bytes"
	"io"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale/store"
)

// TestSentCopyMessageIsWhatWasSent sends a reply through the SMTP sink and
// rebuilds it from the sent log: every header but Date, and the body, are
// what the sink received; Date is the time it was sent. The OnSent hook is
// called with the account.
func TestSentCopyMessageIsWhatWasSent(t *testing.T) {
	e := newEnv(t)
	if _, err := e.db.StartSentCopies(e.ctx, "shop"); err != nil {
		t.Fatal(err)
	}
	sink := startSink(t)
	d := e.approvedDraft("6bmcx2l1t7cwrwb@marketplace.amazon.de")
	var woke []string
	s := NewSender(e.db, sinkMailer(sink), SenderOptions{From: "service@shop.example", Now: e.clock.Now,
		OnSent: func(account string) { woke = append(woke, account) }}, nil)
	if n, err := s.RunOnce(e.ctx); err != nil || n != 1 {
		t.Fatalf("RunOnce = %d, %v; want 1 sent", n, err)
	}
	if len(woke) != 1 || woke[0] != "shop" {
		t.Errorf("OnSent calls = %q, want [shop]", woke)
	}
	msgs := sink.Messages()
	if len(msgs) != 1 {
		t.Fatalf("sink got %d messages, want 1", len(msgs))
	}
	cs, err := e.db.PendingSentCopies(e.ctx, "shop", 0, 0)
	if err != nil || len(cs) != 1 {
		t.Fatalf("PendingSentCopies = %d rows, %v; want 1", len(cs), err)
	}
	e.clock.Add(time.Hour) // the copy is made later: Date stays the send time
	raw, err := SentCopyMessage("service@shop.example", cs[0])
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(bytes.ReplaceAll(raw, []byte("\r\n"), nil), []byte("\n")) {
		t.Errorf("copy has bare LF line ends")
	}
	sent, copied := parseMail(t, msgs[0].Data), parseMail(t, raw)
	for _, h := range []string{"From", "To", "Subject", "Message-Id", "In-Reply-To", "References", "Content-Type", "Content-Transfer-Encoding", "Mime-Version"} {
		if got, want := copied.Header.Get(h), sent.Header.Get(h); got != want || want == "" && h != "Content-Transfer-Encoding" {
			t.Errorf("%s = %q, want %q as sent", h, got, want)
		}
	}
	if got, want := copied.Header.Get("Message-Id"), "<"+d.OutgoingID+">"; got != want {
		t.Errorf("Message-ID = %q, want %q", got, want)
	}
	if got := copied.Header.Get("References"); !strings.Contains(got, "<second@marketplace.amazon.de>") {
		t.Errorf("References = %q, want the thread", got)
	}
	date, err := copied.Header.Date()
	if err != nil || !date.Equal(cs[0].Reply.SentAt.Truncate(time.Second)) {
		t.Errorf("Date = %v, %v; want the send time %v", date, err, cs[0].Reply.SentAt)
	}
	if got, want := readBody(t, copied), readBody(t, sent); got != want {
		t.Errorf("body = %q, want %q as sent", got, want)
	}

	// Invalid input is refused as in Send.
	bad := cs[0]
	bad.Reply.MessageID = "no-at-sign"
	if _, err := SentCopyMessage("service@shop.example", bad); err == nil {
		t.Error("SentCopyMessage with an invalid Message-ID = nil error")
	}
	if _, err := SentCopyMessage("", cs[0]); err == nil {
		t.Error("SentCopyMessage without a sender address = nil error")
	}
	var none store.SentCopy
	if _, err := SentCopyMessage("service@shop.example", none); err == nil {
		t.Error("SentCopyMessage of an empty row = nil error")
	}
}

func parseMail(t *testing.T, raw []byte) *mail.Message {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("parsing %q: %v", raw, err)
	}
	return m
}

func readBody(t *testing.T, m *mail.Message) string {
	t.Helper()
	b, err := io.ReadAll(m.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
