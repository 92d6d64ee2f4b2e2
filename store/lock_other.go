//go:build !unix

package store

import (
	"errors"
	"os"
)

// errWouldBlock is never returned where flock(2) does not exist.
var errWouldBlock = errors.New("lock held")

// flock does nothing where flock(2) does not exist: one daemon per
// database is then the operator's care.
func flock(*os.File) error { return nil }
