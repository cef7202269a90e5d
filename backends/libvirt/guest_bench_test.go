//go:build cgo && libvirt_dlopen

package libvirt

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/internal/simguest"
	"github.com/outrunner/outrunner/internal/testutil/testwait"
)

// phaseRecorder is a slog handler that keeps the phase durations of the
// provisioner's "runner started" lines.
type phaseRecorder struct {
	mu     sync.Mutex
	totals map[string]time.Duration
	n      int
}

func (r *phaseRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (r *phaseRecorder) WithAttrs([]slog.Attr) slog.Handler       { return r }
func (r *phaseRecorder) WithGroup(string) slog.Handler            { return r }

func (r *phaseRecorder) Handle(_ context.Context, rec slog.Record) error {
	if rec.Message != "runner started" {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.n++
	rec.Attrs(func(a slog.Attr) bool {
		if a.Value.Kind() == slog.KindDuration {
			r.totals[a.Key] += a.Value.Duration()
		}
		return true
	})
	return nil
}

// msPerOp is the average of a total over n operations in milliseconds.
func msPerOp(total time.Duration, n int) float64 {
	return float64(total) / float64(time.Millisecond) / float64(n)
}

// testGuestImage returns the libvirt block of the built test guest, or
// skips (fails with OUTRUNNER_REQUIRE_INTEGRATION=1) when there is none.
// Its runner has no simulator to reach: it exits at once, which does not
// matter for timing Start.
func testGuestImage(b *testing.B, e *integEnv) *config.RunnerConfig {
	b.Helper()
	g, err := simguest.Load(simguest.DefaultDir())
	if err != nil {
		if os.Getenv("OUTRUNNER_REQUIRE_INTEGRATION") == "1" {
			b.Fatal(err)
		}
		b.Skipf("no test guest: %v (make test-guest)", err)
	}
	img, err := g.LibvirtImage("http://127.0.0.1:9")
	if err != nil {
		b.Fatal(err)
	}
	img.URI, img.OverlayDir = e.uri, e.dir
	rc := &config.RunnerConfig{Name: "linux", Libvirt: img}
	rc.ApplyBackendDefaults()
	return rc
}

// BenchmarkTestGuestStart boots the real test guest (make test-guest): the
// "outrunner" case through Start, reporting its phases (prepare: checks
// and leftover cleanup; overlay; domain: define and start; boot: until
// guest-ping answers; exec: guest-exec of the runner and the PID
// metadata); the "virsh" case starts the same domain XML with virsh create
// and polls virsh qemu-agent-command guest-ping every 100 ms.
func BenchmarkTestGuestStart(b *testing.B) {
	e := newIntegEnv(b)
	rc := testGuestImage(b, e)

	b.Run("outrunner", func(b *testing.B) {
		rec := &phaseRecorder{totals: map[string]time.Duration{}}
		p, err := New(Options{Owner: e.owner, Config: rc.Libvirt, Logger: slog.New(rec)})
		if err != nil {
			b.Fatal(err)
		}
		defer func() { _ = p.Close() }()
		ctx := context.Background()
		var total time.Duration
		for i := 0; i < b.N; i++ {
			name := fmt.Sprintf("bench-guest-%d", i)
			e.cleanupDomain(b, p, name)
			began := time.Now()
			if err := p.Start(ctx, &backends.RunnerRequest{Name: name, JITConfig: testJIT, Runner: rc}); err != nil {
				b.Fatal(err)
			}
			total += time.Since(began)
			b.StopTimer()
			if err := p.Stop(ctx, name); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
		}
		if rec.n != b.N {
			b.Fatalf("saw %d runner started lines for %d starts", rec.n, b.N)
		}
		b.ReportMetric(msPerOp(total, b.N), "total-ms/op")
		for _, ph := range []struct{ key, name string }{
			{logkey.PrepareTook, "prepare"}, {logkey.OverlayTook, "overlay"}, {logkey.DomainTook, "domain"},
			{logkey.BootTook, "boot"}, {logkey.ExecTook, "exec"},
		} {
			b.ReportMetric(msPerOp(rec.totals[ph.key], b.N), ph.name+"-ms/op")
		}
	})

	b.Run("virsh", func(b *testing.B) {
		p := e.provisioner(b, nil)
		defer func() { _ = p.Close() }()
		ctx := context.Background()
		name := "bench-guest-virsh"
		e.cleanupDomain(b, p, name)
		spec, err := specFromConfig(name, rc.Libvirt)
		if err != nil {
			b.Fatal(err)
		}
		if spec.DomainType, err = p.resolveDomainType(ctx, spec.Arch, spec.DomainType); err != nil {
			b.Fatal(err)
		}
		spec.Owner = ownerMeta{Daemon: e.owner.DaemonID, ScaleSet: e.owner.ScaleSet, Runner: name, Overlay: spec.Overlay, Created: time.Now()}
		xmlDoc, err := domainXML(spec)
		if err != nil {
			b.Fatal(err)
		}
		xmlFile := filepath.Join(b.TempDir(), "domain.xml")
		if err := os.WriteFile(xmlFile, []byte(xmlDoc), 0o600); err != nil {
			b.Fatal(err)
		}
		if err := ensureOverlayDir(spec.OverlayDir); err != nil {
			b.Fatal(err)
		}
		virsh := func(args ...string) error {
			return exec.Command("virsh", append([]string{"-q", "-c", e.uri}, args...)...).Run()
		}
		var create, boot time.Duration
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			if err := createOverlay(ctx, spec.Golden, spec.Overlay); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			began := time.Now()
			if err := virsh("create", xmlFile); err != nil {
				b.Fatalf("virsh create: %v", err)
			}
			created := time.Now()
			testwait.Until(b, 2*time.Minute, "the guest agent to answer guest-ping", func() bool {
				return virsh("qemu-agent-command", name, `{"execute":"guest-ping"}`) == nil
			})
			create += created.Sub(began)
			boot += time.Since(created)
			b.StopTimer()
			if err := virsh("destroy", name); err != nil {
				b.Fatalf("virsh destroy: %v", err)
			}
			if err := os.Remove(spec.Overlay); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
		}
		b.ReportMetric(msPerOp(create, b.N), "create-ms/op")
		b.ReportMetric(msPerOp(boot, b.N), "boot-ms/op")
		b.ReportMetric(msPerOp(create+boot, b.N), "total-ms/op")
	})
}
