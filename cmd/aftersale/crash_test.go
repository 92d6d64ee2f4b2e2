package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/mail"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/demo"
	"github.com/aftersale/aftersale/internal/dovecot"
	"github.com/aftersale/aftersale/internal/smtpsink"
)

// Crash anywhere: the real daemon, re-executed from the test
// binary, runs against a real Dovecot and the SMTP sink with auto-approval
// on, and is killed with SIGKILL at random moments (a seeded RNG; the seed
// is logged and AFTERSALE_CRASH_SEED replays it) while mail keeps
// arriving. After the last kill it runs once more until everything is
// drafted and sent, stops cleanly, and the database and the sink are
// checked: every message stored exactly once, every reply sent at most
// once, every draft in a valid state, send_unknown only for a send a kill
// interrupted, PRAGMA integrity_check ok. At some kills two daemons are
// started at once: the second must refuse (one daemon per database).
//
// The short version (8 kills, 60 messages) runs whenever Dovecot is
// available; AFTERSALE_RELIABILITY=1 (make reliability) runs the full one
// (AFTERSALE_CRASH_KILLS kills, default 60; AFTERSALE_CRASH_MESSAGES
// messages, default 300).

// crashEnvInt reads a positive integer from the environment.
func crashEnvInt(t *testing.T, name string, def int) int {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		t.Fatalf("%s=%q: want a positive integer", name, v)
	}
	return n
}

// crashMail is buyer message i: a shipping inquiry about order i (which
// the order report knows, with tracking: auto-approvable), or every third
// one a demo mail given a unique Message-ID (all the other cases).
func crashMail(i int, demos []demo.Mail, now time.Time) (raw []byte, messageID string) {
	messageID = fmt.Sprintf("crash-%d@marketplace.amazon.de", i)
	if i%3 == 2 && len(demos) > 0 {
		d := demos[(i/3)%len(demos)].Raw
		re := regexp.MustCompile(`(?im)^Message-ID:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n`)
		d = re.ReplaceAll(d, nil)
		return append([]byte("Message-ID: <"+messageID+">\r\n"), d...), messageID
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: \"Buyer %d - Amazon Marketplace\" <crashbuyer%06d@marketplace.amazon.de>\r\n", i, i)
	fmt.Fprintf(&b, "To: seller@example.com\r\nSubject: Inquiry from Amazon customer Buyer %d (Order: %s)\r\n", i, crashOrder(i))
	fmt.Fprintf(&b, "Message-ID: <%s>\r\nDate: %s\r\n", messageID, now.Format(time.RFC1123Z))
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
	fmt.Fprintf(&b, "Order ID: %s\r\n\r\nMessage:\r\nHello, where is my order? I ordered ten days ago and the tracking has not\r\nchanged. When will it arrive?\r\n\r\nView message\r\n", crashOrder(i))
	return b.Bytes(), messageID
}

func crashOrder(i int) string { return fmt.Sprintf("302-%07d-%07d", 5000000+i, 1000000+i) }

// crashOrders is an order report with every generated order, shipped with
// tracking.
func crashOrders(n int, now time.Time) string {
	var b strings.Builder
	b.WriteString("order_id,status,channel,marketplace,value,currency,ship_date,carrier,tracking,latest_delivery\n")
	for i := range n {
		fmt.Fprintf(&b, "%s,Shipped,MFN,Amazon.de,24.99,EUR,%s,DHL,0034043416%010d,%s\n", crashOrder(i),
			now.AddDate(0, 0, -3).Format("2006-01-02"), i, now.AddDate(0, 0, 3).Format("2006-01-02"))
	}
	return b.String()
}

func crashConfig(s *dovecot.Server, smtpPort int) string {
	return fmt.Sprintf(`[store]
path = "aftersale.db"

[log]
level = "debug"
format = "json"

[seller]
name = "Crash Test Store"
signature = "Crash Test Store customer service"
language = "en"

[[account]]
name = "shop"
host = "127.0.0.1"
port = %d
tls = "plain"
username = "alice"
password_file = "imap-password"
poll_interval = "1s"
idle = true

[smtp]
host = "127.0.0.1"
port = %d
tls = "plain"
from = "support@crash-test.example"

[sender]
interval = "50ms"

[[auto_approve]]
case = "shipping_inquiry"
min_confidence = 0.0
allow_tasks = true

[service]
shutdown_grace = "30s"
`, s.Port, smtpPort)
}

func TestCrashAnywhere(t *testing.T) {
	if testing.Short() {
		t.Skip("kills and restarts the daemon many times")
	}
	kills, total := 8, 60
	if os.Getenv("AFTERSALE_RELIABILITY") == "1" {
		kills = crashEnvInt(t, "AFTERSALE_CRASH_KILLS", 60)
		total = crashEnvInt(t, "AFTERSALE_CRASH_MESSAGES", 300)
	}
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("AFTERSALE_CRASH_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("AFTERSALE_CRASH_SEED=%q: %v", v, err)
		}
		seed = n
	}
	t.Logf("crash test: %d kills, %d messages, seed %d (AFTERSALE_CRASH_SEED=%d replays the kill times)", kills, total, seed, seed)
	rng := rand.New(rand.NewPCG(seed, 0x5eed))

	s := dovecot.Start(t, map[string]string{"alice": "secret"})
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
	if err := os.WriteFile(cfg, []byte(crashConfig(s, sink.Port())), 0o600); err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC()
	orders := filepath.Join(dir, "orders.csv")
	if err := os.WriteFile(orders, []byte(crashOrders(total, now)), 0o600); err != nil {
		t.Fatal(err)
	}
	mustCLI(t, "--config", cfg, "orders", "import", orders)

	demos, err := demo.Mails()
	if err != nil {
		t.Fatal(err)
	}
	mails := make([][]byte, total)
	ids := make([]string, total)
	for i := range total {
		mails[i], ids[i] = crashMail(i, demos, now)
	}
	// Mail arrives in waves over the first half of the kills, so that
	// kills land in ingest as well as later stages.
	waves := max(1, kills/2)
	next := 0
	appendWave := func(n int) {
		end := min(total, next+n)
		if end > next {
			s.Append(t, "alice", "INBOX", now, mails[next:end]...)
			next = end
		}
	}
	perWave := (total + waves - 1) / waves

	dbPath := filepath.Join(dir, "aftersale.db")
	// A person edits drafts while the daemon auto-approves them: the
	// editor takes the newest proposed draft of the auto-approved case and
	// edits it through the CLI, racing the auto-approver (and the kills).
	// An edited draft must never be auto-approved.
	edits := startCrashEditor(t, cfg, dbPath)
	hit := map[string]int{} // component of the daemon's last log line before each kill
	pairs := 0              // kills where two daemons were started at once
	for k := range kills {
		if k < waves {
			appendWave(perWave)
		}
		p := startDaemon(t, "--config", cfg, "serve")
		if k == 1 || k%10 == 5 {
			// Two daemons started at once: the second refuses (the lock)
			// and the kill lands on the one that runs.
			p = oneRefused(t, p, startDaemon(t, "--config", cfg, "serve"))
			pairs++
		}
		// One kill in five counts from the process start (start-up,
		// migrations, recovery); the others from READY=1, so that they
		// land in the work however slow the start is.
		if rng.IntN(5) != 0 {
			p.waitNotify(t, "READY=1")
		}
		delay := time.Duration(rng.Int64N(int64(2500 * time.Millisecond)))
		select {
		case <-time.After(delay):
		case <-p.exited:
			t.Fatalf("kill %d: daemon exited by itself (code %d):\n%s", k, p.code, p.logs())
		}
		if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatalf("kill %d: %v", k, err)
		}
		<-p.exited
		hit[lastComponent(p.logs())]++
	}
	appendWave(total)
	edited, tried := edits()
	t.Logf("kills by the stage the daemon logged last: %v; %d times two daemons were started at once and the second refused; the racing editor edited %d of %d drafts it tried", hit, pairs, edited, tried)

	// The last run: everything is stored, drafted, and what is approved is
	// sent; then a clean stop.
	p := startDaemon(t, "--config", cfg, "serve")
	p.waitNotify(t, "READY=1")
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	// Quiet means all drafted and nothing in the outbox, unchanged for
	// two seconds: the auto-approver runs after the drafter.
	var quietSince time.Time
	var lastSig string
	err = waitFor(ctx, 200*time.Millisecond, func() (bool, error) {
		q, sig, err := crashQuiet(dbPath, total)
		if err != nil || !q || sig != lastSig {
			quietSince, lastSig = time.Time{}, sig
			return false, err
		}
		if quietSince.IsZero() {
			quietSince = time.Now()
		}
		return time.Since(quietSince) >= 2*time.Second, nil
	})
	if err != nil {
		t.Fatalf("the daemon did not finish the work after the last kill: %v\n%s", err, tail(p.logs(), 40))
	}
	p.signal(t, syscall.SIGTERM)
	if code := p.wait(t); code != 0 {
		t.Fatalf("daemon exit code %d after SIGTERM:\n%s", code, tail(p.logs(), 40))
	}

	r := checkCrashDB(t, dbPath, ids, sink.Messages())
	t.Logf("checked %d messages, %d drafts (%v), %d replies sent (%d auto-approved), %d send_unknown after %d kills",
		total, r.drafts, r.states, r.sent, r.auto, r.unknown, kills)
	if r.sent == 0 {
		t.Errorf("no reply was sent: auto-approval and the sender were not exercised")
	}
	if r.unknown > kills {
		t.Errorf("%d drafts in send_unknown after %d kills: at most one per kill", r.unknown, kills)
	}
}

// startCrashEditor starts a person editing drafts of the auto-approved case
// through the CLI, every 20ms, until the returned function is called; that
// function returns how many edits were saved and how many were tried (an
// edit loses the race when the draft was approved first).
func startCrashEditor(t *testing.T, cfg, dbPath string) (stop func() (edited, tried int)) {
	t.Helper()
	done := make(chan struct{})
	var wg sync.WaitGroup
	var edited, tried int
	body := filepath.Join(t.TempDir(), "edit.txt")
	wg.Go(func() {
		seen := map[int64]bool{}
		for {
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
			}
			id, text, ok := newestProposed(dbPath, "shipping_inquiry")
			if !ok || seen[id] {
				continue
			}
			seen[id] = true
			if err := os.WriteFile(body, []byte(text+"\nChecked by a person.\n"), 0o600); err != nil {
				t.Error(err)
				return
			}
			tried++
			if _, _, code := cliAt(t, time.Now(), "--config", cfg, "--as", "editor", "queue", "edit", strconv.FormatInt(id, 10), "--file", body); code == 0 {
				edited++
			}
		}
	})
	halt := sync.OnceFunc(func() { close(done); wg.Wait() })
	t.Cleanup(halt)
	return func() (int, int) {
		halt()
		return edited, tried
	}
}

// newestProposed returns the newest proposed, unedited draft of case c in
// the database at path.
func newestProposed(path, c string) (int64, string, bool) {
	db, err := openReadOnly(path)
	if err != nil {
		return 0, "", false
	}
	defer db.Close()
	var id int64
	var body string
	err = db.QueryRow(`SELECT id, body FROM drafts WHERE state = 'proposed' AND case_type = ? AND edited = 0
		ORDER BY id DESC LIMIT 1`, c).Scan(&id, &body)
	return id, body, err == nil
}

// lastComponent returns the component of the last JSON log line that has
// one, or "startup".
func lastComponent(logs string) string {
	lines := strings.Split(strings.TrimSpace(logs), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		var rec struct{ Component string }
		if json.Unmarshal([]byte(lines[i]), &rec) == nil && rec.Component != "" {
			return rec.Component
		}
	}
	return "startup"
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// openReadOnly opens the daemon's database for reading beside it.
func openReadOnly(path string) (*sql.DB, error) {
	return sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)&_pragma=query_only(1)")
}

// crashQuiet reports whether all want messages are stored, parsed,
// classified and drafted, and no draft waits in approved or sending; sig
// summarises the drafts' states.
func crashQuiet(path string, want int) (quiet bool, sig string, err error) {
	db, err := openReadOnly(path)
	if err != nil {
		return false, "", err
	}
	defer db.Close()
	var msgs, todo, outbox int
	err = db.QueryRow(`SELECT
	(SELECT count(*) FROM messages),
	(SELECT count(*) FROM messages m WHERE m.parsed_at IS NULL
		OR NOT EXISTS (SELECT 1 FROM classifications c WHERE c.message_id = m.id)
		OR NOT EXISTS (SELECT 1 FROM drafts d WHERE d.message_id = m.id)),
	(SELECT count(*) FROM drafts WHERE state IN ('approved', 'sending')),
	(SELECT group_concat(state || ':' || n) FROM (SELECT state, count(*) AS n FROM drafts GROUP BY state))`).Scan(&msgs, &todo, &outbox, &sig)
	if err != nil {
		if strings.Contains(err.Error(), "no such table") || strings.Contains(err.Error(), "converting NULL") {
			return false, "", nil
		}
		return false, "", err
	}
	return msgs >= want && todo == 0 && outbox == 0, sig, nil
}

type crashResult struct {
	drafts, sent, auto, unknown int
	states                      map[string]int
}

// checkCrashDB checks the promises against the database and the sink.
func checkCrashDB(t *testing.T, path string, ids []string, received []smtpsink.Message) crashResult {
	t.Helper()
	db, err := openReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var r crashResult

	var integrity string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&integrity); err != nil || integrity != "ok" {
		t.Errorf("PRAGMA integrity_check = %q, %v; want ok", integrity, err)
	}
	if rows, err := db.Query("PRAGMA foreign_key_check"); err != nil {
		t.Errorf("PRAGMA foreign_key_check: %v", err)
	} else {
		if rows.Next() {
			t.Errorf("PRAGMA foreign_key_check reports dangling references")
		}
		rows.Close()
	}

	// Every message stored exactly once.
	stored := map[string]int{}
	rows, err := db.Query("SELECT message_id FROM messages")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		stored[id]++
		n++
	}
	rows.Close()
	for _, id := range ids {
		if stored[id] != 1 {
			t.Errorf("message %s stored %d times, want exactly once", id, stored[id])
		}
	}
	if n != len(ids) {
		t.Errorf("%d message rows, want %d (one per message appended)", n, len(ids))
	}

	// What the sink received, by Message-ID: at most once each.
	inSink := map[string]int{}
	for _, m := range received {
		msg, err := mail.ReadMessage(bytes.NewReader(m.Data))
		if err != nil {
			t.Errorf("sink message unreadable: %v", err)
			continue
		}
		inSink[strings.Trim(msg.Header.Get("Message-ID"), "<> ")]++
	}
	for id, c := range inSink {
		if c > 1 {
			t.Errorf("reply %s received %d times by the SMTP server, want at most once", id, c)
		}
	}

	// Every draft in a valid state, consistent with the sent log, the
	// sink and its audit trail.
	valid := map[string]bool{}
	for _, s := range aftersale.DraftStates() {
		valid[string(s)] = true
	}
	r.states = map[string]int{}
	drows, err := db.Query(`SELECT d.id, d.state, d.outgoing_id, d.auto_approved,
	EXISTS (SELECT 1 FROM sent_log s WHERE s.draft_id = d.id) FROM drafts d`)
	if err != nil {
		t.Fatal(err)
	}
	type draftRow struct {
		id         int64
		state, out string
		auto, sent bool
	}
	var drafts []draftRow
	for drows.Next() {
		var d draftRow
		if err := drows.Scan(&d.id, &d.state, &d.out, &d.auto, &d.sent); err != nil {
			t.Fatal(err)
		}
		drafts = append(drafts, d)
	}
	drows.Close()
	known := map[string]bool{}
	for _, d := range drafts {
		r.drafts++
		r.states[d.state]++
		known[d.out] = true
		if !valid[d.state] {
			t.Errorf("draft %d in unknown state %q", d.id, d.state)
		}
		switch d.state {
		case string(aftersale.DraftSent):
			r.sent++
			if d.auto {
				r.auto++
			}
			if !d.sent {
				t.Errorf("draft %d is sent but has no sent_log row", d.id)
			}
			if inSink[d.out] != 1 {
				t.Errorf("draft %d is sent but the SMTP server received its reply %s %d times", d.id, d.out, inSink[d.out])
			}
		case string(aftersale.DraftSendUnknown):
			r.unknown++
			if d.sent {
				t.Errorf("draft %d is send_unknown but has a sent_log row", d.id)
			}
			checkInterruptedSend(t, db, d.id)
		case string(aftersale.DraftSending), string(aftersale.DraftApproved):
			t.Errorf("draft %d still %s after the final run", d.id, d.state)
		default:
			if d.sent {
				t.Errorf("draft %d is %s but has a sent_log row", d.id, d.state)
			}
			if inSink[d.out] > 0 && d.out != "" {
				t.Errorf("draft %d is %s but its reply %s reached the SMTP server", d.id, d.state, d.out)
			}
		}
	}
	if len(drafts) != len(ids) {
		t.Errorf("%d drafts, want one per message (%d)", len(drafts), len(ids))
	}
	// A person's edit always wins over auto-approval: no draft a person
	// edited was approved by the daemon.
	var editedAuto int
	if err := db.QueryRow("SELECT COUNT(*) FROM drafts WHERE auto_approved = 1 AND edited = 1").Scan(&editedAuto); err != nil {
		t.Fatal(err)
	}
	if editedAuto != 0 {
		t.Errorf("%d drafts a person edited were auto-approved", editedAuto)
	}
	for id := range inSink {
		if !known[id] {
			t.Errorf("the SMTP server received %s, which is no draft's outgoing id", id)
		}
	}
	return r
}

// checkInterruptedSend: a send_unknown draft was claimed for sending, and
// the process stopped before the send was recorded either way; the
// start-up recovery then moved it to send_unknown.
func checkInterruptedSend(t *testing.T, db *sql.DB, id int64) {
	t.Helper()
	rows, err := db.Query("SELECT action FROM audit WHERE draft_id = ? ORDER BY id", id)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var actions []string
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			t.Fatal(err)
		}
		actions = append(actions, a)
	}
	last := -1
	for j, a := range actions {
		if a == "send_unknown" {
			last = j
		}
	}
	if last < 1 || actions[last-1] != "claim" {
		t.Errorf("draft %d is send_unknown, but its audit trail %v does not show a claim interrupted by a restart", id, actions)
	}
}
