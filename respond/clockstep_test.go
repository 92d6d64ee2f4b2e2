package respond

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
)

const stepAlias = "6bmcx2l1t7cwrwb@marketplace.amazon.de"

// flakyMailer fails the first fails sends with a temporary SMTP error and
// hands the others to m.
type flakyMailer struct {
	m     Mailer
	mu    sync.Mutex
	fails int
}

func (f *flakyMailer) Send(ctx context.Context, o Outgoing) (string, error) {
	f.mu.Lock()
	fail := f.fails > 0
	f.fails--
	f.mu.Unlock()
	if fail {
		return "", errors.New("451 4.3.0 try again later")
	}
	return f.m.Send(ctx, o)
}

// syncLog is a log buffer safe for concurrent writes.
type syncLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *syncLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *syncLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

func debugLog(l *syncLog) *slog.Logger {
	return slog.New(slog.NewTextHandler(l, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// sendsWithin runs s until it sends a reply or 10 s pass and returns how
// many it sent.
func sendsWithin(t *testing.T, s *Sender) int {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		n, err := s.RunOnce(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n > 0 || time.Now().After(deadline) {
			return n
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestSenderClockStepBack: when the wall clock goes back a day, sending
// goes on. The rate limits count this process's sends by their real
// (monotonic) age, so the reply just sent still holds the next one until
// min_gap or the window has really passed; a new process leaves the
// replies the sent log dates in the future out; a retry goes out when its
// backoff has passed on the monotonic clock, or at once after a restart
// when its stored time lies beyond the longest backoff. The clock going
// back is logged once, as is a rate-limit hold.
func TestSenderClockStepBack(t *testing.T) {
	limits := []struct {
		name string
		opts SenderOptions
	}{
		{"min_gap", SenderOptions{MinGap: 2 * time.Second}},
		{"rate_limit", SenderOptions{RateLimit: 1, RateWindow: 2 * time.Second}},
	}
	for _, tt := range limits {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			sink := startSink(t)
			for range 3 {
				e.approvedDraft(stepAlias)
			}
			lg := &syncLog{}
			o := tt.opts
			o.From, o.Now = "service@shop.example", e.clock.Now
			s := NewSender(e.db, sinkMailer(sink), o, debugLog(lg))
			if n, err := s.RunOnce(e.ctx); err != nil || n != 1 {
				t.Fatalf("RunOnce = %d, %v; want 1 (then held by %s)", n, err, tt.name)
			}
			e.clock.Add(-24 * time.Hour)
			if n, err := s.RunOnce(e.ctx); err != nil || n != 0 {
				t.Fatalf("RunOnce right after the clock went back = %d, %v; want 0: the reply sent a moment ago still counts", n, err)
			}
			if n := sendsWithin(t, s); n != 1 {
				t.Fatalf("sending stalled after the clock went back a day: %d sent", n)
			}
			logs := lg.String()
			if n := strings.Count(logs, `msg="the clock went back"`); n != 1 {
				t.Errorf("%d warnings that the clock went back, want 1:\n%s", n, logs)
			}
			if !strings.Contains(logs, "msg=\"sending held\" component=sender account=shop reason="+tt.name) {
				t.Errorf("the hold by %s was not logged:\n%s", tt.name, logs)
			}
		})
		t.Run(tt.name+" after restart", func(t *testing.T) {
			e := newEnv(t)
			sink := startSink(t)
			for range 2 {
				e.approvedDraft(stepAlias)
			}
			o := tt.opts
			o.From, o.Now = "service@shop.example", e.clock.Now
			if n, err := NewSender(e.db, sinkMailer(sink), o, nil).RunOnce(e.ctx); err != nil || n != 1 {
				t.Fatalf("RunOnce = %d, %v; want 1", n, err)
			}
			e.clock.Add(-24 * time.Hour)
			// A new process cannot tell when the reply dated a day ahead
			// really went out: it leaves it out rather than wait a day.
			if n, err := NewSender(e.db, sinkMailer(sink), o, nil).RunOnce(e.ctx); err != nil || n != 1 {
				t.Fatalf("RunOnce after a restart = %d, %v; want 1", n, err)
			}
		})
	}

	t.Run("retry", func(t *testing.T) {
		e := newEnv(t)
		sink := startSink(t)
		e.approvedDraft(stepAlias)
		m := &flakyMailer{m: sinkMailer(sink), fails: 1}
		// The first backoff is short, the longest an hour.
		o := SenderOptions{From: "service@shop.example", Now: e.clock.Now, Backoff: func(a int) time.Duration {
			if a == 1 {
				return 300 * time.Millisecond
			}
			return time.Hour
		}}
		s := NewSender(e.db, m, o, nil)
		if n, err := s.RunOnce(e.ctx); err != nil || n != 0 {
			t.Fatalf("RunOnce = %d, %v; want a temporary failure", n, err)
		}
		// Ten minutes back: by the clock the retry is ten minutes away,
		// less than the longest backoff.
		e.clock.Add(-10 * time.Minute)
		if n := sendsWithin(t, s); n != 1 {
			t.Fatalf("the retry did not go out once its backoff had passed: %d sent", n)
		}
	})

	t.Run("retry after restart", func(t *testing.T) {
		e := newEnv(t)
		sink := startSink(t)
		e.approvedDraft(stepAlias)
		o := SenderOptions{From: "service@shop.example", Now: e.clock.Now, Backoff: func(int) time.Duration { return time.Minute }}
		if n, err := NewSender(e.db, &flakyMailer{m: sinkMailer(sink), fails: 1}, o, nil).RunOnce(e.ctx); err != nil || n != 0 {
			t.Fatalf("RunOnce = %d, %v; want a temporary failure", n, err)
		}
		e.clock.Add(-2 * time.Hour)
		lg := &syncLog{}
		s := NewSender(e.db, sinkMailer(sink), o, debugLog(lg))
		hs, err := s.Holds(e.ctx)
		if err != nil || len(hs) != 1 || hs[0].Reason != HoldClockBehind || hs[0].Drafts != 1 {
			t.Errorf("Holds = %+v, %v; want the retry time beyond the longest backoff", hs, err)
		}
		if n, err := s.RunOnce(e.ctx); err != nil || n != 1 {
			t.Fatalf("RunOnce after a restart = %d, %v; want the retry, whose time lies two hours ahead, sent", n, err)
		}
		if !strings.Contains(lg.String(), "the clock went back") {
			t.Errorf("no warning that the clock went back:\n%s", lg)
		}
	})
}

// TestSenderHolds: Holds names the rate limit, the minimum gap and a
// retry's wait with the drafts held and when sending may go on.
func TestSenderHolds(t *testing.T) {
	e := newEnv(t)
	sink := startSink(t)
	for range 3 {
		e.approvedDraft(stepAlias)
	}
	o := SenderOptions{From: "service@shop.example", Now: e.clock.Now, RateLimit: 1, RateWindow: time.Hour}
	s := NewSender(e.db, sinkMailer(sink), o, nil)
	if n, err := s.RunOnce(e.ctx); err != nil || n != 1 {
		t.Fatalf("RunOnce = %d, %v; want 1", n, err)
	}
	sentAt := e.clock.Now()
	e.clock.Add(10 * time.Minute)
	// What "aftersale status" sees: a Sender that never ran.
	hs, err := NewSender(e.db, nil, o, nil).Holds(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != 1 || hs[0].Reason != HoldRateLimit || hs[0].Account != "shop" || hs[0].Drafts != 2 ||
		!hs[0].Until.Equal(sentAt.Add(time.Hour)) || !strings.Contains(hs[0].Detail, "1 reply sent in the last 1h ([sender] rate_limit 1 per 1h)") {
		t.Errorf("Holds = %+v, want shop held by rate_limit until %v", hs, sentAt.Add(time.Hour))
	}
	// A temporary failure: the draft waits for its retry.
	f := &flakyMailer{m: sinkMailer(sink), fails: 1}
	o2 := SenderOptions{From: "service@shop.example", Now: e.clock.Now, Backoff: func(int) time.Duration { return 5 * time.Minute }}
	if _, err := NewSender(e.db, f, o2, nil).RunOnce(e.ctx); err != nil {
		t.Fatal(err)
	}
	hs, _ = NewSender(e.db, nil, o2, nil).Holds(e.ctx)
	var retry *Hold
	for i := range hs {
		if hs[i].Reason == HoldRetry {
			retry = &hs[i]
		}
	}
	if retry == nil || retry.Drafts != 1 || !retry.Until.Equal(e.clock.Now().Add(5*time.Minute)) {
		t.Errorf("Holds after a temporary failure = %+v, want one draft waiting for its retry", hs)
	}
}

// TestSenderKeepsNoMarksWithoutLimits: without rate_limit or min_gap the
// sender keeps no record of its sends (nothing would ever prune it).
func TestSenderKeepsNoMarksWithoutLimits(t *testing.T) {
	e := newEnv(t)
	sink := startSink(t)
	for range 3 {
		e.approvedDraft(stepAlias)
	}
	s := NewSender(e.db, sinkMailer(sink), SenderOptions{From: "service@shop.example", Now: e.clock.Now}, nil)
	if n, err := s.RunOnce(e.ctx); err != nil || n != 3 {
		t.Fatalf("RunOnce = %d, %v; want 3", n, err)
	}
	if n := len(s.sent); n != 0 {
		t.Errorf("%d accounts with send marks kept, want none", n)
	}
}
