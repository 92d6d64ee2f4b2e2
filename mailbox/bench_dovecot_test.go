package mailbox_test

import (
	"bufio"
	"context"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/internal/benchmail"
	"github.com/aftersale/aftersale/internal/dovecot"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// Benchmarks against a real Dovecot over loopback (skipped without it).
// Run them with:
//
//	go test -run='^$' -bench=Dovecot -benchtime=1x ./mailbox
//
// BenchmarkDovecotIngest reports, for 10,000 buyer messages: raw_msg/s
// (UID FETCH 1:* BODY.PEEK[] streamed, bytes only), e2e_msg/s (fetch →
// store → parse → classify → draft with the real packages), their ratio,
// the per-stage rates and the peak RSS of the e2e part.
// BenchmarkDovecotAppendToDraft reports the time from APPEND to a stored
// draft with the daemon's workers running under IDLE.

const benchMessages = 10000

func seed(b *testing.B, s *dovecot.Server, n int) {
	b.Helper()
	const chunk = 1000
	for i := 0; i < n; i += chunk {
		msgs := make([][]byte, 0, chunk)
		for j := i; j < min(i+chunk, n); j++ {
			msgs = append(msgs, benchmail.Mail(j))
		}
		s.Append(b, "alice", "INBOX", time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC), msgs...)
	}
}

// rawFetch streams every message of INBOX and returns the count and bytes.
func rawFetch(b *testing.B, s *dovecot.Server) (int, int64) {
	b.Helper()
	c := s.Login(b, "alice")
	defer func() { c.Logout().Wait() }()
	if _, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		b.Fatal(err)
	}
	var set imap.UIDSet
	set.AddRange(1, 0)
	cmd := c.Fetch(set, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{{Peek: true}}})
	n, size := 0, int64(0)
	for m := cmd.Next(); m != nil; m = cmd.Next() {
		for it := m.Next(); it != nil; it = m.Next() {
			if bs, ok := it.(imapclient.FetchItemDataBodySection); ok {
				k, _ := io.Copy(io.Discard, bs.Literal)
				size += k
			}
		}
		n++
	}
	if err := cmd.Close(); err != nil {
		b.Fatal(err)
	}
	return n, size
}

// rss returns the peak resident set (VmHWM) of this process in MiB.
func rss() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

// resetPeakRSS restarts VmHWM at the current RSS (Linux clear_refs 5).
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

func pollerFor(s *dovecot.Server, db *store.DB, edit func(*mailbox.Options)) *mailbox.Poller {
	o := mailbox.Options{
		Account: "bench", Host: s.Host, Port: s.Port, TLS: mailbox.TLSPlain, Username: "alice",
		Password: func(context.Context) (string, error) { return "secret", nil },
	}
	if edit != nil {
		edit(&o)
	}
	return mailbox.NewPoller(db, o, nil)
}

func BenchmarkDovecotIngest(b *testing.B) {
	s := dovecot.Start(b, map[string]string{"alice": "secret"})
	seed(b, s, benchMessages)
	cl, err := classify.New(classify.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var raw, e2e, fetchStore, classifyT, draftT time.Duration
	var peak float64
	b.ResetTimer()
	for b.Loop() {
		t := time.Now()
		n, _ := rawFetch(b, s)
		raw += time.Since(t)
		if n != benchMessages {
			b.Fatalf("raw fetch got %d messages, want %d", n, benchMessages)
		}

		b.StopTimer()
		db := store.MustOpenTest(b)
		w := classify.NewWorker(db, cl, classify.WorkerOptions{Batch: 500}, nil)
		d := respond.NewDrafter(db, respond.Settings{SellerName: "Bench Shop", SellerLanguage: "en"}, nil)
		p := pollerFor(s, db, nil)
		resetPeakRSS()
		b.StartTimer()

		t = time.Now()
		stored, err := p.PollOnce(ctx)
		if err != nil || stored != benchMessages {
			b.Fatalf("PollOnce = %d, %v; want %d", stored, err, benchMessages)
		}
		t1 := time.Now()
		classified := 0
		for {
			k, err := w.RunOnce(ctx)
			if err != nil {
				b.Fatal(err)
			}
			if k == 0 {
				break
			}
			classified += k
		}
		t2 := time.Now()
		drafted, err := d.RunOnce(ctx)
		if err != nil {
			b.Fatal(err)
		}
		t3 := time.Now()
		fetchStore += t1.Sub(t)
		classifyT += t2.Sub(t1)
		draftT += t3.Sub(t2)
		e2e += t3.Sub(t)
		peak = max(peak, rss())
		if classified != benchMessages || drafted != benchMessages {
			b.Fatalf("classified %d, drafted %d; want %d each", classified, drafted, benchMessages)
		}
	}
	total := float64(b.N * benchMessages)
	b.ReportMetric(total/raw.Seconds(), "raw_msg/s")
	b.ReportMetric(total/e2e.Seconds(), "e2e_msg/s")
	b.ReportMetric(raw.Seconds()/e2e.Seconds(), "e2e/raw")
	b.ReportMetric(total/fetchStore.Seconds(), "fetch+store+parse_msg/s")
	b.ReportMetric(total/classifyT.Seconds(), "classify_msg/s")
	b.ReportMetric(total/draftT.Seconds(), "draft_msg/s")
	b.ReportMetric(peak, "peak_rss_MiB")
}

// BenchmarkDovecotAppendToDraft: one op is one APPEND by another client
// until the draft for it is stored, with poller (IDLE), classifier and
// drafter running as in the daemon. Dovecot's own notify delay (about
// 0.5 s, docs/dependencies.md) is part of it.
func BenchmarkDovecotAppendToDraft(b *testing.B) {
	s := dovecot.Start(b, map[string]string{"alice": "secret"})
	seed(b, s, 1000) // not an empty mailbox
	cl, err := classify.New(classify.Options{})
	if err != nil {
		b.Fatal(err)
	}
	db := store.MustOpenTest(b)
	d := respond.NewDrafter(db, respond.Settings{SellerName: "Bench Shop", SellerLanguage: "en"}, nil)
	w := classify.NewWorker(db, cl, classify.WorkerOptions{OnClassified: d.Kick}, nil)
	p := pollerFor(s, db, func(o *mailbox.Options) { o.PollInterval = time.Hour; o.OnStored = w.Kick })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for _, run := range []func(context.Context) error{p.Run, w.Run, d.Run} {
		go func() { _ = run(ctx) }()
	}
	drafts := func() int {
		n, err := db.Counts(ctx)
		if err != nil {
			b.Fatal(err)
		}
		total := 0
		for _, k := range n {
			total += k
		}
		return total
	}
	waitDrafts := func(want int) {
		deadline := time.Now().Add(2 * time.Minute)
		for drafts() < want {
			if time.Now().After(deadline) {
				b.Fatalf("%d drafts after 2 minutes, want %d", drafts(), want)
			}
			time.Sleep(2 * time.Millisecond) // a benchmark probe, not product code
		}
	}
	waitDrafts(1000)
	time.Sleep(200 * time.Millisecond) // let the poller enter IDLE
	c := s.Login(b, "alice")
	var lat time.Duration
	i := 1000
	b.ResetTimer()
	for b.Loop() {
		msg := benchmail.Mail(1_000_000 + i)
		i++
		t := time.Now()
		a := c.Append("INBOX", int64(len(msg)), nil)
		a.Write(msg)
		a.Close()
		if _, err := a.Wait(); err != nil {
			b.Fatal(err)
		}
		waitDrafts(i)
		lat += time.Since(t)
	}
	b.ReportMetric(float64(lat.Milliseconds())/float64(b.N), "ms_append_to_draft")
	cancel()
}
