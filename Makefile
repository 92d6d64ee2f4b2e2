# aftersale — see README.md. CGO is off: modernc.org/sqlite is pure Go.
export CGO_ENABLED ?= 0
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
GO ?= go

.PHONY: all build demo test test-integration check fmt fuzz bench cover clean reliability soak vulncheck

all: build

build:
	$(GO) build -trimpath -ldflags "-X main.version=$(VERSION)" -o bin/aftersale ./cmd/aftersale

## demo: the embedded default — sample mail, sample orders, the daemon, the queue.
demo: build
	bin/aftersale demo

## test: the test suite with the race detector (needs cgo for -race).
test:
	CGO_ENABLED=1 $(GO) test -race -shuffle=on ./...

## test-integration: also run the tests against a real Dovecot (dovecot-imapd).
test-integration:
	AFTERSALE_TEST_DOVECOT=1 CGO_ENABLED=1 $(GO) test -race -shuffle=on ./...

## reliability: the long fault and load runs against a real Dovecot (issue 8):
## crash anywhere (60 SIGKILLs, 300 messages), mid-fetch and mid-IDLE server
## restarts, 100,000-message load; figures are printed (go test -v).
RELIABILITY_TIMEOUT ?= 3h
reliability:
	AFTERSALE_RELIABILITY=1 AFTERSALE_TEST_DOVECOT=1 $(GO) test -count=1 -v -timeout=$(RELIABILITY_TIMEOUT) \
		-run='^(TestCrashAnywhere|TestDovecotRestartMidSession|TestDovecotRestartMidIdle|TestDovecotLoad)$$' ./cmd/aftersale ./mailbox

## soak: mail arriving continuously for SOAK_DURATION; goroutines, heap and
## open files must not grow. Never run by CI.
SOAK_DURATION ?= 30m
soak:
	AFTERSALE_SOAK=1 AFTERSALE_SOAK_DURATION=$(SOAK_DURATION) AFTERSALE_TEST_DOVECOT=1 $(GO) test -count=1 -v \
		-timeout=2h -run='^TestDovecotSoak$$' ./mailbox

check:
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || (echo "gofmt needed:"; gofmt -l .; exit 1)

## vulncheck: known vulnerabilities in the code and its dependencies. It
## needs vuln.go.dev, which this project's CI cannot reach, so it is not part
## of `check`; run it where that host is reachable.
GOVULNCHECK_VERSION ?= v1.9.0
vulncheck:
	$(GO) run golang.org/x/vuln/cmd/govulncheck@$(GOVULNCHECK_VERSION) ./...

fmt:
	gofmt -w -s .

## fuzz: every fuzz target in turn, FUZZTIME each (issue 8 runs used 10m).
## Crashers land in <pkg>/testdata/fuzz/<Target>/ and become regression seeds.
FUZZTIME ?= 2m
FUZZ_TARGETS = ./mailbox:FuzzParse ./store:FuzzImportOrders ./cmd/aftersale:FuzzParseConfig ./respond:FuzzRender
fuzz:
	@for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "== $$name in $$pkg for $(FUZZTIME)"; \
		$(GO) test -run='^$$' -fuzz="^$$name$$" -fuzztime=$(FUZZTIME) -fuzzminimizetime=10s -timeout=0 $$pkg || exit 1; \
	done

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

cover:
	CGO_ENABLED=1 $(GO) test -race -coverprofile=coverage.out ./...
	$(GO) tool cover -html=coverage.out -o coverage.html

clean:
	rm -rf bin coverage.out coverage.html
