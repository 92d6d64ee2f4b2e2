package main

import "github.com/aftersale/aftersale/config"

// ParseConfig is config.Parse, for the end-to-end tests here that build
// their config from text.
var ParseConfig = config.Parse
