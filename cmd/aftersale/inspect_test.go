package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/report"
	"github.com/aftersale/aftersale/store"
)

func fixture(name string) string { return filepath.Join("..", "..", "mailbox", "testdata", name) }

func TestInspectText(t *testing.T) {
	out := mustCLI(t, "inspect", fixture("relay_current_de.eml"), fixture("mislabelled_latin1_is_utf8.eml"))
	for _, want := range []string{
		"== " + fixture("relay_current_de.eml"),
		"Relay alias:  k3v9x2m7q1w8z5t@marketplace.amazon.de",
		"Marketplace:  amazon.de",
		"Order ids:    302-1234567-7654321",
		"Language:     de",
		"Case:         ",
		"  Hallo, die Flasche kam leider mit einer Delle an.",
		"charset_mislabelled (the declared charset was wrong",
		"Hallo, die Größe passt nicht.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Edelstahl Trinkflasche") {
		t.Errorf("inspect without --text printed the whole text:\n%s", out)
	}
	if out := mustCLI(t, "inspect", "--text", fixture("relay_current_de.eml")); !strings.Contains(out, "Edelstahl Trinkflasche") {
		t.Errorf("inspect --text lacks the whole text:\n%s", out)
	}
}

func TestInspectJSONFromStdin(t *testing.T) {
	raw, err := os.ReadFile(fixture("auto_reply.eml"))
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run(t.Context(), []string{"inspect", "--json", "-"}, bytes.NewReader(raw), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got struct {
		Version  int `json:"version"`
		Messages []struct {
			File    string `json:"file"`
			Message struct {
				RelayAlias string   `json:"relay_alias"`
				AutoReply  bool     `json:"auto_reply"`
				OrderIDs   []string `json:"order_ids"`
				Flags      []string `json:"flags"`
				BuyerText  string   `json:"buyer_text"`
			} `json:"message"`
			Classification struct {
				Case   string `json:"case"`
				Notice string `json:"notice"`
			} `json:"classification"`
		} `json:"messages"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("inspect --json output is not JSON: %v\n%s", err, out.String())
	}
	if got.Version != jsonVersion || len(got.Messages) != 1 {
		t.Fatalf("got %+v, want version %d and one message", got, jsonVersion)
	}
	m := got.Messages[0]
	if m.File != "(stdin)" || m.Message.RelayAlias != "max1234567890ab@marketplace.amazon.de" || !m.Message.AutoReply ||
		m.Message.OrderIDs == nil || m.Message.Flags == nil || m.Message.BuyerText != "I am out of the office until Monday." {
		t.Errorf("message = %+v", m)
	}
	if m.Classification.Case == "" || m.Classification.Notice != "auto_reply" {
		t.Errorf("classification = %+v, want a case and the auto_reply notice", m.Classification)
	}
}

func TestInspectErrors(t *testing.T) {
	tests := []struct {
		args     []string
		wantCode int
		wantErr  string
	}{
		{[]string{"inspect"}, exitUsage, "name a file, \"-\" for standard input, or --message ID"},
		{[]string{"inspect", "--message", "x"}, exitUsage, "--message"},
		{[]string{"inspect", "no-such-file.eml"}, exitUsage, "no-such-file.eml"},
	}
	for _, tt := range tests {
		_, errs, code := cli(t, tt.args...)
		if code != tt.wantCode || !strings.Contains(errs, tt.wantErr) {
			t.Errorf("aftersale %s: exit %d, stderr %q; want exit %d and %q", strings.Join(tt.args, " "), code, errs, tt.wantCode, tt.wantErr)
		}
	}
}

// TestInspectSenderAuth: inspect shows the sender authentication verdict,
// in text and JSON, and --authserv-id picks the header fields it reads.
func TestInspectSenderAuth(t *testing.T) {
	out := mustCLI(t, "inspect", fixture("auth_forged_below.eml"), fixture("auth_pass_dkim.eml"), fixture("auth_missing.eml"))
	for _, want := range []string{
		"Sender auth:  FAILED (dkim=fail spf=softfail): may be forged, by mx.seller.example, 1 other header(s) ignored",
		"auth_failed (mail from an Amazon address that failed SPF, DKIM or DMARC: it may be forged)",
		"Needs human:  yes",
		"sender authentication failed: dkim=fail spf=softfail — may be forged; check in Seller Central before replying",
		"Sender auth:  ok (dkim=pass spf=pass(email.amazonses.com) dmarc=pass), by mx.seller.example",
		"Sender auth:  unknown (no Authentication-Results header read)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect output lacks %q:\n%s", want, out)
		}
	}

	for _, tt := range []struct {
		args []string
		want report.AuthJSON
	}{
		{nil, report.AuthJSON{Verdict: "ok", AuthServID: "relay.forwarder.example", DKIM: "pass", SPF: "pass", DMARC: "pass", Ignored: 1}},
		{[]string{"--authserv-id", "mx.seller.example"}, report.AuthJSON{Verdict: "failed", AuthServID: "mx.seller.example", DKIM: "fail", SPF: "fail", Ignored: 1}},
	} {
		out := mustCLI(t, append(append([]string{"inspect", "--json"}, tt.args...), fixture("auth_servid_other.eml"))...)
		var got struct {
			Messages []struct {
				Message struct {
					Auth report.AuthJSON `json:"auth"`
				} `json:"message"`
				Classification struct {
					NeedsHuman bool `json:"needs_human"`
				} `json:"classification"`
			} `json:"messages"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil || len(got.Messages) != 1 {
			t.Fatalf("inspect --json %v: %v\n%s", tt.args, err, out)
		}
		m := got.Messages[0]
		if m.Message.Auth != tt.want {
			t.Errorf("inspect --json %v: auth = %+v, want %+v", tt.args, m.Message.Auth, tt.want)
		}
		if failed := tt.want.Verdict == "failed"; failed && !m.Classification.NeedsHuman {
			t.Errorf("inspect --json %v: needs_human false for a failed verdict", tt.args)
		}
	}
}

// relayWrapped is a buyer mail from alias in a relay layout made up for
// these tests, which the shape rules do not know.
func relayWrapped(n int, alias, words string) string {
	return fmt.Sprintf("From: Kim - Amazon Marketplace <%s@marketplace.amazon.com>\r\n"+
		"Subject: Inquiry from Amazon customer Kim\r\nMessage-ID: <r%d@test>\r\n\r\n"+
		"Forwarded by the marketplace post room, case %d\r\n"+
		"Replies reach the sender without going through your account\r\n\r\n%s\r\n\r\n"+
		"This delivery was produced and archived automatically.\r\n", alias, n, 9000+n, words)
}

var inspectWords = []string{
	"Where is my parcel?", "The lamp flickers.", "Can I still change the colour?", "Thanks, all arrived.",
	"The lid is missing.", "When will the refund come?", "Wrong size, sorry.",
}

// writeWrapped writes 20 mails of 20 buyers and a 21st, and returns their
// paths, the 21st last.
func writeWrapped(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	var files []string
	for i := range 21 {
		words := fmt.Sprintf("%s (%c)", inspectWords[i%len(inspectWords)], 'a'+i)
		if i == 20 {
			words = "Please cancel my order, I bought the wrong one."
		}
		f := filepath.Join(dir, fmt.Sprintf("%02d.eml", i))
		if err := os.WriteFile(f, []byte(relayWrapped(i, fmt.Sprintf("buyer%02dabcdefgh", i), words)), 0o600); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}

func TestInspectShowsLinesDroppedAsTemplate(t *testing.T) {
	files := writeWrapped(t)
	last := files[len(files)-1]

	// Without a learned template the wrapper is part of the buyer text.
	out := mustCLI(t, "--db", filepath.Join(t.TempDir(), "none.db"), "inspect", last)
	if !strings.Contains(out, "  Forwarded by the marketplace post room") || strings.Contains(out, "Dropped as template") {
		t.Errorf("inspect without a template:\n%s", out)
	}

	// Learned from the files given.
	out = mustCLI(t, append([]string{"inspect", "--learn"}, files...)...)
	_, last21, _ := strings.Cut(out, "== "+last)
	for _, want := range []string{
		"Template:     3 lines dropped; 3 lines learned from the 21 messages given",
		"Buyer text:\n  Please cancel my order, I bought the wrong one.\n",
		"Dropped as template:\n  Forwarded by the marketplace post room, case 9020\n" +
			"  Replies reach the sender without going through your account\n" +
			"  This delivery was produced and archived automatically.\n",
		"Case:         cancel_order",
	} {
		if !strings.Contains(last21, want) {
			t.Errorf("inspect --learn output for the 21st lacks %q:\n%s", want, last21)
		}
	}

	// Learned by the daemon in its database.
	dbPath := filepath.Join(t.TempDir(), "aftersale.db")
	db, err := store.Open(t.Context(), dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range files[:20] {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id, _, err := db.InsertRawMessage(t.Context(), store.RawMessage{Account: "a", Folder: "INBOX", UIDValidity: 1, UID: uint32(i + 1), Raw: raw})
		if err != nil {
			t.Fatal(err)
		}
		m, _ := mailbox.Parse(raw)
		if err := db.SaveParsed(t.Context(), id, m, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := mailbox.NewTemplateLearner(db).Learn(t.Context()); err != nil {
		t.Fatal(err)
	}
	db.Close()
	var got struct {
		Messages []struct {
			Message struct {
				BuyerText       string   `json:"buyer_text"`
				TemplateDropped []string `json:"template_dropped"`
			} `json:"message"`
		} `json:"messages"`
	}
	if err := json.Unmarshal([]byte(mustCLI(t, "--db", dbPath, "inspect", "--json", last)), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Messages) != 1 || got.Messages[0].Message.BuyerText != "Please cancel my order, I bought the wrong one." ||
		len(got.Messages[0].Message.TemplateDropped) != 3 {
		t.Errorf("inspect --json with the daemon's database = %+v", got)
	}
}
