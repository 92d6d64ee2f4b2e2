package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os/user"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/config"
	"github.com/aftersale/aftersale/internal/logging"
	"github.com/aftersale/aftersale/report"
	"github.com/aftersale/aftersale/store"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = ""

// Exit codes: 0 success, 1 failure, 2 usage (bad flags, arguments or config).
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// usageError marks errors that exit with code 2: bad flags, bad config.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// hintError adds a "hint:" line below the error.
type hintError struct {
	err  error
	hint string
}

func (e hintError) Error() string { return e.err.Error() }
func (e hintError) Unwrap() error { return e.err }

// env is what every command gets: the streams, the global flags and lazily
// loaded config and store.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer

	configPath string
	dbPath     string
	actor      string
	logLevel   string

	cfg *Config
	db  *store.DB
	log *logging.Logger

	// now is the clock of every command and of the store it opens; tests
	// inject a fixed one.
	now func() time.Time

	// createDB lets store create a missing database: set for the commands
	// in createsDB only, so a mistyped --db is reported, not created.
	createDB bool
}

// run is main without os.Exit, for tests: it parses args, runs the command
// and maps its error to an exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runEnv(ctx, &env{stdin: stdin, stdout: stdout, stderr: stderr, now: time.Now}, args)
}

// runEnv is run with a prepared env (tests set its clock).
func runEnv(ctx context.Context, e *env, args []string) int {
	stdin, stdout, stderr := e.stdin, e.stdout, e.stderr
	if e.now == nil {
		e.now = time.Now
	}
	root := newRootCmd(e)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteContextC(ctx)
	if e.db != nil {
		e.db.Close()
	}
	if err == nil {
		return exitOK
	}
	name := "aftersale"
	if cmd != nil && cmd != root {
		name = strings.TrimSpace(strings.TrimPrefix(cmd.CommandPath(), "aftersale"))
		name = "aftersale: " + name
	}
	var ce ConfigErrors
	if errors.As(err, &ce) {
		fmt.Fprintf(stderr, "%s: invalid config:\n", name)
		for _, c := range ce {
			fmt.Fprintf(stderr, "  %s\n", c.Error())
		}
		return exitUsage
	}
	fmt.Fprintf(stderr, "%s: %v\n", name, err)
	var he hintError
	if errors.As(err, &he) {
		fmt.Fprintf(stderr, "hint: %s\n", he.hint)
	}
	var ue usageError
	if errors.As(err, &ue) || errors.As(err, new(report.UsageError)) || isFlagError(err) {
		return exitUsage
	}
	return exitFailure
}

func isFlagError(err error) bool {
	s := err.Error()
	return strings.HasPrefix(s, "unknown flag") || strings.HasPrefix(s, "unknown shorthand flag") ||
		strings.HasPrefix(s, "unknown command") || strings.Contains(s, "flag needs an argument") ||
		strings.HasPrefix(s, "invalid argument") || strings.Contains(s, "accepts ") ||
		strings.Contains(s, "requires at least") || strings.HasPrefix(s, "required flag")
}

func newRootCmd(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "aftersale",
		Short: "Triage Amazon buyer mail and reply within 24 hours, with a person approving every reply",
		Long: `aftersale watches a seller's mailbox for Amazon buyer messages, sorts each
into a playbook case (cancel, where is my order, return, review threat ...),
drafts a reply from the order facts and Amazon's messaging rules, and keeps it
in a queue until a person approves it. Approved replies go out over SMTP on
the buyer's thread.

Start with "aftersale demo" (no setup), then see "aftersale config example".`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       report.BuildVersion(version),
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	pf := root.PersistentFlags()
	pf.StringVar(&e.configPath, "config", "", "config file (default $AFTERSALE_CONFIG, /etc/aftersale/aftersale.toml or ~/.config/aftersale/aftersale.toml)")
	pf.StringVar(&e.dbPath, "db", "", "database file; overrides [store] path in the config")
	pf.StringVar(&e.actor, "as", "", "who is acting, recorded with every approval (default: the OS user)")
	pf.StringVar(&e.logLevel, "log-level", "", "debug, info, warn or error (default from config or $AFTERSALE_LOG_LEVEL)")
	root.AddCommand(
		newServeCmd(e),
		newDemoCmd(e),
		newQueueCmd(e),
		newSentCmd(e),
		newOrdersCmd(e),
		newConfigCmd(e),
		newMigrateCmd(e),
		newEvalCmd(e),
		newEvalRepliesCmd(e),
		newLintCmd(e),
		newInspectCmd(e),
		newStatsCmd(e),
		newVersionCmd(e),
		newStatusCmd(e),
		newDoctorCmd(e),
		newBackupCmd(e),
		newPurgeCmd(e),
		newReparseCmd(e),
		newCorrectionsCmd(e),
	)
	// Set before finishTree: cobra's completion command keeps the writer it
	// sees when it is added.
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	finishTree(e, root)
	return root
}

func newVersionCmd(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print the version, commit, Go version and database schema version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if asJSON {
				return writeJSON(e.stdout, report.ReadVersion(version))
			}
			fmt.Fprintln(e.stdout, report.ReadVersion(version))
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (schema version 1)")
	return cmd
}

// who returns the actor recorded for approvals and edits.
func (e *env) who() string {
	if e.actor != "" {
		return e.actor
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "unknown"
}

// findConfig returns the config path to use (config.Find), or "" when
// none exists.
func (e *env) findConfig() string { return config.Find(e.configPath) }

// config loads the config once. required=false lets commands that only need
// the database run with --db alone.
func (e *env) config(required bool) (*Config, error) {
	if e.cfg != nil {
		return e.cfg, nil
	}
	p := e.findConfig()
	if p == "" {
		if required {
			return nil, hintError{usagef("no config file found"), "pass --config FILE or set AFTERSALE_CONFIG; \"aftersale config example\" prints a documented one"}
		}
		return nil, nil
	}
	cfg, err := LoadConfig(p)
	if err != nil {
		var ce ConfigErrors
		if errors.As(err, &ce) {
			return nil, err
		}
		return nil, usageError{err}
	}
	e.cfg = cfg
	return cfg, nil
}

// storePath is the database path that --db or the config names; "" when
// neither does.
func (e *env) storePath() (string, error) {
	if e.dbPath != "" {
		return e.dbPath, nil
	}
	cfg, err := e.config(false)
	if err != nil || cfg == nil {
		return "", err
	}
	return cfg.StorePath, nil
}

// store opens the database named by --db or the config.
func (e *env) store(ctx context.Context) (*store.DB, error) {
	if e.db != nil {
		return e.db, nil
	}
	var cfg *Config
	if e.dbPath == "" {
		var err error
		if cfg, err = e.config(false); err != nil {
			return nil, err
		}
	}
	db, err := report.OpenStore(ctx, e.dbPath, cfg, e.createDB, e.now)
	switch {
	case errors.Is(err, report.ErrNoStore):
		return nil, hintError{usageError{err}, "run \"aftersale demo\" and follow what it prints, or pass --config FILE"}
	case errors.Is(err, store.ErrNoDatabase):
		return nil, hintError{usageError{err}, "check --db or the config's [store] path; \"aftersale migrate\" creates a new database there"}
	case err != nil:
		return nil, err
	}
	e.db = db
	return db, nil
}

// logger builds the one logger of the process (logging.New): level from
// flag, environment or config.
func (e *env) logger() *slog.Logger {
	if e.log == nil {
		level, format := "", ""
		if e.cfg != nil {
			level, format = e.cfg.LogLevel, e.cfg.LogFormat
		}
		e.log = logging.New(e.stderr, level, format, e.logLevel)
	}
	return e.log.Logger
}

// setConfigLevel applies a reloaded config's log level, unless
// AFTERSALE_LOG_LEVEL or --log-level fixed the level for the process.
func (e *env) setConfigLevel(level string) { e.logger(); e.log.SetConfigLevel(level) }

func isTerminal(w io.Writer) bool { return logging.IsTerminal(w) }

// notFound turns store.ErrNotFound into a user-facing error.
func notFound(what string, id any, err error) error {
	if errors.Is(err, aftersale.ErrNotFound) {
		return fmt.Errorf("%s %v not found", what, id)
	}
	return err
}
