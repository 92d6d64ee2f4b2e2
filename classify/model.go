package classify

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"math"
	"path"
	"slices"
	"strings"

	"github.com/aftersale/aftersale"
)

//go:embed examples/*/*.tsv
var examplesFS embed.FS

//go:embed model.bin
var modelBin []byte

// example is one hand-written training message.
type example struct {
	c    aftersale.Case
	sub  aftersale.SubReason
	text string
	lang string  // from the file name, e.g. "de"
	src  string  // file:line, for error messages
	w    float64 // training weight; 0 means 1
}

func (e example) weight() float64 {
	if e.w == 0 {
		return 1
	}
	return e.w
}

// loadExamples reads every examples/<lang>/<writer>.tsv file in name order
// (the folder names the language). Each line is
// `case<TAB>subreason<TAB>text`; "\n" in text stands for a line break;
// blank lines and lines starting with '#' are skipped.
func loadExamples(fsys fs.FS) ([]example, error) {
	names, err := fs.Glob(fsys, "examples/*/*.tsv")
	if err != nil {
		return nil, fmt.Errorf("listing examples: %w", err)
	}
	slices.Sort(names)
	var out []example
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, fmt.Errorf("opening %s: %w", name, err)
		}
		lang := path.Base(path.Dir(name))
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
		line := 0
		for sc.Scan() {
			line++
			t := sc.Text()
			if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
				continue
			}
			parts := strings.SplitN(t, "\t", 3)
			src := fmt.Sprintf("%s:%d", name, line)
			if len(parts) != 3 {
				f.Close()
				return nil, fmt.Errorf("example %s: want case<TAB>subreason<TAB>text: %w", src, aftersale.ErrInvalid)
			}
			c, err := aftersale.ParseCase(parts[0])
			if err != nil {
				f.Close()
				return nil, fmt.Errorf("example %s: %w", src, err)
			}
			sub := aftersale.SubReason(parts[1])
			if sub != aftersale.SubNone && !slices.Contains(aftersale.SubReasons(), sub) {
				f.Close()
				return nil, fmt.Errorf("example %s: unknown sub-reason %q: %w", src, sub, aftersale.ErrInvalid)
			}
			text := strings.ReplaceAll(parts[2], `\n`, "\n")
			out = append(out, example{c: c, sub: sub, text: text, lang: lang, src: src})
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", name, err)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no training examples: %w", aftersale.ErrInvalid)
	}
	return out, nil
}

// Model hyper-parameters. They were chosen by cross-validation on the
// embedded examples only (TestCrossValidation prints the numbers); the
// shared evaluation data was never used to choose them.
var (
	// alpha is the additive (Lidstone) smoothing of feature counts.
	alpha = 0.1
	// lengthExp divides a document's log-likelihood by (its feature mass)^lengthExp,
	// so long angry mails are not more certain merely for being long.
	lengthExp = 0.5
)

// folds is the number of cross-validation folds used to fit the temperature.
const folds = 5

// nbModel is a multinomial naive Bayes model over hashed features with
// uniform class priors (the number of examples per case says how much we
// wrote, not how often buyers write it).
type nbModel struct {
	classes []aftersale.Case // nil for the sub-reason model
	nc      int              // number of classes
	index   map[uint64]int32 // feature hash -> row in logp
	logp    []float32        // row-major [feature][class] log P(feature|class)
	idf     []float32        // inverse document frequency per row (all 1 when !useIDF)
	temp    float64          // softmax temperature fitted by cross-validation
}

// useIDF weights features by inverse document frequency and scales every
// document's feature vector to unit length (Rennie et al. 2003, "Tackling
// the poor assumptions of naive Bayes text classifiers"), so that words
// every case uses ("order", "please", "hi") count for little and a long
// mail weighs as much as a one-liner.
var useIDF = true

// computeIDF returns idf = ln((N+1)/(df+1)) + 1 per row.
func computeIDF(index map[uint64]int32, feats [][]feature) []float32 {
	df := make([]float64, len(index))
	for _, fs := range feats {
		for _, f := range fs {
			df[index[f.h]]++
		}
	}
	idf := make([]float32, len(df))
	n := float64(len(feats))
	for i, d := range df {
		idf[i] = 1
		if useIDF {
			idf[i] = float32(math.Log((n+1)/(d+1)) + 1)
		}
	}
	return idf
}

// reweigh multiplies each known feature's weight by its idf and scales the
// vector to unit length (when useIDF); unknown features get weight 0.
func reweigh(index map[uint64]int32, idf []float32, fs []feature) {
	ss := 0.0
	for i, f := range fs {
		row, ok := index[f.h]
		if !ok {
			fs[i].w = 0
			continue
		}
		fs[i].w *= float64(idf[row])
		ss += fs[i].w * fs[i].w
	}
	if !useIDF || ss == 0 {
		return
	}
	n := math.Sqrt(ss)
	for i := range fs {
		fs[i].w /= n
	}
}

// trainDocs is the training set in feature form.
type trainDocs struct {
	feats  [][]feature
	labels []int
	weight []float64 // per document; nil means 1 each
}

// fit builds the naive Bayes model (the sub-reason model): the vocabulary
// and counts from all documents, temperature 1.
func fit(classes []aftersale.Case, nc int, d trainDocs) *nbModel {
	index := make(map[uint64]int32)
	for _, fs := range d.feats {
		for _, f := range fs {
			if _, ok := index[f.h]; !ok {
				index[f.h] = int32(len(index))
			}
		}
	}
	// The index assigns rows in first-seen order over documents in order,
	// which is deterministic.
	v := len(index)
	idf := computeIDF(index, d.feats)
	for _, fs := range d.feats {
		reweigh(index, idf, fs)
	}
	total := make([]float64, v*nc)
	totC := make([]float64, nc)
	for i, fs := range d.feats {
		c := d.labels[i]
		w := 1.0
		if d.weight != nil {
			w = d.weight[i]
		}
		for _, f := range fs {
			total[int(index[f.h])*nc+c] += w * f.w
			totC[c] += w * f.w
		}
	}

	m := &nbModel{classes: classes, nc: nc, index: index, logp: make([]float32, v*nc), idf: idf}
	for r := 0; r < v; r++ {
		for c := 0; c < nc; c++ {
			m.logp[r*nc+c] = float32(math.Log((total[r*nc+c] + alpha) / (totC[c] + alpha*float64(v))))
		}
	}
	m.temp = 1
	return m
}

// normalize divides log-likelihood scores by mass^lengthExp.
func normalize(scores []float64, mass float64) {
	if mass <= 0 {
		clear(scores)
		return
	}
	d := math.Pow(mass, lengthExp)
	for c := range scores {
		scores[c] /= d
	}
}

type heldOut struct {
	scores []float64
	label  int
}

// fitTemperature returns the T minimising the negative log-likelihood of
// softmax(scores/T) on held-out documents: a log-spaced grid, then a
// golden-section refinement around the best grid point.
func fitTemperature(held []heldOut) float64 {
	var buf []float64
	nll := func(t float64) float64 {
		s := 0.0
		for _, h := range held {
			p := softmax(h.scores, t, buf)
			buf = p
			s -= math.Log(math.Max(p[h.label], 1e-12))
		}
		return s
	}
	best, bestT := math.Inf(1), 1.0
	for i := 0; i <= 40; i++ {
		t := math.Pow(10, -2+float64(i)*0.1) // 0.01 .. 100
		if v := nll(t); v < best {
			best, bestT = v, t
		}
	}
	lo, hi := bestT/1.26, bestT*1.26
	const g = 0.6180339887498949
	for i := 0; i < 30; i++ {
		a, b := hi-g*(hi-lo), lo+g*(hi-lo)
		if nll(a) < nll(b) {
			hi = b
		} else {
			lo = a
		}
	}
	return (lo + hi) / 2
}

// softmax returns softmax(scores/t), written into dst when it has room.
func softmax(scores []float64, t float64, dst []float64) []float64 {
	if cap(dst) < len(scores) {
		dst = make([]float64, len(scores))
	}
	dst = dst[:len(scores)]
	mx := math.Inf(-1)
	for _, s := range scores {
		mx = math.Max(mx, s/t)
	}
	sum := 0.0
	for i, s := range scores {
		dst[i] = math.Exp(s/t - mx)
		sum += dst[i]
	}
	for i := range dst {
		dst[i] /= sum
	}
	return dst
}

// cvResult summarises the cross-validation run done while fitting.
type cvResult struct {
	Accuracy float64 // held-out accuracy
	MacroF1  float64
	NLL      float64 // mean negative log-likelihood at the fitted temperature
	ECE      float64 // expected calibration error over 10 bins
	N        int
}

func evaluateHeld(held []heldOut, t float64, nc int) cvResult {
	r := cvResult{N: len(held)}
	tp := make([]int, nc)
	pred := make([]int, nc)
	sup := make([]int, nc)
	var binN [10]int
	var binConf, binAcc [10]float64
	for _, h := range held {
		p := softmax(h.scores, t, nil)
		best := 0
		for c := range p {
			if p[c] > p[best] {
				best = c
			}
		}
		sup[h.label]++
		pred[best]++
		ok := best == h.label
		if ok {
			tp[best]++
			r.Accuracy++
		}
		r.NLL -= math.Log(math.Max(p[h.label], 1e-12))
		b := min(int(p[best]*10), 9)
		binN[b]++
		binConf[b] += p[best]
		if ok {
			binAcc[b]++
		}
	}
	if r.N == 0 {
		return r
	}
	r.Accuracy /= float64(r.N)
	r.NLL /= float64(r.N)
	n := 0
	for c := 0; c < nc; c++ {
		if sup[c] == 0 {
			continue
		}
		n++
		r.MacroF1 += f1(tp[c], pred[c], sup[c])
	}
	if n > 0 {
		r.MacroF1 /= float64(n)
	}
	for b := range binN {
		if binN[b] > 0 {
			r.ECE += math.Abs(binConf[b]-binAcc[b]) / float64(r.N)
		}
	}
	return r
}

func f1(tp, pred, support int) float64 {
	if tp == 0 {
		return 0
	}
	p := float64(tp) / float64(pred)
	r := float64(tp) / float64(support)
	return 2 * p * r / (p + r)
}

// scores writes the length-normalised log-likelihood of fs under each class
// into dst (len nc). Features never seen in training are ignored. fs is
// not modified.
func (m *nbModel) scores(fs []feature, dst []float64) {
	nc := m.nc
	clear(dst)
	norm := 1.0
	if useIDF {
		ss := 0.0
		for _, f := range fs {
			if row, ok := m.index[f.h]; ok {
				w := f.w * float64(m.idf[row])
				ss += w * w
			}
		}
		if ss == 0 {
			return
		}
		norm = math.Sqrt(ss)
	}
	mass := 0.0
	for _, f := range fs {
		row, ok := m.index[f.h]
		if !ok {
			continue
		}
		w := f.w * float64(m.idf[row]) / norm
		mass += w
		lp := m.logp[int(row)*nc : int(row)*nc+nc]
		for c, l := range lp {
			dst[c] += w * float64(l)
		}
	}
	normalize(dst, mass)
}
