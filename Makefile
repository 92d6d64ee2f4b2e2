# aftersale — see README.md. CGO is off: modernc.org/sqlite is pure Go.
export CGO_ENABLED ?= 0
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
GO ?= go

.PHONY: all build demo docs example-config test test-integration check fmt fuzz bench cover clean reliability soak vulncheck learning-curve

all: build

build:
	$(GO) build -trimpath -ldflags "-X main.version=$(VERSION)" -o bin/aftersale ./cmd/aftersale

## demo: the embedded default — sample mail, sample orders, the daemon, the queue.
demo: build
	bin/aftersale demo

## docs: regenerate what is generated from the code: docs/cli.md from the
## command tree (and the example config). make test fails while they are stale.
docs: example-config
	$(GO) test -count=1 -run '^TestCLIReference$$' ./cmd/aftersale -args -update-docs

## test: the test suite with the race detector (needs cgo for -race).
test:
	CGO_ENABLED=1 $(GO) test -race -shuffle=on -timeout=30m ./...

## test-integration: also run the tests against a real Dovecot (dovecot-imapd).
test-integration:
	AFTERSALE_TEST_DOVECOT=1 CGO_ENABLED=1 $(GO) test -race -shuffle=on -timeout=30m ./...

## reliability: the long fault and load runs against a real Dovecot:
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

## learning-curve: feed one half of the triage-dev corpus (shared data beside
## the repository) as corrections in steps (0, 25, 50, 100, all) and score the other half and
## classify/testdata/blind at each (README, "Learning from your
## corrections"). LEARNING_HALVES=odd:even feeds the odd files instead.
LEARNING_HALVES ?= even:odd
learning-curve:
	AFTERSALE_LEARNING_CURVE=1 AFTERSALE_LEARNING_HALVES=$(LEARNING_HALVES) $(GO) test -count=1 -v -timeout=30m \
		-run='^TestLearningCurve$$' ./cmd/aftersale

## example-config: configs/aftersale.example.toml from the code (config.Example);
## config's tests fail when it is stale.
example-config:
	$(GO) run ./cmd/aftersale config example > configs/aftersale.example.toml

check:
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || (echo "gofmt needed:"; gofmt -l .; exit 1)

## vulncheck: govulncheck against a vulnerability database built offline
## from the golang.org/x/vulndb module (served by the Go module proxy, so it
## works without access to vuln.go.dev). Exit status 3 means findings.
GOVULNCHECK_VERSION ?= v1.9.0
VULNDB_VERSION ?= v0.0.0-20261105234957-e22db6528018
VULNDB_OUT ?= $(CURDIR)/.vulndb
vulncheck:
	@vulns=$$($(GO) mod download -json golang.org/x/vulndb@$(VULNDB_VERSION) | sed -n 's/.*"Dir": "\(.*\)",/\1/p'); \
	rm -rf $(VULNDB_OUT) && \
	$(GO) run golang.org/x/vulndb/cmd/indexdb@$(VULNDB_VERSION) -vulns $$vulns/data/osv -out $(VULNDB_OUT) && \
	$(GO) run golang.org/x/vuln/cmd/govulncheck@$(GOVULNCHECK_VERSION) -db file://$(VULNDB_OUT) ./...

fmt:
	gofmt -w -s .

## fuzz: every fuzz target in turn, FUZZTIME each (a thorough run uses 10m).
## Crashers land in <pkg>/testdata/fuzz/<Target>/ and become regression seeds.
FUZZTIME ?= 2m
FUZZ_TARGETS = ./mailbox:FuzzParse ./mailbox:FuzzCheckAuth ./store:FuzzImportOrders ./config:FuzzParseConfig \
	./respond:FuzzRender ./respond:FuzzGuardedAgreesWithRegexp ./respond:FuzzFastCheckAgrees ./internal/pii:FuzzScrub
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
