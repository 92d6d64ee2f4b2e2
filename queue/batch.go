package queue

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/aftersale/aftersale"
)

// BadID is a draft id as typed that is not one: not a positive number.
type BadID struct{ Arg string }

func (e *BadID) Error() string { return fmt.Sprintf("%q is not a draft id", e.Arg) }

// ParseIDs reads draft ids as a person types them: "12" or "#12".
func ParseIDs(args []string) ([]int64, error) {
	ids := make([]int64, 0, len(args))
	for _, a := range args {
		id, err := strconv.ParseInt(strings.TrimPrefix(a, "#"), 10, 64)
		if err != nil || id <= 0 {
			return nil, &BadID{a}
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// Outcome is what one draft of a batch came to. Err is nil when the
// operation succeeded; Explain(ID, Err) says why it did not.
type Outcome struct {
	ID    int64
	Draft aftersale.Draft // the draft after the operation, when it returns one
	Err   error
}

// Batch holds the outcome of an operation on several drafts, in the order
// of their ids.
type Batch []Outcome

// runBatch runs op for every id; a failure does not stop the others.
func runBatch(ids []int64, op func(id int64) (aftersale.Draft, error)) Batch {
	b := make(Batch, 0, len(ids))
	for _, id := range ids {
		d, err := op(id)
		b = append(b, Outcome{ID: id, Draft: d, Err: err})
	}
	return b
}

// Succeeded counts the drafts the operation succeeded on.
func (b Batch) Succeeded() int {
	n := 0
	for _, o := range b {
		if o.Err == nil {
			n++
		}
	}
	return n
}

// Err says how many drafts failed, or is nil when none did.
func (b Batch) Err() error {
	if failed := len(b) - b.Succeeded(); failed > 0 {
		return fmt.Errorf("%d of %d drafts failed", failed, len(b))
	}
	return nil
}

// ApproveAll approves every draft in ids with a.
func (q *Queue) ApproveAll(ctx context.Context, ids []int64, a Approval) Batch {
	return runBatch(ids, func(id int64) (aftersale.Draft, error) { return q.Approve(ctx, id, a) })
}

// RejectAll rejects every draft in ids.
func (q *Queue) RejectAll(ctx context.Context, ids []int64, by, reason string) Batch {
	return runBatch(ids, func(id int64) (aftersale.Draft, error) {
		return aftersale.Draft{}, q.Reject(ctx, id, by, reason)
	})
}

// NoResponseNeededAll marks every draft in ids "no response needed".
func (q *Queue) NoResponseNeededAll(ctx context.Context, ids []int64, by, reason string) Batch {
	return runBatch(ids, func(id int64) (aftersale.Draft, error) {
		return aftersale.Draft{}, q.NoResponseNeeded(ctx, id, by, reason)
	})
}
