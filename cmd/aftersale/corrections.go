package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/report"
	"github.com/aftersale/aftersale/store"
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
			f, err := correctionFilter(lang, kase)
			if err != nil {
				return err
			}
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			cs, err := db.Corrections(ctx, f)
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

func correctionFilter(lang, kase string) (store.CorrectionFilter, error) {
	f := store.CorrectionFilter{Language: strings.ToLower(lang)}
	if kase != "" {
		c, err := aftersale.ParseCase(kase)
		if err != nil {
			return f, usagef("--case: %v", err)
		}
		f.Case = c
	}
	return f, nil
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
			f, err := correctionFilter(lang, kase)
			if err != nil {
				return err
			}
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			cs, err := db.Corrections(ctx, f)
			if err != nil {
				return err
			}
			if dir != "" {
				files, err := classify.WriteCorrectionsDir(dir, cs)
				for _, f := range files {
					fmt.Fprintf(e.stdout, "%s: %d corrections\n", f.Name, f.Count)
				}
				if err == nil && len(files) == 0 {
					fmt.Fprintln(e.stdout, "No corrections.")
				}
				return err
			}
			if len(args) == 0 || args[0] == "-" {
				return classify.WriteCorrectionsTSV(e.stdout, cs)
			}
			return classify.WriteCorrectionsFile(args[0], cs)
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
			ctx := cmd.Context()
			if lang != "" && !classify.LanguageCodeRe.MatchString(strings.ToLower(lang)) {
				return usagef("--language %q is not a two-letter code such as de", lang)
			}
			all, errs, err := classify.ReadCorrectionsFiles(args, e.stdin, strings.ToLower(lang))
			if err != nil {
				return usageError{err}
			}
			if len(errs) > 0 {
				for _, err := range errs {
					fmt.Fprintln(e.stderr, err)
				}
				return fmt.Errorf("%d bad line(s); nothing imported", len(errs))
			}
			for i := range all {
				all[i].By = "import:" + e.who()
			}
			if dryRun {
				fmt.Fprintf(e.stdout, "%d corrections read; nothing imported (--dry-run)\n", len(all))
				return nil
			}
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			n, err := db.ImportCorrections(ctx, all)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "%d corrections read: %d new, %d already stored\n", len(all), n, len(all)-n)
			return nil
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
			ctx := cmd.Context()
			var ids []int64
			for _, a := range args {
				id, err := strconv.ParseInt(a, 10, 64)
				if err != nil || id <= 0 {
					return usagef("%q is not a correction id", a)
				}
				ids = append(ids, id)
			}
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			n, err := db.DeleteCorrections(ctx, ids)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "%d of %d corrections deleted\n", n, len(ids))
			if n < len(ids) {
				return fmt.Errorf("%d correction id(s) not found", len(ids)-n)
			}
			return nil
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

// classifierFor returns the classifier the daemon would use: the one that
// learnt the corrections of the database that --db or the config names
// (classify.ForStore). Without a database, or with without set, it is the
// embedded classifier.
func (e *env) classifierFor(ctx context.Context, opts classify.Options, without bool) (*classify.Classifier, error) {
	if without {
		return classify.New(opts)
	}
	path, err := e.storePath()
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); path == "" || err != nil {
		return classify.New(opts) // no database yet: no corrections
	}
	db, err := e.store(ctx)
	if err != nil {
		return nil, err
	}
	return classify.ForStore(ctx, db, opts, func(n int) {
		fmt.Fprintf(e.stderr, "training the classifier with %d corrections (the daemon has not cached it yet)...\n", n)
	})
}
