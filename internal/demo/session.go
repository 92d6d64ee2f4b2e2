package demo

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/termtable"
	"github.com/aftersale/aftersale/queue"
	"github.com/aftersale/aftersale/store"
)

// Session is one run of the demo: its peers and directory, the database
// of its config, and the daemon that works on it.
type Session struct {
	Dir    string
	Peers  *Peers
	DB     *store.DB
	Daemon interface{ Run(context.Context) error }
	// Out gets what the demo tells the user, Err its warnings.
	Out, Err io.Writer
}

// Run imports the demo's orders, runs the daemon until every sample mail
// is drafted (at most 2 minutes), prints the queue and what to try next,
// and, unless once is set, keeps the daemon running and reports what
// reaches the SMTP sink until ctx ends. An interrupt while triaging ends
// it without error.
func (s Session) Run(ctx context.Context, once bool) error {
	out := s.Out
	fmt.Fprintf(out, "Embedded IMAP server on %s with %d sample buyer messages; SMTP sink on %s.\n", s.Peers.IMAP.Addr, s.Peers.Messages, s.Peers.Sink.Addr())
	if err := ImportOrders(ctx, s.DB, out); err != nil {
		return err
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- s.Daemon.Run(runCtx) }()

	fmt.Fprintln(out, "Triaging ...")
	waitCtx, waitCancel := context.WithTimeout(ctx, 2*time.Minute)
	err := WaitDrafted(waitCtx, s.DB, s.Peers.Messages, 200*time.Millisecond)
	waitCancel()
	if err != nil && ctx.Err() == nil {
		fmt.Fprintf(s.Err, "warning: not every message was drafted in time: %v\n", err)
	}
	if ctx.Err() != nil {
		cancel()
		<-done
		return nil
	}
	rows, err := s.DB.ListDrafts(ctx, store.DraftFilter{States: queue.DefaultStates})
	if err != nil {
		return err
	}
	counts, err := s.DB.Counts(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(out)
	if err := queue.WriteTable(out, rows, time.Now(), termtable.Of(out)); err != nil {
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
`, counts[aftersale.DraftNoResponseNeeded], s.Peers.Config, SelfCommand(), firstID(rows))
	if once {
		cancel()
		return <-done
	}
	fmt.Fprintln(out, "\nThe demo daemon keeps running and sends what you approve to the SMTP sink. Ctrl-C stops it.")
	go ReportSink(runCtx, s.Peers.Sink, out)
	err = <-done
	fmt.Fprintln(out, "Demo stopped. Its database stays in", s.Dir)
	return err
}

// firstID is the first proposed draft of rows, else the first draft, else 1.
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
