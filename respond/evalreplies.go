package respond

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/mail"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/pelletier/go-toml/v2"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// Triage parses and classifies a raw message as the daemon does; a parse
// error is part of the message (ParseErr), not an error. EvalReplies
// takes it so that respond needs neither the parser nor the classifier.
type Triage func(ctx context.Context, raw []byte) (aftersale.Message, aftersale.Classification, error)

// ScenarioFolderError is returned by LoadReplyScenarios when the folder
// cannot be read or holds no scenario: the caller named the wrong folder.
type ScenarioFolderError struct{ Err error }

func (e ScenarioFolderError) Error() string { return e.Err.Error() }
func (e ScenarioFolderError) Unwrap() error { return e.Err }

// ScenarioSettings are the seller settings reply scenarios assume.
func ScenarioSettings() Settings {
	return Settings{
		ReshipThreshold: map[string]aftersale.Money{"EUR": 30_00, "GBP": 25_00, "USD": 30_00, "JPY": 4000_00}, // Money is in hundredths
		SellerName:      "Seller",
		SellerLanguage:  "en",
	}
}

// ReplyExpect is a scenario's expect.toml.
type ReplyExpect struct {
	Note           string   `toml:"note"`
	Draft          *bool    `toml:"draft"`
	Lang           string   `toml:"lang"`
	Offers         []string `toml:"offers"`
	ForbidOffers   []string `toml:"forbid_offers"`
	Requests       []string `toml:"requests"`
	ForbidRequests []string `toml:"forbid_requests"`
	Tasks          []string `toml:"tasks"`
}

// ReplyScenario is one scenario directory, read.
type ReplyScenario struct {
	Name    string
	Message []byte
	Orders  []aftersale.Order
	Expect  ReplyExpect
	// Warnings are problems that do not stop the scenario: unknown keys
	// or words, malformed order rows.
	Warnings []string
}

var expectKeys = []string{"note", "draft", "lang", "offers", "forbid_offers", "requests", "forbid_requests", "tasks"}

// scenarioTasks are the task names of the scenario vocabulary.
var scenarioTasks = []string{"cancel_order", "refund", "reship", "ship_parts", "add_tracking", "inspect_return",
	"respond_claim", "check_order", "contact_buyer"}

// LoadReplyScenarios reads every directory of folder that holds a
// message.eml, sorted by name. A directory without message.eml is skipped;
// a scenario with a missing or malformed expect.toml or order.csv is an
// error naming its file.
func LoadReplyScenarios(folder string) ([]ReplyScenario, error) {
	entries, err := os.ReadDir(folder)
	if err != nil {
		return nil, ScenarioFolderError{fmt.Errorf("reading scenarios: %w", err)}
	}
	var out []ReplyScenario
	for _, ent := range entries {
		if !ent.IsDir() {
			continue
		}
		dir := filepath.Join(folder, ent.Name())
		raw, err := os.ReadFile(filepath.Join(dir, "message.eml"))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		sc := ReplyScenario{Name: ent.Name(), Message: raw}
		if err := readExpect(filepath.Join(dir, "expect.toml"), &sc); err != nil {
			return nil, err
		}
		f, err := os.Open(filepath.Join(dir, "order.csv"))
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, err
		default:
			orders, rowErrs, err := store.ParseOrders(f, scenarioClock(raw))
			f.Close()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "order.csv"), err)
			}
			for _, re := range rowErrs {
				sc.Warnings = append(sc.Warnings, fmt.Sprintf("%s: %v", filepath.Join(dir, "order.csv"), re))
			}
			sc.Orders = orders
		}
		out = append(out, sc)
	}
	if len(out) == 0 {
		return nil, ScenarioFolderError{fmt.Errorf("no scenarios in %s (directories with message.eml)", folder)}
	}
	return out, nil
}

// scenarioClock is the time a scenario is judged at: one hour after the
// message's Date header, or now when it has none.
func scenarioClock(raw []byte) time.Time {
	if m, err := mail.ReadMessage(bytes.NewReader(raw)); err == nil {
		if d, err := m.Header.Date(); err == nil {
			return d.UTC().Add(time.Hour)
		}
	}
	return time.Now()
}

func readExpect(path string, sc *ReplyScenario) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("scenario %s: %w", sc.Name, err)
	}
	if err := toml.Unmarshal(b, &sc.Expect); err != nil {
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, col := de.Position()
			return fmt.Errorf("%s:%d:%d: %s", path, row, col, de.Error())
		}
		return fmt.Errorf("%s: %w", path, err)
	}
	if sc.Expect.Draft == nil {
		return fmt.Errorf("%s: no draft = true or false", path)
	}
	var all map[string]any
	if err := toml.Unmarshal(b, &all); err == nil {
		for k := range all {
			if !slices.Contains(expectKeys, k) {
				sc.Warnings = append(sc.Warnings, fmt.Sprintf("%s: unknown key %q ignored", path, k))
			}
		}
	}
	x := sc.Expect
	check := func(key string, words []string, vocab []string) {
		for _, w := range words {
			if !slices.Contains(vocab, w) {
				sc.Warnings = append(sc.Warnings, fmt.Sprintf("%s: %s: %q is not in the vocabulary", path, key, w))
			}
		}
	}
	offers, requests := words(Offers()), words(Requests())
	check("offers", x.Offers, offers)
	check("forbid_offers", x.ForbidOffers, offers)
	check("requests", x.Requests, requests)
	check("forbid_requests", x.ForbidRequests, requests)
	check("tasks", x.Tasks, scenarioTasks)
	return nil
}

func words[T ~string](ts []T) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t)
	}
	return out
}

// ReplyOutcome is what aftersale made of one scenario.
type ReplyOutcome struct {
	Scenario  string   `json:"scenario"`
	Note      string   `json:"note,omitempty"`
	Case      string   `json:"case"`
	SubReason string   `json:"sub_reason,omitempty"`
	Lang      string   `json:"lang"` // the expected reply language, "-" for no draft
	Action    string   `json:"action"`
	Draft     bool     `json:"draft"`
	Language  string   `json:"language,omitempty"` // the reply's language
	Offers    []string `json:"offers"`
	Requests  []string `json:"requests"`
	Tasks     []string `json:"tasks"`
	Asks      []string `json:"asks,omitempty"`
	Problems  []string `json:"problems,omitempty"`
	// AskedGiven: the plan asks for something the expectation forbids
	// (a fact the message gave).
	AskedGiven bool `json:"asked_given,omitempty"`

	warnings []string
}

type ReplyGroup struct {
	Key       string  `json:"key"`
	Scenarios int     `json:"scenarios"`
	Met       int     `json:"met"`
	Share     float64 `json:"share"`
}

// ReplyReport is the eval-replies result (--json schema version 1).
type ReplyReport struct {
	Version    int            `json:"version"`
	Folder     string         `json:"folder"`
	Scenarios  int            `json:"scenarios"`
	Met        int            `json:"met"`
	Share      float64        `json:"share"`
	AskedGiven int            `json:"asked_given"` // plans asking for a fact the message gave
	ByCase     []ReplyGroup   `json:"by_case"`
	ByLanguage []ReplyGroup   `json:"by_language"`
	Misses     []ReplyOutcome `json:"misses,omitempty"`
	Warnings   []string       `json:"warnings,omitempty"`
}

// evalReplies decides every scenario and scores its plan. It returns an
// error only when ctx is done.
func EvalReplies(ctx context.Context, triage Triage, scs []ReplyScenario, s Settings) (ReplyReport, error) {
	r := ReplyReport{Version: 1, Scenarios: len(scs), Misses: []ReplyOutcome{}}
	byCase, byLang := map[string]*ReplyGroup{}, map[string]*ReplyGroup{}
	add := func(m map[string]*ReplyGroup, k string, met bool) {
		g := m[k]
		if g == nil {
			g = &ReplyGroup{Key: k}
			m[k] = g
		}
		g.Scenarios++
		if met {
			g.Met++
		}
	}
	for _, sc := range scs {
		r.Warnings = append(r.Warnings, sc.Warnings...)
		o, err := evalScenario(ctx, triage, sc, s)
		if err != nil {
			return ReplyReport{}, err
		}
		r.Warnings = append(r.Warnings, o.warnings...)
		met := len(o.Problems) == 0
		if met {
			r.Met++
		} else {
			r.Misses = append(r.Misses, o)
		}
		if o.AskedGiven {
			r.AskedGiven++
		}
		add(byCase, o.Case, met)
		add(byLang, o.Lang, met)
	}
	r.Share = share(r.Met, r.Scenarios)
	flat := func(m map[string]*ReplyGroup) []ReplyGroup {
		out := []ReplyGroup{}
		for _, g := range m {
			g.Share = share(g.Met, g.Scenarios)
			out = append(out, *g)
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
		return out
	}
	r.ByCase, r.ByLanguage = flat(byCase), flat(byLang)
	return r, nil
}

func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(int(float64(n)*1000/float64(of)+0.5)) / 1000
}

// evalScenario parses, classifies, decides and renders one scenario as the
// daemon would, one hour after the mail's Date, and compares the plan with
// the expectation.
func evalScenario(ctx context.Context, triage Triage, sc ReplyScenario, s Settings) (ReplyOutcome, error) {
	m, cl, err := triage(ctx, sc.Message)
	if err != nil {
		return ReplyOutcome{}, fmt.Errorf("classifying scenario %s: %w", sc.Name, err)
	}
	now := m.Date.Add(time.Hour)
	if m.Date.IsZero() {
		now = time.Now()
	}
	in := Input{Message: m, Class: cl, Order: scenarioOrder(sc.Orders, m, cl), Now: now}
	var (
		dec   Decision
		draft aftersale.Draft
	)
	if cl.Origin == aftersale.OriginNotBuyer {
		// As in the daemon: mail from neither a buyer nor Amazon gets no
		// draft and no task; the scenario is scored as "no reply".
		dec = Decision{Action: "not_buyer_mail", NoResponse: true, NoResponseReason: "not buyer mail"}
	} else {
		dec = Decide(in, s)
		if draft, err = BuildDraft(in, s); err != nil {
			return ReplyOutcome{}, fmt.Errorf("drafting scenario %s: %w", sc.Name, err)
		}
	}
	x := sc.Expect
	o := ReplyOutcome{
		Scenario: sc.Name, Note: x.Note, Case: string(cl.Case), SubReason: string(cl.SubReason),
		Lang: x.Lang, Action: dec.Action, Draft: !dec.NoResponse,
		Offers: words(dec.Plan.Offers), Requests: words(dec.Plan.Requests), Tasks: []string{},
		Asks: words(cl.Facts.Asks),
	}
	if m.Date.IsZero() {
		o.warnings = append(o.warnings, sc.Name+": message.eml has no usable Date header; judged as of now")
	}
	if !*x.Draft || o.Lang == "" {
		o.Lang = "-"
	}
	if o.Draft {
		o.Language = draft.Language
	}
	for _, t := range draft.Tasks {
		if n := scenarioTaskName(t.Kind); !slices.Contains(o.Tasks, n) {
			o.Tasks = append(o.Tasks, n)
		}
	}
	problem := func(format string, args ...any) { o.Problems = append(o.Problems, fmt.Sprintf(format, args...)) }
	if o.Draft != *x.Draft {
		if o.Draft {
			problem("a reply was drafted (%s), want no reply", o.Action)
		} else {
			problem("no reply (%s: %s), want a reply", o.Action, dec.NoResponseReason)
		}
	}
	if *x.Draft && o.Draft && x.Lang != "" && o.Language != x.Lang {
		problem("reply in %q, want %q", o.Language, x.Lang)
	}
	for _, w := range x.Offers {
		if !slices.Contains(o.Offers, w) {
			problem("does not offer %s", w)
		}
	}
	for _, w := range x.ForbidOffers {
		if slices.Contains(o.Offers, w) {
			problem("offers %s, which it must not", w)
		}
	}
	for _, w := range x.Requests {
		if !slices.Contains(o.Requests, w) {
			problem("does not ask for %s", w)
		}
	}
	for _, w := range x.ForbidRequests {
		if slices.Contains(o.Requests, w) {
			problem("asks for %s, which the message gave or must not be asked", w)
			o.AskedGiven = true
		}
	}
	for _, w := range x.Tasks {
		if !slices.Contains(o.Tasks, w) {
			problem("no %s task", w)
		}
	}
	return o, nil
}

// scenarioOrder is the order the drafter would find: the record with the
// mail's order id; a file with one order and a mail without an order id
// gives that order.
func scenarioOrder(orders []aftersale.Order, m aftersale.Message, cl aftersale.Classification) aftersale.Order {
	ids := append(slices.Clone(m.OrderIDs), cl.Facts.OrderIDs...)
	for _, id := range ids {
		for _, o := range orders {
			if o.ID == id {
				return o
			}
		}
	}
	if len(ids) == 0 && len(orders) == 1 {
		return orders[0]
	}
	return aftersale.Order{}
}

// scenarioTaskName names a seller task in the scenario vocabulary: a
// returned item's relabel or dispose task is inspect_return.
func scenarioTaskName(k aftersale.TaskKind) string {
	switch k {
	case aftersale.TaskRelabelResell, aftersale.TaskDispose:
		return "inspect_return"
	}
	return string(k)
}

// JSON returns r as --json prints it: with its misses only when misses
// is set.
func (r ReplyReport) JSON(misses bool) ReplyReport {
	if !misses {
		r.Misses = nil
	}
	return r
}

func (r ReplyReport) WriteText(w io.Writer, misses bool) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "Reply scenarios in %s: %d; plans meeting the expectation: %d (%.1f%%)\n",
		r.Folder, r.Scenarios, r.Met, 100*r.Share)
	fmt.Fprintf(&b, "Replies asking for a fact the message gave: %d\n\n", r.AskedGiven)
	table := func(title string, gs []ReplyGroup) {
		tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
		fmt.Fprintf(tw, "%s\tSCENARIOS\tMET\tSHARE\n", title)
		for _, g := range gs {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f%%\n", g.Key, g.Scenarios, g.Met, 100*g.Share)
		}
		tw.Flush()
		fmt.Fprintln(&b)
	}
	table("CASE (AS CLASSIFIED)", r.ByCase)
	table("LANGUAGE (\"-\": NO REPLY)", r.ByLanguage)
	if misses {
		fmt.Fprintf(&b, "Misses (%d):\n", len(r.Misses))
		for _, m := range r.Misses {
			kase := m.Case
			if m.SubReason != "" {
				kase += "/" + m.SubReason
			}
			fmt.Fprintf(&b, "- %s  %s  %s  %s\n", m.Scenario, kase, m.Lang, m.Action)
			if m.Note != "" {
				fmt.Fprintf(&b, "    note:     %s\n", m.Note)
			}
			for _, p := range m.Problems {
				fmt.Fprintf(&b, "    problem:  %s\n", p)
			}
			fmt.Fprintf(&b, "    plan:     offers %s; requests %s; tasks %s", list(m.Offers), list(m.Requests), list(m.Tasks))
			if len(m.Asks) > 0 {
				fmt.Fprintf(&b, "; buyer asks %s", list(m.Asks))
			}
			fmt.Fprintln(&b)
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

func list(ss []string) string {
	if len(ss) == 0 {
		return "-"
	}
	return strings.Join(ss, ", ")
}
