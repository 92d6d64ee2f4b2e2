package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/mail"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/daemon"
	"github.com/aftersale/aftersale/internal/demo"
	"github.com/aftersale/aftersale/internal/smtpsink"
	"github.com/aftersale/aftersale/store"
)

func newDemoCmd(e *env) *cobra.Command {
	var (
		dir  string
		once bool
	)
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run aftersale on an embedded mailbox with sample buyer mail (no setup)",
		Long: `demo starts an IMAP server inside this process holding sample Amazon buyer
mail in several languages, an SMTP server that only records what it receives,
and a fresh database with sample orders; then it runs the daemon over them
and prints the approval queue.

It keeps running until Ctrl-C so that a second terminal can work the queue:
the commands to try are printed. With --once it exits after printing the
queue.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDemo(cmd.Context(), e, dir, once)
		},
	}
	cmd.Flags().StringVar(&dir, "dir", filepath.Join(os.TempDir(), "aftersale-demo"), "directory for the demo's config and database (emptied first)")
	cmd.Flags().BoolVar(&once, "once", false, "exit after the mail is triaged and the queue printed")
	return cmd
}

func runDemo(ctx context.Context, e *env, dir string, once bool) error {
	out := e.stdout
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("clearing demo directory: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("creating demo directory: %w", err)
	}
	imapSrv, err := demo.StartIMAP("127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("starting embedded IMAP server: %w", err)
	}
	defer imapSrv.Close()
	n, err := imapSrv.SeedDemo(ctx)
	if err != nil {
		return fmt.Errorf("seeding sample mail: %w", err)
	}
	sink, err := smtpsink.Start("127.0.0.1:0", smtpsink.Options{})
	if err != nil {
		return fmt.Errorf("starting SMTP sink: %w", err)
	}
	defer sink.Close()

	pwFile := filepath.Join(dir, "imap-password")
	if err := os.WriteFile(pwFile, []byte(imapSrv.Password+"\n"), 0o600); err != nil {
		return err
	}
	cfgPath := filepath.Join(dir, "aftersale.toml")
	if err := os.WriteFile(cfgPath, []byte(demoConfig(imapSrv, sink)), 0o600); err != nil {
		return err
	}
	cfg, err := LoadConfig(cfgPath)
	if err != nil {
		return fmt.Errorf("demo config: %w", err)
	}
	e.cfg = cfg
	if e.logLevel == "" && os.Getenv("AFTERSALE_LOG_LEVEL") == "" {
		e.logLevel = "warn"
	}
	log := e.logger()
	db, err := e.store(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Embedded IMAP server on %s with %d sample buyer messages; SMTP sink on %s.\n", imapSrv.Addr, n, sink.Addr())
	for _, f := range demo.OrderFiles() {
		res, err := db.ImportOrders(ctx, bytes.NewReader(f.Data), f.Name)
		if err != nil {
			return fmt.Errorf("importing sample %s: %w", f.Name, err)
		}
		fmt.Fprintf(out, "Imported sample %s: %d orders (%s).\n", f.Name, res.Created+res.Updated, res.Format)
	}
	d, err := daemon.New(cfg, db, log)
	if err != nil {
		return err
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- d.Run(runCtx) }()

	fmt.Fprintln(out, "Triaging ...")
	waitCtx, waitCancel := context.WithTimeout(ctx, 2*time.Minute)
	err = waitFor(waitCtx, 200*time.Millisecond, func() (bool, error) {
		counts, err := db.Counts(ctx)
		if err != nil {
			return false, err
		}
		total := 0
		for _, c := range counts {
			total += c
		}
		return total >= n, nil
	})
	waitCancel()
	if err != nil && ctx.Err() == nil {
		fmt.Fprintf(e.stderr, "warning: not every message was drafted in time: %v\n", err)
	}
	if ctx.Err() != nil {
		cancel()
		<-done
		return nil
	}
	drafts, err := db.Drafts(ctx, store.DraftFilter{States: defaultQueueStates})
	if err != nil {
		return err
	}
	counts, err := db.Counts(ctx)
	if err != nil {
		return err
	}
	rows := make([]queueRow, 0, len(drafts))
	for _, dr := range drafts {
		r := queueRow{Draft: dr}
		if m, err := db.Message(ctx, dr.MessageID); err == nil {
			r.Marketplace, r.Buyer, r.BuyerSubj = m.Marketplace, m.BuyerName, m.Subject
		}
		rows = append(rows, r)
	}
	fmt.Fprintln(out)
	if err := writeQueueTable(out, rows, time.Now(), isTerminal(out)); err != nil {
		return err
	}
	fmt.Fprintf(out, `
Flags: H needs a human, B blocked by a policy finding, P placeholders to fill.
%d more messages need no reply (Amazon notices, auto-replies, thank-yous):
see them with "queue list --state no_response_needed".

In a second terminal, try:
  export AFTERSALE_CONFIG=%[2]s
  %[3]s queue list
  %[3]s queue show %[4]d
  %[3]s queue approve %[4]d
  %[3]s queue review
  %[3]s sent list
`, counts[aftersale.DraftNoResponseNeeded], cfgPath, selfCommand(), firstID(rows))
	if once {
		cancel()
		return <-done
	}
	fmt.Fprintln(out, "\nThe demo daemon keeps running and sends what you approve to the SMTP sink. Ctrl-C stops it.")
	go reportSink(runCtx, sink, out, log)
	err = <-done
	fmt.Fprintln(out, "Demo stopped. Its database stays in", dir)
	return err
}

// selfCommand is how the user can run this binary again: its path, or "go
// run ./cmd/aftersale" when it was started by go run (a temporary build).
func selfCommand() string {
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

func firstID(rows []queueRow) int64 {
	for _, r := range rows {
		if r.State == "proposed" {
			return r.ID
		}
	}
	if len(rows) > 0 {
		return rows[0].ID
	}
	return 1
}

// reportSink prints each reply the SMTP sink receives.
func reportSink(ctx context.Context, sink *smtpsink.Sink, out io.Writer, log *slog.Logger) {
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

func demoConfig(imapSrv *demo.IMAPServer, sink *smtpsink.Sink) string {
	return fmt.Sprintf(`# Written by "aftersale demo".
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
`, portOf(imapSrv.Addr), imapSrv.Username, sink.Port())
}

func portOf(addr string) int {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return 0
	}
	p, _ := strconv.Atoi(port)
	return p
}
