package aftersale

import "errors"

// Sentinel errors. Packages wrap them with %w so callers can use errors.Is.
var (
	// ErrNotFound means the requested record does not exist.
	ErrNotFound = errors.New("not found")
	// ErrConflict means a compare-and-set found the record in another state
	// than expected, or a unique record already exists.
	ErrConflict = errors.New("conflict")
	// ErrInvalid means the input failed validation.
	ErrInvalid = errors.New("invalid")
)
