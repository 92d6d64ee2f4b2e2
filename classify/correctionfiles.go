package classify

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/aftersale/aftersale"
)

// CorrectionsFile is one file WriteCorrectionsDir wrote.
type CorrectionsFile struct {
	Name  string
	Count int
}

// WriteCorrectionsDir writes dir/<language>/corrections.tsv for each
// language of cs (the layout of classify/examples), replacing an existing
// file, and returns the files written in language order.
func WriteCorrectionsDir(dir string, cs []aftersale.Correction) ([]CorrectionsFile, error) {
	byLang := map[string][]aftersale.Correction{}
	var langs []string
	for _, c := range cs {
		if byLang[c.Language] == nil {
			langs = append(langs, c.Language)
		}
		byLang[c.Language] = append(byLang[c.Language], c)
	}
	slices.Sort(langs)
	var out []CorrectionsFile
	for _, l := range langs {
		if err := os.MkdirAll(filepath.Join(dir, l), 0o755); err != nil {
			return out, fmt.Errorf("exporting corrections: %w", err)
		}
		name := filepath.Join(dir, l, "corrections.tsv")
		if err := WriteCorrectionsFile(name, byLang[l]); err != nil {
			return out, err
		}
		out = append(out, CorrectionsFile{Name: name, Count: len(byLang[l])})
	}
	return out, nil
}

// WriteCorrectionsFile writes cs as TSV (WriteCorrectionsTSV) to name,
// through a temporary file in its directory, so that name is either the
// old file or the whole new one.
func WriteCorrectionsFile(name string, cs []aftersale.Correction) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriter(tmp)
	err = WriteCorrectionsTSV(bw, cs)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}

// OpenError is a corrections file that could not be opened.
type OpenError struct{ Err error }

func (e OpenError) Error() string { return "reading corrections: " + e.Err.Error() }
func (e OpenError) Unwrap() error { return e.Err }

// ReadCorrectionsFiles parses the TSV files names (ParseCorrectionsTSV),
// "-" being stdin, with lang for lines no "# language:" line or folder
// names. It returns every correction read and every bad line; err is an
// OpenError for a file that cannot be opened.
func ReadCorrectionsFiles(names []string, stdin io.Reader, lang string) (cs []aftersale.Correction, bad []error, err error) {
	for _, name := range names {
		r, shown := stdin, "(stdin)"
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				return nil, nil, OpenError{err}
			}
			defer f.Close()
			r, shown = f, name
		}
		c, es := ParseCorrectionsTSV(shown, r, lang)
		cs = append(cs, c...)
		bad = append(bad, es...)
	}
	return cs, bad, nil
}
