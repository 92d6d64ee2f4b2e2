package mailbox_test

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/internal/benchmail"
	"github.com/aftersale/aftersale/internal/dovecot"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// Load and soak tests, run by make reliability against a real
// Dovecot. They report figures with t.Logf and assert only what does not
// depend on the machine's speed: nothing lost, nothing stored twice, an
// idle check of the big mailbox costing a constant number of IMAP
// commands, and no growth of goroutines, heap or file descriptors.
//
//	AFTERSALE_RELIABILITY=1 go test -run TestDovecotLoad -v -timeout 2h ./mailbox
//	AFTERSALE_SOAK=1 AFTERSALE_SOAK_DURATION=30m go test -run TestDovecotSoak -v -timeout 2h ./mailbox

// procStatus returns a field of /proc/self/status in MiB (kB fields).
func procStatus(field string) float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), field+":"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

// openFDs counts this process's open file descriptors.
func openFDs() int {
	es, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return -1
	}
	return len(es)
}

// pipeline runs the daemon's ingest workers (poller under IDLE, classifier,
// drafter) on db until ctx ends.
func pipeline(ctx context.Context, tb testing.TB, s *dovecot.Server, db *store.DB) *sync.WaitGroup {
	tb.Helper()
	cl, err := classify.New(classify.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	d := respond.NewDrafter(db, respond.Settings{SellerName: "Load Shop", SellerLanguage: "en"}, nil)
	w := classify.NewWorker(db, cl, classify.WorkerOptions{OnClassified: d.Kick, Batch: 200}, nil)
	p := pollerFor(s, db, func(o *mailbox.Options) { o.PollInterval = time.Minute; o.OnStored = w.Kick })
	var wg sync.WaitGroup
	for _, run := range []func(context.Context) error{p.Run, w.Run, d.Run} {
		wg.Go(func() { _ = run(ctx) })
	}
	return &wg
}

// progress reads how many messages are stored and drafted.
func progress(tb testing.TB, db *store.DB) (stored, drafted int) {
	tb.Helper()
	st, err := db.Stats(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	n, err := db.Counts(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	for _, k := range n {
		drafted += k
	}
	return st.Messages, drafted
}

// seedMailbox appends n bench mails (numbered from first) to alice's
// INBOX, pipelined, in chunks.
func seedMailbox(tb testing.TB, s *dovecot.Server, first, n int) {
	tb.Helper()
	const chunk = 2000
	for i := first; i < first+n; i += chunk {
		msgs := make([][]byte, 0, chunk)
		for j := i; j < min(i+chunk, first+n); j++ {
			msgs = append(msgs, benchmail.Mail(j))
		}
		s.Append(tb, "alice", "INBOX", time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC), msgs...)
	}
}

func TestDovecotLoad(t *testing.T) {
	if os.Getenv("AFTERSALE_RELIABILITY") != "1" {
		t.Skip("AFTERSALE_RELIABILITY=1 runs the 100,000-message load test (make reliability)")
	}
	n := 100000
	if v := os.Getenv("AFTERSALE_LOAD_MESSAGES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n <= 0 {
			t.Fatalf("AFTERSALE_LOAD_MESSAGES=%q: want a positive integer", v)
		}
	}
	s := dovecot.Start(t, map[string]string{"alice": "secret"})
	t0 := time.Now()
	seedMailbox(t, s, 0, n)
	t.Logf("seeded %d messages by pipelined APPEND in %v", n, time.Since(t0).Round(time.Millisecond))

	dbPath := filepath.Join(t.TempDir(), "load.db")
	db, err := store.Open(context.Background(), dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	resetPeakRSS()
	ctx, cancel := context.WithCancel(context.Background())
	start := time.Now()
	var cpu0 = cpuTime()
	wg := pipeline(ctx, t, s, db)
	var allStored time.Duration
	tick := time.NewTicker(time.Second)
	limit := time.After(3 * time.Hour)
	samples := 0
	for {
		var stored, drafted int
		select {
		case <-tick.C:
			stored, drafted = progress(t, db)
		case <-limit:
			cancel()
			t.Fatalf("not done after 3 hours")
		}
		if stored >= n && allStored == 0 {
			allStored = time.Since(start)
		}
		samples++
		if samples%15 == 1 || drafted >= n {
			// As the daemon's checkpointer does (every 5 minutes there).
			if _, err := db.Checkpoint(ctx); err != nil && ctx.Err() == nil {
				t.Errorf("checkpoint: %v", err)
			}
			t.Logf("t=%4.0fs stored %6d drafted %6d rss %6.1f MiB (peak %6.1f) goroutines %d db %.1f MiB wal %.1f MiB",
				time.Since(start).Seconds(), stored, drafted, procStatus("VmRSS"), procStatus("VmHWM"), runtime.NumGoroutine(),
				float64(fileSize(dbPath))/(1<<20), float64(fileSize(dbPath+"-wal"))/(1<<20))
		}
		if drafted >= n {
			break
		}
	}
	total := time.Since(start)
	cpu := cpuTime() - cpu0
	tick.Stop()
	cancel()
	wg.Wait()
	size := fileSize(dbPath) + fileSize(dbPath+"-wal")
	t.Logf("ingested %d messages: all stored after %v (%.0f msg/s), all classified and drafted after %v (%.0f msg/s end to end); process CPU %.1fs (%.2f ms/msg); peak RSS %.1f MiB; database %.1f MiB (%.1f KiB/msg)",
		n, allStored.Round(time.Millisecond), float64(n)/allStored.Seconds(), total.Round(time.Millisecond), float64(n)/total.Seconds(),
		cpu.Seconds(), cpu.Seconds()*1000/float64(n), procStatus("VmHWM"), float64(size)/(1<<20), float64(size)/1024/float64(n))

	// Nothing lost, nothing twice.
	if stored, drafted := progress(t, db); stored != n || drafted != n {
		t.Errorf("stored %d, drafted %d; want %d each", stored, drafted, n)
	}

	// An idle check of the big mailbox: connect, one STATUS, log out.
	commands, bytesOut, took := idlePollCost(t, s, db)
	t.Logf("idle poll of the %d-message mailbox: %d IMAP commands, %d bytes sent, %v", n, commands, bytesOut, took.Round(time.Microsecond))
	if commands > 5 {
		t.Errorf("idle poll sent %d IMAP commands, want a constant handful (login, STATUS, logout)", commands)
	}
	// And the workers' idle passes read only what waits (index scans).
	cl, err := classify.New(classify.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tw := time.Now()
	if k, err := classify.NewWorker(db, cl, classify.WorkerOptions{}, nil).RunOnce(context.Background()); err != nil || k != 0 {
		t.Errorf("idle classifier pass = %d, %v; want 0, nil", k, err)
	}
	if k, err := respond.NewDrafter(db, respond.Settings{}, nil).RunOnce(context.Background()); err != nil || k != 0 {
		t.Errorf("idle drafter pass = %d, %v; want 0, nil", k, err)
	}
	t.Logf("idle classifier and drafter passes over %d messages: %v", n, time.Since(tw).Round(time.Microsecond))
}

// idlePollCost runs one PollOnce with nothing new through a proxy that
// counts the client's IMAP commands.
func idlePollCost(t *testing.T, s *dovecot.Server, db *store.DB) (commands int, bytesOut int64, took time.Duration) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var lines, out atomic.Int64
	done := make(chan struct{})
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		up, err := net.Dial("tcp", s.Addr())
		if err != nil {
			return
		}
		defer up.Close()
		go io.Copy(c, up)
		buf := make([]byte, 4096)
		for {
			k, err := c.Read(buf)
			if k > 0 {
				out.Add(int64(k))
				lines.Add(int64(bytes.Count(buf[:k], []byte("\r\n"))))
				if _, werr := up.Write(buf[:k]); werr != nil {
					return
				}
			}
			if err != nil {
				return
			}
		}
	}()
	p := mailbox.NewPoller(db, mailbox.Options{
		Account: "bench", Host: "127.0.0.1", Port: ln.Addr().(*net.TCPAddr).Port, TLS: mailbox.TLSPlain, Username: "alice",
		Password: func(context.Context) (string, error) { return "secret", nil },
	}, nil)
	start := time.Now()
	k, err := p.PollOnce(context.Background())
	took = time.Since(start)
	if err != nil || k != 0 {
		t.Fatalf("idle PollOnce = %d, %v; want 0, nil", k, err)
	}
	<-done
	return int(lines.Load()), out.Load(), took
}

func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

// TestDovecotSoak runs the pipeline with mail arriving continuously for
// AFTERSALE_SOAK_DURATION (default 30m) and checks that goroutines, heap
// and open file descriptors do not grow, and that every message is stored
// and drafted once. Only AFTERSALE_SOAK=1 runs it; CI never does.
func TestDovecotSoak(t *testing.T) {
	if os.Getenv("AFTERSALE_SOAK") != "1" {
		t.Skip("AFTERSALE_SOAK=1 runs the soak test (AFTERSALE_SOAK_DURATION, default 30m)")
	}
	dur := 30 * time.Minute
	if v := os.Getenv("AFTERSALE_SOAK_DURATION"); v != "" {
		var err error
		if dur, err = time.ParseDuration(v); err != nil || dur <= 0 {
			t.Fatalf("AFTERSALE_SOAK_DURATION=%q: want a duration such as 30m", v)
		}
	}
	s := dovecot.Start(t, map[string]string{"alice": "secret"})
	seedMailbox(t, s, 0, 1000)
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "soak.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx, cancel := context.WithCancel(context.Background())
	wg := pipeline(ctx, t, s, db)

	// Mail arrives continuously: a small burst every 200 ms from another
	// client, as a busy seller's inbox would see it.
	sent := 1000
	c := s.Login(t, "alice")
	type sample struct {
		at              time.Duration
		goroutines, fds int
		heapMiB, rssMiB float64
		stored, drafted int
	}
	var samples []sample
	take := func(start time.Time) sample {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		st, dr := progress(t, db)
		return sample{time.Since(start), runtime.NumGoroutine(), openFDs(), float64(ms.HeapInuse) / (1 << 20), procStatus("VmRSS"), st, dr}
	}
	start := time.Now()
	arrive := time.NewTicker(200 * time.Millisecond)
	every := max(dur/30, 10*time.Second)
	measure := time.NewTicker(every)
	end := time.After(dur)
loop:
	for {
		select {
		case <-arrive.C:
			for range 3 {
				msg := benchmail.Mail(sent)
				a := c.Append("INBOX", int64(len(msg)), nil)
				a.Write(msg)
				a.Close()
				if _, err := a.Wait(); err != nil {
					t.Fatal(err)
				}
				sent++
			}
		case <-measure.C:
			sm := take(start)
			samples = append(samples, sm)
			t.Logf("t=%5.0fs appended %6d stored %6d drafted %6d goroutines %3d fds %3d heap %6.1f MiB rss %6.1f MiB",
				sm.at.Seconds(), sent, sm.stored, sm.drafted, sm.goroutines, sm.fds, sm.heapMiB, sm.rssMiB)
		case <-end:
			break loop
		}
	}
	arrive.Stop()
	measure.Stop()
	// Let the pipeline catch up with the last arrivals.
	deadline := time.Now().Add(5 * time.Minute)
	for {
		st, dr := progress(t, db)
		if st == sent && dr == sent {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("stored %d, drafted %d of %d appended 5 minutes after the arrivals stopped", st, dr, sent)
		}
		time.Sleep(100 * time.Millisecond) // a test probe, not product code
	}
	final := take(start)
	t.Logf("soak of %v: %d messages arrived, all stored and drafted once; final goroutines %d fds %d heap %.1f MiB rss %.1f MiB",
		dur, sent, final.goroutines, final.fds, final.heapMiB, final.rssMiB)
	cancel()
	wg.Wait()
	if len(samples) < 3 {
		return
	}
	// Growth: the last third of the run against the first sample after
	// warm-up, with slack for what a busy moment holds.
	base := samples[1]
	for _, sm := range samples[2*len(samples)/3:] {
		if sm.goroutines > base.goroutines+10 {
			t.Errorf("goroutines grew from %d to %d at %v", base.goroutines, sm.goroutines, sm.at)
		}
		if sm.fds > base.fds+10 {
			t.Errorf("open files grew from %d to %d at %v", base.fds, sm.fds, sm.at)
		}
		if sm.heapMiB > 2*base.heapMiB+32 {
			t.Errorf("heap grew from %.1f to %.1f MiB at %v", base.heapMiB, sm.heapMiB, sm.at)
		}
	}
}

// cpuTime is the user plus system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
