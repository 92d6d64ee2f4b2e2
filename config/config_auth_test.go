package config

import (
	"slices"
	"strings"
	"testing"
)

func TestAccountAuthServIDConfig(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"absent: topmost field only", "", nil},
		{"one name", "authserv_id = \"mx.example.com\"\n", []string{"mx.example.com"}},
		{"a list", "authserv_id = [\"mx1.example.com\", \"mx2.example.com\"]\n", []string{"mx1.example.com", "mx2.example.com"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := Parse("cfg.toml", []byte(baseAccount+"password_env = \"P\"\n"+tt.line))
			if err != nil {
				t.Fatal(err)
			}
			if got := cfg.Accounts[0].AuthServIDs; !slices.Equal(got, tt.want) {
				t.Errorf("AuthServIDs = %q, want %q", got, tt.want)
			}
			o, err := cfg.Accounts[0].MailboxOptions()
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(o.AuthServIDs, tt.want) {
				t.Errorf("poller AuthServIDs = %q, want %q", o.AuthServIDs, tt.want)
			}
		})
	}
}

func TestAccountAuthServIDConfigErrors(t *testing.T) {
	tests := []struct {
		name, toml, want string
	}{
		{"a number", baseAccount + "password_env = \"P\"\nauthserv_id = 7\n",
			"cfg.toml:6: account[0].authserv_id: must be a string such as \"mx.example.com\" or a list of them"},
		{"a list holding a number", baseAccount + "password_env = \"P\"\nauthserv_id = [\"mx.example.com\", 7]\n",
			"cfg.toml:6: account[0].authserv_id: must be a string"},
		{"a table", baseAccount + "password_env = \"P\"\nauthserv_id = { host = \"mx\" }\n", "cfg.toml:6: account[0].authserv_id: must be a string"},
		{"empty list", baseAccount + "password_env = \"P\"\nauthserv_id = []\n", "cfg.toml:6: account[0].authserv_id: an empty list"},
		{"empty name", baseAccount + "password_env = \"P\"\nauthserv_id = \"\"\n", "cfg.toml:6: account[0].authserv_id: \"\" is not an authserv-id"},
		{"a whole header", baseAccount + "password_env = \"P\"\nauthserv_id = \"mx.example.com; dkim=pass\"\n",
			"cfg.toml:6: account[0].authserv_id: \"mx.example.com; dkim=pass\" is not an authserv-id"},
		{"second account", baseAccount + "password_env = \"P\"\n\n[[account]]\nname = \"b\"\nhost = \"h\"\nusername = \"u\"\npassword_env = \"P\"\nauthserv_id = [\"ok.example\", \"two words\"]\n",
			"cfg.toml:12: account[1].authserv_id: \"two words\" is not an authserv-id"},
		{"in the wrong section", baseAccount + "password_env = \"P\"\n[smtp]\nauthserv_id = \"mx\"\n", "cfg.toml:7:1: smtp.authserv_id: unknown setting"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("cfg.toml", []byte(tt.toml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}
