// Package terminput reads a person's answers in a terminal: one-key
// answers (in raw mode, so no Enter is needed), lines of text, and text
// edited in $VISUAL or $EDITOR. When the input is not a terminal (a pipe,
// a test) each answer is one line, so a session can be scripted.
package terminput

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"unicode"

	"golang.org/x/term"
)

// Reader reads answers from one input.
type Reader struct {
	r   *bufio.Reader
	tty *os.File // nil when the input is not a terminal
}

// New returns a Reader of in.
func New(in io.Reader) *Reader {
	k := &Reader{r: bufio.NewReader(in)}
	if f, ok := in.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			k.tty = f
		}
	}
	return k
}

// Key returns the next key, lower-cased. On a terminal it switches the
// terminal to raw mode for the key (Ctrl-C and Ctrl-D read as q);
// otherwise the key is the first non-blank character of the next line.
func (k *Reader) Key() (rune, error) {
	if k.tty != nil {
		if old, err := term.MakeRaw(int(k.tty.Fd())); err == nil {
			defer term.Restore(int(k.tty.Fd()), old)
			for {
				c, _, err := k.r.ReadRune()
				switch {
				case err != nil:
					return 0, err
				case c == 3 || c == 4: // Ctrl-C, Ctrl-D: raw mode sends no signal
					return 'q', nil
				case !unicode.IsSpace(c):
					return unicode.ToLower(c), nil
				}
			}
		}
	}
	for {
		l, err := k.r.ReadString('\n')
		if s := strings.TrimSpace(l); s != "" {
			return unicode.ToLower([]rune(s)[0]), nil
		}
		if err != nil {
			return 0, err
		}
	}
}

// Line reads one line of text (the terminal in its normal mode), trimmed.
func (k *Reader) Line() (string, error) {
	l, err := k.r.ReadString('\n')
	if err != nil && l == "" {
		return "", err
	}
	return strings.TrimSpace(l), nil
}

// Edit returns body as edited in the person's editor.
func (k *Reader) Edit(ctx context.Context, body string) (string, error) { return Edit(ctx, body) }

// Edit writes body to a temporary file, opens it in $VISUAL, else
// $EDITOR, else vi, on the process's terminal, and returns the file's
// text when the editor exits.
func Edit(ctx context.Context, body string) (string, error) {
	f, err := os.CreateTemp("", "aftersale-draft-*.txt")
	if err != nil {
		return "", err
	}
	defer os.Remove(f.Name())
	if _, err := f.WriteString(body); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	editor := os.Getenv("VISUAL")
	if editor == "" {
		editor = os.Getenv("EDITOR")
	}
	if editor == "" {
		editor = "vi"
	}
	parts := strings.Fields(editor)
	c := exec.CommandContext(ctx, parts[0], append(parts[1:], f.Name())...)
	c.Stdin, c.Stdout, c.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := c.Run(); err != nil {
		return "", fmt.Errorf("running editor %s: %w", parts[0], err)
	}
	b, err := os.ReadFile(f.Name())
	return string(b), err
}

// ReadFile returns the text of the file name, or of stdin when name is "-".
func ReadFile(name string, stdin io.Reader) (string, error) {
	if name == "-" {
		b, err := io.ReadAll(stdin)
		return string(b), err
	}
	b, err := os.ReadFile(name)
	return string(b), err
}

// Text returns a new text for current: the file name's (ReadFile) when
// name is given, else current as edited in the person's editor (Edit).
func Text(ctx context.Context, name string, stdin io.Reader, current string) (string, error) {
	if name != "" {
		return ReadFile(name, stdin)
	}
	return Edit(ctx, current)
}
