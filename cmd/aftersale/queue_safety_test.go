package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/termtable"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// germanDraft stores a German buyer message about the fixture's shipped
// order, drafted in German with an English copy for the seller.
func (f *queueFix) germanDraft() int64 {
	f.t.Helper()
	const oid = "302-1111111-2222222"
	m := aftersale.Message{Account: "shop", MessageID: "de-1@marketplace.amazon.de", FromName: "Erika - Amazon Marketplace",
		FromAddr: "e1r2i3k4a5b6c7d@marketplace.amazon.de", RelayAlias: "e1r2i3k4a5b6c7d@marketplace.amazon.de", BuyerName: "Erika",
		Subject: "Wo ist mein Paket?", Text: "Hallo, wo ist mein Paket? Bestellung " + oid, BuyerText: "Hallo, wo ist mein Paket? Bestellung " + oid,
		OrderIDs: []string{oid}, Marketplace: "amazon.de", Sender: aftersale.SenderBuyer}
	c := aftersale.Classification{Case: aftersale.CaseShippingInquiry, Confidence: 0.95, Language: "de", Version: "test",
		Facts: aftersale.Facts{OrderIDs: []string{oid}}}
	c.MessageID = f.seedMsg(t0.Add(-time.Hour), m, c)
	f.clock.Set(t0)
	m.ID, m.Date = c.MessageID, t0.Add(-time.Hour)
	o, err := f.db.Order(context.Background(), oid)
	if err != nil {
		f.t.Fatal(err)
	}
	d, err := respond.BuildDraft(respond.Input{Message: m, Class: c, Order: o, Now: t0}, respond.Settings{SellerName: "Example Store", SellerLanguage: "en"})
	if err != nil {
		f.t.Fatal(err)
	}
	id, err := f.db.CreateDraft(context.Background(), d)
	if err != nil {
		f.t.Fatal(err)
	}
	return id
}

// TestQueueEditRefusesEmpty: "printf ” | aftersale queue edit N --file -"
// used to save an empty reply that "queue approve" then sent. An empty
// text, blanks, or only the greeting and the signature are refused, and
// the draft keeps its text.
func TestQueueEditRefusesEmpty(t *testing.T) {
	f := newQueueFix(t)
	id := fmt.Sprint(f.ids["open-ok"])
	before, _ := f.db.Draft(context.Background(), f.ids["open-ok"])
	for _, in := range []string{"", "\n \n", "Hello Sabine,\n\nKind regards\nExample Store\n"} {
		_, errs, code := f.run(in, "queue", "edit", id, "--file", "-")
		if code != 1 || !strings.Contains(errs, "draft "+id+": has no reply text") {
			t.Errorf("edit with %q: exit %d\n%s", in, code, errs)
		}
	}
	if d, _ := f.db.Draft(context.Background(), f.ids["open-ok"]); d.Body != before.Body || d.Edited {
		t.Errorf("draft changed by refused edits: %q", d.Body)
	}
}

// TestQueueApproveRevision: "queue show" prints the revision; an approval
// pins the revision the person was shown, and a draft someone edited since
// is refused with "changed since you saw it".
func TestQueueApproveRevision(t *testing.T) {
	f := newQueueFix(t)
	id := fmt.Sprint(f.ids["open-ok"])
	if out := f.mustRun("queue", "show", id); !strings.Contains(out, "revision 1") {
		t.Errorf("queue show lacks the revision:\n%s", out)
	}
	var out, errb strings.Builder
	e := &env{stdin: strings.NewReader("Hello Sabine,\n\nit arrives on Friday.\n\nKind regards\nExample Store\n"), stdout: &out, stderr: &errb, now: func() time.Time { return t0 }}
	if code := runEnv(t.Context(), e, []string{"--db", f.path, "--as", "bob", "queue", "edit", id, "--file", "-"}); code != 0 {
		t.Fatalf("edit by bob: exit %d\n%s", code, errb.String())
	}
	_, errs, code := f.run("", "queue", "approve", id)
	if code != 1 || !strings.Contains(errs, "draft "+id+": changed since you saw it (it is at revision 2 now)\n") ||
		!strings.Contains(errs, "queue show "+id) {
		t.Errorf("approve after another's edit: exit %d\n%s", code, errs)
	}
	if _, errs, code := f.run("", "queue", "approve", id, "--revision", "1"); code != 1 || !strings.Contains(errs, "changed since you saw it") {
		t.Errorf("approve --revision 1: exit %d\n%s", code, errs)
	}
	if out := f.mustRun("queue", "approve", id, "--revision", "2"); !strings.Contains(out, "approved (revision 2)") {
		t.Errorf("approve --revision 2: %q", out)
	}
}

// TestQueueSellerCopyStale: after an edit, the copy in the seller's
// language is marked, in show, review and --json, instead of passing for
// a translation of the edited reply.
func TestQueueSellerCopyStale(t *testing.T) {
	f := newQueueFix(t)
	did := f.germanDraft()
	id := fmt.Sprint(did)
	if out := f.mustRun("queue", "show", id); !strings.Contains(out, "── The same reply in en ──") {
		t.Fatalf("fresh German draft lacks the English copy:\n%s", out)
	}
	d, _ := f.db.Draft(context.Background(), did)
	edited := strings.Replace(d.Body, "DHL", "DHL Express", 1)
	if out, errs, code := f.run(edited, "queue", "edit", id, "--file", "-"); code != 0 || !strings.Contains(out, "the copy in en is not updated") {
		t.Fatalf("edit: exit %d\n%s%s", code, out, errs)
	}
	out := f.mustRun("queue", "show", id)
	if !strings.Contains(out, "edited; translation not updated") || strings.Contains(out, "The same reply in en") {
		t.Errorf("queue show after the edit:\n%s", out)
	}
	var js struct {
		Draft draftJSON `json:"draft"`
	}
	if err := json.Unmarshal([]byte(f.mustRun("queue", "show", "--json", id)), &js); err != nil || !js.Draft.SellerBodyStale {
		t.Errorf("queue show --json: seller_body_stale %v, %v", js.Draft.SellerBodyStale, err)
	}
	out, _, _ = f.run("s\ns\ns\ns\n", "queue", "review")
	if !strings.Contains(out, "edited; translation not updated") {
		t.Errorf("queue review does not mark the stale copy:\n%s", out)
	}
}

// TestQueueResolve: a send_unknown draft is shown with what is known of
// the attempt and resolved either way.
func TestQueueResolve(t *testing.T) {
	f := newQueueFix(t)
	ctx := context.Background()
	did := f.ids["open-ok"]
	id := fmt.Sprint(did)
	f.mustRun("queue", "approve", id)
	if _, err := f.db.ClaimOutbox(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := f.db.RecoverSending(ctx); err != nil {
		t.Fatal(err)
	}
	out := f.mustRun("queue", "show", id)
	if !strings.Contains(out, "Send outcome unknown") || !strings.Contains(out, "queue resolve "+id+" --sent") {
		t.Errorf("queue show of a send_unknown draft:\n%s", out)
	}
	if _, errs, code := f.run("", "queue", "resolve", id); code != 2 || !strings.Contains(errs, "--sent or --not-sent") {
		t.Errorf("resolve without a flag: exit %d\n%s", code, errs)
	}
	f.mustRun("queue", "resolve", id, "--not-sent")
	if d, _ := f.db.Draft(ctx, did); d.State != aftersale.DraftApproved {
		t.Errorf("after --not-sent: %s", d.State)
	}
	if _, errs, code := f.run("", "queue", "resolve", id, "--sent"); code != 1 ||
		!strings.Contains(errs, "the draft is approved; only a send_unknown draft needs resolving") {
		t.Errorf("resolve of an approved draft: exit %d\n%s", code, errs)
	}
	if _, err := f.db.ClaimOutbox(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := f.db.RecoverSending(ctx); err != nil {
		t.Fatal(err)
	}
	f.mustRun("queue", "resolve", id, "--sent", "--note", "in the Sent folder")
	if out := f.mustRun("sent", "list", "--order", "302-1111111-2222222", "--buyer", "sabine"); !strings.Contains(out, "tester") {
		t.Errorf("sent list lacks the resolved reply:\n%s", out)
	}
}

// TestQueueRefusalsOneSentence: each refusal is one sentence about the
// draft with what to do, without the operation repeated, and the Seller
// Central reminder only follows a draft that was marked.
func TestQueueRefusalsOneSentence(t *testing.T) {
	f := newQueueFix(t)
	sent := fmt.Sprint(f.ids["sent1"])
	_, errs, _ := f.run("", "queue", "approve", sent)
	want := "draft " + sent + ": the draft is sent; only a proposed or failed draft can be approved\n" +
		"  hint: see it with \"aftersale queue show " + sent + "\"\n" +
		"aftersale: queue approve: 1 of 1 drafts failed\n"
	if errs != want {
		t.Errorf("approve of a sent draft, stderr:\n%s\nwant:\n%s", errs, want)
	}
	_, errs, _ = f.run("", "queue", "nrn", sent)
	if strings.Contains(errs, "Seller Central") || !strings.Contains(errs, "cannot become no_response_needed") || strings.Contains(errs, "conflict") {
		t.Errorf("nrn of a sent draft, stderr:\n%s", errs)
	}
	blocked := fmt.Sprint(f.ids["open-blocked"])
	_, errs, _ = f.run("", "queue", "approve", blocked)
	if !strings.HasPrefix(errs, "draft "+blocked+": has unfilled placeholders: tracking number") || strings.Contains(errs, "invalid") {
		t.Errorf("approve of a draft with placeholders, stderr:\n%s", errs)
	}
	_, errs, code := f.run("", "queue", "edit", "999", "--file", "-")
	if code != 1 || !strings.Contains(errs, "draft 999: no such draft") {
		t.Errorf("edit 999: exit %d\n%s", code, errs)
	}
}

// TestQueueListInvalidValues: a wrong --state, --case or --marketplace
// lists the valid values and exits 2.
func TestQueueListInvalidValues(t *testing.T) {
	f := newQueueFix(t)
	for _, tt := range []struct{ flag, value, lists string }{
		{"--state", "pending", "proposed, approved, sending, sent, failed, rejected, no_response_needed, send_unknown, not_buyer_mail, phishing"},
		{"--case", "refund", "address_change, cancel_order"},
		{"--marketplace", "amazon.xx", "co.uk"},
	} {
		_, errs, code := f.run("", "queue", "list", tt.flag, tt.value)
		if code != 2 || !strings.Contains(errs, tt.value) || !strings.Contains(errs, tt.lists) {
			t.Errorf("queue list %s %s: exit %d\n%s", tt.flag, tt.value, code, errs)
		}
	}
}

// TestQueueListTerminal: on a terminal, colour codes and wide (CJK) names
// keep the columns aligned, and every line fits the terminal's width.
func TestQueueListTerminal(t *testing.T) {
	ctx := context.Background()
	f := newQueueFix(t)
	f.draft(fixDraft{name: "ja", alias: "j1a2p3a4n5x6y7z@marketplace.amazon.co.jp", buyer: "山田太郎", market: "co.jp",
		subject: "お問い合わせ：注文の配送状況について教えてください。まだ届いていません。", text: "荷物はどこですか", kase: aftersale.CaseShippingInquiry,
		conf: 0.9, received: t0.Add(-30 * time.Hour)})
	f.clock.Set(t0)
	rows, err := f.db.ListDrafts(ctx, store.DraftFilter{States: []aftersale.DraftState{aftersale.DraftProposed}})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{80, 120} {
		var b strings.Builder
		if err := writeQueueTable(&b, rows, t0, termtable.Style{Color: true, Width: w}); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		head := cellStarts(lines[0])
		for _, l := range lines {
			if got := termtable.Width(l); got > w {
				t.Errorf("width %d: line %d columns wide: %q", w, got, l)
			}
			// Each cell starts at the header's display column (the last
			// one may be cut away on a narrow terminal).
			got := cellStarts(l)
			for i := range min(len(got), len(head)) {
				if got[i] != head[i] {
					t.Errorf("width %d: cell %d at column %d, header at %d: %q", w, i, got[i], head[i], l)
				}
			}
		}
		if !strings.Contains(b.String(), "\x1b[31moverdue") || w > 80 && !strings.Contains(b.String(), "山田太郎") {
			t.Errorf("width %d: no colour for overdue drafts, or no CJK name:\n%s", w, b.String())
		}
		golden(t, fmt.Sprintf("queue_list_terminal_%d", w), b.String())
	}
}

// cellStarts returns the display columns where the cells of a table line
// start (cells are two or more spaces apart), colour codes left out.
func cellStarts(l string) []int {
	plain := termtable.Plain(l)
	var out []int
	col, prevSpace, inCell := 0, 0, false
	for _, r := range plain {
		if r == ' ' {
			prevSpace++
		} else {
			if !inCell || prevSpace >= 2 {
				out = append(out, col)
			}
			inCell, prevSpace = true, 0
		}
		col += termtable.Width(string(r))
	}
	return out
}

// TestServeOnceRecoversSending: a draft left in sending by a crash during
// "serve --once" stayed there for ever (only the long-running sender
// recovered it). The next "serve --once" moves it to send_unknown, sends
// it no second time, and a person resolves it.
func TestServeOnceRecoversSending(t *testing.T) {
	e := newE2E(t)
	ctx := t.Context()
	if err := e.imap.Append(ctx, "INBOX", []byte(buyerMail), time.Now()); err != nil {
		t.Fatal(err)
	}
	mustCLI(t, "--config", e.cfg, "serve", "--once")
	q := e.queue(t)
	if len(q.Drafts) != 1 {
		t.Fatalf("queue has %d drafts", len(q.Drafts))
	}
	id := fmt.Sprint(q.Drafts[0].ID)
	mustCLI(t, "--config", e.cfg, "queue", "approve", id)
	// The crash: the claim is made, the process dies before SMTP.
	cfg, err := LoadConfig(e.cfg)
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, cfg.StorePath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ClaimOutbox(ctx); err != nil {
		t.Fatal(err)
	}
	db.Close()
	mustCLI(t, "--config", e.cfg, "serve", "--once")
	if q := e.queue(t, "--all"); q.Drafts[0].State != string(aftersale.DraftSendUnknown) {
		t.Fatalf("after serve --once: %s, want send_unknown", q.Drafts[0].State)
	}
	if n := len(e.sink.Messages()); n != 0 {
		t.Errorf("%d messages sent, want 0", n)
	}
	mustCLI(t, "--config", e.cfg, "queue", "resolve", id, "--not-sent")
	mustCLI(t, "--config", e.cfg, "serve", "--once")
	if n := len(e.sink.Messages()); n != 1 {
		t.Errorf("%d messages sent after --not-sent, want 1", n)
	}
}

// TestQueueReclassify: from the command and from a key in queue review,
// the draft is drafted again for the new case, the history shows the old
// case, and the correction is kept.
func TestQueueReclassify(t *testing.T) {
	f := newQueueFix(t)
	ctx := context.Background()
	id := fmt.Sprint(f.ids["open-ok"])
	if _, errs, code := f.run("", "queue", "reclassify", id, "refund"); code != 2 || !strings.Contains(errs, "return_dissatisfied/damaged") {
		t.Errorf("reclassify to an unknown case: exit %d\n%s", code, errs)
	}
	out := f.mustRun("queue", "reclassify", id, "cancel_order")
	if !strings.Contains(out, "cancel_order, was shipping_inquiry; drafted again as") {
		t.Errorf("reclassify: %q", out)
	}
	d, _ := f.db.Draft(ctx, f.ids["open-ok"])
	if d.Case != aftersale.CaseCancelOrder || d.Revision != 2 || d.Action == "reply" {
		t.Errorf("draft after reclassify: case %s action %s revision %d", d.Case, d.Action, d.Revision)
	}
	show := f.mustRun("queue", "show", id)
	if !strings.Contains(show, "was shipping_inquiry (test), changed by tester") || !strings.Contains(show, "reclassify") {
		t.Errorf("queue show after reclassify:\n%s", show)
	}
	// A sent draft keeps its text; the correction is kept all the same.
	sent := fmt.Sprint(f.ids["sent1"])
	if out := f.mustRun("queue", "reclassify", sent, "other"); !strings.Contains(out, "the draft is sent and stays as it is") {
		t.Errorf("reclassify of a sent draft: %q", out)
	}
	// In review: c asks for the case, b says not buyer mail.
	out, errs, code := f.run("c\nreturn_unwanted\ns\nb\n", "queue", "review", "--case", "cancel_order")
	if code != 0 || !strings.Contains(out, "return_unwanted, was cancel_order") {
		t.Errorf("review c: exit %d\n%s%s", code, out, errs)
	}
	cs, err := f.db.Corrections(ctx, store.CorrectionFilter{})
	if err != nil || len(cs) < 2 {
		t.Errorf("corrections = %d, %v; want the reclassifications kept", len(cs), err)
	}
}
