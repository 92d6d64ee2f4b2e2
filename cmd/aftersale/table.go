package main

import "github.com/aftersale/aftersale/internal/termtable"

// terminalOf says how a command's output looks on a writer: colours and
// the terminal's width.
var terminalOf = termtable.Of
