package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/daemon"
	"github.com/aftersale/aftersale/internal/dovecot"
	"github.com/aftersale/aftersale/internal/smtpsink"
	"github.com/aftersale/aftersale/internal/testutil"
	"github.com/aftersale/aftersale/report"
	"github.com/aftersale/aftersale/store"
)

// realMailDir holds 770 raw mails copied from the test suites of public
// mail software: bounces, newsletters, spam, phishing, personal mail. None
// was written by or for an Amazon buyer.
var realMailDir = filepath.Join("..", "..", "..", "shared", "data", "real-mail", "eml")

// realMailMaxDrafts is the most proposed drafts the real-world mail may
// turn into: none of it is from a buyer.
const realMailMaxDrafts = 15

// realMailStall bounds the run: the daemon must have stored, classified
// and finished drafting every mail by then.
const realMailStall = 2 * time.Minute

func loadRealMail(t *testing.T) [][]byte {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(realMailDir, "*.eml"))
	if err != nil || len(files) == 0 {
		t.Skipf("real-world mail not found at %s", realMailDir)
	}
	sort.Strings(files)
	mails := make([][]byte, len(files))
	for i, f := range files {
		if mails[i], err = os.ReadFile(f); err != nil {
			t.Fatal(err)
		}
	}
	return mails
}

// realMailResult is what the daemon made of the real-world mail.
type realMailResult struct {
	stats   store.Stats
	took    time.Duration
	errLogs []string
}

// runRealMail runs the daemon in-process (pollers, classifier, drafter
// under one context, as serve does) on the config at cfgPath until ready
// holds and every message stored is parsed, classified and drafted (or
// marked done without a draft), and fails the test if it stalls or a
// worker panics. It returns the database's counts after the run.
func runRealMail(t *testing.T, cfgPath string, ready func(store.Stats) bool) realMailResult {
	t.Helper()
	cfg, err := LoadConfig(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), realMailStall)
	defer cancel()
	db, err := store.Open(ctx, cfg.StorePath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	var logs syncWriter
	log := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelWarn}))
	obs := daemon.NewObserver(db, nil)
	d, err := daemon.NewWith(cfg, db, log, obs)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- d.Run(runCtx) }()
	var s store.Stats
	err = waitFor(ctx, 100*time.Millisecond, func() (bool, error) {
		if s, err = db.Stats(ctx); err != nil {
			return false, err
		}
		if !ready(s) || s.Unparsed+s.Unclassified > 0 {
			return false, nil
		}
		pend, err := db.Undrafted(ctx, 1)
		return len(pend) == 0, err
	})
	took := time.Since(start)
	stop()
	if rerr := <-done; rerr != nil {
		t.Errorf("daemon: %v", rerr)
	}
	if err != nil {
		t.Fatalf("the daemon stalled: after %v, %d stored, IMAP position %+v, %d unparsed, %d unclassified: %v",
			took.Round(time.Second), s.Messages, s.Cursors, s.Unparsed, s.Unclassified, err)
	}
	if s, err = db.Stats(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"poller", "classifier", "drafter"} {
		if n := testCounter(t, obs, "aftersale_worker_panics_total", w); n != 0 {
			t.Errorf("the %s panicked %v times", w, n)
		}
	}
	var errLogs []string
	for _, l := range strings.Split(logs.String(), "\n") {
		if strings.Contains(l, `"level":"ERROR"`) {
			errLogs = append(errLogs, l)
		}
	}
	return realMailResult{stats: s, took: took, errLogs: errLogs}
}

// syncWriter is a bytes.Buffer the daemon's goroutines may write to at
// once.
type syncWriter struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (w *syncWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *syncWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

// checkRealMail reports the numbers and fails on more than
// realMailMaxDrafts proposed drafts.
func checkRealMail(t *testing.T, r realMailResult, n int) {
	t.Helper()
	s := r.stats
	t.Logf("real-world mail: %d mails, %d stored (mail repeating a stored Message-ID is skipped) in %v: %d proposed drafts, %d not buyer mail (%d phishing), drafts %s, cases %s, parse failures %d, needs human %d",
		n, s.Messages, r.took.Round(10*time.Millisecond), s.Drafts[aftersale.DraftProposed], s.NotBuyer, s.Phishing,
		report.NonZero(s.Drafts), report.NonZero(s.Classified), s.ParseFailures, s.NeedsHuman)
	if s.Messages < n*3/4 {
		t.Errorf("%d of %d mails stored, want most of them (the rest repeat a Message-ID)", s.Messages, n)
	}
	if p := s.Drafts[aftersale.DraftProposed]; p > realMailMaxDrafts {
		t.Errorf("%d proposed drafts, want at most %d: none of this mail is from a buyer", p, realMailMaxDrafts)
	}
	for _, l := range r.errLogs {
		t.Errorf("error logged: %s", l)
	}
}

// TestRealMailNoDrafts stores the 770 real-world mails as the poller
// would (raw bytes first) and runs the daemon: the poller's parser, the
// classifier, the decisions and the drafter, with a real database. At most
// realMailMaxDrafts proposed drafts, nothing stalls, no worker panics, no
// error is logged. (The embedded IMAP server is only the account's
// mailbox here, empty: it cannot serve some of these mails byte for byte;
// TestRealMailDovecot fetches them from Dovecot.)
func TestRealMailNoDrafts(t *testing.T) {
	mails := loadRealMail(t)
	imapSrv, sink := startPeers(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "imap-password"), []byte(imapSrv.Password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "aftersale.toml")
	if err := os.WriteFile(cfg, []byte(demoConfig(imapSrv, sink)), 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(t.Context(), filepath.Join(dir, "aftersale.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	raws := make([]store.RawMessage, len(mails))
	for i, m := range mails {
		raws[i] = store.RawMessage{Account: "demo", Folder: "INBOX", UIDValidity: 1, UID: uint32(i + 1), Raw: m, InternalDate: time.Now()}
	}
	if _, err := db.InsertRawMessages(t.Context(), raws); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	r := runRealMail(t, cfg, func(s store.Stats) bool { return s.Messages == len(mails) })
	checkRealMail(t, r, len(mails))
	if r.stats.ParseFailures != 0 {
		t.Errorf("%d parse failures, want none", r.stats.ParseFailures)
	}
}

// TestRealMailDovecot is TestRealMailNoDrafts against a real Dovecot
// (needs dovecot-imapd and root; AFTERSALE_TEST_DOVECOT=1 makes it
// mandatory).
func TestRealMailDovecot(t *testing.T) {
	mails := loadRealMail(t)
	srv := dovecot.Start(t, map[string]string{"alice": "secret"})
	sink, err := smtpsink.Start("127.0.0.1:0", smtpsink.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sink.Close() })
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "imap-password"), []byte("secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "aftersale.toml")
	conf := fmt.Sprintf(`[store]
path = "aftersale.db"

[[account]]
name = "shop"
host = "127.0.0.1"
port = %d
tls = "plain"
username = "alice"
password_file = "imap-password"

[smtp]
host = "127.0.0.1"
port = %d
tls = "plain"
from = "support@real-mail.example"
`, srv.Port, sink.Port())
	if err := os.WriteFile(cfg, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	srv.Append(t, "alice", "INBOX", time.Now(), mails...)
	// Mail repeating a Message-ID already stored is skipped: the IMAP
	// position, not the count stored, says when all was read.
	r := runRealMail(t, cfg, func(s store.Stats) bool { return len(s.Cursors) == 1 && s.Cursors[0].LastUID >= uint32(len(mails)) })
	checkRealMail(t, r, len(mails))
}

// testCounter reads one labelled counter from the observer's registry.
func testCounter(t *testing.T, o *daemon.Observer, name, label string) float64 {
	t.Helper()
	v, err := testutil.Counter(o.Gatherer(), name, label)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
