package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/daemon"
	"github.com/aftersale/aftersale/internal/demo"
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
	cfg, err := LoadConfig(peers.Config)
	if err != nil {
		return fmt.Errorf("demo config: %w", err)
	}
	e.cfg = cfg
	if e.logLevel == "" && os.Getenv("AFTERSALE_LOG_LEVEL") == "" {
		e.logLevel = "warn"
	}
	db, err := e.store(ctx)
	if err != nil {
		return err
	}
	d, err := daemon.New(cfg, db, e.logger())
	if err != nil {
		return err
	}
	return demo.Session{Dir: dir, Peers: peers, DB: db, Daemon: d, Out: e.stdout, Err: e.stderr}.Run(ctx, once)
}
