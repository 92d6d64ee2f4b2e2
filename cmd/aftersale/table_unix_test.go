//go:build linux

package main

import (
	"fmt"
	"os"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/aftersale/aftersale/internal/termtable"
)

// openPTY returns the terminal end of a new pseudo-terminal of cols
// columns.
func openPTY(t *testing.T, cols int) *os.File {
	t.Helper()
	ptm, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	t.Cleanup(func() { ptm.Close() })
	if err := unix.IoctlSetPointerInt(int(ptm.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(ptm.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	pts, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pts.Close() })
	if err := unix.IoctlSetWinsize(int(pts.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: 24, Col: uint16(cols)}); err != nil {
		t.Fatal(err)
	}
	return pts
}

// TestTerminalOf: on a terminal, its width and colours, unless NO_COLOR
// is set; elsewhere neither.
func TestTerminalOf(t *testing.T) {
	pts := openPTY(t, 100)
	t.Setenv("NO_COLOR", "")
	if got := terminalOf(pts); got != (termtable.Style{Color: true, Width: 100}) {
		t.Errorf("terminalOf(terminal) = %+v, want colour and width 100", got)
	}
	t.Setenv("NO_COLOR", "1")
	if got := terminalOf(pts); got != (termtable.Style{Width: 100}) {
		t.Errorf("terminalOf(terminal) with NO_COLOR = %+v, want no colour, width 100", got)
	}
	f, err := os.Create(t.TempDir() + "/out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := terminalOf(f); got != (termtable.Style{}) {
		t.Errorf("terminalOf(file) = %+v, want nothing", got)
	}
}
