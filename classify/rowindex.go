package classify

import "math/bits"

// rowIndex maps feature hashes to model rows: an open-addressing table
// with linear probing, read once per feature of every message, where a
// Go map spends most of its time hashing keys that are hashes already.
// It is immutable once built and safe for concurrent reads.
type rowIndex struct {
	slots []rowSlot
	shift uint // 64 - log2(len(slots))
	n     int
}

// rowSlot is one slot of a rowIndex: a hash, its row and the row's idf,
// side by side so that a probe reads one cache line.
type rowSlot struct {
	h   uint64
	row int32 // row+1; 0 marks an empty slot
	idf float32
}

// newRowIndex returns an index holding every hash of rows, which maps
// hashes to distinct rows, each with its idf.
func newRowIndex(rows map[uint64]int32, idf []float32) rowIndex {
	var x rowIndex
	x.init(len(rows))
	for h, r := range rows {
		x.put(h, r, idf[r])
	}
	return x
}

// init makes room for n hashes, keeping the table at most 70% full.
func (x *rowIndex) init(n int) {
	size := 8
	for size*7 < n*10 {
		size <<= 1
	}
	x.slots = make([]rowSlot, size)
	x.shift = uint(64 - bits.TrailingZeros(uint(size)))
	x.n = 0
}

// slot is the first slot probed for h: Fibonacci hashing spreads the
// FNV hashes' high bits over the table.
func (x *rowIndex) slot(h uint64) int {
	return int((h * 0x9E3779B97F4A7C15) >> x.shift)
}

// put sets h's row to r and the row's idf, as a map assignment does. The
// index must have been made (init) for at least as many hashes as it
// holds.
func (x *rowIndex) put(h uint64, r int32, idf float32) {
	mask := len(x.slots) - 1
	for i := x.slot(h); ; i = (i + 1) & mask {
		switch s := &x.slots[i]; {
		case s.row == 0:
			s.h, s.row, s.idf = h, r+1, idf
			x.n++
			return
		case s.h == h:
			s.row, s.idf = r+1, idf
			return
		}
	}
}

// get returns h's row.
func (x *rowIndex) get(h uint64) (int32, bool) {
	r, _, ok := x.lookup(h)
	return r, ok
}

// lookup returns h's row and the row's idf.
func (x *rowIndex) lookup(h uint64) (int32, float32, bool) {
	if x.n == 0 {
		return 0, 0, false
	}
	mask := len(x.slots) - 1
	for i := x.slot(h); ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.row == 0 {
			return 0, 0, false
		}
		if s.h == h {
			return s.row - 1, s.idf, true
		}
	}
}

// len returns the number of hashes in the index.
func (x *rowIndex) len() int { return x.n }

// each calls f for every hash and its row, in no particular order.
func (x *rowIndex) each(f func(h uint64, r int32)) {
	for _, s := range x.slots {
		if s.row != 0 {
			f(s.h, s.row-1)
		}
	}
}
