package config

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
)

// ErrUnsafeFile marks a config that runs commands while users other than
// the file's owner may change it (or the programs it runs): any of them
// could make the daemon run their own program with its rights.
var ErrUnsafeFile = errors.New("writable by group or others")

// commandSafe checks, for the setting key that runs cmd, that neither the
// config file nor the program cmd[0] can be written by group or others.
// The config file is checked only when it was read from disk (Load).
func (v *validator) commandSafe(key string, cmd []string) {
	if len(cmd) == 0 || cmd[0] == "" {
		return
	}
	if v.fileMode != nil && v.fileMode.Perm()&0o022 != 0 && !v.fileUnsafeReported {
		v.fileUnsafeReported = true
		v.errorWrap(key, ErrUnsafeFile, "refused: %s is %v (mode %v) and this setting runs a command; run: chmod go-w %s",
			v.file, ErrUnsafeFile, v.fileMode.Perm(), v.file)
	}
	prog := cmd[0]
	if filepath.Base(prog) == prog {
		p, err := exec.LookPath(prog)
		if err != nil {
			return // reported when the command runs
		}
		prog = p
	}
	fi, err := os.Stat(prog)
	if err != nil {
		return
	}
	if fi.Mode().Perm()&0o022 != 0 {
		v.errorWrap(key, ErrUnsafeFile, "refused: the program %s is %v (mode %v); run: chmod go-w %s", prog, ErrUnsafeFile, fi.Mode().Perm(), prog)
	}
}

// fileModeOf is the mode of the config file at path, nil when it cannot
// be read (Load reports that).
func fileModeOf(path string) *fs.FileMode {
	fi, err := os.Stat(path)
	if err != nil {
		return nil
	}
	m := fi.Mode()
	return &m
}

// Unwrap returns the error marking the problem's kind (ErrUnsafeFile), if
// any.
func (e Error) Unwrap() error { return e.err }

// Is reports whether any problem in es is target.
func (es Errors) Is(target error) bool {
	for _, e := range es {
		if errors.Is(e, target) {
			return true
		}
	}
	return false
}
