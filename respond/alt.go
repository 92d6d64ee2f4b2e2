package respond

import (
	"slices"
	"strings"
)

// hits returns the matches of re in the checker's text, found once per
// text: the checks ask the same expressions about many sentences and
// clauses, and running each over the whole text once is cheaper than
// asking it about every piece.
func (c *checker) hits(re matcher) [][]int {
	if m, ok := c.found[re]; ok {
		return m
	}
	if c.found == nil {
		c.found = map[matcher][][]int{}
	}
	m := re.FindAllStringIndex(c.text, -1)
	c.found[re] = m
	return m
}

// within reports whether one of spans starts in [lo, hi).
func within(spans [][]int, lo, hi int) bool {
	for _, sp := range spans {
		if sp[0] >= hi {
			return false
		}
		if sp[0] >= lo {
			return true
		}
	}
	return false
}

// matcher is what the checks use of *guarded and *guardedAlt.
type matcher interface {
	MatchString(s string) bool
	FindStringIndex(s string) []int
	FindAllStringIndex(s string, n int) [][]int
}

// guardedAlt is a large alternation run as one guarded expression per
// top-level branch. Go's regexp simulates an NFA whose width grows with the
// number of alternatives, so a 100-word multilingual list costs about a
// millisecond per reply when it runs at all; split, each branch has its
// own literal prefilter, and only the few branches whose words occur in
// the reply run (BenchmarkCheckPolicyHeavy). Matches are those of the
// branches, merged: where two overlap, the one starting first (then the
// longer) is kept, as the alternation would find it.
type guardedAlt struct {
	branches []*guarded
}

// guardAlt splits expr at its top-level "|" and guards each branch. A
// leading flag group such as (?i) applies to every later branch, as in
// the whole expression.
func guardAlt(expr string) *guardedAlt {
	a := &guardedAlt{}
	flags := ""
	for _, b := range splitTopAlt(expr) {
		if strings.HasPrefix(b, "(?") && len(b) > 3 && strings.Index(b, ")") > 2 && !strings.ContainsAny(b[2:strings.Index(b, ")")], ":=!<") {
			end := strings.Index(b, ")")
			flags = b[:end+1]
			b = b[end+1:]
		}
		for _, x := range expandAlt(b, 1) {
			a.branches = append(a.branches, guard(flags+x))
		}
	}
	return a
}

// expandAlt distributes a branch over the alternatives of its largest
// non-capturing group that is not repeated ("\\b(?:please|kindly)\\b" is
// "\\b(?:please)\\b" or "\\b(?:kindly)\\b"), depth times: the union of
// the results matches what the branch matches.
func expandAlt(b string, depth int) []string {
	if depth == 0 {
		return []string{b}
	}
	best, bi, bj := 1, -1, -1
	var balts []string
	for _, g := range topGroups(b) {
		i, j := g[0], g[1] // b[i:j+1] is "(?:...)"
		if !strings.HasPrefix(b[i:], "(?:") {
			continue
		}
		if j+1 < len(b) && strings.ContainsRune("*+{", rune(b[j+1])) {
			continue
		}
		if alts := splitTopAlt(b[i+3 : j]); len(alts) > best {
			best, bi, bj, balts = len(alts), i, j, alts
		}
	}
	if bi < 0 {
		return []string{b}
	}
	var out []string
	for _, alt := range balts {
		out = append(out, expandAlt(b[:bi]+"(?:"+alt+")"+b[bj+1:], depth-1)...)
	}
	return out
}

// topGroups returns the [open, close] byte offsets of the groups at the
// top level of expr.
func topGroups(expr string) [][2]int {
	var out [][2]int
	depth, class, open := 0, false, 0
	for i := 0; i < len(expr); i++ {
		switch c := expr[i]; {
		case c == '\\':
			i++
		case class:
			if c == ']' {
				class = false
			}
		case c == '[':
			class = true
			if i+1 < len(expr) && expr[i+1] == ']' {
				i++
			} else if i+2 < len(expr) && expr[i+1] == '^' && expr[i+2] == ']' {
				i += 2
			}
		case c == '(':
			if depth == 0 {
				open = i
			}
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				out = append(out, [2]int{open, i})
			}
		}
	}
	return out
}

// splitTopAlt splits expr at the "|" that are outside groups and
// character classes.
func splitTopAlt(expr string) []string {
	var out []string
	depth, class, last := 0, false, 0
	for i := 0; i < len(expr); i++ {
		switch c := expr[i]; {
		case c == '\\':
			i++
		case class:
			if c == ']' {
				class = false
			}
		case c == '[':
			class = true
			if i+1 < len(expr) && expr[i+1] == ']' {
				i++
			} else if i+2 < len(expr) && expr[i+1] == '^' && expr[i+2] == ']' {
				i += 2
			}
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '|' && depth == 0:
			out = append(out, expr[last:i])
			last = i + 1
		}
	}
	return append(out, expr[last:])
}

func (a *guardedAlt) MatchString(s string) bool {
	for _, b := range a.branches {
		if b.MatchString(s) {
			return true
		}
	}
	return false
}

// FindAllStringIndex runs each branch whose literals occur in s, and on a
// long text only over the sentences that hold them: Go's regexp tries
// a case-insensitive expression at every position of its input, so a
// branch costs in proportion to the text it scans. The branches match
// within a sentence (none spans a line break or a sentence end).
func (a *guardedAlt) FindAllStringIndex(s string, n int) [][]int {
	var (
		all   [][]int
		full  *folded
		sents [][]int
		folds []*folded
	)
	for _, b := range a.branches {
		if b.pre != nil {
			if full == nil {
				full = foldCached(s)
			}
			if !b.pre.eval(full) {
				continue
			}
		}
		if len(s) < 240 || b.pre == nil {
			all = append(all, b.Regexp.FindAllStringIndex(s, -1)...)
			continue
		}
		if sents == nil {
			sents = sentenceSpans(s)
			folds = make([]*folded, len(sents))
		}
		for i, sp := range sents {
			if folds[i] == nil {
				folds[i] = newFolded(s[sp[0]:sp[1]])
			}
			if !b.pre.eval(folds[i]) {
				continue
			}
			for _, m := range b.Regexp.FindAllStringIndex(s[sp[0]:sp[1]], -1) {
				all = append(all, []int{sp[0] + m[0], sp[0] + m[1]})
			}
		}
	}
	if len(all) == 0 {
		return nil
	}
	sortSpans(all)
	out := all[:0:0]
	last := -1
	for _, sp := range all {
		if sp[0] < last || sp[0] == last && sp[1] == last && len(out) > 0 {
			continue
		}
		out = append(out, sp)
		last = sp[1]
		if n >= 0 && len(out) == n {
			break
		}
	}
	return slices.Clip(out)
}

func (a *guardedAlt) FindStringIndex(s string) []int {
	if m := a.FindAllStringIndex(s, 1); m != nil {
		return m[0]
	}
	return nil
}

// String returns the branches joined, for messages.
func (a *guardedAlt) String() string {
	var ss []string
	for _, b := range a.branches {
		ss = append(ss, b.String())
	}
	return strings.Join(ss, "|")
}
