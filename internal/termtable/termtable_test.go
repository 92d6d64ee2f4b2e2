package termtable

import (
	"strings"
	"testing"
)

func TestWidth(t *testing.T) {
	for s, want := range map[string]int{"abc": 3, "山田": 4, "\x1b[31moverdue\x1b[0m": 7, "": 0} {
		if got := Width(s); got != want {
			t.Errorf("Width(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestClip(t *testing.T) {
	if got := Clip("a  b\n c", 0); got != "a b c" {
		t.Errorf("Clip collapses spaces: %q", got)
	}
	if got := Clip("山田太郎さん", 7); Width(got) > 7 || !strings.HasSuffix(got, "…") {
		t.Errorf("Clip(wide, 7) = %q (%d columns)", got, Width(got))
	}
}

// TestTable: columns aligned by display width, colour codes take no
// column, and with MaxWidth no line is wider.
func TestTable(t *testing.T) {
	tb := &Table{MaxWidth: 20}
	tb.Row("ID", "NAME", "SUBJECT")
	tb.Row("1", "山田", "a long subject that does not fit")
	tb.Row("22", "\x1b[31mBob\x1b[0m", "short")
	var b strings.Builder
	if err := tb.Flush(&b); err != nil {
		t.Fatal(err)
	}
	want := "ID  NAME  SUBJECT\n" +
		"1   山田  a long su…\n" +
		"22  \x1b[31mBob\x1b[0m   short\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
	for _, l := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
		if Width(l) > 20 {
			t.Errorf("line %q is %d columns wide", l, Width(l))
		}
	}
}

func TestCutLine(t *testing.T) {
	if got := CutLine("\x1b[31mabcdef\x1b[0m", 4); got != "\x1b[31mabc…" {
		t.Errorf("CutLine = %q", got)
	}
	if got := CutLine("abc", 4); got != "abc" {
		t.Errorf("CutLine(short) = %q", got)
	}
}

func TestStyleRed(t *testing.T) {
	if got := (Style{}).Red("x"); got != "x" {
		t.Errorf("no colour: %q", got)
	}
	if got := (Style{Color: true}).Red("x"); got != "\x1b[31mx\x1b[0m" {
		t.Errorf("colour: %q", got)
	}
}
