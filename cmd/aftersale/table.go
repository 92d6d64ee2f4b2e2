package main

import (
	"io"
	"os"

	"golang.org/x/term"

	"github.com/aftersale/aftersale/internal/termtable"
)

// terminalOf says how a command's output looks on w: colours (a
// terminal, and NO_COLOR unset) and the terminal's width (0: not a
// terminal, nothing is cut).
func terminalOf(w io.Writer) termtable.Style {
	f, ok := w.(*os.File)
	if !ok || !isTerminal(w) {
		return termtable.Style{}
	}
	t := termtable.Style{Color: os.Getenv("NO_COLOR") == ""}
	if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 0 {
		t.Width = cols
	}
	return t
}
