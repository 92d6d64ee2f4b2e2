package demo

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/mail"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/aftersale/aftersale/internal/smtpsink"
	"github.com/aftersale/aftersale/store"
)

// MarkerFile is the file PrepareDir leaves in a directory the demo made
// its own: only such a directory is ever emptied.
const MarkerFile = ".aftersale-demo"

// ErrNotDemoDir is PrepareDir's refusal of a directory that holds files
// and was not made by the demo.
var ErrNotDemoDir = errors.New("not a demo directory")

// PrepareDir makes dir a fresh, empty demo directory: it creates a missing
// or empty one, and empties one the demo made before (it holds
// MarkerFile, or only the files an older demo made). Any other directory, and anything that is not a
// directory, is refused with ErrNotDemoDir and left as it is.
func PrepareDir(dir string) error {
	ents, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return fmt.Errorf("demo directory %s: %w (%w)", dir, ErrNotDemoDir, err)
	case len(ents) == 0:
	default:
		if _, err := os.Stat(filepath.Join(dir, MarkerFile)); err != nil && !madeByOldDemo(dir, ents) {
			return fmt.Errorf("demo directory %s holds files the demo did not make: %w", dir, ErrNotDemoDir)
		}
		for _, e := range ents {
			if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
				return fmt.Errorf("clearing demo directory: %w", err)
			}
		}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("creating demo directory: %w", err)
	}
	return os.WriteFile(filepath.Join(dir, MarkerFile), []byte("made by \"aftersale demo\", which may empty this directory\n"), 0o600)
}

// configHead is the first line of the demo's config.
const configHead = "# Written by \"aftersale demo\"."

// madeByOldDemo says whether ents, the entries of dir, are the files a
// demo made before it left MarkerFile: its config (which starts with
// configHead), the password file and the database with its companions.
func madeByOldDemo(dir string, ents []os.DirEntry) bool {
	for _, e := range ents {
		if n := e.Name(); e.IsDir() || n != "aftersale.toml" && n != "imap-password" && !strings.HasPrefix(n, "aftersale.db") {
			return false
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "aftersale.toml"))
	return err == nil && strings.HasPrefix(string(b), configHead+"\n")
}

// Config is the demo's config file for an IMAP server and an SMTP sink on
// 127.0.0.1 (relative paths: the config's directory).
func Config(imapSrv *IMAPServer, smtpPort int) string {
	return fmt.Sprintf(configHead+`
[store]
path = "aftersale.db"

[log]
level = "warn"

[seller]
name = "Demo Store"
signature = "Demo Store customer service"
language = "en"
reship_threshold = { EUR = "30.00", GBP = "25.00", USD = "30.00", JPY = "4000" }

[[account]]
name = "demo"
host = "127.0.0.1"
port = %d
tls = "plain"
username = %q
password_file = "imap-password"
poll_interval = "2s"

[smtp]
host = "127.0.0.1"
port = %d
tls = "plain"
from = "support@demo-store.example"

[sender]
interval = "1s"
`, Port(imapSrv.Addr), imapSrv.Username, smtpPort)
}

// Port is the port of a host:port address, 0 when there is none.
func Port(addr string) int {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return 0
	}
	p, _ := strconv.Atoi(port)
	return p
}

// ImportOrders imports the sample order files into db, a line each on out.
func ImportOrders(ctx context.Context, db *store.DB, out io.Writer) error {
	for _, f := range OrderFiles() {
		res, err := db.ImportOrders(ctx, bytes.NewReader(f.Data), f.Name)
		if err != nil {
			return fmt.Errorf("importing sample %s: %w", f.Name, err)
		}
		fmt.Fprintf(out, "Imported sample %s: %d orders (%s).\n", f.Name, res.Created+res.Updated, res.Format)
	}
	return nil
}

// WaitDrafted waits until db holds n drafts, checking every interval.
func WaitDrafted(ctx context.Context, db *store.DB, n int, interval time.Duration) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		counts, err := db.Counts(ctx)
		if err != nil {
			return err
		}
		total := 0
		for _, c := range counts {
			total += c
		}
		if total >= n {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// ReportSink prints a line on out for each reply the SMTP sink receives,
// until ctx is done.
func ReportSink(ctx context.Context, sink *smtpsink.Sink, out io.Writer) {
	seen := 0
	for {
		msgs, err := sink.Wait(ctx, seen+1)
		if err != nil {
			return
		}
		for _, m := range msgs[seen:] {
			id := ""
			if msg, err := mail.ReadMessage(bytes.NewReader(m.Data)); err == nil {
				id = " " + msg.Header.Get("Message-Id")
			}
			fmt.Fprintf(out, "SMTP sink received reply%s for %v (%d bytes)\n", id, m.To, len(m.Data))
		}
		seen = len(msgs)
	}
}

// Peers are the demo's servers and files: an IMAP server seeded with the
// sample mail, an SMTP sink, and the config (with the IMAP password file)
// in the demo directory.
type Peers struct {
	IMAP     *IMAPServer
	Sink     *smtpsink.Sink
	Messages int    // sample mails in the mailbox
	Config   string // the config file's path
}

// StartPeers starts the demo's IMAP server and SMTP sink on 127.0.0.1 and
// writes their config into dir (PrepareDir made it). Close stops them.
func StartPeers(ctx context.Context, dir string) (*Peers, error) {
	imapSrv, err := StartIMAP("127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("starting embedded IMAP server: %w", err)
	}
	p := &Peers{IMAP: imapSrv, Config: filepath.Join(dir, "aftersale.toml")}
	if p.Messages, err = imapSrv.SeedDemo(ctx); err != nil {
		p.Close()
		return nil, fmt.Errorf("seeding sample mail: %w", err)
	}
	if p.Sink, err = smtpsink.Start("127.0.0.1:0", smtpsink.Options{}); err != nil {
		p.Close()
		return nil, fmt.Errorf("starting SMTP sink: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "imap-password"), []byte(imapSrv.Password+"\n"), 0o600); err != nil {
		p.Close()
		return nil, err
	}
	if err := os.WriteFile(p.Config, []byte(Config(imapSrv, p.Sink.Port())), 0o600); err != nil {
		p.Close()
		return nil, err
	}
	return p, nil
}

// Close stops the servers.
func (p *Peers) Close() {
	if p.Sink != nil {
		p.Sink.Close()
	}
	p.IMAP.Close()
}

// SelfCommand is how the user can run this binary again: its path, or
// "go run ./cmd/aftersale" when it was started by go run (a temporary
// build).
func SelfCommand() string {
	exe, err := os.Executable()
	if err != nil || strings.Contains(exe, "go-build") {
		return "go run ./cmd/aftersale"
	}
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, exe); err == nil && !strings.HasPrefix(rel, "..") {
			return "./" + rel
		}
	}
	return exe
}
