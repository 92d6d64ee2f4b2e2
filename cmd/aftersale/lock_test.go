package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/aftersale/aftersale/store"
)

// TestServeOnceRefusedWhileLocked: "serve --once" takes the daemon lock
// too; while another process holds it, it exits 1 naming the holder and
// touches nothing (no mail fetched, no send recovered).
func TestServeOnceRefusedWhileLocked(t *testing.T) {
	e := newE2E(t)
	if err := e.imap.Append(t.Context(), "INBOX", []byte(buyerMail), time.Now()); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(filepath.Dir(e.cfg), "aftersale.db")
	l, err := store.LockDaemon(db, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	host, _ := os.Hostname()
	for _, args := range [][]string{{"serve", "--once"}, {"serve"}} {
		// A serve that is not refused stops after a few seconds.
		ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
		var out, errb bytes.Buffer
		code := run(ctx, append([]string{"--config", e.cfg}, args...), strings.NewReader(""), &out, &errb)
		cancel()
		errs := errb.String()
		if code != 1 || !strings.Contains(errs, "in use by another aftersale daemon") ||
			!strings.Contains(errs, fmt.Sprintf("pid %d on host %s", os.Getpid(), host)) || !strings.Contains(errs, "hint:") {
			t.Errorf("%v while locked: exit %d, stderr:\n%s\nwant exit 1 naming pid %d on host %s, with a hint", args, code, errs, os.Getpid(), host)
		}
	}
	if q := e.queue(t, "--all"); len(q.Drafts) != 0 {
		t.Errorf("a refused serve drafted %d messages", len(q.Drafts))
	}
	l.Release()
	mustCLI(t, "--config", e.cfg, "serve", "--once")
	if q := e.queue(t); len(q.Drafts) != 1 {
		t.Errorf("serve --once after the lock was released drafted %d messages, want 1", len(q.Drafts))
	}
}

// TestTwoDaemonsOneDatabase: two daemons started at once on one database:
// one runs, the other exits 1 at once naming the first one's pid, before
// it touches the database (no false send_unknown recovery). The one that
// runs stops cleanly.
func TestTwoDaemonsOneDatabase(t *testing.T) {
	e := newE2E(t)
	a := startDaemon(t, "--config", e.cfg, "serve")
	b := startDaemon(t, "--config", e.cfg, "serve")
	won := oneRefused(t, a, b)
	won.waitNotify(t, "READY=1")
	won.signal(t, syscall.SIGTERM)
	if code := won.wait(t); code != 0 {
		t.Errorf("the running daemon exited %d after SIGTERM:\n%s", code, won.logs())
	}
}

// oneRefused waits until one of two daemons started at once exits, checks
// that it refused because the other holds the lock (naming its pid) and
// did no work, and returns the other one, which runs.
func oneRefused(t *testing.T, a, b *daemonProc) *daemonProc {
	t.Helper()
	var lost, won *daemonProc
	select {
	case <-a.exited:
		lost, won = a, b
	case <-b.exited:
		lost, won = b, a
	case <-time.After(60 * time.Second):
		t.Fatalf("both daemons still run after 60s:\n%s\n---\n%s", a.logs(), b.logs())
	}
	want := fmt.Sprintf("in use by another aftersale daemon (pid %d on host", won.cmd.Process.Pid)
	if lost.code != 1 || !strings.Contains(lost.logs(), want) {
		t.Errorf("the second daemon exited %d, want 1 with %q:\n%s", lost.code, want, lost.logs())
	}
	if strings.Contains(lost.logs(), "send_unknown") || strings.Contains(lost.logs(), "aftersale running") {
		t.Errorf("the refused daemon started working:\n%s", lost.logs())
	}
	return won
}
