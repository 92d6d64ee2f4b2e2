package store

import (
	"testing"
	"time"
)

// TestAccountHealth: the poller's view of an account is kept per account;
// a run of errors keeps the time it began, a good check clears it and the
// last good poll stays known through errors.
func TestAccountHealth(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	polled := c.Now()
	if err := db.SaveAccountHealth(ctx, AccountHealth{Account: "shop", Connected: true, LastPoll: polled}); err != nil {
		t.Fatal(err)
	}
	c.Add(time.Minute)
	began := c.Now()
	if err := db.SaveAccountHealth(ctx, AccountHealth{Account: "shop", LastError: "connection refused"}); err != nil {
		t.Fatal(err)
	}
	c.Add(time.Minute)
	if err := db.SaveAccountHealth(ctx, AccountHealth{Account: "shop", LastError: "login refused", Paused: true}); err != nil {
		t.Fatal(err)
	}
	hs, err := db.AccountHealths(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != 1 {
		t.Fatalf("AccountHealths = %+v, want one", hs)
	}
	h := hs[0]
	if !h.Paused || h.Connected || h.LastError != "login refused" || !h.ErrorSince.Equal(began) || !h.LastPoll.Equal(polled) || !h.UpdatedAt.Equal(c.Now()) {
		t.Errorf("health = %+v, want paused, login refused since %v, last poll %v", h, began, polled)
	}
	c.Add(time.Minute)
	if err := db.SaveAccountHealth(ctx, AccountHealth{Account: "shop", Connected: true, LastPoll: c.Now()}); err != nil {
		t.Fatal(err)
	}
	hs, _ = db.AccountHealths(ctx)
	if h := hs[0]; h.Paused || h.LastError != "" || !h.ErrorSince.IsZero() || !h.LastPoll.Equal(c.Now()) {
		t.Errorf("after a good check: %+v", h)
	}
}
