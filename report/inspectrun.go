package report

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/config"
	"github.com/aftersale/aftersale/mailbox"
)

// MaxInspectBytes bounds one message read by inspect (the daemon's default
// size limit).
const MaxInspectBytes = mailbox.DefaultMaxMessageBytes

// ReadMessage reads the file name, or stdin for "-", up to
// MaxInspectBytes.
func ReadMessage(name string, stdin io.Reader) ([]byte, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, UsageError{fmt.Errorf("reading message: %w", err)}
		}
		defer f.Close()
		r = f
	}
	raw, err := io.ReadAll(io.LimitReader(r, MaxInspectBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(raw) > MaxInspectBytes {
		return nil, usagef("%s is larger than %d MB; the daemon would store only its header", name, MaxInspectBytes>>20)
	}
	return raw, nil
}

// InspectOptions are what "inspect" shows and how.
type InspectOptions struct {
	Classifier *classify.Classifier
	// Stored are ids of stored messages, shown first; Files are files
	// ("-" for Stdin) shown after them.
	Stored []int64
	Files  []string
	Stdin  io.Reader
	// AuthServIDs, when not nil, name the mail servers whose
	// Authentication-Results are read; else a stored message's account's
	// in Config (nil: none) is used.
	AuthServIDs []string
	Config      *config.Config
	// Learn learns Amazon's template from the messages; else the one
	// learned in the database at StorePath is used. StorePathErr is why
	// StorePath could not be found.
	Learn        bool
	StorePath    string
	StorePathErr error
	Open         Opener
}

// Inspect parses and classifies what o names. That the learned template
// cannot be read is reported on warn, and inspect goes on without it.
func Inspect(ctx context.Context, o InspectOptions, warn io.Writer) ([]Inspected, error) {
	var results []Inspected
	if len(o.Stored) > 0 {
		db, err := o.Open(ctx)
		if err != nil {
			return nil, err
		}
		auth := func(account string) []string {
			if o.AuthServIDs != nil || o.Config == nil {
				return o.AuthServIDs
			}
			return o.Config.AuthServIDs(account)
		}
		if results, err = InspectStored(ctx, db, o.Classifier, o.Stored, auth); err != nil {
			return nil, err
		}
	}
	opts := mailbox.ParseOptions{AuthServIDs: o.AuthServIDs}
	for _, a := range o.Files {
		raw, err := ReadMessage(a, o.Stdin)
		if err != nil {
			return nil, err
		}
		results = append(results, ParseInspected(a, raw, opts))
	}
	var tpl *mailbox.Template
	path, err := o.StorePath, o.StorePathErr
	if err == nil && !o.Learn {
		tpl, err = StoredTemplate(ctx, path, o.Open)
	}
	if tpl == nil {
		path = ""
	}
	if err != nil && !o.Learn {
		fmt.Fprintf(warn, "aftersale: inspect: reading the learned template: %v (going on without it)\n", err)
	}
	if err := ClassifyInspected(ctx, o.Classifier, results, o.Learn, tpl, path); err != nil {
		return nil, err
	}
	return results, nil
}

// WriteInspectText prints each of rs (Inspected.WriteText), an empty line
// between two.
func WriteInspectText(w io.Writer, rs []Inspected, fullText bool) error {
	for i, r := range rs {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if err := r.WriteText(w, fullText); err != nil {
			return err
		}
	}
	return nil
}
