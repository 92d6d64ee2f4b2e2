package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersale/aftersale/respond"
)

// TestConfigTemplateOverrideRenderLimits: a template override that would
// render without end or into gigabytes is refused at load ("config
// check") with its file and a clear reason, within the render limits.
func TestConfigTemplateOverrideRenderLimits(t *testing.T) {
	tests := []struct{ name, tmpl, want string }{
		{"a huge range that writes nothing", "{{range 30000000}}{{end}}Hallo", "{{range 30000000}} at line 1 runs more than 1000 times"},
		{"a huge range that writes", "{{range 30000000}}xxxxxxxxxxxxxxxx{{end}}", "runs more than 1000 times"},
		{"nested ranges", "{{range 1000}}{{range 1000}}{{range 1000}}{{end}}{{end}}{{end}}", "{{range 1000}} at line 1 runs more than 1000 times"},
		{"too much text", "{{range 1000}}" + strings.Repeat("x", 1000) + "{{end}}", "renders more than 64 KB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			tmpl := filepath.Join(dir, "templates", "de", "shipping_tracking.tmpl")
			if err := os.MkdirAll(filepath.Dir(tmpl), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(tmpl, []byte(tt.tmpl), 0o644); err != nil {
				t.Fatal(err)
			}
			cfgPath := filepath.Join(dir, "aftersale.toml")
			_, err := Parse(cfgPath, []byte("[seller]\ntemplates_dir = \"templates\"\n"))
			var ce Errors
			if !errors.As(err, &ce) {
				t.Fatalf("Parse = %v, want Errors", err)
			}
			if !strings.Contains(err.Error(), "seller.templates_dir: "+tmpl) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("errors:\n%v\nwant the file and %q", err, tt.want)
			}
			if !strings.Contains(err.Error(), respond.ErrRenderLimit.Error()) {
				t.Errorf("errors:\n%v\nwant %q", err, respond.ErrRenderLimit)
			}
		})
	}
}
