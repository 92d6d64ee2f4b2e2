package respond

import (
	"bufio"
	"context"
	"errors"
	"io"
	"log"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// refusingServer is an SMTP server that answers every connection with the
// given error at EHLO (atGreeting) or at MAIL FROM.
func refusingServer(t *testing.T, code int, atGreeting bool) (host string, port int) {
	t.Helper()
	refuse := &smtp.SMTPError{Code: code, EnhancedCode: smtp.EnhancedCode{code / 100, 7, 0}, Message: "try again later"}
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) {
		if atGreeting {
			return nil, refuse
		}
		return refusingSession{refuse}, nil
	}))
	srv.Domain = "refuse.test"
	srv.ErrorLog = log.New(io.Discard, "", 0)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "127.0.0.1", ln.Addr().(*net.TCPAddr).Port
}

type refusingSession struct{ err error }

func (s refusingSession) Reset()                               {}
func (s refusingSession) Logout() error                        { return nil }
func (s refusingSession) Mail(string, *smtp.MailOptions) error { return s.err }
func (s refusingSession) Rcpt(string, *smtp.RcptOptions) error { return s.err }
func (s refusingSession) Data(io.Reader) error                 { return s.err }

// silentServer accepts connections and never says anything: the client's
// greeting read times out.
func silentServer(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	return ln.Addr().(*net.TCPAddr).Port
}

// TestSenderRetryClasses: every temporary failure (421 at the greeting or
// at MAIL FROM, 451, a server that never greets, a refused connection)
// puts the draft back to approved with a backoff; 550 fails it for good.
func TestSenderRetryClasses(t *testing.T) {
	tests := []struct {
		name      string
		alias     string
		mailer    func(t *testing.T) Mailer
		wantState aftersale.DraftState
		wantErr   string
	}{
		{"421 at greeting", "", func(t *testing.T) Mailer {
			h, p := refusingServer(t, 421, true)
			return NewSMTPMailer(SMTPOptions{Host: h, Port: p, TLS: "plain", Timeout: 2 * time.Second})
		}, aftersale.DraftApproved, "421"},
		{"421 at MAIL FROM", "", func(t *testing.T) Mailer {
			h, p := refusingServer(t, 421, false)
			return NewSMTPMailer(SMTPOptions{Host: h, Port: p, TLS: "plain", Timeout: 2 * time.Second})
		}, aftersale.DraftApproved, "421"},
		{"451 at RCPT TO", "temperror-6bmcx2l1t7cw", func(t *testing.T) Mailer { return sinkMailer(startSink(t)) },
			aftersale.DraftApproved, "451"},
		{"550 at RCPT TO", "permerror-6bmcx2l1t7cw", func(t *testing.T) Mailer { return sinkMailer(startSink(t)) },
			aftersale.DraftFailed, "550"},
		{"554 at MAIL FROM", "", func(t *testing.T) Mailer {
			h, p := refusingServer(t, 554, false)
			return NewSMTPMailer(SMTPOptions{Host: h, Port: p, TLS: "plain", Timeout: 2 * time.Second})
		}, aftersale.DraftFailed, "554"},
		{"greeting timeout", "", func(t *testing.T) Mailer {
			return NewSMTPMailer(SMTPOptions{Host: "127.0.0.1", Port: silentServer(t), TLS: "plain", Timeout: 300 * time.Millisecond})
		}, aftersale.DraftApproved, "timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			alias := "6bmcx2l1t7cwrwb"
			if tt.alias != "" {
				alias = tt.alias
			}
			d := e.approvedDraft(alias + "@marketplace.amazon.de")
			s := NewSender(e.db, tt.mailer(t), SenderOptions{From: "service@shop.example", Now: e.clock.Now}, nil)
			if n, err := s.RunOnce(e.ctx); err != nil || n != 0 {
				t.Fatalf("RunOnce = %d, %v; want 0, nil", n, err)
			}
			got := e.draft(d.ID)
			if got.State != tt.wantState || got.Attempts != 1 || !strings.Contains(got.LastError, tt.wantErr) {
				t.Fatalf("state %s attempts %d last error %q; want %s, 1, containing %q", got.State, got.Attempts, got.LastError, tt.wantState, tt.wantErr)
			}
			if tt.wantState != aftersale.DraftApproved {
				return
			}
			// Capped backoff: the default waits 30 s after the first failure.
			if want := now.Add(30 * time.Second); !got.NextAttempt.Equal(want) {
				t.Errorf("NextAttempt = %v, want %v", got.NextAttempt, want)
			}
		})
	}
}

func TestDefaultBackoffCapped(t *testing.T) {
	want := []time.Duration{30 * time.Second, time.Minute, 2 * time.Minute, 4 * time.Minute, 8 * time.Minute,
		16 * time.Minute, 30 * time.Minute, 30 * time.Minute, 30 * time.Minute}
	for i, w := range want {
		if got := DefaultBackoff(i + 1); got != w {
			t.Errorf("DefaultBackoff(%d) = %v, want %v", i+1, got, w)
		}
	}
}

// approvedTo creates and approves a draft answering a buyer message from
// relayAlias but addressed to `to`.
func (e *env) approvedTo(relayAlias, to string) aftersale.Draft {
	e.t.Helper()
	m := buyerMsg("Question from Amazon customer Anna (Order: "+testOrderID+")", "Where is my parcel?")
	m.RelayAlias = relayAlias
	msgID := e.seed(m, aftersale.Classification{Case: aftersale.CaseShippingInquiry, Confidence: 0.9, Language: "en"})
	id, err := e.db.CreateDraft(e.ctx, aftersale.Draft{MessageID: msgID, Case: aftersale.CaseShippingInquiry,
		To: to, Subject: "Re: your order", Body: "Hello Anna,\n\nyour parcel is on its way.\n\nKind regards\n"})
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.db.ApproveDraft(e.ctx, id, store.Approval{By: "anna", OutgoingID: NewOutgoingID("shop.example")}); err != nil {
		e.t.Fatal(err)
	}
	return e.draft(id)
}

func TestSenderRecipientAllowList(t *testing.T) {
	tests := []struct {
		name       string
		relay, to  string
		domains    []string
		wantSent   bool
		wantReason string
	}{
		{"relay alias", "6bmcx2l1t7cwrwb@marketplace.amazon.co.uk", "6bmcx2l1t7cwrwb@marketplace.amazon.co.uk", nil, true, ""},
		{"relay alias, other case", "6bmcx2l1t7cwrwb@marketplace.amazon.de", "6BMCX2L1T7CWRWB@Marketplace.Amazon.DE", nil, true, ""},
		{"not amazon", "buyer@gmail.example", "buyer@gmail.example", nil, false, "not an Amazon relay domain"},
		{"look-alike domain", "x@marketplace.amazon.de.evil.example", "x@marketplace.amazon.de.evil.example", nil, false, "not an Amazon relay domain"},
		{"another alias than the thread's", "6bmcx2l1t7cwrwb@marketplace.amazon.de", "qw2smy2gutcr61k@marketplace.amazon.de", nil, false, "not the thread's relay alias"},
		{"configured domain", "a1@relay.shop.example", "a1@relay.shop.example", []string{"relay.shop.example"}, true, ""},
		{"configured list replaces the default", "6bmcx2l1t7cwrwb@marketplace.amazon.de", "6bmcx2l1t7cwrwb@marketplace.amazon.de", []string{"relay.shop.example"}, false, "not an Amazon relay domain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			sink := startSink(t)
			d := e.approvedTo(tt.relay, tt.to)
			s := NewSender(e.db, sinkMailer(sink), SenderOptions{From: "service@shop.example", Now: e.clock.Now, RecipientDomains: tt.domains}, nil)
			if _, err := s.RunOnce(e.ctx); err != nil {
				t.Fatal(err)
			}
			got := e.draft(d.ID)
			if n := len(sink.Messages()); (n == 1) != tt.wantSent {
				t.Fatalf("sink got %d messages; want sent=%v (state %s, last error %q)", n, tt.wantSent, got.State, got.LastError)
			}
			if !tt.wantSent && (got.State != aftersale.DraftFailed || !strings.Contains(got.LastError, tt.wantReason)) {
				t.Errorf("state %s last error %q; want failed with %q", got.State, got.LastError, tt.wantReason)
			}
		})
	}
}

func TestSenderRateLimit(t *testing.T) {
	e := newEnv(t)
	sink := startSink(t)
	var ids []int64
	for range 3 {
		ids = append(ids, e.approvedDraft("6bmcx2l1t7cwrwb@marketplace.amazon.de").ID)
	}
	s := NewSender(e.db, sinkMailer(sink), SenderOptions{From: "service@shop.example", Now: e.clock.Now,
		RateLimit: 2, RateWindow: time.Hour}, nil)
	if n, err := s.RunOnce(e.ctx); err != nil || n != 2 {
		t.Fatalf("RunOnce = %d, %v; want 2 (the hourly cap)", n, err)
	}
	if got := e.draft(ids[2]); got.State != aftersale.DraftApproved || got.Attempts != 0 {
		t.Errorf("third draft: state %s attempts %d; want approved, 0 (waiting, not failed)", got.State, got.Attempts)
	}
	// A new Sender (a restart) still sees the two sends in the sent log.
	s = NewSender(e.db, sinkMailer(sink), SenderOptions{From: "service@shop.example", Now: e.clock.Now,
		RateLimit: 2, RateWindow: time.Hour}, nil)
	e.clock.Add(59 * time.Minute)
	if n, err := s.RunOnce(e.ctx); err != nil || n != 0 {
		t.Fatalf("RunOnce within the hour = %d, %v; want 0", n, err)
	}
	e.clock.Add(time.Minute)
	if n, err := s.RunOnce(e.ctx); err != nil || n != 1 {
		t.Fatalf("RunOnce after the hour = %d, %v; want 1", n, err)
	}
	if n := len(sink.Messages()); n != 3 {
		t.Errorf("sink got %d messages, want 3", n)
	}
}

func TestSenderMinGap(t *testing.T) {
	e := newEnv(t)
	sink := startSink(t)
	for range 3 {
		e.approvedDraft("6bmcx2l1t7cwrwb@marketplace.amazon.de")
	}
	s := NewSender(e.db, sinkMailer(sink), SenderOptions{From: "service@shop.example", Now: e.clock.Now, MinGap: time.Minute}, nil)
	for i, want := range []int{1, 0, 1, 1, 0} {
		if n, err := s.RunOnce(e.ctx); err != nil || n != want {
			t.Fatalf("run %d: RunOnce = %d, %v; want %d", i, n, err, want)
		}
		if i != 0 {
			e.clock.Add(time.Minute)
		} else {
			e.clock.Add(30 * time.Second)
		}
	}
}

// TestSenderConcurrentApproveSendsOnce: two processes (two store handles
// on one file) approve the same draft and run a sender at the same time;
// one approval wins and the buyer gets exactly one reply.
func TestSenderConcurrentApproveSendsOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "aftersale.db")
	c := &clock{t: now}
	var dbs [2]*store.DB
	for i := range dbs {
		db, err := store.Open(context.Background(), path, store.Options{Now: c.Now})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		dbs[i] = db
	}
	e := &env{t: t, ctx: context.Background(), clock: c, db: dbs[0]}
	if _, err := e.db.UpsertOrder(e.ctx, order(fbm, shipped)); err != nil {
		t.Fatal(err)
	}
	m := buyerMsg("Shipping inquiry from Amazon customer Anna (Order: "+testOrderID+")", "Where is my parcel?")
	m.RelayAlias = "6bmcx2l1t7cwrwb@marketplace.amazon.de"
	msgID := e.seed(m, aftersale.Classification{Case: aftersale.CaseShippingInquiry, Confidence: 0.9, Language: "en"})
	if _, err := e.drafter().RunOnce(e.ctx); err != nil {
		t.Fatal(err)
	}
	d := e.draftFor(msgID)
	sink := startSink(t)
	var wg sync.WaitGroup
	var approveErrs [2]error
	for i, db := range dbs {
		wg.Go(func() {
			approveErrs[i] = db.ApproveDraft(e.ctx, d.ID, store.Approval{By: "anna", Reviewed: true, OutgoingID: NewOutgoingID("shop.example")})
			s := NewSender(db, sinkMailer(sink), SenderOptions{From: "service@shop.example", Now: c.Now}, nil)
			if _, err := s.RunOnce(e.ctx); err != nil {
				t.Errorf("sender %d: %v", i, err)
			}
		})
	}
	wg.Wait()
	ok := 0
	for _, err := range approveErrs {
		switch {
		case err == nil:
			ok++
		case !errors.Is(err, aftersale.ErrConflict):
			t.Errorf("losing approval: %v, want ErrConflict", err)
		}
	}
	if ok != 1 {
		t.Errorf("%d approvals succeeded, want 1: %v", ok, approveErrs)
	}
	if n := len(sink.Messages()); n != 1 {
		t.Fatalf("sink got %d messages, want 1", n)
	}
	if got := e.draft(d.ID); got.State != aftersale.DraftSent {
		t.Errorf("state %s, want sent", got.State)
	}
}

// crashEnv names the database, sink address and alias for the crashing
// child of TestSenderCrashBetweenSendingAndSent.
const crashEnv = "AFTERSALE_TEST_CRASH_SEND"

// blockAfterSend is a Mailer that sends for real, says "sent" on stdout
// and then never returns, so the parent can kill the process between the
// SMTP transaction and MarkSent.
type blockAfterSend struct{ m Mailer }

func (b blockAfterSend) Send(ctx context.Context, o Outgoing) (string, error) {
	r, err := b.m.Send(ctx, o)
	if err != nil {
		return r, err
	}
	os.Stdout.WriteString("sent\n")
	select {}
}

// TestSenderCrashChild is the child process; it does nothing in a normal
// test run.
func TestSenderCrashChild(t *testing.T) {
	spec := os.Getenv(crashEnv)
	if spec == "" {
		t.Skip("child of TestSenderCrashBetweenSendingAndSent")
	}
	parts := strings.Split(spec, "|") // db path | sink host:port
	db, err := store.Open(context.Background(), parts[0], store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	host, port, _ := net.SplitHostPort(parts[1])
	var p int
	for _, c := range port {
		p = p*10 + int(c-'0')
	}
	m := NewSMTPMailer(SMTPOptions{Host: host, Port: p, TLS: "plain", Timeout: 5 * time.Second})
	s := NewSender(db, blockAfterSend{m}, SenderOptions{From: "service@shop.example"}, nil)
	s.RunOnce(context.Background())
	t.Fatal("RunOnce returned; it should have blocked after sending")
}

// TestSenderCrashBetweenSendingAndSent kills a sender process after the
// SMTP server took the reply but before it was recorded as sent. At the
// next start the draft is send_unknown and nothing is sent again.
func TestSenderCrashBetweenSendingAndSent(t *testing.T) {
	if os.Getenv(crashEnv) != "" {
		t.Skip("in the child")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "aftersale.db")
	c := &clock{t: time.Now()}
	db, err := store.Open(context.Background(), path, store.Options{Now: c.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e := &env{t: t, ctx: context.Background(), clock: c, db: db}
	d := e.approvedDraft("6bmcx2l1t7cwrwb@marketplace.amazon.de")
	sink := startSink(t)

	cmd := exec.Command(os.Args[0], "-test.run=^TestSenderCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+path+"|"+sink.Addr())
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || line != "sent\n" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child said %q, %v; want \"sent\"", line, err)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if got := e.draft(d.ID); got.State != aftersale.DraftSending {
		t.Fatalf("after the kill: state %s, want sending", got.State)
	}
	if n := len(sink.Messages()); n != 1 {
		t.Fatalf("sink got %d messages before the restart, want 1", n)
	}

	// Restart: Run recovers, then keeps sending until stopped.
	s := NewSender(db, sinkMailer(sink), SenderOptions{From: "service@shop.example", Now: c.Now, Interval: 10 * time.Millisecond}, nil)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	deadline := time.After(10 * time.Second)
	for e.draft(d.ID).State != aftersale.DraftSendUnknown {
		select {
		case <-deadline:
			cancel()
			t.Fatalf("state %s, want send_unknown", e.draft(d.ID).State)
		case <-time.After(10 * time.Millisecond):
		}
	}
	// Give the restarted sender a few outbox checks to (not) resend.
	for range 5 {
		s.Kick()
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run = %v, want nil", err)
	}
	if n := len(sink.Messages()); n != 1 {
		t.Errorf("sink got %d messages after the restart, want 1 (at most once)", n)
	}
	if got := e.draft(d.ID); got.State != aftersale.DraftSendUnknown {
		t.Errorf("state %s, want send_unknown", got.State)
	}
}
