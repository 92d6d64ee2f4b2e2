package classify

// wordFilter is a small Bloom filter over words: mayHave is false for
// most words not added, and true for every word added. Cue and phrase
// sets check it before looking a message's word up in their index,
// which most words of a message miss.
type wordFilter [64]uint64 // 4096 bits

// filterBit is where w goes in a wordFilter. Views and sentences keep it
// for each of their words, so that the many sets they are matched against
// hash each word once.
func filterBit(w string) uint16 {
	return uint16(fnvAdd(fnvOffset, w) & 4095)
}

// add records w.
func (f *wordFilter) add(w string) {
	f.setBit(filterBit(w))
}

// setBit records the word or rune whose bit is b.
func (f *wordFilter) setBit(b uint16) {
	f[b>>6] |= 1 << (b & 63)
}

// pairBit is the bit of w's first two bytes (w has two at least): the
// filter cue sets keep of their prefixes ("kaputt*").
func pairBit(w string) uint16 {
	return uint16(uint(w[0])<<4^uint(w[1])) & 4095
}

// runeBit is the bit of a rune in a filter of the runes of a text.
func runeBit(r rune) uint16 {
	return uint16(uint32(r)*2654435761>>20) & 4095
}

// runeBits returns the runeBit of every rune of s.
func runeBits(s string) []uint16 {
	var bs []uint16
	for _, r := range s {
		bs = append(bs, runeBit(r))
	}
	return bs
}

// addRunes records every rune of s.
func (f *wordFilter) addRunes(s string) {
	for _, r := range s {
		f.setBit(runeBit(r))
	}
}

// hasAll reports whether every bit of bs may have been recorded; false
// means that one of the runes they stand for is not in the text. A nil
// filter may have anything.
func (f *wordFilter) hasAll(bs []uint16) bool {
	if f == nil {
		return true
	}
	for _, b := range bs {
		if !f.mayHave(b) {
			return false
		}
	}
	return true
}

// mayHave reports whether the word whose filterBit is b may have been
// added; false means it was not.
func (f *wordFilter) mayHave(b uint16) bool {
	return f[b>>6]&(1<<(b&63)) != 0
}

// prefixKeys records which lengths of index key a prefixed phrase index
// holds (phrases.prefix, keyed by prefixKey: at most two bytes), so that
// a word is looked up only under a key that may be there.
type prefixKeys struct {
	empty bool      // a key ""
	one   [256]bool // keys of one byte
	two   [256]bool // keys of two bytes, by their first byte
}

func (k *prefixKeys) add(key string) {
	switch len(key) {
	case 0:
		k.empty = true
	case 1:
		k.one[key[0]] = true
	default:
		k.two[key[0]] = true
	}
}

// mayHave reports whether key may be in the index; false means it is not.
func (k *prefixKeys) mayHave(key string) bool {
	switch len(key) {
	case 0:
		return k.empty
	case 1:
		return k.one[key[0]]
	default:
		return k.two[key[0]]
	}
}

// bytePairs is a filter of the adjacent byte pairs of a text: a string
// with a pair the filter lacks is not in the text, which saves searching
// the text for each of many markers.
type bytePairs [64]uint64 // 4096 bits

func pairIndex(a, b byte) uint16 { return (uint16(a)<<4 ^ uint16(b)) & 4095 }

// add records every byte pair of s.
func (p *bytePairs) add(s string) {
	for i := 0; i+1 < len(s); i++ {
		b := pairIndex(s[i], s[i+1])
		p[b>>6] |= 1 << (b & 63)
	}
}

// mayContain reports whether every byte pair of m may be in the text;
// false means m is not in it.
func (p *bytePairs) mayContain(m string) bool {
	for i := 0; i+1 < len(m); i++ {
		if b := pairIndex(m[i], m[i+1]); p[b>>6]&(1<<(b&63)) == 0 {
			return false
		}
	}
	return true
}

// The first words of every phrase set made during package initialisation
// are interned, and each sentence's words looked up once (sentences):
// a set then finds the phrases a word starts among the word's postings,
// with no lookup of its own.
var (
	firstWordIDs      = map[string]int32{} // word -> index in firstWordPostings
	firstWordPostings [][]firstWordPosting
	phraseSets        int32 // phrase sets registered
	phrasesSealed     bool  // package initialisation is over: register no more
)

// firstWordPosting is the phrases one set has for a first word.
type firstWordPosting struct {
	set   int32
	cands [][]string
}

func init() { phrasesSealed = true }

// registerFirstWords adds a phrase set's phrases by first word (exact) to
// the postings and returns the set's id; -1 after package initialisation,
// when the postings no longer change (they are read without locks).
func registerFirstWords(exact map[string][][]string) int32 {
	if phrasesSealed {
		return -1
	}
	set := phraseSets
	phraseSets++
	for w, cands := range exact {
		id, ok := firstWordIDs[w]
		if !ok {
			id = int32(len(firstWordPostings))
			firstWordIDs[w] = id
			firstWordPostings = append(firstWordPostings, nil)
		}
		firstWordPostings[id] = append(firstWordPostings[id], firstWordPosting{set: set, cands: cands})
	}
	return set
}

// firstWordID returns w's index in firstWordPostings, or -1 when no phrase
// starts with w.
func firstWordID(w string) int32 {
	if id, ok := firstWordIDs[w]; ok {
		return id
	}
	return -1
}
