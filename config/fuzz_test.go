package config

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"
)

// FuzzParseConfig feeds arbitrary bytes to Parse: it never panics;
// an error is always Errors whose lines lie inside the file; an
// inline password is never echoed back; a config it accepts has every
// value in range.
func FuzzParseConfig(f *testing.F) {
	f.Add([]byte(Example()))
	f.Add([]byte(""))
	f.Add([]byte("[store]\npath = \"x.db\"\npaht = \"y\"\n"))
	f.Add([]byte("[[account]]\nname = \"a\"\nhost = \"h\"\nusername = \"u\"\npassword = \"hunter2secret\"\ntls = \"ssl\"\n"))
	f.Add([]byte("[[account]]\nname = \"a\"\nhost = \"h\"\nusername = \"u\"\npassword_env = \"P\"\nmax_message_size = \"17179869185G\"\npoll_interval = \"9999999999999d\"\n"))
	f.Add([]byte("[smtp]\nhost = \"h\"\nfrom = \"a@b.example\"\nport = 70000\ntimeout = \"-5s\"\n"))
	f.Add([]byte("store:\n  path: x.db\n"))
	f.Add([]byte("\x00\x01\x02\xff\xfe[store]\x00"))
	f.Add([]byte("[seller]\nreship_threshold = { EUR = \"1e400\", eur = \"1\" }\nlanguage = \"\"\n"))
	f.Add([]byte("[[auto_approve]]\ncases = [\"shipping_inquiry\"]\n[sender]\nrate_limit = \"5/0s\"\nmin_gap = \"-1s\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse("fuzz.toml", data)
		lines := bytes.Count(data, []byte("\n")) + 1
		if err != nil {
			var ces Errors
			if !errors.As(err, &ces) || len(ces) == 0 {
				t.Fatalf("error %T is not a non-empty Errors: %v", err, err)
			}
			for _, ce := range ces {
				if ce.Line < 0 || ce.Line > lines {
					t.Fatalf("error at line %d of a %d-line file: %v", ce.Line, lines, ce)
				}
			}
			// An inline password is refused without being repeated.
			var fc fileSections
			if toml.Unmarshal(data, &fc) == nil {
				pws := []string{fc.SMTP.Password}
				for _, a := range fc.Accounts {
					pws = append(pws, a.Password)
				}
				for _, pw := range pws {
					if len(pw) >= 6 && bytes.Count(data, []byte(pw)) == 1 && strings.Contains(err.Error(), pw) {
						t.Fatalf("error text repeats the password %q:\n%v", pw, err)
					}
				}
			}
			return
		}
		if cfg.StorePath == "" || cfg.SendInterval <= 0 || cfg.MaxAttempts < 1 ||
			cfg.MinConfidence < 0 || cfg.MinConfidence > 1 {
			t.Fatalf("accepted config out of range: %+v", cfg)
		}
		for _, a := range cfg.Accounts {
			if a.Name == "" || a.Host == "" || a.Username == "" || a.Port < 1 || a.Port > 65535 ||
				a.PollInterval <= 0 || a.MaxMessageBytes <= 0 {
				t.Fatalf("accepted account out of range: %+v", a)
			}
			switch a.TLS {
			case "tls", "starttls", "plain":
			default:
				t.Fatalf("accepted account tls %q", a.TLS)
			}
			if !a.Password.IsSet() && !a.OAuth2Token.IsSet() {
				t.Fatalf("accepted account %q without credentials", a.Name)
			}
		}
		if s := cfg.SMTP; s.Host != "" {
			if s.Port < 1 || s.Port > 65535 || s.Timeout <= 0 || !PlausibleAddress(s.From) {
				t.Fatalf("accepted smtp out of range: %+v", s)
			}
		}
	})
}
