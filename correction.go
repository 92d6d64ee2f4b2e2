package aftersale

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Correction is a case a person gave a buyer message instead of the
// classifier's: the buyer's words, with personal data replaced by
// placeholders (<name>, <address>, <email>, <phone>, <order>, <url>,
// <number>), and the right case. Corrections are kept as training
// examples: they hold no personal data, so the retention purge leaves
// them, and the classifier trains on them beside its own examples.
type Correction struct {
	ID          int64
	MessageID   int64  // the message corrected; 0 for an imported correction
	Text        string // the buyer's words, personal data replaced
	Language    string // ISO 639-1 code of Text
	Marketplace string // e.g. "amazon.de"; "" if unknown
	Case        Case
	SubReason   SubReason // return_dissatisfied only; may be empty
	// Previous is the case the classifier had given; "" for an import.
	Previous Case
	Source   CorrectionSource
	By       string    // who made it: a user name, or who imported it
	At       time.Time // when
}

// CorrectionSource says how a correction came to be.
type CorrectionSource string

// Correction sources.
const (
	// CorrectionReclassify: a person reclassified a message.
	CorrectionReclassify CorrectionSource = "reclassify"
	// CorrectionImport: read from a file (aftersale corrections import).
	CorrectionImport CorrectionSource = "import"
)

var languageRe = regexp.MustCompile(`^[a-z]{2}$`)

// Validate reports the first problem of c, wrapping ErrInvalid: an empty
// text, a language that is not a two-letter code, an unknown case or
// sub-reason, a sub-reason on another case than return_dissatisfied, an
// unknown source, no author.
func (c Correction) Validate() error {
	switch {
	case strings.TrimSpace(c.Text) == "":
		return fmt.Errorf("correction has no text: %w", ErrInvalid)
	case !languageRe.MatchString(c.Language):
		return fmt.Errorf("correction language %q is not a two-letter code such as de: %w", c.Language, ErrInvalid)
	case !c.Case.Valid():
		return fmt.Errorf("correction case %q: %w", c.Case, ErrInvalid)
	case c.SubReason != SubNone && !slices.Contains(SubReasons(), c.SubReason):
		return fmt.Errorf("correction sub-reason %q: %w", c.SubReason, ErrInvalid)
	case c.SubReason != SubNone && c.Case != CaseReturnDissatisfied:
		return fmt.Errorf("correction sub-reason %q belongs to return_dissatisfied, not %s: %w", c.SubReason, c.Case, ErrInvalid)
	case c.Previous != "" && !c.Previous.Valid():
		return fmt.Errorf("correction previous case %q: %w", c.Previous, ErrInvalid)
	case c.Source != CorrectionReclassify && c.Source != CorrectionImport:
		return fmt.Errorf("correction source %q: %w", c.Source, ErrInvalid)
	case strings.TrimSpace(c.By) == "":
		return fmt.Errorf("correction has no author: %w", ErrInvalid)
	}
	return nil
}
