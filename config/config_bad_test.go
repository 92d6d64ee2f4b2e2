package config

import (
	"errors"
	"strings"
	"testing"
)

// TestConfigBadInput: files that are not TOML at all, or TOML written the
// wrong way, give a Errors with the file:line of the problem; a long
// line does not cost later keys their line numbers; out-of-range numbers
// that would overflow are refused instead of wrapping around.
func TestConfigBadInput(t *testing.T) {
	long := strings.Repeat("x", 2<<20)
	tests := []struct {
		name string
		toml string
		want string
	}{
		{"binary garbage", "\x00\x01\x02\xff\xfe\x89PNG\r\n\x1a\n", "c.toml:1:1:"},
		{"png after a valid line", "[store]\n\x89PNG\r\n\x1a\n\x00\x00", "c.toml:2:"},
		{"utf-16 file", "\xff\xfe[\x00s\x00t\x00o\x00r\x00e\x00]\x00\n\x00", "c.toml:1: the file is UTF-16 encoded"},
		{"yaml delimiter", "[store]\npath: x.db\n", "c.toml:2:"},
		{"arrow delimiter", "[store]\npath => \"x\"\n", "c.toml:2:"},
		{"ini value without quotes", "[log]\nlevel = info\n", "c.toml:2:"},
		{"json", "{\"store\": {\"path\": \"x\"}}\n", "c.toml:1:"},
		{"nul in a string", "[store]\npath = \"x\x00.db\"\n", "c.toml:2:"},
		{"line break in a string", "[store]\npath = \"x\n.db\"\n", "c.toml:2:"},
		{"2 MB comment line, then a bad value", "# " + long + "\n[store]\npath = \"x.db\"\n[log]\nlevel = \"loud\"\n", "c.toml:5: log.level"},
		{"2 MB value, then a bad value", "[seller]\nsignature = \"" + long + "\"\n[log]\nlevel = \"loud\"\n", "c.toml:4: log.level"},
		{"utf-8 byte order mark", "\xef\xbb\xbf[log]\nlevel = \"loud\"\n", "c.toml:2: log.level"},
		{"size overflow", "[[account]]\nname = \"a\"\nhost = \"h\"\nusername = \"u\"\npassword_env = \"P\"\nmax_message_size = \"17179869185G\"\n",
			"c.toml:6: account[0].max_message_size"},
		{"day overflow", "[[account]]\nname = \"a\"\nhost = \"h\"\nusername = \"u\"\npassword_env = \"P\"\npoll_interval = \"213504d\"\n",
			"c.toml:6: account[0].poll_interval"},
		{"smtp port out of range", "[smtp]\nhost = \"h\"\nfrom = \"a@b.example\"\nport = 70000\n", "c.toml:4: smtp.port"},
		{"holiday not a date", "[seller]\nname = \"S\"\nholidays = [\"2026-12-25\", \"25.12.2026\"]\n", "c.toml:3: seller.holidays: \"25.12.2026\" is not a date"},
		{"holiday not a list", "[seller]\nholidays = \"2026-12-25\"\n", "c.toml:2:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("c.toml", []byte(tt.toml))
			var ce Errors
			if !errors.As(err, &ce) {
				t.Fatalf("Parse = %v, want Errors", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("errors:\n%.500s\nwant one containing %q", err, tt.want)
			}
		})
	}
}

func TestParseSizeAndDurationOverflow(t *testing.T) {
	for _, s := range []string{"17179869185G", "9223372036854775807K", "-9223372036854775807K"} {
		if n, err := ParseSize(s); err == nil {
			t.Errorf("ParseSize(%q) = %d, want an error", s, n)
		}
	}
	for _, s := range []string{"106752d", "213504d", "99999999999999999999d"} {
		if d, err := ParseDuration(s); err == nil {
			t.Errorf("ParseDuration(%q) = %v, want an error", s, d)
		}
	}
	if d, err := ParseDuration("36500d"); err != nil || d.Hours() != 36500*24 {
		t.Errorf("ParseDuration(36500d) = %v, %v", d, err)
	}
}
