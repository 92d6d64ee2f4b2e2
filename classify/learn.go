package classify

import (
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"sync/atomic"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/pii"
)

// DefaultCorrectionWeight is how much one of the seller's corrections
// weighs in training against one embedded example. Measured on triage-dev
// (docs/classifier.md, "Learning from corrections"): from weight 1 up, a
// correction decides its own message and variants of it; the other half
// of the corpus loses a little more the higher the weight (1.5 and 1 alike,
// then down from 2 to 16). 1.5 is the best weight above an example's that
// was measured.
const DefaultCorrectionWeight = 1.5

// trainingExamples returns the embedded examples followed by the
// corrections of opts, in id order, as examples.
func trainingExamples(opts Options) ([]example, error) {
	exs, err := loadExamples(examplesFS)
	if err != nil {
		return nil, fmt.Errorf("loading training examples: %w", err)
	}
	w := opts.CorrectionWeight
	if w == 0 {
		w = DefaultCorrectionWeight
	}
	if w < 0 {
		return nil, fmt.Errorf("correction weight %v is negative: %w", w, aftersale.ErrInvalid)
	}
	for _, c := range opts.Corrections {
		if !c.Case.Valid() {
			return nil, fmt.Errorf("correction %d: case %q: %w", c.ID, c.Case, aftersale.ErrInvalid)
		}
		text := trainingText(c.Text)
		if strings.TrimSpace(text) == "" {
			continue
		}
		sub := c.SubReason
		if c.Case != aftersale.CaseReturnDissatisfied {
			sub = aftersale.SubNone
		}
		exs = append(exs, example{c: c.Case, sub: sub, text: text, lang: c.Language,
			src: fmt.Sprintf("correction %d", c.ID), w: w})
	}
	return exs, nil
}

// placeholderText turns each placeholder into text that gives the features
// the real data gives: an order id, an e-mail or web address become the
// classifier's "ordid", "email" and "url" words, numbers "0"; a name or an
// address, which the buyer did not write to tell the case, become nothing.
var placeholderText = strings.NewReplacer(
	pii.Order, "000-0000000-0000000",
	pii.Email, "x@example.com",
	pii.URL, "http://example.com",
	pii.Phone, "0",
	pii.Number, "0",
	pii.Name, "",
	pii.Address, "",
)

// trainingText is a correction's text as the models learn it.
func trainingText(s string) string { return placeholderText.Replace(s) }

// versionOf names the classifier: Version alone for the embedded model,
// else Version, the number of corrections and the start of the training
// key ("classify-2026.12.3+c42.1a2b3c4d").
func versionOf(key [32]byte, corrections int) string {
	if corrections == 0 {
		return Version
	}
	return fmt.Sprintf("%s+c%d.%s", Version, corrections, hex.EncodeToString(key[:4]))
}

// Version names the classifier and what it learnt: Version, with the
// number of corrections and a hash of the training data when it learnt
// from corrections. It is stored with every classification.
func (c *Classifier) Version() string { return c.version }

// Corrections returns how many corrections c learnt from.
func (c *Classifier) Corrections() int { return c.corrections }

// ModelKey identifies what c's case model was trained from: features,
// parameters, examples and corrections (hex SHA-256). Equal keys mean the
// same model.
func (c *Classifier) ModelKey() string { return hex.EncodeToString(c.key[:]) }

// TrainedModel returns c's case model, encoded for Options.CachedModel,
// when New trained it (it was neither cached nor embedded); ok is false
// otherwise. The caller must not modify the bytes.
func (c *Classifier) TrainedModel() (model []byte, ok bool) {
	return c.trained, c.trained != nil
}

// TrainingKey returns the ModelKey a Classifier built with opts would have,
// without training: whether a cached model fits (store.CachedModel).
func TrainingKey(opts Options) (string, error) {
	set, err := newTrainingSet(opts)
	if err != nil {
		return "", err
	}
	return set.hexKey(), nil
}

// trainingSet is what the case model of a Classifier is trained from.
type trainingSet struct {
	exs    []example
	params lrParams
	key    [32]byte // modelKey(exs, params)
}

func newTrainingSet(opts Options) (trainingSet, error) {
	exs, err := trainingExamples(opts)
	if err != nil {
		return trainingSet{}, err
	}
	p := opts.params()
	return trainingSet{exs: exs, params: p, key: modelKey(exs, p)}, nil
}

func (t trainingSet) hexKey() string { return hex.EncodeToString(t.key[:]) }

// modelInput is what the case model reads of a message: the subject's
// topic and the buyer's text (quoted mail already stripped), or a return
// request's comment.
func modelInput(subject, text string, n noticeResult, isNotice bool) string {
	if isNotice && n.text != "" {
		return n.text // the buyer's comment on a return request
	}
	return strings.TrimSpace(subjectTopic(subject) + "\n" + text)
}

// CorrectionText returns the words of m a correction keeps: what the case
// model reads of m (the subject's topic and the buyer's own words, quoted
// mail left out, or the buyer's comment on a return request), with the
// personal data replaced by placeholders (pii.Scrub), the names, addresses
// and order ids that m and facts (its classification's) give included.
// It returns "" when m has no words: not parsed, purged, a photo only.
func CorrectionText(m aftersale.Message, facts aftersale.Facts) string {
	if m.ParseErr != "" {
		return ""
	}
	text := stripQuoted(m.ClassifyText())
	topic := subjectTopic(m.Subject)
	if n, isNotice := detectNotice(m); isNotice && n.text != "" {
		text, topic = n.text, "" // the buyer's comment on a return request
	}
	known := pii.Known{
		Names:     []string{m.BuyerName, m.FromName, facts.BuyerName},
		Addresses: []string{facts.NewAddress},
		Emails:    append([]string{m.FromAddr, m.RelayAlias, m.ReplyTo}, m.To...),
		OrderIDs:  append(append([]string(nil), m.OrderIDs...), facts.OrderIDs...),
	}
	if name := signOffName(text); name != "" {
		known.Names = append(known.Names, name)
	}
	words := buyerWords(pii.Scrub(text, known))
	if words == "" {
		return "" // the subject alone says too little
	}
	if topic = strings.TrimSpace(pii.Scrub(topic, known)); topic != "" {
		return topic + "\n" + words
	}
	return words
}

var (
	asinRe      = regexp.MustCompile(`\bB0[0-9A-Z]{8}\b`)
	separatorRe = regexp.MustCompile(`^[\s\-=_*#~.·]*$|^\s*[-=_*#~]{3,}.*[-=_*#~]{3,}\s*$`)
	attachRe    = regexp.MustCompile(`(?i)^\s*(?:attachments?(?:\(s\))?|anhang|anhänge|anhang/anhänge|pièces? jointes?|adjuntos?|archivos adjuntos|allegat[oi]|bijlage[n]?|załącznik[i]?|ekler?|anexos?|bilagor?|添付ファイル|添付|附件)\s*[:：]`)
	quoteHeadRe = regexp.MustCompile(`(?i)^\s*(?:from|von|de|da|van|od|från|差出人|发件人)\s*[:：]`)
	quoteSubjRe = regexp.MustCompile(`(?i)^\s*(?:subject|betreff|objet|asunto|oggetto|onderwerp|temat|ämne|konu|assunto|件名|主题)\s*[:：]`)
	labelOnlyRe = regexp.MustCompile(`^\s*[^\s:：]{1,30}\s*[:：]\s*$|^[^:：]{1,40}[:：]\s*(?:<order>|<name>|<number>|<url>|\d+)\s*[.)）]?\s*$`)
)

// buyerWords returns the buyer's words in text, leaving out the template of
// Amazon's relay that a message can carry when the parser did not find the
// buyer's part in it: blocks (between blank or separator lines) with a
// link, a product table or ASIN, a copyright line; "label: value" lines
// and the relay's header lines (naming Amazon and the buyer or the order);
// and paragraphs naming Amazon after the buyer's words (the footer);
// lists of attachments; and a mail quoted below (From: … Subject:). A
// correction keeps what the buyer wrote, and nothing the template would
// teach the model about every message.
func buyerWords(text string) string {
	var blocks [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			blocks = append(blocks, cur)
			cur = nil
		}
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if quotedHeader(lines, i) {
			break // an earlier mail quoted below, Outlook style
		}
		if attachRe.MatchString(l) {
			continue
		}
		if strings.TrimSpace(l) == "" || separatorRe.MatchString(l) {
			flush()
			continue
		}
		cur = append(cur, l)
	}
	flush()
	var kept []string
	for _, b := range blocks {
		joined := strings.Join(b, "\n")
		if strings.Contains(joined, pii.URL) || strings.Contains(joined, "©") || strings.Contains(joined, "\t") ||
			asinRe.MatchString(joined) || strings.Contains(joined, "commMgrTok") {
			continue
		}
		if len(kept) > 0 && strings.Contains(strings.ToLower(joined), "amazon") {
			continue // a footer after the buyer's words
		}
		var lines []string
		for _, l := range b {
			low := strings.ToLower(l)
			if labelOnlyRe.MatchString(l) || strings.Contains(low, "amazon") && (strings.Contains(l, pii.Name) || strings.Contains(l, pii.Order)) {
				continue
			}
			lines = append(lines, strings.TrimSpace(l))
		}
		if len(lines) > 0 {
			kept = append(kept, strings.Join(lines, "\n"))
		}
	}
	return strings.TrimSpace(strings.Join(kept, "\n"))
}

// CorrectionLanguage returns the language of a correction's text: the
// classification's when known, else the detected one, else English.
func CorrectionLanguage(text, classified, marketplace string) string {
	if classified != "" {
		return classified
	}
	if l := detectLanguage(text, marketplace); len(l) == 2 {
		return l
	}
	return "en"
}

// Current holds the Classifier in use and lets a new one replace it while
// others read it. A Classifier is immutable, so a reader keeps the one it
// loaded for as long as it needs it (the Worker: one batch). Safe for
// concurrent use.
type Current struct{ p atomic.Pointer[Classifier] }

// NewCurrent returns a Current holding c.
func NewCurrent(c *Classifier) *Current {
	h := &Current{}
	h.p.Store(c)
	return h
}

// Load returns the Classifier in use; nil before the first Store.
func (h *Current) Load() *Classifier { return h.p.Load() }

// Store makes c the Classifier in use.
func (h *Current) Store(c *Classifier) { h.p.Store(c) }

// quotedHeader reports whether lines[i] starts the header of a quoted mail:
// "From:" with a "Subject:" line within the next four.
func quotedHeader(lines []string, i int) bool {
	if !quoteHeadRe.MatchString(lines[i]) {
		return false
	}
	for j := i + 1; j < len(lines) && j <= i+4; j++ {
		if quoteSubjRe.MatchString(lines[j]) {
			return true
		}
	}
	return false
}
