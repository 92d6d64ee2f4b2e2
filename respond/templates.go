package respond

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/template"
	"time"
)

// Templates is a set of reply templates per language: the built-in ones,
// optionally with a seller's overrides (LoadTemplates). It is immutable
// once built and safe for concurrent use.
type Templates struct {
	sets map[string]*template.Template // language -> its templates
	// files maps language -> template parse name ("layout", an action) ->
	// the file it came from, so errors can name file:line.
	files     map[string]map[string]string
	overrides []string // override files loaded, sorted
}

// Languages returns the languages that have templates, sorted.
func (t *Templates) Languages() []string {
	ls := make([]string, 0, len(t.sets))
	for l := range t.sets {
		ls = append(ls, l)
	}
	sort.Strings(ls)
	return ls
}

// Has reports whether action has a template in lang.
func (t *Templates) Has(action, lang string) bool {
	set := t.sets[lang]
	return set != nil && set.Lookup(action) != nil
}

// hasAll reports whether lang has every one of the named templates.
func (t *Templates) hasAll(lang string, names []string) bool {
	for _, n := range names {
		if !t.Has(n, lang) {
			return false
		}
	}
	return true
}

// Overrides lists the override files LoadTemplates read, sorted.
func (t *Templates) Overrides() []string { return append([]string(nil), t.overrides...) }

// TemplateError is one problem in a template file, with its position.
type TemplateError struct {
	File      string
	Line, Col int // 0 when unknown
	Msg       string
}

func (e TemplateError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	return b.String() + ": " + e.Msg
}

// TemplateErrors is every problem found in a template directory.
type TemplateErrors []TemplateError

func (es TemplateErrors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// LoadTemplates returns the built-in templates with the seller's overrides
// from dir laid over them. The layout is the same as the built-in one:
// dir/<lang>/<action>.tmpl, dir/<lang>/layout.tmpl (greeting, closing,
// item, via_carrier) and dir/<lang>/paragraphs.tmpl (the paragraphs of
// reply plans, one {{define}} each), where <lang> is an ISO 639-1 code. An override file
// replaces the built-in template of the same name in that language; a new
// language needs a layout.tmpl, and its missing actions fall back to
// English.
//
// Every problem is returned together as TemplateErrors, each naming the
// file and line: files outside a language directory, unknown template
// names, syntax errors, and errors found by executing every template of an
// overridden language with sample facts (unknown fields or methods,
// missing sub-templates). Call it at start-up so that a broken override
// stops the daemon instead of a send. Templates see buyer text only as
// data (tmplData methods), never as template source.
func LoadTemplates(dir string) (*Templates, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, TemplateErrors{{File: dir, Msg: fmt.Sprintf("reading template directory: %v", err)}}
	}
	if !fi.IsDir() {
		return nil, TemplateErrors{{File: dir, Msg: "not a directory"}}
	}
	t := &Templates{sets: map[string]*template.Template{}, files: map[string]map[string]string{}}
	for lang, set := range builtin.sets {
		c, err := set.Clone()
		if err != nil {
			return nil, fmt.Errorf("copying built-in %s templates: %w", lang, err)
		}
		t.sets[lang] = c
		t.files[lang] = map[string]string{}
		for k, v := range builtin.files[lang] {
			t.files[lang][k] = v
		}
	}
	errs := t.addDir(os.DirFS(dir), dir, true)
	if len(errs) == 0 {
		errs = t.validate()
	}
	if len(errs) > 0 {
		return nil, errs
	}
	sort.Strings(t.overrides)
	return t, nil
}

var langDirRe = regexp.MustCompile(`^[a-z]{2}$`)

// isTemplateName reports whether name (without .tmpl) is one the renderer
// uses: the layout, the paragraphs of reply plans or a reply action.
func isTemplateName(name string) bool {
	if name == "layout" || name == "paragraphs" {
		return true
	}
	for _, a := range ReplyActions() {
		if a == name {
			return true
		}
	}
	return false
}

// addDir parses fsys/<lang>/*.tmpl into t. display is the directory as the
// seller named it, used in errors. override marks a seller's directory:
// its file names are checked and the files recorded.
func (t *Templates) addDir(fsys fs.FS, display string, override bool) TemplateErrors {
	var errs TemplateErrors
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return TemplateErrors{{File: display, Msg: fmt.Sprintf("reading template directory: %v", err)}}
	}
	for _, e := range entries {
		name := e.Name()
		shown := filepath.Join(display, name)
		if !e.IsDir() {
			if strings.HasSuffix(name, ".tmpl") {
				errs = append(errs, TemplateError{File: shown, Msg: "templates belong in a language directory such as de/ or ja/"})
			}
			continue
		}
		if strings.HasPrefix(name, ".") {
			continue
		}
		if !langDirRe.MatchString(name) {
			errs = append(errs, TemplateError{File: shown, Msg: "directory name is not a two-letter language code such as de, fr or ja"})
			continue
		}
		lang := name
		files, err := fs.Glob(fsys, path.Join(lang, "*.tmpl"))
		if err != nil {
			errs = append(errs, TemplateError{File: shown, Msg: err.Error()})
			continue
		}
		if len(files) == 0 {
			continue
		}
		set := t.sets[lang]
		if set == nil {
			set = template.New(lang)
			t.sets[lang] = set
			t.files[lang] = map[string]string{}
		}
		for _, f := range files {
			tname := strings.TrimSuffix(path.Base(f), ".tmpl")
			file := filepath.Join(display, filepath.FromSlash(f))
			if override && !isTemplateName(tname) {
				errs = append(errs, TemplateError{File: file, Msg: fmt.Sprintf("unknown template %q: expected layout.tmpl or an action name such as shipping_tracking.tmpl", tname)})
				continue
			}
			src, err := fs.ReadFile(fsys, f)
			if err != nil {
				errs = append(errs, TemplateError{File: file, Msg: err.Error()})
				continue
			}
			t.files[lang][tname] = file
			if _, err := set.New(tname).Parse(string(src)); err != nil {
				errs = append(errs, t.templateError(lang, err))
				continue
			}
			for _, tt := range set.Templates() {
				if tt.Tree == nil || tt.Tree.ParseName != tname {
					continue // not defined in this file
				}
				if err := checkRanges(tt); err != nil {
					errs = append(errs, TemplateError{File: file, Msg: err.Error()})
				}
			}
			if override {
				t.overrides = append(t.overrides, file)
			}
		}
	}
	return errs
}

// sampleFacts are the fact sets validate executes every template with:
// all facts known (FBM, shipped and delivered), none known, and an FBA
// order in transit. Between them they take both sides of the built-in
// templates' conditions.
var sampleFacts = []map[string]string{
	{
		FactOrderID: "302-1234567-7654321", FactBuyerName: "Anna", FactProduct: "Linen cushion cover",
		FactChannel: "fbm", FactShipped: "true", FactDelivered: "true", FactNewAddress: "Anna Berg\nLindenstr. 12\n10115 Berlin",
		FactCarrier: "DHL", FactTracking: "00340434161094042557", FactShipDate: "2026-03-06",
		FactExpectedDelivery: "2026-03-12", FactDeliveryDate: "2026-03-09", FactDispatchDate: "2026-03-11",
		FactRefundAmount: "EUR 19.99", FactRefundDate: "2026-03-08", FactOrderStatus: "shipped",
	},
	{},
	{FactOrderID: "302-1234567-7654321", FactChannel: "fba", FactShipped: "true", FactExpectedDelivery: "2026-03-12"},
}

// samplePlans are the plans validate executes every template with: one
// that asks for everything and one that asks for nothing, so both sides of
// a template's .Requests and .Offers conditions run.
var samplePlans = []Plan{
	{Offers: Offers(), Requests: Requests()},
	{},
}

// validate executes every reply template of every language that has an
// override with the sample facts and reports execution errors by file.
func (t *Templates) validate() TemplateErrors {
	var errs TemplateErrors
	seen := map[string]bool{}
	add := func(e TemplateError) {
		if k := e.Error(); !seen[k] {
			seen[k] = true
			errs = append(errs, e)
		}
	}
	langs := map[string]bool{}
	for lang, files := range t.files {
		for _, f := range files {
			for _, o := range t.overrides {
				if f == o {
					langs[lang] = true
				}
			}
		}
	}
	// One budget for executing every override: a slow template fails
	// "config check" within MaxRenderTime, however many samples it meets.
	deadline := time.Now().Add(MaxRenderTime)
	for _, lang := range t.Languages() {
		if !langs[lang] {
			continue
		}
		set := t.sets[lang]
		for _, part := range []string{"greeting", "closing"} {
			if set.Lookup(part) == nil {
				file := t.files[lang]["layout"]
				if file == "" {
					file = filepath.Join(filepath.Dir(t.anyFile(lang)), "layout.tmpl")
				}
				add(TemplateError{File: file, Msg: fmt.Sprintf("no {{define %q}}: every language needs a layout.tmpl with greeting and closing", part)})
			}
		}
		if len(errs) > 0 {
			continue
		}
		for _, name := range append(ReplyActions(), Paragraphs()...) {
			if set.Lookup(name) == nil {
				continue
			}
			for _, facts := range sampleFacts {
				for _, plan := range samplePlans {
					data := tmplData{facts: facts, lang: lang, signature: "Seller", plan: plan}
					for _, part := range []string{"greeting", name, "closing"} {
						if _, err := execLimited(set, part, data, deadline); err != nil {
							if errors.Is(err, ErrRenderLimit) {
								file := t.files[lang][part]
								if file == "" {
									file = t.anyFile(lang)
								}
								add(TemplateError{File: file, Msg: err.Error()})
								continue
							}
							add(t.templateError(lang, err))
						}
					}
				}
			}
		}
	}
	return errs
}

func (t *Templates) anyFile(lang string) string {
	for _, f := range t.files[lang] {
		return f
	}
	return lang
}

// tmplErrRe reads text/template's "template: NAME:LINE:COL: msg" (exec)
// and "template: NAME:LINE: msg" (parse) errors.
var tmplErrRe = regexp.MustCompile(`(?s)^template: ([^:]+):(\d+):(?:(\d+):)? ?(.*)$`)

// templateError turns a text/template error in language lang into a
// TemplateError naming the file it came from.
func (t *Templates) templateError(lang string, err error) TemplateError {
	m := tmplErrRe.FindStringSubmatch(err.Error())
	if m == nil {
		return TemplateError{File: t.anyFile(lang), Msg: err.Error()}
	}
	file := t.files[lang][m[1]]
	if file == "" {
		file = path.Join(lang, m[1]+".tmpl")
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	return TemplateError{File: file, Line: line, Col: col, Msg: m[4]}
}

// locate rewrites a rendering error so it names the template file.
func (t *Templates) locate(lang string, err error) error {
	if tmplErrRe.MatchString(err.Error()) {
		return t.templateError(lang, err)
	}
	return err
}
