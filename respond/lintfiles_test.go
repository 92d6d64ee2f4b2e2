package respond

import (
	"errors"
	"testing"
)

func TestLintFiles(t *testing.T) {
	texts := map[string]string{"ok.txt": "Thank you for your order.", "bad.txt": "Write to me at someone@example.com", "-": "Hello"}
	read := func(name string) (string, error) { return texts[name], nil }
	rs, blocked, err := LintFiles([]string{"ok.txt", "bad.txt", "-"}, read, "", Settings{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 3 || blocked != 1 || !rs[1].Blocked || rs[2].File != "<stdin>" {
		t.Errorf("blocked %d, results %+v", blocked, rs)
	}
	if _, _, err := LintFiles([]string{"-", "-"}, read, "", Settings{}); !errors.Is(err, ErrStdinTwice) {
		t.Errorf("- twice: %v", err)
	}
}
