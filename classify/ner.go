package classify

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// The named-entity recogniser of prose/v2 is the last fallback for the
// buyer's name in English mail that has no relay display name (an A-to-z
// claim, an empty name in the subject) and no sign-off the rules recognise.
// Its model costs about 230 ms and 40 MB to load (docs/dependencies.md, "prose"), so it is
// loaded once, on first use, and shared: most mail never needs it.
var (
	nerOnce  sync.Once
	nerModel *prose.Model
	nerErr   error
)

func loadNER() (*prose.Model, error) {
	nerOnce.Do(func() {
		d, err := prose.NewDocument("Load the model.", prose.WithSegmentation(false))
		if err != nil {
			nerErr = err
			return
		}
		nerModel = d.Model
	})
	return nerModel, nerErr
}

// notNames are words prose's tagger labels PERSON in mail that are not names
// ("Please", "Thanks", "Hi": docs/dependencies.md, "prose").
var notNames = map[string]bool{
	"please": true, "thanks": true, "thank": true, "hi": true, "hello": true, "dear": true,
	"regards": true, "best": true, "cheers": true, "sincerely": true, "amazon": true,
	"order": true, "customer": true, "seller": true, "sir": true, "madam": true,
}

// nerName returns a PERSON entity from the last lines of an English text
// (where buyers sign), or "". Only short, capitalised names pass.
func nerName(text string) string {
	tail := lastLines(text, 4, 300)
	if tail == "" {
		return ""
	}
	model, err := loadNER()
	if err != nil {
		return ""
	}
	// A final "." works around prose dropping an entity at the very end of
	// the text (docs/dependencies.md, "prose").
	doc, err := prose.NewDocument(tail+"\n.", prose.UsingModel(model), prose.WithSegmentation(false))
	if err != nil {
		return ""
	}
	var name string
	for _, e := range doc.Entities() {
		if e.Label != "PERSON" || !isName(e.Text) {
			continue
		}
		first := strings.ToLower(strings.Fields(e.Text)[0])
		if notNames[first] {
			continue
		}
		name = e.Text // the last one: the signature, not someone mentioned
	}
	return name
}

// lastLines returns up to n non-empty trailing lines of text, at most max
// bytes, joined by newlines.
func lastLines(text string, n, max int) string {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	var keep []string
	size := 0
	for i := len(lines) - 1; i >= 0 && len(keep) < n; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		if size+len(l) > max {
			break
		}
		size += len(l) + 1
		keep = append([]string{l}, keep...)
	}
	return strings.Join(keep, "\n")
}
