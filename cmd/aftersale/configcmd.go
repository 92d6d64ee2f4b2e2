package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/config"
)

func newConfigCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Check a config file or print a documented example",
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "example",
		Short: "Print a documented example config",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprint(e.stdout, config.Example())
			return err
		},
	}, &cobra.Command{
		Use:   "check [FILE]",
		Short: "Validate a config file; every problem is reported with file:line",
		Long: `Validate a config file (default: the one aftersale would use). Exit code 0
when it is valid, 2 with every problem listed as file:line otherwise.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := e.findConfig()
			if len(args) == 1 {
				path = args[0]
			}
			if path == "" {
				return hintError{usagef("no config file found"), "pass a file: aftersale config check FILE"}
			}
			cfg, err := LoadConfig(path)
			if ce := ConfigErrors(nil); errors.As(err, &ce) {
				return err // every problem, with file:line
			} else if err != nil {
				return usageError{err}
			}
			for _, w := range cfg.SecretWarnings() {
				fmt.Fprintf(e.stderr, "warning: %s: %s\n", path, w)
			}
			fmt.Fprintf(e.stdout, "%s: ok (%s)\n", path, cfg.Summary())
			return nil
		},
	})
	return cmd
}

func newMigrateCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "migrate",
		Short: "Create or upgrade the database schema (serve does this by itself)",
		Long: `migrate creates the database or applies the schema migrations this binary
has, each in its own transaction; serve does the same at start. A database
written by a newer aftersale is refused: install that version (or a newer
one) instead. Take a backup first ("aftersale backup FILE") when upgrading.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := e.store(cmd.Context())
			if err != nil {
				return err
			}
			v, err := db.SchemaVersion(cmd.Context())
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "database %s is up to date (schema version %d)\n", db.Path(), v)
			return nil
		},
	}
}
