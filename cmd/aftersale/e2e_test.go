package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale/internal/demo"
	"github.com/aftersale/aftersale/internal/smtpsink"
)

// cli runs the binary's run() in-process and returns stdout, stderr and the
// exit code.
func cli(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(t.Context(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

func mustCLI(t *testing.T, args ...string) string {
	t.Helper()
	out, errs, code := cli(t, args...)
	if code != 0 {
		t.Fatalf("aftersale %s: exit %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

// fixtureNow is the clock the end-to-end fixtures are written against: the
// daemon under test reads the real clock, so every date in buyerMail and
// ordersCSV is relative to it (a fixed date would fall into the past).
var fixtureNow = time.Now().UTC()

// buyerMail is a buyer's "where is my order" sent a day ago.
var buyerMail = "From: \"Anna - Amazon Marketplace\" <k3v9x2mq8z1tq4b@marketplace.amazon.de>\r\n" +
	"To: seller@example.com\r\n" +
	"Subject: Inquiry from Amazon customer Anna (Order: 302-1111111-2222222)\r\n" +
	"Message-ID: <buyer-msg-1@marketplace.amazon.de>\r\n" +
	"References: <earlier-1@marketplace.amazon.de>\r\n" +
	"Date: " + fixtureNow.AddDate(0, 0, -1).Format(time.RFC1123Z) + "\r\n" +
	"MIME-Version: 1.0\r\n" +
	"Content-Type: text/plain; charset=utf-8\r\n" +
	"\r\n" +
	"Order ID: 302-1111111-2222222\r\n" +
	"\r\n" +
	"Message:\r\n" +
	"Hello, where is my order? I ordered ten days ago and the tracking has not\r\n" +
	"changed. When will it arrive?\r\n" +
	"\r\n" +
	"View message\r\n"

// ordersCSV holds the order of buyerMail: shipped five days ago with
// tracking, due within the next two days.
var ordersCSV = "order_id,status,channel,marketplace,value,currency,ship_date,carrier,tracking,latest_delivery\n" +
	"302-1111111-2222222,Shipped,MFN,Amazon.de,24.99,EUR," + fixtureNow.AddDate(0, 0, -5).Format(time.DateOnly) +
	",DHL,00340434161234567890," + fixtureNow.AddDate(0, 0, 2).Format(time.DateOnly) + "\n"

type e2eEnv struct {
	cfg  string
	imap *demo.IMAPServer
	sink *smtpsink.Sink
}

// startPeers starts the embedded IMAP server and the SMTP sink on
// 127.0.0.1 for one test; both stop when it ends.
func startPeers(t *testing.T) (*demo.IMAPServer, *smtpsink.Sink) {
	t.Helper()
	imapSrv, err := demo.StartIMAP("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { imapSrv.Close() })
	sink, err := smtpsink.Start("127.0.0.1:0", smtpsink.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sink.Close() })
	return imapSrv, sink
}

func newE2E(t *testing.T) *e2eEnv {
	t.Helper()
	imapSrv, sink := startPeers(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "imap-password"), []byte(imapSrv.Password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "aftersale.toml")
	if err := os.WriteFile(cfg, []byte(demoConfig(imapSrv, sink)), 0o600); err != nil {
		t.Fatal(err)
	}
	orders := filepath.Join(dir, "orders.csv")
	if err := os.WriteFile(orders, []byte(ordersCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	mustCLI(t, "--config", cfg, "orders", "import", orders)
	return &e2eEnv{cfg: cfg, imap: imapSrv, sink: sink}
}

type queueOut struct {
	Version int         `json:"version"`
	Drafts  []draftJSON `json:"drafts"`
}

func (e *e2eEnv) queue(t *testing.T, args ...string) queueOut {
	t.Helper()
	out := mustCLI(t, append([]string{"--config", e.cfg, "queue", "list", "--json"}, args...)...)
	var q queueOut
	if err := json.Unmarshal([]byte(out), &q); err != nil {
		t.Fatalf("queue list --json: %v\n%s", err, out)
	}
	if q.Version != 1 {
		t.Fatalf("json version = %d", q.Version)
	}
	return q
}

// TestEndToEnd drives the whole flow in-process: mail lands in the IMAP
// server, is stored, classified and drafted with the order facts; a person
// approves; the SMTP sink receives one reply with the right recipient and
// threading headers; the sent log has it; a restart does nothing twice.
func TestEndToEnd(t *testing.T) {
	e := newE2E(t)
	ctx := t.Context()
	if err := e.imap.Append(ctx, "INBOX", []byte(buyerMail), time.Now()); err != nil {
		t.Fatal(err)
	}
	mustCLI(t, "--config", e.cfg, "serve", "--once")

	q := e.queue(t)
	if len(q.Drafts) != 1 {
		t.Fatalf("queue has %d drafts, want 1: %+v", len(q.Drafts), q.Drafts)
	}
	d := q.Drafts[0]
	if d.Case != "shipping_inquiry" || d.OrderID != "302-1111111-2222222" || d.To != "k3v9x2mq8z1tq4b@marketplace.amazon.de" {
		t.Fatalf("draft = %+v", d)
	}
	if !strings.Contains(d.Body, "00340434161234567890") || !strings.Contains(d.Body, "302-1111111-2222222") {
		t.Errorf("draft body lacks tracking number or order id:\n%s", d.Body)
	}
	if d.Subject != "Re: Inquiry from Amazon customer Anna (Order: 302-1111111-2222222)" {
		t.Errorf("subject = %q", d.Subject)
	}
	id := fmt.Sprint(d.ID)
	mustCLI(t, "--config", e.cfg, "queue", "show", id)
	mustCLI(t, "--config", e.cfg, "--as", "tester", "queue", "approve", id)
	// A second approval cannot produce a second send.
	if _, _, code := cli(t, "--config", e.cfg, "queue", "approve", id); code != 1 {
		t.Errorf("second approve exit = %d, want 1", code)
	}
	mustCLI(t, "--config", e.cfg, "serve", "--once")

	msgs := e.sink.Messages()
	if len(msgs) != 1 {
		t.Fatalf("sink got %d messages, want 1", len(msgs))
	}
	m := msgs[0]
	if len(m.To) != 1 || m.To[0] != "k3v9x2mq8z1tq4b@marketplace.amazon.de" {
		t.Errorf("recipient = %v", m.To)
	}
	sentMsg, err := mail.ReadMessage(bytes.NewReader(m.Data))
	if err != nil {
		t.Fatalf("reading sent message: %v\n%s", err, m.Data)
	}
	for h, want := range map[string]string{
		"In-Reply-To": "<buyer-msg-1@marketplace.amazon.de>",
		"References":  "<earlier-1@marketplace.amazon.de> <buyer-msg-1@marketplace.amazon.de>",
		"From":        "<support@demo-store.example>",
		"To":          "<k3v9x2mq8z1tq4b@marketplace.amazon.de>",
		"Subject":     "Re: Inquiry from Amazon customer Anna (Order: 302-1111111-2222222)",
	} {
		// Unfold folded header lines (RFC 5322 §2.2.3).
		got := strings.Join(strings.Fields(sentMsg.Header.Get(h)), " ")
		if got != want {
			t.Errorf("sent %s = %q, want %q", h, got, want)
		}
	}
	if strings.Count(string(m.Data), "Kind regards") != 1 {
		t.Errorf("closing not exactly once:\n%s", m.Data)
	}
	out := mustCLI(t, "--config", e.cfg, "sent", "list", "--json")
	var sent struct {
		Sent []sentJSON `json:"sent"`
	}
	if err := json.Unmarshal([]byte(out), &sent); err != nil {
		t.Fatal(err)
	}
	if len(sent.Sent) != 1 || sent.Sent[0].ApprovedBy != "tester" || sent.Sent[0].OrderID != "302-1111111-2222222" {
		t.Fatalf("sent log = %+v", sent.Sent)
	}

	// Restart over the same mailbox: nothing stored, drafted or sent twice.
	mustCLI(t, "--config", e.cfg, "serve", "--once")
	mustCLI(t, "--config", e.cfg, "serve", "--once")
	if q := e.queue(t, "--all"); len(q.Drafts) != 1 || q.Drafts[0].State != "sent" {
		t.Fatalf("after restarts: %+v", q.Drafts)
	}
	if n := len(e.sink.Messages()); n != 1 {
		t.Fatalf("sink got %d messages after restarts, want 1", n)
	}
}

func TestCLIUsageErrors(t *testing.T) {
	e := newE2E(t)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--config", e.cfg, "queue", "approve", "x"}, 2, "not a draft id"},
		{[]string{"--config", e.cfg, "queue", "approve", "999"}, 1, "draft 999"},
		{[]string{"--config", e.cfg, "queue", "list", "--state", "nope"}, 2, "unknown state"},
		{[]string{"--config", e.cfg, "queue", "reject", "1"}, 2, "--reason is required"},
		{[]string{"--config", e.cfg, "nosuchcommand"}, 2, "unknown command"},
		{[]string{"--config", e.cfg, "orders", "show", "111-0000000-0000000"}, 1, "not found"},
		{[]string{"config", "check", filepath.Join(t.TempDir(), "missing.toml")}, 2, "missing.toml"},
	}
	for _, tt := range tests {
		_, errs, code := cli(t, tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.want) {
			t.Errorf("aftersale %v: exit %d, stderr %q; want exit %d containing %q", tt.args, code, errs, tt.code, tt.want)
		}
	}
}

func TestDemoOnce(t *testing.T) {
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	dir := filepath.Join(t.TempDir(), "demo")
	code := run(ctx, []string{"demo", "--once", "--dir", dir}, strings.NewReader(""), &out, &errb)
	if code != 0 {
		t.Fatalf("demo --once: exit %d\n%s\n%s", code, out.String(), errb.String())
	}
	if strings.Contains(errb.String(), "not every message was drafted") {
		t.Fatalf("demo did not triage everything:\n%s", errb.String())
	}
	for _, want := range []string{"queue show", "AFTERSALE_CONFIG=" + filepath.Join(dir, "aftersale.toml"), "cancel_order", "shipping_inquiry"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo output lacks %q:\n%s", want, out.String())
		}
	}
	// The queue commands work against the demo's database afterwards.
	mustCLI(t, "--config", filepath.Join(dir, "aftersale.toml"), "queue", "list")
}
