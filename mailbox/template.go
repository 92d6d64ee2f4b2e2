package mailbox

import (
	"hash/fnv"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// Template is the set of lines learned as Amazon's wrapper from the
// mailbox itself (TemplateLearner), per source: lines that recur in the
// mail of many different buyers of one marketplace, or in many notices of
// one Amazon sender. It catches a wrapper the shape rules of extract do
// not know: a new layout, a reworded footer, another language. A Template
// is immutable and safe for concurrent use; the nil *Template knows no
// line.
type Template struct {
	lines map[string]map[int64]bool // source → hashes of TemplateKey
	n     int
}

// NewTemplate builds a Template from learned lines (store.TemplateLines).
func NewTemplate(lines []store.TemplateLine) *Template {
	t := &Template{lines: map[string]map[int64]bool{}}
	for _, l := range lines {
		set := t.lines[l.Source]
		if set == nil {
			set = map[int64]bool{}
			t.lines[l.Source] = set
		}
		if !set[l.Hash] {
			set[l.Hash] = true
			t.n++
		}
	}
	return t
}

// Len returns the number of learned lines.
func (t *Template) Len() int {
	if t == nil {
		return 0
	}
	return t.n
}

// Apply finds m's buyer text again with the learned lines of m's source
// dropped (see extract: never between a begin marker and its end), and
// returns m with that BuyerText (and FlagNoBuyerText set or cleared to
// match) and the lines dropped, in order. When no learned line is in m,
// m comes back unchanged and dropped is nil. Mail of no source and mail
// that failed to parse are never changed.
func (t *Template) Apply(m aftersale.Message) (out aftersale.Message, dropped []string) {
	if t == nil || m.ParseErr != "" {
		return m, nil
	}
	set := t.lines[TemplateSource(m)]
	if len(set) == 0 {
		return m, nil
	}
	names := nameWords(m.BuyerName)
	ex := extract(m.Text, func(line string) bool {
		k := TemplateKey(line, names)
		return k != "" && set[templateHash(k)]
	})
	if len(ex.dropped) == 0 {
		return m, nil
	}
	m.BuyerText = ex.text
	m.Flags = slices.DeleteFunc(slices.Clone(m.Flags), func(f string) bool { return f == FlagNoBuyerText })
	if ex.empty {
		m.Flags = addFlag(m.Flags, FlagNoBuyerText)
	}
	if len(m.Flags) == 0 {
		m.Flags = nil
	}
	return m, ex.dropped
}

// TemplateSource names the family of wrappers m belongs to: "relay:" and
// the marketplace for a buyer message relayed by Amazon (the wrapper's
// language follows the marketplace), "amazon:" and the sender's address
// for Amazon's own mail. Other mail has no source ("") and is never
// learned from.
func TemplateSource(m aftersale.Message) string {
	switch {
	case m.Sender == aftersale.SenderBuyer && m.RelayAlias != "":
		return "relay:" + m.Marketplace
	case m.Sender == aftersale.SenderAmazon && m.FromAddr != "":
		return "amazon:" + strings.ToLower(m.FromAddr)
	}
	return ""
}

// templateContributor is who a message counts for when lines are
// counted: the buyer (the relay alias without a +suffix) for relayed mail,
// the order (else the Message-ID) for Amazon's own mail. "" when unknown.
func templateContributor(m aftersale.Message) string {
	if m.RelayAlias != "" {
		local, domain, _ := strings.Cut(strings.ToLower(m.RelayAlias), "@")
		local, _, _ = strings.Cut(local, "+")
		return local + "@" + domain
	}
	if id := m.OrderID(); id != "" {
		return id
	}
	return m.MessageID
}

// TemplateCandidates returns the lines of m that may be Amazon's wrapper,
// normalised (TemplateKey), once each, with the source and contributor
// they count for: every line outside the buyer's words that the shape
// rules did not recognise, and every line of a mail whose buyer text has
// no recognised end. Lines between a recognised begin marker and its end
// are the buyer's and never candidates. Mail of no source, or whose
// contributor is unknown, has none.
func TemplateCandidates(m aftersale.Message) store.TemplateSighting {
	s := store.TemplateSighting{MessageID: m.ID}
	src, who := TemplateSource(m), templateContributor(m)
	if src == "" || who == "" || m.ParseErr != "" {
		return s
	}
	s.Source, s.Contributor = src, templateHash(who)
	names := nameWords(m.BuyerName)
	seen := map[int64]bool{}
	for _, line := range extract(m.Text, nil).candidates {
		k := TemplateKey(line, names)
		if k == "" {
			continue
		}
		h := templateHash(k)
		if seen[h] {
			continue
		}
		seen[h] = true
		s.Lines = append(s.Lines, store.TemplateCandidate{Hash: h, Text: k})
	}
	return s
}

// The learning rule (TemplateLearnable). A long line is one of
// longLineWords words or more (or longLineRunes characters of a script
// written without spaces).
const (
	longLineWords = 6
	longLineRunes = 15
	// minLongContributors: a long line in the mail of this many different
	// buyers (or orders) is template. Buyers do not write the same long
	// sentence word for word.
	minLongContributors = 4
	// A short line ("Thank you!", "Where is my order?") needs many more
	// contributors, and at least half of all the source's contributors:
	// buyers do share short sentences, a wrapper's line is in nearly
	// every message of its source.
	minShortContributors = 10
)

// TemplateLearnable is the rule that makes a candidate line template (a
// store.TemplateRule): key is the normalised line, contributors the number
// of different buyers (or orders) whose mail had it outside any
// recognised buyer text, sourceContributors the number of all contributors
// of its source.
func TemplateLearnable(key string, contributors, sourceContributors int) bool {
	if longLine(key) {
		return contributors >= minLongContributors
	}
	return contributors >= minShortContributors && 2*contributors >= sourceContributors
}

func longLine(key string) bool {
	ws := words(key)
	if len(ws) >= longLineWords {
		return true
	}
	n := 0
	for _, r := range key {
		if isCJKRune(r) {
			n++
		}
	}
	return n >= longLineRunes
}

var (
	keyEmailRe = regexp.MustCompile(`\S+@\S+\.\w+`)
	keyOrderRe = regexp.MustCompile(`[0-9]{3}-[0-9]{7}-[0-9]{7}`)
)

// TemplateKey normalises a line for template matching: NFKC and lower
// case; links, e-mail addresses and order ids replaced by a word for
// each; words mixing letters and digits (ASINs, tokens, ids) by "id";
// numbers by "0"; the buyer's name (names, see nameWords) by "name";
// punctuation and spacing dropped. "" for a line without words.
func TemplateKey(line string, names []string) string {
	f := foldLine(line)
	if strings.ContainsAny(f, "/.") {
		f = urlRe.ReplaceAllString(f, " url ")
	}
	if strings.Contains(f, "@") {
		f = keyEmailRe.ReplaceAllString(f, " email ")
	}
	f = keyOrderRe.ReplaceAllString(f, " order ")
	for _, n := range names {
		if utf8.RuneCountInString(n) >= 2 && !isASCIIString(n) && hasCJK(n) {
			f = strings.ReplaceAll(f, n, " name ")
		}
	}
	ws := words(f)
	for i, w := range ws {
		switch {
		case slices.Contains(names, w):
			ws[i] = "name"
		case isNumber(w):
			ws[i] = "0"
		case mixesLettersDigits(w):
			ws[i] = "id"
		}
	}
	return strings.Join(ws, " ")
}

// nameWords returns the words of a buyer's name, folded, for TemplateKey.
func nameWords(name string) []string {
	var out []string
	for _, w := range words(foldLine(name)) {
		if utf8.RuneCountInString(w) >= 2 {
			out = append(out, w)
		}
	}
	return out
}

func hasCJK(s string) bool {
	for _, r := range s {
		if isCJKRune(r) {
			return true
		}
	}
	return false
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

func mixesLettersDigits(w string) bool {
	d, l := false, false
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			d = true
		case unicode.IsLetter(r):
			l = true
		}
	}
	return d && l
}

// templateHash is the 64-bit FNV-1a hash of s, as stored.
func templateHash(s string) int64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return int64(h.Sum64())
}
