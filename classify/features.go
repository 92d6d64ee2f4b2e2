package classify

import (
	"math"
	"slices"
	"unicode/utf8"
)

// Feature groups. Each feature is a 64-bit FNV-1a hash of its group byte and
// its text, so extraction allocates no strings.
const (
	groupWord    = 'w' // word unigram
	groupBigram  = 'b' // two adjacent words
	groupChar    = 'c' // character n-gram, 2-4 characters (1-4 inside CJK runs)
	groupConcept = 'k' // a multilingual keyword group matched (cues.go, concepts)
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func fnvByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	return h * fnvPrime
}

// feature is one hashed feature with its weight in a document.
type feature struct {
	h uint64
	w float64
}

// extractor turns text into weighted, hashed features. It reuses its
// buffers, so one extractor must not be used from two goroutines.
type extractor struct {
	segs     []segment
	hashes   []uint64
	bigrams  []uint64
	runes    []rune
	sorted   []uint64 // sortHashes' buffer
	out      []feature
	view     view       // the text of the last features call, for cue matching
	runeBits wordFilter // view.runes
}

// groupWeight scales a group's sublinear term frequencies. Character n-grams
// are many and overlapping, so each counts for half a word; a matched concept
// counts for 15 words, which lets the few non-English examples borrow what
// the English ones teach. Chosen by cross-validation on the examples only.
var groupWeight = map[byte]float64{groupWord: 1, groupBigram: 1, groupChar: 0.5, groupConcept: 10}

// features returns the document's features, each with
// weight groupWeight·(1+ln tf), and leaves the text's view in x.view. Both
// are reused by the next call.
func (x *extractor) features(text string) []feature {
	folded := fold(text)
	x.segs = segmentsDigits(folded, x.segs[:0], false)
	x.view = view{folded: folded, words: x.view.words[:0], first: x.view.first[:0]}
	for i, s := range x.segs {
		if s.cjk {
			x.view.cjk = true
			continue
		}
		x.view.words = append(x.view.words, s.text)
		x.view.first = append(x.view.first, cueIndex.id(s.text))
		if isDigits(s.text) {
			x.segs[i].text = "0" // numbers are never features
		}
	}
	if x.view.cjk {
		x.runeBits = wordFilter{}
		x.runeBits.addRunes(folded)
		x.view.runes = &x.runeBits
	}
	x.hashes = x.hashes[:0]
	x.bigrams = x.bigrams[:0]
	x.out = x.out[:0]

	// Words and bigrams over the segment sequence; a CJK run counts as one
	// word only when short (a Japanese or Chinese "word" of 1-4 characters
	// is meaningful; a whole sentence is not).
	prev := ""
	for _, s := range x.segs {
		word := !s.cjk || utf8.RuneCountInString(s.text) <= 4
		if !word {
			prev = ""
			continue
		}
		x.hashes = append(x.hashes, fnvAdd(fnvByte(fnvOffset, groupWord), s.text))
		if prev != "" {
			h := fnvAdd(fnvByte(fnvOffset, groupBigram), prev)
			h = fnvByte(h, ' ')
			x.bigrams = append(x.bigrams, fnvAdd(h, s.text))
		}
		prev = s.text
	}
	x.hashes = x.flush(groupWord, x.hashes)
	x.bigrams = x.flush(groupBigram, x.bigrams)

	// Character n-grams: inside each word padded with '_' (2-4), and over
	// CJK runs (1-4), which stand in for word segmentation.
	for _, s := range x.segs {
		x.runes = x.runes[:0]
		lo, hi := 2, 4
		if s.cjk {
			lo = 1
		} else {
			x.runes = append(x.runes, '_')
		}
		for _, r := range s.text {
			x.runes = append(x.runes, r)
		}
		if !s.cjk {
			x.runes = append(x.runes, '_')
		}
		for n := lo; n <= hi; n++ {
			for i := 0; i+n <= len(x.runes); i++ {
				h := fnvByte(fnvOffset, groupChar)
				for _, r := range x.runes[i : i+n] {
					h = fnvRune(h, r)
				}
				x.hashes = append(x.hashes, h)
			}
		}
	}
	x.hashes = x.flush(groupChar, x.hashes)

	// Concepts: matched on the same folded text, digits kept.
	for _, k := range concepts {
		if k.cues.any(x.view) {
			x.hashes = append(x.hashes, fnvAdd(fnvByte(fnvOffset, groupConcept), k.name))
		}
	}
	x.hashes = x.flush(groupConcept, x.hashes)
	return x.out
}

func fnvRune(h uint64, r rune) uint64 {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for i := 0; i < n; i++ {
		h = fnvByte(h, buf[i])
	}
	return h
}

// flush counts hs into x.out with weight groupWeight[g]·(1+ln tf) and
// empties hs.
func (x *extractor) flush(g byte, hs []uint64) []uint64 {
	x.sorted = sortHashes(hs, x.sorted)
	w := groupWeight[g]
	for i := 0; i < len(hs); {
		j := i + 1
		for j < len(hs) && hs[j] == hs[i] {
			j++
		}
		x.out = append(x.out, feature{h: hs[i], w: w * (1 + logCount(j-i))})
		i = j
	}
	return hs[:0]
}

// sortHashes sorts hs in increasing order, as slices.Sort does, and returns
// its buffer (tmp, grown as needed) for the next call. Feature hashes are
// spread evenly, so the list is bucketed by its top bits first (about four
// hashes a bucket) and each small bucket sorted by insertion.
func sortHashes(hs, tmp []uint64) []uint64 {
	if len(hs) < 16 {
		insertionSort(hs)
		return tmp
	}
	bits := uint(4)
	for bits < 8 && 4<<bits < len(hs) {
		bits++
	}
	shift := 64 - bits
	var start [257]int
	for _, h := range hs {
		start[h>>shift+1]++
	}
	nb := 1 << bits
	for i := 1; i <= nb; i++ {
		start[i] += start[i-1]
	}
	if cap(tmp) < len(hs) {
		tmp = make([]uint64, len(hs), 2*len(hs))
	}
	tmp = tmp[:len(hs)]
	next := start
	for _, h := range hs {
		b := h >> shift
		tmp[next[b]] = h
		next[b]++
	}
	for b := 0; b < nb; b++ {
		if bucket := tmp[start[b]:start[b+1]]; len(bucket) > 32 {
			slices.Sort(bucket)
		} else {
			insertionSort(bucket)
		}
	}
	copy(hs, tmp)
	return tmp
}

func insertionSort(hs []uint64) {
	for i := 1; i < len(hs); i++ {
		h := hs[i]
		j := i
		for ; j > 0 && hs[j-1] > h; j-- {
			hs[j] = hs[j-1]
		}
		hs[j] = h
	}
}

// logCounts[n] is math.Log(n) for the term counts most features have.
var logCounts = func() (t [64]float64) {
	for n := 1; n < len(t); n++ {
		t[n] = math.Log(float64(n))
	}
	return t
}()

// logCount returns math.Log(n) for n ≥ 1.
func logCount(n int) float64 {
	if n < len(logCounts) {
		return logCounts[n]
	}
	return math.Log(float64(n))
}
