package mailbox

import (
	"strings"
	"testing"

	"github.com/aftersale/aftersale"
)

func TestCheckAuthVerdicts(t *testing.T) {
	const (
		relay  = "k3v9x2m7q1w8z5t@marketplace.amazon.de"
		system = "order-update@amazon.com"
		mx     = "mx.seller.example; "
	)
	tests := []struct {
		name    string
		from    string
		values  []string // topmost first
		ids     []string
		verdict AuthVerdict
		detail  string // AuthResult.Detail when the verdict is failed
	}{
		{"no field", relay, nil, nil, AuthUnknown, ""},
		{"none", relay, []string{mx + "none"}, nil, AuthUnknown, ""},
		{"neutral and temperror", relay, []string{mx + "dkim=neutral; spf=temperror"}, nil, AuthUnknown, ""},
		{"dkim pass", relay, []string{mx + "dkim=pass header.d=marketplace.amazon.de"}, nil, AuthOK, ""},
		{"dkim pass for the parent domain", relay, []string{mx + "dkim=pass header.d=amazon.de"}, nil, AuthOK, ""},
		{"dkim pass by header.i", relay, []string{mx + "dkim=pass header.i=@marketplace.amazon.de"}, nil, AuthOK, ""},
		{"dkim pass without a domain", relay, []string{mx + "dkim=pass"}, nil, AuthOK, ""},
		{"spf pass only", system, []string{mx + "spf=pass smtp.mailfrom=bounce@amazon.com"}, nil, AuthOK, ""},
		{"one signature fails, another passes", relay,
			[]string{mx + "dkim=fail header.d=amazonses.com; dkim=pass header.d=marketplace.amazon.de; spf=fail"}, nil, AuthOK, ""},
		{"dmarc fail beats a pass", relay,
			[]string{mx + "dkim=pass header.d=marketplace.amazon.de; dmarc=fail header.from=marketplace.amazon.de"}, nil,
			AuthFailed, "dkim=pass spf=none dmarc=fail"},
		{"dkim and spf fail", relay, []string{mx + "dkim=fail header.d=marketplace.amazon.de; spf=fail smtp.mailfrom=marketplace.amazon.de"}, nil,
			AuthFailed, "dkim=fail spf=fail"},
		{"spf softfail counts as fail", system, []string{mx + "spf=softfail smtp.mailfrom=amazon.com"}, nil,
			AuthFailed, "dkim=none spf=softfail"},
		{"dkim permerror", relay, []string{mx + "dkim=permerror"}, nil, AuthFailed, "dkim=permerror spf=none"},
		{"upper-case values", relay, []string{mx + "DKIM=FAIL; SPF=FAIL"}, nil, AuthFailed, "dkim=fail spf=fail"},
		{"a pass for another domain does not rescue a failure", relay,
			[]string{mx + "dkim=pass header.d=evil.example; spf=softfail smtp.mailfrom=marketplace.amazon.de"}, nil,
			AuthFailed, "dkim=pass(evil.example) spf=softfail"},
		{"a pass for another domain alone is unknown", relay,
			[]string{mx + "dkim=pass header.d=evil.example; spf=pass smtp.mailfrom=evil.example"}, nil, AuthUnknown, ""},
		{"look-alike domain is not aligned", relay,
			[]string{mx + "dkim=pass header.d=amazon.de.evil.example; spf=fail"}, nil, AuthFailed, "dkim=pass(amazon.de.evil.example) spf=fail"},
		{"another marketplace's domain is not aligned", relay,
			[]string{mx + "dkim=pass header.d=amazon.com; spf=fail"}, nil, AuthFailed, "dkim=pass(amazon.com) spf=fail"},
		{"forged pass below is ignored", relay,
			[]string{mx + "dkim=fail; spf=fail", mx + "dkim=pass; spf=pass; dmarc=pass"}, nil, AuthFailed, "dkim=fail spf=fail"},
		{"forged fail below is ignored", relay,
			[]string{mx + "dkim=pass", mx + "dmarc=fail"}, nil, AuthOK, ""},
		{"comment holding ';' and '='", relay,
			[]string{mx + "spf=pass (a=b; c=fail) smtp.mailfrom=marketplace.amazon.de; dkim=none"}, nil, AuthOK, ""},
		{"comment in the authserv-id", relay, []string{"mx.seller.example (v1.2); dkim=fail"}, nil, AuthFailed, "dkim=fail spf=none"},
		{"version 1", relay, []string{"mx.seller.example 1; dkim=fail"}, nil, AuthFailed, "dkim=fail spf=none"},
		{"unknown version is unreadable", relay, []string{"mx.seller.example 2; dkim=fail"}, nil, AuthUnknown, ""},
		{"garbage", relay, []string{";;; ((( dkim spf=== \"x"}, nil, AuthUnknown, ""},
		{"garbage result", relay, []string{mx + "dkim; !!!"}, nil, AuthUnknown, ""},
		{"empty value", relay, []string{""}, nil, AuthUnknown, ""},
		{"configured id: all its fields, combined", relay,
			[]string{"mx.seller.example; spf=softfail", "other.example; dkim=fail", "MX.SELLER.EXAMPLE; dkim=pass header.d=amazon.de"},
			[]string{"mx.seller.example"}, AuthOK, ""},
		{"configured id: another id's failure ignored", relay,
			[]string{"other.example; dkim=fail; spf=fail", "mx.seller.example; dkim=none"},
			[]string{"mx.seller.example"}, AuthUnknown, ""},
		{"configured id: no field of it", relay, []string{"other.example; dkim=fail"}, []string{"mx.seller.example"}, AuthUnknown, ""},
		{"configured ids: either", relay, []string{"b.example; dkim=fail", "a.example; spf=fail"},
			[]string{"a.example", "b.example"}, AuthFailed, "dkim=fail spf=fail"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkAuth(tt.values, tt.from, tt.ids)
			if got.Verdict != tt.verdict {
				t.Fatalf("checkAuth(%q) verdict = %s (%+v), want %s", tt.values, got.Verdict, got, tt.verdict)
			}
			if tt.verdict == AuthFailed && got.Detail() != tt.detail {
				t.Errorf("checkAuth(%q).Detail() = %q, want %q", tt.values, got.Detail(), tt.detail)
			}
		})
	}
}

func TestCheckAuthBoundsAndIgnored(t *testing.T) {
	many := make([]string, 500)
	for i := range many {
		many[i] = "mx.seller.example; dkim=pass"
	}
	many[499] = "mx.seller.example; dmarc=fail"
	got := checkAuth(many, "a@marketplace.amazon.de", []string{"mx.seller.example"})
	if got.Verdict != AuthOK || got.Ignored != 500-maxAuthHeaders {
		t.Errorf("500 fields: %+v; want ok from the first %d, %d ignored", got, maxAuthHeaders, 500-maxAuthHeaders)
	}
	got = checkAuth([]string{"mx.a; dkim=pass", "mx.b; dkim=fail", "junk"}, "a@marketplace.amazon.de", nil)
	if got.Ignored != 2 || got.AuthServID != "mx.a" {
		t.Errorf("topmost only: %+v; want mx.a read, 2 ignored", got)
	}
}

func TestStripComments(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a (b) c", "a   c"},
		{"a (b (nested; x=y) c) d", "a   d"},
		{`a (b \) still) c`, "a   c"},
		{`a "(not a comment)" b`, `a "(not a comment)" b`},
		{`a "q\"(x)" (y) b`, `a "q\"(x)"   b`},
		{"a (unclosed; dkim=fail", "a  "},
		{"no comment", "no comment"},
	}
	for _, tt := range tests {
		if got := stripComments(tt.in); got != tt.want {
			t.Errorf("stripComments(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAuthOnlyForAmazonSenders: a failure is flagged on mail from an
// Amazon relay (From or Reply-To) or system address only; the results are
// read from the message as the parser sees it (folded, below a mbox line).
func TestAuthOnlyForAmazonSenders(t *testing.T) {
	const ar = "Authentication-Results: mx.seller.example;\r\n\tdkim=fail header.d=x.example;\r\n\tspf=fail\r\n"
	body := "Subject: s\r\nMessage-ID: <a@b>\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
	tests := []struct {
		name, head string
		flagged    bool
	}{
		{"relay From", "From: k3v9x2m7q1w8z5t@marketplace.amazon.de\r\n", true},
		{"relay Reply-To", "From: fwd@seller.example\r\nReply-To: k3v9x2m7q1w8z5t@marketplace.amazon.de\r\n", true},
		{"system", "From: Amazon <seller-answers@amazon.co.jp>\r\n", true},
		{"mbox line first", "From: k3v9x2m7q1w8z5t@marketplace.amazon.de\r\n", true},
		{"other sender", "From: someone@example.com\r\n", false},
		{"look-alike", "From: k3v9x2m7q1w8z5t@marketplace.amazon.de.evil.example\r\n", false},
		{"no From", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := ar + tt.head + body
			if tt.name == "mbox line first" {
				raw = "From MAILER-DAEMON Thu Jan  1 00:00:00 1970\r\n" + raw
			}
			m, err := Parse([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			detail, failed := AuthFailure(m)
			if failed != tt.flagged || m.HasFlag(FlagAuthFailed) != tt.flagged {
				t.Fatalf("flags %v: AuthFailure = %q, %v; want flagged %v", m.Flags, detail, failed, tt.flagged)
			}
			if failed && detail != "dkim=fail spf=fail" {
				t.Errorf("detail = %q, want %q", detail, "dkim=fail spf=fail")
			}
			if c := CheckAuth([]byte(raw), ParseOptions{}); c.Verdict != AuthFailed || c.AuthServID != "mx.seller.example" {
				t.Errorf("CheckAuth = %+v, want failed by mx.seller.example whoever the sender", c)
			}
		})
	}
}

func TestAuthFailureWithoutDetail(t *testing.T) {
	if d, ok := AuthFailure(aftersale.Message{Flags: []string{FlagAuthFailed}}); !ok || d != "" {
		t.Errorf("AuthFailure = %q, %v; want \"\", true", d, ok)
	}
	if _, ok := AuthFailure(aftersale.Message{Auth: aftersale.Auth{Detail: "dkim=fail spf=none"}}); ok {
		t.Errorf("a detail alone is not a failure")
	}
	if d, ok := AuthFailure(aftersale.Message{Auth: aftersale.Auth{Verdict: AuthFailed, Detail: "dkim=fail spf=none"}}); !ok || d != "dkim=fail spf=none" {
		t.Errorf("AuthFailure = %q, %v; want the recorded detail", d, ok)
	}
}

// FuzzCheckAuth: any Authentication-Results value is judged without a
// panic, and what reaches a flag is printable ASCII.
func FuzzCheckAuth(f *testing.F) {
	for _, s := range []string{
		"mx.seller.example; dkim=pass header.d=amazon.de; spf=fail (x; y) smtp.mailfrom=a@b",
		";;;; dkim spf=== ((( \"unclosed",
		"mx 1; arc=pass header.oldest-pass=0; dmarc=fail",
		"mx; dkim=pass header.d=\x1b[31mevil\x00",
		"(((((((((",
		"mx; spf=pass smtp.mailfrom=@@@",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		r := checkAuth([]string{v}, "k3v9x2m7q1w8z5t@marketplace.amazon.de", nil)
		if strings.ContainsFunc(r.Detail(), func(c rune) bool { return c < 0x20 || c > 0x7e }) {
			t.Fatalf("Detail() = %q holds a non-printable character", r.Detail())
		}
	})
}
