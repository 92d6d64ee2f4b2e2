// Package termtable writes text tables for a terminal: columns aligned by
// display width (East Asian wide characters count two columns, colour
// codes none, as github.com/mattn/go-runewidth measures them), the last
// column cut to the terminal's width, and colour only when asked for.
// The caller decides the width and whether to colour, or takes them from
// the terminal it writes to (Of).
package termtable

import (
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

// Style says how output looks: Color allows colour codes; Width is the
// terminal's width in columns (0: not a terminal, nothing is cut).
type Style struct {
	Color bool
	Width int
}

// Red returns s in red when the style allows colour.
func (s Style) Red(t string) string {
	if !s.Color {
		return t
	}
	return "\x1b[31m" + t + "\x1b[0m"
}

// ansiRE matches the colour codes a table cell may hold.
var ansiRE = regexp.MustCompile("\x1b\\[[0-9;]*m")

// Plain is s without colour codes.
func Plain(s string) string { return ansiRE.ReplaceAllString(s, "") }

// Width is the display width of s in a terminal: East Asian wide
// characters count two columns, colour codes none.
func Width(s string) int { return runewidth.StringWidth(Plain(s)) }

// Clip cuts s (its spaces collapsed) to at most n columns, the last one
// an ellipsis; n <= 0 only collapses the spaces.
func Clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if n <= 0 || runewidth.StringWidth(s) <= n {
		return s
	}
	return runewidth.Truncate(s, n, "…")
}

// Table writes rows in columns aligned by display width, two spaces
// apart, like text/tabwriter but for wide characters and colour codes.
// The last column is not padded; with MaxWidth > 0 it is cut so that no
// line is wider.
type Table struct {
	Rows     [][]string
	MaxWidth int
}

// Row adds a row.
func (t *Table) Row(cells ...string) { t.Rows = append(t.Rows, cells) }

// Flush writes the rows to w.
func (t *Table) Flush(w io.Writer) error {
	var cols []int
	for _, r := range t.Rows {
		for i, c := range r[:len(r)-1] {
			if i >= len(cols) {
				cols = append(cols, 0)
			}
			cols[i] = max(cols[i], Width(c))
		}
	}
	var b strings.Builder
	for _, r := range t.Rows {
		var l strings.Builder
		used := 0
		for i, c := range r[:len(r)-1] {
			pad := cols[i] - Width(c) + 2
			l.WriteString(c)
			l.WriteString(strings.Repeat(" ", pad))
			used += Width(c) + pad
		}
		last := r[len(r)-1]
		if t.MaxWidth > 0 {
			last = Clip(last, max(t.MaxWidth-used, 10))
		}
		l.WriteString(last)
		line := strings.TrimRight(l.String(), " ")
		if t.MaxWidth > 0 {
			line = CutLine(line, t.MaxWidth)
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// CutLine cuts s to n display columns, the last one an ellipsis; colour
// codes count no column and are kept.
func CutLine(s string, n int) string {
	if Width(s) <= n {
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
