package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newBackupCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "backup FILE",
		Short: "Write a consistent copy of the database to FILE, also while the daemon runs",
		Long: `backup writes a consistent copy of the database (SQLite VACUUM INTO) to FILE,
which must not exist, with mode 0600: it holds buyers' personal data. The
daemon may keep running. The copy is checked before the command returns.
Restore by stopping the daemon and putting the copy in place of the
database file ([store] path).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := e.store(cmd.Context())
			if err != nil {
				return err
			}
			if err := db.Backup(cmd.Context(), args[0]); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "backup of %s written to %s\n", db.Path(), args[0])
			return nil
		},
	}
}
