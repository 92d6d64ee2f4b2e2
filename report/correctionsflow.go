package report

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/store"
)

// UsageError marks an error in what a person gave on the command line (a
// flag's value, an argument, a file to read): the command exits with the
// usage code.
type UsageError struct{ Err error }

func (e UsageError) Error() string { return e.Err.Error() }
func (e UsageError) Unwrap() error { return e.Err }

func usagef(format string, args ...any) error { return UsageError{fmt.Errorf(format, args...)} }

// Opener opens the database a command works on.
type Opener func(context.Context) (*store.DB, error)

// CorrectionFilter is the filter of "corrections list" and "export":
// corrections in language lang ("": any) and to case kase ("": any).
func CorrectionFilter(lang, kase string) (store.CorrectionFilter, error) {
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

// ExportCorrections writes cs as TSV: with dir set, one file a language
// in the layout of classify/examples, each listed on out ("No
// corrections." for none); else to file, or to out when file is "" or "-".
func ExportCorrections(cs []aftersale.Correction, dir, file string, out io.Writer) error {
	if dir != "" {
		files, err := classify.WriteCorrectionsDir(dir, cs)
		for _, f := range files {
			fmt.Fprintf(out, "%s: %d corrections\n", f.Name, f.Count)
		}
		if err == nil && len(files) == 0 {
			fmt.Fprintln(out, "No corrections.")
		}
		return err
	}
	if file == "" || file == "-" {
		return classify.WriteCorrectionsTSV(out, cs)
	}
	return classify.WriteCorrectionsFile(file, cs)
}

// CorrectionsImport is what "corrections import" reads: Files ("-" for
// Stdin), Language for the lines nothing else gives a language, Who
// imports, and DryRun to check the files only.
type CorrectionsImport struct {
	Files    []string
	Stdin    io.Reader
	Language string
	Who      string
	DryRun   bool
}

// ImportCorrections checks every line of the files first, printing each
// problem to bad, and imports nothing while there is one. The corrections
// are recorded as by "import:" and the importer. With DryRun the database
// is not opened. What was read and stored is printed to out.
func ImportCorrections(ctx context.Context, in CorrectionsImport, open Opener, out, bad io.Writer) error {
	lang := strings.ToLower(in.Language)
	if in.Language != "" && !classify.LanguageCodeRe.MatchString(lang) {
		return usagef("--language %q is not a two-letter code such as de", in.Language)
	}
	all, errs, err := classify.ReadCorrectionsFiles(in.Files, in.Stdin, lang)
	if err != nil {
		return UsageError{err}
	}
	if len(errs) > 0 {
		for _, err := range errs {
			fmt.Fprintln(bad, err)
		}
		return fmt.Errorf("%d bad line(s); nothing imported", len(errs))
	}
	for i := range all {
		all[i].By = "import:" + in.Who
	}
	if in.DryRun {
		fmt.Fprintf(out, "%d corrections read; nothing imported (--dry-run)\n", len(all))
		return nil
	}
	db, err := open(ctx)
	if err != nil {
		return err
	}
	n, err := db.ImportCorrections(ctx, all)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%d corrections read: %d new, %d already stored\n", len(all), n, len(all)-n)
	return nil
}

// DeleteCorrections deletes the corrections whose ids args are, prints
// how many went to out, and fails when an id was not found.
func DeleteCorrections(ctx context.Context, args []string, open Opener, out io.Writer) error {
	var ids []int64
	for _, a := range args {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil || id <= 0 {
			return usagef("%q is not a correction id", a)
		}
		ids = append(ids, id)
	}
	db, err := open(ctx)
	if err != nil {
		return err
	}
	n, err := db.DeleteCorrections(ctx, ids)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%d of %d corrections deleted\n", n, len(ids))
	if n < len(ids) {
		return fmt.Errorf("%d correction id(s) not found", len(ids)-n)
	}
	return nil
}

// Classifier returns the classifier the daemon over the database at path
// uses (classify.ForStore): the one that learnt its corrections. Without a
// database at path, or with without set, it is the embedded classifier.
// A classifier trained now is announced on progress first.
func Classifier(ctx context.Context, path string, open Opener, opts classify.Options, without bool, progress io.Writer) (*classify.Classifier, error) {
	if without {
		return classify.New(opts)
	}
	if _, err := os.Stat(path); path == "" || err != nil {
		return classify.New(opts) // no database yet: no corrections
	}
	db, err := open(ctx)
	if err != nil {
		return nil, err
	}
	return classify.ForStore(ctx, db, opts, func(n int) {
		fmt.Fprintf(progress, "training the classifier with %d corrections (the daemon has not cached it yet)...\n", n)
	})
}
