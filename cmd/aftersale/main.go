// Command aftersale triages Amazon buyer mail, drafts replies by the
// after-sales playbook, queues them for approval and sends what a person
// approved. Run "aftersale --help" for the commands.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// Two-phase stop: the first SIGINT or SIGTERM cancels
	// ctx, and serve finishes the send in flight within its grace period;
	// a second one exits at once. serve handles SIGHUP itself.
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sigs
		cancel()
		s := <-sigs
		fmt.Fprintf(os.Stderr, "aftersale: second %v: exiting now\n", s)
		os.Exit(exitFailure)
	}()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	cancel()
	os.Exit(code)
}
