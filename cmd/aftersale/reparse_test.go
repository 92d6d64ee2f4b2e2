package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/store"
)

// TestReparse: mail stored by an older parser (no sender-authentication
// check) is parsed again by `aftersale reparse`: --dry-run counts and
// changes nothing; the real run saves the new flags and lists the open
// draft that answers a message now failing authentication; a second run
// finds nothing left.
func TestReparse(t *testing.T) {
	e := newE2E(t)
	forged := "Authentication-Results: mx.seller.example; dkim=fail header.d=marketplace.amazon.de; spf=fail smtp.mailfrom=marketplace.amazon.de\r\n" + buyerMail
	if err := e.imap.Append(t.Context(), "INBOX", []byte(forged), time.Now()); err != nil {
		t.Fatal(err)
	}
	mustCLI(t, "--config", e.cfg, "serve", "--once")

	// Make it look parsed by parser version 3, before the check existed.
	dbPath := filepath.Join(filepath.Dir(e.cfg), "aftersale.db")
	db, err := store.Open(t.Context(), dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, err := db.Message(t.Context(), 1)
	if err != nil || !m.HasFlag(mailbox.FlagAuthFailed) {
		t.Fatalf("message 1 = flags %q, %v; want auth_failed from the current parser", m.Flags, err)
	}
	m.ParserVersion = 3
	m.Flags = slices.DeleteFunc(m.Flags, func(f string) bool { return strings.HasPrefix(f, "auth") })
	if err := db.SaveParsed(t.Context(), 1, m, nil); err != nil {
		t.Fatal(err)
	}
	flags := func() []string {
		t.Helper()
		m, err := db.Message(t.Context(), 1)
		if err != nil {
			t.Fatal(err)
		}
		return m.Flags
	}

	if out := mustCLI(t, "--config", e.cfg, "status"); !strings.Contains(out, `1 messages were parsed by an older mail parser; run "aftersale reparse"`) {
		t.Errorf("status does not suggest reparse:\n%s", out)
	}

	out := mustCLI(t, "--config", e.cfg, "reparse", "--dry-run")
	if !strings.Contains(out, "would re-parse 1 messages") || !strings.Contains(out, "1 of them now fail sender authentication") {
		t.Errorf("reparse --dry-run output:\n%s", out)
	}
	if slices.Contains(flags(), mailbox.FlagAuthFailed) {
		t.Fatal("--dry-run saved the new flags")
	}

	out = mustCLI(t, "--config", e.cfg, "reparse")
	if !strings.Contains(out, "re-parsed 1 messages") || !strings.Contains(out, "draft 1 (proposed): the message now fails sender authentication") {
		t.Errorf("reparse output:\n%s", out)
	}
	if !slices.Contains(flags(), mailbox.FlagAuthFailed) {
		t.Errorf("flags after reparse = %q, want auth_failed", flags())
	}
	if out := mustCLI(t, "--config", e.cfg, "reparse"); !strings.Contains(out, "re-parsed 0 messages") {
		t.Errorf("second reparse output:\n%s", out)
	}
	if out := mustCLI(t, "--config", e.cfg, "status"); strings.Contains(out, "older mail parser") {
		t.Errorf("status still suggests reparse:\n%s", out)
	}
	db.Close()
}

// TestReparseBuyerText: a message whose buyer text an older parser left
// wrapped in Amazon's template gets the buyer's words back from reparse,
// and the open draft answering it is listed for review.
func TestReparseBuyerText(t *testing.T) {
	e := newE2E(t)
	if err := e.imap.Append(t.Context(), "INBOX", []byte(buyerMail), time.Now()); err != nil {
		t.Fatal(err)
	}
	mustCLI(t, "--config", e.cfg, "serve", "--once")
	dbPath := filepath.Join(filepath.Dir(e.cfg), "aftersale.db")
	db, err := store.Open(t.Context(), dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	m, err := db.Message(t.Context(), 1)
	if err != nil {
		t.Fatal(err)
	}
	words := m.BuyerText
	m.ParserVersion = mailbox.ParserVersion - 1
	m.BuyerText = m.Text // as if the wrapper had not been recognised
	if err := db.SaveParsed(t.Context(), 1, m, nil); err != nil {
		t.Fatal(err)
	}
	out := mustCLI(t, "--config", e.cfg, "reparse")
	if !strings.Contains(out, "flags or buyer's words changed on 1") ||
		!strings.Contains(out, "draft 1 (proposed): the message's flags or buyer's words changed") {
		t.Errorf("reparse output:\n%s", out)
	}
	if m, err := db.Message(t.Context(), 1); err != nil || m.BuyerText != words {
		t.Errorf("buyer text after reparse = %q, %v; want %q", m.BuyerText, err, words)
	}
}
