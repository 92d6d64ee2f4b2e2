package main

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/daemon"
	"github.com/aftersale/aftersale/store"
)

func newServeCmd(e *env) *cobra.Command {
	var once bool
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the daemon: poll mail, triage, draft, and send approved replies",
		Long: `serve runs every configured account's IMAP poller, the classifier, the
drafter and the outbox sender until SIGINT or SIGTERM. Nothing is sent that a
person has not approved ("aftersale queue approve"). The database is created
or migrated first.

SIGINT or SIGTERM: stop taking work, finish the reply being sent, and exit 0
(after [service] shutdown_grace, default 10s, whatever is still running is
aborted). A second signal exits at once. SIGHUP: re-read the config file; a
config with errors is reported and the running one is kept.

Under systemd (Type=notify) it reports READY=1 once it runs. With [http]
listen set it serves /healthz and /metrics.

With --once it polls every account once, triages and drafts what arrived,
sends what is already approved, and exits.

One daemon per database: serve and serve --once lock it (a lock file beside
it, DATABASE.lock) and refuse to start while another process holds it,
naming that process's pid and host. The CLI's other commands work beside
the daemon.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := e.config(true)
			if err != nil {
				return err
			}
			lock, err := e.lockDaemon(cfg)
			if err != nil {
				return err
			}
			defer lock.Release()
			db, err := e.store(cmd.Context())
			if err != nil {
				return err
			}
			if once {
				return daemon.RunOnce(cmd.Context(), cfg, db, e.logger())
			}
			s := daemon.NewService(cfg, db, e.logger(), e.now)
			s.SetLevel = e.setConfigLevel
			return s.ServeSignals(cmd.Context())
		},
	}
	cmd.Flags().BoolVar(&once, "once", false, "poll, triage, draft and send once, then exit")
	return cmd
}

// lockDaemon takes the database's daemon lock before serve opens it: one
// daemon per database, "serve --once" included. The refusal names the
// process that holds it.
func (e *env) lockDaemon(cfg *Config) (*store.DaemonLock, error) {
	path := e.dbPath
	if path == "" {
		path = cfg.StorePath
	}
	l, err := store.LockDaemon(path, e.now())
	if errors.Is(err, store.ErrLocked) {
		return nil, hintError{err, "only one daemon (serve, serve --once) may use a database; stop the other one first (systemctl status aftersale), or give this one its own [store] path"}
	}
	return l, err
}
