package report

import (
	"fmt"
	"runtime/debug"

	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/store"
)

// BuildVersion is set when it is not "" (a version given at link time),
// else the module version the binary was built at, else "dev".
func BuildVersion(set string) string {
	if set != "" {
		return set
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// Version is what a binary is: its version, the commit and Go it was
// built from, and the versions of the database schema, the parser and the
// classifier it has.
type Version struct {
	Version    int    `json:"version"`
	Aftersale  string `json:"aftersale"`
	Commit     string `json:"commit"`
	Modified   bool   `json:"modified"`
	Go         string `json:"go"`
	Schema     int    `json:"schema"`
	Parser     int    `json:"parser"`
	Classifier string `json:"classifier"`
}

// ReadVersion is this binary's Version; set is as for BuildVersion. The
// commit and Go are "unknown" when the build did not record them.
func ReadVersion(set string) Version {
	v := Version{Version: JSONVersion, Aftersale: BuildVersion(set), Commit: "unknown", Go: "unknown",
		Schema: store.LatestSchemaVersion(), Parser: mailbox.ParserVersion, Classifier: classify.Version}
	if bi, ok := debug.ReadBuildInfo(); ok {
		v.Go = bi.GoVersion
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				v.Commit = s.Value
			case "vcs.modified":
				v.Modified = s.Value == "true"
			}
		}
	}
	return v
}

// String is "aftersale VERSION (commit REV[, modified], GO, schema N,
// parser N, classifier V)", the commit cut to 12 characters.
func (v Version) String() string {
	commit := v.Commit
	if len(commit) > 12 {
		commit = commit[:12]
	}
	if v.Modified {
		commit += ", modified"
	}
	return fmt.Sprintf("aftersale %s (commit %s, %s, schema %d, parser %d, classifier %s)", v.Aftersale, commit, v.Go,
		v.Schema, v.Parser, v.Classifier)
}
