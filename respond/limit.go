package respond

import (
	"errors"
	"fmt"
	"strings"
	"text/template"
	"text/template/parse"
	"time"
)

// Bounds on rendering one reply from templates, so that a template
// override cannot exhaust memory or stall the drafter or "config check".
const (
	// MaxRenderBytes caps the text one template renders (a reply is a few
	// KB; Amazon's buyer-seller messages are far shorter).
	MaxRenderBytes = 64 << 10
	// MaxRenderTime caps the time one template renders, and the time
	// LoadTemplates spends executing a directory's overrides.
	MaxRenderTime = 2 * time.Second
	// MaxRangeCount caps a {{range N}} over a number.
	MaxRangeCount = 1000
)

// ErrRenderLimit marks a template that rendered more than MaxRenderBytes
// or for longer than MaxRenderTime, or that ranges over a number above
// MaxRangeCount.
var ErrRenderLimit = errors.New("template exceeds the rendering limits")

// limitWriter collects rendered text up to MaxRenderBytes and until a
// deadline; past either, its Write fails, which stops the template.
type limitWriter struct {
	b        strings.Builder
	deadline time.Time
}

func (w *limitWriter) Write(p []byte) (int, error) {
	if w.b.Len()+len(p) > MaxRenderBytes {
		return 0, fmt.Errorf("%w: it renders more than %d KB", ErrRenderLimit, MaxRenderBytes>>10)
	}
	if time.Now().After(w.deadline) {
		return 0, fmt.Errorf("%w: rendering takes longer than %v", ErrRenderLimit, MaxRenderTime)
	}
	return w.b.Write(p)
}

func (w *limitWriter) String() string { return w.b.String() }

// execLimited renders template name of set with data within the limits
// (deadline zero: MaxRenderTime from now).
func execLimited(set *template.Template, name string, data any, deadline time.Time) (string, error) {
	if deadline.IsZero() {
		deadline = time.Now().Add(MaxRenderTime)
	}
	w := &limitWriter{deadline: deadline}
	if err := set.ExecuteTemplate(w, name, data); err != nil {
		return "", err
	}
	return w.String(), nil
}

// checkRanges refuses {{range N}} over numbers whose nested counts
// multiply to more than MaxRangeCount in tmpl: a loop that writes
// nothing would not meet limitWriter.
func checkRanges(tmpl *template.Template) error {
	if tmpl == nil || tmpl.Tree == nil {
		return nil
	}
	var walk func(n parse.Node, times int64) error
	walkAll := func(times int64, ns ...*parse.ListNode) error {
		for _, l := range ns {
			if l == nil {
				continue
			}
			for _, c := range l.Nodes {
				if err := walk(c, times); err != nil {
					return err
				}
			}
		}
		return nil
	}
	walk = func(n parse.Node, times int64) error {
		switch n := n.(type) {
		case *parse.RangeNode:
			inner := times
			if n.Pipe != nil && len(n.Pipe.Cmds) == 1 && len(n.Pipe.Cmds[0].Args) == 1 {
				if num, ok := n.Pipe.Cmds[0].Args[0].(*parse.NumberNode); ok && num.IsInt {
					if num.Int64 > MaxRangeCount || times*num.Int64 > MaxRangeCount {
						return fmt.Errorf("%w: {{range %d}} at line %d runs more than %d times", ErrRenderLimit, num.Int64, lineOf(tmpl, n), MaxRangeCount)
					}
					inner = times * max(num.Int64, 1)
				}
			}
			return walkAll(inner, n.List, n.ElseList)
		case *parse.IfNode:
			return walkAll(times, n.List, n.ElseList)
		case *parse.WithNode:
			return walkAll(times, n.List, n.ElseList)
		}
		return nil
	}
	return walkAll(1, tmpl.Tree.Root)
}

func lineOf(tmpl *template.Template, n parse.Node) int {
	loc, _ := tmpl.ErrorContext(n)
	// loc is "name:line:col".
	parts := strings.Split(loc, ":")
	if len(parts) >= 2 {
		var l int
		fmt.Sscan(parts[len(parts)-2], &l)
		return l
	}
	return 0
}
