// Package telemetry owns the process's OpenTelemetry meter provider and the
// Prometheus registry it exports to. protoactor's instruments use the
// global meter provider, and leak memory when none is set, so Init sets it
// once for the whole process.
package telemetry

import (
	"sync"

	protometrics "github.com/asynkron/protoactor-go/metrics"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"go.opentelemetry.io/otel"
	otelprom "go.opentelemetry.io/otel/exporters/prometheus"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/metric/noop"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
)

var (
	once     sync.Once
	provider metric.MeterProvider
	registry *prometheus.Registry
	initErr  error
)

// receiveBuckets fit actor message handling times (seconds).
var receiveBuckets = []float64{.00001, .00005, .0001, .0005, .001, .005, .01, .05, .1, .5, 1, 5}

// Init creates the meter provider and registry once and sets the provider
// as OpenTelemetry's global one.
func Init() (metric.MeterProvider, *prometheus.Registry, error) {
	once.Do(func() {
		registry = prometheus.NewRegistry()
		// The process's own health (goroutines, memory, open files), for
		// operators and for make soak's leak check.
		registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
		exporter, err := otelprom.New(otelprom.WithRegisterer(registry))
		if err != nil {
			initErr = err
			return
		}
		provider = protoactorOnly{sdk: sdkmetric.NewMeterProvider(
			sdkmetric.WithReader(exporter),
			sdkmetric.WithView(sdkmetric.NewView(
				sdkmetric.Instrument{Name: "protoactor_actor_message_receive_duration_seconds"},
				sdkmetric.Stream{Aggregation: sdkmetric.AggregationExplicitBucketHistogram{Boundaries: receiveBuckets}},
			)),
		)}
		otel.SetMeterProvider(provider)
	})
	return provider, registry, initErr
}

// protoactorOnly is the global meter provider: protoactor's instruments
// are recorded and exported, other libraries' are not. The Docker client
// instruments every engine request with otelhttp, whose instruments,
// recorded through the global provider, cost CPU on each request and are
// not part of outrunner's metrics.
type protoactorOnly struct {
	noop.MeterProvider
	sdk *sdkmetric.MeterProvider
}

// Meter returns protoactor's meter, or a no-op one for other libraries.
func (p protoactorOnly) Meter(name string, opts ...metric.MeterOption) metric.Meter {
	if name != protometrics.LibName {
		return noop.Meter{}
	}
	return noCallbacks{Meter: p.sdk.Meter(name, opts...)}
}

// noCallbacks drops callback registrations. protoactor registers one per
// actor it spawns, for a mailbox gauge that never reports (the callback
// observes an instrument it does not register with), and never
// unregisters it: each callback kept its actor reachable forever and ran
// at every scrape.
type noCallbacks struct {
	metric.Meter
}

// RegisterCallback registers nothing.
func (noCallbacks) RegisterCallback(metric.Callback, ...metric.Observable) (metric.Registration, error) {
	return noop.Registration{}, nil
}
