package respond

import (
	"hash/maphash"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// guarded is a regular expression with a literal prefilter: a condition on
// the substrings of the text (an and/or tree of "contains one of these
// strings") that every matching text satisfies, so a text that fails it is
// rejected with a few substring searches instead of running the regexp. The
// policy checker's expressions are large multilingual alternations; without
// the prefilter, checking one draft cost about 1.5 ms (BenchmarkCheck).
// Results are identical to the plain regexp's (TestGuardedAgreesWithRegexp,
// FuzzGuardedAgreesWithRegexp).
type guarded struct {
	*regexp.Regexp
	pre *cond // nil: no prefilter could be derived
}

// allGuarded lists every guarded expression, for the equivalence tests.
var allGuarded []*guarded

// guard compiles expr, derives its prefilter and lists it in allGuarded.
// It is for package-level variables.
func guard(expr string) *guarded {
	g := newGuarded(expr)
	allGuarded = append(allGuarded, g)
	return g
}

func newGuarded(expr string) *guarded {
	g := &guarded{Regexp: regexp.MustCompile(expr)}
	if p, err := syntax.Parse(expr, syntax.Perl); err == nil {
		g.pre = prefilterOf(p.Simplify())
	}
	return g
}

// possible reports whether s may match: false means it certainly does not.
func (g *guarded) possible(s string) bool {
	return g.pre == nil || g.pre.eval(foldCached(s))
}

// folded is a folded text with the set of its byte pairs (hashed into
// 4096 bits): a string one of whose pairs is missing is not in the text,
// which is cheaper to see than with a substring search.
type folded struct {
	s     string
	pairs [64]uint64
}

func newFolded(s string) *folded {
	f := &folded{s: fold(s)}
	for i := 0; i+1 < len(f.s); i++ {
		h := pairHash(f.s[i], f.s[i+1])
		f.pairs[h>>6] |= 1 << (h & 63)
	}
	return f
}

func pairHash(a, b byte) uint16 { return (uint16(a)<<5 ^ uint16(b)) & 4095 }

// mayContain reports whether f may contain the string with pair hashes hs.
func (f *folded) mayContain(hs []uint16) bool {
	for _, h := range hs {
		if f.pairs[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}

func pairHashes(s string) []uint16 {
	var hs []uint16
	for i := 0; i+1 < len(s); i++ {
		if h := pairHash(s[i], s[i+1]); !slices.Contains(hs, h) {
			hs = append(hs, h)
		}
	}
	return hs
}

func (g *guarded) MatchString(s string) bool {
	return g.possible(s) && g.Regexp.MatchString(s)
}

func (g *guarded) FindStringIndex(s string) []int {
	if !g.possible(s) {
		return nil
	}
	return g.Regexp.FindStringIndex(s)
}

func (g *guarded) FindAllStringIndex(s string, n int) [][]int {
	if !g.possible(s) {
		return nil
	}
	return g.Regexp.FindAllStringIndex(s, n)
}

func (g *guarded) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !g.possible(s) {
		return nil
	}
	return g.Regexp.FindAllStringSubmatchIndex(s, n)
}

func (g *guarded) ReplaceAllStringFunc(s string, repl func(string) string) string {
	if !g.possible(s) {
		return s
	}
	return g.Regexp.ReplaceAllStringFunc(s, repl)
}

// cond is a prefilter condition on a folded text (see fold). The nil *cond
// is true (nothing known).
type cond struct {
	op     condOp
	strs   []string   // condAny: the text contains one of them
	hashes [][]uint16 // condAny: the pair hashes of each of strs
	subs   []*cond    // condAnd, condOr
}

type condOp uint8

const (
	condAny condOp = iota
	condAnd
	condOr
)

func (c *cond) eval(f *folded) bool {
	if c == nil {
		return true
	}
	switch c.op {
	case condAny:
		for i, s := range c.strs {
			if f.mayContain(c.hashes[i]) && strings.Contains(f.s, s) {
				return true
			}
		}
		return false
	case condAnd:
		for _, sub := range c.subs {
			if !sub.eval(f) {
				return false
			}
		}
		return true
	default:
		for _, sub := range c.subs {
			if sub.eval(f) {
				return true
			}
		}
		return false
	}
}

func andCond(a, b *cond) *cond {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case a.op == condAnd:
		return &cond{op: condAnd, subs: append(slices.Clip(a.subs), b)}
	}
	return &cond{op: condAnd, subs: []*cond{a, b}}
}

// anyCond is "contains one of strs"; nil (true) when one of them is empty.
// A string that contains another of the set is dropped: the shorter one
// is found wherever the longer one is.
func anyCond(strs []string) *cond {
	var out []string
	for _, s := range strs {
		if s == "" {
			return nil
		}
		redundant := false
		for _, t := range strs {
			if t != s && strings.Contains(s, t) {
				redundant = true
				break
			}
		}
		if !redundant && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	c := &cond{op: condAny, strs: out}
	for _, s := range out {
		c.hashes = append(c.hashes, pairHashes(s))
	}
	return c
}

// The prefilter of an expression is computed bottom-up, as RE2's
// prefilter does: a node's info is either the exact set of its matches
// (folded, when small) or a condition its matches satisfy.
type info struct {
	exact   []string // when isExact: every match folds to one of these
	isExact bool
	match   *cond // when !isExact
}

// maxExact bounds exact sets (cross products of concatenations).
const maxExact = 16

// maxClass bounds the character classes enumerated into exact sets.
const maxClass = 12

func (i info) cond() *cond {
	if i.isExact {
		return anyCond(i.exact)
	}
	return i.match
}

func exactInfo(ss ...string) info { return info{exact: ss, isExact: true} }

var unknown = info{}

// prefilterOf returns the condition every match of re satisfies, or nil.
func prefilterOf(re *syntax.Regexp) *cond {
	return infoOf(re).cond()
}

func infoOf(re *syntax.Regexp) info {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return exactInfo("")
	case syntax.OpLiteral:
		return exactInfo(fold(string(re.Rune)))
	case syntax.OpCharClass:
		if set, ok := classSet(re.Rune); ok {
			return exactInfo(set...)
		}
		return unknown
	case syntax.OpCapture:
		return infoOf(re.Sub[0])
	case syntax.OpStar:
		if isSpaceClass(re.Sub[0]) {
			return exactInfo("", " ")
		}
		return unknown
	case syntax.OpQuest:
		if sub := infoOf(re.Sub[0]); sub.isExact && len(sub.exact) < maxExact {
			return exactInfo(append(slices.Clip(sub.exact), "")...)
		}
		return unknown
	case syntax.OpPlus:
		if isSpaceClass(re.Sub[0]) {
			return exactInfo(" ")
		}
		return info{match: infoOf(re.Sub[0]).cond()}
	case syntax.OpRepeat:
		switch {
		case isSpaceClass(re.Sub[0]) && re.Min >= 1:
			return exactInfo(" ")
		case isSpaceClass(re.Sub[0]):
			return exactInfo("", " ")
		case re.Min >= 1:
			return info{match: infoOf(re.Sub[0]).cond()}
		}
		return unknown
	case syntax.OpConcat:
		return concatInfo(re.Sub)
	case syntax.OpAlternate:
		return alternateInfo(re.Sub)
	}
	return unknown // any character, no match
}

// concatInfo joins the exact sets of adjacent parts while the cross
// product stays small; the rest become conditions that must all hold.
func concatInfo(subs []*syntax.Regexp) info {
	exact, allExact := []string{""}, true
	var match *cond
	for _, sub := range subs {
		si := infoOf(sub)
		if !si.isExact {
			allExact = false
			match = andCond(andCond(match, anyCond(exact)), si.match)
			exact = []string{""}
			continue
		}
		if len(exact)*len(si.exact) > maxExact {
			allExact = false
			match = andCond(match, anyCond(exact))
			exact = []string{""}
			if len(si.exact) > maxExact {
				match = andCond(match, anyCond(si.exact))
				continue
			}
		}
		exact = cross(exact, si.exact)
	}
	if allExact {
		return exactInfo(exact...)
	}
	return info{match: andCond(match, anyCond(exact))}
}

func alternateInfo(subs []*syntax.Regexp) info {
	infos := make([]info, len(subs))
	var exact []string
	allExact := true
	for i, sub := range subs {
		infos[i] = infoOf(sub)
		if infos[i].isExact {
			exact = append(exact, infos[i].exact...)
		} else {
			allExact = false
		}
	}
	switch {
	case allExact && len(exact) <= maxExact:
		return exactInfo(exact...)
	case allExact:
		return info{match: anyCond(exact)}
	}
	or := &cond{op: condOr}
	for _, i := range infos {
		c := i.cond()
		if c == nil {
			return unknown
		}
		or.subs = append(or.subs, c)
	}
	return info{match: or}
}

// cross is every a+b, with whitespace runs collapsed as fold does.
func cross(as, bs []string) []string {
	out := make([]string, 0, len(as)*len(bs))
	for _, a := range as {
		for _, b := range bs {
			s := a + b
			if strings.HasSuffix(a, " ") && strings.HasPrefix(b, " ") {
				s = a + b[1:]
			}
			if !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

// classSet returns the folded characters of a small character class
// (ranges as in syntax.Regexp.Rune).
func classSet(ranges []rune) ([]string, bool) {
	n := 0
	for i := 0; i < len(ranges); i += 2 {
		n += int(ranges[i+1]-ranges[i]) + 1
		if n > maxClass {
			return nil, false
		}
	}
	var out []string
	for i := 0; i < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			if s := fold(string(r)); !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out, true
}

// isSpaceClass reports whether re is a character class of ASCII white
// space only (\s, [ \t]), whose runs fold collapses into one space.
func isSpaceClass(re *syntax.Regexp) bool {
	if re.Op != syntax.OpCharClass || len(re.Rune) == 0 {
		return false
	}
	for i := 0; i < len(re.Rune); i += 2 {
		for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
			if !isFoldSpace(r) {
				return false
			}
		}
	}
	return true
}

// isFoldSpace reports whether r is white space in RE2's Perl \s.
func isFoldSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}

// foldCache remembers recently folded texts, in slots chosen by a hash of
// the text: the checker runs some twenty guarded expressions over the same
// draft, which then is folded once, also while the drafter checks drafts
// on several goroutines.
var (
	foldCache [16]atomic.Pointer[foldEntry]
	foldSeed  = maphash.MakeSeed()
)

type foldEntry struct {
	src string
	f   *folded
}

func foldCached(s string) *folded {
	slot := &foldCache[maphash.String(foldSeed, s)%uint64(len(foldCache))]
	if e := slot.Load(); e != nil && e.src == s {
		return e.f
	}
	f := newFolded(s)
	slot.Store(&foldEntry{s, f})
	return f
}

// fold maps every rune to the smallest rune of its case-folding orbit, so
// that two strings equal under (?i) matching are equal after fold (this
// covers the Kelvin sign and the long s that strings.ToLower does not),
// and every run of \s white space to one space. A substring of a text
// folds to a substring of the folded text.
func fold(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if isFoldSpace(rune(c)) {
				if !space {
					b = append(b, ' ')
				}
				space = true
				continue
			}
			space = false
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A' // the orbit of an ASCII letter is {A, a, ...}
			}
			b = append(b, c)
			continue
		}
		space = false
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		m := r // an invalid byte is U+FFFD, as for the regexp

		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < m {
				m = f
			}
		}
		b = utf8.AppendRune(b, m)
	}
	return string(b)
}
