package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/mail"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/aftersale/aftersale/report"
)

// imapFolders lists the folders of the e2e mailbox and the raw messages
// of folder ("" for none).
func (e *e2eEnv) imapFolders(t *testing.T, folder string) (names []string, msgs [][]byte) {
	t.Helper()
	c := e.imapLogin(t)
	defer func() { c.Logout().Wait() }()
	list, err := c.List("", "*", nil).Collect()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range list {
		names = append(names, l.Mailbox)
	}
	if folder == "" {
		return names, nil
	}
	sd, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatalf("selecting %s: %v", folder, err)
	}
	if sd.NumMessages == 0 {
		return names, nil
	}
	section := &imap.FetchItemBodySection{Peek: true}
	bufs, err := c.Fetch(imap.SeqSetNum(1, sd.NumMessages), &imap.FetchOptions{BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bufs {
		msgs = append(msgs, b.FindBodySection(section))
	}
	return names, msgs
}

func (e *e2eEnv) imapLogin(t *testing.T) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(e.imap.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Login(e.imap.Username, e.imap.Password).Wait(); err != nil {
		t.Fatal(err)
	}
	return c
}

// setConfig rewrites the e2e config with edit applied.
func (e *e2eEnv) setConfig(t *testing.T, edit func(string) string) {
	t.Helper()
	b, err := os.ReadFile(e.cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(e.cfg, []byte(edit(string(b))), 0o600); err != nil {
		t.Fatal(err)
	}
}

// replyTo delivers buyer mail n, drafts it, approves it and sends it with
// serve --once runs; it returns the second run's stderr.
func (e *e2eEnv) replyTo(t *testing.T, n int) string {
	t.Helper()
	raw := strings.ReplaceAll(buyerMail, "buyer-msg-1@", fmt.Sprintf("buyer-msg-%d@", n))
	if err := e.imap.Append(t.Context(), "INBOX", []byte(raw), time.Now()); err != nil {
		t.Fatal(err)
	}
	mustCLI(t, "--config", e.cfg, "serve", "--once")
	q := e.queue(t)
	if len(q.Drafts) != 1 {
		t.Fatalf("queue has %d drafts, want 1", len(q.Drafts))
	}
	mustCLI(t, "--config", e.cfg, "--as", "tester", "queue", "approve", fmt.Sprint(q.Drafts[0].ID))
	_, stderr, code := cli(t, "--config", e.cfg, "serve", "--once")
	if code != 0 {
		t.Fatalf("serve --once exit %d:\n%s", code, stderr)
	}
	return stderr
}

// TestSentFolder drives sent_folder end to end: off, nothing on the server
// changes; on with the folder missing, the reply is still sent and the
// error names the folder; once the folder exists, the reply sent since the
// feature was enabled is copied once (not the one sent before), with the
// Message-ID that was sent.
func TestSentFolder(t *testing.T) {
	e := newE2E(t)
	e.replyTo(t, 1)
	if got := len(e.sink.Messages()); got != 1 {
		t.Fatalf("sink got %d replies, want 1", got)
	}
	if names, _ := e.imapFolders(t, ""); len(names) != 1 || names[0] != "INBOX" {
		t.Fatalf("folders with sent_folder off = %v, want only INBOX", names)
	}

	e.setConfig(t, func(s string) string {
		return strings.Replace(s, "poll_interval = \"2s\"\n", "poll_interval = \"2s\"\nsent_folder = \"Sent\"\n", 1)
	})
	stderr := e.replyTo(t, 2)
	msgs := e.sink.Messages()
	if len(msgs) != 2 {
		t.Fatalf("sink got %d replies with the Sent folder missing, want 2: sending must not depend on it", len(msgs))
	}
	if !strings.Contains(stderr, `\"Sent\"`) || !strings.Contains(stderr, "sent folder missing") {
		t.Errorf("serve --once stderr does not name the missing folder:\n%s", stderr)
	}

	if out := mustCLI(t, "--config", e.cfg, "status"); !strings.Contains(out, "account demo: 0 copied, 1 waiting; failing since ") || !strings.Contains(out, `"Sent"`) {
		t.Errorf("status does not show the failing copy:\n%s", out)
	}

	c := e.imapLogin(t)
	if err := c.Create("Sent", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	mustCLI(t, "--config", e.cfg, "serve", "--once")
	mustCLI(t, "--config", e.cfg, "serve", "--once")
	_, copies := e.imapFolders(t, "Sent")
	if len(copies) != 1 {
		t.Fatalf("Sent holds %d messages, want 1 (the reply sent after enabling, once)", len(copies))
	}
	var st report.Status
	if err := json.Unmarshal([]byte(mustCLI(t, "--config", e.cfg, "status", "--json")), &st); err != nil {
		t.Fatal(err)
	}
	if len(st.SentCopies) != 1 || st.SentCopies[0].Copied != 1 || st.SentCopies[0].Pending != 0 || st.SentCopies[0].Failing != 0 ||
		st.SentCopies[0].Error != "" {
		t.Errorf("status --json sent_copies = %+v, want demo: 1 copied, none pending or failing, no error", st.SentCopies)
	}
	sent, err := mail.ReadMessage(bytes.NewReader(msgs[1].Data))
	if err != nil {
		t.Fatal(err)
	}
	cp, err := mail.ReadMessage(bytes.NewReader(copies[0]))
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"Message-Id", "In-Reply-To", "From", "To", "Subject"} {
		if got, want := cp.Header.Get(h), sent.Header.Get(h); got != want || want == "" {
			t.Errorf("copy %s = %q, want %q as sent", h, got, want)
		}
	}
	if got := cp.Header.Get("In-Reply-To"); got != "<buyer-msg-2@marketplace.amazon.de>" {
		t.Errorf("copy In-Reply-To = %q, want the second buyer message", got)
	}
}

// TestDoctorSentFolder: doctor checks sent_folder with the daemon's own
// login: a missing folder fails with what to fix; once it exists, ok.
func TestDoctorSentFolder(t *testing.T) {
	e := newE2E(t)
	e.setConfig(t, func(s string) string {
		return strings.Replace(s, "poll_interval = \"2s\"\n", "poll_interval = \"2s\"\nsent_folder = \"Sent\"\n", 1)
	})
	out, errs, code := cli(t, "--config", e.cfg, "doctor")
	if code != 1 || !strings.Contains(out, "FAIL  imap demo") || !strings.Contains(out, `folder "Sent"`) || !strings.Contains(out, "sent_folder") {
		t.Errorf("doctor with the sent folder missing: exit %d\n%s%s", code, out, errs)
	}
	if err := e.imapLogin(t).Create("Sent", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	out, errs, code = cli(t, "--config", e.cfg, "doctor")
	if code != 0 || !strings.Contains(out, `sent folder "Sent" found`) {
		t.Errorf("doctor with the sent folder present: exit %d\n%s%s", code, out, errs)
	}
}
