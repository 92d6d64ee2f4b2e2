package mailbox

import (
	"context"
	"errors"
	"fmt"

	"github.com/emersion/go-imap/v2"
)

// ErrNoFolder is returned (wrapped, with the folder's name) by Probe for a
// folder the server does not have or refuses.
var ErrNoFolder = errors.New("folder missing or refused by the server")

// Probe connects and logs in exactly as the Poller does (TLS mode, CA,
// password or XOAUTH2) and returns the number of messages in each of
// folders, read with STATUS (nothing is selected or changed). It is what
// `aftersale doctor` runs, so that its verdict is the daemon's. A refused
// login wraps ErrAuthFailed, a folder the server lacks ErrNoFolder.
func Probe(ctx context.Context, o Options, folders []string) ([]int, error) {
	p := NewPoller(nil, o, nil)
	c, closeConn, err := p.connect(ctx)
	if err != nil {
		return nil, err
	}
	defer closeConn()
	defer func() { c.Logout().Wait() }() // go-imap trap 4, docs/dependencies.md
	counts := make([]int, len(folders))
	for i, f := range folders {
		st, err := c.Status(f, &imap.StatusOptions{NumMessages: true}).Wait()
		if err != nil {
			var ie *imap.Error
			if errors.As(err, &ie) {
				return nil, fmt.Errorf("folder %q: %w: %v", f, ErrNoFolder, err)
			}
			return nil, fmt.Errorf("folder %q: %w", f, err)
		}
		if st.NumMessages != nil {
			counts[i] = int(*st.NumMessages)
		}
	}
	return counts, nil
}
