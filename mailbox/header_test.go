package mailbox

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestParseHeaders(t *testing.T) {
	tests := []struct {
		name  string
		raw   string
		check func(t *testing.T, p parsed)
	}{
		{
			name: "mbox From line and BOM",
			raw:  "\ufeffFrom someone Mon Jan  1 00:00:00 2024\nFrom: a@example.org\nSubject: s\n\nbody\n",
			check: func(t *testing.T, p parsed) {
				if p.FromAddr != "a@example.org" || p.Subject != "s" || len(p.Flags) != 0 {
					t.Errorf("got from %q subject %q flags %q; want a@example.org, s, none", p.FromAddr, p.Subject, p.Flags)
				}
			},
		},
		{
			name: "junk before the header",
			raw:  "MAIL FROM:<x@y>\nRCPT TO:<z@y>\nFrom: a@example.org\nSubject: s\n\nbody\n",
			check: func(t *testing.T, p parsed) {
				if p.FromAddr != "a@example.org" || p.Subject != "s" {
					t.Errorf("got from %q subject %q; want a@example.org, s", p.FromAddr, p.Subject)
				}
			},
		},
		{
			name: "no blank line before body",
			raw:  "From: a@example.org\nSubject: s\nHello, this is the body\nsecond line\n",
			check: func(t *testing.T, p parsed) {
				if p.BuyerText != "Hello, this is the body\nsecond line" {
					t.Errorf("BuyerText = %q, want the body lines", p.BuyerText)
				}
				if !cmp.Equal(p.Flags, []string{FlagHeaderError}) {
					t.Errorf("Flags = %q, want [header_error]", p.Flags)
				}
			},
		},
		{
			name: "folded subject and encoded words",
			raw:  "From: a@example.org\r\nSubject: =?UTF-8?Q?Caf=C3=A9?=\r\n =?UTF-8?Q?_r=C3=A9sum=C3=A9?=\r\n  and more\r\n\r\nx\r\n",
			check: func(t *testing.T, p parsed) {
				if p.Subject != "Café résumé and more" {
					t.Errorf("Subject = %q, want %q", p.Subject, "Café résumé and more")
				}
			},
		},
		{
			name: "raw utf-8 subject and name",
			raw:  "From: Zoë Müller <Zoe@Example.ORG>\r\nSubject: Größe ändern\r\n\r\nx\r\n",
			check: func(t *testing.T, p parsed) {
				if p.Subject != "Größe ändern" || p.FromName != "Zoë Müller" || p.FromAddr != "zoe@example.org" {
					t.Errorf("got %q %q %q", p.Subject, p.FromName, p.FromAddr)
				}
			},
		},
		{
			name: "raw iso-2022-jp subject",
			raw:  "From: a@example.org\r\nSubject: \x1b$B%F%9%H\x1b(B\r\n\r\nx\r\n",
			check: func(t *testing.T, p parsed) {
				if p.Subject != "テスト" {
					t.Errorf("Subject = %q, want テスト", p.Subject)
				}
			},
		},
		{
			name: "malformed addresses fall back",
			raw:  "From: Test TEST, test<test@test.com>\r\nTo: a@x.example, \"B, b\" <b@x.example>; c@x.example\r\nReply-To: <R@X.example>\r\n\r\nx\r\n",
			check: func(t *testing.T, p parsed) {
				if p.FromAddr != "test@test.com" || p.ReplyTo != "r@x.example" {
					t.Errorf("From %q Reply-To %q; want test@test.com, r@x.example", p.FromAddr, p.ReplyTo)
				}
				if diff := cmp.Diff([]string{"a@x.example", "b@x.example", "c@x.example"}, p.To); diff != "" {
					t.Errorf("To mismatch (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "message ids without brackets, malformed lists",
			raw:  "From: a@x.example\r\nMessage-ID: bare-id@x.example\r\nIn-Reply-To: Your message of Monday <m1@x.example>\r\nReferences: <r1@x.example>,<r2@x.example> junk\r\n\r\nx\r\n",
			check: func(t *testing.T, p parsed) {
				if p.MessageID != "bare-id@x.example" {
					t.Errorf("MessageID = %q, want bare-id@x.example", p.MessageID)
				}
				if diff := cmp.Diff([]string{"m1@x.example"}, p.InReplyTo); diff != "" {
					t.Errorf("InReplyTo mismatch (-want +got):\n%s", diff)
				}
				if diff := cmp.Diff([]string{"r1@x.example", "r2@x.example"}, p.References); diff != "" {
					t.Errorf("References mismatch (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "lenient date",
			raw:  "From: a@x.example\r\nDate: Mon Mar 3 10:00:00 2025\r\n\r\nx\r\n",
			check: func(t *testing.T, p parsed) {
				if p.Date != "2025-03-03T10:00:00Z" || len(p.Flags) != 0 {
					t.Errorf("Date = %q Flags = %q, want 2025-03-03T10:00:00Z and none", p.Date, p.Flags)
				}
			},
		},
		{
			name: "unreadable date",
			raw:  "From: a@x.example\r\nDate: yesterday\r\n\r\nx\r\n",
			check: func(t *testing.T, p parsed) {
				if p.Date != "" || !cmp.Equal(p.Flags, []string{FlagBadDate}) {
					t.Errorf("Date = %q Flags = %q; want none and [bad_date]", p.Date, p.Flags)
				}
			},
		},
		{
			name: "multipart without boundary read as text",
			raw:  "From: a@x.example\r\nContent-Type: multipart/mixed\r\n\r\nplain words\r\n",
			check: func(t *testing.T, p parsed) {
				if p.BuyerText != "plain words" || !cmp.Equal(p.Flags, []string{FlagBadMultipart}) {
					t.Errorf("BuyerText = %q Flags = %q", p.BuyerText, p.Flags)
				}
			},
		},
		{
			name: "undeclared 8-bit body",
			raw:  "From: a@x.example\r\nContent-Type: text/plain\r\n\r\nna\xefve caf\xe9\r\n",
			check: func(t *testing.T, p parsed) {
				if p.BuyerText != "naïve café" || !cmp.Equal(p.Flags, []string{FlagCharsetGuessed}) {
					t.Errorf("BuyerText = %q Flags = %q", p.BuyerText, p.Flags)
				}
			},
		},
		{
			name: "unknown transfer encoding keeps the part",
			raw:  "From: a@x.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: x-weird\r\n\r\nstill here\r\n--b--\r\n",
			check: func(t *testing.T, p parsed) {
				if p.BuyerText != "still here" || !cmp.Equal(p.Flags, []string{FlagUnknownEncoding}) {
					t.Errorf("BuyerText = %q Flags = %q", p.BuyerText, p.Flags)
				}
			},
		},
		{
			name: "text attachment is not text",
			raw:  "From: a@x.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nbody\r\n--b\r\nContent-Type: text/plain; name=notes.txt\r\nContent-Disposition: attachment; filename=\"=?UTF-8?Q?n=C3=B6tes.txt?=\"\r\n\r\nsecret\r\n--b--\r\n",
			check: func(t *testing.T, p parsed) {
				if p.BuyerText != "body" {
					t.Errorf("BuyerText = %q, want body", p.BuyerText)
				}
				if diff := cmp.Diff([]string{"nötes.txt"}, p.Attachments, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("Attachments mismatch (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "attachment only",
			raw:  "From: a@x.example\r\nContent-Type: application/pdf; name=invoice.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n",
			check: func(t *testing.T, p parsed) {
				if p.BuyerText != "" || !cmp.Equal(p.Flags, []string{FlagNoText}) || !cmp.Equal(p.Attachments, []string{"invoice.pdf"}) {
					t.Errorf("BuyerText = %q Flags = %q Attachments = %q", p.BuyerText, p.Flags, p.Attachments)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse([]byte(tt.raw))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			tt.check(t, project(m, err))
		})
	}
}

func TestParseDateLenient(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"Mon, 3 Mar 2025 10:00:00 +0100 (CET)", time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)},
		{"Mon,  3 Mar 2025   10:00 +0000", time.Date(2025, 3, 3, 10, 0, 0, 0, time.UTC)},
		{"Mon Mar 3 10:00:00 2025", time.Date(2025, 3, 3, 10, 0, 0, 0, time.UTC)},
		{"2025-03-03T10:00:00Z", time.Date(2025, 3, 3, 10, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		got, err := parseDateLenient(tt.in)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("parseDateLenient(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	if _, err := parseDateLenient("not a date"); err == nil {
		t.Errorf("parseDateLenient(%q) returned no error", "not a date")
	}
}
