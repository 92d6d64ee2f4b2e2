package daemon

import (
	"context"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/aftersale/aftersale/config"
	"github.com/aftersale/aftersale/store"
)

// Service is serve without --once: the daemon, replaced on SIGHUP, plus the
// HTTP listener and systemd notification that outlive a reload.
type Service struct {
	cfg *config.Config
	db  *store.DB
	log *slog.Logger
	obs *Observer
	// restartDelay, when set (tests), replaces the daemons' panic restart delay.
	restartDelay time.Duration
	// SetLevel applies a reloaded config's log level; nil: levels change
	// only at a restart.
	SetLevel func(level string)
}

// NewService returns the service for cfg over db; now is the clock of
// /healthz (nil: time.Now).
func NewService(cfg *config.Config, db *store.DB, log *slog.Logger, now func() time.Time) *Service {
	return &Service{cfg: cfg, db: db, log: log, obs: NewObserver(db, now)}
}

// Serve runs until ctx is cancelled (nil after the two-phase stop) or a
// worker fails (its error). Each value on hup reloads the config file. It
// blocks.
func (s *Service) Serve(ctx context.Context, hup <-chan os.Signal) error {
	log := s.log.With("component", "serve")
	if s.cfg.HTTPListen != "" {
		srv, err := startHTTP(s.cfg.HTTPListen, s.obs, s.log)
		if err != nil {
			return err
		}
		defer srv.close()
	}
	d, err := s.newDaemon(s.cfg)
	if err != nil {
		return err
	}
	for {
		genCtx, cancel := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- d.Run(genCtx) }()
		sdNotify(log, "READY=1\nSTATUS=running")
	wait:
		for {
			select {
			case err := <-done:
				cancel()
				return err
			case <-ctx.Done():
				s.obs.setStopping()
				sdNotify(log, "STOPPING=1\nSTATUS=stopping: finishing the send in flight")
				err := <-done
				cancel()
				return err
			case <-hup:
				nd, ncfg, ok := s.reload(log)
				if !ok {
					continue
				}
				sdNotify(log, "RELOADING=1\nSTATUS=reloading")
				cancel()
				if err := <-done; err != nil {
					return err
				}
				d, s.cfg = nd, ncfg
				break wait
			}
		}
	}
}

func (s *Service) newDaemon(cfg *config.Config) (*Daemon, error) {
	d, err := NewWith(cfg, s.db, s.log, s.obs)
	if err != nil {
		return nil, err
	}
	if s.restartDelay > 0 {
		d.restartDelay = s.restartDelay
	}
	return d, nil
}

// reload reads the config file again and builds the workers for it. On
// any problem it logs it and reports !ok: the running daemon stays. The
// database and the HTTP listener are not replaced: a change to store.path
// or http.listen is logged and applies at the next start.
func (s *Service) reload(log *slog.Logger) (*Daemon, *config.Config, bool) {
	log.Info("SIGHUP: reloading the config", "file", s.cfg.File)
	ncfg, err := config.Load(s.cfg.File)
	if err != nil {
		s.obs.reloaded(false)
		log.Error("config reload failed; the running config stays", "file", s.cfg.File, "err", err)
		return nil, nil, false
	}
	if ncfg.StorePath != s.cfg.StorePath {
		log.Warn("store.path changed: the new database is used after a restart", "file", s.cfg.File)
		ncfg.StorePath = s.cfg.StorePath
	}
	if ncfg.HTTPListen != s.cfg.HTTPListen {
		log.Warn("http.listen changed: the new address is used after a restart", "file", s.cfg.File)
		ncfg.HTTPListen = s.cfg.HTTPListen
	}
	nd, err := s.newDaemon(ncfg)
	if err != nil {
		s.obs.reloaded(false)
		log.Error("config reload failed; the running config stays", "file", s.cfg.File, "err", err)
		return nil, nil, false
	}
	s.obs.reloaded(true)
	if s.SetLevel != nil {
		s.SetLevel(ncfg.LogLevel)
	}
	log.Info("config reloaded", "file", s.cfg.File, "accounts", len(ncfg.Accounts))
	return nd, ncfg, true
}

// sdNotify sends a state to systemd's notification socket ($NOTIFY_SOCKET,
// set under Type=notify; sd_notify(3)); without it, it does nothing.
func sdNotify(log *slog.Logger, state string) {
	addr := os.Getenv("NOTIFY_SOCKET")
	if addr == "" {
		return
	}
	// Go maps a leading '@' to Linux's abstract socket namespace.
	conn, err := net.DialUnix("unixgram", nil, &net.UnixAddr{Name: addr, Net: "unixgram"})
	if err != nil {
		log.Warn("cannot notify systemd", "err", err)
		return
	}
	defer conn.Close()
	if _, err := conn.Write([]byte(state)); err != nil {
		log.Warn("cannot notify systemd", "err", err)
	}
}

// ServeSignals is Serve with the process's SIGHUP as the reload signal.
func (s *Service) ServeSignals(ctx context.Context) error {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	return s.Serve(ctx, hup)
}

// RunOnce builds the workers of cfg over db (New) and does one full pass
// of every stage (Daemon.RunOnce).
func RunOnce(ctx context.Context, cfg *config.Config, db *store.DB, log *slog.Logger) error {
	d, err := New(cfg, db, log)
	if err != nil {
		return err
	}
	return d.RunOnce(ctx)
}
