package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale/report"
)

// testDates are the "now"s at which TestEndToEndAtDates runs the
// date-sensitive paths: the end of February in a common and in a leap
// year, and New Year's Eve, when a 24-hour deadline falls in the next year.
var testDates = []time.Time{
	time.Date(2027, 2, 28, 9, 30, 0, 0, time.UTC),
	time.Date(2028, 2, 29, 12, 0, 0, 0, time.UTC),
	time.Date(2029, 12, 31, 23, 30, 0, 0, time.UTC),
	time.Date(2030, 12, 31, 23, 30, 0, 0, time.UTC),
}

// atDates runs f as a subtest at each of testDates.
func atDates(t *testing.T, f func(t *testing.T, start time.Time)) {
	t.Helper()
	for _, d := range testDates {
		t.Run(d.Format("2006-01-02T15:04"), func(t *testing.T) { f(t, d) })
	}
}

// clockFrom returns a clock that reads start now and runs on with the real
// time from there.
func clockFrom(start time.Time) func() time.Time {
	t0 := time.Now()
	return func() time.Time { return start.Add(time.Since(t0)) }
}

// cliClock runs the CLI in-process with the clock now, as main does with
// time.Now, and returns stdout, stderr and the exit code.
func cliClock(t *testing.T, now func() time.Time, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, now: now}
	code := runEnv(t.Context(), e, args)
	return out.String(), errb.String(), code
}

func mustCLIClock(t *testing.T, now func() time.Time, args ...string) string {
	t.Helper()
	out, errs, code := cliClock(t, now, args...)
	if code != 0 {
		t.Fatalf("aftersale %s: exit %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

// clockMail is buyer n's "where is my order" about order, written at date.
func clockMail(n int, order string, date time.Time) string {
	return fmt.Sprintf("From: \"Buyer %[1]d - Amazon Marketplace\" <clockbuyer%06[1]d@marketplace.amazon.de>\r\n"+
		"To: seller@example.com\r\n"+
		"Subject: Inquiry from Amazon customer Buyer %[1]d (Order: %[2]s)\r\n"+
		"Message-ID: <clock-%[1]d@marketplace.amazon.de>\r\n"+
		"Date: %[3]s\r\n"+
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"+
		"Order ID: %[2]s\r\n\r\nMessage:\r\nHello, where is my order? I ordered ten days ago and the tracking has not\r\n"+
		"changed. When will it arrive?\r\n\r\nView message\r\n", n, order, date.Format(time.RFC1123Z))
}

// TestEndToEndAtDates runs the whole flow with the CLI's and the daemon's
// clock set to each of testDates, fixtures relative to it: the reply
// deadline, the decision on an order past its latest delivery date, the
// dates in the reply, overdue listing, the send time in the sent log, the
// response-time statistics and the retention purge all follow that clock.
func TestEndToEndAtDates(t *testing.T) {
	atDates(t, func(t *testing.T, start time.Time) {
		now := clockFrom(start)
		at := func(d time.Duration) func() time.Time { return func() time.Time { return now().Add(d) } }
		imapSrv, sink := startPeers(t)
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "imap-password"), []byte(imapSrv.Password+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		cfg := filepath.Join(dir, "aftersale.toml")
		if err := os.WriteFile(cfg, []byte(demoConfig(imapSrv, sink)), 0o600); err != nil {
			t.Fatal(err)
		}
		day := func(d int) string { return start.AddDate(0, 0, d).Format(time.DateOnly) }
		// Order 1 is due in two days; order 2 is past its latest delivery.
		orders := "order_id,status,channel,marketplace,value,currency,ship_date,carrier,tracking,latest_delivery\n" +
			"302-7000001-0000001,Shipped,MFN,Amazon.de,24.99,EUR," + day(-5) + ",DHL,00340434160000000001," + day(2) + "\n" +
			"302-7000002-0000002,Shipped,MFN,Amazon.de,24.99,EUR," + day(-9) + ",DHL,00340434160000000002," + day(-1) + "\n"
		of := filepath.Join(dir, "orders.csv")
		if err := os.WriteFile(of, []byte(orders), 0o600); err != nil {
			t.Fatal(err)
		}
		mustCLIClock(t, now, "--config", cfg, "orders", "import", of)
		written := start.Add(-3 * time.Hour)
		for i, order := range []string{"302-7000001-0000001", "302-7000002-0000002"} {
			if err := imapSrv.Append(t.Context(), "INBOX", []byte(clockMail(i+1, order, written)), written.Add(time.Minute)); err != nil {
				t.Fatal(err)
			}
		}
		mustCLIClock(t, now, "--config", cfg, "serve", "--once")

		var q queueOut
		if err := json.Unmarshal([]byte(mustCLIClock(t, now, "--config", cfg, "queue", "list", "--json")), &q); err != nil {
			t.Fatal(err)
		}
		if len(q.Drafts) != 2 {
			t.Fatalf("%d drafts, want 2: %+v", len(q.Drafts), q.Drafts)
		}
		due, late := q.Drafts[0], q.Drafts[1]
		if due.OrderID != "302-7000001-0000001" {
			due, late = late, due
		}
		wantDeadline := written.Add(24 * time.Hour)
		for _, d := range []draftJSON{due, late} {
			if d.Deadline == nil || !d.Deadline.Equal(wantDeadline) || d.Overdue {
				t.Errorf("draft %d: deadline %v, overdue %v; want %v, not overdue", d.ID, d.Deadline, d.Overdue, wantDeadline)
			}
		}
		en := func(d int) string { return start.AddDate(0, 0, d).Format("2 January 2006") }
		if due.NeedsHuman || !strings.Contains(due.Body, "shipped on "+en(-5)) || !strings.Contains(due.Body, "expected delivery date is "+en(2)) {
			t.Errorf("draft for the order due in two days: needs_human %v, reasons %v, body:\n%s", due.NeedsHuman, due.Reasons, due.Body)
		}
		if !late.NeedsHuman || !strings.Contains(strings.Join(late.Reasons, "; "), "past the latest delivery date "+day(-1)) {
			t.Errorf("draft for the order past its latest delivery: needs_human %v, reasons %v", late.NeedsHuman, late.Reasons)
		}

		// Overdue once the deadline (21 hours from now) has passed.
		for _, tt := range []struct {
			clock func() time.Time
			want  int
		}{{now, 0}, {at(22 * time.Hour), 2}} {
			var q queueOut
			if err := json.Unmarshal([]byte(mustCLIClock(t, tt.clock, "--config", cfg, "queue", "list", "--overdue", "--json")), &q); err != nil {
				t.Fatal(err)
			}
			if len(q.Drafts) != tt.want {
				t.Errorf("queue list --overdue at %v: %d drafts, want %d", tt.clock(), len(q.Drafts), tt.want)
			}
		}

		mustCLIClock(t, now, "--config", cfg, "--as", "tester", "queue", "approve", fmt.Sprint(due.ID))
		mustCLIClock(t, now, "--config", cfg, "serve", "--once")
		msgs := sink.Messages()
		if len(msgs) != 1 {
			t.Fatalf("sink got %d messages, want 1", len(msgs))
		}
		if m, err := mail.ReadMessage(bytes.NewReader(msgs[0].Data)); err != nil {
			t.Error(err)
		} else if date, err := m.Header.Date(); err != nil || date.Before(start.Truncate(time.Second)) || date.After(now()) {
			t.Errorf("reply Date header %v, %v; want the daemon's clock, after %v", date, err, start)
		}
		var sent struct {
			Sent []sentJSON `json:"sent"`
		}
		if err := json.Unmarshal([]byte(mustCLIClock(t, at(time.Hour), "--config", cfg, "sent", "list", "--since", "24h", "--json")), &sent); err != nil {
			t.Fatal(err)
		}
		if len(sent.Sent) != 1 || sent.Sent[0].SentAt.Before(start) || sent.Sent[0].SentAt.After(now()) {
			t.Fatalf("sent list --since 24h an hour later = %+v, want the reply, sent after %v", sent.Sent, start)
		}
		var st report.Stats
		if err := json.Unmarshal([]byte(mustCLIClock(t, now, "--config", cfg, "stats", "--since", "7d", "--json")), &st); err != nil {
			t.Fatal(err)
		}
		if st.Overall.Replies != 1 || st.Overall.Late != 0 || st.Overall.Messages != 2 {
			t.Errorf("stats: %+v; want 2 messages, 1 reply, none late", st.Overall)
		}
		var status report.Status
		if err := json.Unmarshal([]byte(mustCLIClock(t, now, "--config", cfg, "status", "--json")), &status); err != nil {
			t.Fatal(err)
		}
		if status.Sent != 1 || status.SentLate != 0 || status.Overdue != 0 {
			t.Errorf("status: sent %d, late %d, overdue %d; want 1, 0, 0", status.Sent, status.SentLate, status.Overdue)
		}

		// Retention: the answered conversation is purged 30 days after
		// its last activity (the reply), not before.
		for _, tt := range []struct {
			after time.Duration
			want  string
		}{{29 * 24 * time.Hour, "would purge 0 conversations"}, {31 * 24 * time.Hour, "would purge 1 conversation"}} {
			if out := mustCLIClock(t, at(tt.after), "--config", cfg, "purge", "--dry-run"); !strings.Contains(out, tt.want) {
				t.Errorf("purge --dry-run %v later: %s, want %q", tt.after, out, tt.want)
			}
		}
	})
}

// TestStatusShowsHeldSending: status says why approved replies wait: the
// [sender] rate_limit (with when sending may go on), and, with the clock
// a day back, that the clock went back (and the rate limit no longer
// holds the reply, which the daemon would now send).
func TestStatusShowsHeldSending(t *testing.T) {
	start := testDates[0]
	now := clockFrom(start)
	imapSrv, sink := startPeers(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "imap-password"), []byte(imapSrv.Password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "aftersale.toml")
	// demoConfig ends with [sender]: this line belongs to it.
	if err := os.WriteFile(cfg, []byte(demoConfig(imapSrv, sink)+"rate_limit = \"1/h\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	orders := "order_id,status,channel,marketplace,value,currency,ship_date,carrier,tracking,latest_delivery\n"
	written := start.Add(-time.Hour)
	for i := range 2 {
		order := fmt.Sprintf("302-7000003-000000%d", i)
		orders += order + ",Shipped,MFN,Amazon.de,24.99,EUR," + start.AddDate(0, 0, -2).Format(time.DateOnly) +
			",DHL,0034043416000000000" + fmt.Sprint(i) + "," + start.AddDate(0, 0, 3).Format(time.DateOnly) + "\n"
		if err := imapSrv.Append(t.Context(), "INBOX", []byte(clockMail(i+1, order, written)), written); err != nil {
			t.Fatal(err)
		}
	}
	of := filepath.Join(dir, "orders.csv")
	if err := os.WriteFile(of, []byte(orders), 0o600); err != nil {
		t.Fatal(err)
	}
	mustCLIClock(t, now, "--config", cfg, "orders", "import", of)
	mustCLIClock(t, now, "--config", cfg, "serve", "--once")
	mustCLIClock(t, now, "--config", cfg, "--as", "tester", "queue", "approve", "--reviewed", "1", "2")
	mustCLIClock(t, now, "--config", cfg, "serve", "--once")
	if n := len(sink.Messages()); n != 1 {
		t.Fatalf("sink got %d replies, want 1 (rate_limit 1/h)", n)
	}
	out := mustCLIClock(t, now, "--config", cfg, "status")
	if !strings.Contains(out, "held") || !strings.Contains(out, "account demo: 1 reply waits, rate_limit: 1 reply sent in the last 1h ([sender] rate_limit 1 per 1h) (until") {
		t.Errorf("status does not show the rate-limit hold:\n%s", out)
	}
	var st report.Status
	back := func() time.Time { return now().Add(-24 * time.Hour) }
	if err := json.Unmarshal([]byte(mustCLIClock(t, back, "--config", cfg, "status", "--json")), &st); err != nil {
		t.Fatal(err)
	}
	if len(st.OutboxHolds) != 1 || st.OutboxHolds[0].Reason != "clock_behind" || st.OutboxHolds[0].Account != "demo" {
		t.Errorf("status --json a day back: outbox_holds = %+v, want only clock_behind", st.OutboxHolds)
	}
	if out := mustCLIClock(t, back, "--config", cfg, "status"); !strings.Contains(out, "clock") || !strings.Contains(out, "ahead of the clock: the clock went back") {
		t.Errorf("status a day back does not say the clock went back:\n%s", out)
	}
}
