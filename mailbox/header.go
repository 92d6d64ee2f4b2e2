package mailbox

import (
	"bytes"
	"io"
	"mime"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding/charmap"
)

// lenientWordDecoder decodes RFC 2047 encoded words in every charset
// go-message knows (docs/dependencies.md: go-imap trap 5, go-message) and passes the bytes of an
// unknown charset through unchanged, for headerText to repair.
var lenientWordDecoder = &mime.WordDecoder{CharsetReader: func(cs string, r io.Reader) (io.Reader, error) {
	if d, err := charset.Reader(cs, r); err == nil {
		return d, nil
	}
	return r, nil
}}

// readHeaders fills the header fields of p.m from p.hdr.
func (p *parser) readHeaders() {
	h := &p.hdr
	m := p.m

	subj, err := h.Subject()
	if err != nil {
		p.partErr(err)
		subj = p.decodeLenient(h.Get("Subject"))
	}
	m.Subject = collapseSpace(headerText(subj, p.charset))

	if id, err := h.MessageID(); err == nil && id != "" {
		m.MessageID = id
	} else {
		m.MessageID = firstMsgID(h.Get("Message-Id"))
	}
	m.InReplyTo = p.msgIDList("In-Reply-To")
	m.References = p.msgIDList("References")

	if from := p.addresses("From"); len(from) > 0 {
		m.FromName = from[0].Name
		m.FromAddr = from[0].Address
	}
	if rt := p.addresses("Reply-To"); len(rt) > 0 {
		m.ReplyTo = rt[0].Address
	}
	for _, a := range p.addresses("To") {
		m.To = append(m.To, a.Address)
	}

	if v := h.Get("Date"); v != "" {
		d, err := h.Date()
		if err != nil {
			d, err = parseDateLenient(v)
		}
		if err != nil {
			p.flag(FlagBadDate)
		} else {
			m.Date = d.UTC()
		}
	}
}

// decodeLenient decodes encoded words, reading those in an unknown charset
// as raw bytes; malformed words stay as they are.
func (p *parser) decodeLenient(v string) string {
	s, err := lenientWordDecoder.DecodeHeader(v)
	if err != nil {
		return v
	}
	return s
}

var msgIDRe = regexp.MustCompile(`<([^<>\s]+)>`)

// msgIDList parses In-Reply-To or References, falling back to every
// <...> token (or bare tokens) when the strict RFC 5322 parser fails.
func (p *parser) msgIDList(key string) []string {
	ids, err := p.hdr.MsgIDList(key)
	if err == nil {
		return ids
	}
	v := p.hdr.Get(key)
	var out []string
	for _, m := range msgIDRe.FindAllStringSubmatch(v, -1) {
		out = append(out, m[1])
	}
	if len(out) == 0 {
		for _, f := range strings.Fields(v) {
			if strings.Contains(f, "@") {
				out = append(out, strings.Trim(f, "<>,;\""))
			}
		}
	}
	return out
}

// firstMsgID returns the first message id in v without angle brackets.
func firstMsgID(v string) string {
	if m := msgIDRe.FindStringSubmatch(v); m != nil {
		return m[1]
	}
	return strings.Trim(strings.TrimSpace(v), "<>")
}

// address is a decoded address with a lower-cased Address.
type address struct{ Name, Address string }

// addresses parses an address-list header. When net/mail refuses it, a
// lenient fallback extracts what looks like name <addr> pairs.
func (p *parser) addresses(key string) []address {
	v := p.hdr.Get(key)
	if strings.TrimSpace(v) == "" {
		return nil
	}
	var out []address
	list, err := p.hdr.AddressList(key)
	if err == nil {
		for _, a := range list {
			name := a.Name
			if strings.Contains(name, "=?") {
				// An encoded word inside a quoted string: RFC 2047 §5
				// forbids it, many mailers write it, readers decode it.
				name = p.decodeLenient(name)
			}
			out = append(out, address{
				Name:    collapseSpace(headerText(name, p.charset)),
				Address: strings.ToLower(a.Address),
			})
		}
		return out
	}
	if message.IsUnknownCharset(err) {
		p.flag(FlagUnknownCharset)
	}
	p.flag(FlagBadAddress)
	for _, part := range splitAddressList(v) {
		if a, ok := lenientAddress(part); ok {
			a.Name = collapseSpace(headerText(p.decodeLenient(a.Name), p.charset))
			out = append(out, a)
		}
	}
	return out
}

// splitAddressList splits at commas outside quotes and angle brackets.
func splitAddressList(v string) []string {
	var out []string
	var cur strings.Builder
	quoted, angle := false, false
	for _, r := range v {
		switch {
		case r == '"':
			quoted = !quoted
		case r == '<' && !quoted:
			angle = true
		case r == '>' && !quoted:
			angle = false
		case (r == ',' || r == ';') && !quoted && !angle:
			out = append(out, cur.String())
			cur.Reset()
			continue
		}
		cur.WriteRune(r)
	}
	return append(out, cur.String())
}

var bareAddrRe = regexp.MustCompile(`[^\s<>()"',;:]+@[^\s<>()"',;:]+`)

// lenientAddress reads "Name <addr>", "addr (Name)" or a bare addr.
func lenientAddress(s string) (address, bool) {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '<'); i >= 0 {
		rest := s[i+1:]
		j := strings.IndexByte(rest, '>')
		if j < 0 {
			j = len(rest)
		}
		addr := strings.TrimSpace(rest[:j])
		if addr == "" || strings.ContainsAny(addr, " \t") {
			return address{}, false
		}
		name := strings.Trim(strings.TrimSpace(s[:i]), `"' `)
		return address{Name: name, Address: strings.ToLower(addr)}, true
	}
	addr := bareAddrRe.FindString(s)
	if addr == "" {
		return address{}, false
	}
	name := ""
	if i, j := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')'); i >= 0 && j > i {
		name = strings.TrimSpace(s[i+1 : j])
	}
	return address{Name: name, Address: strings.ToLower(strings.Trim(addr, "."))}, true
}

var dateLayouts = []string{
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05",
	"Mon, 2 Jan 06 15:04:05 -0700",
	"Mon 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 -0700 (MST)",
	"Mon Jan 2 15:04:05 2006",
	"Mon Jan 2 15:04:05 -0700 2006",
	"2006-01-02 15:04:05 -0700",
	time.RFC3339,
}

var dateCommentRe = regexp.MustCompile(`\s*\([^)]*\)\s*$`)

// parseDateLenient tries common malformed Date layouts.
func parseDateLenient(v string) (time.Time, error) {
	v = collapseSpace(v)
	var err error
	for _, s := range []string{v, dateCommentRe.ReplaceAllString(v, "")} {
		for _, l := range dateLayouts {
			var t time.Time
			if t, err = time.Parse(l, s); err == nil {
				return t, nil
			}
		}
	}
	return time.Time{}, err
}

// headerText repairs header text that was not RFC 2047 encoded: raw
// ISO-2022-JP escape sequences, or raw 8-bit bytes (decoded with the
// message's declared charset, else windows-1252).
func headerText(s, guess string) string {
	if strings.Contains(s, "\x1b$") || strings.Contains(s, "\x1b(") {
		if t, err := decodeCharset([]byte(s), "iso-2022-jp"); err == nil {
			return t
		}
	}
	if utf8.ValidString(s) {
		return s
	}
	return toUTF8([]byte(s), guess)
}

// toUTF8 returns b as UTF-8: unchanged if valid, else decoded with the
// charset cs when known, else as windows-1252 (which maps every byte).
func toUTF8(b []byte, cs string) string {
	if utf8.Valid(b) {
		return string(b)
	}
	if cs != "" && !isASCIILabel(cs) && !isUTF8Label(cs) {
		if t, err := decodeCharset(b, cs); err == nil {
			return t
		}
	}
	t, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\ufffd")
	}
	return string(t)
}

func decodeCharset(b []byte, cs string) (string, error) {
	r, err := charset.Reader(cs, bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return "", err
	}
	return strings.ToValidUTF8(string(out), "\ufffd"), nil
}

func isASCIILabel(cs string) bool {
	switch strings.ToLower(cs) {
	case "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us":
		return true
	}
	return false
}

func isUTF8Label(cs string) bool {
	switch strings.ToLower(cs) {
	case "utf-8", "utf8":
		return true
	}
	return false
}

// collapseSpace joins runs of white space (including folding) into one
// space and trims. Control characters (C0, DEL, C1: NUL, terminal escape
// sequences' ESC, a CR or LF decoded from an encoded word) are white space
// here too, so a decoded subject or name is one plain line that cannot
// fold a header or drive a terminal.
func collapseSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r < 0x20 || r >= 0x7f && r <= 0x9f
	}), " ")
}
