package classify

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/pii"
	"github.com/aftersale/aftersale/store"
)

// CorrectionsTSVHeader starts every exported file.
const CorrectionsTSVHeader = "# aftersale corrections: case<TAB>subreason<TAB>text, \"\\n\" for a line break.\n" +
	"# Personal data is replaced by placeholders such as <name> and <address>.\n"

// WriteCorrectionsTSV writes cs as TSV, a "# language:" and a
// "# marketplace:" line before each run of lines they describe.
func WriteCorrectionsTSV(w io.Writer, cs []aftersale.Correction) error {
	if _, err := io.WriteString(w, CorrectionsTSVHeader); err != nil {
		return err
	}
	lang, mkt := "", "\x00"
	for _, c := range cs {
		if c.Language != lang {
			lang, mkt = c.Language, "\x00"
			fmt.Fprintf(w, "# language: %s\n", lang)
		}
		if c.Marketplace != mkt {
			mkt = c.Marketplace
			m := mkt
			if m == "" {
				m = "-"
			}
			fmt.Fprintf(w, "# marketplace: %s\n", m)
		}
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\n", c.Case, c.SubReason, TSVText(c.Text)); err != nil {
			return err
		}
	}
	return nil
}

// TSVText puts text on one line: "\n" for a line break, tabs and other
// control characters as spaces.
func TSVText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		if r == '\n' {
			return r
		}
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	return strings.ReplaceAll(strings.TrimSpace(s), "\n", `\n`)
}

var (
	directiveRe = regexp.MustCompile(`^#\s*(language|marketplace)\s*:\s*(\S*)\s*$`)
	// LanguageCodeRe matches a two-letter language code, the folder name
	// of examples/<language>/.
	LanguageCodeRe = regexp.MustCompile(`^[a-z]{2}$`)
)

// maxCorrectionText bounds the text of one imported correction.
const maxCorrectionText = 20000

// LineError is one bad line of an imported file.
type LineError struct {
	File string
	Line int
	Msg  string
}

func (e LineError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// ParseCorrectionsTSV reads corrections from r (named name in errors). The
// language of a line is the last "# language:" line's, else the name of
// the file's folder when it is a language code (classify/examples
// layout), else lang. Every line is checked; each problem is returned with
// its file and line. The texts are scrubbed of personal data again.
func ParseCorrectionsTSV(name string, r io.Reader, lang string) ([]aftersale.Correction, []error) {
	if l := filepath.Base(filepath.Dir(name)); LanguageCodeRe.MatchString(l) && lang == "" {
		lang = l
	}
	mkt := ""
	var out []aftersale.Correction
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	bad := func(format string, args ...any) {
		errs = append(errs, LineError{name, line, fmt.Sprintf(format, args...)})
	}
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			t = strings.TrimPrefix(t, "\ufeff")
		}
		if strings.TrimSpace(t) == "" {
			continue
		}
		if strings.HasPrefix(t, "#") {
			if m := directiveRe.FindStringSubmatch(t); m != nil {
				v := strings.ToLower(m[2])
				switch m[1] {
				case "language":
					if !LanguageCodeRe.MatchString(v) {
						bad("language %q is not a two-letter code such as de", m[2])
						continue
					}
					lang = v
				case "marketplace":
					if v == "-" {
						v = ""
					}
					mkt = v
				}
			}
			continue
		}
		parts := strings.SplitN(t, "\t", 3)
		if len(parts) != 3 {
			bad("want case<TAB>subreason<TAB>text, found %d field(s)", len(parts))
			continue
		}
		c := aftersale.Correction{Case: aftersale.Case(strings.TrimSpace(parts[0])), SubReason: aftersale.SubReason(strings.TrimSpace(parts[1])),
			Language: lang, Marketplace: mkt, Source: aftersale.CorrectionImport}
		text := strings.TrimSpace(strings.ReplaceAll(parts[2], `\n`, "\n"))
		switch {
		case !c.Case.Valid():
			bad("unknown case %q (one of %s)", parts[0], caseNames())
			continue
		case c.SubReason != "" && !slices.Contains(aftersale.SubReasons(), c.SubReason):
			bad("unknown sub-reason %q", parts[1])
			continue
		case c.SubReason != "" && c.Case != aftersale.CaseReturnDissatisfied:
			bad("sub-reason %q belongs to return_dissatisfied, not %s", parts[1], c.Case)
			continue
		case text == "":
			bad("no text")
			continue
		case len(text) > maxCorrectionText:
			bad("text longer than %d bytes", maxCorrectionText)
			continue
		case lang == "":
			bad(`no language: add a "# language: xx" line above, or pass --language`)
			continue
		}
		c.Text = pii.Scrub(text, pii.Known{})
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("reading %s: %w", name, err))
	}
	return out, errs
}

func caseNames() string {
	var ns []string
	for _, c := range aftersale.Cases() {
		ns = append(ns, string(c))
	}
	return strings.Join(ns, ", ")
}

// ExtractCorrections writes samples as corrections TSV: the words of each
// message as Learner.RecordCorrection keeps them, with its label's case.
func ExtractCorrections(ctx context.Context, w io.Writer, c *Classifier, samples []Sample, limit int) error {
	if _, err := io.WriteString(w, CorrectionsTSVHeader); err != nil {
		return err
	}
	n := 0
	for _, s := range samples {
		if limit > 0 && n >= limit {
			break
		}
		if s.Message == nil {
			return errors.New("extracting corrections: the samples carry no mail (give a folder of .eml files)")
		}
		kase, sub, err := ParseLabel(s.Label)
		if err != nil {
			return fmt.Errorf("%s: %w", s.Source, err)
		}
		cl, err := c.Classify(ctx, *s.Message)
		if err != nil {
			return err
		}
		text := CorrectionText(*s.Message, cl.Facts)
		if text == "" {
			fmt.Fprintf(w, "# file: %s: no words to learn from\n", s.Source)
			continue
		}
		lang := CorrectionLanguage(text, cl.Language, s.Message.Marketplace)
		mkt := strings.ToLower(s.Message.Marketplace)
		if mkt == "" {
			mkt = "-"
		}
		fmt.Fprintf(w, "# file: %s\n# language: %s\n# marketplace: %s\n%s\t%s\t%s\n", s.Source, lang, mkt, kase, sub, TSVText(text))
		n++
	}
	return nil
}

// ForStore returns the classifier the daemon over db uses: the one that
// learnt db's corrections, with the model the daemon cached for them or,
// when there is none yet, trained now (seconds; training is called first,
// when not nil, with the number of corrections). With no corrections it
// is the embedded classifier. It never writes to the database.
func ForStore(ctx context.Context, db *store.DB, opts Options, training func(corrections int)) (*Classifier, error) {
	cs, err := db.Corrections(ctx, store.CorrectionFilter{})
	if err != nil {
		return nil, err
	}
	if len(cs) == 0 {
		return New(opts)
	}
	opts.Corrections = cs
	key, err := TrainingKey(opts)
	if err != nil {
		return nil, err
	}
	if blob, err := db.CachedModel(ctx, key); err == nil {
		opts.CachedModel = blob
	} else if errors.Is(err, aftersale.ErrNotFound) {
		if training != nil {
			training(len(cs))
		}
	} else {
		return nil, err
	}
	return Train(ctx, opts)
}
