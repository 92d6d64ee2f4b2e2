package classify

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// wordFilter is a small Bloom filter over the runes of a text or the
// first two bytes of prefix cues: mayHave is false for most of what was
// not added, and true for everything added. Cue and phrase sets check a
// text's runes before searching it for a CJK cue, and a word's first two
// bytes before trying their prefix cues ("kaputt*") on it.
type wordFilter [64]uint64 // 4096 bits

// setBit records the rune or byte pair whose bit is b.
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

// mayHave reports whether the rune or byte pair whose bit is b may have
// been recorded; false means it was not.
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

// indexSealed is set when package initialisation is over: the first-word
// indexes below no longer change (they are read without locks).
var indexSealed bool

func init() { indexSealed = true }

// firstWordIndex interns the first words of every set (phrase sets, cue
// sets) made during package initialisation: each sentence's words are
// looked up once, and a set then finds what a word starts among the
// word's postings, with no lookup of its own.
type firstWordIndex[T any] struct {
	ids      map[string]int32 // word -> index in postings
	postings [][]posting[T]
	sets     int32 // sets registered
}

// posting is what one set has for a first word: its phrases or its cues.
type posting[T any] struct {
	set   int32
	items T
}

// register adds a set's items by first word to the postings and returns
// the set's id; -1 after package initialisation.
func (x *firstWordIndex[T]) register(byFirst map[string]T) int32 {
	if indexSealed {
		return -1
	}
	set := x.sets
	x.sets++
	for w, items := range byFirst {
		id, ok := x.ids[w]
		if !ok {
			id = int32(len(x.postings))
			x.ids[w] = id
			x.postings = append(x.postings, nil)
		}
		x.postings[id] = append(x.postings[id], posting[T]{set: set, items: items})
	}
	return set
}

// id returns w's index in the postings, or -1 when nothing starts with w.
func (x *firstWordIndex[T]) id(w string) int32 {
	if id, ok := x.ids[w]; ok {
		return id
	}
	return -1
}

var (
	// phraseIndex holds the phrase sets' phrases (exact words) by first word.
	phraseIndex = firstWordIndex[[][]string]{ids: map[string]int32{}}
	// cueIndex holds the cue sets' cues (indexes) by first word.
	cueIndex = firstWordIndex[[]int]{ids: map[string]int32{}}
)

// containsLower reports whether strings.ToLower(s) contains needle, a
// lower-case ASCII string, without making the lower-case copy. Lower
// casing maps rune to rune, and the only runes beyond ASCII that become
// ASCII are U+0130 (to 'i') and U+212A (to 'k'), which unicode.ToLower
// handles below.
func containsLower(s, needle string) bool {
	if needle == "" {
		return true
	}
	c0 := needle[0]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c == c0 || 'A' <= c && c <= 'Z' && c+'a'-'A' == c0) && hasLowerPrefix(s[i:], needle) {
				return true
			}
			i++
			continue
		}
		if hasLowerPrefix(s[i:], needle) {
			return true
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return false
}

// hasLowerPrefix reports whether strings.ToLower(s) starts with needle, a
// lower-case ASCII string.
func hasLowerPrefix(s, needle string) bool {
	j := 0
	for k := 0; k < len(needle); k++ {
		if j >= len(s) {
			return false
		}
		if c := s[j]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != needle[k] {
				return false
			}
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[j:])
		if unicode.ToLower(r) != rune(needle[k]) {
			return false
		}
		j += w
	}
	return true
}

// literalMatcher is MatchString of a regular expression that matches only
// a few fixed strings (an alternation of literals, case-insensitive or
// not, with optional parts and small character classes), without the
// regexp engine: it compares runes at each position of the text.
type literalMatcher struct {
	seqs       [][][]rune // per string, per position: the runes accepted there
	firstASCII [utf8.RuneSelf]bool
	firstOther bool // a string may start with a rune beyond ASCII
	empty      bool // the empty string is one of them: everything matches
}

// maxLiterals bounds how many strings a literalMatcher expands to.
const maxLiterals = 256

// literalMatchFunc returns re.MatchString, done by a literalMatcher when
// re is an unanchored finite set of strings that way.
func literalMatchFunc(re *regexp.Regexp) func(string) bool {
	if m, ok := newLiteralMatcher(re.String()); ok {
		return m.match
	}
	return re.MatchString
}

// newLiteralMatcher parses expr as regexp.Compile does and expands it to
// its strings; ok is false when it is not a finite set of at most
// maxLiterals strings of literals and small classes.
func newLiteralMatcher(expr string) (*literalMatcher, bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	seqs, ok := expandLiterals(re)
	if !ok {
		return nil, false
	}
	m := &literalMatcher{seqs: seqs}
	for _, seq := range seqs {
		if len(seq) == 0 {
			m.empty = true
			continue
		}
		for _, r := range seq[0] {
			if r < utf8.RuneSelf {
				m.firstASCII[r] = true
			} else {
				m.firstOther = true
			}
		}
	}
	return m, true
}

// expandLiterals returns the rune sequences re matches.
func expandLiterals(re *syntax.Regexp) ([][][]rune, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return [][][]rune{nil}, true
	case syntax.OpLiteral:
		var seq [][]rune
		for _, c := range re.Rune {
			if c == utf8.RuneError {
				return nil, false // would match invalid UTF-8
			}
			set := []rune{c}
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
					set = append(set, f)
				}
			}
			seq = append(seq, set)
		}
		return [][][]rune{seq}, true
	case syntax.OpCharClass:
		var set []rune
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for c := re.Rune[i]; c <= re.Rune[i+1]; c++ {
				if len(set) == 8 || c == utf8.RuneError {
					return nil, false
				}
				set = append(set, c)
			}
		}
		if len(set) == 0 {
			return nil, false
		}
		return [][][]rune{{set}}, true
	case syntax.OpCapture:
		return expandLiterals(re.Sub[0])
	case syntax.OpQuest:
		if re.Flags&syntax.NonGreedy != 0 {
			return nil, false
		}
		sub, ok := expandLiterals(re.Sub[0])
		if !ok || len(sub)+1 > maxLiterals {
			return nil, false
		}
		return append([][][]rune{nil}, sub...), true
	case syntax.OpAlternate:
		var out [][][]rune
		for _, s := range re.Sub {
			sub, ok := expandLiterals(s)
			if !ok || len(out)+len(sub) > maxLiterals {
				return nil, false
			}
			out = append(out, sub...)
		}
		return out, true
	case syntax.OpConcat:
		out := [][][]rune{nil}
		for _, s := range re.Sub {
			sub, ok := expandLiterals(s)
			if !ok || len(out)*len(sub) > maxLiterals {
				return nil, false
			}
			var next [][][]rune
			for _, a := range out {
				for _, b := range sub {
					next = append(next, append(slices.Clip(a), b...))
				}
			}
			out = next
		}
		return out, true
	}
	return nil, false
}

// match reports whether s contains one of m's strings.
func (m *literalMatcher) match(s string) bool {
	if m.empty {
		return true
	}
	for i := 0; i < len(s); {
		c := s[i]
		w := 1
		if c >= utf8.RuneSelf {
			_, w = utf8.DecodeRuneInString(s[i:])
		}
		if c < utf8.RuneSelf && m.firstASCII[c] || c >= utf8.RuneSelf && m.firstOther {
			for _, seq := range m.seqs {
				if hasRunePrefix(s[i:], seq) {
					return true
				}
			}
		}
		i += w
	}
	return false
}

// hasRunePrefix reports whether s starts with runes from each set of seq
// in turn (invalid UTF-8 reads as utf8.RuneError, as regexp reads it).
func hasRunePrefix(s string, seq [][]rune) bool {
	j := 0
	for _, set := range seq {
		if j >= len(s) {
			return false
		}
		r, w := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[j:])
		}
		if !slices.Contains(set, r) {
			return false
		}
		j += w
	}
	return true
}
