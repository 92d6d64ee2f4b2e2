package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/pelletier/go-toml/v2"
	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

func newEvalRepliesCmd(e *env) *cobra.Command {
	var asJSON, miss bool
	cmd := &cobra.Command{
		Use:   "eval-replies FOLDER",
		Short: "Score reply plans on scenarios (a mail, the order record, the expected plan)",
		Long: `Score the reply plans aftersale makes on a folder of scenarios. Each
scenario is a directory holding

  message.eml   the mail as it lands in the mailbox (a buyer message relayed
                by Amazon, or an Amazon notice)
  order.csv     optional: the seller's record of the order, in the plain CSV
                order format ("aftersale orders import" reads the same)
  expect.toml   what the plan must and must not contain:
                  draft = true|false      a reply to the buyer, or tasks only
                  lang = "ja"             the reply's language (with a draft)
                  offers, forbid_offers   e.g. ["send_parts"], ["cancel"]
                  requests, forbid_requests   e.g. ["photo"], ["missing_part"]
                  tasks                   e.g. ["ship_parts"]
                  note                    what the scenario is about

Every mail is parsed, classified, decided and rendered exactly as the
daemon does it, as if it were one hour after the mail's Date header, with
these seller settings: reship threshold EUR 30, GBP 25, USD 30, JPY 4000;
no address updates on unshipped orders (cancel and reorder); replacements
and missing parts are sent when the buyer asks; seller language English.

A plan meets the expectation when the draft is there or not as expected,
the reply is in the expected language, every listed offer, request and task
is in the plan and no forbidden offer or request is. Task names are the
plan's seller tasks, with inspect_return for relabel_resell or dispose.
Offers: replacement, send_parts, refund, partial_refund, keep_with_refund,
return, cancel_via_amazon, cancel, reorder, reship_new_address, tracking,
amazon_support, refund_info. Requests: photo, symptom, missing_part,
reason, address, address_confirmation, variant, order_id, keep_item.

Prints the share of plans that meet their expectation, overall, per case
(as classified) and per language, and how many replies ask for something
the message already gave (a forbidden request). --misses lists each miss
with what went wrong and the plan.`,
		Example: `  aftersale eval-replies respond/testdata/replies/own
  aftersale eval-replies scenarios/ --misses
  aftersale eval-replies scenarios/ --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			scs, err := loadReplyScenarios(args[0])
			if err != nil {
				return err
			}
			c, err := classify.New(classify.Options{})
			if err != nil {
				return fmt.Errorf("loading the classifier: %w", err)
			}
			r, err := evalReplies(cmd.Context(), c, scs, scenarioSettings())
			if err != nil {
				return err
			}
			r.Folder = args[0]
			for _, w := range r.Warnings {
				fmt.Fprintf(e.stderr, "aftersale: eval-replies: warning: %s\n", w)
			}
			if asJSON {
				if !miss {
					r.Misses = nil
				}
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			}
			return writeReplyReport(e.stdout, r, miss)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON (schema version 1)")
	cmd.Flags().BoolVar(&miss, "misses", false, "also list the scenarios whose plan misses the expectation, with the plan")
	return cmd
}

// scenarioSettings are the seller settings reply scenarios assume.
func scenarioSettings() respond.Settings {
	return respond.Settings{
		ReshipThreshold: map[string]aftersale.Money{"EUR": 30_00, "GBP": 25_00, "USD": 30_00, "JPY": 4000_00}, // Money is in hundredths
		SellerName:      "Seller",
		SellerLanguage:  "en",
	}
}

// replyExpect is a scenario's expect.toml.
type replyExpect struct {
	Note           string   `toml:"note"`
	Draft          *bool    `toml:"draft"`
	Lang           string   `toml:"lang"`
	Offers         []string `toml:"offers"`
	ForbidOffers   []string `toml:"forbid_offers"`
	Requests       []string `toml:"requests"`
	ForbidRequests []string `toml:"forbid_requests"`
	Tasks          []string `toml:"tasks"`
}

// replyScenario is one scenario directory, read.
type replyScenario struct {
	Name    string
	Message []byte
	Orders  []aftersale.Order
	Expect  replyExpect
	// Warnings are problems that do not stop the scenario: unknown keys
	// or words, malformed order rows.
	Warnings []string
}

var expectKeys = []string{"note", "draft", "lang", "offers", "forbid_offers", "requests", "forbid_requests", "tasks"}

// scenarioTasks are the task names of the scenario vocabulary.
var scenarioTasks = []string{"cancel_order", "refund", "reship", "ship_parts", "add_tracking", "inspect_return",
	"respond_claim", "check_order", "contact_buyer"}

// loadReplyScenarios reads every directory of folder that holds a
// message.eml, sorted by name. A directory without message.eml is skipped;
// a scenario with a missing or malformed expect.toml or order.csv is an
// error naming its file.
func loadReplyScenarios(folder string) ([]replyScenario, error) {
	entries, err := os.ReadDir(folder)
	if err != nil {
		return nil, usageError{fmt.Errorf("reading scenarios: %w", err)}
	}
	var out []replyScenario
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
		sc := replyScenario{Name: ent.Name(), Message: raw}
		if err := readExpect(filepath.Join(dir, "expect.toml"), &sc); err != nil {
			return nil, err
		}
		f, err := os.Open(filepath.Join(dir, "order.csv"))
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, err
		default:
			orders, rowErrs, err := store.ParseOrders(f)
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
		return nil, usagef("no scenarios in %s (directories with message.eml)", folder)
	}
	return out, nil
}

func readExpect(path string, sc *replyScenario) error {
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
	offers, requests := words(respond.Offers()), words(respond.Requests())
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

// replyOutcome is what aftersale made of one scenario.
type replyOutcome struct {
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

type replyGroup struct {
	Key       string  `json:"key"`
	Scenarios int     `json:"scenarios"`
	Met       int     `json:"met"`
	Share     float64 `json:"share"`
}

// replyReport is the eval-replies result (--json schema version 1).
type replyReport struct {
	Version    int            `json:"version"`
	Folder     string         `json:"folder"`
	Scenarios  int            `json:"scenarios"`
	Met        int            `json:"met"`
	Share      float64        `json:"share"`
	AskedGiven int            `json:"asked_given"` // plans asking for a fact the message gave
	ByCase     []replyGroup   `json:"by_case"`
	ByLanguage []replyGroup   `json:"by_language"`
	Misses     []replyOutcome `json:"misses,omitempty"`
	Warnings   []string       `json:"warnings,omitempty"`
}

// evalReplies decides every scenario and scores its plan. It returns an
// error only when ctx is done.
func evalReplies(ctx context.Context, c *classify.Classifier, scs []replyScenario, s respond.Settings) (replyReport, error) {
	r := replyReport{Version: jsonVersion, Scenarios: len(scs), Misses: []replyOutcome{}}
	byCase, byLang := map[string]*replyGroup{}, map[string]*replyGroup{}
	add := func(m map[string]*replyGroup, k string, met bool) {
		g := m[k]
		if g == nil {
			g = &replyGroup{Key: k}
			m[k] = g
		}
		g.Scenarios++
		if met {
			g.Met++
		}
	}
	for _, sc := range scs {
		r.Warnings = append(r.Warnings, sc.Warnings...)
		o, err := evalScenario(ctx, c, sc, s)
		if err != nil {
			return replyReport{}, err
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
	flat := func(m map[string]*replyGroup) []replyGroup {
		out := []replyGroup{}
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
func evalScenario(ctx context.Context, c *classify.Classifier, sc replyScenario, s respond.Settings) (replyOutcome, error) {
	m, _ := mailbox.Parse(sc.Message) // a parse error is part of the message (ParseErr)
	m.ID = 1
	cl, err := c.Classify(ctx, m)
	if err != nil {
		return replyOutcome{}, fmt.Errorf("classifying scenario %s: %w", sc.Name, err)
	}
	now := m.Date.Add(time.Hour)
	if m.Date.IsZero() {
		now = time.Now()
	}
	in := respond.Input{Message: m, Class: cl, Order: scenarioOrder(sc.Orders, m, cl), Now: now}
	dec := respond.Decide(in, s)
	draft, err := respond.BuildDraft(in, s)
	if err != nil {
		return replyOutcome{}, fmt.Errorf("drafting scenario %s: %w", sc.Name, err)
	}
	x := sc.Expect
	o := replyOutcome{
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

func writeReplyReport(w io.Writer, r replyReport, misses bool) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "Reply scenarios in %s: %d; plans meeting the expectation: %d (%.1f%%)\n",
		r.Folder, r.Scenarios, r.Met, 100*r.Share)
	fmt.Fprintf(&b, "Replies asking for a fact the message gave: %d\n\n", r.AskedGiven)
	table := func(title string, gs []replyGroup) {
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
