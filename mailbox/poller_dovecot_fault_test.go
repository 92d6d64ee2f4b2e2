package mailbox

import (
	"context"
	"testing"
	"time"

	"github.com/aftersale/aftersale/internal/dovecot"
)

// TestDovecotRestartMidIdle stops Dovecot while the poller idles, keeps it
// down across a failed reconnect, and starts it again: the poller
// reconnects with backoff, returns to IDLE, and mail that arrives next is
// stored exactly once with the cursor following it.
func TestDovecotRestartMidIdle(t *testing.T) {
	s := dovecot.Start(t, dovecotUsers)
	s.Append(t, "alice", "INBOX", t0, mails(1, 3)...)
	notify, storedCh := signal()
	p, db, lg := dovecotPoller(t, s, "alice", nil, func(o *Options) {
		o.PollInterval = time.Hour // only IDLE (or a reconnect) can find new mail
		o.OnStored = notify
	})
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("poller log:\n%s", lg)
		}
	})
	ctx, cancel := context.WithCancel(context.Background())
	done, idling := runPoller(t, ctx, p)
	defer stopRun(t, cancel, done)

	waitFor(t, idling, "IDLE to start")
	waitStored(t, db, storedCh, 3)
	s.Stop()
	// Down long enough for the IDLE connection to drop and a reconnect to
	// fail (the first retry is after one second).
	deadline := time.After(30 * time.Second)
	for p.State().Connected || p.State().LastErr == "" {
		select {
		case <-deadline:
			t.Fatalf("poller state %+v: the stop was not noticed", p.State())
		case <-time.After(20 * time.Millisecond):
		}
	}
	if err := s.Restart(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, idling, "IDLE after the reconnect")
	s.Append(t, "alice", "INBOX", t0, mails(4, 5)...)
	waitStored(t, db, storedCh, 5)

	for id, n := range messageIDs(t, db) {
		if n != 1 {
			t.Errorf("%s stored %d times, want once", id, n)
		}
	}
	if got := len(stored(t, db)); got != 5 {
		t.Errorf("%d messages stored, want 5", got)
	}
	if c := accountCursor(t, db, "acct-alice", "INBOX"); c.LastUID != 5 {
		t.Errorf("cursor = %+v, want LastUID 5", c)
	}
}
