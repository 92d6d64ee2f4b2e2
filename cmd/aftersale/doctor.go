package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/report"
)

func newDoctorCmd(e *env) *cobra.Command {
	var (
		timeout time.Duration
		asJSON  bool
	)
	cmd := &cobra.Command{
		Use:   "doctor",
		Short: "Check the config, the IMAP and SMTP logins, the sender address and the database",
		Long: `doctor checks everything serve needs and says what to fix: the config file,
each credential source, each IMAP account (connect, TLS, login with the
daemon's own code, every folder it uses: folders, move_to, sent_folder),
the SMTP server (connect, TLS, login) and whether it accepts the
sender address, and the database (schema version, integrity, file mode).
It changes nothing on the servers and never prints a password or token.

--json prints {"version", "ok", "failed", "checks": [{"name", "status"
(ok, warn or fail), "error", "fix", "note"}]}.

Exit code 0 when every check passes (warnings allowed), 1 when one fails,
2 when the config itself is invalid.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := e.config(true)
			if err != nil {
				if !asJSON {
					fmt.Fprintf(e.stdout, "FAIL  config: see below; fix each line, then run \"aftersale config check\"\n")
				}
				return err
			}
			checks := report.Doctor(cmd.Context(), cfg, timeout, e.store)
			if asJSON {
				if err := checks.WriteJSON(e.stdout); err != nil {
					return err
				}
			} else {
				checks.WriteText(e.stdout)
			}
			if n := checks.Failed(); n > 0 {
				return fmt.Errorf("%d of %d checks failed", n, len(checks))
			}
			return nil
		},
	}
	cmd.Flags().DurationVar(&timeout, "timeout", 20*time.Second, "time allowed for each server")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the checks as JSON (schema version 1)")
	return cmd
}
