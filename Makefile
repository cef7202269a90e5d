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

.PHONY: all build test test-integration test-integration-libvirt test-guest fuzz vet fmt-check clean

all: build

## build: bin/outrunner (cgo, libvirt loaded at run time)
build:
	$(GO) build -ldflags '$(LDFLAGS)' -o bin/outrunner ./cmd/outrunner

## test: gofmt check, go vet, and every test under the race detector
test: fmt-check vet
	$(GO) test -race ./...

## test-integration: tests against real engines (Docker, libvirtd + QEMU)
test-integration: test-integration-libvirt

## test-integration-libvirt: start a private libvirtd (scripts/testenv-libvirt.sh), build
## (or reuse) the test guest, run the libvirt backend's integration tests and the VM
## end-to-end tests (one package at a time: a backend test restarts libvirtd), stop libvirtd again
test-integration-libvirt:
	@scripts/testenv-libvirt.sh up && guest=$$(scripts/build-test-guest.sh) && \
	. $${OUTRUNNER_TESTENV_DIR:-/tmp/outrunner-testenv}/libvirt/env && \
	OUTRUNNER_TEST_GUEST_DIR=$$guest $(GO) test -race -count=1 -p 1 -timeout 30m ./backends/libvirt/... ./e2e/libvirt/...; \
	rc=$$?; scripts/testenv-libvirt.sh down; exit $$rc

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
