# outrunner — build, test and demo targets. See README.md.
#
# cgo is on and the libvirt binding is loaded at run time (-tags
# libvirt_dlopen), so building needs Go and gcc but no libvirt-dev.

GO       ?= go
TAGS     := libvirt_dlopen
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -X github.com/outrunner/outrunner/internal/version.Version=$(VERSION)
FUZZTIME ?= 10s

export CGO_ENABLED ?= 1
export GOFLAGS := $(GOFLAGS) -tags=$(TAGS)

.PHONY: all build demo test test-integration test-guest soak fuzz vet fmt-check clean

all: build

## build: bin/outrunner (cgo, libvirt loaded at run time) and bin/simrunner
## (static; the emulated runner that simulate puts in containers and VMs)
build:
	$(GO) build -ldflags '$(LDFLAGS)' -o bin/outrunner ./cmd/outrunner
	CGO_ENABLED=0 $(GO) build -ldflags '$(LDFLAGS)' -o bin/simrunner ./cmd/simrunner

## demo: about 30 seconds of the daemon serving simulated jobs on three
## scale sets, with some injected failures, then a summary
demo: build
	bin/outrunner simulate --jobs 120 --rate 5 --job-duration 2s --scale-sets 3 --max-runners 4 \
		--start-failure-rate 0.1 --api-error-rate 0.02 --seed 42

## test: gofmt check, go vet, and every test under the race detector; ends
## with the integration tests skipped and "N passed, N failed, N skipped"
test: fmt-check vet
	@$(GO) build -o bin/testsummary ./scripts/testsummary
	bin/testsummary -race ./...

## test-integration: tests against real engines (Docker, libvirtd + QEMU),
## started by scripts/testenv.sh and stopped afterwards; a missing engine
## is a failure here, not a skip.
TESTENV_DIR ?= /tmp/outrunner-testenv
export OUTRUNNER_TESTENV_DIR := $(TESTENV_DIR)

test-integration:
	scripts/testenv.sh up
	@set -a; . $(TESTENV_DIR)/env; set +a; \
	OUTRUNNER_REQUIRE_INTEGRATION=1 $(GO) test -race -count=1 -timeout 60m -run Integration ./... ; \
	status=$$?; scripts/testenv.sh down; exit $$status

## soak: about 30 minutes of steady load with faults (10,000 jobs on the
## sim backend, the daemon as a child process); fails when the daemon's
## memory, goroutines or open files keep growing. SOAK_JOBS shortens it.
SOAK_JOBS ?= 10000
soak: build
	bin/outrunner simulate --soak --jobs $(SOAK_JOBS) --rate 6 --job-duration 1s \
		--scale-sets 3 --max-runners 4 --timeout 45m --report bin/soak-report.json

## test-guest: build (or reuse) the libvirt test guest; see scripts/build-test-guest.sh
test-guest:
	@scripts/build-test-guest.sh >/dev/null

## fuzz: a short run of every fuzz target (FUZZTIME each, default 10s)
fuzz:
	@scripts/fuzz.sh $(FUZZTIME)

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

clean:
	rm -rf bin
	$(GO) clean -testcache
