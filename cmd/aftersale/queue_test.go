package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func init() {
	// Golden output prints local times: make them the same everywhere.
	time.Local = time.UTC
}

// t0 is "now" in the fixture: Tuesday 2026-03-10 12:00 UTC.
var t0 = time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)

type fixClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fixClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fixClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

// queueFix is a database with drafts in every interesting state.
type queueFix struct {
	t     *testing.T
	path  string
	db    *store.DB
	clock *fixClock
	uid   uint32
	ids   map[string]int64 // draft ids by fixture name
}

// seedMsg stores a parsed, classified buyer message received at `at`.
func (f *queueFix) seedMsg(at time.Time, m aftersale.Message, c aftersale.Classification) int64 {
	f.t.Helper()
	ctx := context.Background()
	f.clock.Set(at)
	f.uid++
	raw := fmt.Sprintf("From: %s <%s>\r\nSubject: %s\r\nMessage-ID: <%s>\r\n\r\n%s\r\n", m.FromName, m.FromAddr, m.Subject, m.MessageID, m.Text)
	id, _, err := f.db.InsertRawMessage(ctx, store.RawMessage{Account: m.Account, Folder: "INBOX", UIDValidity: 1, UID: f.uid,
		Raw: []byte(raw), InternalDate: at})
	if err != nil {
		f.t.Fatal(err)
	}
	m.Date = at
	if err := f.db.SaveParsed(ctx, id, m, nil); err != nil {
		f.t.Fatal(err)
	}
	c.MessageID = id
	if err := f.db.SaveClassification(ctx, c); err != nil {
		f.t.Fatal(err)
	}
	return id
}

type fixDraft struct {
	name, account, alias, buyer, market, orderID, subject, text string
	kase                                                        aftersale.Case
	conf                                                        float64
	needsHuman                                                  bool
	reasons                                                     []string
	findings                                                    []aftersale.Finding
	placeholders                                                []string
	tasks                                                       []aftersale.Task
	received                                                    time.Time
}

func (f *queueFix) draft(d fixDraft) int64 {
	f.t.Helper()
	if d.account == "" {
		d.account = "shop"
	}
	msgID := f.seedMsg(d.received, aftersale.Message{
		Account: d.account, MessageID: d.name + "@marketplace.amazon." + d.market, FromName: d.buyer + " - Amazon Marketplace",
		FromAddr: d.alias, Subject: d.subject, Text: d.text, BuyerText: d.text, OrderIDs: nonEmpty(d.orderID),
		RelayAlias: d.alias, Marketplace: "amazon." + d.market, BuyerName: d.buyer, Sender: aftersale.SenderBuyer,
	}, aftersale.Classification{Case: d.kase, Confidence: d.conf, NeedsHuman: d.needsHuman, Reasons: d.reasons, Language: "en", Version: "test"})
	id, err := f.db.CreateDraft(context.Background(), aftersale.Draft{
		MessageID: msgID, Case: d.kase, Action: "reply", OrderID: d.orderID, Language: "en", SellerLanguage: "en",
		To: d.alias, Subject: "Re: " + d.subject, Body: "Hello " + d.buyer + ",\n\nthank you for your message about order " + d.orderID + ".\n\nKind regards\nExample Store\n",
		InReplyTo: d.name + "@marketplace.amazon." + d.market, NeedsHuman: d.needsHuman, Reasons: d.reasons,
		Findings: d.findings, Placeholders: d.placeholders, Tasks: d.tasks,
	})
	if err != nil {
		f.t.Fatal(err)
	}
	f.ids[d.name] = id
	return id
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// newQueueFix builds the fixture and leaves the clock at t0.
func newQueueFix(t *testing.T) *queueFix {
	t.Helper()
	t.Setenv("AFTERSALE_CONFIG", "")
	ctx := context.Background()
	c := &fixClock{t: t0}
	path := filepath.Join(t.TempDir(), "aftersale.db")
	db, err := store.Open(ctx, path, store.Options{Now: c.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f := &queueFix{t: t, path: path, db: db, clock: c, ids: map[string]int64{}}
	for _, o := range []aftersale.Order{
		{ID: "302-1111111-2222222", Status: aftersale.StatusShipped, Channel: aftersale.ChannelFBM, Marketplace: "Amazon.de",
			Carrier: "DHL", Tracking: "00340434161234567890", ShipDate: t0.Add(-72 * time.Hour), Currency: "EUR", ItemValue: 2499},
		{ID: "114-3333333-4444444", Status: aftersale.StatusUnshipped, Channel: aftersale.ChannelFBA, Marketplace: "Amazon.com"},
	} {
		if _, err := db.UpsertOrder(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	day := 24 * time.Hour
	// Sent yesterday, approved by a person, unchanged: 3h response.
	sent1 := f.draft(fixDraft{name: "sent1", alias: "k3v9x2mq8z1tq4b@marketplace.amazon.de", buyer: "Anna", market: "de",
		orderID: "302-1111111-2222222", subject: "Inquiry from Amazon customer Anna (Order: 302-1111111-2222222)",
		text: "Where is my parcel?", kase: aftersale.CaseShippingInquiry, conf: 0.93, received: t0.Add(-day - 6*time.Hour)})
	f.approveAndSend(sent1, store.Approval{By: "anna", OutgoingID: "as.sent1@shop.example"}, t0.Add(-day-3*time.Hour), false)
	// Sent late (30h), edited first.
	sent2 := f.draft(fixDraft{name: "sent2", alias: "qw2smy2gutcr61k@marketplace.amazon.com", buyer: "Rachel", market: "com",
		orderID: "114-3333333-4444444", subject: "Order cancellation request from Amazon customer Rachel",
		text: "Please cancel my order.", kase: aftersale.CaseCancelOrder, conf: 0.88, received: t0.Add(-2*day - 6*time.Hour)})
	f.clock.Set(t0.Add(-2 * day))
	if err := db.UpdateDraftBody(ctx, sent2, "Hello Rachel,\n\nwe have cancelled the order.\n\nKind regards\nExample Store\n", nil, nil, "bob"); err != nil {
		t.Fatal(err)
	}
	f.approveAndSend(sent2, store.Approval{By: "bob", OutgoingID: "as.sent2@shop.example"}, t0.Add(-day), false)
	// Auto-approved and sent after 10 minutes.
	auto := f.draft(fixDraft{name: "auto1", alias: "6bmcx2l1t7cwrwb@marketplace.amazon.de", buyer: "Jürgen", market: "de",
		orderID: "302-1111111-2222222", subject: "Anfrage von Amazon-Kunde Jürgen", text: "Wo ist mein Paket?",
		kase: aftersale.CaseShippingInquiry, conf: 0.97, received: t0.Add(-5 * time.Hour)})
	f.approveAndSend(auto, store.Approval{By: autoActor, Auto: true, OutgoingID: "as.auto1@shop.example"}, t0.Add(-5*time.Hour+10*time.Minute), true)
	// Rejected.
	rej := f.draft(fixDraft{name: "rej1", alias: "a1b2c3d4e5f6g7h@marketplace.amazon.co.uk", buyer: "Oliver", market: "co.uk",
		subject: "Inquiry from Amazon customer Oliver", text: "Do you sell gift cards?", kase: aftersale.CaseOther, conf: 0.6,
		received: t0.Add(-30 * time.Hour)})
	f.clock.Set(t0.Add(-29 * time.Hour))
	if err := db.RejectDraft(ctx, rej, "anna", "answered by phone"); err != nil {
		t.Fatal(err)
	}
	// No response needed.
	nrn := f.draft(fixDraft{name: "nrn1", alias: "z9y8x7w6v5u4t3s@marketplace.amazon.de", buyer: "Katrin", market: "de",
		subject: "Anfrage von Amazon-Kunde Katrin", text: "Danke!", kase: aftersale.CaseOther, conf: 0.8, received: t0.Add(-3 * time.Hour)})
	f.clock.Set(t0.Add(-2 * time.Hour))
	if err := db.MarkNoResponseNeeded(ctx, nrn, "anna", "thank-you note"); err != nil {
		t.Fatal(err)
	}
	// Open drafts: an overdue needs-human one, a fresh one, a blocked one
	// with a placeholder, one from another marketplace.
	f.draft(fixDraft{name: "open-human", alias: "m1n2b3v4c5x6z7l@marketplace.amazon.com", buyer: "Derek", market: "com",
		orderID: "114-3333333-4444444", subject: "Inquiry from Amazon customer Derek (Order: 114-3333333-4444444)",
		text: "I will file an A-to-z claim if this is not solved today.", kase: aftersale.CaseCancelOrder, conf: 0.71,
		needsHuman: true, reasons: []string{"a-to-z threat"}, received: t0.Add(-26 * time.Hour)})
	f.draft(fixDraft{name: "open-ok", alias: "p0o9i8u7y6t5r4e@marketplace.amazon.de", buyer: "Sabine", market: "de",
		orderID: "302-1111111-2222222", subject: "Anfrage von Amazon-Kunde Sabine (Bestellung: 302-1111111-2222222)",
		text: "Wann kommt meine Bestellung?", kase: aftersale.CaseShippingInquiry, conf: 0.91, received: t0.Add(-4 * time.Hour),
		tasks: []aftersale.Task{{Kind: "check_tracking", Description: "Check the DHL tracking", Due: t0.Add(20 * time.Hour)}}})
	f.draft(fixDraft{name: "open-blocked", alias: "q1w2e3r4t5y6u7i@marketplace.amazon.co.uk", buyer: "Sophie", market: "co.uk",
		subject: "Inquiry from Amazon customer Sophie", text: "Can I call you?", kase: aftersale.CaseOther, conf: 0.58,
		findings:     []aftersale.Finding{{Rule: "phone_number", Severity: aftersale.SeverityBlock, Detail: "+44 20 7946 0000"}},
		placeholders: []string{"tracking number"}, received: t0.Add(-1 * time.Hour)})
	f.clock.Set(t0)
	return f
}

func (f *queueFix) approveAndSend(id int64, a store.Approval, sentAt time.Time, auto bool) {
	f.t.Helper()
	ctx := context.Background()
	f.clock.Set(sentAt.Add(-time.Minute))
	if err := f.db.ApproveDraft(ctx, id, a); err != nil {
		f.t.Fatal(err)
	}
	f.clock.Set(sentAt)
	d, err := f.db.ClaimOutbox(ctx)
	if err != nil || d.ID != id {
		f.t.Fatalf("ClaimOutbox = %d, %v; want %d", d.ID, err, id)
	}
	if err := f.db.MarkSent(ctx, id, aftersale.SentReply{SMTPReply: "250 2.0.0 OK: queued", Verdict: "ok"}); err != nil {
		f.t.Fatal(err)
	}
}

// run runs the CLI at time t0 against the fixture's database.
func (f *queueFix) run(stdin string, args ...string) (string, string, int) {
	f.t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, now: func() time.Time { return t0 }}
	code := runEnv(f.t.Context(), e, append([]string{"--db", f.path, "--as", "tester"}, args...))
	return out.String(), errb.String(), code
}

func (f *queueFix) mustRun(args ...string) string {
	f.t.Helper()
	out, errs, code := f.run("", args...)
	if code != 0 {
		f.t.Fatalf("aftersale %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

// outgoingRE matches the random part of outgoing Message-IDs.
var outgoingRE = regexp.MustCompile(`as\.[a-z2-7]{24}@`)

func golden(t *testing.T, name, got string) {
	t.Helper()
	got = outgoingRE.ReplaceAllString(got, "as.RANDOM@")
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
	}
}

func TestCommandOutputGolden(t *testing.T) {
	f := newQueueFix(t)
	tests := []struct {
		name string
		args []string
	}{
		{"queue_list", []string{"queue", "list"}},
		{"queue_list_json", []string{"queue", "list", "--json"}},
		{"queue_list_all", []string{"queue", "list", "--all"}},
		{"queue_list_overdue", []string{"queue", "list", "--overdue"}},
		{"queue_list_marketplace_de", []string{"queue", "list", "--marketplace", "de"}},
		{"queue_list_case_state", []string{"queue", "list", "--case", "shipping_inquiry", "--state", "sent,proposed"}},
		{"queue_list_account_none", []string{"queue", "list", "--account", "other"}},
		{"queue_show_sent", []string{"queue", "show", fmt.Sprint(f.ids["sent2"])}},
		{"queue_show_open", []string{"queue", "show", fmt.Sprint(f.ids["open-ok"])}},
		{"queue_show_blocked", []string{"queue", "show", fmt.Sprint(f.ids["open-blocked"])}},
		{"queue_show_json", []string{"queue", "show", "--json", fmt.Sprint(f.ids["open-ok"])}},
		{"sent_list", []string{"sent", "list"}},
		{"sent_list_json", []string{"sent", "list", "--json"}},
		{"sent_list_csv", []string{"sent", "list", "--csv"}},
		{"sent_list_since", []string{"sent", "list", "--since", "24h"}},
		{"sent_list_approver_auto", []string{"sent", "list", "--approver", "auto"}},
		{"sent_list_buyer", []string{"sent", "list", "--buyer", "rachel"}},
		{"sent_list_case_order", []string{"sent", "list", "--case", "shipping_inquiry", "--order", "302-1111111-2222222"}},
		{"sent_show", []string{"sent", "show", "1"}},
		{"sent_show_json", []string{"sent", "show", "--json", "1"}},
		{"stats", []string{"stats"}},
		{"stats_json", []string{"stats", "--json"}},
		{"stats_since_1d", []string{"stats", "--since", "1d"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, tt.name, f.mustRun(tt.args...))
		})
	}
}

// TestQueueApproveRefused: the guards on approval, each with its hint,
// and that a batch reports every failure and exits 1.
func TestQueueApproveRefused(t *testing.T) {
	f := newQueueFix(t)
	human, blocked, sent := fmt.Sprint(f.ids["open-human"]), fmt.Sprint(f.ids["open-blocked"]), fmt.Sprint(f.ids["sent1"])
	tests := []struct {
		name     string
		args     []string
		code     int
		wantErrs []string
	}{
		{"needs human, not shown", []string{"queue", "approve", human}, 1,
			[]string{"needs a person to read it first", "hint: read it with \"aftersale queue show " + human}},
		{"blocked and placeholders", []string{"queue", "approve", blocked, "--override", "buyer asked for a call"}, 1,
			[]string{"unfilled placeholders", "queue edit " + blocked}},
		{"blocked without override", []string{"queue", "approve", blocked}, 1, []string{"blocking policy findings (phone_number)", "--override"}},
		{"already sent", []string{"queue", "approve", sent}, 1, []string{"draft is sent", "queue show " + sent}},
		{"no such draft", []string{"queue", "approve", "999"}, 1, []string{"draft 999: no such draft"}},
		{"batch", []string{"queue", "approve", human, sent, "999"}, 1, []string{"3 of 3 drafts failed"}},
		{"reject without reason", []string{"queue", "reject", human}, 2, []string{"--reason is required"}},
		{"reject sent", []string{"queue", "reject", sent, "--reason", "x"}, 1, []string{"cannot become rejected"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, code := f.run("", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\n%s", code, tt.code, errs)
			}
			for _, w := range tt.wantErrs {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
		})
	}
	// Shown (or --reviewed), the needs-human draft can be approved, and the
	// approval is recorded with who and when.
	f.mustRun("queue", "show", human)
	if out := f.mustRun("queue", "approve", human); !strings.Contains(out, "approved") {
		t.Errorf("approve after show: %q", out)
	}
	hist, err := f.db.Audit(context.Background(), f.ids["open-human"])
	if err != nil {
		t.Fatal(err)
	}
	last := hist[len(hist)-1]
	if last.Action != "approve" || last.Actor != "tester" || !last.At.Equal(t0) {
		t.Errorf("last audit entry %+v, want approve by tester at %v", last, t0)
	}
}

// TestQueueConcurrentApprove: two CLI processes (two store handles on one
// file) approve the same draft at once; exactly one succeeds.
func TestQueueConcurrentApprove(t *testing.T) {
	f := newQueueFix(t)
	id := fmt.Sprint(f.ids["open-ok"])
	var wg sync.WaitGroup
	codes := make([]int, 4)
	for i := range codes {
		wg.Go(func() { _, _, codes[i] = f.run("", "queue", "approve", id) })
	}
	wg.Wait()
	ok := 0
	for _, c := range codes {
		if c == 0 {
			ok++
		}
	}
	if ok != 1 {
		t.Errorf("exit codes %v: %d approvals succeeded, want exactly 1", codes, ok)
	}
	hist, err := f.db.Audit(context.Background(), f.ids["open-ok"])
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, h := range hist {
		if h.Action == "approve" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d approve entries in the audit log, want 1", n)
	}
}

// TestQueueReview drives queue review through its input stream: approve
// the first draft, edit and then approve the second, reject the third.
func TestQueueReview(t *testing.T) {
	f := newQueueFix(t)
	editor := filepath.Join(t.TempDir(), "editor.sh")
	script := "#!/bin/sh\nprintf 'Hello Sabine,\\n\\nyour parcel arrives on Thursday.\\n\\nKind regards\\nExample Store\\n' > \"$1\"\n"
	if err := os.WriteFile(editor, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", editor)
	// Order (most urgent first): open-human (overdue), open-ok, open-blocked.
	// open-human needs a human: shown in the review, it can be approved.
	input := "a\n" + "x\n" + "e\n" + "a\n" + "r\nnot our product\n"
	out, errs, code := f.run(input, "queue", "review")
	if code != 0 {
		t.Fatalf("queue review: exit %d\n%s\n%s", code, out, errs)
	}
	golden(t, "queue_review", out)
	want := map[string]aftersale.DraftState{"open-human": aftersale.DraftApproved, "open-ok": aftersale.DraftApproved,
		"open-blocked": aftersale.DraftRejected}
	for name, st := range want {
		d, err := f.db.Draft(context.Background(), f.ids[name])
		if err != nil {
			t.Fatal(err)
		}
		if d.State != st {
			t.Errorf("%s: state %s, want %s", name, d.State, st)
		}
		if name == "open-ok" && (!d.Edited || !strings.Contains(d.Body, "Thursday") || d.ApprovedBy != "tester") {
			t.Errorf("open-ok: edited %v approved by %q body %q; want the edited text approved by tester", d.Edited, d.ApprovedBy, d.Body)
		}
		if name == "open-blocked" && d.RejectReason != "not our product" {
			t.Errorf("reject reason %q", d.RejectReason)
		}
	}
}

func TestQueueReviewQuitAndEOF(t *testing.T) {
	f := newQueueFix(t)
	for _, in := range []string{"s\nq\n", "s\n"} {
		out, errs, code := f.run(in, "queue", "review")
		if code != 0 || !strings.Contains(out, "0 approved") || !strings.Contains(out, "1 skipped") {
			t.Errorf("input %q: exit %d\n%s\n%s", in, code, out, errs)
		}
	}
	if n, _ := f.db.Drafts(context.Background(), store.DraftFilter{States: []aftersale.DraftState{aftersale.DraftProposed}}); len(n) != 3 {
		t.Errorf("%d proposed drafts after skipping, want 3", len(n))
	}
}
