//go:build ignore

// gen_hostile writes the hostile-mail corpus into testdata/hostile: small
// broken or malicious messages, one per file, plus MANIFEST, which states
// for each file what TestHostileCorpus must see once it went through IMAP,
// the poller and the store: "err" (stored with a parse error), a
// comma-separated list of flags that must be set, or "-" (any outcome
// without a panic). The output is deterministic; run it with
//
//	go run gen_hostile.go
//
// from the mailbox directory. Messages too big to commit (a 50 MB body, a
// header over the parser's limit, MIME bombs in the megabytes) are built
// at test time by hostile_test.go.
package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

type item struct {
	name string
	want string
	raw  []byte
}

const dir = "testdata/hostile"

// relay is the start of a buyer message through Amazon's relay; id makes
// its Message-ID unique in the corpus.
func relay(id string) string {
	return "From: \"Anna - Amazon Marketplace\" <k3v9x2m7q1w8z5t@marketplace.amazon.de>\r\n" +
		"To: shop@seller.example\r\n" +
		"Date: Tue, 04 Mar 2025 09:15:02 +0000\r\n" +
		"Message-ID: <" + id + "@hostile.test>\r\n"
}

// simple is a relay message with extra header lines and a text body.
func simple(id, headers, body string) []byte {
	return []byte(relay(id) + "Subject: Inquiry from Amazon customer Anna (Order: 302-1234567-7654321)\r\n" +
		headers + "\r\n" + body)
}

func main() {
	rng := rand.New(rand.NewPCG(8, 60))
	var items []item
	add := func(name, want string, raw []byte) {
		items = append(items, item{name, want, raw})
	}
	text := "Content-Type: text/plain; charset=utf-8\r\n"

	// Structure of the message as a whole.
	add("empty", "err", []byte{})
	add("only_whitespace", "err", []byte("  \r\n\t\r\n\r\n  \r\n"))
	add("body_without_header", "err", []byte("Hello, where is my parcel?\r\nThanks\r\n"))
	add("header_only_no_blank_line", "no_text", []byte(relay("header-only")+"Subject: header only"))
	add("header_only_blank_line", "no_text", []byte(relay("header-blank")+"Subject: header and blank line\r\n\r\n"))
	add("binary_garbage", "-", func() []byte {
		b := make([]byte, 4096)
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		return b
	}())
	add("binary_after_header", "charset_guessed", func() []byte {
		b := make([]byte, 2048)
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		return append(simple("binary-body", "", ""), b...)
	}())
	add("gzip_as_text", "charset_guessed", simple("gzip", text,
		"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd\xc9\xc9\x57\x28\xcf\x2f\xca\x49\x01\x00\x85\x11\x4a\x0d\x0b\x00\x00\x00\xff\xfe\xfd"))
	add("utf8_bom_first", "-", append([]byte("\ufeff"), simple("bom", text, "Message:\r\nbom\r\n")...))
	add("mbox_from_line", "-", append([]byte("From MAILER-DAEMON Thu Jan  1 00:00:00 1970\r\n"), simple("mbox", text, "body\r\n")...))
	add("smtp_transcript_before_header", "header_error", append([]byte("220 mx.example ESMTP\r\nEHLO x\r\n250 ok\r\n"), simple("transcript", text, "body\r\n")...))

	// Line endings and bytes that should not be there.
	add("cr_only_line_endings", "-", bytes.ReplaceAll(simple("cr-only", text, "Message:\r\nline one\r\nline two\r\nView message\r\n"), []byte("\r\n"), []byte("\r")))
	add("bare_lf_everywhere", "-", bytes.ReplaceAll(simple("bare-lf", text, "Message:\r\nbare\r\nView message\r\n"), []byte("\r\n"), []byte("\n")))
	add("mixed_line_endings", "-", []byte(relay("mixed")+"Subject: mixed\r\r\n"+text+"\n\r\nline\r\rline\n\rline\r\n"))
	add("nul_in_header", "-", simple("nul-header", "X-Nul: a\x00b\r\n"+text, "body\r\n"))
	add("nul_in_subject", "-", []byte(relay("nul-subject")+"Subject: where\x00is\x00my parcel\r\n"+text+"\r\nbody\r\n"))
	add("nul_in_body", "-", simple("nul-body", text, "Message:\r\nwhere\x00\x00 is my\x00 parcel\r\nView message\r\n"))
	add("ansi_escapes_everywhere", "-", []byte("From: \"\x1b[2J\x1b[31mAnna\x1b[0m - Amazon Marketplace\" <k3v9x2m7q1w8z5t@marketplace.amazon.de>\r\n"+
		"To: shop@seller.example\r\nMessage-ID: <ansi@hostile.test>\r\nSubject: \x1b]0;pwned\x07Inquiry \x1b[5mblink\r\n"+text+
		"\r\nMessage:\r\n\x1b[2J\x1b[Hcleared \x1b]8;;http://evil.example\x07link\x1b]8;;\x07 \x07bell\r\nView message\r\n"))
	add("bidi_and_zero_width", "-", simple("bidi", text, "Message:\r\nrefund \u202eevil\u202c \u200b\u200d\ufeff \u2066x\u2069\r\nView message\r\n"))
	add("long_body_line_100k", "-", simple("long-line", text, strings.Repeat("abcdefghij", 10000)+"\r\n"))

	// Header fields.
	add("header_8bit_latin1", "-", []byte("From: \"J\xfcrgen M\xfcller\" <k3v9x2m7q1w8z5t@marketplace.amazon.de>\r\nTo: shop@seller.example\r\n"+
		"Message-ID: <8bit-latin1@hostile.test>\r\nSubject: Gr\xfc\xdfe, wo ist das Paket?\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nK\xf6nnen Sie helfen?\r\n"))
	add("header_8bit_utf8", "-", []byte("From: \"Jürgen 日本\" <k3v9x2m7q1w8z5t@marketplace.amazon.de>\r\nTo: shop@seller.example\r\n"+
		"Message-ID: <8bit-utf8@hostile.test>\r\nSubject: Größe 日本語 😀\r\n"+text+"\r\nbody\r\n"))
	add("header_8bit_invalid", "-", []byte("From: \"\xff\xfe\xc0\xaf\" <k3v9x2m7q1w8z5t@marketplace.amazon.de>\r\nTo: shop@seller.example\r\n"+
		"Message-ID: <8bit-invalid@hostile.test>\r\nSubject: \xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x90\x28\xbc\r\n"+text+"\r\nbody\r\n"))
	add("header_name_8bit", "header_error", simple("name-8bit", "X-Gr\xfc\xdfe: yes\r\n"+text, "body\r\n"))
	add("header_line_without_colon", "header_error", simple("no-colon", "this is not a header\r\nX-After: still a header\r\n"+text, "body\r\n"))
	add("header_continuation_first", "header_error", append([]byte("  folded before any field\r\n"), simple("cont-first", text, "body\r\n")...))
	add("header_name_10k", "-", simple("long-name", "X-"+strings.Repeat("N", 10000)+": v\r\n"+text, "body\r\n"))
	add("header_value_64k", "-", simple("long-value", "X-Long: "+strings.Repeat("v", 64000)+"\r\n"+text, "body\r\n"))
	add("header_3000_fields", "-", simple("many-fields", strings.Repeat("X-Junk: filler filler filler\r\n", 3000)+text, "body\r\n"))
	add("header_folded_10000_times", "-", simple("folded", "X-Folded: a"+strings.Repeat("\r\n b", 10000)+"\r\n"+text, "body\r\n"))
	add("subject_64k", "-", []byte(relay("subject-long")+"Subject: "+strings.Repeat("where is it ", 5400)+"\r\n"+text+"\r\nbody\r\n"))
	add("subject_encoded_word_crlf", "-", []byte(relay("ew-crlf")+"Subject: =?utf-8?q?hi=0D=0ABcc:_evil@example.com=0D=0A?= there\r\n"+text+"\r\nbody\r\n"))
	add("subject_encoded_word_bogus", "-", []byte(relay("ew-bogus")+"Subject: =?x-bogus?Q?abc?= =?utf-8?B?!!!notbase64?= =?utf-8?Z?x?= =?=?= =??=\r\n"+text+"\r\nbody\r\n"))
	add("subject_encoded_word_nul", "-", []byte(relay("ew-nul")+"Subject: =?utf-8?q?a=00b=1B[31mred?=\r\n"+text+"\r\nbody\r\n"))
	add("subject_twice", "-", []byte(relay("subject-twice")+"Subject: first\r\nSubject: second\r\n"+text+"\r\nbody\r\n"))

	// Dates.
	for _, d := range []struct{ name, v string }{
		{"date_words", "yesterday afternoon"},
		{"date_impossible", "Mon, 32 Foo 99999 25:61:61 +9999"},
		{"date_year_0", "Sat, 01 Jan 0000 00:00:00 +0000"},
		{"date_empty_value", " "},
	} {
		want := "bad_date"
		if d.name == "date_year_0" || strings.TrimSpace(d.v) == "" {
			want = "-" // year 0 is a valid date; the store ignores implausible ones
		}
		add(d.name, want, []byte("From: \"Anna - Amazon Marketplace\" <k3v9x2m7q1w8z5t@marketplace.amazon.de>\r\nTo: shop@seller.example\r\n"+
			"Message-ID: <"+d.name+"@hostile.test>\r\nSubject: date\r\nDate: "+d.v+"\r\n"+text+"\r\nbody\r\n"))
	}
	add("date_far_future", "-", []byte("From: x@example.com\r\nMessage-ID: <future@hostile.test>\r\nSubject: future\r\nDate: Fri, 31 Dec 9999 23:59:59 +0000\r\n"+text+"\r\nbody\r\n"))
	add("date_twice_conflicting", "-", []byte("From: x@example.com\r\nMessage-ID: <date-twice@hostile.test>\r\nSubject: d\r\nDate: Tue, 04 Mar 2025 09:15:02 +0000\r\nDate: Wed, 01 Jan 1970 00:00:00 +0000\r\n"+text+"\r\nbody\r\n"))

	// Addresses.
	for _, a := range []struct{ name, from string }{
		{"from_brackets_garbage", "<<<@@>>> <>"},
		{"from_no_at", "Anna Amazon Marketplace"},
		{"from_unclosed_quote", "\"Anna <k3v9x2m7q1w8z5t@marketplace.amazon.de>"},
		{"from_unclosed_angle", "Anna <k3v9x2m7q1w8z5t@marketplace.amazon.de"},
	} {
		add(a.name, "bad_address", []byte("From: "+a.from+"\r\nTo: shop@seller.example\r\nMessage-ID: <"+a.name+"@hostile.test>\r\nSubject: address\r\n"+text+"\r\nbody\r\n"))
	}
	add("from_two_addresses", "-", []byte("From: k3v9x2m7q1w8z5t@marketplace.amazon.de, evil@evil.example\r\nTo: shop@seller.example\r\nMessage-ID: <from-two@hostile.test>\r\nSubject: two\r\n"+text+"\r\nbody\r\n"))
	add("from_group_empty", "-", []byte("From: undisclosed-recipients:;\r\nTo: shop@seller.example\r\nMessage-ID: <from-group@hostile.test>\r\nSubject: group\r\n"+text+"\r\nbody\r\n"))
	add("from_name_encoded_crlf", "-", []byte("From: =?utf-8?q?Anna=0D=0ABcc=3A_evil=40evil.example_-_Amazon_Marketplace?= <k3v9x2m7q1w8z5t@marketplace.amazon.de>\r\n"+
		"To: shop@seller.example\r\nMessage-ID: <from-crlf@hostile.test>\r\nSubject: Inquiry from Amazon customer Anna\r\n"+text+"\r\nMessage:\r\nhi\r\nView message\r\n"))
	add("reply_to_garbage", "-", []byte(relay("reply-to")+"Reply-To: ,,,;;;<>@\r\nSubject: r\r\n"+text+"\r\nbody\r\n"))
	add("to_1000_addresses", "-", func() []byte {
		var b strings.Builder
		for i := range 1000 {
			if i > 0 {
				b.WriteString(",\r\n ")
			}
			fmt.Fprintf(&b, "user%d@example.com", i)
		}
		return []byte("From: x@example.com\r\nTo: " + b.String() + "\r\nMessage-ID: <to-many@hostile.test>\r\nSubject: many\r\n" + text + "\r\nbody\r\n")
	}())

	// Message ids.
	add("message_id_missing", "-", []byte("From: x@example.com\r\nSubject: no id\r\n"+text+"\r\nbody\r\n"))
	add("message_id_garbage", "-", []byte("From: x@example.com\r\nMessage-ID: not an id at all <<>>\r\nSubject: garbage id\r\n"+text+"\r\nbody\r\n"))
	add("message_id_encoded_crlf", "-", []byte("From: x@example.com\r\nMessage-ID: <a=0D=0AX-Injected:1@hostile.test>\r\nIn-Reply-To: <b\x00@x>\r\nSubject: id\r\n"+text+"\r\nbody\r\n"))
	add("references_2000", "-", func() []byte {
		var b strings.Builder
		for i := range 2000 {
			fmt.Fprintf(&b, " <ref%d@hostile.test>\r\n", i)
		}
		return []byte(relay("refs") + "Subject: refs\r\nReferences:" + b.String() + text + "\r\nbody\r\n")
	}())
	add("in_reply_to_garbage", "-", []byte(relay("irt")+"Subject: irt\r\nIn-Reply-To: <<<>>> @@@ ;;; <a b@c>\r\n"+text+"\r\nbody\r\n"))

	// Charsets.
	add("charset_declared_utf8_is_latin1", "charset_guessed", simple("cs-latin1", text, "K\xf6nnen Sie mir helfen? Gr\xfc\xdfe\r\n"))
	add("charset_unknown_label", "unknown_charset", simple("cs-unknown", "Content-Type: text/plain; charset=x-made-up-9\r\n", "caf\xe9\r\n"))
	add("charset_utf16_declared_ascii_body", "-", simple("cs-utf16", "Content-Type: text/plain; charset=utf-16\r\n", "plain ascii text\r\n"))
	add("charset_utf7", "-", simple("cs-utf7", "Content-Type: text/plain; charset=utf-7\r\n", "Hi Mom -+Jjo--!\r\n"))
	add("charset_empty_label", "-", simple("cs-empty", "Content-Type: text/plain; charset=\"\"\r\n", "caf\xe9\r\n"))
	add("charset_iso2022jp_broken", "-", simple("cs-2022", "Content-Type: text/plain; charset=iso-2022-jp\r\n", "\x1b$B$3$s\x1b(B\x1b$B\x1b$B$K\r\n"))

	// Transfer encodings.
	add("base64_invalid_chars", "-", simple("b64-bad", text+"Content-Transfer-Encoding: base64\r\n", "!!!! not base64 at all ****\r\n%%%%\r\n"))
	add("base64_truncated", "-", simple("b64-trunc", text+"Content-Transfer-Encoding: base64\r\n", "SGVsbG8sIHdoZXJlIGlzIG15IHBhcmNlbD8gVGhhbmtz\r\nSGVsbG8\r\n"))
	add("base64_nul_bytes", "-", simple("b64-nul", text+"Content-Transfer-Encoding: base64\r\n", base64.StdEncoding.EncodeToString([]byte("where\x00is\x00my\x00parcel\x00"))+"\r\n"))
	add("qp_invalid", "-", simple("qp-bad", text+"Content-Transfer-Encoding: quoted-printable\r\n", "bad =ZZ escape =\r\n=4 end =\r\n=\r\n"))
	add("qp_soft_breaks_only", "-", simple("qp-soft", text+"Content-Transfer-Encoding: quoted-printable\r\n", strings.Repeat("=\r\n", 20000)+"x\r\n"))
	add("cte_unknown", "unknown_encoding", simple("cte-unknown", text+"Content-Transfer-Encoding: x-uuencode\r\n", "begin 644 x\r\n`\r\nend\r\n"))
	add("cte_base64_on_multipart", "-", simple("cte-mp", "Content-Type: multipart/mixed; boundary=b\r\nContent-Transfer-Encoding: base64\r\n",
		"--b\r\n"+text+"\r\npart\r\n--b--\r\n"))

	// Content types and MIME structure.
	add("content_type_garbage", "-", simple("ct-garbage", "Content-Type: ;;;===;\"\r\n", "body\r\n"))
	add("multipart_no_boundary_param", "bad_multipart", simple("mp-nobound", "Content-Type: multipart/mixed\r\n", "text without boundary\r\n"))
	add("multipart_boundary_absent", "bad_multipart", simple("mp-absent", "Content-Type: multipart/mixed; boundary=never\r\n", "no boundary line here\r\n"))
	add("multipart_missing_close", "truncated_multipart", simple("mp-noclose", "Content-Type: multipart/mixed; boundary=b\r\n",
		"--b\r\n"+text+"\r\nfirst part\r\n--b\r\n"+text+"\r\nsecond part, never closed\r\n"))
	add("multipart_empty_boundary", "-", simple("mp-empty", "Content-Type: multipart/mixed; boundary=\"\"\r\n", "--\r\n"+text+"\r\nx\r\n----\r\n"))
	add("multipart_boundary_2000_chars", "-", func() []byte {
		bd := strings.Repeat("b", 2000)
		return simple("mp-longbound", "Content-Type: multipart/mixed; boundary=\""+bd+"\"\r\n", "--"+bd+"\r\n"+text+"\r\nbody\r\n--"+bd+"--\r\n")
	}())
	add("multipart_nested_same_boundary", "-", simple("mp-same", "Content-Type: multipart/mixed; boundary=a\r\n",
		"--a\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\n"+text+"\r\ninner\r\n--a--\r\n--a--\r\n"))
	add("multipart_nested_100", "-", nested("nest-100", 100))
	add("multipart_nested_1000", "too_many_parts", nested("nest-1000", 1000))
	add("multipart_1500_parts", "too_many_parts", func() []byte {
		var b strings.Builder
		for range 1500 {
			b.WriteString("--p\r\n\r\nx\r\n")
		}
		b.WriteString("--p--\r\n")
		return simple("parts-1500", "Content-Type: multipart/mixed; boundary=p\r\n", b.String())
	}())
	add("multipart_nul_in_boundary", "-", simple("mp-nul", "Content-Type: multipart/mixed; boundary=\"a\x00b\"\r\n", "--a\x00b\r\n"+text+"\r\nbody\r\n--a\x00b--\r\n"))
	add("message_rfc822_nested", "-", simple("rfc822", "Content-Type: multipart/mixed; boundary=o\r\n",
		"--o\r\n"+text+"\r\nouter\r\n--o\r\nContent-Type: message/rfc822\r\n\r\nFrom: inner@evil.example\r\nSubject: inner\r\n"+
			"Content-Type: multipart/mixed; boundary=i\r\n\r\n--i\r\n"+text+"\r\ninner\r\n--i--\r\n--o--\r\n"))
	add("attachment_name_traversal_crlf", "-", simple("att-name", "Content-Type: multipart/mixed; boundary=o\r\n",
		"--o\r\n"+text+"\r\nsee attachment\r\n--o\r\nContent-Type: application/octet-stream; name=\"../../etc/passwd\"\r\n"+
			"Content-Disposition: attachment; filename*=utf-8''..%2F..%2Fx%0D%0ABcc%3A%20evil%00.sh\r\n\r\nAAAA\r\n--o--\r\n"))
	add("rfc2231_garbage", "-", simple("rfc2231", "Content-Type: multipart/mixed; boundary=o\r\n",
		"--o\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename*0*=bogus''%ZZ; filename*5=x; filename*=''\r\n\r\nAAAA\r\n--o--\r\n"))
	add("html_only_script_style", "html_only", simple("html-script", "Content-Type: text/html; charset=utf-8\r\n",
		"<html><head><style>body{}</style><script>alert('x')</script></head><body><p>Where is <b>my</b> parcel?</p>"+
			"<img src=x onerror=alert(1)><iframe src=javascript:alert(1)></iframe></body></html>\r\n"))
	add("html_nesting_10000", "-", simple("html-nest", "Content-Type: text/html; charset=utf-8\r\n",
		strings.Repeat("<div>", 10000)+"deep"+strings.Repeat("</div>", 10000)+"\r\n"))
	add("html_unclosed_tags", "-", simple("html-unclosed", "Content-Type: text/html\r\n", "<p><b><i><table><tr><td><a href=\"x\r\n"))

	// Authentication-Results (RFC 8601), which decide FlagAuthFailed: an
	// unreadable topmost field is no evidence; header text never reaches a
	// flag; the number of fields and comments does not matter.
	add("auth_results_garbage", "-", simple("ar-garbage",
		"Authentication-Results: ;;;; dkim spf=== ((( \"unclosed\r\nAuthentication-Results: mx.seller.example; dkim=fail; spf=fail\r\n"+text, "body\r\n"))
	add("auth_results_control_chars", "auth_failed", simple("ar-ctl",
		"Authentication-Results: mx.seller.example; dkim=\x1b[31mfail\x00 header.d=\x1b[1mx\x07; spf=fail smtp.mailfrom=\x1b[2J@evil\r\n"+text, "body\r\n"))
	add("auth_results_5000_fields", "auth_failed", simple("ar-many",
		strings.Repeat("Authentication-Results: mx.seller.example; dkim=fail; spf=softfail\r\n", 5000)+text, "body\r\n"))
	add("auth_results_comment_bomb", "-", simple("ar-comments",
		"Authentication-Results: mx.seller.example; dkim=pass "+strings.Repeat("(", 50000)+strings.Repeat("x) ", 20000)+"; spf=fail\r\n"+text, "body\r\n"))

	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	old, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	for _, f := range old {
		os.Remove(f)
	}
	var manifest strings.Builder
	manifest.WriteString("# name\twant (err | flag,flag | -). Written by gen_hostile.go; do not edit.\n")
	for i, it := range items {
		name := fmt.Sprintf("%02d_%s.eml", i+1, it.name)
		if err := os.WriteFile(filepath.Join(dir, name), it.raw, 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Fprintf(&manifest, "%s\t%s\n", name, it.want)
	}
	if err := os.WriteFile(filepath.Join(dir, "MANIFEST"), []byte(manifest.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %d messages to %s\n", len(items), dir)
}

// nested is a multipart nested depth levels deep with one text part inside.
func nested(id string, depth int) []byte {
	var open, closing strings.Builder
	for i := range depth {
		fmt.Fprintf(&open, "--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n", i, i+1)
	}
	for i := depth; i > 0; i-- {
		fmt.Fprintf(&closing, "--b%d--\r\n", i)
	}
	body := open.String() + fmt.Sprintf("--b%d\r\nContent-Type: text/plain\r\n\r\ndeep\r\n", depth) + closing.String() + "--b0--\r\n"
	return simple(id, "Content-Type: multipart/mixed; boundary=b0\r\n", body)
}
