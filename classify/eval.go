package classify

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/aftersale/aftersale"
)

// Sample is one labelled text for evaluation. Label is a case name, a
// sub-reason alias ("not_received" means return_dissatisfied with that
// sub-reason), or "case/sub_reason".
type Sample struct {
	Text, Label string
}

// LoadCSV reads labelled samples from CSV with a header row; the columns
// named "text" and "label" are used (in any position, other columns are
// ignored). It returns an error naming the line for a malformed row or an
// unknown label.
func LoadCSV(r io.Reader) ([]Sample, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("reading csv header: %w", err)
	}
	ti, li := -1, -1
	for i, h := range head {
		switch strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))) {
		case "text":
			ti = i
		case "label":
			li = i
		}
	}
	if ti < 0 || li < 0 {
		return nil, fmt.Errorf("csv header %q lacks text and label columns: %w", strings.Join(head, ","), aftersale.ErrInvalid)
	}
	var out []Sample
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reading csv: %w", err)
		}
		line, _ := cr.FieldPos(0)
		if ti >= len(rec) || li >= len(rec) {
			return nil, fmt.Errorf("csv line %d: %d fields, want text and label: %w", line, len(rec), aftersale.ErrInvalid)
		}
		s := Sample{Text: rec[ti], Label: strings.TrimSpace(rec[li])}
		if _, _, err := ParseLabel(s.Label); err != nil {
			return nil, fmt.Errorf("csv line %d: %w", line, err)
		}
		out = append(out, s)
	}
}

// ParseLabel maps an evaluation label onto a case and sub-reason:
// "shipping_inquiry" → (shipping_inquiry, ""), "not_received" (and the other
// sub-reason names) → (return_dissatisfied, not_received),
// "return_dissatisfied/damaged" → (return_dissatisfied, damaged).
func ParseLabel(label string) (aftersale.Case, aftersale.SubReason, error) {
	l := strings.ToLower(strings.TrimSpace(label))
	if c, sub, ok := strings.Cut(l, "/"); ok {
		cs, err := aftersale.ParseCase(c)
		if err != nil {
			return "", "", err
		}
		if !slices.Contains(aftersale.SubReasons(), aftersale.SubReason(sub)) {
			return "", "", fmt.Errorf("unknown sub-reason %q: %w", sub, aftersale.ErrInvalid)
		}
		return cs, aftersale.SubReason(sub), nil
	}
	if slices.Contains(aftersale.SubReasons(), aftersale.SubReason(l)) {
		return aftersale.CaseReturnDissatisfied, aftersale.SubReason(l), nil
	}
	c, err := aftersale.ParseCase(l)
	return c, "", err
}

// CaseScore is one row of a Report.
type CaseScore struct {
	Case      aftersale.Case
	Precision float64
	Recall    float64
	F1        float64
	Support   int // samples with this label
	Predicted int // samples predicted as this case
}

// Report is the result of Evaluate. Confusion[i][j] counts samples labelled
// Cases[i] and predicted Cases[j]. MacroF1 averages F1 over the cases with
// support > 0; a prediction of a case absent from the data is not scored
// itself but still counts against the recall of the true case.
type Report struct {
	Version    string // classifier version
	Total      int
	Correct    int
	Accuracy   float64
	MacroF1    float64
	Cases      []aftersale.Case
	PerCase    []CaseScore // in Cases order
	Confusion  [][]int
	NeedsHuman int // samples flagged needs_human
	// Sub-reasons: among samples whose label names a sub-reason and that
	// were predicted as return_dissatisfied, how many got that sub-reason.
	SubChecked, SubCorrect int
}

// Evaluate classifies every sample as a buyer message and scores the
// predictions against the labels. Samples with labels ParseLabel rejects
// are skipped. It stops early, with what it has, when ctx is done.
func Evaluate(ctx context.Context, c *Classifier, samples []Sample) Report {
	cases := aftersale.Cases()
	r := Report{Version: Version, Cases: cases, Confusion: make([][]int, len(cases))}
	for i := range r.Confusion {
		r.Confusion[i] = make([]int, len(cases))
	}
	for _, s := range samples {
		want, wantSub, err := ParseLabel(s.Label)
		if err != nil {
			continue
		}
		cl, err := c.Classify(ctx, aftersale.Message{Text: s.Text, Sender: aftersale.SenderBuyer})
		if err != nil {
			break
		}
		r.Total++
		r.Confusion[caseIndex(want)][caseIndex(cl.Case)]++
		if cl.Case == want {
			r.Correct++
			if wantSub != "" {
				r.SubChecked++
				if cl.SubReason == wantSub {
					r.SubCorrect++
				}
			}
		}
		if cl.NeedsHuman {
			r.NeedsHuman++
		}
	}
	scored := 0
	for i, k := range cases {
		cs := CaseScore{Case: k}
		tp := r.Confusion[i][i]
		for j := range cases {
			cs.Support += r.Confusion[i][j]
			cs.Predicted += r.Confusion[j][i]
		}
		if cs.Predicted > 0 {
			cs.Precision = float64(tp) / float64(cs.Predicted)
		}
		if cs.Support > 0 {
			cs.Recall = float64(tp) / float64(cs.Support)
			cs.F1 = f1(tp, cs.Predicted, cs.Support)
			r.MacroF1 += cs.F1
			scored++
		}
		r.PerCase = append(r.PerCase, cs)
	}
	if scored > 0 {
		r.MacroF1 /= float64(scored)
	}
	if r.Total > 0 {
		r.Accuracy = float64(r.Correct) / float64(r.Total)
	}
	return r
}

// abbrev are short column heads for the confusion matrix.
var abbrev = map[aftersale.Case]string{
	aftersale.CaseAddressChange: "addr", aftersale.CaseCancelOrder: "cancel", aftersale.CaseShippingInquiry: "ship",
	aftersale.CaseReturnUnwanted: "ret_unw", aftersale.CaseReturnDissatisfied: "ret_dis",
	aftersale.CaseReturnedGoods: "returned", aftersale.CaseNegativeReview: "review",
	aftersale.CaseRefundStatus: "refund", aftersale.CaseOther: "other",
}

// WriteText writes the report as two aligned tables: per-case precision,
// recall, F1 and support, then the confusion matrix (rows: label, columns:
// prediction).
func (r Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "case\tprecision\trecall\tF1\tsupport\tpredicted\t\n")
	for _, cs := range r.PerCase {
		if cs.Support == 0 && cs.Predicted == 0 {
			continue
		}
		f := "-"
		if cs.Support > 0 {
			f = fmt.Sprintf("%.3f", cs.F1)
		}
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%s\t%d\t%d\t\n", cs.Case, cs.Precision, cs.Recall, f, cs.Support, cs.Predicted)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nsamples %d  accuracy %.3f  macro-F1 %.3f  needs_human %d  classifier %s\n",
		r.Total, r.Accuracy, r.MacroF1, r.NeedsHuman, r.Version)
	if r.SubChecked > 0 {
		fmt.Fprintf(w, "sub-reason correct %d of %d correctly cased samples that name one\n", r.SubCorrect, r.SubChecked)
	}
	fmt.Fprintf(w, "\nconfusion (rows: label, columns: predicted)\n")
	tw = tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "\t")
	for _, k := range r.Cases {
		fmt.Fprintf(tw, "%s\t", abbrev[k])
	}
	fmt.Fprintln(tw)
	for i, k := range r.Cases {
		n := 0
		for _, v := range r.Confusion[i] {
			n += v
		}
		if n == 0 {
			continue
		}
		fmt.Fprintf(tw, "%s\t", abbrev[k])
		for _, v := range r.Confusion[i] {
			fmt.Fprintf(tw, "%d\t", v)
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}
