package main

import (
	"context"
	"time"

	"github.com/aftersale/aftersale/daemon"
	"github.com/aftersale/aftersale/internal/demo"
	"github.com/aftersale/aftersale/internal/smtpsink"
	"github.com/aftersale/aftersale/internal/testutil"
)

// health is a running daemon's /healthz document.
type health = daemon.Health

// autoActor is the approver recorded for auto-approvals.
const autoActor = daemon.AutoActor

// demoConfig is the demo's config for imapSrv and sink.
func demoConfig(imapSrv *demo.IMAPServer, sink *smtpsink.Sink) string {
	return demo.Config(imapSrv, sink.Port())
}

func portOf(addr string) int { return demo.Port(addr) }

// waitFor polls cond every interval until it is true or ctx ends.
func waitFor(ctx context.Context, interval time.Duration, cond func() (bool, error)) error {
	return testutil.WaitFor(ctx, interval, cond)
}
