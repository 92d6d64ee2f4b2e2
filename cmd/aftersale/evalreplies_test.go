package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale/respond"
)

// scenarioMail is a buyer message relayed by Amazon, dated date.
func scenarioMail(date time.Time, orderID, text string) string {
	return "From: \"Anna - Amazon Marketplace\" <k3v9x2mq8z1tq4b@marketplace.amazon.de>\r\n" +
		"To: seller@example.com\r\n" +
		"Subject: Anfrage von Amazon-Kunde Anna (Bestellung: " + orderID + ")\r\n" +
		"Message-ID: <" + orderID + "@marketplace.amazon.de>\r\n" +
		"Date: " + date.Format(time.RFC1123Z) + "\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Bestellnummer: " + orderID + "\r\n\r\nNachricht:\r\n" + text + "\r\n\r\nNachricht anzeigen\r\n"
}

// writeScenario writes one scenario directory; order may be "".
func writeScenario(t *testing.T, dir, name, mail, order, expect string) {
	t.Helper()
	d := filepath.Join(dir, name)
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{"message.eml": mail, "expect.toml": expect}
	if order != "" {
		files["order.csv"] = order
	}
	for f, body := range files {
		if err := os.WriteFile(filepath.Join(d, f), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// orderRow is a plain-CSV order record, its dates days before date.
func orderRow(date time.Time, id, status, channel, value string) string {
	day := func(n int) string { return date.AddDate(0, 0, -n).Format(time.DateOnly) }
	return "order_id,status,channel,value,currency,ship_date,delivery_date,carrier,tracking,purchase_date\n" +
		fmt.Sprintf("%s,%s,%s,%s,EUR,%s,%s,DHL,00340434161094042557,%s\n", id, status, channel, value, day(4), day(1), day(6))
}

// TestEvalReplies scores a small scenario folder: a plan that meets its
// expectation, one that asks for what the message gave (the expectation
// forbids a photo request the plan makes), an Amazon notice that needs no
// reply, a scenario without an order record, and mail that is not from a
// buyer (no draft; scored, not an error).
func TestEvalReplies(t *testing.T) {
	dir := t.TempDir()
	date := time.Date(2025, 11, 3, 10, 0, 0, 0, time.UTC) // any date: scenarios are judged an hour after their own
	writeScenario(t, dir, "001", scenarioMail(date, "302-1111111-0000001",
		"Hallo, beim Regal fehlen 2 Schrauben. Könnten Sie mir die bitte nachschicken?"),
		orderRow(date, "302-1111111-0000001", "delivered", "fbm", "34.99"),
		`note = "missing screws named"
draft = true
lang = "de"
offers = ["send_parts"]
forbid_requests = ["missing_part"]
tasks = ["ship_parts"]
`)
	writeScenario(t, dir, "002", scenarioMail(date, "302-1111111-0000002",
		"Die Vase ist zerbrochen angekommen. Was können Sie tun?"),
		orderRow(date, "302-1111111-0000002", "delivered", "fbm", "19.99"),
		`note = "an expectation the plan misses: it asks for a photo"
draft = true
lang = "de"
offers = ["replacement"]
forbid_requests = ["photo"]
`)
	notice := "From: \"Amazon.de\" <order-update@amazon.de>\r\nTo: seller@example.com\r\n" +
		"Subject: Return authorization request for order # 302-1111111-0000003\r\n" +
		"Message-ID: <n3@amazon.de>\r\nDate: " + date.Format(time.RFC1123Z) + "\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" +
		"A buyer has requested to return an item. Order ID: # 302-1111111-0000003\r\nReturn reason: No longer needed\r\n"
	writeScenario(t, dir, "003", notice, orderRow(date, "302-1111111-0000003", "delivered", "fbm", "24.99"),
		`draft = false
tasks = ["inspect_return", "refund"]
`)
	writeScenario(t, dir, "004", scenarioMail(date, "302-1111111-0000004", "Wo bleibt meine Bestellung?"), "",
		`draft = true
lang = "de"
tasks = ["check_order"]
bogus = 1
`)
	newsletter := "From: \"Packaging Supplies\" <news@supplies.example>\r\nTo: seller@example.com\r\n" +
		"Subject: Our winter catalogue is here\r\nMessage-ID: <n5@supplies.example>\r\n" +
		"Date: " + date.Format(time.RFC1123Z) + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"New boxes and tape for your shop. Order before Friday for 10% off.\r\n"
	writeScenario(t, dir, "005", newsletter, "", "draft = false\n")         // not buyer mail: scored, not an error
	if err := os.MkdirAll(filepath.Join(dir, "notes"), 0o755); err != nil { // no message.eml: skipped
		t.Fatal(err)
	}

	out, errs, code := cli(t, "eval-replies", dir, "--misses")
	if code != 0 {
		t.Fatalf("eval-replies: exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		"Reply scenarios in " + dir + ": 5; plans meeting the expectation: 4 (80.0%)",
		"Replies asking for a fact the message gave: 1",
		"return_dissatisfied", "return_unwanted", "Misses (1):", "- 002", "asks for photo",
		"plan:     offers replacement, refund",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errs, `unknown key "bogus"`) {
		t.Errorf("stderr %q, want a warning about the unknown key", errs)
	}

	out, _, code = cli(t, "eval-replies", dir, "--json")
	if code != 0 {
		t.Fatalf("eval-replies --json: exit %d", code)
	}
	var r respond.ReplyReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if r.Version != jsonVersion || r.Scenarios != 5 || r.Met != 4 || r.AskedGiven != 1 || r.Share != 0.8 || len(r.Misses) != 0 {
		t.Errorf("report %+v", r)
	}
	var de respond.ReplyGroup
	for _, g := range r.ByLanguage {
		if g.Key == "de" {
			de = g
		}
	}
	if de.Scenarios != 3 || de.Met != 2 {
		t.Errorf("by language de = %+v, want 2 of 3", de)
	}
}

func TestEvalRepliesErrors(t *testing.T) {
	empty := t.TempDir()
	if _, errs, code := cli(t, "eval-replies", empty); code != exitUsage || !strings.Contains(errs, "no scenarios") {
		t.Errorf("empty folder: exit %d, stderr %q", code, errs)
	}
	dir := t.TempDir()
	date := time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC)
	writeScenario(t, dir, "001", scenarioMail(date, "302-1111111-0000009", "Wo ist es?"), "", "draft = maybe\n")
	if _, errs, code := cli(t, "eval-replies", dir); code == 0 || !strings.Contains(errs, filepath.Join(dir, "001", "expect.toml")+":1") {
		t.Errorf("bad expect.toml: exit %d, stderr %q, want its file:line", code, errs)
	}
	writeScenario(t, dir, "001", scenarioMail(date, "302-1111111-0000009", "Wo ist es?"), "", "lang = \"de\"\n")
	if _, errs, code := cli(t, "eval-replies", dir); code == 0 || !strings.Contains(errs, "no draft = true or false") {
		t.Errorf("expect.toml without draft: exit %d, stderr %q", code, errs)
	}
}

// TestOwnReplyScenarios is the regression floor on the repository's own
// scenario set (respond/testdata/replies/own): at least 90 % of the plans
// meet their expectation, and no reply asks for a fact the message gave.
func TestOwnReplyScenarios(t *testing.T) {
	if testing.Short() {
		t.Skip("classifies every scenario")
	}
	out, errs, code := cli(t, "eval-replies", filepath.Join("..", "..", "respond", "testdata", "replies", "own"), "--json", "--misses")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var r respond.ReplyReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Scenarios < 60 || r.Share < 0.9 || r.AskedGiven != 0 {
		t.Errorf("%d scenarios, share %.3f, %d asking for a given fact; misses:", r.Scenarios, r.Share, r.AskedGiven)
		for _, m := range r.Misses {
			t.Errorf("  %s %s/%s %s: %s", m.Scenario, m.Case, m.SubReason, m.Lang, strings.Join(m.Problems, "; "))
		}
	}
	if len(r.ByLanguage) < 8 { // seven languages and "-" for notices
		t.Errorf("languages %+v, want all seven and the notices", r.ByLanguage)
	}
}
