package respond

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/aftersale/aftersale"
)

// LintResult is the policy check of one reply text outside a draft
// ("aftersale lint"): its findings with their positions.
type LintResult struct {
	File     string        `json:"file"`
	Language string        `json:"language,omitempty"` // detected language of the text
	Blocked  bool          `json:"blocked"`
	Findings []LintFinding `json:"findings"`
	issues   []Issue       // for the text output
}

// LintFinding is one Issue with the words found.
type LintFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Detail   string `json:"detail"`
	Line     int    `json:"line,omitempty"`   // 1-based; absent for findings about the whole text
	Column   int    `json:"column,omitempty"` // 1-based, in characters
	Offset   int    `json:"offset"`           // byte offset; -1 for the whole text
	End      int    `json:"end"`              // byte offset after the finding; -1 for the whole text
	Text     string `json:"text,omitempty"`   // the words found (text[offset:end])
}

// tmplActionRe matches text/template actions, which lint ignores in .tmpl
// files.
var tmplActionRe = regexp.MustCompile(`(?s)\{\{.*?\}\}`)

// Lint runs CheckText on a reply text named name, as every draft is
// checked. In a .tmpl file (name's suffix) the {{...}} template actions
// are ignored, and a template that prints the order id is not warned
// about a missing one.
func Lint(name, text, lang string, s Settings) LintResult {
	tmpl := strings.HasSuffix(name, ".tmpl")
	check := text
	if tmpl {
		// Blank out actions, keeping offsets, so {{.Fact "x"}} is not read
		// as reply text.
		check = tmplActionRe.ReplaceAllStringFunc(text, func(m string) string {
			return strings.Map(func(r rune) rune {
				if r == '\n' {
					return r
				}
				return ' '
			}, m)
		})
	}
	is := CheckText(check, CheckOptions{BuyerLanguage: lang}, s)
	r := LintResult{File: name, Language: DetectLanguage(check), Findings: []LintFinding{}}
	for _, x := range is {
		if tmpl && x.Rule == RuleMissingOrderID && strings.Contains(text, `"order_id"`) {
			continue
		}
		r.issues = append(r.issues, x)
		f := LintFinding{Rule: x.Rule, Severity: string(x.Severity), Detail: x.Detail,
			Line: x.Line, Column: x.Column, Offset: x.Offset, End: x.End}
		if x.Offset >= 0 {
			f.Text = text[x.Offset:x.End]
		}
		r.Findings = append(r.Findings, f)
		if x.Severity == aftersale.SeverityBlock {
			r.Blocked = true
		}
	}
	return r
}

// WriteLintText prints one line per finding, "FILE: ok" for a clean text.
func WriteLintText(w io.Writer, results []LintResult) {
	for _, r := range results {
		if len(r.issues) == 0 {
			fmt.Fprintf(w, "%s: ok\n", r.File)
			continue
		}
		for _, x := range r.issues {
			pos := r.File
			if x.Line > 0 {
				pos = fmt.Sprintf("%s:%d:%d", r.File, x.Line, x.Column)
			}
			fmt.Fprintf(w, "%s: [%s] %s: %s\n", pos, x.Severity, x.Rule, x.Detail)
		}
	}
}

// WriteLintJSON prints the results as JSON (schema version 1).
func WriteLintJSON(w io.Writer, results []LintResult) error {
	out := struct {
		Version int          `json:"version"`
		Files   []LintResult `json:"files"`
	}{Version: 1, Files: results}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// ErrStdinTwice is LintFiles' refusal of "-" given twice.
var ErrStdinTwice = errors.New(`"-" (standard input) given twice`)

// LintFiles lints each of names (Lint), reading it with read; "-" is
// standard input, shown as "<stdin>", and may be given once. blocked
// counts the texts with a blocking finding.
func LintFiles(names []string, read func(name string) (string, error), lang string, s Settings) (results []LintResult, blocked int, err error) {
	stdinUsed := false
	for _, name := range names {
		shown := name
		if name == "-" {
			if stdinUsed {
				return nil, 0, ErrStdinTwice
			}
			stdinUsed, shown = true, "<stdin>"
		}
		text, err := read(name)
		if err != nil {
			return nil, 0, fmt.Errorf("reading %s: %w", name, err)
		}
		r := Lint(shown, text, lang, s)
		if r.Blocked {
			blocked++
		}
		results = append(results, r)
	}
	return results, blocked, nil
}
