package termtable

import (
	"io"
	"os"

	"golang.org/x/term"

	"github.com/aftersale/aftersale/internal/logging"
)

// Of says how output to w looks: colours when w is a terminal and
// NO_COLOR is unset, and the terminal's width (0: not a terminal, nothing
// is cut).
func Of(w io.Writer) Style {
	f, ok := w.(*os.File)
	if !ok || !logging.IsTerminal(w) {
		return Style{}
	}
	t := Style{Color: os.Getenv("NO_COLOR") == ""}
	if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 0 {
		t.Width = cols
	}
	return t
}
