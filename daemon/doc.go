// Package daemon assembles aftersale's workers from one validated
// config.Config and runs them under one supervisor: an IMAP poller per
// account, the classifier and its learner, the drafter, the auto-approver,
// the outbox sender, the Sent-folder copiers, the order-folder watcher,
// the retention purger and the database checkpointer, plus the optional
// /healthz and /metrics listener (Observer).
//
// New builds one generation of workers (Daemon); Run runs them until the
// context ends and stops in two phases (no new work, then the send in
// flight gets [service] shutdown_grace before it is aborted); RunOnce does
// one pass of every stage in order. Service is the long-running form: it
// reloads the config on SIGHUP (a config with errors keeps the running
// one), notifies systemd and keeps the HTTP listener across reloads. A
// worker that panics is restarted with a doubling delay; one that returns
// an error stops the daemon with it. Each periodic worker's timing (kick,
// interval, next due time, backoff, rate-limited error logs) is
// internal/loop's.
//
// It owns no business decision: what a step does is the job of mailbox,
// classify, respond and store (and of queue for the auto-approval rules,
// which live in autoapprove.go until queue offers them). It does not parse
// flags, read config files other than on reload (config.Load), or print.
package daemon
