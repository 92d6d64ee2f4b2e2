package aftersale

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// OrderStatus is a normalised order status (docs/amazon.md, "Order reports" and "SP-API facts").
type OrderStatus string

// Order statuses. Imports normalise Amazon's spellings onto these.
const (
	StatusUnknown          OrderStatus = ""
	StatusPending          OrderStatus = "pending"
	StatusUnshipped        OrderStatus = "unshipped"
	StatusPartiallyShipped OrderStatus = "partially_shipped"
	StatusShipped          OrderStatus = "shipped"
	StatusDelivered        OrderStatus = "delivered"
	StatusCanceled         OrderStatus = "canceled"
	StatusReturned         OrderStatus = "returned" // the return came back to the seller
)

// ParseOrderStatus normalises the spellings seen in order reports, the
// SP-API and hand-written CSVs: "Shipped", "SHIPPED", "Cancelled",
// "Canceled", "CANCELLED", "PartiallyShipped", "partially shipped", ...
func ParseOrderStatus(s string) (OrderStatus, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	k = strings.NewReplacer("_", "", "-", "", " ", "").Replace(k)
	switch k {
	case "":
		return StatusUnknown, nil
	case "pending", "pendingavailability":
		return StatusPending, nil
	case "unshipped", "new", "open", "paid":
		return StatusUnshipped, nil
	case "invoiceunconfirmed": // SP-API: all items shipped, invoice pending
		return StatusShipped, nil
	case "partiallyshipped":
		return StatusPartiallyShipped, nil
	case "shipped", "shipping", "intransit", "dispatched", "versandt":
		return StatusShipped, nil
	case "delivered", "complete", "completed", "zugestellt":
		return StatusDelivered, nil
	case "canceled", "cancelled", "cancel", "storniert":
		return StatusCanceled, nil
	case "returned", "refunded":
		return StatusReturned, nil
	}
	return StatusUnknown, fmt.Errorf("unknown order status %q: %w", s, ErrInvalid)
}

// Shipped reports whether the order left the warehouse (playbook: "Shipped"
// means the carrier has it or it was delivered).
func (s OrderStatus) Shipped() bool {
	switch s {
	case StatusShipped, StatusDelivered, StatusPartiallyShipped, StatusReturned:
		return true
	}
	return false
}

// Channel is the fulfilment channel.
type Channel string

// Fulfilment channels.
const (
	ChannelUnknown Channel = ""
	ChannelFBA     Channel = "fba" // fulfilled by Amazon (AFN)
	ChannelFBM     Channel = "fbm" // fulfilled by the merchant (MFN)
)

// ParseChannel normalises "Amazon"/"AFN"/"FBA" and "Merchant"/"MFN"/"FBM"
// (docs/amazon.md, "Order reports": the flat file says Amazon/Merchant, the API AFN/MFN).
func ParseChannel(s string) (Channel, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return ChannelUnknown, nil
	case "amazon", "afn", "fba", "amazon_eu", "amazon_na", "amazon_fe":
		return ChannelFBA, nil
	case "merchant", "mfn", "fbm", "seller", "default":
		return ChannelFBM, nil
	}
	return ChannelUnknown, fmt.Errorf("unknown fulfilment channel %q: %w", s, ErrInvalid)
}

// Money is an amount in hundredths of the currency unit (cents, pence,
// hundredths of a yen), so that sums and comparisons are exact.
type Money int64

// ParseMoney reads "12.99", "12,99", "1.299,00", "1,299.00", "¥1980" or
// "EUR 12.99" into hundredths. An empty string is 0.
func ParseMoney(s string) (Money, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimFunc(t, func(r rune) bool {
		return !(r >= '0' && r <= '9') && r != '-'
	})
	if t == "" {
		if strings.TrimSpace(s) == "" {
			return 0, nil
		}
		return 0, fmt.Errorf("amount %q has no digits: %w", s, ErrInvalid)
	}
	neg := strings.HasPrefix(t, "-")
	t = strings.TrimPrefix(t, "-")
	// The last '.' or ',' followed by exactly 1-2 digits is the decimal mark.
	intPart, frac := t, ""
	if i := strings.LastIndexAny(t, ".,"); i >= 0 && len(t)-i-1 <= 2 && len(t)-i-1 > 0 {
		intPart, frac = t[:i], t[i+1:]
	}
	intPart = strings.NewReplacer(",", "", ".", "", " ", "", "'", "").Replace(intPart)
	for len(frac) < 2 {
		frac += "0"
	}
	if intPart == "" {
		intPart = "0"
	}
	n, err := strconv.ParseInt(intPart, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("amount %q: %w", s, ErrInvalid)
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("amount %q: %w", s, ErrInvalid)
	}
	m := Money(n*100 + f)
	if neg {
		m = -m
	}
	return m, nil
}

// String formats m with two decimals, e.g. "12.99".
func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s%d.%02d", sign, m/100, m%100)
}

// Format formats m for currency cur ("EUR 12.99", "JPY 1980").
func (m Money) Format(cur string) string {
	cur = strings.ToUpper(cur)
	if ZeroDecimalCurrency(cur) && m%100 == 0 {
		return fmt.Sprintf("%s %d", cur, m/100)
	}
	if cur == "" {
		return m.String()
	}
	return cur + " " + m.String()
}

// ZeroDecimalCurrency reports whether cur has no minor unit (JPY, KRW).
func ZeroDecimalCurrency(cur string) bool {
	switch strings.ToUpper(cur) {
	case "JPY", "KRW", "CLP", "VND", "ISK", "HUF":
		return true
	}
	return false
}

// Order is what the seller's own records say about an Amazon order. Only
// non-zero fields are meaningful; imports merge facts per order.
type Order struct {
	ID                   string // 3-7-7 Amazon order id
	Status               OrderStatus
	Channel              Channel
	Marketplace          string // sales channel, e.g. "Amazon.de"
	PurchaseDate         time.Time
	ProductName          string
	SKU                  string
	ASIN                 string
	Quantity             int
	Currency             string // ISO 4217
	ItemValue            Money  // item price, in hundredths of Currency
	ShipDate             time.Time
	DeliveryDate         time.Time // actual delivery, when known
	LatestDelivery       time.Time // promised latest delivery date, when known
	Carrier              string
	Tracking             string
	RefundAmount         Money
	RefundDate           time.Time
	ReturnReceived       time.Time // when a returned item came back to the seller
	BuyerRequestedCancel bool
	Source               string    // file the facts came from last
	UpdatedAt            time.Time // when the store last merged facts
}

// Known reports whether the order exists in the seller's records.
func (o Order) Known() bool { return o.ID != "" }

// Validate checks the order id format.
func (o Order) Validate() error {
	if !ValidOrderID(o.ID) {
		return fmt.Errorf("order id %q is not in 3-7-7 form: %w", o.ID, ErrInvalid)
	}
	return nil
}

// ValidOrderID reports whether s is an Amazon order id of the form
// 3-7-7 digits (docs/amazon.md, "Order ids").
func ValidOrderID(s string) bool {
	if len(s) != 19 || s[3] != '-' || s[11] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i == 3 || i == 11 {
			continue
		}
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
