package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale/report"
)

// TestStatusOldestWaitingIsTheMailsClock: "oldest draft waiting" is when
// the buyer's message came (its 24-hour clock), not when the draft was
// made.
func TestStatusOldestWaitingIsTheMailsClock(t *testing.T) {
	e := newE2E(t)
	now := fixtureNow.Truncate(time.Second)
	sent := now.Add(-6 * time.Hour)
	mail := strings.Replace(buyerMail, "Date: "+fixtureNow.AddDate(0, 0, -1).Format(time.RFC1123Z), "Date: "+sent.Format(time.RFC1123Z), 1)
	if err := e.imap.Append(t.Context(), "INBOX", []byte(mail), sent); err != nil {
		t.Fatal(err)
	}
	clock := func() time.Time { return now }
	mustCLIClock(t, clock, "--config", e.cfg, "serve", "--once")
	var st report.Status
	if err := json.Unmarshal([]byte(mustCLIClock(t, clock, "--config", e.cfg, "status", "--json")), &st); err != nil {
		t.Fatal(err)
	}
	if st.OldestPending == nil || !st.OldestPending.Equal(sent) {
		t.Errorf("oldest_pending = %v, want the mail's Date %v", st.OldestPending, sent)
	}
	text := mustCLIClock(t, clock, "--config", e.cfg, "status")
	if want := "the oldest draft waiting answers mail received " + sent.UTC().Format(time.RFC3339) + " (6h00m ago)"; !strings.Contains(text, want) {
		t.Errorf("status lacks %q:\n%s", want, text)
	}
}

// TestStatusShowsAPausedAccount: an account whose login is refused shows
// as PAUSED in status, with the reason, though it never fetched mail and
// no daemon answers.
func TestStatusShowsAPausedAccount(t *testing.T) {
	e := newE2E(t)
	if err := os.WriteFile(filepath.Join(filepath.Dir(e.cfg), "imap-password"), []byte("wrong\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cli(t, "--config", e.cfg, "serve", "--once") // fails: the login is refused
	text := mustCLI(t, "--config", e.cfg, "status")
	var line string
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, "demo ") {
			line = l
		}
	}
	if !strings.Contains(line, "PAUSED since") || !strings.Contains(line, "restart or reload") {
		t.Errorf("status's line of the account = %q, want it PAUSED with what to do:\n%s", line, text)
	}
	var st report.Status
	if err := json.Unmarshal([]byte(mustCLI(t, "--config", e.cfg, "status", "--json")), &st); err != nil {
		t.Fatal(err)
	}
	if len(st.Accounts) != 1 || st.Accounts[0].Account != "demo" || !st.Accounts[0].Paused || st.Accounts[0].LastError == "" {
		t.Errorf("status --json accounts = %+v, want demo paused with its error", st.Accounts)
	}
}

// TestVersionJSON: version --json carries what the version line says.
func TestVersionJSON(t *testing.T) {
	var v report.Version
	if err := json.Unmarshal([]byte(mustCLI(t, "version", "--json")), &v); err != nil {
		t.Fatal(err)
	}
	if v.Version != 1 || v.Aftersale == "" || v.Schema < 10 || v.Parser < 1 || v.Classifier == "" || v.Go == "" {
		t.Errorf("version --json = %+v", v)
	}
}
