package main

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/report"
)

func newEvalCmd(e *env) *cobra.Command {
	var (
		minConf             float64
		asJSON, miss, learn bool
		half                string
		withoutCorrections  bool
	)
	cmd := &cobra.Command{
		Use:   "eval PATH",
		Short: "Score the classifier on labelled buyer messages (a CSV or a folder of .eml files)",
		Long: `Score the classifier on labelled messages. PATH is either

  - a CSV file with "text" and "label" columns (and optionally "language"),
    as in a labelled intents data set such as buyer-intents. Labels are the playbook's case names;
    "not_received" counts as return_dissatisfied with that sub-reason, and
    "return_dissatisfied/damaged" names a sub-reason explicitly; or
  - a folder holding labels.csv with the columns
    file,case,subreason,order_id,language,needs_human (file is the path of an
    .eml relative to labels.csv, several order ids are joined by ";",
    needs_human is true or false). Every .eml is parsed exactly as fetched mail
    is, so Amazon's templates, notices and charsets are part of the test.
    Amazon's template is first learned from the folder's messages, in the
    order of labels.csv, as the daemon learns it from the mail it has
    stored; the learned lines are dropped from the buyer texts
    (--learn=false: not).

Prints per-case precision, recall and F1, macro-F1, accuracy, sub-reason
accuracy, language accuracy, order-id exact-match rate, needs_human precision
and recall (what the labels provide), per-language accuracy and macro-F1 and
the confusion matrix (on a terminal, a progress line shows how far it is).
--misses lists the wrong samples by file or CSV line,
never their text.

With a config (or --db) whose database holds corrections ("aftersale
corrections"), the classifier is the one the daemon uses: it has learnt
them (from the model the daemon cached, or trained now, which takes
seconds). --without-corrections scores the classifier as shipped, to see
the difference. --half takes one half of a folder by file name (odd, even,
first, second; see "corrections extract").`,
		Example: `  aftersale eval buyer-intents/test.csv
  aftersale eval classify/testdata/eval --misses
  aftersale eval classify/testdata/eval --json
  aftersale --config aftersale.toml eval my-labelled-mail --without-corrections`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if minConf < 0 || minConf > 1 {
				return usagef("--min-confidence %v is not between 0 and 1", minConf)
			}
			run, err := report.Eval(cmd.Context(), report.EvalSpec{Path: args[0], Half: half, Learn: learn,
				Classifier: func() (*classify.Classifier, error) {
					return e.classifierFor(cmd.Context(), classify.Options{MinConfidence: minConf}, withoutCorrections)
				},
				Progress: func(n int) (func(), func()) {
					p := e.newProgress(int64(n), "classifying", false)
					return func() { p.Add(1) }, p.Done
				},
			})
			if bh := (*report.BadHalf)(nil); errors.As(err, &bh) {
				return usageError{bh.Err}
			} else if err != nil {
				return err
			}
			if asJSON {
				return run.WriteJSON(e.stdout, miss)
			}
			return run.WriteText(e.stdout, miss)
		},
	}
	cmd.Flags().Float64Var(&minConf, "min-confidence", classify.DefaultMinConfidence, "confidence under which a verdict counts as needs-human")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	cmd.Flags().BoolVar(&learn, "learn", true, "learn Amazon's template from the folder's messages first, as the daemon does from stored mail")
	cmd.Flags().BoolVar(&miss, "misses", false, "also list the misclassified samples (file or CSV line, expected, got)")
	cmd.Flags().StringVar(&half, "half", "", "score one half of the samples by file name: odd, even, first or second")
	cmd.Flags().BoolVar(&withoutCorrections, "without-corrections", false, "score the classifier as shipped, not the one that learnt the database's corrections")
	return cmd
}
