// Package logging builds the one logger of an aftersale process: text on
// a terminal, JSON otherwise, with durations written as Go duration
// strings, and a level that a reloaded config may change unless the
// environment or a flag fixed it.
package logging

import (
	"fmt"
	"io"
	"log/slog"
	"os"
)

// Logger is a process's logger and its level.
type Logger struct {
	*slog.Logger
	level slog.LevelVar
	fixed bool
}

// New returns a logger writing to w. level is the config's level ("" is
// info), overridden by the AFTERSALE_LOG_LEVEL environment variable and
// then by flagLevel; either of those fixes the level for the process.
// format is "text", "json" or "auto" (text when w is a terminal); "" is
// auto.
func New(w io.Writer, level, format, flagLevel string) *Logger {
	l := &Logger{}
	if level == "" {
		level = "info"
	}
	if v := os.Getenv("AFTERSALE_LOG_LEVEL"); v != "" {
		level, l.fixed = v, true
	}
	if flagLevel != "" {
		level, l.fixed = flagLevel, true
	}
	lv, err := ParseLevel(level)
	if err != nil {
		lv = slog.LevelInfo
	}
	l.level.Set(lv)
	opts := &slog.HandlerOptions{Level: &l.level}
	if format == "" || format == "auto" {
		format = "json"
		if IsTerminal(w) {
			format = "text"
		}
	}
	if format == "text" {
		l.Logger = slog.New(slog.NewTextHandler(w, opts))
	} else {
		opts.ReplaceAttr = DurationString
		l.Logger = slog.New(slog.NewJSONHandler(w, opts))
	}
	return l
}

// SetConfigLevel applies a reloaded config's log level, unless the
// environment or a flag fixed the level, and logs the change.
func (l *Logger) SetConfigLevel(level string) {
	lv, err := ParseLevel(level)
	if err != nil || l.fixed || lv == l.level.Level() {
		return
	}
	old := l.level.Level()
	l.level.Set(lv)
	l.Info("log level changed", "component", "serve", "from", old.String(), "to", lv.String())
}

// DurationString writes durations as Go duration strings ("1.5s") rather
// than the JSON handler's integer nanoseconds, so that a person and a log
// query read them alike. It is a slog.HandlerOptions.ReplaceAttr.
func DurationString(groups []string, a slog.Attr) slog.Attr {
	if a.Value.Kind() == slog.KindDuration {
		a.Value = slog.StringValue(a.Value.Duration().String())
	}
	return a
}

// ParseLevel reads debug, info, warn or error.
func ParseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return 0, fmt.Errorf("%q is not one of debug, info, warn, error", s)
	}
	return l, nil
}

// IsTerminal says whether w is a terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
