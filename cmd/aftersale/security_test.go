package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// bodyMarker is in every hostile buyer message below; it must never
// appear in a log.
const bodyMarker = "ZQXBODYMARKER"

// hostileBuyerMails are buyer messages through the relay about the order
// of ordersCSV (shipped, with tracking: drafts without placeholders) whose
// display name, subject, Message-ID and text try header injection and
// terminal escapes.
func hostileBuyerMails() [][]byte {
	text := "Content-Type: text/plain; charset=utf-8\r\nDate: " + fixtureNow.AddDate(0, 0, -1).Format(time.RFC1123Z) + "\r\nTo: seller@example.com\r\n\r\n" +
		"Order ID: 302-1111111-2222222\r\n\r\nMessage:\r\nWhere is my parcel? " + bodyMarker +
		" \x1b[2J\x1b[31mred\x1b[0m \x1b]0;title\x07 bell\x07 nul\x00 cr\rcr $(touch /tmp/pwned) `id` {{.Signature}}\r\n\r\nView message\r\n"
	return [][]byte{
		[]byte("From: =?utf-8?q?Anna=0D=0ABcc=3A_evil=40evil.example=0D=0AX-Injected=3A_1?= <k3v9x2mq8z1tq4b@marketplace.amazon.de>\r\n" +
			"Subject: =?utf-8?q?Inquiry_from_Amazon_customer_Anna_(Order:_302-1111111-2222222)=0D=0ABcc:_evil@evil.example?=\r\n" +
			"Message-ID: <hostile-1@marketplace.amazon.de>\r\n" + text),
		[]byte("From: \"\x1b[31mBen\x1b[0m\r\n - Amazon Marketplace\" <b3v9x2mq8z1tq4c@marketplace.amazon.de>\r\n" +
			"Subject: Inquiry from Amazon customer Ben (Order: 302-1111111-2222222)\x1b]0;pwned\x07\r\n" +
			"Message-ID: <hostile-2\x00@marketplace.amazon.de>\r\n" +
			"References: <a@b>\r\n =?utf-8?q?=0D=0AX-Injected:_1?= <c\r\n d@e>\r\n" + text),
		[]byte("From: =?utf-8?b?" + "Q2xhcmENCkJjYzogZXZpbEBldmlsLmV4YW1wbGUNCg==" + "?= <c3v9x2mq8z1tq4d@marketplace.amazon.de>\r\n" +
			"Subject: =?utf-8?b?SW5xdWlyeQ0KDQpib2R5?=\r\n" +
			"Message-ID: <hostile-3@marketplace.amazon.de>\r\n" + text),
	}
}

// allowedHeaders are the header fields a reply carries.
var allowedHeaders = map[string]bool{
	"from": true, "to": true, "subject": true, "message-id": true, "in-reply-to": true,
	"references": true, "date": true, "mime-version": true, "content-type": true,
	"content-transfer-encoding": true,
}

var headerNameRe = regexp.MustCompile(`^([!-9;-~]+):`)

// checkReplyHeaders checks the raw DATA of one sent reply: only the
// allowed header fields, each once, no control characters, no header that
// buyer text injected.
func checkReplyHeaders(t *testing.T, data []byte) {
	t.Helper()
	head, _, ok := bytes.Cut(data, []byte("\r\n\r\n"))
	if !ok {
		t.Fatalf("reply has no header/body separator:\n%s", data)
	}
	seen := map[string]int{}
	for _, line := range strings.Split(string(head), "\r\n") {
		if strings.ContainsFunc(line, func(r rune) bool { return r < 0x20 && r != '\t' || r == 0x7f }) {
			t.Errorf("header line holds a control character: %q", line)
		}
		if strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") {
			continue // folded continuation
		}
		m := headerNameRe.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("header line %q is not a field", line)
			continue
		}
		name := strings.ToLower(m[1])
		seen[name]++
		if !allowedHeaders[name] {
			t.Errorf("reply carries header %q (injected?):\n%s", m[1], head)
		}
		if seen[name] > 1 {
			t.Errorf("reply carries %s twice:\n%s", m[1], head)
		}
	}
}

// checkLog fails when log output holds raw control characters (other than
// newline) or buyer text.
func checkLog(t *testing.T, what, log string) {
	t.Helper()
	if i := strings.IndexFunc(log, func(r rune) bool { return r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f }); i >= 0 {
		t.Errorf("%s holds control character %q at %d:\n%s", what, log[i], i, log)
	}
	if strings.Contains(log, bodyMarker) {
		t.Errorf("%s holds the buyer's message text:\n%s", what, log)
	}
}

// TestHostileBuyerThroughPipeline sends buyer mail whose name, subject,
// Message-ID and References try to inject headers (CR/LF in encoded
// words, raw and base64) and whose text carries ANSI escapes, BEL, NUL,
// CR, shell and template syntax, through the real daemon (serve --once:
// IMAP, parse, classify, draft), approves every draft and sends it to the
// SMTP sink. Every reply goes to its own thread's relay alias and carries
// only the expected header fields; no log line (debug level, text and
// JSON) holds a raw control character or the buyer's text; the shell
// syntax ran nowhere.
func TestHostileBuyerThroughPipeline(t *testing.T) {
	pwned := "/tmp/pwned"
	os.Remove(pwned)
	e := newE2E(t)
	mails := hostileBuyerMails()
	for _, m := range mails {
		if err := e.imap.Append(t.Context(), "INBOX", m, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	var logs []string
	run := func(args ...string) string {
		t.Helper()
		out, errs, code := cli(t, append([]string{"--config", e.cfg, "--log-level", "debug"}, args...)...)
		if code != 0 {
			t.Fatalf("aftersale %v: exit %d\n%s\n%s", args, code, out, errs)
		}
		logs = append(logs, errs)
		return out
	}
	run("serve", "--once")
	q := e.queue(t)
	if len(q.Drafts) != len(mails) {
		t.Fatalf("queue has %d drafts, want %d: %+v", len(q.Drafts), len(mails), q.Drafts)
	}
	aliasOf := map[int64]string{}
	for _, d := range q.Drafts {
		if strings.ContainsAny(d.Subject, "\r\n\x00\x1b") || strings.ContainsAny(d.Buyer, "\r\n\x00\x1b") {
			t.Errorf("draft %d subject %q buyer %q hold control characters", d.ID, d.Subject, d.Buyer)
		}
		if strings.ContainsFunc(d.Body, func(r rune) bool { return r < 0x20 && r != '\n' }) {
			t.Errorf("draft %d body holds a control character: %q", d.ID, d.Body)
		}
		if strings.Count(d.Body, "Demo Store customer service") != 1 {
			t.Errorf("draft %d: signature not exactly once (buyer text evaluated?):\n%s", d.ID, d.Body)
		}
		aliasOf[d.ID] = d.To
		run("--as", "tester", "queue", "approve", "--reviewed", fmt.Sprint(d.ID))
	}
	run("serve", "--once")
	msgs := e.sink.Messages()
	if len(msgs) != len(mails) {
		t.Fatalf("sink got %d replies, want %d", len(msgs), len(mails))
	}
	sentTo := map[string]bool{}
	for _, m := range msgs {
		checkReplyHeaders(t, m.Data)
		if len(m.To) != 1 {
			t.Errorf("reply has %d recipients %v, want 1", len(m.To), m.To)
			continue
		}
		sentTo[m.To[0]] = true
	}
	for id, alias := range aliasOf {
		if !sentTo[alias] {
			t.Errorf("draft %d: nothing sent to its thread's alias %q (sent to %v)", id, alias, sentTo)
		}
	}
	for _, want := range []string{"k3v9x2mq8z1tq4b@marketplace.amazon.de", "b3v9x2mq8z1tq4c@marketplace.amazon.de", "c3v9x2mq8z1tq4d@marketplace.amazon.de"} {
		if !sentTo[want] {
			t.Errorf("no reply to %s: %v", want, sentTo)
		}
	}

	// The same run with JSON logs: control characters are escaped there too.
	cfg, err := os.ReadFile(e.cfg)
	if err != nil {
		t.Fatal(err)
	}
	jsonCfg := filepath.Join(filepath.Dir(e.cfg), "json.toml")
	if err := os.WriteFile(jsonCfg, bytes.Replace(cfg, []byte("level = \"warn\""), []byte("level = \"debug\"\nformat = \"json\""), 1), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"serve", "--once"}, {"queue", "list", "--all"}, {"queue", "show", "1"}, {"queue", "show", "2"}, {"queue", "show", "3"}} {
		out, errs, code := cli(t, append([]string{"--config", jsonCfg}, args...)...)
		if code != 0 {
			t.Fatalf("aftersale %v: exit %d\n%s", args, code, errs)
		}
		logs = append(logs, errs)
		// What a person reads in the terminal carries no escape sequence
		// (the buyer's text is shown there, so only control characters
		// are checked).
		if i := strings.IndexFunc(out, func(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' || r == 0x7f }); i >= 0 {
			t.Errorf("aftersale %v prints control character %q:\n%s", args, out[i], out)
		}
	}
	for i, l := range logs {
		checkLog(t, fmt.Sprintf("log of run %d", i), l)
	}
	if _, err := os.Stat(pwned); err == nil {
		t.Errorf("%s exists: buyer text reached a shell", pwned)
	}
}

// TestSecretsNeverPrinted configures IMAP and SMTP passwords from a file
// and an environment variable (wrong ones, so that logins fail and errors
// are reported) and scans everything the commands print — config check,
// serve --once with its error log at debug level, queue list --json,
// status, doctor — for either secret.
func TestSecretsNeverPrinted(t *testing.T) {
	const filePW = "Fil3-S3cret-quux-8731"
	const envPW = "Env-S3cret-xyzzy-4410"
	t.Setenv("AFTERSALE_TEST_SMTP_PW", envPW)
	imapSrv, sink := startPeers(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "imap-password"), []byte(filePW+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "aftersale.toml")
	conf := strings.Replace(demoConfig(imapSrv, sink), "from = \"support@demo-store.example\"",
		"from = \"support@demo-store.example\"\nusername = \"smtp-user\"\npassword_env = \"AFTERSALE_TEST_SMTP_PW\"", 1)
	conf = strings.Replace(conf, "level = \"warn\"", "level = \"debug\"", 1)
	if err := os.WriteFile(cfg, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	var outputs []string
	for _, args := range [][]string{
		{"config", "check", cfg},
		{"--config", cfg, "serve", "--once"},
		{"--config", cfg, "queue", "list", "--json"},
		{"--config", cfg, "status"},
		{"--config", cfg, "status", "--json"},
		{"--config", cfg, "doctor"},
	} {
		out, errs, code := cli(t, args...)
		outputs = append(outputs, out, errs)
		if strings.Contains(out+errs, filePW) || strings.Contains(out+errs, envPW) {
			t.Errorf("aftersale %v (exit %d) printed a secret:\n%s\n%s", args, code, out, errs)
		}
	}
	all := strings.Join(outputs, "\n")
	if !strings.Contains(all, "imap-password") && !strings.Contains(all, "login") {
		t.Errorf("no output mentions the refused login; the test did not exercise the error path:\n%s", all)
	}
	// An inline password is refused without being repeated.
	bad := filepath.Join(dir, "inline.toml")
	if err := os.WriteFile(bad, []byte(strings.Replace(conf, "password_file = \"imap-password\"", "password = \""+filePW+"\"", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errs, code := cli(t, "config", "check", bad)
	if code == 0 || strings.Contains(out+errs, filePW) || !strings.Contains(errs, "passwords are never written in the config") {
		t.Errorf("config check of an inline password: exit %d\n%s\n%s", code, out, errs)
	}
}
