package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/aftersale/aftersale/internal/demo"
	"github.com/aftersale/aftersale/internal/smtpsink"
	"github.com/aftersale/aftersale/report"
)

// TestHelperProcess is the daemon when the test binary is re-executed by
// startDaemon; it does nothing in a normal test run.
func TestHelperProcess(t *testing.T) {
	if os.Getenv("AFTERSALE_HELPER_PROCESS") != "1" {
		t.Skip("only runs as the re-executed daemon")
	}
	var args []string
	if err := json.Unmarshal([]byte(os.Getenv("AFTERSALE_HELPER_ARGS")), &args); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	os.Args = append([]string{"aftersale"}, args...)
	main()
}

// daemonProc is aftersale serve running in a child process.
type daemonProc struct {
	cmd    *exec.Cmd
	exited chan struct{}
	code   int

	mu    sync.Mutex
	log   strings.Builder
	lines chan string // every stderr line
	ready chan string // every sd_notify datagram
}

// startDaemon runs the test binary as "aftersale args..." with
// $NOTIFY_SOCKET pointing at a socket of the test.
func startDaemon(t *testing.T, args ...string) *daemonProc {
	t.Helper()
	a, _ := json.Marshal(args)
	sock := filepath.Join(t.TempDir(), "notify.sock")
	nc, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: sock, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { nc.Close() })
	p := &daemonProc{exited: make(chan struct{}), lines: make(chan string, 10000), ready: make(chan string, 100)}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := nc.Read(buf)
			if err != nil {
				return
			}
			p.ready <- string(buf[:n])
		}
	}()
	p.cmd = exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	p.cmd.Env = append(os.Environ(), "AFTERSALE_HELPER_PROCESS=1", "AFTERSALE_HELPER_ARGS="+string(a),
		"NOTIFY_SOCKET="+sock, "AFTERSALE_LOG_LEVEL=debug")
	stderr, err := p.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	p.cmd.Stdout = io.Discard
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			p.mu.Lock()
			p.log.WriteString(sc.Text() + "\n")
			p.mu.Unlock()
			select {
			case p.lines <- sc.Text():
			default:
			}
		}
		p.cmd.Wait()
		p.code = p.cmd.ProcessState.ExitCode()
		close(p.exited)
	}()
	t.Cleanup(func() {
		select {
		case <-p.exited:
		default:
			p.cmd.Process.Kill()
			<-p.exited
		}
	})
	return p
}

func (p *daemonProc) logs() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.log.String()
}

// waitLine returns the first stderr line containing s.
func (p *daemonProc) waitLine(t *testing.T, s string) string {
	t.Helper()
	timeout := time.After(60 * time.Second)
	for {
		select {
		case l := <-p.lines:
			if strings.Contains(l, s) {
				return l
			}
		case <-p.exited:
			t.Fatalf("daemon exited (code %d) before logging %q:\n%s", p.code, s, p.logs())
		case <-timeout:
			t.Fatalf("daemon did not log %q within 60s:\n%s", s, p.logs())
		}
	}
}

// waitNotify waits for an sd_notify message containing s.
func (p *daemonProc) waitNotify(t *testing.T, s string) {
	t.Helper()
	timeout := time.After(60 * time.Second)
	for {
		select {
		case m := <-p.ready:
			if strings.Contains(m, s) {
				return
			}
		case <-p.exited:
			t.Fatalf("daemon exited (code %d) before notifying %q:\n%s", p.code, s, p.logs())
		case <-timeout:
			t.Fatalf("no %q notification within 60s:\n%s", s, p.logs())
		}
	}
}

func (p *daemonProc) signal(t *testing.T, s syscall.Signal) {
	t.Helper()
	if err := p.cmd.Process.Signal(s); err != nil {
		t.Fatal(err)
	}
}

func (p *daemonProc) wait(t *testing.T) int {
	t.Helper()
	select {
	case <-p.exited:
		return p.code
	case <-time.After(60 * time.Second):
		t.Fatalf("daemon still running 60s after the signal:\n%s", p.logs())
	}
	return -1
}

// httpAddr reads the listener address from the daemon's log.
func (p *daemonProc) httpAddr(t *testing.T) string {
	t.Helper()
	l := p.waitLine(t, "http listener for /healthz")
	var rec struct{ Addr string }
	if err := json.Unmarshal([]byte(l), &rec); err != nil || rec.Addr == "" {
		t.Fatalf("cannot read the address from %q: %v", l, err)
	}
	return rec.Addr
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// slowProxy forwards TCP connections to target, holding each chunk the
// client sends for delay and applying rewrite to it, and reports each
// accepted connection on conns.
type slowProxy struct {
	ln    net.Listener
	conns chan struct{}
}

func startSlowProxy(t *testing.T, target string, delay time.Duration, rewrite func([]byte) []byte) *slowProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &slowProxy{ln: ln, conns: make(chan struct{}, 100)}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			p.conns <- struct{}{}
			go func() {
				defer c.Close()
				s, err := net.Dial("tcp", target)
				if err != nil {
					return
				}
				defer s.Close()
				go io.Copy(c, s)
				buf := make([]byte, 32*1024)
				for {
					n, err := c.Read(buf)
					if n > 0 {
						time.Sleep(delay)
						out := buf[:n]
						if rewrite != nil {
							out = rewrite(out)
						}
						if _, werr := s.Write(out); werr != nil {
							return
						}
					}
					if err != nil {
						return
					}
				}
			}()
		}
	}()
	return p
}

func (p *slowProxy) port() int { return p.ln.Addr().(*net.TCPAddr).Port }

// serveConfig is a config for the embedded IMAP server and an SMTP port,
// with the HTTP listener on a free loopback port and JSON logs.
func serveConfig(imapSrv *demo.IMAPServer, smtpPort int, extra string) string {
	return fmt.Sprintf(`[store]
path = "aftersale.db"

[log]
level = "debug"
format = "json"

[seller]
name = "Demo Store"
signature = "Demo Store customer service"
language = "en"

[[account]]
name = "demo"
host = "127.0.0.1"
port = %d
tls = "plain"
username = %q
password_file = "imap-password"
poll_interval = "1s"

[smtp]
host = "127.0.0.1"
port = %d
tls = "plain"
from = "support@demo-store.example"

[sender]
interval = "500ms"

[service]
shutdown_grace = "30s"

[http]
listen = "127.0.0.1:0"
%s`, portOf(imapSrv.Addr), imapSrv.Username, smtpPort, extra)
}

type serveEnv struct {
	dir, cfg string
	imap     *demo.IMAPServer
	sink     *smtpsink.Sink
}

func newServeEnv(t *testing.T, smtpPort func(*smtpsink.Sink) int) *serveEnv {
	t.Helper()
	imapSrv, sink := startPeers(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "imap-password"), []byte(imapSrv.Password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "aftersale.toml")
	if err := os.WriteFile(cfg, []byte(serveConfig(imapSrv, smtpPort(sink), "")), 0o600); err != nil {
		t.Fatal(err)
	}
	orders := filepath.Join(dir, "orders.csv")
	if err := os.WriteFile(orders, []byte(ordersCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	mustCLI(t, "--config", cfg, "orders", "import", orders)
	return &serveEnv{dir: dir, cfg: cfg, imap: imapSrv, sink: sink}
}

// approveOne approves the first proposed draft that can be approved and
// returns its id.
func approveOne(t *testing.T, cfg string) string {
	t.Helper()
	// The drafter may still be storing its batch when the classifier is
	// done: wait a little for a draft that can be approved.
	var q queueOut
	for try := 0; try < 100; try++ {
		out := mustCLI(t, "--config", cfg, "queue", "list", "--json")
		if err := json.Unmarshal([]byte(out), &q); err != nil {
			t.Fatal(err)
		}
		for _, d := range q.Drafts {
			id := fmt.Sprint(d.ID)
			mustCLI(t, "--config", cfg, "queue", "show", id)
			if _, _, code := cli(t, "--config", cfg, "--as", "tester", "queue", "approve", id); code == 0 {
				return id
			}
		}
		time.Sleep(100 * time.Millisecond) // a test probe: the daemon runs in another process
	}
	t.Fatalf("no draft could be approved: %+v", q.Drafts)
	return ""
}

func draftState(t *testing.T, cfg, id string) string {
	t.Helper()
	out := mustCLI(t, "--config", cfg, "queue", "show", id, "--json")
	var d struct {
		Draft struct {
			State string `json:"state"`
		} `json:"draft"`
		State string `json:"state"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("queue show --json: %v\n%s", err, out)
	}
	if d.State != "" {
		return d.State
	}
	return d.Draft.State
}

// TestServeSIGTERMFinishesSendInFlight runs serve as a child process:
// it reports READY=1, serves /healthz and /metrics, and on SIGTERM while a
// reply is being sent (slowly, through a proxy) finishes that send and
// exits 0; nothing is lost or sent twice, and no secret or message text
// appears in its debug log.
func TestServeSIGTERMFinishesSendInFlight(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	var proxy *slowProxy
	e := newServeEnv(t, func(s *smtpsink.Sink) int {
		proxy = startSlowProxy(t, s.Addr(), 300*time.Millisecond, nil)
		return proxy.port()
	})
	ctx := t.Context()
	if err := e.imap.Append(ctx, "INBOX", []byte(buyerMail), time.Now()); err != nil {
		t.Fatal(err)
	}
	n, err := e.imap.SeedDemo(ctx)
	if err != nil {
		t.Fatal(err)
	}
	total := n + 1
	// The daemon logs in with a password of its own, which a proxy turns
	// into the demo server's, so the log can be searched for it.
	const password = "Zq9-imap-secret-4711"
	ip := startSlowProxy(t, e.imap.Addr, 0, func(b []byte) []byte {
		return bytes.ReplaceAll(b, []byte(password), []byte(demo.DemoPassword))
	})
	if err := os.WriteFile(filepath.Join(e.dir, "imap-password"), []byte(password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := os.ReadFile(e.cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg = bytes.Replace(cfg, []byte(fmt.Sprintf("port = %d\n", portOf(e.imap.Addr))), []byte(fmt.Sprintf("port = %d\n", ip.port())), 1)
	if err := os.WriteFile(e.cfg, cfg, 0o600); err != nil {
		t.Fatal(err)
	}

	p := startDaemon(t, "--config", e.cfg, "serve")
	p.waitNotify(t, "READY=1")
	addr := p.httpAddr(t)

	// Wait until everything is drafted, then scrape.
	err = waitFor(ctx, 200*time.Millisecond, func() (bool, error) {
		_, body := get(t, "http://"+addr+"/metrics")
		return strings.Contains(body, fmt.Sprintf("aftersale_messages_ingested_total %d", total)) &&
			strings.Contains(body, `aftersale_messages_unclassified 0`), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	_, metrics := get(t, "http://"+addr+"/metrics")
	for _, want := range []string{
		"aftersale_messages_ingested_total", `aftersale_messages_classified_total{case="shipping_inquiry"}`,
		`aftersale_drafts{state="proposed"}`, "aftersale_oldest_pending_draft_age_seconds",
		"aftersale_replies_over_24h_total", `aftersale_send_failures_total{kind="permanent"}`,
		`aftersale_send_failures_total{kind="temporary"}`, "aftersale_imap_reconnects_total",
		"aftersale_messages_parse_failures_total", `aftersale_imap_connected{account="demo"} 1`,
		`aftersale_config_reloads_total{result="failed"} 0`, `aftersale_messages_not_buyer_total{kind="phishing"} 0`, "go_goroutines",
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	// The first check of the mailbox may still be running: wait until
	// /healthz reports a finished poll (bounded; no time is asserted).
	var (
		code int
		body string
		h    health
	)
	for deadline := time.Now().Add(20 * time.Second); ; {
		code, body = get(t, "http://"+addr+"/healthz")
		h = health{}
		if err := json.Unmarshal([]byte(body), &h); err != nil {
			t.Fatalf("/healthz: %v\n%s", err, body)
		}
		if len(h.Accounts) == 0 || !h.Accounts[0].LastPoll.IsZero() || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if code != 200 || h.Status != "ok" || len(h.Accounts) != 1 || h.Accounts[0].Name != "demo" ||
		!h.Accounts[0].Connected || h.Accounts[0].LastPoll.IsZero() || !h.Sender.Configured {
		t.Errorf("/healthz = %d %+v", code, h)
	}

	// A person approves while the daemon runs; SIGTERM once the SMTP
	// connection is open.
	id := approveOne(t, e.cfg)
	select {
	case <-proxy.conns:
	case <-time.After(30 * time.Second):
		t.Fatalf("the daemon did not start sending:\n%s", p.logs())
	}
	p.signal(t, syscall.SIGTERM)
	p.waitNotify(t, "STOPPING=1")
	if code := p.wait(t); code != 0 {
		t.Fatalf("exit code after SIGTERM = %d, want 0:\n%s", code, p.logs())
	}
	if got := len(e.sink.Messages()); got != 1 {
		t.Fatalf("sink has %d messages after the stop, want the 1 in flight:\n%s", got, p.logs())
	}
	if stop, sent := strings.Index(p.logs(), "stopping: taking no new work"), strings.Index(p.logs(), `"msg":"reply sent"`); stop < 0 || sent < stop {
		t.Errorf("the reply was not in flight at SIGTERM (stop logged at %d, sent at %d)", stop, sent)
	}
	if s := draftState(t, e.cfg, id); s != "sent" {
		t.Errorf("draft %s is %s after the stop, want sent", id, s)
	}
	// Nothing lost: a restart stores nothing again and sends nothing twice.
	mustCLI(t, "--config", e.cfg, "serve", "--once")
	var st report.Status
	if err := json.Unmarshal([]byte(mustCLI(t, "--config", e.cfg, "status", "--json")), &st); err != nil {
		t.Fatal(err)
	}
	if st.Messages != total || st.Sent != 1 || st.Drafts["send_unknown"] != 0 {
		t.Errorf("after restart: %d messages (want %d), %d sent (want 1), drafts %v", st.Messages, total, st.Sent, st.Drafts)
	}
	if got := len(e.sink.Messages()); got != 1 {
		t.Errorf("sink has %d messages after a restart, want 1", got)
	}

	// The debug log never holds the password, a buyer's words, a subject
	// with the buyer's name, or the reply text.
	logs := p.logs()
	for _, secret := range []string{password, "ordered ten days ago", "Inquiry from Amazon customer Anna", "Kind regards", "Demo Store customer service"} {
		if strings.Contains(logs, secret) {
			t.Errorf("daemon log contains %q", secret)
		}
	}
	for _, l := range strings.Split(strings.TrimSpace(logs), "\n") {
		if !json.Valid([]byte(l)) {
			t.Errorf("log line is not JSON: %q", l)
		}
	}
}

// TestServeSIGHUPKeepsRunningOnBrokenConfig: a reload with a broken
// config is reported and the daemon keeps working on the old one; a good
// config is then taken.
func TestServeSIGHUPKeepsRunningOnBrokenConfig(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	e := newServeEnv(t, func(s *smtpsink.Sink) int { return s.Port() })
	ctx := t.Context()
	p := startDaemon(t, "--config", e.cfg, "serve")
	p.waitNotify(t, "READY=1")
	addr := p.httpAddr(t)

	good, err := os.ReadFile(e.cfg)
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(good), "[sender]\n", "[sender]\nintervall = \"1s\"\n", 1)
	if err := os.WriteFile(e.cfg, []byte(broken), 0o600); err != nil {
		t.Fatal(err)
	}
	p.signal(t, syscall.SIGHUP)
	l := p.waitLine(t, "config reload failed")
	if !strings.Contains(l, "intervall") || !strings.Contains(l, "aftersale.toml:") {
		t.Errorf("reload error does not name the bad key with file:line: %s", l)
	}
	// Still working on the old config: new mail is stored and drafted.
	if err := e.imap.Append(ctx, "INBOX", []byte(buyerMail), time.Now()); err != nil {
		t.Fatal(err)
	}
	err = waitFor(ctx, 200*time.Millisecond, func() (bool, error) {
		_, body := get(t, "http://"+addr+"/metrics")
		return strings.Contains(body, `aftersale_drafts{state="proposed"} 1`), nil
	})
	if err != nil {
		t.Fatalf("no draft after the failed reload: %v\n%s", err, p.logs())
	}
	_, body := get(t, "http://"+addr+"/metrics")
	if !strings.Contains(body, `aftersale_config_reloads_total{result="failed"} 1`) {
		t.Errorf("failed reload not counted")
	}

	if err := os.WriteFile(e.cfg, []byte(strings.Replace(string(good), `poll_interval = "1s"`, `poll_interval = "2s"`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	p.signal(t, syscall.SIGHUP)
	p.waitLine(t, "config reloaded")
	p.waitNotify(t, "READY=1")
	p.signal(t, syscall.SIGTERM)
	if code := p.wait(t); code != 0 {
		t.Fatalf("exit code = %d, want 0:\n%s", code, p.logs())
	}
}
