// Package config owns aftersale's config file: its format (TOML, one
// struct per section), parsing, and every validation rule, so that each
// front end (the CLI, the daemon, a web queue) gets the same validated
// Config or the same list of problems.
//
// Parse and Load report every problem in a file at once as Errors, each
// with file:line (and column for a key or value of the wrong shape), in
// plain words: an unknown key names the closest known one, a value of the
// wrong type names the type expected. A file that can run commands
// (password_command, oauth2_token_command) is refused when users other
// than its owner may write it or the programs it runs.
//
// Example renders the documented example config from the table in
// example.go; configs/aftersale.example.toml is its output, kept equal by
// a test, and another test fails when a setting of the file format is not
// documented there.
//
// It does not own the workers that use the settings (package daemon), the
// reply templates (package respond; overrides are loaded and checked here),
// nor flags and printing (cmd/aftersale).
package config
