package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/daemon"
	"github.com/aftersale/aftersale/internal/demo"
	"github.com/aftersale/aftersale/internal/smtpsink"
	"github.com/aftersale/aftersale/queue"
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
queue.

--dir must be a new or empty directory, or one an earlier demo made (it
holds a .aftersale-demo file): the demo empties it first. Any other
directory is refused and left alone.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDemo(cmd.Context(), e, dir, once)
		},
	}
	cmd.Flags().StringVar(&dir, "dir", filepath.Join(os.TempDir(), "aftersale-demo"), "directory for the demo's config and database: new, empty, or one the demo made (emptied first)")
	cmd.Flags().BoolVar(&once, "once", false, "exit after the mail is triaged and the queue printed")
	return cmd
}

func runDemo(ctx context.Context, e *env, dir string, once bool) error {
	out := e.stdout
	if err := demo.PrepareDir(dir); errors.Is(err, demo.ErrNotDemoDir) {
		return hintError{usageError{err}, "give --dir a new or empty directory; the demo empties only directories it made"}
	} else if err != nil {
		return err
	}
	peers, err := demo.StartPeers(ctx, dir)
	if err != nil {
		return err
	}
	defer peers.Close()
	imapSrv, sink, n, cfgPath := peers.IMAP, peers.Sink, peers.Messages, peers.Config
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
	if err := demo.ImportOrders(ctx, db, out); err != nil {
		return err
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
	err = demo.WaitDrafted(waitCtx, db, n, 200*time.Millisecond)
	waitCancel()
	if err != nil && ctx.Err() == nil {
		fmt.Fprintf(e.stderr, "warning: not every message was drafted in time: %v\n", err)
	}
	if ctx.Err() != nil {
		cancel()
		<-done
		return nil
	}
	rows, err := db.ListDrafts(ctx, store.DraftFilter{States: queue.DefaultStates})
	if err != nil {
		return err
	}
	counts, err := db.Counts(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(out)
	if err := writeQueueTable(out, rows, time.Now(), terminalOf(out)); err != nil {
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
`, counts[aftersale.DraftNoResponseNeeded], cfgPath, demo.SelfCommand(), firstID(rows))
	if once {
		cancel()
		return <-done
	}
	fmt.Fprintln(out, "\nThe demo daemon keeps running and sends what you approve to the SMTP sink. Ctrl-C stops it.")
	go demo.ReportSink(runCtx, sink, out)
	err = <-done
	fmt.Fprintln(out, "Demo stopped. Its database stays in", dir)
	return err
}

func firstID(rows []store.Listed) int64 {
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

// demoConfig is the demo's config for imapSrv and sink.
func demoConfig(imapSrv *demo.IMAPServer, sink *smtpsink.Sink) string {
	return demo.Config(imapSrv, sink.Port())
}

func portOf(addr string) int { return demo.Port(addr) }
