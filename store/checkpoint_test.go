package store

import (
	"os"
	"testing"
	"time"
)

func TestCheckpointTruncatesWAL(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	raw := make([]byte, 4096)
	for i := range uint32(200) {
		if _, _, err := db.InsertRawMessage(ctx, RawMessage{Account: "a", Folder: "INBOX", UIDValidity: 1, UID: i + 1, Raw: raw, InternalDate: time.Unix(0, 0)}); err != nil {
			t.Fatal(err)
		}
	}
	before, err := os.Stat(db.Path() + "-wal")
	if err != nil {
		t.Fatal(err)
	}
	busy, err := db.Checkpoint(ctx)
	if err != nil || busy {
		t.Fatalf("Checkpoint = busy %v, %v", busy, err)
	}
	after, err := os.Stat(db.Path() + "-wal")
	if err != nil {
		t.Fatal(err)
	}
	if before.Size() == 0 || after.Size() != 0 {
		t.Errorf("-wal size %d before, %d after checkpoint; want >0 then 0", before.Size(), after.Size())
	}
}
