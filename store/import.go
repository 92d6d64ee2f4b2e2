package store

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/aftersale/aftersale"
)

// Import formats reported in ImportResult.Format.
const (
	FormatOrderReport          = "order_report"          // Seller Central order report flat file
	FormatShipmentConfirmation = "shipment_confirmation" // shipping confirmation upload file
	FormatCSV                  = "csv"                   // aftersale's plain CSV (doc.go)
)

// Import limits. A Seller Central row is a few hundred bytes; a file
// breaking these is refused (a line) or has the row skipped (a cell)
// before its size can cost memory.
const (
	// MaxImportLineBytes is the longest line (row) read; a longer one
	// refuses the whole file, nothing imported.
	MaxImportLineBytes = 64 << 10
	// MaxImportFieldBytes is the longest cell; a row with a longer one is
	// skipped and reported.
	MaxImportFieldBytes = 8 << 10
	// DefaultMaxImportFileBytes is ImportOptions.MaxFileBytes when zero.
	DefaultMaxImportFileBytes = 100 << 20
	// MaxImportRowErrors is how many row errors ImportResult.Errors keeps;
	// Skipped counts them all.
	MaxImportRowErrors = 100
	// maxQuote is how many bytes of a bad value an error quotes.
	maxQuote = 200
)

// ImportOptions are the limits of ImportOrdersWith.
type ImportOptions struct {
	// MaxFileBytes refuses a larger file as a whole (ErrInvalid), nothing
	// imported; 0 means DefaultMaxImportFileBytes.
	MaxFileBytes int64
}

// ImportOrders is ImportOrdersWith with the default limits.
func (db *DB) ImportOrders(ctx context.Context, r io.Reader, name string) (ImportResult, error) {
	return db.ImportOrdersWith(ctx, r, name, ImportOptions{})
}

// ImportOrdersWith reads an order file and merges its facts into the
// orders table (see the package documentation for the three formats,
// detected from the header row). name is recorded as each order's Source.
// The file is read as a stream, one line at a time: a file over
// o.MaxFileBytes or with a line over MaxImportLineBytes is refused as a
// whole. A malformed row (a cell over MaxImportFieldBytes included) is
// skipped and reported in the result's Errors with its line number (the
// first MaxImportRowErrors of them); the rest is imported in one
// transaction. Errors quote at most 200 bytes of a bad value. Importing
// the same file again changes nothing (Created and Updated are 0). The
// returned error is non-nil only when the file as a whole cannot be read,
// is too large or its header is not recognised (wrapping ErrInvalid), or
// the transaction fails; nothing is imported then.
func (db *DB) ImportOrdersWith(ctx context.Context, r io.Reader, name string, o ImportOptions) (ImportResult, error) {
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = DefaultMaxImportFileBytes
	}
	p, err := parseOrderFile(&sizeCap{r: r, max: o.MaxFileBytes})
	if err != nil {
		return ImportResult{}, fmt.Errorf("importing orders from %s: %w", name, err)
	}
	res := ImportResult{Format: p.format, Rows: p.rows, Skipped: p.skipped, Errors: p.errs}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return ImportResult{}, fmt.Errorf("importing orders from %s: %w", name, err)
	}
	defer tx.Rollback()
	now := db.now()
	mode := mergeForward
	if p.format == FormatCSV {
		mode = mergeAll
	}
	for _, id := range p.ids {
		a := p.orders[id]
		o := a.o
		o.Source = name
		created, changed, err := mergeOrder(ctx, tx, o, mode, a.receivedUndated, now)
		if err != nil {
			return ImportResult{}, fmt.Errorf("importing orders from %s: order %s: %w", name, id, err)
		}
		switch {
		case created:
			res.Created++
		case changed:
			res.Updated++
		}
	}
	if err := tx.Commit(); err != nil {
		return ImportResult{}, fmt.Errorf("importing orders from %s: %w", name, err)
	}
	return res, nil
}

// quote is %q of at most maxQuote bytes of s (cut on a rune boundary),
// with its full length when cut: an error never carries a huge value.
func quote(s string) string {
	if len(s) <= maxQuote {
		return strconv.Quote(s)
	}
	cut := maxQuote
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s… (%d bytes)", strconv.Quote(s[:cut]), len(s))
}

// sizeCap reads r and fails once more than max bytes came through.
type sizeCap struct {
	r   io.Reader
	max int64
	n   int64
}

func (c *sizeCap) Read(p []byte) (int, error) {
	if int64(len(p)) > c.max-c.n+1 {
		p = p[:c.max-c.n+1]
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.n > c.max {
		return n, fmt.Errorf("the file is larger than %s (max_file_size): %w", sizeText(c.max), aftersale.ErrInvalid)
	}
	return n, err
}

// sizeText is n bytes as "100 MiB", "64 KiB" or "512 bytes".
func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// lineTooLong is the whole-file error for a line over MaxImportLineBytes.
type lineTooLong struct {
	line  int
	start string // the line's first bytes
}

func (e *lineTooLong) Error() string {
	start := e.start
	for start != "" && !utf8.ValidString(start) {
		start = start[:len(start)-1] // cut on a rune boundary
	}
	return fmt.Sprintf("line %d is longer than %s (it starts %s…): not an order report", e.line, sizeText(MaxImportLineBytes), strconv.Quote(start))
}

func (e *lineTooLong) Unwrap() error { return aftersale.ErrInvalid }

// lineCap passes r through and fails as soon as a line grows longer than
// MaxImportLineBytes, so that nothing reading from it (bufio, csv) ever
// holds more than that of one line. It keeps the start of the current
// line for the error.
type lineCap struct {
	r     io.Reader
	line  int // current line, 1-based
	n     int // bytes of the current line so far
	start []byte
	err   error
}

func (c *lineCap) Read(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	if c.line == 0 {
		c.line = 1
	}
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\n' {
			c.line++
			c.n = 0
			c.start = c.start[:0]
			continue
		}
		c.n++
		if len(c.start) < maxQuote {
			c.start = append(c.start, b)
		}
		if c.n > MaxImportLineBytes {
			c.err = &lineTooLong{line: c.line, start: string(c.start)}
			return i, c.err
		}
	}
	return n, err
}

// parsedFile is an order file read into per-order facts.
type parsedFile struct {
	format  string
	rows    int
	skipped int        // malformed rows
	errs    []RowError // the first MaxImportRowErrors of them
	ids     []string   // order ids in first-seen order
	orders  map[string]*orderAgg
}

// orderAgg collects the rows of one order.
type orderAgg struct {
	o     aftersale.Order
	items int
	// receivedUndated: a return_received cell said yes without a date.
	receivedUndated bool
}

func (p *parsedFile) agg(id string) *orderAgg {
	a, ok := p.orders[id]
	if !ok {
		a = &orderAgg{o: aftersale.Order{ID: id}}
		p.orders[id] = a
		p.ids = append(p.ids, id)
	}
	return a
}

func (p *parsedFile) rowErr(line int, err error) {
	p.skipped++
	if len(p.errs) < MaxImportRowErrors {
		p.errs = append(p.errs, RowError{Line: line, Err: err})
	}
}

// header maps normalised column names onto positions.
type header map[string]int

// colKey normalises a column name: lower case, '_' and ' ' read as '-'.
func colKey(s string) string {
	s = strings.ToLower(strings.Trim(strings.TrimSpace(s), `"`))
	return strings.NewReplacer("_", "-", " ", "-").Replace(s)
}

func newHeader(fields []string) header {
	h := header{}
	for i, f := range fields {
		k := colKey(f)
		if _, dup := h[k]; !dup && k != "" {
			h[k] = i
		}
	}
	return h
}

func (h header) has(names ...string) bool {
	for _, n := range names {
		if _, ok := h[n]; ok {
			return true
		}
	}
	return false
}

// row is one data row with its header.
type row struct {
	h      header
	fields []string
}

// get returns the trimmed value of column name, "" when absent.
func (r row) get(name string) string {
	i, ok := r.h[name]
	if !ok || i >= len(r.fields) {
		return ""
	}
	v := strings.TrimSpace(r.fields[i])
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
		v = strings.TrimSpace(v[1 : len(v)-1])
	}
	return v
}

// parseOrderFile detects the format from the header row and parses every
// data row, reading r one line at a time.
func parseOrderFile(r io.Reader) (*parsedFile, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var in io.Reader = br
	if bom, _ := br.Peek(2); bytes.Equal(bom, []byte{0xff, 0xfe}) || bytes.Equal(bom, []byte{0xfe, 0xff}) {
		// Excel saves "Unicode Text" as UTF-16 with a byte order mark.
		in = transform.NewReader(br, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder())
	}
	text := bufio.NewReaderSize(&lineCap{r: in}, 64<<10)
	if bom, _ := text.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		text.Discard(3)
	}
	head, err := text.Peek(8192)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, readErr(err)
	}
	if kind := binaryKind(head); kind != "" {
		return nil, fmt.Errorf("line 1: this is not a text file (%s): export the report as tab-separated or CSV text: %w", kind, aftersale.ErrInvalid)
	}
	p := &parsedFile{orders: map[string]*orderAgg{}}
	// The header is the first non-blank line.
	line, hi := "", 0
	for {
		l, err := readLine(text)
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil, fmt.Errorf("empty file: %w", aftersale.ErrInvalid)
			}
			return nil, readErr(err)
		}
		hi++
		if strings.TrimSpace(l) != "" {
			line = l
			break
		}
	}
	first := strings.TrimRight(line, "\r\n")
	if !strings.Contains(first, "\t") {
		return parseCSV(p, io.MultiReader(strings.NewReader(first+"\n"), text), hi-1)
	}
	cols := strings.Split(first, "\t")
	h := newHeader(cols)
	var parse func(*parsedFile, row) error
	switch {
	case h.has("amazon-order-id"):
		p.format, parse = FormatOrderReport, parseReportRow
	case h.has("order-id") && h.has("tracking-number", "carrier-code", "carrier-name", "ship-date"):
		p.format, parse = FormatShipmentConfirmation, parseShipmentRow
	default:
		return nil, fmt.Errorf("line %d: unrecognised tab-separated header (want amazon-order-id, or order-id with ship-date/carrier/tracking-number): %w",
			hi, aftersale.ErrInvalid)
	}
	for n := hi + 1; ; n++ {
		l, err := readLine(text)
		if err != nil {
			if errors.Is(err, io.EOF) {
				return p, nil
			}
			return nil, readErr(err)
		}
		l = strings.TrimRight(l, "\r\n")
		if strings.TrimSpace(l) == "" {
			continue
		}
		p.rows++
		fields := strings.Split(l, "\t")
		if err := checkFieldCount(fields, len(cols)); err != nil {
			p.rowErr(n, err)
			continue
		}
		if err := checkFieldSizes(fields, cols); err != nil {
			p.rowErr(n, err)
			continue
		}
		if err := parse(p, row{h: h, fields: fields}); err != nil {
			p.rowErr(n, err)
		}
	}
}

// readLine returns the next line with its "\n" ("" and io.EOF at the end;
// the last line without "\n" and a nil error). A line over
// MaxImportLineBytes fails (lineCap) before it is held.
func readLine(r *bufio.Reader) (string, error) {
	l, err := r.ReadString('\n')
	switch {
	case err == nil:
		return l, nil
	case errors.Is(err, io.EOF) && l != "":
		return l, nil
	}
	return "", err
}

// readErr is a failure to read the file: a line or the file too long
// (whole-file errors of their own), or an I/O error.
func readErr(err error) error {
	var long *lineTooLong
	if errors.As(err, &long) || errors.Is(err, aftersale.ErrInvalid) {
		return err
	}
	return fmt.Errorf("reading the file: %w", err)
}

// checkFieldSizes refuses a row with a cell over MaxImportFieldBytes.
func checkFieldSizes(fields, header []string) error {
	for i, f := range fields {
		if len(f) > MaxImportFieldBytes {
			col := fmt.Sprintf("column %d", i+1)
			if i < len(header) && strings.TrimSpace(header[i]) != "" {
				col = quote(strings.TrimSpace(header[i]))
			}
			return fmt.Errorf("%s is longer than %s: %s: %w", col, sizeText(MaxImportFieldBytes), quote(f), aftersale.ErrInvalid)
		}
	}
	return nil
}

// checkFieldCount accepts a row with as many fields as the header, or more
// when the extra ones are empty (a trailing tab).
func checkFieldCount(fields []string, want int) error {
	if len(fields) < want {
		return fmt.Errorf("row has %d fields, header has %d", len(fields), want)
	}
	for _, f := range fields[want:] {
		if strings.TrimSpace(f) != "" {
			return fmt.Errorf("row has %d fields, header has %d", len(fields), want)
		}
	}
	return nil
}

// parseCSV reads the plain CSV format from r, whose first line is the
// header found on line skip+1 of the file (after skip blank lines).
func parseCSV(p *parsedFile, r io.Reader, skip int) (*parsedFile, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	hf, err := cr.Read()
	if err != nil {
		if e := readErr(err); errors.Is(e, aftersale.ErrInvalid) {
			return nil, e
		}
		return nil, fmt.Errorf("reading csv header: %w: %w", err, aftersale.ErrInvalid)
	}
	h := newHeader(hf)
	if !h.has("order-id") {
		line, _ := cr.FieldPos(0)
		line += skip
		hint := ""
		if len(hf) == 1 {
			for _, sep := range []string{";", "|"} {
				if strings.Contains(hf[0], sep) {
					hint = fmt.Sprintf(" (the columns are separated by %q: use tabs or commas)", sep)
					break
				}
			}
		}
		return nil, fmt.Errorf("line %d: unrecognised header%s: want a tab-separated Amazon order report or shipment confirmation, or a csv with an order_id column: %w",
			line, hint, aftersale.ErrInvalid)
	}
	p.format = FormatCSV
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			p.rows++
			p.rowErr(pe.StartLine+skip, pe.Err)
			continue
		}
		if err != nil {
			return nil, readErr(err)
		}
		line, _ := cr.FieldPos(0)
		line += skip
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		p.rows++
		if err := checkFieldCount(rec, len(hf)); err != nil {
			p.rowErr(line, err)
			continue
		}
		if err := checkFieldSizes(rec, hf); err != nil {
			p.rowErr(line, err)
			continue
		}
		if err := parseCSVRow(p, row{h: h, fields: rec}); err != nil {
			p.rowErr(line, err)
		}
	}
	return p, nil
}

// binaryKind names what a binary file probably is (a spreadsheet, an
// archive), "" for text. A text file has no NUL byte in its first line (a
// NUL in a later row is that row's error).
func binaryKind(data []byte) string {
	head := data[:min(len(data), 8192)]
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return "a zip archive or .xlsx spreadsheet"
	case bytes.HasPrefix(head, []byte("\x1f\x8b")):
		return "gzip-compressed"
	case bytes.HasPrefix(head, []byte("\xd0\xcf\x11\xe0")):
		return "an .xls spreadsheet"
	case bytes.IndexByte(head, 0) >= 0:
		return "it contains NUL bytes"
	}
	return ""
}

// dateLayouts are the date forms order files use; a form without a zone
// is read as UTC.
var dateLayouts = []string{
	time.RFC3339,          // 2017-06-17T08:04:21+00:00, 2017-06-17T08:04:21Z
	"2006-01-02T15:04:05", // no zone
	"2006-01-02 15:04:05", // no zone
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02",
}

// parseDate reads one of dateLayouts; "" is the zero time.
func parseDate(col, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("%s %s is not a date (want RFC 3339 or 2006-01-02): %w", col, quote(s), aftersale.ErrInvalid)
}

// parseReceived reads a return_received cell: a date, or yes/no for a
// seller's sheet that only ticks the return off (undated is true for yes).
func parseReceived(col, s string) (t time.Time, undated bool, err error) {
	if t, err = parseDate(col, s); err == nil {
		return t, false, nil
	}
	if yes, berr := parseBool(col, s); berr == nil {
		return time.Time{}, yes, nil
	}
	return time.Time{}, false, fmt.Errorf("%s %s is not a date (want RFC 3339 or 2006-01-02) or yes/no: %w", col, quote(s), aftersale.ErrInvalid)
}

func parseQuantity(col, s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%s %s is not a quantity: %w", col, quote(s), aftersale.ErrInvalid)
	}
	return n, nil
}

func parseBool(col, s string) (bool, error) {
	switch strings.ToLower(s) {
	case "", "false", "no", "n", "0":
		return false, nil
	case "true", "yes", "y", "1":
		return true, nil
	}
	return false, fmt.Errorf("%s %s is not true or false: %w", col, quote(s), aftersale.ErrInvalid)
}

func orderID(col, s string) (string, error) {
	if !aftersale.ValidOrderID(s) {
		return "", fmt.Errorf("%s %s is not in 3-7-7 form: %w", col, quote(s), aftersale.ErrInvalid)
	}
	return s, nil
}

// short calls parse (one of the root package's value parsers, whose
// errors quote the whole value) only on a value short enough to be
// valid; a longer one is refused quoting at most maxQuote bytes.
func short[T any](col string, parse func(string) (T, error), s string) (T, error) {
	if len(s) > maxQuote {
		var zero T
		return zero, fmt.Errorf("%s %s is too long: %w", col, quote(s), aftersale.ErrInvalid)
	}
	return parse(s)
}

// firstErr returns the first non-nil error.
func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// parseReportRow reads one item row of an order report. An order spans one
// row per item: quantities and item-price (the line total) are summed per
// order, except for items whose item-status is cancelled in an order that
// is not; the first item names the product, SKU and ASIN.
func parseReportRow(p *parsedFile, r row) error {
	id, err := orderID("amazon-order-id", r.get("amazon-order-id"))
	if err != nil {
		return err
	}
	status, err1 := short("order-status", aftersale.ParseOrderStatus, r.get("order-status"))
	itemStatus, err2 := short("item-status", aftersale.ParseOrderStatus, r.get("item-status"))
	channel, err3 := short("fulfillment-channel", aftersale.ParseChannel, r.get("fulfillment-channel"))
	purchase, err4 := parseDate("purchase-date", r.get("purchase-date"))
	qty, err5 := parseQuantity("quantity", r.get("quantity"))
	price, err6 := short("item-price", aftersale.ParseMoney, r.get("item-price"))
	cancel, err7 := parseBool("is-buyer-requested-cancellation", r.get("is-buyer-requested-cancellation"))
	latest, err8 := parseDate("latest-delivery-date", r.get("latest-delivery-date"))
	if err := firstErr(err1, err2, err3, err4, err5, err6, err7, err8); err != nil {
		return err
	}
	a := p.agg(id)
	o := &a.o
	if status != "" {
		o.Status = status
	}
	if channel != "" {
		o.Channel = channel
	}
	setIfEmpty(&o.Marketplace, r.get("sales-channel"))
	if o.PurchaseDate.IsZero() {
		o.PurchaseDate = purchase
	}
	if o.LatestDelivery.IsZero() {
		o.LatestDelivery = latest
	}
	setIfEmpty(&o.Currency, strings.ToUpper(r.get("currency")))
	o.BuyerRequestedCancel = o.BuyerRequestedCancel || cancel
	if itemStatus == aftersale.StatusCanceled && o.Status != aftersale.StatusCanceled {
		return nil // a cancelled item of a live order adds nothing
	}
	a.items++
	setIfEmpty(&o.ProductName, r.get("product-name"))
	setIfEmpty(&o.SKU, r.get("sku"))
	setIfEmpty(&o.ASIN, r.get("asin"))
	o.Quantity += qty
	o.ItemValue += price
	return nil
}

// parseShipmentRow reads one row of a shipment confirmation: the order was
// shipped on ship-date by carrier-name (else carrier-code) with
// tracking-number.
func parseShipmentRow(p *parsedFile, r row) error {
	id, err := orderID("order-id", r.get("order-id"))
	if err != nil {
		return err
	}
	ship, err := parseDate("ship-date", r.get("ship-date"))
	if err != nil {
		return err
	}
	o := &p.agg(id).o
	o.Status = aftersale.StatusShipped
	setIfSet(&o.ShipDate, ship)
	carrier := r.get("carrier-name")
	if carrier == "" {
		carrier = r.get("carrier-code")
	}
	setIfNotEmpty(&o.Carrier, carrier)
	setIfNotEmpty(&o.Tracking, r.get("tracking-number"))
	return nil
}

// parseCSVRow reads one row of the plain CSV format; later rows of the same
// order overwrite earlier ones field by field (non-empty cells only).
func parseCSVRow(p *parsedFile, r row) error {
	id, err := orderID("order_id", r.get("order-id"))
	if err != nil {
		return err
	}
	status, err1 := short("status", aftersale.ParseOrderStatus, r.get("status"))
	channel, err2 := short("channel", aftersale.ParseChannel, r.get("channel"))
	value, err3 := short("value", aftersale.ParseMoney, r.get("value"))
	ship, err4 := parseDate("ship_date", r.get("ship-date"))
	delivery, err5 := parseDate("delivery_date", r.get("delivery-date"))
	refund, err6 := short("refund_amount", aftersale.ParseMoney, r.get("refund-amount"))
	refundDate, err7 := parseDate("refund_date", r.get("refund-date"))
	purchase, err8 := parseDate("purchase_date", r.get("purchase-date"))
	qty, err9 := parseQuantity("quantity", r.get("quantity"))
	latest, err10 := parseDate("latest_delivery", r.get("latest-delivery"))
	returned, receivedUndated, err11 := parseReceived("return_received", r.get("return-received"))
	cancel, err12 := parseBool("buyer_requested_cancel", r.get("buyer-requested-cancel"))
	if err := firstErr(err1, err2, err3, err4, err5, err6, err7, err8, err9, err10, err11, err12); err != nil {
		return err
	}
	a := p.agg(id)
	o := &a.o
	if status != "" {
		o.Status = status
	}
	if channel != "" {
		o.Channel = channel
	}
	setIfNotEmpty(&o.Marketplace, r.get("marketplace"))
	if value != 0 {
		o.ItemValue = value
	}
	setIfNotEmpty(&o.Currency, strings.ToUpper(r.get("currency")))
	setIfSet(&o.ShipDate, ship)
	setIfSet(&o.DeliveryDate, delivery)
	setIfNotEmpty(&o.Carrier, r.get("carrier"))
	setIfNotEmpty(&o.Tracking, r.get("tracking"))
	if refund != 0 {
		o.RefundAmount = refund
	}
	setIfSet(&o.RefundDate, refundDate)
	setIfNotEmpty(&o.ProductName, r.get("product"))
	setIfSet(&o.PurchaseDate, purchase)
	setIfNotEmpty(&o.SKU, r.get("sku"))
	setIfNotEmpty(&o.ASIN, r.get("asin"))
	if qty != 0 {
		o.Quantity = qty
	}
	setIfSet(&o.LatestDelivery, latest)
	setIfSet(&o.ReturnReceived, returned)
	a.receivedUndated = a.receivedUndated || receivedUndated
	o.BuyerRequestedCancel = o.BuyerRequestedCancel || cancel
	return nil
}

func setIfEmpty(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

func setIfNotEmpty(dst *string, v string) {
	if v != "" {
		*dst = v
	}
}

func setIfSet(dst *time.Time, v time.Time) {
	if !v.IsZero() {
		*dst = v
	}
}
