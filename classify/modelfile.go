package classify

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"

	"github.com/aftersale/aftersale"
)

// The case model is trained from the embedded examples by `go generate`
// (TestModelFile with -update-model) and embedded as model.bin, because
// training with cross-validation takes seconds and start-up must not.
// The file's key is a hash of everything training reads; New retrains
// when it does not match, so a stale file costs time, never correctness,
// and TestModelFile fails until it is regenerated.
//
//go:generate go test -run ^TestModelFile$ -update-model .

// featureVersion changes whenever features.go or cues.go change what a
// text's features are; it is part of the model key.
const featureVersion = "features-3"

// modelMagic starts model.bin.
const modelMagic = "aftersale-lr-1\n"

// modelKey hashes the training inputs: feature version, parameters and
// every example (case, sub-reason, text, weight).
func modelKey(exs []example, p lrParams) [32]byte {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n", featureVersion, p)
	for _, e := range exs {
		fmt.Fprintf(h, "%s\t%s\t%q\t%g\n", e.c, e.sub, e.text, e.weight())
	}
	var k [32]byte
	copy(k[:], h.Sum(nil))
	return k
}

// trainCaseModel fits the case model on exs: features, TF-IDF, a 5-fold
// cross-validation for the softmax temperature, then the final fit on
// everything.
func trainCaseModel(exs []example, p lrParams) (*lrModel, cvResult) {
	m, cv, _ := trainCaseModelCtx(context.Background(), exs, p)
	return m, cv
}

// trainCaseModelCtx is trainCaseModel, returning ctx's error when ctx is
// done before it finishes (it looks after every epoch).
func trainCaseModelCtx(ctx context.Context, exs []example, p lrParams) (*lrModel, cvResult, error) {
	p.stop = func() bool { return ctx.Err() != nil }
	classes := aftersale.Cases()
	var x extractor
	feats := make([][]feature, len(exs))
	d := lrData{labels: make([]int, len(exs)), weight: make([]float64, len(exs))}
	for i, e := range exs {
		feats[i] = slices.Clone(x.features(e.text))
		d.labels[i] = slices.Index(classes, e.c)
		d.weight[i] = e.weight()
	}
	index, idf := buildIndex(feats)
	d.docs = make([]sparseDoc, len(exs))
	for i, fs := range feats {
		d.docs[i] = toSparse(index, fs)
	}
	nc := len(classes)
	temp, cv := embeddedTemperature(), cvResult{}
	if p.Folds > 1 {
		held := cvLR(nc, len(index), d, p, p.Folds)
		if err := ctx.Err(); err != nil {
			return nil, cvResult{}, err
		}
		temp = fitTemperature(held)
		cv = evaluateHeld(held, temp, nc)
	}
	m := fitLR(nc, len(index), d, p)
	if err := ctx.Err(); err != nil {
		return nil, cvResult{}, err
	}
	m.index, m.idf, m.temp = newRowIndex(index, idf), idf, temp
	return m, cv, nil
}

// embeddedTemperature returns the softmax temperature of model.bin (1 if
// it cannot be read), reading only the file's head.
var embeddedTemperature = sync.OnceValue(func() float64 {
	zr, err := gzip.NewReader(bytes.NewReader(modelBin))
	if err != nil {
		return 1
	}
	head := make([]byte, len(modelMagic)+32+8+8)
	if _, err := io.ReadFull(zr, head); err != nil || !bytes.HasPrefix(head, []byte(modelMagic)) {
		return 1
	}
	t := math.Float64frombits(binary.LittleEndian.Uint64(head[len(head)-8:]))
	if t <= 0 || math.IsNaN(t) || math.IsInf(t, 0) {
		return 1
	}
	return t
})

// encodeModel writes m as model.bin: the magic line, the key, the number
// of classes and rows, the temperature and biases, then per row its
// feature hash, idf and weights quantised to int8 with a per-row scale,
// all gzip-compressed.
func encodeModel(m *lrModel, key [32]byte) []byte {
	return encodeModelLevel(m, key, gzip.BestCompression)
}

// encodeModelLevel is encodeModel with the gzip compression level; a
// cached model is written fast (gzip.BestSpeed), model.bin small.
func encodeModelLevel(m *lrModel, key [32]byte, level int) []byte {
	var raw bytes.Buffer
	raw.WriteString(modelMagic)
	raw.Write(key[:])
	le := binary.LittleEndian
	put := func(v any) { _ = binary.Write(&raw, le, v) }
	rows := make([]uint64, m.index.len())
	m.index.each(func(h uint64, r int32) { rows[r] = h })
	put(uint32(m.nc))
	put(uint32(len(rows)))
	put(m.temp)
	put(m.b)
	q := make([]int8, m.nc)
	for r, h := range rows {
		ws := m.w[r*m.nc : r*m.nc+m.nc]
		mx := float32(0)
		for _, w := range ws {
			mx = max(mx, float32(math.Abs(float64(w))))
		}
		scale := mx / 127
		for c, w := range ws {
			if scale > 0 {
				q[c] = int8(math.Round(float64(w / scale)))
			} else {
				q[c] = 0
			}
		}
		put(h)
		put(m.idf[r])
		put(scale)
		put(q)
	}
	var out bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&out, level)
	zw.Write(raw.Bytes())
	zw.Close()
	return out.Bytes()
}

var errModelFile = errors.New("model file")

// decodeModel reads what encodeModel wrote.
func decodeModel(b []byte) (*lrModel, [32]byte, error) {
	var key [32]byte
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, key, fmt.Errorf("%w: %v", errModelFile, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, key, fmt.Errorf("%w: %v", errModelFile, err)
	}
	if !bytes.HasPrefix(raw, []byte(modelMagic)) || len(raw) < len(modelMagic)+32+16 {
		return nil, key, fmt.Errorf("%w: not a model", errModelFile)
	}
	raw = raw[len(modelMagic):]
	copy(key[:], raw)
	raw = raw[32:]
	le := binary.LittleEndian
	nc := int(le.Uint32(raw))
	nrows := int(le.Uint32(raw[4:]))
	raw = raw[8:]
	if nc <= 0 || nc > 64 || len(raw) != 8+8*nc+nrows*(8+4+4+nc) {
		return nil, key, fmt.Errorf("%w: bad size", errModelFile)
	}
	m := &lrModel{nc: nc, idf: make([]float32, nrows), w: make([]float32, nrows*nc), b: make([]float64, nc)}
	m.temp = math.Float64frombits(le.Uint64(raw))
	raw = raw[8:]
	for c := range m.b {
		m.b[c] = math.Float64frombits(le.Uint64(raw))
		raw = raw[8:]
	}
	m.index.init(nrows)
	for r := 0; r < nrows; r++ {
		m.idf[r] = math.Float32frombits(le.Uint32(raw[8:]))
		m.index.put(le.Uint64(raw), int32(r), m.idf[r])
		scale := math.Float32frombits(le.Uint32(raw[12:]))
		raw = raw[16:]
		for c := 0; c < nc; c++ {
			m.w[r*nc+c] = float32(int8(raw[c])) * scale
		}
		raw = raw[nc:]
	}
	return m, key, nil
}
