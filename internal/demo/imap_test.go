package demo

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

func startIMAP(t *testing.T) *IMAPServer {
	t.Helper()
	s, err := StartIMAP("127.0.0.1:0")
	if err != nil {
		t.Fatalf("StartIMAP: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

func login(t *testing.T, s *IMAPServer, opts *imapclient.Options) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(s.Addr, opts)
	if err != nil {
		t.Fatalf("dial %s: %v", s.Addr, err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Login(s.Username, s.Password).Wait(); err != nil {
		t.Fatalf("login: %v", err)
	}
	return c
}

func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

const newMail = "Date: Thu, 26 Nov 2026 12:00:00 +0000\r\n" +
	"From: \"Nina - Amazon Marketplace\" <n1n4x7q2w9e5r3t@marketplace.amazon.com>\r\n" +
	"To: seller@example.com\r\n" +
	"Message-ID: <new-mail-1@email.amazonses.com>\r\n" +
	"Subject: Inquiry from Amazon customer Nina (Order: 113-4829156-7730241)\r\n" +
	"MIME-Version: 1.0\r\n" +
	"Content-Type: text/plain; charset=UTF-8\r\n" +
	"\r\n" +
	"Order ID: 113-4829156-7730241\r\n\r\nMessage:\r\n\r\nAny news?\r\n\r\nView message\r\n"

func TestSeedDemo(t *testing.T) {
	s := startIMAP(t)
	ctx := testCtx(t)
	n, err := s.SeedDemo(ctx)
	if err != nil {
		t.Fatalf("SeedDemo: %v", err)
	}
	ms := mustMails(t)
	if n != len(ms) {
		t.Fatalf("SeedDemo = %d, want %d", n, len(ms))
	}

	c := login(t, s, nil)
	sd, err := c.Select("INBOX", nil).Wait()
	if err != nil {
		t.Fatalf("select INBOX: %v", err)
	}
	if sd.NumMessages != uint32(n) {
		t.Errorf("INBOX has %d messages, want %d", sd.NumMessages, n)
	}

	// The bytes come back as embedded but for the Date header, which SeedDemo
	// moves into the last 30 hours; INTERNALDATE matches it.
	section := &imap.FetchItemBodySection{Peek: true}
	var all imap.SeqSet
	all.AddRange(1, uint32(n))
	bufs, err := c.Fetch(all, &imap.FetchOptions{
		InternalDate: true, BodySection: []*imap.FetchItemBodySection{section},
	}).Collect()
	if err != nil {
		t.Fatalf("fetch: %v", err)
	}
	if len(bufs) != n {
		t.Fatalf("fetched %d messages, want %d", len(bufs), n)
	}
	now := time.Now()
	var prev time.Time
	for _, b := range bufs {
		m := ms[b.SeqNum-1]
		got := b.FindBodySection(section)
		date := mailDate(got)
		if want := withDate(m.Raw, date); !bytes.Equal(got, want) {
			t.Errorf("message %d (%s): fetched bytes differ from the embedded ones beyond the Date header", b.SeqNum, m.Name)
		}
		if !b.InternalDate.Equal(date) {
			t.Errorf("message %d (%s): INTERNALDATE %v, want the Date header %v", b.SeqNum, m.Name, b.InternalDate, date)
		}
		if date.Before(now.Add(-31*time.Hour)) || date.After(now) {
			t.Errorf("message %d (%s): date %v not within the last 30 hours", b.SeqNum, m.Name, date)
		}
		if orig := mailDate(m.Raw); !prev.IsZero() && orig.After(mailDate(ms[b.SeqNum-2].Raw)) && date.Before(prev) {
			t.Errorf("message %d (%s): order of dates not kept", b.SeqNum, m.Name)
		}
		prev = date
	}
}

func TestAppendVisible(t *testing.T) {
	s := startIMAP(t)
	ctx := testCtx(t)

	// A client idling on INBOX hears about the new message.
	exists := make(chan uint32, 4)
	c := login(t, s, &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages != nil {
					exists <- *d.NumMessages
				}
			},
		},
	})
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatalf("select: %v", err)
	}
	idle, err := c.Idle()
	if err != nil {
		t.Fatalf("idle: %v", err)
	}

	date := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	if err := s.Append(ctx, "INBOX", []byte(newMail), date); err != nil {
		t.Fatalf("Append: %v", err)
	}
	// imapserver's IDLE has a short window after "+ idling" in which an
	// update is queued but not pushed until the next one; a second Append
	// after two seconds flushes it (see mailbox's appendAndWait).
	nudge := time.NewTimer(2 * time.Second)
	defer nudge.Stop()
wait:
	for {
		select {
		case got := <-exists:
			if got != 1 && got != 2 {
				t.Errorf("EXISTS %d, want 1 (or 2 after the nudge)", got)
			}
			break wait
		case <-nudge.C:
			if err := s.Append(ctx, "INBOX", []byte(newMail), date); err != nil {
				t.Fatalf("second Append: %v", err)
			}
		case <-ctx.Done():
			t.Fatal("no EXISTS while idling after Append")
		}
	}
	if err := idle.Close(); err != nil {
		t.Fatalf("idle close: %v", err)
	}
	if err := idle.Wait(); err != nil {
		t.Fatalf("idle wait: %v", err)
	}

	// Another folder is created on first use.
	if err := s.Append(ctx, "Archive", []byte(newMail), time.Time{}); err != nil {
		t.Fatalf("Append to a new folder: %v", err)
	}
	if err := s.Append(ctx, "Archive", []byte(newMail), time.Time{}); err != nil {
		t.Fatalf("second Append to the folder: %v", err)
	}
	st, err := c.Status("Archive", &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		t.Fatalf("status Archive: %v", err)
	}
	if st.NumMessages == nil || *st.NumMessages != 2 {
		t.Errorf("Archive has %v messages, want 2", st.NumMessages)
	}
}

func TestAppendCancelled(t *testing.T) {
	s := startIMAP(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := s.Append(ctx, "INBOX", []byte(newMail), time.Time{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Append with a cancelled ctx = %v, want context.Canceled", err)
	}
}

func TestWrongPassword(t *testing.T) {
	s := startIMAP(t)
	c, err := imapclient.DialInsecure(s.Addr, nil)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer c.Close()
	if err := c.Login(s.Username, "wrong").Wait(); err == nil {
		t.Error("login with a wrong password succeeded")
	}
}

func TestCloseTwice(t *testing.T) {
	s, err := StartIMAP("127.0.0.1:0")
	if err != nil {
		t.Fatalf("StartIMAP: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close = %v, want nil", err)
	}
}
