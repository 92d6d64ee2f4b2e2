package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/report"
)

func newCorrectionsCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "corrections",
		Short: "The cases you corrected, kept as training examples: list, export, import",
		Long: `When a person gives a message another case than the classifier did, the
buyer's words are kept as a correction: with names, addresses, e-mail
addresses, phone numbers and order ids replaced by placeholders (<name>,
<address>, <email>, <phone>, <order>, <url>, <number>), the language, the
marketplace and the case. Corrections hold no personal data: the retention
purge leaves them, and a backup holds them. The classifier trains on them
beside its own examples, each weighing more than one of those; the daemon
retrains in the background within seconds of a change.

They move as TSV in the format of classify/examples: one correction per
line, case<TAB>subreason<TAB>text, "\n" for a line break in the text.
Comment lines start with "#"; two of them set what the following lines are:

  # language: de
  # marketplace: amazon.de

"export --dir DIR" writes DIR/<language>/corrections.tsv, the layout of
classify/examples, so a seller can share them with the project.`,
	}
	cmd.AddCommand(newCorrectionsListCmd(e), newCorrectionsExportCmd(e), newCorrectionsImportCmd(e),
		newCorrectionsDeleteCmd(e), newCorrectionsExtractCmd(e))
	return cmd
}

func newCorrectionsListCmd(e *env) *cobra.Command {
	var (
		lang, kase string
		asJSON     bool
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the corrections, oldest first",
		Long: `List the corrections, oldest first. Columns: ID, WHEN (UTC), BY, LANG,
MKT (marketplace), CASE (the person's; "was" the classifier's), TEXT (the
start of the kept words).`,
		Example: `  aftersale corrections list
  aftersale corrections list --lang de --case return_unwanted
  aftersale corrections list --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			cs, err := e.corrections(ctx, lang, kase)
			if err != nil {
				return err
			}
			if asJSON {
				return report.Corrections(cs).WriteJSON(e.stdout)
			}
			return report.Corrections(cs).WriteText(e.stdout)
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "", "only corrections in this language (de, ja, ...)")
	cmd.Flags().StringVar(&kase, "case", "", "only corrections to this case")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (schema version 1)")
	return cmd
}

// corrections returns the stored corrections in language lang and to case
// kase (report.CorrectionFilter).
func (e *env) corrections(ctx context.Context, lang, kase string) ([]aftersale.Correction, error) {
	f, err := report.CorrectionFilter(lang, kase)
	if err != nil {
		return nil, err
	}
	db, err := e.store(ctx)
	if err != nil {
		return nil, err
	}
	return db.Corrections(ctx, f)
}

func newCorrectionsExportCmd(e *env) *cobra.Command {
	var (
		lang, kase, dir string
	)
	cmd := &cobra.Command{
		Use:   "export [FILE | -]",
		Short: "Write the corrections as TSV in the format of classify/examples",
		Long: `Write the corrections as TSV (case<TAB>subreason<TAB>text, "\n" for a line
break), each group of lines under "# language:" and "# marketplace:"
comments, to FILE or standard output. With --dir, one file per language:
DIR/<language>/corrections.tsv, the layout of classify/examples (an existing
file is replaced). "aftersale corrections import" reads both.`,
		Example: `  aftersale corrections export > corrections.tsv
  aftersale corrections export --lang de de.tsv
  aftersale corrections export --dir shared-corrections`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if dir != "" && len(args) > 0 {
				return usagef("give a FILE or --dir, not both")
			}
			cs, err := e.corrections(ctx, lang, kase)
			if err != nil {
				return err
			}
			return report.ExportCorrections(cs, dir, strings.Join(args, ""), e.stdout)
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "", "only corrections in this language")
	cmd.Flags().StringVar(&kase, "case", "", "only corrections to this case")
	cmd.Flags().StringVar(&dir, "dir", "", "write DIR/<language>/corrections.tsv instead of one file")
	return cmd
}

func newCorrectionsImportCmd(e *env) *cobra.Command {
	var (
		lang   string
		dryRun bool
	)
	cmd := &cobra.Command{
		Use:   "import FILE... | -",
		Short: "Add corrections from TSV files (the export's format, or classify/examples')",
		Long: `Add corrections from TSV files in the format "corrections export" writes, or
a folder of them in the classify/examples layout (DIR/<language>/*.tsv: the
folder names the language). A line's language is set by the "# language:"
line above it, else the folder's name, else --language.

Every line is checked first; each problem is reported as file:line and
nothing is imported until all are fixed. The texts are scrubbed of personal
data again. A correction that is already stored (same text, language, case
and sub-reason) is skipped, so importing a file twice adds nothing. Who
imports (--as, else the OS user) is recorded. A running daemon learns them
within seconds.`,
		Example: `  aftersale corrections import colleague.tsv
  aftersale corrections import shared-corrections/*/corrections.tsv
  aftersale corrections import --language it - < it.tsv`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			in := report.CorrectionsImport{Files: args, Stdin: e.stdin, Language: lang, Who: e.who(), DryRun: dryRun}
			return report.ImportCorrections(cmd.Context(), in, e.store, e.stdout, e.stderr)
		},
	}
	cmd.Flags().StringVar(&lang, "language", "", "language of lines no \"# language:\" line or folder names")
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "check the files, import nothing")
	return cmd
}

func newCorrectionsDeleteCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "delete ID...",
		Short: "Delete corrections (a mistaken one); the daemon retrains without them",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return report.DeleteCorrections(cmd.Context(), args, e.store, e.stdout)
		},
	}
}

func newCorrectionsExtractCmd(e *env) *cobra.Command {
	var (
		half  string
		limit int
	)
	cmd := &cobra.Command{
		Use:   "extract FOLDER",
		Short: "Write a labelled folder of .eml files as corrections TSV (to measure learning)",
		Long: `Read a labelled evaluation folder (labels.csv and .eml files, as
"aftersale eval" takes) and write one correction per message to standard
output, as "corrections import" reads it: each .eml is parsed and classified
the way the daemon does, and the words a reclassification would keep
(personal data replaced) are written with the label's case. A "# file:"
comment names the .eml of each line; a message without words (a photo only)
is left out with a comment.

--half takes one half of the folder by file name: "odd" and "even" are the
1st, 3rd, 5th ... and 2nd, 4th ... files in name order, "first" and
"second" the two halves of that order. --limit keeps the first N.

With "corrections import" and "eval --half" it measures how corrections
teach the classifier (the README's learning curve).`,
		Example: `  aftersale corrections extract triage-dev --half even --limit 50 > even50.tsv
  aftersale --db /tmp/curve.db corrections import even50.tsv
  aftersale --db /tmp/curve.db eval triage-dev --half odd`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			samples, err := classify.LoadFolder(args[0], mailbox.Parse)
			if err != nil {
				return fmt.Errorf("loading %s: %w", args[0], err)
			}
			if samples, err = classify.SelectHalf(samples, half); err != nil {
				return usageError{err}
			}
			c, err := classify.New(classify.Options{})
			if err != nil {
				return err
			}
			return classify.ExtractCorrections(ctx, e.stdout, c, samples, limit)
		},
	}
	cmd.Flags().StringVar(&half, "half", "", "odd, even, first or second: one half of the folder by file name")
	cmd.Flags().IntVar(&limit, "limit", 0, "write at most this many corrections (0: all)")
	return cmd
}

// classifierFor returns the classifier the daemon would use
// (report.Classifier) for the database that --db or the config names.
func (e *env) classifierFor(ctx context.Context, opts classify.Options, without bool) (*classify.Classifier, error) {
	path := ""
	if !without {
		var err error
		if path, err = e.storePath(); err != nil {
			return nil, err
		}
	}
	return report.Classifier(ctx, path, e.store, opts, without, e.stderr)
}
