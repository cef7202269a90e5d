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

.PHONY: all build test test-integration test-guest fuzz vet fmt-check clean

all: build

## build: bin/outrunner (cgo, libvirt loaded at run time)
build:
	$(GO) build -ldflags '$(LDFLAGS)' -o bin/outrunner ./cmd/outrunner

## test: gofmt check, go vet, and every test under the race detector
test: fmt-check vet
	$(GO) test -race ./...

## test-integration: tests against real engines (Docker, libvirtd + QEMU)
test-integration:
	@echo "make test-integration: there are no integration tests yet (they arrive with the Docker and libvirt backends)."

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
