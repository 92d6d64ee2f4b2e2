package config

import (
	"context"
	"strings"
	"testing"
)

const baseAccount = "[[account]]\nname = \"a\"\nhost = \"h\"\nusername = \"u\"\n"

func TestAccountAfterProcessingAndOAuth2Config(t *testing.T) {
	cfg, err := Parse("cfg.toml", []byte(baseAccount+
		"oauth2_token_command = [\"echo\", \"ya29.token\"]\nmark_keyword = \"$Triaged\"\nmove_to = \"Amazon/Triaged\"\nsent_folder = \"Sent Items\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := cfg.Accounts[0]
	if a.SentFolder != "Sent Items" {
		t.Errorf("sent_folder = %q, want \"Sent Items\"", a.SentFolder)
	}
	if a.MarkKeyword != "$Triaged" || a.MoveTo != "Amazon/Triaged" || a.Password.IsSet() {
		t.Errorf("account = %+v, want keyword, move_to and no password", a)
	}
	o, err := a.MailboxOptions()
	if err != nil {
		t.Fatal(err)
	}
	if o.Password != nil || o.OAuth2Token == nil || o.MarkKeyword != "$Triaged" || o.MoveTo != "Amazon/Triaged" {
		t.Fatalf("poller options = %+v, want XOAUTH2 and the after-processing actions", o)
	}
	if tok, err := o.OAuth2Token(context.Background()); err != nil || tok != "ya29.token" {
		t.Errorf("OAuth2Token() = %q, %v; want the command's output", tok, err)
	}

	// Defaults: password login, nothing changed on the server.
	cfg, err = Parse("cfg.toml", []byte(baseAccount+"password_env = \"P\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Accounts[0].SentFolder != "" {
		t.Errorf("default sent_folder = %q, want off", cfg.Accounts[0].SentFolder)
	}
	if o, _ := cfg.Accounts[0].MailboxOptions(); o.OAuth2Token != nil || o.Password == nil || o.MarkKeyword != "" || o.MoveTo != "" {
		t.Errorf("default poller options = %+v", o)
	}
}

func TestAccountAfterProcessingConfigErrors(t *testing.T) {
	tests := []struct {
		name, toml, want string
	}{
		{"token and password", baseAccount + "password_env = \"P\"\noauth2_token_command = [\"t\"]\n",
			"account[0].oauth2_token_command: set either oauth2_token_command (XOAUTH2) or a password source, not both"},
		{"empty token program", baseAccount + "oauth2_token_command = [\"\"]\n", "account[0].oauth2_token_command: the first element must be a program"},
		{"neither", baseAccount, "a password source is needed"},
		{"bad keyword", baseAccount + "password_env = \"P\"\nmark_keyword = \"\\\\Seen\"\n", "cfg.toml:6: account[0].mark_keyword"},
		{"keyword with space", baseAccount + "password_env = \"P\"\nmark_keyword = \"two words\"\n", "account[0].mark_keyword"},
		{"move to a watched folder", baseAccount + "password_env = \"P\"\nfolders = [\"INBOX\", \"Amazon\"]\nmove_to = \"amazon\"\n",
			"account[0].move_to: \"amazon\" is also in folders"},
		{"sent folder watched", baseAccount + "password_env = \"P\"\nfolders = [\"INBOX\", \"Sent\"]\nsent_folder = \"sent\"\n",
			"cfg.toml:7: account[0].sent_folder: \"sent\" is also in folders"},
		{"sent folder with a line break", baseAccount + "password_env = \"P\"\nsent_folder = \"Sent\\r\\nX\"\n",
			"cfg.toml:6: account[0].sent_folder: \"Sent\\r\\nX\" is not a folder name"},
		{"sent folder padded", baseAccount + "password_env = \"P\"\nsent_folder = \" Sent\"\n", "account[0].sent_folder"},
		{"sent folder in the wrong section", baseAccount + "password_env = \"P\"\n[smtp]\nsent_folder = \"Sent\"\n", "cfg.toml:7:1: smtp.sent_folder: unknown setting"},
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
