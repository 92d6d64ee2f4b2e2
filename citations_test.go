package aftersale

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The repository is self-contained: code, README and docs cite only what is
// in it. A fact a comment needs is stated inline or found in docs/.
var (
	// mdCiteRe finds a reference to a Markdown document by bare name
	// ("amazon.md §2.1", "playbook.md", "docs/amazon.md"), group 1 the
	// optional docs/ prefix, group 2 the name.
	mdCiteRe = regexp.MustCompile(`(docs/)?\b([a-z]+)\.md\b(\s*§)?`)
	// outsideRe finds paths that leave the repository. The shared data
	// folder beside the repository is allowed: tests read evaluation data
	// from it, and that is a data location, not a citation.
	outsideRe = regexp.MustCompile(`\.\./shared/|/work/shared`)
	// issueRe finds the project's issue numbers ("issue 8"); an issue of
	// another project is cited as owner/repo#N.
	issueRe = regexp.MustCompile(`\b[Ii]ssues? [0-9]+`)
)

// outsideDocs are the documents that were cited from outside the
// repository and have no copy in docs/ under that name.
var outsideDocs = map[string]bool{"deps": true, "style": true, "design": true}

func TestNoOutsideCitations(t *testing.T) {
	var bad []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "testdata", ".git", "bin", "node_modules":
				return filepath.SkipDir
			}
			return nil
		}
		if path == "citations_test.go" || !(strings.HasSuffix(path, ".go") || strings.HasSuffix(path, ".md") || path == "Makefile") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			for _, why := range citations(path, line) {
				bad = append(bad, path+":"+strconv.Itoa(i+1)+": "+why+": "+strings.TrimSpace(line))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bad {
		t.Error(b)
	}
	if len(bad) > 0 {
		t.Log("state the fact inline or point into docs/ (docs/amazon.md, docs/playbook.md, docs/dependencies.md …)")
	}
}

// citations returns why line of file path cites something outside the
// repository, if it does.
func citations(path, line string) []string {
	var why []string
	if m := outsideRe.FindString(line); m != "" && !strings.Contains(line, "../shared/data") {
		why = append(why, "path outside the repository "+m)
	}
	if m := issueRe.FindString(line); m != "" {
		why = append(why, "issue number ("+m+")")
	}
	inDocs := filepath.Dir(path) == "docs"
	for _, m := range mdCiteRe.FindAllStringSubmatch(line, -1) {
		prefixed, name, section := m[1] != "", m[2], m[3] != ""
		switch {
		case outsideDocs[name]:
			why = append(why, "outside document "+name+".md")
		case section:
			why = append(why, "section number of "+name+".md (sections are cited by name)")
		case name == "amazon" || name == "playbook":
			// docs/amazon.md and docs/playbook.md exist; a bare name is
			// theirs only inside docs/.
			if !prefixed && !inDocs {
				why = append(why, "bare "+name+".md: write docs/"+name+".md")
			}
		}
	}
	return why
}

func TestCitationsRule(t *testing.T) {
	for _, tc := range []struct {
		path, line string
		bad        bool
	}{
		{"x.go", "// the relay alias (amazon.md §2.1)", true},
		{"x.go", "// see ../shared/playbook.md", true},
		{"x.go", "// one writer, deps.md §4", true},
		{"x.go", "// (style.md §2.9)", true},
		{"x.go", "// Load tests (issue 8)", true},
		{"README.md", "The playbook (`playbook.md`)", true},
		{"x.go", "// docs/amazon.md, \"Subjects\"", false},
		{"x.go", "// the corpus at ../shared/data/real-mail", false},
		{"x.go", "// issue a command here", false},
		{"docs/playbook.md", "see [docs/amazon.md](amazon.md)", false},
		{"docs/playbook.md", "see amazon.md §2.7", true},
	} {
		if got := len(citations(tc.path, tc.line)) > 0; got != tc.bad {
			t.Errorf("citations(%q, %q) bad = %v, want %v", tc.path, tc.line, got, tc.bad)
		}
	}
}
