package classify

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/aftersale/aftersale"
)

// Sample is one labelled message for evaluation. Label is a case name, a
// sub-reason alias ("not_received" means return_dissatisfied with that
// sub-reason), or "case/sub_reason".
//
// CSV samples carry Text only. Folder samples (LoadFolder) carry the parsed
// Message, which is classified instead of Text, and the expected facts.
type Sample struct {
	Text, Label string
	// Where the sample came from: the .eml path relative to labels.csv, or
	// "line N" of a CSV file. Reports name misclassified samples by it.
	Source string
	// Message, when non-nil, is classified as is (sender, subject, notices).
	Message *aftersale.Message
	// Language is the expected ISO 639-1 language; "" is not scored.
	Language string
	// OrderIDs are the expected order ids when CheckOrderIDs is set.
	OrderIDs      []string
	CheckOrderIDs bool
	// NeedsHuman is the expected needs_human flag; nil is not scored.
	NeedsHuman *bool
}

// LoadCSV reads labelled samples from CSV with a header row; the columns
// named "text" and "label" are used, and "language" when present (in any
// position, other columns are ignored). It returns an error naming the line
// for a malformed row or an unknown label.
func LoadCSV(r io.Reader) ([]Sample, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("reading csv header: %w", err)
	}
	ti, li, gi := -1, -1, -1
	for i, h := range head {
		switch strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))) {
		case "text":
			ti = i
		case "label":
			li = i
		case "language":
			gi = i
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
		s := Sample{Text: rec[ti], Label: strings.TrimSpace(rec[li]), Source: fmt.Sprintf("line %d", line)}
		if gi >= 0 && gi < len(rec) {
			s.Language = strings.ToLower(strings.TrimSpace(rec[gi]))
		}
		if _, _, err := ParseLabel(s.Label); err != nil {
			return nil, fmt.Errorf("csv line %d: %w", line, err)
		}
		out = append(out, s)
	}
}

// LabelsFile is the name of an evaluation folder's label file.
const LabelsFile = "labels.csv"

// ParseFunc parses the raw bytes of one .eml file as the daemon parses
// fetched mail (mailbox.Parse); a message that fails to parse is returned
// with ParseErr set. Classify reads messages, never mail, so the caller
// supplies it.
type ParseFunc func(raw []byte) (aftersale.Message, error)

// LoadFolder reads an evaluation folder: dir/labels.csv with the header
// file,case,subreason,order_id,language,needs_human (file is the path of an
// .eml relative to dir; several order ids are joined by ";"; needs_human is
// true or false), and every .eml it names, parsed with parse. A message
// that fails to parse is still a sample (its Message has ParseErr set).
func LoadFolder(dir string, parse ParseFunc) ([]Sample, error) {
	path := filepath.Join(dir, LabelsFile)
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening labels: %w", err)
	}
	defer f.Close()
	cr := csv.NewReader(f)
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("reading %s header: %w", path, err)
	}
	want := []string{"file", "case", "subreason", "order_id", "language", "needs_human"}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	for _, w := range want {
		if _, ok := col[w]; !ok {
			return nil, fmt.Errorf("%s header %q lacks column %q: %w", path, strings.Join(head, ","), w, aftersale.ErrInvalid)
		}
	}
	var out []Sample
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", path, err)
		}
		line, _ := cr.FieldPos(0)
		get := func(k string) string { return strings.TrimSpace(rec[col[k]]) }
		label := get("case")
		if sub := get("subreason"); sub != "" {
			label += "/" + sub
		}
		if _, _, err := ParseLabel(label); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		nh, err := strconv.ParseBool(get("needs_human"))
		if err != nil {
			return nil, fmt.Errorf("%s line %d: needs_human %q is not true or false: %w", path, line, get("needs_human"), aftersale.ErrInvalid)
		}
		name := get("file")
		if name == "" || filepath.IsAbs(name) || strings.HasPrefix(filepath.Clean(name), "..") {
			return nil, fmt.Errorf("%s line %d: file %q must be a path inside the folder: %w", path, line, name, aftersale.ErrInvalid)
		}
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		m, _ := parse(raw) // a parse error is kept in m.ParseErr and classified as such
		var ids []string
		for _, id := range strings.Split(get("order_id"), ";") {
			if id = strings.TrimSpace(id); id != "" {
				ids = append(ids, id)
			}
		}
		out = append(out, Sample{
			Label: label, Source: name, Message: &m, Text: m.ClassifyText(),
			Language: strings.ToLower(get("language")), OrderIDs: ids, CheckOrderIDs: true, NeedsHuman: &nh,
		})
	}
}

// Load reads path as an evaluation folder when it is a directory (see
// LoadFolder; parse reads its .eml files), else as a CSV file (see
// LoadCSV).
func Load(path string, parse ParseFunc) ([]Sample, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return LoadFolder(path, parse)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := LoadCSV(f)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return s, nil
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
	Case      aftersale.Case `json:"case"`
	Precision float64        `json:"precision"`
	Recall    float64        `json:"recall"`
	F1        float64        `json:"f1"`
	Support   int            `json:"support"`   // samples with this label
	Predicted int            `json:"predicted"` // samples predicted as this case
	// ByRule and ByModel split Predicted: decided by a notice or
	// machine-mail rule, or by the statistical model.
	ByRule  int `json:"by_rule"`
	ByModel int `json:"by_model"`
}

// Band is the accuracy of the verdicts whose confidence lies in [Lo, Hi).
type Band struct {
	Lo, Hi   float64
	N        int     `json:"n"`
	Correct  int     `json:"correct"`
	Accuracy float64 `json:"accuracy"`
}

// Calibration says whether confidence means what it says: the expected
// calibration error over ten equal-width bins, and the accuracy per band.
type Calibration struct {
	ECE   float64 `json:"ece"`
	Bands []Band  `json:"bands"`
}

// calibrationBands are the bands Evaluate reports; the top one is what a
// seller may rely on (a verdict at 0.9 or more should be right at least
// 97 % of the time).
var calibrationBands = []float64{0, 0.5, 0.7, 0.9, 1.0000001}

// LanguageScore is the case accuracy and macro-F1 over the samples of one
// expected language.
type LanguageScore struct {
	Language string  `json:"language"`
	N        int     `json:"n"`
	Accuracy float64 `json:"accuracy"`
	MacroF1  float64 `json:"macro_f1"`
}

// Miss is one sample whose case, sub-reason, language, order ids or
// needs_human flag differ from its label.
type Miss struct {
	Source     string         `json:"source"`
	Want       string         `json:"want"`
	Got        string         `json:"got"`
	Confidence float64        `json:"confidence"`
	What       []string       `json:"what"` // "case", "sub_reason", "language", "order_ids", "needs_human"
	Secondary  aftersale.Case `json:"secondary,omitempty"`
}

// Ratio is a count of correct out of checked samples.
type Ratio struct {
	Correct int     `json:"correct"`
	Checked int     `json:"checked"`
	Rate    float64 `json:"rate"` // Correct/Checked, 0 when nothing was checked
}

func (r *Ratio) add(ok bool) {
	r.Checked++
	if ok {
		r.Correct++
	}
}

func (r *Ratio) finish() {
	if r.Checked > 0 {
		r.Rate = float64(r.Correct) / float64(r.Checked)
	}
}

// Report is the result of Evaluate. Confusion[i][j] counts samples labelled
// Cases[i] and predicted Cases[j]. MacroF1 averages F1 over the cases with
// support > 0; a prediction of a case absent from the data is not scored
// itself but still counts against the recall of the true case.
type Report struct {
	Version    string           `json:"classifier_version"`
	Total      int              `json:"samples"`
	Correct    int              `json:"correct"`
	Accuracy   float64          `json:"accuracy"`
	MacroF1    float64          `json:"macro_f1"`
	Cases      []aftersale.Case `json:"cases"`
	PerCase    []CaseScore      `json:"per_case"` // in Cases order
	Confusion  [][]int          `json:"confusion"`
	NeedsHuman int              `json:"needs_human"` // samples flagged needs_human
	// SubReason: among samples whose label names a sub-reason and that were
	// predicted as return_dissatisfied, how many got that sub-reason.
	SubReason Ratio `json:"sub_reason"`
	// Language: samples with an expected language detected correctly.
	Language Ratio `json:"language"`
	// OrderIDs: samples whose extracted order ids equal the expected set.
	OrderIDs Ratio `json:"order_ids"`
	// NeedsHumanScore: precision and recall of the needs_human flag over
	// the samples that label it.
	NeedsHumanScore FlagScore       `json:"needs_human_score"`
	PerLanguage     []LanguageScore `json:"per_language,omitempty"`
	Calibration     Calibration     `json:"calibration"`
	Misses          []Miss          `json:"misses,omitempty"`
}

// FlagScore is the precision and recall of a binary flag.
type FlagScore struct {
	Checked   int     `json:"checked"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
}

// Evaluate classifies every sample (its Message when set, else its Text as a
// buyer message) and scores the predictions against the labels. Samples
// with labels ParseLabel rejects are skipped. It stops early, with what it
// has, when ctx is done.
func Evaluate(ctx context.Context, c *Classifier, samples []Sample) Report {
	return EvaluateWith(ctx, c, samples, nil)
}

// EvaluateWith is Evaluate calling done, when not nil, after each sample
// (a progress line).
func EvaluateWith(ctx context.Context, c *Classifier, samples []Sample, done func()) Report {
	cases := aftersale.Cases()
	nc := len(cases)
	r := Report{Version: c.Version(), Cases: cases, Confusion: newMatrix(nc)}
	perLang := map[string][][]int{}
	byRule := make([]int, nc)
	var binN, binOK [10]int
	var binConf [10]float64
	for i := 0; i+1 < len(calibrationBands); i++ {
		r.Calibration.Bands = append(r.Calibration.Bands, Band{Lo: calibrationBands[i], Hi: min(calibrationBands[i+1], 1)})
	}
	for _, s := range samples {
		want, wantSub, err := ParseLabel(s.Label)
		if err != nil {
			continue
		}
		m := aftersale.Message{Text: s.Text, Sender: aftersale.SenderBuyer}
		if s.Message != nil {
			m = *s.Message
		}
		cl, err := c.Classify(ctx, m)
		if err != nil {
			break
		}
		if done != nil {
			done()
		}
		r.Total++
		wi, gi := caseIndex(want), caseIndex(cl.Case)
		r.Confusion[wi][gi]++
		if cl.Notice != aftersale.NoticeNone {
			byRule[gi]++
		}
		b := min(int(cl.Confidence*10), 9)
		binN[b]++
		binConf[b] += cl.Confidence
		for i := range r.Calibration.Bands {
			band := &r.Calibration.Bands[i]
			if cl.Confidence >= band.Lo && (cl.Confidence < band.Hi || i == len(r.Calibration.Bands)-1) {
				band.N++
				if cl.Case == want {
					band.Correct++
				}
				break
			}
		}
		if cl.Case == want {
			binOK[b]++
		}
		if s.Language != "" {
			if perLang[s.Language] == nil {
				perLang[s.Language] = newMatrix(nc)
			}
			perLang[s.Language][wi][gi]++
		}
		var what []string
		if cl.Case == want {
			r.Correct++
			if wantSub != "" {
				r.SubReason.add(cl.SubReason == wantSub)
				if cl.SubReason != wantSub {
					what = append(what, "sub_reason")
				}
			}
		} else {
			what = append(what, "case")
		}
		if cl.NeedsHuman {
			r.NeedsHuman++
		}
		if s.Language != "" {
			r.Language.add(cl.Language == s.Language)
			if cl.Language != s.Language {
				what = append(what, "language")
			}
		}
		if s.CheckOrderIDs {
			ok := sameSet(cl.Facts.OrderIDs, s.OrderIDs)
			r.OrderIDs.add(ok)
			if !ok {
				what = append(what, "order_ids")
			}
		}
		if s.NeedsHuman != nil {
			h := &r.NeedsHumanScore
			h.Checked++
			switch {
			case cl.NeedsHuman && *s.NeedsHuman:
				h.TP++
			case cl.NeedsHuman:
				h.FP++
				what = append(what, "needs_human")
			case *s.NeedsHuman:
				h.FN++
				what = append(what, "needs_human")
			}
		}
		if len(what) > 0 {
			got := string(cl.Case)
			if cl.SubReason != "" {
				got += "/" + string(cl.SubReason)
			}
			if slices.Contains(what, "language") {
				got += " lang=" + cl.Language
			}
			if slices.Contains(what, "order_ids") {
				got += " orders=" + strings.Join(cl.Facts.OrderIDs, ";")
			}
			if slices.Contains(what, "needs_human") {
				got += fmt.Sprintf(" needs_human=%v %q", cl.NeedsHuman, cl.Reasons)
			}
			w := s.Label
			if slices.Contains(what, "language") {
				w += " lang=" + s.Language
			}
			if slices.Contains(what, "order_ids") {
				w += " orders=" + strings.Join(s.OrderIDs, ";")
			}
			r.Misses = append(r.Misses, Miss{Source: s.Source, Want: w, Got: got, Confidence: cl.Confidence, What: what, Secondary: cl.Secondary})
		}
	}
	r.PerCase, r.MacroF1, _ = scoreMatrix(cases, r.Confusion)
	for i := range r.PerCase {
		r.PerCase[i].ByRule = byRule[i]
		r.PerCase[i].ByModel = r.PerCase[i].Predicted - byRule[i]
	}
	if r.Total > 0 {
		r.Accuracy = float64(r.Correct) / float64(r.Total)
		for b := range binN {
			if binN[b] > 0 {
				r.Calibration.ECE += math.Abs(binConf[b]-float64(binOK[b])) / float64(r.Total)
			}
		}
	}
	for i := range r.Calibration.Bands {
		if band := &r.Calibration.Bands[i]; band.N > 0 {
			band.Accuracy = float64(band.Correct) / float64(band.N)
		}
	}
	r.SubReason.finish()
	r.Language.finish()
	r.OrderIDs.finish()
	h := &r.NeedsHumanScore
	if h.TP+h.FP > 0 {
		h.Precision = float64(h.TP) / float64(h.TP+h.FP)
	}
	if h.TP+h.FN > 0 {
		h.Recall = float64(h.TP) / float64(h.TP+h.FN)
	}
	langs := make([]string, 0, len(perLang))
	for l := range perLang {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	for _, l := range langs {
		_, f1, n := scoreMatrix(cases, perLang[l])
		ok := 0
		for i := range cases {
			ok += perLang[l][i][i]
		}
		ls := LanguageScore{Language: l, N: n, MacroF1: f1}
		if n > 0 {
			ls.Accuracy = float64(ok) / float64(n)
		}
		r.PerLanguage = append(r.PerLanguage, ls)
	}
	return r
}

func newMatrix(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	return m
}

// scoreMatrix returns per-case scores, macro-F1 over the cases with
// support, and the number of samples of a confusion matrix.
func scoreMatrix(cases []aftersale.Case, conf [][]int) (per []CaseScore, macro float64, total int) {
	scored := 0
	for i, k := range cases {
		cs := CaseScore{Case: k}
		tp := conf[i][i]
		for j := range cases {
			cs.Support += conf[i][j]
			cs.Predicted += conf[j][i]
		}
		total += cs.Support
		if cs.Predicted > 0 {
			cs.Precision = float64(tp) / float64(cs.Predicted)
		}
		if cs.Support > 0 {
			cs.Recall = float64(tp) / float64(cs.Support)
			cs.F1 = f1(tp, cs.Predicted, cs.Support)
			macro += cs.F1
			scored++
		}
		per = append(per, cs)
	}
	if scored > 0 {
		macro /= float64(scored)
	}
	return per, macro, total
}

// sameSet reports whether a and b hold the same strings, ignoring order
// and duplicates.
func sameSet(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			return false
		}
	}
	return true
}

// abbrev are short column heads for the confusion matrix.
var abbrev = map[aftersale.Case]string{
	aftersale.CaseAddressChange: "addr", aftersale.CaseCancelOrder: "cancel", aftersale.CaseShippingInquiry: "ship",
	aftersale.CaseReturnUnwanted: "ret_unw", aftersale.CaseReturnDissatisfied: "ret_dis",
	aftersale.CaseReturnedGoods: "returned", aftersale.CaseNegativeReview: "review",
	aftersale.CaseRefundStatus: "refund", aftersale.CaseOther: "other",
}

// WriteText writes the report as aligned tables: per-case precision,
// recall, F1 and support; the summary lines (macro-F1, sub-reason,
// language, order-id and needs_human scores, each when checked);
// per-language scores; the confusion matrix (rows: label, columns:
// prediction).
func (r Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "case\tprecision\trecall\tF1\tsupport\tpredicted\tby rule\tby model\t\n")
	for _, cs := range r.PerCase {
		if cs.Support == 0 && cs.Predicted == 0 {
			continue
		}
		f := "-"
		if cs.Support > 0 {
			f = fmt.Sprintf("%.3f", cs.F1)
		}
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%s\t%d\t%d\t%d\t%d\t\n", cs.Case, cs.Precision, cs.Recall, f, cs.Support, cs.Predicted, cs.ByRule, cs.ByModel)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nsamples %d  accuracy %.3f  macro-F1 %.3f  needs_human %d  classifier %s\n",
		r.Total, r.Accuracy, r.MacroF1, r.NeedsHuman, r.Version)
	ratio := func(name string, x Ratio, of string) {
		if x.Checked > 0 {
			fmt.Fprintf(w, "%s %.3f (%d of %d %s)\n", name, x.Rate, x.Correct, x.Checked, of)
		}
	}
	ratio("sub-reason accuracy", r.SubReason, "correctly cased samples that name one")
	ratio("language accuracy", r.Language, "samples")
	ratio("order-id exact match", r.OrderIDs, "samples")
	if h := r.NeedsHumanScore; h.Checked > 0 {
		fmt.Fprintf(w, "needs_human precision %.3f recall %.3f (tp %d, fp %d, fn %d of %d samples)\n",
			h.Precision, h.Recall, h.TP, h.FP, h.FN, h.Checked)
	}
	if r.Total > 0 {
		fmt.Fprintf(w, "calibration: expected calibration error %.3f;", r.Calibration.ECE)
		for _, b := range r.Calibration.Bands {
			if b.N > 0 {
				fmt.Fprintf(w, " confidence %.1f-%.1f: %d right of %d (%.3f);", b.Lo, b.Hi, b.Correct, b.N, b.Accuracy)
			}
		}
		fmt.Fprintln(w)
	}
	if len(r.PerLanguage) > 0 {
		fmt.Fprintf(w, "\n")
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "language\tsamples\taccuracy\tmacro-F1\t\n")
		for _, l := range r.PerLanguage {
			fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t\n", l.Language, l.N, l.Accuracy, l.MacroF1)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
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

// WriteMisses writes one line per sample whose case, sub-reason, language,
// order ids or needs_human flag was wrong: its source, what was expected
// and what the classifier said. It never writes message text.
func (r Report) WriteMisses(w io.Writer) error {
	fmt.Fprintf(w, "misses (%d)\n", len(r.Misses))
	for _, m := range r.Misses {
		if _, err := fmt.Fprintf(w, "  %s: want %s, got %s (%.2f)\n", m.Source, m.Want, m.Got, m.Confidence); err != nil {
			return err
		}
	}
	return nil
}

// SelectHalf returns one half of samples, by their Source in name order:
// "odd" and "even" are the 1st, 3rd, 5th ... and the 2nd, 4th ... samples,
// "first" and "second" the two halves of that order ("first" takes the
// middle one of an odd number). "" returns all samples, in name order.
func SelectHalf(samples []Sample, half string) ([]Sample, error) {
	sorted := slices.Clone(samples)
	slices.SortStableFunc(sorted, func(a, b Sample) int { return strings.Compare(a.Source, b.Source) })
	var out []Sample
	for i, s := range sorted {
		var keep bool
		switch half {
		case "":
			keep = true
		case "odd":
			keep = i%2 == 0
		case "even":
			keep = i%2 == 1
		case "first":
			keep = i < (len(sorted)+1)/2
		case "second":
			keep = i >= (len(sorted)+1)/2
		default:
			return nil, fmt.Errorf("half %q is not odd, even, first or second: %w", half, aftersale.ErrInvalid)
		}
		if keep {
			out = append(out, s)
		}
	}
	return out, nil
}

// Run is an evaluation of the samples of Path (a CSV file or a folder):
// the Report, and what a template learned from the samples did to them
// (lines learned, messages whose buyer text changed; zero when none was
// learned).
type Run struct {
	Path string
	Report
	TemplateLines, TemplateMessages int
}

// WriteJSON writes the run as one indented JSON object (schema version 1),
// the report's fields beside "version", "path", "template_lines" and
// "template_messages"; the misses only when misses is set.
func (r Run) WriteJSON(w io.Writer, misses bool) error {
	if !misses {
		r.Misses = nil
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Version int    `json:"version"`
		Path    string `json:"path"`
		Report
		TemplateLines    int `json:"template_lines"`
		TemplateMessages int `json:"template_messages"`
	}{1, r.Path, r.Report, r.TemplateLines, r.TemplateMessages})
}

// WriteText writes the report (Report.WriteText), a line on the learned
// template when one was learned, and with misses set the misses.
func (r Run) WriteText(w io.Writer, misses bool) error {
	if err := r.Report.WriteText(w); err != nil {
		return err
	}
	if r.TemplateLines > 0 {
		fmt.Fprintf(w, "template: %d lines learned from the folder, dropped from the buyer text of %d messages\n", r.TemplateLines, r.TemplateMessages)
	}
	if misses {
		fmt.Fprintln(w)
		return r.WriteMisses(w)
	}
	return nil
}
