package config

import (
	"errors"
	"strings"
	"testing"
)

// TestConfigDirectBuyerMail: direct_buyer_mail is a per-account boolean,
// off by default; a wrong value or a misspelt key is reported with its
// file:line.
func TestConfigDirectBuyerMail(t *testing.T) {
	account := "[[account]]\nname = \"a\"\nhost = \"h\"\nusername = \"u\"\npassword_env = \"P\"\n"
	cfg, err := Parse("c.toml", []byte(account+"\n[[account]]\nname = \"b\"\nhost = \"h\"\nusername = \"u\"\npassword_env = \"P\"\ndirect_buyer_mail = true\n"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Accounts[0].DirectBuyerMail || !cfg.Accounts[1].DirectBuyerMail || strings.Join(cfg.DirectBuyerAccounts(), ",") != "b" {
		t.Errorf("direct_buyer_mail: accounts %v, %v; want off, on", cfg.Accounts[0].DirectBuyerMail, cfg.Accounts[1].DirectBuyerMail)
	}
	for _, tt := range []struct{ line, want string }{
		{"direct_buyer_mail = \"yes\"", "c.toml:6:"},
		{"direct_buyer_mail = 1", "c.toml:6:"},
		{"direct_buyer_email = true", "c.toml:6:1: account[0].direct_buyer_email: unknown setting; did you mean account[0].direct_buyer_mail?"},
	} {
		_, err := Parse("c.toml", []byte(account+tt.line+"\n"))
		var ce Errors
		if !errors.As(err, &ce) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Parse = %v, want a Errors containing %q", tt.line, err, tt.want)
		}
	}
}
