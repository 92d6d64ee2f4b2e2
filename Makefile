# aftersale — see README.md. CGO is off: modernc.org/sqlite is pure Go.
export CGO_ENABLED ?= 0
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
GO ?= go

.PHONY: all build demo test test-integration check fmt fuzz bench cover clean

all: build

build:
	$(GO) build -trimpath -ldflags "-X main.version=$(VERSION)" -o bin/aftersale ./cmd/aftersale

## demo: the embedded default — sample mail, sample orders, the daemon, the queue.
demo:
	$(GO) run ./cmd/aftersale demo

## test: the test suite with the race detector (needs cgo for -race).
test:
	CGO_ENABLED=1 $(GO) test -race -shuffle=on ./...

## test-integration: also run the tests against a real Dovecot (dovecot-imapd).
test-integration:
	AFTERSALE_TEST_DOVECOT=1 CGO_ENABLED=1 $(GO) test -race -shuffle=on ./...

check:
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || (echo "gofmt needed:"; gofmt -l .; exit 1)

fmt:
	gofmt -w -s .

FUZZTIME ?= 2m
fuzz:
	$(GO) test -run='^$$' -fuzz=FuzzParse -fuzztime=$(FUZZTIME) ./mailbox

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

cover:
	CGO_ENABLED=1 $(GO) test -race -coverprofile=coverage.out ./...
	$(GO) tool cover -html=coverage.out -o coverage.html

clean:
	rm -rf bin coverage.out coverage.html
