package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/report"
)

// createsDB are the commands that may create a missing database: the
// daemon, migrate and the demo, and the two importers (what they import is
// the database's first content, and they say where it went). Every other
// command reports "no database at PATH" for a path that does not exist,
// rather than answering from a new, empty database.
var createsDB = map[string]bool{
	"aftersale serve":              true,
	"aftersale migrate":            true,
	"aftersale demo":               true,
	"aftersale orders import":      true,
	"aftersale corrections import": true,
}

// draftIDCommands take draft ids as arguments.
var draftIDCommands = map[string]bool{
	"aftersale queue show":       true,
	"aftersale queue approve":    true,
	"aftersale queue reject":     true,
	"aftersale queue nrn":        true,
	"aftersale queue edit":       true,
	"aftersale queue resolve":    true,
	"aftersale queue reclassify": true,
}

// finishTree applies what every command of the tree shares: an unknown
// subcommand is a usage error with suggestions, the commands that may
// create a database say so, and arguments and flags complete in the shell.
func finishTree(e *env, root *cobra.Command) {
	// Cobra adds these when it executes; added now, they get the same
	// treatment as the rest of the tree.
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	// A group runs only to print its help or refuse an unknown subcommand:
	// its usage shows "COMMAND [command]", not a line of its own.
	root.SetUsageTemplate(strings.Replace(root.UsageTemplate(),
		"Usage:{{if .Runnable}}", "Usage:{{if and .Runnable (not .HasAvailableSubCommands)}}", 1))
	walk(root, func(c *cobra.Command) {
		if c.HasSubCommands() && !c.Runnable() {
			c.Args = unknownSubcommand
			c.RunE = func(cmd *cobra.Command, args []string) error { return cmd.Help() }
		}
		if c.RunE != nil && hasChoiceFlag(c) {
			run := c.RunE
			c.RunE = func(cmd *cobra.Command, args []string) error {
				if err := checkChoices(cmd); err != nil {
					return err
				}
				return run(cmd, args)
			}
		}
		if createsDB[c.CommandPath()] && c.RunE != nil {
			run := c.RunE
			c.RunE = func(cmd *cobra.Command, args []string) error {
				e.createDB = true
				return run(cmd, args)
			}
		}
		if draftIDCommands[c.CommandPath()] && c.ValidArgsFunction == nil {
			c.ValidArgsFunction = e.completeDraftIDs
		}
		completeFlag(c, "case", completeWith(report.CaseNames))
		completeFlag(c, "state", completeWith(report.StateNames))
		completeFlag(c, "account", e.completeAccounts)
		completeFlag(c, "marketplace", completeWith(report.MarketplaceDomains))
	})
}

func walk(c *cobra.Command, fn func(*cobra.Command)) {
	fn(c)
	for _, sub := range c.Commands() {
		walk(sub, fn)
	}
}

// unknownSubcommand is the Args of a command that only groups others: no
// arguments (it prints its help), or the name of a subcommand that does
// not exist, which is a usage error naming the closest ones.
func unknownSubcommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	err := usagef("unknown command %q", args[0])
	hint := fmt.Sprintf("run %q for the commands", cmd.CommandPath()+" --help")
	if cmd.SuggestionsMinimumDistance <= 0 {
		cmd.SuggestionsMinimumDistance = 2
	}
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		for i := range s {
			s[i] = strconv.Quote(cmd.CommandPath() + " " + s[i])
		}
		hint = "did you mean " + strings.Join(s, " or ") + "?"
	}
	return hintError{err, hint}
}

// completeFlag registers fn for flag name of c, when c has that flag.
func completeFlag(c *cobra.Command, name string, fn cobra.CompletionFunc) {
	if c.LocalNonPersistentFlags().Lookup(name) == nil {
		return
	}
	if _, ok := c.GetFlagCompletionFunc(name); ok {
		return
	}
	_ = c.RegisterFlagCompletionFunc(name, fn)
}

// completeWith offers the values names returns.
func completeWith(names func() []string) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return names(), cobra.ShellCompDirectiveNoFileComp
	}
}

// completeAccounts offers the config's account names and the accounts of
// the drafts in the database; nothing when neither can be read.
func (e *env) completeAccounts(cmd *cobra.Command, _ []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
	var names []string
	if cfg, err := e.config(false); err == nil && cfg != nil {
		for _, a := range cfg.Accounts {
			names = append(names, a.Name)
		}
	}
	db, _ := e.store(cmd.Context())
	return report.AccountNames(cmd.Context(), names, db), cobra.ShellCompDirectiveNoFileComp
}

// completeDraftIDs offers the ids of the drafts waiting in the queue
// (report.WaitingDrafts); ids already on the command line are left out.
// Nothing when there is no database.
func (e *env) completeDraftIDs(cmd *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
	db, err := e.store(cmd.Context())
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	cs, _ := report.WaitingDrafts(cmd.Context(), db, args)
	var out []cobra.Completion
	for _, c := range cs {
		out = append(out, cobra.CompletionWithDesc(c.Value, c.Desc))
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

func hasChoiceFlag(c *cobra.Command) bool {
	for _, name := range report.ChoiceFlags {
		if c.LocalNonPersistentFlags().Lookup(name) != nil {
			return true
		}
	}
	return false
}

// checkChoices refuses a value of a choice flag that is not in its list
// (report.CheckChoice), as a usage error whose hint lists the valid values.
func checkChoices(cmd *cobra.Command) error {
	for _, name := range report.ChoiceFlags {
		f := cmd.LocalNonPersistentFlags().Lookup(name)
		if f == nil || !f.Changed {
			continue
		}
		values := []string{f.Value.String()}
		if sv, ok := f.Value.(interface{ GetSlice() []string }); ok {
			values = sv.GetSlice()
		}
		if bad, valid := report.CheckChoice(name, values); bad != "" {
			return hintError{usagef("unknown %s %q", name, bad), "one of " + strings.Join(valid, ", ")}
		}
	}
	return nil
}
