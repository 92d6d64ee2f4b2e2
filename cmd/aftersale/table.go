package main

import (
	"io"
	"os"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
	"golang.org/x/term"
)

// ansiRE matches the colour codes a table cell may hold.
var ansiRE = regexp.MustCompile("\x1b\\[[0-9;]*m")

// width is the display width of s in a terminal: East Asian wide
// characters count two columns, colour codes none.
func width(s string) int { return runewidth.StringWidth(ansiRE.ReplaceAllString(s, "")) }

// clipWidth cuts s (its spaces collapsed) to at most n columns, the last
// one an ellipsis.
func clipWidth(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if n <= 0 || runewidth.StringWidth(s) <= n {
		return s
	}
	return runewidth.Truncate(s, n, "…")
}

// termOut says how a command's output looks on stdout: colours (a
// terminal, and NO_COLOR unset) and the terminal's width (0: not a
// terminal, nothing is cut).
type termOut struct {
	color bool
	width int
}

func terminalOf(w io.Writer) termOut {
	f, ok := w.(*os.File)
	if !ok || !isTerminal(w) {
		return termOut{}
	}
	t := termOut{color: os.Getenv("NO_COLOR") == ""}
	if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 0 {
		t.width = cols
	}
	return t
}

// table writes rows in columns aligned by display width, two spaces
// apart, like text/tabwriter but for wide characters and colour codes.
// The last column is not padded; with maxWidth > 0 it is cut so that no
// line is wider.
type table struct {
	rows     [][]string
	maxWidth int
}

func (t *table) row(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) flush(w io.Writer) error {
	var cols []int
	for _, r := range t.rows {
		for i, c := range r[:len(r)-1] {
			if i >= len(cols) {
				cols = append(cols, 0)
			}
			cols[i] = max(cols[i], width(c))
		}
	}
	var b strings.Builder
	for _, r := range t.rows {
		var l strings.Builder
		used := 0
		for i, c := range r[:len(r)-1] {
			pad := cols[i] - width(c) + 2
			l.WriteString(c)
			l.WriteString(strings.Repeat(" ", pad))
			used += width(c) + pad
		}
		last := r[len(r)-1]
		if t.maxWidth > 0 {
			last = clipWidth(last, max(t.maxWidth-used, 10))
		}
		l.WriteString(last)
		line := strings.TrimRight(l.String(), " ")
		if t.maxWidth > 0 {
			line = cutLine(line, t.maxWidth)
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// cutLine cuts s to n display columns, the last one an ellipsis; colour
// codes count no column and are kept.
func cutLine(s string, n int) string {
	if width(s) <= n {
		return s
	}
	var b strings.Builder
	w := 0
	for i := 0; i < len(s); {
		if loc := ansiRE.FindStringIndex(s[i:]); loc != nil && loc[0] == 0 {
			b.WriteString(s[i : i+loc[1]])
			i += loc[1]
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		rw := runewidth.RuneWidth(r)
		if w+rw > n-1 {
			break
		}
		b.WriteRune(r)
		w += rw
		i += size
	}
	b.WriteString("…")
	return b.String()
}
