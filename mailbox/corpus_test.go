package mailbox

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
)

// TestParseRealMail parses every message of the shared real-mail corpus
// (data/real-mail/eml beside the repository, public parser test fixtures): no panic, no
// hang, and every result either parsed or an error with ParseErr set.
func TestParseRealMail(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "real-mail", "eml")
	files, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil || len(files) == 0 {
		t.Skipf("real-mail corpus not found at %s", dir)
	}
	const perFile = 10 * time.Second
	var clean, flagged, failed int
	byFlag := map[string]int{}
	var errs []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		type result struct {
			m   aftersale.Message
			err error
		}
		done := make(chan result, 1)
		go func() {
			m, err := Parse(raw)
			done <- result{m, err}
		}()
		var r result
		select {
		case r = <-done:
		case <-time.After(perFile):
			t.Fatalf("Parse(%s) did not return within %v", filepath.Base(f), perFile)
		}
		switch {
		case r.err != nil:
			failed++
			errs = append(errs, fmt.Sprintf("%s: %v", filepath.Base(f), r.err))
			if r.m.ParseErr == "" {
				t.Errorf("Parse(%s) returned error %v but ParseErr is empty", filepath.Base(f), r.err)
			}
		case len(r.m.Flags) > 0:
			flagged++
		default:
			clean++
		}
		if r.err == nil && r.m.ParseErr != "" {
			t.Errorf("Parse(%s) returned no error but ParseErr = %q", filepath.Base(f), r.m.ParseErr)
		}
		for _, fl := range r.m.Flags {
			byFlag[fl]++
		}
	}
	keys := make([]string, 0, len(byFlag))
	for k := range byFlag {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, " %s=%d", k, byFlag[k])
	}
	t.Logf("real-mail: %d files: %d clean, %d flagged, %d errors; flags:%s", len(files), clean, flagged, failed, sb.String())
	for _, e := range errs {
		t.Logf("error: %s", e)
	}
}
