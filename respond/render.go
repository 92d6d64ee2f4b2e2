package respond

import (
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"text/template"
	"time"

	"github.com/aftersale/aftersale"
)

// Rendered is a reply rendered from a Decision in one language.
type Rendered struct {
	Subject string
	Body    string
	// Language is the language actually used: the requested one, or
	// DefaultLanguage when no template exists for it.
	Language string
	// Placeholders lists the [[...]] labels left in Body, in order of first
	// appearance; the seller fills them in before approval.
	Placeholders []string
}

// DefaultLanguage is the fallback template language.
const DefaultLanguage = "en"

//go:embed templates
var templateFS embed.FS

// builtin is the embedded template set. It is parsed once at package
// initialisation; a broken embedded template is a programming error and
// panics (the golden tests exercise every one).
var builtin = mustBuiltin()

func mustBuiltin() *Templates {
	sub, err := fs.Sub(templateFS, "templates")
	if err != nil {
		panic(err)
	}
	t := &Templates{sets: map[string]*template.Template{}, files: map[string]map[string]string{}}
	if errs := t.addDir(sub, "templates", false); len(errs) > 0 {
		panic("respond: embedded templates: " + errs.Error())
	}
	if t.sets[DefaultLanguage] == nil {
		panic("respond: no templates for " + DefaultLanguage)
	}
	return t
}

// BuiltinTemplates returns the embedded templates. The caller must not
// modify them; they are safe for concurrent use.
func BuiltinTemplates() *Templates { return builtin }

// Languages returns the languages that have built-in templates, sorted.
func Languages() []string { return builtin.Languages() }

// HasTemplate reports whether action has a built-in template in lang.
func HasTemplate(action, lang string) bool { return builtin.Has(action, lang) }

// normLang reduces "de-DE", "DE" or "de_AT" to "de".
func normLang(lang string) string {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	return lang
}

// Render renders the reply for decision d in language lang (ISO 639-1)
// with s.Templates (the built-in templates when nil): the greeting, the
// action's template, the plan's paragraphs (d.Plan.Paragraphs, from
// paragraphs.tmpl) and the closing. It falls back to DefaultLanguage when
// lang has no template for the action (Rendered.Language says which was
// used). Buyer-supplied text (name, new
// address) is passed to the templates as data and is never parsed as
// template source. Missing facts appear as visible [[placeholders]].
// Returns an error wrapping aftersale.ErrInvalid for a no-response decision
// or an action without a template.
func Render(d Decision, in Input, lang string, s Settings) (Rendered, error) {
	if d.NoResponse {
		return Rendered{}, fmt.Errorf("rendering action %q: no reply for a no-response decision: %w", d.Action, aftersale.ErrInvalid)
	}
	tpl := s.templates()
	lang = normLang(lang)
	if !tpl.Has(d.Action, lang) || !tpl.hasAll(lang, d.Plan.Paragraphs) {
		lang = DefaultLanguage
	}
	set := tpl.sets[lang]
	if set == nil || set.Lookup(d.Action) == nil {
		return Rendered{}, fmt.Errorf("rendering action %q: no template: %w", d.Action, aftersale.ErrInvalid)
	}
	data := tmplData{facts: d.Facts, lang: lang, signature: signature(s), plan: d.Plan}
	names := append(append([]string{"greeting", d.Action}, d.Plan.Paragraphs...), "closing")
	var parts []string
	for _, name := range names {
		if set.Lookup(name) == nil {
			return Rendered{}, fmt.Errorf("rendering action %q in %s: no paragraph template %q: %w", d.Action, lang, name, aftersale.ErrInvalid)
		}
		out, err := execLimited(set, name, data, time.Time{})
		if err != nil {
			return Rendered{}, fmt.Errorf("rendering action %q in %s: %w", d.Action, lang, tpl.locate(lang, err))
		}
		parts = append(parts, strings.TrimSpace(out))
	}
	body := tidy(strings.Join(parts, "\n\n"))
	return Rendered{
		Subject:      ReplySubject(in.Message.Subject, d.Facts[FactOrderID]),
		Body:         body,
		Language:     lang,
		Placeholders: FindPlaceholders(body),
	}, nil
}

func signature(s Settings) string {
	sig := strings.TrimSpace(s.Signature)
	if sig == "" {
		sig = strings.TrimSpace(s.SellerName)
	}
	if sig == "" {
		sig = "[[seller name]]"
	}
	return sig
}

var (
	replyPrefixRe = regexp.MustCompile(`(?i)^\s*((re|aw|sv|antw|r|rif|res|odp|vs|ynt|回复|答复)\s*(\[\d+\])?\s*[:：]\s*)+`)
	blankRunRe    = regexp.MustCompile(`\n{3,}`)
	placeholderRe = regexp.MustCompile(`\[\[([^\[\]\n]+)\]\]`)
)

// ReplySubject returns "Re: " + the buyer's subject without any reply
// prefixes it already had (Re:, RE:, AW:, SV: ...), on one line. An empty
// subject becomes "Re: Order <id>".
func ReplySubject(subject, orderID string) string {
	s := strings.Join(strings.Fields(cleanControls(subject)), " ") // also removes CR/LF
	s = strings.TrimSpace(replyPrefixRe.ReplaceAllString(s, ""))
	if s == "" {
		if orderID == "" {
			return "Re: Your order"
		}
		return "Re: Order " + orderID
	}
	return "Re: " + s
}

// FindPlaceholders returns the distinct [[...]] labels in body, in order of
// first appearance.
func FindPlaceholders(body string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range placeholderRe.FindAllStringSubmatch(body, -1) {
		if !seen[m[1]] {
			seen[m[1]] = true
			out = append(out, m[1])
		}
	}
	return out
}

// tidy trims trailing spaces and keeps at most one blank line in a row;
// control characters other than '\n' are removed (cleanControls).
func tidy(s string) string {
	lines := strings.Split(cleanControls(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	s = strings.Join(lines, "\n")
	s = blankRunRe.ReplaceAllString(s, "\n\n")
	return strings.TrimSpace(s) + "\n"
}

// cleanControls makes text safe for a reply: CR LF and a lone CR become
// '\n', a tab a space, and every other control character (C0, DEL, C1)
// and the bidirectional embedding, override and isolate characters
// (U+202A–U+202E, U+2066–U+2069, which can make a reviewer read text in
// another order than the buyer will) are removed. Buyer text, order-file
// text and the seller's signature pass through it before they reach a
// reply, so a reply never carries a terminal escape or a NUL.
func cleanControls(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\r':
			return '\n'
		case r == '\t':
			return ' '
		case r < 0x20, r >= 0x7f && r <= 0x9f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return -1
		}
		return r
	}, s)
}

// tmplData is what templates see. Facts are reached only through methods,
// so buyer text in them is always data.
type tmplData struct {
	facts     map[string]string
	lang      string
	signature string
	plan      Plan
}

// Offers reports whether the plan offers o (e.g. .Offers "refund").
func (t tmplData) Offers(o string) bool { return t.plan.HasOffer(Offer(o)) }

// Requests reports whether the plan asks the buyer for r (e.g. .Requests
// "reason").
func (t tmplData) Requests(r string) bool { return t.plan.HasRequest(Request(r)) }

// Fact returns the fact, or its visible placeholder when missing.
func (t tmplData) Fact(key string) string {
	if v := t.facts[key]; v != "" {
		return v
	}
	return "[[" + PlaceholderLabel(key) + "]]"
}

// Has reports whether the fact is known.
func (t tmplData) Has(key string) bool { return t.facts[key] != "" }

// Is reports whether the fact equals value (e.g. .Is "channel" "fba").
func (t tmplData) Is(key, value string) bool { return t.facts[key] == value }

// True reports whether a flag fact is "true".
func (t tmplData) True(key string) bool { return t.facts[key] == "true" }

// Date returns the date fact in the language's long form, or its
// placeholder when missing.
func (t tmplData) Date(key string) string {
	v := t.facts[key]
	if v == "" {
		return t.Fact(key)
	}
	d, err := time.Parse(dateLayout, v)
	if err != nil {
		return v
	}
	return formatDate(d, t.lang)
}

// Signature is the seller's sign-off.
func (t tmplData) Signature() string { return t.signature }

var (
	germanMonths = [...]string{"Januar", "Februar", "März", "April", "Mai", "Juni",
		"Juli", "August", "September", "Oktober", "November", "Dezember"}
	frenchMonths = [...]string{"janvier", "février", "mars", "avril", "mai", "juin",
		"juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	spanishMonths = [...]string{"enero", "febrero", "marzo", "abril", "mayo", "junio",
		"julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"}
	italianMonths = [...]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
		"luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}
)

// formatDate writes d the way a letter in lang does: "6. März 2026",
// "1er mars 2026", "6 de marzo de 2026", "1º marzo 2026", "2026年3月6日".
func formatDate(d time.Time, lang string) string {
	switch lang {
	case "de":
		return fmt.Sprintf("%d. %s %d", d.Day(), germanMonths[d.Month()-1], d.Year())
	case "fr":
		day := fmt.Sprint(d.Day())
		if d.Day() == 1 {
			day = "1er"
		}
		return fmt.Sprintf("%s %s %d", day, frenchMonths[d.Month()-1], d.Year())
	case "es":
		return fmt.Sprintf("%d de %s de %d", d.Day(), spanishMonths[d.Month()-1], d.Year())
	case "it":
		day := fmt.Sprint(d.Day())
		if d.Day() == 1 {
			day = "1º"
		}
		return fmt.Sprintf("%s %s %d", day, italianMonths[d.Month()-1], d.Year())
	case "zh", "ja":
		return fmt.Sprintf("%d年%d月%d日", d.Year(), int(d.Month()), d.Day())
	}
	return d.Format("2 January 2006")
}
