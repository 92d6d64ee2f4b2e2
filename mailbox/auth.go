package mailbox

import (
	"bufio"
	"bytes"
	"slices"
	"strings"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"
	"github.com/emersion/go-msgauth/authres"

	"github.com/aftersale/aftersale"
)

// Sender authentication (docs/amazon.md, "Sender authentication":
// mail that fails SPF or DKIM is kept and shown to a person). The daemon verifies no signature
// itself: it reads the verdicts the receiving mail server recorded in
// Authentication-Results header fields (RFC 8601) and decides which of
// them to believe.

// AuthVerdict is the outcome of reading a message's Authentication-Results.
type AuthVerdict string

// Authentication verdicts.
const (
	// AuthUnknown: no trusted header field, or only none, neutral,
	// temperror or policy results, or a header field that could not be
	// read. Nothing is flagged.
	AuthUnknown AuthVerdict = "unknown"
	// AuthOK: a DKIM or SPF pass for the From domain, and no DMARC fail.
	AuthOK AuthVerdict = "ok"
	// AuthFailed: DMARC failed, or DKIM or SPF failed with no pass for the
	// From domain. Mail from an Amazon relay or system address with this
	// verdict is flagged FlagAuthFailed.
	AuthFailed AuthVerdict = "failed"
)

// AuthDetailPrefix starts the flag that records the results behind
// FlagAuthFailed, e.g. "auth:dkim=fail spf=fail". The flag list is the only
// place the store keeps parse findings, so the detail lives there.
const AuthDetailPrefix = "auth:"

const maxAuthHeaders = 64 // trusted Authentication-Results fields read per message

// ParseOptions are per-account settings for ParseWith.
type ParseOptions struct {
	// AuthServIDs are the authentication service identifiers (RFC 8601
	// §2.5, e.g. "mx.example.com") of the account's own receiving mail
	// server. When set, only Authentication-Results fields carrying one of
	// them are read (matched without regard to case), and all of those
	// are. Set them only for a server that removes such fields from
	// incoming mail (RFC 8601 §5): otherwise a forger can add a passing
	// field with the server's id below the server's own, and the pass
	// wins. When empty, only the topmost field is read: see authFields.
	AuthServIDs []string
}

// AuthResult is what the trusted Authentication-Results fields of a
// message say.
type AuthResult struct {
	Verdict AuthVerdict
	// AuthServID is the authserv-id of the fields read; "" when none was
	// trusted.
	AuthServID string
	// DKIM, SPF and DMARC hold the result that decided each method, as in
	// Detail; "" when the method is absent.
	DKIM, SPF, DMARC string
	// Ignored counts the fields that were not read: another authserv-id,
	// below the topmost one, or unreadable.
	Ignored int
}

// Detail is the results in a short form, "dkim=fail spf=softfail", with
// "dmarc=..." added when DMARC was evaluated. A pass for a domain other
// than the sender's shows that domain: "dkim=pass(evil.example)". DKIM and
// SPF read "none" when absent.
func (a AuthResult) Detail() string {
	v := func(s string) string {
		if s == "" {
			return string(authres.ResultNone)
		}
		return s
	}
	d := "dkim=" + v(a.DKIM) + " spf=" + v(a.SPF)
	if a.DMARC != "" {
		d += " dmarc=" + a.DMARC
	}
	return d
}

// AuthFailure reports whether m is flagged FlagAuthFailed, with the
// results recorded beside the flag ("dkim=fail spf=fail").
func AuthFailure(m aftersale.Message) (detail string, failed bool) {
	if !m.HasFlag(FlagAuthFailed) {
		return "", false
	}
	for _, f := range m.Flags {
		if d, ok := strings.CutPrefix(f, AuthDetailPrefix); ok {
			return d, true
		}
	}
	return "", true
}

// CheckAuth reads the Authentication-Results of raw as ParseWith does and
// returns the verdict, whoever the sender is (ParseWith flags only mail
// from Amazon addresses). It never panics.
func CheckAuth(raw []byte, opts ParseOptions) AuthResult {
	head, _, _ := splitHeader(raw)
	h, _ := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(head)))
	p := &parser{m: &aftersale.Message{}, hdr: mail.Header{Header: message.Header{Header: h}}}
	from := ""
	if a := p.addresses("From"); len(a) > 0 {
		from = a[0].Address
	}
	return checkAuth(p.hdr.Values("Authentication-Results"), from, opts.AuthServIDs)
}

// checkAuth judges the Authentication-Results values (topmost first) of a
// message from fromAddr.
func checkAuth(values []string, fromAddr string, ids []string) AuthResult {
	var res AuthResult
	fields, ignored := authFields(values, ids)
	res.Ignored = ignored
	if len(fields) == 0 {
		res.Verdict = AuthUnknown
		return res
	}
	res.AuthServID = fields[0].id
	org, fromDomain := orgDomain(fromAddr)
	var dkim, spf, dmarc []methodResult
	for _, f := range fields {
		for _, r := range f.results {
			switch r := r.(type) {
			case *authres.DKIMResult:
				d := r.Domain
				if d == "" {
					_, d, _ = strings.Cut(r.Identifier, "@")
				}
				dkim = append(dkim, methodResult{value: r.Value, domain: cleanDomain(d)})
			case *authres.SPFResult:
				d := r.From
				if at := strings.LastIndexByte(d, '@'); at >= 0 {
					d = d[at+1:]
				}
				spf = append(spf, methodResult{value: r.Value, domain: cleanDomain(d)})
			case *authres.DMARCResult:
				dmarc = append(dmarc, methodResult{value: r.Value})
			}
		}
	}
	aligned := func(r methodResult) bool {
		return r.value == authres.ResultPass && alignedDomain(r.domain, org, fromDomain)
	}
	failed := func(r methodResult) bool {
		switch r.value {
		case authres.ResultFail, authres.ResultPermError, authres.ResultHardFail, authres.ResultSoftFail:
			return true
		}
		return false
	}
	dmarcFailed := slices.ContainsFunc(dmarc, failed)
	pass := slices.ContainsFunc(dkim, aligned) || slices.ContainsFunc(spf, aligned)
	res.DKIM = summary(dkim, aligned, failed)
	res.SPF = summary(spf, aligned, failed)
	res.DMARC = summary(dmarc, func(r methodResult) bool { return r.value == authres.ResultPass }, failed)
	switch {
	case dmarcFailed:
		res.Verdict = AuthFailed
	case pass:
		res.Verdict = AuthOK
	case slices.ContainsFunc(dkim, failed) || slices.ContainsFunc(spf, failed):
		res.Verdict = AuthFailed
	default:
		res.Verdict = AuthUnknown
	}
	return res
}

type authField struct {
	id      string
	results []authres.Result
}

// authFields returns the Authentication-Results fields to believe, and how
// many were passed over.
//
// With configured authserv-ids: every field carrying one of them, their
// results combined (a server may record SPF, DKIM and DMARC in separate
// fields). This relies on the receiving server removing such fields from
// incoming mail (RFC 8601 §5), which is why the ids are configured per
// account and off by default.
//
// Without: the topmost field only. A receiving server prepends its field
// above everything the message arrived with, so a forged field written by
// the sender sits below it and is ignored. Where the server adds none, the
// topmost field may be the sender's own; but a forger writes "pass" there,
// never "fail", so the worst it does is hide a failure (verdict ok or
// unknown instead of failed). Genuine Amazon mail carries no forged field
// that fails it, so trusting the topmost field can only err toward "not
// flagged", never toward flagging genuine mail. A server that records its
// results in several fields (one per milter) is read only in part this
// way: configure authserv_id for it.
//
// A field that cannot be read (a syntax error, an unknown version) counts
// as absent: it is never evidence of a failure.
func authFields(values []string, ids []string) ([]authField, int) {
	ignored := 0
	var out []authField
	for i, v := range values {
		if len(out) >= maxAuthHeaders || len(ids) == 0 && i > 0 {
			ignored += len(values) - i
			break
		}
		id, results, err := authres.Parse(stripComments(v))
		id = strings.ToLower(id)
		if err != nil || id == "" || len(ids) > 0 && !slices.ContainsFunc(ids, func(s string) bool { return strings.EqualFold(s, id) }) {
			ignored++
			continue
		}
		out = append(out, authField{id: id, results: results})
	}
	return out, ignored
}

// knownResults are the result values of RFC 8601 §2.7 (and "hardfail",
// which authres knows).
var knownResults = map[authres.ResultValue]bool{
	authres.ResultNone: true, authres.ResultPass: true, authres.ResultFail: true,
	authres.ResultPolicy: true, authres.ResultNeutral: true, authres.ResultTempError: true,
	authres.ResultPermError: true, authres.ResultHardFail: true, authres.ResultSoftFail: true,
}

type methodResult struct {
	value  authres.ResultValue
	domain string // the domain that passed or failed, lower-cased; "" if not given
}

// summary names the result that decided a method: an aligned pass, else
// the first failure, else the first result. A pass for another domain
// shows that domain.
func summary(rs []methodResult, aligned, failed func(methodResult) bool) string {
	if len(rs) == 0 {
		return ""
	}
	r := rs[0]
	if i := slices.IndexFunc(rs, aligned); i >= 0 {
		r = rs[i]
	} else if i := slices.IndexFunc(rs, failed); i >= 0 {
		r = rs[i]
	}
	s := string(r.value)
	if !knownResults[r.value] {
		s = "other" // never header text in a flag or a log
	}
	if r.value == authres.ResultPass && !aligned(r) {
		s += "(" + r.domain + ")"
	}
	return s
}

// orgDomain returns the organisational domain of addr's domain (DMARC,
// RFC 7489 §3.2) for alignment, and the domain itself. Amazon's domains
// are known: marketplace.amazon.de belongs to amazon.de. For any other
// domain the domain itself is used, as no public-suffix list is shipped.
func orgDomain(addr string) (org, domain string) {
	addr = strings.ToLower(addr)
	_, domain, _ = strings.Cut(addr, "@")
	if relayRe.MatchString(addr) || systemRe.MatchString(addr) {
		return marketplaceOf(addr), domain
	}
	return domain, domain
}

// alignedDomain reports whether d (a DKIM d= or SPF MAIL FROM domain)
// aligns with the From domain in DMARC's relaxed mode: the same
// organisational domain, or a parent or child of the From domain. A
// result that names no domain is given the benefit of the doubt, which
// can only err toward "not flagged".
func alignedDomain(d, org, from string) bool {
	if d == "" || from == "" {
		return true
	}
	return d == org || strings.HasSuffix(d, "."+org) || d == from ||
		strings.HasSuffix(from, "."+d) && strings.Contains(d, ".")
}

// cleanDomain lower-cases d and keeps it only if it looks like a domain
// name, so that what ends up in a flag or a log is never buyer-controlled
// text.
func cleanDomain(d string) string {
	d = strings.Trim(strings.ToLower(strings.TrimSpace(d)), ".")
	if len(d) > 253 {
		return ""
	}
	for _, c := range d {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_') {
			return ""
		}
	}
	return d
}

// stripComments removes RFC 5322 comments ("(...)", nested, with
// backslash escapes) outside quoted strings, which authres.Parse does not
// understand: a ';' or '=' inside a comment would otherwise split or
// invent a result. An unclosed comment runs to the end.
func stripComments(s string) string {
	if !strings.ContainsRune(s, '(') {
		return s
	}
	var b strings.Builder
	depth, quoted := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && (depth > 0 || quoted):
			if depth == 0 && i+1 < len(s) {
				b.WriteByte(c)
				b.WriteByte(s[i+1])
			}
			i++
		case depth == 0 && c == '"':
			quoted = !quoted
			b.WriteByte(c)
		case !quoted && c == '(':
			if depth == 0 {
				b.WriteByte(' ')
			}
			depth++
		case depth > 0 && c == ')':
			depth--
		case depth == 0:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// authenticate sets the sender authentication flags on p.m: mail from an
// Amazon relay or system address whose verdict is failed is flagged. It
// runs after analyse, which sets the sender.
func (p *parser) authenticate(opts ParseOptions) {
	m := p.m
	if m.Sender != aftersale.SenderBuyer && m.Sender != aftersale.SenderAmazon {
		return
	}
	r := checkAuth(p.hdr.Values("Authentication-Results"), m.FromAddr, opts.AuthServIDs)
	if r.Verdict == AuthFailed {
		p.flag(FlagAuthFailed)
		p.flag(AuthDetailPrefix + r.Detail())
	}
}
