package config

import (
	"errors"
	"strings"
	"testing"
)

// TestConfigShapeErrors: every unknown key and every value of the wrong
// type is reported, not only the first, each at its file:line with the
// type expected in plain words and no Go internals; an unknown key gets
// the closest known one, or the section it belongs in.
func TestConfigShapeErrors(t *testing.T) {
	conf := `[store]
paht = "x.db"

[[account]]
name = "a"
host = "h"
username = "u"
password_env = "P"
port = "993"
idle = "yes"
folders = "INBOX"

[sender]
max_attempts = 2.5
interval = "5s"

[log]
levle = "debug"
retention_days = 3
`
	_, err := Parse("c.toml", []byte(conf))
	var ce Errors
	if !errors.As(err, &ce) {
		t.Fatalf("Parse = %v, want Errors", err)
	}
	want := []string{
		"c.toml:2:1: store.paht: unknown setting; did you mean store.path?",
		"c.toml:9:1: account[0].port: must be a whole number (like 30), not a string",
		"c.toml:10:1: account[0].idle: must be true or false, not a string",
		"c.toml:11:1: account[0].folders: must be a list of strings (like [\"text\", \"text\"]), not a string",
		"c.toml:14:1: sender.max_attempts: must be a whole number (like 30), not a number with a fraction",
		"c.toml:18:1: log.levle: unknown setting; did you mean log.level?",
		"c.toml:19:1: log.retention_days: unknown setting",
	}
	got := err.Error()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("errors:\n%s\nwant a line %q", got, w)
		}
	}
	for _, internal := range []string{"cannot decode", "struct field", "config.", "main."} {
		if strings.Contains(got, internal) {
			t.Errorf("errors show Go internals (%q):\n%s", internal, got)
		}
	}
	if len(ce) != len(want) {
		t.Errorf("%d errors, want %d:\n%s", len(ce), len(want), got)
	}
}

// TestConfigShapeAndValueErrorsTogether: a type error does not hide the
// problems of the other values, and a key in the wrong section is told
// where it belongs.
func TestConfigShapeAndValueErrorsTogether(t *testing.T) {
	conf := "[smtp]\nport = \"587\"\ninterval = \"5s\"\n[log]\nlevel = \"loud\"\n"
	_, err := Parse("c.toml", []byte(conf))
	if err == nil {
		t.Fatal("Parse succeeded, want errors")
	}
	for _, w := range []string{
		"c.toml:2:1: smtp.port: must be a whole number",
		"c.toml:3:1: smtp.interval: unknown setting; it belongs in [sender]",
		"c.toml:5: log.level: \"loud\" is not one of debug, info, warn, error",
	} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("errors:\n%v\nwant a line %q", err, w)
		}
	}
}
