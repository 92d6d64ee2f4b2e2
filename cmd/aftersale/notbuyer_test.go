package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale/report"
)

// plainMail is a text/plain mail from from, sent an hour before the test's
// clock.
func plainMail(from, subject, messageID, body string, extra ...string) []byte {
	h := "From: " + from + "\r\n" +
		"To: seller@example.com\r\n" +
		"Subject: " + subject + "\r\n" +
		"Message-ID: <" + messageID + ">\r\n" +
		"Date: " + fixtureNow.Add(-time.Hour).Format(time.RFC1123Z) + "\r\n"
	for _, x := range extra {
		h += x + "\r\n"
	}
	return []byte(h + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		strings.ReplaceAll(body, "\n", "\r\n") + "\r\n")
}

// notBuyerMails are four mails no Amazon buyer wrote: a newsletter, a
// bounce, personal mail and a look-alike of Amazon.
var notBuyerMails = map[string][]byte{
	"newsletter": plainMail("Gadget Weekly <news@gadget-weekly.example>", "Where is your order? Track it in our new app",
		"nl-1@gadget-weekly.example", "This week: returns made easy, refunds in 24 hours, and our cancel-anytime plan."),
	"bounce": plainMail("Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undelivered Mail Returned to Sender",
		"bounce-1@mx.example.net", "This is the mail system at host mx.example.net.\nI'm sorry to have to inform you that your message could not be delivered."),
	"personal": plainMail("Mia <mia@example.org>", "test", "mia-1@example.org", "test"),
	"phishing": plainMail("\"Amazon Seller Central\" <alert@amaz0n-seller-verify.example>", "Action required: your payouts are on hold",
		"ph-1@amaz0n-seller-verify.example", "Dear seller, verify your account within 24 hours or your listings will be removed."),
}

type notBuyerOut struct {
	Version  int         `json:"version"`
	Drafts   []draftJSON `json:"drafts"`
	NotBuyer *[]struct {
		MessageID  int64    `json:"message_id"`
		Notice     string   `json:"notice"`
		Phishing   bool     `json:"phishing"`
		NeedsHuman bool     `json:"needs_human"`
		From       string   `json:"from"`
		Subject    string   `json:"subject"`
		Reasons    []string `json:"reasons"`
	} `json:"not_buyer_mail"`
}

func (e *e2eEnv) queueNotBuyer(t *testing.T, args ...string) notBuyerOut {
	t.Helper()
	out := mustCLI(t, append([]string{"--config", e.cfg, "queue", "list", "--json"}, args...)...)
	var q notBuyerOut
	if err := json.Unmarshal([]byte(out), &q); err != nil {
		t.Fatalf("queue list --json: %v\n%s", err, out)
	}
	return q
}

// TestNotBuyerMailEndToEnd: a newsletter, a bounce, personal mail and a
// phishing mail arrive beside a buyer's message. Only the buyer's gets a
// draft; the four get no draft row at all, are counted in status (the
// phishing apart, as needing a look), listed by queue list --state
// not_buyer_mail and shown by inspect --message; a restart drafts nothing.
func TestNotBuyerMailEndToEnd(t *testing.T) {
	e := newE2E(t)
	ctx := t.Context()
	if err := e.imap.Append(ctx, "INBOX", []byte(buyerMail), time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"newsletter", "bounce", "personal", "phishing"} {
		if err := e.imap.Append(ctx, "INBOX", notBuyerMails[k], time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	mustCLI(t, "--config", e.cfg, "serve", "--once")

	check := func(when string) {
		t.Helper()
		all := e.queueNotBuyer(t, "--all")
		if len(all.Drafts) != 1 || all.Drafts[0].Case != "shipping_inquiry" {
			t.Fatalf("%s: queue list --all has %d drafts %+v; want only the buyer's", when, len(all.Drafts), all.Drafts)
		}
		if all.NotBuyer != nil {
			t.Errorf("%s: queue list --all lists not buyer mail; want drafts only", when)
		}
		q := e.queueNotBuyer(t, "--state", "not_buyer_mail")
		if q.NotBuyer == nil || len(*q.NotBuyer) != 4 || len(q.Drafts) != 0 {
			t.Fatalf("%s: --state not_buyer_mail: %d drafts, not buyer mail %+v; want the four, no drafts", when, len(q.Drafts), q.NotBuyer)
		}
		kinds := map[string]string{}
		for _, m := range *q.NotBuyer {
			kinds[m.From] = m.Notice
			if m.Phishing != (m.Notice == "phishing") || m.NeedsHuman != m.Phishing {
				t.Errorf("%s: %s: phishing %v needs_human %v notice %q", when, m.From, m.Phishing, m.NeedsHuman, m.Notice)
			}
		}
		want := map[string]string{"news@gadget-weekly.example": "not_buyer_mail", "mailer-daemon@mx.example.net": "delivery_failure",
			"mia@example.org": "not_buyer_mail", "alert@amaz0n-seller-verify.example": "phishing"}
		for from, n := range want {
			if kinds[from] != n {
				t.Errorf("%s: %s listed as %q, want %q (all: %v)", when, from, kinds[from], n, kinds)
			}
		}
	}
	check("first run")

	var st report.Status
	if err := json.Unmarshal([]byte(mustCLI(t, "--config", e.cfg, "status", "--json")), &st); err != nil {
		t.Fatal(err)
	}
	if st.NotBuyerMail != 4 || st.Phishing != 1 || st.Drafts["no_response_needed"] != 0 || st.Drafts["proposed"] != 1 {
		t.Errorf("status --json: not_buyer_mail %d phishing %d drafts %v; want 4, 1, one proposed", st.NotBuyerMail, st.Phishing, st.Drafts)
	}
	text := mustCLI(t, "--config", e.cfg, "status")
	for _, want := range []string{"4 stored, no reply drafted", "1 possible phishing mail imitating Amazon, NEEDS A LOOK", "--state phishing"} {
		if !strings.Contains(text, want) {
			t.Errorf("status lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "other 4") {
		t.Errorf("status counts the not buyer mail among the cases:\n%s", text)
	}

	out, errOut, code := cli(t, "--config", e.cfg, "queue", "list", "--state", "phishing")
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, "phishing") || !strings.Contains(out, "alert@amaz0n-seller-verify.example") {
		t.Fatalf("queue list --state phishing: exit %d\n%s", code, out)
	}
	fields := strings.Fields(strings.Split(out, "\n")[1])
	if !strings.Contains(errOut, "aftersale inspect --message "+fields[0]) || !strings.Contains(out, " H ") {
		t.Errorf("queue list --state phishing: want the H flag and an inspect hint for message %s\nstdout:\n%s\nstderr:\n%s", fields[0], out, errOut)
	}
	in := mustCLI(t, "--config", e.cfg, "inspect", "--message", fields[0])
	for _, want := range []string{"Verdict:", "not_buyer_mail", "POSSIBLE PHISHING", "Needs human:", "amaz0n-seller-verify.example"} {
		if !strings.Contains(in, want) {
			t.Errorf("inspect --message %s lacks %q:\n%s", fields[0], want, in)
		}
	}
	if _, errOut, code := cli(t, "--config", e.cfg, "inspect", "--message", "9999"); code == 0 || !strings.Contains(errOut, "message 9999 not found") {
		t.Errorf("inspect --message 9999: exit %d, stderr %q; want message 9999 not found", code, errOut)
	}
	both := mustCLI(t, "--config", e.cfg, "queue", "list", "--state", "proposed,not_buyer_mail")
	if !strings.Contains(both, "shipping_inquiry") || !strings.Contains(both, "Not buyer mail (no reply drafted):") || !strings.Contains(both, "Undelivered Mail") {
		t.Errorf("queue list --state proposed,not_buyer_mail:\n%s", both)
	}

	// A restart over the same mailbox and database drafts nothing more.
	mustCLI(t, "--config", e.cfg, "serve", "--once")
	check("after a restart")
}

// directConfig turns on direct_buyer_mail for e's account.
func (e *e2eEnv) directConfig(t *testing.T) {
	t.Helper()
	b, err := os.ReadFile(e.cfg)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(b), "poll_interval = \"2s\"\n", "poll_interval = \"2s\"\ndirect_buyer_mail = true\n", 1)
	if s == string(b) {
		t.Fatal("account section not found in the config")
	}
	if err := os.WriteFile(e.cfg, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestDirectBuyerMailEndToEnd: with direct_buyer_mail, a buyer's own mail
// naming an order in the orders table is drafted to the buyer's address,
// needs a human who is told it is not Amazon's relay, and once approved is
// sent there; one naming an unknown order stays not buyer mail. Without
// the setting, the same mail is not buyer mail.
func TestDirectBuyerMailEndToEnd(t *testing.T) {
	known := plainMail("Lena Kraus <lena.k@example.org>", "My order 302-1111111-2222222", "lena-1@example.org",
		"Hello, where is my order 302-1111111-2222222? The tracking has not changed for a week. When will it arrive?")
	unknown := plainMail("Tom <tom@example.net>", "Order 302-9999999-9999999", "tom-1@example.net",
		"Hello, where is my order 302-9999999-9999999? It has not arrived.")

	t.Run("off", func(t *testing.T) {
		e := newE2E(t)
		if err := e.imap.Append(t.Context(), "INBOX", known, time.Now()); err != nil {
			t.Fatal(err)
		}
		mustCLI(t, "--config", e.cfg, "serve", "--once")
		if q := e.queueNotBuyer(t, "--all"); len(q.Drafts) != 0 {
			t.Errorf("without direct_buyer_mail: %d drafts, want none", len(q.Drafts))
		}
		if q := e.queueNotBuyer(t, "--state", "not_buyer_mail"); q.NotBuyer == nil || len(*q.NotBuyer) != 1 {
			t.Errorf("without direct_buyer_mail: not buyer mail %+v, want the one", q.NotBuyer)
		}
	})

	e := newE2E(t)
	e.directConfig(t)
	for _, raw := range [][]byte{known, unknown} {
		if err := e.imap.Append(t.Context(), "INBOX", raw, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	mustCLI(t, "--config", e.cfg, "serve", "--once")
	q := e.queueNotBuyer(t, "--all")
	if len(q.Drafts) != 1 {
		t.Fatalf("queue has %d drafts, want 1 (the known order's): %+v", len(q.Drafts), q.Drafts)
	}
	d := q.Drafts[0]
	if d.To != "lena.k@example.org" || !d.NeedsHuman || d.OrderID != "302-1111111-2222222" || d.State != "proposed" ||
		!strings.Contains(strings.Join(d.Reasons, "\n"), "not through Amazon's relay") {
		t.Errorf("draft to %q needs_human %v order %q state %s reasons %q; want to the sender, needs_human, the order, saying it is not Amazon's relay",
			d.To, d.NeedsHuman, d.OrderID, d.State, d.Reasons)
	}
	nb := e.queueNotBuyer(t, "--state", "not_buyer_mail")
	if nb.NotBuyer == nil || len(*nb.NotBuyer) != 1 || (*nb.NotBuyer)[0].From != "tom@example.net" ||
		!strings.Contains(strings.Join((*nb.NotBuyer)[0].Reasons, "\n"), "names no order id in your orders") {
		t.Errorf("not buyer mail %+v; want tom's, saying the order is unknown", nb.NotBuyer)
	}
	var st report.Status
	if err := json.Unmarshal([]byte(mustCLI(t, "--config", e.cfg, "status", "--json")), &st); err != nil {
		t.Fatal(err)
	}
	if st.DirectBuyer != 1 || st.NotBuyerMail != 1 {
		t.Errorf("status: direct_buyer %d not_buyer_mail %d, want 1, 1", st.DirectBuyer, st.NotBuyerMail)
	}

	id := strconv.FormatInt(d.ID, 10)
	if _, errOut, code := cli(t, "--config", e.cfg, "queue", "approve", id); code == 0 || !strings.Contains(errOut, "queue show") {
		t.Errorf("approving the direct draft unread: exit %d, stderr %q; want refused with a hint", code, errOut)
	}
	mustCLI(t, "--config", e.cfg, "queue", "approve", "--reviewed", id)
	mustCLI(t, "--config", e.cfg, "serve", "--once")
	msgs := e.sink.Messages()
	if len(msgs) != 1 || strings.Join(msgs[0].To, ",") != "lena.k@example.org" {
		t.Fatalf("sink got %d messages %+v; want one to lena.k@example.org", len(msgs), msgs)
	}
}

// TestInspectNotBuyerFile: inspect on a file shows the not_buyer_mail
// verdict, and the phishing warning for a look-alike of Amazon.
func TestInspectNotBuyerFile(t *testing.T) {
	dir := t.TempDir()
	for name, want := range map[string][]string{
		"newsletter": {"Verdict:", "not_buyer_mail: neither relayed from a buyer nor sent by Amazon"},
		"phishing":   {"POSSIBLE PHISHING", "Needs human:"},
	} {
		f := filepath.Join(dir, name+".eml")
		if err := os.WriteFile(f, notBuyerMails[name], 0o600); err != nil {
			t.Fatal(err)
		}
		out := mustCLI(t, "inspect", f)
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("inspect %s lacks %q:\n%s", name, w, out)
			}
		}
		var j struct {
			Messages []report.InspectJSON `json:"messages"`
		}
		if err := json.Unmarshal([]byte(mustCLI(t, "inspect", "--json", f)), &j); err != nil {
			t.Fatal(err)
		}
		if len(j.Messages) != 1 || j.Messages[0].Classification.Origin != "not_buyer_mail" {
			t.Errorf("inspect --json %s: %+v; want origin not_buyer_mail", name, j.Messages)
		}
	}
	buyer := filepath.Join(dir, "buyer.eml")
	if err := os.WriteFile(buyer, []byte(buyerMail), 0o600); err != nil {
		t.Fatal(err)
	}
	if out := mustCLI(t, "inspect", buyer); strings.Contains(out, "Verdict:") {
		t.Errorf("inspect of a relayed buyer message shows a verdict:\n%s", out)
	}
}
