package supervisor

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/messages"
)

// nullProvisioner starts nothing: it isolates the daemon from any backend.
// Its environments never end (Wait blocks).
type nullProvisioner struct {
	mu      sync.Mutex
	started int
}

func (p *nullProvisioner) Start(context.Context, *backends.RunnerRequest) error {
	p.mu.Lock()
	p.started++
	p.mu.Unlock()
	return nil
}

// Wait blocks like a real backend's wait on a running environment, so
// every runner keeps its waiting goroutine.
func (p *nullProvisioner) Wait(ctx context.Context, _ string) (backends.ExitStatus, error) {
	<-ctx.Done()
	return backends.ExitStatus{}, ctx.Err()
}

func (p *nullProvisioner) Stop(context.Context, string) error { return nil }
func (p *nullProvisioner) Close() error                       { return nil }

func (p *nullProvisioner) count() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.started
}

// benchDaemon starts a quiet daemon with nullProvisioners on scale sets.
func benchDaemon(b *testing.B, h *harness, prov *nullProvisioner, scaleSets, maxRunners, minIdle int) (*Daemon, func() []messages.Event) {
	b.Helper()
	var runners []runnerYAML
	for i := range scaleSets {
		runners = append(runners, runnerYAML{name: fmt.Sprintf("b%d", i), extra: fmt.Sprintf("    max_runners: %d\n    min_idle: %d\n", maxRunners, minIdle)})
	}
	cfg := h.config("bench", runners...)
	cfg.GitHub.Concurrency = 8
	h.factory = func(backends.Ownership, *config.RunnerConfig, *slog.Logger) (backends.Provisioner, error) {
		return prov, nil
	}
	var mu sync.Mutex
	var events []messages.Event
	timing := testTiming
	d, err := Start(Options{
		Config: cfg, FlagToken: h.sim.Token(), Timing: &timing, LibraryLevel: slog.LevelError,
		Backends: func(o backends.Ownership, rc *config.RunnerConfig, l *slog.Logger) (backends.Provisioner, error) {
			return h.factory(o, rc, l)
		},
		Events: func(e messages.Event) {
			if e.Kind == messages.EventStarting {
				mu.Lock()
				events = append(events, e)
				mu.Unlock()
			}
		},
	})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		d.Drain(time.Now())
		<-d.Done()
	})
	return d, func() []messages.Event {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(events)
	}
}

// BenchmarkDemandToStart measures the daemon's own latency for a burst of
// 1,000 jobs across 10 scale sets (max_runners 100): from the arrival of
// the message that raised the demand to Provisioner.Start, without the
// GitHub API time. The provisioner starts nothing, so only the daemon and
// the simulator share the machine.
func BenchmarkDemandToStart(b *testing.B) {
	for range b.N {
		h := newHarness(b, ghsim.Options{})
		prov := &nullProvisioner{}
		_, events := benchDaemon(b, h, prov, 10, 100, 0)
		h.waitSim("10 sessions", 20*time.Second, func(st ghsim.State) bool { return len(st.Sessions) == 10 })
		for i := range 10 {
			h.enqueue(100, ghsim.JobSpec{Labels: []string{fmt.Sprintf("b%d", i)}, Duration: ghsim.Duration(time.Hour)})
		}
		h.eventually("1000 starts", 60*time.Second, func() bool { return prov.count() >= 1000 })
		var own, total []time.Duration
		for _, e := range events() {
			own = append(own, e.Latency-e.APITime)
			total = append(total, e.Latency)
		}
		slices.Sort(own)
		slices.Sort(total)
		at := func(s []time.Duration, p float64) float64 {
			return float64(s[min(int(float64(len(s))*p), len(s)-1)].Microseconds()) / 1000
		}
		b.ReportMetric(at(own, 0.5), "own-p50-ms")
		b.ReportMetric(at(own, 0.99), "own-p99-ms")
		b.ReportMetric(at(total, 0.99), "with-api-p99-ms")
	}
}

// BenchmarkIdleRunners measures the memory of 10,000 idle runner actors
// (min_idle keeps them): the process's resident set once they are all up.
func BenchmarkIdleRunners(b *testing.B) {
	const n = 10000
	for range b.N {
		h := newHarness(b, ghsim.Options{})
		prov := &nullProvisioner{}
		d, _ := benchDaemon(b, h, prov, 1, n, n)
		h.eventually("10000 idle runners", 5*time.Minute, func() bool { return prov.count() >= n })
		h.eventually("every runner idle", time.Minute, func() bool {
			st, err := d.Status(context.Background())
			return err == nil && len(st.ScaleSets) == 1 && st.ScaleSets[0].RunnerCount(1) == n
		})
		runtime.GC()
		debug.FreeOSMemory()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		b.ReportMetric(float64(rssKB())/1024, "rss-MB")
		b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
		b.ReportMetric(float64(runtime.NumGoroutine()), "goroutines")
	}
}

// rssKB reads the process's resident set size from /proc.
func rssKB() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			return n
		}
	}
	return 0
}
