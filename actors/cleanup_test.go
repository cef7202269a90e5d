package actors

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/journal"
	"github.com/outrunner/outrunner/internal/testutil/testlog"
	"github.com/outrunner/outrunner/internal/testutil/testwait"
)

// listingProv is a fakeProv that lists its environments: each List call
// is announced on lists and answers with the next error of listErrs
// (none: success, no environments) once release lets it.
type listingProv struct {
	*fakeProv
	lists    chan struct{}
	release  chan struct{}
	listErrs []error
}

func newListingProv() *listingProv {
	return &listingProv{fakeProv: newFakeProv(), lists: make(chan struct{}, 8), release: make(chan struct{}, 8)}
}

func (p *listingProv) List(ctx context.Context) ([]backends.Environment, error) {
	p.lists <- struct{}{}
	select {
	case <-p.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return nil, pop(&p.listErrs)
}

func waitList(t *testing.T, p *listingProv) {
	t.Helper()
	select {
	case <-p.lists:
	case <-time.After(5 * time.Second):
		t.Fatal("the backend was not listed")
	}
}

// TestScaleSetListsAtOnceWhenTheBackendAnswersAgain: a listing that failed
// during an engine outage is retried as soon as a health probe succeeds,
// not at the next sweep.
func TestScaleSetListsAtOnceWhenTheBackendAnswersAgain(t *testing.T) {
	h := newHostedScaleSet(t)
	prov := newListingProv()
	prov.listErrs = []error{errors.New("the engine does not answer")}
	h.do(func(ctx actor.Context) {
		h.s.prov = prov
		h.s.startAdoption(ctx)
	})
	waitList(t, prov)
	prov.release <- struct{}{}
	testwait.Until(t, 5*time.Second, "the failed listing", func() bool {
		var owed bool
		h.do(func(actor.Context) { owed = h.s.cleanupOwed && !h.s.listing })
		return owed
	})
	h.do(func(ctx actor.Context) { h.s.healthResult(ctx, errors.New("the engine does not answer")) })
	select {
	case <-prov.lists:
		t.Fatal("listed while the backend is still down")
	default:
	}
	h.do(func(ctx actor.Context) { h.s.healthResult(ctx, nil) })
	waitList(t, prov)
	prov.release <- struct{}{}
	testwait.Until(t, 5*time.Second, "the listing after the outage", func() bool {
		var done bool
		h.do(func(actor.Context) { done = !h.s.cleanupOwed && !h.s.listing })
		return done
	})
}

// TestScaleSetDrainLooksOnceMoreForLeftovers: a drain with a registration
// in the journal that no runner owns lists the backend before it reports
// drained, and a drain owing nothing does not.
func TestScaleSetDrainLooksOnceMoreForLeftovers(t *testing.T) {
	for _, tc := range []struct {
		name     string
		journal  []journal.Entry
		owed     bool
		wantList bool
	}{
		{name: "nothing owed"},
		{name: "a registration left in the journal", journal: []journal.Entry{{ScaleSet: "linux", Name: "linux-9", RunnerID: 9}}, wantList: true},
		{name: "a listing failed before", owed: true, wantList: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHostedScaleSet(t)
			var logs testlog.Buffer
			prov := newListingProv()
			// The listing fails: the drain ends, leaving the rest to the
			// next start, without spawning runners in this rig.
			prov.listErrs = []error{errors.New("the engine does not answer")}
			h.do(func(actor.Context) {
				h.s.prov, h.s.cleanupOwed = prov, tc.owed
				h.s.log = slog.New(slog.NewTextHandler(&logs, nil))
				for _, e := range tc.journal {
					if err := h.s.deps.Journal.Add(e); err != nil {
						t.Fatal(err)
					}
				}
			})
			h.do(func(ctx actor.Context) { h.s.drain(ctx, time.Now().Add(time.Minute)) })
			if !tc.wantList {
				testwait.Until(t, 5*time.Second, "drained", func() bool { return strings.Contains(logs.String(), "msg=drained") })
				if len(prov.lists) != 0 {
					t.Error("listed the backend with nothing owed")
				}
				return
			}
			waitList(t, prov)
			if strings.Contains(logs.String(), "msg=drained") {
				t.Fatal("drained before the last listing answered")
			}
			prov.release <- struct{}{}
			testwait.Until(t, 5*time.Second, "drained", func() bool { return strings.Contains(logs.String(), "msg=drained") })
		})
	}
}
