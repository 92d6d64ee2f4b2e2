package demo

import (
	"bytes"
	"encoding/base64"
	"encoding/csv"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/aftersale/aftersale"
	_ "github.com/emersion/go-message/charset"
	gomail "github.com/emersion/go-message/mail"
	"golang.org/x/text/encoding/htmlindex"
)

func mustMails(t *testing.T) []Mail {
	t.Helper()
	ms, err := Mails()
	if err != nil {
		t.Fatalf("Mails: %v", err)
	}
	if len(ms) < 24 {
		t.Fatalf("Mails() = %d mails, want at least 24", len(ms))
	}
	return ms
}

func mustSamples(t *testing.T) map[string]Sample {
	t.Helper()
	ss, err := Samples()
	if err != nil {
		t.Fatalf("Samples: %v", err)
	}
	out := map[string]Sample{}
	for _, s := range ss {
		if _, dup := out[s.File]; dup {
			t.Fatalf("Samples() lists %s twice", s.File)
		}
		out[s.File] = s
	}
	return out
}

func TestMailsSortedAndListedInManifest(t *testing.T) {
	ms := mustMails(t)
	samples := mustSamples(t)
	for i, m := range ms {
		if i > 0 && ms[i-1].Name >= m.Name {
			t.Errorf("Mails() not sorted: %s before %s", ms[i-1].Name, m.Name)
		}
		if _, ok := samples[m.Name]; !ok {
			t.Errorf("mail %s is not in samples.tsv", m.Name)
		}
	}
	if len(samples) != len(ms) {
		t.Errorf("samples.tsv lists %d mails, %d are embedded", len(samples), len(ms))
	}
}

func TestManifestCoversPlaybook(t *testing.T) {
	samples := mustSamples(t)
	cases := map[aftersale.Case]bool{}
	subs := map[aftersale.SubReason]bool{}
	notices := map[aftersale.Notice]bool{}
	var unknown, noOrder, human int
	for _, s := range samples {
		cases[s.Case] = true
		subs[s.SubReason] = true
		notices[s.Notice] = true
		switch s.OrderState {
		case "unknown":
			unknown++
		case "none":
			noOrder++
		}
		if s.NeedsHuman {
			human++
		}
		if s.SubReason != aftersale.SubNone && s.Case != aftersale.CaseReturnDissatisfied {
			t.Errorf("%s: sub-reason %q on case %q", s.File, s.SubReason, s.Case)
		}
	}
	for _, c := range aftersale.Cases() {
		if !cases[c] {
			t.Errorf("no sample for case %s", c)
		}
	}
	for _, sr := range aftersale.SubReasons() {
		if !subs[sr] {
			t.Errorf("no sample for sub-reason %s", sr)
		}
	}
	for _, n := range []aftersale.Notice{aftersale.NoticeCancellation, aftersale.NoticeReturnRequest,
		aftersale.NoticeRefund, aftersale.NoticeAtoZ, aftersale.NoticeAutoReply} {
		if !notices[n] {
			t.Errorf("no sample for notice %s", n)
		}
	}
	if unknown == 0 || noOrder == 0 || human == 0 {
		t.Errorf("samples with unknown order, no order, needs human = %d, %d, %d; want each > 0", unknown, noOrder, human)
	}
}

// TestMailsParse checks the RFC 5322 structure with net/mail and a full
// decode with go-message and its charset tables.
func TestMailsParse(t *testing.T) {
	ids := map[string]string{}
	for _, m := range mustMails(t) {
		t.Run(m.Name, func(t *testing.T) {
			if i := bareLF(m.Raw); i >= 0 {
				t.Errorf("bare LF at byte %d; want CRLF line ends", i)
			}
			for n, line := range bytes.Split(m.Raw, []byte("\r\n")) {
				if len(line) > 998 {
					t.Errorf("line %d is %d bytes, RFC 5322 allows 998", n+1, len(line))
				}
			}

			msg, err := mail.ReadMessage(bytes.NewReader(m.Raw))
			if err != nil {
				t.Fatalf("net/mail.ReadMessage: %v", err)
			}
			if _, err := msg.Header.Date(); err != nil {
				t.Errorf("Date header: %v", err)
			}
			id := msg.Header.Get("Message-ID")
			if !regexp.MustCompile(`^<[^<>\s@]+@[^<>\s@]+>$`).MatchString(id) {
				t.Errorf("Message-ID = %q, want <local@domain>", id)
			}
			if other, dup := ids[id]; dup {
				t.Errorf("Message-ID %s also used by %s", id, other)
			}
			ids[id] = m.Name
			for _, h := range []string{"From", "To", "Subject", "MIME-Version"} {
				if msg.Header.Get(h) == "" {
					t.Errorf("header %s missing", h)
				}
			}

			mr, err := gomail.CreateReader(bytes.NewReader(m.Raw))
			if err != nil {
				t.Fatalf("go-message CreateReader: %v", err)
			}
			subj, err := mr.Header.Subject()
			if err != nil {
				t.Errorf("decode Subject: %v", err)
			}
			from, err := mr.Header.AddressList("From")
			if err != nil || len(from) != 1 {
				t.Fatalf("decode From = %v, %v; want one address", from, err)
			}
			if strings.ContainsRune(subj+from[0].Name, utf8.RuneError) {
				t.Errorf("decoded Subject %q / From name %q contain U+FFFD", subj, from[0].Name)
			}
			text := 0
			for {
				p, err := mr.NextPart()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("NextPart: %v", err)
				}
				b, err := io.ReadAll(p.Body)
				if err != nil {
					t.Fatalf("read part: %v", err)
				}
				if h, ok := p.Header.(*gomail.InlineHeader); ok {
					ct, _, _ := h.ContentType()
					if strings.HasPrefix(ct, "text/") {
						text++
						if !utf8.Valid(b) || bytes.ContainsRune(b, utf8.RuneError) {
							t.Errorf("decoded %s part is not clean UTF-8", ct)
						}
					}
				}
			}
			if text == 0 {
				t.Error("no text part")
			}
		})
	}
}

func bareLF(b []byte) int {
	for i, c := range b {
		if c == '\n' && (i == 0 || b[i-1] != '\r') {
			return i
		}
	}
	return -1
}

// textPart is one text/* part with its bytes after transfer decoding but
// before any charset conversion.
type textPart struct {
	ctype, charset string
	raw            []byte
}

// rawTextParts walks m with the standard library only, so that no charset
// table can hide a wrong label.
func rawTextParts(t *testing.T, raw []byte) []textPart {
	t.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("ReadMessage: %v", err)
	}
	var out []textPart
	var walk func(ctype, cte string, body io.Reader)
	walk = func(ctype, cte string, body io.Reader) {
		mt, params, err := mime.ParseMediaType(ctype)
		if err != nil {
			t.Fatalf("Content-Type %q: %v", ctype, err)
		}
		if strings.HasPrefix(mt, "multipart/") {
			mr := multipart.NewReader(body, params["boundary"])
			for {
				p, err := mr.NextRawPart()
				if err == io.EOF {
					return
				}
				if err != nil {
					t.Fatalf("multipart: %v", err)
				}
				walk(p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"), p)
			}
		}
		if !strings.HasPrefix(mt, "text/") {
			return
		}
		var r io.Reader = body
		switch strings.ToLower(cte) {
		case "base64":
			r = base64.NewDecoder(base64.StdEncoding, body)
		case "quoted-printable":
			r = quotedprintable.NewReader(body)
		case "", "7bit", "8bit":
		default:
			t.Fatalf("unexpected Content-Transfer-Encoding %q", cte)
		}
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("transfer-decode %s (%s): %v", mt, cte, err)
		}
		out = append(out, textPart{ctype: mt, charset: params["charset"], raw: b})
	}
	walk(msg.Header.Get("Content-Type"), msg.Header.Get("Content-Transfer-Encoding"), msg.Body)
	return out
}

// TestCharsetsAreTruthful checks that every text part declares the
// manifest's charset and that its bytes really are in that charset.
func TestCharsetsAreTruthful(t *testing.T) {
	samples := mustSamples(t)
	mojibake := []string{"Ã", "â€", "ï¿½", "Â£", "Â "}
	for _, m := range mustMails(t) {
		t.Run(m.Name, func(t *testing.T) {
			s := samples[m.Name]
			parts := rawTextParts(t, m.Raw)
			if len(parts) == 0 {
				t.Fatal("no text part")
			}
			for _, p := range parts {
				if !strings.EqualFold(p.charset, s.Charset) {
					t.Errorf("%s declares charset %q, manifest says %q", p.ctype, p.charset, s.Charset)
				}
				enc, err := htmlindex.Get(p.charset)
				if err != nil {
					t.Fatalf("charset %q unknown: %v", p.charset, err)
				}
				dec, err := enc.NewDecoder().Bytes(p.raw)
				if err != nil {
					t.Fatalf("decode as %s: %v", p.charset, err)
				}
				text := string(dec)
				if strings.ContainsRune(text, utf8.RuneError) {
					t.Errorf("decoding as %s yields U+FFFD: the bytes are not in that charset", p.charset)
				}
				for _, bad := range mojibake {
					if strings.Contains(text, bad) {
						t.Errorf("decoding as %s yields mojibake %q", p.charset, bad)
					}
				}
				eightBit := bytes.IndexFunc(p.raw, func(r rune) bool { return r >= 0x80 || r == utf8.RuneError }) >= 0
				switch strings.ToLower(p.charset) {
				case "utf-8":
					if !utf8.Valid(p.raw) {
						t.Errorf("declared UTF-8 but bytes are not valid UTF-8")
					}
				case "iso-2022-jp":
					if eightBit || !bytes.Contains(p.raw, []byte("\x1b$B")) {
						t.Errorf("declared ISO-2022-JP but bytes are 8-bit or have no JIS escape")
					}
				default:
					if !eightBit {
						t.Errorf("declared %s but the text is pure ASCII: the label proves nothing", p.charset)
					} else if utf8.Valid(p.raw) {
						t.Errorf("declared %s but the bytes are valid UTF-8: probably mislabelled", p.charset)
					}
				}
				if strings.EqualFold(p.charset, "GB2312") {
					if err := inGB2312(p.raw); err != nil {
						t.Errorf("declared GB2312: %v", err)
					}
				}
				if want := script(s.Language); want != nil && !containsScript(text, want) {
					t.Errorf("language %s but the decoded text has no %s letters", s.Language, s.Language)
				}
			}
		})
	}
}

// inGB2312 reports an error when b has a double-byte sequence outside the
// EUC-CN range (GBK extensions use lead bytes 0x81-0xA0 or trail bytes < 0xA1).
func inGB2312(b []byte) error {
	for i := 0; i < len(b); i++ {
		if b[i] < 0x80 {
			continue
		}
		if b[i] < 0xA1 || b[i] > 0xF7 || i+1 >= len(b) || b[i+1] < 0xA1 || b[i+1] > 0xFE {
			return fmt.Errorf("byte sequence % x outside GB2312 at offset %d", b[i:min(i+2, len(b))], i)
		}
		i++
	}
	return nil
}

func script(lang string) *unicode.RangeTable {
	switch lang {
	case "ja":
		return unicode.Hiragana
	case "zh":
		return unicode.Han
	}
	return nil
}

func containsScript(s string, tab *unicode.RangeTable) bool {
	for _, r := range s {
		if unicode.Is(tab, r) {
			return true
		}
	}
	return false
}

var (
	orderIDLike = regexp.MustCompile(`\b\d{2,4}-\d{5,9}-\d{5,9}\b`)
	orderID     = regexp.MustCompile(`\b\d{3}-\d{7}-\d{7}\b`)
)

// decodedText returns the decoded subject and all text parts of raw.
func decodedText(t *testing.T, raw []byte) string {
	t.Helper()
	mr, err := gomail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("CreateReader: %v", err)
	}
	subj, _ := mr.Header.Subject()
	var b strings.Builder
	b.WriteString(subj + "\n")
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("NextPart: %v", err)
		}
		body, err := io.ReadAll(p.Body)
		if err != nil {
			t.Fatalf("read part: %v", err)
		}
		if h, ok := p.Header.(*gomail.InlineHeader); ok {
			if ct, _, _ := h.ContentType(); strings.HasPrefix(ct, "text/") {
				b.Write(body)
				b.WriteString("\n")
			}
		}
	}
	return b.String()
}

func TestOrderIDsInMails(t *testing.T) {
	samples := mustSamples(t)
	orders := orderRows(t)
	for _, m := range mustMails(t) {
		t.Run(m.Name, func(t *testing.T) {
			s := samples[m.Name]
			text := decodedText(t, m.Raw)
			for _, id := range orderIDLike.FindAllString(text, -1) {
				if !aftersale.ValidOrderID(id) {
					t.Errorf("mail mentions %q, which is not a 3-7-7 order id", id)
				}
			}
			found := orderID.FindAllString(text, -1)
			if s.OrderID == "" {
				if len(found) != 0 {
					t.Errorf("manifest has no order id but the mail mentions %v", found)
				}
				return
			}
			if !strings.Contains(text, s.OrderID) {
				t.Errorf("manifest order %s is not in the mail", s.OrderID)
			}
			_, known := orders[s.OrderID]
			if known != (s.OrderState != "unknown") {
				t.Errorf("order %s in orders.tsv = %v, manifest state %q", s.OrderID, known, s.OrderState)
			}
			for _, id := range found {
				if _, ok := orders[id]; !ok && s.OrderState != "unknown" {
					t.Errorf("mail mentions order %s, which is not in orders.tsv", id)
				}
			}
		})
	}
}

func readTSV(t *testing.T, name string, data []byte) (header []string, rows [][]string) {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = '\t'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: encoding/csv: %v", name, err)
	}
	if len(recs) < 2 {
		t.Fatalf("%s: %d records, want a header and rows", name, len(recs))
	}
	return recs[0], recs[1:]
}

func column(t *testing.T, name string, header []string, col string) int {
	t.Helper()
	for i, h := range header {
		if h == col {
			return i
		}
	}
	t.Fatalf("%s: no column %q in header %v", name, col, header)
	return -1
}

// orderRows returns orders.tsv keyed by amazon-order-id.
func orderRows(t *testing.T) map[string]map[string]string {
	t.Helper()
	f := OrderFiles()[0]
	header, rows := readTSV(t, f.Name, f.Data)
	out := map[string]map[string]string{}
	for _, row := range rows {
		m := map[string]string{}
		for i, h := range header {
			m[h] = row[i]
		}
		out[m["amazon-order-id"]] = m
	}
	return out
}

func TestOrderFiles(t *testing.T) {
	fs := OrderFiles()
	if len(fs) != 2 || fs[0].Name != "orders.tsv" || fs[1].Name != "shipments.tsv" {
		t.Fatalf("OrderFiles() names = %v, want orders.tsv then shipments.tsv", fs)
	}

	header, rows := readTSV(t, "orders.tsv", fs[0].Data)
	required := []string{"amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date",
		"order-status", "fulfillment-channel", "sales-channel", "order-channel", "ship-service-level",
		"product-name", "sku", "asin", "item-status", "quantity", "currency", "item-price"}
	idx := map[string]int{}
	for _, c := range required {
		idx[c] = column(t, "orders.tsv", header, c)
	}
	seen := map[string]bool{}
	currencies := map[string]bool{}
	channels := map[aftersale.Channel]bool{}
	statuses := map[aftersale.OrderStatus]bool{}
	for n, row := range rows {
		line := n + 2
		id := row[idx["amazon-order-id"]]
		if !aftersale.ValidOrderID(id) {
			t.Errorf("orders.tsv line %d: order id %q is not 3-7-7", line, id)
		}
		if seen[id] {
			t.Errorf("orders.tsv line %d: order %s repeated", line, id)
		}
		seen[id] = true
		st, err := aftersale.ParseOrderStatus(row[idx["order-status"]])
		if err != nil {
			t.Errorf("orders.tsv line %d: %v", line, err)
		}
		statuses[st] = true
		ch, err := aftersale.ParseChannel(row[idx["fulfillment-channel"]])
		if err != nil || ch == aftersale.ChannelUnknown {
			t.Errorf("orders.tsv line %d: fulfillment-channel %q: %v", line, row[idx["fulfillment-channel"]], err)
		}
		channels[ch] = true
		if m, err := aftersale.ParseMoney(row[idx["item-price"]]); err != nil || m <= 0 {
			t.Errorf("orders.tsv line %d: item-price %q = %v, %v", line, row[idx["item-price"]], m, err)
		}
		currencies[row[idx["currency"]]] = true
		for _, c := range []string{"purchase-date", "last-updated-date"} {
			if _, err := time.Parse(time.RFC3339, row[idx[c]]); err != nil {
				t.Errorf("orders.tsv line %d: %s: %v", line, c, err)
			}
		}
		if !regexp.MustCompile(`^B0[A-Z0-9]{8}$`).MatchString(row[idx["asin"]]) {
			t.Errorf("orders.tsv line %d: asin %q", line, row[idx["asin"]])
		}
	}
	for _, c := range []string{"EUR", "GBP", "USD", "JPY"} {
		if !currencies[c] {
			t.Errorf("orders.tsv has no %s order", c)
		}
	}
	if !channels[aftersale.ChannelFBA] || !channels[aftersale.ChannelFBM] {
		t.Errorf("orders.tsv channels = %v, want both FBA and FBM", channels)
	}
	if !statuses[aftersale.StatusShipped] || !statuses[aftersale.StatusUnshipped] {
		t.Errorf("orders.tsv statuses = %v, want shipped and unshipped", statuses)
	}

	orders := orderRows(t)
	sh, srows := readTSV(t, "shipments.tsv", fs[1].Data)
	sidx := map[string]int{}
	for _, c := range []string{"order-id", "order-item-id", "quantity", "ship-date", "carrier-code", "carrier-name", "tracking-number", "ship-method"} {
		sidx[c] = column(t, "shipments.tsv", sh, c)
	}
	for n, row := range srows {
		line := n + 2
		id := row[sidx["order-id"]]
		o, ok := orders[id]
		if !ok {
			t.Errorf("shipments.tsv line %d: order %s not in orders.tsv", line, id)
			continue
		}
		if o["fulfillment-channel"] != "Merchant" || o["order-status"] != "Shipped" {
			t.Errorf("shipments.tsv line %d: order %s is %s/%s, want a shipped Merchant order", line, id, o["fulfillment-channel"], o["order-status"])
		}
		if row[sidx["tracking-number"]] == "" || row[sidx["carrier-code"]] == "" {
			t.Errorf("shipments.tsv line %d: empty carrier or tracking", line)
		}
		if _, err := time.Parse(time.RFC3339, row[sidx["ship-date"]]); err != nil {
			t.Errorf("shipments.tsv line %d: ship-date: %v", line, err)
		}
	}
}
