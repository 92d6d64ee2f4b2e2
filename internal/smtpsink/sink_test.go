package smtpsink

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/smtp"
	"net/textproto"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	mail "github.com/wneessen/go-mail"
)

var fixedNow = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

func startSink(t *testing.T, opts Options) *Sink {
	t.Helper()
	if opts.Now == nil {
		opts.Now = func() time.Time { return fixedNow }
	}
	s, err := Start("127.0.0.1:0", opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

// dial opens a net/smtp client whose connection gives up after timeout.
func dial(t *testing.T, s *Sink, timeout time.Duration) *smtp.Client {
	t.Helper()
	conn, err := net.Dial("tcp", s.Addr())
	if err != nil {
		t.Fatalf("dial %s: %v", s.Addr(), err)
	}
	if err := conn.SetDeadline(time.Now().Add(timeout)); err != nil {
		t.Fatalf("SetDeadline: %v", err)
	}
	c, err := smtp.NewClient(conn, s.Host())
	if err != nil {
		t.Fatalf("smtp.NewClient: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

const body = "From: shop@example.com\r\nTo: buyer@example.net\r\nSubject: hi\r\n\r\nHello.\r\n.leading dot\r\n"

func TestAcceptRecords(t *testing.T) {
	s := startSink(t, Options{Domain: "sink.test"})
	c := dial(t, s, 10*time.Second)
	if err := c.Mail("shop@example.com"); err != nil {
		t.Fatalf("MAIL: %v", err)
	}
	for _, rcpt := range []string{"abc123def456ghi@marketplace.amazon.de", "copy@example.com"} {
		if err := c.Rcpt(rcpt); err != nil {
			t.Fatalf("RCPT %s: %v", rcpt, err)
		}
	}
	w, err := c.Data()
	if err != nil {
		t.Fatalf("DATA: %v", err)
	}
	if _, err := w.Write([]byte(body)); err != nil {
		t.Fatalf("write body: %v", err)
	}
	if err := w.Close(); err != nil {
		t.Fatalf("end DATA: %v", err)
	}
	if err := c.Quit(); err != nil {
		t.Fatalf("QUIT: %v", err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	got, err := s.Wait(ctx, 1)
	if err != nil {
		t.Fatalf("Wait: %v", err)
	}
	want := []Message{{
		From: "shop@example.com",
		To:   []string{"abc123def456ghi@marketplace.amazon.de", "copy@example.com"},
		Data: []byte(body),
		At:   fixedNow,
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Wait(1) messages mismatch (-want +got):\n%s", diff)
	}

	// Messages returns a copy: changing it does not change the sink.
	got[0].Data[0] = 'X'
	got[0].To[0] = "changed"
	if again := s.Messages(); !bytes.Equal(again[0].Data, []byte(body)) || again[0].To[0] != want[0].To[0] {
		t.Errorf("Messages() after caller modified its copy = %+v, want unchanged", again[0])
	}
}

func TestRcptFailures(t *testing.T) {
	tests := []struct {
		rcpt     string
		wantCode int
		wantMsg  string // prefix of the reply text, with the enhanced code
	}{
		{"temperror@example.com", 451, "4.3.0 "},
		{"TempError+7@example.com", 451, "4.3.0 "},
		{"permerror@example.com", 550, "5.1.1 "},
		{"permerror-unknown@marketplace.amazon.co.uk", 550, "5.1.1 "},
	}
	s := startSink(t, Options{})
	for _, tt := range tests {
		t.Run(tt.rcpt, func(t *testing.T) {
			c := dial(t, s, 10*time.Second)
			if err := c.Mail("shop@example.com"); err != nil {
				t.Fatalf("MAIL: %v", err)
			}
			err := c.Rcpt(tt.rcpt)
			var perr *textproto.Error
			if !errors.As(err, &perr) {
				t.Fatalf("RCPT %s error = %v, want an SMTP reply error", tt.rcpt, err)
			}
			if perr.Code != tt.wantCode || !strings.HasPrefix(perr.Msg, tt.wantMsg) {
				t.Errorf("RCPT %s reply = %d %q, want %d %s...", tt.rcpt, perr.Code, perr.Msg, tt.wantCode, tt.wantMsg)
			}
			// The session stays usable: a good recipient is still accepted.
			if err := c.Rcpt("ok@example.com"); err != nil {
				t.Errorf("RCPT ok@example.com after a refusal: %v", err)
			}
		})
	}
	if got := s.Messages(); len(got) != 0 {
		t.Errorf("Messages() = %d messages, want none", len(got))
	}
}

func TestTimeoutStallsUntilClientGivesUp(t *testing.T) {
	s, err := Start("127.0.0.1:0", Options{Stall: time.Hour})
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	c := dial(t, s, 300*time.Millisecond)
	if err := c.Mail("shop@example.com"); err != nil {
		t.Fatalf("MAIL: %v", err)
	}
	if err := c.Rcpt("timeout@example.com"); err != nil {
		t.Fatalf("RCPT timeout@: %v", err)
	}
	w, err := c.Data()
	if err != nil {
		t.Fatalf("DATA: %v", err)
	}
	if _, err := w.Write([]byte(body)); err != nil {
		t.Fatalf("write body: %v", err)
	}
	err = w.Close()
	var nerr net.Error
	if !errors.As(err, &nerr) || !nerr.Timeout() {
		t.Fatalf("end of DATA error = %v, want a client-side timeout", err)
	}

	// Close must end the one-hour stall instead of waiting for it.
	closed := make(chan error, 1)
	go func() { closed <- s.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Errorf("Close: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Close did not end a stalled DATA")
	}
	if got := s.Messages(); len(got) != 0 {
		t.Errorf("Messages() = %d messages, want none for a timeout recipient", len(got))
	}
}

func TestTimeoutStallIsBounded(t *testing.T) {
	s := startSink(t, Options{Stall: 20 * time.Millisecond})
	c := dial(t, s, 10*time.Second)
	if err := c.Mail("shop@example.com"); err != nil {
		t.Fatalf("MAIL: %v", err)
	}
	if err := c.Rcpt("timeout-slow@example.com"); err != nil {
		t.Fatalf("RCPT: %v", err)
	}
	w, err := c.Data()
	if err != nil {
		t.Fatalf("DATA: %v", err)
	}
	if _, err := w.Write([]byte(body)); err != nil {
		t.Fatalf("write body: %v", err)
	}
	err = w.Close()
	var perr *textproto.Error
	if !errors.As(err, &perr) || perr.Code != 451 {
		t.Fatalf("end of DATA after the stall = %v, want 451", err)
	}
}

func TestGoMailClient(t *testing.T) {
	s := startSink(t, Options{})
	send := func(to string) error {
		t.Helper()
		m := mail.NewMsg(mail.WithNoDefaultUserAgent())
		if err := m.From("shop@example.com"); err != nil {
			t.Fatalf("From: %v", err)
		}
		if err := m.To(to); err != nil {
			t.Fatalf("To: %v", err)
		}
		m.Subject("RE: Inquiry from Amazon customer Anna (Order: 302-1234567-1234567)")
		m.SetBodyString(mail.TypeTextPlain, "Hello Anna,\nyour order has shipped.\n")
		c, err := mail.NewClient(s.Host(), mail.WithPort(s.Port()), mail.WithTLSPolicy(mail.NoTLS),
			mail.WithTimeout(2*time.Second))
		if err != nil {
			t.Fatalf("mail.NewClient: %v", err)
		}
		return c.DialAndSendWithContext(context.Background(), m)
	}

	tests := []struct {
		to       string
		wantErr  bool
		wantTemp bool
	}{
		{"q7w2e9r4t1y6u3i@marketplace.amazon.de", false, false},
		{"temperror@example.com", true, true},
		{"permerror@example.com", true, false},
	}
	for _, tt := range tests {
		err := send(tt.to)
		if (err != nil) != tt.wantErr {
			t.Fatalf("send to %s: error = %v, want error %v", tt.to, err, tt.wantErr)
		}
		if err == nil {
			continue
		}
		var serr *mail.SendError
		if !errors.As(err, &serr) {
			t.Fatalf("send to %s: error %T %v, want *mail.SendError", tt.to, err, err)
		}
		if serr.IsTemp() != tt.wantTemp {
			t.Errorf("send to %s: IsTemp() = %v, want %v (%v)", tt.to, serr.IsTemp(), tt.wantTemp, err)
		}
	}
	got := s.Messages()
	if len(got) != 1 {
		t.Fatalf("Messages() = %d, want 1", len(got))
	}
	if !bytes.Contains(got[0].Data, []byte("Subject: RE: Inquiry from Amazon customer Anna")) {
		t.Errorf("recorded data lacks the subject:\n%s", got[0].Data)
	}
}

func TestWait(t *testing.T) {
	s := startSink(t, Options{})

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Wait(ctx, 1); !errors.Is(err, context.Canceled) {
		t.Errorf("Wait on a cancelled ctx = %v, want context.Canceled", err)
	}
	if got, err := s.Wait(context.Background(), 0); err != nil || len(got) != 0 {
		t.Errorf("Wait(0) = %d, %v, want 0, nil", len(got), err)
	}

	// Concurrent senders and waiters.
	const n = 5
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := smtp.SendMail(s.Addr(), nil, "shop@example.com", []string{"buyer@example.com"}, []byte(body)); err != nil {
				t.Errorf("SendMail %d: %v", i, err)
			}
		}()
	}
	wctx, wcancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer wcancel()
	got, err := s.Wait(wctx, n)
	if err != nil {
		t.Fatalf("Wait(%d): %v", n, err)
	}
	if len(got) < n {
		t.Errorf("Wait(%d) returned %d messages", n, len(got))
	}
	wg.Wait()
}

func TestWaitEndsOnClose(t *testing.T) {
	s, err := Start("127.0.0.1:0", Options{})
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	res := make(chan error, 1)
	go func() {
		_, err := s.Wait(context.Background(), 1)
		res <- err
	}()
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := <-res; err == nil {
		t.Error("Wait after Close = nil error, want an error")
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close = %v, want nil", err)
	}
}

func TestBehaviourFor(t *testing.T) {
	tests := []struct {
		addr string
		want behaviour
	}{
		{"buyer@marketplace.amazon.de", accept},
		{"temperror@x", tempError},
		{"PermError@x", permError},
		{"timeout-1@x", stall},
		{"my-timeout@x", accept},
		{"temperror", tempError},
		{"a@temperror.example", accept},
	}
	for _, tt := range tests {
		if got := behaviourFor(tt.addr); got != tt.want {
			t.Errorf("behaviourFor(%q) = %v, want %v", tt.addr, got, tt.want)
		}
	}
}
