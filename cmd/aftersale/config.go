package main

import "github.com/aftersale/aftersale/config"

// The config file format, its validation and its example live in package
// config; these names keep the commands short.
type (
	Config          = config.Config
	AccountConfig   = config.Account
	SMTPConfig      = config.SMTP
	Secret          = config.Secret
	ConfigErrors    = config.Errors
	AutoApproveRule = config.AutoApproveRule
)

var (
	LoadConfig       = config.Load
	parseDuration    = config.ParseDuration
	plausibleAddress = config.PlausibleAddress
	validLang        = config.ValidLang
)
