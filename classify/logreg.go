package classify

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// lrModel is a multinomial logistic regression over the same hashed,
// TF-IDF weighted, unit-length feature vectors as the naive Bayes model
// (features.go). It replaced naive Bayes as the case model: on mail
// written independently of the project it is the more accurate of the
// two (docs/classifier.md has the comparison).
type lrModel struct {
	nc    int
	index rowIndex  // feature hash -> row
	idf   []float32 // per row
	w     []float32 // row-major [row][class]
	b     []float64 // bias per class
	temp  float64   // softmax temperature fitted by cross-validation
}

// lrParams are the training hyper-parameters, chosen by cross-validation
// on the embedded examples only.
type lrParams struct {
	Epochs int
	Rate   float64 // AdaGrad base learning rate
	L2     float64 // L2 penalty per update
	Seed   uint64  // order of examples per epoch
	// Folds is the number of cross-validation folds the softmax
	// temperature is fitted on; 0 takes the embedded model's temperature
	// instead, which makes training six times faster.
	Folds int
	// stop, when set, is asked after every epoch; true ends training early
	// (the result is then discarded).
	stop func() bool
}

// String is what modelKey hashes: the parameters that change the model.
func (p lrParams) String() string {
	s := fmt.Sprintf("{Epochs:%d Rate:%v L2:%v Seed:%d}", p.Epochs, p.Rate, p.L2, p.Seed)
	if p.Folds != folds {
		s += fmt.Sprintf(" folds %d", p.Folds)
	}
	return s
}

var defaultLRParams = lrParams{Epochs: 25, Rate: 0.2, L2: 1e-5, Seed: 1, Folds: folds}

// correctionLRParams train the case model with corrections: as the
// embedded one, with its temperature (Folds 0). Retraining in the daemon
// then takes one fit instead of six; the calibration it keeps was measured
// (docs/classifier.md, "Learning from corrections").
var correctionLRParams = func() lrParams { p := defaultLRParams; p.Folds = 0; return p }()

// sparseDoc is a training document: rows into the model and final weights.
type sparseDoc struct {
	rows []int32
	w    []float32
}

// lrData is a training set in model rows.
type lrData struct {
	docs   []sparseDoc
	labels []int
	weight []float64 // per document; 1 for the shipped examples
}

// buildIndex assigns every feature of feats a row in first-seen order and
// returns the inverse document frequencies; feats are reweighed in place
// (TF-IDF, unit length).
func buildIndex(feats [][]feature) (map[uint64]int32, []float32) {
	index := make(map[uint64]int32)
	for _, fs := range feats {
		for _, f := range fs {
			if _, ok := index[f.h]; !ok {
				index[f.h] = int32(len(index))
			}
		}
	}
	idf := computeIDF(index, feats)
	for _, fs := range feats {
		reweigh(index, idf, fs)
	}
	return index, idf
}

// toSparse turns reweighed features into model rows.
func toSparse(index map[uint64]int32, fs []feature) sparseDoc {
	d := sparseDoc{rows: make([]int32, 0, len(fs)), w: make([]float32, 0, len(fs))}
	for _, f := range fs {
		if f.w == 0 {
			continue
		}
		if row, ok := index[f.h]; ok {
			d.rows = append(d.rows, row)
			d.w = append(d.w, float32(f.w))
		}
	}
	return d
}

// fitLR trains by AdaGrad SGD on the class-balanced cross-entropy with an
// L2 penalty, the examples in a seeded pseudo-random order per epoch. It
// is deterministic for the same data and parameters.
func fitLR(nc, rows int, d lrData, p lrParams) *lrModel {
	m := &lrModel{nc: nc, w: make([]float32, rows*nc), b: make([]float64, nc), temp: 1}
	g2 := make([]float32, rows*nc)
	gb2 := make([]float64, nc)
	count := make([]float64, nc)
	for i, l := range d.labels {
		count[l] += d.weight[i]
	}
	total := 0.0
	for _, c := range count {
		total += c
	}
	cw := make([]float64, nc)
	for c := range cw {
		if count[c] > 0 {
			cw[c] = total / (float64(nc) * count[c])
		}
	}
	order := make([]int, len(d.docs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(p.Seed, 0x9e3779b97f4a7c15))
	probs := make([]float64, nc)
	grad := make([]float32, nc)
	rate, l2 := float32(p.Rate), float32(p.L2)
	for ep := 0; ep < p.Epochs; ep++ {
		if p.stop != nil && p.stop() {
			return m
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			doc := d.docs[i]
			m.rawProbs(doc, probs)
			y := d.labels[i]
			scale := cw[y] * d.weight[i]
			for c := 0; c < nc; c++ {
				g := probs[c]
				if c == y {
					g--
				}
				g *= scale
				grad[c] = float32(g)
				gb2[c] += g * g
				m.b[c] -= p.Rate * g / (math.Sqrt(gb2[c]) + 1e-8)
			}
			for k, row := range doc.rows {
				x := doc.w[k]
				base := int(row) * nc
				ws, gs := m.w[base:base+nc], g2[base:base+nc]
				for c := range ws {
					gr := grad[c]*x + l2*ws[c]
					gs[c] += gr * gr
					ws[c] -= rate * gr / (float32(math.Sqrt(float64(gs[c]))) + 1e-8)
				}
			}
		}
	}
	return m
}

// rawProbs writes softmax(w·x + b) of a training document into dst.
func (m *lrModel) rawProbs(doc sparseDoc, dst []float64) {
	nc := m.nc
	copy(dst, m.b)
	for k, row := range doc.rows {
		x := float64(doc.w[k])
		for c, w := range m.w[int(row)*nc : int(row)*nc+nc] {
			dst[c] += x * float64(w)
		}
	}
	softmax(dst, 1, dst)
}

// logits writes w·x + b of fs (raw extractor features, not reweighed) into
// dst; features never seen in training are ignored. buf holds the known
// features between its two passes; logits returns it, grown, for the next
// call.
func (m *lrModel) logits(fs []feature, dst []float64, buf []knownFeature) []knownFeature {
	nc := m.nc
	copy(dst, m.b)
	ss := 0.0
	buf = buf[:0]
	for _, f := range fs {
		if row, idf, ok := m.index.lookup(f.h); ok {
			w := f.w * float64(idf)
			ss += w * w
			buf = append(buf, knownFeature{row: row, w: w})
		}
	}
	if ss == 0 {
		return buf
	}
	norm := math.Sqrt(ss)
	d := dst[:nc]
	for _, k := range buf {
		x := k.w / norm
		row := int(k.row) * nc
		ws := m.w[row : row+nc]
		ws = ws[:len(d)]
		for c := range d {
			d[c] += x * float64(ws[c])
		}
	}
	return buf
}

// knownFeature is a feature the model knows: its row and its weight
// times the row's idf.
type knownFeature struct {
	row int32
	w   float64
}

// probs writes the calibrated class probabilities of fs into dst, using
// buf as logits does, and returns dst and buf.
func (m *lrModel) probs(fs []feature, dst []float64, buf []knownFeature) ([]float64, []knownFeature) {
	buf = m.logits(fs, dst, buf)
	softmax(dst, m.temp, dst)
	return dst, buf
}

// cvLR trains on k-1 folds and scores the held-out fold (fold = index mod
// k), for every fold, and returns the held-out logits.
func cvLR(nc, rows int, d lrData, p lrParams, k int) []heldOut {
	var held []heldOut
	for f := 0; f < k; f++ {
		var tr lrData
		for i := range d.docs {
			if i%k != f {
				tr.docs = append(tr.docs, d.docs[i])
				tr.labels = append(tr.labels, d.labels[i])
				tr.weight = append(tr.weight, d.weight[i])
			}
		}
		m := fitLR(nc, rows, tr, p)
		for i := range d.docs {
			if i%k != f {
				continue
			}
			s := make([]float64, nc)
			copy(s, m.b)
			doc := d.docs[i]
			for j, row := range doc.rows {
				for c, w := range m.w[int(row)*nc : int(row)*nc+nc] {
					s[c] += float64(doc.w[j]) * float64(w)
				}
			}
			held = append(held, heldOut{scores: slices.Clone(s), label: d.labels[i]})
		}
	}
	return held
}

func (m *lrModel) knows(h uint64) bool {
	_, ok := m.index.get(h)
	return ok
}
