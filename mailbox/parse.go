package mailbox

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // registers every charset with go-message (docs/dependencies.md)
	"github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"
	"golang.org/x/text/encoding/charmap"

	"github.com/aftersale/aftersale"
)

// ParserVersion is stored with every parsed message. Bump it when Parse
// extracts something differently, so that re-parsing is an explicit job.
//
// Version 4 reads Authentication-Results (FlagAuthFailed). Version 5
// finds the buyer's words by the shape of Amazon's wrapper lines in every
// marketplace language (extract), and sets FlagNoBuyerText whenever the
// wrapper holds none. Version 6 flags a buyer's relay alias found only in
// Reply-To (FlagRelayViaReplyTo).
const ParserVersion = 6

// Parse flags, stored in aftersale.Message.Flags (sorted, no duplicates).
const (
	FlagUnknownCharset     = "unknown_charset"             // a charset label go-message does not know; raw bytes kept
	FlagUnknownEncoding    = "unknown_encoding"            // an unknown Content-Transfer-Encoding
	FlagCharsetGuessed     = "charset_guessed"             // undeclared 8-bit text decoded as windows-1252
	FlagCharsetMislabelled = "charset_mislabelled"         // the declared charset was wrong; the text was read as UTF-8
	FlagHTMLOnly           = "html_only"                   // no text/plain part: the HTML was converted
	FlagNoText             = "no_text"                     // no readable text part at all
	FlagHeaderError        = "header_error"                // a malformed header line was skipped
	FlagBodyError          = "body_error"                  // a part body could not be read to its end
	FlagTruncatedMultipart = "truncated_multipart"         // a multipart ended early (missing boundary)
	FlagBadMultipart       = "bad_multipart"               // multipart without readable parts: body read as text
	FlagTooManyParts       = "too_many_parts"              // more than maxParts parts; the rest ignored
	FlagTextTruncated      = "text_truncated"              // text longer than maxTextBytes; cut
	FlagBadDate            = "bad_date"                    // Date header present but unreadable
	FlagBadAddress         = "bad_address"                 // an address header needed the lenient fallback
	FlagNoBuyerText        = aftersale.FlagNoBuyerText     // Amazon's wrapper recognised, no words of the buyer in it
	FlagTooLarge           = "too_large"                   // set by the poller: only the header was fetched
	FlagRelayViaReplyTo    = aftersale.FlagRelayViaReplyTo // the relay alias only in Reply-To
	// FlagAuthFailed marks mail from an Amazon relay or system address
	// whose sender authentication failed (auth.go): it may be forged. A
	// second flag, AuthDetailPrefix followed by the results, comes with it.
	FlagAuthFailed = "auth_failed"
)

const (
	maxHeaderBytes = 1 << 20 // header block larger than this is cut (go-message's default limit)
	maxParts       = 1000    // parts walked per message
	maxDepth       = 50      // multipart nesting followed
	maxTextBytes   = 1 << 20 // decoded text kept per message
	maxHTMLBytes   = 2 << 20 // HTML handed to htmlToText
)

// Parse is ParseWith without per-account options: the topmost
// Authentication-Results field is the one read (see ParseOptions).
func Parse(raw []byte) (aftersale.Message, error) {
	return ParseWith(raw, ParseOptions{})
}

// ParseWith reads one raw RFC 5322 message. It never panics and never does I/O.
//
// Damage that still leaves a readable message (unknown charsets, bare LF,
// missing closing boundaries, malformed header lines, undecodable parts) is
// tolerated: what could be read is kept and m.Flags says what went wrong.
// Parse returns an error only when the input has no readable header at all,
// or on an internal failure; the returned Message then has ParseErr set and
// holds whatever was read (for headerless input, the bytes as text).
//
// Mail from an Amazon relay or system address whose sender authentication
// failed (see CheckAuth) is flagged FlagAuthFailed; it is kept and parsed
// like any other.
func ParseWith(raw []byte, opts ParseOptions) (m aftersale.Message, err error) {
	p := &parser{m: &m}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parsing message: internal error: %v", r)
		}
		m.Flags = p.flags()
		if err != nil {
			m.ParseErr = err.Error()
		}
	}()
	m.ParserVersion = ParserVersion
	m.Size = len(raw)
	return m, p.parse(raw, opts)
}

// errNoHeader is returned for input without a single header field.
var errNoHeader = errors.New("parsing message: no header fields")

type parser struct {
	m        *aftersale.Message
	flagSet  map[string]bool
	hdr      mail.Header
	charset  string // first declared text charset: a guess for raw 8-bit headers
	plain    []string
	html     []string
	textSize int
}

func (p *parser) flag(f string) {
	if p.flagSet == nil {
		p.flagSet = make(map[string]bool)
	}
	p.flagSet[f] = true
}

func (p *parser) flags() []string {
	if len(p.flagSet) == 0 {
		return nil
	}
	fs := make([]string, 0, len(p.flagSet))
	for f := range p.flagSet {
		fs = append(fs, f)
	}
	slices.Sort(fs)
	return fs
}

func (p *parser) parse(raw []byte, opts ParseOptions) error {
	head, body, bad := splitHeader(raw)
	if bad {
		p.flag(FlagHeaderError)
	}
	h, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(head)))
	if err != nil {
		p.flag(FlagHeaderError)
	}
	if h.Len() == 0 {
		// Nothing that looks like a message: keep the bytes as text so a
		// person can read what arrived.
		p.m.Text = capText(toUTF8(raw, ""))
		return errNoHeader
	}
	p.hdr = mail.Header{Header: message.Header{Header: h}}
	if _, params, err := p.hdr.ContentType(); err == nil {
		p.charset = params["charset"]
	}

	p.readBody(body)
	p.readHeaders()
	p.finishText()
	p.analyse()
	p.authenticate(opts)
	return nil
}

// splitHeader returns the header block (ending with an empty line) and the
// body. Malformed header lines are dropped (bad=true); a malformed line
// followed by no further header line is taken as the start of a body that
// lacks its separating empty line. A leading mbox "From " line is skipped.
func splitHeader(raw []byte) (head, body []byte, bad bool) {
	rest := bytes.TrimPrefix(raw, []byte("\ufeff"))
	if bytes.HasPrefix(rest, []byte("From ")) {
		_, rest = cutLine(rest)
	}
	var out bytes.Buffer
	seen := false // a header field was kept, so continuation lines may follow
	for len(rest) > 0 {
		if out.Len() > maxHeaderBytes {
			bad = true
			break
		}
		line, next := cutLine(rest)
		trimmed := bytes.TrimRight(line, "\r\n")
		switch {
		case len(trimmed) == 0:
			out.WriteString("\r\n")
			return out.Bytes(), next, bad
		case trimmed[0] == ' ' || trimmed[0] == '\t':
			if seen {
				out.Write(trimmed)
				out.WriteString("\r\n")
			} else {
				bad = true
			}
		case isHeaderLine(trimmed):
			seen = true
			out.Write(trimmed)
			out.WriteString("\r\n")
		default:
			bad = true
			// Junk before the first field (an SMTP transcript, a
			// forwarding banner) may span a few lines; later, one
			// malformed line is dropped only if a field follows it.
			lookahead := 1
			if !seen && out.Len() == 0 {
				lookahead = 5
			}
			if !headerWithin(next, lookahead) {
				// The body starts here, without an empty line before it.
				out.WriteString("\r\n")
				return out.Bytes(), rest, bad
			}
			seen = false // continuation lines of a dropped line are dropped too
		}
		rest = next
	}
	out.WriteString("\r\n")
	return out.Bytes(), rest, bad
}

// cutLine splits b after the first '\n'.
func cutLine(b []byte) (line, rest []byte) {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i+1], b[i+1:]
	}
	return b, nil
}

// isHeaderLine reports whether line is "field-name:" (RFC 5322 §2.2, with
// spaces before the colon tolerated as they occur in the wild).
func isHeaderLine(line []byte) bool {
	i := bytes.IndexByte(line, ':')
	if i <= 0 {
		return false
	}
	name := bytes.TrimRight(line[:i], " \t")
	if len(name) == 0 {
		return false
	}
	for _, c := range name {
		if c < 33 || c > 126 {
			return false
		}
	}
	return true
}

// headerWithin reports whether one of the next n non-continuation lines
// of b, before an empty line, is a header line.
func headerWithin(b []byte, n int) bool {
	for len(b) > 0 && n > 0 {
		line, rest := cutLine(b)
		t := bytes.TrimRight(line, "\r\n")
		if len(t) == 0 {
			return false
		}
		if t[0] != ' ' && t[0] != '\t' {
			if isHeaderLine(t) {
				return true
			}
			n--
		}
		b = rest
	}
	return false
}

// readBody walks every MIME part depth-first, keeping text/plain and
// text/html bodies and attachment names. A multipart that ends early (a
// missing closing boundary) is flagged and left; reading continues in the
// enclosing multipart, so what was read is kept.
func (p *parser) readBody(body []byte) {
	e, err := message.New(p.hdr.Header, bytes.NewReader(body))
	p.partErr(err)
	if e == nil {
		p.flag(FlagBodyError)
		return
	}
	top := e.MultipartReader()
	if top == nil {
		p.readPart(e)
		return
	}
	stack := []message.MultipartReader{top}
	parts := 0
	for len(stack) > 0 {
		if parts >= maxParts {
			p.flag(FlagTooManyParts)
			break
		}
		mr := stack[len(stack)-1]
		pe, err := mr.NextPart()
		if err == io.EOF {
			stack = stack[:len(stack)-1]
			continue
		}
		if pe == nil || err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
			p.flag(FlagTruncatedMultipart)
			stack = stack[:len(stack)-1]
			continue
		}
		p.partErr(err)
		parts++
		if sub := pe.MultipartReader(); sub != nil {
			if len(stack) >= maxDepth {
				p.flag(FlagTooManyParts)
				continue
			}
			stack = append(stack, sub)
			continue
		}
		p.readPart(pe)
	}
	if parts == 0 {
		// A multipart type without a readable boundary: read it as text.
		delete(p.flagSet, FlagTruncatedMultipart)
		p.flag(FlagBadMultipart)
		p.addText("text/plain", toUTF8(body, p.charset))
	}
}

func (p *parser) partErr(err error) {
	switch {
	case err == nil:
	case message.IsUnknownCharset(err):
		p.flag(FlagUnknownCharset)
	case message.IsUnknownEncoding(err):
		p.flag(FlagUnknownEncoding)
	}
}

// readPart reads one leaf entity: text/plain or text/html that is not an
// attachment is kept as text, anything else is noted as an attachment
// (name only, the body is not read).
func (p *parser) readPart(e *message.Entity) {
	h := e.Header
	ct, params, err := h.ContentType()
	if err != nil {
		// go-message returns the raw value; keep its media type.
		ct, _, _ = strings.Cut(ct, ";")
	}
	ct = strings.ToLower(strings.TrimSpace(ct))
	disp, _, _ := h.ContentDisposition()
	disp = strings.ToLower(disp)
	ah := mail.AttachmentHeader{Header: h}
	name, _ := ah.Filename()
	name = headerText(name, p.charset)

	isText := (ct == "text/plain" || ct == "text/html" || ct == "") && disp != "attachment"
	if !isText {
		if name == "" {
			name = "(" + ct + ")"
		}
		p.m.Attachments = append(p.m.Attachments, name)
		return
	}
	cs := params["charset"]
	if p.charset == "" {
		p.charset = cs
	}
	limit := int64(maxTextBytes)
	if ct == "text/html" {
		limit = maxHTMLBytes
	}
	b, err := io.ReadAll(io.LimitReader(e.Body, limit+1))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			p.flag(FlagTruncatedMultipart)
		} else {
			p.flag(FlagBodyError)
		}
	}
	if int64(len(b)) > limit {
		b = b[:limit]
		p.flag(FlagTextTruncated)
	}
	s := string(b)
	switch {
	case !utf8.ValidString(s):
		// Undeclared (or unknown) charset with 8-bit bytes.
		s = toUTF8(b, "")
		p.flag(FlagCharsetGuessed)
	case isASCIILabel(cs) && !isASCII(s):
		// Declared us-ascii, holding (valid) UTF-8: kept as UTF-8.
		p.flag(FlagCharsetMislabelled)
	case isLatinLabel(cs):
		if fixed, ok := repairMojibake(s); ok {
			s = fixed
			p.flag(FlagCharsetMislabelled)
		}
	}
	if ct == "" {
		ct = "text/plain"
	}
	p.addText(ct, s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isLatinLabel reports the single-byte Western labels under which UTF-8
// text is most often mislabelled.
func isLatinLabel(cs string) bool {
	switch strings.ToLower(strings.TrimSpace(cs)) {
	case "iso-8859-1", "iso8859-1", "latin1", "l1", "iso-8859-15", "latin-9", "windows-1252", "cp1252":
		return true
	}
	return false
}

// repairMojibake undoes UTF-8 text decoded as Latin-1/windows-1252
// ("GrÃ¶ÃŸe" → "Größe"): when s maps back to bytes that are valid UTF-8
// with multi-byte sequences, those bytes were the real text. Genuine
// Latin-1 text (a lone "é") is almost never valid UTF-8 this way.
func repairMojibake(s string) (string, bool) {
	if isASCII(s) || !strings.ContainsAny(s, "ÃÂâÅÄ") {
		return "", false
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		c, ok := latinByte(r)
		if !ok {
			return "", false
		}
		b = append(b, c)
	}
	if !utf8.Valid(b) || isASCII(string(b)) {
		return "", false
	}
	return string(b), true
}

// latinByte maps r back to its windows-1252 byte (ISO-8859-1 C1 controls
// map to themselves, as go-message's Latin-1 decoder produces them).
func latinByte(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	if b, ok := charmap.Windows1252.EncodeRune(r); ok {
		return b, true
	}
	return 0, false
}

func (p *parser) addText(ct, s string) {
	if p.textSize+len(s) > maxTextBytes {
		p.flag(FlagTextTruncated)
		n := max(maxTextBytes-p.textSize, 0)
		s = strings.ToValidUTF8(s[:min(n, len(s))], "")
	}
	p.textSize += len(s)
	if ct == "text/html" {
		p.html = append(p.html, s)
	} else {
		p.plain = append(p.plain, s)
	}
}

// finishText chooses the text: text/plain preferred, else HTML converted.
func (p *parser) finishText() {
	var text string
	for _, s := range p.plain {
		if strings.TrimSpace(s) == "" {
			continue
		}
		if text != "" {
			text += "\n\n"
		}
		text += s
	}
	if text == "" {
		for _, s := range p.html {
			t := htmlToText(s)
			if strings.TrimSpace(t) == "" {
				continue
			}
			if text != "" {
				text += "\n\n"
			}
			text += t
		}
		if text != "" {
			p.flag(FlagHTMLOnly)
		}
	}
	if strings.TrimSpace(text) == "" {
		p.flag(FlagNoText)
		text = ""
	}
	p.m.Text = normalizeText(text)
}

// normalizeText turns CRLF and CR into LF, drops a BOM, trailing blanks
// and control characters other than tab and newline (NUL, the ESC of
// terminal escape sequences, BEL, DEL, C1), so that buyer text shown in a
// terminal or written to a log cannot drive the terminal.
func normalizeText(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' || r >= 0x7f && r <= 0x9f {
			return -1
		}
		return r
	}, s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

// capText cuts s to maxTextBytes and drops control characters other than
// tab and newline: used for input that is not a message at all.
func capText(s string) string {
	if len(s) > maxTextBytes {
		s = strings.ToValidUTF8(s[:maxTextBytes], "")
	}
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f {
			return -1
		}
		return r
	}, s)
	return normalizeText(s)
}

// addFlag returns flags with f added, sorted, without duplicates.
func addFlag(flags []string, f string) []string {
	if slices.Contains(flags, f) {
		return flags
	}
	flags = append(slices.Clone(flags), f)
	slices.Sort(flags)
	return flags
}

// messageIDOf returns the Message-ID of raw without angle brackets, reading
// only the header; "" if there is none.
func messageIDOf(raw []byte) string {
	head, _, _ := splitHeader(raw)
	h, _ := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(head)))
	mh := mail.Header{Header: message.Header{Header: h}}
	if id, err := mh.MessageID(); err == nil && id != "" {
		return id
	}
	return firstMsgID(mh.Get("Message-Id"))
}
