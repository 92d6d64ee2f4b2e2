package respond

import (
	"fmt"
	"slices"
	"strings"
	"text/template"
	"time"

	"github.com/aftersale/aftersale"
)

// valueFacts are the facts whose values a reply shows as they are (not
// flags such as "shipped" or "fba"), in the form the templates render them.
var valueFacts = []struct {
	key  string
	date bool
}{
	{FactOrderID, false}, {FactBuyerName, false}, {FactProduct, false}, {FactNewAddress, false},
	{FactCarrier, false}, {FactTracking, false}, {FactRefundAmount, false},
	{FactShipDate, true}, {FactExpectedDelivery, true}, {FactDeliveryDate, true}, {FactDispatchDate, true}, {FactRefundDate, true},
}

// TemplateFromReply turns a reply a person edited (body, as rendered for
// decision d in language lang, then changed) into an override template for
// d.Action in lang, the text of a file <templates_dir>/<lang>/<action>.tmpl:
//
//   - the greeting and the closing, which layout.tmpl adds to every reply,
//     are taken off; they must be as rendered (change layout.tmpl to change
//     them);
//   - every order fact the decision knows and the reply shows (order id,
//     buyer's name, product, new address, carrier, tracking, amounts,
//     dates in the language's form) is put back as the expression that
//     renders it ({{.Fact "tracking"}}, {{.Date "ship_date"}}), so the
//     template serves every order;
//   - "{{" in the text is escaped.
//
// The template has no conditions: a fact a later order lacks renders as a
// [[placeholder]] the seller fills before approval. Rendering the result
// with d's facts must give body back, else it returns an error. Errors wrap
// aftersale.ErrInvalid. It does no I/O; LoadTemplates validates the file
// like every override.
func TemplateFromReply(body string, d Decision, lang string, s Settings) (string, error) {
	op := fmt.Sprintf("making a template of the reply for %s in %s", d.Action, lang)
	if d.NoResponse || d.Action == "" {
		return "", fmt.Errorf("%s: the decision has no reply: %w", op, aftersale.ErrInvalid)
	}
	if !slices.Contains(ReplyActions(), d.Action) {
		return "", fmt.Errorf("%s: %q is not a reply action: %w", op, d.Action, aftersale.ErrInvalid)
	}
	lang = normLang(lang)
	tpl := s.templates()
	set := tpl.sets[lang]
	if set == nil || set.Lookup("greeting") == nil || set.Lookup("closing") == nil {
		return "", fmt.Errorf("%s: no layout in %s (an override for a new language needs a layout.tmpl first): %w", op, lang, aftersale.ErrInvalid)
	}
	data := tmplData{facts: d.Facts, lang: lang, signature: signature(s)}
	part := func(name string) (string, error) {
		out, err := execLimited(set, name, data, time.Time{})
		if err != nil {
			return "", fmt.Errorf("%s: %w", op, tpl.locate(lang, err))
		}
		return strings.TrimSpace(out), nil
	}
	greeting, err := part("greeting")
	if err != nil {
		return "", err
	}
	closing, err := part("closing")
	if err != nil {
		return "", err
	}
	text := tidy(body)
	if greeting != "" {
		rest, ok := strings.CutPrefix(text, greeting+"\n\n")
		if !ok {
			return "", fmt.Errorf("%s: the reply does not start with the greeting %q (change layout.tmpl to change it): %w", op, greeting, aftersale.ErrInvalid)
		}
		text = rest
	}
	if closing != "" {
		rest, ok := strings.CutSuffix(text, "\n\n"+closing+"\n")
		if !ok {
			return "", fmt.Errorf("%s: the reply does not end with the closing %q (change layout.tmpl to change it): %w", op, closing, aftersale.ErrInvalid)
		}
		text = rest
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return "", fmt.Errorf("%s: nothing between the greeting and the closing: %w", op, aftersale.ErrInvalid)
	}
	// Values to expressions, longest value first, over the text with
	// "{{" escaped; values never hold "{{" themselves after escaping.
	type sub struct{ value, expr string }
	var subs []sub
	for _, f := range valueFacts {
		if d.Facts[f.key] == "" {
			continue
		}
		subs = append(subs, sub{data.Fact(f.key), fmt.Sprintf("{{.Fact %q}}", f.key)})
		if f.date {
			subs = append(subs, sub{data.Date(f.key), fmt.Sprintf("{{.Date %q}}", f.key)})
		}
	}
	slices.SortStableFunc(subs, func(a, b sub) int { return len(b.value) - len(a.value) })
	src := strings.ReplaceAll(text, "{{", "\x00")
	for _, sb := range subs {
		if len([]rune(sb.value)) < 3 {
			continue // too short to be told from other text
		}
		src = strings.ReplaceAll(src, sb.value, "\x01"+sb.expr+"\x02")
	}
	src = strings.NewReplacer("\x00", `{{"{{"}}`, "\x01", "", "\x02", "").Replace(src) + "\n"

	// Check: the template renders the reply back.
	got, err := renderWith(set, d.Action, src, data)
	if err != nil {
		return "", fmt.Errorf("%s: %w", op, err)
	}
	if want := tidy(strings.Join([]string{greeting, strings.TrimSpace(text), closing}, "\n\n")); tidy(strings.Join([]string{greeting, got, closing}, "\n\n")) != want {
		return "", fmt.Errorf("%s: the template does not give the reply back: %w", op, aftersale.ErrInvalid)
	}
	return src, nil
}

// renderWith parses src as action in a copy of set and renders it with
// data, trimmed.
func renderWith(set *template.Template, action, src string, data tmplData) (string, error) {
	c, err := set.Clone()
	if err != nil {
		return "", err
	}
	if _, err := c.New(action).Parse(src); err != nil {
		return "", fmt.Errorf("parsing the template: %w", err)
	}
	if err := checkRanges(c.Lookup(action)); err != nil {
		return "", fmt.Errorf("rendering the template: %w", err)
	}
	out, err := execLimited(c, action, data, time.Time{})
	if err != nil {
		return "", fmt.Errorf("rendering the template: %w", err)
	}
	return strings.TrimSpace(out), nil
}
