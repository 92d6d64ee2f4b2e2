package queue

import (
	"errors"
	"testing"

	"github.com/aftersale/aftersale"
)

func TestParseIDs(t *testing.T) {
	ids, err := ParseIDs([]string{"12", "#13"})
	if err != nil || len(ids) != 2 || ids[0] != 12 || ids[1] != 13 {
		t.Fatalf("ParseIDs = %v, %v", ids, err)
	}
	for _, bad := range []string{"x", "0", "-3", "#"} {
		_, err := ParseIDs([]string{"1", bad})
		var b *BadID
		if !errors.As(err, &b) || b.Arg != bad {
			t.Errorf("ParseIDs(%q) = %v, want a BadID", bad, err)
		}
	}
	if got := (&BadID{"x"}).Error(); got != `"x" is not a draft id` {
		t.Errorf("BadID = %q", got)
	}
}

func TestBatchGoesOnAfterAFailure(t *testing.T) {
	b := runBatch([]int64{1, 2, 3}, func(id int64) (aftersale.Draft, error) {
		if id == 2 {
			return aftersale.Draft{}, aftersale.ErrNotFound
		}
		return aftersale.Draft{ID: id, Revision: int(id)}, nil
	})
	if len(b) != 3 || b.Succeeded() != 2 || b[2].Draft.Revision != 3 || !errors.Is(b[1].Err, aftersale.ErrNotFound) {
		t.Fatalf("batch = %+v", b)
	}
	if err := b.Err(); err == nil || err.Error() != "1 of 3 drafts failed" {
		t.Errorf("Err = %v", err)
	}
	if err := b[:1].Err(); err != nil {
		t.Errorf("Err with no failure = %v", err)
	}
}
